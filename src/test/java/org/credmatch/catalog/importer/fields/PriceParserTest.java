package org.credmatch.catalog.importer.fields;

import static org.assertj.core.api.Assertions.assertThat;

import org.credmatch.catalog.Cost;
import org.junit.jupiter.api.Test;

class PriceParserTest {

  @Test
  void readsEdxFreeWithPaidCertificate() {
    assertThat(PriceParser.parse("FREE-Add a Verified Certificate for $49 USD"))
        .contains(new Cost(0.0, "USD", true, 49.0));
    assertThat(PriceParser.parse("FREE-Add a Verified Certificate for $299.70 USD"))
        .contains(new Cost(0.0, "USD", true, 299.70));
  }

  @Test
  void readsPlainAmountsWithSymbolsOrCodes() {
    assertThat(PriceParser.parse("$49.99")).contains(new Cost(49.99, "USD", false, null));
    assertThat(PriceParser.parse("€49")).contains(new Cost(49.0, "EUR", false, null));
    assertThat(PriceParser.parse("1,200 EUR")).contains(new Cost(1200.0, "EUR", false, null));
    assertThat(PriceParser.parse("GBP 30")).contains(new Cost(30.0, "GBP", false, null));
    assertThat(PriceParser.parse("120")).contains(new Cost(120.0, null, false, null));
  }

  @Test
  void readsFreeAndZeroAsFree() {
    assertThat(PriceParser.parse("Free")).contains(new Cost(0.0, null, true, null));
    assertThat(PriceParser.parse("0 USD")).contains(new Cost(0.0, "USD", true, null));
  }

  @Test
  void blankIsUnknownAndWordsAreUnreadable() {
    assertThat(PriceParser.parse(" ")).contains(Cost.UNKNOWN);
    assertThat(PriceParser.parse("call us")).isEmpty();
  }
}
