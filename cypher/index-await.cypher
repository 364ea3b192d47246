// Waits until one index is online (schema.ts waits for each index the reads need, by name).
CALL db.awaitIndex($name, $seconds)
