"""The article's own place: the place a text is about, by document-level salience.

The first place named is a poor guide: a city's report may open with its province
(获评湖南省…示范单位) and name itself five times after.  Each coded place named outside quotes
scores by how the article uses it:

- named in the title (the strongest signal), or by the author's byline;
- how often it is named, and how often bodies of it speak (益阳市司法局 counts for 益阳市);
- the kind of unit the text calls itself (我市 / 本县 / 全区): a place of that kind is preferred;
- named in the opening lines.

Adjacent places are one mention of the most specific (江苏省苏州市常熟市 is 常熟市).  The winner and
the reasons it won are returned, so facts can say why their subject was chosen.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass

from . import lexicon, years
from .article import BRAND_LEAD, begins_school

# the kind of unit a text calls itself: 我市, 本县, 全区 …
_SELF = re.compile(r"(?:我|本)(市|县|区|州|盟|旗|省)")
# 县委、县政府, 县司法局 with no place before them: the text speaks of its own county's organs
# (the level word first, then what may stand before it — nothing, or one of those characters — looked back
# at: the engine then skips straight to the level words instead of trying the look-behind at every character)
_OWN_ORGAN = re.compile(r"(市|县|区|州|盟|旗|省)(?<![^，,。；、：:\s“在由经向和与及][市县区州盟旗省])"
                        r"(?:委|政府|人民政府|司法局|司法厅|人大常委会|政协|委依法治)")
# a newspaper, station or site named in a page's head is its place's own (金华日报: 我市 is 金华市)
_PUBLISHER = re.compile(r"^(?:日报|晚报|新闻|电视台|广播电视台|融媒|发布|人民政府网|政府网)")

# a letter's salutation opening the text (中共某州委、某州人民政府： …): the recipients are the
# writer's superiors, so the places named there are not the text's own
_SALUTATION = re.compile(r"\s*([^。，,；;：:\n]{2,40}?(?:委|政府|人大常委会|政协|办公室|司法局|司法厅))\s*[：:]")

# what may precede a text's first actor: a year, a time phrase, nothing
# …and a report's customary lead-in naming its superiors (在市委、市政府和县委的正确领导下，桐庐县认真贯彻…)
_OPENING_LEAD = re.compile(r"\s*(?:(?:(?:19|20)\d{2}\s*年(?:度|以来|来)?|近年来|今年以来|一年来|近日|日前)\s*[，,]?\s*)?"
                           r"(?:在[^。；;\n]{2,80}?(?:领导|指导|支持|关心|监督)下\s*[，,]?\s*)?")
# a place followed by these modifies a noun (白云区法院, 白云区的), it does not act
_OBJECT_AFTER = re.compile(r"(?:的|之|人民|法院|检察院|司法局|政府|委)")

# a leader's visit in boilerplate (视察广东重要讲话): the place visited is not the text's own
_VISITED = lexicon.cues("visit_before")
_SUPERIOR_LEVEL = lexicon.cues("superior_level")
# 居全省第三 / 在全市率先: the text's place is one of the province's (city's) units, not the whole
_RANKED_IN = {1: re.compile("|".join(map(re.escape, lexicon.cues("ranked_in_province")))),
              2: re.compile("|".join(map(re.escape, lexicon.cues("ranked_in_city"))))}
# how high a kind of unit stands (a smaller number is higher)
_RANK = {"省": 1, "市": 2, "州": 2, "盟": 2, "县": 3, "区": 3, "旗": 3}
_OPENER = 3.0
_OWN_GOVERNMENT = re.compile(r"(?:人民政府|政府|委员会|委)(?!办|[\u4e00-\u9fff]*?(?:厅|局|办公室))")
_TITLE_LINE_WITHIN = 600
# words of a report's title (工作情况的报告, 年度总结)
_REPORT_WORDS = lexicon.cues("report_title")
_TITLE = 8.0
_BYLINE = 3.0
_HEAD = 1.0  # within the opening lines
_SELF_KIND = 2.5
_BODY = 1.0
_PUBLISHED = 4.0
_LEARNED_FROM = lexicon.cues("brand_learned_from")


@dataclass
class PlaceChoice:
    ref: object  # the Ref chosen
    reason: str


def _runs(refs: list) -> list:
    """The most specific place of each run of adjacent places (江苏省苏州市常熟市 → 常熟市)."""
    out = []
    refs = sorted((r for r in refs if r.code), key=lambda r: r.start)
    i = 0
    while i < len(refs):
        j = i
        while j + 1 < len(refs) and refs[j + 1].start == refs[j].end:
            j += 1
        out.append(refs[j])
        i = j + 1
    return out


def _run_start(starts: dict[int, int], rep) -> int:
    """Where the run of adjacent places ending in ``rep`` (its most specific place) starts; ``starts`` maps
    each coded place's end to its start."""
    start = rep.start
    while start in starts:
        start = starts[start]
    return start


def _kind(name: str) -> str | None:
    for suffix in ("自治区", "自治州", "自治县", "省", "市", "县", "区", "州", "盟", "旗"):
        if name.endswith(suffix):
            return {"自治区": "区", "自治州": "州", "自治县": "县"}.get(suffix, suffix)
    return None


def _covering(spans: list[tuple[int, int]]):
    """x -> whether some span (a, b) has a <= x < b: the spans' starts bisected, with the furthest end
    reached so far, rather than every span tried for every place."""
    spans = sorted(spans)
    starts = [a for a, _ in spans]
    reach, far = [], None
    for _, b in spans:
        far = b if far is None or b > far else far
        reach.append(far)

    def inside(x: int) -> bool:
        k = bisect_right(starts, x)
        return k > 0 and reach[k - 1] > x

    return inside


def article_place(text: str, title: str | None, places: list, bodies: list, author: str | None = None,
                  head_chars: int = 200) -> PlaceChoice | None:
    """Choose the place ``text`` (an article, its title first when given) is about.

    ``places``/``bodies``: mentions with ``start``, ``end``, ``code``, ``name`` (bodies:
    ``place_code``, ``place_name``).  Places inside “quotes” name brands, not actors, and are skipped;
    places inside 《titles》 count (《益阳市…条例》 is the city's own law)."""
    quoted = [m.span() for m in re.finditer(r"“[^“”]*”", text)]
    title_end = len(title) if title else 0
    score: Counter = Counter()
    refs: dict[str, object] = {}
    why: dict[str, list[str]] = {}
    count: Counter = Counter()

    def credit(code, ref, pts, reason):
        score[code] += pts
        refs.setdefault(code, ref)
        if reason not in why.setdefault(code, []):
            why[code].append(reason)

    salute = _SALUTATION.match(text, title_end)
    if salute:
        quoted.append(salute.span(1))
    in_quote = _covering(quoted)
    ends = {r.end for r in places}
    runs = [r for r in _runs(places) if not in_quote(r.start)
            and not text[max(0, r.start - 2):r.start].endswith(_VISITED)
            and not begins_school(text, r.end)  # 浙江大学: a school's name, not its province
            and not _named_as_superior(text, r.start, ends)]
    for r in runs:
        count[r.code] += 1
        credit(r.code, r, 1.0, "named")
        if r.start < title_end:
            credit(r.code, r, _TITLE, "title")
        elif r.start < title_end + head_chars:
            credit(r.code, r, _HEAD, "opening")
    head_end = title_end + head_chars
    if not title:
        # a page whose title stands below its chrome (索引号…发布机构… / 关于2023年度龙湾区…工作情况的报告):
        # a short line of the head naming a report and a place is the title
        for line in re.finditer(r"(?m)^[^\n]{4,60}$", text[:_TITLE_LINE_WITHIN]):
            if any(w in line.group(0) for w in _REPORT_WORDS) and not _SALUTATION.match(line.group(0)):
                for r in runs:
                    if line.start() <= r.start < line.end():
                        credit(r.code, r, _TITLE, "title")
                break
    own = _own_province_opening(text, title_end, head_end, runs)
    if own is not None:
        return own
    # the place acting in the text's first sentence (2023年，白云区坚持…): a report speaks of itself
    lead = _OPENING_LEAD.match(text, title_end)
    # (湖北省襄阳市紧紧围绕…: the run opens the sentence, its most specific place acts)
    starts = {r.end: r.start for r in places if r.code}
    opener = next((r for r in runs if _run_start(starts, r) == lead.end()), None) if lead else None
    # 近日，山西省司法厅印发…: the province's body speaks, about others (its government is itself);
    # but a body's own year summary (2024年，某区司法局坚持以…) is its place's report
    by_body = opener is not None and any(b.start <= opener.start < b.end for b in bodies) \
        and not _OWN_GOVERNMENT.match(text, opener.end)
    own_summary = by_body and years.report_year(text[title_end:]) is not None
    if by_body and not own_summary:
        opener = None
    if opener is not None and (not _OBJECT_AFTER.match(text, opener.end) or _OWN_GOVERNMENT.match(text, opener.end)
                               or own_summary) \
            and not re.match(r"\s*[、和与及]", text[opener.end:opener.end + 2]):  # 深圳市、苏州市…各有: a survey
        credit(opener.code, opener, _OPENER, "opening subject")
    for r in runs:
        if r.start < head_end and _PUBLISHER.match(text[r.end:r.end + 6]):
            credit(r.code, r, _PUBLISHED, "publisher")
    for b in bodies:
        code = getattr(b, "place_code", None)
        if code not in refs or any(a <= b.start < x for a, x in quoted):
            continue
        credit(code, refs[code], _BODY, "its bodies")
        if b.start < head_end:
            # a site's owner on a line of its own in the page head (潍坊市司法局 | 首页 | …)
            ls = text.rfind("\n", 0, b.start) + 1
            le = text.find("\n", b.end)
            if text[ls:le if le >= 0 else len(text)].strip() == text[b.start:b.end]:
                credit(code, refs[code], _PUBLISHED, "publisher")
    if author:
        for code, r in refs.items():
            if r.name and (r.name in author or r.name[:-1] in author):
                credit(code, r, _BYLINE, "byline")
    kinds = Counter(m.group(1) for m in _SELF.finditer(text))
    if kinds:
        kind, _ = kinds.most_common(1)[0]
        # 我市 in a text naming a city and two or more of its own counties and districts (兴化市、靖江市、
        # 海陵区…): the city is 我市, its county-level cities are its parts, though each is a 市 too
        from .gazetteer import Gazetteer

        g = Gazetteer.default()
        wholes = {code for code, r in refs.items() if _kind(r.name) == kind
                  and sum(1 for c in refs if c != code and g.is_ancestor(code, c)) >= 2}
        for code, r in refs.items():
            if _kind(r.name) == kind and not any(g.is_ancestor(w, code) for w in wholes):
                credit(code, r, _SELF_KIND, "我" + kind)
    if kinds:
        parent = _parent_of_named(refs, kinds.most_common(1)[0][0])
        if parent is not None:
            return parent
    said_organs = organs = Counter(m.group(1) for m in _OWN_ORGAN.finditer(text))
    # 推进法治武义建设 in a text whose organs are a county's (县委、县政府): the programme named for a place of the
    # organs' own level is the text's own place's (…but 法治浙江 in a county's report is its province's programme)
    # (one such place only, in a text naming few: a survey names the programmes of many cities)
    # (the organs it names most: 市委、市政府 said again and again are its own, 被省委、省政府确定为… its superiors)
    most = max(said_organs.values(), default=0)
    own_kinds = {k for k, n in said_organs.items() if n == most} | set(kinds)
    # (…赴金华市学习法治浦江建设经验: a programme the text learned from is another place's)
    branded = {r.code: r for r in runs
               if text[max(0, r.start - 2):r.start].endswith(BRAND_LEAD) and _kind(r.name) in own_kinds
               and not any(w in text[max(0, r.start - 12):r.start - 2] for w in _LEARNED_FROM)}
    if len(branded) == 1:
        (r,) = branded.values()
        from .gazetteer import Gazetteer

        g = Gazetteer.default()
        if sum(1 for c in refs if c != r.code and not g.is_ancestor(r.code, c)) <= 3:  # its towns aside
            credit(r.code, r, _SELF_KIND, "its own programme")
    # said once or twice, or in a survey of many places, 市政府 may be any city's
    organs = Counter({k: n for k, n in organs.items() if n >= 5 and len(refs) <= 4})
    if organs and not kinds:
        # weaker than 我县: a survey of many places also says 市委、市政府 of each of them
        kind, _ = organs.most_common(1)[0]
        for code, r in refs.items():
            if _kind(r.name) == kind:
                credit(code, r, _SELF_KIND, f"its own {kind} organs")
    if not score:
        # no place named outside quotes: a local brand (“包头市公共法律服务法治地图”) still says whose text
        # it is, when it names one place only
        inside = {r.code: r for r in _runs(places) if any(a <= r.start < b for a, b in quoted)}
        only = next(iter(inside.values())) if len(inside) == 1 else None
        # (…but not a province's programme quoted in a county's text: 县司法局…创建“法治浙江…示范县”)
        if only is not None and not (said_organs and all(_RANK.get(_kind(only.name), 0) < _RANK.get(k, 0)
                                                         for k in said_organs)):
            return PlaceChoice(only, "named only in a quoted name of its own")
        # 龙溪镇2024年法治政府建设年度报告 with no other place named: a town of a name many towns share is
        # still the text's own, unresolved (the graph keeps it as a place of that name, level unresolved)
        # …and so is one that opens the text as its actor (通州区坚持以…: two districts have that name)
        unresolved = [r for r in places if not r.code and r.name
                      and (_kind(r.name) is not None or r.name.endswith(("镇", "乡", "街道")))]
        titled = [r for r in unresolved if r.start < title_end]
        if len({r.name for r in titled}) == 1:
            return PlaceChoice(titled[0], "title (a name several places share)")
        lead = _OPENING_LEAD.match(text, title_end)
        opener = next((r for r in unresolved if r.start == lead.end()), None)
        if opener is not None and not _OBJECT_AFTER.match(text, opener.end):
            return PlaceChoice(opener, "opening subject (a name several places share)")
        return None
    _drop_ranked_wholes(text, score, kinds, why)
    # ties go to the place named first
    first = {code: r.start for code, r in refs.items()}
    ranked = sorted(score, key=lambda c: (score[c], -first[c]), reverse=True)
    code = ranked[0]
    signals = {"title", "byline", "publisher", "opening subject"} | {"我" + k for k in kinds}
    # a text that names its own organs again and again (县委、县政府、县司法局 …) is about its place
    signals |= {f"its own {k} organs" for k in organs} | {"its own programme"}
    signalled = [c for c in ranked if signals & set(why[c])]
    if signalled and code not in signalled:
        # 我县 said of the one county named, against a province named twice in boilerplate (贯彻…视察贵州
        # 重要讲话精神): the text's own signal outweighs mere mentions
        code = signalled[0]
    if not signals & set(why[code]) and len(ranked) > 1 and score[code] < 2 * score[ranked[1]]:
        # a survey of many places (a national overview) is about none of them in particular:
        # only a place named in its opening lines speaks for it
        deep = _common_ground(runs, [b for b in bodies if getattr(b, "place_code", None)
                                     and not any(a <= b.start < x for a, x in quoted)], refs)
        if deep is not None:
            return PlaceChoice(deep, "most places named lie in it")
        opening = [r for r in runs if r.start < head_end]
        if not opening:
            return None
        code = opening[0].code
        return PlaceChoice(refs[code], "first in the opening of a text naming many places")
    reasons = [w for w in why[code] if w != "named"]
    reasons.insert(0, f"named {count[code]}×")
    if count[code] >= 3 and (len(ranked) == 1 or score[code] >= 2 * score[ranked[1]]):
        reasons.append("dominant")  # no other place comes close: the text is about this one
    return PlaceChoice(refs[code], ", ".join(reasons))


def _named_as_superior(text: str, start: int, ends: set[int]) -> bool:
    """聚焦省、嘉兴市…要求: a place listed after a bare level word (省, not 浙江省) is one of the writer's
    superiors, named level by level; the text belongs to a unit below it."""
    for cue in _SUPERIOR_LEVEL:
        at = start - len(cue)
        if text.startswith(cue, at) and at + 1 not in ends:  # 浙江省、嘉兴市 lists places, not levels
            return True
    return False


def _parent_of_named(refs: dict, kind: str):
    """我市 in a text naming only its counties, districts and towns (平城区、云冈区…), never the city itself:
    the one unit of that kind holding every place named, when two or more are named."""
    if len(refs) < 2 or any(_kind(r.name) == kind for r in refs.values()):
        return None
    from .gazetteer import Gazetteer
    from .spans import place_ref

    g = Gazetteer.default()
    # the deepest unit holding them all (大同市 for its districts and their towns; 兴宁市 for its towns)
    codes = list(refs)
    top = next((d for d in [g.get(codes[0])] + g.ancestors(codes[0])
                if d is not None and all(c == d.code or g.is_ancestor(d.code, c) for c in codes)), None)
    if top is None or top.level == 1 or _kind(top.name) != kind:
        return None
    return PlaceChoice(place_ref(0, 0, top.name, top.code), f"我{kind}, whose places it names")


def _drop_ranked_wholes(text: str, score: Counter, kinds: Counter, why: dict) -> None:
    """A text that ranks its place within a province (居全省第三, 在全省率先) is not the province's own,
    unless it calls itself 我省 or its title, byline or site names the province (a province's survey
    says 某县在全省率先…): drop the province when a place inside it is a candidate (and so for 全市)."""
    from .gazetteer import Gazetteer

    g = Gazetteer.default()
    for level, cue in _RANKED_IN.items():
        own = "省" if level == 1 else "市"
        if own in kinds or not cue.search(text):
            continue
        wholes = [c for c in score if (d := g.get(c)) is not None and d.level == level
                  and not {"title", "byline", "publisher"} & set(why.get(c, ()))]
        for w in wholes:
            if any(c != w and g.is_ancestor(w, c) for c in score):
                del score[w]


# a province's own organ named by its level alone (自治区司法厅, 省政府), with no place before it
_PROVINCE_LEAD = re.compile(r"(?<![\u4e00-\u9fff])(?:[（(【][^）)】]{1,6}[）)】]\s*)?(?:(?:19|20)\d{2}\s*年\s*[，,]?\s*)?"
                            r"(省|自治区)")


def _own_province_opening(text: str, title_end: int, head_end: int, runs: list):
    """2019年，自治区司法厅坚持…, and every place the text names lies in one autonomous region (or
    province): the text is that region's own, though it never names it (a yearbook's entry)."""
    from .bodies import organ_suffixes

    m = None
    for line in re.finditer(r"(?m)^.*$", text[title_end:head_end]):
        s = line.group(0).lstrip()
        m = _PROVINCE_LEAD.match(s)
        if m and s.startswith(organ_suffixes(), m.end()):
            at = title_end + line.start()
            break
        m = None
    if m is None or not runs or any(r.start < at for r in runs):
        return None
    from .gazetteer import Gazetteer
    from .spans import place_ref

    g = Gazetteer.default()
    tops = {g.province_of(r.code) for r in runs}
    if len(tops) != 1 or None in tops:
        return None
    top = tops.pop()
    if not top.name.endswith(m.group(1)):
        return None  # 省司法厅 in a text about an autonomous region's places, or the other way round
    return PlaceChoice(place_ref(at, at, top.name, top.code), f"its own {m.group(1)} organs, every place in it")


def _common_ground(runs: list, bodies: list, refs: dict, share: float = 0.6):
    """The most specific place, named at least twice, that most of a text's place mentions lie in or
    are: a story naming a province's decision and then one district's villages again and again is
    about the district (its villages count for it), not about the province named first."""
    from .gazetteer import Gazetteer

    g = Gazetteer.default()
    # a body speaks for its place (龙安区司法局 is a mention of 龙安区)
    codes = [r.code for r in runs] + [b.place_code for b in bodies if b.place_code in refs]
    best, best_level = None, 0
    counts = Counter(codes)  # each distinct place asked once (a story names its district again and again)
    for code, n in counts.items():
        div = g.get(code)
        if n < 2 or div is None or div.level > 3:
            continue
        covered = sum(k for c, k in counts.items() if c == code or g.is_ancestor(code, c))
        if covered >= share * len(codes) and div.level > best_level:
            best, best_level = code, div.level
    if best is None or best_level == 1:
        return None  # a province's own survey keeps the opening rule
    return refs[best]
