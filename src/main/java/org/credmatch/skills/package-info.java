/** Skill extraction from job ads and course descriptions: cleaning, OpenNLP, matching, models. */
package org.credmatch.skills;
