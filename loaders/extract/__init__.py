"""Fact extraction: spaCy blank("zh") + Aho-Corasick components → facts with evidence."""


def extract(document):
    """extract(document) -> list[Fact]; see pipeline.extract."""
    from .pipeline import extract as _extract

    return _extract(document)


__all__ = ["extract"]
