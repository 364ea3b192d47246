// Waits until the indexes (full-text search, degree) have caught up with what was just loaded.
CALL db.awaitIndexes(300)
