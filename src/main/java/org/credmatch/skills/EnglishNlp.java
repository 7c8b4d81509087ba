package org.credmatch.skills;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;
import org.credmatch.util.Async;

/**
 * OpenNLP's English UD models (sentences, tokens, POS tags, lemmas) loaded from the model jars on
 * the class path; nothing is downloaded. Thread-safe: OpenNLP's {@code
 * ThreadSafeSentenceDetectorME} keeps one sentence detector per thread, the tokenizer, POS tagger
 * and lemmatizer are compiled copies of OpenNLP's ({@link CompiledTokenizer}, {@link
 * CompiledPosTagger}, {@link CompiledLemmatizer}: the same answers without building feature
 * strings), and the caches are concurrent maps.
 *
 * <p>Tokens are refined for skill matching: pieces written without a space that form one technical
 * name are glued back ("ASP" + ".NET", "C" + "++"), and slashes and hyphens inside a token become
 * tokens of their own ("CI/CD", "front-end"). Lemmas come from OpenNLP's lemmatizer, run per (word,
 * tag) and cached, because the sequence lemmatizer costs about 0.1 ms a token.
 *
 * <p>OpenNLP's tokenizer decides where to cut each white-space word from that word alone (its
 * context generator sees only the word's characters), so the cuts of a word that is not plain
 * letters and digits ("skills,", "(SQL)", "e.g.") are computed by {@link CompiledTokenizer} (the
 * model's own cuts, without its feature strings) and cached per word: the same spans as asking
 * OpenNLP every time.
 */
final class EnglishNlp {

  static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  static final String LEMMA_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

  private static final Pattern TECH_NAME =
      Pattern.compile("\\.?[\\p{L}\\p{N}]+(?:\\.[\\p{L}\\p{N}]+)*[+#]*");
  private static final String ASCII_ALPHANUMERIC = "^[A-Za-z0-9]+$";
  private static final Pattern PLAIN_WORDS = Pattern.compile("[A-Za-z0-9]+(?: [A-Za-z0-9]+)*");
  private static final Pattern INNER_SPLIT =
      Pattern.compile("(?<=[\\p{L}\\p{N}])/|/(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])-(?=\\p{L})");

  private final ThreadSafeSentenceDetectorME sentences;
  private final CompiledTokenizer compiledTokenizer;
  private final CompiledPosTagger tagger;
  private final CompiledLemmatizer lemmatizer;
  private final Predicate<String> alphaNumeric;
  private final Map<String, String> lemmaCache = new ConcurrentHashMap<>();
  private final Map<String, int[]> cutsCache = new ConcurrentHashMap<>();
  private final int lemmaCacheSize;

  /**
   * Loads the four models, the POS tagger's and the lemmatizer's (the largest) on other threads.
   */
  EnglishNlp(int lemmaCacheSize) {
    var posLoading = loading(POS_MODEL, POSModel::new);
    var lemmaLoading = loading(LEMMA_MODEL, LemmatizerModel::new);
    try {
      sentences = new ThreadSafeSentenceDetectorME(new SentenceModel(model(SENTENCE_MODEL)));
      TokenizerModel tokens = alphaNumericOptimized(model(TOKEN_MODEL));
      alphaNumeric = alphaNumeric(tokens.getFactory().getAlphaNumericPattern());
      compiledTokenizer = new CompiledTokenizer(tokens);
      tagger = new CompiledPosTagger(join(posLoading), lemmaCacheSize);
      lemmatizer = new CompiledLemmatizer(join(lemmaLoading));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load OpenNLP English models", e);
    }
    this.lemmaCacheSize = lemmaCacheSize;
  }

  /** Reads one OpenNLP model from a stream. */
  @FunctionalInterface
  private interface ModelReader<T> {
    T read(InputStream in) throws IOException;
  }

  private static <T> java.util.concurrent.CompletableFuture<T> loading(
      String resource, ModelReader<T> reader) {
    return Async.supply(
        "model-loader",
        () -> {
          try (InputStream in = model(resource)) {
            return reader.read(in);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP model " + resource, e);
          }
        });
  }

  private static <T> T join(java.util.concurrent.CompletableFuture<T> loading) {
    try {
      return loading.join();
    } catch (java.util.concurrent.CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  /**
   * The shipped tokenizer model with OpenNLP's alphanumeric optimisation switched on: a white-space
   * token of ASCII letters and digits only is kept whole without asking the model, which halves
   * tokenization time. The model alone would cut a few such tokens (about 2% of random
   * letters-and-digits strings: "XFI" as "X" "FI"), real words and names hardly ever ("cannot",
   * "x86" and "COVID19" stay whole); labels and texts are tokenized the same way, so they agree.
   */
  static TokenizerModel alphaNumericOptimized(InputStream in) throws IOException {
    TokenizerModel shipped = new TokenizerModel(in);
    TokenizerFactory f = shipped.getFactory();
    var factory =
        new TokenizerFactory(
            f.getLanguageCode(), f.getAbbreviationDictionary(), true, f.getAlphaNumericPattern());
    return new TokenizerModel(shipped.getMaxentModel(), Map.of(), factory);
  }

  /**
   * Whether a word is one the tokenizer keeps whole: the model's pattern, tested by a loop over the
   * characters when it is the ASCII letters-and-digits pattern the shipped model has.
   */
  static Predicate<String> alphaNumeric(Pattern pattern) {
    if (!pattern.pattern().equals(ASCII_ALPHANUMERIC) || pattern.flags() != 0) {
      return word -> pattern.matcher(word).matches();
    }
    return word -> {
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
          return false;
        }
      }
      return !word.isEmpty();
    };
  }

  private static InputStream model(String resource) throws IOException {
    InputStream in = EnglishNlp.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("OpenNLP model " + resource + " is not on the class path");
    }
    return in;
  }

  /** The sentences of one cleaned line, as spans of the line. */
  Span[] sentences(String line) {
    return sentences.sentPosDetect(line);
  }

  /**
   * Tokenizes and lemmatizes one sentence (POS tags are computed when first asked for); offsets are
   * shifted by {@code offset}, the sentence's start in the whole text.
   */
  Sentence analyze(String text, int offset) {
    List<int[]> spans = refine(text, tokenizePos(text));
    List<Token> tokens = new ArrayList<>(spans.size());
    for (int[] sp : spans) {
      String word = text.substring(sp[0], sp[1]);
      tokens.add(new Token(word, offset + sp[0], offset + sp[1], lemma(word)));
    }
    return new Sentence(text, offset, tokens, tagger::tag);
  }

  /**
   * Labels are tokenized exactly like text, so that both sides give the same keys. Labels of plain
   * ASCII words are split at spaces without asking the model: with the alphanumeric optimisation
   * the model keeps such words whole, so the result is the same, much faster.
   */
  List<String> tokenize(String label) {
    if (PLAIN_WORDS.matcher(label).matches()) {
      return List.of(label.split(" "));
    }
    List<String> out = new ArrayList<>();
    for (int[] sp : refine(label, tokenizePos(label))) {
      out.add(label.substring(sp[0], sp[1]));
    }
    return out;
  }

  /**
   * The spans OpenNLP's tokenizer gives {@code text}: white-space words, each kept whole when it is
   * one character or letters and digits only (the alphanumeric optimisation), else cut where the
   * model cuts that word, looked up in the cache first.
   */
  Span[] tokenizePos(String text) {
    Span[] words = WhitespaceTokenizer.INSTANCE.tokenizePos(text);
    List<Span> out = new ArrayList<>(words.length + words.length / 4);
    for (Span w : words) {
      String word = text.substring(w.getStart(), w.getEnd());
      if (word.length() < 2 || alphaNumeric.test(word)) {
        out.add(w);
        continue;
      }
      int[] cuts = cuts(word);
      for (int i = 0; i < cuts.length; i += 2) {
        out.add(new Span(w.getStart() + cuts[i], w.getStart() + cuts[i + 1]));
      }
    }
    return out.toArray(Span[]::new);
  }

  /** The model's pieces of one white-space word, as start and end offsets in the word. */
  private int[] cuts(String word) {
    int[] cached = cutsCache.get(word);
    if (cached != null) {
      return cached;
    }
    int[] cuts = compiledTokenizer.cuts(word);
    if (cutsCache.size() < lemmaCacheSize) {
      cutsCache.put(word, cuts);
    }
    return cuts;
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
    if (!containsSplitChar(text, span[0], span[1])) {
      addNonEmpty(out, span[0], span[1]); // INNER_SPLIT matches only at a slash or a hyphen
      return;
    }
    var m = INNER_SPLIT.matcher(text).region(span[0], span[1]);
    int from = span[0];
    while (m.find()) {
      addNonEmpty(out, from, m.start());
      addNonEmpty(out, m.start(), m.end());
      from = m.end();
    }
    addNonEmpty(out, from, span[1]);
  }

  private static boolean containsSplitChar(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '/' || c == '-') {
        return true;
      }
    }
    return false;
  }

  private static void addNonEmpty(List<int[]> out, int start, int end) {
    if (end > start) {
      out.add(new int[] {start, end});
    }
  }

  /**
   * The lemma of an inflected-looking word (ending in -s, -ed or -ing), from OpenNLP's lemmatizer
   * given the tag such words usually have (NOUN for -s, VERB otherwise), without sentence context
   * so that it can be cached; other words are their own lemma.
   */
  private String lemma(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    String tag = lower.endsWith("ing") || lower.endsWith("ed") ? "VERB" : "NOUN";
    boolean inflected = tag.equals("VERB") || lower.endsWith("s") && !lower.endsWith("ss");
    if (!inflected || lower.length() <= 3 || !lower.chars().allMatch(Character::isLetter)) {
      return lower;
    }
    String cached = lemmaCache.get(lower);
    if (cached != null) {
      return cached;
    }
    String lemma = lemmatizer.lemma(lower, tag);
    lemma = lemma == null || lemma.equals("O") ? lower : lemma.toLowerCase(Locale.ROOT);
    if (lemmaCache.size() < lemmaCacheSize) {
      lemmaCache.put(lower, lemma);
    }
    return lemma;
  }
}
