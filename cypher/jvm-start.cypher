// When the Java process of the Neo4j we talk to started (ms since the epoch). A restart forgets
// every query plan; this tells one apart also for a Neo4j we did not start (Docker, a service).
CALL dbms.queryJmx('java.lang:type=Runtime') YIELD attributes
RETURN attributes.StartTime.value AS started
