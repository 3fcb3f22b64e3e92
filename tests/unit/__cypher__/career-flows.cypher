// GraphQL: { careerFlows(groupBy: INSTITUTION_KIND, from: 2015, to: 2022, minPeople: 2, first: 10) { people count source { key label } target { key label } steps(first: 5) { year person { name } from { id } to { id } } } }

// round trip 1 of 3
// $byKind = true
// $first = Integer(10)
// $from = Integer(2015)
// $minPeople = Integer(2)
// $perFlow = Integer(100)
// $to = Integer(2022)
MATCH (m:CareerMove) WHERE m.placeType = 'Institution'
  WITH m ORDER BY m.person, m.order
  WITH m.person AS person, collect(m) AS all
  // Leaving a place the person has another move at ends that stay; it is no move to the place
  // (else 'joined Naver, moved to KAIST, left Naver' would draw KAIST → Naver).
  WITH person, [m IN all WHERE m.kind <> 'left'
    OR NOT any(o IN all WHERE o.kind <> 'left' AND o.placeRoot = m.placeRoot)] AS moves
  UNWIND range(0, size(moves) - 2) AS i
  WITH person, moves[i] AS a, moves[i + 1] AS b
  WITH person, a, b, coalesce(b.year, b.placedYear) AS year
  WHERE ($from IS NULL OR year >= $from) AND ($to IS NULL OR year <= $to)
  WITH person, a, b, year,
    CASE WHEN $byKind THEN coalesce(a.placeKind, 'other') ELSE a.placeRoot END AS src,
    CASE WHEN $byKind THEN coalesce(b.placeKind, 'other') ELSE b.placeRoot END AS tgt,
    CASE WHEN $byKind THEN coalesce(a.placeKind, 'other') ELSE a.placeRootName END AS srcLabel,
    CASE WHEN $byKind THEN coalesce(b.placeKind, 'other') ELSE b.placeRootName END AS tgtLabel
  WHERE src <> tgt
  WITH src, tgt, head(collect(srcLabel)) AS srcLabel, head(collect(tgtLabel)) AS tgtLabel,
    count(DISTINCT person) AS people, count(*) AS moves,
    collect({person: person, from: a.id, to: b.id, year: year}) AS steps
  WHERE people >= $minPeople
  RETURN {key: src, label: srcLabel} AS source, {key: tgt, label: tgtLabel} AS target, people, moves,
    steps[..$perFlow] AS steps
  ORDER BY people DESC, moves DESC, src, tgt LIMIT $first

// round trip 2 of 3
// $ids = ["person:kim"]
UNWIND $ids AS id
   CALL (id) { MATCH (n:Talk {id: id}) RETURN n UNION ALL MATCH (n:Source {id: id}) RETURN n UNION ALL MATCH (n:CareerDecision {id: id}) RETURN n UNION ALL MATCH (n:Entity {id: id}) RETURN n }
   RETURN id, n {.id, .name, .title, .date, .language, .series, .url, .position, .aliases, .kind,
    .unnamed, .summary, .evidence, .year, .offset, .path, .sha256,
    type: [l IN labels(n) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]} AS node

// round trip 3 of 3
// $ids = ["move:m0","move:m1"]
UNWIND $ids AS id
   MATCH (m:CareerMove {id: id})
   RETURN id, m {.id, .person, .kind, .year, .placedYear, .years, .yearTalks, .yearConflict, .yearRule,
    .notes, .talks, .summary, .evidence, .order, .placeRoot, .placeRootName,
    placeNode: COLLECT { MATCH (x:Entity {id: m.place}) RETURN x {.id, .name, .aliases, .kind, .unnamed, type: [l IN labels(x) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]} AS x }[0],
    fromNode: COLLECT { MATCH (x:Entity {id: m.from}) RETURN x {.id, .name, .aliases, .kind, .unnamed, type: [l IN labels(x) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]} AS x }[0],
    toNode: COLLECT { MATCH (x:Entity {id: m.to}) RETURN x {.id, .name, .aliases, .kind, .unnamed, type: [l IN labels(x) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]} AS x }[0],
    talkNode: COLLECT { MATCH (x:Talk {id: m.talk}) RETURN x {.id, .title, .date, .language, .series, .url, .position, type: 'Talk'} AS x }[0],
    personNode: COLLECT { MATCH (x:Person {id: m.person}) RETURN x {.id, .name, .aliases, .kind, .unnamed, type: [l IN labels(x) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]} AS x }[0]} AS move
