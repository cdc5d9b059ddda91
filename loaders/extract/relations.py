"""Facts from mentions: who adopted, pioneered, promoted or was honoured with what, and when.

Works sentence by sentence, clause by clause over one article (one spaCy Doc): `article.py` holds
the article and how subjects and years are resolved, `mechanism_facts.py` and `award_facts.py` the
rules that turn mentions into facts.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Fact
from . import years
from .lexicon import Longest, cues
from .article import _BYLINE, ArticleBase, ArticleInfo, Mention, Ref
from .award_facts import AwardFacts
from .firsts import FirstClaims, cues as first_cues
from .gazetteer import Gazetteer
from .honour_lists import HonourLists
from .learning import Learning
from .pilots import Pilots
from .promotions import Promotions
from .mechanism_facts import MechanismFacts

# a bracketed sub-heading (（一）主要做法): a part of the case it stands in, not a case of its own
_SUB_HEADING = re.compile(r"\s*[（(][一二三四五六七八九十\d]{1,3}[)）]")

__all__ = ["ArticleExtractor", "ArticleInfo", "Mention", "Ref", "DECIDERS", "SENTENCE_RULES"]

# Rules read sentence by sentence, in this order (names for switching one off: extract(..., disable=…)).
SENTENCE_RULES = ("roster", "collection", "awards", "headline", "mechanisms")
# Deciders: each reads the whole article after the sentence rules, adds its kind of fact and may
# overrule what the sentence rules made of the same words.  Run in this order.
DECIDERS = {
    "honour_lists": HonourLists,  # holders one per line under an honour's heading, prose enumerations
    "pilots": Pilots,  # 入选/获批…试点 → ADOPTED mode 试点
    "firsts": FirstClaims,  # 首创/率先/全国首个/发源地 → PIONEERED and its ADOPTED twin
    "promotions": Promotions,  # 推广/简报刊发/写入文件/典型经验 → PROMOTED_BY
    "learning": Learning,  # 学习借鉴甲市经验, 赴乙市考察学习…做法 → LEARNED_FROM
}


@lru_cache(maxsize=1)
def _example_words() -> Longest:
    return Longest(cues("example_open"))


class ArticleExtractor(ArticleBase, MechanismFacts, AwardFacts):
    """All fact rules over one article; `run` reads it sentence by sentence."""

    def _example(self, s: int, subj: Ref) -> bool:
        """如华安县发生一起…: a sentence that opens an example with its place; the place is the example's,
        the text goes back to its own place after it."""
        w = _example_words().at(self.text, s)
        return w is not None and self.text[s + len(w):subj.start].strip("，, ") == ""

    def _scope_of_first(self, subj: Ref) -> bool:
        """广西首个法治文化餐厅在我区建成: a place above the one the text is about, opening a sentence as the
        scope of a first, is not what the sentences after it are about (but 甲区首个…建成: the district's own)."""
        if not self.text.startswith(first_cues("noun"), subj.end):
            return False
        here = self.topic or self.info.main_place
        return bool(here and here.code and subj.code and Gazetteer.default().is_ancestor(subj.code, here.code))

    def run(self) -> list[Fact]:
        # the place a section is about: the article's, until a heading or byline names another;
        # a sentence's own subject carries only to the end of its paragraph
        section_place = self.info.main_place
        para_now = None
        # a published or circulated case (案例一：厦门市…) is about the place its title opens with, until the next
        # numbered title (one with no place of its own, 三、工作要求, is the article's again)
        # (a bracketed sub-heading with no place, （一）主要做法, is inside the current case and changes nothing)
        cases = []
        for a, b, holder in (HonourLists(self).case_entries()[1] if self._on("honour_lists") else []):
            place = holder[3] if holder is not None else None  # (start, end, name, place, kind)
            if place is not None and place.code:
                cases.append((a, b, place))
            elif not _SUB_HEADING.match(self.text, a, b):
                cases.append((a, b, self.info.main_place))
        for sent in self.info.sentences:
            s, e, para = sent
            stext = self.text[s:e]
            self._heading(stext, s)
            case = next((c for c in cases if c[0] <= s < c[1]), None)
            if case is not None:
                section_place = self.topic = case[2]
            if para != para_now:
                para_now = para
                if self._within(self.topic, section_place) or self.topic is None or self._within(section_place, self.topic):
                    # a sub-place was an example, a superior (为浙江省唯一…) was named in passing; a peer place
                    # starts a new case
                    self.topic = section_place
            subj = self._sentence_subject(s, e)
            if self._is_heading(stext) and _BYLINE.search(stext):
                named = self._heading_place(s, e)
                if named is not None:
                    section_place = self.topic = named
            elif subj is not None and not self._superior_body(subj) and not self._example(s, subj) \
                    and not self._scope_of_first(subj):
                self.topic = subj
            # what held at this sentence, for the deciders that read the article again afterwards
            self.sentence_states.append((sent, subj, self.topic, self.section_year, self.section_plan,
                                         self.section_problem))
            on = self._on
            if on("roster") and self._roster(sent):
                continue
            if on("collection"):
                self._collection(sent)
            if on("awards"):
                self._awards(sent, subj)
            if on("headline"):
                self._headline(sent, subj)
            if on("mechanisms"):
                self._mechanisms(sent, subj)
        for name, decider in DECIDERS.items():
            if not self._on(name):
                continue
            n = len(self.facts)
            decider(self).run()
            if name == "honour_lists" and len(self.facts) - n >= 2:
                # a list read line by line supersedes the collection rule's guesses from the same lines
                self.facts = [f for f in self.facts if f.rule != "honoured.collection"]
        self._years_from_other_mentions()
        self._drop_scoped_adoptions()
        return self.facts

    def _drop_scoped_adoptions(self) -> None:
        """浙江省首个“共享法庭”揭牌成立 … 在桐庐县分水镇揭牌成立: the province was the scope of the first, the
        town adopted it; the province's adoption read from the scope goes when a place inside it holds the practice."""
        if not self.scoped_adoptions:
            return
        g = Gazetteer.default()
        held = {(f.place_code, f.mechanism) for f in self.facts
                if f.type in ("ADOPTED", "PIONEERED") and f.place_code and f.mechanism}
        def scoped(f) -> bool:
            return f.start is not None and any(c == f.place_code and m == f.mechanism and s <= f.start < e
                                               for c, m, s, e in self.scoped_adoptions)

        self.facts = [f for f in self.facts if not (
            f.type == "ADOPTED" and scoped(f)
            and any(m == f.mechanism and c != f.place_code and g.is_ancestor(f.place_code, c) for c, m in held))]

    def _on(self, name: str) -> bool:
        return name not in self.info.disabled

    def _years_from_other_mentions(self) -> None:
        """A practice dated nowhere near its naming (a case's headline) takes the year of the nearest
        sentence of the article that names it again with exactly one year (2023年，…培训平台正式成立)."""
        sents = self.info.sentences
        starts = [s for s, _, _ in sents]
        # sentences in order and apart (as the reader makes them): the one holding a word is found by
        # bisection from where the word occurs, instead of slicing every sentence for every fact
        apart = all(s <= e for s, e, _ in sents) and all(a[1] <= b[0] for a, b in zip(sents, sents[1:]))
        for f in self.facts:
            if f.type not in ("ADOPTED", "PIONEERED") or f.year is not None or not f.mechanism or f.start is None:
                continue
            keys = {f.mechanism} | ({f.mechanism[-6:]} if len(f.mechanism) >= 8 else set())
            best = None
            for s, e, _ in (self._sentences_naming(keys, sents, starts) if apart else sents):
                if s <= f.start < e:
                    continue
                stext = self.text[s:e]
                if not any(k in stext for k in keys):
                    continue
                ys = {y for _, y in years.years_in(stext)}
                if len(ys) == 1 and (best is None or abs(s - f.start) < best[0]):
                    best = (abs(s - f.start), ys.pop())
            if best is not None:
                f.year, f.year_source = best[1], "mention"

    def _sentences_naming(self, keys: set[str], sents: list, starts: list[int]) -> list:
        """The sentences (in order, apart) that hold one of ``keys`` whole."""
        hit = set()
        for k in keys:
            i = self.text.find(k)
            while i >= 0:
                j = bisect_right(starts, i) - 1  # the only sentence that can hold position i
                if j >= 0 and i + len(k) <= sents[j][1]:
                    hit.add(j)
                i = self.text.find(k, i + 1)
        return [sents[j] for j in sorted(hit)]


Doc.set_extension("facts", default=None, force=True)
Doc.set_extension("article", default=None, force=True)


@Language.factory("fazhi_relations")
def make_relations(nlp: Language, name: str):
    from .spans import awards_of, bodies_of, mechanisms_of, places_of
    from .spanset import doc_text

    def component(doc: Doc) -> Doc:
        info: ArticleInfo = doc._.article or ArticleInfo(doc="inline", sentences=[(0, len(doc_text(doc)), 0)],
                                                         paragraphs=[(0, len(doc_text(doc)))])
        ex = ArticleExtractor(doc_text(doc), info, places_of(doc), bodies_of(doc), mechanisms_of(doc), awards_of(doc))
        doc._.facts = ex.run()
        return doc

    return component
