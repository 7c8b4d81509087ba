/**
 * The trained skill-span model: finder interface, OpenNLP implementation, trainer and SkillSpan
 * data reader (its evaluation lives in {@code org.credmatch.eval}).
 */
package org.credmatch.ner;
