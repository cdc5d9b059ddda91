"""Precision/recall of extracted facts against hand-annotated gold facts.

Scored by the same rules as the project's reference scorer (../shared/tools/score.py): names match
leniently (place suffixes, mechanism heads such as 改革/制度, containment, character-bigram Dice),
one-to-one within a document and fact type, and a PIONEERED fact implies its ADOPTED twin.
A test checks that this module and the reference scorer agree.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from contextlib import closing
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Callable, Iterable

from ..model import Document, LoadError

_PUNCT = re.compile(r"[\s“”\"'‘’《》「」『』〈〉()（）【】\[\]、，,。.:：;；!！?？·•\-—_]+")
_PLACE_SUFFIX = re.compile(r"(维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|特别行政区|省|市|县|区|州|盟|旗|镇|乡|街道|新区)$")
_MECH_SUFFIX = re.compile(r"(改革|制度|机制|模式|工作法|体系|工作|试点|新模式|服务|平台)$")
_BODY_ALIASES = {
    "中央依法治国办": "中央全面依法治国委员会办公室",
    "国家发改委": "国家发展和改革委员会",
    "国家发展改革委": "国家发展和改革委员会",
    "国办": "国务院办公厅",
}
SCORED_TYPES = ("ADOPTED", "PIONEERED", "PROMOTED_BY", "NAMED_DEMONSTRATION_CITY",
                "NAMED_DEMONSTRATION_PROJECT", "HONOURED", "CANDIDATE")


def _norm(s: str | None) -> str:
    return _PUNCT.sub("", s or "")


def _strip(s: str, rx: re.Pattern) -> str:
    # strip repeated heads while at least two characters remain
    while len(s) > 2:
        t = rx.sub("", s)
        if t == s or len(t) < 2:
            break
        s = t
    return s


def _dice(a: str, b: str) -> float:
    A = {a[i:i + 2] for i in range(len(a) - 1)} or {a}
    B = {b[i:i + 2] for i in range(len(b) - 1)} or {b}
    return 2 * len(A & B) / (len(A) + len(B))


def same_place(a: str | None, b: str | None) -> bool:
    a, b = _norm(a), _norm(b)
    if not a or not b:
        return False
    if a == b:
        return True
    sa, sb = _strip(a, _PLACE_SUFFIX), _strip(b, _PLACE_SUFFIX)
    return sa == sb or (min(len(sa), len(sb)) >= 2 and (sa.endswith(sb) or sb.endswith(sa)))


def same_name(a: str | None, b: str | None, rx: re.Pattern | None = None, thr: float = 0.6) -> bool:
    a, b = _norm(a), _norm(b)
    if not a or not b:
        return False
    a, b = _BODY_ALIASES.get(a, a), _BODY_ALIASES.get(b, b)
    if a == b:
        return True
    if rx is not None:
        a, b = _strip(a, rx), _strip(b, rx)
        if a == b:
            return True
    if min(len(a), len(b)) >= 2 and (a in b or b in a):
        return True
    return _dice(a, b) >= thr


def _holder(f: dict) -> str | None:
    return f.get("holder") or f.get("place") or f.get("body")


MATCHES: dict[str, Callable[[dict, dict], bool]] = {
    "ADOPTED": lambda g, p: same_place(g.get("place"), p.get("place"))
    and same_name(g.get("mechanism"), p.get("mechanism"), _MECH_SUFFIX),
    "PIONEERED": lambda g, p: same_place(g.get("place"), p.get("place"))
    and same_name(g.get("mechanism"), p.get("mechanism"), _MECH_SUFFIX),
    "PROMOTED_BY": lambda g, p: same_name(g.get("mechanism"), p.get("mechanism"), _MECH_SUFFIX)
    and (same_name(g.get("body"), p.get("body"), thr=0.5) or not (g.get("body") or p.get("body"))),
    "NAMED_DEMONSTRATION_CITY": lambda g, p: same_place(g.get("place"), p.get("place"))
    and (g.get("level") or "national") == (p.get("level") or "national"),
    "NAMED_DEMONSTRATION_PROJECT": lambda g, p: same_place(g.get("place"), p.get("place"))
    and same_name(g.get("project"), p.get("project") or p.get("mechanism"), _MECH_SUFFIX, 0.5),
    "HONOURED": lambda g, p: (same_place(_holder(g), _holder(p)) or same_name(_holder(g), _holder(p), thr=0.7))
    and same_name(g.get("award"), p.get("award"), thr=0.5),
    "CANDIDATE": lambda g, p: same_place(g.get("place"), p.get("place"))
    and same_name(g.get("award"), p.get("award"), thr=0.5),
}


@dataclass
class TypeScore:
    type: str
    gold: int = 0
    pred: int = 0
    tp: int = 0
    year_ok: int = 0
    year_n: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def year_accuracy(self) -> float | None:
        return self.year_ok / self.year_n if self.year_n else None

    def row(self) -> dict:
        return {"type": self.type, "gold": self.gold, "pred": self.pred, "tp": self.tp,
                "precision": round(self.precision, 3), "recall": round(self.recall, 3), "f1": round(self.f1, 3),
                "year": f"{self.year_ok}/{self.year_n}" if self.year_n else "-",
                "year_accuracy": None if self.year_accuracy is None else round(self.year_accuracy, 3)}


def read_facts(path: Path) -> list[dict]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise ValueError(f"{path}:{i}: not a JSON line ({e.msg})") from None
    return out


def read_gold(gold_dir: Path) -> list[dict]:
    facts = []
    for p in sorted(Path(gold_dir).glob("*.jsonl")):
        facts += read_facts(p)
    return facts


def _imply_adoptions(facts: list[dict]) -> list[dict]:
    have = {(f["doc"], _norm(f.get("place")), _norm(f.get("mechanism"))) for f in facts if f["type"] == "ADOPTED"}
    extra = []
    for f in facts:
        key = (f["doc"], _norm(f.get("place")), _norm(f.get("mechanism")))
        if f["type"] == "PIONEERED" and key not in have:
            have.add(key)
            extra.append(dict(f, type="ADOPTED", implied=True))
    return facts + extra


def score(gold: Iterable[dict], pred: Iterable[dict], mistakes: list | None = None) -> dict[str, TypeScore]:
    """Per-type scores plus an 'ALL' row; only documents that have gold facts are scored.

    When ``mistakes`` is a list, the facts behind the errors are appended to it: gold facts no
    prediction matched (``error: missed``), predictions that matched nothing (``spurious``) and
    matches whose year differs from the gold year (``wrong_year``, with ``gold_year``).
    """
    def keep(fs):
        out = []
        for f in fs:
            if f.get("type") in MATCHES:
                f = dict(f, doc=Path(f.get("doc", "")).name)
                out.append(f)
        return out

    gold, pred = keep(gold), keep(pred)
    gdocs = {g["doc"] for g in gold}
    pred = [p for p in pred if p["doc"] in gdocs]
    gold, pred = _imply_adoptions(gold), _imply_adoptions(pred)
    groups: dict[tuple[str, str], tuple[list, list]] = defaultdict(lambda: ([], []))
    for g in gold:
        groups[(g["doc"], g["type"])][0].append(g)
    for p in pred:
        groups[(p["doc"], p["type"])][1].append(p)
    res: dict[str, TypeScore] = {}
    for (_, typ), (gs, ps) in groups.items():
        r = res.setdefault(typ, TypeScore(typ))
        r.gold += len(gs)
        r.pred += len(ps)
        used: set[int] = set()
        for g in gs:
            for i, p in enumerate(ps):
                if i not in used and MATCHES[typ](g, p):
                    used.add(i)
                    r.tp += 1
                    if g.get("year") is not None:
                        r.year_n += 1
                        r.year_ok += int(p.get("year") == g.get("year"))
                        if mistakes is not None and p.get("year") != g.get("year"):
                            mistakes.append(dict(p, error="wrong_year", gold_year=g.get("year")))
                    break
            else:
                if mistakes is not None and not g.get("implied"):
                    mistakes.append(dict(g, error="missed"))
        if mistakes is not None:
            mistakes += [dict(p, error="spurious") for i, p in enumerate(ps) if i not in used and not p.get("implied")]
    total = TypeScore("ALL")
    for typ in sorted(res):
        r = res[typ]
        for k in ("gold", "pred", "tp", "year_ok", "year_n"):
            setattr(total, k, getattr(total, k) + getattr(r, k))
    out = {t: res[t] for t in sorted(res)}
    out["ALL"] = total
    return out


def _gold_documents(gold: list[dict], corpus: Path) -> list[Path]:
    """The corpus files the gold facts name, sorted by name."""
    paths = [corpus / name for name in sorted({Path(g["doc"]).name for g in gold})]
    for path in paths:
        if not path.exists():
            raise FileNotFoundError(f"{path}: named in the gold files but not in the corpus; pass --corpus DIR")
    return paths


def _predict(items: list, extract: Callable | None, workers: int, progress: bool | None,
             on_error: Callable[[LoadError], None] | None) -> tuple[list[dict], list[Document]]:
    """The predicted facts (as dicts) of the items through the stream of documents, and the documents read."""
    from ..stream import extract_each

    pred: list[dict] = []
    docs: list[Document] = []
    with closing(extract_each(items, extract, workers, progress)) as results:
        for r in results:
            if r.error is not None:
                if on_error is None:
                    raise r.error
                on_error(r.error)  # its gold facts count as missed
                continue
            docs.append(r.document)
            pred += [f.to_dict() for f in r.facts]
    return pred, docs


def _without(disable: tuple[str, ...]) -> Callable | None:
    """The extractor with these components switched off (None: the extractor as it is); a partial of a
    module-level function, so that worker processes can take it."""
    from .pipeline import extract

    return partial(extract, disable=tuple(disable)) if disable else None


def evaluate(gold_dir: str | Path, corpus: str | Path, extract: Callable | None = None,
             mistakes: list | None = None, disable: tuple[str, ...] = (), workers: int = 1,
             progress: bool | None = None, on_error: Callable[[LoadError], None] | None = None
             ) -> dict[str, TypeScore]:
    """Extract the documents named by the gold files (found in ``corpus``) and score them.

    Pass a list as ``mistakes`` to collect the missed, spurious and wrong-year facts (see `score`).
    A document that cannot be read or extracted raises its LoadError, unless ``on_error(error)`` is
    given: then it is told and scoring goes on without it. ``workers`` > 1 extracts in parallel (a
    custom ``extract`` must then pickle).
    """
    gold_dir, corpus = Path(gold_dir), Path(corpus)
    gold = read_gold(gold_dir)
    if not gold:
        raise ValueError(f"{gold_dir}: no gold facts (*.jsonl) found")
    paths = _gold_documents(gold, corpus)
    pred, _ = _predict(paths, extract or _without(disable), workers, progress, on_error)
    return score(gold, pred, mistakes)


def ablation(gold_dir: str | Path, corpus: str | Path, workers: int = 1, progress: bool | None = None,
             on_error: Callable[[LoadError], None] | None = None) -> list[dict]:
    """What each sentence rule and decider contributes: the scores with each one switched off.

    One row per component: its name, kind, P/R/F1 without it, and ΔF1 = F1 with everything minus F1
    without it (positive: the component helps on this set)."""
    from .relations import DECIDERS, SENTENCE_RULES

    gold_dir, corpus = Path(gold_dir), Path(corpus)
    gold = read_gold(gold_dir)
    pred, docs = _predict(_gold_documents(gold, corpus), None, workers, progress, on_error)
    full = score(gold, pred)["ALL"]  # the documents are read once, by this first run, for every run

    def run(disable: tuple[str, ...]) -> TypeScore:
        return score(gold, _predict(docs, _without(disable), workers, progress, on_error)[0])["ALL"]

    rows = [dict(component="(all)", kind="", precision=round(full.precision, 3), recall=round(full.recall, 3),
                 f1=round(full.f1, 3), delta_f1=0.0)]
    for kind, comps in (("sentence rule", SENTENCE_RULES), ("decider", tuple(DECIDERS))):
        for name in comps:
            s = run((name,))
            rows.append(dict(component=name, kind=kind, precision=round(s.precision, 3), recall=round(s.recall, 3),
                             f1=round(s.f1, 3), delta_f1=round(full.f1 - s.f1, 3)))
    return rows
