"""Place mentions resolved to division codes, as a spaCy component and a plain function.

Rules (../shared/research/nlp.md §3–4):
- official full names are places; a full name that is also an ordinary word (城区, 郊区: listed in
  place_stoplist.txt) and one-character-stem names (和县, 高县: "省、市和县") only right after an
  ancestor (阳泉市城区) or, for the latter, when an ancestor is named in the document;
- province and prefecture short names are places (the stoplist already removed ordinary words);
- a county short name is only a candidate: it needs a unit word after it (吴江市, an older
  designation), its ancestor right before it (苏州常熟), or its ancestor or full name named
  somewhere in the document (or in ``context_codes``);
- an XPCC division (第八师) only in a text that speaks of the Corps or of Xinjiang;
- several candidates (朝阳区: Beijing or Changchun) are decided by, in order: an ancestor right
  before the mention, an ancestor in the same sentence, an ancestor anywhere in the document, the
  document's dominant province.  When none decides, the mention keeps every candidate and no code:
  a wrong code is worse than none.
"""
from __future__ import annotations

from functools import lru_cache

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from .gazetteer import Gazetteer, PlaceMatch
from .spanset import doc_text, set_spans, span_extensions

# a unit word after a county stem makes it a name (吴江市, 慈溪县 — designations that have changed)
_UNIT_AFTER = ("市", "县", "区", "州", "旗")
# after a one-character-stem county name these make a common word (和县级 ← 市和县级)
_WORD_AFTER = ("级", "域", "城", "委", "长", "乡")
# the rest of a village's or community's name (…里社区, …村)
_IN_VILLAGE = re.compile(r"[\u4e00-\u9fff]{0,3}?(?:村|社区|居委会)")
_SENTENCE_END = re.compile(r"[。！？!?；;\n]")
_XPCC_CUES = ("兵团",)


@dataclass(frozen=True)
class ResolvedPlace:
    start: int
    end: int
    surface: str
    code: str | None  # None when the context cannot decide between candidates
    codes: tuple[str, ...]
    form: str  # full | short | zone | alias


class _Context:
    """What a document says about where it is: the places it names unambiguously."""

    def __init__(self, g: Gazetteer, named: set[str], given: set[str] = frozenset()):
        self.g = g
        self.given = set(given)  # context_codes from the caller (the title's places …)
        self.named = set(named)  # codes named in the text (or given by the caller)
        self.expanded = set(named)  # … and their ancestors
        for c in named:
            self.expanded.update(a.code for a in g.ancestors(c))
        provinces = Counter(g.get(c).province for c in named if g.get(c))
        top = provinces.most_common(2)
        # dominant = a strict majority of the named places, not merely the most frequent
        self.province = top[0][0] if top and top[0][1] * 2 > sum(provinces.values()) else None

    def add(self, code: str) -> None:
        self.named.add(code)
        self.expanded.add(code)
        self.expanded.update(a.code for a in self.g.ancestors(code))


def _ancestor_named(g: Gazetteer, code: str, codes: set[str]) -> bool:
    return any(a.code in codes for a in g.ancestors(code))


def _paragraph(text: str, pos: int) -> tuple[int, int]:
    s = text.rfind("\n", 0, pos) + 1
    e = text.find("\n", pos)
    return s, (e if e >= 0 else len(text))


def _sentence(bounds: list[int], n: int, start: int) -> tuple[int, int]:
    """The sentence around ``start``; ``bounds`` are the offsets of sentence-ending characters."""
    i = bisect_left(bounds, start)
    return (bounds[i - 1] + 1 if i else 0), (bounds[i] if i < len(bounds) else n)


def _depth(g: Gazetteer, code: str, pool: set[str]) -> int:
    """How specific the place in ``pool`` that contains ``code`` is: 0 none, 1 province, 2 prefecture
    or municipality, 3 county, 4 township.  A municipality counts as a prefecture, so 北京市 and
    长春市 named together leave 朝阳区 undecided instead of favouring the "deeper" 长春市."""
    best = 0
    for d in (g.get(code), *g.ancestors(code)):
        if d is not None and d.code in pool:
            best = max(best, 2 if g.is_municipality(d.code) else min(d.level, 4))
    return best


def _pick(g: Gazetteer, codes: tuple[str, ...], before: str | None, near: set[str], ctx: _Context) -> str | None:
    if len(codes) == 1:
        return codes[0]
    for pool in ({before} if before else set(), near, ctx.named, ctx.expanded):
        depth = {c: _depth(g, c, pool) for c in codes}
        top = max(depth.values())
        if top == 0:
            continue
        hits = tuple(c for c in codes if depth[c] == top)
        if len(hits) == 1:
            return hits[0]
        codes = hits  # narrowed; a wider layer or the province decides among these
    if ctx.province:
        same = [c for c in codes if g.get(c).province == ctx.province]
        if len(same) == 1:
            return same[0]
    # 广安 is 广安市 and its district 广安区: a short name shared by a city and a district named after
    # it means the city (the district is called by its full name when it is meant)
    tops = [c for c in codes if all(o == c or g.is_ancestor(c, o) for o in codes)]
    if len(tops) == 1:
        return tops[0]
    return None


def _weak_full(g: Gazetteer, m: PlaceMatch) -> bool:
    """Full names that are also ordinary strings: 城区/郊区 (stoplist) and 和县/高县 (one-char stems)."""
    return m.surface in g.stoplist or (len(m.surface) == 2 and m.form == "full")


_LIST_SEP = "、；;"  # (not a comma: 商城县，新县城建设 is prose)


def _listed_beside(g: Gazetteer, text: str, m: PlaceMatch, matches: list[PlaceMatch]) -> tuple[str, ...]:
    """The code of a two-character county standing whole as an item of a list (苍梧县、藤县、岑溪市): an
    item right beside it, across one list separator, is a county of the same province named in full;
    () otherwise."""
    if len(m.codes) != 1 or m.surface in g.stoplist:
        return ()
    # an item stands whole between separators (肥东县、和县级机关: 和县 runs on into a word)
    before, after = text[m.start - 1:m.start], text[m.end:m.end + 1]
    if before not in ("", "\n") and before not in _LIST_SEP or after not in ("", "\n", "。") and after not in _LIST_SEP:
        return ()
    province = g.province_of(m.codes[0])
    if province is None:
        return ()
    for other in matches:
        if other.end == m.start - 1 and text[other.end] in _LIST_SEP \
                or other.start == m.end + 1 and text[m.end] in _LIST_SEP:
            if other.form != "full" or len(other.codes) != 1 or _weak_full(g, other):
                continue
            d, op = g.get(other.codes[0]), g.province_of(other.codes[0])
            if d is not None and d.level == 3 and op is not None and op.code == province.code:
                return m.codes
    return ()


def _own_level_text(text: str, surface: str) -> bool:
    """A text about a county that names 道县 more than once (平安道县、法治道县 … 全县…): the text speaks
    of its own county (全县, 我县, 本县), so the two-character name is that county, not a word."""
    level = surface[-1]
    return text.count(surface) >= 2 and any(w + level in text for w in ("全", "我", "本"))


# characters that join two nouns: as the stem of a two-character county (和县) they join a noun that ends right
# before them (市政府和县委, 《纲要》和县委); after a place (马鞍山市和县), a preposition or verb (赴和县, 经和县人民政府)
# or a boundary they begin the county's name
_CONJUNCTIONS = "和与及"


@lru_cache(maxsize=1)
def _before_a_place() -> frozenset[str]:
    from ..lexicon_files import word_list

    return frozenset(word_list("place_prepositions.txt"))


def _conjoined(text: str, m: PlaceMatch, match_ends: set[int]) -> bool:
    before = text[m.start - 1:m.start]
    return m.surface[0] in _CONJUNCTIONS and bool(before) and ("\u4e00" <= before <= "\u9fff" or before in "》”）)」』") \
        and m.start not in match_ends and before not in _before_a_place()


@lru_cache(maxsize=1)
def _organ_after() -> re.Pattern:
    from .bodies import organ_suffixes

    return re.compile("|".join(map(re.escape, organ_suffixes())))


# A village or community, which the division list (down to towns) does not hold: its name after an
# optional town or street (黄房子村, 中塘镇黄房子村, 振华街道新世纪社区, 龙田乡古楼村).  fullmatch it on what
# follows a coded place; search it on an item to find the village at its end.
VILLAGE = re.compile(r"(?:[\u4e00-\u9fff]{1,6}?(?:镇|乡|街道办事处|办事处|街道|街(?!道)|苏木))?"
                     # a village's own name may hold 街 (止火街社区), not 街道
                     # and 市 after its first character (拱市村, 新市社区), never first: a city ends there (nor a
                     # count: 西安市20个村 names no village);
                     # 旗 only right before the ending (红旗村, 渭旗村): elsewhere a banner ends there
                     # (道 alone may: 道图嘎查, 大道村; 街道 is kept out by 街's lookahead); a demonstrative or a
                     # quantifier opens no name (这条村, 该村, 各村, 本村)
                     r"((?:[^\d个镇乡县区市省州旗街、，,这那此该各本我]|街(?!道))(?:[^镇乡县区省州旗街、，,]|街(?!道)|旗(?=村|社区|居委会)){0,7}"
                     # 嘎查: a village of Inner Mongolia (巴彦乌素嘎查), under a 苏木 as a village under a town
                     r"(?:村|社区|居委会|嘎查|(?<=[\u4e00-\u9fff]{2})(?<!宜)居))$")  # 黎明居: a community (居) after a name of two or more


@lru_cache(maxsize=1)
def _county_split_words() -> frozenset[str]:
    from ..lexicon_files import word_list

    return frozenset(word_list("county_split_words.txt")) | _split_words()


def _in_word(text: str, m: PlaceMatch) -> bool:
    """A two-character county (范县, 临县) whose first character ends a common word (示范, 莅临)."""
    return text[max(0, m.start - 1):m.start + 1] in _county_split_words()


@lru_cache(maxsize=1)
def _brand_leads() -> frozenset[str]:
    from . import lexicon

    return frozenset(lexicon.cues("place_brand_lead"))


@lru_cache(maxsize=1)  # asked for every short name matched
def _split_words() -> frozenset[str]:
    from ..lexicon_files import word_list

    return frozenset(word_list("place_split_words.txt"))


def town_within(name: str, code: str | None) -> str | None:
    """The code of the township unit called ``name`` in the county of ``code`` (a county, or a township whose
    county it is), when exactly one is: a list names a district once and then its towns alone
    (西海岸新区泊里镇、辛安街道、宝山镇)."""
    g = Gazetteer.default()
    d = g.get(code) if code else None
    if d is None or d.level not in (3, 4):
        return None
    county = d.code if d.level == 3 else d.parent
    hits = [x.code for x in g.by_name(name) if x.level == 4 and x.parent == county]
    return hits[0] if len(hits) == 1 else None


def find_places(text: str, context_codes: tuple[str, ...] | list[str] = ()) -> list[ResolvedPlace]:
    """Accepted place mentions of ``text`` in order; ``context_codes`` are places known from elsewhere
    (the document title, the compilation's section) that help decide ambiguous ones."""
    g = Gazetteer.default()
    matches = g.find(text)
    anchors = {m.codes[0] for m in matches
               if m.form in ("full", "zone") and len(m.codes) == 1 and not _weak_full(g, m)}
    given = {c for c in context_codes if g.get(c)}
    anchors |= given
    # unambiguous province/prefecture short names (苏州, 江苏) also say where the text is
    anchors |= {m.codes[0] for m in matches if m.form == "short" and len(m.codes) == 1
                and g.get(m.codes[0]).level <= 2}
    ctx = _Context(g, anchors, given)
    # the provinces the text's counties and cities lie in: a street of one name elsewhere is out of sight
    # (枫林街道司法所 in a text about 徐汇区 is not 新化县's 枫林街道)
    regions = {p.code for p in (g.province_of(c) for c in anchors if g.get(c).level <= 3) if p is not None}
    full_names = {m.surface for m in matches if m.form == "full"}
    xpcc_ok = any(cue in text for cue in _XPCC_CUES) or "650000" in ctx.expanded

    # one sense per text: a county's short name confirmed once by its parent written right before it
    # (兴安盟科右中旗) is that county wherever else the text uses it (the title, later paragraphs)
    confirmed: dict[str, str] = {}
    for a, b in zip(matches, matches[1:]):
        if b.form == "short" and a.end == b.start and len(a.codes) == 1:
            hits = [c for c in b.codes if g.is_ancestor(a.codes[0], c)]
            if len(hits) == 1:
                confirmed.setdefault(b.surface, hits[0])
    # a two-character county (浚县, 和县) is a place when the text names one of its organs (浚县人民政府,
    # 中共浚县县委); then it is that county throughout the text
    organ = _organ_after()
    # (…but 市委、市政府和县委的领导: the stem is the conjunction, joining the county's own organs to its superiors')
    match_ends = {m.end for m in matches}
    weak_ok = {m.surface for m in matches if m.form == "full" and _weak_full(g, m) and len(m.codes) == 1
               and m.surface not in g.stoplist and not _conjoined(text, m, match_ends)
               and not _in_word(text, m)  # 示范县 is no 范县
               and (organ.match(text, m.end) or _own_level_text(text, m.surface))}
    bounds = [m.start() for m in _SENTENCE_END.finditer(text)]
    starts = [m.start for m in matches]
    out: list[ResolvedPlace] = []
    prev: ResolvedPlace | None = None
    for m in matches:
        # the place written right before this one, if they touch: 北京市|朝阳区, 苏州|常熟
        before = prev.code if prev is not None and prev.end == m.start and prev.code else None
        codes = m.codes
        end, form = m.end, m.form
        if m.form == "alias" and not xpcc_ok:
            continue  # 第八师 is an army division unless the text is about the Corps
        if m.form == "full" and m.surface.endswith("街道") and len(codes) == 1 and regions:
            province = g.province_of(codes[0])
            if province is not None and province.code not in regions:
                continue  # a street named alone in another province than every county of the text
        if m.form == "full" and _weak_full(g, m) and m.surface not in weak_ok:
            adjacent = tuple(c for c in codes if before and g.is_ancestor(before, c))
            named = tuple(c for c in codes if _ancestor_named(g, c, ctx.named))
            listed = _listed_beside(g, text, m, matches) if not adjacent and not named else ()
            if adjacent:
                codes = adjacent
            elif listed:
                codes = listed  # 苍梧县、藤县、岑溪市: an item of a list of its province's counties
            elif m.surface in g.stoplist or not named or text[m.end:m.end + 1] in _WORD_AFTER:
                continue
            else:
                codes = named
        if _weak_full(g, m) and _in_word(text, m):
            continue  # 示范县, 莅临县司法局: the two-character county begins inside a word
        if text[max(0, m.start - 1):m.start + 1] in _split_words() and (
                m.form == "short" or all(g.get(c).level == 4 for c in codes)):
            continue  # 推广安徽: the short name begins inside a common word (and 示范村镇 holds no 范村镇)
        if m.form == "short" and _IN_VILLAGE.match(text, m.end) and text[max(0, m.start - 2):m.start].endswith(
                ("镇", "乡", "街道")):
            continue  # 和瑞街道泰安里社区: a town's village or community named after a place, not the place
        if m.form == "short":
            unit_after = text[m.end:m.end + 1] in _UNIT_AFTER
            organ_next = organ.match(text, m.end) is not None and text[m.end:m.end + 2] != "政府"
            p0, p1 = _paragraph(text, m.start)
            para = {x.codes[0] for x in matches[bisect_left(starts, p0):bisect_left(starts, p1)]
                    if len(x.codes) == 1 and x.form != "short" or x.form == "short" and g.get(x.codes[0]).level <= 2}
            # 湖北宜都、大冶: the item listed right after a kept place of its level and province is its sibling
            sib = out[-1] if out and out[-1].code and out[-1].end == m.start - 1 and text[m.start - 1] in "、和及" else None
            sib_of = (g.get(sib.code).level, g.province_of(sib.code)) if sib is not None else None
            kept = []
            for c in codes:
                d = g.get(c)
                if sib_of is not None and sib_of == (d.level, g.province_of(c)):
                    kept.append(c)
                    continue
                # its parent named in the same paragraph, not merely its province somewhere in the
                # document: a compilation names many provinces, and 市长武 is no 长武县
                if (d.level <= 2 or unit_after or (before and g.is_ancestor(before, c)) or d.name in full_names
                        # 凌海法院, 秀英司法局: the only county of that short name, an organ of its own after it
                        or (organ_next and len(codes) == 1)
                        or c in ctx.given or d.parent in ctx.given or d.parent in para
                        or confirmed.get(m.surface) == c
                        # 推进法治武义建设: a programme named for the county, its prefecture named elsewhere
                        or (text[max(0, m.start - 2):m.start] in _brand_leads() and len(codes) == 1
                            and _ancestor_named(g, c, ctx.named))
                        # 金平县 for 金平苗族瑶族傣族自治县: a short form that keeps its unit word is a
                        # county's everyday name, enough when its prefecture or province is named
                        or (len(m.surface) >= 3 and m.surface[-1] in "县区市旗" and _ancestor_named(g, c, ctx.named))
                        # 墨江县 said alone: an autonomous county's everyday name, the only one in the country
                        # (but 刘金平县长 is a person and the county's head)
                        or (len(m.surface) >= 3 and m.surface[-1] in "县旗" and len(codes) == 1
                            and d.name != m.surface and d.name.endswith("自治" + m.surface[-1])
                            and text[m.end:m.end + 1] != "长")):
                    kept.append(c)
            if not kept:
                continue
            top = [c for c in kept if g.get(c).level == min(g.get(k).level for k in kept)]
            lower = [c for c in kept if c not in top]
            # a bare short name means the higher unit (朝阳 → 朝阳市) unless the lower one is meant
            # by its context: its ancestor written right before it or named in the document
            if lower and not any((before and g.is_ancestor(before, c)) or _ancestor_named(g, c, ctx.named)
                                 for c in lower):
                kept = top
            codes = tuple(kept)
            if unit_after and all(g.get(c).level == 3 for c in codes):
                end += 1  # 吴江市: the unit word belongs to the name
        s0, s1 = _sentence(bounds, len(text), m.start)
        near = {p.code for p in out if p.code and p.start >= s0}
        near |= {x.codes[0] for x in matches[bisect_left(starts, s0):bisect_left(starts, s1)]
                 if x is not m and len(x.codes) == 1 and x.form in ("full", "zone")}
        code = _pick(g, codes, before, near, ctx)
        if code is None and any(c in g.former for c in codes):
            # 江北区 with nothing to place it: the district of today (宁波's), not the one abolished since (重庆's)
            today = [c for c in codes if c not in g.former]
            code = today[0] if len(today) == 1 else None
        if code is None and m.form == "short" and any(g.get(c).level == 3 for c in codes):
            continue  # an undecidable county stem is too weak a mention to keep
        rp = ResolvedPlace(m.start, end, text[m.start:end], code, codes, form)
        out.append(rp)
        if code:
            ctx.add(code)
        prev = rp
    return out


span_extensions("place_codes", default=())


@Language.factory("fazhi_places")
def make_places(nlp: Language, name: str):
    """doc.spans["places"]: label Place, kb_id = division code ("" when ambiguous), _.place_codes."""

    def component(doc: Doc) -> Doc:
        found = find_places(doc_text(doc), tuple(doc.user_data.get("context_codes", ())))
        return set_spans(doc, "places", "Place", found, lambda p: p.code, lambda p: {"place_codes": p.codes})

    return component
