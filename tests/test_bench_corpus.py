"""The benchmark corpus builder (bench/corpus.py): deterministic, of the size asked for, with places
substituted.  Speed itself is measured by `make bench`, never asserted here."""
from __future__ import annotations

import hashlib
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def bc():
    spec = importlib.util.spec_from_file_location("fazhi_bench_corpus", ROOT / "bench" / "corpus.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # its dataclasses look their module up while being built
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def builder(bc, shared_corpus, shared_real):
    return bc.Builder(shared_corpus.parent, seed=7)


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_deterministic_and_of_the_requested_size(bc, builder, shared_corpus, tmp_path):
    size = 60_000
    a = bc.build(size, tmp_path / "a", builder)
    # a second builder, as another run would make it: the same files, byte for byte
    b = bc.build(size, tmp_path / "b", bc.Builder(shared_corpus.parent, seed=7))
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b")
    files = list((tmp_path / "a").iterdir())
    total = sum(p.stat().st_size for p in files)
    assert a["bytes"] == total == b["bytes"] and a["documents"] == len(files) > 1
    biggest = max(p.stat().st_size for p in files)
    assert size <= total < size + biggest  # stops at the first document that reaches the size
    assert a["chars"] == sum(len(p.read_text(encoding="utf-8")) for p in files)


def test_a_smaller_corpus_is_a_prefix_and_another_seed_differs(bc, builder, shared_corpus, tmp_path):
    small = bc.build(30_000, tmp_path / "small", builder)
    large = bc.build(60_000, tmp_path / "large", builder)
    ds, dl = _digest(tmp_path / "small"), _digest(tmp_path / "large")
    assert all(dl[name] == h for name, h in ds.items()) and small["documents"] < large["documents"]
    other = bc.build(30_000, tmp_path / "other", bc.Builder(shared_corpus.parent, seed=8))
    assert _digest(tmp_path / "other") != ds and other["fingerprint"] != small["fingerprint"]


def test_a_matching_corpus_on_disk_is_kept(bc, builder, tmp_path):
    bc.build(20_000, tmp_path / "c", builder)
    marker = tmp_path / "c" / "kept"
    marker.write_text("x")
    bc.build(20_000, tmp_path / "c", builder)
    assert marker.exists()  # not rebuilt
    bc.build(25_000, tmp_path / "c", builder)
    assert not marker.exists()  # another size: rebuilt


def test_places_are_real_divisions_spread_over_the_country(bc, builder, tmp_path):
    from fazhi.loaders.extract.gazetteer import Gazetteer

    bc.build(200_000, tmp_path / "d", builder)
    gaz = Gazetteer.default()
    provinces = set()
    for p in (tmp_path / "d").iterdir():
        for m in gaz.find(p.read_text(encoding="utf-8")):
            if m.form == "full" and len(m.codes) == 1 and gaz.get(m.codes[0]).level <= 3:
                provinces.add(gaz.get(m.codes[0]).province)
    # the sources name places in a handful of provinces; substituted, they reach most of the country
    assert len(provinces) >= 20


def test_no_sources_is_said(bc, tmp_path):
    with pytest.raises(bc.NoSources):
        bc.Builder(tmp_path)
