"""Fact extraction: spaCy blank("zh") + Aho-Corasick components → facts with evidence."""


def extract(document, disable=()):
    """extract(document, disable=()) -> list[Fact]; see pipeline.extract."""
    from .pipeline import extract as _extract

    return _extract(document, disable=disable)


__all__ = ["extract"]
