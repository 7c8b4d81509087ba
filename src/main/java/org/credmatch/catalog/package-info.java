/** The credential catalog: model, validation, importers and the committed default catalog. */
package org.credmatch.catalog;
