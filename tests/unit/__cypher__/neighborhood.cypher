// GraphQL: { neighborhood(id: "person:kim") { nodes { id } edges { source target type } truncated } }

// round trip 1 of 1
// $edgeFetch = Integer(506)
// $edgeLimit = Integer(505)
// $fan = Integer(10)
// $fetch = Integer(101)
// $id = "person:kim"
// $limit = Integer(100)
// $types = null
CALL () { MATCH (n:Talk {id: $id}) RETURN n UNION ALL MATCH (n:Source {id: $id}) RETURN n UNION ALL MATCH (n:CareerDecision {id: $id}) RETURN n UNION ALL MATCH (n:Entity {id: $id}) RETURN n }
    WITH n AS start
    CALL (start) {
      MATCH (start)--(b) WHERE b <> start AND ($types IS NULL OR any(l IN labels(b) WHERE l IN $types))
      WITH DISTINCT b ORDER BY b.id LIMIT $fetch
      RETURN collect(b) AS ring1
    }
    WITH start, [start] + ring1 AS seen, ring1 AS found, ring1
    
    WITH [start] + found[0..$limit] AS members, size(found) > $limit AS truncated
    
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
    RETURN collect([elementId(r), i, j, type(r), null]) AS rels
  }
  RETURN [m IN members | {id: m.id, type: [l IN labels(m) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0], label: coalesce(m.name, m.title, m.summary, m.path, m.id)}] AS nodes,
    rels[0..$edgeLimit] AS edges,
    truncated OR size(rels) > $edgeLimit AS truncated
