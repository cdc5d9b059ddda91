"""Named research queries (Cypher files) and diffusion analytics."""
