package org.credmatch.skills;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns HTML into raw lines (one per block element, list item or line break) whose characters map
 * back to the HTML source, entities included. Stateless and thread-safe; each call builds its own
 * {@link Walker}.
 */
final class HtmlLines {

  private static final Pattern LOOKS_LIKE_HTML =
      Pattern.compile(
          "<(?:p|div|br|li|ul|ol|h[1-6]|span|strong|b|em|i|table|tr|td|section|article|a|body|html)"
              + "\\b[^>]*>",
          Pattern.CASE_INSENSITIVE);

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "br",
          "li",
          "ul",
          "ol",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "tr",
          "td",
          "th",
          "table",
          "section",
          "article",
          "header",
          "footer",
          "dt",
          "dd",
          "dl",
          "blockquote",
          "pre",
          "hr",
          "main",
          "aside",
          "nav",
          "form",
          "title");

  private static final Set<String> SKIPPED =
      Set.of("script", "style", "noscript", "template", "head", "svg");

  /** A raw line with the flags its markup gave it. */
  record RawLine(MappedText text, boolean heading, boolean bullet) {}

  private HtmlLines() {}

  static boolean looksLikeHtml(String text) {
    return LOOKS_LIKE_HTML.matcher(text).find();
  }

  static List<RawLine> extract(String html) {
    var doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    Walker walker = new Walker(html);
    NodeTraversor.filter(walker, doc);
    walker.flush();
    return walker.lines;
  }

  /** Collects lines while jsoup walks the tree. */
  private static final class Walker implements NodeFilter {
    private final String source;
    private final List<RawLine> lines = new ArrayList<>();
    private MappedText current = new MappedText();
    private boolean heading;
    private boolean bullet;
    private int boldDepth;
    private int boldChars;
    private int plainChars;

    Walker(String source) {
      this.source = source;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode text) {
        appendText(text);
      } else if (node instanceof Element el) {
        String tag = el.normalName();
        if (SKIPPED.contains(tag)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (BLOCKS.contains(tag)) {
          flush();
        }
        heading |= tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
        bullet |= tag.equals("li");
        boldDepth += isBold(tag) ? 1 : 0;
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element el) {
        String tag = el.normalName();
        boldDepth -= isBold(tag) ? 1 : 0;
        if (BLOCKS.contains(tag)) {
          flush();
        }
      }
      return FilterResult.CONTINUE;
    }

    private static boolean isBold(String tag) {
      return tag.equals("b") || tag.equals("strong");
    }

    void flush() {
      if (current.toString().isBlank()) {
        current = new MappedText();
        return;
      }
      boolean boldOnly = boldChars > 0 && plainChars == 0;
      lines.add(new RawLine(current, heading || boldOnly, bullet));
      current = new MappedText();
      heading = false;
      bullet = false;
      boldChars = 0;
      plainChars = 0;
    }

    private void appendText(TextNode node) {
      String decoded = node.getWholeText();
      var range = node.sourceRange();
      int from = range.isTracked() ? range.startPos() : -1;
      int to = range.isTracked() ? range.endPos() : -1;
      SourceMapper mapper = new SourceMapper(source, from, to);
      for (int i = 0; i < decoded.length(); i++) {
        char c = decoded.charAt(i);
        mapper.next(c);
        current.append(c, mapper.start(), mapper.end());
        if (!Character.isWhitespace(c)) {
          boldChars += boldDepth > 0 ? 1 : 0;
          plainChars += boldDepth > 0 ? 0 : 1;
        }
      }
    }
  }

  /**
   * Walks the HTML source of one text node alongside its decoded text: a decoded character maps to
   * the same source character, or to the whole entity ("&amp;amp;") it was decoded from.
   */
  private static final class SourceMapper {
    private final String source;
    private final int limit;
    private int pos;
    private int start;
    private int end;

    SourceMapper(String source, int from, int to) {
      this.source = source;
      this.pos = Math.max(from, 0);
      this.limit = from < 0 ? 0 : Math.min(to, source.length());
    }

    void next(char decoded) {
      if (pos >= limit) {
        start = Math.max(limit - 1, 0);
        end = Math.max(limit, start);
        return;
      }
      start = pos;
      if (source.charAt(pos) == '&' && decoded != '&' || isEntityAmp(decoded)) {
        int semi = source.indexOf(';', pos);
        pos = semi > pos && semi - pos <= 12 && semi < limit ? semi + 1 : pos + 1;
      } else {
        pos++;
      }
      end = pos;
    }

    int start() {
      return start;
    }

    int end() {
      return end;
    }

    private boolean isEntityAmp(char decoded) {
      return decoded == '&' && source.startsWith("&amp;", pos);
    }
  }
}
