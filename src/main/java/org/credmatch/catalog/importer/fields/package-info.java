/** Parsers that turn published catalog wording (time bands, prices, levels...) into typed facts. */
package org.credmatch.catalog.importer.fields;
