"""Hand-written facts made to look like the extractor's output: each (file name, type, evidence, fields) is placed
at its evidence in the loaded document (facts_for), so offsets, articles and the document page work as with the
extractor; and the ENTITY records the extractor gives the bodies and awards that facts name come with them
(with_records), resolved by extraction's own last stage."""
from fazhi.loaders.extract.resolve_entities import resolve
from fazhi.loaders.model import Document, Fact


def with_records(facts: list[Fact]) -> list[Fact]:
    """The ENTITY records of the bodies and awards ``facts`` name, resolved, then ``facts``."""
    named = dict.fromkeys((f.doc, kind, name) for f in facts for kind, name in (("Body", f.body), ("Award", f.award))
                          if name and f.type != "ENTITY")
    return resolve([Fact(doc=doc, type="ENTITY", kind=kind, name=name) for doc, kind, name in named]) + facts


def facts_for(table, document: Document) -> list[Fact]:
    out = []
    for name, ftype, evidence, fields in table:
        if name != document.name:
            continue
        for i, art in enumerate(document.articles):
            at = art.text.find(evidence)
            if at >= 0:
                out.append(Fact(doc=name, type=ftype, evidence=evidence, article=art.title, article_index=i,
                                start=at, end=at + len(evidence), rule="test", confidence=0.9, **fields))
                break
    return with_records(out)
