// Every index of the graph and its state (the token lookup indexes are always online and not
// ours).
SHOW INDEXES YIELD name, type, state
WHERE type <> 'LOOKUP'
RETURN name, state
