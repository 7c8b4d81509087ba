/** Contract tests: the running API against its committed OpenAPI document, and hostile input. */
package org.credmatch.api.contract;
