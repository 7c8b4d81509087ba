package org.credmatch.search;

import java.util.Set;
import org.credmatch.catalog.Credential;

/**
 * A first-stage hit on its way through re-ranking. Immutable.
 *
 * @param credential the program
 * @param titleWords normalised words of its title, for similarity
 * @param skillKeys ids (or normalised labels) of all the skills it teaches, for similarity
 * @param retrieval first-stage score normalised to [0, 1]
 * @param covered keys ({@link AdSkill#key()}) of the ad skills it teaches
 * @param coverage weighted share of the ad's skills it teaches
 * @param levelFit fit of its level to the ad, in [0, 1]
 * @param score relevance before diversification
 */
record Candidate(
    Credential credential,
    Codes titleWords,
    Codes skillKeys,
    double retrieval,
    Set<String> covered,
    double coverage,
    double levelFit,
    double score) {}
