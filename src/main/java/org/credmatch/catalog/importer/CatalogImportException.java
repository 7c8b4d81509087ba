package org.credmatch.catalog.importer;

/**
 * A whole source cannot be imported: the file is missing or unreadable, its header lacks required
 * columns, or a column-mapping file is wrong. Problems with single records never raise this; they
 * are reported in the {@link ImportReport}.
 */
public class CatalogImportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CatalogImportException(String message) {
    super(message);
  }

  public CatalogImportException(String message, Throwable cause) {
    super(message, cause);
  }
}
