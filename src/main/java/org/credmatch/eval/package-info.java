/** Evaluation of skill-span extraction against SkillSpan gold: span P/R/F1 and posting skills. */
package org.credmatch.eval;
