/** Compiles the skill taxonomy from the O*NET and ESCO source files: reading, merging, labels. */
package org.credmatch.taxonomy.build;
