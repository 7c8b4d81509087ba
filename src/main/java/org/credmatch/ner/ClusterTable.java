package org.credmatch.ner;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import opennlp.tools.util.featuregen.WordClusterDictionary;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * A word cluster table ("word cluster" lines) as a resource of the skill-span model, read by
 * OpenNLP's {@code wordcluster} feature generator. It differs from OpenNLP's own {@link
 * WordClusterDictionary} only in how it is stored inside a model archive: OpenNLP 2.5.6's
 * dictionary closes the archive stream when it writes or reads itself, which breaks the archive, so
 * this one names its own {@link Serializer} (recorded in the model's manifest), writes its bytes as
 * they are (sorted, so models stay reproducible) and reads without closing. Immutable; thread-safe.
 */
public final class ClusterTable extends WordClusterDictionary {

  private final byte[] bytes;

  /** Parses a table. */
  public ClusterTable(byte[] bytes) throws IOException {
    super(new ByteArrayInputStream(bytes));
    this.bytes = bytes.clone();
  }

  @Override
  public void serialize(OutputStream out) throws IOException {
    out.write(bytes);
  }

  @Override
  public Class<?> getArtifactSerializerClass() {
    return Serializer.class;
  }

  /**
   * Writes and reads a {@link ClusterTable} inside a model archive without closing the archive's
   * stream. Public with a no-argument constructor because OpenNLP instantiates it by name when it
   * loads a model. Stateless; thread-safe.
   */
  public static final class Serializer implements ArtifactSerializer<ClusterTable> {

    @Override
    public ClusterTable create(InputStream in) throws IOException {
      return new ClusterTable(in.readAllBytes()); // reads to the entry's end, leaves it open
    }

    @Override
    public void serialize(ClusterTable artifact, OutputStream out) throws IOException {
      artifact.serialize(out);
    }
  }
}
