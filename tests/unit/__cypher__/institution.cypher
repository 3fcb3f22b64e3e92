// GraphQL: { node(id: "institution:naver") { ... on Institution { name kind affiliations { person { name } } people(first: 2) { edges { via node { name } } } } } }

// round trip 1 of 3
// $ids = ["institution:naver"]
UNWIND $ids AS id
   CALL (id) { MATCH (n:Talk {id: id}) RETURN n UNION ALL MATCH (n:Source {id: id}) RETURN n UNION ALL MATCH (n:CareerDecision {id: id}) RETURN n UNION ALL MATCH (n:Entity {id: id}) RETURN n }
   RETURN id, n {.id, .name, .title, .date, .language, .series, .url, .position, .aliases, .kind,
    .unnamed, .summary, .evidence, .year, .offset, .path, .sha256,
    type: [l IN labels(n) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]} AS node

// round trip 2 of 3
// $ids = ["institution:naver"]
UNWIND $ids AS id
     MATCH (i:Institution {id: id})
     RETURN id, COLLECT {
       MATCH (p:Person)-[a:AFFILIATED_WITH]->(i:Institution)
       OPTIONAL MATCH (t:Talk {id: a.talk})
       RETURN {person: p {.id, .name, .aliases, .kind, .unnamed, type: [l IN labels(p) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]}, institution: i {.id, .name, .aliases, .kind, .unnamed, type: [l IN labels(i) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]}, talk: t {.id, .title, .date, .language, .series, .url, .position, type: 'Talk'},
  role: a.role, since: a.since, until: a.until, evidence: a.evidence} ORDER BY coalesce(a.since, 9999), i.name, p.name
     } AS rows

// round trip 3 of 3
// $after = null
// $ids = ["institution:naver"]
// $limit = Integer(3)
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
