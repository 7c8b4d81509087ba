package org.credmatch.skills;

import static org.credmatch.skills.Maxent.add;

import java.util.HashMap;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.tokenize.DefaultTokenContextGenerator;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.StringUtil;

/**
 * OpenNLP's maxent tokenizer for the shipped English model, cutting one white-space word exactly
 * where {@link TokenizerME#tokenizePos(String)} cuts it when the model is asked (the caller keeps
 * letters-and-digits words whole first, OpenNLP's alphanumeric optimisation), without building a
 * dozen feature strings at every position.
 *
 * <p>{@link DefaultTokenContextGenerator} describes a position inside a word by the word's prefix
 * and suffix there, the two characters on each side (each with its class: letter, capital, digit,
 * space, sentence end, quote, bracket) and the three character pairs around it. The character and
 * pair features are looked up in the model once, when this class is built, and indexed by the
 * characters (arrays for ASCII); the prefix and suffix are looked up by their place in the word and
 * their hash, grown a character at a time, without building the substring. The evaluation adds the
 * same parameters in the same order, normalises with the same {@link StrictMath} calls as {@link
 * GISModel} and picks the same outcome on a tie, so the cuts are OpenNLP's ({@code
 * CompiledTokenizerTest} checks it on committed ads and random words).
 *
 * <p>The constructor refuses a model with an abbreviation dictionary or another context generator
 * or model kind. Thread-safe: everything is read only after construction.
 */
final class CompiledTokenizer {

  private static final String[] CHAR_KEYS = {"p1", "p2", "f1", "f2"};
  private static final int P1 = 0;
  private static final int P2 = 1;
  private static final int F1 = 2;
  private static final int F2 = 3;
  private static final String[] PAIR_KEYS = {"p21", "p1f1", "f12"};
  private static final int P21 = 0;
  private static final int P1F1 = 1;
  private static final int F12 = 2;

  private final Affixes prefixes;
  private final Affixes suffixes;

  /** Per character key ("p1"...): the "key=c" rows by character, and the class rows. */
  private final CharRows[] chars;

  private final Context[][] classes;

  /** Per pair key ("p21"...): the "key=ab" rows by character pair. */
  private final PairRows[] pairs;

  private final Context p2Boundary;
  private final Context f2Boundary;
  private final Context characterCode;
  private final int split;
  private final double uniform;

  /** The class rows of one character key, in {@code addCharPreds}' order of kinds. */
  private static final int ALPHA = 0;

  private static final int CAPS = 1;
  private static final int NUM = 2;
  private static final int WS = 3;
  private static final int EOS = 4;
  private static final int QUOTE = 5;
  private static final int LP = 6;
  private static final int RP = 7;
  private static final String[] CLASS_SUFFIXES = {
    "_alpha", "_caps", "_num", "_ws", "_eos", "_quote", "_lp", "_rp"
  };

  /**
   * @param model OpenNLP's tokenizer model, without abbreviations, with the default context
   *     generator and a two-outcome GIS maxent model
   * @throws IllegalArgumentException if the model is not one this class reproduces exactly
   */
  CompiledTokenizer(TokenizerModel model) {
    if (model.getAbbreviations() != null
        || model.getFactory().getAbbreviationDictionary() != null) {
      throw new IllegalArgumentException("tokenizer models with abbreviations are not supported");
    }
    if (model.getFactory().getContextGenerator().getClass() != DefaultTokenContextGenerator.class) {
      throw new IllegalArgumentException("unsupported tokenizer context generator");
    }
    if (!(model.getMaxentModel() instanceof GISModel gis)) {
      throw new IllegalArgumentException("the tokenizer model is not a GIS maxent model");
    }
    Map<String, Context> rows = Maxent.rows(gis);
    String[] outcomes = Maxent.outcomes(gis);
    split = java.util.Arrays.asList(outcomes).indexOf(TokenizerME.SPLIT);
    if (outcomes.length != 2 || split < 0) {
      throw new IllegalArgumentException("the tokenizer model's outcomes are not split/no split");
    }
    uniform = Maxent.uniform(outcomes.length);
    chars = new CharRows[CHAR_KEYS.length];
    classes = new Context[CHAR_KEYS.length][CLASS_SUFFIXES.length];
    for (int k = 0; k < CHAR_KEYS.length; k++) {
      chars[k] = new CharRows();
      for (int c = 0; c < CLASS_SUFFIXES.length; c++) {
        classes[k][c] = rows.get(CHAR_KEYS[k] + CLASS_SUFFIXES[c]);
      }
    }
    pairs = new PairRows[PAIR_KEYS.length];
    for (int k = 0; k < PAIR_KEYS.length; k++) {
      pairs[k] = new PairRows();
    }
    Map<String, Context> prefixRows = new HashMap<>();
    Map<String, Context> suffixRows = new HashMap<>();
    for (Map.Entry<String, Context> e : rows.entrySet()) {
      index(e.getKey(), e.getValue(), prefixRows, suffixRows);
    }
    prefixes = new Affixes(prefixRows);
    suffixes = new Affixes(suffixRows);
    p2Boundary = rows.get("p2=bok");
    f2Boundary = rows.get("f2=bok");
    characterCode = rows.get("cc");
  }

  private void index(
      String feature,
      Context row,
      Map<String, Context> prefixRows,
      Map<String, Context> suffixRows) {
    int eq = feature.indexOf('=');
    if (eq < 0) {
      return;
    }
    String key = feature.substring(0, eq);
    String value = feature.substring(eq + 1);
    switch (key) {
      case "p" -> prefixRows.put(value, row);
      case "s" -> suffixRows.put(value, row);
      default -> {
        for (int k = 0; k < CHAR_KEYS.length; k++) {
          if (key.equals(CHAR_KEYS[k]) && value.length() == 1) {
            chars[k].put(value.charAt(0), row);
          }
        }
        for (int k = 0; k < PAIR_KEYS.length; k++) {
          if (key.equals(PAIR_KEYS[k]) && value.length() == 2) {
            pairs[k].put(value.charAt(0), value.charAt(1), row);
          }
        }
      }
    }
  }

  /**
   * Rows by prefix or suffix, looked up by a region of the word and that region's {@link
   * String#hashCode}, computed as the region grows, so that no substring is built: an
   * open-addressing table of the keys, their hashes and rows.
   */
  private static final class Affixes {
    private final String[] keys;
    private final int[] hashes;
    private final Context[] rows;
    private final int mask;

    Affixes(Map<String, Context> byKey) {
      int size = Integer.highestOneBit(Math.max(4, byKey.size() * 3)) << 1;
      keys = new String[size];
      hashes = new int[size];
      rows = new Context[size];
      mask = size - 1;
      for (Map.Entry<String, Context> e : byKey.entrySet()) {
        int h = e.getKey().hashCode();
        int i = slot(h);
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = e.getKey();
        hashes[i] = h;
        rows[i] = e.getValue();
      }
    }

    private int slot(int hash) {
      return (hash * 0x9E3779B9) >>> 7 & mask;
    }

    /** The row of {@code word}'s characters {@code from} to {@code to}, whose hash is given. */
    Context get(String word, int from, int to, int hash) {
      int length = to - from;
      for (int i = slot(hash); keys[i] != null; i = (i + 1) & mask) {
        if (hashes[i] == hash
            && keys[i].length() == length
            && word.regionMatches(from, keys[i], 0, length)) {
          return rows[i];
        }
      }
      return null;
    }
  }

  /** Rows by character: an array for ASCII, a map for the rest. */
  private static final class CharRows {
    private final Context[] ascii = new Context[128];
    private final Map<Character, Context> other = new HashMap<>();

    void put(char c, Context row) {
      if (c < 128) {
        ascii[c] = row;
      } else {
        other.put(c, row);
      }
    }

    Context get(char c) {
      return c < 128 ? ascii[c] : other.get(c);
    }
  }

  /** Rows by character pair: an array for ASCII pairs, a map for the rest. */
  private static final class PairRows {
    private final Context[] ascii = new Context[128 * 128];
    private final Map<Integer, Context> other = new HashMap<>();

    void put(char a, char b, Context row) {
      if (a < 128 && b < 128) {
        ascii[a << 7 | b] = row;
      } else {
        other.put(a << 16 | b, row);
      }
    }

    Context get(char a, char b) {
      return a < 128 && b < 128 ? ascii[a << 7 | b] : other.get(a << 16 | b);
    }
  }

  /**
   * The pieces OpenNLP's tokenizer cuts {@code word} (one white-space token of two characters or
   * more) into, as start and end offsets in the word.
   */
  int[] cuts(String word) {
    int[] cuts = new int[2 * word.length()];
    int n = 0;
    int start = 0;
    double[] probs = new double[2];
    boolean code = word.charAt(0) == '&' && word.charAt(word.length() - 1) == ';';
    int[] prefixHash = new int[word.length()];
    int[] suffixHash = new int[word.length() + 1];
    for (int i = 1; i < word.length(); i++) {
      prefixHash[i] = 31 * prefixHash[i - 1] + word.charAt(i - 1); // String.hashCode of word[0, i)
    }
    int power = 1;
    for (int i = word.length() - 1; i >= 1; i--) {
      suffixHash[i] = word.charAt(i) * power + suffixHash[i + 1]; // String.hashCode of word[i, n)
      power *= 31;
    }
    for (int j = 1; j < word.length(); j++) {
      evaluate(word, j, code, prefixHash[j], suffixHash[j], probs);
      if (probs[0] < probs[1] ? split == 1 : split == 0) {
        cuts[n++] = start;
        cuts[n++] = j;
        start = j;
      }
    }
    cuts[n++] = start;
    cuts[n++] = word.length();
    return java.util.Arrays.copyOf(cuts, n);
  }

  /** The model's probabilities of no split and split before {@code word}'s character {@code i}. */
  private void evaluate(
      String word, int i, boolean code, int prefixHash, int suffixHash, double[] probs) {
    probs[0] = uniform;
    probs[1] = uniform;
    add(prefixes.get(word, 0, i, prefixHash), probs);
    add(suffixes.get(word, i, word.length(), suffixHash), probs);
    char p1 = word.charAt(i - 1);
    char f1 = word.charAt(i);
    addChar(P1, p1, probs);
    if (i > 1) {
      char p2 = word.charAt(i - 2);
      addChar(P2, p2, probs);
      add(pairs[P21].get(p2, p1), probs);
    } else {
      add(p2Boundary, probs);
    }
    add(pairs[P1F1].get(p1, f1), probs);
    addChar(F1, f1, probs);
    if (i + 1 < word.length()) {
      char f2 = word.charAt(i + 1);
      addChar(F2, f2, probs);
      add(pairs[F12].get(f1, f2), probs);
    } else {
      add(f2Boundary, probs);
    }
    if (code) {
      add(characterCode, probs);
    }
    Maxent.normalise(probs);
  }

  /** {@code DefaultTokenContextGenerator.addCharPreds}: the character, then its classes. */
  private void addChar(int key, char c, double[] probs) {
    add(chars[key].get(c), probs);
    Context[] k = classes[key];
    if (Character.isLetter(c)) {
      add(k[ALPHA], probs);
      if (Character.isUpperCase(c)) {
        add(k[CAPS], probs);
      }
    } else if (Character.isDigit(c)) {
      add(k[NUM], probs);
    } else if (StringUtil.isWhitespace(c)) {
      add(k[WS], probs);
    } else if (c == '.' || c == '?' || c == '!') {
      add(k[EOS], probs);
    } else if (c == '`' || c == '"' || c == '\'') {
      add(k[QUOTE], probs);
    } else if (c == '[' || c == '{' || c == '(') {
      add(k[LP], probs);
    } else if (c == ']' || c == '}' || c == ')') {
      add(k[RP], probs);
    }
  }
}
