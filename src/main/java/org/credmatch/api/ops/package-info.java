/** Operational guards for the HTTP API: rate limits, deadlines, a bounded pool and metrics. */
package org.credmatch.api.ops;
