"""Fact extraction (spaCy blank zh + Aho-Corasick components)."""
