// GraphQL: { person(id: "person:kim") { name unnamed talks(first: 3) { totalCount edges { node { title } } } affiliations { role since until talk { title } } decisions { kind year talk { title } to { name } } moves { kind year } mentionedIn(first: 3) { totalCount edges { count snippet node { title } } } people(first: 3) { totalCount } } }

// round trip 1 of 7
// $ids = ["person:kim"]
UNWIND $ids AS id
   CALL (id) { MATCH (n:Talk {id: id}) RETURN n UNION ALL MATCH (n:Source {id: id}) RETURN n UNION ALL MATCH (n:CareerDecision {id: id}) RETURN n UNION ALL MATCH (n:Entity {id: id}) RETURN n }
   RETURN id, n {.id, .name, .title, .date, .language, .series, .url, .position, .aliases, .kind,
    .unnamed, .summary, .evidence, .year, .offset, .path, .sha256,
    type: [l IN labels(n) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]} AS node

// round trip 2 of 7
// $after = null
// $ids = ["person:kim"]
// $limit = Integer(4)
UNWIND $ids AS id
   MATCH (p:Person {id: id})
   RETURN id, COUNT { (p)<-[:GIVEN_BY]-(:Talk) } AS total, COLLECT {
     MATCH (p)<-[:GIVEN_BY]-(t:Talk)
     WHERE ($after IS NULL OR coalesce(t.title, '') > $after.k OR (coalesce(t.title, '') = $after.k AND t.id > $after.id))
     RETURN t {.id, .title, .date, .language, .series, .url, .position, type: 'Talk'} ORDER BY coalesce(t.title, ''), t.id LIMIT $limit
   } AS rows

// round trip 3 of 7
// $ids = ["person:kim"]
UNWIND $ids AS id
     MATCH (p:Person {id: id})
     RETURN id, COLLECT {
       MATCH (p:Person)-[a:AFFILIATED_WITH]->(i:Institution)
       OPTIONAL MATCH (t:Talk {id: a.talk})
       RETURN {person: p {.id, .name, .aliases, .kind, .unnamed, type: [l IN labels(p) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]}, institution: i {.id, .name, .aliases, .kind, .unnamed, type: [l IN labels(i) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]}, talk: t {.id, .title, .date, .language, .series, .url, .position, type: 'Talk'},
  role: a.role, since: a.since, until: a.until, evidence: a.evidence} ORDER BY coalesce(a.since, 9999), i.name, p.name
     } AS rows

// round trip 4 of 7
// $ids = ["person:kim"]
UNWIND $ids AS id
   MATCH (person:Person {id: id})
   RETURN id, COLLECT {
     MATCH (person)-[:DECIDED]->(d)
     WITH person, d, [(d)-[r:TOLD_IN|FROM|TO]->(x) | [type(r), x]] AS ends
     WITH person, d, d.year AS year,
       [e IN ends WHERE e[0] = 'TOLD_IN' | e[1]][0] AS talk,
       [e IN ends WHERE e[0] = 'FROM' | e[1]][0] AS fromNode,
       [e IN ends WHERE e[0] = 'TO' | e[1]][0] AS toNode
     WITH d, year, talk, fromNode, toNode,
       CASE WHEN year IS NOT NULL THEN year ELSE coalesce(COLLECT {
       CALL (person, talk) {
         MATCH (talk)<-[:TOLD_IN]-(o)<-[:DECIDED]-(person) RETURN o
         UNION
         MATCH (person)-[:DECIDED]->(o)
         WHERE talk IS NULL AND NOT EXISTS { (o)-[:TOLD_IN]->(:Talk) } RETURN o
       }
       WITH o, coalesce(o.offset, 0) AS at
       WHERE o.year IS NOT NULL AND (at < coalesce(d.offset, 0) OR (at = coalesce(d.offset, 0) AND o.id < d.id))
       RETURN o.year ORDER BY at DESC, o.id DESC LIMIT 1
     }[0], COLLECT {
       CALL (person, talk) {
         MATCH (talk)<-[:TOLD_IN]-(o)<-[:DECIDED]-(person) RETURN o
         UNION
         MATCH (person)-[:DECIDED]->(o)
         WHERE talk IS NULL AND NOT EXISTS { (o)-[:TOLD_IN]->(:Talk) } RETURN o
       }
       WITH o, coalesce(o.offset, 0) AS at
       WHERE o.year IS NOT NULL AND (at > coalesce(d.offset, 0) OR (at = coalesce(d.offset, 0) AND o.id > d.id))
       RETURN o.year ORDER BY at ASC, o.id ASC LIMIT 1
     }[0]) END AS placed
     WITH d, CASE WHEN year IS NULL AND fromNode IS NULL AND toNode IS NULL THEN [d]
         ELSE [d.kind, year, fromNode, toNode] END AS move,
       [placed, coalesce(talk.date, '9999') + '|' + coalesce(talk.id, '')] AS told
     WITH move, min(told) AS first, collect([told, d]) AS steps
     CALL (first, steps) {
       UNWIND steps AS step
       WITH step WHERE step[0][1] = first[1] AND (step[0][0] = first[0] OR (step[0][0] IS NULL AND first[0] IS NULL))
       WITH step[1] AS d, coalesce(step[1].offset, 0) AS offset ORDER BY offset, d.id LIMIT 1
       RETURN d, offset
     }
     WITH d ORDER BY first, offset, d.id
     RETURN {decision: d {.id, .kind, .year, .summary, .evidence, .offset, type: 'CareerDecision'}, links: {
  person: [(p:Person)-[:DECIDED]->(d) | p {.id, .name, .aliases, .kind, .unnamed, type: [l IN labels(p) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]}][0],
  talk: [(d)-[:TOLD_IN]->(t:Talk) | t {.id, .title, .date, .language, .series, .url, .position, type: 'Talk'}][0],
  from: [(d)-[:FROM]->(f:Entity) | f {.id, .name, .aliases, .kind, .unnamed, type: [l IN labels(f) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]}][0],
  to: [(d)-[:TO]->(x:Entity) | x {.id, .name, .aliases, .kind, .unnamed, type: [l IN labels(x) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]}][0]}}
   } AS steps

// round trip 5 of 7
// $ids = ["person:kim"]
UNWIND $ids AS id
   MATCH (p:Person {id: id})
   RETURN id, COLLECT {
     MATCH (m:CareerMove {person: id})
     WITH m, m.view AS view ORDER BY m.order
     RETURN {view: view, evidence: m.evidence, full: CASE WHEN view IS NULL THEN m {.id, .person, .kind, .year, .placedYear, .years, .yearTalks, .yearConflict, .yearRule,
    .notes, .talks, .summary, .evidence, .order, .placeRoot, .placeRootName,
    placeNode: COLLECT { MATCH (x:Entity {id: m.place}) RETURN x {.id, .name, .aliases, .kind, .unnamed, type: [l IN labels(x) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]} AS x }[0],
    fromNode: COLLECT { MATCH (x:Entity {id: m.from}) RETURN x {.id, .name, .aliases, .kind, .unnamed, type: [l IN labels(x) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]} AS x }[0],
    toNode: COLLECT { MATCH (x:Entity {id: m.to}) RETURN x {.id, .name, .aliases, .kind, .unnamed, type: [l IN labels(x) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]} AS x }[0],
    talkNode: COLLECT { MATCH (x:Talk {id: m.talk}) RETURN x {.id, .title, .date, .language, .series, .url, .position, type: 'Talk'} AS x }[0],
    personNode: COLLECT { MATCH (x:Person {id: m.person}) RETURN x {.id, .name, .aliases, .kind, .unnamed, type: [l IN labels(x) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]} AS x }[0]} END} AS move
   } AS moves

// round trip 6 of 7
// $after = null
// $ids = ["person:kim"]
// $limit = Integer(4)
UNWIND $ids AS id
   MATCH (e:Entity {id: id})
   RETURN id, COUNT { (e)<-[:MENTIONS]-(:Talk) } AS total, COLLECT {
     MATCH (e)<-[m:MENTIONS]-(t:Talk)
     WHERE ($after IS NULL OR coalesce(t.title, '') > $after.k OR (coalesce(t.title, '') = $after.k AND t.id > $after.id))
     RETURN {talk: t {.id, .title, .date, .language, .series, .url, .position, type: 'Talk'}, entity: e {.id, .name, .aliases, .kind, .unnamed, type: [l IN labels(e) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]}, count: m.count, snippet: m.snippet, aliases: m.aliases} ORDER BY coalesce(t.title, ''), t.id LIMIT $limit
   } AS rows

// round trip 7 of 7
// $after = null
// $ids = ["person:kim"]
// $limit = Integer(4)
UNWIND $ids AS id
   MATCH (e:Entity {id: id})
   CALL (e) {
     CALL (e) {
       MATCH (p:Person)-[:AFFILIATED_WITH]->(e) RETURN p, 'affiliated' AS via
       UNION
       MATCH (p:Person)-[:DECIDED]->(:CareerDecision)-[:TO|FROM]->(e) RETURN p, 'decision' AS via
       UNION
       MATCH (p:Person)<-[:GIVEN_BY]-(:Talk)-[:MENTIONS]->(e) RETURN p, 'spoke_about' AS via
     }
     WITH p, collect(via) AS via WHERE p <> e
     RETURN count(p) AS total, collect({p: p, via: via}) AS links
   }
   WITH id, total, [x IN links WHERE ($after IS NULL OR coalesce(x.p.name, '') > $after.k OR (coalesce(x.p.name, '') = $after.k AND x.p.id > $after.id))] AS rest
   RETURN id, total, COLLECT {
     UNWIND rest AS x
     WITH x.p AS p, x.via AS via ORDER BY coalesce(p.name, ''), p.id LIMIT $limit
     RETURN {person: p {.id, .name, .aliases, .kind, .unnamed, type: [l IN labels(p) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]}, via: via}
   } AS links
