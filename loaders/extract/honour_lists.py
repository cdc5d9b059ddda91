"""The layout-level list reader: holders one per line (or joined by 、) under an honour's heading.

Naming decisions, publicity lists and commendation notices print their holders as a run of short
lines under a heading (``2021年度郑州市依法行政工作先进集体名单`` / ``法治政府建设先进典型``), or after a
sentence that names the list (确定了首批“全国守法普法示范市（县、区）”拟命名名单 … 现将名单公示).
Each line that resolves to a place or a body is a holder of that heading's honour; a list put out
for comment (公示, 拟命名, 拟推荐, 候选, 推荐) names candidates.  Lines that are not holders (a project's
title under its holder, a count, a person) are passed over; running prose ends the list.

Demonstration namings in the lexicon are read by the roster rules (award_facts.py); this reader
covers every other honour, so it is independent of ``awards.tsv``.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from . import lexicon, years
from .lexicon import holds_any
from .bodies import government_organs, institution_end
from ..dates import date_line
from ..normalize import is_column, table_serials
from .award_grammar import ENUMERATION as _ENUMERATION
from .award_grammar import ENUMERATION_WORDS
from .award_grammar import award_head, clean_name, heading_award, is_personal, level_of, read_awards, title_for_unit
from .article import _cue_pattern, _last_cue, list_items, next_line
from .gazetteer import Gazetteer
from .places import VILLAGE, town_within

# (a table's row number comes glued to its first cell once the loader has removed the digit-CJK space: 1河北省)
# 案例一：, 案例2:, 【案例三】: a case's label opening its title line
_CASE_LABEL = re.compile(r"\s*【?案例[一二三四五六七八九十\d]{1,3}】?\s*[:：、.．]?\s*")
# \n案例一 / \n【案例1】: the first labelled case, which an announcement must be followed by
_CASE_ONE = re.compile(r"\n\s*【?案例[一1]")


@lru_cache(maxsize=1)
def _case_patterns() -> tuple[re.Pattern, re.Pattern]:
    alt = lambda role: _cue_pattern(role).pattern  # noqa: E731
    # 现将7个典型案例予以公布 / 公布规范涉企行政执法典型案例: where the collection is announced
    announced = re.compile(r"(?:%s)?[^。；;\n]{0,40}?(%s)[^。；;\n]{0,8}?(?:%s)|(?:%s)([^。；;\n“”]{0,30}?(?:%s))"
                           % (alt("case_announce_lead"), alt("case_collection"), alt("case_publish"), alt("case_publish"),
                              alt("case_collection")))
    campaign = re.compile(r"([\u4e00-\u9fff]{4,20}?)(?:%s)" % alt("case_campaign"))
    return announced, campaign


# the period a collection is for, opening its name (2025年二季度…, 2023年度…)
_COLLECTION_PERIOD = re.compile(r"((?:19|20)\d{2})\s*年度?(第?[一二三四1-4]季度|[上下]半年)?")


def _drop_lead(name: str) -> str:
    """A collection's name without the words that open it but name no part of it (我省…, 组织开展…)."""
    w = next((w for w in lexicon.cues("collection_name_drop") if name.startswith(w)), None)
    return name[len(w):] if w else name


def _case_announcement(text: str) -> tuple[int, str, bool] | None:
    """(where the cases start, the collection's name, False: its entries are labelled 案例…) when the text
    publishes numbered cases: the name the announcement gives (公布规范涉企行政执法典型案例), else the campaign
    named before it (规范涉企行政执法专项行动 → 规范涉企行政执法典型案例); None without a name or without 案例一."""
    if "案例" not in text or not _CASE_ONE.search(text):
        return None  # (no 案例一 anywhere: no announcement can be followed by one; spares the scan for one)
    announced, campaign = _case_patterns()
    for m in announced.finditer(text):
        if not _CASE_ONE.search(text[m.end():m.end() + 400]):
            continue
        if m.group(2):
            name = re.sub(r"^[\d一二三四五六七八九十百]+[个项批]|^(?:了|的|一批)", "", m.group(2))
        else:
            prior = list(campaign.finditer(text, max(0, m.start() - 400), m.start()))
            # (…决策部署和宁夏规范涉企行政执法专项行动, 扎实组织开展规范…专项行动: the campaign's own words)
            core = re.split(r"[和、的与及]|开展|组织|推进|实施|按照|围绕", prior[-1].group(1))[-1] if prior else ""
            name = core + m.group(1) if len(core) >= 4 else ""
        name = _drop_lead(name)
        if len(name) - 4 >= 4:  # more than the bare kind (典型案例): a collection one can name
            return m.end(), name, False
    return None


# 一、甲市司法局“…”工作 / （二）乙区“…”品牌: an entry's number
_ENTRY_NUMBER = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])\s*")


@lru_cache(maxsize=1)
def _circulation_patterns() -> tuple[re.Pattern, re.Pattern]:
    alt = lambda role: _cue_pattern(role).pattern  # noqa: E731
    kinds = alt("circulated_kind")
    # 关于推广全省司法行政系统典型经验做法的通知: the notice's title names what it circulates
    titled = re.compile(r"关于(?:%s)([^《》“”\n]{2,40}?(?:%s))的(?:通知|通报)" % (alt("circulate_verb"), kinds))
    # 现将…典型经验做法予以推广 / 印发给你们: the body of such a notice
    said = re.compile(r"现将([^。；;\n]{0,40}?(?:%s))(?:%s)" % (kinds, alt("circulate_tail")))
    return titled, said


def _circulation_notice(text: str, title: str) -> tuple[int, str, bool] | None:
    """(where its list starts, the collection's name, True) for a notice circulating typical experiences or
    cases for others to learn (convention 4: a body's list of 典型经验做法 circulated gives PROMOTED_BY of each
    practice and HONOURED of each holder), when numbered entries follow."""
    titled, said = _circulation_patterns()
    m = titled.search(title) if title else None
    name, at = (m.group(1), 0) if m else (None, 0)
    s = said.search(text)
    if s is not None:
        at = s.end()
        name = name or s.group(1)
    if not name:
        return None
    name = _drop_lead(name)
    if not re.search(r"\n\s*(?:[一1][、.．]|[（(]一[)）]|【?案例[一1])", text[at:at + 600]):
        return None
    return (at, name, True) if len(name) >= 6 else None


_NUMBERING = re.compile(r"^\s*(?:\d+[.、．]|\d+(?=\s)|\d{1,3}(?=[\u4e00-\u9fff])|[（(]?[一二三四五六七八九十\d]+[)）、]|[-•·●])?\s*")
_CANDIDATE = lexicon.cues("candidate_list")
_NAMED_LIST = re.compile(r"((?:[^，。；,;“”\"\s]|“[^“”]{1,40}”){2,60}?)(?:拟命名|拟推荐|拟表彰|推荐|候选|入围|获奖|表彰)?(对象|单位|地区|项目)?名单")
_MAX_LINE = 40
# a town, then its village (分水镇后岩村)
_TOWN_THEN_VILLAGE = re.compile(r"([\u4e00-\u9fff]{1,8}?(?:镇|乡|街道))([\u4e00-\u9fff]{1,8}(?:村|社区))")
# the same after a zone or county, which may not be placed (芦台经济开发区海北镇西董村)
_ZONE_TOWN_VILLAGE = re.compile(r"(?:[\u4e00-\u9fff]{2,12}?(?:区|县|市|旗))?([\u4e00-\u9fff]{1,6}?(?:镇|乡|街道))"
                                r"([\u4e00-\u9fff]{1,8}(?:村|社区))")
# a development zone's name, which no division list holds (高新区, 经济开发区)
_ZONE_NAME = re.compile(r"(?:开发区|高新区|新区|园区|经济区|试验区)$")
# an item named like a county that the division list does not hold (横县, since 2021 横州市)
_COUNTY_NAME = re.compile(r"[\u4e00-\u9fff]{1,9}(?:县|市|区|旗)")  # (齐齐哈尔市铁峰区: with its city)
# a candidacy said right after a conferred title's closing quote (…“民主法治示范村”候选村)
_CANDIDACY_AFTER = re.compile(r"(?:称号)?(?:候选|推荐对象|入围)")
# a passive naming, after which a clause may name more sets with its verb left out (…，A、B6个城区为…)
_PASSIVE_NAMING = re.compile(r"被(?:评为|命名为|确定为|认定为|授予)")
# the count closing such a set, then 为 and its title: (等)6个城区为
# (为 closing a verb of its own, 作为/成为/评为, is no elided naming)
_ELIDED_SET = re.compile(r"(?:等)?\s*[\d一二两三四五六七八九十百]+\s*个[\u4e00-\u9fff]{1,4}(?:[（(][^（）()]{1,8}[)）])?"
                         r"(?<![作成认评选创列因])为")
# what the elided naming may not be: a candidacy, an aim, a denial, or a title still being built
_ELIDED_NOT = re.compile(r"拟|候选|推荐|公示|争创|未|不")
_ELIDED_TAIL_NOT = re.compile(r"^(?:候选|创建单位|创建|培育)")
_COUNT_LINE = re.compile(r"[\d一二三四五六七八九十百]+\s*个\s*$")
_PERIOD_TAIL = re.compile(r"\s*(?:19|20)\d{2}\s*年度?$")
_PERIOD_LEAD = re.compile(r"\s*(?:19|20)\d{2}\s*年度?")
# a town's own name after its county: no count, no quantifier, no function word
_UNLISTED_TOWN = re.compile(r"[^\d个各全该本我多等的在和与及县区市省州旗、，,\s]{2,6}(?:镇|乡|街道)")
# what a body's own unit ends with (公安局法制监管支队, 城市管理局（综合行政执法局）, 司法局某某司法所)
_UNIT_END = re.compile(r"(?:所|队|科|处|室|局|院|办|站|庭|厅|委|会|中心|部|组|公司|支部|委员会)$")
_CONTACT = re.compile(r"联系人|联系电话|电话|邮箱|邮编|地址|传真")
_COUNT_HEADING = re.compile(r"[（(]\s*(?:共)?\d+\s*(?:个|家|名|项)\s*[)）]\s*$")
_PAST_STEP = re.compile(r"(?:经|经过|通过)[^，,。；;]{0,30}公示(?:等)?(?:环节|程序)?"
                        # …、媒体集中公示等评选程序: one step of the procedure a naming went through
                        r"|公示等?[^，,。；;、]{0,6}(?:环节|程序|步骤)"
                        # 公示期满无异议, 公示结束后: the comment period is over, the decision final
                        r"|公示(?:期满|期已满|结束|期间无异议|无异议)")
# an honour named in quotes before its list: 公布了第九批“全国民主法治示范村（社区）”名单
_QUOTED_HONOUR = re.compile(r"“([^“”]{4,40})”")
# a cue pointing back to the honour named before, after a list and its count (共8个村获此殊荣)
# …关于表彰第四批“…”的通知，甲市、乙县入选。: 入选 with nothing after it in its clause points back too
_BACK_CUE = r"(?:获此殊荣|榜上有名|上榜|(?:入选|当选)(?=[。，,；;]|$))"
# (an adverb may stand between the count and the cue: …大张村6个村成功入选)
_BACK_REFERENCE = re.compile(r"(?:(?:等|共)?\s*(?:[\d一二三四五六七八九十]+\s*个|一批)(?:[村社区居（()）]*|[^，。；、“”\s]{0,4}?(?:工作法|案例|做法|经验|事件|项目))|等|共)?\s*(?:%s)*"
                             % "|".join(lexicon.cues("list_adverb")) + _BACK_CUE)
# the cue alone: a sentence without it is passed at once (the full pattern tries its optional count at
# every character of every sentence)
_BACK_CUE_ONLY = re.compile(_BACK_CUE)
# a designation in quotes and its list (“民主法治示范村(社区)”拟命名名单), or named (命名…“法治街镇”)
_QUOTED_LIST = r"“([^“”]{3,25})”(?:拟命名|拟推荐|候选|入选|获奖)?名单"
_DESIGNATED = re.compile(_QUOTED_LIST + r"|命名[^，。；“”]{0,20}“([^“”]{3,20})”")
# the count of a conferred set, kept apart from the honour's name (全国22个公共法律服务先进集体)
_SET_COUNT = re.compile(r"^(全国|全省|全市|全区)?[\d一二三四五六七八九十百]+(?:个|家|名|项)")
# a count of listed places' organs: 5个设区市司法局, 3个县（市、区）人民法院
_COUNTED_ORGANS = re.compile(r"等?\s*[\d一二三四五六七八九十两]+\s*个(?:设区的?市|地级市|县[（(]市、区[)）]|县市区|县区|区县|市|县|区)?"
                             r"([\u4e00-\u9fff]{1,12})")
_TOWN_AND_VILLAGE = re.compile(r"([^，。；、“”\d（）()]{2,24}?)示范乡镇[^。；]{0,30}?\1示范村")
_BARE_TITLE = re.compile(r"^的?(示范(?:村|乡镇|镇|社区|单位|县|市|区))$")
# 杭州市西湖区等21个法制宣传教育先进县（市、区）: a set's first member, its count and its title
_COUNTED_SET = re.compile(r"(?:^|(?<=[、，,：:对]))([^、，,。；：:对]{2,30}?)等\s*[\d一二三四五六七八九十百]+\s*(?:个|家)"
                          r"((?:[^、，,。；（）()]|[（(][^（）()]{1,8}[)）]){4,30}?)(?=、|，|,|。|；|予以|$)")
_EDITION_LEAD = re.compile(r"[“\"]?第[一二三四五六七八九十百\d]+[届批]")
_SECTION = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])")
# a table flattened one cell per line: a cell ends with its column bar, a row opens with its serial number
_CELL = re.compile(r"[^|｜\n]{0,30}?\s*[|｜]")
_SERIAL_CELL = re.compile(r"\d{1,4}\s*[|｜]")
# what stands between the holders of a conferral and its honour (…等5个单位为“…”)
# 授予甲市等34个县级市和县|四川省文明城市称号: a count of the holders, their kind, then an unquoted title that opens on
# its level (the nation, a province or a provincial-level city)
_COUNTED_THEN_TITLE = re.compile(r"等\s*[\d一二三四五六七八九十百]+\s*(?:个|家|处|所)")


def _village_in_town(m: re.Match, e: int) -> tuple:
    """The list holder of a town-then-village match (groups: town, village) ending at ``e``: the village,
    placed in its town."""
    from .relations import Ref

    return (m.start(2), e, m.group(2), Ref(m.start(2), e, m.group(2), None, m.group(1), "village"), "Place")


def _is_village(h) -> bool:
    """Whether a list item's holder (start, end, name, place ref, kind) is a village or community."""
    return h[4] == "Place" and getattr(h[3], "level", None) == "village"


@lru_cache(maxsize=1)
def _level_opening() -> re.Pattern:
    """The nation (全国, 中国), the province (全省, 省级) or a province's full name, from the division table."""
    provinces = sorted((d.name for d in Gazetteer.default().divisions.values() if d.level == 1), key=len, reverse=True)
    return re.compile("|".join(["全国", "中国", "全省", "省级"] + [re.escape(n) for n in provinces]))
_CONFERRED_TAIL = re.compile(r"(?:等\s*[\d一二三四五六七八九十百]+\s*(?:个|家|处|所)(?:[^、，,。；“”为（(]|[（(][^（）()]{1,8}[)）]){0,8})?"
                             r"(?:为(?:第[\d一二三四五六七八九十]+批|首批)?)?$")
# 命名A、B为第四批自治区平安县(市、区): a title named in a batch, unquoted and without an honour's head word
_BATCH_TITLE = re.compile(r"(?:第[\d一二三四五六七八九十]+批|首批)((?:%s)[^，。；,;“”]{2,20}?)(?:称号)?(?=[，。；,;]|$)"
                          % "|".join(lexicon.cues("title_level")))
_FULL_DATE = re.compile(r"((?:19|20)\d\d)年\d{1,2}月\d{1,2}日")
_AWARD_DASH_HOLDER = re.compile(r"^\s*([^——]{4,40}?)\s*(?:——|—|－－)\s*(.{2,40}?)\s*$")
# a line that names a designation in quotes and its list (新疆22个“中国少数民族特色村寨”名单): the heading of
# its holders, whatever the designation's head word
_QUOTED_LIST_HEADING = re.compile(r"[^“”，。；]{0,12}" + _QUOTED_LIST + r"(?:公示|如下)?[：:]?")
# an honour conferred on works (events, cases, projects), each entry a title led by its holder
_WORKS = re.compile(r"(?:%s)$" % "|".join(lexicon.cues("works_head")))
# a list's heading that names no honour (具体名单, 名单如下): the honour is the one conferred just above
_BARE_LIST_HEADING = re.compile(r"(?:附[：:]?|具体|详细|获奖|表彰|入选|上榜)?名单(?:如下)?[：:]?")
_BARE_LIST_REACH = 600
# a sentence that opens on a count and 是/为 (这9个区县是…, 其中7个村为…): the members of a set said before
# 关于拟推荐全国乡村治理示范村镇|的公示: the kind of notice a title ends on, after the programme it names
_NOTICE_TAIL = re.compile(r"的?(?:公示|通知|决定|公告)$")
# 授予以下单位…称号：, 对下列集体予以表彰：: the holders follow, one per line
_TO_THE_FOLLOWING = re.compile(r"(?:授予|命名|表彰|评为|认定|确定|推荐)(?:为)?(?:以下|下列)|(?:以下|下列)[^，。；]{0,8}(?:授予|命名|予以|获评|荣获|被评为|获得)")
# the unquoted title after 以下单位(为) in such a heading, up to 称号/候选对象 or the clause's end
_FOLLOWING_TITLE = re.compile(r"(?:以下|下列)(?:[\d一二三四五六七八九十两]+个)?[\u4e00-\u9fff]{0,4}?(?:单位|集体|地区|对象|项目|村|社区|组织)"
                              r"(?:[（(][^（）()]{1,6}[)）])?(?:和个人)?(?:为|授予)?"
                              r"([^，。；：:“”,;]{4,40}?)(?:荣誉)?(?:称号)?(?:候选对象|推荐对象|候选单位|候选)?(?=[，,：:]|$)")
_COMMENT_PERIOD = re.compile(r"公示(?:期间|期|时间|日期)[^。；\n]{0,12}?((?:19|20)\d{2})\s*年")
# the programmes whose titles cover a bare kind (…示范村镇 names 示范乡镇 and 示范村 apart)
_KINDS_COVERED = {"示范乡镇": ("示范村镇", "示范乡镇"), "示范镇": ("示范村镇", "示范乡镇"),
                  "示范村": ("示范村镇", "示范村（社区）", "示范村(社区)", "示范村"),
                  "示范社区": ("示范村（社区）", "示范村(社区)", "示范社区")}
_ROW_DASH = re.compile(r"\s*(?:——|—|－－|--)\s*")
_COUNT_OPENS = re.compile(r"\s*(?:这|其中|上述)?[\d一二三四五六七八九十两]+\s*个([\u4e00-\u9fff（）()、]{1,10}?)(?:分别)?(?:是|为)(?![：:])")
# a clause that says its members entered a list (我市有3个村入选, 7个入围的示范镇分别是)
_ENTERED_LIST = re.compile(r"入选|入围|上榜|榜上有名|名列|位列|当选")
# a clause that denies, withdraws or only plans an entry (被取消资格, 未入选, 正在争创): no member of a list
_NOT_ENTERED_LIST = re.compile(r"取消|未|没有|落选|争创|创建|申报|将|拟|力争")
# a counted sub-heading of those left out (复核未通过、暂缓命名的村1个：, 不予推荐的县1个：)
_LABEL_NOT_ENTERED = re.compile(r"未|不予|暂缓|撤销|取消|没有|落选|退出|不再")
# the count a group's label may carry before its colon (桐庐县2个：, 桐庐县（2个）：)
_COUNT_BEFORE_COLON = re.compile(r"\s*[（(]?\s*(?:共)?[\d一二三四五六七八九十两]+\s*(?:个|家)\s*[)）]?\s*$")
# …的县(市、区)25个：甲县、乙县 — a count of the members, after the words that say which, before a colon
_COUNTED_LABEL = re.compile(r"[^：:。；“”]{2,60}?[\d一二三四五六七八九十两]+\s*(?:个|家)\s*[：:]\s*")
# 地级市：甲市、乙市 — the kind of the members before a colon (the list_label cues)
_LIST_LABEL = re.compile(r"(?:%s)\s*[：:]\s*" % "|".join(re.escape(w) for w in lexicon.cues("list_label")))
# words that make a sentence confer the honour a list below it holds (besides the honour and candidacy cues)
_LIST_CUES = ("榜上有名", "上榜", "名单", "命名", "表彰", "授予", "确认", "评选出", "评出")


def _inside(place, label) -> bool:
    """Whether a holder's place lies in the place a list groups it under (a village by its county's name)."""
    from .gazetteer import Gazetteer

    if place.code:
        return place.code == label.code or Gazetteer.default().is_ancestor(label.code, place.code)
    return place.parent is not None  # an uncoded village under a coded town or county of the line


_MAX_SKIPPED = 6  # lines that name no holder before the list is taken to have ended


def _body_holder(body) -> tuple:
    """A body mention as a list holder: (start, end, name, its place's Ref or None, "Body")."""
    from .spans import place_ref

    place = place_ref(body.start, body.end, body.place_name or "", body.place_code) if body.place_code else None
    return (body.start, body.end, body.name, place, "Body")


def _holds_within(outer, inner, inner_code: str | None = None) -> bool:
    """Whether holder ``inner`` lies inside place ``outer`` (holders as _holder gives them): a place below it, or
    a body of that place. ``inner_code``: where an uncoded inner holder (a village) lies, when known."""
    if outer[4] != "Place" or outer[3] is None or inner[3] is None:
        return False
    up, down = getattr(outer[3], "code", None), getattr(inner[3], "code", None) or inner_code
    if not up or not down:
        return False
    return (up == down and inner[4] == "Body") or Gazetteer.default().is_ancestor(up, down)


_COMMA = re.compile(r"[，,]")


def _next_comma(text: str, a: int, e: int) -> int:
    """Where the next comma (full-width or not) stands in text[a:e], or -1."""
    m = _COMMA.search(text, a, e)
    return m.start() if m else -1


def _covering(spans: list[tuple[int, int]]):
    """A test of whether a position lies in one of ``spans`` (half-open): the spans merged once and the
    position found by bisection, instead of every span tried for every fact (lists of hundreds of entries
    made that test a twentieth of extraction time)."""
    starts: list[int] = []
    ends: list[int] = []
    for a, b in sorted(x for x in spans if x[0] < x[1]):
        if ends and a <= ends[-1]:
            ends[-1] = max(ends[-1], b)
        else:
            starts.append(a)
            ends.append(b)

    def within(pos: int) -> bool:
        i = bisect_right(starts, pos) - 1
        return i >= 0 and pos < ends[i]

    return within


class HonourLists:
    """Reads one article's honour lists and adds HONOURED / CANDIDATE facts to the extractor."""

    def __init__(self, ex):
        self.ex = ex
        self.text = ex.text

    def _lines(self) -> list[tuple[int, int]]:
        out = []
        for s, e in self.ex.info.paragraphs:
            # a paragraph may still hold several lines (a heading glued to its first name)
            pos = s
            for part in self.text[s:e].split("\n"):
                if part.strip():
                    a = self.text.find(part, pos)
                    out.append((a, a + len(part)))
                    pos = a + len(part)
        return self._table_rows(out)

    def _table_rows(self, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A table flattened one cell per line (序号 | / 地市州 | / … / 1 | / 常德市 | / 鼎城区 | / 谢家铺镇 |):
        the cells of one row, from its serial number to the next, read as one line."""
        out: list[tuple[int, int]] = []
        row: list[tuple[int, int]] = []
        for a, b in lines:
            cell = self.text[a:b].strip()
            if not _CELL.fullmatch(cell):
                out += [(row[0][0], row[-1][1])] if row else []
                row = []
                out.append((a, b))
                continue
            if _SERIAL_CELL.fullmatch(cell) and row:
                out.append((row[0][0], row[-1][1]))
                row = []
            row.append((a, b))
        if row:
            out.append((row[0][0], row[-1][1]))
        return self._serial_rows(out)

    def _serial_rows(self, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A table flattened one cell per line without cell marks (1 / 河北省 / 承德市 / 2 / …): the lines
        from one row number to the next are one row; the last row is as wide as the one before it."""
        cells = [self.text[a:b].strip() for a, b in lines]
        serials = sorted(table_serials(cells))  # the loader's reading of the same row numbers
        ends = {i: j for i, j in zip(serials, serials[1:]) if int(cells[j]) == int(cells[i]) + 1}
        prev = next((i for i, j in ends.items() if serials and j == serials[-1]), None)
        if prev is not None:
            ends[serials[-1]] = serials[-1] + (serials[-1] - prev)  # the last row, as wide as the one before
        out: list[tuple[int, int]] = []
        i = 0
        while i < len(lines):
            j = ends.get(i)
            if j is not None and j <= len(lines) and all(len(c) <= 30 and not c.endswith(("。", "；"))
                                                         for c in cells[i + 1:j]):
                out.append((lines[i][0], lines[j - 1][1]))
                i = j
                continue
            out.append(lines[i])
            i += 1
        return out

    def _is_candidate_list(self, upto: int, heading: str) -> bool:
        """A list put out for comment: its heading, the document's title or the lines just above it say
        so (现将名单公示); 入围 counts only in the heading (入围项目 before a list of winners does not)."""
        if any(w in _PAST_STEP.sub("", heading) + (self.ex.info.title or "") for w in _CANDIDATE):
            return True  # (公示期满无异议，决定授予以下单位…: the comment period is over, the list final)
        # 经推荐、评选、公示等环节…发布名单: a step the naming went through, not a list for comment
        near = _PAST_STEP.sub("", self.text[max(0, upto - 300):upto])
        return any(w in near for w in _CANDIDATE if w != "入围")

    def _comment_period_year(self, upto: int) -> int | None:
        """The year of the comment period a publicity list states above itself (公示时间：2024年5月6日至…,
        可在2019年12月9日前进行反映): an undated page's list is put out for comment then."""
        m = None
        # a publicity notice states its period once, above every table it puts out (附件1 …, 附件2 …)
        for m in _FULL_DATE.finditer(self.text, max(0, upto - 3000), upto):
            pass
        return int(m.group(1)) if m else None

    def _prose_anchor(self, a: int, b: int) -> str | None:
        """An honour named by a sentence about a list (…“全国守法普法示范市（县、区）”拟命名名单)."""
        line = self.text[a:b]
        if "名单" not in line:
            return None
        for m in _NAMED_LIST.finditer(line):
            # (…发布《关于2022年…名单的公示》: the words before the title, 关于 and the year are no part of it)
            raw = re.sub(r"^.*(?:了|的|将|对|为|经|发布|公布|印发|《)", "", m.group(1))
            name, _ = clean_name(re.sub(r"^关于\s*(?:(?:19|20)\d{2}\s*年度?)?", "", raw))
            name = re.sub(r"^(?:首批|首届|第[一二三四五六七八九十\d]+[批届])", "", name)
            name = re.sub(r"(示范村镇|示范乡镇|示范村)创建$", r"\1", name)  # …示范村镇创建单位名单: the title's own list
            if m.group(2) == "单位" and (name.endswith(("先进", "文明", "优秀", "示范")) or not award_head(name)):
                name += "单位"  # 全省文明单位名单: 单位 ends the title itself
            if 4 <= len(name) <= 40 and award_head(name):
                return name
        return None

    def _holders(self, a: int, b: int) -> list[tuple[int, int, str, object]] | None:
        """The holders a line names: (start, end, name, place ref or None); None if it is no list line."""
        line = self.text[a:b]
        if _CONTACT.search(line) or _COUNT_HEADING.search(line):
            return None  # 联系人：…, 联系电话; 南陵县（3个）: a contact line or a county's sub-heading
        lead = _NUMBERING.match(line).end()
        label = _LIST_LABEL.match(line, lead) or self._counted_label(a, line, lead)
        if label:
            lead = label.end()  # 地级市：甲市、乙市: the members follow their kind
        inner = self._unit_after_dash(a, b, lead)
        if inner is not None:
            return [inner]  # 杭州市—桐庐县分水司法所: the city, a dash, the unit of its own that holds it
        grouped = self._grouped_under(a, b, lead)
        if grouped:
            return grouped  # 桐庐县：分水镇后岩村、江南镇环溪村: the county labels its villages, they hold it
        body = re.split(r"[：:—]", line[lead:], maxsplit=1)[0]  # 甲市司法局：<the project's title>
        body = re.sub(r"[。.]\s*$", "", body)  # (甲县、乙县。: the list's full stop closes no item's name)
        out, whole = self._items(a + lead, a + lead + len(body), r"[、，,；;\s|｜]+")
        if len(out) == 2 and ("|" in line or "｜" in line) and _holds_within(out[0], out[1]):
            return out[1:]  # 1 | 杭州市 | 桐庐县司法局: a row's city column, then the unit of its own that holds it
        if not whole:
            rest = self.text[out[-1][1]:b].rstrip() if out else ""
            if "。" in rest[:-1] or len(rest) > 80:
                return None  # 司法部、民政部日前公布了…。: prose that opens with bodies, no list line
            return out or None  # the rest of the line is a title or a note
        return self._nested(out) or None

    def _counted_label(self, a: int, line: str, lead: int) -> re.Match | None:
        """1. 排位前进10位以上的县(市、区)25个：A、B…: a sub-heading that counts its members before a colon
        (and names no place or body itself: 南陵县3个：… groups a county's units) opens them."""
        m = _COUNTED_LABEL.match(line, lead)
        if m is None or _LABEL_NOT_ENTERED.search(m.group(0)) or self.ex._in(self.ex.places, a + lead, a + m.end()) \
                or self.ex._in(self.ex.bodies, a + lead, a + m.end()):
            return None
        return m

    def _unit_after_dash(self, a: int, b: int, lead: int):
        """杭州市—桐庐县分水司法所: a place, a dash, then a place or body inside it, which is the holder (a
        body, a dash and a project's title is another layout: the part after the dash names nothing)."""
        line = self.text[a:b]
        dash = _ROW_DASH.search(line, lead)
        if dash is None:
            return None
        left = self._holder(a + lead, a + dash.start())
        right_end = a + len(line.rstrip("。 "))
        right = self._holder(a + dash.end(), right_end) if right_end > a + dash.end() else None
        if left is None or right is None:
            return None
        down = None
        if not getattr(right[3], "code", None) and right[4] == "Place":
            # 宁波市——象山县石浦镇东门村: a village, placed by the county or town named with it
            inner = [p.code for p in self.ex.places if a + dash.end() <= p.start < right_end and p.code]
            down = inner[-1] if inner else None
        return right if _holds_within(left, right, down) else None

    def _items(self, a: int, b: int, sep: str) -> tuple[list, bool]:
        """The holders of the items of text[a:b] split at ``sep``, up to the first item that names none;
        and whether every item named one."""
        out = []
        pos = a
        for item in re.split(sep, self.text[a:b]):
            if not item:
                continue
            s = self.text.find(item, pos)
            e = s + len(item)
            pos = e
            h = self._holder(s, e) or (self._village(s, e, out[-1]) or self._town_village(s, e, out[-1])
                                       if out else None)
            if h is None:
                h = self._unplaced_village(s, e)
            if h is not None and out and _is_village(h) and not self.text[out[-1][1]:s].strip():
                tv = _TOWN_THEN_VILLAGE.search(self.text, s, e)
                if tv and self._locates(out[-1], tv.group(1)):
                    out.pop()  # 高新区 长河镇山一村: the zone before a space only says where the village is
            if h is None and not out and _COUNTY_NAME.fullmatch(item):
                rest = self.text[pos:b]
                if self._unplaced_village(b - len(rest.lstrip(" \t\u3000、，,；;|｜")), b):
                    continue  # 高新区 老庄子镇南王庄村: a zone no list places, before its town and village
            if h is None:
                if out and _COUNTY_NAME.fullmatch(item):
                    continue  # 东兴市、横县、苍梧县: a county under a name since changed; the list goes on
                return out, False
            out.append(h)
        return out, True

    def _grouped_under(self, a: int, b: int, lead: int) -> list | None:
        """A place before a colon and the places of its own after it (桐庐县：分水镇后岩村、江南镇环溪村): the
        items after the colon, each a place (or a village) inside the label."""
        line = self.text[a:b]
        colon = next((i for i, ch in enumerate(line) if ch in "：:"), -1)
        if colon < 0 or colon == len(line) - 1:
            return None
        count = _COUNT_BEFORE_COLON.search(line, lead, colon)  # 桐庐县2个：…, 桐庐县（2个）：…
        label = self._holder(a + lead, a + (count.start() if count else colon))
        if label is None or label[4] != "Place" or label[3] is None or not label[3].code:
            return None
        out, whole = self._items(a + colon + 1, b, r"[、，,；;\s]+")
        if not whole or not all(h[4] == "Place" and _inside(h[3], label[3]) for h in out):
            return None
        return out or None

    def _nested(self, out: list) -> list:
        """A row of a table that names a place under its parents (常德市 | 鼎城区 | 谢家铺镇): the last,
        most specific place is the holder; items that do not nest stay apart (A、B)."""
        if len(out) < 2 or any(h[4] != "Place" for h in out):
            return out
        from .gazetteer import Gazetteer

        g = Gazetteer.default()
        if all(h[3].code for h in out):
            # places of one row on one line of descent name its deepest, whichever column holds the parent
            # (常德市 | 鼎城区, or 鄂尔多斯市康巴什区 | 内蒙古自治区)
            deepest = [h for h in out if all(x is h or g.is_ancestor(x[3].code, h[3].code) for x in out)]
            if deepest:
                return deepest[:1]
        for (_, _, _, up, _), (_, _, _, down, _) in zip(out, out[1:]):
            if down.code and up.code and g.is_ancestor(up.code, down.code):
                continue
            if not down.code and getattr(down, "level", None) in ("village", "town") and (
                    down.parent == up.name or (up.code and any(
                        p.code and up.end <= p.start < down.start and g.is_ancestor(up.code, p.code)
                        for p in self.ex.places))):
                continue  # 迁安市 大五里镇山叶口村: the village's town lies in the place before it
            return out
        return out[-1:]

    def _town(self, s: int, e: int, prev):
        """A town named after the previous item of its list without its county (…泊里镇、辛安街道): the
        town of that name in the previous item's county."""
        from .spans import place_ref

        name = self.text[s:e]
        if prev[3] is None or not re.fullmatch(r"[\u4e00-\u9fff]{1,8}(?:街道|镇|乡)", name):
            return None
        code = town_within(name, prev[3].code)
        return (s, e, name, place_ref(s, e, name, code), "Place") if code else None

    def _town_village(self, s: int, e: int, prev):
        """A cell naming a town and its village after the cell of their county (1 | 桐庐县 | 分水镇后岩村): the
        village, in the town of that name inside the county."""
        m = _TOWN_THEN_VILLAGE.fullmatch(self.text, s, e)
        if m is None or prev[3] is None or not getattr(prev[3], "code", None):
            return None
        if town_within(m.group(1), prev[3].code) is None or not VILLAGE.fullmatch(m.group(2)):
            return None
        return _village_in_town(m, e)

    @staticmethod
    def _locates(prev, town: str) -> bool:
        """Whether the list item before a town's village only says where it is: a place (never a body) that no
        division list places (a development zone) or whose division holds the town."""
        if prev[4] != "Place" or _is_village(prev):
            return False
        code = getattr(prev[3], "code", None)
        return code is None or _ZONE_NAME.search(prev[2]) is not None or town_within(town, code) is not None

    def _unplaced_village(self, s: int, e: int):
        """A village after its town, behind a zone or county the division list cannot place here (高新区
        老庄子镇南王庄村, 芦台经济开发区海北镇西董村): the village holds it, in that town."""
        m = _ZONE_TOWN_VILLAGE.fullmatch(self.text, s, e)
        if m is None or not VILLAGE.fullmatch(m.group(2)) or award_head(self.text[s:e]):
            return None  # (全省乡村治理示范村: a heading, not a village)
        return _village_in_town(m, e)

    def _village(self, s: int, e: int, prev):
        """A village named after the previous item of its list, without its county (…新世纪社区、永泰街道
        凯德世家社区): it lies in the same county as the item before it."""
        m = VILLAGE.fullmatch(self.text[s:e])
        if m is None or prev[3] is None:
            return None
        from .relations import Ref

        county = prev[3].parent if prev[3].level == "village" else prev[3].name
        name = m.group(1)
        return (s, e, name, Ref(s, e, name, None, county, "village"), "Place")

    def _holder(self, s: int, e: int, lenient: bool = False):
        """(start, end, name, place Ref, kind) of the holder ``text[s:e]`` names, or None.  ``lenient``:
        the holder only has to lead the item (a place followed by its project's title)."""
        ex = self.ex
        item = self.text[s:e]
        item_core = re.sub(r"[（(][^（）()]*[)）]$", "", item)
        core_end = s + len(item_core)
        bodies = [b for b in ex.bodies if s <= b.start < core_end and b.end <= core_end]
        places = [p for p in ex.places if s <= p.start < core_end and p.end <= core_end and p.code]
        if not places and not bodies:
            return None
        first = min([r.start for r in places + bodies])
        if first != s:
            return None
        if bodies:
            b = max(bodies, key=lambda r: r.end)
            rest = self.text[b.end:core_end]
            if rest and institution_end(self.text, b.end, max_between=12) == core_end:
                # 商洛市人民检察院青少年法治教育基地: the body's own institution, named in full from the body's own
                # place (广东省中山市公安局法制监管支队 → 中山市公安局法制监管支队, the province left out)
                place = next((p for p in reversed(places) if p.start <= b.start), None)
                return (s, core_end, b.name + self.text[b.end:core_end], place, "Body")
            # (沈阳市公安局经济技术开发区分局: a unit of the body, named in up to 12 characters)
            if len(rest) > 12 or (rest and lenient) or (rest and not _UNIT_END.search(rest)):
                if not lenient:
                    return None  # 省司法厅相关负责人介绍: a sentence about the body, not the body
                rest = ""
                core_end = b.end
            # 广东省中山市公安局法制监管支队: the body with its own unit, without the province
            run_start = min([p.start for p in places if p.end <= b.start] + [b.start])
            name = b.name + rest if rest else b.name
            place = next((p for p in reversed(places) if p.start <= b.start), None)
            if b.place_code and place is None:
                from .spans import place_ref

                place = place_ref(b.start, b.end, b.place_name or "", b.place_code)
            return (run_start, core_end, name, place, "Body")
        # places only: the last of adjacent places is the holder (河北省保定市唐县 → 唐县)
        run = sorted(places, key=lambda r: r.start)
        last = run[0]
        for r in run[1:]:
            if r.start == last.end:
                last = r
        rest = self.text[last.end:core_end]
        if not rest:
            return (s, core_end, last.name, last, "Place")
        if rest in government_organs():
            return (s, core_end, last.name + rest, last, "Body")
        # a line that is one institution's name (武汉市江夏区道路交通事故纠纷人民调解委员会): the words between
        # its place and its head are part of the name
        if institution_end(self.text, last.end, max_between=16) == core_end:
            return (s, core_end, self.text[s:core_end], last, "Body")
        # a village or community under its town or street (东丽区万新街香邑花园社区): the gazetteer stops at
        # towns, so the village is a place of its own, without a code, inside the last coded one
        village = VILLAGE.fullmatch(rest)
        if village:
            from .relations import Ref

            name = village.group(1)
            return (s, core_end, name, Ref(last.end, core_end, name, None, last.name, "village"), "Place")
        # a town the division list does not hold under this name (迁西县东莲花院乡, renamed or merged since):
        # a place of its own in the county before it, as a village is
        county = Gazetteer.default().get(last.code) if last.code else None
        town = _UNLISTED_TOWN.fullmatch(rest) if county is not None and county.level == 3 else None
        if town and not rest.endswith(("小镇", "城镇", "乡镇")) and not award_head(rest):  # (特色小镇, 示范乡)
            from .relations import Ref

            return (s, core_end, rest, Ref(last.end, core_end, rest, None, last.name, "town"), "Place")
        if lenient and len(rest) >= 2:
            return (s, last.end, last.name, last, "Place")  # 张家港市社区协商——…: a place and its project
        return None

    def run(self) -> None:
        ex = self.ex
        # lines the demonstration roster already read (award_facts.py) are its, not this reader's
        self.read = [(f.start, f.end) for f in ex.facts if f.start is not None and (f.type in
                     ("NAMED_DEMONSTRATION_CITY", "NAMED_DEMONSTRATION_PROJECT", "CANDIDATE")
                     or (f.rule or "").endswith(".active"))]  # 决定表彰包括A、B…为“…”: read as a naming
        self.entries: list[tuple[int, int]] = []  # lines inside a list: titles of listed projects
        award = None
        candidate = False
        year = None
        skipped = 0
        members = 0
        dashed = False
        works = False
        prev = None
        for a, b in self._lines():
            line = self.text[a:b].strip()
            if self._award_then_holder(a, b):
                continue
            # (a lead that confers on the units below, …命名以下村（社区）为…：, names its title after 以下…为; the
            # heading reader would take the units' words into it)
            following = line.endswith(("：", ":")) and _TO_THE_FOLLOWING.search(line) is not None
            named = heading_award(line) if len(line) <= 50 and not following else None
            if named is None and len(line) <= 50:
                quoted = _QUOTED_LIST_HEADING.fullmatch(line)
                if quoted:
                    named = clean_name(quoted.group(1))[0]  # “中国少数民族特色村寨”名单: a designation's list
            if named is None and following:
                # 决定授予以下单位“全市法治建设先进单位”称号：, then the units one per line
                q = list(_QUOTED_HONOUR.finditer(line))
                cand = clean_name(q[-1].group(1))[0] if q else None
                if cand is None:
                    # 授予以下单位全国模范人民调解委员会称号：, 拟推荐以下单位为…候选对象：: the title unquoted
                    bare = _FOLLOWING_TITLE.search(line)
                    cand = clean_name(bare.group(1))[0] if bare else None
                if cand and award_head(cand) and not is_personal(cand):
                    named = cand
            above = None
            if named is None and _BARE_LIST_HEADING.fullmatch(line):
                above = self._honour_before(a)  # 具体名单: the list of the honour the text conferred above
                named = above[0] if above else None
            if prev is not None and len(line) <= 30 and self._holders(*prev) is None \
                    and not _CONTACT.search(self.text[prev[0]:prev[1]]) \
                    and self.text[prev[0]:prev[1]].strip() != (ex.info.title or "").strip() \
                    and not is_column(self.text[prev[0]:prev[1]]) \
                    and not _COUNT_LINE.search(self.text[prev[0]:prev[1]]):
                # (the article's title or the site's column above a list's heading is no first half of it, nor a
                # count, 浙江省12个)
                # a heading broken over two lines: 市县（市、区）部门（单位） / 法治政府建设先进典型
                joined = self.text[prev[0]:prev[1]].strip() + line
                if named is None or not (_SECTION.match(line) or _EDITION_LEAD.match(line)):
                    # a numbered section's heading (一、全国…示范乡镇推荐单位) stands alone under the list's, and
                    # so does a heading opening on its edition (第六届“…”名单 under a site's 历届回顾)
                    named = (heading_award(joined) if len(joined) <= 50 else None) or named
            if named is not None and self._holders(a, b) is None:
                award, members, skipped = named, 0, 0
                # 十大法治事件名单 / 优秀案例名单: a list of works, each entry a title led by its holder
                works = bool(_WORKS.search(award)) and ("名单" in line or (
                    prev is not None and "名单" in self.text[prev[0]:prev[1]]))  # …名单 / (排名不分先后)
                candidate = self._is_candidate_list(a, line)
                ys = years.years_in(line)
                year = ys[0][1] if ys else (above[2] if above and above[2] else ex.info.date_year)
                if year is None and candidate:
                    year = self._comment_period_year(a)
                prev = (a, b)
                continue
            prev = (a, b) if len(line) <= 30 and not line.endswith("。") and not date_line(line) else None
            anchor = self._prose_anchor(a, b) if len(line) > 20 else None
            if anchor is not None:
                award, members, skipped = anchor, 0, 0
                candidate = self._is_candidate_list(b, line)
                ys = years.years_in(self.text[a:b])
                # (the title's year before one the sentence mentions: 自2017年开展…命名以来 is history)
                year = ex.info.date_year or ex.info.title_year or (ys[0][1] if ys else None)
                continue
            if award is None:
                continue
            holders = self._holders(a, b) if len(line) <= _MAX_LINE or "、" in line else None
            if holders is None and works and len(line) <= _MAX_LINE:
                # (二、吉安市创新推动…): the place or body leading an entry's title holds the honour
                h = self._holder(a + _NUMBERING.match(self.text[a:b]).end(), b, lenient=True)
                holders = [h] if h is not None else None
            if holders is None:
                if len(line) > 60 or (line.endswith("。") and len(line) > 30):
                    if members and dashed and skipped < _MAX_SKIPPED:
                        # 甲市司法局——项目 then a paragraph about it, then the next entry: the paragraph is
                        # no member, and what it says the place runs stands (convention 1: the text says so)
                        skipped += 1
                        continue
                    award = None if members else award
                    if members == 0:
                        skipped += 1
                        if skipped > _MAX_SKIPPED:
                            award = None
                    continue
                skipped += 1
                if skipped > _MAX_SKIPPED and members == 0:
                    award = None
                elif members:
                    self.entries.append((a, b))  # a project's title under its holder
                continue
            # a signature (司法部 / 2025年11月26日) is not a member of the list that follows it
            # (the issuing bodies may take two lines above the date)
            nxt = self._next_line(b)
            nxt_is_date = bool(date_line(nxt)) or (
                len(nxt.strip()) <= 30 and bool(date_line(self._next_line(self.text.find(nxt, b) + len(nxt)))))
            if nxt_is_date:
                continue
            members += 1
            skipped = 0
            dashed = "——" in line or "—" in line
            self.entries.append((a, b))
            self._emit(award, candidate, year, holders, (a, b))
        self._case_list()
        self._prose_lists()
        # the practices a list names are its entries' titles: that fact only (SCHEMA convention 1); but an
        # entry that claims a first (江西率先全面建立…清单制度) says more than a title, and stays
        within = _covering(self.entries)

        def in_entry(f) -> bool:
            return f.start is not None and within(f.start)

        firsts = {(f.place, f.mechanism) for f in ex.facts if f.type == "PIONEERED" and in_entry(f)}
        ex.facts = [f for f in ex.facts if not (f.type in ("ADOPTED", "PIONEERED") and in_entry(f)
                                                 and (f.place, f.mechanism) not in firsts)]

    def case_entries(self) -> tuple[str | None, list[tuple[int, int, tuple | None]]]:
        """The collection's name and its cases' title lines (start, end, holder as _holder gives it, None when
        the title opens with no place or body) when the text publishes or circulates numbered cases (案例一：
        银川市…, 一、福州市司法局“…”工作), else (None, [])."""
        if self.ex.case_entries is not None:
            return self.ex.case_entries  # (read once per article: the sentence loop asks first, the decider after)
        found = _case_announcement(self.text) or _circulation_notice(self.text, self.ex.info.title or "")
        if found is None:
            self.ex.case_entries = (None, [])
            return self.ex.case_entries
        at, award, numbered = found
        out = []
        for a, b in self._lines():
            if a < at:
                continue
            m = _CASE_LABEL.match(self.text, a, b)
            if m is None and numbered and b - a <= 60:
                m = _ENTRY_NUMBER.match(self.text, a, b)  # 一、福州市司法局“…”工作: an entry of the notice's list
            if m is None:
                continue
            out.append((a, b, self._holder(m.end(), b, lenient=True)))
        self.ex.case_entries = (award, out)
        return self.ex.case_entries

    def _case_list(self) -> None:
        """现将7个典型案例予以公布。 then 案例一：银川市“4+4+4”执法新模式, 案例二：…公安厅“…”工作法…: the place or
        body opening each case's title holds the published collection (an honour: convention 6), its title
        a list entry (convention 1: that fact only)."""
        ex = self.ex
        award, cases = self.case_entries()
        period = _COLLECTION_PERIOD.match(award or "")
        if period is not None:
            award = award[period.end():]  # 2025年二季度…典型经验案例: the period is the edition, its year the year
        # (a notice circulating them is dated: its year is the year they were selected)
        year = int(period.group(1)) if period else years.title_year(ex.info.title or "") or ex.info.date_year
        # (a part of a year, 2025年二季度, tells editions apart; a year alone is only the year)
        edition = period.group(0) if period and period.group(2) else None
        for a, b, h in cases:
            if h is None:
                continue
            self.entries.append((a, b))
            self._emit(award, False, year, [h], (a, b), rule="honoured.cases", edition=edition)

    def _award_then_holder(self, a: int, b: int) -> bool:
        """全国民主法治示范社区——广州市天河区天园街道东方社区: the honour, a dash, its holder."""
        line = self.text[a:b]
        if "—" not in line and "－－" not in line:
            return False  # no dash, no honour and holder on either side of it (most lines)
        m = _AWARD_DASH_HOLDER.match(line)
        if m is None:
            return False
        award = heading_award(m.group(1))
        if award is None:
            return False
        hs, he = a + m.start(2), a + m.end(2)
        h = self._holder(hs, he) or self._village_alone(hs, he)
        if h is None:
            return False
        candidate = self._is_candidate_list(a, line)
        ys = years.years_in(line)
        self._emit(award, candidate, ys[0][1] if ys else self.ex.info.date_year, [h], (a, b))
        self.entries.append((a, b))
        return True

    def _village_alone(self, s: int, e: int):
        """广州市天河区天园街道东方社区: a village or community after its coded places."""
        places = [p for p in self.ex.places if s <= p.start and p.end <= e and p.code]
        if not places or places[0].start != s:
            return None
        last = max(places, key=lambda p: p.end)
        m = VILLAGE.fullmatch(self.text[last.end:e])
        if m is None:
            return None
        from .relations import Ref

        return (s, e, m.group(1), Ref(last.end, e, m.group(1), None, last.name, "village"), "Place")

    def _prose_lists(self) -> None:
        """…入选第九批“全国民主法治示范村（社区）”，其中本市有3个村上榜，分别为A、B、C: the places
        enumerated after 分别为/分别是/包括 hold the honour the sentence names before them."""
        ex = self.ex
        for sent in ex.info.sentences:
            s, e, _ = sent
            if self._conferred(sent):
                continue
            self._elided_namings(sent)
            if self._counted_sets(sent):
                continue
            if self._listed_back_reference(sent):
                continue
            if self._bodies_before_cue(sent):
                continue
            # (most sentences hold none of the words an enumeration needs: the pattern is not run)
            m = _ENUMERATION.search(self.text, s, e) if holds_any(self.text, s, e, ENUMERATION_WORDS) else None
            if m is None:
                count = _COUNT_OPENS.match(self.text, s, e)
                if count is not None and self._counted_before(s, count.group(1)):
                    # 贵阳9个区县获全省文明城市称号。9个区县是云岩区、南明区…: the counted set the sentence before
                    # honoured (counted there by the same unit), its members named after 是
                    prev = self._previous_honour(s, titled=False)
                    if prev is not None:
                        award, candidate, year = prev
                        self._enumerated(award, candidate, sent, count.end(), year=year)
                        continue
                self._colon_list(sent)
                continue
            # (； ends a sentence: 甲…包括A、B等；乙…包括C、D等 is two sentences, each enumerating its own)
            self._enumeration(sent, s, m)

    def _enumeration(self, sent, s: int, m) -> None:
        """The holders an enumeration (分别为/分别是/包括 at ``m``) lists, of the honour its clause (from ``s``)
        or the sentence before names."""
        ex = self.ex
        before = self.text[s:m.start()]
        cue = None
        for w in lexicon.cues("honour") + lexicon.cues("candidate"):
            i = before.rfind(w)
            if i >= 0 and (cue is None or i > cue[0]):
                cue = (i, w)
        if cue is None:
            own = heading_award(re.sub(r"[（(][^（）()]*[)）]$", "", before.strip()))
            if own is not None:
                # 2024年度法治创新案例分别是：A市打造…；B区推进…: the list's subject is the honour itself,
                # each item a holder and its project's title
                self._enumerated(own, self._is_candidate_list(s, before), sent, m.end(), lenient=True)
                return
            # 公布了第九批“…示范村（社区）”名单，我市7个村榜上有名。这7个村是：A、B: the honour and its
            # cue are in the sentence before the list (a list named by its title alone is not enough: 被取消资格，
            # 分别是… enters nothing)
            if _last_cue(before, "plan_only") is not None or _NOT_ENTERED_LIST.search(before):
                return  # …获…称号；其余乡镇将继续争创，包括…: planned or denied, no member of the honour before
            # (a list named by its title alone only when the clause says its members entered it: 7个入围的示范镇)
            prev = self._previous_honour(s, titled=_ENTERED_LIST.search(self.text, s, m.end()) is not None)
            if prev is not None:
                award, candidate, year = prev
                self._enumerated(award, candidate, sent, m.end(), year=year)
            return
        known = [a for a in ex.awards if s <= a.start < m.start()]
        if known:
            award, kind = known[-1].name, known[-1].award_kind
        else:
            named = [a for a in read_awards(before[cue[0] + len(cue[1]):])]
            if not named:
                # the honour named earlier in the sentence (入选“…”，其中…上榜，分别为)
                for w in lexicon.cues("honour"):
                    i = before.find(w)
                    if i >= 0:
                        named = read_awards(before[i + len(w):])
                        if named:
                            break
            if not named:
                # 我市上榜的1镇3村分别是…: the honour said before (a list named by its title alone only when the
                # clause says its members entered it: 入选, 上榜 …, and denies or plans nothing)
                prev = self._previous_honour(s, titled=not _NOT_ENTERED_LIST.search(before))
                if prev is not None:
                    award, candidate, year = prev
                    # 入选的示范村包括: this list's own title, on the stem of the one said before
                    bare = _BARE_TITLE.search(before[cue[0] + len(cue[1]):])
                    if bare and "示范" in award:
                        award = award[:award.index("示范")] + bare.group(1)
                    candidate = candidate or self._is_candidate_list(s, before)
                    self._enumerated(award, candidate, sent, m.end(), year=year)
                return
            award, kind = named[0].name, "honour"
        if kind in ("city", "project"):
            return  # demonstration namings are the roster rules' (award_facts.py)
        candidate = cue[1] in lexicon.cues("candidate") or self._is_candidate_list(s, self.text[s:m.start()])
        self._enumerated(award, candidate, sent, m.end())

    def _bodies_before_cue(self, sent) -> bool:
        """甲市司法局、甲市某医院司法鉴定所、乙律师事务所获评…先进集体: bodies listed right before an honour
        cue, each named in full (its place, then words up to an institution's head), all hold the honour
        named after the cue. The sentence rule sees only places there (乙 of 乙律师事务所), so what it made
        of the clause gives way."""
        ex = self.ex
        s, e, _ = sent
        if not ex._cue_in("honour", s, e):
            return False  # most sentences: no cue, nothing to read
        for cue in _cue_pattern("honour").finditer(self.text, s, e):
            start = max([s] + [self.text.rfind(ch, s, cue.start()) + 1 for ch in "，,；;：:。"])
            if "被" in self.text[start:cue.start()]:
                continue  # 甲被省委依法治省办、省司法厅评为…: the bodies after 被 confer the honour
            held = self._listed_items(start, cue.start()) or self._places_organs(start, cue.start())
            if len(held) < 2:
                continue
            # the honour right after the cue, or after its edition (被表彰为第六届全国文明单位)
            ed = _EDITION_LEAD.match(self.text, cue.end())
            near = cue.end() + (len(ed.group(0)) if ed else 0) + 2
            named = [a for a in ex.awards if cue.end() <= a.start <= near]
            award = named[0].name if named else next(
                (a.name for a in read_awards(self.text[cue.end():e]) if a.start <= near - cue.end()), None)
            if award is None or is_personal(award):
                continue
            own = [f for f in ex.facts if f.type == "HONOURED" and f.start is not None and s <= f.start < e
                   and f.award == award]
            ys = years.years_in(self.text[s:cue.start()])
            # as the list readers do: the year said with the naming, else the article's date
            year = next((f.year for f in own if f.year), None) or (ys[-1][1] if ys else ex.info.date_year)
            ex.facts = [f for f in ex.facts if f not in own]
            self._emit(award, False, year, held, (start, e))
            return True
        return False

    def _places_organs(self, a: int, b: int) -> list:
        """甲市、乙市、丙市3个设区市司法局: places listed before a count and one organ — each place's organ."""
        if self.text.find("个", a, b) < 0:
            return []  # no count (_COUNTED_ORGANS needs its 个): most stretches before an honour cue
        from .bodies import organ_name, organ_suffixes

        m = _COUNTED_ORGANS.search(self.text, a, b)
        if m is None or m.end() != b:
            return []
        organ = next((o for o in organ_suffixes() if m.group(1).endswith(o)), None)
        places = [r for r in self.ex._in(self.ex.places, a, m.start()) if r.code and not self.ex._inside_mention(r)]
        if organ is None or not places or self.text[places[-1].end:m.start()].strip():
            return []
        run = self.ex._list_members(places[-1], a, m.start(), places)
        if len(run) < 2 or self.text[a:run[0].start].strip():
            return []  # the list is the whole clause before the count
        return [(r.start, r.end, organ_name(r.code, organ), r, "Body") for r in run]

    def _village_groups(self, a: int, b: int) -> bool:
        """Whether text[a:b] lists villages only (甲区乙街道丙社区、丁镇戊村，B县己村), after an opening 我市."""
        seg = re.sub(r"^\s*(?:其中|我市|我县|我区|全市|本市)?", "", self.text[a:b])
        items = [x for x in re.split(r"[、，,]", seg) if x.strip()]
        return bool(items) and all(VILLAGE.search(x.strip()) for x in items)

    def _listed_back_reference(self, sent) -> bool:
        """A、B、C共8个村获此殊荣 / …等4个村榜上有名: the places listed before a cue that points back to the
        honour the previous sentence names."""
        s, e, _ = sent
        m = _BACK_REFERENCE.search(self.text, s, e) if _BACK_CUE_ONLY.search(self.text, s, e) else None
        if m is None or _ENUMERATION.search(self.text, m.end(), e):
            return False  # 荆州市有3个村上榜，分别为A、B、C: the members follow (_prose_lists)
        ex = self.ex
        start = max([s] + [self.text.rfind(ch, s, m.start()) + 1 for ch in "：:"])
        # …印发《关于命名第九批“X”的决定》，A、B、C等4个村榜上有名: the honour in the sentence's own
        # opening clauses, the list in the clause after them
        clause = max(self.text.rfind(ch, start, m.start()) for ch in "，,")
        prev = self._honour_in(start, clause, cued=True) if clause > start else None
        if prev is not None:
            # …复核名单中，我市A区甲社区、乙村，B县丙社区，C县丁村等8个村上榜: one county's villages per
            # clause; the list starts after the last clause that is not such a group
            first = clause + 1
            for c in sorted((i for i in range(start, clause) if self.text[i] in "，,"), reverse=True):
                if not self._village_groups(c + 1, clause):
                    break
                first = c + 1
            start = first
        else:
            prev = self._previous_honour(s)
        if prev is None:
            return False
        award, candidate, year = prev
        # (…吉安市创新推动…、省公安厅研发…等一批法治事件入选: works each opening on its place or body)
        cue_at = m.start() + _BACK_CUE_ONLY.search(m.group()).start()
        led = ex._place_led_items(start, cue_at)
        if led:
            ys = years.years_in(self.text[s:e])
            self._emit(award, candidate, ys[0][1] if ys else year or ex.info.date_year,
                       [(r.start, r.end, r.name, r, r.kind) for r in led], (s, e))
            return True
        held = self._listed_bodies(start, m.start()) or self._listed_items(start, m.start())
        if held:
            ys = years.years_in(self.text[s:e])
            self._emit(award, candidate, ys[0][1] if ys else year or ex.info.date_year, held, (s, e))
            return True
        refs = ex._listed_villages(start, m.start())
        if not refs:
            places = [r for r in ex._in(ex.places, start, m.start()) if r.code and not ex._inside_mention(r)]
            if places and (re.match(r"^(?:有|共有)", self.text[places[-1].end:m.start()])
                           or self.text[places[-1].end:m.start()].strip()
                           or re.match(r"\s*[\d一二三四五六七八九十]", m.group())):
                # 荆州市有3个村上榜, 我市7个村榜上有名: the place's units, not the place; 梅州市唯一获此殊荣的…
                return False
            refs = ex._list_members(places[-1], start, m.start(), places) if places else []
        if not refs:
            return False
        ys = years.years_in(self.text[s:e])
        self._emit(award, candidate, ys[0][1] if ys else year or ex.info.date_year,
                   [(r.start, r.end, r.name, r, "Place") for r in refs], (s, e))
        return True

    def _conferred(self, sent) -> bool:
        """授予甲区人民政府、乙市人民政府、市公安局“…示范单位”荣誉称号 / 命名甲县、乙县为“…”: the
        holders a conferring body names between its cue and the honour; after 拟 they are candidates.
        Every item must be a short name, and only the items that resolve to a place or a body are kept
        (an office the gazetteer cannot place is left out rather than guessed)."""
        s, e, _ = sent
        if not self.ex._cue_in("confer_to", s, e):
            return False  # most sentences: no conferring cue
        found = False
        for cue in _cue_pattern("confer_to").finditer(self.text, s, e):
            if self.text[cue.start() - 1:cue.start()] == "被":
                continue  # 甲被授予…: the holder stands before the cue (the sentence rule's)
            candidate = self.text[cue.start() - 1:cue.start()] == "拟" or self._is_candidate_list(s, "")
            award = self._conferred_award(cue.end(), e)
            if award is None:
                continue
            name, at = award
            # 评选出A、B等10个“…示范村”候选村: the candidacy said right after the title's closing quote
            close = self.text.find("”", at, e) if self.text.startswith("“", at) else -1
            candidate = candidate or (close >= 0 and _CANDIDACY_AFTER.match(self.text, close + 1, e) is not None)
            end = at
            tail = _CONFERRED_TAIL.search(self.text, cue.end(), end)
            if tail is not None:
                end = tail.start()
            held = self._named_holders(cue.end(), end)
            if not held:
                continue
            ys = years.naming_years(self.text[s:e], at - s)
            self._emit(name, candidate, ys[0][1] if ys else self.ex.info.date_year, held, (s, e))
            found = True
        return found

    def _elided_namings(self, sent) -> None:
        """哈尔滨市被评为…示范城市，道里区、南岗区6个城区为…示范城区，南岗区花园街道等8个街道为…示范街道: after a
        passive naming, each clause-run of places closed by its count and 为 is named the title after 为, the
        verb left out. Every item must name a place; the first naming is the sentence rule's."""
        s, e, _ = sent
        if "个" not in self.text[s:e]:
            return  # most sentences: no counted set
        cue = _PASSIVE_NAMING.search(self.text, s, e)
        if cue is None or _ELIDED_NOT.search(self.text, s, e):
            return  # (拟推荐名单中…, 未被评为…: no naming to carry on)
        pos = _next_comma(self.text, cue.end(), e)
        while 0 <= pos < e:
            m = _ELIDED_SET.search(self.text, pos + 1, e)
            if m is None:
                return
            named = read_awards(self.text[m.end():e])
            if not named or named[0].start != 0 or is_personal(named[0].name) \
                    or _ELIDED_TAIL_NOT.match(self.text, m.end() + named[0].end):
                return
            out, whole = self._items(pos + 1, m.start(), r"[、，,]+")
            if out and whole:
                ys = years.years_in(self.text[s:e])
                self._emit(named[0].name, False, ys[0][1] if ys else self.ex.info.date_year, out, (s, e))
            pos = _next_comma(self.text, m.end() + named[0].end, e)

    def _conferred_award(self, a: int, e: int) -> tuple[str, int] | None:
        """The honour after a conferring cue: its name and where it starts (its opening quote, or the
        word after 为)."""
        q = _QUOTED_HONOUR.search(self.text, a, e)
        if q is not None:
            name, _ = clean_name(q.group(1))
            if award_head(name) and not is_personal(name):
                return name, q.start()
            return None
        counted = _COUNTED_THEN_TITLE.search(self.text, a, e)
        if counted is not None and self.text.find("为", a, counted.start()) < 0:
            # 授予峨眉山市等34个县级市和县四川省文明城市称号: the holders, their count and kind, then the title
            # (unquoted, opening on its province or the nation, closed by 称号)
            for k in range(counted.end(), min(counted.end() + 8, e)):
                if not _level_opening().match(self.text, k):
                    continue
                named = read_awards(self.text[k:e])
                if named and named[0].start == 0 and self.text[k:k + named[0].end].endswith("称号") \
                        and not is_personal(named[0].name):
                    return named[0].name, k
                break
        w = self.text.find("为", a, e)
        if w < 0:
            return None
        named = read_awards(self.text[w + 1:e])
        period = _PERIOD_LEAD.match(self.text, w + 1, e)  # 推介甲村为2020年中国美丽休闲乡村: the year leads it
        if named and named[0].start == (period.end() - w - 1 if period else 0) and not is_personal(named[0].name):
            return named[0].name, w
        batch = _BATCH_TITLE.match(self.text, w + 1, e)
        if batch is not None:
            return clean_name(batch.group(1))[0], w
        return None

    def _named_holders(self, a: int, b: int) -> list:
        """The holders listed in ``text[a:b]`` (joined by 、/和/及): every item a short name, the ones
        that resolve to a place or a body; [] when the span is not such a list."""
        seg = self.text[a:b]
        if not seg.strip() or re.search(r"[，,。；;：:“”]", seg):
            return []
        out = []
        for m in re.finditer(r"[^、和及]+", seg):
            item = m.group().strip()
            # 授予民主村2019年度“…”称号: the period the title is for is no part of the holder's name
            item = _PERIOD_TAIL.sub("", item)
            if not item or len(item) > 20:
                return []
            h = self._holder(a + m.start(), a + m.start() + len(item)) or self._lone_village(a + m.start(), item)
            if h is not None:
                out.append(h)
        return out

    def _lone_village(self, s: int, item: str):
        """授予民主村“…”称号: a village named alone, in the article's place (none when it names no place)."""
        m = VILLAGE.fullmatch(item)
        if m is None or m.start(1) != 0 or item[0] in "全两":
            return None  # (全村: the whole village of the text's own, named by no name)
        from .relations import Ref

        topic = self.ex.topic
        return (s, s + len(item), item, Ref(s, s + len(item), item, None, topic.name if topic else None, "village"),
                "Place")

    def _counted_sets(self, sent) -> bool:
        """对杭州市西湖区等21个法制宣传教育先进县（市、区）、省公安厅等129个…先进单位…予以通报表彰: a
        commendation names each set by its first member and its title."""
        s, e, _ = sent
        if not self.ex._cue_in("confer_decision", s, e):
            return False
        found = False
        for m in _COUNTED_SET.finditer(self.text, s, e):
            name, _ = clean_name(m.group(2))
            if not award_head(name) or is_personal(name):
                continue
            a, b = m.start(1), m.end(1)
            h = self._holder(a, b) or self._holder(a, b, lenient=True)
            if h is None:
                body = next((x for x in self.ex.bodies if a <= x.start and x.end == b), None)
                if body is None:
                    continue
                h = _body_holder(body)
            code = getattr(h[3], "code", None)
            if code and any(f.type in ("HONOURED", "CANDIDATE") and name in (f.award or "") and f.place_code == code
                            for f in self.ex.facts):
                continue  # the full list below the decision named it already (中牟县政府)
            ys = years.years_in(self.text[s:e])
            self._emit(name, self._is_candidate_list(s, self.text[s:e]), ys[0][1] if ys else self.ex.info.date_year,
                       [h], (s, e))
            found = True
        return found

    def _listed_items(self, a: int, b: int) -> list:
        """A、B、C等六家…阵地榜上有名: items joined by 、 that each name one holder with its place (港城法治
        文化公园 after 连云港市), as a list line would; [] unless every item does."""
        m = re.search(r"(?:等)?\s*(?:[\d一二三四五六七八九十两]+\s*(?:个|家|处|所)[^、，,。；]{0,8})?$", self.text[a:b])
        end = a + m.start() if m else b
        out = []
        for item in re.finditer(r"[^、，,；;]+", self.text[a:end]):
            h = self._holder(a + item.start(), a + item.end())
            if h is None or h[4] != "Body":
                return []
            out.append(h)
        return out if len(out) >= 2 else []

    def _listed_bodies(self, a: int, b: int) -> list:
        """A、B两个调解委员会 / A获此殊荣: the bodies listed right before ``b`` (joined by 、/和/及), as
        holders; [] when the text before ``b`` does not end in a body."""
        bodies = sorted((x for x in self.ex.bodies if a <= x.start and x.end <= b), key=lambda x: x.start)
        run: list = []
        end = b
        for x in reversed(bodies):
            gap = self.text[x.end:end]
            if not re.fullmatch(r"[、，,和及与\s]*" if run else r"\s*(?:等|共)?\s*[\d一二三四五六七八九十]*\s*[个家]?\s*", gap):
                break
            run.append(x)
            end = x.start
        return [_body_holder(x) for x in reversed(run)]

    def _honour_before(self, s: int) -> tuple[str, bool, int | None] | None:
        """The honour the sentences before ``s`` confer (a few back, within the same stretch of text):
        see _honour_in."""
        before = [x for x in self.ex.info.sentences if x[1] <= s and s - x[0] <= _BARE_LIST_REACH]
        for ps, pe, _ in reversed(before):
            found = self._honour_in(ps, pe)
            if found is not None:
                return found  # (whether the list is put out for comment is the heading's to say)
        return None

    def _counted_before(self, s: int, unit: str) -> bool:
        """Whether the sentence before ``s`` counts a set by ``unit`` (贵阳9个区县获… before 9个区县是…)."""
        before = [x for x in self.ex.info.sentences if x[1] <= s]
        if not before or not unit:
            return False
        ps, pe, _ = before[-1]
        return re.search(r"[\d一二两三四五六七八九十百]+\s*个?\s*" + re.escape(unit), self.text[ps:pe]) is not None

    def _previous_honour(self, s: int, titled: bool = True) -> tuple[str, bool, int | None] | None:
        """The honour named, with an honour or candidacy cue, in the sentence before ``s`` (same or
        previous paragraph): (its name, whether the list is put out for comment, the year said there)."""
        ex = self.ex
        before = [x for x in ex.info.sentences if x[1] <= s]
        if not before:
            return None
        ps, pe, _ = before[-1]
        return self._honour_in(ps, pe, titled=titled)

    def _honour_in(self, ps: int, pe: int, cued: bool = False,
                   titled: bool = True) -> tuple[str, bool, int | None] | None:
        """The honour ``text[ps:pe]`` names with an honour or candidacy cue (see _previous_honour);
        ``cued``: the back-reference after it is the cue (…的决定》，A、B等4个村榜上有名)."""
        ex = self.ex
        text = self.text[ps:pe]
        cues = lexicon.cues("honour") + lexicon.cues("candidate") + _LIST_CUES
        if not cued and not any(w in text for w in cues):
            return None
        steps = _PAST_STEP.sub("", text)  # (经…媒体公示等程序，最终确定了…名单: a step passed, not a list for comment)
        candidate = any(w in steps for w in _CANDIDATE) or any(w in steps for w in lexicon.cues("candidate"))
        ys = years.years_in(text, titles=True)
        year = ys[0][1] if ys else None
        pair = _TOWN_AND_VILLAGE.search(text)
        if pair:  # 拟认定100个乡(镇)为…示范乡镇、1003个村为…示范村: one programme, two titles
            name, _ = clean_name(re.sub(r"^.*(?:为|入选|获评|评为)", "", pair.group(1)))
            name = re.sub(r"^(?:首批|第[一二三四五六七八九十\d]+批)", "", name)
            return name + "示范村镇", candidate, year
        known = [a for a in ex.awards if ps <= a.start < pe and a.award_kind == "honour"]
        if known:
            return known[-1].name, candidate, year
        for q in reversed(list(_QUOTED_HONOUR.finditer(text))):
            # (评选出104家“枫桥式工作法”单位: the kind of unit after the quote completes the title)
            unit = re.match(r"(?:单位|集体|先进单位|示范单位)(?![\u4e00-\u9fff])", text[q.end():])
            name, _ = clean_name(q.group(1) + (unit.group(0) if unit else ""))
            if award_head(name) and not is_personal(name):
                return self._level_before(ps + q.start()) + name, candidate, year
        designated = _DESIGNATED.search(text)
        if designated:
            # 公布了…省级“民主法治村(社区)”名单, 命名…“民主法治村(社区)”的通知: a designation published or named,
            # without an honour's head word
            name, _ = clean_name(designated.group(1) or designated.group(2))
            return self._level_before(ps + designated.start()) + name, candidate, year
        # an unquoted title after an honour cue (入选第三批全国乡村治理示范乡镇创建公示名单), or the set a body
        # confers, its count dropped from the name (通报表彰了全国22个公共法律服务先进集体)
        for cue in lexicon.cues("honour") + lexicon.cues("confer"):
            at = text.find(cue)
            if at < 0:
                continue
            for a in read_awards(_SET_COUNT.sub(r"\1", text[at + len(cue):])):
                if award_head(a.name) and not is_personal(a.name):
                    return a.name, candidate, year
        # 第五届全国文明村镇候选名单在…公示: a list named by its title, without a cue before it
        # (not for a back-reference in the same sentence, 公布…名单，甲局榜上有名: the sentence rule reads that)
        anchor = None if cued or not titled else self._prose_anchor(ps, pe)
        if anchor is not None and not any(entry.kind in ("city", "project")
                                          for _, _, entry in lexicon.award_matcher().find(anchor)):
            # (a demonstration list, 第二批全国法治政府建设示范地区名单, is the roster rules' to read)
            return anchor, candidate, year
        return None

    def _level_before(self, at: int) -> str:
        """The level said right before a quoted title (广东省“民主法治示范村(社区)”, 全国“…”): part of
        its name, so that a province's title and the national one stay two awards."""
        if self.text[max(0, at - 2):at] == "全国":
            return "全国"
        p = next((p for p in self.ex.places if p.end == at and p.code and p.code.endswith("0000")), None)
        return self.text[p.start:p.end] if p is not None else ""

    def _title_honour(self) -> tuple[str, bool, int | None] | None:
        """The honour the article's title names (关于拟推荐全国乡村治理示范村镇的公示), and whether the title puts
        a list out for comment."""
        title = self.ex.info.title or ""
        name = heading_award(_NOTICE_TAIL.sub("", title))  # (the title read as a list's heading is)
        return (name, any(w in title for w in _CANDIDATE), None) if name else None

    def _colon_list(self, sent) -> None:
        """授予以下单位“全省法治建设先进单位”称号：A、B、C / …先进集体（5个）：A、B: an honour named
        right before a colon, its holders after it."""
        s, e, _ = sent
        if self.text.find("：", s, e) < 0 and self.text.find(":", s, e) < 0:
            return  # no colon (most sentences): nothing to read
        for m in re.finditer(r"[：:]", self.text[s:e]):
            head = re.split(r"[，。；,;]", self.text[s:s + m.start()])[-1][-45:]
            head = re.sub(r"^.*?(?:授予|表彰|命名|评为|评选出|确定)(?:以下|下列)?(?:单位|地区|集体)?", "", head)
            # 获得第四届“中国法治政府奖”的是：A——…、B…: the winners, each with its project
            winners = re.match(r"^(?:.*?(?:获得|荣获|获评|入选))?(.+?)的(?:是|有|分别是|单位是|项目是)$", head)
            if winners:
                head = winners.group(1)
            named = heading_award(head)
            quoted = re.search(r"“([^“”]{2,20})”(?:拟命名|拟推荐|候选)?名单$", head)
            if named is None and quoted and re.search(r"命名|授予", self.text[max(0, s - 200):s + m.start()]):
                # 首批“法治镇街”名单：… after a decision naming them: a designation without an honour's head word
                named = clean_name(quoted.group(1))[0]
            candidate = any(w in self.text[s:s + m.start()] for w in _CANDIDATE)
            bare = _BARE_TITLE.fullmatch(head.strip()) or (_BARE_TITLE.fullmatch(named) if named else None)
            if bare is not None:
                # 示范乡镇：A、B / 示范村：C、D under a notice of one programme (…推荐全国乡村治理示范村镇的公示): the
                # programme's title of that kind; the notice says whether they are candidates
                above = self._honour_before(s) or self._title_honour()
                # (only a programme whose titles cover that kind: …示范村镇 holds 示范乡镇 and 示范村; a
                # 法治政府建设示范县 before 示范乡镇：… lends nothing)
                if above is None or not above[0].endswith(_KINDS_COVERED.get(bare.group(1), ("\0",))):
                    continue
                named = above[0][:above[0].rindex("示范")] + bare.group(1)
                candidate = candidate or above[1] or self._is_candidate_list(s, head)
            if named is None:
                continue
            self._enumerated(named, candidate, sent, s + m.end(), lenient=bool(winners))
            return

    def _enumerated(self, award: str, candidate: bool, sent, pos: int, lenient: bool = False,
                    year: int | None = None) -> None:
        """The holders listed from ``pos`` to the end of the sentence (A、B、C), while they resolve."""
        ex = self.ex
        s, e, _ = sent
        holders = []
        # groups of one county's villages are separated by ； (which also ends a sentence): the list
        # runs to the 。 that closes it, within its line
        line_end = self.text.find("\n", pos)
        line_end = len(self.text) if line_end < 0 else line_end
        stop = self.text.find("。", pos, line_end)
        end = stop if stop >= 0 else line_end
        for a, b in list_items(self.text, pos, end, r"[、，,；;]", {p.start for p in ex.places}):
            item = self.text[a:b]
            if item.strip().endswith("等") and len(item.strip()) >= 3:
                item = item.strip()[:-1]  # …大龙村等: the list's last item, and the word that closes the list
            h = self._holder(a, a + len(item.strip()), lenient) if item.strip() else None
            if h is None and holders and item.strip():
                h = self._town(a, a + len(item.strip()), holders[-1]) or self._village(a, a + len(item.strip()),
                                                                                    holders[-1])
            if h is None:
                if lenient:
                    continue  # a project's title may hold a 、 of its own
                break
            holders.append(h)
        if holders:
            ys = years.years_in(self.text[s:e])
            year = ys[0][1] if ys else year or ex.info.date_year
            if year is None and candidate:
                # …公示。我市有3个村入选，分别是… and, later, 公示期间(2017年9月26日至9月30日): the comment period
                # the notice states dates the candidacy
                period = _COMMENT_PERIOD.search(self.text)
                year = int(period.group(1)) if period else None
            self._emit(award, candidate, year, holders, (s, e))
            if lenient:
                # the winners' projects are titles, not adoptions, to the list's end (； ends sentences)
                self.entries.append((s, max(e, end)))

    def _next_line(self, b: int) -> str:
        return next_line(self.text, b)

    def _emit(self, award: str, candidate: bool, year, holders, line: tuple[int, int], rule: str = "honoured.list",
              edition: str | None = None) -> None:
        ex = self.ex
        if any(line[0] <= a < line[1] or a <= line[0] < b for a, b in self.read):
            return
        if is_personal(award):
            return  # people's honours: their units are not the holders
        sent = (line[0], line[1], 0)
        level = level_of(award)
        # a provincial demonstration title of any local name is one award (SCHEMA: 省级法治政府建设示范市)
        entry = lexicon.demonstration_entry(award, level)
        for s, e, name, place, kind in holders:
            title = title_for_unit(award, getattr(place, "level", None), name)
            kw = dict(place=place.name if place is not None else None,
                      parent=place.parent if place is not None else None,
                      place_code=place.code if place is not None else None,
                      year=year, year_source="list" if year is not None else None)
            if entry is not None:
                aw = entry.name
                if place is None or kind != "Place":
                    continue
                if candidate:
                    ex._add("candidate.list", (s, e), sent, 0.6, type="CANDIDATE", award=aw,
                            level=entry.level, **kw)
                else:
                    ex._add("named.list", (s, e), sent, 0.6, type="NAMED_DEMONSTRATION_CITY", award=aw,
                            level=entry.level, body=entry.body, **kw)
                continue
            if candidate:
                if place is None:
                    continue
                if kind == "Body":
                    # a body put forward: the candidacy's place is the most specific place its name holds
                    # (SCHEMA: CANDIDATE has a place; 武汉市江夏区…人民调解委员会 → 江夏区), the body is kept
                    # in `body`; the graph draws it from the Body node
                    inside = [r for r in ex.places if s <= r.start and r.end <= e and r.code]
                    if inside:
                        r = ex._most_specific(inside[0])
                        kw.update(place=r.name, parent=r.parent, place_code=r.code)
                ex._add("candidate.list", (s, e), sent, 0.6, type="CANDIDATE", award=title, level=level,
                        body=name if kind == "Body" else None, **kw)
            else:
                ex._add(rule, (s, e), sent, 0.6, type="HONOURED", holder=name, award=title,
                        body=name if kind == "Body" else None, edition=edition, **kw)
