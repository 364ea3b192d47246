// Part: the two ends of a relationship `r`, read with it, for the map projection of a relation
// listing after the relation fields (a reload between two queries of a request cannot leave a
// listed relation without its ends). Included inline by a comment `include: relation-ends`.
from: properties(startNode(r)), to: properties(endNode(r))
