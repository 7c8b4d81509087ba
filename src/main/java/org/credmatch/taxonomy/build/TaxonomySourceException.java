package org.credmatch.taxonomy.build;

import java.io.IOException;

/**
 * A taxonomy source file is missing or not in the expected shape (a required column is absent). The
 * message names the file and what to do about it.
 */
public final class TaxonomySourceException extends IOException {

  private static final long serialVersionUID = 1L;

  public TaxonomySourceException(String message) {
    super(message);
  }
}
