// The fingerprint of the folder the last completed load wrote, if it recorded one.
OPTIONAL MATCH (l:Load {id: 'fixtures'})
RETURN CASE WHEN l.status = 'complete' THEN l.fingerprint END AS fingerprint
