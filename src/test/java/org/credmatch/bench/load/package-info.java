/** An open-loop HTTP load generator for {@code credmatch serve} on loopback. */
package org.credmatch.bench.load;
