package org.credmatch.cli;

import java.io.IOException;
import org.credmatch.index.IndexLayout;

/**
 * Refusal to rebuild an index from a changed catalog (or schema) while it holds changes made
 * through the admin API, which the rebuild would lose. The message says how to keep them or drop
 * them.
 */
final class AdminChangesException extends IOException {

  AdminChangesException(IndexLayout layout, Engine.Options options, long batches) {
    super(
        String.format(
            "the catalog %s (or the index schema) changed since the index in %s was built, and"
                + " the index holds %,d"
                + " batch(es) of changes made through the admin API that a rebuild would lose."
                + " To keep them: credmatch catalog export --data-dir %s --out kept.jsonl, then"
                + " serve that file (--catalog kept.jsonl) or merge it into your catalog. To drop"
                + " them: add --discard-admin-changes.",
            options.catalog() == null ? "(embedded default)" : options.catalog(),
            layout.root(),
            batches,
            options.dataDir()));
  }
}
