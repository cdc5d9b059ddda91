"""NAMED_DEMONSTRATION_CITY/PROJECT, HONOURED, CANDIDATE: namings in prose, in naming decisions' lists
and in collections of honoured cases."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..lexicon_files import word_list
from . import lexicon, years
from .lexicon import holds_any
from .article import (BRAND_LEAD, LISTED_AFTER, UNIT_ANAPHOR, _BATCH_OF_LIST, _CLAUSE_BREAK, _LIST_SEP, _TIME_PHRASE, Mention, Ref, _clauses, _cue_pattern,
                      _find_cue, _last_cue, list_items)
from .award_grammar import ENUMERATION, PLACE_EDITION, is_collection, is_personal, strip_scope, title_for_unit, unit_level
from .bodies import government_organs, institution_heads, organ_suffixes
from .gazetteer import Gazetteer
from .places import VILLAGE
from .award_grammar import read_award_run, read_awards  # imported once, not in the per-sentence rules
from .mechanisms import is_campaign


_CANDIDATE_LIST = lexicon.cues("candidate_list")
_SHAPE_CUES = lexicon.cues("shape_cue")
_RESPECTIVELY = lexicon.cues("respectively")
_ZERO_BREAK = re.compile(r"[”\"]?[“\"]?零[”\"]?的?突破")
# what stands between a verb and the title it names: the title's level and batch, its opening quote
# (巩固提升首批全国…, 作为全国…, 成为全国首批“…)
# (…成为全省首个全国…示范县: the scope of a first and the title's own level)
_TITLE_LEAD = r"(?:(?:%s)?(?:首个|首家|第一个|唯一的?))?(?:%s)?(?:首批|第[一二三四五六七八九十\d]+批)?[“\"]?" % (
    ("|".join(lexicon.cues("title_level")),) * 2)
# 巩固提升首批全国…示范区创建成果: keeping what a title was won for says the place holds it
_KEPT = re.compile("(?:%s)%s$" % ("|".join(lexicon.cues("kept_before")), _TITLE_LEAD))
_KEPT_AFTER = re.compile("[”\"]?(?:%s)" % "|".join(lexicon.cues("kept_after")))
_KEPT_ALONE = re.compile("[”\"]?(?:%s)" % "|".join(lexicon.cues("kept_alone")))  # “…示范县”成果持续巩固
# 作为全国…示范市，…: a title opening its sentence after 作为 (its scope and batch allowed)
_AS = r"作为" + _TITLE_LEAD
_AS_TITLE = re.compile(r"^\s*" + _AS + "$")
# the bare heads a text uses for a programme's titles once it has named the programme
_ELIDED_HEADS = frozenset(lexicon.cues("elided_title"))
_BARE_HEAD = re.compile(r"[“\"]?(%s)[”\"]?(?=[，,。；;、\s]|$)" % "|".join(sorted(_ELIDED_HEADS, key=len, reverse=True)))
# 参加…“…示范市”评选: taking part in a title's evaluation is a candidacy (convention 5)
_IN_EVALUATION = re.compile(r"[”\"]?(?:称号)?(?:的)?(?:评选|评估|评审|创建评估)")
_TAKES_PART = re.compile(r"参加[^，,。；;]{0,12}$")
_AS_TITLE_AFTER = re.compile(_AS + "$")  # …桐庐县作为| the title right after 作为
# …称号的|唐山、石家庄: a title qualifying the places after it; the words that join them
_HELD_AFTER = re.compile(r"[”\"]?(?:荣誉称号|称号|荣誉)?的(?=[\u4e00-\u9fff])")
_LIST_SEP_WORD = re.compile(r"\s*(?:、|和|及|与|以及)\s*")
# a year followed by another in a list (2022年、2024年)
_YEAR_LISTED = re.compile(r"(?:19|20)\d{2}\s*年\s*[、和及与]\s*(?:19|20)\d{2}\s*年")
# a count in figures or in words (我省两个单位获评…)
_COUNT_NUM = r"(?:\d+|[一二两三四五六七八九十百]+)"
# 贵阳|9个区县, 广州|7镇49村, 我市|3个村: a count of a place's units right after it
_UNITS_COUNTED_AFTER = re.compile(r"\s*" + _COUNT_NUM + r"\s*(?:个|家)?\s*(?:区县|县区|县市区|县（市、区）|县\(市、区\)|"
                                  r"乡镇|镇街|镇|乡|村|社区|街道|城区|区|县|单位|部门|集体)")
# what never stands in a village's own name: a count, a quantifier, a demonstrative, a function word, a unit word
# (各村, 3个村, 全市村, 一批村, 这条村, 两村 are no names)
_NOT_IN_VILLAGE_NAME = "各全该本我这那此两多等个批些的在和与及镇乡县区市省州旗"
_LONE_VILLAGE = re.compile(r"(?:^|[，,。；;\s])(?:[\u4e00-\u9fff]{1,6}?(?:镇|乡|街道|街))?"
                           r"([^\W\d%s街道]{1,6}(?:村|社区))\s*(?:于[^，。；“”]{0,12})?被?$" % _NOT_IN_VILLAGE_NAME)
# 近年来，欣荣村以…推进…，先后荣获…: a village opening the sentence (after a time phrase) is its subject
_VILLAGE_OPENS = re.compile(r"\s*(?:(?:近年来|近几年|多年来|近年|此前|目前|如今|(?:19|20)\d{2}年(?:以来)?)[，,]?)?"
                            r"([^\W\d%s街道]{1,6}(?:村|社区))(?!%s)(?=[^，,。；;\d]{0,60}[，,])"
                            % (_NOT_IN_VILLAGE_NAME, "|".join(map(re.escape, lexicon.cues("village_member")))))
_VILLAGE_NOT = frozenset(word_list("village_not.txt"))  # 农村, 基层社区: no village's name
_TRAILING_CANDIDACY = re.compile(r"候选(?:地区|单位|项目|对象|城市)|(?:之一)?向[^，。；]{2,16}推荐$")
_BODY_AMONG = re.compile(r"\s*等\s*" + _COUNT_NUM + r"\s*(?:个|家)(?:单位|集体|部门)?\s*(?:被|均|分别)?")
# a body's internal unit named right before the count of a set (某市公安局执法办案管理中心等6个单位): the unit holds it
# (no 和/及/与 inside: 绍兴市公安局和交警支队 are two)
_INNER_UNIT = re.compile(r"(?:(?![和及与、等])[\u4e00-\u9fff]){2,10}?(?:%s)(?=\s*等\s*(?:\d|[一二三四五六七八九十两]))"
                         % "|".join(lexicon.cues("inner_unit_head")))
_SET_COUNT_TAIL = re.compile(r"等\s*" + _COUNT_NUM + r"\s*(?:个|家)[^、，,]{0,6}$")
# namings in the batches before the one a text is about (在前两批…中, 此前已被命名为…)
_EARLIER_BATCHES = re.compile(r"前[两二三四五]批|此前|在此之前|之前")
# short names before the level they share and its count, right before the cue (东城、西城…6个区被命名为…)
# (…等10县(市、区): several levels the short names may stand for)
_COUNTED_SHORT_PLACES = re.compile(r"([\u4e00-\u9fff]{2,8}(?:、[\u4e00-\u9fff]{2,4}?)+)(?:等)?\s*[\d两二三四五六七八九十]+\s*个?"
                                   r"(区|县|市|旗)(?:[（(][县市区旗、]{1,7}[)）])?\s*(?:均|分别|先后|被)?$")
# words that end in 对 and are no 对 of an object (针对, 面对, 相对: relation_cues.tsv, dui_not)
_NOT_DUI = frozenset(lexicon.cues("dui_not"))
# units' own names before the kind they share and its count (灵秀、蚶江2个司法所获评…)
_SHARED_HEAD_UNITS = re.compile(r"(?:^|(?<=[，,。；;\s]))([\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})+)(?:等)?\s*"
                                r"[\d两二三四五六七八九十]+\s*个([\u4e00-\u9fff]{2,6}?)\s*(?:均|分别|先后|都)?被?$")


@lru_cache(maxsize=1)
def _shared_head_uncounted() -> re.Pattern:
    """籍山、许镇、工山司法所均被授予…: short names sharing an institution's head with no count between, the
    last glued to it."""
    heads = "|".join(sorted(map(re.escape, institution_heads()), key=len, reverse=True))
    return re.compile(r"(?:^|(?<=[，,。；;\s]))((?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4}?)(%s)\s*"
                      r"(?:均|分别|先后|都)?被?$" % heads)


# an institution's own name before the cue: a short name, perhaps quoted (“永和”调解工作室), perhaps
# after the writer's own place or office (我局南洲司法所)
_LONE_UNIT = re.compile(r"(?:^|[，,。；;\s])(?:我[区县市局所院镇乡])?((?:“[^“”]{1,8}”|[^\W\d各全该本我多等个的在和与及其另此同])[\u4e00-\u9fff]{1,17}?)"
                        r"\s*(?:于[^，。；“”]{0,12})?被?$")  # …调解工作室于2022年10月被授予
# words that make a place the first word of an institution's own name (灵石县第二小学), up to the list's
# next item or the cue
_NAMED_AFTER = re.compile(r"第?[一二三四五六七八九十\d]*[\u4e00-\u9fff]{0,4}(?:%s)(?=[、，,和及]|将|继续|被|获|荣|入|$)"
                          % "|".join(lexicon.cues("school_word")))
# an honour's name followed by a number of units: a count of the units that hold it
_COUNT_AFTER = re.compile(r"(?:[（(][^（）()]{1,6}[)）])?[”\"]?(?:称号)?\s*" + _COUNT_NUM + r"\s*(?:个|家|所|项|处)")
_LIST_ADVERB = re.compile("(?:%s)+$" % "|".join(lexicon.cues("list_adverb")))
# what may stand between a body and the cue of the honour it holds (润州区人民法院连续三年被…荣记…)
_HOLDER_GAP = re.compile(r"(?:%s|连续[\d一二三四五六七八九十两]+年)+被?"
                         % "|".join(lexicon.cues("list_adverb") + lexicon.cues("holder_gap")))
# what a project named without quotes is called (行政执法经验, …改革, …品牌)
_PROJECT_NOUNS = ("经验", "做法", "改革", "品牌", "模式", "机制", "项目", "工程", "实践")
# the works that won a prize, right before its cue (多部作品获…, 3件微视频作品分别荣获…)
_CREATIVE_WORK = re.compile(r"(?:%s)(?:%s)*(?:被)?$" % ("|".join(lexicon.cues("creative_work")),
                                                      "|".join(lexicon.cues("list_adverb"))))
# 虹梅街道司法所申报的《…》以综合第一的成绩获评…: the body that put its project forward holds the honour
_DECLARED = re.compile(r"(?:%s)的\s*(?:《[^《》]{1,60}》|“[^“”]{1,40}”)(?:项目|案例)?(?:以[^，。；,;]{0,12}(?:成绩|优势))?"
                       % "|".join(lexicon.cues("declare_verb")))
# the project so put forward, all that stands between its holder and the naming (…报送的《…》被命名为…)
_PROJECT_QUOTED = re.compile(r"(?:(?:%s)?的)?[“《]([^“”《》]{4,40})[”》](?:项目|案例|做法)?" % "|".join(lexicon.cues("declare_verb")))
# cue words that put a case into a collection (入选/纳入/收录《…典型案例》), and nothing else into an honour
_INTO_COLLECTION = lexicon.cues("into_collection")
_LIST_TAIL = re.compile(r"\s*(?:以及|及|还有)")
# what follows the last of a list of places when it counts their projects instead of naming one (的6个项目, 3个单项)
_COUNTED_PROJECTS = re.compile(r"^(?:的)?\s*(?:[\d一二三四五六七八九十两]+|多)\s*(?:个|项|件)")
# 最终20个项目获得…, 全市共有8家法治文化阵地被命名为…: counted units hold it, none of them named
# a village's name right after its town, then what it says of it (民主村是…, 民主村荣获…)
# editions listed before the last one a title follows (第三届、第四届“全国文明村镇”, 第一批和第二批…)
_EDITION_RUN = re.compile(r"(?:(?:首|第[一二三四五六七八九十百\d]+)[届批](?:[、和及至]|到))+(?=(?:首|第[一二三四五六七八九十百\d]+)[届批])")
_VILLAGE_AFTER = re.compile(r"([^\W\d%s下]{1,8}?(?:村|社区|嘎查))(?=是|被|荣获|获|入选|先后|连续|曾|已|榜上有名|上榜)"
                            % _NOT_IN_VILLAGE_NAME)
# what stands between the programme and 名单 in the heading of its own naming list (创建活动拟命名)
_PROGRAMME_NAMING = re.compile(r"(?:创建)?(?:活动|工作)?(?:拟命名|命名|拟认定|认定)")
# 该院, 该所: a unit word after 该 that stands for a body named before (relation_cues.tsv, unit_anaphor)
# a clause that denies or aims at an entry (未能入选, 没有入选, 力争入选, 有望入选)
_NOT_ENTERED = re.compile(r"未|没|不|力争|争取|有望|希望|期待|拟|将")
# …no count or common noun for the villages of a town (两村, 农村, 行政村)
_NOT_A_VILLAGE = re.compile(r"^(?:[一二三四五六七八九十几多数]+个?|农|行政|全|各|乡)(?:村|社区)$")
# a title for the town itself (…示范乡镇, …街道): the town holds it, not a village written after it
_TOWN_TITLE = re.compile(r"^[^，。；,;]{0,30}?(?:乡镇|镇|乡|街道)(?:[（(][^（）()]*[)）])?[”\"]?(?:称号)?(?:[，。；,;！!]|$)")
_COUNTED_HOLDER = re.compile(_COUNT_NUM + r"\s*(?:个|项|家|地|所|处)[\u4e00-\u9fff]{0,10}(?:[（(][^（）()]*[)）])?被?$|"
                             + _COUNT_NUM + r"\s*(?:个|项|家)(?:项目|案例|单位|地区|城市)")
# …of the place's own work, counted (5个项目, 6项法治建设成果), not of other units (8个村, 3家单位)
_WORK = _COUNT_NUM + r"\s*(?:个|项)[\u4e00-\u9fff]{0,8}?(?:%s)" % "|".join(lexicon.cues("counted_work"))
_COUNTED_WORK = re.compile(_WORK + r"[^，,；;。]{0,4}$")
_COUNTED_WORK_AHEAD = re.compile(r"(?:已有|共有|创成|建成|拥有)?" + _WORK)  # 共有5个案例…, read from the count on
# …公布全省法治宣传教育先进单位名单: the title of a list published earlier in the sentence
_LIST_PUBLISHED = re.compile(r"(?:发布|公布|揭晓|公示)(?:了)?([^，,。；;]{4,40}?)(?:拟命名|拟推荐|候选|公示)?名单"
                             # 在第二批…命名名单中，我省甲县榜上有名: the list the holder stands in
                             r"|在([^，,。；;]{4,40}?)(?:命名|拟命名|拟推荐|候选|公示)?名单中"
                             r"|([^，,。；;]{4,40}?)(?:拟命名|拟推荐|候选|公示)?名单(?:正式)?(?:公布|发布|揭晓|出炉)"
                             # 对…拟命名名单进行公示: a list put out by a body for comment
                             r"|对([^，,。；;]{4,40}?)(?:拟命名|拟推荐|候选|公示)?名单(?:进行|予以)了?公示")
_PUBLISH = ("发布", "公布", "揭晓", "评选出")
# what may follow the honour in a list's heading: a count, the kinds of place, a colon
_LIST_HEAD_REST = re.compile(r"(?:[（(][^（）()]*[)）]|[：:\s])*")
_TITLED_PROJECT = re.compile(r"《([^《》]{6,60})》")
_ANNOUNCES_LIST = re.compile(r"(?:公示|公布|如下)[：:。]?\s*$")
_LIST_PUT_OUT = re.compile(r"名单(?:予以|进行)(?:公示|公布)")  # …名单予以公示，公示期为…


# 获得由司法部、全国普法办授予的“…”: who conferred it, between the cue and the honour
_CONFER_VERB = "(?:%s)" % "|".join(lexicon.cues("confer_verb"))
_CONFERRER = r"由[^，。；,;“”]{2,40}?" + _CONFER_VERB + "的"
# 获 in 获悉/获取/获得感 confers nothing, nor does the conferrer's own verb
_NOT_HONOUR = re.compile(r"获(?:悉|取|知|得感|益|释|准|批准)|" + _CONFERRER)
_COUNT_RIGHT_BEFORE = re.compile(r"(?<![第\d])" + _COUNT_NUM + r"\s*个[“\"]?$")
# (the conferrer's verb before the count: 我省命名5个…; not 桐庐县被评为全省唯一一个…, 成为全省首批10个…之一)
_CONFERS_COUNT = re.compile(r"(?<!被)(?:命名|授予|确定|评选出|评出|表彰|认定)(?:了)?[^，。；,;被]{0,8}$")
_THE_FOLLOWING = re.compile(r"(?:以下|下列)(?:单位|集体|地区|村|社区|乡镇|部门|案例|项目|做法|经验)")
_COUNTED_OBJECT = re.compile(r"(?:[\d一二两三四五六七八九十百千]+\s*个[^为]{1,8}?为)")
# (入选公安部命名的…, 荣获交通运输部等4部委表彰的…: the conferring body named without 由, ending on a body's
# last word; no 、 inside, which would join an honour listed before it: 荣获全国优秀公安局、公安部命名的…)
_CONFERRED_BY = re.compile(r"\s*(?:" + _CONFERRER + r"|[^，。；,;“”由、]{1,24}?(?:%s)" % "|".join(lexicon.cues("body_last_word"))
                           + r"(?:等\d+个?部(?:委|门))?(?:联合)?" + _CONFER_VERB + "的)")
# a year written without 年 right before an event's or a ranking's name (2025数字政务博览会): not a count (2025件)
_BARE_EDITION_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2})(?=[\u4e00-\u9fff])(?![年度件个项人次名家元万亿余多])")
_CONFERS = re.compile(r"评选出|评出|遴选出|确定了|公布了|表彰了|命名了|授予了")


# 命名…为, 推荐…作为: the verb before the holders and the word before the honour (_active_namings)
# 已有12个, 3个区、: a count of honoured units (AwardFacts._awards)
_COUNTED_UNITS = re.compile(r"已有\d+个|共有\d+个|(?:创成|建成|拥有)\d+个|\d+个(?:区|县|市|项目)(?:、|和)")
# 对A、B等20个…示范地区予以命名: the title's holders as the object of 对
_OBJECT_NAMING = re.compile(r"对([^，。；;]{2,80}?)予以命名")
_ACTIVE_CUE = re.compile(r"评选推荐|推荐|命名|授予|确定|表彰|认定|确认")
# (推荐A、B申报创建第三批…示范地区: a recommendation to apply names its candidates as 作为 does)
_ACTIVE_TAIL = re.compile(r"(?:作为|为|申报创建|申报|参评)(?=[^，。；]{0,20}?(?:示范|先进|称号|典型|模范|基地))")
# a naming needs all three in its sentence: 为, a cue (_ACTIVE_CUE's words hold one of these) and a word
# the tail looks for
_ACTIVE_CUE_WORDS = ("推荐", "命名", "授予", "确定", "表彰", "认定", "确认")
_ACTIVE_TAIL_WORDS = ("示范", "先进", "称号", "典型", "模范", "基地")
_KNOWN_GAP = re.compile(r"(?:了)?" + _TITLE_LEAD)  # 成为了全国…: what follows a verb of becoming
_ACTIVE_TAIL_LEADS = ("为", "申报", "参评")  # a word every match of _ACTIVE_TAIL holds


# 甲州3项经验做法入选…: the experiences of the text's own place, counted (not its projects or cases, which are its
# localities' as often as its own)
_OWN_WORK_COUNTED = re.compile(r"(?:有|共有|共)?" + _COUNT_NUM + r"\s*(?:个|项|条)(?:经验做法|经验|做法|举措)")
_HOLDERS_COUNTED = re.compile(r"(?:[\d一二两三四五六七八九十]+)\s*(?:个|项|家)(?:地区|项目|单位|县|市|区|县（市、区）|县\(市、区\))?")

# a list of works closed by a count or a class before an honour cue (…等3个工作法, 等一批法治事件, 3项经验做法)
_WORKS_TAIL = re.compile(r"(?:等)?(?:[\d一二三四五六七八九十两]+\s*(?:个|项|件)|一批|多项|多个)?[\u4e00-\u9fff]{0,4}?"
                         r"(?:工作法|案例|做法|经验|事件|项目|成果)(?:先后|分别|均|同时)?(?:被)?$")
_COUNT_IN_ITEM = re.compile(r"[\d一二三四五六七八九十两]+\s*个")


def _items_outside_quotes(text: str, seps: str) -> list[tuple[int, int]]:
    """(start, end) of the items of a list, split at ``seps`` outside quotes and titles (“双随机、一公开”监管 is
    one item)."""
    masked = re.sub(r"[“《][^“”《》]*[”》]", lambda q: "　" * len(q.group(0)), text)
    cuts = [0] + [i + 1 for i, ch in enumerate(masked) if ch in seps] + [len(text) + 1]
    return [(x, y - 1) for x, y in zip(cuts, cuts[1:])]
# between an aim word and the verb of winning, words that say it was won (成功, 并, 终, 一举)
_WON_AFTER_AIM = re.compile(r"[，,；;。]|成功|并|(?<![今以之前日])后|终于|已|一举")
# 努力 is how a title was won only after 经过/通过 (经过多年努力荣获…); 将努力创成… is an aim
_EFFORT_MADE = re.compile(r"(?:经过|通过|经|历经)[^，,；;。]{0,8}$")


def _aim_before(before: str, plan: tuple[int, str], h: tuple[int, str]) -> bool:
    """力争创成…, 动员全市分步创成…: an aim said right before the verb of winning ``h``; but 积极申报并成功获评…,
    经过多年努力荣获…: how the title was won."""
    if not 0 < h[0] - plan[0] <= 8 or _WON_AFTER_AIM.search(before, plan[0] + len(plan[1]), h[0]):
        return False
    means = plan[1] in lexicon.cues("means_of_winning")
    return not (means and (plan[1] != "努力" or _EFFORT_MADE.search(before, 0, plan[0])))

# a clause opening on the verb of an honour, with no subject of its own (；被省司法厅表彰为…, ；获…)
_SUBJECTLESS = re.compile(r"\s*(?:又|还|并|同时)?(被|获|荣获)")
_CLAUSE_END = re.compile(r"[；;。！？!?\n]")


class AwardFacts:
    """Rules over honour mentions (mixed into ArticleExtractor)."""

    def _roster(self, sent) -> bool:
        """A naming decision's list: '第二批全国法治政府建设示范地区名单' then one place (or one
        place and its project) per line.  True when the sentence was a line of the list.  A list
        put out for comment (拟命名名单, 公示) names candidates."""
        s, e, _ = sent
        stext = self.text[s:e].strip()
        heading = self._is_heading(stext) or stext.endswith(("：", ":"))
        aw = next((m for m in self._awards_starting(s, e) if m.award_kind in ("city", "project")), None)
        if aw is None and heading and "名单" in stext and self.roster is None:
            aw = self._programme_heading(s, e)
        # 第二批…示范地区名单 / 一、第二批…示范市（县、区）（10个）: the heading of a list
        rest = self.text[aw.end:e] if aw is not None else ""
        # (现将…示范地区和项目名单予以公示。 announces the lines that follow as a heading would)
        # (…名单进行公示，桐庐县位列其中: a holder named in the sentence itself is read there, not as a list)
        announces = aw is not None and "名单" in rest and (_ANNOUNCES_LIST.search(stext) is not None
                                                          or _LIST_PUT_OUT.search(rest) is not None) \
            and not any(aw.end <= r.start < e and r.code for r in self.places)
        if aw is not None and (heading and ("名单" in rest or _LIST_HEAD_REST.fullmatch(rest.strip())) or announces) \
                and not self._names_holder(s, aw.start):
            self.roster = aw
            before = self.text[s:aw.start]
            # put out for comment: said by the heading, the title, or a heading line above it (关于…示范地区
            # 名单的公示 over 一、示范市（4个）)
            self.roster_candidate = any(w in stext or w in (self.info.title or "") for w in _CANDIDATE_LIST) or any(
                any(w in line for w in _CANDIDATE_LIST) for line in self.text[:s].split("\n")
                if line.strip() and self._is_heading(line))
            self.roster_batch = years.batch_of(before) or years.batch_of(self.info.title or "")
            year = years.years_in(stext)
            if self.roster_batch and aw.level and (aw.level, self.roster_batch) in years.batch_years():
                self.roster_year = years.batch_years()[(aw.level, self.roster_batch)], "batch"
            elif year:
                self.roster_year = year[0][1], "clause"
            else:
                self.roster_year = (self.info.date_year, "date") if self.info.date_year else (None, None)
            colon = max(stext.find("："), stext.find(":"))
            if colon >= 0 and colon < len(stext) - 1:  # 名单：甲市、乙县 on one line
                self._roster_line(sent, s + self.text[s:e].find(stext) + colon + 1)
            return True
        if self.roster is None:
            return False
        if not heading or len(stext) > 60:
            self.roster = None  # running text again: the list has ended
            return False
        self._roster_line(sent, s)
        return True

    def _programme_heading(self, s: int, e: int) -> Mention | None:
        """河南省法治政府建设示范创建活动拟命名名单公示: a list's heading that names the demonstration
        programme but not the kind of its titles; its sub-headings (综合示范地区, 单项示范项目) say which."""
        stext = self.text[s:e]
        head = stext[:stext.find("名单")]
        found = lexicon.demonstration_programme(head)
        if found is None:
            return None
        entry, m = found
        # only the naming list itself (…示范创建活动拟命名名单): …示范创建活动先进县名单 names another title,
        # …评估工作名单 no title at all
        if not _PROGRAMME_NAMING.fullmatch(head[m.end():]):
            return None
        return Mention(s + m.start(), s + m.end(), entry.name, "roster", kind="Award", award_kind="city",
                       level=entry.level, conferring=entry.body)

    def _names_holder(self, s: int, at: int) -> bool:
        """甲县入选第二批…示范地区名单: a headline naming its holder before an honour cue is a naming, not the
        heading of a list whose members follow."""
        return _find_cue(self.text[s:at], "honour") is not None and any(
            s <= r.start < at and r.code for r in self.places)

    def _switch_roster(self, line: str) -> None:
        """一、综合示范地区 / 二、单项示范项目: a sub-heading turns the list to places or to projects."""
        kind = "project" if "项目" in line else "city" if re.search(r"示范(?:地区|市|县|区)", line) else None
        if kind is None or kind == self.roster.award_kind:
            return
        entry = next((a for a in lexicon.awards() if a.kind == kind and a.level == self.roster.level), None)
        if entry is not None:
            self.roster = Mention(self.roster.start, self.roster.end, entry.name, "roster", kind="Award",
                                  award_kind=kind, level=entry.level, conferring=entry.body)

    def _roster_line(self, sent, start: int) -> None:
        s, e, _ = sent
        refs = [r for r in self._in(self.places, start, e) if not self._inside_mention(r)]
        lead = re.match(r"^\s*(?:\d+[.、．]|[（(]?[一二三四五六七八九十\d]+[)）、]|[-•·])?\s*", self.text[start:e]).end()
        if not refs or refs[0].start - (start + lead) > 0:
            self._switch_roster(self.text[start:e])
            colon = next((i for i in range(start, e) if self.text[i] in "：:"), None)
            if refs and colon is not None and refs[0].start > colon:
                self._roster_line(sent, colon + 1)  # 一、示范市（2个）：杭州市、宁波市: its members after the colon
            return  # a sub-heading (一、示范市) or a note (（共50个）)
        aw = self.roster
        year, ysrc = self.roster_year
        # places joined by 、 or spaces are several holders; each holder is the last of its run
        runs: list[list[Ref]] = [[refs[0]]]
        for r in refs[1:]:
            gap = self.text[runs[-1][-1].end:r.start]
            if gap == "":
                runs[-1].append(r)
            elif aw.award_kind == "city" and re.fullmatch(r"[、，,；;\s]+", gap):
                runs.append([r])
            else:
                break
        if aw.award_kind == "city":
            tail = re.sub(r"[（(][^（）()]*[)）]|[、，,；;。\s]", "", self.text[runs[-1][-1].end:e])
            if tail:
                return  # 山东省人民政府办公厅 (a signature), not a list entry
            for run in runs:
                h = run[-1]
                if self.roster_candidate:
                    self._add("candidate.roster", (h.start, h.end), sent, 0.7, type="CANDIDATE", place=h.name,
                              parent=h.parent, place_code=h.code, award=aw.name, level=aw.level,
                              batch=self.roster_batch, year=year, year_source=ysrc)
                    continue
                self._add("named.roster", (h.start, h.end), sent, 0.8, type="NAMED_DEMONSTRATION_CITY",
                          place=h.name, parent=h.parent, place_code=h.code, award=aw.name, level=aw.level,
                          batch=self.roster_batch, year=year, year_source=ysrc, body=aw.conferring)
            return
        h = runs[0][-1]
        body = self._body_at(h)
        rest_at = body.end if body is not None else h.end
        from .mechanisms import canonical_name

        # 北京市：接诉即办制度, 甲县——…: the separator after the place is no part of the project's name
        project = re.sub(r"[“”‘’\"]", "", self.text[rest_at:e]).strip(" 。；;，,—-：:")
        if len(project) > 4:
            project = re.sub(r"项目$", "", project)  # 南昌市“行政执法一码检查”项目: the project is what is quoted
        if len(project) < 2:
            return
        if self.roster_candidate:
            self._add("candidate.roster", (h.start, e), sent, 0.7, type="CANDIDATE", place=h.name,
                      parent=h.parent, place_code=h.code, award=aw.name, project=canonical_name(project),
                      level=aw.level, batch=self.roster_batch, year=year, year_source=ysrc)
            return
        self._add("named.project.roster", (h.start, e), sent, 0.8, type="NAMED_DEMONSTRATION_PROJECT",
                  place=h.name, parent=h.parent, place_code=h.code, award=aw.name,
                  project=canonical_name(project), level=aw.level, batch=self.roster_batch, year=year,
                  year_source=ysrc)

    def _collection(self, sent) -> None:
        """'…发布了2024年度十大创新案例', '第七届“法治政府奖”获奖名单揭晓': the article lists honoured
        cases; lines that open with places or bodies (甲市司法局、乙市财政局——…) name the holders."""
        s, e, _ = sent
        stext = self.text[s:e]
        if self.collection is None:
            aw = next((m for m in self.awards if s <= m.start < e and m.award_kind == "honour"), None)
            if aw is not None and (any(w in stext for w in _PUBLISH) or "名单" in self.text[aw.end:e]):
                self.collection = aw
                ys = years.years_in(self.text[s:aw.end])
                self.collection_year = ys[-1][1] if ys else self.info.date_year
                ed = re.search(r"(第[一二三四五六七八九十百\d]+届)[“\"]?$", self.text[max(s, aw.start - 8):aw.start])
                self.collection_edition = ed.group(1) if ed else None
                self.collection_candidate = _find_cue(self.text[aw.end:e], "candidate") is not None
            return
        line = stext.strip()
        if not (self._is_heading(line) or (len(line) <= 80 and re.search(r"——|：|:", line)
                                           and not line.endswith(("。", "！", "？")))):
            return
        sep = re.search(r"——|：|:", stext)
        end = s + sep.start() if sep else min(e, s + 12)
        first = self._subject_in(s, end)
        if first is None or self._run_start(first) - s > 2:
            return
        holders: list[tuple[Ref, Ref | None]] = []  # (place, body)
        if sep:
            for b in self._in(self.bodies, s, end):
                if b.place_code:
                    holders.append((Ref(b.start, b.end, b.place_name or b.name, b.place_code, b.place_parent), b))
            inside = [(r.start, r.end) for r, _ in holders]
            holders += [(r, None) for r in self._in(self.places, s, end)
                        if r.code and not any(a <= r.start < z for a, z in inside) and not self._inside_mention(r)
                        and not any(r.end == o.start for o in self.places)]  # 江苏省苏州市: the last of a run
        if not holders:
            rest_end = first.end + len(self.text[first.end:e].rstrip())
            village = VILLAGE.fullmatch(self.text[first.end:rest_end]) if not sep else None
            if village:  # 云城区思劳镇城村村: the village under its town holds it, not the town
                v = village.group(1)
                holders = [(Ref(rest_end - len(v), rest_end, v, None, first.name, "village"), None)]
            elif not sep and self._body_at(first) is None:
                # 宁波市、温州市: a line listing places names each of them
                holders = [(r, None) for r in self._list_members(first, s, e)]
            else:
                holders = [(first, self._body_at(first))]
        for place, body in holders:
            name = body.name if body is not None and body.kind == "Body" else place.name
            if self.collection_candidate:
                self._add("candidate.collection", (s, e), sent, 0.5, type="CANDIDATE", place=place.name,
                          parent=place.parent, place_code=place.code, award=self.collection.name,
                          year=self.collection_year, year_source="collection")
                continue
            self._add("honoured.collection", (s, e), sent, 0.5, type="HONOURED", holder=name,
                      place=place.name, parent=place.parent, place_code=place.code,
                      body=body.name if body is not None else None, award=self.collection.name,
                      edition=self.collection_edition, year=self.collection_year, year_source="collection")

    def _announced_for_comment(self, s: int, award: str) -> bool:
        """One of the two sentences before ``s`` announces a list put out for comment (候选名单, 公示) of this
        programme (the members follow it, a sentence or two apart)."""
        stem = award[:6]
        for x in [x for x in self.info.sentences if x[1] <= s][-2:]:
            prev = self.text[x[0]:x[1]]
            if len(stem) >= 4 and stem in prev and any(w in prev for w in _CANDIDATE_LIST):
                return True
        return False

    def _counted_items(self, a: int, b: int) -> list[Ref]:
        """拟认定甲市乙镇等11个乡镇、丙区丁村等68个村为…: each set named by its first member; [] unless the
        segment is such a list and every item resolves."""
        items = [(m.start(), _SET_COUNT_TAIL.search(m.group(0))) for m in re.finditer(r"[^、，,]+", self.text[a:b])]
        if not items or not all(tail for _, tail in items):
            return []
        out = []
        for start, tail in items:
            s = a + start
            e = s + tail.start()
            village = self._listed_villages(s, e)
            if village:
                out.append(village[-1])
                continue
            body = next((b for b in self._in(self.bodies, s, e) if b.end == e), None)
            if body is not None:
                out.append(self._as_holder(body))  # 无为县司法局刘渡司法所等5个司法所: the office heads its set
                continue
            coded = [r for r in self._in(self.places, s, e) if r.code and not self._inside_mention(r)]
            if not coded or coded[-1].end != e:
                return []
            out.append(coded[-1])
        return out

    def _active_namings(self, sent) -> set[int]:
        """命名A、B等21个村为“…示范村”, 推荐A、B作为第八批省级“…”: a naming or recommending verb, its
        holders, then 为/作为 and the honour. Returns where the honours it read start."""
        s, e, _ = sent
        done: set[int] = set()
        if not holds_any(self.text, s, e, _ACTIVE_TAIL_LEADS) or not holds_any(self.text, s, e, _ACTIVE_TAIL_WORDS) \
                or not holds_any(self.text, s, e, _ACTIVE_CUE_WORDS):
            return done  # most sentences: no naming can be read, the patterns are not run
        for m in _ACTIVE_TAIL.finditer(self.text, s, e):
            wei, after = m.start(), m.end()
            seg = max([s] + [self.text.rfind(ch, s, wei) + 1 for ch in "。；;"])
            cues = list(_ACTIVE_CUE.finditer(self.text, seg, wei))
            if not cues or self.text[cues[-1].start() - 1:cues[-1].start()] in ("被", "获"):
                continue  # 被命名为, 获命名为: the passive naming is read from its cue (_awards)
            cue = cues[-1]
            if self.text[wei:after] not in ("作为", "为") and not cue.group(0).endswith("推荐"):
                continue  # 申报创建/参评 names candidates only after 推荐 (择优推荐A、B申报创建…)
            if self.text.rfind("《", seg, cue.start()) > self.text.rfind("》", seg, cue.start()) \
                    or "被" in self.text[cue.end():wei]:
                continue  # 《关于表彰…的决定》，A被评为…: a title's word, and a passive naming after it
            # the list may end with its count: …蒋庄村17个村（社区）, …等21个村
            tail = re.search(r"(?:等)?\s*[\d一二三四五六七八九十百千]+\s*个[^、，,]*$", self.text[cue.end():wei])
            list_end = cue.end() + tail.start() if tail else wei
            holders = self._counted_items(cue.end(), wei) or self._listed_villages(cue.end(), list_end)
            if not holders:
                refs = [r for r in self._in(self.places, cue.end(), list_end) if r.code and not self._inside_mention(r)]
                holders = self._list_members(refs[-1], cue.end(), list_end, refs) if refs else []
            if not holders:
                continue
            known = [a for a in self.awards if after <= a.start <= after + 20 and a.start < e]
            conferring = None
            if known:
                name, level, kind, conferring = known[0].name, known[0].level, known[0].award_kind, known[0].conferring
            else:
                read = read_awards(self.text[after:e])
                if not read or read[0].start > 20:
                    continue
                name, level, kind = read[0].name, read[0].level, "honour"
                # 申报创建第三批全国法治政府建设综合示范地区和单项示范项目: the demonstration naming itself
                entry = lexicon.demonstration_entry(re.split("和|及", name)[0], level)
                if entry is not None:
                    name, level, kind = entry.name, entry.level, "city"
            if kind == "project" or is_personal(name):
                continue
            candidate = cue.group(0).endswith("推荐") or self.text[cue.start() - 1:cue.start()] == "拟"
            year, ysrc = self._award_year(Mention(after, after, name, "active", kind="Award"), sent, cue.start())
            batch = years.batch_of(self.text[after:after + 12])
            own = years.years_in(self.text[after:after + 10])  # 为2022年度“…”: the title's own year
            if own:
                year, ysrc = own[0][1], "clause"
            elif year is None and self.info.date_year:
                year, ysrc = self.info.date_year, "date"  # a naming or recommending reported as news of its day
            done.add(after)
            for h in holders:
                body = h.kind == "Body"  # (一个司法所等5个司法所为…: a body heads its set)
                kw = dict(place=None if body else h.name, parent=h.parent, place_code=h.code,
                          award=title_for_unit(name, h.level, h.name), level=level, year=year, year_source=ysrc,
                          batch=batch)
                if body and (candidate or kind == "city"):
                    continue  # a candidacy and a naming of the demonstration are a place's
                if candidate:
                    self._add("candidate.active", (h.start, wei), sent, 0.6, type="CANDIDATE", **kw)
                elif kind == "city":
                    self._add("named.active", (h.start, wei), sent, 0.7, type="NAMED_DEMONSTRATION_CITY",
                              body=conferring, **kw)
                else:
                    self._add("honoured.active", (h.start, wei), sent, 0.6, type="HONOURED", holder=h.name,
                              body=h.name if body else None, **kw)
        return done

    def _namings_of_objects(self, sent) -> set[int]:
        """决定对A、B等20个全省法治政府建设示范地区予以命名: the places after 对, the title they are named
        to before 予以命名. Returns where the titles it read start (as _active_namings does)."""
        s, e, _ = sent
        done: set[int] = set()
        if "予以" not in self.text[s:e]:
            return done  # most sentences
        for m in _OBJECT_NAMING.finditer(self.text, s, e):
            aw = next((a for a in self._awards_starting(m.start(1), m.end(1)) if a.award_kind == "city"), None)
            if aw is None:
                continue
            refs = [r for r in self._in(self.places, m.start(1), aw.start) if r.code and not self._inside_mention(r)]
            if not refs:
                continue
            year, ysrc = self._award_year(aw, sent, aw.start)
            done.add(aw.start)
            for h in self._list_members(refs[-1], m.start(1), aw.start, refs):
                self._add("named.object", (h.start, m.end()), sent, 0.7, type="NAMED_DEMONSTRATION_CITY",
                          place=h.name, parent=h.parent, place_code=h.code, award=aw.name, level=aw.level,
                          year=year, year_source=ysrc, body=aw.conferring)
        return done

    def _awards(self, sent, sent_subj) -> None:
        s, e, _ = sent
        stext = self.text[s:e]
        self._on_the_list(sent)
        active = self._active_namings(sent) | self._namings_of_objects(sent)
        known = [m for m in self._awards_starting(s, e) if not any(0 <= m.start - a <= 20 for a in active)]
        hcue = _find_cue(stext, "honour")
        ccue = _find_cue(stext, "candidate") if self._cue_in("candidate", s, e) else None
        if not known and hcue is None and ccue is None:
            return
        for q in _BATCH_OF_LIST.finditer(stext):  # 《关于第二批全国…命名的决定》: later namings belong to it
            level = "national" if "全国" in q.group(0) else "provincial" if re.search(r"省|自治区", q.group(0)) else None
            self.batch_context = (years.batch_of(q.group(1)), level)
        counted = _COUNTED_UNITS.search(stext)
        if counted and not self._counted_run(self._list_before(s + counted.start())) and not (
                _COUNTED_WORK_AHEAD.match(stext, counted.start()) and self._anchored()) \
                and not LISTED_AFTER.search(stext, counted.end()):  # (…，分别是：A、B、C: the units are named after)
            return  # a count of honoured units is not a naming of the subject (but 共有5个案例入选…: the place's work)
        if hcue is not None or ccue is not None:
            # honours outside the lexicon, read by the open grammar after every honour or candidacy cue
            # (被推荐为“全国守法普法示范县”候选县)
            taken = [(m.start, m.end) for m in known]
            ends = self._cue_ends(s, e, "honour") if hcue is not None else []
            ends += [x for x in (self._cue_ends(s, e, "candidate") if ccue is not None else []) if x not in ends]
            for cue_end in sorted(ends):
                copula = self.text[cue_end - 1] == "是"
                by = _CONFERRED_BY.match(self.text, cue_end, e)
                if by is not None:
                    cue_end = by.end()  # 获得由…授予的“…”称号: the honour follows who conferred it
                if copula and self.text[cue_end:cue_end + 1] == "否":
                    continue  # 是否: a question
                editions = _EDITION_RUN.match(self.text, cue_end, e)
                if editions is not None:
                    cue_end = editions.end()  # 先后获评第三届、第四届“…”: the title after the editions listed
                found = self._generic_award(cue_end, e)
                bare = None if found else _BARE_HEAD.match(self.text, cue_end, e)
                if bare:  # 被命名为示范市: too short for the grammar; the programme named before may say whose
                    found = [Mention(bare.start(1), bare.end(1), bare.group(1), "generic", kind="Award",
                                     award_kind="honour")]
                if copula and not (found and found[0].start <= cue_end + 1 and any(m.level for m in found)):
                    continue  # 是 names titles only right before them, one of them with its level
                # a name of the lexicon inside a longer one the grammar reads, field words before it: the longer is
                # the honour, the lexicon's the name of another programme; not when only a scope, a place, a year, an
                # edition or whoever confers it stands before it (全国普法工作先进单位, 中国政法大学第八届“中国法治
                # 政府奖”, 省司法厅全国民主法治示范村 stay the lexicon's)
                inner = [k for k in known if k.award_kind == "honour"
                         and any(f.start < k.start and k.end <= f.end and "的" not in self.text[f.start:k.start]
                                 and len(strip_scope(self._without_conferrer(f.start, k))) >= 2 for f in found)]
                if inner:
                    known = [k for k in known if k not in inner]
                    taken = [(a, b) for a, b in taken if not any(k.start == a and k.end == b for k in inner)]
                known += [m for m in found if not any(a < m.end and m.start < b for a, b in taken)]
            known.sort(key=lambda m: m.start)
        # a bare head (示范地区) is a title only as the programme named before it in the sentence
        known = [self._elided(aw, s) or aw for aw in known]
        known = [aw for aw in known if not (aw.source == "generic" and aw.name in _ELIDED_HEADS)]
        for aw in known:
            if is_personal(aw.name):
                continue  # 先进个人, 优秀法治人物: people are honoured, not places or bodies
            if _COUNT_AFTER.match(self.text, aw.end):
                continue  # 已成功创建“全国民主法治示范村(社区)”188个: a count of units holding it, no holder here
            if _ZERO_BREAK.match(self.text, aw.end) and _find_cue(
                    re.split(r"[，,；;]", self.text[s:aw.start])[-1], "honour") is None:
                continue  # 实现了宁夏…示范地区“零”的突破: the first of the province's, said of the title, no naming
                # (but 获评全国…示范市“零的突破”: the clause's own cue names it)
            # one naming per segment: "A被命名为…；B、C被评为…" names different holders
            seg = max(self.text.rfind(ch, s, aw.start) for ch in "；;。") + 1
            seg = max(seg, s)
            prev_end = max((k.end for k in known if seg <= k.start and k.end <= aw.start), default=None)
            if prev_end is not None:
                # A、B获评“…示范地区”，《C…》获评“…示范项目”: a clause with its own cue names its own holders
                comma = min((i for i in (self.text.find(ch, prev_end, aw.start) for ch in "，,") if i >= 0), default=-1)
                if comma >= 0 and _find_cue(self.text[comma:aw.start], "honour") is not None:
                    seg = comma + 1
            before = self.text[seg:aw.start]
            if _COUNT_RIGHT_BEFORE.search(before) and _CONFERS_COUNT.search(before):
                continue  # 我省命名5个法治政府建设示范市(县): a count of holders it does not name here
            plan = _last_cue(before, "plan_only")
            h = _last_cue(_NOT_HONOUR.sub(lambda m: "　" * len(m.group(0)), before), "honour")
            if h is not None and h[1] in _INTO_COLLECTION and not is_collection(aw.name):
                h = None  # 纳入全市十大民生实事, 纳入…示范市创建规划: 纳入/收录 hold only a collection of cases
            if h is None and aw.award_kind in ("city", "project") and aw.source != "generic":
                # 桐庐县成为全国法治政府建设示范县: a verb of becoming names the demonstration title it stands
                # right before (its scope and batch between), never an honour the open grammar reads
                became = _last_cue(before, "honour_known")
                # (力争早日成为…, 有望成为…: an aim said anywhere in the clause before the verb)
                clause = re.split(r"[，,；;：:]", before[:became[0]])[-1] if became is not None else ""
                if became is not None and _KNOWN_GAP.fullmatch(before, became[0] + len(became[1])) \
                        and _last_cue(clause, "plan_only") is None:
                    h = became
            if h is not None and h[1] == "是" and aw.source != "generic" and (len(before) - h[0] - 1 > 1
                                                                            or aw.level is None):
                h = None  # 是 names a title only right before it (…是全国文明城市), never across words
            after = self.text[aw.end:min(e, aw.end + 8)]
            kept = _KEPT.search(before) and _KEPT_AFTER.match(after) or _KEPT_ALONE.match(after)
            if kept:
                h = (len(before), "巩固")  # 不断巩固全省首批…示范县创建成果: the title is held, so it was won
            # …示范村候选名单, …称号候选: a candidacy said right after the honour's name
            # (…示范创建候选名单, …示范创建综合候选地区: the programme's 创建 between the name and the candidacy)
            c_after = _find_cue(after, "candidate") if re.match(
                r"^[”\"]?(?:称号)?(?:创建)?(?:综合|单项)?(?:候选|公示|提名|推荐|拟命名|拟推荐)", after) else None
            if c_after is None and re.match(r"[”\"]?提名(?!奖)", after):
                c_after = (0, "提名")  # 获得…示范县提名: nominated (but 提名奖 is a prize of its own)
            if c_after is None and _IN_EVALUATION.match(after) and _TAKES_PART.search(before):
                c_after = (0, "参加评选")  # 正代表湖南参加首批“…示范市”评选: a candidate in the evaluation
            if c_after is None:
                # 作为第三批…示范创建综合候选地区之一向中央依法治国办推荐: the candidacy said later in the clause
                tail = re.split(r"[，,；;。]", self.text[aw.end:min(e, aw.end + 30)], maxsplit=1)[0]
                m_c = _TRAILING_CANDIDACY.search(tail)
                c_after = (0, m_c.group(0)) if m_c else None
            listed = re.search(r"(候选|拟命名|拟推荐|拟表彰|公示)名单$", self.text[aw.start:aw.end])
            if c_after is None and listed:  # 入选全国…示范村候选名单: the list's kind ends the honour's span
                c_after = (0, listed.group(1))
            if c_after is None and "候选" in self.text[aw.start:aw.end]:
                c_after = (0, "候选")  # 被确定为全省法治政府建设示范创建候选单位: a candidacy the title's name says
            # a candidacy said after this honour's name is this honour's, whatever an earlier clause said
            c = c_after or _last_cue(before, "candidate")
            aim = _last_cue(before[:c[0]], "plan_only") if c is not None and c is not c_after else None
            if aim is not None and not re.search(r"[，,；;]", before[aim[0]:c[0]]):
                continue  # 力争被推荐争创…: the candidacy is itself the aim, a plan (convention 5); but 争创…，被…推荐为…
                # is a candidacy said after the aim
            if plan and (h is None or plan[0] > h[0] or _aim_before(before, plan, h)) \
                    and not (c is not None and c is not c_after and c[0] + len(c[1]) >= plan[0]):
                # (…被推荐争创…示范创建项目: recommended to compete, a candidacy whose aim follows the cue)
                continue  # 争创…: a plan; but 争创…，被…推荐为…: the candidacy said after it stands
            held_by = None
            if h is None and c is None:
                held_by = self._apposed_holder(seg, aw, e)
                if held_by is None:
                    continue
                h = (len(before), "作为")  # 作为全国法治政府建设示范市，芜湖以…: the place after it holds it
            cue = h or c
            object_at = None
            if (cue is h and h[1] in lexicon.cues("confer_to")
                    and "被" not in re.split(r"[，,]", before[:h[0]])[-1]):
                # 司法部授予299个调委会“…”称号: who stands before 授予 confers it (the holders follow it); but
                # 对…的峨山县授予…称号: the object of 对 before the verb holds it
                object_at = self._object_of_dui(seg, seg + h[0])
                if object_at is None:
                    continue
            # a candidacy said after the honour's name leaves the holder before the name
            cue_at = seg + cue[0] if cue is not None and cue is not c_after and cue[0] < len(before) else aw.start
            if cue is h and h[1] in lexicon.cues("honour_own_clause"):
                clause = max([seg] + [self.text.rfind(ch, seg, cue_at) + 1 for ch in "，,"])
                if not any(clause <= r.start < cue_at for r in self.places + self.bodies):
                    continue  # …通过复核验收，保留…称号: the holders were named before, by the clause that read them
            projects = self._project_list(seg, cue_at) if aw.award_kind == "project" else []
            listed = self._listed_after(aw, s, e)
            if listed:
                # …入选…示范项目，分别是：甲市“…”、乙县“…”: the items listed after the title hold it, not the
                # province counting them
                held_by = None
                projects = listed if aw.award_kind == "project" else []
                listed_holders = [r for r, _ in listed]
            else:
                listed_holders = []
            # 荣获“全国文明城市”称号的唐山和石家庄、秦皇岛: the places the title qualifies hold it
            held_after = self._held_after(aw, e) if not held_by and not projects else []
            holders = ([held_by] if held_by else [r for r, _ in projects] or listed_holders or held_after
                       or self._holders(seg if object_at is None else object_at, cue_at, sent_subj))
            if aw.award_kind == "project":  # places are named demonstration sites; a central body names them
                holders = [h for h in holders if h.kind == "Place"]
            elif aw.award_kind == "city":
                # 黄山市人民政府获评…示范地区, 市政府以及屯溪区…: a place's government named for its place
                holders = [self._governed_place(h) or h for h in holders]
                # a body among the places (…乌石镇、湘潭市卫健委获评…示范地区(单位)) holds the title as an honour;
                # a body alone before the naming is its conferrer or a speaker, not a holder
                if not any(h.kind == "Place" for h in holders):
                    continue
                holders = [h for h in holders if h.kind == "Place" or self._listed_with_places(h, holders)]
            holders = [h for h in holders if not self._above_its_units(h, aw.name)
                       and not self._scope_of_count(h, cue_at)]
            holders = self._respectively(holders, aw, known, cue_at, e)
            if not holders:
                continue
            if not listed_holders and ENUMERATION.match(self.text, aw.end, e) or not listed_holders and ENUMERATION.match(
                    re.sub(r"^[”\"]?(?:创建)?(?:公示|候选|拟命名|拟推荐)?名单", "", self.text[aw.end:e])):
                continue  # 重庆入选…公示名单的乡镇是：A、B: the members follow (honour_lists.py), 重庆 is their scope
            # the candidacy cue wins when it comes later or holds the honour cue (获推荐参评 ⊃ 获)
            candidate = c is not None and (h is None or c is c_after or c[0] + len(c[1]) > h[0] + len(h[1])
                                           or self.text[s:e].find("公示") >= 0 and not h[1].endswith("获评"))
            if not candidate and h is not None and h[1] in ("入选", "上榜") and self._announced_for_comment(s, aw.name):
                candidate, c = True, (0, "候选名单")  # …发布了…候选名单的公示通知。其中甲镇入选…: a member of that list
            if candidate and c[1].endswith("名单") and not any(s <= h_.start < e for h_ in holders):
                continue  # 公示名单根据…形成了…复核名单: the list speaks of itself; its members are named elsewhere
            year, ysrc = self._award_year(aw, sent, cue_at)
            # a candidacy is dated by its own words (今年获推荐参评第三批…), not by the batch's naming year
            stated = ("clause", "sentence", "relative") if candidate else ("clause", "sentence")
            # the batch before the title, or inside it after its scope (全国首批法治政府建设示范县)
            batch = years.batch_of(before[-12:]) or (years.batch_of(self.text[aw.start:aw.start + 6])
                                                     if aw.award_kind in ("city", "project") else None)
            if batch is None:
                # 《关于第三批全国法治政府建设示范地区和项目命名的决定》…，东莞市成功获评…
                q = _BATCH_OF_LIST.search(before)
                batch = years.batch_of(q.group(1)) if q else None
            # (在前两批…中, 此前: namings of batches before the one the text is about)
            earlier = _EARLIER_BATCHES.search(self.text, s, aw.start) is not None
            if batch is None and self.batch_context and self.batch_context[1] == aw.level and aw.level and not earlier:
                batch = self.batch_context[0]  # named in an earlier sentence or the headline
            # the batches' years are those of the demonstration programme (demonstration_batches.tsv): another
            # programme's first batch (首批“全国普法守法示范区”) is of a year the text must say
            programme = aw.award_kind in ("city", "project")
            if kept:
                # won before the text's own year: its batch's year, else unknown
                year = years.batch_years().get((aw.level, batch)) if batch and programme else None
                ysrc = "batch" if year else None
            elif batch and aw.level and programme and ysrc not in stated:
                # a batch fixes the year better than anything inferred from context
                year, ysrc = years.batch_years().get((aw.level, batch), year), "batch"
            elif batch is None and aw.award_kind == "city" and ysrc in ("clause", "sentence"):
                batch = next((b for (lv, b), y in years.batch_years().items() if lv == aw.level and y == year), None)
            if earlier and ysrc not in ("clause", "sentence", "batch"):
                year, ysrc = None, None  # 在前两批…中: won in a batch before the text's own, of a year it does not say
            if year is None and self.info.date_year and self.info.title and sent[0] == 0:
                year, ysrc = self.info.date_year, "date"  # a headline reports the naming as news
            for holder in holders:
                if candidate:
                    self._add("candidate." + c[1], (holder.start, aw.end), sent, 0.6, type="CANDIDATE",
                              place=holder.name, parent=holder.parent, place_code=holder.code, award=aw.name,
                              level=aw.level, batch=batch, year=year, year_source=ysrc)
                elif aw.award_kind == "city" and holder.kind == "Place":
                    self._add("named.city", (holder.start, aw.end), sent, 0.8, type="NAMED_DEMONSTRATION_CITY",
                              place=holder.name, parent=holder.parent, place_code=holder.code, award=aw.name,
                              level=aw.level, batch=batch, year=year, year_source=ysrc, body=aw.conferring)
                elif aw.award_kind == "project" and (by_batch := self._projects_by_batch(holder, cue_at, aw)):
                    # 甲区A平台、“B”改革分别获评第一批、第二批…示范项目: each project in its own batch
                    for proj, b in by_batch:
                        y = years.batch_years().get((aw.level, b)) if aw.level else None
                        self._add("named.project", (holder.start, aw.end), sent, 0.7,
                                  type="NAMED_DEMONSTRATION_PROJECT", place=holder.name, parent=holder.parent,
                                  place_code=holder.code, award=aw.name, project=proj, level=aw.level, batch=b,
                                  year=y, year_source="batch" if y else None)
                elif aw.award_kind == "project":
                    # (a quoted name before an unquoted one the clauses after it name: 甲市打造“…”品牌，构建…新模式，
                    # 被命名为…示范项目; the quote nearest the naming, “…”被…命名为)
                    named = [m for m in self.mechanisms if holder.end <= m.start < aw.start]
                    # (…；依法推进…专项行动入选…示范创建项目: a segment of its own opening with the project's
                    # unquoted name, the holder named before it)
                    unquoted = self._unquoted_project(seg, cue_at) if holder.start < seg and not any(
                        seg <= m.start < aw.start for m in self.mechanisms) else None
                    proj = self._project_title(holder, seg, cue_at) or unquoted or next(
                        (m.name for m in reversed(named) if m.source == "quote"), None) or next(
                        (m.name for m in reversed(self.mechanisms) if s <= m.start < aw.start), None)
                    proj = next((name for r, name in projects if r is holder), proj) or self._project_after(aw)
                    if proj is None and self.text.startswith("该", holder.start):
                        # 这也是该市项目获评…: the place pointed back to, and its project the quote named last before
                        # (after where that place was named: a quote before it is another place's)
                        para = self.text.rfind("\n", 0, holder.start) + 1
                        named_at = max((r.end for r in self.places if r.code == holder.code and r.end <= holder.start
                                        and not self.text.startswith("该", r.start)), default=para)
                        proj = next((m.name for m in reversed(self.mechanisms) if m.source == "quote"
                                     and max(para, named_at) <= m.start < holder.start
                                     and not is_campaign(self.text, m.start, m.end)), None)
                    self._add("named.project", (holder.start, aw.end), sent, 0.7,
                              type="NAMED_DEMONSTRATION_PROJECT", place=holder.name, parent=holder.parent,
                              place_code=holder.code, award=aw.name, project=proj,
                              level=aw.level, batch=batch, year=year, year_source=ysrc)
                else:
                    ed = re.search(r"(第[一二三四五六七八九十百\d]+届)[“\"]?$", self.text[max(seg, aw.start - 8):aw.start])
                    inside = PLACE_EDITION.match(self.text, aw.start, aw.end)  # 杭州市首届“十大法治实践”
                    edition = ed.group(1) if ed else inside.group(2) if inside else None
                    self._add("honoured." + (h[1] if h else ""), (holder.start, aw.end), sent, 0.6,
                              edition=edition,
                              type="HONOURED", holder=holder.name, place=holder.name if holder.kind == "Place" else None,
                              body=holder.name if holder.kind == "Body" else None, parent=holder.parent,
                              place_code=holder.code, award=aw.name, year=year, year_source=ysrc)

    def _governed_place(self, h: Ref) -> Ref | None:
        """The place a body standing for it (…人民政府, 县政府, 管委会: government_organs.txt) is named for in a
        naming of places."""
        code = h.place_code or h.code  # (a holder made of a body carries its place's code as its own: _as_holder)
        if h.kind != "Body" or not code or not h.name.endswith(government_organs()):
            return None
        g = Gazetteer.default()
        return Ref(h.start, h.end, g.display_name(code), code, g.parent_name(code))

    def _listed_with_places(self, body: Ref, holders: list) -> bool:
        """Whether a body is an item of the run of places that holds a title (A市、B镇、C市卫健委)."""
        return any(h.kind == "Place" and _LIST_SEP.match(self.text[min(h.end, body.end):max(h.start, body.start)])
                   for h in holders if h is not body)

    @staticmethod
    def _above_its_units(holder: Ref, award: str) -> bool:
        """A province cannot hold a county's title (…示范县), nor a prefecture a village's: the text's
        place stood in for a unit below it that it did not name."""
        level = unit_level(award)
        div = Gazetteer.default().get(holder.code) if level and holder.kind == "Place" and holder.code else None
        if div is None or div.level >= level:
            return False
        return not (div.level == 1 and level == 2 and Gazetteer.default().is_municipality(holder.code))

    def _project_title(self, holder: Ref, seg: int, cue_at: int) -> str | None:
        """What stands between the holder (or the clause's start) and the naming: a quoted title (“依托城市
        大脑推进…数字化转型”获评…) or a short noun phrase (张家港市行政执法经验获评…) is the project."""
        from .mechanisms import canonical_name

        clause = max([seg] + [m.end() for m in _CLAUSE_BREAK.finditer(self.text, seg, cue_at)])
        if clause <= holder.start < cue_at and self.text[clause:holder.start].strip() not in ("", "由"):
            return None  # 打造漯河诚信政府项目被命名为…: the place is a word of the title, not its holder
        lo = holder.end if clause <= holder.start < cue_at else clause
        between = re.sub(r"被$", "", self.text[lo:cue_at].strip())
        # (…报送的《共享法庭改革》被命名为…: the title in book quotes, after the verb that sent it in)
        q = _PROJECT_QUOTED.fullmatch(between)
        if q:
            return canonical_name(q.group(1))
        if re.fullmatch(r"[\u4e00-\u9fff]{4,16}", between) and between.endswith(_PROJECT_NOUNS):
            return between
        return None

    def _project_after(self, aw: Mention) -> str | None:
        """…获评第二批全国法治政府建设示范项目（“共享法庭”改革）: the project in brackets after the title."""
        from .mechanisms import canonical_name

        m = re.match(r"[（(]“([^（）()“”]{2,30})”([^（）()“”\d]{0,6})[)）]", self.text[aw.end:aw.end + 40])
        return canonical_name(m.group(1) + m.group(2)) if m else None  # (only a quoted name: not （全省唯一）)

    def _projects_by_batch(self, holder: Ref, cue_at: int, aw: Mention) -> list[tuple[str, int]]:
        """甲区A平台、“B”综合改革分别获评第一批、第二批…示范项目: the projects listed after their holder and the
        batches listed after the cue, paired in order (分别 says each went its own way)."""
        from .mechanisms import canonical_name

        lead = self.text[holder.end:cue_at]
        adverb = next((w for w in ("分别", "先后", "依次") if lead.endswith(w)), None)
        if adverb is None:
            return []
        items = [lead[x:y].strip() for x, y in _items_outside_quotes(lead[:-len(adverb)], "、和及")]
        batches = [years.batch_of(b) for b in re.findall(r"首批|第[一二三四五六七八九十\d]+批", self.text[cue_at:aw.start])]
        if len(items) < 2 or len(items) != len(batches) or not all(batches) or not all(
                4 <= len(x) <= 30 and not re.search(r"[，,。；;]", x) for x in items):
            return []
        return [(canonical_name(re.sub(r"[“”‘’]", "", x)), b) for x, b in zip(items, batches)]

    def _project_list(self, s: int, cue_pos: int) -> list[tuple[Ref, str]]:
        """南通市“…”、淮安市“…”入选…示范项目: each place with the project quoted right after it."""
        from .mechanisms import canonical_name

        out = []
        for t in _TITLED_PROJECT.finditer(self.text, s, cue_pos):
            # 《湘潭县创新乡镇执法模式…》获评…示范项目: the place opening the project's title holds it
            r = next((r for r in self._in(self.places, t.start(1), t.end(1)) if r.start == t.start(1) and r.code), None)
            if r is not None:
                r = self._most_specific(r)
                rest = self.text[r.end:t.end(1)]
                if len(rest) >= 4:
                    out.append((r, canonical_name(re.sub(r"[“”‘’]", "", rest))))
        if out:
            return out
        for r in self._in(self.places, s, cue_pos):
            if not r.code or self._inside_mention(r) or any(o.start == r.end for o in self.places):
                continue
            m = re.match(r"“((?:[^“”]|“[^“”]*”)+)”", self.text[r.end:cue_pos])
            if m:
                out.append((r, canonical_name(re.sub(r"[“”‘’]", "", m.group(1)))))
                continue
            # 大同市法治引领保障文物保护、忻州市城市建设管理法治化等17个项目: the title unquoted, up to 、 or 等
            lead = self.text[max(s, r.start - 1):r.start]
            # (the list's last title runs to the cue: …、黄山市不动产登记综合创新示范工作分别入选…)
            m = re.match(r"([^、，,。；;“”等（(]{4,30}?)(?=、|等\d+个|(?:分别|均|都|先后|同时)?$)", self.text[r.end:cue_pos])
            if m and _COUNTED_PROJECTS.match(m.group(1)):
                m = None  # 丰台、…、密云的6个项目被命名为…: a count of the listed places' projects, no title
            if m and (r.start == s or lead in "、，,：:") and not self._in(self.places, r.end, r.end + len(m.group(1))):
                out.append((r, canonical_name(m.group(1))))
        return out

    def _award_year(self, aw: Mention, sent, cue_at: int) -> tuple[int | None, str | None]:
        """A year in the naming's own clause, or in a leading time phrase (2020年8月，X被评为…)."""
        s = sent[0]
        # 荣获2025数字政务博览会优秀案例, 上榜“2024诚信建设影响力城市”: the yearly edition's year opening the title, without 年
        bare = _BARE_EDITION_YEAR.search(self.text, max(s, aw.start - 6), min(aw.end, aw.start + 6))
        if bare is not None:
            return int(bare.group(1)), "clause"
        clause_start = max([s] + [m.end() for m in _CLAUSE_BREAK.finditer(self.text, s, cue_at)])
        ys = years.naming_years(self._years_text()[clause_start:aw.end], aw.start - clause_start)
        if ys:
            # 在2022年、2024年两次斩获…: one fact for a title won in years listed together, dated by the
            # first (as facts of one title merge to the earliest stated year)
            listed = [y for p, y in ys if _YEAR_LISTED.match(self.text, clause_start + p)]
            return (min(listed) if listed else ys[-1][1]), "clause"
        # a time phrase of its own right before the naming's clause (…，2022年11月，武汉市获得…), else
        # one opening the sentence (2020年8月，X被评为…)
        clauses = _clauses(self.text, s, sent[1])
        before = [c for c in clauses if c[1] <= clause_start]
        for c in before[-1:] + clauses[:1]:
            phrase = self.text[c[0]:c[1]].strip().rstrip("，,；;：:")
            m = _TIME_PHRASE.match(phrase)
            if m:
                # 2019年以来，…被命名为首批…，…荣获第二批…: a period's start, which a batch's year beats
                return int(m.group(1)), "since" if phrase.endswith("以来") else "sentence"
        rel = years.relative_year(self.text[s:cue_at], self.info.relative_base)  # 今年，我市获推荐参评…
        if rel:
            return rel, "relative"
        y, src = self._year((clause_start, aw.start), (clause_start, sent[1], sent[2]), aw.start)
        if src in ("clause", "sentence"):
            y, src = None, None
        # (a year the title does not show, the year of the work it reviews, is not the naming's either)
        untitled = src == "title" and years.title_year(self.info.title) is None
        if (y is None or src in ("paragraph", "section") or untitled) and self._naming_news():
            # news of a naming (…名单揭晓) reports it in its own year; a notice commending the work of 2008
            # (2008年，全市…) is issued, and names its holders, in 2009
            return self.info.date_year, "date"
        return y, src

    def _naming_news(self) -> bool:
        """An article whose title announces namings or honours (名单揭晓, 获评, 表彰 …) and that has a date."""
        t = self.info.title or ""
        return bool(self.info.date_year) and not self.info.report and not self.info.plan and any(
            w in t for w in lexicon.cues("naming_news"))

    def _cue_ends(self, s: int, e: int, role: str) -> list[int]:
        """Where each cue word of ``role`` in [s, e) ends (the longest cue at each place)."""
        return [m.end() for m in _cue_pattern(role).finditer(self.text, s, e)]

    def _generic_award(self, start: int, end: int) -> list[Mention]:
        """Honours named right after a cue, by the open award grammar (award_grammar.py)."""
        out = []
        if self.text.startswith(("以下", "下列"), start):
            return out  # 授予以下单位“…”称号：A、B: the holders follow (honour_lists.py reads them)
        # (a title known by its shape only after a verb that confers one: 获评全国营商环境创新城市, never
        # 被列入国家级扶贫开发工作重点县 or 是全国革命老区县)
        # (the cue may stand a few words back: 获评第三届…, 获得由…授予的)
        # (within its own clause: 荣获省级荣誉，列入全国资源型城市 names no title by shape)
        shaped = any(w in re.split(r"[，,；;。]", self.text[max(0, start - 12):start])[-1] for w in _SHAPE_CUES)
        for a in read_award_run(self.text[start:end], shaped=shaped):
            if a.name.endswith(("奖项", "荣誉", "表彰", "奖励")):
                continue  # 屡获全国性奖项: a description, not the name of an honour
            name, a_start = a.name, a.start
            counted = _COUNTED_OBJECT.match(name)
            if counted is not None:
                # 拟认定100个乡(镇)为全国乡村治理示范乡镇: the count of holders before 为, then the title
                name = name[counted.end():]
                a_start = self.text.find(name, start + a.start)
                if len(name) < 4:
                    continue
            out.append(Mention(a_start if counted is not None else start + a.start, start + a.end, name,
                               "generic", kind="Award", award_kind="honour", level=a.level))
        return out

    def _listed_villages(self, s: int, cue_pos: int) -> list[Ref]:
        """休宁县龙田乡古楼村、商山镇荪田村…等7个村被命名为…: the villages listed before the cue, each
        inside the town (or county) named with it; the division list stops at towns."""
        seg = _LIST_ADVERB.sub("", self.text[s:cue_pos])
        # …等7个村 or …大张村6个村: the count closing the list is no part of its last village
        seg = re.sub(r"(?:等\s*[\d一二三四五六七八九十]*\s*个?|[\d一二三四五六七八九十]+\s*个)[村镇乡社区街道（()）]*$",
                     "", seg)
        out: list[Ref] = []
        towns: list[Ref] = []
        # (…劳动村和周至县二曲街道渭旗村: 和/及 before a coded place joins two items, not one name)
        for a, b in list_items(self.text, s, s + len(seg), r"[、，,]", {r.start for r in self.places if r.code}):
            item = self.text[a:b]
            m = VILLAGE.search(item)
            if not item or m is None:
                # 甲市某法治文化基地、乙县某村: an institution named whole among the villages holds too
                body = next((b for b in self.bodies if b.start == a + len(item) - len(item.lstrip())
                             and b.end == a + len(item.rstrip())), None)
                if body is not None:
                    towns.append(self._as_holder(body))
                    continue
                # 寿阳县宗艾镇、太谷区某村等6个村镇: a town listed among the villages holds as they do
                last = [r for r in self._in(self.places, a, a + len(item)) if r.code]
                if last and last[-1].end == a + len(item) and self._is_town(last[-1]):
                    towns.append(last[-1])
                continue
            inner = [r for r in self._in(self.places, a, a + m.start(1)) if r.code]
            parent = inner[-1].name if inner else (out[-1].parent if out else None)
            if parent is None:
                continue
            vs, ve = a + m.start(1), a + m.end(1)
            out.append(Ref(vs, ve, m.group(1), None, parent, "village"))
        return sorted(out + towns, key=lambda r: r.start) if out else []

    @staticmethod
    def _is_town(r: Ref) -> bool:
        from .gazetteer import Gazetteer

        d = Gazetteer.default().get(r.code) if r.code else None
        return d is not None and d.level == 4  # a town or street (the division list stops there)

    @staticmethod
    def _as_holder(b: Ref) -> Ref:
        """A body as the holder of an honour, with its place's code (the graph locates the body there)."""
        if b.kind != "Body":
            return b
        return Ref(b.start, b.end, b.name, b.place_code, b.place_parent, kind="Body")

    def _place_led_items(self, s: int, cue_pos: int) -> list[Ref]:
        """甲市…工作法、乙县…乡…工作法等3个工作法入选…: items listed before a count or a class of works, each
        opening on its own place, are each that place's work (the most specific place of the item's opening)."""
        t = self.text[s:cue_pos]
        tail = _WORKS_TAIL.search(t)
        if tail is None or "、" not in t[:tail.start()]:
            return []
        out = []
        for x, y in _items_outside_quotes(t[:tail.start()], "、"):
            at, end = s + x, s + y
            at += len(re.match(r"(?:其中[，,]?)?(?:我省|我市|我区|我县)?", self.text[at:end]).group(0))
            b = next((b for b in self.bodies if b.start == at), None)
            r = next((r for r in self.places if r.start == at and r.code), None)
            r = self._most_specific(r) if r is not None else None
            if b is not None and (r is None or b.end > r.end):
                r = self._as_holder(b)  # 省公安厅研发…: a body's work, the body holds it
            if r is None:
                return []  # an item not opening on a place or a body: no list of places' works
            if end - r.end < 2 or _COUNT_IN_ITEM.search(self.text, r.end, end):
                return []  # 东城、通州、延庆3个区…: bare places counted, not their works
            out.append(r)
        return out

    def _holders(self, s: int, cue_pos: int, sent_subj: Ref | None) -> list[Ref]:
        """Places (or bodies) before the honour cue; a list 'A、B、C先后获评' gives all of them.  A clause
        with no subject after a semicolon (市司法局被…表彰为…；被省司法厅表彰为…) goes on about the body that
        held the honour before the semicolon."""
        carried = self._semicolon_holder
        lead = _SUBJECTLESS.match(self.text, s, cue_pos) if carried and carried[0] == s - 1 else None
        # (after 被 a body names, it holds nothing: 被省司法厅表彰为…)
        if lead is not None and (lead.group(1) == "被" or not (
                self._in(self.places, s, cue_pos) or self._in(self.bodies, s, cue_pos))):
            out = [carried[1]]
        else:
            out = self._holders_here(s, cue_pos, sent_subj)
        # (…；被甲表彰为…；被乙授予…: a body holding the honour goes on through the clauses that follow)
        semi = _CLAUSE_END.search(self.text, cue_pos)
        if len(out) == 1 and out[0].kind == "Body" and semi is not None and semi.group(0) in "；;":
            self._semicolon_holder = (semi.start(), out[0])
        return out

    def _holders_here(self, s: int, cue_pos: int, sent_subj: Ref | None) -> list[Ref]:
        # the holder stands in the clause of the cue; 作为新疆首个… names a scope, not a holder
        seg = s
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(self.text, s, cue_pos)]
        # A、B、C，以及D入选…: a list's last item after a comma and 以及 continues the clause before it
        while breaks and _LIST_TAIL.match(self.text, breaks[-1]):
            breaks.pop()
        s = max([s] + breaks)
        bei = self.text.rfind("被", s, cue_pos)
        if bei > s and self._in(self.places, s, bei):
            cue_pos = bei  # 湄潭县被中共贵州省委…委员会命名为…: the agent after 被 names, it is not named
        if _CREATIVE_WORK.search(self.text, s, cue_pos):
            return []  # 多部作品获…视频大赛一等奖: prizes of works made by people, not of a place or body
        if _THE_FOLLOWING.search(self.text, s, cue_pos):
            return []  # 以下单位获评“…”：: the holders follow, one per line (honour_lists.py reads them)
        refs = [r for r in self._in(self.places, s, cue_pos) if not self._inside_mention(r)
                and not re.match(r"(首个|首批|首家|第一个|唯一)", self.text[r.end:r.end + 3])
                and not (s <= bei and self._agents_place(r, bei))
                and self.text[r.start - 2:r.start] != "代表"  # 长沙市代表湖南参加…: whom it stands for
                and not self.text[max(s, r.start - 2):r.start].endswith(BRAND_LEAD)]  # 法治浙江建设考核中被评为…
        # 被市政府表彰为…: the body after 被 confers the honour, it does not hold it
        bodies = [b for b in self._in(self.bodies, s, cue_pos) if not (s <= bei < b.start)]
        named = self._unit_anaphor(s, bei if bei > s else cue_pos, refs + bodies)
        if named is not None:
            return [named]  # …人民法院建院30周年。…该院被最高人民法院授予…: the court named before holds it
        if refs and _CONFERS.search(self.text[refs[-1].end:cue_pos]):
            return []  # 我省评选出首批30个…: the place names the honour, it does not receive it
        villages = self._listed_villages(s, cue_pos)
        if villages:
            return villages
        units = self._shared_head_units(s, cue_pos) or self._counted_short_places(s, cue_pos)
        if units:
            # 灵秀、蚶江2个司法所获评…: each name with the kind of unit they share; 东城、西城…6个区被命名为…:
            # each short name with the level they share, a place of the article's own
            return units
        if (bodies and bodies[-1].end >= cue_pos - 1 and (not refs or bodies[-1].start >= refs[-1].end)
                and not bodies[-1].name.endswith(government_organs())):
            return [self._as_holder(bodies[-1])]  # …负责人为石马司法所荣获…: the body at the cue, not a place before
        items = self._place_led_items(s, cue_pos)
        if items:
            return items  # 甲市…工作法、乙县…工作法3个工作法入选…: each item's place holds it
        if refs:
            run = self._list_members(refs[-1], s, cue_pos, refs)  # the last run of listed places
            if re.match(r"^(?:多|各|部分)(?:地|个地区)|^(?:有|共有|共)?" + _COUNT_NUM + r"\s*(?:个|家|项|地|所)",
                        self.text[refs[-1].end:cue_pos]) and not self._counted_run(run) \
                    and not (len(run) == 1 and _OWN_WORK_COUNTED.match(self.text, refs[-1].end, cue_pos)
                             and self.info.main_place is not None and run[0].code == self.info.main_place.code):
                return []  # 浙江多地入选…, 永州市8个村荣获…: the place is not the holder, its units are
                # (…but 甲州3项经验做法入选… in 甲州's own text: its experiences are counted, it holds the honour)
            last = run[-1]
            body = self._body_at(last)
            if body is None and len(run) == 1 and self.text.startswith("我", last.start):
                unit = self._lone_unit(last.start, cue_pos)
                if unit is not None:
                    return [unit]  # 我区琶洲调委会荣获…: the writer's own place names where its unit is
            if body is None and _NAMED_AFTER.match(self.text, last.end, cue_pos):
                return []  # 灵石县第二小学…保留…称号: the place begins an institution's name, not the holder
            if body is not None and body.place_code is None:
                return [Ref(body.start, body.end, body.name, kind="Body")]
            inner = _INNER_UNIT.match(self.text, body.end, cue_pos) if body is not None else None
            if inner is not None and _BODY_AMONG.fullmatch(self.text, inner.end(), cue_pos):
                body = replace(body, end=inner.end(), name=body.name + inner.group(0))
            if body is not None and (body.end >= cue_pos - 1 or _BODY_AMONG.fullmatch(self.text, body.end, cue_pos)
                                     or _HOLDER_GAP.fullmatch(self.text, body.end, cue_pos)
                                     or _DECLARED.fullmatch(self.text, body.end, cue_pos)):
                # (省环保厅等25个单位被表扬为…: the body named first of a counted set holds it too)
                # 汕头市司法局获评…: the body named is the holder (SCHEMA: HONOURED of a place or a body)
                listed = self._body_run(body, s)
                if len(listed) > 1:
                    return [self._as_holder(b) for b in listed]  # A司法局甲司法所、B司法局乙司法所荣获…
                if inner is not None:
                    return [self._as_holder(body)]  # 嘉兴市公安局执法办案管理中心等6个单位: the unit alone
                return [self._as_holder(self._body_at(r) or r) for r in run]
            return run
        if bodies:
            b = bodies[-1]
            if _LIST_ADVERB.fullmatch(self.text[b.end:cue_pos].rstrip("被")):
                listed = self._body_run(b, s)
                if len(listed) > 1:
                    return [self._as_holder(x) for x in listed]  # 省女子劳教所、省第三监狱也一起荣膺…
            if b.place_code is None or b.end >= cue_pos - 1 or _BODY_AMONG.fullmatch(self.text, b.end, cue_pos):
                return [self._as_holder(b)]
            if (b.end == bei or b.name.endswith(institution_heads())) and not b.name.endswith(government_organs()):
                # 石马司法所被司法部评为…, 状元司法所…分别创成…: the office named holds it, not its town
                return [self._as_holder(b)]
            return [Ref(b.start, b.end, b.place_name or b.name, b.place_code, b.place_parent)]
        if re.match(r"^(?:市|县|区|州|省)(?:政府|委|人民政府)", self.text[s:cue_pos]) and self.info.main_place:
            return [self.info.main_place]  # 市政府“…”被评为…: the article's own city
        # (…，被中央依法治国办命名为…: the central body after 被 names; the sentence's subject is named)
        counted = _COUNTED_HOLDER.search(self.text[s:cue_pos])
        if counted and _COUNTED_WORK.search(self.text[s:cue_pos]) and "、" not in self.text[s:cue_pos] \
                and self._anchored() and self.info.main_place:
            return [self.info.main_place]  # 7个案例获评全国优秀信用案例 in a city's own text: the city's work won it
        if counted or (self._central_actor(seg, (s, cue_pos)) and not 0 <= bei - s <= 2):
            return []  # 最终20个项目获得…, 中央依法治国办确定了…名单: no place of ours is named
        village = self._lone_village(s, cue_pos)
        if village is not None:
            return [village]  # 九龙湖村被命名为…: a village of the article's place, not the place
        opening = _VILLAGE_OPENS.match(self.text, seg, cue_pos)
        if (opening is not None and opening.group(1) not in _VILLAGE_NOT
                and not self._in(self.places, seg, cue_pos)
                and not any(b.place_code for b in self._in(self.bodies, seg, cue_pos))):
            # (a central body in the sentence, 被推荐至司法部, is whom it was put to, not a holder)
            # 近年来，欣荣村以…为着力点…，先后荣获…: the village the sentence is about holds what it won
            return [Ref(opening.start(1), opening.end(1), opening.group(1), None,
                        self.topic.name if self.topic else None, "village")]
        unit = self._lone_unit(s, cue_pos)
        if unit is not None:
            return [unit]  # 九龙湖司法所获评…, “永和”调解工作室获评…: the unit, not the article's place
        # 被省委依法治省办作为…推荐: the province of the body after 被 acts on the article's place, it is not it
        # (被省法治建设领导小组办公室表彰为…，被省司法厅表彰为…: a body right after 被 confers, it holds nothing)
        subj = next((r for r in (sent_subj, self.topic) if r is not None and not (0 <= bei and self._agents_place(r, bei))
                     and self.text[max(0, self._run_start(r) - 1):self._run_start(r)] != "被"), None)
        if subj is not None and subj is sent_subj:
            body = self._body_at(subj)
            if (body is not None and body.start == self._run_start(subj)
                    and not body.name.endswith(government_organs())):
                return [self._as_holder(body)]  # 罗源县人民法院坚持…，荣获…: the body opening the sentence holds it
            village = self._village_after(subj) if not _TOWN_TITLE.match(self.text, cue_pos) else None
            if village is not None:
                return [village]  # …干召庙镇民主村是…，2018年入选…: the village opening the sentence holds it
        return [subj] if subj else []

    def _agents_place(self, r: Ref, bei: int) -> bool:
        """被省委依法治省办…, 被甘肃省委宣传部…命名为: the place of the body after 被 that confers, which holds
        nothing (but 被誉为…的…委员会: 被 in a modifier of the holder)."""
        return bei < r.start and (r.via_body or self._body_at(r) is not None) and "的" not in self.text[bei:r.start]

    def _unquoted_project(self, seg: int, cue_at: int) -> str | None:
        """…；依法推进公共政策兑现和政府履约践诺专项行动入选…示范创建项目: a segment opening with the project's own
        unquoted name, right before the cue (the holder named before the segment)."""
        phrase = self.text[seg:cue_at].strip()
        if 4 <= len(phrase) <= 30 and re.fullmatch(r"[\u4e00-\u9fff]+", phrase) and not self._in(self.places, seg, cue_at) \
                and not phrase.startswith(("这", "该", "此", "其", "我")):
            return phrase
        return None

    def _object_of_dui(self, s: int, verb_at: int) -> int | None:
        """Where the object of 对 starts when 对 opens the clause of a conferring verb (对A、B等9县授予…称号),
        else None (针对, 面对 are other words)."""
        k = self.text.rfind("对", s, verb_at)
        if k < 0 or self.text[k - 1:k + 1] in _NOT_DUI or _CLAUSE_BREAK.search(self.text, k, verb_at) \
                or verb_at - k < 3:
            return None
        return k + 1

    def _unit_anaphor(self, s: int, end: int, named: list[Ref]) -> Ref | None:
        """该院, 该所 opening a clause (before its agent's 被, with no place or body named before it) points
        back to the last body named before whose name ends in that unit: the article's court or office,
        not the place it is in."""
        m = UNIT_ANAPHOR.search(self.text, s, end)
        if m is None or any(r.start < m.start() for r in named) or _CLAUSE_BREAK.search(self.text, s, m.start()):
            return None
        if any(m.end() <= r.start < end for r in named) or self._listed_villages(m.end(), end):
            return None  # 该所辖区内的后岩村…: the office's places hold it, not the office
        body = self._anaphor_body(m.start())
        return self._as_holder(body) if body is not None else None

    def _not_entered(self, s: int, at: int) -> bool:
        """…，长兴县没有入选 / 力争下一批入选 / 司法局局长张三当选: the clause before a bare 入选 denies it, aims
        at it, or names a person who entered."""
        clause = self.text[max([s] + [self.text.rfind(ch, s, at) + 1 for ch in "，,；;"]):at]
        # (the titles a person is named with are promotion_cues.tsv's person_after: one list for both)
        return bool(_NOT_ENTERED.search(clause)) or any(
            w in clause for w in lexicon.role_table("promotion_cues.tsv")["person_after"])

    def _village_after(self, r: Ref) -> Ref | None:
        """The village or community written right after a coded town (干召庙镇民主村是…), or None."""
        d = Gazetteer.default().get(r.code) if r.code else None
        if d is None or d.level != 4:
            return None
        m = _VILLAGE_AFTER.match(self.text, r.end)
        if m is None or _NOT_A_VILLAGE.match(m.group(1)):
            return None
        return Ref(m.start(1), m.end(1), m.group(1), None, r.name, "village")

    def _on_the_list(self, sent) -> None:
        """…公布全省法治宣传教育先进单位名单，桐庐县司法局榜上有名: the holder named after the list, with the
        list's title as the honour (a candidacy when the list is put out for comment)."""
        s, e, _ = sent
        bare = self._cue_in("on_the_list_bare", s, e)
        if not self._cue_in("on_the_list", s, e) and not bare:
            return  # most sentences: no such word
        bare_cues = [m for m in _cue_pattern("on_the_list_bare").finditer(self.text, s, e)
                     if re.match(r"[。，,；;！!]|\s*$", self.text[m.end():e]) and not self._not_entered(s, m.start())] \
            if bare else []
        bare_at = {m.start() for m in bare_cues}
        for cue in sorted(list(_cue_pattern("on_the_list").finditer(self.text, s, e)) + bare_cues,
                          key=lambda m: m.start()):
            seg = max([s] + [self.text.rfind(ch, s, cue.start()) + 1 for ch in "，,；;"])
            published = _LIST_PUBLISHED.search(self.text, s, seg)
            if published is None:
                continue
            k = next(i for i in (1, 2, 3, 4) if published.group(i))
            title, at = published.group(k), published.start(k)
            known = [m for m in self._awards_starting(s, seg) if at <= m.start]
            phrase = next(iter(read_awards(title)), None) if not known else None
            named = known[0] if known else phrase and Mention(seg, seg, phrase.name, "list", kind="Award",
                                                              award_kind="honour", level=phrase.level)
            if named is None or is_personal(named.name) or named.award_kind == "project":
                continue  # (a project list names no project here)
            holders = self._holders(seg, cue.start(), None)
            if named.award_kind == "city":
                holders = [h for h in holders if h.kind == "Place"]
            # (put out for comment as the sentence says, or, for a bare 入选, as the headline says: 喜报!我市进入…示范
            # 市公示名单; not a headline that says the naming is final: 公示期满！…正式获评…)
            headline = self.info.title or ""
            candidate = any(w in self.text[s:seg] for w in _CANDIDATE_LIST) or (
                cue.start() in bare_at and any(w in headline for w in _CANDIDATE_LIST)
                and not re.search(r"正式|期满|命名|获评", headline))
            year, ysrc = self._award_year(Mention(seg, seg, named.name, "list", kind="Award"), sent, cue.start())
            batch = years.batch_of(title)
            if batch and named.level and named.award_kind == "city" and not candidate:
                year, ysrc = years.batch_years().get((named.level, batch), year), "batch"
            for h in holders:
                kw = dict(place=h.name if h.kind == "Place" else None, parent=h.parent, place_code=h.code,
                          award=named.name, year=year, year_source=ysrc)
                if candidate:
                    self._add("candidate.on_the_list", (seg, cue.end()), sent, 0.6, type="CANDIDATE",
                              level=named.level, batch=batch, **kw)
                elif named.award_kind == "city":
                    self._add("named.on_the_list", (seg, cue.end()), sent, 0.7, type="NAMED_DEMONSTRATION_CITY",
                              level=named.level, batch=batch, body=named.conferring, **kw)
                else:
                    self._add("honoured.on_the_list", (seg, cue.end()), sent, 0.6, type="HONOURED", holder=h.name,
                              body=h.name if h.kind == "Body" else None, **kw)

    def _without_conferrer(self, a: int, k: Mention) -> str:
        """text[a:k.start] without the bodies named in it (or organs by their level, 省司法厅), and without the start
        of the lexicon award's own conferring body (中国政法大学 of 中国政法大学法治政府研究院)."""
        t = self.text[a:k.start]
        for body in sorted((x for x in self.bodies if a <= x.start and x.end <= k.start), key=lambda x: -x.start):
            t = t[:body.start - a] + t[body.end - a:]
        for w in organ_suffixes():
            if w in t:
                t = t.replace(w, "")  # 省司法厅全国…: an organ named by its level alone
        conferrer = k.conferring or ""
        n = next((n for n in range(len(conferrer), 1, -1) if conferrer[:n] in t), 0)
        return t.replace(conferrer[:n], "", 1) if n else t

    def _respectively(self, holders: list[Ref], aw: Mention, known: list[Mention], cue_at: int, e: int) -> list[Ref]:
        """甲县、乙区…分别被命名为A和B: with 分别 right before the cue, as many holders as titles joined after
        it hold one each, in order."""
        if len(holders) < 2 or not any(w in self.text[max(0, cue_at - 3):cue_at + 2] for w in _RESPECTIVELY):
            return holders
        run: list[Mention] = []
        for k in sorted(known, key=lambda m: m.start):
            if k.start < cue_at or k.start >= e:
                continue
            if run and not re.fullmatch(r"[”\"]?[、和及与][“\"]?", self.text[run[-1].end:k.start]):
                break
            run.append(k)
        if len(run) != len(holders) or aw not in run:
            return holders
        return [sorted(holders, key=lambda h: h.start)[run.index(aw)]]

    def _elided(self, aw: Mention, s: int) -> Mention | None:
        """…公布第三批全国法治政府建设示范地区和项目名单，长沙市入选示范地区: a bare head after the programme was
        named earlier in the sentence stands for that programme's title (示范项目 for its project title); the
        batch said with the programme becomes the context of the namings that follow."""
        if aw.source != "generic" or aw.name not in _ELIDED_HEADS:
            return None
        prev = next((m for m in reversed(self.awards) if s <= m.start and m.end <= aw.start
                     and m.award_kind in ("city", "project")), None)
        if prev is None:
            return None
        kind = "project" if aw.name.endswith("项目") else "city"
        entry = next((a for a in lexicon.awards() if a.kind == kind and a.level == prev.level), None)
        if entry is None:
            return None
        self.batch_context = (years.batch_of(self.text[max(s, prev.start - 12):prev.start + 6]) or
                              (self.batch_context[0] if self.batch_context else None), prev.level)
        return Mention(aw.start, aw.end, entry.name, "elided", kind="Award", award_kind=kind, level=prev.level,
                       conferring=entry.body)

    def _scope_of_count(self, h: Ref, cue_at: int) -> bool:
        """贵阳9个区县获…, 广州7镇49村入选…: a place right before a count of its units is where the
        holders lie, not a holder (but 东城、通州、延庆3个区: a count that sums up the places listed; and
        桐庐县13个乡镇全部建成…，先后荣获…: a clause of its own between the count and the cue leaves the
        place the subject that won it)."""
        count = _UNITS_COUNTED_AFTER.match(self.text, h.end)
        if h.kind != "Place" or count is None or re.search(r"[，,；;]", self.text[count.end():cue_at]):
            return False
        return not (h.start > 0 and self.text[h.start - 1] in "、和及与")

    def _held_after(self, aw: Mention, e: int) -> list[Ref]:
        """荣获“全国文明城市”称号的唐山和石家庄、秦皇岛，…: the title's name, 的, then the places it
        qualifies, one after the other (、, 和, 及, 与 between them): they hold it, not the sentence's subject."""
        m = _HELD_AFTER.match(self.text, aw.end, e)
        if m is None:
            return []
        out, at = [], m.end()
        for r in self._in(self.places, at, e):
            if r.start < at or not r.code:
                continue
            if r.start > at:
                break
            body = next((b for b in self.bodies if b.start == r.start and b.end > r.end), None)
            if body is not None:
                r = self._as_holder(body)  # …称号的桐庐县司法局: the body the place's name opens holds it
            out.append(r)
            sep = _LIST_SEP_WORD.match(self.text, r.end, e)
            if sep is None:
                break
            at = sep.end()
        return out

    def _listed_after(self, aw: Mention, s: int, e: int) -> list[tuple[Ref, str | None]]:
        """我省3个项目入选…示范项目，分别是：甲市“…”改革、乙县“…”: the holders listed after the title, each item
        opening on its place (the most specific of a run), with what follows the place as its title; () when the
        clause after the title lists no such items, or fewer than two."""
        m = LISTED_AFTER.match(self.text, aw.end, e)
        if m is None:
            return []
        # (only a count of holders before the title, in its sentence [s, e), announces a list of them:
        # 宁波市被命名为…，包括海曙区…在内的各区县共同参与 names 宁波市 alone)
        if not _HOLDERS_COUNTED.search(self.text, s, aw.start):
            return []
        items, depth, a = [], 0, m.end()
        for i in range(m.end(), e + 1):
            ch = self.text[i] if i < e else "、"
            depth += ch in "“《（(" and 1 or 0
            depth -= ch in "”》）)" and 1 or 0
            if depth <= 0 and ch in "、；;。":
                items.append((a, i))
                a, depth = i + 1, 0
                if ch == "。":
                    break
        out = []
        for a, b in items:
            refs = [r for r in self._in(self.places, a, b) if r.code]
            if not refs or refs[0].start != a:
                return []  # an item that does not open on a place: no list of holders
            r = refs[0]
            for nxt in refs[1:]:
                if nxt.start != r.end:
                    break
                r = nxt  # 河北省石家庄市…: the run's last place
            title = self.text[r.end:b].strip(" 　")
            if title and not title.startswith(("“", "《")):
                return []  # 鄞州区、北仑区等地的执法改革实践, 海曙区率先试点: not an entry of a list of holders
            q = re.search(r"“([^“”]{2,30})”", title)
            out.append((r, q.group(1) if q else (title or None)))
        return out if len(out) >= 2 else []

    def _apposed_holder(self, seg: int, aw: Mention, e: int) -> Ref | None:
        """作为全国法治政府建设示范市，芜湖以…: a title opening the sentence after 作为 is held by the place that
        opens the next clause; 桐庐县作为全国…示范县，… by the place right before 作为."""
        lead = _AS_TITLE.search(self.text[seg:aw.start])
        subject = None
        if lead is None:
            # 桐庐县作为全国法治政府建设示范县，…: the place right before 作为 holds it
            lead = _AS_TITLE_AFTER.search(self.text, seg, aw.start)
            if lead is None:
                return None
            subject = next((r for r in self.places if r.end == lead.start() and r.code and r.start >= seg), None)
            if subject is None:
                return None
        after = re.match(r"[”\"]?(?:称号)?[，,]", self.text[aw.end:e])
        if after is None:
            return None  # 作为…示范市创建单位: not the title itself
        if subject is not None:
            return subject
        k = aw.end + after.end()
        r = self._subject_in(k, min(k + 12, e))
        return r if r is not None and self._run_start(r) - k <= 1 else None

    def _list_before(self, at: int) -> list[Ref]:
        """The places listed right up to ``at`` (东城、通州、延庆|3个区), or []."""
        last = next((r for r in reversed(self.places) if r.end == at and r.code), None)
        if last is None:
            return []
        sent = self._sentence_at(last.start)
        return self._list_members(last, sent[0] if sent else last.start, at)

    def _counted_run(self, run: list[Ref]) -> bool:
        """东城、通州、延庆3个区: a count of places right after a list that it sums up (as many as the places
        listed): the places listed are the holders, not units of theirs."""
        if len(run) < 2:
            return False
        # (a count of places: 3个项目 after a list of places counts their projects, which are not named)
        m = re.match(r"(\d+|[二两三四五六七八九十])个?(?:[区县市州旗]|地区|地|乡镇|街道)", self.text[run[-1].end:run[-1].end + 6])
        if m is None:
            return False
        return years.small_number(m.group(1)) == len(run)

    def _shared_head_units(self, s: int, cue_pos: int) -> list[Ref]:
        """Units listed by their own names before the kind they share and its count (灵秀、蚶江2个司法所):
        bodies of the article's place."""
        m = _SHARED_HEAD_UNITS.search(self.text, s, cue_pos)
        if m is None:
            m = _shared_head_uncounted().search(self.text, s, cue_pos)
            # (县法院、县检察院、城关派出所: items that end in a head of their own share no head)
            heads = organ_suffixes() + institution_heads()
            if m is not None and any(item.endswith(heads) for item in m.group(1).split("、")[:-1]):
                return []
        if m is None or self.topic is None or not m.group(2).endswith(institution_heads()):
            return []
        out, at = [], m.start(1)
        for item in m.group(1).split("、"):
            out.append(Ref(at, at + len(item), item + m.group(2), self.topic.code, self.topic.parent, kind="Body"))
            at += len(item) + 1
        return out

    def _counted_short_places(self, s: int, cue_pos: int) -> list[Ref]:
        """Places listed by their short names before the level they share and its count (东城、西城…6个区),
        each resolved as that level's unit inside the article's place."""
        m = _COUNTED_SHORT_PLACES.search(self.text, s, cue_pos)
        if m is None or self.topic is None or not self.topic.code:
            return []
        g = Gazetteer.default()
        unit, items = m.group(2), m.group(1).split("、")
        out, at, missed = [], m.start(1), 0
        for k, item in enumerate(items):
            # the first item may carry the words before the list (我市已经有东城): its longest tail that is a place
            tails = [item[i:] for i in range(len(item) - 1)] if k == 0 else [item]
            div = g.unit_named(tails, (unit,), (self.topic.code,))
            if div is None:
                # 县(市、区) (玉龙 → 玉龙纳西族自治县), and a county since made a district (马龙县 → 马龙区): any
                # county-level unit of ours, by its short name alone
                div = next((d for t in tails for d in g.by_name(t)
                            if d.level == 3 and g.is_ancestor(self.topic.code, d.code)), None)
            if div is None:
                missed += 1
                if k == 0 or 4 * missed > len(items):
                    return []  # items that are no places of ours: not such a list
                at += len(item) + 1
                continue  # (潞西 of a list of ten: a county renamed since, whose old name no list holds)
            name_at = at + len(item) - min(len(item), len(div.name) - len(unit))
            out.append(Ref(name_at, at + len(item), div.name, div.code, g.parent_name(div.code), kind="Place"))
            at += len(item) + 1
        return out

    def _lone_unit(self, s: int, cue_pos: int) -> Ref | None:
        """An institution named without its place right before the cue (九龙湖司法所获评…): a body of the
        article's place."""
        m = _LONE_UNIT.search(self.text[s:cue_pos])
        name = m.group(1).replace("“", "").replace("”", "") if m else ""
        if not name.endswith(institution_heads()) or self.topic is None:
            return None
        return Ref(s + m.start(1), s + m.end(1), name, self.topic.code, self.topic.parent, kind="Body")

    def _lone_village(self, s: int, cue_pos: int) -> Ref | None:
        """A village or community named alone right before the cue (九龙湖村被命名为…), in the article's place
        (a story about the village alone names no place above it: the village holds it all the same)."""
        m = _LONE_VILLAGE.search(self.text[s:cue_pos])
        if m is None:
            return None
        return Ref(s + m.start(1), s + m.end(1), m.group(1), None, self.topic.name if self.topic else None, "village")
