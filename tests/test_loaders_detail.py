"""Finer loader behaviour: each rule of nlp.md §5 on a small text, and the corpus facts it must
produce.  Fixtures are built here; corpus tests skip when ../shared is absent."""
import re

import pytest

from fazhi.loaders import document_from_text, iter_paths, load_document
from fazhi.loaders.dates import article_date, parse_any
from fazhi.loaders.encoding import decode
from fazhi.loaders.model import LoadError
from fazhi.loaders.script import to_simplified

# -------------------------------------------------------------- the corpus

COMPILATION = [  # (title, date) of the 14 articles the body of 001 holds, in order
    ("“三维发力”加强法治政府监督", None),
    ("四川着力深化法治政府建设、优化营商环境当好经济社会发展法治“后盾”", "2025-09-26"),
    ("独山县“四位一体”推动法治政府建设提质增效", "2025-09-05"),
    ("烟台获评全国法治政府建设示范市", "2025-10-30"),
    ("陇西县全面加强法治政府建设工作", "2025-07-23"),
    ("东莞成功创建全国法治政府建设示范市综述", "2025-10-31"),
    ("法治漯河的温暖答卷触摸“全国法治政府建设示范市”的民生温度", "2025-11-29"),
    ("古交市以法治政府建设赋能高质量发展", "2025-10-16"),
    ("法治政府建设的“新疆答卷”", "2025-08-27"),
    ("“十四五”时期重庆市司法行政高质量发展成绩单出炉法治政府全国示范创建数量西部第一", "2025-10-13"),
    ("滁州市全面加强法治政府建设工作综述", "2025-07-02"),
    ("呼和浩特:法治政府建设蹄疾步稳成效丰", "2025-06-19"),
    ("吴忠市加速构建人民满意的法治政府", "2025-09-15"),
    ("基层法治政府建设的实践与思考:基于克拉玛依市示范创建的经验考察", None),
]


def test_compilation_titles_dates_and_authors(shared_corpus):
    d = load_document(shared_corpus / "001_fc7fcadd0e9704bf.txt")
    assert [(a.title, a.date) for a in d.articles] == COMPILATION
    assert [a.index for a in d.articles] == list(range(14))
    assert {a.author for a in d.articles if a.author} == {
        "慈溪市人大常委会", "四川日报全媒体记者范芮菱", "新疆日报记者隋云雁", "重庆长安网记者舒楚寒",
        "呼和浩特日报记者武子暄", "常业环"}
    # title, author and date lines are metadata, not body text
    for a in d.articles:
        assert not a.paragraphs or a.paragraphs[0] not in (a.title, a.author)
        assert not any(re.fullmatch(r"[(（]\d{4}年\d{1,2}月\d{1,2}日[)）]", p) for p in a.paragraphs)
    assert "split compilation into 14 articles" in " ".join(d.notes)


def test_compilation_kicker_is_not_the_previous_articles_tail(shared_corpus):
    d = load_document(shared_corpus / "001_fc7fcadd0e9704bf.txt")
    sichuan, dushan = d.articles[1], d.articles[2]
    assert dushan.kicker == "从执法监督的“探照灯”到复议治理的“解结绳”"
    assert not sichuan.text.endswith(dushan.kicker)
    assert [a.kicker for a in d.articles if a.kicker] == [
        "从执法监督的“探照灯”到复议治理的“解结绳”", "法治,一座城的守护", "法治赋能高质量发展",
        "法治护航东莞高质量发展行稳致远", "法治为笔描绘善治图景", "法治作笔,绘幸福滁州最美底色", "黄河明珠善治有道"]
    for prev, a in zip(d.articles, d.articles[1:]):
        assert not a.kicker or not prev.text.endswith(a.kicker)


def test_compilation_repeats_dropped_per_article(shared_corpus):
    d = load_document(shared_corpus / "001_fc7fcadd0e9704bf.txt")
    for a in d.articles:
        long = [p for p in a.paragraphs if len(p) >= 20]
        keys = [re.sub(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）])", "", p) for p in long]
        assert len(keys) == len(set(keys)), a.title
    assert any(re.fullmatch(r"dropped \d+ repeated paragraph\(s\)", n) for n in d.notes)
    assert "链接地址" not in d.text and "版权声明" not in d.text


def test_pdf_text_breaks_across_blank_lines_are_joined(shared_corpus):
    text = load_document(shared_corpus / "000_b1e8523ffd2b47a9.txt").text
    for unbroken in ("深圳市破产事务管理署申报的《个人破产申请前辅导服务规范》",
                     "成都高新区政法委还梳理“区法治中心-街道法治建设办公室",
                     "完成修订《贵阳市综合行政执法局行政处罚自由裁量基准（试行）》",
                     "领导干部依法行政教育培训平台"):
        assert unbroken in text
    # case headings that follow their case stay paragraphs of their own
    assert "\n浙江省加强重点产业预防性合规体系建设\n" in text


def test_pdf_notes_say_what_was_repaired(shared_corpus):
    d = load_document(shared_corpus / "000_b1e8523ffd2b47a9.txt")
    notes = " ".join(d.notes)
    assert "letter-spacing" in notes and "fake-bold" in notes and "hard-wrapped" in notes
    assert d.articles[0].paragraphs[-1] == "——聚焦2024年度法治政府建设十大创新案例"


def test_born_digital_lines_cut_mid_sentence_are_joined(shared_corpus):
    d = load_document(shared_corpus / "003_1916f9c00aa77350.txt")
    assert "把法治政府建设作为重要工作定" in d.text and "探索权益保护闭合机制" in d.text
    # …a cut line followed by the next numbered item stays apart
    assert re.search(r"\n16\. 推进基层执法规范化建设", d.text)


def test_headline_printed_after_the_text_is_the_title(shared_corpus):
    d = load_document(shared_corpus / "004_97204f9abd577f6f.txt")
    assert d.articles[1].title == "探索“三级联动”着力解决“执行难”"
    assert not d.articles[1].text.endswith("探索“三级联动”着力解决“执行难”")


def test_notice_keeps_signature_date_not_issue_date(shared_corpus):
    a = load_document(shared_corpus / "003_1916f9c00aa77350.txt").articles[0]
    assert (a.date, a.date_source) == ("2022-06-06", "signature")
    assert a.title.startswith("区政府办公室关于印发") and a.title.endswith("的通知")


def test_traditional_report_quotes_and_title(shared_corpus):
    d = load_document(shared_corpus / "002_95fd3ce53541a022.txt")
    assert "converted Traditional→Simplified" in d.notes
    assert not re.search("[設報國學習實習體為與總書記區黨]", d.text)
    assert d.articles[0].date == "2025-03-04"


# -------------------------------------------------------------- rules on small texts

def test_hard_wrapped_text_joins_across_a_page_gap_but_keeps_headings():
    lines = ["为进一步贯彻标准化发展要求，规范服务流程，2023年5月，深圳市",
             "破产事务管理署申报的",
             "",
             "《个人破产申请前辅导服务规范》被列入深圳市地方标准计划项目，经过",
             "标准起草、公开征求意见、专家技术审查等环节，正式发布实施。",
             "",
             "深圳市率先构建现代破产办理体系",
             "",
             "- 3 -",
             "试行个人破产制度改革试点是中央支持深圳建设先行示范区的重要",
             "举措，深圳市在全国率先开展个人破产制度改革试点工作。"]
    d = document_from_text("\n".join(lines), name="p.pdf", format="pdf")
    paras = d.articles[0].paragraphs
    assert paras[0].startswith("为进一步") and "申报的《个人破产申请前辅导服务规范》" in paras[0]
    assert "深圳市率先构建现代破产办理体系" in paras
    assert "- 3 -" not in d.text and any("page-number" in n for n in d.notes)


def test_born_digital_numbered_items_are_not_glued():
    text = ("1. 加强组织领导。各地要压实法治政府建设第一责任人职责，将法治政府建设纳入年度工作计划，把法\n\n"
            "治政府建设作为重要工作定期研究。\n\n"
            "2. 强化督促检查。各部门要加强对法治政府建设任务落实情况的督促检查，确保各项任务有效执行落实\n\n"
            "3. 严格考核评价。")
    paras = document_from_text(text).articles[0].paragraphs
    assert paras[0].endswith("把法治政府建设作为重要工作定期研究。")
    assert paras[1].startswith("2.") and paras[2] == "3. 严格考核评价。"


def test_real_spaces_survive_and_layout_spaces_go():
    d = document_from_text("通辽市法治建设\n奇·达楞太 内蒙古自治区通辽市委副书记\n"
                           "通辽市推行掌上执法 App，到 2025 年 ，覆盖全市。Big Data 平台上线。")
    text = d.text + (d.articles[0].title or "")
    assert "奇·达楞太 内蒙古" in text
    assert "掌上执法App，到2025年，覆盖全市。" in text and "Big Data平台" in text


def test_invisible_characters_and_nbsp_are_cleaned():
    d = document_from_text("\ufeff法治\u200b政府建设\xa0报告\r\n推行“首违\u200b不罚”。\r\n")
    assert "\u200b" not in d.text and "\ufeff" not in (d.articles[0].title or "") and "\r" not in d.text
    assert "首违不罚" in d.text


def test_corner_quotes_mapped_even_in_simplified_text():
    text, script = to_simplified("推行「首违不罚」和『轻微免罚』制度，显著提升执法质效，结束多头执法。")
    assert script == "simplified" and text == "推行“首违不罚”和‘轻微免罚’制度，显著提升执法质效，结束多头执法。"


def test_traditional_detection_threshold():
    assert to_simplified("常熟市堅持以習近平新時代中國特色社會主義思想為指導，壓實責任。")[1] == "traditional"
    # one stray Traditional character in a Simplified document is not a reason to convert
    simplified = "苏州市深入推进法治政府建设，" * 10 + "著"
    out, script = to_simplified(simplified)
    assert script == "simplified" and out == simplified


def test_dates_from_signature_issue_line_and_metadata():
    assert article_date(["通知正文。", "常熟市人民政府", "二〇二五年三月四日"]) == ("2025-03-04", "signature")
    assert article_date(["正文。", "某某市司法局", "2022年6月6日"]) == ("2022-06-06", "signature")
    assert article_date(["（2025年9月26日）", "正文。"]) == ("2025-09-26", "dateline")
    assert article_date(["正文。", "抄送：各部门。", "2022年6月7日印发"]) == ("2022-06-07", "issued")
    assert article_date(["2023年，全市推行首违不罚。"]) == (None, None)
    assert parse_any("2024-05-06T10:00:00+08:00") == "2024-05-06"
    assert parse_any("2024/5/6 10:00") == "2024-05-06"
    assert parse_any("20240506") == "2024-05-06"
    assert parse_any("二〇二四年十二月三十一日") == "2024-12-31"
    assert parse_any("2024-13-45") is None


# -------------------------------------------------------------- encodings and formats

PARA = "常熟市深化法治政府建设，推行“首违不罚”清单制度，全年行政复议纠错率达12.5%。\n"


@pytest.mark.parametrize("enc,name", [("utf-16-le", "utf-16-le"), ("utf-16-be", "utf-16-be"),
                                      ("utf-8-sig", "utf-8-sig"), ("gbk", "gb18030"), ("gb18030", "gb18030")])
def test_encoding_is_detected_and_named(enc, name):
    text, got = decode((PARA * 5).encode(enc))
    assert text == PARA * 5 and got == name


def test_big5_and_traditional_gbk_are_told_apart():
    trad = "常熟市深化法治政府建設，推行「首違不罰」清單制度，全年行政複議糾錯率達12.5%。\n" * 3
    assert decode(trad.encode("big5")) == (trad, "big5")
    assert decode(trad.encode("gbk")) == (trad, "gb18030")
    rare = "湖北省十堰市郧阳区䶮字𠮷\n" * 3  # GB18030 four-byte characters
    assert decode(rare.encode("gb18030")) == (rare, "gb18030")


def test_html_furniture_dropped_and_visible_date_used(tmp_path):
    p = tmp_path / "page.htm"
    p.write_text("""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html><html><head><title>吴中区推行说理式执法_苏州市吴中区人民政府</title></head><body>
<div class="position">当前位置：首页 &gt; 新闻</div><div id="header-nav"><a>首页</a><a>政务公开</a></div>
<h1>吴中区推行说理式执法</h1><div class="info">发布时间：2024年5月6日 来源：区司法局</div>
<div id="zoom"><p>　　吴中区推行<b>“说理式执法”</b>，执法文书说理率达到100%。</p>
<p>　　今年以来办理案件120件。</p></div>
<div class="bdshare">分享到：微信</div><div class="footer">版权所有 苏ICP备</div></body></html>""", encoding="utf-8")
    d = load_document(p)
    assert d.title == "吴中区推行说理式执法" and d.date == "2024-05-06"
    a = d.articles[0]
    assert a.title == "吴中区推行说理式执法" and (a.date, a.date_source) == ("2024-05-06", "metadata")
    assert a.paragraphs == ["吴中区推行“说理式执法”，执法文书说理率达到100%。", "今年以来办理案件120件。"]


def test_html_meta_published_time(tmp_path):
    p = tmp_path / "n.html"
    p.write_text('<html><head><meta property="article:published_time" content="2025-10-30T08:00:00+08:00">'
                 '<meta property="og:title" content="烟台获评示范市"></head><body><article><p>烟台市获评全国法治政府'
                 '建设示范市。</p></article><nav>导航</nav></body></html>', encoding="utf-8")
    d = load_document(p)
    assert (d.title, d.date) == ("烟台获评示范市", "2025-10-30") and "导航" not in d.text


def test_docx_template_title_is_not_trusted(tmp_path):
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    doc.core_properties.title = "Microsoft Word - 模板.doc"
    doc.add_paragraph("吴中区法治政府建设工作要点")
    doc.add_paragraph("全面推行行政执法三项制度。")
    doc.save(tmp_path / "a.docx")
    d = load_document(tmp_path / "a.docx")
    assert d.title == "吴中区法治政府建设工作要点" == d.articles[0].title


@pytest.mark.parametrize("member,msg", [("xl/workbook.xml", "spreadsheet"), ("readme.txt", "ZIP archive")])
def test_zip_that_is_not_a_docx(tmp_path, member, msg):
    import zipfile

    p = tmp_path / "x.docx"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr(member, "x")
    with pytest.raises(LoadError, match=msg):
        load_document(p)


def test_damaged_docx(tmp_path):
    p = tmp_path / "bad.docx"
    p.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    with pytest.raises(LoadError, match="re-save"):
        load_document(p)


def test_encrypted_pdf_says_decrypt(tmp_path):
    pytest.importorskip("reportlab")
    from reportlab.pdfgen import canvas

    p = tmp_path / "locked.pdf"
    c = canvas.Canvas(str(p), encrypt="secret")
    c.drawString(50, 800, "locked text")
    c.showPage()
    c.save()
    with pytest.raises(LoadError, match="encrypted PDF.*qpdf --decrypt"):
        load_document(p)


def test_pdf_with_page_numbers_and_two_pages(tmp_path):
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    p = tmp_path / "two.pdf"
    c = canvas.Canvas(str(p))
    for page in (["宁波市首创行政决策“重大性”判定地方标准，推动重", "大行政决策规范化。", "", "- 1 -"],
                 ["第二页的正文继续写下去，直到句子结束。"]):
        y = 800
        for ln in page:
            c.setFont("STSong-Light", 12)
            c.drawString(50, y, ln)
            y -= 20
        c.showPage()
    c.save()
    d = load_document(p)
    assert d.articles[0].paragraphs == ["宁波市首创行政决策“重大性”判定地方标准，推动重大行政决策规范化。",
                                        "第二页的正文继续写下去，直到句子结束。"]


@pytest.mark.parametrize("data,msg", [(b"\x89PNG\r\n\x1a\n" + bytes(200), "PNG image"),
                                      (b"\x1f\x8b\x08" + bytes(100), "gzip"),
                                      (b"{\\rtf1\\ansi hello}", "soffice"),
                                      ("\ufeff".encode("utf-16-le") + " \n".encode("utf-16-le"), "empty")])
def test_more_bad_inputs(tmp_path, data, msg):
    p = tmp_path / "f.txt"
    p.write_bytes(data)
    with pytest.raises(LoadError, match=msg) as e:
        load_document(p)
    assert str(p) in str(e.value)


def test_size_limit_is_checked_before_reading(tmp_path, monkeypatch):
    p = tmp_path / "big.txt"
    p.write_text("法治" * 1000, encoding="utf-8")
    monkeypatch.setattr(type(p), "read_bytes", lambda self: pytest.fail("read a file over the limit"))
    with pytest.raises(LoadError, match="over the 0.0 MB limit"):
        load_document(p, max_bytes=10)
    monkeypatch.setenv("FAZHI_MAX_BYTES", "1k")
    with pytest.raises(LoadError, match="FAZHI_MAX_BYTES=200M"):
        load_document(p)


def test_iter_paths_each_file_once_hidden_dirs_skipped(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("法治", encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text("法治", encoding="utf-8")
    (tmp_path / "a.txt").write_text("法治", encoding="utf-8")
    got = list(iter_paths([tmp_path, tmp_path / "a.txt", str(tmp_path / "*")]))
    assert [p.relative_to(tmp_path).as_posix() for p in got] == ["a.txt", "sub/b.txt"]
    assert [p.name for p in iter_paths(str(tmp_path / "a.txt"))] == ["a.txt"]  # one path, not its letters


def test_markdown_markup_and_front_matter(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("---\ntitle: 吴中区工作要点\ndate: 2022-06-06\n---\n# 吴中区法治政府建设工作要点\n\n"
                 "## 一、总体要求\n\n- 推行**“首违不罚”**制度，详见[通知](http://x.cn/a)。\n\n"
                 "| 项目 | 数量 |\n|---|---|\n| 案件 | 120件 |\n", encoding="utf-8")
    d = load_document(p)
    assert d.format == "md" and (d.title, d.date) == ("吴中区工作要点", "2022-06-06")
    a = d.articles[0]
    assert a.title == "吴中区法治政府建设工作要点"
    assert a.paragraphs == ["一、总体要求", "推行“首违不罚”制度，详见通知。", "项目", "数量", "案件", "120件"]


def test_inspect_usage_errors_exit_2_and_table_shows_articles(tmp_path, shared_corpus):
    from click.testing import CliRunner

    from fazhi.cli import main

    runner = CliRunner()
    assert runner.invoke(main, ["inspect"]).exit_code == 2
    assert runner.invoke(main, ["inspect", str(tmp_path), "--format", "xml"]).exit_code == 2
    r = runner.invoke(main, ["inspect", str(shared_corpus / "001_fc7fcadd0e9704bf.txt"), "--format", "csv"])
    assert r.exit_code == 0
    rows = r.stdout.strip().splitlines()
    assert rows[0].startswith("doc,format,encoding,script,article,title") and len(rows) == 1 + 14
    assert "2025-10-30" in rows[4] and "烟台获评全国法治政府建设示范市" in rows[4]


def test_a_trailer_word_in_a_short_pages_head_does_not_cut_the_article_below_it():
    body = "2030年，市司法局在市委、市政府的坚强领导下，深入推进法治政府建设，全面推行“共享法庭”，取得了积极成效。" * 3
    d = document_from_text("关于2030年法治政府建设情况的报告\n【字体：大 中 小】\n打印本页 关闭窗口\n" + body + "\n")
    assert "共享法庭" in d.text
    d = document_from_text("关于2030年法治政府建设情况的报告\n" + body + "\n打印本页 关闭窗口\n版权所有：某某市人民政府\n")
    assert "共享法庭" in d.text and "版权所有" not in d.text  # a trailer after the article is still cut


def test_a_portals_self_media_disclaimer_is_a_trailer():
    body = "2030年，市司法局在市委、市政府的坚强领导下，深入推进法治政府建设，全面推行“共享法庭”，取得了积极成效。" * 3
    d = document_from_text("市司法局推进法治建设\n" + body + "\n供稿：某科\n特别声明：以上内容(如有图片或视频亦包括在内)"
                           "为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。\n")
    assert "共享法庭" in d.text and "网易号" not in d.text


def test_a_front_line_is_a_figure_of_speech_not_a_practice():
    from fazhi.loaders.extract import extract

    doc = document_from_text("甲市综治中心建设\n打造社会治安综合治理“前沿阵地”\n桐庐县社会治安综合治理中心已经热闹起来。\n")
    assert not [f for f in extract(doc) if f.type == "ADOPTED" and "阵地" in (f.mechanism or "")]


def test_a_variant_opencc_leaves_is_mapped_in_traditional_text_only():
    text, script = to_simplified("陜西發布2025年法治政府建設情況，全省堅持依法行政。")
    assert script == "traditional" and text.startswith("陕西发布")
    # a Simplified document is never converted, so its characters stay as written
    assert to_simplified("陕西发布2025年法治政府建设情况，全省坚持依法行政。")[0].startswith("陕西")
