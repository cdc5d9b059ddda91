"""ADOPTED, PIONEERED and PROMOTED_BY: a place puts a named practice into practice, first, or a body
spreads it."""
from __future__ import annotations

import re

from . import lexicon
from .award_grammar import is_collection, read_awards
from .mechanisms import PRACTICE_TAIL
from .article import (LISTED_AFTER, _FIRST_NOUNS, _MAX_VERB_GAP, says_shortcoming, _DUTY_AFTER, _DUTY_TOOL,
                      Mention, Ref, _OCCASION, _cue_pattern, _find_cue, _last_cue, _clauses, _scope_of)

# a year alone in brackets closing a title (《…清单（2021）》): that edition's year; not a span (（2021—2025年）)
_TITLE_YEAR_BRACKET = re.compile(r"[（(]((?:19|20)\d{2})年?(?:版|度)?[)）]》")


# the cues that put a case into a collection (纳入/收录《…典型案例》) and nothing else into an honour
_INTO_COLLECTION = lexicon.cues("into_collection")
# what a sentence says right after a practice's name when the practice runs there
_RUNNING = re.compile("^[”\"]?(?:%s)?(?:%s)" % ("|".join(lexicon.cues("running_gap")),
                                                  "|".join(lexicon.cues("running"))))
# …“免办证”事项225项, “川渝通办”县级政务服务事项109项: the items of the practice, counted
_COUNTED_ITEMS = re.compile(r"[”\"]?[^，。；,;“”]{0,8}?(?:%s)[^，。；,;“”\d]{0,4}?\s*\d+\s*(?:余|多)?\s*[项个件类]"
                            % "|".join(lexicon.cues("counted_items")))


# a practice, or a list of them, that others took up, reported or praised (“A”新模式、B经验等多项工作在市级媒体
# 推广宣传, “C”被…报道): a practice of the text's place, whoever noticed it (convention 1); the list's
# other items may stand between
# (the separators never occur inside an item, so a clause full of 和 with no cue at its end is split one way
# only and fails at once, instead of trying every way to split it)
_RECOGNISED = re.compile(r"[”\"]?[^，。；,;、和及与]{0,8}?(?:[、和及与][^，。；,;、和及与]{1,24}?)*?(?:相关)?(?:经验|做法)?等?"
                         r"(?:多项|各项|一批|系列)?(?:工作|经验|做法|举措|成果)?(?:先后|分别|多次)?(?:在|被|获|受到)"
                         r"[^，。；,;]{0,16}?(?:%s)" % "|".join(lexicon.cues("recognised")))
# the items before 等“三项制度”/等五项改革 are parts of the counted practice named after them
# parts listed before their counted whole: 公示、全过程记录(和)重大执法决定法制审核(等)“三项制度”
_PART_OF_COUNTED = re.compile(r"^[^，。；,;]{0,30}?[、和及][^，。；,;、]{0,20}?等?[“\"][一二三四五六七八九十两\d]+(?:项|个|大)")
_LAST_PART = re.compile(r"^[^，。；,;、]{0,6}等?[“\"][一二三四五六七八九十两\d]+(?:项|个|大)")
# quoted names side by side after a verb: 开展“收件即受理”“首席事务代表制”、“…”
_ADOPT_KNOWN = lexicon.cues("adopt_known")  # 带头, 召开: verbs for well-known practices only
_QUOTED_RUN = re.compile(r"\s*(?:“[^“”]{1,24}”\s*[、和与及,，]?\s*)+")
# the rest of a run of quoted names after one of them (”“B”、“C”): 全面落地 after the last governs all
_RUN_AFTER = re.compile(r"[”\"]?(?:\s*[、和与及]?\s*“[^“”，。；,;]{1,24}”)+")
# 为…“X”…提供法治保障: a purpose clause opening its clause (not 评为/作为/成为), and what it ends on
_PURPOSE_OPEN = re.compile(r"(?:^|[，,；;：:。\s]|全力|努力|持续|积极|着力|更好)为(?![了何此])")
_PURPOSE_END = re.compile(r"[^。；;！？]{0,40}?(?:%s)[^，,。；;]{0,14}?(?:保障|支撑|动能|动力|环境|基础|力量|保驾护航)"
                          % "|".join(lexicon.cues("purpose_support")))
# verbs of using a system right before its name (登录“浙里办”系统): it is used, not put in place
_USED = re.compile("(?:%s)$" % "|".join(map(re.escape, lexicon.cues("use_verb"))))
# verbs that launch a practice: one of them between 为 and the name makes the name the main clause's object
_LAUNCH = re.compile("|".join(map(re.escape, lexicon.cues("launch_verb"))))
# a count right after a quoted practice, or right before it: so many of it run here (“法律明白人”1671人, “套餐包”11个,
# 等9个“海外法务中心”)
_COUNT_AFTER = re.compile(r"[”\"]?\s*(?:已有|已达|达|共|累计|超过?|逾)?\s*\d+(?:\.\d+)?\s*(?:万|千)?\s*(?:余|多)?\s*(?:人|名|个|家|支|处)(?![\u4e00-\u9fff]{0,2}(?:次|月|年|天|小时))")
# verbs after which what is counted is removed, found or picked, not run (清理“奇葩证明”36个, 评选出“法治之星”20人)
_COUNTED_NOT = re.compile("|".join(map(re.escape, lexicon.cues("counted_not_verb"))))
_PEOPLE_TITLES = tuple(lexicon.cues("people_title_tail"))
_COUNT_BEFORE = re.compile(r"\d+\s*(?:余|多)?\s*(?:个|家|支|处|名)\s*$")
# how far after a quoted name a verb may stand and still say the name was put in place (“X”改革全面推开)
_NEAR_AFTER = 8
# a sentence whose places-with-practices are a shift's (从…转向) or a selection's (评选出), not their own
_NOT_OWNED_LIST = re.compile(r"从[^。；;]*(?:到|转向|转变为|变为)|%s" % "|".join(lexicon.cues("selects")))
# what calls a quoted practice a place's experience: …”、乙地“…”等鲜活经验, …”经验, …”做法
_OWNED_TAIL = re.compile(r"[”\"]?\s*(?:[、和及]\s*[^，。；,;]{0,24}?)?(?:等)?[^，。；,;、“”]{0,4}(?:经验|做法)")
_PRACTICE_HEADS = lexicon.cues("practice_head")
# characters that may open a clause before its place (a bracket, a space: 【桐庐县】“…”)
_OPENING_SLACK = 2
# the title of a decision or notice: what it quotes is what the document is about
_NOTICE_TITLE = re.compile(r"(?:决定|通知|通报|意见|公告|批复|函|报告|纪要)$")
# 对“四新经济”经营主体推行…: a quote right after one of these is whom the verb after it acts on
_TARGET_BEFORE = re.compile("(?:%s)$" % "|".join(lexicon.cues("target_preposition")))
_MEANS_BEFORE = re.compile("(?:%s)[^，。；,;“”]{0,6}$" % "|".join(lexicon.cues("means_lead")))
_MEANS = re.compile("[”\"]?(?:改革|机制|制度|模式|工作|建设)?(?:%s)" % "|".join(lexicon.cues("means_tail")))
_LIST_RUN = re.compile(r"了?(?:[^，。；,;：:、“”]{2,16}、)+(?:[^，。；,;：:、“”的]{2,16}[和及]?)?")
# a modifier of the name, however long, within the clause: …相同、内容相关、时长相近、低频就高频的“三相一就”
_MODIFIER_RUN = re.compile(r"[^，。；,;：:“”]{2,40}的")
# documents issued together, up to the one the name stands in: 发布《A》《B》《行政处罚“
_TITLE_RUN = re.compile(r"(?:《[^《》。；;]{2,60}》[、和及与]?)*《[^《》。；;]{0,40}")
# the items a verb's practice serves, counted before its name: …食品经营许可等13项商事登记高频事项
_COUNTED_RUN = re.compile(r"[^，。；,;：:“”]{0,30}?\d+\s*(?:余|多)?\s*(?:项|类|件|个)[^，。；,;：:“”\d]{0,10}“?")


# a share of the items a practice covers, said before 实现 (100%政务服务事项, 97%以上…事项, 百分之百)
_PCT = r"(?:\d+(?:\.\d+)?\s*[%％]|百分之[一二三四五六七八九十百]+)(?:以上)?"
_SHARE = re.compile(r"%s(?:(?![在于纠纷案件矛盾])[^，。；,;“”]){0,16}?(?:事项|业务|部门|单位|村|社区)|(?:事项|业务)[^，。；,;“”]{0,4}?%s(?:的)?实现|实现%s" % (_PCT, _PCT, _PCT))


# a modal word (should, must, still needs) opening the clause: what follows is recommended, not done (应急…,
# 应用…, 要求, 要素, 需求 are words of their own; a subject before the modal, 各部门要…, is not read: allowing
# one cost a fact on a set never studied)
_MODAL = r"(?:还需|亟需|需要|需(?!求)|建议|应当|应该|(?<![相反适对供响])应(?![急用对诉])|(?<![主重纲提只想])要(?![求素点件])|必须)"
_MODAL_BEFORE_NAME = re.compile(r"(?:^|[，,。；])\s*%s[^，。；]{0,6}$" % _MODAL)
_MODAL_BEFORE_VERB = re.compile(r"(?:^|[，,。；])\s*%s[^，。；]{0,4}$" % _MODAL)
# people grown or hired who know a practice, not the practice: 熟悉/精通… before it, …的执法人员 after it
_PEOPLE_SKILL = re.compile(r"(?:熟悉|精通|懂|掌握|擅长)[“\"]?$")
_PEOPLE_AFTER = re.compile(r"[”\"]?[^，。；,;“”]{0,8}?的[^，。；,;“”]{0,6}?(?:人员|员|人才|专家|队伍|干部|骨干)")


# a duty said to cover every unit (…法制审核实现全覆盖, …法律顾问覆盖率达到100%): put in place everywhere, an
# adoption (convention 3), where the duty merely fulfilled is not
_FULLY_COVERED = re.compile(r"(?:(?!培训|评估|考核|宣传|活动|尚未|未|没有|不(?!断))[^，。；,;“”]){0,24}?(?:全覆盖|覆盖率(?:(?!尚未|未|没有|不(?!断))[^，。；,;]){0,12}?(?:100|百分之百)\s*[%％]?)")


# what joins two items of one list: quotes side by side, or a short tail and 、/和/及 (A公开、“B”)
_LIST_GAP = re.compile(r"[”\"]?\s*(?:[\u4e00-\u9fff]{0,4}[、和及与]|”?“)\s*[“\"]?")


# what may stand before the place of a clause that only names it (特别是养殖面积最大的溪南镇，…)
# a verb in those words makes the place its object (赴…的镇海区, 走访…的北仑区, 服务于全市的滨江区)
_TOPIC_OBJECT_VERB = _cue_pattern("topic_object_verb")
_TOPIC_LEAD = re.compile(r"(?:特别是|尤其是|其中)[^，,。；;、“”]{0,20}的?|[^，,。；;、“”]{2,20}的")


class MechanismFacts:
    """Rules over mechanism mentions (mixed into ArticleExtractor)."""

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
        if obj.endswith(lexicon.cues("document_genre") + lexicon.cues("case_collection")) or is_collection(obj):
            return  # 区政府办公室关于印发…工作要点的通知, 司法厅公布…典型案例: a document, a collection, not a practice
        if obj.endswith(lexicon.cues("meeting_tail") + lexicon.cues("zone_tail")):
            return  # 市司法局召开…工作推进会: a meeting, not a practice (convention 2)
        obj = re.sub(r"(?:建设|工作|改革)$", "", obj)
        if any(m.start < e and a < m.end for m in self.mechanisms) or len(obj) < 4 or len(obj) > 24 or "的" in obj \
                or re.search(r"\d|多个|[一二三四五六七八九十]+年", obj):
            # 打造多个调解品牌10年化解纠纷150多万件: a headline's count or result, not a practice's name
            return
        if any(obj.startswith(w) or obj == w for w in lexicon.mechanism_stoplist() if len(w) >= 4):
            return
        from .mechanisms import canonical_name
        self.mechanisms.append(Mention(a, e, canonical_name(obj),
                                       "headline"))
        self.mechanisms.sort(key=lambda m: m.start)

    def _mechanisms(self, sent, sent_subj) -> None:
        s, e, _ = sent
        mentions = self._mechanisms_starting(s, e)
        if not mentions or self.section_problem or says_shortcoming(self.text, s, e):
            return
        carried = sent_subj
        last = max(m.start for m in mentions)
        for a, b in _clauses(self.text, s, e):
            if a > last:
                break  # no mention lies further on: the actors of the clauses left would carry to nothing
            # a clause with its own actor passes it on to the clauses after it (…在长兴县试点…，构建…)
            own = self._clause_subject((a, b), None, b)
            if own is not None and own is not self.topic and not _OCCASION.match(self.text, a, b):
                carried = own
            carried = self._topic_clause(a, b, own) or carried
            in_clause = [m for m in mentions if a <= m.start < b]
            if not in_clause:
                continue
            ctext = self.masked[a:b]
            for m in in_clause:
                if any(o is not m and o.start <= m.start and m.end <= o.end + 2 and m.name in o.name and o.name != m.name
                       for o in mentions):
                    continue  # “一件事” inside “高效办成一件事”
                if self._owned_experience(m, sent, (a, b)):
                    continue
                rel = m.start - a
                verb = _last_cue(ctext[:rel], "adopt")
                if any(w in ctext[:rel] for w in _ADOPT_KNOWN) and (
                        m.source == "lexicon" or lexicon.mechanisms().canonical(m.name) is not None):
                    # (“法律明白人” quoted is as well known)
                    known = _last_cue(ctext[:rel], "adopt_known")
                    if known is not None and (verb is None or known[0] > verb[0]):
                        verb = known
                gap = self.text[a + verb[0] + len(verb[1]):m.start] if verb is not None else ""
                if len(gap) > _MAX_VERB_GAP and not (_QUOTED_RUN.fullmatch(gap) or _LIST_RUN.fullmatch(gap)
                                                     or _MODIFIER_RUN.fullmatch(gap) or _COUNTED_RUN.fullmatch(gap)
                                                     or _TITLE_RUN.fullmatch(gap)):
                    verb = None  # (a verb governs every item of a run of quoted names: 推行“A”“B”和“C”,
                    # of a list of names: 推行全流程网办、容缺受理、告知承诺制, and the name a long
                    # modifier describes: 推行对象相同、内容相关、时长相近的“三相一就”检查, and the counted
                    # items the name serves: 推出…等13项高频事项“就近办”服务, and the titles of a run of
                    # documents: 发布《…》《行政处罚“四张清单”指导意见》)
                if verb is not None and verb[1] in lexicon.cues("outcome_verb") and not self._practice_outcome(m, b, verb[1], a):
                    continue  # 实现“一图发现、一键派单”: an outcome, not a practice put in place
                if verb is None and self.text[m.start - 1:m.start] == "以" and _MEANS.match(self.text, m.end, b):
                    verb = (rel - 1, "以")  # 以“放管服”改革为驱动: the practice is the place's means
                if verb is None and self._owned_by_place(m, sent, (a, b)):
                    continue
                after_verb = _find_cue(self.masked[m.end:b], "adopt")
                if after_verb is not None and m.source == "quote":
                    # “一窗式受理”“六优两减”“12345企业专席”全面落地: the verb after a run of quoted names
                    # governs each of them, as near to the first as to the last
                    run = _RUN_AFTER.match(self.masked, m.end, m.end + after_verb[0])
                    if run is not None and run.end() > m.end:
                        after_verb = (after_verb[0] - (run.end() - m.end), after_verb[1])
                if verb is None and m.source == "quote" and after_verb is not None and after_verb[0] <= 1 and any(
                        o.source == "quote" and m.end + after_verb[0] + len(after_verb[1]) <= o.start < b
                        for o in in_clause) and lexicon.mechanisms().canonical(m.name) is None \
                        and not _MEANS_BEFORE.search(self.text, a, m.start):
                    continue  # “高标准”打造…“新铁军”: a quote before the verb that puts another in place says how
                    # (but 以“枫桥经验”打造…, 通过“互联网+监管”推行…: a known practice, or the means)
                if verb is None and after_verb is not None and _TARGET_BEFORE.search(self.text, max(a, m.start - 2), m.start):
                    continue  # 对“四新经济”经营主体推行触发式监管: the quote names the target, not the practice
                strong = m.source in ("quote", "lexicon", "title")
                # (a quote named by a practice's head, “一杯茶”调解工作法, is a way of working, here)
                # (以“放管服”改革为切入点: a point of entry, not a means, reads as no practice run)
                # (登录“浙里办”系统即可查询: a system only used, another's, runs nothing new here)
                running = verb is None and strong and self._anchored() and (
                    self._runs_here(m, a, b) or m.source == "quote" and self.text[m.start - 1:m.start] != "以"
                    and (self._headed(m) or PRACTICE_TAIL.match(self.text, m.end, b))
                    and not _USED.search(self.text, max(a, m.start - 4), m.start))
                if verb is None and not (strong and (after_verb or self.info.plan or self.section_plan)):
                    if not (strong and self._report_context()) and not running:
                        continue
                if verb is None and after_verb is None and m.source == "lexicon" and not running:
                    continue  # a well-known name merely mentioned is not an adoption
                if verb is None and m.source == "quote" and not running and (
                        after_verb is None or after_verb[0] > _NEAR_AFTER) and not (
                        after_verb is None and self._headed(m) and self._report_context()):
                    # a quoted name with no verb of its own: in a report or a plan, or with a verb far
                    # after it that governs something else, it is cited, not put in place (measured before
                    # the rule: 0 of 17 such facts right on the pages never studied, 12 of 35 on those studied)
                    continue
                if verb is None and self.text[m.start - 1:m.start] == "的" and not (
                        running and _COUNT_AFTER.match(self.text, m.end, b)):
                    continue  # 法律、法规的“立改废释”: the name belongs to what precedes it (像老魏这样的“法律明白人”
                    # 已有2.9万余名 runs there all the same)
                if self.text[max(a, m.start - 1):m.start] == "等" and not (
                        m.source in ("quote", "lexicon") and re.match(r"“?[一二两三四五六七八九十\d]", self.text[m.start:m.end])):
                    continue  # 推行说理式执法等柔性执法方式: a class the named practice belongs to
                    # (…、…等“三项制度”: the counted whole its parts were listed for is the practice)
                if m.source == "lexicon" and (self._is_duty(m.name) or self._duty_named(m)) and not (
                        verb and verb[1] in lexicon.cues("innovate")) and not _FULLY_COVERED.match(self.text, m.end, b):
                    continue  # every government has this duty; only doing it in a new way is news
                if m.source == "quote" and len(m.name) <= 4 and any(
                        o is not m and m.name in o.name and len(o.name) > len(m.name) for o in mentions):
                    continue  # “一件事” is part of “高效办成一件事” named in the same sentence
                if self._in_honour_name(m, a):
                    continue  # 获评新时代“枫桥经验”创新工作法先进典型: a word of the honour's name
                if self._in_purpose(m, s):
                    continue  # 为推进“双示范”建设提供坚强法治保障: what the work serves, not a practice run
                if re.search(r"(作为|列为|称为|誉为|当作)[^，。；“”]{0,12}$", self.text[a:m.start]):
                    continue  # 作为“一号工程”: a role label, not a practice
                if not (self.info.plan or self.section_plan) and verb is not None and (
                        _MODAL_BEFORE_NAME.search(self.text[a:m.start]) or _MODAL_BEFORE_VERB.search(self.text[a:a + verb[0]])):
                    continue  # 要健全…, 还需加强…, 各部门要…: a recommendation, not something done
                if verb is not None and verb[1] in lexicon.cues("grows_people") and (
                        _PEOPLE_SKILL.search(self.text, max(a + verb[0], m.start - 3), m.start) or _PEOPLE_AFTER.match(self.text, m.end, b)):
                    continue  # 培养一批熟悉“互联网+监管”的执法人员: the verb grows people who know the practice
                if re.match(r"^[”\"]?(?:做法|经验|模式|机制|制度|改革)?被", self.text[m.end:b]) and _find_cue(
                        self.text[m.end:b], "promote"):
                    continue  # “企安码”被省委依法治省办在全省推广: spread by a body (promotions.py), adopted by no one here
                if re.search(r"(?:^|[^于])是[^，。；,;]{0,16}$", self.text[a:m.start]) and re.match(
                        r"^[^，。；,;]{0,8}的", self.text[m.end:b]):
                    continue  # 是深化“放管服”改革的重要举措: the practice is cited to qualify another
                if _PART_OF_COUNTED.match(self.text[m.end:b]) or (
                        self.text[m.start - 1:m.start] in ("、", "和", "及") and _LAST_PART.match(self.text[m.end:b])):
                    continue  # 行政执法公示、执法全过程记录…等“三项制度”: parts of the named whole
                if m.source == "quote" and self._in_notice_title(m):
                    continue  # 《关于第一批“法治镇街”命名的决定》: the document is about it (promotions.py reads it)
                if self._titled_entry(m, s, e):
                    continue  # a project's or case's title in a naming: that fact only (convention 1)
                if self._central_actor(s, (a, b)):
                    continue  # national policy (国务院…在全国推行): no place adopted it here
                subj = self._clause_subject((a, b), carried, m.start)
                owner = self._possessor(m, sent, subj) if m.source == "quote" else None
                subj = owner or subj
                if m.source == "title" and not self._acts_in_clause((a, b), m.start):
                    # 出台《滁州市…办法》: the place heading a local system's title adopted it
                    owner = next((r for r in self.places if m.start < r.start <= m.start + 2 and r.code), None)
                    subj = self._title_owner(owner, m) if owner else subj
                if subj is None:
                    continue
                first = next((w for w in _FIRST_NOUNS if self.text.startswith(w, subj.end)), None)
                if subj.code and a <= subj.start and first and m.start == subj.end + len(first):
                    # 浙江省首个“共享法庭”…: the place is the scope of the first thing named right after it
                    self.scoped_adoptions.add((subj.code, m.name, s, e))
                pos = m.start
                year, ysrc = self._year((a, b), sent, pos)
                edition = _TITLE_YEAR_BRACKET.search(self.text, m.start, m.end) if m.source == "title" else None
                if edition is not None and ysrc != "clause":
                    # 出台《…法律服务清单（2021）》: the title's own year in brackets is the year of that edition
                    year, ysrc = int(edition.group(1)), "title_edition"
                mode = verb[1] if verb else (after_verb[1] if after_verb else None)
                if self.info.plan or self.section_plan:
                    mode = "计划"
                for member in self._list_members(subj, s, e):  # 安丘市、昌乐县先后启动…: each of them
                    self._add(f"adopt.{'verb' if verb else 'context'}.{m.source}", (m.start, m.end), sent,
                              0.8 if verb else 0.6, type="ADOPTED", place=member.name, parent=member.parent,
                              place_code=member.code, mechanism=m.name, year=year, year_source=ysrc, mode=mode,
                              category=m.category, instance_of=m.instance_of)
                    self._pioneer(m, (a, b), sent, member, (year, ysrc))

    def _in_purpose(self, m: Mention, s: int) -> bool:
        """Whether ``m`` stands inside a purpose clause, 为…提供保障 (the clause may run over commas:
        为加快建设…“模范兴国”，再创…“第一等工作”提供强有力法治保障)."""
        opens = list(_PURPOSE_OPEN.finditer(self.text, max(0, s - 1, m.start - 40), m.start))
        if not opens or re.search(r"[。；;]", self.text[opens[-1].end():m.start]):
            return False
        if lexicon.mechanisms().canonical(m.name) is not None or self._headed(m) or PRACTICE_TAIL.match(self.text, m.end):
            return False  # (为深化“放管服”改革提供保障: a reform or a system named is still run there)
        inside = self.text[opens[-1].end():m.start]
        if _LAUNCH.search(inside):
            return False  # 为优化营商环境，市司法局推出“…”, 为企业推出“…”: the main clause launches it
        end = _PURPOSE_END.match(self.text, m.end)
        # (…“企业服务码”，为企业发展提供保障: the support is another purpose's, opened after the name)
        return end is not None and _PURPOSE_OPEN.search(self.text, m.end, end.end()) is None

    def _topic_clause(self, a: int, b: int, own: Ref | None = None) -> Ref | None:
        """特别是养殖面积最大的溪南镇，因地制宜打造…: a clause that is only a place and what describes it names
        what the clauses after it are about."""
        t = self.text[a:b].rstrip("，,；; ")
        run = [r for r in self._in(self.places, a, a + len(t)) if r.code]
        if not run or run[-1].end != a + len(t):
            return None
        r = run[-1]
        start = self._run_start(r)
        lead = self.text[a:start].strip()
        if own is not None and own.start is not None and a <= own.start < start:
            return None  # 市司法局走访企业最多的北仑区，…: the clause has its actor; the place is its object
        if _TOPIC_OBJECT_VERB.search(lead):
            return None  # 组织骨干赴先行先试的镇海区，学习…: the place is where the actor went
        return r if _TOPIC_LEAD.fullmatch(lead) else None

    def _title_owner(self, owner: Ref, m: Mention) -> Ref:
        """《柳州市城中区…办法》: the district's; but the city's when the title is legislation (a district
        makes no 条例 or 规定: 《上海市浦东新区…若干规定》) or names districts jointly (《甲市乙区、丙区…》)."""
        r = self._most_specific(owner)
        core = self.text[m.start:m.end].strip("《》")
        if r is owner or self.text[r.end:r.end + 1] == "、" or core.endswith(lexicon.cues("legislation_head")):
            return owner
        return r

    def _owned_experience(self, m: Mention, sent, clause: tuple[int, int]) -> bool:
        """总结出鄂尔多斯“三分吸附法”、锡林郭勒“草原枫桥”等经验: a place written right before a quoted practice
        its text calls an experience owns it (convention 1: presented as running there).  Not when the
        sentence spreads or learns it (推广, 学习借鉴): that is another fact, and the gold rarely adds the
        adoption (12 of 37 promotions on the studied sets)."""
        if m.source != "quote" or not _OWNED_TAIL.match(self.text, m.end, clause[1]):
            return False
        owner = next((r for r in self.places if r.end == m.start and r.code), None)
        if owner is None or self._spreads_or_learns(sent):
            return False
        self._add_owned(owner, m, m.start, sent, clause)
        return True

    def _spreads_or_learns(self, sent) -> bool:
        s, e, _ = sent
        return _find_cue(self.text[s:e], "promote") is not None or any(
            w in self.text[s:e] for w in lexicon.role_table("learning_cues.tsv")["learn"])

    def _add_owned(self, owner: Ref, m: Mention, start: int, sent, clause: tuple[int, int]) -> None:
        year, ysrc = self._year(clause, sent, m.start)
        self._add("adopt.owner.quote", (start, m.end), sent, 0.6, type="ADOPTED", place=owner.name,
                  parent=owner.parent, place_code=owner.code, mechanism=m.name, year=year, year_source=ysrc,
                  mode=None, category=m.category, instance_of=m.instance_of)

    def _possessor(self, m: Mention, sent, subj: Ref | None) -> Ref | None:
        """打开电脑上的嘉兴市“综合查一次”应用平台: a place written right before a quoted practice owns it, over the
        clause's actor, where the sentence neither honours, names, spreads nor learns (南通市“…”获评…: a list of
        honoured projects; 推广甲县“…”经验: the spreading body's fact)."""
        owner = next((r for r in self.places if r.end == m.start and r.code), None)
        if owner is None or subj is None or owner.code == subj.code or self._body_at(owner) is not None:
            return None
        s, e, _ = sent
        if any(_find_cue(self.text[s:e], role) is not None for role in ("honour", "candidate")) \
                or self._spreads_or_learns(sent):
            return None
        return owner

    def _owned_by_place(self, m: Mention, sent, clause: tuple[int, int]) -> bool:
        """桐庐县的“共享法庭”让群众…, 桐庐县：“共享法庭”让纠纷就地化解: a quoted practice a place owns (with 的),
        or that a place opening its clause (a headline's colon between) names as its own, runs there
        (convention 1).  Not in a sentence that spreads or learns it (推广桐庐县“共享法庭”): another fact."""
        if m.source != "quote":
            return False
        gap = self.text[m.start - 1:m.start]
        if gap == "的":
            owner = next((r for r in self.places if r.end == m.start - 1 and r.code and r.start >= clause[0]), None)
        elif gap in ("：", ":"):
            # (a bare place before a quote, 南通市“…”、淮安市“…”, is as often a list of honoured projects)
            owner = next((r for r in self.places if r.end == m.start - 1 and r.code
                          and self._run_start(r) <= clause[0] + _OPENING_SLACK), None)
        elif self._listed_with_own_places(m, sent):
            # 有甲市乙区“…”、丙市丁县“…”等: places listed each with its own practice, where no honour or
            # candidacy is said, own what they are listed with
            owner = next((r for r in self.places if r.end == m.start and r.code), None)
        else:
            return False
        if owner is None or self._body_at(owner) is not None or self._spreads_or_learns(sent):
            return False  # (桐庐县法院的“…”: the court's, read with its body)
        self._add_owned(owner, m, owner.start, sent, clause)
        return True

    def _listed_with_own_places(self, m: Mention, sent) -> bool:
        """Whether ``m`` stands right after a place of its own in a list (joined by 、) of two or more quoted
        practices that do so — not when the sentence names an honour or a candidacy (南通市“…”、淮安市“…”获评…:
        a list of honoured projects, convention 1) or spreads or learns them."""
        s, e, _ = sent
        if not any(r.end == m.start and r.code for r in self.places) or "、" not in self.text[s:e]:
            return False
        # (the honour may be said in the sentence that introduces the list: 以下案例获评…。 A“…”、B“…”)
        before = [x for x in self.info.sentences if x[1] <= s]
        lead = self.text[before[-1][0]:before[-1][1]] if before else ""
        if any(_find_cue(t, role) is not None for t in (self.text[s:e], lead) for role in ("honour", "candidate")) \
                or self._spreads_or_learns(sent) or _NOT_OWNED_LIST.search(self.text, s, e):
            return False  # (从A“…”、B“…”转向…: a shift; 评选出A“…”、B“…”: a selection, the honour's)
        ends = {r.end for r in self.places if r.code and s <= r.start < e}
        pairs = [q for q in self.mechanisms if q.source == "quote" and s <= q.start < e and q.start in ends]
        # (the pairs are one list: no clause break between the first and the last)
        return len(pairs) >= 2 and not re.search(r"[，,；;。]", self.text[pairs[0].start:pairs[-1].start])

    def _headed(self, m: Mention) -> bool:
        """A quoted name completed by a practice's head (“容缺办”改革) or ending in one."""
        return not self.text[m.start:m.end].endswith("”") or m.name.endswith(_PRACTICE_HEADS)

    def _in_notice_title(self, m: Mention) -> bool:
        """Whether the quote stands inside the title of a decision or notice (《关于…“X”…的通知》); a local
        system's own title (《…“白名单”管理办法》) keeps its quoted brand."""
        a = self.text.rfind("《", max(0, m.start - 60), m.start)
        if a < 0 or self.text.rfind("》", a, m.start) >= 0:
            return False
        b = self.text.find("》", m.end, m.end + 60)
        return b >= 0 and bool(_NOTICE_TITLE.search(self.text, a, b))

    def _practice_outcome(self, m: Mention, b: int, verb: str, a: int | None = None) -> bool:
        """After 实现: a practice whose coverage is stated, or a known one reached first (率先实现…); a known
        practice merely reached (实现763个事项“跨省通办”, 实现一窗受理) is an outcome (convention 1)."""
        after = self.text[m.end:min(b, m.end + 12)]
        if re.match(r"^[”\"]?(?:办理)?(?:率|比例|比率|占比)", after):
            return False  # 实现“一网通办”率95%: a figure
        if a is not None and _SHARE.search(self.text, a, m.start):
            return True  # 100%政务服务事项实现“一窗综办”: the share of items it covers, a coverage (convention 3)
        if "覆盖" in self.text[m.end:b] or m.source == "coverage":
            return True  # (实现每村3名“法律明白人”和1名“法治带头人”全覆盖: the coverage said at the clause's end)
        return verb != "实现" and (m.source == "lexicon" or lexicon.mechanisms().canonical(m.name) is not None)

    def _titled_entry(self, m: Mention, s: int, e: int) -> bool:
        """The practice is what a naming or award selects (…“X”…被命名为全国…示范项目, “X”等项目被评为
        …优秀项目): a project or case title, not by itself an adoption."""
        after = self.text[m.end:e]
        # …入选…示范项目，分别为甲市“…”改革、乙县“…”: an entry of the list of holders after a title, in the
        # sentence [s, e)
        listed = LISTED_AFTER.search(self.text, s, m.start)
        if listed is not None and (any(s <= w.start < listed.start() for w in self.awards)
                                   or _find_cue(self.text[s:listed.start()], "honour") is not None):
            return True  # (…入选…优秀案例，分别为甲县《…》: a case's title too)
        # (“A”全面推进，“B”入选…: after a clause break another quoted name or a place opens its own clause,
        # and the naming is of that one)
        for brk in re.finditer(r"[，,；;]", after):
            k = m.end + brk.end()
            if self.text.startswith("“", k) or any(r.start == k for r in self.places):
                after = after[:brk.start()]
                break
        cue = _find_cue(after, "honour")
        if cue is None:
            return False
        if re.search(r"等[^，,；;。]{0,6}(?:项目|案例|做法)", after[:cue[0]]):
            return True  # “…”“…”等多个普法项目被评为…: titles of listed projects
        into = cue[1] in _INTO_COLLECTION  # (纳入全市十大民生实事项目: no honour, see award_facts)
        aw = next((w for w in self.awards if m.end + cue[0] <= w.start < e), None)
        if aw is not None:
            return aw.award_kind == "project" and (not into or is_collection(aw.name))
        named = read_awards(after[cue[0] + len(cue[1]):])
        if into and named and not is_collection(named[0].name):
            return False
        return bool(named) and named[0].name.endswith(("项目", "案例", "做法", "经验"))

    def _joined(self, a: int, b: int) -> bool:
        """Whether text[a:b], between two practices' mentions, joins two items of one list; a mention may
        hold its quotes (“A”“B”), so the quotes around the gap are read with it."""
        if self.text[a - 1:a] == "”" and self.text[b:b + 1] == "“":
            a, b = a - 1, b + 1
        return bool(_LIST_GAP.fullmatch(self.text[a:b]))

    def _in_honour_name(self, m: Mention, a: int) -> bool:
        """Whether the practice's name is a word inside the name of an honour conferred in its clause."""
        if any(w.start <= m.start and m.end <= w.end for w in self.awards):
            return True
        cue = _last_cue(self.masked[a:m.start], "honour")
        if cue is None:
            return False
        base = a + cue[0] + len(cue[1])
        if cue[1] in _INTO_COLLECTION:
            # 被纳入“…”事项: these take an honour only as a collection of cases (award_facts)
            return any(base + w.start <= m.start and m.end <= base + w.end and is_collection(w.name)
                       for w in read_awards(self.text[base:base + 60]))
        if cue[1] != "是" and m.start - base <= 1 and self.text[base:m.start] in ("", "“", "\""):
            return True  # 率先夺得“二星平安金鼎”: what an honour verb takes at once is the honour, head or none
        return any(base + w.start <= m.start and m.end <= base + w.end for w in read_awards(self.text[base:base + 60]))

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
    def _is_duty(name: str) -> bool:
        entry = lexicon.mechanisms().get(name)
        return entry is not None and entry.kind == "duty"

    def _runs_here(self, m: Mention, a: int, b: int) -> bool:
        """Positive evidence that a practice named without a verb runs here (convention 1): what
        follows says it covers, runs or has run since (“30分钟公共法律服务圈”覆盖全市, …实施以来)."""
        run = _RUN_AFTER.match(self.masked, m.end, b)  # (“A”“B”全面落地: said of the whole run)
        after = self.masked[run.end() if run is not None else m.end:b]
        if m.source == "quote" and (_COUNT_AFTER.match(self.text, m.end, b)
                                    or _COUNT_BEFORE.search(self.text, max(0, m.start - 8), m.start)) \
                and not _COUNTED_NOT.search(self.text, a, m.start) \
                and not m.name.endswith(_PEOPLE_TITLES):
            return True  # “法律明白人”1671人, 建成…等9个“海外法务中心”: counted where they run
            # (not what is cleared, banned or found, 清理“奇葩证明”36个, nor people picked, “法治之星”20人)
        return bool(_RUNNING.match(after)) or bool(_COUNTED_ITEMS.match(self.text, m.end, b)) \
            or bool(_RECOGNISED.match(self.text, m.end, b))

    def _pioneer(self, m: Mention, clause, sent, subj: Ref, year: tuple[int | None, str | None]) -> None:
        # the cue governs the first practice named after it: a verb (率先试点…，…形成《住户守则》) across
        # clauses of its sentence, "the first one" (全省首个…的省辖市) only within its clause
        prev = sorted(o.end for o in self.mechanisms if sent[0] <= o.end <= m.start and o is not m)
        # 率先推进A公开、“B”“C”等工作: a list the cue's verb governs; its later items are governed too
        first = m.start
        while prev and self._joined(prev[-1], first):
            first = next(o.start for o in self.mechanisms if o.end == prev[-1])
            prev = [x for x in prev if x <= first]
        lo = max([sent[0]] + prev)
        cue = _last_cue(self.text[lo:first], "pioneer")
        if cue is not None and cue[1] in _FIRST_NOUNS and lo + cue[0] < clause[0]:
            lo = max(lo, clause[0])
            cue = _last_cue(self.text[lo:m.start], "pioneer")
        if cue is None:
            return
        cue_at = lo + cue[0]
        if any(a < cue_at < b for a, b in self.quoted):
            return  # 《…推进法治政府建设率先突破三年行动计划》: a word of a title or a quote claims nothing
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
                  parent=subj.parent, place_code=subj.code, mechanism=m.name, scope=scope,
                  year=year[0], year_source=year[1])
