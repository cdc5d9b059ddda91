"""The pilot reader: a place selected or approved as a pilot ADOPTED the practice, mode 试点.

SCHEMA.md convention 1: 入选/获批/成为/作为…试点 puts the practice into practice there, whether or
not a verb of adoption follows.  The practice is the name between the selecting word and 试点
(入选全省第一批法治化综合改革试点 → 法治化综合改革), without the programme's scope, batch or level
(全国/全省/首批 …, ``pilot_cues.tsv``) and without a leading verb (完善…机制试点 → …机制).
A first batch is recorded in the mode (首批试点), as the convention asks; it is not a first claim.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon


def _cues() -> dict[str, tuple[str, ...]]:
    return lexicon.role_table("pilot_cues.tsv")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    c = _cues()
    alt = lambda ws: "|".join(map(re.escape, ws))  # noqa: E731
    # select … name … pilot; the name has no clause punctuation and at most 30 characters
    return re.compile(r"(%s)((?:[^，。；;,：:！？“”]|“[^“”]{1,24}”){1,34}?)(%s)" % (alt(c["select"]), alt(c["pilot"])))


def pilot_name(raw: str) -> tuple[str, bool]:
    """(the practice's name, first batch?) from what stands between the selecting word and 试点."""
    c = _cues()
    name = raw
    first = False
    changed = True
    while changed:
        changed = False
        for w in c["frame"]:
            if name.startswith(w):
                first = first or w in ("首批", "第一批")
                name, changed = name[len(w):], True
                break
        m = re.match(r"^\d+\s*(?:个|家|批)", name)
        if m and not changed:
            name, changed = name[m.end():], True  # 全省14个…试点县之一: the count of pilots
            continue
        # a level or place qualifier: 四川省全面依法治区示范试点 keeps the practice, not the province
        m = re.match(r"^[\u4e00-\u9fff]{2,6}?(?:省|自治区|市)(?=[\u4e00-\u9fff]{4})", name)
        if m and not changed and _gazetteer().names_only_places(m.group(0)):
            name, changed = name[m.end():], True
    quoted = re.findall(r"“([^“”]{2,24})”", name)
    if len(quoted) == 1 and not quoted[0].endswith(("式", "型")):  # (“枫桥式”派出所: a kind, not a name)
        # 全国法治政府建设“一件事”改革试点: the quoted name is the practice; the words around it are the
        # programme's and the kind of work (改革, 建设)
        name = quoted[0].strip()
    name = name.replace("“", "").replace("”", "").strip()
    for w in c["lead"]:
        if name.startswith(w) and len(name) > len(w) + 3:
            name = name[len(w):]
            break
    for w in ("首批", "第一批"):  # 提升行动首批试点: the batch said after the name
        if name.endswith(w):
            name, first = name[:-len(w)], True
    name = re.sub(r"(?:建设|工作)$", "", name) if len(name) > 6 else name
    return name, first


# 确定在甲镇、乙街道等7个镇街开展…建设试点, 组织天津、河北…等13个省（市）开展…试点: the places
# listed after 在 or after the organising verb each pilot it
_AT_LIST = re.compile(r"(?:在|组织|选择|选取|遴选)([^，,。；;“”]{2,120}?)(?:开展|进行|推行|实施|启动|探索)"
                      r"((?:[^，,。；;“”]|“[^“”]{1,24}”){2,30}?)试点")


# 在醴泉街道、夏庄镇等4个镇街试点“镇街法治指导员”制度: 试点 as the verb, the practice after it
_AT_LIST_VERB = re.compile(r"(?:在|选择|选取|遴选)([^，,。；;“”]{2,120}?)(?:等[\d一二三四五六七八九十两]+个[^，,。；;“”\d]{1,4})?"
                           r"(?:先行)?试点(?:推行|开展|实施|探索)?(“[^“”]{2,24}”(?:制度|机制|改革|工作)?"
                           r"|[^，,。；;“”]{2,20}?(?:制度|机制|改革|模式))(?=[，,。；;])")

# 以九龙湖镇、骆驼街道乡镇(街道)法治化综合改革试点为契机: the places listed first are the pilots of what follows
# 选择…渔沟、下楼、娄庄三个镇，进行…试点: short names sharing the level after their count, then the pilot (what
# describes them may run over a comma: 选择班子坚强有力,有一定执法经验的…; every item must be a unit of ours)
_SHORT_LIST_PILOT = re.compile(r"(?:选择|选取|遴选|确定|在)[^。；;“”、]{0,24}?((?:(?!等)[\u4e00-\u9fff]){2,4}"
                               r"(?:[、和及与](?:(?!等)[\u4e00-\u9fff]){2,4})+)"
                               r"(?:等)?[\d两二三四五六七八九十]+个(乡镇|镇街|镇|乡|街道|区|县)[，,]?(?:先行)?(?:开展|进行|推行|实施|启动|探索)"
                               r"((?:[^，,。；;“”]|“[^“”]{1,24}”){1,30}?)试点")
# “扫码入企”系统在甲区、乙区和丙区试点上线: the practice named first, then where it is tried
_NAME_AT_LIST = re.compile(r"“([^“”]{2,24})”[\u4e00-\u9fff]{0,4}?在([^，,。；;“”]{4,120}?)"
                           r"(?:等[\d一二三四五六七八九十两]+个[^，,。；;“”\d]{1,4})?(?:先行)?试点(?:上线|运行|推行|实施|开展|应用|工作)?"
                           r"(?=[，,。；;]|$)")
# 选取甲区、乙区作为…试点: a verb that picks the places, then the selecting word
_CHOSEN = re.compile(r"(?:选取|选择|遴选|选定|确定)([^，,。；;“”]{2,60}?)(?:作为|列为|为)$")
_SELECTED = re.compile(r"^(?:成功|已|被)?(?:入选|确定为|列为|列入|纳入|获批|批准为|成为)(?:为)?")
_OCCASION_PILOT = re.compile(r"以([^，。；;]{4,120}?)试点(?:工作)?为(?:契机|抓手|牵引|突破口|载体|依托)")

# 以甲区、乙县为试点，推行“…”: the places the sentence's practices are tried in first
_SITES = re.compile(r"以([^，,。；;“”]{2,60}?)为(?:首批)?试点(?:单位|地区|城市|县|区)?(?=[，,]?[^，。；;]{0,30}[“”\u4e00-\u9fff])")

# a pilot programme named with its practice (《…试点工作方案》, 开展…试点)
_NAMED_PILOT = re.compile(r"(?:《|开展|推进|启动|实施)([^《》，。；;“”\s]{4,24}?)(?:改革)?试点")


def _gazetteer():
    from .gazetteer import Gazetteer

    return Gazetteer.default()


class Pilots:
    """Adds ADOPTED (mode 试点) for every pilot a place is selected for in one article."""

    def __init__(self, ex):
        self.ex = ex

    def _at_list(self, sent) -> None:
        ex = self.ex
        s, e, _ = sent
        if ex.text.find("试点", s, e) < 0:
            return  # _AT_LIST ends in 试点: most sentences hold none, and the pattern is not run
        for m in _AT_LIST.finditer(ex.text, s, e):
            places = [r for r in ex._in(ex.places, m.start(1), m.end(1)) if r.code]
            # each item of the list is the last of its run of adjacent places (中山市东区街道 → 东区街道)
            items = [r for r in places if not any(o.start == r.end for o in places)]
            if len(items) < 2:
                continue  # one place after 在 is read by the clause rules as the locus
            self._pilots("adopt.pilot.at", m, sent, items, *pilot_name(m.group(2)))
        for m in _AT_LIST_VERB.finditer(ex.text, s, e):
            items = self._run_of_places(m.start(1), m.end(1))
            if len(items) >= 2:
                self._pilots("adopt.pilot.at", m, sent, items, *pilot_name(m.group(2)))
        for m in _SHORT_LIST_PILOT.finditer(ex.text, s, e):
            items = self._short_named(m.group(1), m.start(1), m.group(2))
            if len(items) >= 2:
                self._pilots("adopt.pilot.at", m, sent, items, *pilot_name(m.group(3)))
        for m in _NAME_AT_LIST.finditer(ex.text, s, e):
            items = self._run_of_places(m.start(2), m.end(2))
            if len(items) >= 2:
                self._pilots("adopt.pilot.at", m, sent, items, m.group(1).strip(), False)

    def _pilots(self, rule: str, m: re.Match, sent, places: list, name: str, first: bool) -> None:
        """Each of ``places`` pilots the practice ``name`` (first: of the first batch), read by ``m``."""
        from .mechanisms import canonical_name

        if len(name) < 4 or len(name) > 24 or "的" in name or name in lexicon.mechanism_stoplist():
            return
        ex = self.ex
        year, ysrc = ex._year((sent[0], m.end()), sent, m.start())
        for r in places:
            ex._add(rule, (m.start(), m.end()), sent, 0.6, type="ADOPTED", place=r.name, parent=r.parent,
                    place_code=r.code, mechanism=canonical_name(name), year=year, year_source=ysrc,
                    mode="首批试点" if first else "试点")

    def _occasion(self, sent) -> None:
        """以甲镇、乙街道…试点为契机: each place opening the occasion pilots the practice named after them."""
        ex = self.ex
        s, e, _ = sent
        if ex.text.find("试点", s, e) < 0:
            return
        for m in _OCCASION_PILOT.finditer(ex.text, s, e):
            at, items = m.start(1), []
            for r in ex._in(ex.places, m.start(1), m.end(1)):
                if r.start != at or not r.code:
                    break
                if items and items[-1].end == r.start:
                    items[-1] = r  # 宁波市镇海区: the run's last place
                else:
                    items.append(r)
                sep = re.match(r"[、和及与]", ex.text[r.end:r.end + 1])
                at = r.end + (1 if sep else 0)
                if not sep and not any(o.start == r.end for o in ex.places):
                    break
            if not items:
                continue
            # (以甲镇成功入选…试点为契机: the verb of selection is no part of the pilot's name)
            name, first = pilot_name(_SELECTED.sub("", ex.text[items[-1].end:m.end(1)]))
            subj = ex._clause_subject((s, m.start()), ex._sentence_subject(s, e), m.start())
            if len(items) == 1 and subj is not None and subj.code and items[0].code and ex._wider(items[0], subj):
                items = [subj]  # 成华区扎实抓好以四川省全面依法治区示范试点为牵引…: the province names the programme
            self._pilots("adopt.pilot.occasion", m, sent, items, name, first)

    def _sites(self, sent) -> None:
        """以甲区、乙县为试点，推行“A”“B”: each place listed pilots what the sentence adopts."""
        ex = self.ex
        s, e, _ = sent
        if ex.text.find("为试点", s, e) < 0 and ex.text.find("为首批试点", s, e) < 0:
            return
        for m in _SITES.finditer(ex.text, s, e):
            items = self._run_of_places(m.start(1), m.end(1))
            if not items:
                continue
            # (甲市推行A，同时以乙区为试点，探索B: 乙区 pilots B, not A, which the city adopted wholly)
            # (…为试点…，全市推行B: a clause opening on a place has its own actor; the sites' practices end there)
            stop = e
            for brk in re.finditer(r"[；;]|[，,]\s*", ex.text[m.end():e]):
                k = m.end() + brk.end()
                if brk.group(0) in "；;" or any(r.start == k for r in ex.places) \
                        or ex._whole_of_own_place(k, e) is not None:
                    stop = m.end() + brk.start()
                    break
            after = {mm.name for mm in ex.mechanisms if m.end() <= mm.start < stop}
            adopted = [f for f in ex.facts if f.type == "ADOPTED" and f.start is not None and s <= f.start < e
                       and f.mode != "试点" and f.mechanism and f.mechanism in after]
            seen = {(f.place_code, f.mechanism) for f in adopted}
            year, ysrc = ex._year((s, e), sent, m.start())
            for f in adopted:
                for r in items:
                    if (r.code, f.mechanism) in seen:
                        continue
                    seen.add((r.code, f.mechanism))
                    ex._add("adopt.pilot.sites", (m.start(), m.end()), sent, 0.6, type="ADOPTED", place=r.name,
                            parent=r.parent, place_code=r.code, mechanism=f.mechanism, year=f.year or year,
                            year_source=f.year_source if f.year else ysrc, mode="试点")

    def _short_named(self, listed: str, at: int, unit: str) -> list:
        """渔沟、下楼、娄庄三个镇: each short name with the level the list shares, a unit inside the article's place
        (the first may carry the words before it, 有一定执法经验的渔沟: its longest tail that is one); [] unless
        every item is."""
        from dataclasses import replace

        from .gazetteer import Gazetteer

        main = self.ex.info.main_place
        # (under the place named nearest before the list first, 南安市选择官桥、水头两个镇: 南安市's towns, not
        # those of the same name elsewhere in the article's city)
        near = next((r for r in reversed(self.ex.places) if r.end <= at and r.code), None)
        scopes = [r.code for r in (near, main) if r is not None and r.code]
        if not scopes:
            return []
        g = Gazetteer.default()
        # (乡镇, 镇街: each item is a town, a township or a street, whichever the place has)
        units = {"乡镇": ("镇", "乡"), "镇街": ("镇", "街道")}.get(unit, (unit,))
        out = []
        for k, item in enumerate(re.split(r"[、和及与]", listed)):
            tails = [item[i:] for i in range(len(item) - 1)] if k == 0 else [item]
            div = g.unit_named(tails, units, scopes)
            if div is None:
                return []
            # (a ref made like the place it lies in: the extractor's Ref, not imported here, which would close a
            # circle of imports)
            out.append(replace(near or main, start=at, end=at + len(item), name=div.name, code=div.code,
                               parent=g.parent_name(div.code), level=None))
            at += len(item) + 1
        return out

    def _run_of_places(self, a: int, b: int) -> list:
        """The places listed in text[a:b] (甲区、乙县和丙镇), each the last of its run (宁波市镇海区); an item
        that is not wholly a place (an abbreviation the gazetteer lacks, 部分乡镇) is passed over."""
        ex = self.ex
        refs = [r for r in ex._in(ex.places, a, b) if r.code]
        cuts = [a] + [k + 1 for k in range(a, b) if ex.text[k] in "、和及与"
                      and not any(r.start <= k < r.end for r in refs)] + [b + 1]
        items = []
        for lo, hi in zip(cuts, cuts[1:]):
            at = hi - 1  # (the separator after the segment left out)
            if at - lo < 2:
                continue
            run = [r for r in ex._in(ex.places, lo, at) if r.code]
            if run and run[0].start == lo and run[-1].end == at and \
                    all(x.end == y.start for x, y in zip(run, run[1:])):
                items.append(run[-1])
        return items

    def _antecedent(self, pos: int) -> str:
        """The pilot programme named in the text just before ``pos`` (印发《相对集中行政许可权试点工作方案》，
        …甲市被确定为国家级试点): its practice's name, or ''."""
        ex = self.ex
        lo = max(0, pos - 200)
        para = ex.text.rfind("\n", 0, pos)
        hits = list(_NAMED_PILOT.finditer(ex.text, max(lo, para + 1), pos))
        if not hits:
            return ""
        name, _ = pilot_name(hits[-1].group(1))
        return name

    def run(self) -> None:
        from .mechanisms import canonical_name

        ex = self.ex
        rx = _pattern()
        for sent in ex.info.sentences:
            s, e, _ = sent
            self._at_list(sent)
            self._occasion(sent)
            self._sites(sent)
            for m in rx.finditer(ex.text, s, e):
                name, first = pilot_name(m.group(2))
                if not name:
                    # 被确定为国家级试点: only the programme's level or batch — the pilot named just before
                    name = self._antecedent(m.start())
                if len(name) < 4 or len(name) > 24 or "的" in name or re.search(r"\d", name):
                    continue
                if name in lexicon.mechanism_stoplist():
                    # 确定为全省法治建设试点县: a word too wide for a practice names the pilot programme itself
                    name += "试点"
                # the clause of the selecting word: from the last clause break before it
                # (a colon opens a list of what each place did: 成绩单“晒”出：甲市…、乙市入选…试点市)
                a = max([s] + [x.end() for x in re.finditer(r"[，,；;：:]", ex.text[:m.start()]) if x.end() > s])
                # 泸县被省委确定为…: the selecting body after 被 is the agent; the place before it is selected
                chosen = _CHOSEN.search(ex.text, a, m.end(1))
                items = self._run_of_places(chosen.start(1), chosen.end(1)) if chosen else []
                if items:
                    # 选取甲区、乙区作为“…”试点: the places the verb picks are the pilots, not the clause's actor
                    self._pilots("adopt.pilot", m, sent, items, name, first)
                    continue
                bei = ex.text.rfind("被", a, m.start())
                upto = bei if bei > a and ex._in(ex.places, a, bei) else m.start()
                subj = ex._clause_subject((a, upto), ex._sentence_subject(s, e), upto)
                if subj is None or not subj.code:
                    continue
                year, ysrc = ex._year((a, m.end()), sent, m.start())
                for member in ex._list_members(subj, s, m.start()):
                    ex._add("adopt.pilot", (m.start(), m.end()), sent, 0.7, type="ADOPTED", place=member.name,
                            parent=member.parent, place_code=member.code, mechanism=canonical_name(name),
                            year=year, year_source=ysrc, mode="首批试点" if first else "试点")
