"""The one graph schema both stores share: labels, keys, properties and relationship types.

Ladybug needs every table declared up front (DDL is generated from this module); Neo4j gets
uniqueness constraints on the same keys.  Named queries are written against these names only.
"""
from __future__ import annotations

from dataclasses import dataclass

# label -> (primary key, [(property, type)]) ; types are Ladybug's, mapped for Neo4j where needed
NODES: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "Place": ("code", [("code", "STRING"), ("name", "STRING"), ("level", "STRING"), ("parent", "STRING"),
                       ("province", "STRING"), ("aliases", "STRING"),
                       # the seat's coordinates (loaders/coordinates.py); `seat` names the division whose
                       # point it is when the place has none of its own (a township borrows its county's)
                       ("longitude", "DOUBLE"), ("latitude", "DOUBLE"), ("seat", "STRING")]),
    "Body": ("name", [("name", "STRING"), ("kind", "STRING"), ("place", "STRING")]),
    "Mechanism": ("name", [("name", "STRING"), ("category", "STRING"), ("aliases", "STRING")]),
    "Award": ("name", [("name", "STRING"), ("kind", "STRING"), ("level", "STRING"), ("body", "STRING")]),
    "Document": ("id", [("id", "STRING"), ("name", "STRING"), ("path", "STRING"), ("title", "STRING"),
                        ("date", "STRING"), ("format", "STRING"), ("loaded_at", "STRING"), ("facts", "INT64"),
                        ("extractor", "STRING"),
                        # what the document brought to shared nodes and structural edges (graph/support.py)
                        ("support", "STRING")]),
}

# Node properties whose value depends on the documents that name the node, and how their values merge
# (graph/support.py): independent of load order, so a forget leaves what a fresh load would build.
# Every other node property follows from the node's key (the division table, the lexicons).
MERGED: dict[str, dict[str, str]] = {
    "Place": {"aliases": "union"},
    "Mechanism": {"aliases": "union", "category": "min"},
    "Award": {"level": "min"},
}

# Every fact relationship carries its qualifiers and its provenance (one relationship per fact per
# supporting document, so forgetting a document removes exactly its support).
FACT_PROPS: list[tuple[str, str]] = [
    ("year", "INT64"), ("year_source", "STRING"), ("batch", "INT64"), ("level", "STRING"), ("scope", "STRING"),
    ("mode", "STRING"), ("project", "STRING"), ("edition", "STRING"), ("doc", "STRING"), ("evidence", "STRING"),
    ("article", "STRING"), ("start_offset", "INT64"), ("end_offset", "INT64"), ("rule", "STRING"),
    ("confidence", "DOUBLE"),
    # the date of the article that reports the fact (ISO, as precise as the article says): the upper bound a
    # diffusion analysis uses when the fact states no year; and the article's own place with the reason it won
    ("reported", "STRING"), ("article_place", "STRING"),
    # LEARNED_FROM (Place → Place) names the practice learned here, when the document says it
    ("mechanism", "STRING"),
]


@dataclass(frozen=True)
class RelType:
    name: str
    pairs: tuple[tuple[str, str], ...]  # (from label, to label)
    fact: bool  # carries FACT_PROPS and a supporting document
    # a derived relationship's own properties: computed from the facts by an analysis, replaced as a
    # whole when it is recomputed, never supported by one document
    props: tuple[tuple[str, str], ...] = ()


RELS: dict[str, RelType] = {r.name: r for r in (
    RelType("ADOPTED", (("Place", "Mechanism"),), True),
    RelType("PIONEERED", (("Place", "Mechanism"),), True),
    RelType("PROMOTED_BY", (("Mechanism", "Body"),), True),
    RelType("NAMED_DEMONSTRATION_CITY", (("Place", "Award"),), True),
    RelType("NAMED_DEMONSTRATION_PROJECT", (("Place", "Award"),), True),
    RelType("CANDIDATE", (("Place", "Award"), ("Body", "Award")), True),
    RelType("HONOURED", (("Place", "Award"), ("Body", "Award")), True),
    RelType("LEARNED_FROM", (("Place", "Place"),), True),
    # who learns from whom, inferred from adoption times (queries/netinf.py via `fazhi infer`)
    RelType("INFLUENCED", (("Place", "Place"),), False,
            (("weight", "INT64"), ("improvement", "DOUBLE"), ("p_value", "DOUBLE"), ("mechanisms", "STRING"),
             ("method", "STRING"), ("computed_at", "STRING"))),
    RelType("INSTANCE_OF", (("Mechanism", "Mechanism"),), False),
    RelType("PART_OF", (("Place", "Place"),), False),
    RelType("LOCATED_IN", (("Body", "Place"),), False),
)}
FACT_RELS = tuple(n for n, r in RELS.items() if r.fact)
DERIVED_RELS = tuple(n for n, r in RELS.items() if r.props)

# Summaries of the facts that named queries read instead of aggregating every fact of the graph (issue 13):
# kept by the stores themselves, in the transaction that changes the facts (graph/summaries.py computes them),
# so they are right after every load, incremental load, replace and forget. Apart from NODES and RELS: they are
# not the graph's content (exports, stats and canonical dumps of facts leave them out), only a faster way in.
SUMMARY_NODES: dict[str, tuple[str, list[tuple[str, str]]]] = {
    # one per mechanism that some place adopted or pioneered
    "MechanismSummary": ("mechanism", [
        ("mechanism", "STRING"),
        # the earliest first year of any place (FIRST_ADOPTION.year), 'stated' when some place of that year
        # states it, else 'reported'; the places of that year, by name (sorted; one entry per place)
        ("first_year", "INT64"), ("year_basis", "STRING"), ("first_adopters", "STRING[]"),
        # places with an ADOPTED or PIONEERED fact of it; with an ADOPTED one; with a PIONEERED one
        ("adopters", "INT64"), ("adopted_by", "INT64"), ("claimants", "INT64")]),
    # where a named query's page begins: for each value of the first key of its order (`query`, `key`), how
    # many rows of its whole result (with its parameters at their defaults) come before that value's first
    # row, so that a page reads only the values it needs instead of sorting every row (graph/summaries.py
    # PAGED, queries/library.py PAGE_END); id is query and key joined by a tab; `lead` the number the order
    # begins with (honours: the year)
    "QueryPage": ("id", [("id", "STRING"), ("query", "STRING"), ("key", "STRING"), ("lead", "INT64"),
                         ("rows_before", "INT64")]),
}
# (from label, to label, properties)
SUMMARY_RELS: dict[str, tuple[str, str, list[tuple[str, str]]]] = {
    # one per place and mechanism with an ADOPTED or PIONEERED fact: `year` is the first year (the earliest
    # stated year, or the year of the earliest report of a fact that states none, whichever is earlier),
    # `stated` the earliest stated year, `adopted` the earliest stated year of an ADOPTED fact, and how many
    # ADOPTED and PIONEERED facts (supporting documents) there are
    "FIRST_ADOPTION": ("Place", "Mechanism", [("year", "INT64"), ("stated", "INT64"), ("adopted", "INT64"),
                                              ("adoptions", "INT64"), ("pioneerings", "INT64")]),
}


def key_of(label: str) -> str:
    return NODES[label][0]


def ladybug_ddl() -> list[str]:
    out = []
    for label, (pk, props) in NODES.items():
        cols = ", ".join(f"{p} {t}" for p, t in props)
        out.append(f"CREATE NODE TABLE IF NOT EXISTS {label}({cols}, PRIMARY KEY({pk}))")
    for rel in RELS.values():
        pairs = ", ".join(f"FROM {a} TO {b}" for a, b in rel.pairs)
        props = "".join(f", {p} {t}" for p, t in (FACT_PROPS if rel.fact else rel.props))
        out.append(f"CREATE REL TABLE IF NOT EXISTS {rel.name}({pairs}{props})")
    for label, (pk, props) in SUMMARY_NODES.items():
        cols = ", ".join(f"{p} {t}" for p, t in props)
        out.append(f"CREATE NODE TABLE IF NOT EXISTS {label}({cols}, PRIMARY KEY({pk}))")
    for rel, (a, b, props) in SUMMARY_RELS.items():
        out.append(f"CREATE REL TABLE IF NOT EXISTS {rel}(FROM {a} TO {b}" + "".join(f", {p} {t}" for p, t in props)
                   + ")")
    return out


def neo4j_constraints() -> list[str]:
    return [f"CREATE CONSTRAINT {label.lower()}_{pk} IF NOT EXISTS FOR (n:{label}) REQUIRE n.{pk} IS UNIQUE"
            for label, (pk, _) in {**NODES, **SUMMARY_NODES}.items()]


# Cypher both stores accept, written once
DOCUMENTS_QUERY = ("MATCH (d:Document) RETURN d.id AS id, d.name AS name, d.path AS path, d.title AS title, "
                   "d.date AS date, d.format AS format, d.loaded_at AS loaded_at, d.facts AS facts, "
                   "d.extractor AS extractor ORDER BY d.name")
