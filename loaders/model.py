"""The typed values that flow between pipeline stages.

files → ``Document`` (loaders) → ``Fact`` (extract) → graph stores.  Everything here is plain
data: JSON-serialisable through ``to_dict`` so the CLI, the stores and notebooks share one shape.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any


class LoadError(Exception):
    """A file that cannot be turned into a Document; the message says what to do."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem

    def __reduce__(self):
        # a worker process hands its LoadError back pickled; the default would call LoadError(message), and
        # the failed unpickling broke the pool, so the file was reported as a dead worker instead
        return type(self), (self.path, self.problem)


@dataclass
class Sentence:
    text: str
    start: int  # character offsets into Article.text
    end: int
    paragraph: int  # index into Article.paragraphs


@dataclass
class Article:
    """One article of a document (a compilation holds many; most documents hold one)."""

    title: str | None
    text: str  # normalised text: paragraphs joined by "\n"
    paragraphs: list[str] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    author: str | None = None
    date: str | None = None  # ISO yyyy-mm-dd, or yyyy-mm / yyyy when that is all the text gives
    date_source: str | None = None  # dateline | label | signature | issued | metadata | title
    kicker: str | None = None
    index: int = 0

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date else None

    def summary(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "title": self.title,
            "author": self.author,
            "date": self.date,
            "date_source": self.date_source,
            "chars": len(self.text),
            "paragraphs": len(self.paragraphs),
            "sentences": len(self.sentences),
        }


@dataclass
class Document:
    path: str
    name: str  # base name of the file: the `doc` field of facts
    format: str  # txt | md | html | docx | pdf
    encoding: str | None
    script: str  # simplified | traditional (as detected before conversion)
    content_hash: str  # sha256 of the file's bytes
    articles: list[Article] = field(default_factory=list)
    title: str | None = None
    date: str | None = None  # from metadata (HTML) when present
    notes: list[str] = field(default_factory=list)  # what normalisation did (dropped repeats …)

    @property
    def text(self) -> str:
        return "\n".join(a.text for a in self.articles)

    def summary(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "name": self.name,
            "format": self.format,
            "encoding": self.encoding,
            "script": self.script,
            "hash": self.content_hash,
            "title": self.title,
            "date": self.date,
            "chars": sum(len(a.text) for a in self.articles),
            "notes": list(self.notes),
            "articles": [a.summary() for a in self.articles],
        }


FACT_TYPES = (
    "ADOPTED",
    "PIONEERED",
    "PROMOTED_BY",
    "NAMED_DEMONSTRATION_CITY",
    "NAMED_DEMONSTRATION_PROJECT",
    "HONOURED",
    "CANDIDATE",
    "ENTITY",
)
ENTITY_KINDS = ("Place", "Body", "Mechanism", "Award")


@dataclass
class Fact:
    """One extracted fact; field names follow the gold annotation schema (../shared/gold/SCHEMA.md)."""

    doc: str
    type: str
    # subjects and objects
    place: str | None = None
    parent: str | None = None
    place_code: str | None = None
    mechanism: str | None = None
    body: str | None = None
    holder: str | None = None
    award: str | None = None
    project: str | None = None
    source: str | None = None  # LEARNED_FROM: the place learned from
    source_code: str | None = None
    # ENTITY lines (a Body's also carries its place's place_code, an Award's its conferring body)
    kind: str | None = None
    name: str | None = None
    aliases: list[str] | None = None
    instance_of: str | None = None
    category: str | None = None  # a mechanism's category; a Body's or an Award's kind (extract/resolve_entities.py)
    code: str | None = None
    level: str | None = None
    # qualifiers
    batch: int | None = None
    year: int | None = None
    year_source: str | None = None  # clause | sentence | relative | paragraph | section | title | date | batch | mention
    edition: str | None = None
    scope: str | None = None
    mode: str | None = None
    # provenance
    evidence: str | None = None
    article: str | None = None
    article_index: int | None = None
    start: int | None = None  # offsets of the evidence in its article's text
    end: int | None = None
    rule: str | None = None
    confidence: float | None = None
    reported: str | None = None  # the date of the article that reports the fact (ISO), an upper bound for its year
    article_place: str | None = None  # the article's own place and why it was chosen (salience.py)

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Fact":
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in names})

    # Facts cross from the worker processes to the parent pickled, about twenty per document: pickled as the
    # fields that are set (most are None), they take a third less room and the parent, which also writes the
    # graph, unpickles them a third faster (10 MB bench corpus: 57,000 facts, 15 → 10.7 MB, 0.81 → 0.55 s)
    def __getstate__(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v is not None}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(_UNSET)
        self.__dict__.update(state)


FACT_FIELDS = tuple(f.name for f in fields(Fact))
_UNSET = dict.fromkeys(FACT_FIELDS)  # every field of a Fact: None
