package org.credmatch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.BytesRef;
import org.credmatch.catalog.CatalogStore;
import org.credmatch.catalog.Credential;

/**
 * Converts credentials to Lucene documents as the schema says, and back from the stored source.
 * Immutable and thread-safe.
 */
public final class CredentialDocuments {

  /** Stored field holding the credential as JSON, from which results are rebuilt. */
  public static final String SOURCE = "_source";

  private final IndexSchema schema;

  public CredentialDocuments(IndexSchema schema) {
    this.schema = schema;
  }

  public Document toDocument(Credential credential) {
    Document doc = new Document();
    schema
        .fields()
        .forEach(
            (name, spec) -> {
              for (Object value : CredentialFields.values(name, credential)) {
                addValue(doc, name, spec, value);
              }
            });
    doc.add(new StoredField(SOURCE, json(credential)));
    return doc;
  }

  private static void addValue(
      Document doc, String name, IndexSchema.FieldSpec spec, Object value) {
    switch (spec.kind()) {
      case KEYWORD -> {
        String s = value.toString();
        doc.add(new StringField(name, s, Field.Store.NO));
        if (spec.facet()) {
          doc.add(new SortedSetDocValuesField(name, new BytesRef(s)));
        }
        if (spec.sortable()) {
          doc.add(new SortedDocValuesField(name, new BytesRef(s)));
        }
      }
      case TEXT -> doc.add(new TextField(name, value.toString(), Field.Store.NO));
      case DOUBLE -> {
        double d = ((Number) value).doubleValue();
        doc.add(new DoublePoint(name, d));
        doc.add(new DoubleDocValuesField(name, d));
      }
    }
  }

  /** Rebuilds the credential stored in document {@code docId}. */
  public static Credential read(StoredFields stored, int docId) throws IOException {
    BytesRef bytes = stored.document(docId, java.util.Set.of(SOURCE)).getBinaryValue(SOURCE);
    return CatalogStore.fromJson(bytes.utf8ToString());
  }

  private static byte[] json(Credential credential) {
    try {
      return CatalogStore.toJson(credential).getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
