/** The {@code credmatch} command line: thin picocli commands over the feature facades. */
package org.credmatch.cli;
