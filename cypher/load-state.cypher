// The last load's marker, if any, and the database clock (to judge the heartbeat's age).
OPTIONAL MATCH (l:Load {id: 'fixtures'})
RETURN l {.*, startedAt: toString(l.startedAt), finishedAt: toString(l.finishedAt),
          heartbeatAt: toString(l.heartbeatAt),
          heartbeatAgeMs: duration.inSeconds(l.heartbeatAt, datetime()).milliseconds} AS load
