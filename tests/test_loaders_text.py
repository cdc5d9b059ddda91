"""Normalisation on short texts, and on the founding corpus when ../shared is present."""
import re

from fazhi.loaders import document_from_text, load_document
from fazhi.loaders.normalize import despace, undouble
from fazhi.loaders.sentences import split_sentences


def sents(text):
    return [text[a:b] for a, b in split_sentences(text)]


def test_sentences_keep_numbers_and_quotes_whole():
    assert sents("满意率达99.15%。2.0版上线！") == ["满意率达99.15%。", "2.0版上线！"]
    assert sents("他指出：“要坚持。是关键。”随后散会。") == ["他指出：“要坚持。是关键。”", "随后散会。"]
    assert sents("印发《纲要（2021-2025年）》；推进落实") == ["印发《纲要（2021-2025年）》；", "推进落实"]


def test_despace_only_letter_spaced_lines():
    assert despace("浙 江 扎 实 推 进 合 规 体 系") == "浙江扎实推进合规体系"
    assert despace("暨 2024 年度法治政府") == "暨2024年度法治政府"
    assert despace("奇·达楞太 内蒙古自治区通辽市委副书记") == "奇·达楞太 内蒙古自治区通辽市委副书记"


def test_undouble_only_fully_doubled_lines():
    assert undouble("足音铿锵足音铿锵，，跑出加速度跑出加速度") == "足音铿锵，跑出加速度"
    assert undouble("研究研究这个问题") == "研究研究这个问题"


def test_verbatim_repeats_dropped_and_offsets_consistent():
    para = "甲市全面推行行政执法三项制度，执法规范化水平持续提升，群众满意度不断提高。"
    d = document_from_text("甲市法治政府建设报告\n" + para + "\n" + para + "\n三、" + para)
    art = d.articles[0]
    assert art.text.count(para) == 1
    assert any("repeated" in n for n in d.notes)
    for s in art.sentences:
        assert art.text[s.start:s.end] == s.text
        assert "\n" not in s.text


def test_corpus_compilation_splits_into_articles(shared_corpus):
    d = load_document(shared_corpus / "001_fc7fcadd0e9704bf.txt")
    assert len(d.articles) == 14
    titles = [re.sub(r"\W", "", a.title or "") for a in d.articles]
    assert "烟台获评全国法治政府建设示范市" in titles
    yantai = d.articles[titles.index("烟台获评全国法治政府建设示范市")]
    assert yantai.date == "2025-10-30" and yantai.kicker == "法治,一座城的守护"
    assert sum(1 for a in d.articles if a.date) == 12
    assert "微信扫一扫" not in d.text


def test_corpus_traditional_is_converted(shared_corpus):
    d = load_document(shared_corpus / "002_95fd3ce53541a022.txt")
    assert d.script == "traditional"
    assert "法治政府建设" in d.text and "建設" not in d.text
    assert not any(s.text.endswith("99.") or s.text.startswith("15%") for a in d.articles for s in a.sentences)


def test_corpus_pdf_text_is_repaired(shared_corpus):
    d = load_document(shared_corpus / "000_b1e8523ffd2b47a9.txt")
    assert "浙 江" not in d.text
    assert "领导干部依法行政教育培训平台" in d.text
    assert "足音铿锵足音铿锵" not in d.text


def test_corpus_repeats_and_real_spaces(shared_corpus):
    d = load_document(shared_corpus / "004_97204f9abd577f6f.txt")
    text = d.text
    assert text.count("长兴县试点执源治理改革，构建县、镇、村") == 1
    assert d.articles[0].author.startswith("奇·达楞太 内蒙古")  # a real space survives de-spacing


def test_corpus_signature_date_and_quotes(shared_corpus):
    d = load_document(shared_corpus / "003_1916f9c00aa77350.txt")
    assert d.articles[0].date == "2022-06-06"
    for f in sorted(shared_corpus.iterdir()):
        for a in load_document(f).articles:
            for s in a.sentences:
                assert s.text.count("“") <= s.text.count("”") + (1 if not s.text.endswith(("。", "！", "？")) else 0)


def test_pages_with_several_bylines_split_into_articles():
    text = ("推进法治建设\n张三 某某市委书记\n第一篇正文，讲述法治建设。\n"
            "第二篇标题\n李四 某某县司法局局长\n第二篇正文，讲述执法改革。\n")
    d = document_from_text(text)
    assert [(a.title, a.author) for a in d.articles] == [("推进法治建设", "张三 某某市委书记"),
                                                        ("第二篇标题", "李四 某某县司法局局长")]
    assert d.articles[1].text == "第二篇正文，讲述执法改革。"
    # one byline alone is not a compilation
    assert len(document_from_text("推进法治建设\n张三 某某市委书记\n正文。").articles) == 1


def test_corpus_multi_author_page(shared_corpus):
    d = load_document(shared_corpus / "004_97204f9abd577f6f.txt")
    assert [a.author.split()[0] for a in d.articles] == ["奇·达楞太", "肖国耀", "赵海", "黄爱武"]
    assert d.articles[3].title == "打造涉外法律服务新高地"
