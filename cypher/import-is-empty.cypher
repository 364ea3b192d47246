// Whether the database holds nothing but (perhaps) a :Load marker: only then may `npm run seed`
// replace its store with a bulk import, which deletes everything the store held.
RETURN NOT EXISTS { MATCH (n) WHERE NOT n:Load } AND NOT EXISTS { MATCH ()-[]->() } AS empty
