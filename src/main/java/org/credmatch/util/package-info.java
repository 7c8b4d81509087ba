/** Small helpers shared by the other packages: threads for independent work at start. */
package org.credmatch.util;
