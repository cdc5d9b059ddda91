"""A scaled corpus for the benchmarks, built deterministically from the shared documents.

    .venv/bin/python bench/corpus.py 10 [--out out/bench/corpus] [--seed 13] [--shared ../shared]

Each synthetic document is one article of ../shared/corpus or ../shared/real/{dev,holdout} (read
and normalised by the project's own loader), with about a quarter of its paragraphs swapped for
paragraphs of other articles and a few appended; then every place the gazetteer names there without
ambiguity (province, prefecture, county, and development zones by their unit) is replaced by a real
division of the same level drawn from the division table, keeping the hierarchy (a county of the
replaced prefecture stays a county of its replacement), and its stated years move by a few years.
So the graph of a larger corpus grows as a real collection's would: many more places, the same
mechanisms spreading over them, over more years.  A document whose article came from a Traditional
page is written back in Traditional script, so the loader's T→S path runs on the same share of text.

Sizes are UTF-8 bytes of the files written (1 MB = 1,000,000 bytes; Chinese text is about 3 bytes
per character, so 1 MB is about 0.33 M characters).  The documents form one stream for a seed: the
corpus of N MB is the first documents of that stream whose sizes add up to at least N MB, so a
smaller corpus is a prefix of a larger one.  A corpus already on disk is kept when its manifest
matches (same seed, size, sources and builder); the text is a build artefact under out/ (gitignored),
never committed.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
SOURCE_DIRS = ("corpus", "real/dev", "real/holdout")
DEFAULT_SEED = 13
MB = 1_000_000
# bump when the way documents are put together changes: a cached corpus is then rebuilt
BUILDER_VERSION = 1

SWAP_SHARE = 0.25  # share of an article's paragraphs replaced by paragraphs of other articles
YEAR_SHIFTS = (-3, -2, -1, 0, 0, 1)  # how far a document's stated years move
LAST_YEAR = 2025  # the division table's year: no shifted year goes past it
_YEAR = re.compile(r"(?<![\d.])(20[0-2]\d)(?=\s*年|[-—－~～至到]\s*20[0-2]\d)")


class NoSources(RuntimeError):
    """../shared (or the folder given) holds no documents to recombine."""


@dataclass(frozen=True)
class Article:
    title: str | None
    date: str | None
    paragraphs: tuple[str, ...]
    traditional: bool


def source_files(shared: Path = SHARED) -> list[Path]:
    files = []
    for sub in SOURCE_DIRS:
        d = shared / sub
        if d.is_dir():
            # gold facts (.jsonl) beside the real pages are data, not documents
            files += sorted(p for p in d.iterdir() if p.is_file() and p.suffix.lower() != ".jsonl"
                            and not p.name.startswith(".") and p.suffix.lower() != ".md")
    return files


def read_articles(files: list[Path]) -> list[Article]:
    from fazhi.loaders.documents import load_document

    out = []
    for f in files:
        doc = load_document(f)
        for a in doc.articles:
            paras = tuple(p for p in a.paragraphs if p.strip())
            if paras:
                out.append(Article(a.title, a.date, paras, doc.script == "traditional"))
    if not out:
        raise NoSources("no readable documents among the sources")
    return out


class Places:
    """Replaces the places a text names by others of the same level, one consistent map per document."""

    def __init__(self):
        from fazhi.loaders.extract.gazetteer import Gazetteer

        self.gaz = Gazetteer.default()
        self.by_level: dict[int, list[str]] = {1: [], 2: [], 3: []}
        self.children: dict[tuple[str, int], list[str]] = {}
        self.in_province: dict[tuple[str, int], list[str]] = {}
        # sorted: the draw must not depend on dict order built from hashed strings
        for code in sorted(self.gaz.divisions):
            d = self.gaz.divisions[code]
            if d.level not in self.by_level or "-" in code:
                continue
            self.by_level[d.level].append(code)
            if d.parent:
                self.children.setdefault((d.parent, d.level), []).append(code)
            self.in_province.setdefault((d.province, d.level), []).append(code)

    def target(self, code: str, mapping: dict[str, str], rng: random.Random) -> str:
        if code in mapping:
            return mapping[code]
        d = self.gaz.divisions[code]
        cands: list[str] = []
        if d.parent and d.parent in self.gaz.divisions:
            tp = self.target(d.parent, mapping, rng)
            cands = (self.children.get((tp, d.level))
                     or self.in_province.get((self.gaz.divisions[tp].province, d.level)) or [])
        t = rng.choice(cands or self.by_level[d.level])
        mapping[code] = t
        return t

    def _level(self, code: str) -> int:
        d = self.gaz.divisions.get(code)
        return d.level if d else 0

    def _written(self, code: str, short: bool) -> str:
        d = self.gaz.divisions[code]
        return d.short_names[0] if short and d.short_names else d.name

    def substitute(self, text: str, mapping: dict[str, str], rng: random.Random) -> str:
        matches = self.gaz.find(text)
        # a county's stem is often an ordinary word (资源, 江南 in 大江南北): it is replaced only when the
        # document names that county in full too; provinces' and prefectures' short names are replaced
        named = {m.codes[0] for m in matches if m.form == "full" and len(m.codes) == 1}
        parts, pos = [], 0
        for m in matches:
            if m.form == "short" and m.codes[0] not in named and self._level(m.codes[0]) > 2:
                continue
            new = self._replacement(m, mapping, rng)
            if new is None:
                continue
            parts += [text[pos:m.start], new]
            pos = m.end
        parts.append(text[pos:])
        return "".join(parts)

    def _replacement(self, m, mapping, rng) -> str | None:
        if len(m.codes) != 1:  # 朝阳区 and the like: the extractor decides by context, leave them
            return None
        code = m.codes[0]
        if m.form in ("full", "short"):
            d = self.gaz.divisions.get(code)
            if d is None or d.level not in self.by_level:
                return None
            return self._written(self.target(code, mapping, rng), m.form == "short")
        if m.form == "zone" and "-" in code:
            unit = self.gaz.divisions.get(code.partition("-")[0])
            if unit is None or unit.level not in (2, 3):
                return None
            for written, short in ((unit.name, False), *((s, True) for s in unit.short_names)):
                if m.surface.startswith(written):
                    new_unit = self._written(self.target(unit.code, mapping, rng), short)
                    return new_unit + m.surface[len(written):]
        return None


def _shift_years(text: str, shift: int) -> str:
    if not shift:
        return text
    return _YEAR.sub(lambda m: str(min(int(m.group(1)) + shift, LAST_YEAR)), text)


def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


class Builder:
    def __init__(self, shared: Path = SHARED, seed: int = DEFAULT_SEED):
        files = source_files(shared)
        if not files:
            raise NoSources(f"no documents under {shared} ({', '.join(SOURCE_DIRS)})")
        self.seed = seed
        self.articles = read_articles(files)
        self.pool = [p for a in self.articles for p in a.paragraphs]
        self.places = Places()
        self._to_traditional = None
        h = hashlib.sha256(f"builder {BUILDER_VERSION} seed {seed}\n".encode())
        h.update(Path(__file__).read_bytes())
        for a in self.articles:
            h.update(json.dumps([a.title, a.date, a.paragraphs, a.traditional], ensure_ascii=False).encode())
        h.update(str(sorted(self.places.by_level[3])[:5] + [len(self.places.by_level[3])]).encode())
        self.fingerprint = h.hexdigest()[:16]

    def document(self, rng: random.Random) -> str:
        art = rng.choice(self.articles)
        paras = [rng.choice(self.pool) if rng.random() < SWAP_SHARE else p for p in art.paragraphs]
        paras += [rng.choice(self.pool) for _ in range(rng.randint(0, 2))]
        lines = ([art.title] if art.title else []) + paras
        if art.date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", art.date):
            y, m, d = art.date.split("-")
            lines.append(f"{y}年{int(m)}月{int(d)}日")
        text = "\n\n".join(lines)
        text = self.places.substitute(text, {}, rng)
        text = _shift_years(text, rng.choice(YEAR_SHIFTS))
        if art.traditional:
            if self._to_traditional is None:
                self._to_traditional = _s2t()
            text = self._to_traditional.convert(text)
        return text + "\n"

    def stream(self, stream: str = "corpus") -> Iterator[tuple[str, bytes]]:
        """(file name, UTF-8 bytes) forever; ``stream`` names an independent sequence (``new-1`` …)."""
        rng = random.Random(f"{self.seed}/{stream}")
        seen: set[str] = set()
        i = 0
        while True:
            data = self.document(rng).encode("utf-8")
            digest = hashlib.sha256(data).hexdigest()
            if digest in seen:  # an unchanged article drawn twice would load as one document
                continue
            seen.add(digest)
            yield f"{stream}_{i:06d}.txt", data
            i += 1


def build(size_bytes: int, out: Path, builder: Builder | None = None, stream: str = "corpus",
          max_docs: int | None = None, shared: Path = SHARED, seed: int = DEFAULT_SEED) -> dict:
    """Write the first documents of ``stream`` adding up to at least ``size_bytes`` (or ``max_docs``
    documents) into ``out``; return its manifest.  A matching corpus already in ``out`` is kept."""
    out = Path(out)
    # beside the folder, not in it: `fazhi load` would name a .json among the documents as passed over
    manifest_path = out.parent / f"{out.name}.manifest.json"
    builder = builder or Builder(shared, seed)
    want = {"seed": builder.seed, "stream": stream, "size_bytes": size_bytes, "max_docs": max_docs,
            "fingerprint": builder.fingerprint}
    if manifest_path.is_file():
        try:
            old = json.loads(manifest_path.read_text(encoding="utf-8"))
        except ValueError:
            old = {}
        if all(old.get(k) == v for k, v in want.items()):
            return old
    if manifest_path.exists():
        manifest_path.unlink()
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    total = chars = docs = 0
    for name, data in builder.stream(stream):
        if total >= size_bytes or (max_docs is not None and docs >= max_docs):
            break
        (out / name).write_bytes(data)
        total += len(data)
        chars += len(data.decode("utf-8"))
        docs += 1
    manifest = {**want, "bytes": total, "chars": chars, "documents": docs,
                "sources": len(source_files(shared)), "articles": len(builder.articles)}
    # written last: a build cut short has no manifest and is redone
    manifest_path.write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return manifest


def documents(folder: Path) -> list[Path]:
    return sorted(Path(folder).glob("*.txt"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sizes", nargs="+", type=float, help="sizes in MB (10^6 UTF-8 bytes)")
    ap.add_argument("--out", default=str(ROOT / "out" / "bench" / "corpus"))
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--shared", default=str(SHARED))
    a = ap.parse_args()
    try:
        builder = Builder(Path(a.shared), a.seed)
    except NoSources as e:
        print(f"skipped: {e}", file=sys.stderr)
        return 0
    for size in a.sizes:
        m = build(int(size * MB), Path(a.out) / f"{size:g}MB", builder)
        print(f"{size:g} MB: {m['documents']} documents, {m['bytes']:,} bytes, {m['chars']:,} chars")
    return 0


if __name__ == "__main__":
    sys.exit(main())
