package org.credmatch.catalog;

/**
 * Price facts.
 *
 * @param amount price to take the program, null when unknown
 * @param currency ISO 4217 code, null when unknown
 * @param free true when the program can be taken at no cost (audit or free)
 * @param certificatePrice price of the certificate when it is sold separately, else null
 */
public record Cost(Double amount, String currency, boolean free, Double certificatePrice) {
  public static final Cost UNKNOWN = new Cost(null, null, false, null);
}
