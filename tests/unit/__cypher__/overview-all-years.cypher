// GraphQL: { overview { talks people { id } groups { year talks } links { source target type weight } } }

// round trip 1 of 1
// $limit = Integer(40)
CALL () {
    MATCH (p:Person)
    WITH p,
      COUNT { MATCH (t:Talk)-[:GIVEN_BY]->(p)  } AS talks,
      COUNT { MATCH (p)-[:DECIDED]->(d:CareerDecision)  } AS steps
    WHERE talks + steps > 0
    WITH p, talks, steps ORDER BY 2 * talks + steps DESC, p.id LIMIT $limit
    RETURN collect({id: p.id, name: coalesce(p.name, p.id), type: 'Person', talks: talks, steps: steps}) AS people,
      collect(p) AS personNodes
  }
  CALL () {
    MATCH (i:Institution)
    WITH i,
      COUNT { MATCH (d:CareerDecision)-[:TO|FROM]->(i)  }
        + COUNT { (:Person)-[:AFFILIATED_WITH]->(i) } AS steps
    WHERE steps > 0
    WITH i, steps ORDER BY steps DESC, i.id LIMIT $limit
    RETURN collect({id: i.id, name: coalesce(i.name, i.id), type: 'Institution', talks: 0, steps: steps}) AS institutions,
      collect(i) AS placeNodes
  }
  CALL () {
    MATCH (t:Talk) 
    WITH toInteger(left(t.date, 4)) AS year, count(*) AS n
    ORDER BY year IS NULL, year
    RETURN sum(n) AS talks, collect({year: year, talks: n}) AS groups
  }
  CALL (personNodes) {
    UNWIND personNodes AS p
    MATCH (t:Talk)-[:GIVEN_BY]->(p) 
    WITH p.id AS source, toInteger(left(t.date, 4)) AS year, count(*) AS n
    RETURN collect({source: source, target: null, year: year, type: 'GAVE', weight: n}) AS gave
  }
  CALL (personNodes, placeNodes) {
    UNWIND personNodes AS p
    MATCH (p)-[:DECIDED]->(d:CareerDecision)-[:TO|FROM]->(i:Institution)
    WHERE i IN placeNodes 
    WITH p.id AS source, i.id AS target, count(*) AS n
    RETURN collect({source: source, target: target, year: null, type: 'STEP', weight: n}) AS stepped
  }
  CALL (personNodes, placeNodes) {
    UNWIND personNodes AS p
    MATCH (p)-[:AFFILIATED_WITH]->(i:Institution) WHERE i IN placeNodes
    WITH DISTINCT p.id AS source, i.id AS target
    RETURN collect({source: source, target: target, year: null, type: 'AFFILIATED', weight: 1}) AS affiliated
  }
  CALL (placeNodes) {
    UNWIND placeNodes AS i
    MATCH (d:CareerDecision)-[:TO|FROM]->(i) WHERE d.year IS NOT NULL 
    WITH i.id AS source, d.year AS year, count(*) AS n
    RETURN collect({source: source, target: null, year: year, type: 'PLACED', weight: n}) AS placed
  }
  RETURN people, institutions, talks, groups, gave + stepped + affiliated + placed AS links
