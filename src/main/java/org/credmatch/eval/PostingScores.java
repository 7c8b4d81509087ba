package org.credmatch.eval;

/**
 * Skill-level figures per posting, macro-averaged: each posting's set of normalised span strings
 * (both kinds together) predicted versus gold. A posting with no prediction has no precision and is
 * left out of the precision average; one with no gold span is left out of the recall average.
 * Immutable.
 *
 * @param postings postings evaluated
 * @param precision mean precision over postings with at least one prediction
 * @param recall mean recall over postings with at least one gold span
 * @param withPredictions postings in the precision average
 * @param withGold postings in the recall average
 */
public record PostingScores(
    int postings, double precision, double recall, int withPredictions, int withGold) {

  /** Harmonic mean of the macro precision and recall. */
  public double f1() {
    return Scores.f1(precision, recall);
  }
}
