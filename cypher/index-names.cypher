// Every index of the graph (the token lookup indexes are always online and not ours).
SHOW INDEXES YIELD name, type
WHERE type <> 'LOOKUP'
RETURN name
