// GraphQL: { careerPath(personId: "person:kim") { id kind year placedYear order toldIn talkCount place { name } talk { title } person { name } yearConflict { chosen } tellings(first: 3) { evidence year talk { title } source { path } } } }

// round trip 1 of 2
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

// round trip 2 of 2
// $first = Integer(3)
// $ids = ["move:m1","move:m2"]
UNWIND $ids AS id
   MATCH (m:CareerMove {id: id})
   RETURN id, COLLECT {
     UNWIND range(0, size(m.tellings) - 1) AS i
     WITH i, m.tellings[i] AS did ORDER BY i LIMIT $first
     MATCH (d:CareerDecision {id: did})
     OPTIONAL MATCH (d)-[:TOLD_IN]->(t:Talk)
     OPTIONAL MATCH (t)-[:FROM_SOURCE]->(s:Source)
     RETURN {decision: d {.id, .kind, .year, .summary, .evidence, .offset, type: 'CareerDecision'}, talk: t {.id, .title, .date, .language, .series, .url, .position, type: 'Talk'}, source: s {.id, .path, .sha256, type: 'Source'}} ORDER BY i
   } AS rows
