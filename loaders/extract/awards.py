"""Honour mentions: demonstration-city namings, demonstration projects and other honours."""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from . import lexicon
from .spanset import doc_text, set_spans, span_extensions

# 全省/省级/自治区… right before a naming makes it a provincial one
_PROVINCIAL_BEFORE = re.compile(r"(全省|省级|省|自治区|全区|市级|全市)(?:第[一二三四五六七八九十\d]+批|首批)?[“\"]?$")
_NATIONAL_BEFORE = re.compile(r"全国(?:第[一二三四五六七八九十\d]+批|首批)?[“\"]?$")
# a level below the nation right before a title (自治区“六五”普法…, 全市…, 湖州市…); the quoted five-year period
# between them (“六五”) taken out first
# (…区“八五”普法中期普法工作先进单位: a few words of the title's own may stand between, but no verb that
# ends the holder's or the conferrer's part: 省委宣传部评为…, 桐庐县入选…, 荣膺, 当选, 列入, 成为)
_LOWER_LEVEL_BEFORE = re.compile(r"(?:全省|省级|自治区|全区|市级|全市|全县|县级|区级|[\u4e00-\u9fff]{1,8}(?:省|市|县|区|州|盟|旗))[“\"]?"
                                 r"[^，。；、“”\s评为获授被的委局厅部院入选围膺当列成斩]{0,6}$")
_PERIOD_QUOTED = re.compile(r"[“\"][一二三四五六七八九]五[”\"]")


@dataclass(frozen=True)
class AwardMention:
    start: int
    end: int
    surface: str
    name: str
    kind: str  # city | project | honour
    level: str | None
    body: str | None


def find_awards(text: str) -> list[AwardMention]:
    out = []
    for s, e, entry in lexicon.award_matcher().find(text):
        name, level, kind = entry.name, entry.level, entry.kind
        surface = text[s:e]
        if kind in ("city", "project") and not surface.startswith("全国"):
            before = text[max(0, s - 10):s]
            if _NATIONAL_BEFORE.search(before):
                level = "national"
            elif _PROVINCIAL_BEFORE.search(before) or level == "provincial":
                level = "provincial"
                name = "省级法治政府建设示范市" if kind == "city" else "省级法治政府建设示范项目"
            else:
                level = entry.level
        elif kind == "honour" and level == "national" and not surface.startswith(("全国", "中国")):
            # 自治区“六五”普法先进单位, 银川市普法先进单位: a lower level before a national title's short name makes
            # it another title, the open grammar's to read
            before = _PERIOD_QUOTED.sub("", text[max(0, s - 14):s])
            if _LOWER_LEVEL_BEFORE.search(before):
                continue
        body = entry.body if level == entry.level else None
        if level == "national" and kind == "city":
            name, body = next(((a.name, a.body) for a in lexicon.awards() if a.kind == "city" and a.level == "national"),
                              (name, body))
        out.append(AwardMention(s, e, surface, name, kind, level, body))
    return out


span_extensions("award_kind", "award_level", "conferring_body")


@Language.factory("fazhi_awards")
def make_awards(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        return set_spans(doc, "awards", "Award", find_awards(doc_text(doc)), lambda a: a.name,
                         lambda a: {"award_kind": a.kind, "award_level": a.level, "conferring_body": a.body})

    return component
