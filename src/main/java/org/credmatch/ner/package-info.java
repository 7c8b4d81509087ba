/** The trained skill-span model: finder interface, OpenNLP implementation, trainer, evaluator. */
package org.credmatch.ner;
