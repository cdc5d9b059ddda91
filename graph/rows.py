"""Facts of documents → node and relationship rows in the graph schema (store-independent)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable

from fazhi.loaders.model import Document, Fact

from .schema import FACT_PROPS, MERGED, NODES, RELS
from .support import merge, record

_PROP_NAMES = [p for p, _ in FACT_PROPS]


def place_key(name: str | None, code: str | None) -> str | None:
    """Places without an official code get a stable synthetic key."""
    if code:
        return code
    return f"name:{name}" if name else None


def document_row(doc: Document, facts: int, extractor: str | None = None) -> dict:
    return {"id": doc.content_hash, "name": doc.name, "path": doc.path,
            "title": doc.title or (doc.articles[0].title if doc.articles else None),
            "date": doc.date or next((a.date for a in doc.articles if a.date), None), "format": doc.format,
            "loaded_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), "facts": facts,
            "extractor": extractor}


@dataclass
class Batch:
    nodes: dict[str, dict[str, dict]] = field(default_factory=dict)  # label -> key -> props
    edges: dict[tuple[str, str, str], list[dict]] = field(default_factory=dict)  # (rel, from, to) -> rows
    documents: list[dict] = field(default_factory=list)

    def node(self, label: str, key: str, **props) -> None:
        pk = NODES[label][0]
        row = self.nodes.setdefault(label, {}).setdefault(key, {pk: key})
        rules = MERGED.get(label, {})
        for k, v in props.items():
            if k in rules:  # a value that depends on the document: merged, whatever the order
                row[k] = merge(rules[k], row.get(k), v)
            elif v is not None and row.get(k) in (None, ""):
                row[k] = v

    def absorb(self, other: "Batch") -> None:
        """Add another batch's nodes, relationships and documents to this one."""
        for label, rows in other.nodes.items():
            for key, row in rows.items():
                self.node(label, key, **row)
        for k, rows in other.edges.items():
            self.edges.setdefault(k, []).extend(rows)
        self.documents.extend(other.documents)

    def edge(self, rel: str, a: tuple[str, str], b: tuple[str, str], **props) -> None:
        self.edges.setdefault((rel, a[0], b[0]), []).append({"from": a[1], "to": b[1], **props})

    def structural_edges(self) -> None:
        """Deduplicate relationships that are not facts (PART_OF, LOCATED_IN, INSTANCE_OF)."""
        for k, rows in list(self.edges.items()):
            if not RELS[k[0]].fact:
                seen, out = set(), []
                for r in rows:
                    if (r["from"], r["to"]) not in seen:
                        seen.add((r["from"], r["to"]))
                        out.append(r)
                self.edges[k] = out


def _gazetteer():
    from fazhi.loaders.extract.gazetteer import Gazetteer

    return Gazetteer.default()


@lru_cache(maxsize=None)
def _seat(code: str) -> dict:
    """(Kept per code: a division's seat does not change, and every document names the same few thousand
    places and their ancestors; callers only unpack it.)"""
    from fazhi.loaders.coordinates import seat_of

    p = seat_of(code)
    return {"longitude": p.lon, "latitude": p.lat, "seat": p.source_code} if p else {}


def _add_place(b: Batch, name: str | None, code: str | None, aliases: Iterable[str] = (),
               done: set | None = None) -> str | None:
    """`done`: the (name, code) pairs already added to `b` without aliases. A document's facts name the same few
    places again and again (5 MB bench corpus: 19,900 calls, 85,000 node rows merged, most of them repeats), and
    adding one again changes nothing: its rows are the same and PART_OF edges are deduplicated."""
    key = place_key(name, code)
    if key is None:
        return None
    if done is not None and not aliases:
        if (name, code) in done:
            return key
        done.add((name, code))
    g = _gazetteer()
    div = g.get(code) if code else None
    if div is None:
        b.node("Place", key, name=name, level="unresolved")
        return key
    alias = "|".join(sorted(set(aliases) - {div.name})) or None
    b.node("Place", key, name=div.name, level=div.level_name, parent=div.parent, province=div.province,
           aliases=alias, **_seat(div.code))
    child = div
    for anc in g.ancestors(div.code):
        b.node("Place", anc.code, name=anc.name, level=anc.level_name, parent=anc.parent, province=anc.province,
               **_seat(anc.code))
        b.edge("PART_OF", ("Place", child.code), ("Place", anc.code))
        child = anc
    return key


def _add_body(b: Batch, name: str, entities: dict[tuple[str, str], Fact], done: set | None = None) -> str:
    """A body as its ENTITY record describes it (its kind in `category`, its place's code): extraction's last
    stage resolved it (loaders/extract/resolve_entities.py); a body without a record is written bare."""
    entity = entities.get(("Body", name))
    kind, place_code = (entity.category, entity.place_code) if entity else (None, None)
    b.node("Body", name, kind=kind, place=place_code)
    if place_code:
        _add_place(b, None, place_code, done=done)
        b.edge("LOCATED_IN", ("Body", name), ("Place", place_code))
    return name


def _add_award(b: Batch, name: str, level: str | None, entities: dict[tuple[str, str], Fact]) -> str:
    """An award as its ENTITY record describes it (kind in `category`, level, conferring body); without a level
    there, the fact's own level (merged over documents: graph/schema.py MERGED)."""
    entity = entities.get(("Award", name))
    b.node("Award", name, kind=entity.category if entity else None, level=(entity.level if entity else None) or level,
           body=entity.body if entity else None)
    return name


def _props(f: Fact, doc_id: str) -> dict:
    """A fact's qualifiers and provenance as relationship properties (offsets renamed: `end` is a keyword)."""
    d = {p: getattr(f, p) for p in _PROP_NAMES if p not in ("doc", "start_offset", "end_offset")}
    d.update(doc=doc_id, start_offset=f.start, end_offset=f.end)
    return d


def add_document(batch: Batch, doc: Document, facts: list[Fact], extractor: str | None = None) -> None:
    """Nodes and relationships for one document's facts, and its Document row with the record of what it
    brought to shared nodes (graph/support.py), added to `batch`."""
    batch.absorb(document_batch(doc, facts, extractor))


def document_batch(doc: Document, facts: list[Fact], extractor: str | None = None) -> Batch:
    """One document's rows (add_document) as a batch of their own: what a load's worker process makes beside the
    facts (graph/load.py), so the process that writes the graph only adds them up and writes them."""
    b = Batch()
    aliases: dict[tuple[str, str], set[str]] = {}
    entities: dict[tuple[str, str], Fact] = {}  # (kind, name) -> the ENTITY record, as the extractor gave it
    for f in facts:
        if f.type == "ENTITY" and f.name:
            entities.setdefault((f.kind, f.name), f)
            aliases.setdefault((f.kind, f.name), set()).update(f.aliases or [])
            if f.kind == "Place":
                _add_place(b, f.name, f.code, f.aliases or [])
            elif f.kind == "Mechanism":
                b.node("Mechanism", f.name, category=f.category)
                if f.instance_of:
                    b.node("Mechanism", f.instance_of)
                    b.edge("INSTANCE_OF", ("Mechanism", f.name), ("Mechanism", f.instance_of))
    written = 0
    done: set = set()  # places added by the facts below (_add_place)
    for f in facts:
        if f.type == "ENTITY" or f.type not in RELS:
            continue
        props = _props(f, doc.content_hash)
        if f.type in ("ADOPTED", "PIONEERED"):
            if not (f.mechanism and f.place):
                continue
            a = ("Place", _add_place(b, f.place, f.place_code, done=done))
            b.node("Mechanism", f.mechanism, category=f.category)
            dst = ("Mechanism", f.mechanism)
        elif f.type == "LEARNED_FROM":
            if not (f.place and f.source):
                continue
            a, dst = (("Place", _add_place(b, f.place, f.place_code, done=done)),
                      ("Place", _add_place(b, f.source, f.source_code, done=done)))
        elif f.type == "PROMOTED_BY":
            if not (f.mechanism and f.body):
                continue
            b.node("Mechanism", f.mechanism, category=f.category)
            a, dst = ("Mechanism", f.mechanism), ("Body", _add_body(b, f.body, entities, done))
        else:
            if not f.award:
                continue
            if f.type in ("HONOURED", "CANDIDATE") and f.body:
                a = ("Body", _add_body(b, f.body, entities, done))  # 宁波市司法局 honoured: the body, located in its place
            else:
                name = f.place or f.holder
                if not name:
                    continue
                a = ("Place", _add_place(b, name, f.place_code, done=done))
            dst = ("Award", _add_award(b, f.award, f.level, entities))
        b.edge(f.type, a, dst, **props)
        written += 1
    for (kind, name), al in aliases.items():
        if kind == "Mechanism" and al and name in b.nodes.get("Mechanism", {}):
            b.node("Mechanism", name, aliases="|".join(sorted(al)))
    b.structural_edges()
    row = document_row(doc, written, extractor)
    row["support"] = record(b.nodes, b.edges).dumps()
    b.documents.append(row)
    return b
