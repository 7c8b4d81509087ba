/** The HTTP API (Javalin): routes, request parsing and validation, problem responses. */
package org.credmatch.api;
