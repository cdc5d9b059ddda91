"""extract(document) -> facts: spaCy blank("zh") with the project's registered components.

Pure and deterministic: no network, no model download, output order follows the text.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Document, Fact
from . import lexicon, years
from .relations import ArticleInfo, Ref

PIPELINE = ("fazhi_places", "fazhi_bodies", "fazhi_mechanisms", "fazhi_awards", "fazhi_relations")
_STATED = ("clause", "batch", "edition")


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """Identifies the extractor (its code and data files): facts made by another one are re-extracted."""
    import hashlib
    from importlib import resources

    h = hashlib.sha256()
    for pkg in ("fazhi.loaders.extract", "fazhi.loaders"):
        root = resources.files(pkg)
        files = sorted(f for f in root.iterdir() if f.name.endswith(".py"))
        if pkg == "fazhi.loaders":
            files += sorted(root.joinpath("data").iterdir(), key=lambda f: f.name)
        for f in files:
            if f.is_file():
                h.update(f.name.encode())
                h.update(f.read_bytes())
    return h.hexdigest()[:16]


@lru_cache(maxsize=1)
def build_nlp() -> Language:
    import spacy

    # importing the modules registers their factories
    from . import awards, bodies, mechanisms, places, relations  # noqa: F401

    nlp = spacy.blank("zh")  # default char segmenter: every character offset is a token boundary
    for name in PIPELINE:
        nlp.add_pipe(name)
    return nlp


_ORTHS: list = [None, {}]  # the vocab the cache is of, and its character -> orth id


def _orths(vocab, text: str) -> list[int]:
    """The orth ids of the characters of ``text``: Doc() takes a token by id without hashing its string
    again (Doc construction twice as fast); a character's string is added to the vocab's store the
    first time it is seen, so the Doc's lexemes are the ones a string would have made."""
    if _ORTHS[0] is not vocab:
        _ORTHS[:] = [vocab, {}]
    ids = _ORTHS[1]
    try:
        return list(map(ids.__getitem__, text))
    except KeyError:  # characters not seen before
        for ch in set(text) - ids.keys():
            ids[ch] = vocab.strings.add(ch)
        return list(map(ids.__getitem__, text))


def _make_doc(nlp: Language, text: str) -> Doc:
    # One token per character, as blank("zh")'s char segmenter makes them, built straight from the
    # text: the segmenter's whitespace alignment (get_words_and_spaces) took a fifth of extraction
    # time, and with every character a token every mention's char_span exists.
    doc = Doc(nlp.vocab, words=_orths(nlp.vocab, text), spaces=[False] * len(text))
    doc.user_data["fazhi_text"] = text  # spaCy would rebuild doc.text from a token per character
    return doc


def _main_place(nlp: Language, title: str | None, head: str) -> Ref | None:
    """The place an article is about: from its title, else from its opening lines."""
    from .spans import places_of

    for text in (title or "", head):
        if not text:
            continue
        doc = nlp.get_pipe("fazhi_places")(_make_doc(nlp, text))
        refs = [r for r in places_of(doc) if r.code]
        if refs:
            # the most specific of places named together (江苏省苏州市常熟市 → 常熟市)
            i = 0
            while i + 1 < len(refs) and refs[i + 1].start == refs[i].end:
                i += 1
            return refs[i]
    return None


def _dedupe_key(f: Fact) -> tuple:
    obj = {"ADOPTED": f.mechanism, "PIONEERED": f.mechanism, "PROMOTED_BY": f.body,
           "NAMED_DEMONSTRATION_CITY": f.level, "NAMED_DEMONSTRATION_PROJECT": f.project or f.award,
           "HONOURED": f.award, "CANDIDATE": f.award, "LEARNED_FROM": (f.source, f.mechanism)}.get(f.type)
    subj = f.mechanism if f.type == "PROMOTED_BY" else (f.holder or f.place or f.body)
    return (f.type, subj, obj)


def _merge_variants(facts: list[Fact]) -> None:
    """One place's 住户守则 / 半淞园住户守则 / 耀江版住户守则 are one practice: the shortest name wins."""
    groups: dict[tuple, list[Fact]] = {}
    for f in facts:
        if f.type in ("ADOPTED", "PIONEERED") and f.mechanism:
            groups.setdefault((f.type, f.place), []).append(f)
    for fs in groups.values():
        names = sorted({f.mechanism for f in fs}, key=len)
        for f in fs:
            short = next((n for n in names if len(n) >= 4 and n != f.mechanism and n in f.mechanism), None)
            if short:
                f.mechanism = short


def _dedupe(facts: list[Fact]) -> list[Fact]:
    """One fact per (type, subject, object): keep the first evidence, fill a missing year later."""
    _merge_variants(facts)
    seen: dict[tuple, Fact] = {}
    out = []
    for f in facts:
        k = _dedupe_key(f)
        if k in seen:
            first = seen[k]
            # a year stated with the fact beats one inferred from context; the earliest stated wins
            if f.year is not None and (first.year is None or (
                    f.year_source in _STATED and (first.year_source not in _STATED or f.year < first.year))):
                first.year, first.year_source = f.year, f.year_source
            if first.batch is None and f.batch is not None:
                first.batch = f.batch
            continue
        seen[k] = f
        out.append(f)
    return out


def _entities(doc_name: str, facts: list[Fact], places: dict[str, tuple[Ref, set[str]]],
              brands: dict[str, tuple[str, str | None]]) -> list[Fact]:
    out: list[Fact] = []
    for code, (ref, surfaces) in places.items():
        out.append(Fact(doc=doc_name, type="ENTITY", kind="Place", name=ref.name, code=ref.code,
                        parent=ref.parent, level=ref.level, aliases=sorted(surfaces - {ref.name}) or None))
    seen: set[tuple[str, str]] = set()
    for f in facts:
        for kind, name in (("Body", f.body), ("Mechanism", f.mechanism), ("Award", f.award)):
            if name and (kind, name) not in seen:
                seen.add((kind, name))
                extra = {}
                if kind == "Mechanism":
                    extra = {"category": f.category, "instance_of": f.instance_of}
                elif kind == "Body" and f.type in ("HONOURED", "CANDIDATE"):
                    # a holder's place as the list or sentence placed it (武汉市江夏区…人民调解委员会), kept
                    # when the name alone does not resolve (resolve_entities.py)
                    extra = {"place_code": f.place_code}
                out.append(Fact(doc=doc_name, type="ENTITY", kind=kind, name=name, **extra))
    for name, (generic, category) in brands.items():
        if ("Mechanism", name) not in seen:
            out.append(Fact(doc=doc_name, type="ENTITY", kind="Mechanism", name=name, instance_of=generic,
                            category=category))
    return out


def extract(document: Document, disable: tuple[str, ...] | frozenset = ()) -> list[Fact]:
    """All facts of one document: ENTITY lines first, then relation facts in text order.

    ``disable``: names of sentence rules or deciders to leave out (relations.SENTENCE_RULES,
    relations.DECIDERS), to measure what each contributes."""
    from .resolve_entities import resolve
    from .salience import PlaceChoice, article_place
    from .spans import bodies_of, places_of
    from .spanset import span_values

    nlp = build_nlp()
    doc_title = document.title or (document.articles[0].title if document.articles else None)
    doc_year = years.title_year(doc_title)
    facts: list[Fact] = []
    places: dict[str, tuple[Ref, set[str]]] = {}
    brands: dict[str, tuple[str, str | None]] = {}
    doc_main = None
    for art in document.articles:
        title = art.title or ""
        shift = len(title) + 1 if title else 0
        text = (title + "\n" if title else "") + art.text
        sentences = [(0, len(title), 0)] if title else []
        paragraphs = [(0, len(title))] if title else []
        base = len(paragraphs)
        offs = []
        pos = 0
        for p in art.paragraphs:
            i = art.text.find(p, pos)
            i = pos if i < 0 else i
            offs.append((i + shift, i + shift + len(p)))
            pos = i + len(p)
        paragraphs += offs
        for s in art.sentences:
            sentences.append((s.start + shift, s.end + shift, s.paragraph + base))
        main = None
        date_year = (art.year or (int(document.date[:4]) if document.date else None)
                     or years.document_number_year(art.text[:200]) or years.lead_year(art.text[:300]))
        # a report without a title that says so in its opening (现将2022年…情况报告如下) is the year's report
        opening_report = None if years.title_year(title) else years.report_year(art.text[:400])
        # (a story that opens on a year alone, 2025年，…, tells of that year's work, when the story is dated
        # that year or the next, or not at all)
        review = None if years.title_year(title) or opening_report else years.review_year(art.text[:400])
        if review and date_year and date_year not in (review, review + 1):
            review = None
        # (an excerpt of a report's body, without a year in its title or a date, that names one year: that
        # year's report)
        sectioned = None if review or date_year or opening_report or years.title_year(title) \
            else years.sectioned_year(art.text)
        info = ArticleInfo(doc=document.name, title=art.title, index=art.index, date_year=date_year,
                           relative_base=date_year or years.latest_year(text),
                           date=art.date or document.date, report=opening_report is not None,
                           disabled=frozenset(disable),
                           title_year=(years.title_year(title) or (doc_year if art.index == 0 else None) or opening_report
                                       or review or sectioned),
                           plan=any(w in (title or doc_title or "") for w in lexicon.cues("plan_title")),
                           sentences=sentences, paragraphs=paragraphs, main_place=main)
        doc = _make_doc(nlp, text)
        doc._.article = info
        for name, proc in nlp.pipeline:
            if name == "fazhi_relations":
                # the article's own place, by salience over the whole article (salience.py)
                choice = article_place(text, title or None, places_of(doc), bodies_of(doc), art.author)
                if choice is None and art.author:
                    byline = _main_place(nlp, None, art.author)
                    choice = PlaceChoice(byline, "byline") if byline else None
                info.main_place = choice.ref if choice else doc_main
                info.main_reason = choice.reason if choice else ("the document's" if doc_main else None)
                doc_main = doc_main or info.main_place
            doc = proc(doc)
        for _, _, name, instance_of, category in span_values(doc, "mechanisms", ("instance_of", "category")):
            if instance_of:  # a local brand the text describes as a known practice
                brands.setdefault(name, (instance_of, category))
        for r in places_of(doc):
            if r.code:
                places.setdefault(r.code, (r, set()))[1].add(text[r.start:r.end])
        for f in doc._.facts or []:
            if f.start is not None and f.start >= shift:
                f.start -= shift
                f.end -= shift
            elif f.start is not None:  # evidence is the article's title
                f.start = f.end = None
                f.rule = (f.rule or "") + ".title"
            facts.append(f)
    facts = _dedupe(facts)
    # bodies and awards resolved on their ENTITY records: what the graph writer needs, looked up once, here
    return resolve(_entities(document.name, facts, places, brands)) + facts
