"""Line-level repairs of extracted text: invisible characters, PDF letter-spacing, fake-bold
doubling, page numbers, broken lines, verbatim repeats.  Recipes and their pitfalls:
../shared/research/nlp.md §5."""
from __future__ import annotations

import hashlib
import re
from collections import Counter

from .lexicon_files import word_list

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff"
_FULLWIDTH_PUNCT = "，。、；：！？“”‘’（）《》【】…—·「」『』"
_SP = r"[ \t\u3000]"
_CJK_SPACE_CJK = re.compile(rf"(?<=[{_CJK}]){_SP}(?=[{_CJK}])")
# spaces between CJK and digits/Latin are layout, never meaning (2024 年, 第 3 条, 掌上执法 App)
_CJK_DIGIT = re.compile(rf"(?<=[{_CJK}]){_SP}+(?=[0-9A-Za-z%])|(?<=[0-9A-Za-z%]){_SP}+(?=[{_CJK}])")
# a division's level word cut off by a stray space before the list mark that ends it (黄龙 县、定边县): a
# level word alone is no word of its own, so the space is layout
# (but 桐庐县 市、县两级: levels listed are words of their own)
_LONE_LEVEL = re.compile(rf"(?<=[{_CJK}]){_SP}+(?=[县市区镇乡旗][、，,。；;](?![省市县区镇乡村旗]))")
_AROUND_PUNCT = re.compile(rf"{_SP}*([{_FULLWIDTH_PUNCT}]){_SP}*")
_SINGLE_SPACED = re.compile(rf"[{_CJK}] (?=[{_CJK}{_FULLWIDTH_PUNCT}0-9])")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_PAGE_NUMBER = re.compile(r"^\s*(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"
                          r"|\d{1,4}\s*/\s*\d{1,4}|\d{1,3})\s*$")
TERMINAL = tuple("。！？!?；;…”’」』）)：:")
SENT_END = tuple("。！？!?；;…")
_CLOSERS_RE = re.compile(r"[”’」』）)》】\]]+$")
# (a decimal opening a line, 1.2亿元, is no item number)
_NUMBERING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．](?!\d)\s*)")
# 一是…, 二是…: the items a report enumerates in running text
_ITEM_WORD = re.compile(r"\s*[一二三四五六七八九十]+是")
_PAIRS = (("“", "”"), ("‘", "’"), ("（", "）"), ("(", ")"), ("《", "》"), ("【", "】"))
_BULLETS = tuple("●•·■□◆◇▲△★☆※-—（(第")
_CONTINUATION_START = tuple("”’）)》】」』，,、；;：:。！？")


def opens_item(line: str) -> bool:
    """Whether ``line`` opens an item of an enumeration (一、, （三）, 4., 二是…)."""
    return bool(_NUMBERING.match(line) or _ITEM_WORD.match(line))


def clean_chars(text: str) -> str:
    """Unify line ends, drop zero-width and control characters, make NBSP/tab a plain space."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0c", "\n")
    text = text.replace("\xa0", " ").replace("\t", " ")
    return _CONTROL.sub("", _INVISIBLE.sub("", text))


# a name in straight double quotes (推行"一站式"办案模式): the quotes Chinese text means are the curly ones
_STRAIGHT_QUOTED = re.compile(rf'"([^"\n]{{0,30}}[{_CJK}][^"\n]{{0,30}})"')


def curl_quotes(text: str) -> tuple[str, int]:
    """Pairs of straight double quotes around Chinese text made curly (“一站式”); (text, pairs)."""
    if '"' not in text:
        return text, 0  # most documents use curly quotes only
    return _STRAIGHT_QUOTED.subn(r"“\1”", text)


# a reading printed after a character in reposts: 建设(shè), 區(qū)域; tone-marked, or a plain syllable
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_SYLLABLE = rf"[a-zü{_TONED}]{{1,6}}"
# the repost may pad the reading (浙(zhè )江): spaces inside the brackets belong to it
_PINYIN = re.compile(rf"(?<=[{_CJK}])[(（][ \u3000]?({_SYLLABLE})[ \u3000]?[)）]")
_PLAIN_SYLLABLE = re.compile(r"^(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?[aeiouüv]{1,3}(?:ng|n|r)?$")
# where _PINYIN matches, this does at the bracket: a pattern that opens with a character class is searched
# for quickly, one that opens with a lookbehind is tried at every position (10.6 -> 2.9 ms per MB of text)
_PINYIN_OPEN = re.compile(rf"[(（][ \u3000]?[a-zü{_TONED}]")


def strip_pinyin(text: str) -> tuple[str, int]:
    """Remove inline pinyin (示(shì)范 → 示范), which splits names; returns (text, readings removed).

    A reading is one lowercase syllable in brackets right after a CJK character: tone-marked, or
    without tone marks only when it has the shape of a syllable, so (a)/(b) list labels survive."""
    if not _PINYIN_OPEN.search(text):
        return text, 0
    n = 0

    def drop(m: re.Match) -> str:
        nonlocal n
        syl = m.group(1)
        if any(c in _TONED for c in syl) or (len(syl) > 1 and _PLAIN_SYLLABLE.match(syl)):
            n += 1
            return ""
        return m.group(0)

    return _PINYIN.sub(drop, text), n


# an ASCII comma right before another mark (唐山市,、石家庄市 / 从2017年9月起,, / 名单,。): some reposting sites
# put one after every name or clause, which splits lists and awards at the wrong place. Only the ASCII comma,
# the one those sites add: a full-width one doubled (，，) is how a fake-bold line shows, and is undoubled
_STRAY_COMMA = re.compile(r",+(?=[,，、。；;])")


def drop_stray_commas(text: str) -> tuple[str, int]:
    """Remove ASCII commas that stand right before another punctuation mark; returns (text, removed)."""
    if "," not in text:
        return text, 0  # (most Chinese lines hold no ASCII comma at all)
    return _STRAY_COMMA.subn("", text)


def despace(line: str) -> str:
    """Remove spaces that PDF extraction put between characters, keep real ones.

    CJK–digit spaces and spaces around full-width punctuation always go; CJK–CJK spaces only
    on letter-spaced lines (≥ 30 % of CJK characters followed by one space), so a byline such
    as ``奇·达楞太 内蒙古自治区通辽市委副书记`` keeps its space.  Latin text is left alone.
    """
    if not line.strip():
        return ""
    if " " not in line and "\t" not in line and "\u3000" not in line:
        return line.strip()  # nothing to remove (every pattern below needs a space): most lines
    line = _CJK_DIGIT.sub("", line)
    line = _LONE_LEVEL.sub("", line)
    line = _AROUND_PUNCT.sub(r"\1", line)
    cjk = len(re.findall(rf"[{_CJK}]", line))
    if cjk and len(_SINGLE_SPACED.findall(line)) >= 0.3 * cjk and not is_menu(line):
        line = _CJK_SPACE_CJK.sub("", line)
    return line.strip()


# a site's menu of sections (要闻 党建 社会 文旅 教育 开发区 汽车): six or more words of two to four characters
# between spaces. Its spaces are real (no letter-spacing), and it is never a title; it stays in the text
# (a list of places could look like it)
_MENU = re.compile(r"^\s*(?:[\u4e00-\u9fff]{2,4}[ \u3000]+){5,}[\u4e00-\u9fff]{2,4}\s*$")


def is_column(line: str) -> bool:
    """A site's column label above its articles (市内要闻, 社会新闻, 工作动态): a few characters ending in a
    column word (word_list column_words.txt); never a title."""
    t = line.strip()
    return len(t) <= 6 and t.endswith(word_list("column_words.txt"))


def is_menu(line: str) -> bool:
    return " " in line and bool(_MENU.match(line))


def is_letter_spaced(line: str) -> bool:
    if " " not in line:
        return False  # _SINGLE_SPACED needs a space: most lines have none
    cjk = len(re.findall(rf"[{_CJK}]", line))
    return bool(cjk) and len(_SINGLE_SPACED.findall(line)) >= 0.3 * cjk and not is_menu(line)


def _doubled_runs(s: str) -> list[str] | None:
    if not s:
        return []
    # a run s[:k] doubled has its copy start at k on the line's first character: only those k are tried
    # (every line of 6 to 200 characters is tested, almost none doubled)
    k = s.find(s[0], 1)
    while 0 < k <= len(s) // 2:
        if s[:k] == s[k:2 * k]:
            rest = _doubled_runs(s[2 * k:])
            if rest is not None:
                return [s[:k]] + rest
        k = s.find(s[0], k + 1)
    return None


def undouble(line: str) -> str:
    """足音铿锵足音铿锵，，… → 足音铿锵，…: only when the whole line is doubled runs (fake bold
    printed every glyph twice), so 研究研究这个问题 stays."""
    s = line.strip()
    if len(s) < 6 or len(s) > 200:
        return line
    runs = _doubled_runs(s)
    if runs and max(len(r) for r in runs) >= 3:
        return "".join(runs)
    return line


def is_page_number(line: str) -> bool:
    return bool(_PAGE_NUMBER.match(line))


def table_serials(lines: list[str], reach: int = 8) -> set[int]:
    """Indices of bare-number lines that count the rows of a table flattened one cell per line
    (1 / 河北省 / 承德市 / 2 / …): the next number follows within a few lines, where a page's
    number is a page of text away.  They are no page numbers."""
    nums = {i: int(ln.strip()) for i, ln in enumerate(lines) if re.fullmatch(r"\s*\d{1,3}\s*", ln)}
    out: set[int] = set()
    for i, n in nums.items():
        nxt = next((j for j in range(i + 1, min(len(lines), i + reach + 1)) if nums.get(j) == n + 1), None)
        if nxt is not None and nxt - i >= 2:
            out |= {i, nxt}
    return out


def is_hard_wrapped(lines: list[str]) -> bool:
    """PDF-extracted text: most lines end mid-sentence (000: 15 %; born-digital text 58–69 %),
    and those lines share one width (000: 72 % within a character of the commonest width).
    A name list (one place per line) also leaves lines unended, but of every width."""
    nonempty = [ln.strip() for ln in lines if ln.strip()]
    if len(nonempty) < 5:
        return False
    open_lines = [len(re.sub(r"\s", "", ln)) for ln in nonempty if not ln.endswith(TERMINAL)]
    if (len(nonempty) - len(open_lines)) / len(nonempty) >= 0.35:
        return False
    widths = Counter(open_lines)
    mode = widths.most_common(1)[0][0]
    return sum(n for w, n in widths.items() if abs(w - mode) <= 1) / len(open_lines) >= 0.45


def ends_sentence(s: str) -> bool:
    """Ends with 。！？；… possibly followed by closing quotes/brackets (…关键。”)."""
    return _CLOSERS_RE.sub("", s.rstrip()).endswith(SENT_END)


def balanced(s: str) -> bool:
    return all(s.count(o) == s.count(c) for o, c in _PAIRS)


def _open(text: str) -> bool:
    # 【】 marks a web page's buttons (【打印 我要纠错), which are often left unclosed: no glue for them
    return any(text.count(o) > text.count(c) for o, c in _PAIRS if o != "【")


def _heading_shape(s: str, max_chars: int) -> bool:
    """Short, no sentence end, no comma, not ending on a word that leads on."""
    return (0 < len(s) <= max_chars and not ends_sentence(s) and not s.endswith(("，", ",", "、", "：", ":"))
            and "，" not in s and "," not in s)


def title_like(line: str, max_chars: int = 30) -> bool:
    """A heading: short, no sentence end, no comma, brackets and quotes closed."""
    s = line.strip()
    return _heading_shape(s, max_chars) and balanced(s)


def _cut_title(line: str) -> bool:
    """A document's title cut off inside its quote (这条村上榜第七批“全国民主法治示范村): a heading's shape, with
    nothing wrong but quotes or brackets the cut left open."""
    s = line.strip()
    return _heading_shape(s, 40) and _open(s) and not any(s.count(c) > s.count(o) for o, c in _PAIRS)


def _table_row(line: str) -> bool:
    """A line of cells between bars (序号 | 名称 | 省份 |), as a saved page's table becomes text."""
    return line.count("|") + line.count("｜") >= 2


_ONE_CHAR = re.compile(rf"[{_CJK}]")
# a line opening on a province's or a city's full name (北京市西城区…, 河北省石家庄市…, 广西壮族自治区…)
_PLACE_LED = re.compile(r"^(?:[\u4e00-\u9fff]{2,3}(?:省|市)|[\u4e00-\u9fff]{2}(?:维吾尔|壮族|回族)?自治区)"
                        # …and a unit of it right after (北京市西城区, 河北省石家庄市): 智慧城市建设 is no place
                        r"(?![委政长级区域内])[\u4e00-\u9fff]{1,5}?(?:市|区|县|州|盟|旗)")
_LIST_REMARK = re.compile(r"[（(][^（）()]{1,12}[)）]$")


def join_lines(lines: list[str], hard_wrapped: bool) -> tuple[list[str], int]:
    """Glue lines broken inside sentences back into paragraphs; (paragraphs, lines glued).

    Born-digital text is one paragraph per line: only an open quote/bracket or a next line
    that starts with a closer or comma glues.  Hard-wrapped (PDF) text also glues a line that
    does not end a sentence when it is nearly as wide as its neighbours (the layout switches
    between ~40- and ~21-character columns, so width is judged against a ±3-line window), or
    when it continues a paragraph across a blank line into a line that is not a heading.
    """
    items = [ln.strip() for ln in lines]
    idx = [i for i, ln in enumerate(items) if ln]
    widths = {i: len(items[i]) for i in idx}
    paras: list[str] = []
    buf = ""
    glued = 0
    for n, i in enumerate(idx):
        line = items[i]
        buf += line
        nxt = items[idx[n + 1]] if n + 1 < len(idx) else None
        if nxt is None:
            break
        blank_between = idx[n + 1] > i + 1
        blank_before = i == 0 or not items[i - 1]
        starts_para = buf == line
        glue = False
        if _ONE_CHAR.fullmatch(line) and _ONE_CHAR.fullmatch(nxt):
            glue = True  # 具 | 体 | 名 | 单: a word set vertically, one character a line, is one line
        elif starts_para and blank_before and blank_between and (title_like(line) or n == 0 and _cut_title(line)):
            glue = False  # a line standing alone between blank lines is a heading (the first may be cut off)
        elif _table_row(line) and (_table_row(nxt) or line.rstrip().endswith(("|", "｜"))):
            glue = False  # 6 | 鄂尔多斯市康巴什区 | 内蒙古自治区 |: a table's rows are a layout, not wrapped text
        elif _LIST_REMARK.sub("", line).endswith(("名单", "名单如下", "名单如下：", "名单如下:")):
            # (…示范村名单(四川59个): a remark in brackets after the heading leaves it a heading)
            glue = False  # the heading of a list stands apart from its first name
        elif line.endswith(("：", ":")) and not _open(buf) and title_like(nxt) and n + 2 < len(idx) \
                and title_like(items[idx[n + 2]]):
            glue = False  # 授予以下单位…称号： then one name a line: the list's lead stands apart from it
        elif _open(buf) and not ends_sentence(line) and len(buf) < 600:
            glue = True
        elif nxt.startswith(_CONTINUATION_START):
            glue = True
        elif not hard_wrapped and len(line) >= 40 and not ends_sentence(line) and not line.endswith(("：", ":")) \
                and not title_like(nxt) and not _NUMBERING.match(nxt) and not nxt.startswith(_BULLETS) \
                and re.search(r"[，,；;]", line):
            # a long line cut mid-sentence (…把法 | 治政府建设…) is prose, with commas; a long heading
            # (甲市司法局、乙市财政局——某某机制) has none; a new item starts numbered
            glue = True
        elif hard_wrapped and not ends_sentence(line):
            window = [widths[j] for j in idx[max(0, n - 3):n + 4]]
            full = len(line) >= 0.75 * max(window)
            if full and max(window) <= 16 and title_like(line) and title_like(nxt):
                glue = False  # a list of names, one per line, is not a column of wrapped text
            elif full and (_NUMBERING.match(nxt) and title_like(line, 40) or _PLACE_LED.match(line)
                           and _PLACE_LED.match(nxt) and title_like(line, 40) and title_like(nxt, 40)):
                # a list of entries one per line (1.甲市“…”改革 | 2.乙县…; 北京市西城区“…”项目 | 河北省…):
                # each opens on its number or its place, whole, quotes closed
                glue = False
            elif full:
                glue = not (blank_between and title_like(nxt) and not line.endswith(("，", "、")))
            elif line.endswith(("，", "、", "：", "；")):
                glue = True
            elif blank_between and not starts_para and not title_like(nxt):
                glue = True  # a paragraph cut by a page or column gap (…申报的 | 《个人破产…》)
        if glue:
            glued += 1
        else:
            paras.append(buf)
            buf = ""
    if buf:
        paras.append(buf)
    return paras, glued


def _key(para: str) -> str:
    core = re.sub(r"\s+", "", _NUMBERING.sub("", para))
    return hashlib.sha1(core.encode("utf-8")).hexdigest()


def dedupe(paras: list[str], min_chars: int = 20) -> tuple[list[str], int]:
    """Drop later verbatim copies of paragraphs (≥ min_chars, ignoring whitespace and leading
    numbering such as 三、); short lines legitimately repeat (letterhead and signature)."""
    seen: set[str] = set()
    out, dropped = [], 0
    for p in paras:
        if len(p) >= min_chars:
            k = _key(p)
            if k in seen:
                dropped += 1
                continue
            seen.add(k)
        out.append(p)
    return out, dropped
