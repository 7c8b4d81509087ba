package org.credmatch.index;

/** A configuration file under {@code index-config} is missing or wrong; the message says which. */
public final class ConfigException extends RuntimeException {
  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
