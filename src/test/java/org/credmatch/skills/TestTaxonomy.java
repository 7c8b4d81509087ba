package org.credmatch.skills;

import java.util.List;
import org.credmatch.taxonomy.Skill;
import org.credmatch.taxonomy.SkillType;
import org.credmatch.taxonomy.Taxonomy;

/** A small hand-made taxonomy with the labels the hard cases need, O*NET and ESCO style. */
final class TestTaxonomy {

  private TestTaxonomy() {}

  static Taxonomy small() {
    return new Taxonomy(
        List.of(
            tool("t:javascript", "JavaScript"),
            tool("t:java", "Oracle Java"),
            tool("t:react", "React"),
            tool("t:c", "C"),
            tool("t:cpp", "C++"),
            tool("t:csharp", "C#"),
            tool("t:r", "R"),
            tool("t:go", "Go"),
            tool("t:swift", "Swift"),
            tool("t:rust", "Rust programming language"),
            tool("t:dotnet", "Microsoft .NET Framework"),
            tool("t:aspnet", "Microsoft ASP.NET"),
            tool("t:node", "Node.js"),
            tool("t:postgres", "PostgreSQL"),
            tool("t:k8s", "Kubernetes"),
            tool("t:excel", "Microsoft Excel"),
            tool("t:sql", "Structured query language SQL"),
            tool("t:python", "Python"),
            tool("t:docker", "Docker"),
            tool("t:kafka", "Apache Kafka"),
            tool("t:spark", "Apache Spark"),
            tool("t:aws", "Amazon Web Services AWS software"),
            skill("e:english", "English", SkillType.LANGUAGE),
            skill("e:german", "German", SkillType.LANGUAGE),
            skill("e:pm", "project management", SkillType.SKILL, "manage projects"),
            skill("e:db", "manage database", SkillType.SKILL, "database management"),
            skill("e:comm", "communication", SkillType.TRANSVERSAL),
            skill("e:ml", "machine learning", SkillType.KNOWLEDGE),
            skill("e:insurance", "health insurance", SkillType.KNOWLEDGE),
            skill("e:religion", "religion", SkillType.KNOWLEDGE),
            skill("e:stats", "statistics", SkillType.KNOWLEDGE),
            skill("e:devops", "DevOps", SkillType.KNOWLEDGE)));
  }

  static Skill tool(String id, String label, String... alts) {
    return new Skill(
        id, label, List.of(alts), SkillType.TOOL, List.of("onet-29.2"), List.of(id), false, null);
  }

  static Skill skill(String id, String label, SkillType type, String... alts) {
    return new Skill(
        id, label, List.of(alts), type, List.of("esco-1.2.0"), List.of(id), false, null);
  }
}
