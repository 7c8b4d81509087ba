/** The Lucene catalog index: schema from index-config, atomic builds, the open searcher. */
package org.credmatch.index;
