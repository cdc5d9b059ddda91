"""Facts from mentions: who adopted, pioneered, promoted or was honoured with what, and when.

Works clause by clause over one article (one spaCy Doc).  The subject of a clause is a place
named in it, else the place of a body acting in it, else the sentence's subject, else the
topic place carried from earlier sentences (initially the article's main place).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Fact
from . import lexicon, years

_CLAUSE_BREAK = re.compile(r"[，,；;：:]")
_OBJECT_BEFORE = lexicon.cues("object_before")
_LIST_SEP = re.compile(r"^[、和及与,，]+$")
_PLAN_HEADING = lexicon.cues("plan_heading")
_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[.、．])")
_GENERIC_AWARD = re.compile(r"^(?:(?:19|20)\d{2}年(?:度)?)?[“\"]?([^，。；;,！？、]{3,40}?)[”\"]?(?:荣誉)?(?:称号)?(?=[，。；;,！？、]|$)")
_AWARD_WORDS = lexicon.cues("award_word")
_MAX_VERB_GAP = 20  # characters between an adoption verb and the name it governs
_BATCH_OF_LIST = re.compile(r"(首批|第[一二三四五六七八九十\d]+批)[^，。；,;]{0,14}示范")
# clauses that open a sentence before its actor: purpose, condition, reference
_LEAD_CLAUSE = re.compile(r"^(?:为了|为|针对|围绕|面对|随着|根据|按照|依据|对照|聚焦|立足|通过|借助|在[^，]{0,12}(?:方面|中|上|下))")
# a clause that is only a date: 2020年8月 / 2023年以来 / 2024年底
_TIME_PHRASE = re.compile(r"^(?:在|于)?((?:19|20)\d{2})\s*年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:以来|底|初|末|上半年|下半年|年中)?$")
# a byline names its author's office: 赵海 山东省东营市副市长、市公安局局长
_BYLINE = re.compile(r"(书记|市长|县长|区长|州长|省长|局长|厅长|主任|院长|检察长|记者|通讯员)")
# what may stand before a clause's acting place: nothing, or a preposition of agency/locus
_SUBJECT_LEAD = lexicon.cues("subject_lead")
_SHORTCOMING = lexicon.cues("shortcoming")
_PROBLEM_HEADING = lexicon.cues("problem_heading")
_PROMOTING_BODY = lexicon.cues("promoting_body")
_DUTY_AFTER = lexicon.cues("duty_after")
_FIRST_NOUNS = ("首个", "首家", "首部", "首份", "第一个")
_DUTY_TOOL = lexicon.cues("duty_tool")


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
    title_year: int | None = None
    plan: bool = False
    sentences: list[tuple[int, int, int]] = field(default_factory=list)  # start, end, paragraph
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    main_place: Ref | None = None


def _scope_of(place_name: str) -> str | None:
    """全省/全市/全县/全区: the scope of 'first in …' for a place of that kind."""
    for suffix, scope in (("自治区", "全区"), ("省", "全省"), ("市", "全市"), ("州", "全州"), ("县", "全县"),
                          ("区", "全区"), ("旗", "全旗")):
        if place_name.endswith(suffix):
            return scope
    return None


def _find_cue(text: str, role: str) -> tuple[int, str] | None:
    """The first cue word of ``role`` in ``text`` (position, word)."""
    best = None
    for w in lexicon.cues(role):
        i = text.find(w)
        if i >= 0 and (best is None or i < best[0]):
            best = (i, w)
    return best


def _last_cue(text: str, role: str) -> tuple[int, str] | None:
    # the cue that ends last; of cues ending together the longest (全面推行 over 推行)
    best, key = None, None
    for w in lexicon.cues(role):
        i = text.rfind(w)
        if i >= 0 and (key is None or (i + len(w), len(w)) > key):
            best, key = (i, w), (i + len(w), len(w))
    return best


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, s = [], start
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        out.append((s, m.start()))
        s = m.end()
    out.append((s, end))
    return [(a, b) for a, b in out if b > a]


class ArticleExtractor:
    def __init__(self, text: str, info: ArticleInfo, places: list[Ref], bodies: list[Ref],
                 mechanisms: list[Mention], awards: list[Mention]):
        self.text = text
        self.info = info
        self.places = sorted(places, key=lambda r: r.start)
        self.bodies = sorted(bodies + self._own_bodies(text, bodies, places, info.main_place), key=lambda r: r.start)
        self.mechanisms = mechanisms
        self.awards = awards
        self.facts: list[Fact] = []
        # places inside 《titles》 and “quotes” name documents and brands, not actors
        self.quoted = [m.span() for m in re.finditer(r"《[^《》]*》|“[^“”]*”", text)]
        self.topic: Ref | None = info.main_place
        self.collection: Mention | None = None  # an honour list this article announces
        self.collection_year: int | None = None
        self.section_year: int | None = None
        self.section_plan = False
        self.section_problem = False
        self.roster: Mention | None = None  # a name list of demonstration cities/projects being read
        self.roster_batch: int | None = None
        self.roster_year: tuple[int | None, str | None] = (None, None)

    # -- helpers -------------------------------------------------------------------------------
    @staticmethod
    def _own_bodies(text: str, bodies: list[Ref], places: list[Ref], main: Ref | None) -> list[Ref]:
        """省司法厅, 市政府, 县人大常委会 with no place named: the bodies of the article's own place
        (the province it lies in, its city …)."""
        if main is None or not main.code:
            return []
        from .bodies import organ_suffixes
        from .gazetteer import Gazetteer

        g = Gazetteer.default()
        d = g.get(main.code)
        if d is None:
            return []
        chain = [d] + g.ancestors(main.code)
        own: dict = {}
        for unit in chain:  # the nearest unit of each kind: in 常熟市 (a county-level city) 市 is 常熟市
            if unit.level <= 3 and unit.name[-1] in "省市县区州旗":
                own.setdefault(unit.name[-1], unit)
        if not own:
            return []
        taken = [(r.start, r.end) for r in bodies + places]
        out = []
        # a bare level word stands after punctuation, a preposition or a verb, never inside a name
        rx = re.compile("(%s)(%s)" % ("|".join(own), "|".join(map(re.escape, organ_suffixes()))))
        for m in rx.finditer(text):
            a, b = m.span()
            if any(x < b and a < y for x, y in taken):
                continue
            prev = text[a - 1:a]
            if prev and "\u4e00" <= prev <= "\u9fff" and prev not in "被由经获向在和与及、将把对为":
                continue
            unit = own[m.group(1)]
            out.append(Ref(a, b, unit.name + m.group(2), kind="Body", place_name=unit.name, place_code=unit.code,
                           place_parent=g.parent_name(unit.code)))
        return out

    def _in(self, refs, a, b):
        return [r for r in refs if a <= r.start and r.end <= b]

    def _inside_mention(self, r: Ref) -> bool:
        return (any(m.start <= r.start and r.end <= m.end for m in self.mechanisms + self.awards)
                or any(a <= r.start and r.end <= b for a, b in self.quoted))

    def _run_start(self, r: Ref) -> int:
        """Where the run of adjacent places ending in ``r`` starts (江苏省苏州市 → 江苏省)."""
        start = r.start
        while True:
            prev = next((p for p in self.places if p.end == start), None)
            if prev is None:
                return start
            start = prev.start

    def _body_at(self, r: Ref) -> Ref | None:
        return next((b for b in self.bodies if b.start <= r.start < b.end), None)

    def _is_object(self, r: Ref, lo: int) -> bool:
        before = self.text[max(lo, r.start - 2):r.start]
        return any(before.endswith(w) for w in _OBJECT_BEFORE)

    def _subject_in(self, a: int, b: int) -> Ref | None:
        """The acting place in text[a:b]: a place (or a body's place) that is not an object."""
        refs = self._in(self.places, a, b)
        for i, r in enumerate(refs):
            if self._inside_mention(r) or self._is_object(r, a):
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
                return Ref(body.start, body.end, body.place_name or body.name, body.place_code, body.place_parent)
        return None

    def _year(self, clause: tuple[int, int], sent: tuple[int, int, int], pos: int) -> tuple[int | None, str | None]:
        """The year a statement is about, and where it was read (see years.py)."""
        a, b = clause
        ys = years.years_in(self.text[a:b])
        if ys:
            before = [y for p, y in ys if a + p <= pos]
            return (before[-1] if before else ys[0][1]), "clause"
        s, e, para = sent
        y = years.nearest_year_before(self.text[s:a], a - s) if a > s else None
        if y:
            return y, "sentence"
        rel = years.relative_year(self.text[s:e], self.info.date_year)
        if rel:
            return rel, "relative"
        ps, _ = self.info.paragraphs[para] if para < len(self.info.paragraphs) else (s, e)
        if ps < s:
            y = years.nearest_year_before(self.text[ps:s], s - ps)
            if y:
                return y, "paragraph"
        if self.section_year:
            return self.section_year, "section"
        if self.info.title_year:
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
                               confidence=conf, **kw))

    # -- per sentence ----------------------------------------------------------------------------
    def run(self) -> list[Fact]:
        # the place a section is about: the article's, until a heading or byline names another;
        # a sentence's own subject carries only to the end of its paragraph
        section_place = self.info.main_place
        para_now = None
        for sent in self.info.sentences:
            s, e, para = sent
            stext = self.text[s:e]
            self._heading(stext)
            if para != para_now:
                para_now = para
                if self._within(self.topic, section_place) or self.topic is None:
                    self.topic = section_place  # a sub-place was an example; a peer place starts a new case
            subj = self._sentence_subject(s, e)
            if self._is_heading(stext) and _BYLINE.search(stext):
                named = self._heading_place(s, e)
                if named is not None:
                    section_place = self.topic = named
            elif subj is not None:
                self.topic = subj
            if self._roster(sent):
                continue
            self._collection(sent)
            self._awards(sent, subj)
            self._headline(sent, subj)
            self._mechanisms(sent, subj)
        return self.facts

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
        return run[-1]

    def _is_heading(self, stext: str) -> bool:
        t = stext.strip()
        return len(t) <= 40 and not t.endswith(("。", "！", "？", "；"))

    def _heading(self, stext: str) -> None:
        t = stext.strip()
        if not (_HEADING.match(t) and len(t) <= 60) and not (self._is_heading(t) and years.years_in(t)):
            return
        ys = years.years_in(t)
        top = bool(re.match(r"^\s*[一二三四五六七八九十]+、", t))
        if ys:
            self.section_year = ys[0][1]
        elif top:
            self.section_year = None
        if top or ys:
            self.section_plan = any(w in t for w in _PLAN_HEADING)
        if top:
            self.section_problem = any(w in t for w in _PROBLEM_HEADING) and not self.section_plan

    def _sentence_subject(self, s: int, e: int) -> Ref | None:
        """A place acting at the head of the sentence: in its first clause, or the first clause
        after a time phrase (2023年以来，…), and before its first verb."""
        cue = _find_cue(self.text[s:e], "adopt")
        limit = s + cue[0] if cue else e
        clauses = _clauses(self.text, s, e)
        head = clauses[0]
        for nxt in clauses[1:3]:
            lead = self.text[head[0]:head[1]]
            # time phrases and purpose/condition clauses come before the actor: 为回应…，苏州…
            if not (years.years_in(lead) or re.search(r"(以来|近年|目前|同时|此外|其中|今年|去年|近日|期间)", lead)
                    or _LEAD_CLAUSE.match(lead)) or self._subject_in(head[0], head[1]) is not None:
                break
            head = nxt
        r = self._subject_in(head[0], min(limit + 1, head[1]))
        if r is not None and self._run_start(r) - head[0] <= 2:
            return r
        return None

    def _acts_in_clause(self, clause: tuple[int, int], upto: int) -> bool:
        r = self._subject_in(clause[0], upto)
        return r is not None and self.text[clause[0]:self._run_start(r)] in _SUBJECT_LEAD

    def _clause_subject(self, clause: tuple[int, int], sent_subj: Ref | None, upto: int) -> Ref | None:
        a, _ = clause
        m = re.search(r"在([^，。；]{2,12}?)(?:试点|率先|开展|推行|探索)", self.text[a:upto])
        if m:
            locus = self._in(self.places, a + m.start(1), a + m.end(1))
            if locus:
                return locus[-1]
        r = self._subject_in(a, upto)
        if r is not None and self.text[a:self._run_start(r)] in _SUBJECT_LEAD:
            return r
        return sent_subj or self.topic

    # -- name lists of demonstration cities and projects ----------------------------------------
    def _roster(self, sent) -> bool:
        """A naming decision's list: '第二批全国法治政府建设示范地区名单' then one place (or one
        place and its project) per line.  True when the sentence was a line of the list."""
        s, e, _ = sent
        stext = self.text[s:e].strip()
        heading = self._is_heading(stext) or stext.endswith(("：", ":"))
        aw = next((m for m in self.awards if s <= m.start < e and m.award_kind in ("city", "project")), None)
        if aw is not None and heading and "名单" in self.text[aw.end:e]:
            self.roster = aw
            before = self.text[s:aw.start]
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

    def _roster_line(self, sent, start: int) -> None:
        s, e, _ = sent
        aw = self.roster
        refs = [r for r in self._in(self.places, start, e) if not self._inside_mention(r)]
        lead = re.match(r"^\s*(?:\d+[.、．]|[（(]?[一二三四五六七八九十\d]+[)）、]|[-•·])?\s*", self.text[start:e]).end()
        if not refs or refs[0].start - (start + lead) > 0:
            return  # a sub-heading (一、示范市) or a note (（共50个）)
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
                self._add("named.roster", (h.start, h.end), sent, 0.8, type="NAMED_DEMONSTRATION_CITY",
                          place=h.name, parent=h.parent, place_code=h.code, award=aw.name, level=aw.level,
                          batch=self.roster_batch, year=year, year_source=ysrc, body=aw.conferring)
            return
        h = runs[0][-1]
        body = self._body_at(h)
        rest_at = body.end if body is not None else h.end
        from .mechanisms import canonical_name

        project = re.sub(r"[“”\"]", "", self.text[rest_at:e]).strip(" 。；;，,")
        if len(project) < 2:
            return
        self._add("named.project.roster", (h.start, e), sent, 0.8, type="NAMED_DEMONSTRATION_PROJECT",
                  place=h.name, parent=h.parent, place_code=h.code, award=aw.name,
                  project=canonical_name(project), level=aw.level, batch=self.roster_batch, year=year,
                  year_source=ysrc)

    # -- headlines and case collections --------------------------------------------------------------
    def _headline(self, sent, subj: Ref | None) -> None:
        """'<place><verb><practice>' as a heading names the practice even without quotes."""
        s, e, _ = sent
        stext = self.text[s:e].strip()
        if not self._is_heading(stext) or subj is None or subj.start - s > 2:
            return
        rest_at = subj.end
        body = self._body_at(subj)
        if body is not None:
            rest_at = body.end
        cue = _find_cue(self.text[rest_at:e], "adopt")
        if cue is None or cue[0] > 4:
            return
        a = rest_at + cue[0] + len(cue[1])
        obj = self.text[a:e].strip()
        lead = re.match(r"^(?:全国|全省|全市|全区|国内|省内)?(?:首个|首家|首部|首份)?", obj).group(0)
        obj, a = obj[len(lead):], a + len(lead)  # 全国首个 stays outside the name, as a pioneer cue
        if obj.endswith(lexicon.cues("document_genre")):
            return  # 区政府办公室关于印发…工作要点的通知: a document, not a practice
        obj = re.sub(r"(?:建设|工作|改革)$", "", obj)
        if any(m.start < e and a < m.end for m in self.mechanisms) or len(obj) < 4 or len(obj) > 24:
            return
        if any(obj.startswith(w) or obj == w for w in lexicon.mechanism_stoplist() if len(w) >= 4):
            return
        from .mechanisms import canonical_name
        self.mechanisms.append(Mention(a, e, canonical_name(obj),
                                       "headline"))
        self.mechanisms.sort(key=lambda m: m.start)

    def _collection(self, sent) -> None:
        """'…发布了2024年度十大创新案例': the article lists honoured cases; headings name holders."""
        s, e, _ = sent
        stext = self.text[s:e]
        if self.collection is None:
            aw = next((m for m in self.awards if s <= m.start < e and m.award_kind == "honour"), None)
            if aw is not None and any(w in stext[:aw.start - s] for w in ("发布", "公布", "揭晓", "评选出")):
                self.collection = aw
                ys = years.years_in(self.text[s:aw.end])
                self.collection_year = ys[-1][1] if ys else self.info.date_year
            return
        if not self._is_heading(stext.strip()):
            return
        holder = self._subject_in(s, min(e, s + 12))
        if holder is None or holder.start - s > 2:
            return
        self._add("honoured.collection", (s, e), sent, 0.5, type="HONOURED", holder=holder.name,
                  place=holder.name, parent=holder.parent, place_code=holder.code, award=self.collection.name,
                  year=self.collection_year, year_source="collection")

    # -- mechanisms: ADOPTED, PIONEERED, PROMOTED_BY ------------------------------------------------
    def _mechanisms(self, sent, sent_subj) -> None:
        s, e, _ = sent
        mentions = [m for m in self.mechanisms if s <= m.start < e]
        if not mentions or self.section_problem or any(w in self.text[s:e] for w in _SHORTCOMING):
            return
        carried = sent_subj
        for a, b in _clauses(self.text, s, e):
            # a clause with its own actor passes it on to the clauses after it (…在长兴县试点…，构建…)
            own = self._clause_subject((a, b), None, b)
            if own is not None and own is not self.topic:
                carried = own
            in_clause = [m for m in mentions if a <= m.start < b]
            if not in_clause:
                continue
            ctext = self.text[a:b]
            for m in in_clause:
                if any(o is not m and o.start <= m.start and m.end <= o.end + 2 and m.name in o.name and o.name != m.name
                       for o in mentions):
                    continue  # “一件事” inside “高效办成一件事”
                rel = m.start - a
                verb = _last_cue(ctext[:rel], "adopt")
                if verb is not None and rel - (verb[0] + len(verb[1])) > _MAX_VERB_GAP:
                    verb = None
                after_verb = _find_cue(self.text[m.end:b], "adopt")
                strong = m.source in ("quote", "lexicon", "title")
                if verb is None and not (strong and (after_verb or self.info.plan or self.section_plan)):
                    if not (strong and self._report_context()):
                        continue
                if verb is None and after_verb is None and m.source == "lexicon":
                    continue  # a well-known name merely mentioned is not an adoption
                if verb is None and self.text[m.start - 1:m.start] == "的":
                    continue  # 法律、法规的“立改废释”: the name belongs to what precedes it
                if self.text[max(a, m.start - 1):m.start] == "等":
                    continue  # 推行说理式执法等柔性执法方式: a class the named practice belongs to
                if m.source == "lexicon" and (self._is_duty(m.name) or self._duty_named(m)) and not (
                        verb and verb[1] in lexicon.cues("innovate")):
                    continue  # every government has this duty; only doing it in a new way is news
                if m.source == "quote" and len(m.name) <= 4 and any(
                        o is not m and m.name in o.name and len(o.name) > len(m.name) for o in mentions):
                    continue  # “一件事” is part of “高效办成一件事” named in the same sentence
                if re.search(r"(作为|列为|称为|誉为|当作)[^，。；“”]{0,12}$", self.text[a:m.start]):
                    continue  # 作为“一号工程”: a role label, not a practice
                if not (self.info.plan or self.section_plan) and re.search(r"(?:^|[，,。；])\s*(?:要|应当|应|必须)[^，。；]{0,6}$",
                                                                          self.text[a:m.start]) and verb is not None:
                    continue  # 要健全…: a recommendation, not something done
                if self._central_actor(s, (a, b)):
                    self._promoted(m, (a, b), sent, None)
                    continue  # national policy (国务院…在全国推行): no place adopted it here
                subj = self._clause_subject((a, b), carried, m.start)
                if m.source == "title" and not self._acts_in_clause((a, b), m.start):
                    # 出台《滁州市…办法》: the place heading a local system's title adopted it
                    owner = next((r for r in self.places if m.start < r.start <= m.start + 2 and r.code), None)
                    subj = owner or subj
                if subj is None:
                    continue
                pos = m.start
                year, ysrc = self._year((a, b), sent, pos)
                mode = verb[1] if verb else (after_verb[1] if after_verb else None)
                if self.info.plan or self.section_plan:
                    mode = "计划"
                self._add(f"adopt.{'verb' if verb else 'context'}.{m.source}", (m.start, m.end), sent,
                          0.8 if verb else 0.6, type="ADOPTED", place=subj.name, parent=subj.parent,
                          place_code=subj.code, mechanism=m.name, year=year, year_source=ysrc, mode=mode,
                          category=m.category, instance_of=m.instance_of)
                self._pioneer(m, (a, b), sent, subj)
                self._promoted(m, (a, b), sent, subj)

    def _central_actor(self, s: int, clause: tuple[int, int]) -> bool:
        """A central body (no place) heads the clause, or the sentence with no place acting."""
        for lo in (clause[0], s):
            body = next((b for b in self.bodies if b.start >= lo and b.start - lo <= 2), None)
            if body is not None and body.place_code is None and not self._is_object(body, lo):
                return lo == clause[0] or self._subject_in(clause[0], clause[1]) is None
        return False

    def _duty_named(self, m: Mention) -> bool:
        """落实法治建设第一责任人责任: the name followed by 职责/责任 is a duty being fulfilled."""
        after = self.text[m.end:m.end + 6]
        word = next((w for w in _DUTY_AFTER if after.startswith(w)), None)
        return word is not None and not after[len(word):].startswith(_DUTY_TOOL)

    @staticmethod
    def _province_or_above(body: Ref) -> bool:
        """A central body, or one of a province-level unit (浙江省…, 重庆市司法局): its pushing a practice
        spreads it; a county's own bureau pushing it is that county adopting it."""
        if not body.place_code:
            return True
        from .gazetteer import Gazetteer

        d = Gazetteer.default().get(body.place_code)
        # GB/T 2260: a province-level unit's code ends in 0000
        return d.level == 1 if d is not None else body.place_code.endswith("0000")

    @staticmethod
    def _is_duty(name: str) -> bool:
        entry = lexicon.mechanisms().get(name)
        return entry is not None and entry.kind == "duty"

    def _report_context(self) -> bool:
        # annual reports speak about their own place throughout
        t = self.info.title or ""
        return any(w in t for w in lexicon.cues("report_title"))

    def _pioneer(self, m: Mention, clause, sent, subj: Ref) -> None:
        # the cue governs the first practice named after it: a verb (率先试点…，…形成《住户守则》) across
        # clauses of its sentence, "the first one" (全省首个…的省辖市) only within its clause
        prev = [o.end for o in self.mechanisms if sent[0] <= o.end <= m.start and o is not m]
        lo = max([sent[0]] + prev)
        cue = _last_cue(self.text[lo:m.start], "pioneer")
        if cue is not None and cue[1] in _FIRST_NOUNS and lo + cue[0] < clause[0]:
            lo = max(lo, clause[0])
            cue = _last_cue(self.text[lo:m.start], "pioneer")
        if cue is None:
            return
        cue_at = lo + cue[0]
        scope = None
        near = self.text[max(lo, cue_at - 8):cue_at]
        after = re.match(r"在(%s)" % "|".join(lexicon.cues("scope")), self.text[cue_at + len(cue[1]):m.start])
        hits = [(near.rfind(w), w) for w in lexicon.cues("scope") if w in near]
        if after:
            scope = after.group(1)  # 率先在全疆出台…
        elif hits:
            scope = max(hits)[1]
        elif cue[1] in _FIRST_NOUNS:
            # 浙江省首部…规章: a place right before "the first one" scopes it to that place's level
            # (before a verb — 宁波市首创… — the place is the pioneer, not the scope)
            r = next((r for r in self.places if r.end == cue_at), None)
            if r is not None:
                scope = _scope_of(r.name) or r.name
        self._add("pioneer." + cue[1], (m.start, m.end), sent, 0.7, type="PIONEERED", place=subj.name,
                  parent=subj.parent, place_code=subj.code, mechanism=m.name, scope=scope)

    def _promoted(self, m: Mention, clause, sent, subj: Ref | None) -> None:
        s, e, _ = sent
        stext = self.text[s:e]
        cue = _find_cue(stext, "promote")
        for body in self._in(self.bodies, s, e):
            if self._is_object(body, s):
                continue
            # the promoting cue follows the body and sits near the practice it spreads
            promotes = cue is not None and body.start < s + cue[0] and abs(s + cue[0] - m.end) <= 30
            between = re.sub(r"《[^《》]*》", "", self.text[body.end:m.start])  # cited titles are not actions
            leads = (body.start < m.start and any(w in body.name for w in _PROMOTING_BODY)
                     and self._province_or_above(body) and _last_cue(between, "lead_verb") is not None
                     and between.count("，") <= 1 and not self._is_object(body, s))
            if not (promotes or leads):
                continue
            scope = None
            for w in lexicon.cues("scope"):
                if w in stext:
                    scope = w
                    break
            if scope is None and body.place_code and leads:
                scope = _scope_of(body.place_name or "")
            self._add("promote." + (cue[1] if promotes else "leads"), (body.start, m.end), sent, 0.6,
                      type="PROMOTED_BY", mechanism=m.name, body=body.name, scope=scope,
                      place=subj.name if subj else None, place_code=subj.code if subj else None)
            return

    # -- awards: NAMED_DEMONSTRATION_CITY/PROJECT, HONOURED, CANDIDATE ----------------------------------
    def _awards(self, sent, sent_subj) -> None:
        s, e, _ = sent
        stext = self.text[s:e]
        known = [m for m in self.awards if s <= m.start < e]
        hcue = _find_cue(stext, "honour")
        if not known and hcue is None:
            return
        if re.search(r"已有\d+个|共有\d+个|\d+个(?:区|县|市|项目)(?:、|和)", stext):
            return  # a count of honoured units is not a naming of the subject
        if not known and hcue is not None:
            known = self._generic_award(s + hcue[0] + len(hcue[1]), e)
        for aw in known:
            # one naming per segment: "A被命名为…；B、C被评为…" names different holders
            seg = max(self.text.rfind(ch, s, aw.start) for ch in "；;。") + 1
            seg = max(seg, s)
            before = self.text[seg:aw.start]
            plan = _last_cue(before, "plan_only")
            h = _last_cue(before, "honour")
            after = self.text[aw.end:min(e, aw.end + 8)]
            c = _last_cue(before, "candidate") or (_find_cue(after, "candidate") if re.match(r"^[”\"]?(?:称号)?(?:候选|公示|提名|推荐)", after) else None)
            if plan and (h is None or plan[0] > h[0]):
                continue
            if h is None and c is None:
                continue
            cue = h or c
            cue_at = seg + cue[0] if cue is not None and cue[0] < len(before) else aw.start
            holders = self._holders(seg, cue_at, sent_subj)
            if not holders:
                continue
            year, ysrc = self._award_year(aw, sent, cue_at)
            batch = years.batch_of(before[-12:])
            if batch is None:
                # 《关于第三批全国法治政府建设示范地区和项目命名的决定》…，东莞市成功获评…
                q = _BATCH_OF_LIST.search(before)
                batch = years.batch_of(q.group(1)) if q else None
            if batch and aw.level and ysrc not in ("clause", "sentence"):
                # a batch fixes the year better than anything inferred from context
                year, ysrc = years.batch_years().get((aw.level, batch), year), "batch"
            elif batch is None and aw.award_kind == "city" and ysrc in ("clause", "sentence"):
                batch = next((b for (lv, b), y in years.batch_years().items() if lv == aw.level and y == year), None)
            if year is None and self.info.date_year and self.info.title and sent[0] == 0:
                year, ysrc = self.info.date_year, "date"  # a headline reports the naming as news
            for holder in holders:
                if c is not None and (h is None or c[0] > h[0] or self.text[s:e].find("公示") >= 0 and h[1] != "获评"):
                    self._add("candidate." + c[1], (holder.start, aw.end), sent, 0.6, type="CANDIDATE",
                              place=holder.name, parent=holder.parent, place_code=holder.code, award=aw.name,
                              batch=batch, year=year, year_source=ysrc)
                elif aw.award_kind == "city":
                    self._add("named.city", (holder.start, aw.end), sent, 0.8, type="NAMED_DEMONSTRATION_CITY",
                              place=holder.name, parent=holder.parent, place_code=holder.code, award=aw.name,
                              level=aw.level, batch=batch, year=year, year_source=ysrc, body=aw.conferring)
                elif aw.award_kind == "project":
                    proj = next((m for m in reversed(self.mechanisms) if s <= m.start < aw.start), None)
                    self._add("named.project", (holder.start, aw.end), sent, 0.7,
                              type="NAMED_DEMONSTRATION_PROJECT", place=holder.name, parent=holder.parent,
                              place_code=holder.code, award=aw.name, project=proj.name if proj else None,
                              level=aw.level, batch=batch, year=year, year_source=ysrc)
                else:
                    ed = re.search(r"(第[一二三四五六七八九十百\d]+届)[“\"]?$", self.text[max(seg, aw.start - 8):aw.start])
                    self._add("honoured." + (h[1] if h else ""), (holder.start, aw.end), sent, 0.6,
                              edition=ed.group(1) if ed else None,
                              type="HONOURED", holder=holder.name, place=holder.name if holder.kind == "Place" else None,
                              body=holder.name if holder.kind == "Body" else None, parent=holder.parent,
                              place_code=holder.code, award=aw.name, year=year, year_source=ysrc)

    def _award_year(self, aw: Mention, sent, cue_at: int) -> tuple[int | None, str | None]:
        """A year in the naming's own clause, or in a leading time phrase (2020年8月，X被评为…)."""
        s = sent[0]
        clause_start = max([s] + [m.end() for m in _CLAUSE_BREAK.finditer(self.text, s, cue_at)])
        ys = years.years_in(self.text[clause_start:aw.end])
        if ys:
            return ys[-1][1], "clause"
        first = _clauses(self.text, s, sent[1])[0]
        m = _TIME_PHRASE.match(self.text[first[0]:first[1]].strip())
        if m:
            return int(m.group(1)), "sentence"
        y, src = self._year((clause_start, aw.start), (clause_start, sent[1], sent[2]), aw.start)
        return (y, src) if src not in ("clause", "sentence") else (None, None)

    def _generic_award(self, start: int, end: int) -> list[Mention]:
        m = _GENERIC_AWARD.match(self.text[start:end])
        if not m:
            return []
        name = m.group(1).strip("“”\"‘’")
        name = re.sub(r"\[\d+\]$", "", name)
        name = re.sub(r"^(?:19|20)\d{2}年(?:度)?", "", name).replace("“", "").replace("”", "").replace("‘", "").replace("’", "")
        if not any(w in name for w in _AWARD_WORDS) or len(name) < 4:
            return []
        a = start + m.start(1)
        return [Mention(a, a + len(m.group(1)), name, "generic", kind="Award", award_kind="honour",
                        level="national" if name.startswith(("全国", "国家", "中国")) else None)]

    def _holders(self, s: int, cue_pos: int, sent_subj: Ref | None) -> list[Ref]:
        """Places (or bodies) before the honour cue; a list 'A、B、C先后获评' gives all of them."""
        # the holder stands in the clause of the cue; 作为新疆首个… names a scope, not a holder
        s = max([s] + [m.end() for m in _CLAUSE_BREAK.finditer(self.text, s, cue_pos)])
        refs = [r for r in self._in(self.places, s, cue_pos) if not self._inside_mention(r)
                and not re.match(r"(首个|首批|首家|第一个|唯一)", self.text[r.end:r.end + 3])]
        bodies = [b for b in self._in(self.bodies, s, cue_pos)]
        if refs:
            # keep the last run of places joined by list separators
            run = [refs[-1]]
            for r in reversed(refs[:-1]):
                gap = self.text[r.end:run[0].start]
                if _LIST_SEP.match(gap):
                    run.insert(0, r)
                else:
                    break
            last = run[-1]
            body = self._body_at(last)
            if body is not None and body.place_code is None:
                return [Ref(body.start, body.end, body.name, kind="Body")]
            return run
        if bodies:
            b = bodies[-1]
            if b.place_code is None:
                return [Ref(b.start, b.end, b.name, kind="Body")]
            return [Ref(b.start, b.end, b.place_name or b.name, b.place_code, b.place_parent)]
        if re.match(r"^(?:市|县|区|州|省)(?:政府|委|人民政府)", self.text[s:cue_pos]) and self.info.main_place:
            return [self.info.main_place]  # 市政府“…”被评为…: the article's own city
        subj = sent_subj or self.topic
        return [subj] if subj else []


Doc.set_extension("facts", default=None, force=True)
Doc.set_extension("article", default=None, force=True)


@Language.factory("fazhi_relations")
def make_relations(nlp: Language, name: str):
    from .spans import awards_of, bodies_of, mechanisms_of, places_of
    from .spanset import doc_text

    def component(doc: Doc) -> Doc:
        info: ArticleInfo = doc._.article or ArticleInfo(doc="inline", sentences=[(0, len(doc_text(doc)), 0)],
                                                         paragraphs=[(0, len(doc_text(doc)))])
        ex = ArticleExtractor(doc_text(doc), info, places_of(doc), bodies_of(doc), mechanisms_of(doc), awards_of(doc))
        doc._.facts = ex.run()
        return doc

    return component
