package org.credmatch.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What kind of program a credential is. Serialised in kebab case ("professional-certificate"). */
public enum CredentialType {
  COURSE,
  SPECIALIZATION,
  PROFESSIONAL_CERTIFICATE,
  CERTIFICATE,
  BADGE,
  CERTIFICATION,
  PROGRAM,
  GUIDED_PROJECT;

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @JsonCreator
  public static CredentialType parse(String value) {
    return valueOf(Codes.constant(value));
  }
}
