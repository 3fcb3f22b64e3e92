// GraphQL: { stats { labels { name count } years { year talks } undatedTalks } }

// round trip 1 of 1
RETURN
  [{name: 'Talk', count: COUNT { (:Talk) }}, {name: 'Source', count: COUNT { (:Source) }}, {name: 'CareerDecision', count: COUNT { (:CareerDecision) }}, {name: 'Person', count: COUNT { (:Person) }}, {name: 'Institution', count: COUNT { (:Institution) }}, {name: 'Model', count: COUNT { (:Model) }}, {name: 'Conference', count: COUNT { (:Conference) }}, {name: 'Dataset', count: COUNT { (:Dataset) }}, {name: 'Topic', count: COUNT { (:Topic) }}] AS labels,
  [{name: 'GIVEN_BY', count: COUNT { ()-[:GIVEN_BY]->() }}, {name: 'MENTIONS', count: COUNT { ()-[:MENTIONS]->() }}, {name: 'FROM_SOURCE', count: COUNT { ()-[:FROM_SOURCE]->() }}, {name: 'DECIDED', count: COUNT { ()-[:DECIDED]->() }}, {name: 'TO', count: COUNT { ()-[:TO]->() }}, {name: 'FROM', count: COUNT { ()-[:FROM]->() }}, {name: 'TOLD_IN', count: COUNT { ()-[:TOLD_IN]->() }}, {name: 'AFFILIATED_WITH', count: COUNT { ()-[:AFFILIATED_WITH]->() }}, {name: 'RELATED_TO', count: COUNT { ()-[:RELATED_TO]->() }}, {name: 'PART_OF', count: COUNT { ()-[:PART_OF]->() }}, {name: 'SAME_TALK', count: COUNT { ()-[:SAME_TALK]->() }}, {name: 'NARRATED_BY', count: COUNT { ()-[:NARRATED_BY]->() }}] AS relationships,
  COLLECT { MATCH (t:Talk) WITH toInteger(left(t.date, 4)) AS year, count(*) AS n RETURN {year: year, n: n} } AS talkYears,
  COLLECT { MATCH (d:CareerDecision) WITH d.year AS year, count(*) AS n RETURN {year: year, n: n} } AS decisionYears
