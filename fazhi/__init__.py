"""fazhi-graph: rule-of-law government documents → knowledge graph."""
__version__ = "0.1.0"
