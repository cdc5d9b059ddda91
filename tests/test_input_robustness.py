"""Issue 11: no input hangs or crashes a run.

Special files (FIFOs, devices, sockets) are skipped unopened; every reader has a size cap and a
time cap; long lines are broken before the extractor sees them; deeply nested HTML keeps its
text; `load --workers` processes die with their parent; and a fuzz run feeds bad bytes of every
kind to the loaders and the extractor.  Every test is bounded in time: a regression that hangs
fails within seconds instead of hanging the suite.
"""
import functools
import io
import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
import tracemalloc
import zipfile
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fazhi.loaders import iter_documents, load_document
from fazhi.loaders.documents import document_from_text, iter_paths, read_file
from fazhi.loaders.model import Document, LoadError
from fazhi.loaders.readers import TRUNCATED, within_time

POSIX = pytest.mark.skipif(os.name != "posix", reason="FIFOs, devices and signals are POSIX")
GOOD = "关于法治建设的报告\n2023年，苏州市全面推行“首违不罚”制度。\n"
FUZZ = settings(max_examples=60, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


def bounded(seconds, fn, *args):
    """fn(*args) in a daemon thread: a call that hangs fails the test instead of the suite."""
    out: dict = {}

    def run():
        try:
            out["value"] = fn(*args)
        except BaseException as e:  # handed to the test
            out["error"] = e

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(seconds)
    assert not t.is_alive(), f"{getattr(fn, '__name__', fn)} still running after {seconds} s"
    if "error" in out:
        raise out["error"]
    return out["value"]


def load_all(paths):
    return list(iter_documents(paths))


def errors_of(items):
    return {Path(e.path).name: e.problem for e in items if isinstance(e, LoadError)}


def peak_mb(fn, *args):
    """Peak Python memory (MB) while fn(*args) runs: what a bomb would inflate."""
    tracemalloc.start()
    try:
        fn(*args)
    except LoadError:
        pass
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return peak / 1e6


# ---------------------------------------------------------------- special files

@pytest.fixture
def specials(tmp_path):
    d = tmp_path / "docs"
    d.mkdir()
    (d / "a_good.txt").write_text(GOOD, encoding="utf-8")
    os.mkfifo(d / "pipe.txt")
    (d / "zero.txt").symlink_to("/dev/zero")
    (d / "fifo_link.txt").symlink_to(d / "pipe.txt")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(d / "sock.txt"))
    yield d
    sock.close()


@POSIX
def test_special_files_in_a_folder_are_skipped_unopened(specials):
    items = bounded(20, load_all, [specials])
    docs = [i for i in items if isinstance(i, Document)]
    assert [d.name for d in docs] == ["a_good.txt"]
    errs = errors_of(items)
    assert set(errs) == {"pipe.txt", "zero.txt", "fifo_link.txt", "sock.txt"}
    assert "named pipe/FIFO" in errs["pipe.txt"]
    assert "socket" in errs["sock.txt"]
    assert "symlink to /dev/zero, a character device" in errs["zero.txt"]
    assert "symlink to" in errs["fifo_link.txt"] and "FIFO" in errs["fifo_link.txt"]
    assert all(p.startswith("not a regular file") and "\n" not in p for p in errs.values())


@POSIX
def test_special_files_named_directly_or_by_glob(specials):
    for arg in (specials / "pipe.txt", specials / "zero.txt", str(specials / "*.txt")):
        items = bounded(20, load_all, [arg])
        assert any(isinstance(i, LoadError) and "not a regular file" in i.problem for i in items), arg
    assert isinstance(bounded(5, lambda: list(iter_paths([specials / "zero.txt"]))[0]), LoadError)


@POSIX
def test_special_files_are_never_opened(specials, monkeypatch):
    opened = []
    real_open = os.open
    monkeypatch.setattr(os, "open", lambda p, *a, **k: opened.append(str(p)) or real_open(p, *a, **k))
    bounded(20, load_all, [specials])
    assert all(Path(p).name == "a_good.txt" for p in opened), opened


@POSIX
def test_a_file_swapped_for_a_fifo_after_the_check_does_not_block(specials, monkeypatch):
    import fazhi.loaders.documents as documents

    monkeypatch.setattr(documents, "not_regular", lambda p: None)  # the stat check saw a regular file
    with pytest.raises(LoadError, match="named pipe/FIFO"):
        bounded(10, read_file, specials / "pipe.txt")


@POSIX
def test_extract_and_load_skip_special_files_and_keep_the_rest(specials, tmp_path):
    from click.testing import CliRunner

    from fazhi.cli import main

    r = bounded(60, CliRunner().invoke, main, ["extract", str(specials), "--format", "jsonl"])
    assert r.exit_code == 1
    assert "首违不罚" in r.stdout
    assert "pipe.txt: not a regular file (a named pipe/FIFO)" in r.stderr
    r = bounded(60, CliRunner().invoke, main, ["load", str(specials), "--db", str(tmp_path / "g.lbug"),
                                               "--no-progress"])
    assert r.exit_code == 1 and "1 loaded" in r.stderr and "4 skipped" in r.stderr


def test_reading_is_bounded_even_when_a_file_grows(tmp_path):
    p = tmp_path / "big.txt"
    p.write_bytes(b"a" * 5000)
    with pytest.raises(LoadError, match="over the"):
        read_file(p, max_bytes=1000)
    assert read_file(p, max_bytes=5000) == b"a" * 5000


# ---------------------------------------------------------------- DOCX: ZIP bombs

def zip_bytes(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


@functools.lru_cache(maxsize=None)  # compressing a gigabyte takes seconds: once per size
def docx_bomb(size: int) -> bytes:
    return zip_bytes({"[Content_Types].xml": b"<Types/>",
                      "word/document.xml": b"<w:document>" + b" " * size + b"</w:document>"})


@functools.lru_cache(maxsize=None)
def lying_zip(size: int) -> bytes:
    """A bomb whose directory declares each entry 1,000 bytes long: only reading tells."""
    data = bytearray(docx_bomb(size))
    for sig, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):  # local header, central directory
        i = data.find(sig)
        while i >= 0:
            data[i + offset:i + offset + 4] = (1000).to_bytes(4, "little")
            i = data.find(sig, i + 4)
    return bytes(data)


def test_a_zip_bomb_named_docx_is_refused_without_inflating(tmp_path):
    p = tmp_path / "bomb.docx"
    p.write_bytes(docx_bomb(1 << 28))  # 256 MB of spaces in a 260 kB file
    assert p.stat().st_size < 300_000
    with pytest.raises(LoadError, match=r"ZIP package declares 268.4 MB uncompressed, over the .* \(a ZIP bomb\?\)"):
        load_document(p)
    assert peak_mb(load_document, p) < 30


def test_a_zip_bomb_that_lies_about_its_sizes_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("FAZHI_MAX_UNZIPPED", "10M")
    p = tmp_path / "liar.docx"
    p.write_bytes(lying_zip(1 << 28))
    with pytest.raises(LoadError) as e:
        load_document(p)
    assert str(p) in str(e.value) and ("ZIP bomb" in e.value.problem or "damaged" in e.value.problem)
    assert peak_mb(load_document, p) < 30


def test_docx_caps_are_configurable(tmp_path, monkeypatch):
    p = tmp_path / "big.docx"
    p.write_bytes(docx_bomb(3 << 20))
    monkeypatch.setenv("FAZHI_MAX_UNZIPPED", "1M")
    with pytest.raises(LoadError, match="FAZHI_MAX_UNZIPPED="):
        load_document(p)
    p = tmp_path / "many.docx"
    p.write_bytes(zip_bytes({f"f{i}.xml": b"<x/>" for i in range(50)}))
    monkeypatch.setenv("FAZHI_MAX_ZIP_ENTRIES", "20")
    with pytest.raises(LoadError, match="more than 20 entries"):
        load_document(p)


def test_docx_text_stops_at_the_character_cap_with_a_note(tmp_path, monkeypatch):
    import docx

    d = docx.Document()
    for i in range(200):
        d.add_paragraph(f"第{i}段：苏州市全面推行“首违不罚”制度，深化法治政府建设。")
    p = tmp_path / "long.docx"
    d.save(p)
    monkeypatch.setenv("FAZHI_MAX_CHARS", "2000")
    doc = load_document(p)
    assert "第0段" in doc.text and "第199段" not in doc.text
    assert any(n.startswith(TRUNCATED) and "FAZHI_MAX_CHARS" in n for n in doc.notes)


# ---------------------------------------------------------------- PDF: pages, characters, bombs

@pytest.fixture(scope="module")
def cjk_font():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return "STSong-Light"


def pdf_pages(font: str, n: int) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for i in range(n):
        c.setFont(font, 12)
        c.drawString(72, 720, f"第{i}页：苏州市全面推行首违不罚制度。")
        c.showPage()
    c.save()
    return buf.getvalue()


def hand_pdf(objects: list[bytes]) -> bytes:
    """A PDF with the given objects (1 is the catalog) and a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def pdf_with_contents(contents: bytes, count: int = 1, kids: int = 1) -> bytes:
    return hand_pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                     f"<< /Type /Pages /Kids [{' '.join(['3 0 R'] * kids)}] /Count {count} >>".encode(),
                     b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
                     f"<< /Length {len(contents)} /Filter /FlateDecode >>\nstream\n".encode() + contents
                     + b"\nendstream"])


def test_a_pdf_of_thousands_of_pages_stops_at_the_page_cap(tmp_path, cjk_font, monkeypatch):
    p = tmp_path / "many.pdf"
    p.write_bytes(pdf_pages(cjk_font, 3000))
    monkeypatch.setenv("FAZHI_MAX_PDF_PAGES", "100")
    t = time.monotonic()
    doc = load_document(p)
    assert time.monotonic() - t < 20
    assert "第99页" in doc.text and "第100页" not in doc.text
    assert any(n.startswith(TRUNCATED) and "first 100 pages" in n and "FAZHI_MAX_PDF_PAGES" in n for n in doc.notes)


def test_the_commands_name_a_file_read_only_in_part(tmp_path, cjk_font, monkeypatch):
    from click.testing import CliRunner

    from fazhi.cli import main

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "many.pdf").write_bytes(pdf_pages(cjk_font, 30))
    monkeypatch.setenv("FAZHI_MAX_PDF_PAGES", "10")
    want = "warning " + str(docs / "many.pdf") + ": read the first 10 pages only (FAZHI_MAX_PDF_PAGES)"
    for args in (["extract", str(docs)], ["inspect", str(docs)],
                 ["load", str(docs), "--db", str(tmp_path / "g.lbug"), "--no-progress"]):
        r = CliRunner().invoke(main, args)
        assert r.exit_code == 0 and want in r.stderr, args


def test_the_pdf_page_cap_defaults_to_a_thousand(tmp_path, cjk_font):
    p = tmp_path / "many.pdf"
    p.write_bytes(pdf_pages(cjk_font, 1010))
    doc = bounded(60, load_document, p)
    assert "第999页" in doc.text and "第1000页" not in doc.text


def test_a_pdf_stops_at_the_character_cap(tmp_path, cjk_font, monkeypatch):
    p = tmp_path / "chars.pdf"
    p.write_bytes(pdf_pages(cjk_font, 200))
    monkeypatch.setenv("FAZHI_MAX_CHARS", "600")
    doc = load_document(p)
    assert len(doc.text) <= 600 and any("FAZHI_MAX_CHARS" in n for n in doc.notes)


def test_a_pdf_claiming_a_hundred_thousand_pages_is_quick(tmp_path):
    p = tmp_path / "claims.pdf"
    text = zlib.compress("BT /F1 12 Tf 72 720 Td (hello world, no CJK here at all) Tj ET".encode())
    p.write_bytes(pdf_with_contents(text, count=100_000, kids=3))
    t = time.monotonic()
    items = bounded(30, load_all, [p])
    assert time.monotonic() - t < 10 and len(items) == 1


def test_a_pdf_decompression_bomb_is_refused_without_inflating(tmp_path):
    p = tmp_path / "bomb.pdf"
    p.write_bytes(pdf_with_contents(zlib.compress(b"BT ET\n" + b" " * (1 << 28), 9)))
    with pytest.raises(LoadError, match=r"inflate to more than .*decompression bomb.*FAZHI_MAX_UNZIPPED="):
        load_document(p)
    assert peak_mb(load_document, p) < 30


# ---------------------------------------------------------------- time caps

def busy(seconds: float):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass
    return "finished"


def test_the_watchdog_interrupts_code_without_check_points():
    with pytest.raises(LoadError, match=r"f.txt: extraction took longer than 0.3 s: .* FAZHI_EXTRACT_SECONDS="):
        within_time("f.txt", "extraction", 0.3, "FAZHI_EXTRACT_SECONDS", busy, 30)
    assert within_time("f.txt", "extraction", 5, "FAZHI_EXTRACT_SECONDS", busy, 0.01) == "finished"


@POSIX
def test_the_watchdog_gives_an_outer_alarm_back():
    rang = []

    def outer(signum, frame):
        rang.append(signum)

    previous = signal.signal(signal.SIGALRM, outer)
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.6)
        within_time("f.txt", "reading", 5, "FAZHI_READ_SECONDS", busy, 0.1)
        assert signal.getsignal(signal.SIGALRM) is outer and 0 < signal.getitimer(signal.ITIMER_REAL)[0] <= 0.5
        time.sleep(0.8)
        assert rang == [signal.SIGALRM]
        # an outer alarm due before the inner cap still rings, inside the inner call
        signal.setitimer(signal.ITIMER_REAL, 0.2)
        within_time("f.txt", "reading", 5, "FAZHI_READ_SECONDS", busy, 0.5)
        assert rang == [signal.SIGALRM] * 2
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_reading_time_cap_names_the_file_not_a_damaged_pdf(tmp_path, cjk_font, monkeypatch):
    import fazhi.loaders.readers as readers

    p = tmp_path / "slow.pdf"
    p.write_bytes(pdf_pages(cjk_font, 2))
    # a reader stuck in library code: the watchdog's alarm passes readers' `except Exception`
    monkeypatch.setattr(readers, "_pdf_text", lambda data, notes: busy(30))
    monkeypatch.setenv("FAZHI_READ_SECONDS", "0.5")
    with pytest.raises(LoadError, match="reading took longer than 0.5 s"):
        load_document(p)


def test_off_the_main_thread_the_readers_check_their_budget_between_pages(tmp_path, cjk_font, monkeypatch):
    import pdfminer.pdfinterp

    p = tmp_path / "pages.pdf"
    p.write_bytes(pdf_pages(cjk_font, 50))
    slow = pdfminer.pdfinterp.PDFPageInterpreter.process_page
    monkeypatch.setattr(pdfminer.pdfinterp.PDFPageInterpreter, "process_page",
                        lambda self, page: (time.sleep(0.05), slow(self, page)))
    monkeypatch.setenv("FAZHI_READ_SECONDS", "0.5")
    with pytest.raises(LoadError, match=r"reading took longer than 0.5 s \(stopped at page \d+\)"):
        bounded(20, load_document, p)


def test_an_extraction_over_its_time_cap_is_reported_and_the_others_go_on(tmp_path, monkeypatch):
    from fazhi.loaders.stream import extract_document, extract_paths

    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD.replace("苏州市", "烟台市"), encoding="utf-8")
    from fazhi.loaders import extract as extract_pkg

    real = extract_pkg.extract
    monkeypatch.setattr(extract_pkg, "extract", lambda doc: busy(30) if doc.name == "a.txt" else real(doc))
    monkeypatch.setenv("FAZHI_EXTRACT_SECONDS", "0.5")
    got = list(extract_paths([tmp_path]))
    assert got[0].error is not None and "a.txt: extraction took longer than 0.5 s" in str(got[0].error)
    assert got[1].error is None and any(f.place == "烟台市" for f in got[1].facts)
    with pytest.raises(LoadError, match="extraction failed \\(ZeroDivisionError"):
        extract_document(document_from_text(GOOD), extract=lambda doc: 1 / 0)


# ---------------------------------------------------------------- long lines

def test_a_five_million_character_line_is_broken_before_the_extractor(tmp_path):
    r = random.Random(5)
    words = ["法治", "建设", "推进", "改革", "创新", "服务", "保障", "规范", "，", "，", "、"]
    line = "".join(r.choice(words) for _ in range(2_500_000))[:5_000_000]
    p = tmp_path / "line.txt"
    p.write_text("关于法治建设的报告\n" + line + "\n", encoding="utf-8")
    t = time.monotonic()
    doc = load_document(p)
    assert time.monotonic() - t < 60
    assert sum(len(a.text) for a in doc.articles) >= len(line) * 0.99  # nothing lost, only cut
    assert max(len(par) for a in doc.articles for par in a.paragraphs) <= 5000
    assert max(len(s.text) for a in doc.articles for s in a.sentences) <= 5000
    assert max(len(a.title or "") + 1 + len(a.text) for a in doc.articles) <= 100_000
    assert any("FAZHI_MAX_LINE_CHARS" in n for n in doc.notes)
    assert any("FAZHI_MAX_ARTICLE_CHARS" in n for n in doc.notes)


def test_long_lines_break_at_sentence_ends_then_commas_then_anywhere(monkeypatch):
    monkeypatch.setenv("FAZHI_MAX_LINE_CHARS", "200")
    sentences = "".join(f"第{i}句苏州市全面推行首违不罚制度并且持续深化法治建设。" for i in range(40))
    doc = document_from_text(sentences + "\n")
    paras = doc.articles[0].paragraphs
    assert len(paras) > 1 and all(len(p) <= 200 and p.endswith("。") for p in paras)
    assert "".join(paras) == sentences
    commas = "，".join("苏州市全面推行首违不罚制度" for _ in range(60))
    paras = document_from_text(commas + "\n").articles[0].paragraphs
    assert all(len(p) <= 200 for p in paras) and all(p.endswith("，") for p in paras[:-1])
    bare = "".join(chr(0x4E00 + i % 700) for i in range(1000))  # no punctuation, no repeats
    paras = document_from_text(bare + "\n").articles[0].paragraphs
    assert [len(p) for p in paras] == [200] * 5


def test_many_short_unpunctuated_lines_join_in_bounded_time():
    r = random.Random(7)
    lines = ["".join(r.choice("法治建设推进改革创新服务保障规范政府") for _ in range(38)) for _ in range(12_000)]
    t = time.monotonic()
    doc = document_from_text("\n".join(lines), format="pdf")  # hard-wrapped: everything glues
    assert time.monotonic() - t < 20
    assert max(len(p) for a in doc.articles for p in a.paragraphs) <= 5000


def test_every_article_fits_in_spacy_max_length(monkeypatch):
    monkeypatch.setenv("FAZHI_MAX_ARTICLE_CHARS", "5000000")  # asked for more than spaCy takes
    text = "\n".join(f"第{i}段，苏州市推行首违不罚制度。" * 40 for i in range(2500))
    doc = document_from_text(text)
    assert max(len(a.title or "") + 1 + len(a.text) for a in doc.articles) < 1_000_000


def test_a_long_line_is_extracted(tmp_path):
    from fazhi.loaders.extract import extract

    line = "，".join(f"第{i}项工作持续推进" for i in range(3000)) + "。2023年，苏州市全面推行“首违不罚”制度。"
    t = time.monotonic()
    facts = extract(document_from_text("关于法治建设的报告\n" + line))
    assert time.monotonic() - t < 30
    assert any(f.type == "ADOPTED" and f.place == "苏州市" for f in facts)


def test_an_extractor_failure_on_one_file_keeps_the_others(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from fazhi.cli import main
    from fazhi.loaders import extract as extract_pkg

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(GOOD, encoding="utf-8")
    (docs / "b.txt").write_text(GOOD.replace("苏州市", "烟台市"), encoding="utf-8")
    real = extract_pkg.extract

    def e088(doc):
        if doc.name == "a.txt":
            raise ValueError("[E088] Text of length 5000000 exceeds maximum of 1000000.")
        return real(doc)

    monkeypatch.setattr(extract_pkg, "extract", e088)
    r = CliRunner().invoke(main, ["extract", str(docs)])
    assert r.exit_code == 1 and "烟台市" in r.stdout
    assert "a.txt: extraction failed (ValueError: [E088]" in r.stderr and "Traceback" not in r.stderr
    r = CliRunner().invoke(main, ["load", str(docs), "--db", str(tmp_path / "g.lbug"), "--no-progress"])
    assert r.exit_code == 1 and "1 loaded" in r.stderr and "a.txt: extraction failed (ValueError" in r.stderr


# ---------------------------------------------------------------- deeply nested HTML

def nested_html(levels: int) -> str:
    return ("<html><head><title>深层页面标题</title></head><body>" + "<div>" * levels
            + "<p>苏州市全面推行“首违不罚”制度&amp;深化法治政府建设。</p><script>var x = '<p>脚本</p>';</script>"
            + "</div>" * levels + "</body></html>")


@pytest.mark.parametrize("levels", [300, 1500, 5000])
def test_deeply_nested_html_keeps_its_text(tmp_path, levels):
    p = tmp_path / f"deep{levels}.html"
    p.write_text(nested_html(levels), encoding="utf-8")
    doc = bounded(30, load_document, p)
    assert "苏州市全面推行“首违不罚”制度&深化法治政府建设。" in doc.text
    assert "脚本" not in doc.text and doc.title == "深层页面标题"
    assert any("nested too deeply" in n for n in doc.notes) == (levels > 2048)


def test_the_tag_stripper_is_linear_on_unclosed_markup():
    from fazhi.loaders.readers import _stripped_lines

    t = time.monotonic()
    lines = _stripped_lines("<p>正文" + "<script" * 20000 + "<!--" * 20000 + "a<b" * 20000)
    assert time.monotonic() - t < 5 and lines[0].startswith("正文")


# ---------------------------------------------------------------- worker processes

_PARENT = """
import sys, time
from fazhi.graph.load import load

def slow(doc):
    time.sleep(120)
    return []

if __name__ == "__main__":
    load([sys.argv[1]], db=sys.argv[2], workers=2, extract=slow, progress=False)
"""


def _children(pid: int) -> list[int]:
    kids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            kids.append(int(stat.parent.name))
    return kids


def _running(pid: int) -> bool:
    try:  # a zombie (dead, not yet reaped by whoever adopted it) counts as gone
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_workers_die_with_a_killed_parent(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(4):
        (docs / f"d{i}.txt").write_text(GOOD.replace("2023", str(2010 + i)), encoding="utf-8")
    script = tmp_path / "parent.py"
    script.write_text(_PARENT, encoding="utf-8")
    parent = subprocess.Popen([sys.executable, str(script), str(docs), str(tmp_path / "g.lbug")])
    try:
        end, kids = time.monotonic() + 60, []
        while time.monotonic() < end and len(kids) < 2:
            time.sleep(0.2)
            kids = _children(parent.pid)
        assert len(kids) == 2, "the workers did not start"
        time.sleep(1)  # the workers are inside a job now
    finally:
        parent.kill()
        parent.wait()
    end = time.monotonic() + 5
    while any(_running(k) for k in kids) and time.monotonic() < end:
        time.sleep(0.1)
    left = [k for k in kids if _running(k)]
    for k in left:  # do not leave them behind when the test fails
        os.kill(k, signal.SIGKILL)
    assert not left, "worker processes outlived their parent"


def crash_on_b(doc):
    if doc.name == "b.txt":
        os._exit(3)  # a worker killed mid-file (out of memory, a segfault in a parser)
    return []


def test_a_dying_worker_costs_only_its_file(tmp_path):
    from fazhi.graph.load import load

    docs = tmp_path / "docs"
    docs.mkdir()
    for name in "abcdef":
        (docs / f"{name}.txt").write_text(GOOD.replace("苏州市", f"{name}市"), encoding="utf-8")
    s = bounded(120, lambda: load([docs], db=str(tmp_path / "g.lbug"), workers=2, extract=crash_on_b))
    assert s.loaded == 5 and s.skipped == 1
    assert "b.txt: the worker process reading it died" in str(s.errors[0])


# ---------------------------------------------------------------- fuzzing

SAMPLE = ("关于深化法治政府建设的实施意见\n2023年，苏州市全面推行“首违不罚”制度，烟台市被命名为第二批全国法治政府"
          "建设示范市。\n（2024年3月1日）\n")
CONTROL = "".join(map(chr, range(0, 32))) + "\u200b\u200c\u200d\u2060\ufeff\u00ad\u202e\x7f\x85\u2028\u2029"


def feed(tmp_path: Path, name: str, data: bytes):
    """Load and extract one file as `fazhi extract` and `fazhi load` do: facts, or a LoadError
    naming the file in one line; nothing else may escape."""
    from fazhi.loaders.stream import extract_document

    p = tmp_path / name
    p.write_bytes(data)
    try:
        doc = load_document(p)
        assert isinstance(doc, Document)
        return extract_document(doc)
    except LoadError as e:
        assert e.path == str(p) and e.problem and "\n" not in e.problem
        return e


@pytest.mark.parametrize("text", ["，", "：", "，。；"])
def test_the_extractor_takes_a_document_of_punctuation_only(text):
    # found by fuzzing: a sentence without a clause once ended extraction in an IndexError
    from fazhi.loaders.extract import extract

    assert [f for f in extract(document_from_text(text)) if f.type != "ENTITY"] == []


SUFFIXES = st.sampled_from(["f.txt", "f.html", "f.md", "f.docx", "f.pdf", "f"])


@FUZZ
@given(data=st.binary(max_size=4000), name=SUFFIXES)
def test_fuzz_random_bytes(tmp_path, data, name):
    feed(tmp_path, name, data)


@FUZZ
@given(encoding=st.sampled_from(["utf-8", "gb18030", "big5", "utf-16-le", "utf-8-sig"]), cut=st.integers(0, 400),
       flips=st.lists(st.tuples(st.integers(0, 399), st.integers(0, 255)), max_size=8))
def test_fuzz_truncated_and_malformed_encodings(tmp_path, encoding, cut, flips):
    data = bytearray(SAMPLE.encode(encoding, errors="replace")[:cut])
    for at, byte in flips:
        if at < len(data):
            data[at] = byte
    feed(tmp_path, "f.txt", bytes(data))


@FUZZ
@given(text=st.text(alphabet=st.sampled_from(list(SAMPLE + CONTROL)), max_size=3000))
def test_fuzz_zero_width_and_control_characters(tmp_path, text):
    for encoding in ("utf-8", "gb18030"):
        feed(tmp_path, "f.txt", text.encode(encoding, errors="replace"))
    feed(tmp_path, "f.html", f"<html><body><p>{text}</p></body></html>".encode("utf-8", errors="replace"))


@settings(FUZZ, max_examples=12)
@given(length=st.integers(5_001, 60_000), alphabet=st.sampled_from(["法治建设推进", "法治，建设。", "苏州市推行首违不罚制度，",
                                                                       "a b\u200b", "“（《"]))
def test_fuzz_huge_lines(tmp_path, length, alphabet):
    text = (alphabet * (length // len(alphabet) + 1))[:length]
    r = random.Random(length)
    text = "".join(r.choice(alphabet) if r.random() < 0.3 else c for c in text)
    feed(tmp_path, "f.txt", ("标题\n" + text).encode("utf-8"))


@settings(FUZZ, max_examples=8)
@given(size=st.sampled_from([1 << 26, 1 << 28]), lie=st.booleans())
def test_fuzz_zip_bombs_named_docx(tmp_path, size, lie):
    data = lying_zip(size) if lie else docx_bomb(size)
    assert peak_mb(feed, tmp_path, "bomb.docx", data) < 30
    assert isinstance(feed(tmp_path, "bomb.docx", data), LoadError)


@settings(FUZZ, max_examples=25)
@given(count=st.integers(0, 10**9), kids=st.integers(0, 50), contents=st.binary(max_size=200),
       flips=st.lists(st.tuples(st.integers(0, 600), st.integers(0, 255)), max_size=4))
def test_fuzz_pdfs_claiming_thousands_of_pages(tmp_path, count, kids, contents, flips):
    data = bytearray(pdf_with_contents(zlib.compress(b"BT (" + contents + b") Tj ET"), count=count, kids=kids))
    for at, byte in flips:
        if at < len(data):
            data[at] = byte
    feed(tmp_path, "f.pdf", bytes(data))


@pytest.fixture(scope="module")
def small_files(tmp_path_factory, cjk_font):
    import docx

    d = docx.Document()
    for line in SAMPLE.splitlines():
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return {"f.docx": buf.getvalue(), "f.pdf": pdf_pages(cjk_font, 3),
            "f.html": f"<html><head><title>标题</title></head><body><p>{SAMPLE}</p></body></html>".encode()}


@settings(FUZZ, max_examples=40)
@given(name=st.sampled_from(["f.docx", "f.pdf", "f.html"]), cut=st.floats(0, 1),
       flips=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), max_size=6))
def test_fuzz_damaged_docx_pdf_and_html(tmp_path, small_files, name, cut, flips):
    data = bytearray(small_files[name])
    for at, byte in flips:
        data[int(at * (len(data) - 1))] = byte
    feed(tmp_path, name, bytes(data[:max(1, int(len(data) * (0.5 + cut / 2)))]))
