// Part: rows `r`, for each relation type in $inTypes, its first $limit relations past $after in
// id order whose status is in $inStatuses, whose date (or start; '' when undated) is <= $until,
// and that cite the source `citing` (null = any). Each type has its own unique index on id, so
// each branch is a short ordered index scan and the caller keeps the first $limit of at most
// 26 x $limit rows: never a scan of every relation. The filter is the relation filter of
// contract 2 with every list spelled out ($inTypes, $inStatuses: all when the API says none;
// $until '9999' for no time cut): plain conditions keep this 26-branch union quick to plan.
// Included by a line `// include: relations-in-id-order` where `citing` is bound. A test checks
// that every type of packages/vocabulary/src/vocabulary.ts has its branch.
CALL (citing) {
  MATCH ()-[r:SANCTIONED]->()
  WHERE r.id > $after AND r.status IN $inStatuses AND coalesce(r.date, r.start, '') <= $until
    AND (citing IS NULL OR citing IN r.sourceIds)
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:HACKED]->()
  WHERE r.id > $after AND r.status IN $inStatuses AND coalesce(r.date, r.start, '') <= $until
    AND (citing IS NULL OR citing IN r.sourceIds)
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:EAVESDROPPED_ON]->()
  WHERE r.id > $after AND r.status IN $inStatuses AND coalesce(r.date, r.start, '') <= $until
    AND (citing IS NULL OR citing IN r.sourceIds)
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:TARGETED]->()
  WHERE r.id > $after AND r.status IN $inStatuses AND coalesce(r.date, r.start, '') <= $until
    AND (citing IS NULL OR citing IN r.sourceIds)
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:EXPLOITED]->()
  WHERE r.id > $after AND r.status IN $inStatuses AND coalesce(r.date, r.start, '') <= $until
    AND (citing IS NULL OR citing IN r.sourceIds)
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:ATTRIBUTED_TO]->()
  WHERE r.id > $after AND r.status IN $inStatuses AND coalesce(r.date, r.start, '') <= $until
    AND (citing IS NULL OR citing IN r.sourceIds)
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:SUPPORTED]->()
  WHERE r.id > $after AND r.status IN $inStatuses AND coalesce(r.date, r.start, '') <= $until
    AND (citing IS NULL OR citing IN r.sourceIds)
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:DIRECTS]->()
  WHERE r.id > $after AND r.status IN $inStatuses AND coalesce(r.date, r.start, '') <= $until
    AND (citing IS NULL OR citing IN r.sourceIds)
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:LEADS]->()
  WHERE r.id > $after AND r.status IN $inStatuses AND coalesce(r.date, r.start, '') <= $until
    AND (citing IS NULL OR citing IN r.sourceIds)
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:MEMBER_OF]->()
  WHERE r.id > $after AND r.status IN $inStatuses AND coalesce(r.date, r.start, '') <= $until
    AND (citing IS NULL OR citing IN r.sourceIds)
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:PARTICIPATED_IN]->()
  WHERE r.id > $after AND r.status IN $inStatuses AND coalesce(r.date, r.start, '') <= $until
    AND (citing IS NULL OR citing IN r.sourceIds)
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:MET_WITH]->()
  WHERE r.id > $after AND r.status IN $inStatuses AND coalesce(r.date, r.start, '') <= $until
    AND (citing IS NULL OR citing IN r.sourceIds)
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:CONCEDED]->()
  WHERE r.id > $after AND r.status IN $inStatuses AND coalesce(r.date, r.start, '') <= $until
    AND (citing IS NULL OR citing IN r.sourceIds)
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:TRADED_FOR]->()
  WHERE r.id > $after AND r.status IN $inStatuses AND coalesce(r.date, r.start, '') <= $until
    AND (citing IS NULL OR citing IN r.sourceIds)
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:PART_OF]->()
  WHERE r.id > $after AND r.status IN $inStatuses AND coalesce(r.date, r.start, '') <= $until
    AND (citing IS NULL OR citing IN r.sourceIds)
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:CONDITIONAL_ON]->()
  WHERE r.id > $after AND r.status IN $inStatuses AND coalesce(r.date, r.start, '') <= $until
    AND (citing IS NULL OR citing IN r.sourceIds)
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:PRODUCES]->()
  WHERE r.id > $after AND r.status IN $inStatuses AND coalesce(r.date, r.start, '') <= $until
    AND (citing IS NULL OR citing IN r.sourceIds)
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:DEPENDS_ON]->()
  WHERE r.id > $after AND r.status IN $inStatuses AND coalesce(r.date, r.start, '') <= $until
    AND (citing IS NULL OR citing IN r.sourceIds)
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:RESTRICTED]->()
  WHERE r.id > $after AND r.status IN $inStatuses AND coalesce(r.date, r.start, '') <= $until
    AND (citing IS NULL OR citing IN r.sourceIds)
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:LEVERAGED]->()
  WHERE r.id > $after AND r.status IN $inStatuses AND coalesce(r.date, r.start, '') <= $until
    AND (citing IS NULL OR citing IN r.sourceIds)
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:PRESSURED]->()
  WHERE r.id > $after AND r.status IN $inStatuses AND coalesce(r.date, r.start, '') <= $until
    AND (citing IS NULL OR citing IN r.sourceIds)
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:CRITICIZED]->()
  WHERE r.id > $after AND r.status IN $inStatuses AND coalesce(r.date, r.start, '') <= $until
    AND (citing IS NULL OR citing IN r.sourceIds)
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:WARNED_ABOUT]->()
  WHERE r.id > $after AND r.status IN $inStatuses AND coalesce(r.date, r.start, '') <= $until
    AND (citing IS NULL OR citing IN r.sourceIds)
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:DEFENDED]->()
  WHERE r.id > $after AND r.status IN $inStatuses AND coalesce(r.date, r.start, '') <= $until
    AND (citing IS NULL OR citing IN r.sourceIds)
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:INSTRUCTED]->()
  WHERE r.id > $after AND r.status IN $inStatuses AND coalesce(r.date, r.start, '') <= $until
    AND (citing IS NULL OR citing IN r.sourceIds)
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:REPORTED_ON]->()
  WHERE r.id > $after AND r.status IN $inStatuses AND coalesce(r.date, r.start, '') <= $until
    AND (citing IS NULL OR citing IN r.sourceIds)
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
}
WITH r WHERE type(r) IN $inTypes
