package org.credmatch.search;

/**
 * Limits on the recommended stack. Null means no limit. Immutable.
 *
 * @param maxHours most total hours (programs of unknown length are left out when set)
 * @param maxCost most total cost (programs of unknown price are left out when set)
 * @param delivery only this delivery mode (online, hybrid, in-person)
 * @param freeOnly only programs that can be taken at no cost
 */
public record StackLimits(Double maxHours, Double maxCost, String delivery, boolean freeOnly) {
  public static final StackLimits NONE = new StackLimits(null, null, null, false);
}
