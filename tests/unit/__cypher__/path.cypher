// GraphQL: { path(from: "person:kim", to: "institution:naver", maxLength: 3, first: 2) { nodes { id } truncated } }

// round trip 1 of 1
// $edgeFetch = Integer(41)
// $edgeLimit = Integer(40)
// $first = Integer(2)
// $from = "person:kim"
// $to = "institution:naver"
CALL () { MATCH (n:Talk {id: $from}) RETURN n UNION ALL MATCH (n:Source {id: $from}) RETURN n UNION ALL MATCH (n:CareerDecision {id: $from}) RETURN n UNION ALL MATCH (n:Entity {id: $from}) RETURN n }
    WITH n AS a
    CALL (a) { MATCH (n:Talk {id: $to}) RETURN n UNION ALL MATCH (n:Source {id: $to}) RETURN n UNION ALL MATCH (n:CareerDecision {id: $to}) RETURN n UNION ALL MATCH (n:Entity {id: $to}) RETURN n }
    WITH a, n AS b
    CALL (a, b) {
      MATCH p = SHORTEST 3 (a)-[]-{0,3}(b)
      RETURN collect(p) AS paths
    }
    WITH paths[0..$first] AS kept, size(paths) > $first AS truncated
    WITH truncated, COLLECT { UNWIND kept AS p UNWIND nodes(p) AS m RETURN DISTINCT m } AS members
    
  CALL (members) {
    CALL (members) {
      UNWIND range(0, size(members) - 1) AS k
      WITH k, members[k] AS a
      CALL (a) {
        MATCH (a)-[r:GIVEN_BY|MENTIONS|FROM_SOURCE|TO|FROM|TOLD_IN|AFFILIATED_WITH|RELATED_TO|PART_OF|SAME_TALK|NARRATED_BY]->(b) RETURN r, b, true AS out
        UNION ALL
        WITH a WHERE a:CareerDecision
        MATCH (a)<-[r:DECIDED]-(b) RETURN r, b, false AS out
      }
      RETURN b, r, k, out, null AS j
      UNION ALL
      UNWIND range(0, size(members) - 1) AS j
      RETURN members[j] AS b, null AS r, null AS k, null AS out, j
    }
    WITH b, collect(CASE WHEN r IS NOT NULL THEN [k, r, out] END) AS found, max(j) AS j
    WHERE j IS NOT NULL
    UNWIND found AS e
    WITH CASE WHEN e[2] THEN e[0] ELSE j END AS i, CASE WHEN e[2] THEN j ELSE e[0] END AS j, e[1] AS r
    ORDER BY i LIMIT $edgeFetch
    RETURN collect([elementId(r), i, j, type(r), toFloat(coalesce(r.score, r.count))]) AS rels
  }
  RETURN [m IN members | {id: m.id, type: [l IN labels(m) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0], label: coalesce(m.name, m.title, m.summary, m.path, m.id)}] AS nodes,
    rels[0..$edgeLimit] AS edges,
    truncated OR size(rels) > $edgeLimit AS truncated
