// Creates entities of one type (__TYPE__, a label from the closed vocabulary) in an empty
// database: no lookup at all. degree starts at 0 and is counted once the relations are in.
// $rows: [{props}].
UNWIND $rows AS row
CREATE (n:Entity:__TYPE__)
SET n = row.props, n.degree = 0
