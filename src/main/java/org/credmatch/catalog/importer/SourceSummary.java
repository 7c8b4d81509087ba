package org.credmatch.catalog.importer;

/**
 * Figures for one source of an import.
 *
 * @param source source name
 * @param read records read (including bad ones)
 * @param imported records imported
 * @param skipped malformed and duplicate records
 * @param invalid records that failed validation
 * @param warnings soft problems on imported records
 * @param derived imported records that got at least one skill derived from their prose
 */
public record SourceSummary(
    String source, int read, int imported, int skipped, int invalid, int warnings, int derived) {}
