// Creates relations of one type (__TYPE__, from the closed vocabulary) in an empty database.
// The type is static so the planner knows it; properties are named one by one (a map SET would
// make the planner buffer the whole batch). Absent values are null and store nothing.
// $rows: [{id, from, to, status, date, start, end, summary, sourceIds, citedVia, anonymousSource, quote, quoteSpeakerId, timeKey}].
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:__TYPE__ {id: row.id, fromId: row.from, toId: row.to, status: row.status, summary: row.summary, sourceIds: row.sourceIds}]->(b)
SET r.date = row.date, r.start = row.start, r.end = row.end, r.citedVia = row.citedVia, r.anonymousSource = row.anonymousSource,
    r.quote = row.quote, r.quoteSpeakerId = row.quoteSpeakerId, r.timeKey = row.timeKey
