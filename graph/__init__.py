"""Graph stores (embedded Ladybug, Neo4j), load, export and views."""
