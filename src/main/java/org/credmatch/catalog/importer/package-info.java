/**
 * Catalog import: reads provider catalogs (native JSON lines, mapped CSV, Coursera 2023, edX 2021)
 * into validated {@link org.credmatch.catalog.Credential}s with a per-record problem report.
 */
package org.credmatch.catalog.importer;
