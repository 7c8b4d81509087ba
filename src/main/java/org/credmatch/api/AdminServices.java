package org.credmatch.api;

import org.credmatch.catalog.SkillTagger;

/**
 * What the admin API needs. Immutable; the parts are thread-safe.
 *
 * @param key the admin key, or null when the admin API is off
 * @param tagger links declared skill tags and derives skills for records that have none
 */
public record AdminServices(AdminKey key, SkillTagger tagger) {

  /** The admin API turned off (no key configured). */
  public static final AdminServices OFF = new AdminServices(null, null);

  public AdminServices {
    if (key != null && tagger == null) {
      throw new IllegalArgumentException("an enabled admin API needs a skill tagger");
    }
  }

  /** True when admin requests are accepted (with the key). */
  public boolean enabled() {
    return key != null;
  }
}
