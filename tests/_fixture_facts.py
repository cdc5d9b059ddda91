"""Facts for fixture files, written by hand as (file name, type, evidence, fields): each is placed at its
evidence in the loaded document, so offsets, articles and the document page work as with the extractor; with them
come the ENTITY records the extractor gives the bodies and awards they name."""
from fazhi.loaders.extract.resolve_entities import resolve
from fazhi.loaders.model import Document, Fact


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
    named = dict.fromkeys((kind, name) for f in out for kind, name in (("Body", f.body), ("Award", f.award)) if name)
    return resolve([Fact(doc=document.name, type="ENTITY", kind=k, name=n) for k, n in named]) + out
