// GraphQL: { relatedTalks(talkId: "talk:t1", first: 3) { score talk { title } } }

// round trip 1 of 1
// $first = Integer(3)
// $ids = ["talk:t1"]
UNWIND $ids AS id
   MATCH (t:Talk {id: id})
   RETURN id, COLLECT {
     MATCH (t)-[r:RELATED_TO]-(o:Talk) WHERE o <> t AND NOT EXISTS { (t)-[:SAME_TALK]-(o) }
     WITH o, r ORDER BY r.score DESC
     WITH o, collect(r)[0] AS best
     ORDER BY best.score DESC, o.id LIMIT $first
     RETURN {of: id, talk: o {.id, .title, .date, .language, .series, .url, .position, type: 'Talk'}, score: best.score, reasons: coalesce(best.reasons, [])}
   } AS rows
