"""Run the relation rules on one hand-written article with hand-made place and body refs.

Shared by the rule and decider tests (test_relations, test_firsts, test_promotions): the places are
invented (甲市, 乙县 …) so that the rules, not the gazetteer, are under test.
"""
import re

from fazhi.loaders.extract.awards import find_awards
from fazhi.loaders.extract.mechanisms import find_mechanisms
from fazhi.loaders.extract.relations import ArticleExtractor, ArticleInfo, Mention, Ref

PLACES = {"甲市": ("100100", "prefecture"), "乙县": ("100101", "county"), "丙区": ("100102", "county"),
          "丁县": ("100103", "county"), "戊省": ("100000", "province")}


def run(text, title=None, date_year=None, main=None, bodies=(), lines=False, awards=True):
    """Facts of ``text``. ``bodies``: (name, its place or None) pairs, matched longest first without
    overlap; ``main``: the article's place; ``lines``: every line (or 。) a sentence and paragraph."""
    places = [Ref(m.start(), m.end(), name, code, None, level)
              for name, (code, level) in PLACES.items() for m in re.finditer(name, text)]
    taken, brefs = [], []
    for name, place in sorted(bodies, key=lambda b: len(b[0]), reverse=True):
        for m in re.finditer(re.escape(name), text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append(m.span())
            brefs.append(Ref(m.start(), m.end(), name, kind="Body", place_name=place,
                             place_code=PLACES[place][0] if place else None))
    mechs = [Mention(m.start, m.end, m.name, m.source) for m in find_mechanisms(text)]
    found = [Mention(a.start, a.end, a.name, "lexicon", kind="Award", award_kind=a.kind, level=a.level)
             for a in find_awards(text)] if awards else []
    if lines:
        sents = [(m.start(), m.end(), i) for i, m in enumerate(re.finditer(r"[^。\n]+[。\n]?", text))]
        paras = [(a, b) for a, b, _ in sents]
    else:
        sents = [(m.start(), m.end(), 0) for m in re.finditer(r"[^。]+。?", text)]
        paras = [(0, len(text))]
    main_ref = Ref(0, 0, main, *PLACES[main][:1], None, PLACES[main][1]) if main else None
    info = ArticleInfo(doc="t.txt", title=title, date_year=date_year, sentences=sents, paragraphs=paras,
                       main_place=main_ref)
    return ArticleExtractor(text, info, places, sorted(brefs, key=lambda r: r.start), mechs, found).run()
