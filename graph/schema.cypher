// Applied idempotently whenever the app or the ingest connects (graph/apply-schema.ts).
// Community Edition: uniqueness constraints only; each also backs an index on id.
CREATE CONSTRAINT talk_id IF NOT EXISTS FOR (n:Talk) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT institution_id IF NOT EXISTS FOR (n:Institution) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT model_id IF NOT EXISTS FOR (n:Model) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT conference_id IF NOT EXISTS FOR (n:Conference) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT dataset_id IF NOT EXISTS FOR (n:Dataset) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT decision_id IF NOT EXISTS FOR (n:CareerDecision) REQUIRE n.id IS UNIQUE;
// Every Person, Institution, Model, Conference, Dataset and Topic is also an :Entity, so one
// MERGE on an indexed label serves all types (the type label is then set from an allow-list).
CREATE CONSTRAINT career_move_id IF NOT EXISTS FOR (n:CareerMove) REQUIRE n.id IS UNIQUE;
// A person's moves are read (careerPath) and replaced (after a load) by the person's id.
CREATE INDEX career_move_person IF NOT EXISTS FOR (n:CareerMove) ON (n.person);
// Who else made a move to a place or its parent organisation (sameMove).
CREATE INDEX career_move_root IF NOT EXISTS FOR (n:CareerMove) ON (n.placeRoot);
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE INDEX source_path IF NOT EXISTS FOR (n:Source) ON (n.path);
// A note that moved is found by its content: a new path whose hash a stored source has.
CREATE INDEX source_sha256 IF NOT EXISTS FOR (n:Source) ON (n.sha256);
// The related-talks lock is one node: two passes creating it at once must find the same one.
CREATE CONSTRAINT related_lock_key IF NOT EXISTS FOR (n:RelatedLock) REQUIRE n.key IS UNIQUE;
CREATE INDEX talk_date IF NOT EXISTS FOR (n:Talk) ON (n.date);
CREATE INDEX decision_year IF NOT EXISTS FOR (n:CareerDecision) ON (n.year);
// A changed source removes the affiliations it contributed, found by talk.
CREATE INDEX affiliation_talk IF NOT EXISTS FOR ()-[r:AFFILIATED_WITH]-() ON (r.talk);
// One full-text index over what people type into search: names, every alias, talk titles.
CREATE FULLTEXT INDEX search_text IF NOT EXISTS
FOR (n:Talk|Person|Institution|Model|Conference|Dataset|Topic)
ON EACH [n.name, n.aliases, n.title];
