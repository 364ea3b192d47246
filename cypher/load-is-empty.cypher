// Whether the database holds no graph at all: only then may the loader CREATE without looking.
RETURN NOT EXISTS { MATCH (:Entity) } AND NOT EXISTS { MATCH (:Source) } AND NOT EXISTS { MATCH ()-[]->() } AS empty
