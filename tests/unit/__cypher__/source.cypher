// GraphQL: { node(id: "source:s1") { ... on Source { path sha256 talks { title } } } }

// round trip 1 of 2
// $ids = ["source:s1"]
UNWIND $ids AS id
   CALL (id) { MATCH (n:Talk {id: id}) RETURN n UNION ALL MATCH (n:Source {id: id}) RETURN n UNION ALL MATCH (n:CareerDecision {id: id}) RETURN n UNION ALL MATCH (n:Entity {id: id}) RETURN n }
   RETURN id, n {.id, .name, .title, .date, .language, .series, .url, .position, .aliases, .kind,
    .unnamed, .summary, .evidence, .year, .offset, .path, .sha256,
    type: [l IN labels(n) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]} AS node

// round trip 2 of 2
// $ids = ["source:s1"]
UNWIND $ids AS id
   MATCH (s:Source {id: id})
   RETURN id, COLLECT {
     MATCH (s)<-[:FROM_SOURCE]-(t:Talk) RETURN t {.id, .title, .date, .language, .series, .url, .position, type: 'Talk'} ORDER BY t.position, t.id
   } AS rows
