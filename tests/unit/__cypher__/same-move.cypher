// GraphQL: { sameMove(moveId: "move:m1", first: 5) { total summary others { cameFrom yearsBefore } } }

// round trip 1 of 1
// $first = Integer(5)
// $id = "move:m1"
MATCH (m:CareerMove {id: $id})
  CALL (m) {
    OPTIONAL MATCH (q:CareerMove {person: m.person}) WHERE q.order < m.order AND q.placeType = 'Institution'
    RETURN q ORDER BY q.order DESC LIMIT 1
  }
  WITH m, q
  CALL (m) {
    MATCH (o:CareerMove {placeRoot: m.placeRoot}) WHERE o.kind = m.kind AND o.person <> m.person
    CALL (o) {
      OPTIONAL MATCH (z:CareerMove {person: o.person}) WHERE z.order < o.order AND z.placeType = 'Institution'
      RETURN z ORDER BY z.order DESC LIMIT 1
    }
    WITH o, z, COLLECT {
      MATCH (w:CareerMove {person: o.person}) WHERE z IS NOT NULL AND w.placeRoot = z.placeRoot AND w.year IS NOT NULL
      RETURN w.year
    } AS there
    ORDER BY coalesce(o.year, o.placedYear, 9999), o.person
    RETURN count(o) AS total, collect({move: o {.id, .person, .kind, .year, .placedYear, .years, .yearTalks, .yearConflict, .yearRule,
    .notes, .talks, .summary, .evidence, .order, .placeRoot, .placeRootName,
    placeNode: COLLECT { MATCH (x:Entity {id: o.place}) RETURN x {.id, .name, .aliases, .kind, .unnamed, type: [l IN labels(x) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]} AS x }[0],
    fromNode: COLLECT { MATCH (x:Entity {id: o.from}) RETURN x {.id, .name, .aliases, .kind, .unnamed, type: [l IN labels(x) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]} AS x }[0],
    toNode: COLLECT { MATCH (x:Entity {id: o.to}) RETURN x {.id, .name, .aliases, .kind, .unnamed, type: [l IN labels(x) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]} AS x }[0],
    talkNode: COLLECT { MATCH (x:Talk {id: o.talk}) RETURN x {.id, .title, .date, .language, .series, .url, .position, type: 'Talk'} AS x }[0],
    personNode: COLLECT { MATCH (x:Person {id: o.person}) RETURN x {.id, .name, .aliases, .kind, .unnamed, type: [l IN labels(x) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]} AS x }[0]}, before: z.placeRoot, beforeName: z.placeRootName,
      yearsBefore: CASE WHEN o.year IS NULL OR size(there) = 0 THEN null
        ELSE o.year - reduce(y = there[0], x IN there | CASE WHEN x < y THEN x ELSE y END) END}) AS others
  }
  RETURN m {.id, .person, .kind, .year, .placedYear, .years, .yearTalks, .yearConflict, .yearRule,
    .notes, .talks, .summary, .evidence, .order, .placeRoot, .placeRootName,
    placeNode: COLLECT { MATCH (x:Entity {id: m.place}) RETURN x {.id, .name, .aliases, .kind, .unnamed, type: [l IN labels(x) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]} AS x }[0],
    fromNode: COLLECT { MATCH (x:Entity {id: m.from}) RETURN x {.id, .name, .aliases, .kind, .unnamed, type: [l IN labels(x) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]} AS x }[0],
    toNode: COLLECT { MATCH (x:Entity {id: m.to}) RETURN x {.id, .name, .aliases, .kind, .unnamed, type: [l IN labels(x) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]} AS x }[0],
    talkNode: COLLECT { MATCH (x:Talk {id: m.talk}) RETURN x {.id, .title, .date, .language, .series, .url, .position, type: 'Talk'} AS x }[0],
    personNode: COLLECT { MATCH (x:Person {id: m.person}) RETURN x {.id, .name, .aliases, .kind, .unnamed, type: [l IN labels(x) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]} AS x }[0]} AS move, total, m.placeRoot AS place, q.placeRoot AS before, q.placeRootName AS beforeName,
    others[..$first] AS others
