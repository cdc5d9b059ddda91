"""What the relation rules share: the article being read, its mentions, subjects and years.

The subject of a clause is a place named in it, else the place of a body acting in it, else the
sentence's subject, else the topic place carried from earlier sentences (initially the article's
main place).  Years: see years.py.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate
from collections.abc import Iterator
from functools import lru_cache
from dataclasses import dataclass, field

import ahocorasick_rs as ac

from ..dates import labelled_date
from ..model import Fact
from . import lexicon, years

_CLAUSE_BREAK = re.compile(r"[，,；;：:]")
_PAGE_HEAD = 300  # characters from an article's start within which a labelled date is the page's own
# a programme's brand opening on a place (法治浙江…考核, 平安宁波): the place neither acts nor holds an honour
BRAND_LEAD = lexicon.cues("place_brand_lead")
_OBJECT_BEFORE = lexicon.cues("object_before") + BRAND_LEAD
# a list of holders announced after a title (…示范项目，分别是：甲市“…”、乙县…; 包括：…): award_facts.py reads
# its entries, mechanism_facts.py leaves their titles unadopted
LISTED_AFTER = re.compile(r"[”\"]?(?:称号)?\s*[，,]\s*(?:分别是|分别为|具体是|具体为|包括|即)\s*[：:]?\s*")
_LIST_SEP = re.compile(r"^[、和及与,，]+$")
# an item given with its official name in brackets (…、高新区(新市区)、米东区): the gaps around the bracketed
# place are a separator with the common name and its opening bracket, and the closing bracket and a separator
_LIST_SEP_INTO = re.compile(r"^[、和及与,，]+[\u4e00-\u9fff]{1,6}[（(]$")
_LIST_SEP_OUT = re.compile(r"^[)）][、和及与,，]+$")
_PLAN_HEADING = lexicon.cues("plan_heading")
_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[.、．])")
_MAX_VERB_GAP = 20  # characters between an adoption verb and the name it governs
_BATCH_OF_LIST = re.compile(r"(首批|第[一二三四五六七八九十\d]+批)[^，。；,;]{0,14}示范")
# clauses that open a sentence before its actor: purpose, condition, reference
_LEAD_CLAUSE = re.compile(r"^(?:为了|为|针对|围绕|面对|随着|根据|按照|依据|对照|聚焦|立足|通过|借助|在[^，]{0,12}(?:方面|中|上|下))")
# 以九龙湖镇、骆驼街道…试点为契机，…: the places a clause takes as its occasion do not act in it or after it
_OCCASION = re.compile("\\s*以[^，。；]{2,60}为(?:%s)\\s*[，,]?$" % "|".join(lexicon.cues("occasion_tail")))
# 在省委、省政府和市委、市政府的正确领导下: under whose lead, not who acts
_UNDER = re.compile(r"^在[^，。；]{0,40}(?:领导|指导|支持|关心|帮助|部署|推动|督导)下")
# a clause that is only a date: 2020年8月 / 2023年以来 / 2024年底
_TIME_PHRASE = re.compile(r"^(?:在|于)?((?:19|20)\d{2})\s*年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:以来|底|初|末|上半年|下半年|年中)?$")
# a news dateline opening a story (本报讯 记者 某某, 某某全媒体讯(某某), 新华社北京1月5日电(记者 某某)): the
# outlet and its place, then the reporter, before the story's own first words
_DATELINE = re.compile(r"\s*[^，。；,;\s（）()]{0,16}?(?:讯|\d{1,2}日电)(?=\s|[（(]|(?:见习)?记者|\d)\s*(?:[（(][^（）()]{1,30}[)）]"
                       r"|(?:见习)?记者\s*[\u4e00-\u9fff]{2,4}(?:\s*通讯员\s*[\u4e00-\u9fff]{2,4})?\s)?\s*")
# a byline names its author's office: 赵海 山东省东营市副市长、市公安局局长
_BYLINE = re.compile(r"(书记|市长|县长|区长|州长|省长|局长|厅长|主任|院长|检察长|记者|通讯员)")
# what may stand before a clause's acting place: nothing, or a preposition of agency/locus
# a local office named for the place it serves (下党派出所, 城关司法所): an actor of its own
_LOCAL_OFFICE = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:%s)" % "|".join(map(re.escape, lexicon.cues("local_office"))))
_SUBJECT_LEAD = lexicon.cues("subject_lead")
# 该院, 该所: a body named before, by the last word of its name (relation_cues.tsv unit_anaphor)
UNIT_ANAPHOR = re.compile("该(%s)" % "|".join(sorted(lexicon.cues("unit_anaphor"), key=len, reverse=True)))
# 该院 opening a clause, after what may stand before it (a space, a comma)
_OPENING_ANAPHOR = re.compile(r"[ 　，,]*(" + UNIT_ANAPHOR.pattern + ")")
# what follows 该院/该所 when the clause is about its people or what belongs to it (该院院长, 该所辖区内的…)
_ANAPHOR_OWNS = re.compile("的|%s" % "|".join(lexicon.cues("anaphor_owns")))
# 在长兴县试点…: the place a clause says something is tried or done in (ArticleBase._clause_subject)
_LOCUS = re.compile(r"在([^，。；]{2,12}?)(?:试点|率先|开展|推行|探索)")
_SHORTCOMING = lexicon.cues("shortcoming")
# a shortcoming a verb a few words before addresses (针对…薄弱环节, 补齐短板): what the sentence does is done
_SHORTCOMING_WORD = re.compile("|".join(_SHORTCOMING))
_MENDED = tuple(lexicon.cues("shortcoming_mended"))
_ADDRESSED = re.compile("(?:%s)(?!性)[^，。；,;：:]{0,12}$" % "|".join(lexicon.cues("shortcoming_addressed")))  # (针对性不强 addresses nothing)


def says_shortcoming(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] names a shortcoming it does not address (存在不足, 还有差距 — not 补齐短板)."""
    return any(not _ADDRESSED.search(text, max(s, w.start() - 16), w.start())
               and not text.endswith(_MENDED, s, w.start())
               for w in _SHORTCOMING_WORD.finditer(text, s, e))
@lru_cache(maxsize=4)
def _first_cues(*roles: str) -> tuple[str, ...]:
    """The first-claim reader's cue words of ``roles`` (all that open a claim by default), for rules here that
    must not read a first's scope as an actor."""
    from .firsts import cues  # (firsts.py reads articles: imported when first asked)

    return tuple(w for role in (roles or ("lead", "noun", "verb")) for w in cues(role))


# the area of a place named again right after it (江苏省内, 江苏全省, 浙江境内)
_WITHIN = re.compile(r"(?:省内|市内|区内|县内|境内|全省|全市|全区|全县|范围内|内)?")
_REVIEW_EVENT = lexicon.cues("review_event")
_PROBLEM_HEADING = lexicon.cues("problem_heading")
_DUTY_AFTER = lexicon.cues("duty_after")
_FIRST_NOUNS = ("首个", "首家", "首部", "首份", "第一个")
_DUTY_TOOL = lexicon.cues("duty_tool")


def same_practice(a: str | None, b: str | None) -> bool:
    """Two names of one practice as the deciders read them: equal, or one inside the other, once quotes,
    enumeration commas and spaces are gone (六尺巷 / 六尺巷工作法)."""
    if not a or not b:
        return False
    a2, b2 = re.sub(r"[“”、·\s]", "", a), re.sub(r"[“”、·\s]", "", b)
    return a2 == b2 or (min(len(a2), len(b2)) >= 2 and (a2 in b2 or b2 in a2))


@dataclass
class Ref:
    start: int
    end: int
    name: str
    code: str | None = None
    parent: str | None = None
    level: str | None = None
    kind: str = "Place"  # Place | Body
    place_name: str | None = None  # a body's place
    place_code: str | None = None
    place_parent: str | None = None
    via_body: bool = False  # a place that acts through one of its bodies (省委依法治省办 → its province)


@dataclass
class Mention:
    start: int
    end: int
    name: str
    source: str
    kind: str = "Mechanism"  # Mechanism | Award
    award_kind: str | None = None
    level: str | None = None
    conferring: str | None = None
    category: str | None = None
    instance_of: str | None = None


@dataclass
class ArticleInfo:
    doc: str
    title: str | None = None
    index: int = 0
    date_year: int | None = None
    # what 今年/去年 count from: the date's year, else the latest year an undated text states (years.latest_year)
    relative_base: int | None = None
    title_year: int | None = None
    plan: bool = False
    sentences: list[tuple[int, int, int]] = field(default_factory=list)  # start, end, paragraph
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    main_place: Ref | None = None
    main_reason: str | None = None  # why main_place was chosen (salience.py)
    date: str | None = None  # the article's date (ISO), reported on every fact
    report: bool = False  # an annual report or work summary (its year is title_year)
    disabled: frozenset = frozenset()  # rules and deciders switched off (relations.SENTENCE_RULES, DECIDERS)

    def __post_init__(self) -> None:
        if self.relative_base is None:
            self.relative_base = self.date_year  # (a dated text counts its 今年 from its date)


def _scope_of(place_name: str) -> str | None:
    """全省/全市/全县/全区: the scope of 'first in …' for a place of that kind."""
    for suffix, scope in (("自治区", "全区"), ("省", "全省"), ("市", "全市"), ("州", "全州"), ("县", "全县"),
                          ("区", "全区"), ("旗", "全旗")):
        if place_name.endswith(suffix):
            return scope
    return None


def _find_cue(text: str, role: str) -> tuple[int, str] | None:
    """The first cue word of ``role`` in ``text`` (position, word; the longest at that position)."""
    m = _cue_pattern(role).search(text)
    return (m.start(), m.group(0)) if m else None


# a time phrase opening a clause, before its actor (2009年, 从2021年3月, 今年以来)
_TIME_LEAD = re.compile(r"\s*(?:从|自|于)?(?:(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?|今年|去年|近年来|近年)"
                        r"(?:以来|起|初|底|末|上半年|下半年)?")


# a place that begins a school's or college's own name (武汉警官职业学院, 灵石县第二小学) is a word of
# that name, not a place that acts or holds
_SCHOOL_AFTER = re.compile(r"[^\W与和及同在对向把将为的是]{0,6}?(?:%s)" % "|".join(lexicon.cues("school_word")))


def begins_school(text: str, end: int) -> bool:
    """武汉警官职业学院, 浙江大学: the place ending at ``end`` is the first word of a school's name (not
    大学生, not 建设创业大学)."""
    m = _SCHOOL_AFTER.match(text, end)
    return m is not None and text[m.end():m.end() + 1] != "生" and _find_cue(m.group(0), "adopt") is None


@lru_cache(maxsize=None)
def _cue_pattern(role: str) -> re.Pattern:
    # cues() is longest first: the alternation takes the longest word at the leftmost place
    return re.compile("|".join(map(re.escape, lexicon.cues(role))))


def next_line(text: str, b: int) -> str:
    """The line after the one that ends at or after ``b`` ('' at the end of the text)."""
    nl = text.find("\n", b)
    if nl < 0:
        return ""
    end = text.find("\n", nl + 1)
    return text[nl + 1:end if end >= 0 else len(text)]


_ITEM_JOIN = re.compile(r"以及|和|及")


def list_items(text: str, a: int, b: int, sep: str, place_starts: set[int]) -> list[tuple[int, int]]:
    """The spans of the items of text[a:b] split at ``sep``, and at 和/及 right before a place (永济市栲栳镇和
    垣曲县皋落乡皋落村: two items, not one name); ``place_starts`` are where the places that may follow start."""
    spans = []
    for m in re.finditer(r"(?:(?!%s)[\s\S])+" % sep, text[a:b]):
        s, e = a + m.start(), a + m.end()
        for j in _ITEM_JOIN.finditer(text, s, e):
            if j.end() in place_starts and j.start() > s:
                spans.append((s, j.start()))
                s = j.end()
        spans.append((s, e))
    return spans


def _last_cue(text: str, role: str) -> tuple[int, str] | None:
    # the cue that ends last; of cues ending together the longest (全面推行 over 推行)
    key = None
    for _, a, b in _cue_automaton(role).find_matches_as_indexes(text, overlapping=True):
        if key is None or (b, b - a) > key:
            key = (b, b - a)
    return (key[0] - key[1], text[key[0] - key[1]:key[0]]) if key else None


@lru_cache(maxsize=None)
def _cue_automaton(role: str) -> ac.AhoCorasick:
    # every occurrence of every cue in one pass (overlapping): a word's last occurrence is among them,
    # where an rfind per cue word read the text once per word (70 words for adopt)
    return ac.AhoCorasick(list(lexicon.cues(role)))


# the roles whose cue words the sentence rules ask _cue_in about, sentence after sentence: an article is
# read for all of them in one pass, where a pass per role read it seven times (about 1 % of extraction);
# a role not named here gets a pass of its own, as before
_GATE_ROLES = ("honour", "candidate", "on_the_list", "on_the_list_bare", "confer_to", "confer_decision",
               "local_office")


@lru_cache(maxsize=1)
def _gate_automaton() -> tuple[ac.AhoCorasick, list[tuple[str, ...]]]:
    """One automaton over the cue words of every gate role, and for each of its words the roles it is a
    cue of (a word may serve several: 授予 is a cue of honour, confer_to and confer_decision)."""
    words = sorted({w for role in _GATE_ROLES for w in lexicon.cues(role)})
    return ac.AhoCorasick(words), [tuple(r for r in _GATE_ROLES if w in lexicon.cues(r)) for w in words]


class Enclosing:
    """Whether one of a set of spans holds a stretch whole (start <= a and b <= end): by bisection over
    the spans' starts and the furthest end reached by those starting at or before each, rather than a
    scan of every span for every place asked about."""

    def __init__(self, spans):
        spans = sorted(spans)
        self.starts = [a for a, _ in spans]
        self.reach = list(accumulate((b for _, b in spans), max))

    def holds(self, a: int, b: int) -> bool:
        k = bisect_right(self.starts, a)  # the spans starting at or before a
        return k > 0 and self.reach[k - 1] >= b


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, s = [], start
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        out.append((s, m.start()))
        s = m.end()
    out.append((s, end))
    return [(a, b) for a, b in out if b > a]


_UNIT_WORDS = "省市县区州旗"  # the level words a bare body name begins with (ArticleBase._own_units)


@lru_cache(maxsize=None)
def _own_body_pattern() -> re.Pattern:
    # one pattern for every level word, built once: joining and escaping the organ suffixes for every
    # article cost more than reading the article with it, and compiling the alternation once per set of
    # an article's units (13 sets on the 1 MB bench corpus, each compile a few ms) was 3 % of extraction
    from .bodies import institution_heads, organ_suffixes

    heads = sorted(set(organ_suffixes()) | set(institution_heads()), key=len, reverse=True)
    inst = sorted(set(institution_heads()), key=len, reverse=True)
    # an organ follows its level word at once; an institution may have a few words of its own name between
    # (省女子劳教所, 省第三监狱)
    return re.compile("([%s])((?:%s)|[^\\W的和与及、，等在]{1,4}?(?:%s))" % (
        _UNIT_WORDS, "|".join(map(re.escape, heads)), "|".join(map(re.escape, inst))))


def _own_body_matches(text: str, units) -> Iterator[re.Match]:
    """What finditer gives for the pattern with only ``units`` (single level words) as its first group: a
    match at another level word is passed over and the search goes on from its next character, not from its
    end, exactly as a pattern without that word would look there."""
    rx = _own_body_pattern()
    pos = 0
    while True:
        m = rx.search(text, pos)
        if m is None:
            return
        if m.group(1) in units:
            yield m
            pos = m.end()
        else:
            pos = m.start() + 1


# 该镇, 该县, 该街道: a place pointed back to by its kind (not 该市场, 该区域, 该县级…)
_POINTED_BACK = re.compile(r"(?<![应本不活理])该(街道|社区|镇|乡|县|市|区|村|旗|州)"
                           r"(?![场域级块]|民(?!营|政)|委(?!托)|长(?!期))")  # (该市场, 该区域, 该市民; not 该市民营经济)
_LIST_JOINERS = ("、", "与", "和", "及")
_LISTED_ON = _LIST_JOINERS + ("一同", "等")
# a place inside a title or quote names a document or a brand, not an actor (《泉州市…条例》, “晋江经验”)
_NAMED_SPAN = re.compile(r"《[^《》]*》|“[^“”]*”")


@lru_cache(maxsize=None)
def _own_place_patterns(kinds: str) -> tuple[re.Pattern, re.Pattern]:
    """(the pattern of 我市, 本县, 市本级 for the level words ``kinds`` (an alternation), a pattern that
    matches wherever the first does and more)."""
    # (市本级及甲区、乙旗被命名为…: the city's own level, beside its districts, is the city)
    exact = re.compile("[我本](%s)|(?:(?<![\u4e00-\u9fff])|(?<=[，,、及和]))(%s)本级" % (kinds, kinds))
    # without the lookbehind every alternative opens on a character of a set, so the engine skips to those
    # characters; the lookbehind opening the exact pattern has it tried at every character of the article
    near = re.compile("[我本](?:%s)|(?:%s)本级" % (kinds, kinds))
    return exact, near


def _own_place_matches(text: str, kinds: str) -> Iterator[re.Match]:
    """What finditer gives for the exact pattern of _own_place_patterns: it is tried only where the near
    one matches (no match of it starts anywhere else)."""
    exact, near = _own_place_patterns(kinds)
    pos = 0
    while True:
        c = near.search(text, pos)
        if c is None:
            return
        m = exact.match(text, c.start())  # (its lookbehind reads the text before the start, as finditer's)
        if m is None:
            pos = c.start() + 1
        else:
            yield m
            pos = m.end()


# a year (with 年, not 年度) between words of a name: (?<=CJK) YYYY年 (?=CJK)
_NAMED_YEAR = re.compile(r"(?<=[\u4e00-\u9fff])(?:19|20)\d{2}年(?!度)(?=[\u4e00-\u9fff])")
_NAME_REST = re.compile(r"[^、，,；;。！？\n“”]*")
# (甲局2021年被评为先进单位: a verb after the year makes it the year of the statement)
_HONOUR_VERB = _cue_pattern("year_statement_verb")
_YEAR_LEAD = re.compile("(?:%s)$" % _cue_pattern("year_opens_name").pattern)
# the words of the name before the year open with its scope (全国司法行政机关2021年…): not a place or body that
# acts (镇海区2021年创成…示范区, 镇海区2022年入围…: the year of the statement)
_NAME_OPENING = re.compile(r"((?:全国|全省|全市|全区|全县|全州|全盟|国家|省级|市级)[\u4e00-\u9fff]{2,14})$")


class ArticleBase:
    """An article with its mentions; the fact rules (mixins) read and add to it."""

    def __init__(self, text: str, info: ArticleInfo, places: list[Ref], bodies: list[Ref],
                 mechanisms: list[Mention], awards: list[Mention]):
        self.text = text
        self.info = info
        places = places + self._own_places(text, places + bodies, info.main_place)
        places = places + self._pointed_back(text, places, bodies, info.main_place)
        self.places = sorted(places, key=lambda r: r.start)
        self.bodies = sorted(bodies + self._own_bodies(text, bodies, places, info.main_place), key=lambda r: r.start)
        # the rules ask for the places or bodies of a stretch of text tens of times per sentence: their
        # starts (both lists are sorted once here and never change) let _in bisect instead of scanning
        self._starts = {id(self.places): [r.start for r in self.places], id(self.bodies): [r.start for r in self.bodies]}
        self._ends: tuple = (None, 0, {})  # (self.places, its length, end -> first place ending there): _run_start
        self._longest: dict = {}  # id of self.places/self.bodies -> (its length, its longest ref), for _around
        self._sentence_starts = sorted(x for x, _, _ in info.sentences)
        self._cue_occurrences: dict = {}  # role -> (starts, ends) of its cue words in the text, for _cue_in
        self._mech_starts: tuple = (-1, None)  # (length of self.mechanisms, their starts) for _mechanisms_starting
        self.mechanisms = mechanisms
        self.awards = awards
        self.facts: list[Fact] = []
        self._inside_cache: dict = {}
        self._award_starts: tuple = (None, 0, None)  # (self.awards, its length, their starts): _awards_starting
        self._enclosings: dict = {}  # id of a list -> (the list, its length, its Enclosing): _inside_mention
        self.sentence_states: list[tuple] = []  # (sentence, subject, topic, section year/plan/problem)
        self._subject_cache: dict = {}
        self._editions: list | None = None  # (start, end, year) of titles giving their edition
        self._year_text: str | None = None  # the text with the years inside honours' names blanked
        # (end of the clause, body) that held an honour before a semicolon: the subjectless clause after it
        # goes on about that body (AwardFacts._holders)
        self._semicolon_holder: tuple[int, Ref] | None = None
        # places inside 《titles》 and “quotes” name documents and brands, not actors
        self.quoted = [m.span() for m in re.finditer(r"《[^《》]*》|“[^“”]*”", text)]
        # the text with quoted words blanked: a verb inside a quoted name (“创新探索…”) acts on nothing
        self.masked = re.sub(r"“[^“”]*”", lambda q: "“" + "　" * (len(q.group(0)) - 2) + "”", text)
        self.topic: Ref | None = info.main_place
        # (place code, practice, sentence start, end) of adoptions whose place was the scope of a first (浙江省首个“共享法庭”揭牌成立):
        # dropped when the article names the place inside it where the first one was made (relations.py)
        self.scoped_adoptions: set[tuple[str, str, int, int]] = set()
        # the published or circulated cases' names and title lines (HonourLists.case_entries), read once
        self.case_entries: tuple | None = None
        self.collection: Mention | None = None  # an honour list this article announces
        self.collection_year: int | None = None
        self.section_year: int | None = None
        self.section_plan = False
        self.section_problem = False
        self.roster: Mention | None = None  # a name list of demonstration cities/projects being read
        self.roster_batch: int | None = None
        self.roster_candidate = False
        self.batch_context: tuple[int | None, str | None] | None = None  # (batch, level) named earlier
        self.collection_edition: str | None = None
        self.collection_candidate = False  # the collection's list is one of candidates (…提名城市名单)
        self.roster_year: tuple[int | None, str | None] = (None, None)

    # -- helpers -------------------------------------------------------------------------------
    @staticmethod
    def _own_units(main: Ref | None) -> dict:
        """The units a bare level word means in an article about ``main``: 省 its province, 市 its
        city (in 常熟市, a county-level city, 市 is 常熟市), 县/区 itself."""
        if main is None or not main.code:
            return {}
        from .gazetteer import Gazetteer

        g = Gazetteer.default()
        d = g.get(main.code)
        if d is None:
            return {}
        own: dict = {}
        for unit in [d] + g.ancestors(main.code):  # the nearest unit of each kind
            if unit.level <= 3 and unit.name[-1] in _UNIT_WORDS:
                own.setdefault(unit.name[-1], unit)
        return own

    @staticmethod
    def _pointed_back(text: str, places: list[Ref], bodies: list[Ref], main: Ref | None) -> list[Ref]:
        """该镇, 该县: the place of that kind named last before it (甲市乙镇入选…，该镇“…”经验被…推广 → 乙镇);
        the article's own place, pointed back to, is its topic already."""
        if "该" not in text:
            return []
        taken = [(r.start, r.end) for r in places + bodies]
        named = [m.span() for m in _NAMED_SPAN.finditer(text)]
        # (not a place inside a title, a quote or a body's name: 被泉州市委…办公室确定为…，该市 is the subject's)
        within = named + [(r.start, r.end) for r in bodies]
        ordered = sorted((r for r in places if (r.code or r.level in ("village", "town"))
                          and not any(x <= r.start and r.end <= y for x, y in within)), key=lambda r: r.start)
        out = []
        for m in _POINTED_BACK.finditer(text):
            a, b = m.span()
            if any(x < b and a < y for x, y in taken):
                continue
            kind = m.group(1)
            ante = next((r for r in reversed(ordered) if r.end <= a and r.name.endswith(kind)), None)
            if ante is None or (main is not None and ante.code and ante.code == main.code):
                continue
            if text[ante.start - 1:ante.start] in _LIST_JOINERS or text.startswith(_LISTED_ON, ante.end):
                continue  # 泉州市与福州市、厦门市一同入选，…该市: one of a list, not the one pointed back to
            out.append(Ref(a, b, ante.name, ante.code, ante.parent, ante.level))
        return out

    @classmethod
    def _own_places(cls, text: str, places: list[Ref], main: Ref | None) -> list[Ref]:
        """我市, 我县, 本区: the article's own place speaking of itself."""
        own = cls._own_units(main)
        if not own:
            return []
        from .spans import place_ref

        taken = [(r.start, r.end) for r in places]
        out = []
        for m in _own_place_matches(text, "|".join(own)):
            a, b = m.span()
            if not any(x < b and a < y for x, y in taken):
                out.append(place_ref(a, b, m.group(0), own[m.group(1) or m.group(2)].code))
        city = own.get("市")
        if city is not None and city.level == 2:
            # a bare 高新区 in an article about a city is that city's zone (潍坊 → 潍坊高新区)
            from .gazetteer import Gazetteer

            g = Gazetteer.default()
            # only the zones a city has one of; 工业园区 or 保税区 alone is a kind of place, not a name
            for suffix in sorted((x for x, c in g.zone_suffixes.items() if c in ("高新区", "经开区")), key=len,
                                 reverse=True):
                for m in re.finditer(re.escape(suffix), text):
                    a, b = m.span()
                    prev = text[a - 1:a]
                    if any(x < b and a < y for x, y in taken + [(r.start, r.end) for r in out]):
                        continue
                    if prev and "\u4e00" <= prev <= "\u9fff" and prev not in "在由被和与及、的":
                        continue  # part of a longer name (成都高新区 is already a place)
                    zone = g.zone(city.code, suffix)
                    if zone is not None:
                        out.append(place_ref(a, b, m.group(0), zone.code))
        return out

    @classmethod
    def _own_bodies(cls, text: str, bodies: list[Ref], places: list[Ref], main: Ref | None) -> list[Ref]:
        """省司法厅, 市政府, 县人大常委会 with no place named: the bodies of the article's own place
        (the province it lies in, its city …)."""
        own = cls._own_units(main)
        if not own:
            return []
        from .bodies import official_organ
        from .gazetteer import Gazetteer

        g = Gazetteer.default()
        taken = [(r.start, r.end) for r in bodies + places]
        out = []
        # a bare level word stands after punctuation, a preposition or a verb, never inside a name;
        # an institution of the level's own is named so too (市法律援助中心 in a Fuzhou report is
        # 福州市法律援助中心)
        for m in _own_body_matches(text, own):
            a, b = m.span()
            if any(x < b and a < y for x, y in taken):
                continue
            prev = text[a - 1:a]
            if prev and "\u4e00" <= prev <= "\u9fff" and prev not in "被由经获向在和与及、将把对为的到":
                continue
            unit = own[m.group(1)]
            # (official_organ leaves an institution's own name as it is: 女子劳教所)
            out.append(Ref(a, b, unit.name + official_organ(m.group(2)), kind="Body", place_name=unit.name,
                           place_code=unit.code,
                           place_parent=g.parent_name(unit.code)))
        return out

    def _in(self, refs, a, b):
        starts = self._starts.get(id(refs))
        if starts is None or len(starts) != len(refs):
            return [r for r in refs if a <= r.start and r.end <= b]
        # a ref ending by b starts by b: only the refs starting in [a, b] can lie inside, in list order
        return [r for r in refs[bisect_left(starts, a):bisect_right(starts, b)] if r.end <= b]

    def _has_in(self, refs, a: int, b: int) -> bool:
        """bool(self._in(refs, a, b)), without building the list: asked of every sentence and clause."""
        starts = self._starts.get(id(refs))
        if starts is None or len(starts) != len(refs):
            return any(a <= r.start and r.end <= b for r in refs)
        i, hi = bisect_left(starts, a), bisect_right(starts, b)
        while i < hi:
            if refs[i].end <= b:
                return True
            i += 1
        return False

    def _around(self, refs, a: int, b: int):
        """The refs of a sorted list (self.places, self.bodies) that may overlap text[a:b]: every ref with
        r.start < b and a < r.end is among them (a ref is no longer than the longest of the list), so a
        test over them finds what a test over the whole list finds, without reading the list through."""
        starts = self._starts.get(id(refs))
        if starts is None or len(starts) != len(refs):
            return refs
        longest = self._longest.get(id(refs))
        if longest is None or longest[0] != len(refs):
            longest = self._longest[id(refs)] = (len(refs), max((r.end - r.start for r in refs), default=0))
        return refs[bisect_right(starts, a - longest[1]):bisect_left(starts, b)]

    def _cue_in(self, role: str, s: int, e: int) -> bool:
        """Whether a cue word of ``role`` lies whole in text[s:e]: the article is read once for its cue
        words (every occurrence, overlapping; _read_cues), so a rule can pass over the many sentences
        without its cue."""
        occ = self._cue_occurrences.get(role)
        if occ is None:
            self._read_cues(role)
            occ = self._cue_occurrences[role]
        starts, ends = occ
        k = bisect_left(starts, s)
        while k < len(starts) and starts[k] < e:
            if ends[k] <= e:
                return True
            k += 1
        return False

    def _read_cues(self, role: str) -> None:
        """Every occurrence (overlapping) of the cue words of ``role`` in the article, as the starts and the
        ends of those occurrences in order; of every gate role at once when ``role`` is one of them."""
        if role in _GATE_ROLES:
            roles = _GATE_ROLES
            automaton, roles_of = _gate_automaton()
        else:
            roles = (role,)
            automaton, roles_of = _cue_automaton(role), None
        found: dict[str, list[tuple[int, int]]] = {r: [] for r in roles}
        for k, a, b in automaton.find_matches_as_indexes(self.text, overlapping=True):
            for r in (roles_of[k] if roles_of else roles):
                found[r].append((a, b))
        for r, occurrences in found.items():
            occurrences.sort()
            self._cue_occurrences[r] = ([a for a, _ in occurrences], [b for _, b in occurrences])

    def _mechanisms_starting(self, s: int, e: int) -> list[Mention]:
        """[m for m in self.mechanisms if s <= m.start < e], asked for every sentence: by bisection while
        the list is in order (it is, and grows only by the headline rule's sorted insertions)."""
        ms = self.mechanisms
        if self._mech_starts[0] != len(ms):
            starts = [m.start for m in ms]
            self._mech_starts = (len(ms), starts if all(x <= y for x, y in zip(starts, starts[1:])) else None)
        starts = self._mech_starts[1]
        if starts is None:
            return [m for m in ms if s <= m.start < e]
        return ms[bisect_left(starts, s):bisect_left(starts, e)]

    def _awards_starting(self, s: int, e: int) -> list[Mention]:
        """[m for m in self.awards if s <= m.start < e], asked for every sentence: by bisection while the
        list is in text order (as the awards component makes it), else by a scan."""
        aws = self.awards
        if self._award_starts[0] is not aws or self._award_starts[1] != len(aws):
            starts = [m.start for m in aws]
            self._award_starts = (aws, len(aws), starts if all(x <= y for x, y in zip(starts, starts[1:])) else None)
        starts = self._award_starts[2]
        if starts is None:
            return [m for m in aws if s <= m.start < e]
        return aws[bisect_left(starts, s):bisect_left(starts, e)]

    def _inside_mention(self, r: Ref) -> bool:
        # asked again and again for the same places: cached until a rule adds a mention
        key = (r.start, r.end, len(self.mechanisms))
        hit = self._inside_cache.get(key)
        if hit is None:
            hit = (self._enclosing(self.mechanisms).holds(r.start, r.end)
                   or self._enclosing(self.awards).holds(r.start, r.end)
                   or self._enclosing(self.quoted).holds(r.start, r.end))
            self._inside_cache[key] = hit
        return hit

    def _enclosing(self, items) -> "Enclosing":
        """The Enclosing index of a list of mentions or (start, end) pairs, rebuilt when the list grows."""
        kept = self._enclosings.get(id(items))
        if kept is None or kept[0] is not items or kept[1] != len(items):
            spans = [x if isinstance(x, tuple) else (x.start, x.end) for x in items]
            kept = self._enclosings[id(items)] = (items, len(items), Enclosing(spans))
        return kept[2]

    def _begins_school(self, r: Ref) -> bool:
        return begins_school(self.text, r.end)

    def _run_start(self, r: Ref) -> int:
        """Where the run of adjacent places ending in ``r`` starts (江苏省苏州市 → 江苏省)."""
        ends = self._ends
        if ends[0] is not self.places or ends[1] != len(self.places):
            # the first place (in list order) ending at each position: looked up, not searched for, at
            # every step of every run
            first: dict[int, Ref] = {}
            for p in self.places:
                first.setdefault(p.end, p)
            ends = self._ends = (self.places, len(self.places), first)
        start = r.start
        while True:
            prev = ends[2].get(start)
            if prev is None:
                return start
            start = prev.start

    def _most_specific(self, r: Ref) -> Ref:
        """The last of the adjacent resolved places starting at ``r`` (北京平谷区 → 平谷区)."""
        while True:
            nxt = next((x for x in self.places if x.start == r.end and x.code), None)
            if nxt is None:
                return r
            r = nxt

    def _body_at(self, r: Ref) -> Ref | None:
        return next((b for b in self.bodies if b.start <= r.start < b.end), None)

    def _body_run(self, last: Ref, lo: int) -> list[Ref]:
        """The bodies listed up to ``last`` (A司法所、B司法所荣获…), each joined to the next by 、/和/及,
        none before ``lo``."""
        run = [last]
        for b in sorted((b for b in self.bodies if lo <= b.start and b.end <= last.start), key=lambda b: -b.end):
            if not _LIST_SEP.match(self.text[b.end:run[0].start]):
                break
            run.insert(0, b)
        return run

    def _is_object(self, r: Ref, lo: int) -> bool:
        before = self.text[max(lo, r.start - 2):r.start]
        return before.endswith(_OBJECT_BEFORE)  # any of them, in one call

    def _subject_in(self, a: int, b: int) -> Ref | None:
        """The acting place in text[a:b]: a place (or a body's place) that is not an object."""
        refs = self._in(self.places, a, b)
        for i, r in enumerate(refs):
            if self._inside_mention(r) or self._is_object(r, a) or self._begins_school(r):
                continue
            body = self._body_at(r)
            if body is not None and body.place_code is None:
                continue
            # 江苏省苏州市常熟市: the most specific of adjacent places acts
            while i + 1 < len(refs) and refs[i + 1].start == refs[i].end and refs[i + 1].code:
                i += 1
            return refs[i]
        for body in self._in(self.bodies, a, b):
            if body.place_code and not self._is_object(body, a):
                return Ref(body.start, body.end, body.place_name or body.name, body.place_code, body.place_parent,
                           via_body=True)
        return None

    def _years_text(self) -> str:
        """The text as the year rules read it: a year inside an honour's name, after its first words and
        before more of them (全国司法行政机关2021年国家统一法律职业资格考试工作表现突出单位), is the edition the
        honour is for, no year of the statement or of the sentences after it (but 嘉兴市2021年度…成果: a
        year's appraisal is the year of the honour)."""
        if self._year_text is None:
            from .award_grammar import award_head

            t = self.text
            cuts = []
            for m in _NAMED_YEAR.finditer(t):
                rest = _NAME_REST.match(t, m.end()).group(0)
                # (获评2021年全国…: right after the verb the year opens the name and dates the honour)
                lead = _NAME_OPENING.search(t, max(0, m.start() - 20), m.start())
                if award_head(rest) is not None and not _HONOUR_VERB.search(rest) \
                        and lead is not None and _find_cue(lead.group(1), "honour") is None \
                        and _find_cue(rest, "honour") is None and _find_cue(rest, "candidate") is None \
                        and not _YEAR_LEAD.search(t, max(0, m.start() - 4), m.start()):
                    cuts.append(m.span())  # the rest of the words up to the list's next item name an honour
            for a0, b0 in cuts:
                t = t[:a0] + " " * (b0 - a0) + t[b0:]
            self._year_text = t
        return self._year_text

    def _year(self, clause: tuple[int, int], sent: tuple[int, int, int], pos: int) -> tuple[int | None, str | None]:
        """The year a statement is about, and where it was read (see years.py)."""
        a, b = clause
        text = self._years_text()
        ys = years.years_in(text[a:b])
        if ys:
            # 我市召开2022年度…述法会议: the period a meeting reviews, not the year it was held (read on)
            ys = [(p, y) for p, y in ys if not (self.text[a + p + 5:a + p + 6] == "度"
                                                and self.text[max(a, a + p - 2):a + p].endswith(_REVIEW_EVENT))]
        if ys:
            before = [y for p, y in ys if a + p <= pos]
            return (before[-1] if before else ys[0][1]), "clause"
        if self._editions is None:
            self._editions = years.editions(self.text)  # read once per article: most have none
        y = next((y for a, b, y in self._editions if a <= pos < b), None)
        if y:
            return y, "edition"
        s, e, para = sent
        y = years.nearest_year_before(text[s:a], a - s) if a > s else None
        if y:
            return y, "sentence"
        report = self.info.report or self._report_context()
        rel = years.relative_year(self.text[s:e], self.info.relative_base, self.info.title_year if report else None)
        if rel:
            return rel, "relative"
        ps, _ = self.info.paragraphs[para] if para < len(self.info.paragraphs) else (s, e)
        if ps < s:
            y = years.nearest_year_before(text[ps:s], s - ps)
            if y:
                return y, "paragraph"
        if self.section_year:
            return self.section_year, "section"
        if self.info.title_year:
            # a report of year Y: what it reports done is Y, its plans (下一步工作打算) Y+1 (convention 8)
            if self.section_plan and not self.info.plan and (self.info.report or any(
                    w in (self.info.title or "") for w in lexicon.cues("report_title"))):
                return self.info.title_year + 1, "title+1"
            return self.info.title_year, "title"
        if self.info.plan and self.info.date_year:
            return self.info.date_year, "date"
        return None, None

    def _evidence(self, s: int, e: int, lo: int, hi: int) -> tuple[str, int, int]:
        """A window of the sentence around the key words, at most ~120 characters."""
        if hi - lo <= 120:
            return self.text[lo:hi].strip(), lo, hi
        a = max(lo, s - 50)
        b = min(hi, max(e + 40, a + 80))
        return self.text[a:b].strip(), a, b

    def _add(self, rule: str, span: tuple[int, int], sent: tuple[int, int, int], conf: float, **kw) -> None:
        ev, a, b = self._evidence(span[0], span[1], sent[0], sent[1])
        self.facts.append(Fact(doc=self.info.doc, evidence=ev, article=self.info.title,
                               article_index=self.info.index, start=a, end=b, rule=rule,
                               confidence=conf, reported=self.info.date, article_place=self._place_note(), **kw))

    def _place_note(self) -> str | None:
        main = self.info.main_place
        if main is None:
            return None
        return f"{main.name} ({self.info.main_reason})" if self.info.main_reason else main.name

    @staticmethod
    def _within(place: Ref | None, section: Ref | None) -> bool:
        if section is None:
            # no article place to fall back on: guessing across paragraphs costs more than it
            # finds (measured on the shared gold), so a subject ends with its paragraph
            return True
        if place is None or not place.code or not section.code:
            return True
        if place.code == section.code:
            return True
        from .gazetteer import Gazetteer

        return Gazetteer.default().is_ancestor(section.code, place.code)

    @staticmethod
    def _wider(outer: Ref, inner: Ref) -> bool:
        """Whether ``outer`` is a place above ``inner`` (浙江省 above 桐庐县)."""
        from .gazetteer import Gazetteer

        return outer.code != inner.code and Gazetteer.default().is_ancestor(outer.code, inner.code)

    def _superior_body(self, subj: Ref) -> bool:
        """A body of a place above the topic (省委依法治省办 in a city's report): it acts on the topic —
        promotes, inspects, affirms — and does not become what the text is about."""
        # 中共浙江省委…发布 names the place inside the body's name: the body acts all the same
        if not ((subj.via_body or self._body_at(subj) is not None) and subj.code and self.topic is not None
                and self.topic.code):
            return False
        return self._wider(subj, self.topic)

    def _anchored(self) -> bool:
        """A text about one place (its title, 我市/本县, its own site or paper names it)."""
        reason = self.info.main_reason or ""
        return any(w in reason for w in ("title", "我", "publisher", "byline", "dominant", "organs", "opening subject"))

    def _heading_place(self, s: int, e: int) -> Ref | None:
        """The most specific resolved place a heading or byline names (赵海 山东省东营市副市长 → 东营市)."""
        refs = [r for r in self._in(self.places, s, e) if r.code and not self._inside_mention(r)]
        if not refs:
            return None
        first = refs[0]
        run = [first]
        for r in refs[1:]:
            if r.start == run[-1].end:
                run.append(r)
        best = run[-1]
        from .gazetteer import Gazetteer

        g = Gazetteer.default()
        for r in refs:
            # 襄阳市委常委、枣阳市委书记: of the posts a byline lists (joined by 、), the one in the place below
            # the others; not a place the heading merely speaks of (襄阳市委书记要求…学习枣阳市经验)
            between = self.text[best.end:r.start]
            if r is not best and "、" in between and len(between) <= 10 and g.is_ancestor(best.code, r.code):
                best = r
        return best

    def _is_heading(self, stext: str) -> bool:
        t = stext.strip()
        return len(t) <= 40 and not t.endswith(("。", "！", "？", "；"))

    def _heading(self, stext: str, at: int = 0) -> None:
        t = stext.strip()
        if not (_HEADING.match(t) and len(t) <= 60) and not (self._is_heading(t) and years.years_in(t)):
            return
        top = bool(re.match(r"^\s*[一二三四五六七八九十]+、", t))
        # 日期: 2026年02月24日 来源: in the page's head, the date it was put out, no section's year (but a date
        # alone on a line heads a timeline's item, and （完成时间：2024年…） closes a numbered section's heading)
        ys = [] if at < _PAGE_HEAD and not top and labelled_date(t) else years.years_in(t)
        if ys:
            self.section_year = ys[0][1]
        elif top:
            self.section_year = None
        if top or ys:
            self.section_plan = any(w in t for w in _PLAN_HEADING)
        if top:
            self.section_problem = any(w in t for w in _PROBLEM_HEADING) and not self.section_plan

    def _sentence_subject(self, s: int, e: int) -> Ref | None:
        # read once per sentence (the deciders replay the sentence loop): it depends only on the text
        key = (s, e, len(self.places), len(self.mechanisms))
        if key not in self._subject_cache:
            self._subject_cache[key] = self._read_sentence_subject(s, e)
        return self._subject_cache[key]

    def _read_sentence_subject(self, s: int, e: int) -> Ref | None:
        """A place acting at the head of the sentence: in its first clause, or the first clause
        after a time phrase (2023年以来，…), and before its first verb."""
        whole = self._whole_of_own_place(s, e)
        if whole is not None:
            return whole
        ana = self._anaphor_actor(s, e)
        if ana is not None:
            return ana if ana.code else None
        if not self._has_in(self.places, s, e) and not self._has_in(self.bodies, s, e):
            return None  # the actor is a place or a body's place named in the sentence: most name none
        cue = _find_cue(self.text[s:e], "adopt")
        limit = s + cue[0] if cue else e
        clauses = _clauses(self.text, s, e)
        if not clauses:
            return None  # a sentence of punctuation only (，) has no clause and no actor
        head = clauses[0]
        for nxt in clauses[1:4]:  # 2023年，在…领导下，在…指导下，我县…: up to three leads
            lead = self.text[head[0]:head[1]]
            if _UNDER.match(lead.strip()) or _LEAD_CLAUSE.match(lead.strip()) or _OCCASION.match(lead):
                head = nxt  # 在法治毕节示范创建过程中，毕节市…: a place inside a lead clause does not act
                continue
            # time phrases and purpose/condition clauses come before the actor: 为回应…，苏州…
            if not (years.years_in(lead) or re.search(r"(以来|近年|目前|同时|此外|其中|今年|去年|近日|期间)", lead)
                    or _LEAD_CLAUSE.match(lead)) or self._subject_in(head[0], head[1]) is not None:
                break
            head = nxt
        if limit < head[0]:
            # the first verb stood in a lead clause (在…示范创建过程中，毕节市…): the actor's verb is later
            cue = _find_cue(self.text[head[0]:e], "adopt")
            limit = head[0] + cue[0] if cue else e
        dateline = _DATELINE.match(self.text, head[0], head[1])
        if dateline is not None:
            head = (dateline.end(), head[1])  # 周口人大全媒体讯(王爱华)在…: the outlet's place acts in nothing
        r = self._subject_in(head[0], min(limit + 1, head[1]))
        if r is None:
            return None
        if self.text[self._run_start(r) - 1:self._run_start(r)] == "在" and self._first_lead_after(r):
            return None  # 在江苏最早开展…, 在全省率先…: the place is the scope of a first, not who acts
        if self.text[head[0]:self._run_start(r)].strip().endswith(lexicon.cues("governs")):
            return None  # （中卫市）…撤县设市，辖沙坡头区、中宁县…: the units it governs, not the actor
        # 2009年惠州市率先…: a time phrase with no comma after it still comes before the actor
        if self._run_start(r) - head[0] <= 2:
            return r
        t = _TIME_LEAD.match(self.text, head[0], head[1])
        if t is not None and t.end() > head[0] and self._run_start(r) - t.end() <= 1:
            return r  # right after the time phrase, not after a verb (2022年入选浙江省…: no actor)
        return None

    def _list_members(self, subj: Ref, s: int, e: int, refs: list[Ref] | None = None) -> list[Ref]:
        """The places listed with a place named in [s, e) (寿光、寒亭当年即借鉴…, A、B、C先后获评…):
        each item of a run joined by 、/和/及, an item being the last of adjacent places (湖州市德清县).
        ``refs``: the candidate places, by default those of [s, e) outside names and quotes."""
        if not (s <= subj.start < e):
            return [subj]  # a subject carried from earlier text lists nothing here
        if refs is None:
            refs = [r for r in self._in(self.places, s, e) if not self._inside_mention(r)]
        refs = [r for r in refs if not self._begins_school(r)]  # 甲市与乙市警官职业学院合作…: one actor
        i = next((k for k, r in enumerate(refs) if r.start == subj.start), None)
        if i is None:
            return [subj]
        items, first = [subj], subj
        for r in reversed(refs[:i]):
            gap = self.text[r.end:first.start]
            bracket = self._bracketed(r, first)
            if gap == "" or bracket == "official":
                first = r  # (高新区(新市区): the common name before the bracketed official one)
            elif bracket == "parent":
                if items[0] is first:
                    items[0] = r  # 桐庐县(杭州市): the county is the item, not its city in brackets
                first = r
            elif _LIST_SEP.match(gap) or _LIST_SEP_OUT.match(gap) or (
                    _LIST_SEP_INTO.match(gap) and self.text.startswith((")", "）"), first.end)):
                items.insert(0, r)
                first = r
            else:
                break
        prev = subj  # the place read last (an item, or a parent in brackets after it)
        for r in refs[i + 1:]:
            gap = self.text[prev.end:r.start]
            bracket = self._bracketed(prev, r)
            if (gap == "" or bracket == "official") and items[-1] is prev:
                items[-1] = prev = r  # 安丘市、潍坊市昌乐县: the qualified place is the item; 高新区(新市区) the official
            elif bracket == "parent":
                prev = r  # 桐庐县(杭州市)、…: the county stays the item
            elif _LIST_SEP.match(gap) or _LIST_SEP_OUT.match(gap) or (
                    _LIST_SEP_INTO.match(gap) and self.text.startswith((")", "）"), r.end)):
                items.append(r)
                prev = r
            else:
                break
        return items

    def _bracketed(self, outer: Ref, inner: Ref) -> str | None:
        """How ``inner``, in brackets right after ``outer``, names it: "official" (高新区(新市区): its official
        name, the item) or "parent" (桐庐县(杭州市): where it lies; ``outer`` stays the item); None if not so."""
        if self.text[outer.end:inner.start] not in ("(", "（") or not self.text.startswith((")", "）"), inner.end):
            return None
        return "parent" if outer.code and inner.code and self._wider(inner, outer) else "official"

    def _acts_in_clause(self, clause: tuple[int, int], upto: int) -> bool:
        r = self._subject_in(clause[0], upto)
        return r is not None and self.text[clause[0]:self._run_start(r)] in _SUBJECT_LEAD

    def _whole_of_own_place(self, s: int, e: int) -> Ref | None:
        """全区推行“…”: a sentence opening on the whole of a unit of the article's place's kind (全区 in a
        district's text) speaks of that place, not of the town the sentence before named."""
        main = self.info.main_place
        # (asked of every clause: most hold no 全 near their start, and the time phrase is not read for them)
        if main is None or not main.name or self.text.find("全", s, min(e, s + 24)) < 0:
            return None
        t = _TIME_LEAD.match(self.text, s, e)
        k = t.end() if t is not None else s
        k += len(self.text[k:e]) - len(self.text[k:e].lstrip("，, "))
        kind = self.text[k + 1:k + 2]
        if not self.text.startswith("全", k) or not kind or kind not in "省市县区州旗盟" or not main.name.endswith(kind):
            return None
        if self.text.startswith(_first_cues(), k + 2):
            return None  # 全市首创“…”: the scope of a first, said of the place acting before
        return main

    def _first_lead_after(self, r: Ref) -> bool:
        # (在江苏省内率先…, 在江苏全省率先…: the province's own area named again before the cue)
        k = r.end + len(_WITHIN.match(self.text, r.end).group(0))
        return self.text.startswith(_first_cues("lead"), k)

    def _report_context(self) -> bool:
        # annual reports speak about their own place throughout (and of their own year: 本年度)
        t = self.info.title or ""
        return any(w in t for w in lexicon.cues("report_title"))

    def _sentence_at(self, pos: int) -> tuple[int, int, int] | None:
        return next((sent for sent in self.info.sentences if sent[0] <= pos < sent[1]), None)

    def _paragraph_of(self, pos: int) -> int:
        sent = self._sentence_at(pos)
        return sent[2] if sent else -1

    def _anaphor_body(self, at: int) -> Ref | None:
        """The body 该院/该所 at ``at`` points back to: the last body named before whose name ends in that
        unit (the article's court or office), or None when the clause is about the body's people (该院院长…) or
        two kinds of body fit (法院 and 检察院 in one sentence: 该院 cannot be told)."""
        m = UNIT_ANAPHOR.match(self.text, at)
        if m is None or _ANAPHOR_OWNS.match(self.text, m.end()):
            return None
        # (however far back: a window of paragraphs, tried, lost true facts on a set never studied)
        bodies = [b for b in self.bodies if b.end <= at and b.name.endswith(m.group(1))]
        if not bodies:
            return None
        body = bodies[-1]
        sent = self._sentence_at(body.start) or (body.start, body.end)
        if any(b.name != body.name for b in bodies if sent[0] <= b.start < sent[1]):
            return None
        return body

    def _anaphor_actor(self, a: int, upto: int) -> Ref | None:
        """该所建立了…: 该 + a body's unit opening the clause; the body's place acts, read where the anaphor
        stands (not over the body's own name, whose place words would join a list). A central body (no place)
        acts for no place of ours."""
        m = _OPENING_ANAPHOR.match(self.text, a, upto)
        body = self._anaphor_body(m.start(1)) if m is not None else None
        if body is None:
            return None
        return Ref(m.start(1), m.end(), body.place_name or body.name, body.place_code, body.place_parent, via_body=True)

    def _clause_subject(self, clause: tuple[int, int], sent_subj: Ref | None, upto: int) -> Ref | None:
        a, _ = clause
        ana = self._anaphor_actor(a, upto)
        if ana is not None:
            return ana if ana.code else None  # (该局 after a central body: no place of ours acts)
        whole = self._whole_of_own_place(a, upto)
        if whole is not None:
            return whole  # …，今年以来，全市通过“三调对接”机制…: the text's own city, whatever was said before
        if not self._has_in(self.places, a, upto) and not self._has_in(self.bodies, a, upto):
            # no place or body named before upto: no locus, no acting place (the tests below find none)
            if sent_subj is None and self._unplaced_actor(a, upto):
                return None
            return sent_subj or self.topic
        if _UNDER.match(self.text[a:upto].lstrip()):
            return sent_subj or self.topic  # 在市委、市政府…的领导下: under whose lead, the bodies named do not act
        m = _LOCUS.search(self.text, a, upto)
        if m:
            locus = self._in(self.places, m.start(1), m.end(1))
            if locus:
                actor = self._subject_in(a, m.start())
                if actor is not None and actor.code and locus[-1].code and self._wider(locus[-1], actor) \
                        and self.text[a:self._run_start(actor)] in _SUBJECT_LEAD:
                    return actor  # 桐庐县在浙江省率先…: the wider place is the scope, the county acts
                here = sent_subj or self.topic
                if actor is None and here is not None and here.code and locus[-1].code \
                        and self._wider(locus[-1], here) and self._first_lead_after(locus[-1]):
                    return here  # 在江苏最早开展… in a text about 苏州市: the province is the scope of the first
                return locus[-1]
        r = self._subject_in(a, upto)
        if r is not None and self.text[a:self._run_start(r)] in _SUBJECT_LEAD:
            return self._enumerated_subject(a, upto) or r
        if sent_subj is None and self._unplaced_actor(a, upto):
            return None  # 下党派出所…牵头成立…: a local office we cannot place acts, not the article's place
        return sent_subj or self.topic

    def _enumerated_subject(self, a: int, upto: int) -> Ref | None:
        """杭州市探索建立…、宁波市完善…、绍兴市实现…: a clause led by a place, whose parts joined by 、 are
        each led by a place of their own; the place leading the part that holds ``upto`` acts there (None
        when ``upto`` lies in the first part, or the place after the 、 only heads a list of places)."""
        k = self.text.rfind("、", a, upto)
        if k < 0 or any(r.end == k for r in self._in(self.places, a, k)):
            return None  # 桐庐县对接杭州市、宁波市…: the 、 joins places, the parts are no clauses of their own
        refs = [r for r in self._in(self.places, k + 1, upto) if r.code]
        if not refs or refs[0].start != k + 1:
            return None
        r = refs[0]
        for nxt in refs[1:]:
            if nxt.start != r.end:
                break
            r = nxt  # 浙江省杭州市…: the run's last place
        if r.end > upto or r.end >= len(self.text) or self.text[r.end] in "、和及与等（(":
            return None  # 杭州市、宁波市等地推行…: places listed, one subject for all
        # the part before says something of its own (杭州市探索…、), not a place alone (寿光、寒亭借鉴…: both act)
        prev = max(a, self.text.rfind("、", a, k) + 1)
        said = self.text[prev:k]
        for p in self._in(self.places, prev, k):
            said = said.replace(self.text[p.start:p.end], "", 1)
        return r if len(said.strip()) >= 4 else None

    def _unplaced_actor(self, a: int, upto: int) -> bool:
        """Whether a local office the gazetteer cannot place (a police station, a justice office named
        for a village or a township) acts in the sentence before ``upto``."""
        i = bisect_right(self._sentence_starts, a)  # the start of the sentence holding a
        s = self._sentence_starts[i - 1] if i else 0
        if not self._cue_in("local_office", s, upto):
            return False  # every match of _LOCAL_OFFICE ends in an office word: most sentences name none
        for m in _LOCAL_OFFICE.finditer(self.text, s, upto):
            a, b = m.span()
            if not any(r.code and r.start < b and a < r.end for r in self._around(self.places, a, b)) \
                    and not any(x.start <= a and b <= x.end for x in self._around(self.bodies, a, b) if x.place_code):
                return True
        return False
