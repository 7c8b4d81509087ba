package org.credmatch.catalog;

/**
 * A skill a credential teaches.
 *
 * @param id taxonomy id, or null when the provider's tag matched no taxonomy skill
 * @param label taxonomy label (or the provider's tag when unlinked)
 * @param declared true when the provider tagged it, false when derived from the description
 */
public record CredentialSkill(String id, String label, boolean declared) {}
