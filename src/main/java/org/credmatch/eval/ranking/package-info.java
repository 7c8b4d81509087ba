/** Ranking evaluation: graded judgments of pooled results, nDCG@10 and P@5 against a baseline. */
package org.credmatch.eval.ranking;
