package org.credmatch.skills;

/**
 * One place a skill is mentioned: {@code text.substring(start, end)} of the caller's original text.
 *
 * @param start offset of the first character, inclusive
 * @param end offset after the last character
 * @param text the mentioned text as it appears
 * @param sentence the whole sentence (or bullet) that contains it, as evidence
 */
public record Mention(int start, int end, String text, String sentence) {}
