// GraphQL: { shortestPaths(from: "person:kim", to: "institution:naver", maxLength: 3, first: 2) { length truncated paths { nodes { id } edges { source target type } } } }

// round trip 1 of 1
// $fetch = Integer(3)
// $from = "person:kim"
// $scan = Integer(200)
// $to = "institution:naver"
CALL () { MATCH (n:Talk {id: $from}) RETURN n UNION ALL MATCH (n:Source {id: $from}) RETURN n UNION ALL MATCH (n:CareerDecision {id: $from}) RETURN n UNION ALL MATCH (n:Entity {id: $from}) RETURN n }
    WITH n AS a
    CALL (a) { MATCH (n:Talk {id: $to}) RETURN n UNION ALL MATCH (n:Source {id: $to}) RETURN n UNION ALL MATCH (n:CareerDecision {id: $to}) RETURN n UNION ALL MATCH (n:Entity {id: $to}) RETURN n }
    WITH a, n AS b
    CALL (a, b) {
      WITH a, b WHERE a <> b
      MATCH p = allShortestPaths((a)-[*..3]-(b))
      WITH p LIMIT $scan
      WITH nodes(p) AS walk, collect(p)[0] AS p
      WITH p LIMIT $fetch
      RETURN collect({
        nodes: [m IN nodes(p) | {id: m.id, type: [l IN labels(m) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0], label: coalesce(m.name, m.title, m.summary, m.path, m.id)}],
        edges: [r IN relationships(p) | {id: elementId(r), source: startNode(r).id,
          target: endNode(r).id, type: type(r), weight: toFloat(coalesce(r.score, r.count))}]
      }) AS paths
    }
    RETURN paths
