"""Body mentions: `<place><organ>` (烟台市司法局) and central bodies with their aliases.

A body's canonical name uses its place's official name (烟台司法局 → 烟台市司法局), so the graph
has one node per institution however the text spells it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .gazetteer import Gazetteer
from .lexicon import Longest, Matcher, cues, data_text
from .places import ResolvedPlace, find_places
from .spanset import doc_text, set_spans, span_extensions, span_values

# aliases this short are only bodies when they stand alone (全国办理 is not 国办)
_GUARDED = {"国办": ("全", "理事法公"), "中办": ("集", "理事法公")}
# 中央 alone is the Party centre only before what the centre does or has (中央要求…, 中央的认可, 中央又…批转,
# 中央把…): before other words it names a level or a kind (中央财政, 中央企业, 中央和国家机关, 中央、省、市)
_CENTRE_ACTS = "要的又批把将认肯印出关决提作部充先多曾"
# two-character starts of what the centre does whose first character also opens a level or a kind (中央高校,
# 中央重点新闻网站, 中央专项资金, 中央下达资金, 中央对地方转移支付, 中央在京媒体)
_CENTRE_ACTS_2 = ("高度", "重视", "重要", "专门", "下发", "对此", "在全国")
_NOT_CENTRE_ACTS = ("部门", "部委", "出资", "决算")


@dataclass(frozen=True)
class BodyMention:
    start: int
    end: int
    surface: str
    name: str  # canonical
    kind: str  # party | government | court | … | local
    place_code: str | None


@lru_cache(maxsize=1)
def _suffixes() -> tuple[str, ...]:
    words = [w.strip() for w in data_text("organ_suffixes.txt").splitlines() if w.strip() and not w.startswith("#")]
    return tuple(sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _central() -> tuple[dict[str, tuple[str, str]], Matcher]:
    surfaces: dict[str, tuple[str, str]] = {}
    for line in data_text("central_bodies.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")] + ["", ""]
        name, kind, aliases = cols[0], cols[1], cols[2]
        for s in (name, *[a for a in aliases.split("|") if a]):
            surfaces.setdefault(s, (name, kind))
    return surfaces, Matcher(surfaces)


def canonical_body(name: str) -> str:
    """The canonical name of a body spelled ``name`` (aliases of central bodies, place short names)."""
    surfaces, _ = _central()
    if name in surfaces:
        return surfaces[name][0]
    found = find_bodies(name)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(name):
        return found[0].name
    return name


def organ_suffixes() -> tuple[str, ...]:
    """Organ words that make a preceding place a body, longest first."""
    return _suffixes()


@lru_cache(maxsize=1)
def _short_named() -> frozenset[str]:
    return frozenset(_longest_first("short_name_organs.txt"))


@lru_cache(maxsize=1)
def institution_heads() -> tuple[str, ...]:
    """Heads of institutions that hold honours as bodies do (institution_heads.txt), longest first."""
    return _longest_first("institution_heads.txt")


@lru_cache(maxsize=1)
def government_organs() -> tuple[str, ...]:
    """The organs that stand for their place (government_organs.txt), longest first."""
    return _longest_first("government_organs.txt")


def _longest_first(name: str) -> tuple[str, ...]:
    words = [w.strip() for w in data_text(name).splitlines() if w.strip() and not w.startswith("#")]
    return tuple(sorted(set(words), key=len, reverse=True))


# a village or community between a town and its institution (五眼泉镇弭水桥村人民调解委员会)
_VILLAGE_LEAD = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:村|社区)")


def institution_head_at(text: str, pos: int) -> str | None:
    """The institution head (人民调解委员会, 法律援助中心 …) starting at ``pos``, longest first."""
    return _institution_words().at(text, pos)


@lru_cache(maxsize=1)
def _institution_words() -> Longest:
    return Longest(institution_heads())


def institution_end(text: str, pos: int, max_between: int = 0) -> int | None:
    """Where an institution named right after a place at ``pos`` ends: its head follows at once, after a
    village, or (``max_between`` > 0, in a list line whose item is a name) after that many modifiers."""
    head = institution_head_at(text, pos)
    if head:
        return pos + len(head)
    m = _VILLAGE_LEAD.match(text, pos)
    if m and (head := institution_head_at(text, m.end())):
        return m.end() + len(head)
    for k in range(1, max_between + 1):
        ch = text[pos + k - 1:pos + k]
        if not ch or not ("\u4e00" <= ch <= "\u9fff" or ch in "（）()"):
            return None
        if head := institution_head_at(text, pos + k):
            return pos + k + len(head)
    return None


# 淳安县医疗纠纷人民调解委员会, 荆门市婚姻家庭纠纷人民调解委员会, 孝感市联合专业人民调解委员会: a committee of a
# field (its disputes) or of several, named by what it mediates between the place and its head
_FIELD_COMMITTEE = re.compile(r"([\u4e00-\u9fff]{1,8}?)(?:纠纷|争议|专业|行业)(?:人民)?调解委员会")


def _field_committee_end(text: str, pos: int) -> int | None:
    m = _FIELD_COMMITTEE.match(text, pos)
    if m is None:
        return None
    field = m.group(1)
    if "的" in field or any(w in field for w in _verbs() + _not_in_field()):
        return None  # 桐庐县积极推进医疗纠纷人民调解委员会建设: an adverb, a verb and its object, no committee's name
    return m.end()


def _named_institution_end(text: str, pos: int) -> int | None:
    """六安市皋陶法治文化基地: a place, a short proper name, then a head of a place of law education (a
    base, a park, a square …) — the institution's own name; never a verb and its object (六安市建设法治
    文化基地)."""
    end = institution_end(text, pos, max_between=4)
    if end is None:
        return None
    head = _institution_words().ending(text[pos:end])
    between = text[pos:end - len(head)]
    if head not in _named_heads() or "的" in between or between.startswith(_verbs()):
        return None
    return end


@lru_cache(maxsize=1)
def _named_heads() -> tuple[str, ...]:
    return cues("named_institution_head")


@lru_cache(maxsize=1)
def _not_in_field() -> tuple[str, ...]:
    return cues("committee_field_not")


@lru_cache(maxsize=1)
def _verbs() -> tuple[str, ...]:
    return cues("facility_verb") + cues("adopt") + cues("np_verb")


@lru_cache(maxsize=1)
def _organ_units() -> dict[str, tuple[str, ...]]:
    out = {}
    for line in data_text("organ_units.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            organ, heads = line.split("\t")[:2]
            out[organ.strip()] = tuple(sorted(heads.strip().split("|"), key=len, reverse=True))
    return out


_UNIT_NAME = re.compile(r"[\u4e00-\u9fff]{1,4}?")


def _unit_at(text: str, pos: int, organ: str) -> tuple[int, str] | None:
    """Where the organ's unit named at ``pos`` ends (乐平铺司法所 after 司法局, 耀州分局 after 公安局) and the unit's
    head word (司法所, 分局), or None."""
    heads = _organ_units().get(organ)
    if not heads:
        return None
    for k in range(1, 5):
        name = text[pos:pos + k]
        if not _UNIT_NAME.fullmatch(name) or name[0] in cues("unit_not_lead") or any(
                w in name for w in cues("unit_not_inside")):
            return None  # (要求各分局…, 召集各派出所…: a verb and a quantifier, not a unit's name)
        for h in heads:
            if text.startswith(h, pos + k):
                return pos + k + len(h), h
    return None


def _branch_units(organ: str, head: str) -> str:
    """The organ_units.tsv row of a branch's own units: the branch's head word where it has a row of its own
    (税务分局 → 税务所), else the organ with its 局 made the branch word (公安局 + 分局 → 公安分局 → 派出所)."""
    return head if head in _organ_units() else organ[:-1] + head


def _suffix_at(text: str, pos: int) -> str | None:
    return _suffix_words().at(text, pos)  # the longest organ word at pos


@lru_cache(maxsize=1)
def _suffix_words() -> Longest:
    return Longest(_suffixes())


@lru_cache(maxsize=1)
def _organ_aliases() -> dict[str, str]:
    out = {}
    for line in data_text("organ_aliases.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            short, official = line.split("\t")[:2]
            out[short.strip()] = official.strip()
    return out


def official_organ(suffix: str) -> str:
    """市场监管局 → 市场监督管理局: the organ's official word (organ_aliases.tsv), so one body is one node."""
    return _organ_aliases().get(suffix, suffix)


def organ_name(code: str, suffix: str) -> str:
    """The official name of a place's organ: 赣州市 (by code) + 司法局 → 赣州市司法局."""
    return Gazetteer.default().display_name(code) + official_organ(suffix)


def _local_name(g: Gazetteer, p: ResolvedPlace, suffix: str) -> str:
    """烟台 + 司法局 → 烟台市司法局: the official name of the place, or of all its candidates if they share it."""
    names = {g.display_name(c) for c in ((p.code,) if p.code else p.codes)}
    return (names.pop() if len(names) == 1 else p.surface) + official_organ(suffix)


@lru_cache(maxsize=1)
def _local_offices() -> re.Pattern:
    return re.compile("|".join(map(re.escape, sorted(cues("local_office"), key=len, reverse=True))))


def _county_before(g: Gazetteer, text: str, pos: int, county: str | None) -> int:
    """The length of the county's short name written right before ``pos`` (芗城 in 芗城巷口派出所), or 0:
    a county's name and one of its towns' names, side by side, confirm each other."""
    d = g.get(county) if county else None
    if d is None:
        return 0
    return next((len(n) for n in sorted((d.name,) + tuple(d.short_names), key=len, reverse=True)
                 if len(n) >= 2 and text.startswith(n, pos - len(n))), 0)


def _town_offices(g: Gazetteer, text: str, places: list[ResolvedPlace],
                  found: list[BodyMention]) -> list[BodyMention]:
    """Town offices named by the town's short name (石马司法所 for 石马镇's office): the town must be one of
    the text's places or lie in one of its counties, or its county's name stand right before it (芗城巷口派出所,
    after which 巷口派出所 alone is that office too), so a short name never guesses a town out of sight."""
    heads = [(m.start(), m.group(0)) for m in _local_offices().finditer(text)
             if not any(b.start <= m.start() < b.end for b in found)]
    if not heads:
        return []  # most texts name no such office
    codes = {c for p in places for c in ((p.code,) if p.code else p.codes)}
    out = _town_offices_at(g, text, heads, codes, [])
    confirmed = {b.place_code for b in out} - codes  # counties known from a name written beside a town
    if confirmed:
        out = _town_offices_at(g, text, heads, codes | confirmed, out)
    return sorted(out, key=lambda b: b.start)


def _town_offices_at(g: Gazetteer, text: str, heads: list[tuple[int, str]], codes: set,
                     out: list[BodyMention]) -> list[BodyMention]:
    out = list(out)
    for i, head in heads:
        if any(b.start <= i < b.end for b in out):
            continue
        for k in (3, 2):  # the longest short name first (五眼泉 before 眼泉)
            short = text[i - k:i]
            if i - k < 0 or not _UNIT_NAME.fullmatch(short):
                continue
            towns = {d.code: d for w in cues("town_words") for d in g.by_name(short + w)
                     if d.code in codes or d.parent in codes or _county_before(g, text, i - k, d.parent)}
            if short[0] in cues("unit_not_lead"):
                # 下属司法所: a word, not a name; but 下党派出所 when the text names 下党乡 itself
                towns = {c: d for c, d in towns.items() if c in codes}
            if len(towns) == 1:
                town = towns.popitem()[1]
                start = i - k - _county_before(g, text, i - k, town.parent)
                name = g.display_name(town.parent) + short + head  # 兴宁市石马司法所, as the text says it
                # placed in the town it serves, named under its county: what 下党派出所 sets up runs in
                # 下党乡, as the blind annotators read it (the county stays in the name and the parent)
                out.append(BodyMention(start, i + len(head), text[start:i + len(head)], name, "local", town.code))
                break
    return out


def _street_offices(g: Gazetteer, text: str, places: list[ResolvedPlace],
                    found: list[BodyMention]) -> list[BodyMention]:
    """A local office of a street or town the division list does not hold under that name (虹梅街道司法所
    for 虹梅路街道's): named as the text says it, placed in the county the text named last before it in
    its paragraph, so it is kept apart from the county's other offices; none without such a county."""
    out = []
    ends = {p.end for p in places}
    words = cues("town_words")
    for m in _local_offices().finditer(text):
        i = m.start()
        word = next((w for w in words if text.endswith(w, 0, i)), None)
        if word is None or any(b.start <= i < b.end for b in found):
            continue
        unit = len(word)
        start = next((a for a in range(i - unit - 2, i - unit - 5, -1) if a >= 0 and (
            a in ends or not "\u4e00" <= text[a - 1:a] <= "\u9fff" or a == 0)), None)
        if start is None or any(p.start <= start < p.end for p in places) or text[start] in cues("unit_not_lead"):
            continue
        para = max(text.rfind("\n", 0, start), 0)
        county = next((p for p in reversed(places) if para <= p.start < start and p.code
                       and g.get(p.code) is not None and g.get(p.code).level == 3), None)
        if county is None:
            continue
        name = g.display_name(county.code) + text[start:m.end()]
        if county.end == start:
            start = county.start  # 徐汇区虹梅街道司法所: the county written before it is part of the name
        out.append(BodyMention(start, m.end(), text[start:m.end()], name, "local", county.code))
    return out


def find_bodies(text: str, places: list[ResolvedPlace] | None = None) -> list[BodyMention]:
    """Bodies of ``text`` in order: ``<place><organ>`` and central bodies by name or alias.

    ``places`` are the text's accepted place mentions (found here when not given).  A body on an
    ambiguous place (朝阳区人民法院 with no city in sight) keeps place_code None.
    """
    g = Gazetteer.default()
    places = find_places(text) if places is None else places
    out: list[BodyMention] = []
    by_end = {p.end: p for p in places}
    by_start = {p.start for p in places}
    for p in places:
        if out and out[-1].start <= p.start < out[-1].end:
            continue  # 耀州 in 铜川市公安局耀州分局: a word of the body's name, not a body's place of its own
        suffix = _suffix_at(text, p.end)
        if suffix is None:
            if p.end in by_start:
                continue  # 桐庐县分水镇…: the institution belongs to the last place of the run
            end = institution_end(text, p.end) or _named_institution_end(text, p.end) or _field_committee_end(text, p.end)
            if end is not None:
                # a town's institution keeps its county in the name (宜都市五眼泉镇司法所), so two towns of
                # one name stay two bodies
                first = p
                while first.start in by_end:
                    first = by_end[first.start]
                name = _local_name(g, first, "") + text[first.end:end]
                town = g.get(first.code) if first.code else None
                if town is not None and town.level == 4 and town.parent:
                    name = g.display_name(town.parent) + name  # 福兴街道… said alone is 兴宁市福兴街道…
                out.append(BodyMention(first.start, end, text[first.start:end], name, "local", p.code))
            continue
        if suffix == "委" and text[p.end + 1:p.end + 2] in ("员", "托", "屈", "婉"):
            continue  # 市委员…, 委托, 委屈 are not the party committee
        end = p.end + len(suffix)
        # (杭州互联网法院: a special court's own name keeps its city as written)
        name = text[p.start:end] if suffix in _short_named() else _local_name(g, p, suffix)
        unit = _unit_at(text, end, suffix)
        code = p.code
        if unit is not None:
            unit_end, head = unit
            is_branch = head.endswith(cues("branch_word"))
            # a branch named after a district serves it (铜川市公安局耀州分局 → 耀州区)
            branch = next((q for q in places if q.start == end and q.end < unit_end and q.code), None) \
                if is_branch and p.code else None
            if branch is not None and g.is_ancestor(p.code, branch.code):
                code = branch.code
            name, end = name + text[end:unit_end], unit_end  # 茌平区司法局乐平铺司法所: the town's unit of the organ
            # a branch's own unit keeps the whole chain (铜川市公安局耀州分局照金派出所), as it is written
            sub = _unit_at(text, end, _branch_units(suffix, head)) if is_branch else None
            if sub is not None:
                name, end = name + text[end:sub[0]], sub[0]
        out.append(BodyMention(p.start, end, text[p.start:end], name, "local", code))
    out.extend(_town_offices(g, text, places, out))
    out.extend(_street_offices(g, text, places, out))
    surfaces, matcher = _central()
    for s, e, (name, kind) in matcher.find(text):
        surface = text[s:e]
        if surface in _GUARDED:
            before, after = _GUARDED[surface]
            if (s > 0 and text[s - 1] in before) or text[e:e + 1] in after:
                continue
        if surface == "中央" and not ((text[e:e + 1] in _CENTRE_ACTS or text.startswith(_CENTRE_ACTS_2, e))
                                      and not text.startswith(_NOT_CENTRE_ACTS, e)) \
                and not text.startswith("一号文件", e):  # (中央一号文件: the centre's yearly first document)
            continue
        if any(b.start <= s < b.end or s <= b.start < e for b in out):
            continue
        if surface.endswith("部") and text[e:e + 1] == "门":
            continue  # 教育部门, 公安部门: the departments of a field, not the ministry
        out.append(BodyMention(s, e, surface, name, kind, None))
    return sorted(out, key=lambda b: b.start)


span_extensions("place_code", "body_kind")


@Language.factory("fazhi_bodies")
def make_bodies(nlp: Language, name: str):
    """doc.spans["bodies"]: label Body, kb_id = canonical name, _.place_code (None for central bodies)."""

    def component(doc: Doc) -> Doc:
        if "places" in doc.spans:  # reuse fazhi_places' decisions rather than resolving twice
            text = doc_text(doc)
            places = [ResolvedPlace(a, b, text[a:b], kid or None, tuple(codes), "")
                      for a, b, kid, codes in span_values(doc, "places", ("place_codes",))]
        else:
            places = find_places(doc_text(doc), tuple(doc.user_data.get("context_codes", ())))
        return set_spans(doc, "bodies", "Body", find_bodies(doc_text(doc), places), lambda b: b.name,
                         lambda b: {"place_code": b.place_code, "body_kind": b.kind})

    return component
