"""The learning reader: a place says it learned from another place (LEARNED_FROM).

Explicit statements — 学习借鉴苏州市“综合查一次”经验, 赴杭州、宁波考察学习…做法, 对标深圳先进经验 —
are evidence of who learns from whom that a diffusion study can set beside the network inferred
from adoption times (queries/netinf.py); the two are kept apart.  The learner is the clause's
subject, else the article's own place; the sources are the places right after the learning verb
(or the visited places), up to what is learned (经验/做法/模式, ``learning_cues.tsv``).  A quoted
name in between is the practice learned.  A place never learns from itself, its parent or its part
(学习借鉴省里经验 inside one province is guidance, not diffusion between peers).
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .gazetteer import Gazetteer


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    c = lexicon.role_table("learning_cues.tsv")
    alt = lambda ws: "|".join(map(re.escape, ws))  # noqa: E731
    obj = alt(c["object"])
    # learn + source (+ what, possibly quoted) + object, inside one clause
    learn = re.compile(r"(?:%s)((?:[^，。；;：:！？“”]|“[^“”]{1,24}”){2,40}?)(?:%s)" % (alt(c["learn"]), obj))
    visit = re.compile(r"(?:%s)([^，。；;：:！？“”]{2,30}?)(?:等地|等市|等县)?(?:%s)"
                       r"((?:[^，。；;：:！？“”]|“[^“”]{1,24}”){0,30}?)(?:%s)" % (alt(c["visit"]), alt(c["study"]), obj))
    return learn, visit


class Learning:
    """Adds LEARNED_FROM facts for the explicit learning statements of one article."""

    def __init__(self, ex):
        self.ex = ex

    def _sources(self, a: int, b: int, lead: int) -> list:
        """The places listed at the start of text[a:b] (within `lead` characters), joined by 、/和/及."""
        ex = self.ex
        refs = [r for r in ex._in(ex.places, a, b) if r.code]
        if not refs or refs[0].start - a > lead:
            return []
        out = [refs[0]]
        for r in refs[1:]:
            gap = ex.text[out[-1].end:r.start]
            if gap == "":  # 江苏省苏州市: the run names one place, its last part
                out[-1] = r
            elif gap in ("、", "和", "及", "以及", "与"):
                out.append(r)
            else:
                break
        return out

    def _practice(self, a: int, b: int) -> str | None:
        from .mechanisms import canonical_name

        m = re.search(r"“([^“”]{2,24})”", self.ex.text[a:b])
        if not m or m.group(1) in lexicon.mechanism_stoplist():
            return None
        return canonical_name(m.group(1))

    def run(self) -> None:
        ex = self.ex
        learn, visit = _patterns()
        g = Gazetteer.default()
        for sent in ex.info.sentences:
            s, e, _ = sent
            found = [(m, m.start(1), m.end(1), m.start(1), m.end(1)) for m in learn.finditer(ex.text, s, e)]
            found += [(m, m.start(1), m.end(1), m.start(2), m.end(2)) for m in visit.finditer(ex.text, s, e)]
            for m, a, b, pa, pb in found:
                sources = self._sources(a, b, lead=2)
                if not sources:
                    continue
                clause_start = max([s] + [s + y.end() for y in re.finditer(r"[，,；;]", ex.text[s:m.start()])])
                learner = ex._clause_subject((clause_start, m.start()), ex._sentence_subject(s, e), m.start()) \
                    or ex.info.main_place
                if learner is None or not learner.code:
                    continue
                year, ysrc = ex._year((clause_start, m.end()), sent, m.start())
                practice = self._practice(pa, pb) if pb > pa else None
                for src in sources:
                    if src.code == learner.code or g.is_ancestor(src.code, learner.code) \
                            or g.is_ancestor(learner.code, src.code):
                        continue
                    ex._add("learned", (m.start(), m.end()), sent, 0.7, type="LEARNED_FROM", place=learner.name,
                            parent=learner.parent, place_code=learner.code, source=src.name,
                            source_code=src.code, mechanism=practice, year=year, year_source=ysrc)
