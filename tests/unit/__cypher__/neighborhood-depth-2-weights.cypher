// GraphQL: { neighborhood(id: "person:kim", depth: 2, types: [Person, Institution], limit: 50) { nodes { id } edges { weight } } }

// round trip 1 of 1
// $edgeFetch = Integer(256)
// $edgeLimit = Integer(255)
// $fan = Integer(10)
// $fetch = Integer(51)
// $id = "person:kim"
// $limit = Integer(50)
// $types = ["Person","Institution"]
CALL () { MATCH (n:Talk {id: $id}) RETURN n UNION ALL MATCH (n:Source {id: $id}) RETURN n UNION ALL MATCH (n:CareerDecision {id: $id}) RETURN n UNION ALL MATCH (n:Entity {id: $id}) RETURN n }
    WITH n AS start
    CALL (start) {
      MATCH (start)--(b) WHERE b <> start AND ($types IS NULL OR any(l IN labels(b) WHERE l IN $types))
      WITH DISTINCT b ORDER BY b.id LIMIT $fetch
      RETURN collect(b) AS ring1
    }
    WITH start, [start] + ring1 AS seen, ring1 AS found, ring1
    
  CALL (seen, ring1) {
    WITH seen, ring1 AS frontier, $fetch + 1 - size(seen) AS need
    WHERE need > 0 AND size(frontier) > 0
    UNWIND frontier AS a
    WITH seen, need, a ORDER BY COUNT { (a)--() }, a.id
    WITH seen, need, collect(a) AS frontier
    CALL (seen, frontier) {
      UNWIND frontier AS a
      CALL (seen, a) { MATCH (a)--(b) WHERE NOT b IN seen AND ($types IS NULL OR any(l IN labels(b) WHERE l IN $types)) RETURN DISTINCT b LIMIT $fan }
      WITH DISTINCT b LIMIT $fetch
      RETURN collect(b) AS fanned
    }
    CALL (seen, frontier, fanned, need) {
      WITH seen + fanned AS passed, frontier WHERE size(fanned) < need
      UNWIND frontier AS a
      CALL (passed, a) { MATCH (a)--(b) WHERE NOT b IN passed AND ($types IS NULL OR any(l IN labels(b) WHERE l IN $types)) RETURN DISTINCT b LIMIT $fetch }
      WITH DISTINCT b LIMIT $fetch
      RETURN collect(b) AS filled
    }
    UNWIND (fanned + filled)[0..need] AS b
    WITH b ORDER BY b.id
    RETURN collect(b) AS ring2
  }
  WITH start, seen + ring2 AS seen, found + ring2 AS found, ring2
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
    RETURN collect([elementId(r), i, j, type(r), toFloat(coalesce(r.score, r.count))]) AS rels
  }
  RETURN [m IN members | {id: m.id, type: [l IN labels(m) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0], label: coalesce(m.name, m.title, m.summary, m.path, m.id)}] AS nodes,
    rels[0..$edgeLimit] AS edges,
    truncated OR size(rels) > $edgeLimit AS truncated
