package org.credmatch.skills;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.lemmatizer.ThreadSafeLemmatizerME;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * OpenNLP's English UD models (sentences, tokens, POS tags, lemmas) loaded from the model jars on
 * the class path; nothing is downloaded. Thread-safe: OpenNLP's {@code ThreadSafe*ME} wrappers keep
 * one tagger per thread, and the lemma cache is a concurrent map.
 *
 * <p>Tokens are refined for skill matching: pieces written without a space that form one technical
 * name are glued back ("ASP" + ".NET", "C" + "++"), and slashes and hyphens inside a token become
 * tokens of their own ("CI/CD", "front-end"). Lemmas come from OpenNLP's lemmatizer, run per (word,
 * tag) and cached, because the sequence lemmatizer costs about 0.1 ms a token.
 */
final class EnglishNlp {

  static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  static final String LEMMA_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

  private static final Pattern TECH_NAME =
      Pattern.compile("\\.?[\\p{L}\\p{N}]+(?:\\.[\\p{L}\\p{N}]+)*[+#]*");
  private static final Pattern INNER_SPLIT = Pattern.compile("(?<=[\\p{L}\\p{N}])[/-](?=\\p{L})");
  private static final Set<String> LEMMATIZED_TAGS = Set.of("NOUN", "VERB", "ADJ");

  private final ThreadSafeSentenceDetectorME sentences;
  private final ThreadSafeTokenizerME tokenizer;
  private final ThreadSafePOSTaggerME tagger;
  private final ThreadSafeLemmatizerME lemmatizer;
  private final Map<String, String> lemmaCache = new ConcurrentHashMap<>();
  private final int lemmaCacheSize;

  EnglishNlp(int lemmaCacheSize) {
    try {
      sentences = new ThreadSafeSentenceDetectorME(new SentenceModel(model(SENTENCE_MODEL)));
      tokenizer = new ThreadSafeTokenizerME(new TokenizerModel(model(TOKEN_MODEL)));
      tagger = new ThreadSafePOSTaggerME(new POSModel(model(POS_MODEL)));
      lemmatizer = new ThreadSafeLemmatizerME(new LemmatizerModel(model(LEMMA_MODEL)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load OpenNLP English models", e);
    }
    this.lemmaCacheSize = lemmaCacheSize;
  }

  private static InputStream model(String resource) throws IOException {
    InputStream in = EnglishNlp.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("OpenNLP model " + resource + " is not on the class path");
    }
    return in;
  }

  /** Splits one cleaned line into analysed sentences; offsets are shifted by {@code lineStart}. */
  List<Sentence> analyze(String line, int lineStart) {
    List<Sentence> out = new ArrayList<>();
    for (Span s : sentences.sentPosDetect(line)) {
      String text = line.substring(s.getStart(), s.getEnd());
      out.add(analyzeSentence(text, lineStart + s.getStart()));
    }
    return out;
  }

  private Sentence analyzeSentence(String text, int offset) {
    List<int[]> spans = refine(text, tokenizer.tokenizePos(text));
    String[] words = new String[spans.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = text.substring(spans.get(i)[0], spans.get(i)[1]);
    }
    String[] tags = tagger.tag(words);
    List<Token> tokens = new ArrayList<>(words.length);
    for (int i = 0; i < words.length; i++) {
      int[] sp = spans.get(i);
      tokens.add(
          new Token(words[i], offset + sp[0], offset + sp[1], tags[i], lemma(words[i], tags[i])));
    }
    return new Sentence(text, offset, tokens);
  }

  /** Labels are tokenized exactly like text, so that both sides give the same keys. */
  List<String> tokenize(String label) {
    List<String> out = new ArrayList<>();
    for (int[] sp : refine(label, tokenizer.tokenizePos(label))) {
      out.add(label.substring(sp[0], sp[1]));
    }
    return out;
  }

  /** Glues technical names back together, then splits inner slashes and hyphens off. */
  static List<int[]> refine(String text, Span[] spans) {
    List<int[]> glued = new ArrayList<>();
    for (int i = 0; i < spans.length; ) {
      int best = i;
      for (int j = i + 1; j < spans.length && spans[j].getStart() == spans[j - 1].getEnd(); j++) {
        if (TECH_NAME.matcher(text.substring(spans[i].getStart(), spans[j].getEnd())).matches()) {
          best = j;
        }
      }
      glued.add(new int[] {spans[i].getStart(), spans[best].getEnd()});
      i = best + 1;
    }
    List<int[]> out = new ArrayList<>(glued.size());
    for (int[] sp : glued) {
      splitInner(text, sp, out);
    }
    return out;
  }

  private static void splitInner(String text, int[] span, List<int[]> out) {
    var m = INNER_SPLIT.matcher(text).region(span[0], span[1]);
    int from = span[0];
    while (m.find()) {
      out.add(new int[] {from, m.start()});
      out.add(new int[] {m.start(), m.end()});
      from = m.end();
    }
    out.add(new int[] {from, span[1]});
  }

  private String lemma(String word, String tag) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (!LEMMATIZED_TAGS.contains(tag) || lower.length() <= 3) {
      return lower;
    }
    String key = lower + '\t' + tag;
    String cached = lemmaCache.get(key);
    if (cached != null) {
      return cached;
    }
    String lemma = lemmatizer.lemmatize(new String[] {lower}, new String[] {tag})[0];
    lemma = lemma == null || lemma.equals("O") ? lower : lemma.toLowerCase(Locale.ROOT);
    if (lemmaCache.size() < lemmaCacheSize) {
      lemmaCache.put(key, lemma);
    }
    return lemma;
  }
}
