// GraphQL: { node(id: "person:kim") { id type label } }

// round trip 1 of 1
// $ids = ["person:kim"]
UNWIND $ids AS id
   CALL (id) { MATCH (n:Talk {id: id}) RETURN n UNION ALL MATCH (n:Source {id: id}) RETURN n UNION ALL MATCH (n:CareerDecision {id: id}) RETURN n UNION ALL MATCH (n:Entity {id: id}) RETURN n }
   RETURN id, n {.id, .name, .title, .date, .language, .series, .url, .position, .aliases, .kind,
    .unnamed, .summary, .evidence, .year, .offset, .path, .sha256,
    type: [l IN labels(n) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]} AS node
