// Schema of the knowledge graph, applied idempotently at every start (IF NOT EXISTS).
// A test checks that every relation type in server/src/model/vocabulary.ts has its constraint.

CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;

// The loader's marker (server/src/db/load-state.ts): one node, found by id.
CREATE CONSTRAINT load_id IF NOT EXISTS FOR (l:Load) REQUIRE l.id IS UNIQUE;

// Every entity's degree is stored by the loader; views sort and filter on it without counting.
CREATE RANGE INDEX entity_degree IF NOT EXISTS FOR (n:Entity) ON (n.degree);

// Full-text search over what people type: names, aliases (a list of strings) and descriptions.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases, n.description];

// Relation ids are unique per relationship type (Neo4j scopes such constraints to one type);
// ids are also unique across types, which the loader checks.
CREATE CONSTRAINT relation_id_sanctioned IF NOT EXISTS FOR ()-[r:SANCTIONED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_id_hacked IF NOT EXISTS FOR ()-[r:HACKED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_id_eavesdropped_on IF NOT EXISTS FOR ()-[r:EAVESDROPPED_ON]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_id_targeted IF NOT EXISTS FOR ()-[r:TARGETED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_id_exploited IF NOT EXISTS FOR ()-[r:EXPLOITED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_id_attributed_to IF NOT EXISTS FOR ()-[r:ATTRIBUTED_TO]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_id_supported IF NOT EXISTS FOR ()-[r:SUPPORTED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_id_directs IF NOT EXISTS FOR ()-[r:DIRECTS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_id_leads IF NOT EXISTS FOR ()-[r:LEADS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_id_member_of IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_id_participated_in IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_id_met_with IF NOT EXISTS FOR ()-[r:MET_WITH]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_id_conceded IF NOT EXISTS FOR ()-[r:CONCEDED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_id_traded_for IF NOT EXISTS FOR ()-[r:TRADED_FOR]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_id_part_of IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_id_conditional_on IF NOT EXISTS FOR ()-[r:CONDITIONAL_ON]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_id_produces IF NOT EXISTS FOR ()-[r:PRODUCES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_id_depends_on IF NOT EXISTS FOR ()-[r:DEPENDS_ON]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_id_restricted IF NOT EXISTS FOR ()-[r:RESTRICTED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_id_leveraged IF NOT EXISTS FOR ()-[r:LEVERAGED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_id_pressured IF NOT EXISTS FOR ()-[r:PRESSURED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_id_criticized IF NOT EXISTS FOR ()-[r:CRITICIZED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_id_warned_about IF NOT EXISTS FOR ()-[r:WARNED_ABOUT]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_id_defended IF NOT EXISTS FOR ()-[r:DEFENDED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_id_instructed IF NOT EXISTS FOR ()-[r:INSTRUCTED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_id_reported_on IF NOT EXISTS FOR ()-[r:REPORTED_ON]-() REQUIRE r.id IS UNIQUE;

// The timeline's order (server/src/fixtures/time-key.ts): each dated relation stores `timeKey`
// (its date or start, a space, its id) and each type's range index reads it in order, so a
// timeline page reads about a page per type (timeline.cypher), not every relation.
CREATE RANGE INDEX relation_time_sanctioned IF NOT EXISTS FOR ()-[r:SANCTIONED]-() ON (r.timeKey);
CREATE RANGE INDEX relation_time_hacked IF NOT EXISTS FOR ()-[r:HACKED]-() ON (r.timeKey);
CREATE RANGE INDEX relation_time_eavesdropped_on IF NOT EXISTS FOR ()-[r:EAVESDROPPED_ON]-() ON (r.timeKey);
CREATE RANGE INDEX relation_time_targeted IF NOT EXISTS FOR ()-[r:TARGETED]-() ON (r.timeKey);
CREATE RANGE INDEX relation_time_exploited IF NOT EXISTS FOR ()-[r:EXPLOITED]-() ON (r.timeKey);
CREATE RANGE INDEX relation_time_attributed_to IF NOT EXISTS FOR ()-[r:ATTRIBUTED_TO]-() ON (r.timeKey);
CREATE RANGE INDEX relation_time_supported IF NOT EXISTS FOR ()-[r:SUPPORTED]-() ON (r.timeKey);
CREATE RANGE INDEX relation_time_directs IF NOT EXISTS FOR ()-[r:DIRECTS]-() ON (r.timeKey);
CREATE RANGE INDEX relation_time_leads IF NOT EXISTS FOR ()-[r:LEADS]-() ON (r.timeKey);
CREATE RANGE INDEX relation_time_member_of IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.timeKey);
CREATE RANGE INDEX relation_time_participated_in IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.timeKey);
CREATE RANGE INDEX relation_time_met_with IF NOT EXISTS FOR ()-[r:MET_WITH]-() ON (r.timeKey);
CREATE RANGE INDEX relation_time_conceded IF NOT EXISTS FOR ()-[r:CONCEDED]-() ON (r.timeKey);
CREATE RANGE INDEX relation_time_traded_for IF NOT EXISTS FOR ()-[r:TRADED_FOR]-() ON (r.timeKey);
CREATE RANGE INDEX relation_time_part_of IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.timeKey);
CREATE RANGE INDEX relation_time_conditional_on IF NOT EXISTS FOR ()-[r:CONDITIONAL_ON]-() ON (r.timeKey);
CREATE RANGE INDEX relation_time_produces IF NOT EXISTS FOR ()-[r:PRODUCES]-() ON (r.timeKey);
CREATE RANGE INDEX relation_time_depends_on IF NOT EXISTS FOR ()-[r:DEPENDS_ON]-() ON (r.timeKey);
CREATE RANGE INDEX relation_time_restricted IF NOT EXISTS FOR ()-[r:RESTRICTED]-() ON (r.timeKey);
CREATE RANGE INDEX relation_time_leveraged IF NOT EXISTS FOR ()-[r:LEVERAGED]-() ON (r.timeKey);
CREATE RANGE INDEX relation_time_pressured IF NOT EXISTS FOR ()-[r:PRESSURED]-() ON (r.timeKey);
CREATE RANGE INDEX relation_time_criticized IF NOT EXISTS FOR ()-[r:CRITICIZED]-() ON (r.timeKey);
CREATE RANGE INDEX relation_time_warned_about IF NOT EXISTS FOR ()-[r:WARNED_ABOUT]-() ON (r.timeKey);
CREATE RANGE INDEX relation_time_defended IF NOT EXISTS FOR ()-[r:DEFENDED]-() ON (r.timeKey);
CREATE RANGE INDEX relation_time_instructed IF NOT EXISTS FOR ()-[r:INSTRUCTED]-() ON (r.timeKey);
CREATE RANGE INDEX relation_time_reported_on IF NOT EXISTS FOR ()-[r:REPORTED_ON]-() ON (r.timeKey);

// A hub's own relations in id order (relations-of-dense-entities.cypher): each relation stores
// the ids of its ends (fromId, toId), and two range indexes per type read them with the id, so
// a page of a 20,000-relation entity reads about a page per type, not every relationship.
CREATE RANGE INDEX relation_from_sanctioned IF NOT EXISTS FOR ()-[r:SANCTIONED]-() ON (r.fromId, r.id);
CREATE RANGE INDEX relation_from_hacked IF NOT EXISTS FOR ()-[r:HACKED]-() ON (r.fromId, r.id);
CREATE RANGE INDEX relation_from_eavesdropped_on IF NOT EXISTS FOR ()-[r:EAVESDROPPED_ON]-() ON (r.fromId, r.id);
CREATE RANGE INDEX relation_from_targeted IF NOT EXISTS FOR ()-[r:TARGETED]-() ON (r.fromId, r.id);
CREATE RANGE INDEX relation_from_exploited IF NOT EXISTS FOR ()-[r:EXPLOITED]-() ON (r.fromId, r.id);
CREATE RANGE INDEX relation_from_attributed_to IF NOT EXISTS FOR ()-[r:ATTRIBUTED_TO]-() ON (r.fromId, r.id);
CREATE RANGE INDEX relation_from_supported IF NOT EXISTS FOR ()-[r:SUPPORTED]-() ON (r.fromId, r.id);
CREATE RANGE INDEX relation_from_directs IF NOT EXISTS FOR ()-[r:DIRECTS]-() ON (r.fromId, r.id);
CREATE RANGE INDEX relation_from_leads IF NOT EXISTS FOR ()-[r:LEADS]-() ON (r.fromId, r.id);
CREATE RANGE INDEX relation_from_member_of IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.fromId, r.id);
CREATE RANGE INDEX relation_from_participated_in IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.fromId, r.id);
CREATE RANGE INDEX relation_from_met_with IF NOT EXISTS FOR ()-[r:MET_WITH]-() ON (r.fromId, r.id);
CREATE RANGE INDEX relation_from_conceded IF NOT EXISTS FOR ()-[r:CONCEDED]-() ON (r.fromId, r.id);
CREATE RANGE INDEX relation_from_traded_for IF NOT EXISTS FOR ()-[r:TRADED_FOR]-() ON (r.fromId, r.id);
CREATE RANGE INDEX relation_from_part_of IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.fromId, r.id);
CREATE RANGE INDEX relation_from_conditional_on IF NOT EXISTS FOR ()-[r:CONDITIONAL_ON]-() ON (r.fromId, r.id);
CREATE RANGE INDEX relation_from_produces IF NOT EXISTS FOR ()-[r:PRODUCES]-() ON (r.fromId, r.id);
CREATE RANGE INDEX relation_from_depends_on IF NOT EXISTS FOR ()-[r:DEPENDS_ON]-() ON (r.fromId, r.id);
CREATE RANGE INDEX relation_from_restricted IF NOT EXISTS FOR ()-[r:RESTRICTED]-() ON (r.fromId, r.id);
CREATE RANGE INDEX relation_from_leveraged IF NOT EXISTS FOR ()-[r:LEVERAGED]-() ON (r.fromId, r.id);
CREATE RANGE INDEX relation_from_pressured IF NOT EXISTS FOR ()-[r:PRESSURED]-() ON (r.fromId, r.id);
CREATE RANGE INDEX relation_from_criticized IF NOT EXISTS FOR ()-[r:CRITICIZED]-() ON (r.fromId, r.id);
CREATE RANGE INDEX relation_from_warned_about IF NOT EXISTS FOR ()-[r:WARNED_ABOUT]-() ON (r.fromId, r.id);
CREATE RANGE INDEX relation_from_defended IF NOT EXISTS FOR ()-[r:DEFENDED]-() ON (r.fromId, r.id);
CREATE RANGE INDEX relation_from_instructed IF NOT EXISTS FOR ()-[r:INSTRUCTED]-() ON (r.fromId, r.id);
CREATE RANGE INDEX relation_from_reported_on IF NOT EXISTS FOR ()-[r:REPORTED_ON]-() ON (r.fromId, r.id);
CREATE RANGE INDEX relation_to_sanctioned IF NOT EXISTS FOR ()-[r:SANCTIONED]-() ON (r.toId, r.id);
CREATE RANGE INDEX relation_to_hacked IF NOT EXISTS FOR ()-[r:HACKED]-() ON (r.toId, r.id);
CREATE RANGE INDEX relation_to_eavesdropped_on IF NOT EXISTS FOR ()-[r:EAVESDROPPED_ON]-() ON (r.toId, r.id);
CREATE RANGE INDEX relation_to_targeted IF NOT EXISTS FOR ()-[r:TARGETED]-() ON (r.toId, r.id);
CREATE RANGE INDEX relation_to_exploited IF NOT EXISTS FOR ()-[r:EXPLOITED]-() ON (r.toId, r.id);
CREATE RANGE INDEX relation_to_attributed_to IF NOT EXISTS FOR ()-[r:ATTRIBUTED_TO]-() ON (r.toId, r.id);
CREATE RANGE INDEX relation_to_supported IF NOT EXISTS FOR ()-[r:SUPPORTED]-() ON (r.toId, r.id);
CREATE RANGE INDEX relation_to_directs IF NOT EXISTS FOR ()-[r:DIRECTS]-() ON (r.toId, r.id);
CREATE RANGE INDEX relation_to_leads IF NOT EXISTS FOR ()-[r:LEADS]-() ON (r.toId, r.id);
CREATE RANGE INDEX relation_to_member_of IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.toId, r.id);
CREATE RANGE INDEX relation_to_participated_in IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.toId, r.id);
CREATE RANGE INDEX relation_to_met_with IF NOT EXISTS FOR ()-[r:MET_WITH]-() ON (r.toId, r.id);
CREATE RANGE INDEX relation_to_conceded IF NOT EXISTS FOR ()-[r:CONCEDED]-() ON (r.toId, r.id);
CREATE RANGE INDEX relation_to_traded_for IF NOT EXISTS FOR ()-[r:TRADED_FOR]-() ON (r.toId, r.id);
CREATE RANGE INDEX relation_to_part_of IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.toId, r.id);
CREATE RANGE INDEX relation_to_conditional_on IF NOT EXISTS FOR ()-[r:CONDITIONAL_ON]-() ON (r.toId, r.id);
CREATE RANGE INDEX relation_to_produces IF NOT EXISTS FOR ()-[r:PRODUCES]-() ON (r.toId, r.id);
CREATE RANGE INDEX relation_to_depends_on IF NOT EXISTS FOR ()-[r:DEPENDS_ON]-() ON (r.toId, r.id);
CREATE RANGE INDEX relation_to_restricted IF NOT EXISTS FOR ()-[r:RESTRICTED]-() ON (r.toId, r.id);
CREATE RANGE INDEX relation_to_leveraged IF NOT EXISTS FOR ()-[r:LEVERAGED]-() ON (r.toId, r.id);
CREATE RANGE INDEX relation_to_pressured IF NOT EXISTS FOR ()-[r:PRESSURED]-() ON (r.toId, r.id);
CREATE RANGE INDEX relation_to_criticized IF NOT EXISTS FOR ()-[r:CRITICIZED]-() ON (r.toId, r.id);
CREATE RANGE INDEX relation_to_warned_about IF NOT EXISTS FOR ()-[r:WARNED_ABOUT]-() ON (r.toId, r.id);
CREATE RANGE INDEX relation_to_defended IF NOT EXISTS FOR ()-[r:DEFENDED]-() ON (r.toId, r.id);
CREATE RANGE INDEX relation_to_instructed IF NOT EXISTS FOR ()-[r:INSTRUCTED]-() ON (r.toId, r.id);
CREATE RANGE INDEX relation_to_reported_on IF NOT EXISTS FOR ()-[r:REPORTED_ON]-() ON (r.toId, r.id);

// Which relations cite a source (Source.relations): sourceIds is a list, which range indexes
// cannot search by element, so a full-text index over every relation type holds each id as one
// keyword. Queried with 'sourceIds:"<id>"' (relations-of-sources.cypher).
CREATE FULLTEXT INDEX relation_sources IF NOT EXISTS
FOR ()-[r:SANCTIONED|HACKED|EAVESDROPPED_ON|TARGETED|EXPLOITED|ATTRIBUTED_TO|SUPPORTED|DIRECTS|LEADS|MEMBER_OF|PARTICIPATED_IN|MET_WITH|CONCEDED|TRADED_FOR|PART_OF|CONDITIONAL_ON|PRODUCES|DEPENDS_ON|RESTRICTED|LEVERAGED|PRESSURED|CRITICIZED|WARNED_ABOUT|DEFENDED|INSTRUCTED|REPORTED_ON]-()
ON EACH [r.sourceIds] OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};
