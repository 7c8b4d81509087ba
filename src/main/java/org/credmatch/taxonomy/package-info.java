/** The compiled skill taxonomy (O*NET + ESCO): model, storage and the builder that compiles it. */
package org.credmatch.taxonomy;
