// GraphQL: { careerMove(id: "move:m1") { id summary evidence } }

// round trip 1 of 1
// $ids = ["move:m1"]
UNWIND $ids AS id
   MATCH (m:CareerMove {id: id})
   RETURN id, m {.id, .person, .kind, .year, .placedYear, .years, .yearTalks, .yearConflict, .yearRule,
    .notes, .talks, .summary, .evidence, .order, .placeRoot, .placeRootName,
    placeNode: COLLECT { MATCH (x:Entity {id: m.place}) RETURN x {.id, .name, .aliases, .kind, .unnamed, type: [l IN labels(x) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]} AS x }[0],
    fromNode: COLLECT { MATCH (x:Entity {id: m.from}) RETURN x {.id, .name, .aliases, .kind, .unnamed, type: [l IN labels(x) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]} AS x }[0],
    toNode: COLLECT { MATCH (x:Entity {id: m.to}) RETURN x {.id, .name, .aliases, .kind, .unnamed, type: [l IN labels(x) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]} AS x }[0],
    talkNode: COLLECT { MATCH (x:Talk {id: m.talk}) RETURN x {.id, .title, .date, .language, .series, .url, .position, type: 'Talk'} AS x }[0],
    personNode: COLLECT { MATCH (x:Person {id: m.person}) RETURN x {.id, .name, .aliases, .kind, .unnamed, type: [l IN labels(x) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]} AS x }[0]} AS move
