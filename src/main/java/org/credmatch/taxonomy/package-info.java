/** The compiled skill taxonomy (O*NET + ESCO): its model, storage, lookup and counts. */
package org.credmatch.taxonomy;
