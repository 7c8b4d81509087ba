/** Benchmarks that print the speed figures quoted in the docs, each with its command. */
package org.credmatch.bench;
