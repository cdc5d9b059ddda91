"""Which year a statement is about.

Order of evidence: a year in the clause, in its sentence, a relative word (今年/去年/近日 …)
against the article date (or, in an undated text, the latest year it states), a year stated earlier
in the same paragraph, the year of the current section heading, the year of the article's title
(annual reports, work plans).
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon

# a year that is not the end of a span such as 2021-2025年 or a title's （2021—2025年）
# (至 ends a span only after a date: 2018年至2020年, but 至2020年 alone is "by 2020")
_YEAR = re.compile(r"(?<![\d\-—–－~])(?<![\d年月日]至)((?:19|20)\d{2})\s*年(?!\s*[\-—–－~至])")
_RANGE_START = re.compile(r"((?:19|20)\d{2})\s*年?\s*[\-—–－~至]\s*(?:19|20)\d{2}")
_TITLE_SPAN = re.compile(r"《[^《》]*》")
_RELATIVE = (("前年", -2), ("去年", -1), ("上年", -1), ("过去一年", -1), ("过去的一年", -1), ("今年", 0), ("本年", 0), ("当年", None),
             ("明年", 1), ("近日", 0), ("日前", 0), ("近期", 0), ("目前", 0))
_BATCH = re.compile(r"(首批|第一批|第二批|第三批|第四批|第五批|第([一二三四五六七八九十\d]+)批)")
_BASELINE = lexicon.cues("year_baseline")
_APPRAISED = re.compile(r"\s*度[^，。；,;\n“”]{0,16}?(?:%s)" % "|".join(lexicon.cues("appraisal")))
_CN_NUM = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def small_number(n: str) -> int | None:
    """A count in figures or one Chinese numeral (3, 三, 两)."""
    return int(n) if n.isdigit() else _CN_NUM.get(n)


def _mask_titles(text: str) -> str:
    return _TITLE_SPAN.sub(lambda m: " " * len(m.group(0)), text)


def years_in(text: str, titles: bool = False) -> list[tuple[int, int]]:
    """(position, year) of every stand-alone year in ``text``, ignoring ranges and (unless ``titles``)
    《》 titles: a document's title dates the document, but the title of a list (《关于2021年度“…”名单
    的公示》) dates the list."""
    if "年" not in text:
        return []  # every year _YEAR reads ends in 年: most clauses asked have none
    masked = text if titles else _mask_titles(text)
    ranges = [m.span() for m in _RANGE_START.finditer(masked)]
    out = []
    for m in _YEAR.finditer(masked):
        if any(a <= m.start() < b for a, b in ranges):
            continue
        if masked[max(0, m.start() - 2):m.start()].rstrip().endswith(_BASELINE):
            continue  # 比2021年下降70%: the year compared against, not the year of anything done
        if _APPRAISED.match(masked, m.end()):
            continue  # 获得2022年度…考核优秀等次: the period an appraisal covers, not the year of what is reported
        out.append((m.start(), int(m.group(1))))
    return out


# a document's edition in its title: 《…清单(2023年)》, 《…目录（2022版）》
_EDITION = re.compile(r"[（(]\s*((?:19|20)\d{2})\s*(?:年版|年|版)\s*[)）]\s*》$")


def editions(text: str) -> list[tuple[int, int, int]]:
    """(start, end, year) of each 《title》 of ``text`` that gives its edition (《“首违不罚”清单(2023年)》):
    the year of that version of the instrument, which dates its making better than 近日 or a nearby year."""
    if "》" not in text:
        return []
    return [(m.start(), m.end(), int(e.group(1))) for m in _TITLE_SPAN.finditer(text)
            if (e := _EDITION.search(m.group(0))) is not None]


def latest_year(text: str) -> int | None:
    """The latest year an undated text states for what it reports: the base of its 今年 and 去年 (convention 8
    resolves them against a date the document shows; a story that names 2023 and 2025 was written in 2025 at
    the earliest). Goals and deadlines (力争2027年, 2026年底前) are years not yet reached and do not count."""
    ys = [y for p, y in years_in(text) if not _not_reached(text, p)]
    return max(ys) if ys else None


# a year right after these is still ahead (将于2026年, 力争到2027年, 目标是2030年); said anywhere earlier in its
# sentence, a plan (还将在2026年…，并在2027年…); after 到 alone, a goal unless what follows says it was reached
# (到2035年基本建成… against 从…到2023年获评…再到2025年荣膺…)
_GOAL_LEAD = re.compile(r"(?:%s)\s*$" % "|".join(lexicon.cues("year_goal_lead")))
_PLAN_IN_SENTENCE = re.compile("|".join(lexicon.cues("year_plan_in_sentence")))
_REACHED = re.compile("|".join(lexicon.cues("year_reached")))


def _not_reached(text: str, p: int) -> bool:
    """Whether the year stated at ``p`` is a goal, a plan or a deadline rather than a year reached."""
    if _GOAL_LEAD.search(text, max(0, p - 4), p) or _TARGET_AFTER.match(text, text.find("年", p) + 1):
        return True
    start = max(text.rfind(ch, 0, p) for ch in "。；;\n") + 1
    if _PLAN_IN_SENTENCE.search(text, start, p):
        return True
    if text[max(0, p - 1):p] in ("到", "至"):
        clause = re.split(r"[，,；;。\n]", text[p:p + 40], maxsplit=2)
        return not any(_REACHED.search(c) for c in clause[:2])
    return False


def relative_year(text: str, base: int | None, report_year: int | None = None) -> int | None:
    """The year a relative word of ``text`` names, counted from ``base`` (the text's date); in an annual report
    of ``report_year``, 本年度 is that year whenever the report was published."""
    if report_year is not None and any(w in text for w in lexicon.cues("report_relative")):
        return report_year
    if base is None:
        return None
    # the word said first governs: 自今年起推行…，较去年提高 is about this year; a year compared against (较去年提升,
    # 比去年增长, 同比) is no year of what is done
    found = sorted((m.start(), base + d) for w, d in _RELATIVE if d is not None and w in text
                   for m in re.finditer(w, text) if not text[max(0, m.start() - 2):m.start()].endswith(_BASELINE))
    return found[0][1] if found else None


def batch_of(text: str) -> int | None:
    m = None
    for m in _BATCH.finditer(text):
        pass
    if not m:
        return None
    w = m.group(1)
    if w in ("首批", "第一批"):
        return 1
    n = m.group(2) or {"第二批": "二", "第三批": "三", "第四批": "四", "第五批": "五"}.get(w)
    if n is None:
        return None
    return small_number(n)


@lru_cache(maxsize=1)
def batch_years() -> dict[tuple[str, int], int]:
    out = {}
    for line in lexicon.data_text("demonstration_batches.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            level, batch, year = line.split("\t")
            out[(level.strip(), int(batch))] = int(year)
    return out


# an honour for a year's work (“2012年度全省人民调解先进集体”): conferred once that year is over
_PERIOD = re.compile(r"((?:19|20)\d{2})\s*年度")


def naming_years(text: str, award_at: int) -> list[tuple[int, int]]:
    """(position, year) of the years ``text`` gives for a naming whose honour's name starts at
    ``award_at``: the year of the period an honour is for (2012年度… in its name) is not the year it
    was conferred (于2013年2月被授予“2012年度…”): another year the text gives wins; when the period's
    is the only one, it is the year given (the annotations follow the text: 获评2020年度…案例 is 2020)."""
    ys = years_in(text)
    # the period stands inside the name or right before it (授予“2012年度全省…”: the mention may start
    # after its year)
    periods = {m.start() for m in _PERIOD.finditer(text) if m.end() >= award_at - 2}
    return [(p, y) for p, y in ys if p not in periods] or ys


def nearest_year_before(text: str, pos: int) -> int | None:
    ys = [y for p, y in years_in(text[:pos])]
    return ys[-1] if ys else None


# an annual report says which year it reports on in its opening: 现将2022年法治政府建设情况报告如下
# (现将北京市石景山区人民政府2023年…年度情况报告如下: the reporting government may be named before the year)
_REPORT_OF = re.compile(r"现将[^。；，,\n\d]{0,20}?((?:19|20)\d{2})\s*年(?:度)?[^。；\n]{0,40}?(?:情况|工作)?(?:报告|汇报|总结)如下"
                        r"|((?:19|20)\d{2})\s*年(?:度)?[^。；，\n]{0,20}?法治政府建设(?:工作)?(?:年度)?(?:情况)?(?:的)?(?:报告|总结)"
                        # 2025年，县委、县政府坚持…，现将工作开展情况报告如下: the opening sentence's year
                        r"|(?:^|\n)\s*((?:19|20)\d{2})\s*年(?:度)?[，,][^\n]{0,400}?(?:现将|具体|有关)[^。\n]{0,20}?(?:报告|汇报)如下"
                        # 2023年，市市场监管局…法治政府建设…取得了新成效: a year's summary opens with the year
                        # and its work of building the rule of law
                        # (after the addressee's line, 江苏省人民政府：)
                        r"|^(?:[^\n]{2,30}[：:]\s*\n)?\s*((?:19|20)\d{2})\s*年(?:度|以来)?[，,][^\n]{0,200}?法治(?:政府)?建设"
                        r"[^\n]{0,120}?(?:取得|迈上|实现|成效|新进展|新成效|新突破|新局面|入围|获评)"
                        # 2024年，某市…，全面深化法治政府建设，为…营造良好法治环境: the opening sentence sums up
                        # the year's building and what it served
                        r"|^(?:[^\n]{2,30}[：:]\s*\n)?\s*((?:19|20)\d{2})\s*年(?:度)?[，,][^\n。]{0,80}?"
                        r"(?:全面|持续|深入|扎实)(?:推进|深化|加强)法治(?:政府)?建设[，,]为[^\n。]{2,40}?(?:营造|提供|保障|护航)"
                        # 2022年，苏州市坚持以习近平…思想为指导: the set opening of a year's report
                        r"|^(?:[^\n]{2,30}[：:]\s*\n)?\s*((?:19|20)\d{2})\s*年(?:度)?[，,]?[^\n。]{0,80}?坚持以习近平"
                        # 2023年，某市司法局在市委、市政府的坚强领导下…: a year's summary under its leaders
                        r"|^(?:[^\n]{2,30}[：:]\s*\n)?\s*((?:19|20)\d{2})\s*年(?:度)?[，,][^\n。]{2,30}?在[^\n。]{2,40}?领导(?:下|和)")


def report_year(text: str) -> int | None:
    """The year an annual report or work summary reports on, when its opening says so."""
    m = _REPORT_OF.search(text)
    return int(next(g for g in m.groups() if g)) if m else None


# a review of a year that opens on that year alone (2025年，镇坪县人民法院坚持…): what it reports is that year's
# (2020年是全面建成小康社会…收官之年: a summary's usual first words about its own year)
# (a yearbook's entry opens on its label: 【概况】2020年，全省…)
_REVIEW_OPENING = re.compile(r"^\s*(?:【[^】\n]{1,12}】\s*)?((?:19|20)\d{2})\s*年\s*(?:[，,]|是[^。；]{2,80}?(?:之年|的一年|关键一年|重要一年))")


def review_year(text: str) -> int | None:
    """The year a story or summary opens its first lines with (2025年，…), as an annual report's title gives
    it: the work it then tells of, undated, is of that year (convention 8)."""
    # the first line of prose, or the second after a one-sentence lead (a byline, a source line or a caption
    # is shorter, a headline has no comma): a year opening a later paragraph is a date in the story (1985年，…)
    prose = [x for x in text.split("\n") if len(re.findall(r"[\u4e00-\u9fff]", x)) >= 30 and re.search(r"[，,。]", x)]
    m = _REVIEW_OPENING.match(prose[0]) if prose else None
    if m is None and len(prose) > 1 and prose[0].count("。") <= 1:
        m = _REVIEW_OPENING.match(prose[1])  # after a lead of one sentence (近日，…被评为…。 / 2019年，全县…)
    return int(m.group(1)) if m else None


# a report's section headings (一、…, （二）…): an excerpt cut from a report's body, title and date gone
_SECTION_HEAD = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])", re.M)


_TARGET_BEFORE = re.compile(r"(?:到|(?<!截)至)$")
# (a deadline right after the year, by its end or by a month: 2026年底前, 2026年6月底前)
_TARGET_AFTER = re.compile(r"\s*(?:\d{1,2}\s*月\s*(?:\d{1,2}\s*日)?\s*)?(?:底|末)?(?:以)?前(?![一二三四五六七八九十两\d半几])")
# a naming or honour recalled in the year's clause (2021年被命名为…, 2020年荣获…)
_RECALLED = re.compile(r"命名|获评|荣获|评为|授予|入选")
_SINCE = re.compile(r"\s*(?:度)?(?:以来|来|起|开始)")


def _reported(text: str, at: int) -> bool:
    """Whether the year at ``at`` is one a report reports on: not a span's start (2019年以来, 自2022年起), a
    target (力争到2035年, 2025年底前) or an honour recalled (于2021年被命名为…)."""
    after = text.index("年", at) + 1
    return not (_SINCE.match(text, after) or text[max(0, at - 1):at] in ("自", "从")
                or _TARGET_BEFORE.search(text, max(0, at - 3), at) or _TARGET_AFTER.match(text, after)
                or _RECALLED.search(re.split(r"[，,。；;\n]", text[at:at + 40], maxsplit=1)[0]))


def sectioned_year(text: str) -> int | None:
    """The year of an undated excerpt of a report (its sections headed 一、 and （一）) that names one year
    only, twice or more, in its prose or its documents' numbers (〔2023〕1号): what it reports is that year's
    work (convention 8); a report that names two years or more is left undated."""
    if len(_SECTION_HEAD.findall(text)) < 2:
        return None
    ys = [y for at, y in years_in(text, titles=True) if _reported(text, at)]
    ys += [int(y) for y in _DOC_NUMBER.findall(text)]
    # (named once, a year may be a figure's or an event's: 2023年累计分流警情28万起 in a feature story; a
    # report names its own year again and again — its plans, its documents' numbers)
    return ys[0] if len(set(ys)) == 1 and len(ys) >= 2 else None


# a news lead dated by month and day only (本报讯 5月21日，2019年…启动仪式…): the story is of the year its
# opening sentence names
_LEAD_DATE = re.compile(r"^\s*[^\n。]{0,40}?(?<![\d年/\-.])\d{1,2}\s*月\s*\d{1,2}\s*日")


# (a headline goes on for a few characters: 2022卷, a yearbook's volume, is no headline's year)
_LEADING_YEAR = re.compile(r"^\s*((?:19|20)\d{2})(?=[\u4e00-\u9fff]{4})(?!年)")


def leading_year(title: str) -> int | None:
    """A year opening a headline without 年 (2019第三批…名单): the headline's year."""
    m = _LEADING_YEAR.match(title)
    return int(m.group(1)) if m else None


# an official document's number under its title: 温政发〔2009〕25号 (issued in 2009)
_DOC_NUMBER = re.compile(r"[〔［\[]\s*((?:19|20)\d{2})\s*[〕］\]]\s*\d+\s*号")


def title_year(title: str | None) -> int | None:
    """The year a title shows: the first year it names (not a span: a plan for 2021—2025年 is about no
    single year), else a year leading it without 年 (2019第三批…名单)."""
    if not title:
        return None
    ys = years_in(title)
    return ys[0][1] if ys else leading_year(title)


def document_number_year(text: str) -> int | None:
    """The year of the document number in a text's head (〔2009〕25号), the year it was issued."""
    m = _DOC_NUMBER.search(text)
    return int(m.group(1)) if m else None


def lead_year(text: str) -> int | None:
    """The year of an undated news story whose lead gives only a month and day, when the lead's sentence
    names exactly one year (a story is written in the year it reports)."""
    first = re.split(r"[。！？\n]", text.lstrip(), maxsplit=1)[0]
    if _LEAD_DATE.match(first):
        return _one_year(first)
    # under a headline and a line or two of standfirst: the lead paragraph opens with the month and day
    # (11月14日，中央文明委公布…名单。2017年首次…): its sentences name the story's year, when only one
    line = next((x for x in text.split("\n")[1:6] if _MONTH_DAY.match(x)), None)
    return _one_year(line) if line is not None else None


_MONTH_DAY = re.compile(r"\s*\d{1,2}\s*月\s*\d{1,2}\s*日")


def _one_year(text: str) -> int | None:
    ys = {y for _, y in years_in(text)}
    return ys.pop() if len(ys) == 1 else None
