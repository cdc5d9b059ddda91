"""The open award grammar: names of honours read from their shape, not from a lexicon.

After an honour cue (获评, 荣获, 被评为 …) or in a list's heading, the text names one honour or a
list of them: ``先后获评中国法治政府提名奖、全国平安建设先进区``, ``被评为“全省…先进集体”“全省…突出单位”``,
``获得A和B等称号``.  The list is split at 、 and at quote boundaries (not inside brackets: 示范市（县、区）
is one name), ends at 等 or at the sentence's end, and each item is accepted by its head — the word
it ends with (``award_heads.txt``: 示范市, 先进集体, 典型案例, 奖, 称号 …).  This works for any
programme, including the many that ``awards.tsv`` does not list.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon_files import word_list
from .gazetteer import Gazetteer
from . import lexicon
from .lexicon import Longest, role_table

_STOP = set("。；;！？!?\n")
_OPEN, _CLOSE = "（(", "）)"
_QUOTES = "“”\"‘’「」"
_BATCH = r"首批|第[一二三四五六七八九十\d]+批"
_YEAR_PREFIX = re.compile(r"^(?:[-—–~至]?\s*(?:19|20)\d{2}\s*(?:年度|年)?|第[一二三四五六七八九十百\d]+届|首届|%s)+" % _BATCH)
_TRAILING_BRACKET = re.compile(r"[（(][^（）()]{1,12}[)）]$")
# …示范乡镇候选名单, …复核保留名单: the list's kind is no part of the honour's name
_COUNT_SUFFIX = re.compile(r"(?:[两二三四五六七八九十\d]+|多)(?:项|块)(?:国家级|省级|市级)?$")
# 荣获…先进城市“三连冠”, 蝉联“全国双拥模范城”十连冠: the run of wins is no part of the honour's name
_WIN_RUN = re.compile(r"[“「]?(?:[一两二三四五六七八九十]{1,3}|\d{1,2})连冠[”」]?$")
_TITLE_SUFFIX = re.compile(r"(?:荣誉称号|称号|荣誉|殊荣|(?:创建)?(?:拟命名|拟推荐|拟表彰|推荐|候选|公示|复核(?:保留)?)?名单)$")
# the members of a list follow (分别为：A、B; 的乡镇是：A、B): honour_lists.py reads them, and the place
# named before the honour is their scope, not a holder (award_facts.py)
ENUMERATION = re.compile(r"(?:分别为|分别是|依次为|名单为|包括"
                         # 这7个村（社区）是：, 其中3个单位为：: a counted intro before a colon
                         r"|(?:这|其中|以下)?[\d一二三四五六七八九十两]+[个家名项][^，。；：:\n]{0,12}(?:是|为|有)(?=[：:])"
                         # …公示名单的乡镇是：, 入选的单位为：: the kind of unit the list holds, then a colon
                         r"|的(?:乡镇|镇街|村|社区|村（社区）|单位|集体|地区|区县|县（市、区）|项目)(?:是|为|有)(?=[：:]))"
                         r"(?:\s*[（(][^（）()]{1,12}[)）])?\s*[：:]?")  # (排名不分先后)：
# ENUMERATION does not match in a stretch of text holding none of these: the first words of its plain
# alternatives, and the colon its counted and kind-of-unit intros must stand before
ENUMERATION_WORDS = ("分别为", "分别是", "依次为", "名单为", "包括", "：", ":")
# “十佳法院”并记集体一等功: 并 after a quoted title opens a clause of its own, and ends the title
_CLAUSE_AFTER_QUOTE = re.compile(r"(?<=[”」])并")
# 等10个案例: a counted subject after a quote (the quote names the first of them)
_COUNTED_SUBJECT = re.compile(r"等\s*(?:\d+|[一二三四五六七八九十百]+)\s*[个项家名人]")
_MERIT_VERB = re.compile(r"记(?=集体[一二三]等功$)")
_TITLE_WORD = re.compile(r"\s*(?:荣誉称号|称号)")
# 授予无毒巩固县称号: a plain name the text itself calls a title, right before 称号 (no word that points
# elsewhere, 该称号, 多项称号, opens it; the name is words only, and 的 makes them a description:
# …的地区授予的最高荣誉称号)
_CALLED_PLAIN = re.compile(r"(?![该此这其各多本上])[^\W\d的_]{4,16}(?:荣誉称号|称号)")
_SHORTLIST_TAIL = re.compile(r"(?:初选|候选|拟命名|拟推荐|入围)(?:对象|单位)?名单(?:的公示|公示|如下)?[:：]?$")
# (not 单位 or 集体: 省直单位 is a kind of bodies; their titles need the head word, 先进单位)
_UNIT_KIND_END = re.compile(r"(?:县|市|区|镇|乡|村|社区|街道)(?:[（(][^（）()]{1,8}[)）])?$")
_NUMERAL = re.compile(r"[\d一二两三四五六七八九十百千]")
_PLAQUE_AFTER = re.compile(r"”(?=\s*(?:授牌|牌匾|奖牌|荣誉奖牌|荣誉牌匾))")
_QUOTED_TITLE = re.compile(r"“[^“”]{4,40}”\s*(?:荣誉称号|称号)")
# a quoted name after the level that confers it (广东省省级“智慧矫正中心”, 全国“最美…”): a designation
_LEVELLED_QUOTE = re.compile(r"(?:[\u4e00-\u9fff]{1,8}?[省市])?(?:全国|全省|全市|国家级|省级|市级|县级)“[^“”]{3,24}”")
# a list of titles closed by 等…称号 (A、B、C等荣誉称号)
_ETC_TITLES = re.compile(r"^([^，,。；;]{4,240}?)(?<![一二三四特])等[^，,。；、]{0,8}?(?:荣誉称号|称号|荣誉)")
# what ends the list: 等10多项国家级荣誉称号, 等称号, 等荣誉
_ETC = re.compile(r"^等")


@dataclass(frozen=True)
class AwardPhrase:
    start: int  # offsets into the text given to read_awards
    end: int
    name: str  # without quotes, year prefix or 称号
    level: str | None  # national | provincial | None


@lru_cache(maxsize=1)
def _heads() -> tuple[str, ...]:
    return tuple(sorted(word_list("award_heads.txt"), key=len, reverse=True))


@lru_cache(maxsize=1)
def _head_words() -> Longest:
    return Longest(_heads())


@lru_cache(maxsize=1)
def _prefix_words() -> Longest:
    return Longest(_prefix_drop())


@lru_cache(maxsize=1)
def _lead_words() -> tuple[Longest, dict[str, int]]:
    leads = word_list("award_leads.txt")
    return Longest(leads), {w: i for i, w in reversed(list(enumerate(leads)))}


def _award_lead(core: str, bare: str) -> str | None:
    """The first word of award_leads.txt (in the file's order) that ``core`` or ``bare`` starts with and
    goes on more than a character past: the words each text starts with are looked up by length."""
    words, rank = _lead_words()
    found = [c[:n] for c in (core, bare) for n in words.lengths if len(c) > n + 1 and c[:n] in words.words]
    return min(found, key=rank.__getitem__) if found else None


@lru_cache(maxsize=1)
def _prefix_drop() -> tuple[str, ...]:
    return tuple(sorted(word_list("award_prefix_drop.txt"), key=len, reverse=True))


def is_personal(name: str) -> bool:
    """先进个人, 优秀法治人物, 调解能手: an honour of people, whose units are not its holders."""
    # (个人嘉奖, 个人三等功: a prize that opens on 个人 is a person's whatever it ends with)
    return name.endswith(word_list("award_personal.txt")) or (name.startswith("个人") and not name.startswith("个人信息"))


# what may stand before an honour's lead word (十佳, 十大, 最美): the place whose honour it is (杭州市首届“十大法治
# 实践”, 浙江省十佳…), its edition, its scope
_PLACE_NAMED = r"[\u4e00-\u9fff]{2,8}?(?:省|市|自治区|自治州|州|县|区|盟|旗)"
_EDITION_NAMED = r"首届|第[一二三四五六七八九十百\d]+届"
_LEAD_SCOPE = re.compile(r"^(?:%s)?(?:%s)?(?:全国|全省|全市|全区|全县|省级|市级|县级|中国)?" % (_PLACE_NAMED, _EDITION_NAMED))
_PLACE_YEAR = re.compile(r"(%s|全省|全市|全国)(?:19|20)\d{2}年度?(?=.{4})" % _PLACE_NAMED)
# 杭州市首届“十大法治实践”: the edition right after the place conferring the honour (award_facts reads it as the
# fact's edition; clean_name drops it from the name)
PLACE_EDITION = re.compile(r"(%s)(%s)(?=.{3})" % (_PLACE_NAMED, _EDITION_NAMED))


# a grade or a ranking named like an honour (综合考核“第一等次”): convention 6 says it is none
_GRADE = re.compile(r"考核|考评|测评|排名|等次|等级(?!保护)|评估")


def award_head(name: str, quoted: bool = False) -> str | None:
    """The head that makes ``name`` an honour's name (its last word), or None. ``quoted``: the name
    stood whole in quotes, so a 的 inside it is the title's own (“人民满意的公务员集体”)."""
    core = _TRAILING_BRACKET.sub("", name)
    if _NOT_A_TITLE_LEAD.match(core):
        return None  # 获批创建国家森林城市, 获批设立…联系点, 获批建设省级…: approved to work for a title or set a point
        # up (but 建设工程鲁班奖 is a title)
    if core.endswith(word_list("award_not.txt")):
        return None  # 责任单位, 牵头单位: a role, not an honour
    if core in word_list("award_bare.txt"):
        return None  # …被授予荣誉称号: the general word, no honour's name
    if _GRADE.search(core):
        return None  # 考核优秀等次, 综合考核优秀奖: a grade or a ranking, not an honour (convention 6)
    # 十佳窗口, and with its scope or edition before it (首届全省十佳民主法治村)
    bare = _LEAD_SCOPE.sub("", core)
    lead = _award_lead(core, bare)
    if lead is not None and "的" not in core:
        return lead  # 十佳窗口, 最美调解员
    h = _head_words().ending(core)  # the longest head
    if h is not None:
        # 的 belongs to a description (入选示范项目的…), unless it is inside the head (表现突出的单位)
        if "的" in core[: len(core) - len(h)] and not quoted:
            return None
        return h
    merit = _merit_unit().search(core)
    if merit is not None and "的" not in core:
        return merit.group(0)  # 先进普法依法治理办公室, 优秀公证处: a unit of merit, whatever its kind
    return None


@lru_cache(maxsize=1)
def _merit_unit() -> re.Pattern:
    """A word of merit, a few words of field, then the kind of unit it is given to, closing the name
    (award_merit.tsv)."""
    t = role_table("award_merit.tsv")
    return re.compile("(?:%s)(?!性)[\u4e00-\u9fff]{0,8}?(?:%s)$" % ("|".join(t["merit"]), "|".join(t["unit"])))


# a name opening on what a place builds or works for (award_not_lead), or on 建设 before a level word
# (award_not_lead_level): no title it holds
_NOT_A_TITLE_LEAD = re.compile("(?:%s)|(?:%s)(?:%s)" % ("|".join(lexicon.cues("award_not_lead")),
                                                      "|".join(lexicon.cues("award_not_lead_level")),
                                                      "|".join(lexicon.cues("title_level"))))


@lru_cache(maxsize=1)
def _scope_pattern() -> re.Pattern:
    """A title's scope, level, year, edition or batch words (title_level and title_scope in relation_cues.tsv)."""
    words = sorted(set(lexicon.cues("title_level")) | set(lexicon.cues("title_scope")), key=len, reverse=True)
    return re.compile(r"(?:19|20)\d{2}\s*(?:年度|年)?|第[一二三四五六七八九十百\d]+[届批]|首届|首批|%s" % "|".join(words))


def has_scope(text: str) -> bool:
    """Whether ``text`` names a title's scope: a level word, a year, or a place opening it (全国…, 2023年度…,
    浙江省…; not 平安汉川, a vision of the place)."""
    if _scope_pattern().search(text) is not None:
        return True
    t = re.sub("[%s]" % _QUOTES, "", text).strip()
    return any(m.start == 0 for m in Gazetteer.default().find(t))


def strip_scope(text: str) -> str:
    """``text`` without its quotes, scope, level, year, edition and places: what is left are field words."""
    t = _scope_pattern().sub("", re.sub("[%s]" % _QUOTES, "", text))
    for m in reversed(Gazetteer.default().find(t)):
        t = t[:m.start] + t[m.end:]
    return t


def without_batch(name: str) -> str:
    """An honour's name without the batch said inside it (自然资源部第一批典型案例 → 自然资源部典型案例)."""
    return re.sub(_BATCH, "", name)


def is_collection(name: str) -> bool:
    """Whether an honour's name is a collection of cases or experiences (…典型案例, …经验做法): what 纳入 and
    收录 put a case into (relation_cues.tsv, into_collection)."""
    return award_head(name) in COLLECTION_HEADS


def clean_name(raw: str) -> tuple[str, int]:
    """(name, offset of the name in raw): quotes, leading adverbs, years and 称号 dropped."""
    s = raw
    lead = 0
    changed = True
    while changed:
        changed = False
        stripped = s.lstrip(" 　" + _QUOTES)
        if stripped != s:
            lead += len(s) - len(stripped)
            s, changed = stripped, True
        drop = _prefix_words()
        # the longest dropped prefix that leaves more than two characters
        w = next((s[:n] for n in drop.lengths if len(s) > n + 2 and s[:n] in drop.words), None)
        if w is not None:
            lead += len(w)
            s, changed = s[len(w):], True
        m = _YEAR_PREFIX.match(s)
        if m and m.end() < len(s):
            lead += m.end()
            s, changed = s[m.end():], True
    name = _WIN_RUN.sub("", s) or s
    # 杭州市首届“十大法治实践”: the edition after the place is the award's edition, no part of its name
    name = PLACE_EDITION.sub(r"\1", name, count=1) if PLACE_EDITION.match(name) else name
    # 甘肃省2023年普法依法治理十大创新案例: the year after the place is the honour's year, no part of its name
    name = _PLACE_YEAR.sub(r"\1", name, count=1) if _PLACE_YEAR.match(name) else name
    # 全国“模范人民调解委员会”殊荣是该镇…: the title ends at the word for the honour itself
    name = re.split(r"(?<=[”」\"])\s*殊荣", name, maxsplit=1)[0]
    for q in _QUOTES:
        name = name.replace(q, "")
    name = name.strip(" 　")
    name = re.sub(r"的(?:是|有)?$", "", name)  # 入选…示范村（社区）的分别是: the honour ends before 的
    if len(name) > 4:
        name = _TITLE_SUFFIX.sub("", name) or name
        name = _COUNT_SUFFIX.sub("", name) or name  # 全省先进集体两项荣誉: the count of honours is no part of it
    name = _MERIT_VERB.sub("", name)  # …系统记集体二等功: 记 records the merit, it is no part of its name
    # …30个典型案例汇编: the count and the book the cases are bound in are no part of the honour
    name = _COLLECTION_BOOK.sub(r"\1", name)
    name = _CASE_COUNT.sub("", name) if len(name) > 8 else name
    return name, lead


# a collection of cases or experiences: in book quotes after the cue (入选《…创新实践案例》), bound as a book
# (…典型案例汇编, …案例选编, …案例集), with the count of what it holds inside its name (…30个典型案例)
_BOOK_COLLECTION = re.compile(r"\s*《([^《》]{4,48})》")
COLLECTION_HEADS = frozenset(("典型案例", "优秀案例", "创新案例", "案例", "典型经验", "典型经验做法", "典型做法",
                               "经验做法", "十大案例", "十大法治案例"))
_COLLECTION_BOOK = re.compile(r"(案例|经验|做法)(?:汇编|选编|集|库)$")
_CASE_COUNT = re.compile(r"[\d一二三四五六七八九十百]+(?:个|项|件|篇)(?=(?:典型|优秀|创新|精品)?(?:案例|经验))")


# a five-year programme's edition may come before the scope (三五普法全国先进县, 六五法治宣传全省先进)
_EDITION = re.compile(r"^[一二三四五六七八九]五(?:普法|法治宣传(?:教育)?|法制宣传(?:教育)?)")


def level_of(name: str) -> str | None:
    ed = _EDITION.match(name)
    if ed and name.startswith(("全国", "全省"), ed.end()):
        name = name[ed.end():]
    if name.startswith(("全国", "国家", "中国", "中华")):
        return "national"
    if name.startswith(("全省", "省级", "全区", "自治区")) or re.match(r"^[\u4e00-\u9fff]{1,7}(?:省|自治区)", name):
        return "provincial"
    return None


# the kinds of unit a title is given to, at its end (示范县, 示范市（县、区）, 民主法治示范村（社区）), and the
# division level of the largest (1 province … 4 township, 6 a village)
_UNIT_LEVEL = {"城市": 2, "市": 2, "地区": 2, "县城": 3, "县": 3, "区": 3, "乡镇": 4, "镇": 4, "乡": 4, "街道": 4,
               "村": 6, "社区": 6}
# (示范区 at the end is a zone as often as a district: 社会信用体系建设示范区 are cities)
_UNIT_TAIL = re.compile(r"(城市|地区|县城|乡镇|街道|社区|[市县镇乡村])(?:[（(]([^（）()]{1,12})[)）])?$")


def unit_level(name: str) -> int | None:
    """The level of the largest unit kind a title is given to (示范市（县、区）: 2, 示范村: 6), or None
    when its name does not say (先进单位, 最佳实践)."""
    m = _UNIT_TAIL.search(name)
    if m is None:
        return None
    kinds = [m.group(1)] + re.split(r"[、，,]", m.group(2) or "")
    return min(_UNIT_LEVEL.get(k, 6) for k in kinds if k in _UNIT_LEVEL) if any(k in _UNIT_LEVEL for k in kinds) \
        else None


def _segments(text: str, clause_after_quote: bool = True) -> tuple[list[tuple[int, int]], int]:
    """Items of a list of names starting at text[0]: (start, end) pairs, and where the list ends.
    ``clause_after_quote``: 并 after a quote ends the list (the caller cuts such an item itself if not)."""
    out = []
    depth = 0
    quote = False
    s = 0
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0:
            if ch in "“「":
                if i > s and not quote and text[i - 1] not in "”」" and _opens_clause(text, s, i):
                    break  # 入选十大优秀法治人物“AI赋能…”等10个案例: the quote opens another clause
                if i > s and not quote and text[i - 1] in "”」":
                    out.append((s, i))  # ”“: two quoted names side by side
                    s = i
                quote = True
            elif ch in "”」":
                quote = False
                if _time_after().match(text, i + 1) or _SPAN_TO.match(text, i + 1):
                    out.append((s, i + 1))  # 在获评“…”后，…: a time clause, the name ends with its quote
                    return [(a, b) for a, b in out if b > a], i + 1
                t = _TITLE_WORD.match(text, i + 1)
                if t is not None and text.startswith("的", t.end()) and not out \
                        and not _NUMERAL.match(text, t.end() + 1):
                    # “全国文明县城”称号的正定县: the title qualifies what follows it, and its name ends here
                    # (but …称号的21个村受到表彰: a count of its holders, who are not named)
                    return [(s, t.end())], t.end()
                if t is not None and t.end() < n and text[t.end()] not in "、和及与等，,。；;的":
                    out.append((s, t.end()))  # “全国先进司法所”荣誉称号揭牌: the title word ends the name
                    return [(a, b) for a, b in out if b > a], t.end()
            elif not quote and (ch in _STOP or ch in "，,：:["):
                break  # ([3]: a citation mark after the name)
            elif not quote and ch == "、":
                out.append((s, i))
                s = i + 1
            elif clause_after_quote and not quote and ch == "并" and i > 0 and text[i - 1] in "”」":
                break  # “十佳法院”并记集体一等功: 并 opens a clause of its own, the list ends with the quote
            elif not quote and ch in "和及与" and i > 0 and text[i - 1] in "”」":
                out.append((s, i))  # ”和“, ”和首批“
                s = i + 1
            elif not quote and ch in "和及" and i - s >= 4 and award_head(clean_name(text[s:i])[0]) is not None \
                    and award_head(clean_name(re.split(r"[、等，,。；;]", text[i + 1:i + 40])[0])[0]) is not None:
                out.append((s, i))  # 国家卫生县城和全国法治县创建先进单位: two names, each with its head
                s = i + 1
            elif not quote and ch == "等" and i > s and text[i - 1] not in "一二三四特":  # 二等功 is a name
                out.append((s, i))
                return [(a, b) for a, b in out if b > a], i
        i += 1
    if i > s:
        out.append((s, i))
    return [(a, b) for a, b in out if b > a], i


# “一星”“二星”示范单位: short quoted modifiers sharing one tail are one honour each
_SHARED_TAIL = re.compile(r"^((?:“[^“”]{1,4}”[、和及与]?){2,})([^，。；、“”\s]{2,30})")


# levels listed before the name they share (全国、省级青少年维权岗)
_LEVEL_WORDS = ("国家级", "全国", "省级", "全省", "市级", "全市")
_SHARED_LEVELS = re.compile("((?:(?:%s)[、和及与]){1,3}(?:%s))([^，。；、“”\\s]{2,30})" % (
    "|".join(_LEVEL_WORDS), "|".join(_LEVEL_WORDS)))


# 从入选“…”到获批…: the span's other end, a second winning, follows the quote
_SPAN_TO = re.compile(r"到(?=(?:\d{4}年|成功|再次|又|先后)?(?:获|荣获|入选|成为|被|再|跻身|摘得))")


@lru_cache(maxsize=1)
def _time_after() -> re.Pattern:
    words = sorted(role_table("called_title_cues.tsv").get("time_after", ()), key=len, reverse=True)
    return re.compile("(?:%s)[，,。；;]" % "|".join(map(re.escape, words)))


def _opens_clause(text: str, s: int, i: int) -> bool:
    """A quote at ``i`` after a whole name (text[s:i]) that opens a counted subject (“…”等10个案例)."""
    close = text.find("”", i)
    return close > 0 and _COUNTED_SUBJECT.match(text, close + 1) is not None and \
        award_head(clean_name(text[s:i])[0]) is not None


def _called_title(raw: str, text: str, end: int) -> bool:
    """“广东省十佳法治文化主题公园”称号: a quoted name the text calls a title is one, whatever its head;
    so is one after the level that confers it (省级“智慧矫正中心”)."""
    r = raw.strip()
    return _QUOTED_TITLE.fullmatch(r) is not None or _LEVELLED_QUOTE.fullmatch(r) is not None or (
        r.startswith("“") and r.endswith("”") and _TITLE_WORD.match(text, end) is not None) or (
        _CALLED_PLAIN.fullmatch(r) is not None and _plain_title(r))


def _plain_title(raw: str) -> bool:
    """Whether an unquoted name before 称号 is one: not a verb's phrase (被授予…, 保持这一…) and not a level
    or a reference (省部级以上, 国家和省级, 相应, 原有) — the words in called_title_cues.tsv."""
    cues, levels_only = _called_cues()
    name = _TITLE_WORD.sub("", raw)
    return not (name.startswith(cues["starts"]) or name.endswith(cues["ends"]) or levels_only.fullmatch(name))


@lru_cache(maxsize=1)
def _called_cues() -> tuple[dict[str, tuple[str, ...]], re.Pattern]:
    """called_title_cues.tsv by role, and a pattern for a name made only of its level words (国家和省级)."""
    cues = role_table("called_title_cues.tsv")
    return cues, re.compile("(?:%s|[和及与、])+" % "|".join(cues["level"]))


def read_awards(text: str, max_len: int = 40, shaped: bool = False) -> list[AwardPhrase]:
    """The honours named at the start of ``text`` (what follows an honour cue).

    Reading stops at the first item that is not an honour's name: 获评“全国文明城市”，群众满意度…
    gives one honour, not two."""
    # the sentence rules and the deciders read the same text after the same cue again and again (two
    # reads in five are repeats): read once; the phrases are frozen, the list is the caller's own
    return list(_read_awards(text, max_len, shaped))


@lru_cache(maxsize=2048)
def _read_awards(text: str, max_len: int, shaped: bool) -> tuple[AwardPhrase, ...]:
    return tuple(_read_awards_uncached(text, max_len, shaped))


def _read_awards_uncached(text: str, max_len: int, shaped: bool) -> list[AwardPhrase]:
    cut = text.find("名单", 0, 60)
    if cut >= 0:
        if re.match(r"(?:揭晓|公布|出炉|发布|公示)", text[cut + 2:]):
            return []  # 我省获…先进名单揭晓: news that a list is out, not an honour of the place
        text = text[:cut + 2]  # 入选全国“枫桥式工作法”单位名单全省唯一: the honour ends with its list
    cut = text.find("候选", 0, 60)
    if cut > 0:
        text = text[:cut]  # 被推荐为“全国守法普法示范县”候选县: the honour ends where its candidacy is said
    plaque = _PLAQUE_AFTER.search(text, 0, 60)
    if plaque:
        text = text[:plaque.end()]  # 获得“…示范基地”授牌: the plaque is how the title was given, not its name
    book = _BOOK_COLLECTION.match(text)
    if book is not None:
        # 入选《吉林省…创新实践案例》: a collection of cases in book quotes is the honour of those it holds
        name, _ = clean_name(book.group(1))
        if is_collection(name) and len(name) <= max_len:
            return [AwardPhrase(book.start(1), book.end(), name, level_of(name))]
    levels = _SHARED_LEVELS.match(text)
    if levels and award_head(levels.group(2)):
        # 全国、省级青少年维权岗: one honour at each level listed before the name they share
        out = []
        for lv in re.findall("|".join(_LEVEL_WORDS), levels.group(1)):
            name, _ = clean_name(lv + levels.group(2))
            out.append(AwardPhrase(0, levels.end(), name, level_of(name)))
        return out
    shared = _SHARED_TAIL.match(text)
    if shared and award_head(shared.group(2)):
        tail = shared.group(2)
        out = []
        quoted = list(re.finditer(r"“([^“”]{1,4})”", shared.group(1)))
        # (“三五”“四五”“五五”普法全国先进县: each five-year period's honour is one of its own, named with its period
        # as 六五普法先进县 is when it stands alone)
        for q in quoted:
            name, _ = clean_name(q.group(1) + tail)
            out.append(AwardPhrase(q.start(), shared.end(), name, level_of(name) or level_of(tail)))
        rest = text[shared.end():]
        more = re.match(r"^[、和及与]", rest)
        if more:
            out += [AwardPhrase(shared.end() + 1 + a.start, shared.end() + 1 + a.end, a.name, a.level)
                    for a in read_awards(rest[1:], max_len, shaped)]
        return out
    etc = _ETC_TITLES.match(text)
    items = _segments(etc.group(1) + "等", clause_after_quote=False)[0] if etc else []
    if len(items) > 1:
        # A、B、C等荣誉称号, “A”“B”及C等称号: the tail says every item is a title, whatever its head
        # (四川省级四好村, 全省国家机关“谁执法谁普法”创新创先优秀普法项目) ...
        out = []
        for a, b in items:
            item = _CLAUSE_AFTER_QUOTE.split(text[a:b], maxsplit=1)[0]
            name, lead = clean_name(item)
            if not (4 <= len(name) <= max_len) or re.search(r"[，。；;]", name):
                out = []
                break
            if not _GRADE.search(name) or _head_words().ending(name):
                # …和“法制环境排名全国第一”等荣誉: a ranking among titles is none (…中期评估先进市 is one)
                out.append(AwardPhrase(a + lead, a + len(item), name, level_of(name)))
        # ... but a person's titles among them (“全国模范人民调解员”“某市和谐使者”等) make the list a person's
        if any(is_personal(a.name) for a in out):
            out = [a for a in out if award_head(a.name)]
        if out:
            return out
    segs, _ = _segments(text)
    out = []
    run_titled = _titled_quote_run(text, segs)
    for a, b in segs:
        raw = text[a:b]
        name, lead = clean_name(raw)
        whole_head = len(name) == 3 and raw.strip().startswith("“") and name in _heads()  # “长安杯”
        if not ((4 <= len(_TRAILING_BRACKET.sub("", name)) or whole_head) and len(name) <= max_len):
            break  # (获评优秀(全省仅6宗): a grade with a remark in brackets is no name)
        if _quoted_lead(raw) or shaped and _levelled_city(name) or run_titled and not _GRADE.search(name) \
                and lexicon.mechanisms().canonical(name) is None:
            out.append(AwardPhrase(a + lead, b, name, level_of(name)))
            continue
        whole_quote = _WHOLE_QUOTE.fullmatch(raw) is not None
        if award_head(name, quoted=whole_quote) is None and not (_called_title(raw, text, b) and not _GRADE.search(name)
                                                                 and not name.endswith("试点")):
            break
        out.append(AwardPhrase(a + lead, b, name, level_of(name)))
    return out


def _titled_quote_run(text: str, segs: list[tuple[int, int]]) -> bool:
    """荣膺“2023年度活力城市”“中国十大大美之城”“中国投资热点城市”: quoted names side by side, one of them an
    honour's by its head, are honours alike, whatever each ends with (but a known practice among them is none)."""
    if len(segs) < 2 or not all(_WHOLE_QUOTE.fullmatch(text[a:b]) for a, b in segs):
        return False
    if _PRAISE_AFTER.match(text, segs[-1][1]):
        return False  # 获得“全国先进司法所”“群众口碑好”等评价: praise, not titles
    raws = [text[a:b] for a, b in segs]
    names = [clean_name(r)[0] for r in raws]
    # each a title's name: a head, or a scope or a year in it (not a vision of the place, “平安汉川”); no pilot,
    # no ranking (“满意度全省第一”, convention 6)
    headed = [award_head(n, quoted=True) is not None for n in names]
    return any(headed) and all((h or has_scope(r)) and not _shaped_not(n) for n, r, h in zip(names, raws, headed))


_WHOLE_QUOTE = re.compile(r"\s*(?:%s)?“[^“”]+”\s*" % _BATCH)
# what quoted words closed by 等… are when they are a text's praise (等评价)
_PRAISE_AFTER = re.compile(r"\s*等?[^，。；、]{0,4}(?:%s)" % "|".join(lexicon.cues("praise_word")))


def _quoted_lead(raw: str) -> bool:
    """全国人社“十佳特色做法”, 全省“十大法治事件”: a quoted part that opens on a lead word (十佳, 十大, 最美) makes
    the whole an honour's name, whatever it ends with."""
    q = re.search(r"“([^“”]{3,20})”", raw)
    # (only scope and field words before the quote: 省委依法治省办评选的“十大法治事件”, 省市场监管局推出“…” are described)
    return q is not None and raw.strip().endswith("”") and _award_lead(q.group(1), q.group(1)) is not None \
        and "的" not in raw and not any(v in raw[:q.start()] for v in lexicon.cues("award_describing_verb"))


# a title of cities or counties by its shape, after a verb that confers one (``shaped``: 获评, 荣获, 被命名为):
# a national or provincial scope, the field, the kind of unit (全国营商环境创新城市, 全国政务公开工作表现突出市);
# never what award_shape_not.txt lists (a pilot, a ranking, a first, a designation of need: 试点, 百强, 首, 重点)
_LEVELLED_CITY = re.compile(r"(?:全国|全省|国家级|中国)[\u4e00-\u9fff]{4,14}(?:城市|市|县|区)")


@lru_cache(maxsize=1)
def _shape_not() -> dict[str, tuple[str, ...]]:
    return role_table("award_shape_not.tsv")


def _shaped_not(name: str) -> bool:
    """A name of a title's shape that is none: a pilot, a ranking, a first, a designation of need (its batch aside:
    全国第一批…县 is a batch, not a rank)."""
    core = without_batch(name)
    return any(w in core for w in _shape_not()["inside"]) or _GRADE.search(core) is not None


def _levelled_city(name: str) -> bool:
    return _LEVELLED_CITY.fullmatch(name) is not None and not _shaped_not(name) \
        and not name.endswith(_shape_not()["end"])


def read_award_run(text: str, max_len: int = 40, shaped: bool = False) -> list[AwardPhrase]:
    """The honours at the start of ``text``, and those of the clauses after it that name nothing but
    honours and grades (获评A、B，2023年度综合考核“第一等次”、C、D: a report lists a year's honours
    over several clauses under one cue; the grades are passed over, any other item ends the run)."""
    out = read_awards(text, max_len, shaped)
    while out:
        m = re.match(r"[”」]?\s*[，,]", text[out[-1].end:])
        if m is None:
            break
        start = out[-1].end + m.end()
        segs, stop = _segments(text[start:])
        # a list of its own (A、B), ending where the clause ends: one item after a comma is a clause
        # about something else (…，在全省树立起典范)
        if len(segs) < 2 or text[start + stop:start + stop + 1] not in ("，", ",", "。", "；", ";", ""):
            break
        more = []
        if any(c in text[start:start + stop] for c in lexicon.cues("honour")):
            break  # …，被公安部命名为“A”和“B”: a clause with its own cue, read from that cue
        for a, b in segs:
            name, lead = clean_name(text[start + a:start + b])
            if _GRADE.search(name):
                continue
            if not (4 <= len(name) <= max_len) or award_head(name) is None:
                more = []
                break
            more.append(AwardPhrase(start + a + lead, start + b, name, level_of(name)))
        if not more:
            break
        out += more
    return out


def title_for_unit(award: str, level: str | None, name: str) -> str:
    """…示范村镇 names towns and villages apart: …示范乡镇 for a town, …示范村 for a village (``level``: the
    holder's place level, ``name``: its name)."""
    if not award.endswith("示范村镇"):
        return award
    if level == "village" or re.search(r"(?:村|社区)$", name):
        return award[:-2] + "村"
    if level == "township" or re.search(r"(?:镇|乡|街道)$", name):
        return award[:-2] + "乡镇"
    return award


def _heading_lead(t: str) -> str:
    """What a heading says before the honour: a date, the issuing place, 关于, a candidacy's verb and
    the batch (天津市拟推荐申报第八批“全国民主法治示范村（社区）” → 全国民主法治示范村（社区））."""
    t = re.sub(r"^(?:(?:19|20)\d{2}\s*年)?\d{1,2}\s*月\d{1,2}\s*日", "", t)
    t = re.sub(r"^关于", "", t)
    m = re.match(r"^([\u4e00-\u9fff]{2,12}?)(?=拟推荐|拟命名|推荐申报|申报|拟表彰|拟授予)", t)
    if m and _places_only(m.group(1)):
        t = t[m.end():]
    t = re.sub(r"^(?:拟推荐申报|拟推荐|拟命名|推荐申报|申报|拟表彰|拟授予|公布)", "", t)
    return t


def _heading_tail(t: str) -> str:
    """What a heading says after the honour: the issuing place, a candidacy's verb and the batch
    (全国法治县（市、区）创建活动先进单位湖北省拟推荐第四批名单 → …先进单位)."""
    m = re.search(r"(?:拟推荐|拟命名|推荐|候选|公示|拟表彰)(?:第[一二三四五六七八九十\d]+批)?(?:名单)?$", t)
    if m is None or m.start() == 0:
        return t
    head = t[:m.start()]
    # the place that puts the list out, right before its verb (…先进单位湖北省拟推荐)
    for k in range(2, min(12, len(head) - 3) + 1):
        if _places_only(head[-k:]) and award_head(head[:-k]):
            return head[:-k]
    return head if award_head(head) else t


def _places_only(s: str) -> bool:
    from .gazetteer import Gazetteer

    return Gazetteer.default().names_only_places(s)


@lru_cache(maxsize=4096)  # pure in the line: a list's lines are read as headings more than once
def heading_award(line: str) -> str | None:
    """The honour a list's heading names (2021年度郑州市依法行政工作先进集体名单 → …先进集体),
    or None when the line is not such a heading."""
    t = line.strip().strip(_QUOTES)
    t = re.sub(r"^(?:附件\s*\d*\s*[:：]?\s*|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．])\s*", "", t)
    t = re.sub(r"[（(](?:\d+个|共\d+个|[^（）()]*排列[^（）()]*|[^（）()]{1,6})[)）]$", "", t).strip()
    # 2012年度广西科学发展进步县初选名单: a list of candidates for a kind of unit names that title, whatever
    # its head word
    shortlist = _SHORTLIST_TAIL.search(t) is not None
    t = re.sub(r"(?:拟命名|拟推荐|拟表彰|推荐|候选|入围|初选|获奖|获奖项|表彰|命名)?((?:对象|单位|项目)?)(?:名单|简介|名录|一览表|一览)"
               r"(?:的公示|公示|如下)?[:：]?$",
               # (…先进单位名单, 文明单位名单: 单位 ends the title itself, not the list's kind)
               lambda m: m.group(1) if m.group(1) == "单位" and m.string[:m.start()].endswith(("先进", "文明", "优秀", "示范"))
               else "", t)
    t = re.sub(r"\s*[:：]$", "", t)  # 全省乡村治理示范镇: then its members, one per line
    # 全国乡村治理示范乡镇推荐单位: the heading of a candidates' table, its kind after the honour
    t = re.sub(r"(?<=[\u4e00-\u9fff]{4})(?:拟推荐|推荐|候选|拟命名)(?:对象|单位)$", "", t)
    # 决定授予以下单位“…”称号：: the decision's words before the title it confers
    t = re.sub(r"^.*?(?:授予|命名|表彰|评为)(?:以下|下列)(?:单位|集体|地区)?", "", t)
    t = _heading_lead(t)
    t = _heading_tail(t)
    name, _ = clean_name(t)
    if not (4 <= len(name) <= 45) or re.search(r"[，。；;！？]", name):
        return None
    if any(2 <= name.find(v) <= len(name) - len(v) - 4 for v in word_list("headline_verbs.txt")):
        return None  # 西安5村获评全国乡村治理示范村: a headline about its holders, not a list's heading
    if award_head(name):
        return name
    if not (shortlist and _UNIT_KIND_END.search(name)) or _GRADE.search(name) or "试点" in name:
        # (新增试点县初选名单: a pilot is an adoption, not a title)
        return None
    # (宁波市鄞州区候选名单: a place's own list names no title)
    return None if Gazetteer.default().names_only_places(name) else name
