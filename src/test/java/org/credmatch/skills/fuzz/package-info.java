/** Property-based fuzz tests of the real skill extractor over arbitrary and ad-like texts. */
package org.credmatch.skills.fuzz;
