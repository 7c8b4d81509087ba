package org.credmatch.api;

import java.nio.file.Path;
import org.credmatch.catalog.SkillTagger;
import org.credmatch.skills.CuratedExtractor;

/**
 * What the admin API needs. Immutable; the parts are thread-safe.
 *
 * @param key the admin key, or null when the admin API is off
 * @param tagger links declared skill tags and derives skills for records that have none
 * @param curation the served extractor whose curator controls the API edits
 * @param curationDir where the curator's files are saved
 */
public record AdminServices(
    AdminKey key, SkillTagger tagger, CuratedExtractor curation, Path curationDir) {

  /** The admin API turned off (no key configured). */
  public static final AdminServices OFF = new AdminServices(null, null, null, null);

  public AdminServices {
    if (key != null && (tagger == null || curation == null || curationDir == null)) {
      throw new IllegalArgumentException(
          "an enabled admin API needs a skill tagger, the curated extractor and its folder");
    }
  }

  /** True when admin requests are accepted (with the key). */
  public boolean enabled() {
    return key != null;
  }
}
