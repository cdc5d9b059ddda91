"""Every format and every kind of bad input, with fixtures built here."""
import os
import random

import pytest

from fazhi.loaders import iter_documents, load_document
from fazhi.loaders.model import LoadError

TEXT = "烟台市司法局推行“首违不罚”制度。\n2023年，全市办理案件99.15%按期办结。"


def _text(doc):
    return "\n".join(a.text for a in doc.articles)


@pytest.mark.parametrize("encoding", ["gb18030", "utf-16", "utf-8-sig", "utf-16-be"])
def test_encodings_are_detected(tmp_path, encoding):
    p = tmp_path / f"doc-{encoding}.txt"
    p.write_bytes(TEXT.encode(encoding))
    d = load_document(p)
    assert "首违不罚" in _text(d) and "99.15%" in _text(d)


def test_big5_traditional_is_converted(tmp_path):
    p = tmp_path / "big5.txt"
    p.write_bytes("煙臺市司法局推行「首違不罰」制度，深化法治政府建設。".encode("big5"))
    d = load_document(p)
    assert d.encoding == "big5" and d.script == "traditional"
    assert "法治政府建设" in _text(d) and "“首违不罚”" in _text(d)


def test_simplified_text_is_left_alone(tmp_path):
    p = tmp_path / "s.txt"
    p.write_text("显著提升行政执法质效，于是结束了多头执法。", encoding="utf-8")
    d = load_document(p)
    assert d.script == "simplified" and "显著" in _text(d)


def test_docx(tmp_path):
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    doc.add_paragraph("常熟市2024年度法治政府建设年度报告")
    doc.add_paragraph("常熟市推行“综合查一次”改革。")
    table = doc.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "述法"
    table.rows[0].cells[1].text = "全覆盖"
    p = tmp_path / "r.docx"
    doc.save(p)
    d = load_document(p)
    assert d.format == "docx" and "综合查一次" in _text(d) and "全覆盖" in _text(d)
    assert d.articles[0].title == "常熟市2024年度法治政府建设年度报告"


def test_html_keeps_main_text_and_metadata(tmp_path):
    p = tmp_path / "page.html"
    p.write_text("""<html><head><title>吴中区法治动态</title>
<meta name="PubDate" content="2024-05-06 10:00"></head><body>
<nav>首页 | 新闻 | 联系我们</nav><script>var x = "不要我";</script>
<div class="article"><p>吴中区推行“说理式执法”。</p><p>今年以来办理案件120件。</p></div>
<footer>版权所有</footer></body></html>""", encoding="utf-8")
    d = load_document(p)
    text = _text(d)
    assert d.format == "html" and d.title == "吴中区法治动态" and d.date == "2024-05-06"
    assert "说理式执法" in text and "不要我" not in text and "首页" not in text and "版权所有" not in text
    assert d.articles[0].date == "2024-05-06"


def _pdf(path, lines):
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path))
    y = 800
    for ln in lines:
        if ln:
            c.setFont("STSong-Light", 12)
            c.drawString(50, y, ln)
        y -= 20
    if not lines:
        c.rect(50, 50, 200, 200)
    c.showPage()
    c.save()


def test_pdf_with_cjk_text_layer(tmp_path):
    p = tmp_path / "a.pdf"
    _pdf(p, ["宁波市首创行政决策“重大性”判定地方标准，", "推动重大行政决策规范化。"])
    d = load_document(p)
    assert d.format == "pdf"
    assert "宁波市首创行政决策“重大性”判定地方标准，推动重大行政决策规范化。" in _text(d).replace(" ", "")


def test_pdf_without_text_is_refused_with_advice(tmp_path):
    p = tmp_path / "scan.pdf"
    _pdf(p, [])
    with pytest.raises(LoadError, match="OCR"):
        load_document(p)


def test_truncated_pdf(tmp_path):
    p = tmp_path / "a.pdf"
    _pdf(p, ["宁波市首创行政决策标准。"])
    data = p.read_bytes()
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(data[: len(data) // 3])
    with pytest.raises(LoadError) as e:
        load_document(broken)
    assert "broken.pdf" in str(e.value)


@pytest.mark.parametrize("name,data,msg", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\n ", "empty"),
    ("noise.bin", random.Random(1).randbytes(4000), "binary"),
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "soffice"),
    ("old.wps", b"whatever", "soffice"),
])
def test_bad_input_names_the_problem(tmp_path, name, data, msg):
    p = tmp_path / name
    p.write_bytes(data)
    with pytest.raises(LoadError, match=msg):
        load_document(p)


def test_huge_file_limit_is_configurable(tmp_path, monkeypatch):
    p = tmp_path / "big.txt"
    p.write_text("法治" * 1000, encoding="utf-8")
    monkeypatch.setenv("FAZHI_MAX_BYTES", "100")
    with pytest.raises(LoadError, match="FAZHI_MAX_BYTES"):
        load_document(p)


def test_a_bad_file_does_not_stop_the_run(tmp_path):
    (tmp_path / "a.txt").write_text("甲市推行“首违不罚”。", encoding="utf-8")
    (tmp_path / "b.bin").write_bytes(os.urandom(2000) + b"\x00")
    (tmp_path / ".hidden.txt").write_text("不读", encoding="utf-8")
    items = list(iter_documents([tmp_path, tmp_path / "missing.txt"]))
    assert [type(i).__name__ for i in items] == ["Document", "LoadError", "LoadError"]
    assert "missing.txt" in items[2].path


def test_content_hash_identifies_unchanged_files(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("甲市推行“首违不罚”。", encoding="utf-8")
    h1 = load_document(p).content_hash
    assert load_document(p).content_hash == h1
    p.write_text("甲市推行“首违不罚”制度。", encoding="utf-8")
    assert load_document(p).content_hash != h1


def test_html_inline_markup_and_source_wraps_stay_in_the_paragraph(tmp_path):
    p = tmp_path / "gov.htm"
    p.write_text("""<!DOCTYPE html><html><head>
<meta property="og:title" content="滁州市法治政府建设综述">
<meta name="publishdate" content="2025年7月2日"></head><body>
<div class="article-title">滁州市法治政府建设综述</div>
<div class="TRS_Editor"><p>滁州市推行<strong>“首违不罚”</strong>清单，
覆盖<a href="#">12个</a>领域。</p><p>第二段<br>另起一行</p></div>
<aside>相关阅读</aside></body></html>""", encoding="gb18030")
    d = load_document(p)
    assert d.title == "滁州市法治政府建设综述" and d.date == "2025-07-02"
    assert d.articles[0].paragraphs[:3] == ["滁州市推行“首违不罚”清单，覆盖12个领域。", "第二段", "另起一行"] or \
        "滁州市推行“首违不罚”清单，覆盖12个领域。" in d.articles[0].paragraphs
    assert "相关阅读" not in _text(d)


def test_docx_table_keeps_its_place(tmp_path):
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    doc.add_paragraph("表一之前的段落。")
    table = doc.add_table(rows=1, cols=3)
    a, b, c = table.rows[0].cells
    a.text = "示范市"
    b.merge(c).text = "烟台市"  # a merged cell is listed twice by python-docx
    doc.add_paragraph("表一之后的段落。")
    p = tmp_path / "t.docx"
    doc.save(p)
    text = _text(load_document(p))
    assert text.index("表一之前") < text.index("示范市") < text.index("表一之后")
    assert text.count("烟台市") == 1


def test_pdf_letter_spacing_is_removed(tmp_path):
    _pdf(tmp_path / "s.pdf", ["浙 江 扎 实 推 进 合 规 体 系 建 设 ，", "2024 年 取得明显成效。"])
    text = _text(load_document(tmp_path / "s.pdf"))
    assert "浙江扎实推进合规体系建设，2024年取得明显成效。" in text.replace(" ", "") and "浙 江" not in text


def test_unknown_binary_extension_and_missing_paths(tmp_path):
    from fazhi.loaders import iter_paths

    p = tmp_path / "x.dat"
    p.write_bytes(bytes(range(256)) * 20)
    with pytest.raises(LoadError, match="binary"):
        load_document(p)
    items = list(iter_paths([tmp_path / "nope.txt", str(tmp_path / "*.none")]))
    assert all(isinstance(i, LoadError) for i in items) and len(items) == 2
