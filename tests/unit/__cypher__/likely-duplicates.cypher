// GraphQL: { likelyDuplicates(first: 5) { score reasons a { id } b { id } } }

// round trip 1 of 3
MATCH (i:Institution)
  RETURN i.id AS id, i.name AS name, coalesce(i.aliases, []) AS aliases,
    [(i)-[:PART_OF]-(o:Institution) | o.id] AS family

// round trip 2 of 3
MATCH (t:Talk)-[:MENTIONS]->(i:Institution)
  WITH t, collect(i) AS named WHERE size(named) > 1
  UNWIND named AS a
  UNWIND named AS b
  WITH a, b WHERE a.id < b.id AND (a.name =~ '.*[가-힣].*') <> (b.name =~ '.*[가-힣].*')
  RETURN DISTINCT a.id AS a, b.id AS b LIMIT 20000

// round trip 3 of 3
// $ids = ["institution:naver","institution:naver-corp"]
UNWIND $ids AS id
   CALL (id) { MATCH (n:Talk {id: id}) RETURN n UNION ALL MATCH (n:Source {id: id}) RETURN n UNION ALL MATCH (n:CareerDecision {id: id}) RETURN n UNION ALL MATCH (n:Entity {id: id}) RETURN n }
   RETURN id, n {.id, .name, .title, .date, .language, .series, .url, .position, .aliases, .kind,
    .unnamed, .summary, .evidence, .year, .offset, .path, .sha256,
    type: [l IN labels(n) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]} AS node
