"""Mechanism mentions: the lexicon of well-known practices, plus names discovered in the text.

Most mechanisms in an unseen document are in no lexicon, so discovery carries the weight:
quoted names (“综合查一次”改革), 《》 titles of local systems, and unquoted names ending in a
cue word (…制度/机制/清单) right after an adoption verb.  Every mention gets one canonical
name so that variants of one practice become one node.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from . import lexicon
from .spanset import doc_text, set_spans, span_extensions

# Heads that make a quoted term a named practice rather than a slogan.
_SUFFIX_DROP = lexicon.cues("suffix_drop")
# Heads that follow an adjectival quote (“伴随式”行政执法监督) and complete its name.
_COMPLETING_HEADS = lexicon.cues("completing_head")
# Quoted terms followed by these are problems, goals or slogans, not practices.
_NOT_MECHANISM_AFTER = lexicon.cues("not_mechanism_after")
_GOAL_AFTER = lexicon.cues("goal_after_de")
_GOAL_TAIL = tuple(lexicon.cues("goal_tail"))
_COUNTED_BEFORE = re.compile(r"(?:\d+|[一二三四五六七八九十百]+|多)\s*(?:余|多)?\s*[项条个]$")
_CITATION_BEFORE = lexicon.cues("citation_before")
# a venue named for a practice (“枫桥经验”陈列馆): a place to visit, not the practice put in place
_VENUE_AFTER = lexicon.cues("venue_after")
_TITLE_HEADS = lexicon.cues("title_head")
# creating a system, not implementing someone else's law (贯彻实施《…条例》)
_TITLE_VERBS = lexicon.cues("title_verb")
_NP_HEADS = lexicon.cues("np_head")
_NP_VERBS = lexicon.cues("np_verb")
# routine verbs name routine duties (健全…机制); only a "first" marker makes their object a named practice
_ROUTINE_VERBS = lexicon.cues("routine_verb")
# "the first in the country" words that precede a name but are not part of it
_FIRST_PREFIX = re.compile(r"^(?:在)?(?:全国|全省|国内|省内|内地|全市)?(?:率先|首个|首家|首部|首份|第一个)?")
# particles and verbs that make a quoted string a sentence or slogan rather than a name
_SENTENCE_CHARS = set("的是要了让把将使被更")
_KEEP_HEADS = lexicon.cues("keep_head")
_COMPLEMENT_VERBS = frozenset(lexicon.cues("complement_verb"))

_CAMPAIGN_AFTER = lexicon.cues("campaign_after")
_CAMPAIGN_VERBS = lexicon.cues("campaign_verb")
_SHIFT = lexicon.cues("shift_between")
_LAW_HEADS = lexicon.cues("law_head")
_ROUTINE_TITLE = lexicon.cues("routine_title")
_YEARLY_TITLE = lexicon.cues("yearly_title")
# a year's edition in a title (2023年度…, （2023版）): the list of that year
_YEARS_EDITION = re.compile(r"(?:19|20)\d{2}\s*年度|[（(](?:19|20)\d{2}\s*(?:年)?版[)）]")
_PIONEER = lexicon.cues("pioneer")
_VAGUE = lexicon.cues("vague_word")
_FIGURE_NOUNS = lexicon.cues("figure_noun")
# names of zones (设立“大铜新区”) and of meetings (…工作推进会) are no practices
_NOT_PRACTICE_TAILS = lexicon.cues("zone_tail") + lexicon.cues("meeting_tail")
# …的优势 after a quote: a quality, unless the words before it say it is a system's (的制度优势)
_QUALITY = re.compile(r"[^，。；,;]{0,20}?(?<!制度)(?<!机制)(?<!模式)(?<!体制)(?:的)?(?:优势|特长|长处)(?:[，。；,;]|$)")
_CAMPAIGN_TAIL = re.compile("等?[^，。；、“”,;]{0,6}(?:%s)" % "|".join(_CAMPAIGN_AFTER))
_CAMPAIGN_LEAD = re.compile("(?:%s)[^，。；,;“”]{0,10}$" % "|".join(_CAMPAIGN_VERBS))
_FIGURE_LEAD = re.compile("(?:%s)[^，。；,;“”]{0,8}$" % "|".join(lexicon.cues("figure_verb")))
_FOCUS_LEAD = re.compile("(?:%s)(?:[省市县区州]委(?:、?[省市县区州]政府)?)?$" % "|".join(lexicon.cues("focus_verb")))
_SPLIT_WORDS = frozenset(w for w in lexicon.cues("split_word") if len(w) == 2)
# 五项专享服务机制, 三大…体系: a count of practices, not one named practice
_COUNTED = re.compile(r"^[一二三四五六七八九十两\d]+[项个类大条种]")
_LIST_JOINER = re.compile(r"(?:[、和与及]|以及)?“[^“”\n]{1,24}”")
_LIST_ITEM = re.compile(r"“[^“”\n]{1,24}”(?:[、和与及]|以及)?")

# a numbered package of policy measures (杭十条, 稳经济22条): a document's nickname
_POLICY_PACKAGE = re.compile(r"[一二三四五六七八九十两百\d]+条$")
_NUMBERED_SLOGAN = re.compile(r"^[一二三四五六七八九十两百千万]+(?:个|大|种|项|条|点)[\u4e00-\u9fff]{1,2}$")
# a quoted phrase opening with a verb is a slogan (“化解矛盾风险维护社会稳定”), not a name
_SLOGAN_VERBS = lexicon.cues("slogan_verb")
# results, not practices: “零发案”, “双下降”, “零复议零诉讼零信访”
_OUTCOME = re.compile(r"^(?:零.*|.*(?:下降|上升|提升|增长|清零|达标|全覆盖))$")
_QUOTE = re.compile(r"“([^“”\n]{2,24})”")
_NUMBER_NAME = re.compile(r"\d{3,8}|\d{1,3}[\u4e00-\u9fff]\d{1,3}")  # “721”, “10帮10”
_FORMULA = re.compile(r"[\dA-Za-z一二三四五六七八九十两][^+]*\+|\+[^+]*[\dA-Za-z]")
_PRACTICE_HEADS = tuple(sorted(lexicon.cues("practice_head"), key=len, reverse=True))
# after a quote: up to 6 more characters of name, then a practice head (执法新模式, 督察机制, 综合平台)
# a practice's head noun a few words after a name (“三减”执法新模式); mechanism_facts.py asks it too
# (a head is a word of its own: 工程 not in 工程师, 室 not in 室外)
def _tail(words: int) -> re.Pattern:
    """Up to ``words`` words (no 的/等/和…) and then a practice's head noun."""
    return re.compile(r"((?:(?![的等和与及])[\u4e00-\u9fff]){0,%d}?(?:%s))(?![师外内])" % (words, "|".join(_PRACTICE_HEADS)))


PRACTICE_TAIL = _tail(6)


@lru_cache(maxsize=1)
def _kind_tail() -> re.Pattern:
    # (not the heads of systems, 机制/制度/工程: “小切口”形式推进制度建设 runs into a verb's object)
    heads = sorted(set(lexicon.cues("facility_head")) | set(lexicon.cues("service_point_head")), key=len, reverse=True)
    return re.compile(r"((?:(?![的等和与及])[\u4e00-\u9fff]){0,4}?(%s))(?![师外内])" % "|".join(heads))


# what the words between a short quote and a service point's kind may not hold: a verb that sets the point up
# (在“家门口”设立调解室), a problem (“急难愁盼”问题清单)
_SERVICE_FILLER_NOT = lexicon.cues("adopt") + lexicon.cues("facility_verb") + lexicon.cues("service_filler_not")
_FORMULA_TAIL = _tail(8)  # (“1+9+N+X”四级联动社会治理模式: a formula's description runs longer)
_TITLE = re.compile(r"《([^《》\n]{2,48})》")
# a plan or an opinion that puts a named reform in place (《关于推进…划分改革的意见》, 《…体制改革工作方案》): the
# reform up to 改革, then the plan's kind (the verbs of pushing it, _PLAN_LEADS, are taken off after)
_PLAN_REFORM = re.compile(r"([^《》“”]{4,30}?改革)(?:试点)?(?:工作)?(?:的)?(?:%s)" % "|".join(lexicon.cues("plan_kind")))
_PLAN_LEADS = tuple(sorted(lexicon.cues("plan_reform_lead"), key=len, reverse=True))
_PLAN_REFORM_NOT = tuple(lexicon.cues("plan_reform_not"))  # 机构改革: every government's reorganisation
_CJK = re.compile(r"[\u4e00-\u9fff]")
_TRAILING_PAREN = re.compile(r"[（(][^（）()]*[)）]$")
_GLOSS_AFTER = re.compile(r"[（(][^（）()“”\n]{2,40}[)）]")
_YEAR_PREFIX = re.compile(r"^(?:19|20)\d{2}年(?:度)?")
_NP = re.compile(r"(%s)((?:[\u4e00-\u9fff]|\+){2,18}?)(%s)" % ("|".join(_NP_VERBS), "|".join(_NP_HEADS)))


@dataclass(frozen=True)
class MechanismMention:
    start: int
    end: int
    surface: str
    name: str  # canonical
    source: str  # lexicon | quote | title | phrase
    category: str | None = None
    instance_of: str | None = None


def _without_leading_place(name: str) -> str:
    """广州市行政规范性文件统一发布平台 → 行政规范性文件统一发布平台: the owner is a separate fact."""
    from .gazetteer import Gazetteer

    hits = Gazetteer.default().find(name[:12])
    end = 0
    for h in hits:
        if h.start != end or h.form not in ("full", "zone"):
            break
        end = h.end
    rest = name[end:]
    return rest if end and len(rest) >= 4 else name


@lru_cache(maxsize=16384)  # pure in the name, asked for every mention (2,784 times for 725 names in 1 MB)
def canonical_name(name: str) -> str:
    """One spelling per practice: lexicon canonical, else the name without quotes and 、."""
    lex = lexicon.mechanisms()
    name = _without_leading_place(name.strip().strip("“”\"'‘’。，；、,;"))
    hit = lex.canonical(name)
    if hit:
        return hit
    parts = name.split("、")
    if len(parts) > 1 and all(len(p) <= 5 for p in parts):
        name = "".join(parts)
    hit = lex.canonical(name)
    if hit is None:  # 行政执法三项制度改革 → 行政执法三项制度: a known practice with a head added
        head = next((h for h in _SUFFIX_DROP if name.endswith(h) and len(name) > len(h) + 1), None)
        hit = lex.canonical(name[:-len(head)]) if head else None
    return hit or name


_CAMPAIGN_YEAR = re.compile(r"(?:攻坚|推进|提升|落实|建设|活动|质量|效能|服务|作风|能力|创新|突破|规范)年$")
_COUNTED_DOCUMENTS = re.compile(r"^(?:[一二三四五六七八九十两]+[个份项]?(?:规划|方案|清单|意见|办法|计划|报告|文件|决定)[、+]?)+$")
_PLACE_VISION = re.compile(r"^(?:法治|平安|数字|智慧|幸福|美丽|健康|文明|诚信|活力|最美|天堂|魅力|大美)([\u4e00-\u9fff]{2,5})$")
_PLACE_FIRST = re.compile(r"^([\u4e00-\u9fff]{2,5}?)(?:之美|之窗|之光)$")
# “渝中方案”, “上海做法”, “银川样板”: the place's way told as its own, which the text names otherwise
_PLACE_WAY = re.compile(r"^([\u4e00-\u9fff]{2,5}?)(?:%s)$" % "|".join(lexicon.cues("place_way")))


@lru_cache(maxsize=8192)  # pure in the name: the same quotes recur across documents
def _names_place(x: str) -> bool:
    from .gazetteer import Gazetteer

    return Gazetteer.default().names_only_places(x)


@lru_cache(maxsize=8192)  # pure in the name: the same quotes recur across documents
def _is_award_name(x: str) -> bool:
    """An honour's name (十大法治案例, …先进集体) by the lexicon or the open award grammar; heads that
    also end practices' names (…平台, …品牌) do not count."""
    from .award_grammar import award_head

    if lexicon.award_matcher().find(x):
        return True
    head = award_head(x)
    return head is not None and head not in ("平台", "品牌", "示范", "标杆", "典范", "模范")


@lru_cache(maxsize=8192)  # pure in the name: the same quotes recur across documents
def _is_practice_name(x: str) -> bool:
    if x in lexicon.mechanism_stoplist() or "《" in x or _is_award_name(x):
        return False
    if len(_CJK.findall(x)) < 2 and "+" not in x:
        return False
    if any(c in x for c in "。！？；，,%％"):
        return False  # a sentence, or a figure (“四个100%”)
    if _COUNTED_DOCUMENTS.match(x):
        return False  # “一规划两方案”: a set of plans, not a practice
    if x in _PRACTICE_HEADS or x in _FACILITY_HEADS:
        return False  # 把“工作室”设在家里: the kind alone names no practice
    if any(_PLACE_VISION.match(part) and _names_place(_PLACE_VISION.match(part).group(1))
           or _PLACE_FIRST.match(part) and _names_place(_PLACE_FIRST.match(part).group(1))
           or _PLACE_WAY.match(part) and _names_place(_PLACE_WAY.match(part).group(1))
           for part in x.split("·")):
        return False  # “法治陇西”, “幸福西宁”, “天堂苏州·最美吴中”: a vision of the place, not a practice
    if _CAMPAIGN_YEAR.search(x) or re.search(r"[^能]力$", x):
        return False  # “法治建设攻坚年”: a campaign year; “示范力”, “影响力”: a capacity, not a practice
    if x.endswith(("任务", "目标", "指标", "宣传周", "宣传月", "活动周", "活动月", "主题日", "活动", "行动")):
        return False  # “五大改革任务”: work to be done, not a practice
    parts = x.split("、")
    if len(parts) > 1 and any(len(p) > 6 for p in parts):  # a quoted list of slogans
        return False
    if len(parts) > 2 and all(len(p) == 1 for p in parts):  # “法、理、情”, “海、岛、山、水”: values, not a name
        return False
    return True


def _quote_list(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the list of quotes around text[start:end] (“A”“B”和“C”)."""
    while True:
        m = _LIST_JOINER.match(text, end)
        if not m:
            break
        end = m.end()
    while True:
        prev = text.rfind("“", 0, start)
        if prev < 0:
            break
        if not _LIST_ITEM.fullmatch(text, prev, start):
            break
        start = prev
    return start, end


_COUNTED_CAMPAIGN = re.compile(r"等“([^“”]{2,16})”")


def is_campaign(text: str, start: int, end: int) -> bool:
    """开展“百万警进千万家”和“我为群众办实事”活动 / “先锋警务室”等系列活动: campaigns, not practices."""
    a, b = _quote_list(text, start, end)
    after = text[b:b + 8].lstrip("等")
    if after.startswith(_CAMPAIGN_AFTER) or _CAMPAIGN_TAIL.match(text, b):
        return True  # …“国家宪法日”普法宣传系列活动: a few words of topic, then the campaign's kind
    named = _COUNTED_CAMPAIGN.match(text, b)
    if named and named.group(1).endswith(_CAMPAIGN_AFTER):
        return True  # 信访“两聚一化”等“八大专项整治”: the items of a campaign quoted after them
    # 开展2025年自治区“…”活动: the verb may stand a few words before the list
    return after.startswith("活动") and bool(_CAMPAIGN_LEAD.search(text[max(0, a - 16):a]))


def _shift(text: str, start: int, end: int) -> bool:
    """从“抓末端”向“抓前端”: the two ends of a change in approach."""
    after, before = text[end:end + 3], text[max(0, start - 3):start]
    if after.startswith(_SHIFT_AFTER) or before.endswith(_SHIFT_BEFORE):
        return True
    # 从干部的“法治思维”到群众的“法治信仰”: each end may carry a few words of its own, and then the
    # 从 opening the pair is what says it is a change
    lo = max(0, start - 40)
    if text.find("从", lo, start) < 0:
        return False  # a pair that holds this quote opens with 从 before it (most quotes have none)
    return any(m.start(1) <= start and end <= m.end(2) for m in _SHIFT_PAIR.finditer(text, lo, end + 40))


_SHIFT_AFTER = tuple(w + "“" for w in _SHIFT)  # each tried at once by startswith/endswith
_SHIFT_BEFORE = tuple("”" + w for w in _SHIFT)
_SHIFT_PAIR = re.compile(r"从[^，。；,;“”]{0,6}(“[^“”]{1,24}”)(?:%s)[^，。；,;“”]{0,6}(“[^“”]{1,24}”)"
                         % "|".join(map(re.escape, _SHIFT)))


@lru_cache(maxsize=8192)  # pure in the name: the same quotes recur across documents
def _names_a_body(x: str) -> bool:
    """“克拉玛依市政府”网站: a quoted institution's name is no practice."""
    from .bodies import find_bodies

    return any(b.start == 0 and b.end == len(x) for b in find_bodies(x))


def _quoted(text: str) -> list[MechanismMention]:
    out = []
    for m in _QUOTE.finditer(text):
        x = m.group(1).strip()
        # “1+3+10”(搭建1个平台…)服务体系: what the quote stands for, in brackets, before the head noun
        gloss = _GLOSS_AFTER.match(text, m.end())
        skip = gloss.end() - m.end() if gloss and PRACTICE_TAIL.match(text, gloss.end()) else 0
        # “721”工作法: a number names a practice only with a practice's head after it (the rescue below)
        numeric = _NUMBER_NAME.fullmatch(x) is not None
        # “三清单”制度: a count of documents is a practice's name when a practice's head follows it
        counted = _COUNTED_DOCUMENTS.match(x) is not None and text.startswith(_PRACTICE_HEADS, m.end() + skip)
        named = numeric or counted or _is_practice_name(x)
        if not named or _OUTCOME.match(x):
            # “家门口”便民服务驿站, “零材料”清单: a short quote that a service point's kind completes names them
            # together, though alone it would be a figure or an outcome (“零跑腿”改革 goes on as before)
            kind = _service_point(text, m.start(), m.end(), x)
            if kind is not None:
                end = m.end() + len(kind)
                out.append(MechanismMention(m.start(), end, text[m.start():end], canonical_name(x + kind), "quote"))
                continue
            if not named:
                continue
        before = text[max(0, m.start() - 4):m.start()]
        if before.endswith(_CITATION_BEFORE):
            continue
        if is_campaign(text, m.start(), m.end()) or _shift(text, m.start(), m.end()):
            continue
        if _FOCUS_LEAD.search(text, max(0, m.start() - 10), m.start()) and lexicon.mechanisms().canonical(x) is None:
            continue  # 聚焦“主体工程”, 聚焦市委“一号工程”: a focus named right after the verb (or its organ), no practice
        if _FIGURE_LEAD.search(text[max(0, m.start() - 12):m.start()]) \
                or x.endswith(("领域",) + _FIGURE_NOUNS + _NOT_PRACTICE_TAILS) \
                or _names_a_body(x):
            continue  # 跑出政务服务“加速度”: a figure of speech; 探索“空白领域”: a field
        after = text[m.end() + skip:m.end() + skip + 8]
        if after.startswith(_NOT_MECHANISM_AFTER + _VENUE_AFTER) or x.endswith(("难", "题")):
            continue
        if x.endswith(("经验", "做法")) and _COUNTED_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue  # 近20项“烟台经验”获…推介: a place's experiences counted together, no one practice
        if after.startswith("的") and text.startswith(_GOAL_AFTER, m.end() + 1):
            continue  # 打造“管住风险、无事不扰”的法治化营商环境: the quote describes a goal
        if after.startswith(_GOAL_TAIL) and "以" in text[max(0, m.start() - 8):m.start()]:
            continue  # 以创建“法治、平安、和谐福鼎”为目标: the aim, not a practice put in place
        if _QUALITY.match(text, m.end()) and "发挥" in re.split(r"[，。；,;]", text[max(0, m.start() - 30):m.start()])[-1]:
            continue  # 发挥专门法院“懂专业”、基层法院“知民情”的优势: qualities brought to bear, not practices
        end = m.end() + skip
        name = x
        drop = next((s for s in _SUFFIX_DROP if after.startswith(s)), None)
        in_lexicon = lexicon.mechanisms().canonical(x) is not None
        # “三减”执法新模式, “六个一”督察机制: a quote too short or shaped like a slogan names a practice
        # when a practice's head noun follows it; the name then takes the words up to the head
        # a formula (“1+2+N”, “四级+多维”) is the first half of a name the head completes
        rescue = numeric or counted or not drop and not in_lexicon and (
            len(x) < 3 or _NUMBERED_SLOGAN.match(x) or _FORMULA.search(x))
        # (“1+9+N+X”四级联动社会治理模式: a formula's description may run to eight words before its head)
        formula = not numeric and _FORMULA.search(x) is not None
        headed = (_FORMULA_TAIL.match(text[m.end() + skip:m.end() + skip + 12]) if formula
                  else PRACTICE_TAIL.match(after)) if rescue else None
        if numeric and not headed:
            continue  # “12345”件, 拨打“12345”: a number, a hotline dialled
        if rescue and not headed and _FORMULA.search(x) and not _NUMBERED_SLOGAN.match(x) and len(x) >= 3 \
                and not x.endswith(_PRACTICE_HEADS):
            continue  # “1+14+28” with no head noun after it: a formula, not yet a name
        if headed and not (_OUTCOME.match(x) or x.endswith(("难", "题"))):
            tail = headed.group(1)
            words = re.sub(r"新(?=%s$)" % "|".join(_PRACTICE_HEADS), "", tail)
            # (a number keeps its head: “721”工作法 is the 721工作法, 721 alone names nothing)
            name = x + (words if numeric else re.sub(r"(?:工作)?(?:机制|制度|模式|工作法|体系)$", "", words))
            end += len(tail)
            out.append(MechanismMention(m.start(), end, text[m.start():end], canonical_name(name), "quote"))
            continue
        if not in_lexicon and _POLICY_PACKAGE.search(x):
            continue  # “助企开门红杭十条”, “服务业四十条”: a package of policy measures, not a practice
        if not drop and not in_lexicon and (len(x) < 3 or _NUMBERED_SLOGAN.match(x) or after.startswith(("（即", "(即"))
                                            or "-" in x or x.endswith(("杯", "意识")) or _OUTCOME.match(x) or
                                            (len(x) >= 6 and x.startswith(lexicon.cues("adopt") + _SLOGAN_VERBS))):
            continue  # “红帆”, “四个着力”, “五个中心”（即…）: labels and slogans, not practices
        named = x.endswith(_TITLE_HEADS + ("平台", "中心"))
        if not drop and not in_lexicon and not named and (len(x) > 12 or _SENTENCE_CHARS & set(x)) \
                and not _motto(text, m.start(), x, after):
            continue  # a quoted sentence or slogan
        if drop:
            end += len(drop)
            name = x if not lexicon.mechanisms().canonical(x + drop) else x + drop
        elif x.endswith(("式", "型")):
            # “打包式”执法检查: the head after the quote is part of the name
            tail = re.match(r"([\u4e00-\u9fff]{0,4}?(?:%s))" % "|".join(_COMPLETING_HEADS), after)
            if tail:
                name = x + tail.group(1)
                end += len(tail.group(1))
            elif not in_lexicon and re.match(r"^(?:司法所|派出所|人民法庭|法庭|检察室|警务室|调解室|服务站)", after):
                continue  # “枫桥式”司法所: a kind of office, not a practice
        out.append(MechanismMention(m.start(), end, text[m.start():end], canonical_name(name), "quote"))
    return out


def _service_point(text: str, start: int, end: int, x: str) -> str | None:
    """The words after a short quote up to a service point's kind (“家门口”便民服务驿站 → 便民服务驿站), when they
    only describe it: no verb among them (“家门口”设立调解室), no problem (“急难愁盼”问题清单), and the quote is
    no campaign, shift or figure."""
    if len(x) > 4 or _is_award_name(x):
        return None
    kind = _kind_tail().match(text, end)
    if kind is None:
        return None
    filler = kind.group(1)[:-len(kind.group(2))]
    if any(v in filler for v in _SERVICE_FILLER_NOT) or (kind.group(2) == "清单" and x in lexicon.mechanism_stoplist()):
        return None
    if is_campaign(text, start, end) or _shift(text, start, end) or _FIGURE_LEAD.search(text[max(0, start - 12):start]):
        return None
    return kind.group(1)


def _motto(text: str, start: int, x: str, after: str) -> bool:
    """“预防为主、轻微免罚、重违严惩”的执法机制, “证件核验+实地取证+多方协商”的…工作法: a motto of short items,
    too long for a name by itself, names the mechanism that a practice's head noun right after it (的 allowed)
    calls it.  Not when a known practice makes up half of it (“进一次门、查多项事、解多类忧”) or is one of a
    combination (“首违不罚+公益减罚”): that practice is the name; nor after a routine verb (落实“…”的容错纠错
    机制): a duty met, as for unquoted names."""
    if not ("、" in x or "+" in x) or _SENTENCE_CHARS & set(x) or not PRACTICE_TAIL.match(after.removeprefix("的")):
        return False
    if text[max(0, start - 6):start].rstrip("了").endswith(_ROUTINE_VERBS):
        return False
    return not any(2 * (e - s) >= len(x) or "+" in x for s, e, _ in lexicon.mechanisms().matcher.find(x))


def _strip_title(x: str) -> str:
    x = _TRAILING_PAREN.sub("", x.strip())
    x = _YEAR_PREFIX.sub("", x)
    # 常熟市领导干部… → 领导干部…: the owner is a separate fact
    return _YEAR_PREFIX.sub("", _without_leading_place(x))


def _titles(text: str) -> list[MechanismMention]:
    out = []
    for m in _TITLE.finditer(text):
        x = m.group(1)
        core = _TRAILING_PAREN.sub("", x.strip())
        reform = None
        if not core.endswith(_TITLE_HEADS):
            # (the issuer before 关于, or a place and a year opening the title, are not the reform's name)
            body = core[core.rindex("关于") + 2:] if "关于" in core else _strip_title(core)
            reform = _PLAN_REFORM.fullmatch(body)
        if reform is not None:
            # 印发《…财政事权和支出责任划分改革的意见》: the plan puts the reform it names in place
            name = reform.group(1)
            while name.startswith(_PLAN_LEADS):  # (关于全面深化改革的意见 names no reform of its own)
                name = name[len(next(w for w in _PLAN_LEADS if name.startswith(w))):]
            window = re.split(r"[，。；]", text[max(0, m.start() - 30):m.start()])[-1]
            if any(v in window for v in _TITLE_VERBS) and len(name) >= 6 and not name.endswith(_PLAN_REFORM_NOT) \
                    and not _vague(name[:-2]) and name not in lexicon.mechanism_stoplist():
                out.append(MechanismMention(m.start(), m.end(), m.group(0), canonical_name(name), "title"))
            continue
        if not core.endswith(_TITLE_HEADS) or _COUNTED_DOCUMENTS.match(core):
            continue  # 《两个清单》: the documents named before, counted
        if core.endswith(_ROUTINE_TITLE) or _YEARS_EDITION.search(x) and core.endswith(_YEARLY_TITLE):
            continue  # 《…委员会工作规则》, 《2023年度…工作清单》: a body's own rules or a year's list, no practice
        # the verb governs every title of a run joined by 和/、/及 (印发了《A》和《B》), however long A is
        k = m.start()
        while k >= 2 and text[k - 1] in "和、及与" and text[k - 2] == "》":
            o = text.rfind("《", 0, k - 2)
            if o < 0 or not _TRAILING_PAREN.sub("", text[o + 1:k - 2]).endswith(_TITLE_HEADS):
                break  # (a run of the place's own systems; not after a plan: …实施意见》和《…》)
            k = o
        # (the words inside other titles are their names, not a verb acting on this one)
        window = re.split(r"[，。；]", re.sub(r"《[^《》]*》", "", text[max(0, k - 30):m.start()]))[-1]
        if not any(v in window for v in _TITLE_VERBS):
            continue
        if core.endswith(_LAW_HEADS) and not any(w in window for w in _PIONEER):
            continue  # 出台《…若干规定》: a legal instrument; the practices it sets are named on their own
        name = _strip_title(x)
        if len(name) < 3:
            continue
        out.append(MechanismMention(m.start(), m.end(), m.group(0), canonical_name(name), "title"))
    return out


def _phrases(text: str) -> list[MechanismMention]:
    out = []
    for m in _NP.finditer(text):
        verb, core, head = m.group(1), m.group(2), m.group(3)
        innovated = text[max(0, m.start() - 2):m.start()] in ("创新", "探索", "首创", "率先")
        # 创新开展X制度: two verbs in a row are one; the first says the practice is new
        second = next((v for v in _NP_VERBS if core.startswith(v) and len(core) > len(v) + 1), None)
        if second is not None:
            innovated = innovated or verb in ("创新", "探索", "首创", "率先")
            verb, core = second, core[len(second):]
        stripped = _FIRST_PREFIX.sub("", core)
        pilot = head.endswith("试点") or text.startswith(("建设试点", "试点", "改革试点"), m.end())
        if verb in _ROUTINE_VERBS and stripped == core and not pilot and not innovated:
            continue  # …but 开展X(建设)试点 names a pilot, 创新开展X制度 a practice of its own
        core = re.sub(r"^出了?", "", stripped) if verb in _COMPLEMENT_VERBS else stripped  # 探索出了…机制
        if not core:
            continue
        # a name is a noun phrase: no particle at its edge, no second verb inside
        if core[0] in "的和与及等了对在把将" or "的" in core or any(v in core for v in _NP_VERBS + ("完善",)) \
                or core[-1] in "为成到至":  # 从试点上升为制度: a change of state, not a name
            continue
        name = core + head if head in _KEEP_HEADS else core
        if len(name) < 3 or name in lexicon.mechanism_stoplist() or _vague(core) or _COUNTED.match(core):
            continue
        if core.startswith(lexicon.cues("name_not_start")) or text.startswith(("举措", "措施"), m.end()):
            continue  # 推出这一新型执法模式, 推出一系列改革举措: the practice named before, or a quantity, not a name
        s = m.end(2) - len(core)
        out.append(MechanismMention(s, m.end(), text[s:m.end()], canonical_name(name), "phrase"))
    return out


# a count (13个, 256家) and the units that host what is counted (乡（镇）, 村（社区）, 行政村, 嘎查村): the lead
# of a service point's name (建成13个乡镇…工作站) and of a stated coverage (实现120个嘎查村…全覆盖)
_COUNT = r"[\d一二三四五六七八九十百千]+(?:个|家|处)"
_COUNTED_HOSTS = (_COUNT + r"(?:乡[（(]镇[)）]|村[（(]社区[)）]|镇[（(]街道?[)）]|乡镇|镇街|村居委?|行政村|嘎查村?"
                  r"|村|社区|街道|镇|乡|园区)?")
_FACILITY_HEADS = lexicon.cues("facility_head")
_FACILITY_VERBS = lexicon.cues("facility_verb")
_FACILITY = re.compile("|".join(map(re.escape, _FACILITY_HEADS)))
# what stands between the verb and a facility's name: scope, batch, counts and the units that host
# them (全市首批43个, 13个乡（镇）, 256个行政村居委)
_FACILITY_LEAD = re.compile(r"^(?:了|起|全面|全部|共|累计)*(?:全国|全[市县区镇州省旗]|各级?|省内|国内)?(?:首批|首个|首家|第一[个家批])?"
                            # a hosting unit only after its count (13个乡镇): 乡村调解驿站 keeps its 乡
                            r"(?:%s)?(?:%s)?" % (_COUNTED_HOSTS, _COUNT))


def _facilities(text: str) -> list[MechanismMention]:
    """Service points set up in numbers, named by their head noun: 建成13个乡（镇）公共法律服务工作站,
    在256个行政村设立法律援助联系点, 打造…的个人调解工作室82个 (issue 9: unquoted names by head noun)."""
    out = []
    for m in _FACILITY.finditer(text):
        window = text[max(0, m.start() - 40):m.start()]
        window = re.split(r"[，,。；;：:！？\n]", window)[-1]
        verb = max(((window.rfind(v), v) for v in _FACILITY_VERBS if v in window), default=None)
        if verb is None:
            continue
        rest = re.sub(r"\s+", "", window[verb[0] + len(verb[1]):])  # 建成 13 个乡(镇): spaced figures
        if "的" in rest:
            rest = rest[rest.rindex("的") + 1:]  # 调解能力强…的个人调解工作室: the name after the last 的
        rest = _FACILITY_LEAD.sub("", rest)
        core = re.sub(r"^[、和与及等以在为对把将]+", "", rest)
        head = m.group(0)
        # (15分钟政务服务圈: a radius in minutes opens the name of a service circle)
        radius = re.match(r"\d{1,3}分钟", core)
        if radius and not re.fullmatch(r"[\u4e00-\u9fff]{2,12}", core[radius.end():]):
            continue
        if not radius and not re.fullmatch(r"[\u4e00-\u9fff]{2,12}", core) and not (core == "" and len(head) >= 6):
            continue
        name = core + head
        if name in lexicon.mechanism_stoplist() or _COUNTED.match(core) \
                or re.search(r"[\d一二三四五六七八九十百千]+[个家处]", core):
            continue
        s = m.start() - len(core)
        out.append(MechanismMention(s, m.end(), text[s:m.end()], canonical_name(name), "facility"))
    return out


# 实现…X全覆盖 / X实现全覆盖: a practice whose coverage a place states runs there (convention 3: 率先实现
# 法律顾问全覆盖 is an adoption); X is what stands before the coverage, without levels, counts and scope
_COVERAGE = re.compile(r"实现(?:了)?([^，。；,;：:“”]{2,40}?)(?:的)?(?:全面|全域|全)?覆盖")
_COVERAGE_LEAD = re.compile(r"^(?:[^，。；]*?[三四五]级|全[市县区省州镇旗]|%s)+" % _COUNTED_HOSTS)
_COVERAGE_NOT = lexicon.cues("coverage_not_tail")


def _coverage(text: str) -> list[MechanismMention]:
    out = []
    for m in _COVERAGE.finditer(text):
        core = m.group(1)
        if "的" in core:
            core = core[core.rindex("的") + 1:]
        core = _COVERAGE_LEAD.sub("", core)
        core = re.sub(r"(?:全[市县区省州镇]|[市县区乡镇村]级|基本|已|均|逐步)$", "", core)
        if re.search(r"[和与及、]", core):
            # 镇街和市直部门全覆盖: the units covered, not a practice; but 实现…实体平台和村(社区)法律顾问全覆盖:
            # a known practice closing the list is covered too
            last = re.split(r"[和与及、]", core)[-1]
            if lexicon.mechanisms().canonical(last) is None:
                continue
            core = last
        if not re.fullmatch(r"[\u4e00-\u9fff]{3,12}", core) or _vague(core) or core in lexicon.mechanism_stoplist() \
                or core.endswith(_COVERAGE_NOT):
            continue
        e = m.start(1) + m.group(1).rindex(core) + len(core)
        s0 = e - len(core)
        out.append(MechanismMention(s0, e, core, canonical_name(core), "coverage"))
    return out


def _vague(core: str) -> bool:
    """创新思路办法, 清单管理制度: a name made only of words that fit any practice."""
    rest = core
    while rest:
        w = next((w for w in _VAGUE if rest.startswith(w)), None)
        if w is None:
            return rest.endswith("领域")  # 商事调解领域改革: a field, not a named practice
        rest = rest[len(w):]
    return True


_GROUP_TAIL = re.compile("(?:%s)" % "|".join(lexicon.cues("group_tail")))


# an institution's head right after a known practice's name (合法性审查|中心, 述法|工作室)
# (but 中心城区, 中心任务: 中心 opening a word of its own)
_INSTITUTION_TAIL = re.compile("(?:%s)(?!%s)" % ("|".join(sorted(lexicon.cues("institution_tail"), key=len, reverse=True)),
                                               "|".join(lexicon.cues("institution_tail_not"))))


def _lexicon(text: str) -> list[MechanismMention]:
    lex = lexicon.mechanisms()
    out = []
    for s, e, name in lex.matcher.find(text):
        if s and text[s - 1:s + 1] in _SPLIT_WORDS:
            continue
        if _GROUP_TAIL.match(text, e):
            continue  # 大调解工作领导小组: the group's remit, a body's name
        entry = lex.get(name)
        inst = _INSTITUTION_TAIL.match(text, e)
        if inst:
            # 合法性审查中心: the known practice names the centre that does it, and the centre is what was set up
            out.append(MechanismMention(s, inst.end(), text[s:inst.end()], canonical_name(text[s:inst.end()]),
                                        "lexicon", entry.category if entry else None, None))
            continue
        out.append(MechanismMention(s, e, text[s:e], name, "lexicon",
                                    entry.category if entry else None, entry.instance_of if entry else None))
    return out


# a list of practices after one verb (推行全流程网办、容缺受理、告知承诺制等方式): its items, up to 等 or the
# clause's end; 了 may follow the verb
_LIST_LEAD = re.compile("(?:%s)了?" % "|".join(lexicon.cues("list_lead")))
_SIBLING_NOT = lexicon.cues("sibling_not")
_LIST_CLASS = re.compile(r"[一二三四五六七八九十两\d]*[个项种类大]?(?:%s)" % "|".join(lexicon.cues("list_class")))
_ITEM_NOT_LEAD = lexicon.cues("sibling_not_lead") + lexicon.cues("adopt") + _SLOGAN_VERBS + lexicon.cues("np_verb")
_CLAUSE_ENDS = "，。；,;：:！？\n"
_CLAUSE_END = re.compile("[%s]" % re.escape(_CLAUSE_ENDS))
_ITEM = re.compile(r"[\u4e00-\u9fff]{3,12}")
# the heads that make a list's item a system of its own (…、负面清单制度, …、府院联席机制)
_SYSTEM_HEADS = tuple(lexicon.cues("sibling_system_head"))


def _siblings(text: str, taken: list[MechanismMention]) -> list[MechanismMention]:
    """The unquoted items of a list of practices one of which the lexicon or a quote names (issue 9:
    the cue's scope follows the coordination): 推行全流程网办、容缺受理、告知承诺制等方式 names three.
    An item counts when the list is called a set of practices after its 等 (等方式, 等机制) or when it is
    shaped like the named one (诉调对接、村调对接); an item that opens with a verb is a task."""
    out: list[MechanismMention] = []
    seen: set[tuple[int, int]] = set()
    ends = None  # where the text's clauses end, read once: each mention's clause is found by bisection
    for c in taken:
        if c.source not in ("lexicon", "quote"):
            continue
        if ends is None:
            ends = [m.start() for m in _CLAUSE_END.finditer(text)]
        k = bisect_left(ends, c.start)
        lo = ends[k - 1] if k else -1  # the last clause end before the mention
        k = bisect_left(ends, c.end)
        hi = ends[k] if k < len(ends) else len(text)  # the first at or after its end
        clause, base = text[lo + 1:hi], lo + 1
        if (lo, hi) in seen or "、" not in clause:
            continue
        lead = None
        for m in _LIST_LEAD.finditer(clause):
            if m.end() <= c.start - base:
                lead = m
        if lead is None:
            continue
        seen.add((lo, hi))
        run = clause[lead.end():]
        stop = run.find("等")
        named_class = stop >= 0 and bool(_LIST_CLASS.match(run, stop + 1))
        run = run[:stop] if stop >= 0 else run
        items, at = [], base + lead.end()
        for part in re.split(r"(、|和|及)", run):
            if part not in ("、", "和", "及"):
                items.append((at, part))
            at += len(part)
        known = [t for t in taken if any(a <= t.start and t.end <= a + len(x) + 2 for a, x in items)]
        if len(items) < 2 or c not in known:
            continue  # the named practice is not itself an item of the list
        shapes = {t.name[-2:] for t in known}
        for a, x in items:
            core = x.strip("“”")
            # 建立基层立法联系点27个、法治观测点11个 / 27个…、11个…: the count of each item is no part of its name
            counted = _ITEM_COUNT.fullmatch(core)
            if counted is not None:
                core = counted.group(1)
                a, x = a + x.index(core), core
            if any(t.start < a + len(x) and a < t.end for t in taken + out) or "“" in x or "”" in x \
                    or text.count("“", base, a) > text.count("”", base, a):
                continue  # a word of a quoted slogan (“全面调解、全程调解和全员调解”)
            # (an item headed as a system is one when, without its head, it is shaped like the named one or
            # known: 权责清单、负面清单制度; not 权责清单、考核评价机制, a routine rule)
            head = next((h for h in _SYSTEM_HEADS if core.endswith(h)), None)
            stem = core[:-len(head)] if head else ""
            headed = len(stem) >= 3 and (stem[-2:] in shapes or lexicon.mechanisms().canonical(stem) is not None)
            if not (named_class or headed or core[-2:] in shapes or counted is not None and core[-1] in _POINT_HEADS
                    and any(sh[-1] == core[-1] for sh in shapes)):
                continue  # (counted service points share their head: 联系点, 观测点)
            if not _ITEM.fullmatch(core) or "的" in core or core.startswith(_ITEM_NOT_LEAD) \
                    or core.endswith(_SIBLING_NOT) or _vague(core) or _COUNTED.match(core) \
                    or core in lexicon.mechanism_stoplist() or _names_place(core) or _is_award_name(core) \
                    or _OUTCOME.match(core):
                continue
            # (the name without a trailing head, as the schema's canonical names are: 负面清单制度 → 负面清单,
            # unless the lexicon knows it with the head)
            name = canonical_name(core)
            drop = next((h for h in _SUFFIX_DROP if core.endswith(h) and len(core) - len(h) >= 3), None)
            if name == core and drop:
                name = canonical_name(core[:-len(drop)])
            out.append(MechanismMention(a, a + len(x), x, name, "sibling"))
    return out


# a list item with its count before or after it (27个基层立法联系点, 法治观测点11个)
_ITEM_COUNT = re.compile(r"(?:%s)?([\u4e00-\u9fff]{3,12}?)(?:%s)?" % (_COUNT, _COUNT))
# the heads of service points counted in a list: items ending in the same one are alike (联系点, 观测点, 工作站)
_POINT_HEADS = "点站室"


# the items listed right before a quoted label counting the parts of one whole (A、B、C“三位一体”…格局)
_PARTS_OF = re.compile(r"(?:[、和及与][^，。；、“”,;]{2,14})*“[^“”]{1,6}(?:%s)”" % "|".join(lexicon.cues("parts_label")))


def _a_part(text: str, c: MechanismMention) -> bool:
    return c.source not in ("quote", "title") and _PARTS_OF.match(text, c.end) is not None


_PRIORITY = {"quote": 0, "title": 1, "lexicon": 2, "facility": 2, "coverage": 3, "phrase": 3, "sibling": 4}


def find_mechanisms(text: str) -> list[MechanismMention]:
    """All mechanism mentions in ``text``, non-overlapping, in text order."""
    # a known name inside a quote that names a venue (入展“枫桥经验”陈列馆) is no practice put in place;
    # inside a campaign's quoted title (“法治体检进企业”专项活动) it is (convention 2)
    campaigns = [(m.start(), m.end()) for m in _QUOTE.finditer(text) if text.startswith(_VENUE_AFTER, m.end())]
    cands = _quoted(text) + _titles(text) + [c for c in _lexicon(text) + _facilities(text) + _coverage(text) + _phrases(text)
                                              if not any(a <= c.start and c.end <= b for a, b in campaigns)]
    cands.sort(key=lambda c: (_PRIORITY[c.source], c.start))
    taken: list[MechanismMention] = []
    for c in cands:
        if any(c.start < t.end and t.start < c.end for t in taken):
            continue
        taken.append(c)
    taken += _siblings(text, taken)
    lex = lexicon.mechanisms()
    out = []
    for c in sorted(taken, key=lambda c: c.start):
        if _a_part(text, c):
            continue
        entry = lex.get(c.name)
        if entry and c.category is None:
            c = MechanismMention(c.start, c.end, c.surface, c.name, c.source, entry.category, entry.instance_of)
        elif entry is None and c.source == "quote":
            generic = instance_of(c.name, text[max(0, c.start - _BRAND_WINDOW):c.end + _BRAND_WINDOW])
            if generic:
                g = lex.get(generic)
                c = MechanismMention(c.start, c.end, c.surface, c.name, c.source, g.category if g else None, generic)
        out.append(c)
    return out


_BRAND_WINDOW = 20
_GENERIC_WORDS = frozenset(lexicon.cues("generic_word"))


def _bigrams(s: str) -> set[str]:
    return {s[i:i + 2] for i in range(len(s) - 1)}


def _covered(name: str, brand: str, around: str) -> bool:
    """Whether ``name`` splits into pieces of ≥ 2 characters, some in the brand, the rest around it."""
    n = len(name)
    ok = [[False, False] for _ in range(n + 1)]  # ok[i][used_brand]
    ok[0][0] = True
    for i in range(n):
        for used in (0, 1):
            if not ok[i][used]:
                continue
            for j in range(i + 2, n + 1):
                piece = name[i:j]
                if piece in brand:
                    ok[j][1] = True
                if piece in around:
                    ok[j][used] = True
    return ok[n][1] and any(name[i:j] in around for i in range(n) for j in range(i + 2, n + 1))


@lru_cache(maxsize=1)
def _generic_bigrams() -> tuple:
    return tuple((e, _bigrams(e.name)) for e in lexicon.mechanisms().entries.values() if len(e.name) >= 4)


@lru_cache(maxsize=1)
def _generics_by_bigram() -> dict[str, tuple[int, ...]]:
    """bigram -> the indexes in _generic_bigrams() of the generic names holding it: a brand is compared
    with the few generics it shares a bigram with, not with the whole lexicon."""
    index: dict[str, list[int]] = {}
    for k, (_, g_bigrams) in enumerate(_generic_bigrams()):
        for bg in g_bigrams:
            index.setdefault(bg, []).append(k)
    return {bg: tuple(ks) for bg, ks in index.items()}


def instance_of(brand: str, context: str) -> str | None:
    """The generic mechanism a local brand instantiates, when the text describes it as one.

    “天府入企码”供企业扫码核验 → 扫码入企: part of the generic name is in the brand (入企), the rest is
    spelled out around it (扫码); a generic named outright nearby is a co-mention, not a description.
    """
    around = context.replace(brand, "\x00")
    brand_bigrams = _bigrams(brand)
    best = None
    generics, index = _generic_bigrams(), _generics_by_bigram()
    # nothing shared, nothing to check: only the generics sharing a bigram, in the lexicon's order
    for k in sorted({k for bg in brand_bigrams for k in index.get(bg, ())}):
        entry, g_bigrams = generics[k]
        g = entry.name
        if g in brand or brand in g or any(a in around for a in (g, *entry.aliases) if len(a) >= 3):
            continue
        if not any(bg in around for bg in g_bigrams):
            continue  # _covered needs a piece of the name around the brand, and so one of its bigrams
        # (stops at the first such piece rather than collecting every shared piece first)
        if not any(g[i:j] in brand and g[i:j] not in _GENERIC_WORDS
                   for i in range(len(g)) for j in range(i + 2, len(g) + 1)):
            continue  # sharing only 执法 or 清单 says nothing about which practice it is
        if _covered(g, brand, around) and (best is None or len(g) > len(best)):
            best = g
    return best


span_extensions("mech_source", "category", "instance_of")


@Language.factory("fazhi_mechanisms")
def make_mechanisms(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        return set_spans(doc, "mechanisms", "Mechanism", find_mechanisms(doc_text(doc)), lambda m: m.name,
                         lambda m: {"mech_source": m.source, "category": m.category, "instance_of": m.instance_of})

    return component
