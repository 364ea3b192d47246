// Stores every entity's degree (its relations, both directions; only entities have any), in
// batches of their own, writing only those that changed, so a re-run costs reads only.
MATCH (n:Entity)
CALL (n) {
  WITH n, COUNT { (n)--() } AS degree
  WHERE n.degree IS NULL OR n.degree <> degree
  SET n.degree = degree
} IN TRANSACTIONS OF 10000 ROWS
