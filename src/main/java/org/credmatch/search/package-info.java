/** Ranking: query building, re-ranking for coverage and diversity, explanations, stacks, gaps. */
package org.credmatch.search;
