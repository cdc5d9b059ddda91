"""PROMOTED_BY: the promotion reader (decider for promotions; see issue 9 point 5).

Runs after the sentence rules over the whole article (`Promotions(ex).run()`, called from
relations.py) and adds facts through the extractor.

SCHEMA convention 4: a named body (not a newspaper) spreads a practice beyond where it came from.
The reader finds the ways a text says so, each an *event* with a cue, a body and a practice:

- spread: 被省司法厅在全省推广 / 获国家发改委在全国推广 / 市委依法治市办印发通知，在全市推广诸城“企安码”经验
- medium: the practice printed in the body's bulletin (被国办简报刊发, 入选中央依法治国办《…简报》)
- document: written into the body's document (被写入省委办…《…意见》)
- issue: a central body (or a province, for a practice of one of its places) puts out a document
  whose title, or the demand it makes (提出“…”), names the practice
- select: taken into the body's typical experiences or cases (入选广东省司法厅…典型经验做法); with
  入选/列为 it is also an honour (HONOURED of the holder, the list's title as award)
- lead: a central body's own push across the country (国务院持续推进“证照分离”改革), not a pilot
- list: a body's circulated list of typical experiences (国务院办公厅…通报…22项典型经验做法): each
  item's practice is promoted by the body and each item's place holds the list's title

The practice is a mechanism mention of the event's clause, or for an anaphor (该经验被…推广) the
practice just described.  肯定, 表扬, 批示, 点赞 and reports are not events; no body, no fact.  The
facts of the older sentence rules (rule promote.*) are superseded: this reader decides.

Cue words are data: loaders/data/promotion_cues.tsv.
"""
from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from . import lexicon
from .lexicon import holds_any
from ..dates import date_line
from .article import Mention, Ref, _scope_of, next_line, same_practice
from .award_grammar import clean_name, without_batch
from .bodies import find_bodies
from .gazetteer import Gazetteer

_BREAK = re.compile(r"[，,；;：:]")  # clause punctuation
_STOP = re.compile(r"[。！？!?\n]")
_TITLE = re.compile(r"《[^《》]*》")
_NAME_QUOTE = re.compile(r"“[^“”，,。；;！？\n]{0,16}”")


def _table() -> dict[str, tuple[str, ...]]:
    return lexicon.role_table("promotion_cues.tsv")


def cues(role: str) -> tuple[str, ...]:
    """The cue words of ``role`` in promotion_cues.tsv, longest first."""
    return _table().get(role, ())


def find_all(text: str, role: str) -> list[tuple[int, str]]:
    """Every cue of ``role`` in ``text``, leftmost-longest and not overlapping: (position, word)."""
    rx = _role_scanner(role)  # asked of every sentence by every event: the pattern looked up by role
    return [(m.start(), m.group(0)) for m in rx.finditer(text)] if rx is not None else []


@lru_cache(maxsize=1)
def _event_words() -> tuple[str, ...]:
    """The cue words of the sentence events Promotions.run reads (_spread … _lead), each starting at one."""
    return tuple(sorted({w for role in ("spread", "medium", "select", "document_verb", "issue", "lead", "title_print",
                                        "print_for_learning", "pushed")
                         for w in cues(role)}))


@lru_cache(maxsize=1)
def _printed_in() -> re.Pattern:
    """A bulletin's title right before the verb that prints in it (《每日要情》刊发)."""
    return re.compile(r"《[^《》]{2,20}》(?:专题|专刊)?(?:%s)" % _alt("title_print"))


# anaphors that point back to a way of working or an experience, whichever the text described last
_GENERIC_ANAPHOR = ("做法", "经验", "经验做法")
# 将/把 before the practice a body puts somewhere (将甲县“…”写进文件): the last one before the verb
_PUT = re.compile(r"[将把](?!来|要|会|在|于|近|被)(?!.*[将把])")


@lru_cache(maxsize=None)
def _role_scanner(role: str) -> re.Pattern | None:
    if role == "anaphor" and cues("anaphor_det"):
        # 这一诞生于甲市的基层探索, 该项改革: a determiner, what describes the practice, and the kind of thing it is
        ws = sorted(set(cues(role)), key=lambda w: (-len(w), w))
        # (not 该省的…, 该市的…: a place's own, read with the place)
        phrase = r"(?:%s)(?![省市县区州镇乡村旗]的)(?:[^，。；,;“”《》]{1,16}?的)?(?:基层|创新|改革)?(?:%s)" % (
            _alt("anaphor_det"), _alt("anaphor_noun"))
        return re.compile("|".join(map(re.escape, ws)) + "|" + phrase)
    return _scanner(tuple(cues(role)))


def _alt(role: str) -> str:
    """A regex alternation of the cue words of ``role``."""
    return "|".join(map(re.escape, cues(role)))


def _chars(role: str) -> str:
    """A regex character class body of the one-character cue words of ``role``."""
    return "".join(re.escape(w) for w in cues(role) if len(w) == 1)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    num = r"(?:\d+|[%s]+)" % _chars("numeral")
    return {
        "count": re.compile(r"%s\s*(?:%s)" % (num, _alt("count_unit"))),
        "edition": re.compile(r"(?:%s)%s(?:%s)" % (_alt("edition_prefix"), num, _alt("edition_unit"))),
        "year": re.compile(r"(?:19|20)\d{2}\s*(?:%s)" % _alt("year_suffix")),
        "joiner": re.compile(r"^(?:%s)$" % _alt("body_joiner")),
        "office": re.compile(r"[\u4e00-\u9fff]{2,16}?(?:%s)" % _alt("office_suffix")),
        "item_lead": re.compile(r"^[\s—\-－·•]*(?:\d+[.、．]|[（(][%s\d]+[)）]|[%s]+、)?\s*" % (
            _chars("numeral"), _chars("numeral"))),
        "conjunction": re.compile(r"\s*(?:%s)*\s*" % _alt("conjunction")),
        "time_lead": re.compile(r"\s*(?:\d+|%s)*\s*" % _alt("time_word")),
    }


def ends_with(text: str, role: str) -> str | None:
    return _longest(role).ending(text)


def starts_with(text: str, role: str) -> str | None:
    return _longest(role).at(text)


@lru_cache(maxsize=1)
def _deployed_over() -> re.Pattern:
    """在全省开展 before a practice: the area a body deploys it over, and the verb it is carried out by."""
    alt = lambda ws: "|".join(map(re.escape, ws))  # noqa: E731
    return re.compile(r"^在(?:%s)(?:%s)?" % (alt(lexicon.cues("scope")), alt(lexicon.cues("adopt"))))


@lru_cache(maxsize=None)
def _longest(role: str) -> lexicon.Longest:
    # cues() is longest first: the first cue a text starts (ends) with is its longest
    return lexicon.Longest(cues(role))


# events that spread a place's own practice: it runs in the text's place when no other place is named
_SPREAD_FROM_HOME = ("promote.spread", "promote.medium", "promote.select", "promote.document")


# the verbs a headline puts a practice in place with (…：打造“…”, 推行“…”): relation_cues.tsv, adopt
_HEADLINE_ADOPT = tuple(lexicon.cues("adopt"))

# a document's title that rolls a practice out over the issuing body's whole area (关于全省推行…, 在全市推广…)
_OVER_ITS_AREA = re.compile(r"(?:在)?全[国省区市县州盟旗](?:范围内)?(?:全面)?(?:%s)" % _alt("rollout_verb"))


# 根据…批示要求: the body acting on an instruction, which makes the spreading its own act again
@lru_cache(maxsize=1)
def _acting_on() -> re.Pattern:
    return re.compile(r"(?:%s)[^，。；]*(?:%s)" % (_alt("acting_on"), _alt("instruction")))


# 在省委政法委的大力推动下: a body's push under which a practice spread
@lru_cache(maxsize=1)
def _pushed_by_pattern() -> re.Pattern:
    return re.compile(r"在[^，。；,;在]{2,30}?(?P<de>的)(?:大力|积极|全力|有力)?(?:%s)" % _alt("pushed"))


class Promotions:
    def __init__(self, ex):
        self.ex = ex
        self.text = ex.text
        # quoted names blanked (a cue inside “发现—培育—推广”机制 acts on nothing); quoted speech stays
        self.masked = _NAME_QUOTE.sub(lambda q: "“" + "　" * (len(q.group(0)) - 2) + "”", ex.text)
        self.titles = [m.span() for m in _TITLE.finditer(ex.text)]
        self.found: dict[tuple[str, str], object] = {}
        self.origins: list = []  # promotions whose place the text gave (their practice runs there)
        self.home = ex.info.main_place or self._salient_place()
        self.bodies = ex.bodies
        if ex.info.main_place is None and self.home is not None:
            # 省政府, 市委 with no place named: the bodies of the place the article is about
            from .article import ArticleBase

            self.bodies = sorted(ex.bodies + ArticleBase._own_bodies(self.text, ex.bodies, ex.places, self.home),
                                 key=lambda r: r.start)

    def _salient_place(self) -> Ref | None:
        """The place named most often, for an article whose title and opening name none."""
        counts: dict[str, list[Ref]] = {}
        for r in self.ex.places:
            if r.code and not self.ex._inside_mention(r):
                counts.setdefault(r.code, []).append(r)
        if not counts:
            return None
        refs = max(counts.values(), key=len)
        return refs[0] if len(refs) >= 2 else None

    # -- the run ---------------------------------------------------------------------------------
    def run(self) -> None:
        ex = self.ex
        # this reader decides promotions: the sentence rules' guesses give way
        ex.facts = [f for f in ex.facts if f.type != "PROMOTED_BY"]
        listed = self._lists()
        events = _event_words()
        for i, sent in enumerate(ex.info.sentences):
            if i in listed:
                continue
            # each of these events reads its role's cue words and nothing else: a sentence holding none of
            # them (most) has none of these events (an event of another role goes outside this test)
            if holds_any(self.masked, sent[0], sent[1], events):
                self._spread(sent)
                self._medium(sent)
                self._printed_for_learning(sent)
                self._pushed_by(sent)
                self._select(sent)
                self._document(sent)
                self._issue(sent)
                self._lead(sent)
        self._circulated_cases()
        self._promoter_is_no_adopter()
        self._runs_where_it_came_from()

    def _circulated_cases(self) -> None:
        """A body's collection of typical cases or experiences circulated for others to learn (honour_lists.py
        reads its entries, rule honoured.cases): the body promotes each entry's practice (convention 4).  The
        body is the one heading the notice's title (福建省司法厅关于推广…的通知), else the one signing it (its
        name alone on a line before the date); none named, no promotion."""
        ex = self.ex
        entries = [f for f in ex.facts if f.rule == "honoured.cases" and f.start is not None]
        if not entries:
            return
        body = self._publisher()
        if body is None:
            return
        for f in entries:
            sent = ex._sentence_at(f.start)
            if sent is None:
                continue
            m = next((m for m in ex.mechanisms if sent[0] <= m.start < sent[1] and m.start >= f.end), None) \
                or next((m for m in ex.mechanisms if sent[0] <= m.start < sent[1]), None)
            if m is None or (m.name, body.name) in self.found:
                continue
            ex._add("promote.cases", (m.start, m.end), sent, 0.6, type="PROMOTED_BY", mechanism=m.name,
                    body=body.name, scope=_scope_of(body.place_name) if body.place_name else cues("central_scope")[0],
                    place=f.place, parent=f.parent, place_code=f.place_code, year=f.year, year_source=f.year_source)
            self.found[(m.name, body.name)] = ex.facts[-1]

    def _publisher(self) -> Ref | None:
        ex = self.ex
        title = ex.info.title or ""
        if title:
            lead = next((b for b in ex.bodies if b.start == 0 and b.end < len(title)), None)
            if lead is not None and title.startswith("关于", lead.end):
                return lead
        # the signature: a line that is one body's name, right before a date line
        for b in reversed(ex.bodies):
            le = self.text.find("\n", b.end)
            own_line = self.text.rfind("\n", 0, b.start) + 1 == b.start and \
                not self.text[b.end:le if le >= 0 else len(self.text)].strip()
            if own_line and date_line(next_line(self.text, b.end).strip()):
                return b
        return None

    def _runs_where_it_came_from(self) -> None:
        """A practice a body spreads from a place it names runs in that place (convention 1): the
        promotion's place adopted it, whether the text names the place or speaks of its own.  Not a
        circulated list's items (the annotations count them as cited, not adopted), nor what a body's
        own document or push spreads (国务院办公厅印发通知，在全国推行…) placed only by the text's place."""
        ex = self.ex
        have: dict[str, set[str]] = {}
        for f in ex.facts:
            if f.type in ("ADOPTED", "PIONEERED") and f.mechanism:
                have.setdefault(f.place_code, set()).add(f.mechanism)
        kept = {id(f) for f in ex.facts}
        for f in self.origins:
            if id(f) not in kept or not f.place_code:
                continue
            known = have.setdefault(f.place_code, set())
            # 六尺巷 promoted, 六尺巷工作法 adopted: one practice under a shorter name
            if any(same_practice(f.mechanism, n) for n in known):
                continue
            known.add(f.mechanism)
            ex.facts.append(dataclasses.replace(f, type="ADOPTED", rule="adopt.promoted", body=None, scope=None))

    def _promoter_is_no_adopter(self) -> None:
        """省委依法治省办…在全省推广宿迁市“企业合规”经验: the sentence rules read 推广 as the
        province adopting; a body that spreads a practice in a sentence does not adopt it there."""
        ex = self.ex
        g = Gazetteer.default()
        drop = set()
        for p in (f for f in ex.facts if f.type == "PROMOTED_BY" and f.start is not None):
            sent = ex._sentence_at(p.start)
            if sent is None:
                continue
            # the promoting body's own place, as the body reader resolves its canonical name
            where = next((b.place_code for b in find_bodies(p.body) if b.start == 0 and b.end == len(p.body)), None)
            for i, f in enumerate(ex.facts):
                if f.type != "ADOPTED" or f.mechanism != p.mechanism or f.start is None \
                        or not (sent[0] <= f.start < sent[1]) or f.place_code is None:
                    continue
                origin = p.place_code
                if (where and f.place_code == where and f.place_code != origin) or \
                        (origin and f.place_code != origin and g.is_ancestor(f.place_code, origin)):
                    drop.add(i)
        if drop:
            ex.facts = [f for i, f in enumerate(ex.facts) if i not in drop]

    # -- positions --------------------------------------------------------------------------------
    def _clause_start(self, pos: int, lo: int) -> int:
        starts = [m.end() for m in _BREAK.finditer(self.text, lo, pos)]
        return starts[-1] if starts else lo

    def _clause_end(self, pos: int, hi: int) -> int:
        m = _BREAK.search(self.text, pos, hi)
        return m.start() if m else hi

    def _in_title(self, pos: int) -> bool:
        return any(a < pos < b for a, b in self.titles)

    def _breaks(self, a: int, b: int) -> int:
        return len(_BREAK.findall(self.text[a:b]))

    # -- bodies ----------------------------------------------------------------------------------
    def _acting(self, b: Ref, lo: int) -> bool:
        """A body that acts: not an object (向/对/与…), not cited or obeyed (贯彻/根据…), not inside a
        quoted name."""
        ex = self.ex
        before = self.text[max(lo, b.start - 4):b.start]
        # (得到司法部推广: 到 of the agent word 得到 does not make the body an object)
        if ex._is_object(b, lo) and not ends_with(before, "agent") or starts_with(self.text[b.end:b.end + 4],
                                                                                  "person_after"):
            return False
        if ends_with(before, "cited_before") or any(w in before[-3:] for w in cues("cited_before")):
            return False
        if any(a < b.start < z for a, z in self.titles) or any(m.start <= b.start and b.end <= m.end
                                                                for m in ex.mechanisms):
            return False
        return True

    def _full(self, b: Ref) -> Ref:
        """国务院推进政府职能转变领导小组办公室: a central body's own office, named after its parent."""
        if b.place_code is not None:
            return b
        m = _patterns()["office"].match(self.text, b.end)
        if m is None:
            return b
        return Ref(b.start, m.end(), b.name + m.group(0), kind="Body")

    def _run_of(self, last: Ref, lo: int) -> list[Ref]:
        """The bodies named together ending with ``last`` (司法部、退役军人事务部)."""
        run = [last]
        for b in reversed([b for b in self.bodies if lo <= b.start and b.end <= last.start]):
            if _patterns()["joiner"].match(self.text[b.end:run[0].start]):
                run.insert(0, b)
            elif b.end <= run[0].start:
                break
        return run

    def _body_before(self, pos: int, lo: int, max_gap: int = 30, max_breaks: int = 1) -> list[Ref]:
        """The acting body run nearest before ``pos`` (within the sentence), or []."""
        cands = [b for b in self.bodies if lo <= b.start and b.end <= pos]
        for b in reversed(cands):
            gap = self.text[self._full(b).end:pos]
            if len(gap) > max_gap or self._breaks(b.end, pos) > max_breaks or _STOP.search(gap):
                return []
            run = self._run_of(b, lo)
            if not self._acting(run[0], lo):
                continue
            return [self._full(r) for r in run]
        return []

    def _sentence_body(self, s: int, pos: int) -> list[Ref]:
        """The body heading the sentence (成都市委依法治市办牵头抓总、…，复制推广“…”): it acts in every
        clause up to ``pos`` that no other actor heads."""
        ex = self.ex
        bodies = [b for b in self.bodies if s <= b.start and b.end <= pos]
        if not bodies or _STOP.search(self.text, s, pos):
            return []
        b = bodies[0]
        cs = self._clause_start(b.start, s)
        if b.start - cs > 2 or not self._acting(b, s):
            return []
        if cs > s and (ex._subject_in(s, cs) is not None or any(x.start < cs for x in self.bodies if x.start >= s)):
            return []
        run = self._run_of(b, s)
        for m in _BREAK.finditer(self.text, run[-1].end, pos):
            c = m.end()
            if ex._subject_in(c, min(c + 6, pos)) is not None or any(0 <= x.start - c <= 2 for x in bodies):
                return []
        return run

    def _bodies_between(self, a: int, b: int) -> list[Ref]:
        found = [r for r in self.bodies if a <= r.start and r.end <= b]
        found += [r for r in self._bare_bodies(a, b) if not any(x.start < r.end and r.start < x.end for x in found)]
        return sorted(found, key=lambda r: r.start)

    def _bare_bodies(self, a: int, b: int) -> list[Ref]:
        """省委办, 省政府 right after a verb (被写入省委办…): the bodies of the article's own place,
        which the body finder leaves out after a character it cannot read."""
        from .article import ArticleBase

        out = []
        for r in ArticleBase._own_bodies(self.text[a:b], [], [], self.home):
            if r.start == 0 or not ("\u4e00" <= self.text[a + r.start - 1] <= "\u9fff") or \
                    self.text[a + r.start - 1] in cues("verb_tail"):
                out.append(Ref(a + r.start, a + r.end, r.name, kind="Body", place_name=r.place_name,
                               place_code=r.place_code, place_parent=r.place_parent))
        return out

    # -- practices -------------------------------------------------------------------------------
    def _mentions(self, a: int, b: int) -> list[Mention]:
        """The practices named in [a, b): outermost mentions, not campaigns (主题活动); where the
        mention finder saw none, names it misses in nested or comma-split quotes (推广安徽‘六尺巷’…,
        “街道吹哨,部门报到”)."""
        ms = [m for m in self.ex.mechanisms if a <= m.start and m.end <= b + 1 and m.start < b]
        if not ms:
            ms = self._requoted(a, b)
        out = []
        for m in ms:
            if any(o is not m and o.start <= m.start and m.end <= o.end and (o.end - o.start) > (m.end - m.start)
                   for o in ms):
                continue  # 法治督察 inside “法治督察推动形成制度规范”
            after = self.text[m.end:m.end + 6]
            if after.startswith(lexicon.cues("campaign_after")):
                continue  # campaigns are not practices (convention 2)
            if starts_with(after, "medium"):
                continue  # 法治督察简报: the name of a bulletin
            if m.kind != "Mechanism":
                continue
            out.append(m)
        return out

    def _requoted(self, a: int, b: int) -> list[Mention]:
        from .mechanisms import find_mechanisms

        seg = self.text[a:b]
        if not re.search(r"[‘“]", seg):
            return []
        seg = seg.replace("‘", "“").replace("’", "”")
        seg = re.sub(r"“[^“”]{2,24}”", lambda q: q.group(0).replace(",", "、").replace("，", "、"), seg)
        return [Mention(a + m.start, a + m.end, m.name, m.source) for m in find_mechanisms(seg)]

    def _subject_practices(self, marker: int, lo: int, sent, loose: bool = True) -> list[tuple[str, Ref | None, int]]:
        """The practices of a passive event: named in the clause before its marker, else the one an
        anaphor there points back to; ``loose``: else an unquoted name heading the clause, else the
        practice the sentence opens with.  (name, origin place, position)."""
        a = self._clause_start(marker, lo)
        if _patterns()["conjunction"].fullmatch(self.text[a:marker]) and a - 1 > lo:
            a, marker = self._clause_start(a - 1, lo), a - 1  # …做法得到…肯定，并被…刊发: the clause before
        ms = self._mentions(a, marker)
        if ms:
            return [(m.name, self._origin(m), m.start) for m in ms]
        way = self._quoted_way(a, marker, sent)
        if way:
            return way
        # (the anaphor may open the clause before: 实行“…”，这一诞生于甲市的基层探索，三度被写入…)
        before = self._clause_start(a - 1, lo) if a - 1 > lo else a
        for c in dict.fromkeys((a, before, self._sentence_head(lo))):
            ana = find_all(self.masked[c:marker], "anaphor")
            # (西乌珠穆沁旗的做法被…推介: the place whose practice it is may stand before the anaphor; an
            # anaphor made with 的 needs that place, 其他地方的经验 points back to nothing)
            owned = bool(ana) and ana[0][0] > 0 and self._place_only(c, c + ana[0][0])
            if ana and ((ana[0][0] <= 4 and not ana[0][1].startswith("的")) or owned) \
                    and not re.search(r"[》”]", self.text[c:c + ana[0][0]]):
                ante = self._antecedent(sent, c, generic=ana[0][1].endswith(_GENERIC_ANAPHOR))
                if ante is not None and owned:
                    # 桐庐县的做法: of the places that adopted the practice, the one named with the anaphor
                    own = max((r for r in self.ex.places if c <= r.start and r.end <= c + ana[0][0]),
                              key=lambda r: r.end)
                    if any(f.type == "ADOPTED" and f.place == own.name and f.mechanism == ante[0]
                           for f in self.ex.facts):
                        ante = (ante[0], own, ante[2])
                return [ante] if ante is not None else []
        if not loose:
            return []
        named = self._subject_phrase(a, marker)
        if named:
            return [named]
        # the practice the sentence opens with (“街道吹哨,部门报到”这种新兴机制，起源于…，后经市委…推广)
        h = self._sentence_head(lo)
        ms = self._mentions(h, min(marker, h + 30)) if h < a else []
        if ms and ms[0].start - h <= 1:
            return [(ms[0].name, self._origin(ms[0]), ms[0].start)]
        return []

    def _place_only(self, a: int, b: int) -> bool:
        """Whether text[a:b] is a run of places and nothing else (湖州市德清县)."""
        pos = a + len(self.text[a:b]) - len(self.text[a:b].lstrip())
        for r in sorted(self.ex.places, key=lambda r: r.start):
            if r.start == pos and r.end <= b:
                pos = r.end
        return pos == b and b > a

    def _subject_phrase(self, a: int, b: int) -> tuple[str, Ref | None, int] | None:
        """An unquoted practice heading a passive event: 法官“一对一”指导调解做法(获…推广) → 法官一对一
        指导调解; a leading place is where it came from, leading verbs (创新打造) are dropped."""
        from .mechanisms import canonical_name

        ex = self.ex
        a += len(self.text[a:b]) - len(self.text[a:b].lstrip())
        origin = None
        for r in ex.places:
            if r.start == a and r.end <= b and r.code:
                origin, a = r, r.end
        while True:
            v = next((w for w in cues("coin") + lexicon.cues("adopt") if self.text.startswith(w, a)), None)
            if v is None or a + len(v) >= b:
                break
            a += len(v)
        seg = self.text[a:b].strip()
        if not ends_with(seg, "subject_head"):
            return None
        drop = ends_with(seg, "subject_drop")
        core = re.sub(r"[“”‘’\"]", "", seg[:-len(drop)] if drop else seg)
        if not (4 <= len(core) <= 20) or re.search(r"[，,。；《》]", core) or any(w in core for w in cues("modifier_mark")):
            return None
        if any(core.startswith(w) for w in lexicon.mechanism_stoplist() if len(w) >= 2):
            return None
        return canonical_name(core), origin, a

    def _sentence_head(self, s: int) -> int:
        """Where the sentence's subject starts: after a lead clause that is only a time (今年6月，)."""
        m = _BREAK.search(self.text, s, s + 12)
        if m and _patterns()["time_lead"].fullmatch(self.text[s:m.start()]):
            return m.end()
        return s

    def _object_practices(self, pos: int, hi: int) -> list[tuple[str, Ref | None, int]]:
        """The practices after an active verb, to the end of its clause (推广诸城“企安码”经验)."""
        b = self._clause_end(pos, hi)
        return [(m.name, self._origin(m), m.start) for m in self._mentions(pos, b)]

    def _origin(self, m: Mention) -> Ref | None:
        """Where a practice came from: a place right before its name (诸城“企安码”), else the place
        the article says adopted it."""
        ex = self.ex
        r = next((p for p in ex.places if 0 <= m.start - p.end <= 1 and p.code), None)
        if r is not None:
            return r
        return self._adopter(m.name, m.start)

    def _adopter(self, name: str, pos: int) -> Ref | None:
        """The place the article says adopted a practice: its pioneer, else one named as adopting it in
        the same sentence (not a body's own place there: that is the body acting), else the nearest
        adopter before, else after."""
        ex = self.ex
        facts = [f for f in ex.facts if f.type in ("ADOPTED", "PIONEERED") and f.mechanism == name and f.place_code]
        if not facts:
            return None
        here = ex._sentence_at(pos)
        inside = (lambda f: here is not None and f.start is not None and here[0] <= f.start < here[1])
        body_codes = {b.place_code for b in self.bodies if here and here[0] <= b.start < here[1]}
        pioneers = [f for f in facts if f.type == "PIONEERED" and not (inside(f) and f.place_code in body_codes)]
        same = [f for f in facts if inside(f) and f.place_code not in body_codes]
        before = [f for f in facts if not inside(f) and (f.start or 0) < pos]
        after = [f for f in facts if not inside(f) and (f.start or 0) >= pos]
        pick = (pioneers[:1] or same[:1] or before[-1:] or after[:1] or [None])[0]
        if pick is None:
            return None
        return Ref(pos, pos, pick.place, pick.place_code, pick.parent)

    def _any_adopter(self, name: str, pos: int) -> Ref | None:
        """For the fact's place field: the pioneer of the practice, else its nearest adopter before."""
        facts = [f for f in self.ex.facts if f.type in ("ADOPTED", "PIONEERED") and f.mechanism == name and f.place_code]
        facts.sort(key=lambda f: (f.type != "PIONEERED", (f.start or 0) >= pos, abs((f.start or 0) - pos)))
        if not facts:
            return None
        return Ref(pos, pos, facts[0].place, facts[0].place_code, facts[0].parent)

    def _antecedent(self, sent, upto: int, generic: bool = False) -> tuple[str, Ref | None, int] | None:
        """The practice an anaphor points back to: one coined earlier in its sentence (创设“老兵调解”
        工作模式，…，经验做法被…推广), else the first the nearest earlier sentence of this paragraph or
        the one before describes as adopted."""
        ex = self.ex
        s, e, para = sent
        adopted = {f.mechanism for f in ex.facts if f.type in ("ADOPTED", "PIONEERED") and f.mechanism}
        here = self._mentions(s, upto)
        coined = [m for m in here if m.name in adopted or self._coined(m, s)]
        if coined:
            m = self._brand_of(coined, coined[-1])
            return m.name, self._origin(m) or ex._sentence_subject(s, e), m.start
        for ps, pe, pp in sorted((x for x in ex.info.sentences if x[1] <= s and para - x[2] <= 1), reverse=True):
            ms = [m for m in self._mentions(ps, pe) if m.name in adopted or self._coined(m, ps)]
            ana = find_all(self.masked[ps:pe], "anaphor")
            if ms and ana and ana[0][0] < ms[0].start - ps:
                continue  # 该改革打破…，通过“一张图”…: it elaborates the practice named before it
            if ms:
                return ms[0].name, self._origin(ms[0]) or ex._sentence_subject(ps, pe), ms[0].start
        # further back, a text about one practice: the only one adopted before the anaphor (甲市推行“…”。…。
        # 该做法被…简报刊发, paragraphs later); only a way of working or an experience, not 这项改革, which may
        # point back to a reform the text named without the extractor reading it as a practice
        if not generic:
            return None
        before = [f for f in ex.facts if f.type in ("ADOPTED", "PIONEERED") and f.mechanism
                  and f.start is not None and f.start < s]
        if len({f.mechanism for f in before}) == 1:
            return before[0].mechanism, self._adopter(before[0].mechanism, before[0].start), before[0].start
        return None

    def _coined(self, m: Mention, lo: int) -> bool:
        a = self._clause_start(m.start, lo)
        return any(m.start - (a + i + len(w)) <= 8 for i, w in find_all(self.masked[a:m.start], "coin"))

    @staticmethod
    def _brand_of(ms: list[Mention], m: Mention) -> Mention:
        """“三书同达”说理式执法: a known class right after a quoted brand names the brand's kind; the
        brand is the practice."""
        i = ms.index(m)
        if m.source == "lexicon" and i > 0 and ms[i - 1].source == "quote" and m.start - ms[i - 1].end <= 1:
            return ms[i - 1]
        return m

    # -- deciding and adding ---------------------------------------------------------------------
    def _own_ground(self, body: Ref, origin: Ref | None) -> bool:
        """A body pushing a practice of its own place (or of a place above it) adopts it; a county's
        bureau pushing an unplaced practice in its county does too."""
        if not body.place_code:
            return False
        from .gazetteer import Gazetteer

        g = Gazetteer.default()
        if origin is not None and origin.code:
            return origin.code == body.place_code or g.is_ancestor(origin.code, body.place_code)
        d = g.get(body.place_code)
        return d is not None and d.level >= 3

    def _body_for(self, body: Ref, origin: Ref | None) -> Ref:
        """市委依法治市办 read as the article's own county-level city, promoting a practice of a sibling
        place: the 市 is the city above both (潍坊, not 寿光)."""
        if not (body.place_code and origin is not None and origin.code):
            return body
        from .bodies import official_organ
        from .gazetteer import Gazetteer

        g = Gazetteer.default()
        surface = self.text[body.start:body.end]
        level = surface[:1]
        if level not in cues("level_word") or g.is_ancestor(body.place_code, origin.code) or body.place_code == origin.code:
            return body
        up = next((u for u in g.ancestors(origin.code) if u.name.endswith(level) and u.level <= 3), None)
        if up is None or up.code == body.place_code:
            return body
        return Ref(body.start, body.end, up.name + official_organ(surface[1:]), kind="Body", place_name=up.name,
                   place_code=up.code, place_parent=g.parent_name(up.code))

    def _scope(self, a: int, b: int, body: Ref) -> str | None:
        stext = self.text[a:b]
        hit = next((w for w in lexicon.cues("scope") if w in stext), None)
        if hit is None and body.place_code is None:
            return cues("central_scope")[0]
        if hit is None and body.place_name:
            return _scope_of(body.place_name)
        return hit

    def _emit(self, rule: str, name: str, origin: Ref | None, bodies: list[Ref], sent, span: tuple[int, int],
              cue_at: int, conf: float = 0.6, own_area: bool = False) -> bool:
        ex = self.ex
        s, e, _ = sent
        added = False
        for body in bodies:
            body = self._body_for(body, origin)
            if self._own_ground(body, origin):
                continue
            key = (name, body.name)
            if key in self.found:
                continue
            place = origin or self._any_adopter(name, cue_at)
            if own_area and place is not None and self._own_ground(body, place):
                place = None  # 江苏省政府办公厅《关于全省推行…》 and 江苏省推行…: the body's area adopts, it is no origin
            from_place = place is not None  # not the text's own place taken for want of one
            if place is None and self.home is not None and self.home.code != body.place_code:
                place = self.home
            clause = (self._clause_start(cue_at, s), self._clause_end(cue_at, e))
            year, ysrc = ex._year(clause, sent, cue_at)
            lo, hi = min(span[0], body.start), max(span[1], body.end)
            ex._add(rule, (lo, hi), sent, conf, type="PROMOTED_BY", mechanism=name, body=body.name,
                    scope=self._scope(min(body.start, cue_at), e, body),
                    place=place.name if place else None, place_code=place.code if place else None,
                    year=year, year_source=ysrc)
            self.found[key] = ex.facts[-1]
            # a body's own push (issue, lead) or its circulated list names no practice of the text's place
            if from_place or rule.startswith(_SPREAD_FROM_HOME):
                self.origins.append(ex.facts[-1])
            added = True
        return added

    # -- events ----------------------------------------------------------------------------------
    def _spread(self, sent) -> None:
        """推广/推介 by a body: passive (…被<body>…推广) or active (<body>…推广<practice>)."""
        s, e, _ = sent
        for i, w in find_all(self.masked[s:e], "spread"):
            p = s + i
            if self._in_title(p):
                continue
            if ends_with(self.text[max(s, p - 6):p], "not_before") or starts_with(self.text[p + len(w):p + len(w) + 4],
                                                                                 "not_after"):
                continue
            run = self._body_before(p, s) or self._sentence_body(s, p)
            if not run:
                continue
            gap = self.text[run[-1].end:p]
            if any(w in gap for w in cues("instruction")) and not _acting_on().search(gap):
                continue  # …在民政部的报告上作出批示，要求推广…: a leader's instruction, not the body's act (convention 4)
            marker = self._agent_before(run[0], s)
            if marker is not None:
                practices = self._subject_practices(marker, s, sent)
            else:
                practices = self._object_practices(p + len(w), e)
                label = re.match(r"\s*[丨|｜：:]\s*", self.text[p + len(w):e])
                if not practices and label:
                    # 司法部推介丨甲县：打造“…”: a column's label, the practice the headline after it says the place
                    # puts in place (a verb of adoption right before it), not every name it cites (传承“枫桥经验”)
                    practices = [(m.name, self._origin(m), m.start) for m in self._mentions(p + len(w) + label.end(), e)
                                 if self.text[max(p, m.start - 4):m.start].endswith(_HEADLINE_ADOPT)]
                if not practices:
                    practices = [(m.name, self._origin(m), m.start) for m in self._mentions(run[-1].end, p)]
                if not practices:
                    practices = self._place_practice(p + len(w), e)
                if not practices:
                    practices = self._named_before(p + len(w), e)
                if not practices and (find_all(self.masked[run[-1].end:p], "anaphor")
                                      or find_all(self.masked[run[-1].end:p], "pronoun")):
                    ante = self._antecedent(sent, run[-1].end)  # 省司法厅将其作为典型案例在全省推广
                    practices = [ante] if ante else []
                if not practices:
                    practices = self._subject_practices(run[0].start, s, sent)
            for name, origin, at in practices:
                self._emit("promote.spread." + w, name, origin, run, sent, (min(at, p), p + len(w)), p)

    def _place_practice(self, pos: int, hi: int) -> list[tuple[str, Ref | None, int]]:
        """总结推广甲市的做法: a place and a word for its practice right after the verb — the practice the
        article says that place pioneered, else the first it says the place adopted."""
        place = next((r for r in self.ex.places if r.start == pos and r.code), None)
        if place is None:
            return []
        rest = self.text[place.end:hi]
        rest = rest[1:] if rest.startswith("的") else rest
        if starts_with(rest, "place_practice") is None:
            return []
        facts = sorted((f for f in self.ex.facts if f.type in ("ADOPTED", "PIONEERED") and f.mechanism
                        and f.place_code == place.code), key=lambda f: (f.type != "PIONEERED", f.start or 0))
        return [(facts[0].mechanism, place, pos)] if facts else []

    def _quoted_way(self, a: int, b: int, sent) -> list[tuple[str, Ref | None, int]]:
        """“上海做法”被国务院向全国复制推广: a place's way quoted as its own stands for the practice the text says
        the place (or a place inside it) pioneered, else the one it put in place nearest before the quote, in the
        sentence's paragraph or the sentence before."""
        g = Gazetteer.default()
        for q in re.finditer(r"“([^“”]{2,8})”", self.text[a:b]):
            start = a + q.start(1)
            place = next((r for r in self.ex.places if r.start == start and r.code), None)
            word = starts_with(self.text[place.end:a + q.end(1)], "place_practice") if place is not None else None
            if word is None or place.end + len(word) != a + q.end(1):
                continue
            s, _, para = sent
            sentences = self.ex.info.sentences
            i = next((k for k, t in enumerate(sentences) if t[0] == s), 0)
            paragraphs = self.ex.info.paragraphs
            # (the first sentence's: from the text's start, the title before it)
            lo = min(sentences[i - 1][0] if i > 0 else 0, paragraphs[para][0] if para < len(paragraphs) else s)
            ours = [f for f in self.ex.facts if f.type in ("ADOPTED", "PIONEERED") and f.mechanism and f.place_code
                    and f.start is not None and f.start < start
                    and (f.place_code == place.code or g.is_ancestor(place.code, f.place_code))]
            # what the place pioneered, anywhere before; else what it put in place nearest before, in the
            # paragraph or the sentence before, a brand of its own (quoted) before a national policy
            firsts = [f for f in ours if f.type == "PIONEERED"]
            near = firsts or [f for f in ours if f.start >= lo]
            if near:
                f = max(near, key=lambda f: (f.type == "PIONEERED", ".quote" in (f.rule or ""), f.start))
                return [(f.mechanism, place, start)]
        return []

    def _named_before(self, pos: int, hi: int) -> list[tuple[str, Ref | None, int]]:
        """2009年中央要求在全国推广社会稳定风险评估: right after the verb, unquoted, the name of a practice the
        article already says a place put in place (its pioneer, else its first adopter)."""
        rest = self.text[pos:hi]
        names = sorted({f.mechanism for f in self.ex.facts if f.type in ("ADOPTED", "PIONEERED") and f.mechanism
                        and len(f.mechanism) >= 4 and (f.start or 0) < pos}, key=len, reverse=True)
        name = next((n for n in names if rest.startswith(n)), None)
        if name:
            return [(name, self._any_adopter(name, pos), pos)]
        # (…率先出台《重大工程项目社会稳定风险评估预测化解机制》…，中央要求在全国推广社会稳定风险评估: the whole
        # clause after the verb names the core of a practice named before)
        phrase = re.split(r"[，,。；;：:！!？?“”《》（(]", rest, maxsplit=1)[0]
        within = next((n for n in names if 4 <= len(phrase) < len(n) and phrase in n), None)
        return [(phrase, self._any_adopter(within, pos), pos)] if within else []

    def _agent_before(self, body: Ref, lo: int) -> int | None:
        """Where the agent word before a body starts (被/获/经 …), if there is one."""
        before = self.text[max(lo, body.start - 4):body.start]
        w = ends_with(before, "agent")
        asp = ends_with(before, "aspect")
        if w is None and asp:
            w = ends_with(before[:-len(asp)], "select")
            return body.start - len(w) - len(asp) if w else None
        w = w or ends_with(before, "select")
        return body.start - len(w) if w else None

    def _medium(self, sent) -> None:
        """The practice printed in a body's bulletin: …被国办简报刊发 / 入选中央依法治国办《…简报》."""
        s, e, _ = sent
        for i, w in find_all(self.masked[s:e], "medium"):
            p = s + i
            after = self.text[p + len(w):p + len(w) + 8]
            if starts_with(after, "not_medium_after"):
                continue
            run = self._body_before(p, s, max_gap=14, max_breaks=0) or self._titled_department(p, s)
            if not run:
                continue
            marker = self._agent_before(run[0], s)
            before = self.text[max(s, run[0].start - 4):run[0].start]
            asp = ends_with(before, "aspect")
            sel = ends_with(before[:-len(asp)] if asp else before, "select")
            if marker is None and sel:
                marker = self.text.rfind(sel, s, run[0].start)
            printed = any(c in after for c in cues("print")) or find_all(self.text[p:e], "learn")
            if marker is None and not sel:
                # 省司法厅专刊刊发甲县“…”做法: the body's bulletin prints, actively, the practice named after it
                verb = starts_with(after, "print")
                if verb is not None:
                    k = p + len(w) + len(verb)
                    for name, origin, at in self._object_practices(k, e):
                        self._emit("promote.medium." + w, name, origin, run, sent, (run[0].start, at + len(name)), p)
                continue
            if marker is None or not (printed or sel):
                continue
            for name, origin, at in self._subject_practices(marker, s, sent):
                self._emit("promote.medium." + w, name, origin, run, sent, (at, p + len(w)), p)
        if "《" not in self.text[s:e]:
            return
        for t in _printed_in().finditer(self.text, s, e):
            # 省委办公厅《每日要情》刊发甲县“…”做法: the body's own bulletin, by its title, prints the practice
            run = self._body_before(t.start(), s, max_gap=0, max_breaks=0)
            if run:
                marker = self._agent_before(run[0], s)
                if marker is None and self.text[run[0].start - 1:run[0].start] == "在" and run[0].start - 1 > s:
                    marker = run[0].start - 1  # 甲县“…”经验在司法部《…简报》刊发: printed in it, named before
                if marker is not None:
                    # 甲县“…”做法被省委办公厅《每日要情》刊发: the practice named before 被 is printed
                    for name, origin, at in self._subject_practices(marker, s, sent):
                        self._emit("promote.medium.title", name, origin, run, sent, (at, t.end()), t.start())
                    continue
                for name, origin, at in self._object_practices(t.end(), e):
                    self._emit("promote.medium.title", name, origin, run, sent, (run[0].start, at + len(name)), t.start())

    def _printed_for_learning(self, sent) -> None:
        """省司法厅专题刊发甲县“…”做法，供各地学习借鉴 / 甲县“…”做法被省司法厅刊发，供各地学习: a body prints the
        practice, no bulletin named, and the sentence says what for (convention 4). With a bulletin named,
        _medium reads it."""
        s, e, _ = sent
        for i, w in find_all(self.masked[s:e], "print_for_learning"):
            p = s + i
            if self._in_title(p) or find_all(self.text[max(s, p - 8):p], "medium") \
                    or not find_all(self.text[p + len(w):e], "learn"):
                continue
            run = self._body_before(p, s, max_gap=4, max_breaks=0)
            if not run:
                continue
            marker = self._agent_before(run[0], s)
            if marker is not None:
                practices = self._subject_practices(marker, s, sent)  # …做法被省司法厅刊发
            else:
                practices = self._object_practices(p + len(w), e)  # 省司法厅刊发甲县“…”做法
            for name, origin, at in practices:
                self._emit("promote.printed." + w, name, origin, run, sent, (min(at, run[0].start), p + len(w)), p)

    def _pushed_by(self, sent) -> None:
        """…“莎姐”品牌，并在重庆市委政法委的大力推动下，成为全市…品牌: the body under whose push the practice
        named before spread (convention 4)."""
        s, e, _ = sent
        for m in _pushed_by_pattern().finditer(self.text, s, e):
            run = [b for b in self.bodies if m.start() < b.start and b.end <= m.start("de")]
            if not run or run[0].start - m.start() > 2 or m.start("de") - run[-1].end > 0:
                continue
            for name, origin, at in self._subject_practices(m.start(), s, sent):
                self._emit("promote.pushed", name, origin, run, sent, (at, m.end()), m.start())

    def _titled_department(self, p: int, s: int) -> list[Ref]:
        """被《司法厅工作简报》专刊转发: a bulletin named after a provincial department (…厅) with no place is
        the article's province's."""
        open_at = self.text.rfind("《", s, p)
        if open_at < 0 or "》" in self.text[open_at:p] or p - open_at > 14:
            return []
        m = re.match(r"《([\u4e00-\u9fff]{1,8}?厅)", self.text[open_at:p])
        if m is None:
            return []
        from .article import ArticleBase

        found = ArticleBase._own_bodies("省" + m.group(1), [], [], self.home)
        if not found:
            return []
        r = found[0]
        return [Ref(open_at, open_at + 1 + len(m.group(1)), r.name, kind="Body", place_name=r.place_name,
                    place_code=r.place_code, place_parent=r.place_parent)]

    def _select(self, sent) -> None:
        """Taken into a body's typical experiences or cases: 入选<body>…典型经验做法 /
        被<body>作为典型案例; with a title-conferring verb also the holder's honour."""
        s, e, _ = sent
        for i, w in find_all(self.masked[s:e], "select"):
            p = s + i
            stop = _STOP.search(self.text, p, e)
            hi = min(stop.start() if stop else e, p + 50)
            typ = find_all(self.text[p:hi], "typical")
            if not typ:
                continue
            q = p + typ[0][0]
            q_end = q + len(typ[0][1])
            if self._breaks(p, q) > 0:
                continue
            after_body = self._bodies_between(p + len(w), q)
            if after_body:
                run = self._run_of(after_body[-1], p)
                run = [b for b in run if b.start >= p] or [after_body[0]]
                marker = p
            else:
                run = self._body_before(p, s, max_gap=16, max_breaks=0)
                marker = self._agent_before(run[0], s) if run else None
                if marker is None:
                    continue
            practices = self._subject_practices(marker, s, sent)
            for name, origin, at in practices:
                self._emit("promote.select." + w, name, origin, run, sent, (at, q_end), p)
            if w in cues("select_title") and after_body:
                self._honour(sent, marker, run[-1], q_end, practices)
            elif not after_body and run and find_all(self.text[q_end:hi + 10], "circulate"):
                # 被中央依法治国办作为典型案例向全国通报推广: a body's typical case circulated for others to
                # learn gives the holder that title as well (convention 4)
                body = run[-1]
                self._honour(sent, marker, body, q_end, practices,
                             award=self.text[body.start:body.end] + typ[0][1])

    def _honour(self, sent, marker: int, body: Ref, b: int, practices, award: str | None = None) -> None:
        """入选<body><title>: the holder (the practice's place, else the clause's subject) holds the title;
        a bare 典型案例 is the body's (司法部典型案例). ``award``: the title when the text says it otherwise."""
        ex = self.ex
        s, e, _ = sent
        award = award if award is not None else self.text[body.end:b]
        cut = max([award.rfind(w) + len(w) for w in cues("modifier_mark") if w in award] + [0])
        award = award[cut:].strip("“”《》")  # 编发的法治建设典型经验
        award = clean_name(award)[0] if len(award) > 6 else award  # 第一批…典型案例: the batch is no part of it
        if award in cues("typical"):
            award = self.text[body.start:body.end] + award
        award = _patterns()["count"].sub("", award)
        for w in cues("title_drop"):
            award = award.replace(w, "")
        if len(award) < 4:
            return
        holder = next((o for _, o, _ in practices if o is not None), None)
        if holder is None:
            holder = ex._clause_subject((self._clause_start(marker, s), marker), None, marker)
        if holder is None:
            return
        if any(f.type == "HONOURED" and f.start is not None and f.start < e and s < (f.end or f.start)
               and (award in without_batch(f.award or "") or (f.award or "") in award) for f in ex.facts):
            return  # read by the honour rules already (自然资源部第一批典型案例)
        year, ysrc = ex._year((self._clause_start(marker, s), b), sent, marker)
        ex._add("honoured.promotion", (marker, b), sent, 0.6, type="HONOURED", holder=holder.name, award=award,
                place=holder.name, parent=holder.parent, place_code=holder.code, year=year, year_source=ysrc)

    def _document(self, sent) -> None:
        """Written into a body's document: …被写入省委办【2019】46号《…意见》."""
        s, e, _ = sent
        for i, w in find_all(self.masked[s:e], "document_verb"):
            p = s + i
            a = p + len(w)
            hi = min(self._clause_end(a, e), a + 40)
            run = self._bodies_between(a, hi)
            run = [b for b in run if b.start - a <= 4]
            marker = p
            if not run:
                # the agent before the verb (该经验被省委、省政府写入文件): the body wrote it into its own
                run = [b for b in self._body_before(p, s, max_gap=2) if b.end <= p]
                marker = self._agent_before(run[0], s) if run else None
                if marker is None:
                    # 民政部将甲县“…”写进文件: the body that puts the practice (将/把) into its own document
                    put = _PUT.search(self.text, s, p)
                    run = [b for b in self._body_before(put.start(), s, max_gap=2)
                           if b.end <= put.start()] if put else []
                    if not run or re.search(r"[，,；;。]", self.text[put.end():p]) \
                            or re.search(r"将|拟|要|准备|计划", self.text[run[-1].end:put.start()]):
                        continue  # (民政部将把…, 拟将…写入: a plan, not done)
                    marker = p
                rest = self.text[a:hi]
            else:
                rest = self.text[run[-1].end:hi]
            # 写入省政府工作报告: recorded as an achievement, not directed to others; but a central body's report
            # (写入国务院政府工作报告) commends the practice to the whole country
            central = not any(b.place_code for b in run)
            reported = any(d in rest for d in cues("not_document"))
            if "《" not in rest and not any(d in rest for d in cues("document")) and not (central and reported):
                continue
            if reported and not central:
                continue
            # what is written into a document is named (or pointed back to) right before the verb
            for name, origin, at in self._subject_practices(marker, s, sent, loose=False):
                self._emit("promote.document." + w, name, origin, run, sent, (at, max(run[-1].end, a)), p)

    def _issue(self, sent) -> None:
        """A body puts out a document naming the practice in its title (下发《关于全面推行“综合查一次”
        制度的指导意见》) or in what it demands (印发《…》，提出“…法律明白人”)."""
        s, e, _ = sent
        for i, w in find_all(self.masked[s:e], "issue"):
            p = s + i
            if self._in_title(p):
                continue
            run = self._body_before(p, s, max_gap=40, max_breaks=1)
            if not run:
                continue
            title = _TITLE.search(self.text, p + len(w), e)
            if title is None or title.start() - (p + len(w)) > 3:
                continue
            names = [(m.name, m, m.start) for m in self._mentions(title.start(), title.end())]
            dem = re.match(r"^[，,]?\s*(%s)[^“”。；]{0,6}“" % "|".join(map(re.escape, cues("demand"))),
                           self.text[title.end():e])
            if dem:
                q0 = title.end() + dem.end() - 1
                q1 = self.text.find("”", q0 + 1, e)
                if q1 > 0:
                    names += [(m.name, m, m.start) for m in self.ex.mechanisms
                              if q0 <= m.start and m.end <= q1 + 1]
            title_text = self.text[title.start():title.end()]
            spreads = any(w in title_text for w in cues("issue_spread"))
            if not spreads and any(w in title_text for w in cues("issue_pilot")):
                # 《关于开展…示范试点…的通知》: the body launches a pilot for the places it will pick; nothing
                # spreads yet, and the body's own place does not adopt the programme by launching it
                launched = {n for n, _, _ in names}
                where = {b.place_code for b in run if b.place_code}
                self.ex.facts = [f for f in self.ex.facts if not (
                    f.type == "ADOPTED" and f.mechanism in launched and f.place_code in where
                    and f.start is not None and s <= f.start < e)]
                continue
            if spreads and not names and self._spreads_a_places_experience(title, run, sent, p, w):
                continue
            # a practice the article says a place pioneered, named in a higher body's document (《关于建立
            # 健全村务监督委员会的指导意见》 after 后陈村首创村务监督委员会): the first place's practice spread
            pioneered = {f.mechanism: f for f in self.ex.facts if f.type == "PIONEERED" and f.mechanism
                         and f.place_code and (f.start or 0) < p}
            taken = {n for n, _, _ in names}
            for name, f in pioneered.items():
                at = title_text.find(name)
                if at >= 0 and name not in taken and len(name) >= 4:
                    origin = Ref(f.start or p, f.start or p, f.place, f.place_code, f.parent)
                    bodies = [b for b in run if b.place_code is None or (origin.code != b.place_code and self._above(b, origin))]
                    self._emit("promote.issue." + w, name, origin, bodies, sent, (title.start() + at, p), p)
            for name, m, at in names:
                origin = self._origin(m)
                # a central document about a practice it does not quote (《关于加强行政执法协调监督工作体系
                # 建设的意见》) is national policy, not a local practice spread: it has to quote it or say 推广
                in_title = title.start() <= m.start < title.end()
                first = name in pioneered
                bodies = [b for b in run if (b.place_code is None and (spreads or first or m.source != "lexicon"
                                                                       or not in_title))
                          or (origin is not None and origin.code != b.place_code and self._above(b, origin))]
                if not bodies and spreads and in_title and _OVER_ITS_AREA.search(title_text):
                    # 省政府办公厅印发《关于全省推行不见面审批改革实施方案》: the body rolls the practice out over its
                    # whole area (convention 4), wherever it came from, which the title does not say
                    bodies, origin = [b for b in run if b.place_code], None
                    lead = _OVER_ITS_AREA.match(name)
                    if lead is not None and len(name) - lead.end() >= 3:
                        from .mechanisms import canonical_name
                        name = canonical_name(name[lead.end():])  # 全省推行不见面审批改革 → 不见面审批
                    # (the body's own area adopting it is where it goes, not where it came from)
                    self._emit("promote.issue." + w, name, None, bodies, sent, (at, p), p, own_area=True)
                    continue
                self._emit("promote.issue." + w, name, origin, bodies, sent, (at, p), p)

    def _spreads_a_places_experience(self, title, run: list[Ref], sent, p: int, w: str) -> bool:
        """国家发展改革委印发《…关于推广借鉴上海浦东新区有关创新举措和经验做法的通知》, then the practices: a body's
        notice circulating a place's experiences spreads each practice the article goes on to say the place put
        in place, and the place holds the circulated collection (convention 4)."""
        t = self.text[title.start():title.end()]
        if not find_all(t, "place_practice"):
            return False
        place = next((r for r in self.ex.places if title.start() <= r.start < title.end() and r.code), None)
        if place is None:
            return False
        place = self.ex._most_specific(place)  # 上海浦东新区: the last of the places written together
        bodies = [b for b in run if b.place_code is None or (b.place_code != place.code and self._above(b, place))]
        if not bodies:
            return False
        practices = [f for f in self.ex.facts if f.type == "ADOPTED" and f.place_code == place.code and f.mechanism
                     and (f.start or 0) >= title.end()]
        for f in practices:
            self._emit("promote.issue." + w, f.mechanism, place, bodies, sent, (title.start(), p), p)
        if practices:
            m = re.match(r"《(?:[^《》]*?关于)?([^《》]{6,60}?)的(?:通知|通报|意见)》", t)
            if m:
                self._honour(sent, p, bodies[0], title.end(), [(None, place, title.start())], award=m.group(1))
        return bool(practices)

    def _above(self, body: Ref, origin: Ref) -> bool:
        """A province's body, or a body of a place the origin lies in (抚州市委 over 崇仁县): its document
        spreads the practice over its own area, beyond where it came from."""
        from .gazetteer import Gazetteer

        if self._province(body):
            return True
        return bool(body.place_code and origin.code) and Gazetteer.default().is_ancestor(body.place_code, origin.code)

    @staticmethod
    def _province(body: Ref) -> bool:
        from .gazetteer import Gazetteer

        d = Gazetteer.default().get(body.place_code) if body.place_code else None
        return d is not None and d.level == 1

    def _lead(self, sent) -> None:
        """A central body pushing a practice across the country (国务院持续推进“证照分离”改革); a pilot
        it organises is not spread yet."""
        s, e, _ = sent
        for i, w in find_all(self.masked[s:e], "lead"):
            p = s + i
            if self._in_title(p):
                continue
            run = self._body_before(p, s, max_gap=12, max_breaks=0) or [
                b for b in self._body_before(p, s, max_gap=20, max_breaks=1) if b.place_code is None
                or find_all(self.text[b.end:p], "issue")]  # 省委、省政府出台意见，部署…: by its document
            if not run:
                continue
            end = self._clause_end(p, e)
            ms = self._mentions(p + len(w), end)
            # 部署在全省开展“…”: the area it is deployed over may stand between the verb and the practice
            gap = _deployed_over().sub("", self.text[p + len(w):ms[0].start]) if ms else ""
            if not ms or len(gap) > 6:
                continue
            if find_all(self.text[p:end], "pilot"):
                continue
            m = ms[0]
            origin = self._origin(m)
            if any(b.place_code for b in run) and origin is None:
                continue  # a local body pushing a practice of no stated origin runs it on its own ground
            self._emit("promote.lead." + w, m.name, origin, run, sent, (run[0].start, m.end), p, 0.5)

    # -- lists of typical experiences ------------------------------------------------------------
    def _lists(self) -> set[int]:
        """A body's circulated list of typical experiences, item by item; returns the sentences read."""
        ex = self.ex
        sents = ex.info.sentences
        used: set[int] = set()
        intro, items, misses = None, [], 0
        for i, sent in enumerate(sents):
            head = self._list_intro(sent)
            if head is not None and not items:
                intro, misses = head, 0
                continue
            if intro is None:
                continue
            got = self._list_items(sent)
            if got:
                items += got
                used.add(i)
                misses = 0
                continue
            misses += 1
            if misses > (1 if items else 4):
                if items:
                    self._emit_list(intro, items)
                intro, items, misses = None, [], 0
        if intro is not None and items:
            self._emit_list(intro, items)
        return used

    def _list_intro(self, sent):
        s, e, _ = sent
        stext = self.text[s:e]
        typ = find_all(stext, "typical")
        if not typ:
            return None
        for i, w in find_all(stext, "list_verb"):
            p = s + i
            q = next((s + j for j, _ in typ if s + j > p), None)
            if q is None:
                continue
            between = self.text[p:q]
            if not (_patterns()["count"].search(between) or any(w in between for w in cues("list_marker"))):
                continue
            run = self._body_before(p, s, max_gap=12, max_breaks=0)
            if not run:
                continue
            q_end = q + len(next(t for j, t in typ if s + j == q))
            title, edition = self._list_title(p + len(w), q_end)
            year, ysrc = self.ex._year((s, e), sent, p)
            return {"bodies": run, "title": title, "edition": edition, "year": year, "year_source": ysrc,
                    "sent": sent, "at": p}
        return None

    def _list_title(self, a: int, b: int) -> tuple[str, str | None]:
        """国务院第四次大督查发现的22项地方典型经验做法 → 国务院大督查典型经验做法, edition 第四次."""
        seg = self.text[a:b]
        cut = max([seg.rfind(c) + len(c) for c in cues("title_cut") if c in seg] + [0])
        seg = seg[cut:]
        for w in cues("title_drop"):
            seg = seg.replace(w, "")
        pat = _patterns()
        seg = pat["count"].sub("", seg)
        ed = pat["edition"].search(seg)
        edition = ed.group(0) if ed else None
        seg = pat["edition"].sub("", seg)
        seg = pat["year"].sub("", seg)
        return seg.strip(), edition

    def _list_items(self, sent) -> list[tuple]:
        """Clauses '<place><verb><practice>' of a list line: (holder, [(name, start, end)], clause)."""
        s, e, _ = sent
        out = []
        a = s
        for m in list(_BREAK.finditer(self.text, s, e)) + [None]:
            b = m.start() if m else e
            item = self._item(a, b)
            if item is not None:
                out.append(item)
            a = m.end() if m else e
        return out

    def _item(self, a: int, b: int):
        ex = self.ex
        lead = _patterns()["item_lead"].match(self.text[a:b]).end()
        start = a + lead
        refs = [r for r in ex.places if start <= r.start < b and r.code and not ex._inside_mention(r)]
        if not refs or refs[0].start - start > 0:
            return None
        holder = refs[0]
        for r in refs[1:]:
            if r.start == holder.end:
                holder = r
            else:
                break
        body = ex._body_at(holder)
        after = holder.end if body is None else body.end
        verbs = _scan(self.masked[after:min(b, after + 12)], cues("coin") + cues("item_verb") + lexicon.cues("adopt"))
        if not verbs:
            # a numbered line naming its holder and practice (1.德清县“阳光执法”机制)
            line = ex._sentence_at(a)
            ms = self._mentions(after, b)
            if line is None or b - a > 40 or not ms or self.text[line[0]:line[1]].strip()[-1:] in "。！？":
                return None
            return holder, [(m.name, m.start, m.end) for m in ms], (a, b)
        i, w = verbs[0]
        names = []
        if i <= 4:  # the verb's object is the practice (江苏省推行“不见面”审批服务)
            v_end = after + i + len(w)
            names = [(m.name, m.start, m.end) for m in self._mentions(v_end, b)] or self._object_phrases(v_end, b)
        return holder, names, (a, b)

    def _object_phrases(self, a: int, b: int) -> list[tuple[str, int, int]]:
        """A list item's practice when no name is quoted: the verb's object, each part joined by 、."""
        from .mechanisms import canonical_name

        out = []
        pos = a
        for part in self.text[a:b].split("、"):
            p0 = self.text.find(part, pos)
            pos = p0 + len(part)
            core = part.strip()
            v = next((w for w in sorted(lexicon.cues("adopt") + cues("coin") + cues("item_verb"), key=len, reverse=True)
                      if core.startswith(w)), None)
            if v:
                core = core[len(v):]
            if not (3 <= len(core) <= 16) or any(w in core for w in cues("modifier_mark")) or \
                    starts_with(core, "object_not_start"):
                continue
            out.append((canonical_name(re.sub(r"[“”‘’\"]", "", core)), p0, pos))
        return out

    def _emit_list(self, intro, items) -> None:
        ex = self.ex
        bodies = intro["bodies"]
        for holder, names, (a, b) in items:
            sent = ex._sentence_at(a) or intro["sent"]
            item_sent = (a, b, sent[2])
            # the list's entry is that title's fact only (convention 1): not the place's adoption
            ex.facts = [f for f in ex.facts if not (f.type in ("ADOPTED", "PIONEERED") and f.start is not None
                                                    and sent[0] <= f.start < sent[1])]
            if not any(f.type == "HONOURED" and f.holder == holder.name and f.award == intro["title"]
                       for f in ex.facts):
                ex._add("honoured.promotion_list", (a, b), item_sent, 0.6, type="HONOURED", holder=holder.name,
                        award=intro["title"], edition=intro["edition"], place=holder.name, parent=holder.parent,
                        place_code=holder.code, year=intro["year"], year_source=intro["year_source"])
            for name, x, y in names:
                for body in bodies:
                    key = (name, body.name)
                    if key in self.found:
                        continue
                    ex._add("promote.list", (x, y), item_sent, 0.6, type="PROMOTED_BY", mechanism=name,
                            body=body.name, scope=self._scope(*intro["sent"][:2], body), place=holder.name,
                            place_code=holder.code, year=intro["year"], year_source=intro["year_source"])
                    self.found[key] = ex.facts[-1]


def _scan(text: str, words) -> list[tuple[int, str]]:
    """Every word of ``words`` in ``text``, leftmost-longest and not overlapping: (position, word)."""
    rx = _scanner(tuple(words))
    return [(m.start(), m.group(0)) for m in rx.finditer(text)] if rx is not None else []


@lru_cache(maxsize=None)
def _scanner(words: tuple[str, ...]) -> re.Pattern | None:
    # an alternation tried longest first matches the longest word at the leftmost place
    ws = sorted(set(words), key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, ws))) if ws else None

