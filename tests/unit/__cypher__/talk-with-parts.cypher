// GraphQL: { talk(id: "talk:t1") { title sourcePath speakers { name affiliations { role institution { name } } } decisions { kind year person { name } } mentions(types: [Model, Institution], first: 10) { count entity { name } } writeUps { id } relatedTalks(first: 3) { score reasons talk { title } shared { name } } } }

// round trip 1 of 6
// $first = Integer(10)
// $ids = ["talk:t1"]
// $types = ["Model","Institution"]
UNWIND $ids AS id
   MATCH (t:Talk {id: id})
   RETURN id, t {.id, .title, .date, .language, .series, .url, .position, type: 'Talk'} AS node,
     COLLECT { MATCH (t)-[:GIVEN_BY]->(p:Person) RETURN p {.id, .name, .aliases, .kind, .unnamed, type: [l IN labels(p) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]} ORDER BY p.name } AS speakers,
     [(t)-[:FROM_SOURCE]->(s:Source) | s {.id, .path, .sha256, type: 'Source'}][0] AS source,
     COLLECT { MATCH (t)<-[:TOLD_IN]-(d:CareerDecision) RETURN d {.id, .kind, .year, .summary, .evidence, .offset, type: 'CareerDecision'} ORDER BY d.offset, d.id } AS decisions,
     COLLECT {
     MATCH (t)-[m:MENTIONS]->(e:Entity)
     WHERE $types IS NULL OR any(l IN labels(e) WHERE l IN $types)
     WITH m, e ORDER BY m.count DESC, e.name, e.id LIMIT $first
     RETURN {entity: e {.id, .name, .aliases, .kind, .unnamed, type: [l IN labels(e) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]}, count: m.count, snippet: m.snippet, aliases: m.aliases}
   } AS mentions

// round trip 2 of 6
// $ids = ["talk:t1"]
UNWIND $ids AS id
   MATCH (t:Talk {id: id})
   RETURN id, COLLECT {
     MATCH (t)-[:SAME_TALK]-(o:Talk) RETURN DISTINCT o {.id, .title, .date, .language, .series, .url, .position, type: 'Talk'} AS o ORDER BY o.id
   } AS rows

// round trip 3 of 6
// $first = Integer(3)
// $ids = ["talk:t1"]
UNWIND $ids AS id
   MATCH (t:Talk {id: id})
   RETURN id, COLLECT {
     MATCH (t)-[r:RELATED_TO]-(o:Talk) WHERE o <> t AND NOT EXISTS { (t)-[:SAME_TALK]-(o) }
     WITH o, r ORDER BY r.score DESC
     WITH o, collect(r)[0] AS best
     ORDER BY best.score DESC, o.id LIMIT $first
     RETURN {of: id, talk: o {.id, .title, .date, .language, .series, .url, .position, type: 'Talk'}, score: best.score, reasons: coalesce(best.reasons, [])}
   } AS rows

// round trip 4 of 6
// $ids = ["person:kim"]
UNWIND $ids AS id
     MATCH (p:Person {id: id})
     RETURN id, COLLECT {
       MATCH (p:Person)-[a:AFFILIATED_WITH]->(i:Institution)
       OPTIONAL MATCH (t:Talk {id: a.talk})
       RETURN {person: p {.id, .name, .aliases, .kind, .unnamed, type: [l IN labels(p) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]}, institution: i {.id, .name, .aliases, .kind, .unnamed, type: [l IN labels(i) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]}, talk: t {.id, .title, .date, .language, .series, .url, .position, type: 'Talk'},
  role: a.role, since: a.since, until: a.until, evidence: a.evidence} ORDER BY coalesce(a.since, 9999), i.name, p.name
     } AS rows

// round trip 5 of 6
// $ids = ["decision:d1"]
UNWIND $ids AS id
   MATCH (d:CareerDecision {id: id})
   RETURN id, {
  person: [(p:Person)-[:DECIDED]->(d) | p {.id, .name, .aliases, .kind, .unnamed, type: [l IN labels(p) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]}][0],
  talk: [(d)-[:TOLD_IN]->(t:Talk) | t {.id, .title, .date, .language, .series, .url, .position, type: 'Talk'}][0],
  from: [(d)-[:FROM]->(f:Entity) | f {.id, .name, .aliases, .kind, .unnamed, type: [l IN labels(f) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]}][0],
  to: [(d)-[:TO]->(x:Entity) | x {.id, .name, .aliases, .kind, .unnamed, type: [l IN labels(x) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]}][0]} AS links

// round trip 6 of 6
// $pairs = [{"of":"talk:t1","other":"talk:t2"}]
UNWIND $pairs AS pair
       MATCH (t:Talk {id: pair.of})
       MATCH (o:Talk {id: pair.other})
       WITH pair, o, COLLECT { MATCH (t)-[:MENTIONS]->(e:Entity) RETURN e } AS mine
       RETURN pair.of AS of, pair.other AS other, COLLECT {
         MATCH (o)-[:MENTIONS]->(e:Entity) WHERE e IN mine
         WITH e ORDER BY e.name, e.id LIMIT 10
         RETURN e {.id, .name, .aliases, .kind, .unnamed, type: [l IN labels(e) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]}
       } AS shared
