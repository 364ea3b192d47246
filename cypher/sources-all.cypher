// Every source: the article first, then the outlets it cites.
MATCH (s:Source)
RETURN s {.*} AS source
ORDER BY CASE s.kind WHEN 'article' THEN 0 ELSE 1 END, s.id
