package org.credmatch.catalog.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  private static List<CsvReader.Row> rows(String text) throws IOException {
    CsvReader reader = new CsvReader(new StringReader(text));
    List<CsvReader.Row> rows = new ArrayList<>();
    for (CsvReader.Row row = reader.next(); row != null; row = reader.next()) {
      rows.add(row);
    }
    return rows;
  }

  @Test
  void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws IOException {
    var rows = rows("a,b\r\n\"x, y\",\"say \"\"hi\"\"\nthen\r\nbye\"\r\nlast,row\r\n");
    assertThat(rows)
        .extracting(CsvReader.Row::fields)
        .containsExactly(
            List.of("a", "b"), List.of("x, y", "say \"hi\"\nthen\r\nbye"), List.of("last", "row"));
  }

  @Test
  void numbersRecordsByThePhysicalLineWhereTheyStart() throws IOException {
    var rows = rows("h1,h2\n\"multi\nline\nfield\",2\nnext,3\n");
    assertThat(rows).extracting(CsvReader.Row::line).containsExactly(1L, 2L, 5L);
  }

  @Test
  void keepsALoneCarriageReturnInsideQuotesAndCountsOnlyLineFeeds() throws IOException {
    var rows = rows("a\r\n\"x\ry\"\r\nz\r\n");
    assertThat(rows)
        .extracting(CsvReader.Row::fields)
        .containsExactly(List.of("a"), List.of("x\ry"), List.of("z"));
    assertThat(rows).extracting(CsvReader.Row::line).containsExactly(1L, 2L, 3L);
  }

  @Test
  void skipsBlankLinesAndAByteOrderMark() throws IOException {
    var rows = rows("\uFEFFa,b\n\n1,2\n\n");
    assertThat(rows)
        .extracting(CsvReader.Row::fields)
        .containsExactly(List.of("a", "b"), List.of("1", "2"));
    assertThat(rows.get(1).line()).isEqualTo(3);
  }

  @Test
  void keepsEmptyFieldsAndAMissingFinalLineBreak() throws IOException {
    assertThat(rows(",x,,\"\""))
        .singleElement()
        .extracting(CsvReader.Row::fields)
        .isEqualTo(List.of("", "x", "", ""));
  }

  @Test
  void keepsAQuoteInsideAnUnquotedFieldAsText() throws IOException {
    assertThat(rows("5\" disk,ok\n"))
        .singleElement()
        .extracting(CsvReader.Row::fields)
        .isEqualTo(List.of("5\" disk", "ok"));
  }

  @Test
  void reportsTextAfterAClosingQuoteAndResumesOnTheNextLine() throws IOException {
    var rows = rows("a,b\n\"bad\"x,1\ngood,2\n");
    assertThat(rows.get(1).error()).isEqualTo("text after a closing quote at line 2");
    assertThat(rows.get(1).line()).isEqualTo(2);
    assertThat(rows.get(2).fields()).containsExactly("good", "2");
    assertThat(rows.get(2).line()).isEqualTo(3);
  }

  @Test
  void reportsAnUnterminatedQuoteAtTheLineWhereItsRecordStarts() throws IOException {
    var rows = rows("a,b\nok,1\nx,\"never closed\nmore\n");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(2).line()).isEqualTo(3);
    assertThat(rows.get(2).error())
        .isEqualTo("unterminated quoted field (record starts at line 3)");
  }
}
