// GraphQL: { node(id: "talk:old") { id } }

// round trip 1 of 3
// $ids = ["talk:old"]
UNWIND $ids AS id
   CALL (id) { MATCH (n:Talk {id: id}) RETURN n UNION ALL MATCH (n:Source {id: id}) RETURN n UNION ALL MATCH (n:CareerDecision {id: id}) RETURN n UNION ALL MATCH (n:Entity {id: id}) RETURN n }
   RETURN id, n {.id, .name, .title, .date, .language, .series, .url, .position, .aliases, .kind,
    .unnamed, .summary, .evidence, .year, .offset, .path, .sha256,
    type: [l IN labels(n) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]} AS node

// round trip 2 of 3
// $ids = ["talk:old"]
UNWIND $ids AS id
   MATCH (t:Talk) WHERE id IN t.previousIds
   WITH id, min(t.id) AS current
   RETURN id, current

// round trip 3 of 3
// $ids = ["talk:t1"]
UNWIND $ids AS id
   CALL (id) { MATCH (n:Talk {id: id}) RETURN n UNION ALL MATCH (n:Source {id: id}) RETURN n UNION ALL MATCH (n:CareerDecision {id: id}) RETURN n UNION ALL MATCH (n:Entity {id: id}) RETURN n }
   RETURN id, n {.id, .name, .title, .date, .language, .series, .url, .position, .aliases, .kind,
    .unnamed, .summary, .evidence, .year, .offset, .path, .sha256,
    type: [l IN labels(n) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]} AS node
