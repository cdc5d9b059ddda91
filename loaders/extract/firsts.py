"""PIONEERED: the first-claim reader (decider for first claims; see issue 9 point 4).

Runs after the sentence rules over the whole article (`FirstClaims(ex).run()`, called from
relations.py) and adds facts through the extractor.

A first claim is read as scope + cue + verb + the noun phrase the verb governs:

- a *lead* cue before a verb: 在全省率先出台…, 率先在全国探索…, 龙华区在深圳市率先推出…;
- a cue that is the verb: 全国首创…, 首推…, 首次提出… (首次 alone is the first time for this place);
- a *noun* cue before the thing: 出台全国首个…, 成立全省首家…, 作为湖南省首部…的地方立法,
  天府中央法务区…是全国首个…, 中西部首个…落户重庆;
- an origin claim: “…”起源于北京平谷区, …是“…”的发源地, 开创了我国的…制度.

The pioneer is the place acting in the clause (a place, a body's place, else the sentence's or
the article's place), the practice a mechanism mention the cue governs or else the noun phrase
itself, ending at a clause boundary.  Each claim gives a PIONEERED fact and, when missing, its
ADOPTED twin.  Cue words live in loaders/data/first_cues.tsv; SCHEMA.md convention 3 says what
is no first (首次, 首批, 率先列入, 率先实现 a target).

The older rule (`_pioneer` in mechanism_facts.py, rules ``pioneer.*``) looks for a cue only before
an adopted mention; where this reader decided the same cue (a claim, or a cue that is no first
claim) its facts are replaced by this reader's.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

import ahocorasick_rs as ac

from . import lexicon, years
from .lexicon import holds_any
from .article import _SUBJECT_LEAD, _TIME_LEAD, Mention, Ref, _clauses, _scope_of, same_practice


# from a name inside one title to one inside the next of a run (…配套指引》《行政处罚“): one document after another
_NEXT_TITLE = re.compile(r"[^《》。；;，,]{0,30}》[、和及与]?《[^《》。；;，,]{0,30}")



# what _phrase_name finds instead of a name: a pilot (ADOPTED only), an anaphor (这一新型执法模式)
_PILOT, _ANAPHOR = "<pilot>", "<anaphor>"


def _table() -> dict[str, tuple[str, ...]]:
    return lexicon.role_table("first_cues.tsv")


def cues(role: str) -> tuple[str, ...]:
    """Words of one role of first_cues.tsv, longest first."""
    return _table().get(role, ())


@lru_cache(maxsize=None)  # the patterns built from it are asked per claim: the words are escaped once
def _alt(role: str) -> str:
    """A regular-expression alternation of the words of a role."""
    return "(?:%s)" % "|".join(map(re.escape, cues(role)))


@lru_cache(maxsize=1)
def _counted() -> re.Pattern:
    """A thing named by a number of items (…首违不罚、不予行政强制措施五张清单)."""
    return re.compile(r"[%s\d]+[%s]\S{1,8}$" % ("".join(cues("numeral")), "".join(cues("classifier"))))


@lru_cache(maxsize=1)
def _predicate_first() -> re.Pattern:
    """…，在全国属首创 / …系全省首创 / …开全国之先河: a first said of what the sentence named before it."""
    scope = _alt("scope")
    # (…开创全国国家公园立法先例: what the precedent is of may stand between its scope and the word)
    return re.compile(r"(?:在)?(%s)?(?:范围内)?(?:%s)?[“\"]?(%s)?(?:%s)[”\"]?(?=[，,。；;！!]|$)"
                      r"|(?:%s)(?:了)?(%s)(?:之|的)?[^，,。；;！!“”《》]{0,12}?(?:%s)"
                      # …属全省首家, …系省内首个县级调解中心: the thing said first, a noun after the copula
                      r"|(?:%s)(%s)(?:%s)[^，,。；;！!“”]{0,10}(?=[，,。；;！!]|$)"
                      # …填补了全国空白
                      r"|(?:%s)(?:了)?(%s)(?:的|范围内的)?[^，,。；;！!“”]{0,8}?(?:%s)"
                      % (scope, _alt("predicate_copula"), scope, _alt("predicate_first"), _alt("precedent_verb"),
                         scope, _alt("precedent"), _alt("predicate_copula"), scope, _alt("predicate_noun"),
                         _alt("gap_verb"), scope, _alt("gap")))


# 《A》《B》、《C》等5件(均): titles listed, then their count, right before a first said of them all
_TITLES_BEFORE = re.compile(r"((?:《[^《》]{3,40}》\s*[、和及]?\s*){2,10})(?:等)?\s*(?:[\d一二三四五六七八九十]+\s*(?:件|部|项|个)[\u4e00-\u9fff]{0,5}?)?"
                            r"\s*[，,]?\s*(?:均|都)?$")
# a 《title》 ending where a first said of it begins (only a comma between)
_TITLE_BEFORE = re.compile(r"《[^《》]{3,40}》(\s*[，,]?\s*)$")
# 在全省成立首个…: a scope, then the verb, right before the first-thing cue
_SCOPE_THEN_ACT = re.compile(r"(?:在)(%s)(?:范围内)?(%s)(?:了)?$" % (_alt("scope"), _alt("act")))
# what 开创 names when it is no figure: a practice's description, then the head that makes it one
_ORIGINATED = re.compile(r"(?!新)([^，,。；;！!“”《》]{4,24}?)的(?:工作)?(?:%s)(?=[，,。；;！!]|$)" % "|".join(cues("origin_head")))
# the rest of a scoped verb's clause when it ends on a precedent (…国家公园立法先例)
_PRECEDENT_AFTER = re.compile(r"(?:之|的)?[^，,。；;！!“”《》]{0,12}?(?:%s)(?=[，,。；;！!]|$)" % "|".join(cues("precedent")))
# 由甲县首创: the agent of a passive first, right before the cue
_BY_AGENT = re.compile(r"由([\u4e00-\u9fff]{2,12})$")


# a first of a level's own document (首份省级权力清单): a first among the units of that level, though no scope is
# said; not 首个省级…基地 (the place's own first of a provincial-level kind)
_LEVEL_FIRST = re.compile("(?:%s)[\u4e00-\u9fff]{0,10}?(?:%s)(?:[，。；,;、]|$)" % (
    "|".join(cues("level_first")), "|".join(cues("level_first_head"))))


def _starts(text: str, role: str) -> str | None:
    return _longest(role).at(text)


def _ends(text: str, role: str) -> str | None:
    return _longest(role).ending(text)


@lru_cache(maxsize=None)
def _longest(role: str) -> lexicon.Longest:
    # cues() is longest first: the first cue a text starts (ends) with is its longest
    return lexicon.Longest(cues(role))


# the kind of document a list closed by 等 shares (…等多个地方标准, 等3部规范)
_SHARED_KIND = re.compile(r"(?:多个|多项|多部|一批|一系列|[\d一二两三四五六七八九十]+[个项部件])?(%s)"
                          % "|".join(sorted(cues("shared_kind"), key=len, reverse=True)))


# a title's edition or period in brackets at its end (《法治政府建设实施纲要（2021－2025年）》)
_TRAILING_EDITION = re.compile(r"[（(][^（）()]{1,16}[)）]$")
# a clause that is only a time (2024年，): the act is in the clause after it
_TIME_ONLY = re.compile(r"\s*(?:(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?|今年|去年|近年来)\s*[，,]?\s*")


@lru_cache(maxsize=1)
def _idea_after() -> re.Pattern:
    # the idea's head a few words after the quoted name (“三治融合”基层治理理念)
    return re.compile(r"[”\s]*[\u4e00-\u9fff]{0,6}?(?:%s)" % "|".join(cues("idea_head")))


@dataclass
class Claim:
    kind: str  # lead | verb | noun | once | origin | scoped
    cue: str
    at: int  # where the cue starts
    sent: tuple[int, int, int]
    clause: tuple[int, int]
    mechanism: str | None = None
    mention: Mention | None = None
    span: tuple[int, int] | None = None
    place: Ref | None = None
    scope: str | None = None
    verb: str | None = None
    rejected: str | None = None  # why the cue claims no first (None: a claim)
    phrase: tuple[int, int] | None = None  # the governed phrase
    named: bool = False  # the pioneer is named in the claim's clause (not carried from before)
    year: tuple[int | None, str | None] = (None, None)  # read where the claim stands (section years)
    more: list = field(default_factory=list)  # mentions joined to the claimed one (首创“A”和“B”)
    reached: list = field(default_factory=list)  # practices of a target reached first (率先实现…全覆盖)


# 入选全市率先…: a first cue right after an honour cue (and a scope) opens the honour's name
_HONOUR_BEFORE = re.compile("(?:%s)(?:%s)?$" % ("|".join(cues("honour_cue")), "|".join(cues("scope"))))
# 举措3项, 做法12个: a kind of thing and its count
_COUNTED_THINGS = re.compile(r"^[\u4e00-\u9fff]{1,4}?\d+\s*(?:项|个|条|件)")
# 作为法治乡村建设的发源地: an unquoted practice between the copula and 的, right before the origin noun
_ORIGIN_OF = re.compile(r"(?:作为|是|为|成为)([\u4e00-\u9fff]{2,12}?)的$")
# 全国第一家…的专业机构: a kind of institution, not the named one (it is named elsewhere)
# a time between an origin verb and its place: 诞生于20世纪60年代的…, 发源于2003年的…
_ORIGIN_TIME = re.compile(r"\s*(?:(?:上个?世纪|(?:\d{2}|[一二]十)世纪)(?:\d{2}|[一二三四五六七八九]十)年代|(?:19|20)\d{2}\s*年(?:代)?)"
                          r"[初中末]?期?的?")
# the quote ending right before an origin cue, an adverb of time between (“莎姐”最早发源于)
_QUOTE_RIGHT_BEFORE = re.compile(r"“([^“”]{2,24})”(?:%s)?$" % "|".join(cues("origin_adverb")))
_GENERIC_HEAD = re.compile(r"(?:专业|专门|综合|独立|新型)?(?:机构|单位|部门|组织|城市|地区)")


@lru_cache(maxsize=1)
def _venue() -> re.Pattern:
    """A venue's name (…国家湿地公园) between 在<place> and a verb of making or arrival."""
    return re.compile(r"[\u4e00-\u9fff]{0,10}?%s" % _alt("venue_head"))


def _with_depth(t: str):
    """(index, character, depth inside “quotes”, 《titles》 and (brackets)) for each character of ``t``."""
    depth = 0
    for i, ch in enumerate(t):
        if ch in "“《（(":
            depth += 1
        elif ch in "”》）)":
            depth = max(0, depth - 1)
        yield i, ch, depth


def _mask_not_etc(phrase: str) -> str:
    """The phrase with the words that hold 等 without meaning "and the like" (等级, 平等 …) blanked out,
    positions kept."""
    for w in cues("not_etc"):
        phrase = phrase.replace(w, "　" * len(w))
    return phrase


def _etc(phrase: str) -> bool:
    """Whether the phrase names a class of things (…等规章); 等级, 平等 … are words of their own."""
    phrase = _mask_not_etc(phrase)
    return any(w in phrase for w in cues("etc"))


def _first_item(phrase: str) -> str:
    """The phrase up to its first 、 outside quotes and titles: 率先建成…中心、…、荣获…称号 lists feats, and
    an honour later in the list does not make the first feat an honour."""
    return next((phrase[:i] for i, ch, depth in _with_depth(phrase) if ch == "、" and depth == 0 and i >= 2), phrase)


@lru_cache(maxsize=1)
def _cue_words() -> tuple[tuple[str, str], ...]:
    roles = ("lead", "lead_clause", "verb", "verb_scoped", "once", "noun", "origin_after", "origin_noun",
             "origin_verb")
    return tuple(sorted(((w, r) for r in roles for w in cues(r)), key=lambda x: -len(x[0])))


@lru_cache(maxsize=1)
def _cue_automaton() -> tuple[ac.AhoCorasick, list[str]]:
    """The distinct cue words of _cue_words() in one automaton: which of them a sentence holds."""
    words = sorted({w for w, _ in _cue_words()})
    return ac.AhoCorasick(words), words


class FirstClaims:
    def __init__(self, ex):
        self.ex = ex
        self.text = ex.text
        self.claims: list[Claim] = []
        self._occurrences: tuple[list[int], list[tuple[int, int]]] | None = None  # for _cues_present

    # -- the article, sentence by sentence ------------------------------------------------------
    def run(self) -> None:
        ex = self.ex
        saved = (ex.topic, ex.section_year, ex.section_plan, ex.section_problem)
        try:
            self._read_article()
        finally:
            ex.topic, ex.section_year, ex.section_plan, ex.section_problem = saved
        self._settle()
        # 国内首个…的权威奖项: a first among honours is the honour's, not a practice of the place
        ex.facts = [f for f in ex.facts if not ((f.rule or "").startswith("first.") and f.mechanism
                                                and (f.mechanism.endswith(("奖项", "奖", "称号", "荣誉"))
                                                     or _GENERIC_HEAD.fullmatch(f.mechanism)))]

    def _read_article(self) -> None:
        """Reads the first claims of each sentence with the subject, topic and section that held there
        when the sentence rules read it (relations.run records them)."""
        ex = self.ex
        for sent, subj, topic, year, plan, problem in ex.sentence_states:
            ex.topic, ex.section_year, ex.section_plan, ex.section_problem = topic, year, plan, problem
            self._sentence(sent, subj)

    def _sentence(self, sent, subj: Ref | None) -> None:
        s, e, _ = sent
        hits = self._cues(s, e)
        if not hits:
            return
        listed = self._list_title(sent)
        carried = subj
        clauses = _clauses(self.text, s, e)
        for a, b in clauses:
            own = self.ex._clause_subject((a, b), None, b)
            if own is not None and own is not self.ex.topic:
                carried = own
            for at, role, word in hits:
                if not (a <= at < b):
                    continue
                c = Claim(role, word, at, sent, (a, b))
                if listed:
                    c.rejected = "project title in a list"
                else:
                    self._read(c, hits, clauses, carried)
                    if (self.ex.info.plan or self.ex.section_plan) and c.rejected is None and not self._done(c):
                        c.rejected = "plan"
                    if c.rejected is None and c.mechanism:
                        c.year = self.ex._year(c.clause, c.sent, c.at)
                self.claims.append(c)

    def _cues(self, s: int, e: int) -> list[tuple[int, str, str]]:
        """(position, role, word) of every cue of the sentence outside quotes and titles."""
        found: list[tuple[int, str, str]] = []
        taken: list[tuple[int, int]] = []
        present = self._cues_present(s, e)
        if not present:
            return found  # most sentences: one pass of the automaton instead of a search per cue word
        for w, r in _cue_words():
            if w not in present:
                continue
            i = self.text.find(w, s, e)
            while i >= 0:
                j = i + len(w)
                if not any(x < j and i < y for x, y in taken) and not self._quoted(i):
                    if not _starts(self.text[j:j + 4], "not_after"):
                        found.append((i, r, w))
                        taken.append((i, j))
                i = self.text.find(w, j, e)
        return sorted(found)

    def _cues_present(self, s: int, e: int) -> set[str]:
        """The cue words lying whole in text[s:e]: the article is read by the automaton once (every
        occurrence, overlapping), not once per sentence; a sentence looks its stretch up by bisection."""
        if self._occurrences is None:
            automaton, words = _cue_automaton()
            found = sorted((a, b, k) for k, a, b in automaton.find_matches_as_indexes(self.text, overlapping=True))
            self._occurrences = ([a for a, _, _ in found], [(b, k) for _, b, k in found])
        starts, rest = self._occurrences
        words = _cue_automaton()[1]
        present = set()
        for i in range(bisect_left(starts, s), bisect_left(starts, e)):
            b, k = rest[i]
            if b <= e:
                present.add(words[k])
        return present

    def _done(self, c: Claim) -> bool:
        """In a plan, a first already made: 巩固我区2022年在全市率先推出的…制度 (a verb followed by
        的, or a year before the plan's)."""
        if c.verb and any(self.text[c.at:c.clause[1]].find(c.verb + w) >= 0 for w in cues("de")):
            return True
        ys = [y for _, y in years.years_in(self.text[c.sent[0]:c.at])]
        base = self.ex.info.title_year or self.ex.info.date_year
        return bool(ys and base and max(ys) < base)

    def _quoted(self, pos: int) -> bool:
        return any(a < pos < b for a, b in self.ex.quoted)

    def _list_title(self, sent) -> bool:
        """A heading line right after a holder of an honour list is the title of its project
        (convention 1: the award fact only)."""
        s, e, _ = sent
        if not self.ex._is_heading(self.text[s:e]):
            return False
        prev = [x for x in self.ex.info.sentences if x[1] <= s]
        if not prev:
            return False
        ps, pe, _ = prev[-1]
        return any(f.type in ("HONOURED", "CANDIDATE", "NAMED_DEMONSTRATION_PROJECT") and f.start is not None
                   and ps <= f.start < pe for f in self.ex.facts)

    # -- one cue ---------------------------------------------------------------------------------
    def _read(self, c: Claim, hits, clauses, carried: Ref | None) -> None:
        a, b = c.clause
        before = self.text[a:c.at]
        if any(w in before for w in cues("goal")):
            c.rejected = "an aim"
            return
        if self.ex._central_actor(c.sent[0], c.clause):
            c.rejected = "a central body"  # 司法部在全国率先…: no place was first
            return
        if _HONOUR_BEFORE.search(before):
            c.rejected = "inside an honour's name"  # 入选全市率先推进…示范区: the title says it, not the text
            return
        end = self._phrase_end(c, hits)
        q = c.at + len(c.cue)
        if c.kind == "lead":
            self._lead(c, q, end, carried)
        elif c.kind == "lead_clause":
            self._lead_clause(c, clauses, hits, carried)
        elif c.kind == "verb":
            q = self._skip(q, cues("verb_tail"))
            c.scope, locus = self._scope_before(c)
            if not self._by_agent(c, q, end):
                self._object(c, q, end, carried, c.cue, locus)
        elif c.kind == "verb_scoped":
            self._scoped(c, q, end, carried)
        elif c.kind == "once":
            self._once(c, q, end, carried)
        elif c.kind == "noun":
            self._noun(c, q, end, carried)
        elif c.kind == "origin_after":
            self._origin_after(c, q)
        elif c.kind == "origin_noun":
            self._origin_noun(c)
        elif c.kind == "origin_verb":
            self._origin_verb(c, q)

    def _by_agent(self, c: Claim, q: int, end: int) -> bool:
        """“…”由甲县首创: the practice named before 由 was first done by the place after it."""
        a, _ = c.clause
        m = _BY_AGENT.search(self.text, a, c.at)
        if m is None or self.text[q:end].strip("，。；,;"):
            return False  # (首创 with an object of its own reads that object)
        place = next((r for r in reversed(self.ex.places) if m.start(1) <= r.start and r.end <= c.at and r.code), None)
        ms = [x for x in self.ex.mechanisms if a <= x.start and x.end <= m.start()]
        if place is None or not ms:
            return False
        c.mechanism, c.mention, c.span = ms[-1].name, ms[-1], (ms[-1].start, ms[-1].end)
        c.verb, c.place = c.cue, self.ex._most_specific(place)
        return True

    def _phrase_end(self, c: Claim, hits) -> int:
        """The governed phrase ends at the clause's end, or where the next claim of a list starts
        (率先建成…、率先开展…)."""
        _, b = c.clause
        q = c.at + len(c.cue)
        for at, role, word in hits:
            if q <= at < b and role in ("lead", "verb", "noun", "once"):
                gap = self.text[q:at]
                joint = _ends(gap, "joiner")
                if joint or (role in ("lead", "verb") and gap):
                    return at - len(joint or "")
        return b

    def _skip(self, q: int, words) -> int:
        """Past any of ``words`` (a role's words, or characters) at q."""
        while True:
            w = next((w for w in words if w and self.text.startswith(w, q)), None)
            if w is None:
                return q
            q += len(w)

    def _scope_after(self, q: int, end: int) -> tuple[int, str | None, Ref | None]:
        """在全省 / 全国 / 在深圳市 (+ a kind of place) right after a lead cue."""
        k = self._skip(q, cues("zai"))
        after_zai = k > q
        w = _starts(self.text[k:end], "scope")
        if w:
            k += len(w)
            while True:
                w2 = _starts(self.text[k:end], "scope") or _starts(self.text[k:end], "qualifier")
                if not w2:
                    break
                k += len(w2)
            return k, w, None
        r = next((r for r in self.ex.places if r.start == k and r.end <= end), None)
        if r is not None and after_zai:
            return self._skip_qualifier(r.end, end), _scope_of(r.name) or r.name, r
        return q, None, None

    def _skip_qualifier(self, k: int, end: int) -> int:
        while True:
            w = _starts(self.text[k:end], "qualifier")
            if not w:
                return k
            k += len(w)

    def _scope_before(self, c: Claim) -> tuple[str | None, Ref | None]:
        """全国首个 / 在全省各市州率先 / 湖南省首部 / 在深圳市率先: the area the first is claimed in."""
        a, _ = c.clause
        before = self.text[a:c.at]
        # drop a trailing kind of place (全省县级市中率先 → 全省)
        core, quals = before, []
        while not _ends(core, "scope"):
            w = _ends(core, "qualifier")
            if not w or len(w) == len(core):
                break
            quals.insert(0, w)
            core = core[:-len(w)]
        w = _ends(core, "scope")
        r = next((r for r in self.ex.places if r.end == a + len(core) and r.start >= a), None)
        # 湖南省首部 / 在深圳市率先: the place's level; before a verb (宁波市首创) the place is the pioneer
        if r is not None and (c.kind == "noun" or _ends(self.text[a:self.ex._run_start(r)], "zai")):
            return _scope_of(r.name) or r.name, r
        if w:
            kinds = [q for q in quals if len(q) > 1 and q not in cues("silent_qualifier")]
            return w + "".join(kinds[:1]), None
        return None, None

    def _acts(self, k: int, end: int) -> tuple[int, str | None]:
        """The chain of verbs at k (创新推出, 制定出台了): where the object starts, the last verb."""
        verb = None
        while True:
            w = _starts(self.text[k:end], "act")
            manner = _starts(self.text[k:end], "manner") if not w else None
            if manner and _starts(self.text[k + len(manner):end], "act"):
                k += len(manner)  # 率先全面建立…: a manner word before the verb
                continue
            if not w or verb and self.text.startswith(cues("adjective_suffix"), k + len(w)):
                break
            verb = w
            k += len(w)
        if verb:
            k = self._skip(k, cues("verb_tail"))
        return k, verb

    def _lead(self, c: Claim, q: int, end: int, carried: Ref | None) -> None:
        k, scope, locus = self._scope_after(q, end)
        if scope is None:
            scope, locus = self._scope_before(c)
        c.scope = scope
        rest = self.text[k:end]
        if locus is not None and not (_starts(rest, "act") or _starts(rest, "blocked")):
            k, locus, rest = q, None, self.text[q:end]  # 率先在浙江自贸试验区和…开展: a locus, read below
            c.scope, _ = self._scope_before(c)
        # 率先为12345热线出台…, 率先在综合执法领域推出…: a short adverbial before the verb
        m = re.match(r"%s[^，。；“《]{1,20}?(?=%s)" % (_alt("adverbial"), _alt("act")), rest)
        if m and not _starts(rest, "act"):
            k += m.end()
            rest = self.text[k:end]
        if _starts(rest, "blocked"):
            c.rejected = c.cue + " + " + _starts(rest, "blocked")
            if _starts(rest, "target"):
                # 率先实现三级合法性审查全覆盖: a target reached, no first (convention 3), but the practices
                # it covers run in the place that reached it
                c.reached = [m for m in self.ex.mechanisms if k <= m.start and m.end <= end]
                c.place = self._actor(c, carried, locus) if c.reached else None
            return
        k, verb = self._acts(k, end)
        if verb is None:
            if c.cue in cues("noun"):
                c.kind = "noun"  # 全国第一个…: "the first one", not "first to"
                self._noun(c, q, end, carried)
            return  # no verb: nothing read, nothing decided
        c.verb = verb
        self._object(c, k, end, carried, verb, locus)

    def _lead_clause(self, c: Claim, clauses, hits, carried: Ref | None) -> None:
        """先行探路，创设“老兵调解”工作模式: the verb opens the next clause."""
        a, b = c.clause
        if self.text[c.at + len(c.cue):b].strip():
            return
        if c.cue.startswith("第一"):
            # 全国第一：… is a first put as a label; a bare 第一： numbers an item, and 排名全市第一： ranks
            before = self.text[a:c.at]
            scope = _ends(before, "scope")
            if not scope or re.search(r"(?:排名|排|位居|居|列|名列|位列)$", before[:len(before) - len(scope)]):
                c.rejected = "a numbered item or a ranking"
                return
        nxt = next(((x, y) for x, y in clauses if x >= b), None)
        if nxt is None and c.cue[-1] in "！!":
            # 全国率先！2024年，辽宁…: the exclamation heads the sentence after it, whose first clause acts
            after = next((x for x in self.ex.info.sentences if x[0] >= b), None)
            if after is not None:
                c.sent = (c.sent[0], after[1], c.sent[2])  # the evidence holds both sentences
                # (the first clause that is more than a time: 2024年，辽宁…)
                nxt = next((x for x in _clauses(self.text, after[0], after[1])
                            if not _TIME_ONLY.fullmatch(self.text, x[0], x[1])), None)
        if nxt is None:
            return
        # (…！辽宁全面建立起…: the place acting may open the clause before its verb)
        opener = next((r for r in self.ex.places if r.start == nxt[0] and r.code), None) if c.cue[-1] in "！!" else None
        k, verb = self._acts(opener.end if opener else nxt[0], nxt[1])
        if verb is None:
            return
        c.verb = verb
        c.scope, _ = self._scope_before(c)
        subj = opener or self._actor(c, carried, None)
        c.clause = (a, nxt[1])
        self._object(c, k, nxt[1], carried, verb, None, subj)

    def _scoped(self, c: Claim, q: int, end: int, carried: Ref | None) -> None:
        """开创了我国的诉讼保险制度 / 开创了…的先河: a first only with a scope or 先河."""
        k = self._skip(q, cues("verb_tail"))
        w = _starts(self.text[k:end], "scope")
        if w and _PRECEDENT_AFTER.match(self.text, k + len(w), end):
            return  # 开创全国…立法先例: a first said of what the sentence named before (_predicates)
        if w:
            c.scope = w
            k = self._skip(k + len(w), cues("de"))
            self._object(c, k, end, carried, c.cue)
            return
        rel = self._relative(k, end)
        if rel is not None and rel[1] in cues("precedent"):
            c.scope, _ = self._scope_before(c)
            self._object(c, k, rel[0], carried, c.cue)
            return
        named = _ORIGINATED.match(self.text, k, end)
        if named is not None and not _starts(named.group(1), "np_stop"):
            # 开创了司法行政和政府法制合署办公的工作模式: creating a way of working is an origin claim
            # (convention 3), where 开创新局面 is a figure; the name is what the head describes
            c.scope, _ = self._scope_before(c)
            self._object(c, k, k + len(named.group(1)), carried, c.cue)

    def _once(self, c: Claim, q: int, end: int, carried: Ref | None) -> None:
        """首次 is the first time for this place; 首次(在…)提出 is a first (convention 3)."""
        phrase = self.text[q:end]
        m = re.match(r"(?:%s[^，。；]{1,14}?)?(%s)" % (_alt("zai"), "|".join(cues("once_verb"))), phrase)
        if not m and (self._scope_before(c)[0] or self._scope_after(q, end)[1]):
            # 全市首次…, 在全省首次推行…, 首次在全国推出…: the first time in an area is a first there
            self._lead(c, q, end, carried)
            return
        if not m:
            c.rejected = c.cue
            return
        c.verb = m.group(1)
        c.scope, _ = self._scope_before(c)
        self._object(c, self._skip(q + m.end(), cues("verb_tail")), end, carried, c.verb)

    def _noun(self, c: Claim, q: int, end: int, carried: Ref | None) -> None:
        a, _ = c.clause
        c.scope, locus = self._scope_before(c)
        scope_at = c.at
        if c.scope:
            before = self.text[a:c.at]
            # the scope word (and a place) stand before the cue: find where the scope starts
            i = before.rfind(c.scope[:2])
            scope_at = a + i if i >= 0 else c.at
            if locus is not None:
                scope_at = locus.start
        if c.scope is None:
            # 在全省成立首个企业服务中心: the scope before the verb that makes the first thing
            m = _SCOPE_THEN_ACT.search(self.text, a, c.at)
            if m is not None:
                c.scope, c.verb = m.group(1), m.group(2)
                self._object(c, q, self._one_thing(q, self._cut(q, end)), carried, m.group(2))
                return
        if c.scope is None and not _LEVEL_FIRST.match(self.text, c.at + len(c.cue)):
            # 成功拍摄首部法治微电影: the place's own first; but 出台首份省级权力清单 is a first among the
            # units of that level, whose scope the text leaves unsaid
            c.rejected = c.cue + " without a scope"
            return
        lead = self.text[a:scope_at]
        zai = _ends(lead, "zai")
        lead = lead[:len(lead) - len(zai)] if zai else lead
        cop = _ends(lead, "copula")
        end = self._one_thing(q, self._cut(q, end))
        phrase = self.text[q:end]
        if any(w in _first_item(phrase) for w in cues("honour_in")):
            c.rejected = "an honour"
            return
        rel = self._relative(q, end)
        if rel is not None and rel[1] in cues("place_head"):
            # 全省首个实现…的省辖市, 全省率先出台《…》的城市: the place is the first to do what the
            # relative clause says
            m0 = q
            if _starts(self.text[m0:rel[0]], "blocked"):
                c.rejected = c.cue + " + " + _starts(self.text[m0:rel[0]], "blocked")
                return
            k, verb = self._acts(m0, rel[0])
            if verb is None:
                return
            c.verb = verb
            self._object(c, k, rel[0], carried, verb, locus)
            return
        if cop is not None:
            self._copula(c, q, end, carried, lead[:len(lead) - len(cop)], locus)
            return
        tail = _ends(lead, "verb_tail")
        verb = _ends(lead, "act") or (_ends(lead[:len(lead) - len(tail)], "act") if tail else None)
        if verb is not None:
            c.verb = verb
            self._object(c, q, end, carried, verb, locus)
            return
        if lead.strip(" 　") == "" or _ends(lead, "scope") or lead in _SUBJECT_LEAD:
            self._subject_claim(c, q, end, carried, locus, self._built_in(q, c.clause[1]))

    def _relative(self, q: int, end: int) -> tuple[int, str] | None:
        """首个…的X: where the last 的 outside quotes is, and what follows it."""
        t = self.text[q:end]
        depth, last = 0, None
        for i, ch in enumerate(t):
            if ch in "“《":
                depth += 1
            elif ch in "”》":
                depth = max(0, depth - 1)
            elif ch in cues("de") and depth == 0:
                last = i
        if last is None:
            return None
        return q + last, t[last + 1:].strip().rstrip("。；;！!？?，,")  # (a sentence's last clause keeps its stop)

    def _copula(self, c: Claim, q: int, end: int, carried, subject_text: str, locus) -> None:
        """…是全国首个…的现代法务集聚区 / 作为湖南省首部…地方立法: the thing is the subject."""
        a, _ = c.clause
        s = c.sent[0]
        thing = None
        st = subject_text.strip()
        m = next((m for m in self.ex.mechanisms if a <= m.start < a + len(subject_text)), None)
        if m is not None:
            thing = (m.name, m, (m.start, m.end))
        elif st and _starts(st, "anaphor"):
            thing = self._antecedent(a)
        elif re.fullmatch(r"《[^《》]{3,60}》", st):
            # 《某省…促进条例》是全国首部…地方性法规: the titled law is the first of its kind
            from .mechanisms import _strip_title, canonical_name

            at = a + subject_text.index(st)
            # (the place heading the title made it: 《浙江省…条例》 in a text about another place is 浙江省's;
            # a title of no local place, 《中华人民共和国…法》 or a bare 《…纲要》, is no first of a place)
            owner = next((r for r in self.ex.places if r.start == at + 1 and r.code), None)
            if owner is None and (st[1:].startswith(cues("national_title_start"))
                                  or _TRAILING_EDITION.sub("", st[1:-1]).endswith(cues("national_title_end"))):
                c.rejected = "a national law or plan"
                return
            c.mechanism, c.mention, c.span = canonical_name(_strip_title(st[1:-1])), None, (at, at + len(st))
            # (a bare title, 《数字经济促进条例》, is the text's own place's, as a local report drops its name)
            c.place = self.ex._title_owner(owner, Mention(at, at + len(st), c.mechanism, "title")) if owner \
                else self._actor(c, carried, locus)
            return
        elif not st and a > s:
            thing = self._sentence_head(c)
        elif not st and a == s:
            # 作为首部…，这部法规…: the practice named just before
            thing = self._antecedent(s)
        if thing is None:
            self._object(c, q, end, carried, None, locus)
            return
        c.mechanism, c.mention, c.span = thing
        c.place = self._actor(c, carried, locus)

    def _sentence_head(self, c: Claim):
        """天府中央法务区于…正式启动运行，是全国首个…: the noun phrase opening the sentence."""
        s = c.sent[0]
        clauses = _clauses(self.text, s, c.clause[0])
        for a, b in clauses:
            m = next((m for m in self.ex.mechanisms if a <= m.start <= a + 1), None)
            if m is not None:
                return m.name, m, (m.start, m.end)
            t = self.text[a:b]
            hit = re.match(r"^([^，。；、“”《》]{3,15}?)%s" % _alt("subject_end"), t)
            if hit and not any(r.start < a + hit.end(1) and r.end > a for r in self.ex.places + self.ex.bodies):
                name = hit.group(1)
                if not _starts(name, "anaphor") and not any(w in name for w in cues("act")) and len(name) >= 4:
                    return self._name(name), None, (a, a + len(name))
                return None
            if _starts(t, "opening") or years.years_in(t):
                continue
            return None
        return None

    def _antecedent(self, pos: int):
        """The practice an anaphor (该规范, 这部法规, 作为…) points back to: the nearest mention or
        《title》 before ``pos`` in its paragraph or the one before."""
        para = self._paragraph_of(pos)
        lo = self.ex.info.paragraphs[max(0, para - 1)][0] if para >= 0 and self.ex.info.paragraphs else 0
        ms = [m for m in self.ex.mechanisms if lo <= m.start and m.end <= pos]
        titles = [(x, y) for x, y in self.ex.quoted if lo <= x and y <= pos and self.text[x] == "《"]
        best_m = ms[-1] if ms else None
        best_t = titles[-1] if titles else None
        if best_t is not None and (best_m is None or best_t[0] > best_m.end):
            from .mechanisms import _strip_title, canonical_name

            name = _strip_title(self.text[best_t[0] + 1:best_t[1] - 1])
            if len(name) >= 3:
                return canonical_name(name), None, best_t
        if best_m is not None:
            return best_m.name, best_m, (best_m.start, best_m.end)
        return None

    def _paragraph_of(self, pos: int) -> int:
        for i, (a, b) in enumerate(self.ex.info.paragraphs):
            if a <= pos <= b:
                return i
        return -1

    def _built_in(self, q: int, end: int) -> Ref | None:
        """…首个法治文化餐厅在我区建成: the place after 在 where the clause ends on a verb of making or
        arrival is where the first thing was made."""
        for r in self.ex.places:
            if q < r.start and r.end < end and self.text[r.start - 1] == "在":
                r = self.ex._most_specific(r)  # 在桐庐县分水镇挂牌成立: the run's last place
                tail = self.text[r.end:end].rstrip("。；;，, ")
                venue = _venue().match(tail)
                if venue and (_starts(tail[venue.end():], "settle") or _starts(tail[venue.end():], "act")):
                    if _ends(tail[:venue.end()], "event_venue"):
                        continue  # 在南宁市会展中心揭牌: a ceremony held at a meeting place, not where the thing is
                    tail = tail[venue.end():]  # 在…国家湿地公园挂牌: a venue in that place
                lead = _starts(tail, "arrival_tail")
                tail = tail[len(lead):] if lead else tail  # 在柳州市正式挂牌
                w = _starts(tail, "settle") or _starts(tail, "act")
                if w and tail[len(w):] in ("",) + cues("arrival_tail"):
                    return self.ex._most_specific(r)
        return None

    def _subject_claim(self, c: Claim, q: int, end: int, carried, locus, place: Ref | None = None) -> None:
        """中西部首个国际商事仲裁中心…落户重庆 / 内地首家…机构——深圳市…署挂牌成立: the first thing
        opens the clause; a verb of arrival names its place (or 在<place> before it: …在我区建成)."""
        t = self.text[q:end]
        cut = len(t)
        for k in range(1, len(t)):
            w = _starts(t[k:], "settle") or _starts(t[k:], "act")
            if not w:
                continue
            tail = t[k:]
            refs = [r for r in self.ex.places if q + k <= r.start and r.end <= end]
            rest = re.sub("|".join(map(re.escape, cues("settle") + cues("act"))), "", tail)
            for r in refs:
                rest = rest.replace(self.text[r.start:r.end], "")
            for w in cues("arrival_tail"):
                rest = rest.replace(w, "")
            if rest.strip() == "":
                cut = k
                if _starts(tail, "settle") and refs:
                    place = self.ex._most_specific(refs[0])
                break
        self._object(c, q, q + cut, carried, None, locus, place)

    def _origin_after(self, c: Claim, q: int) -> None:
        """“…”这种新兴机制，起源于北京平谷区: the practice named before, the place after."""
        s, e, _ = c.sent
        when = _ORIGIN_TIME.match(self.text, q)
        if when is not None and when.end() > q:
            q = when.end()  # 诞生于20世纪60年代的诸暨市枫桥镇: the time, then the place
        r = next((r for r in self.ex.places if q <= r.start <= q + 1 and r.end <= e), None)
        if r is None:
            return
        thing = None
        ms = [m for m in self.ex.mechanisms if s <= m.start and m.end <= c.at]
        r = self.ex._most_specific(r)
        later = next((m for m in self.ex.mechanisms if r.end < m.start <= r.end + 2
                      and self.text[r.end:m.start] in ("的", "的“")), None)
        if later is not None:
            ms = [later]  # 始于嘉兴的“综合查一次”改革: the place, 的, then the practice it gave rise to
        right = _QUOTE_RIGHT_BEFORE.search(self.text, s, c.at)
        if right is not None and not any(m.start <= right.start(1) < m.end for m in ms):
            # “莎姐”最早发源于…: the quote right before the cue is what began there, though too short a name
            # to be read as a practice anywhere else
            thing = (self._listed_name(right.group(1)), None, (right.start(1), right.end(1)))
        elif ms:
            thing = (ms[-1].name, ms[-1], (ms[-1].start, ms[-1].end))
        else:
            hit = re.match(r"\s*“([^“”]{2,24})”", self.text[s:c.at])
            if hit:
                thing = (self._listed_name(hit.group(1)), None,
                         (s + hit.start(1), s + hit.end(1)))
        if thing is None:
            return
        c.mechanism, c.mention, c.span = thing
        c.place = r

    def _origin_verb(self, c: Claim, q: int) -> None:
        """这座孕育了“枫桥经验”的名城: the practice named right after the verb, the place acting (or the
        text's topic, for 这座…)."""
        m = next((m for m in self.ex.mechanisms if q <= m.start <= q + 1), None)
        if m is None:
            return
        c.mechanism, c.mention, c.span = m.name, m, (m.start, m.end)
        a, _ = c.clause
        r = self.ex._subject_in(a, c.at)
        c.place = self.ex._most_specific(r) if r is not None else self.ex.topic

    def _origin_noun(self, c: Claim) -> None:
        """甲县是“…”的发源地: the place before, the practice between."""
        a, _ = c.clause
        ms = [m for m in self.ex.mechanisms if a <= m.start and m.end <= c.at]
        if not ms:
            # 作为法治乡村建设的发源地: a practice named without quotes, between the copula and 的
            hit = _ORIGIN_OF.search(self.text, a, c.at)
            if hit is None:
                return
            from .mechanisms import canonical_name

            c.mechanism, c.mention, c.span = canonical_name(hit.group(1)), None, hit.span(1)
            r = self.ex._subject_in(a, hit.start())
            c.place = self.ex._most_specific(r) if r is not None else self.ex.topic
            return
        c.mechanism, c.mention, c.span = ms[-1].name, ms[-1], (ms[-1].start, ms[-1].end)
        # “枫桥经验”发源地诸暨市枫桥镇: the origin named right after the noun
        after = next((x for x in self.ex.places if c.at + len(c.cue) <= x.start <= c.at + len(c.cue) + 1
                      and x.code), None)
        if after is not None:
            c.place = self.ex._most_specific(after)
            return
        if re.search(r"(?:到|来到|赴|前往|走进|学习)[^，。；]{0,4}$", self.text[a:ms[-1].start]):
            return  # 派人到“枫桥经验”发源地取经: a visit to the origin, which is not named
        r = self.ex._subject_in(a, ms[-1].start)
        c.place = self.ex._most_specific(r) if r is not None else self.ex.topic

    # -- the governed phrase ---------------------------------------------------------------------
    def _object(self, c: Claim, k: int, end: int, carried, verb, locus=None, place: Ref | None = None) -> None:
        """The thing the verb (or cue) governs: a mechanism mention in the phrase, else the phrase."""
        if place is not None:
            c.named = True  # 在株洲市挂牌成立, …落户重庆: the text names where the first one was made
        k = self._skip(k, cues("verb_tail") + (" ",))
        end = self._cut(k, end)
        if end - k < 2 or _starts(self.text[k:end], "joiner"):
            return  # 率先试点、生根发展…: the verb has no object here
        phrase = self.text[k:end]
        if c.scope is None:
            sw = _starts(phrase, "scope")
            if sw and c.kind != "noun":
                c.scope = sw
        # 全国首个 again inside the phrase (率先出台全国首个…): it is read as its own claim
        lead = re.match(r"^(?:%s)?(?:%s)" % ("|".join(cues("scope")), "|".join(cues("noun"))), phrase)
        if lead and lead.end() and c.kind != "noun":
            k += lead.end()
            phrase = self.text[k:end]
        if phrase.startswith("意义的"):
            k, phrase = k + 2, phrase[2:]  # 具有全国首创意义的…机制: the thing is what the significance is of
        de = _starts(phrase, "de")
        if de:
            k, phrase = k + len(de), phrase[len(de):]  # 率先推出的涉企…制度: the thing first done
        if re.match(r"^(?:%s)" % "|".join(map(re.escape, cues("not_thing"))), phrase):
            return  # 首创作为…: no verb use
        if _COUNTED_THINGS.match(phrase):
            c.rejected = "a count of things"  # …等全国首创举措3项: the things listed before it are counted
            return
        if _starts(phrase, "preposition"):
            # 首创由居民协商一致…的《住户守则》: the thing is the head after the relative clause
            rel = self._relative(k, end)
            if rel is None or not rel[1] or rel[1] in cues("place_head"):
                return  # an adverbial, not a thing
            k, phrase = rel[0] + 1, rel[1]
        if _ends(phrase.rstrip("”"), "figure"):
            c.rejected = "a figure of speech"
            return
        rel = self._relative(k, end)
        if rel is not None and rel[1] in cues("place_head"):
            end, phrase = rel[0], self.text[k:rel[0]]  # 率先出台《…》的城市: what the place did first
        kind = _ends(phrase, "place_head")
        if kind and len(kind) >= 2 and not _starts(phrase, "act"):
            c.rejected = "a kind of place"  # 甲市是全国首个…试点城市: a designation, not a practice
            return
        if any(w in _first_item(phrase) for w in cues("honour_in")):
            c.rejected = "an honour"
            return
        c.phrase = (k, end)
        appo = self._appositive(end, c.clause[1])
        if appo is not None:
            # 内地首家破产事务管理机构——深圳市破产事务管理署挂牌成立: the name after the dash
            a0, a1 = appo
            owner = next((r for r in self.ex.places if r.start == a0 and r.code), None)
            holder = next((b for b in self.ex.bodies if owner is not None
                           and b.start in (a0, self.ex._most_specific(owner).start)), None)
            ms = [m for m in self.ex.mechanisms if a0 <= m.start < a1]
            quote = re.fullmatch(r"“([^“”]+)”", self.text[k:end].strip())
            quoted = next((m for m in self.ex.mechanisms if k <= m.start < end and m.source == "quote"), None)
            if holder is not None and (quote is not None or quoted is not None and not ms):
                # 全省首个“枫桥式税务分局”——某区税务局某分局: the quoted kind is the practice, the body after the
                # dash its holder (but 首个“枫桥式”警务站——…“警调联动”服务站: a quote that only qualifies, and the
                # practice is named after the dash)
                if quoted is not None:
                    c.mechanism, c.mention, c.span = quoted.name, quoted, (quoted.start, quoted.end)
                else:
                    c.mechanism, c.span = self._name(quote.group(1)), (k, end)
                # (the body's own place where it names one inside the owner: 温州市公安局鹿城分局… → 鹿城区)
                inner = next((r for r in self.ex.places if holder.start <= r.start < holder.end
                              and r.code and r.code == holder.place_code), None)
                owner = inner or owner
                c.named = True  # the body after the dash is named as the first one's holder
            elif ms:
                c.mechanism, c.mention, c.span = ms[0].name, ms[0], (ms[0].start, ms[0].end)
            elif quoted is not None:
                # 全省首个“海上枫桥”调解中心——某镇海上矛盾纠纷调解中心: the brand quoted before the dash, not the
                # institution's full name after it
                c.mechanism, c.mention, c.span = quoted.name, quoted, (quoted.start, quoted.end)
            else:
                c.mechanism, c.span = self._name(self.text[a0:a1]), (k, a1)
            c.verb = c.verb or verb
            c.place = place or (self.ex._most_specific(owner) if owner else self._actor(c, carried, locus))
            return
        ms = [m for m in self.ex.mechanisms if k <= m.start < end]
        counted = _counted().search(phrase)
        if counted and (not ms or ms[-1].end <= k + counted.start()) and not _ends(phrase[:counted.start()],
                                                                                    "joiner"):
            # …五张清单: a number of items listed before it
            c.mechanism, c.span = self._name(counted.group(0)), (k + counted.start(), end)
        elif ms and not self._modifier(ms[0], end):
            m = ms[0]
            if _starts(self.text[m.end:end], "anaphor") is None and self._pilot(self.text[m.end:end]):
                c.rejected = "a pilot"
                return
            c.mechanism, c.mention, c.span = m.name, m, (m.start, m.end)
            for nxt in ms[1:]:
                # 首创“范式合规”和“简式合规”: the claim covers the names joined to the first
                # (as the adoption rules join a list's items; a run of titles joins what each names:
                # 率先发布《…“三项制度”配套指引》《行政处罚“四张清单”指导意见》)
                if not (self.ex._joined(m.end, nxt.start) or _NEXT_TITLE.fullmatch(self.text, m.end, nxt.start)):
                    break
                c.more.append(nxt)
                m = nxt
        elif (things := self._listed_things(k, end)) is not None:
            # 率先制定A条例、B条例、C规定等一系列…法规: each named item is a first, not the class after 等
            (s0, e0, n0), *rest = things
            c.mechanism, c.span = n0, (s0, e0)
            c.more = [Mention(s1, e1, n1, "first.list") for s1, e1, n1 in rest]
        else:
            name = self._phrase_name(k, end)
            if name is None:
                return
            if name == _PILOT:
                c.rejected = "a pilot"
                return
            if name == _ANAPHOR:
                thing = self._antecedent(k) or self._mention_after(k, c.sent[1])
                if thing is None:
                    return
                c.mechanism, c.mention, c.span = thing
            else:
                c.mechanism, c.span = name, (k, end)
        c.verb = c.verb or verb
        c.place = place or self._actor(c, carried, locus)

    def _one_thing(self, q: int, end: int) -> int:
        """A first named by a singular noun (首部, 首个) is one thing: its phrase ends at a 、 after which
        another place or body acts (…省级地方性法规、省公安厅研发…, …实践基地、衢州市试点…); not at one
        joining parts of its name (电子政务内、外网…)."""
        t = self.text[q:end]
        starts = {r.start for r in self.ex.places} | {b.start for b in self.ex.bodies}
        for i, ch, depth in _with_depth(t):
            # (a 的 after it: the places are listed inside the thing's description, 覆盖甲区、乙区的…网络)
            if ch == "、" and depth == 0 and i >= 2 and q + i + 1 in starts and "的" not in t[i:]:
                return q + i
        return end

    def _listed_things(self, k: int, end: int) -> list[tuple[int, int, str]] | None:
        """The items of a list closed by 等 (A条例、B条例、C规定等…), each named as a law or rule is (条例,
        规定, 办法 …), as (start, end, name); None unless there are two or more and all are such names (a list
        of 值班制度、例会制度 names routine duties, not firsts)."""
        t = self.text[k:end]
        stop = next((i for i, ch, depth in _with_depth(_mask_not_etc(t)) if depth == 0 and ch in cues("etc")), None)
        if stop is None:
            return None
        cuts = [-1] + [i for i, ch, depth in _with_depth(t[:stop]) if ch == "、" and depth == 0] + [stop]
        # (率先发布A、B、C等多个地方标准: the kind named after 等 is each item's, A地方标准 …)
        shared = _SHARED_KIND.match(t, stop + 1)
        heads = lexicon.cues("law_head") + ((shared.group(1),) if shared else ())
        items = []
        for a, b in zip(cuts, cuts[1:]):
            raw = t[a + 1:b].strip(" 　")
            name = raw.strip("《》“”")
            if shared and not name.endswith(lexicon.cues("law_head")) and 2 <= len(name) <= 20:
                name += shared.group(1)
            if not 4 <= len(name) <= 30 or not name.endswith(heads) or any(ch in name for ch in "，；"):
                return None
            items.append((k + a + 1, k + b, self._name(name)))
        return items if len(items) >= 2 else None

    def _modifier(self, m: Mention, end: int) -> bool:
        """《…》的城市 names the thing; “…”的做法 too; but a mention before 的 and another head is a
        modifier of that head."""
        if not _starts(self.text[m.end:end], "de"):
            # 首部“飞出地”地方性法规《…条例》: a quote before a kind of document that a title names
            after = self.text[m.end:end].lstrip("”")
            kind = _starts(after, "generic")
            return bool(kind) and after.startswith("《", len(kind))
        rel = self._relative(m.end, end)
        return rel is not None and rel[1] not in cues("place_head") and rel[1] not in cues("generic")

    def _appositive(self, at: int, end: int) -> tuple[int, int] | None:
        """——<name> right after the phrase, up to its verb (挂牌成立) or the clause's end."""
        if not self.text.startswith("——", at):
            return None
        a0 = at + 2
        t = self.text[a0:end]
        cut = len(t)
        for i in range(2, len(t)):
            if _starts(t[i:], "act") or _starts(t[i:], "np_stop") or _starts(t[i:], "settle"):
                cut = i
                break
        return (a0, a0 + cut) if cut >= 3 else None

    def _mention_after(self, k: int, e: int):
        m = next((m for m in self.ex.mechanisms if k <= m.start < e), None)
        return (m.name, m, (m.start, m.end)) if m else None

    def _cut(self, k: int, end: int) -> int:
        """The phrase ends before 并/让/实现… (…指标体系并纳入…) and at a ——."""
        t = self.text[k:end]
        best = len(t)
        for i, ch, depth in _with_depth(t):
            if ch in "“《（(”》）)":
                continue
            elif ch in "[【…\t。！？!?" or (ch == " " and i >= 2):
                best = i
                break
            elif depth == 0 and i >= 2:
                w = _starts(t[i:], "np_stop")
                # (…县级行政复议局在桐庐县挂牌成立: the thing ends where 在 names the place it stands in)
                if w or ch == "在" and any(r.start == k + i + 1 for r in self.ex.places):
                    best = i
                    break
        return k + best

    @staticmethod
    def _pilot(after: str) -> bool:
        """率先开展了…制度试点工作: a pilot is ADOPTED with mode 试点, not a first (SCHEMA.md)."""
        return bool(re.match(r"^[^，。；]{0,8}%s$" % _alt("pilot"), after))

    def _phrase_name(self, k: int, end: int) -> str | None:
        """An unquoted practice read off the phrase (零散工业废水管理条例)."""
        phrase = self.text[k:end].strip()
        measure = _starts(phrase, "measure")
        phrase = phrase[len(measure):] if measure else phrase
        if _starts(phrase, "anaphor"):
            return _ANAPHOR
        if _ends(phrase, "pilot"):
            return _PILOT
        # a quote closing the phrase is the brand (跨省域“川渝通办·云综窗”)
        q = re.search(r"“([^“”]{2,24})”(%s)?$" % "|".join(map(re.escape, lexicon.cues("suffix_drop"))), phrase)
        if q and q.start() > 0 and not _etc(phrase[:q.start()]):
            return self._name(q.group(1))
        rel = self._relative(k, end)
        name = phrase
        titled = re.search(r"(?:%s)(《[^《》]+》)$" % "|".join(map(re.escape, cues("generic"))), phrase)
        if titled:
            name, rel = titled.group(1), None  # “飞出地”地方性法规《…条例》: the title names the kind of document
        if rel is not None:
            head = self.text[rel[0] + 1:end]
            if head.strip("“”") in cues("generic"):
                name = self.text[k:rel[0]] + head  # 保障公众参与立法的市政府规章
            else:
                name = head  # 集…等职能于一体的…中心: the head after the relative clause
        if _etc(name) or "…" in phrase:
            return None  # a class of things (智能网联汽车、民用无人驾驶航空器等规章)
        title = re.fullmatch(r"《([^《》]+)》", name)
        if title:
            from .mechanisms import _strip_title

            name = _strip_title(title.group(1))
        name = name.replace("“", "").replace("”", "").replace("《", "").replace("》", "")
        if _ends(name, "not_practice"):
            return None  # 《…实施方案》: a plan, not a practice
        if len(name) < 3 or len(name) > 30 or name in cues("generic") or _starts(name, "blocked"):
            return None
        if _starts(name, "act") and len(name) - len(_starts(name, "act")) < 4:
            return None
        return self._name(name)

    @classmethod
    def _listed_name(cls, quoted: str) -> str:
        """The name of a quoted practice whose words are listed with commas (“小事不出村，大事不出镇”)."""
        return cls._name(quoted.replace(",", "、").replace("，", "、"))

    @staticmethod
    def _name(name: str) -> str:
        from .mechanisms import canonical_name

        name = name.strip().strip("“”《》")
        canon = canonical_name(name)
        if canon != name:
            return canon
        # the schema's names drop a trailing 制度/机制/模式/改革 (SCHEMA.md: Mechanism)
        for h in lexicon.cues("suffix_drop"):
            if name.endswith(h) and len(name) - len(h) >= 4:
                return canonical_name(name[:-len(h)])
        return name

    # -- who was first ---------------------------------------------------------------------------
    def _actor(self, c: Claim, carried: Ref | None, locus: Ref | None) -> Ref | None:
        """The place acting in the clause before the cue; 在<place>率先 names the scope when the
        actor lies inside that place, else the place where it was first done."""
        ex = self.ex
        a, _ = c.clause
        r = ex._subject_in(a, c.at)
        if r is not None and r is locus:
            r = None
        if r is not None and self.text[ex._run_start(r) - 1:ex._run_start(r)] == "在" and ex.topic is not None \
                and ex.topic.code and r.code and ex._wider(r, ex.topic):
            r = None  # 在江苏全省率先… in a text about 苏州市: the province after 在 is the scope, not the actor
        if c.kind == "noun" and locus is not None and locus.code:
            # 这是长沙第一部…法规: a first inside a place made by that place itself (or a place above it)
            # is its own first, not a first among places (convention 3)
            who = r or carried or ex.topic
            if who is not None and who.code:
                from .gazetteer import Gazetteer

                if who.code == locus.code or Gazetteer.default().is_ancestor(who.code, locus.code):
                    c.rejected = c.cue + " of the place itself"
                    return None
        if r is not None and (self.text[a:ex._run_start(r)] in _SUBJECT_LEAD or self._right_before(r, c)):
            c.named = True
            r = ex._enumerated_subject(a, c.at) or r  # 杭州市探索…、金华市成立全省首家…: its own part's place
            if locus is not None and r.code and locus.code:
                from .gazetteer import Gazetteer

                if Gazetteer.default().is_ancestor(r.code, locus.code):
                    return locus  # 黄浦区在半淞园路街道率先试点: the street was first
            return r
        if locus is not None and carried is not None and carried.code and locus.code:
            from .gazetteer import Gazetteer

            g = Gazetteer.default()
            if g.is_ancestor(carried.code, locus.code):
                return locus
        return carried or ex.topic

    def _right_before(self, r: Ref, c: Claim) -> bool:
        """尤其是宁海县2014年3月在全国率先推出的…: the place stands right before the claim, only a time
        phrase and its scope (在全国) between them, whatever words open the clause."""
        gap = self.text[r.end:c.at]
        t = _TIME_LEAD.match(gap)
        gap = gap[t.end():] if t else gap
        w = _starts(gap, "zai")
        gap = gap[len(w):] if w else gap
        sw = _starts(gap, "scope")
        gap = gap[len(sw):] if sw else gap
        return gap.strip(" ，,") == ""

    # -- facts -----------------------------------------------------------------------------------
    def _idea(self, c: Claim) -> bool:
        """率先提出“…”工作理念, …基层治理新思路: what was first put forward is an idea, unless the text also has it
        run (…，并在全市推行“三治融合”) or it is a known practice."""
        named = c.mechanism.endswith(cues("idea_head")) or (
            c.span is not None and _idea_after().match(self.text, c.span[1], c.span[1] + 10) is not None)
        if not named:
            return False
        head = next((w for w in cues("idea_head") if c.mechanism.endswith(w)), "")
        names = {c.mechanism, re.sub(r"(?:工作)?$", "", c.mechanism[:len(c.mechanism) - len(head)])}
        if any(lexicon.mechanisms().canonical(n) is not None for n in names):
            return False
        # named again, outside the title and not as the idea (…，并在全市推行“三治融合”): run there too, a practice
        said = self.text[c.span[0]:c.span[1]] if c.span is not None else c.mechanism
        quoted = re.search(r"“([^“”]+)”", said)
        surface = quoted.group(1) if quoted else said
        if len(surface) < 2:
            return True
        title = self.ex.info.title or ""
        skip = len(title) if title and self.text.startswith(title) else 0
        again = [m for m in re.finditer(re.escape(surface), self.text) if m.start() >= skip
                 and not (c.span is not None and c.span[0] <= m.start() < c.span[1])
                 and _idea_after().match(self.text, m.end(), m.end() + 10) is None]
        return not again

    def _settle(self) -> None:
        ex = self.ex
        for c in self.claims:
            if c.rejected is None and c.mechanism and self._project_title(c):
                c.rejected = "a project title"
            elif c.rejected is None and c.mechanism and self._idea(c):
                c.rejected = "an idea"  # 率先提出“…”工作理念: a way of thinking put forward, not a practice run
            elif c.rejected is None and c.mechanism and c.verb in cues("publish") \
                    and not c.mechanism.endswith(cues("published_head")):
                c.rejected = c.verb + " of no list"  # 公布全国首个…运行数据: data made public, not a practice
        self._targets_reached()
        self._predicates()
        made = [c for c in self.claims if c.rejected is None and c.mechanism and c.place is not None]
        decided = [c for c in self.claims if c.rejected is not None or (c.mechanism and c.place is not None)]
        self._drop_superseded(decided)
        seen = set()
        for c in made:
            members = ex._list_members(c.place, c.sent[0], c.sent[1]) if c.place.start < c.sent[1] else [c.place]
            if c.mention is not None and len(members) == 1 and not c.named:
                # no pioneer named in the clause: the adoption rules' reading of who adopted this very
                # mention stands (one reading of who acted)
                theirs = [f for f in ex.facts if f.type == "ADOPTED" and f.mechanism == c.mention.name
                          and f.start is not None and c.sent[0] <= f.start < c.sent[1] and f.place]
                if theirs and not any(f.place == c.place.name for f in theirs) and len(theirs) == 1:
                    f = theirs[0]
                    members = [Ref(c.place.start, c.place.end, f.place, f.place_code, f.parent)]
            elif c.mention is not None and c.named and len(members) == 1:
                # the pioneer named right before the claim (尤其是宁海县…率先推出的“…”) is who adopted this
                # very mention: the sentence's other actor did not (one reading of who acted)
                named_here = {r.code for r in ex.places if c.clause[0] <= r.start < c.clause[1]}
                ex.facts = [f for f in ex.facts if not (
                    f.type == "ADOPTED" and f.mechanism == c.mention.name and f.start is not None
                    and c.sent[0] <= f.start < c.sent[1] and f.place_code and f.place_code != c.place.code
                    and f.place_code not in named_here and (f.rule or "").startswith("adopt."))]
            for p, name, mention in [(p, self._aligned(c, p), c.mention) for p in members] + [
                    (p, self._aligned(c, p, m), m) for m in c.more for p in members]:
                # the name the adoption rules gave the same practice (one node, no second twin)
                key = (p.name, name)
                if key in seen or any(f.type == "PIONEERED" and f.place == p.name and f.rule.startswith("first.")
                                      and _variant(f.mechanism, name) for f in ex.facts):
                    continue  # 线上政策文件库 … 现行有效政策文件库: the same practice again
                seen.add(key)
                year, ysrc = c.year
                span = c.span or (c.at, c.at + len(c.cue))
                lo, hi = min(span[0], c.at), max(span[1], c.at + len(c.cue))
                cat = mention.category if mention else None
                inst = mention.instance_of if mention else None
                if not any(f.type == "PIONEERED" and f.place == p.name and same_practice(f.mechanism, name)
                           for f in ex.facts):
                    ex._add(f"first.{c.kind}.{c.cue}", (lo, hi), c.sent, 0.7, type="PIONEERED", place=p.name,
                            parent=p.parent, place_code=p.code, mechanism=name, scope=c.scope,
                            year=year, year_source=ysrc)
                if not any(f.type == "ADOPTED" and f.place == p.name and same_practice(f.mechanism, name)
                           for f in ex.facts):
                    ex._add("first.adopt", (lo, hi), c.sent, 0.7, type="ADOPTED", place=p.name, parent=p.parent,
                            place_code=p.code, mechanism=name, year=year, year_source=ysrc,
                            mode=c.verb or c.cue, category=cat, instance_of=inst)

    def _predicates(self) -> None:
        """PIONEERED of the practice a sentence put in place before saying it was a first in a scope
        (桐庐县推出“共享法庭”，在全国属首创): the adoption rules' reading of who adopted it stands."""
        ex = self.ex
        words = cues("predicate_first") + cues("precedent") + cues("predicate_noun") + cues("gap")
        if not any(w in self.text for w in words):
            return  # most articles: no first said after a practice
        for sent, subj, topic, *_ in ex.sentence_states:
            s, e, _ = sent
            if not holds_any(self.text, s, e, words):
                continue  # each alternative of the pattern ends on one of the words: most sentences hold none
            for m in _predicate_first().finditer(self.text, s, e):
                scope = next((g for g in m.groups() if g), None)
                if scope is None:
                    continue  # 属首创 with no scope: whose first it is cannot be told
                before = [f for f in ex.facts if f.type == "ADOPTED" and f.start is not None
                          and s <= f.start < m.start() and f.place]
                if not before:
                    self._predicate_subject(m, sent, subj or topic, scope)
                    continue
                last = max(f.start for f in before)
                for f in [f for f in before if f.start == last]:
                    if any(g.type == "PIONEERED" and g.place == f.place and same_practice(g.mechanism, f.mechanism)
                           for g in ex.facts):
                        continue
                    ex._add("first.predicate", (f.start, m.end()), sent, 0.6, type="PIONEERED", place=f.place,
                            parent=f.parent, place_code=f.place_code, mechanism=f.mechanism, scope=scope,
                            year=f.year, year_source=f.year_source)

    def _predicate_subject(self, m: re.Match, sent, place: Ref | None, scope: str) -> None:
        """桐庐县“共享法庭”开全国先河 / …推出的“共享法庭”填补了全国空白: no adoption read before the first, so
        the practice named last before it, and the place the sentence is about, are the pioneer's."""
        ex = self.ex
        s = sent[0]
        ms = [x for x in ex.mechanisms if s <= x.start and x.end <= m.start()]
        run = _TITLES_BEFORE.search(self.text, s, m.start()) if not ms else None
        if run is not None and run.group(1).count("《") >= 2 and place is not None and place.code:
            # 《A条例》《B办法》…5件属“全国首创”: each of the titles listed is a first of the place's
            lead = self.text[max([s] + [self.text.rfind(ch, s, run.start()) + 1 for ch in "，,；;"]):run.start()].strip()
            if not lead or _ends(lead.removesuffix("的"), "act"):  # (制定出台的《…》)
                for t in re.finditer(r"《[^《》]{3,40}》", run.group(1)):
                    a = run.start(1) + t.start()
                    name = None if _starts(t.group(0)[1:], "national_law") else self._phrase_name(a, a + len(t.group(0)))
                    if name and name not in (_PILOT, _ANAPHOR):
                        self._pioneer_at(Mention(a, a + len(t.group(0)), name, "title"), m, sent, place, scope)
            return
        if not ms:
            # 《三江源国家公园条例(试行)》开创全国…先例: a title standing right before the first is the practice
            t = _TITLE_BEFORE.search(self.text, s, m.start())
            if t is not None:
                title_end = t.start(1)
                # (the title opens its clause, or a verb that makes it stands right before it: 出台《…》; a law
                # merely studied or cited, 学习《中华人民共和国民法典》, is no first of the place's)
                lead = self.text[max([s] + [self.text.rfind(ch, s, t.start()) + 1 for ch in "，,；;"]):t.start()].strip()
                name = None if (lead and not _ends(lead, "act")) or _starts(t.group(0)[1:], "national_law") \
                    else self._phrase_name(t.start(), title_end)
                if name and name not in (_PILOT, _ANAPHOR):
                    ms = [Mention(t.start(), title_end, name, "title")]
        if not ms or place is None or not place.code:
            return
        self._pioneer_at(ms[-1], m, sent, place, scope)

    def _pioneer_at(self, x: Mention, m: re.Match, sent, place: Ref, scope: str) -> None:
        """PIONEERED of practice ``x`` by ``place`` in ``scope``, said by the first ``m``, with its ADOPTED twin."""
        ex = self.ex
        s = sent[0]
        year, ysrc = ex._year((s, m.end()), sent, x.start)
        ex._add("first.predicate", (x.start, m.end()), sent, 0.6, type="PIONEERED", place=place.name,
                parent=place.parent, place_code=place.code, mechanism=x.name, scope=scope, year=year, year_source=ysrc)
        if not any(f.type == "ADOPTED" and f.place == place.name and same_practice(f.mechanism, x.name)
                   for f in ex.facts):
            ex._add("first.adopt", (x.start, m.end()), sent, 0.6, type="ADOPTED", place=place.name,
                    parent=place.parent, place_code=place.code, mechanism=x.name, year=year, year_source=ysrc)

    def _targets_reached(self) -> None:
        """ADOPTED of each practice a place reached a target with first (率先实现…制度的全覆盖)."""
        ex = self.ex
        for c in self.claims:
            if not c.reached or c.place is None or not c.place.code:
                continue
            year, ysrc = ex._year(c.clause, c.sent, c.at)
            for m in c.reached:
                if any(f.type == "ADOPTED" and f.place == c.place.name and same_practice(f.mechanism, m.name)
                       for f in ex.facts):
                    continue
                ex._add("adopt.target", (c.at, m.end), c.sent, 0.6, type="ADOPTED", place=c.place.name,
                        parent=c.place.parent, place_code=c.place.code, mechanism=m.name, year=year,
                        year_source=ysrc, mode=c.cue, category=m.category, instance_of=m.instance_of)

    def _aligned(self, c: Claim, p: Ref, joined: Mention | None = None) -> str:
        """The name the adoption rules gave the same practice, so that the first and its adoption are
        one node: an adoption of this place read in the same sentence from the same words, else the
        shortest name of this place's adoptions that the claimed name contains (the pipeline merges
        such variants, pipeline._merge_variants)."""
        ex = self.ex
        if joined is not None:  # a name joined to the claimed one is taken as the mention reads it
            return next((f.mechanism for f in ex.facts if f.type == "ADOPTED" and f.place == p.name
                         and same_practice(f.mechanism, joined.name)), joined.name)
        inside = {m.name for m in ex.mechanisms if c.phrase and c.phrase[0] <= m.start < c.phrase[1]}
        for f in ex.facts:
            if (f.type == "ADOPTED" and f.place == p.name and f.start is not None and c.sent[0] <= f.start < c.sent[1]
                    and (same_practice(f.mechanism, c.mechanism) or f.mechanism in inside)):
                return f.mechanism
        for f in ex.facts:
            if f.type == "PIONEERED" and f.place == p.name and same_practice(f.mechanism, c.mechanism):
                return f.mechanism  # a first of this place already read under that name
        shorter = sorted((f.mechanism for f in ex.facts if f.type == "ADOPTED" and f.place == p.name and f.mechanism
                          and len(f.mechanism) >= 4 and f.mechanism != c.mechanism and f.mechanism in c.mechanism),
                         key=len)
        return shorter[0] if shorter else c.mechanism

    def _project_title(self, c: Claim) -> bool:
        """A first claim inside the title of a demonstration project named in the same sentence
        (1.甲市率先推行“…”改革) gives the project fact only (convention 1)."""
        s, e, _ = c.sent
        return any(f.type == "NAMED_DEMONSTRATION_PROJECT" and f.start is not None and s <= f.start < e
                   and (c.cue in (f.project or "") or same_practice(f.project, c.mechanism)) for f in self.ex.facts)

    def _drop_superseded(self, decided: list[Claim]) -> None:
        """The older rule's PIONEERED facts whose cue this reader decided: this reader's reading stands."""
        ex = self.ex
        pioneer_cues = lexicon.cues("pioneer")
        keep = []
        for f in ex.facts:
            if f.type != "PIONEERED" or not (f.rule or "").startswith("pioneer.") or f.start is None:
                keep.append(f)
                continue
            sent = next((x for x in ex.info.sentences if x[0] <= f.start < x[1]), None)
            if sent is None:
                keep.append(f)
                continue
            ends = [m.start for m in ex.mechanisms if sent[0] <= m.start < sent[1] and m.name == f.mechanism]
            mine = False
            for upto in ends or [sent[1]]:
                # the cue the older rule read: the last pioneer cue before the practice
                cue_at = None
                for w in pioneer_cues:
                    i = self.text.rfind(w, sent[0], upto)
                    if i >= 0 and (cue_at is None or i > cue_at):
                        cue_at = i
                if cue_at is not None and any(abs(c.at - cue_at) <= 2 for c in decided):
                    mine = True  # decided here: a claim of this reader, or no first at all
            if not mine:
                keep.append(f)
        ex.facts = keep


def _variant(a: str | None, b: str | None) -> bool:
    """Two spellings of one practice: a shared ending of five characters or more that makes most of
    the shorter name (线上政策文件库 / 全市统一的现行有效政策文件库)."""
    if not a or not b or a == b:
        return False
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n >= 5 and n >= 0.6 * min(len(a), len(b))
