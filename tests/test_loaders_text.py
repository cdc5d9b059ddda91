"""Normalisation on short texts, and on the founding corpus when ../shared is present."""
import re

from fazhi.loaders.extract import extract
from fazhi.loaders import document_from_text, load_document
from fazhi.loaders.normalize import despace, undouble
from fazhi.loaders.sentences import split_sentences


def sents(text):
    return [text[a:b] for a, b in split_sentences(text)]


def test_sentences_keep_numbers_and_quotes_whole():
    assert sents("满意率达99.15%。2.0版上线！") == ["满意率达99.15%。", "2.0版上线！"]
    assert sents("他指出：“要坚持。是关键。”随后散会。") == ["他指出：“要坚持。是关键。”", "随后散会。"]
    assert sents("印发《纲要（2021-2025年）》；推进落实") == ["印发《纲要（2021-2025年）》；", "推进落实"]


def test_a_level_word_cut_off_by_a_stray_space_joins_its_name():
    assert despace("授予麟游县、黄龙 县、定边县等") == "授予麟游县、黄龙县、定边县等"
    # a space before a word that merely starts with a level character stays
    assert despace("桐庐县 县委书记") == "桐庐县 县委书记"
    assert despace("桐庐县 市、县两级法院") == "桐庐县 市、县两级法院"  # levels listed are words


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
    # nor are a reporter's and a correspondent's bylines one under the other (blank lines between)
    d = document_from_text("第九批名单出炉\n\n2031-03-12 15:17:00  来源：某某日报\n\n听新闻\n\n融媒体记者 张三\n\n"
                           "通讯员 李四\n\n今年，我市将推行“普治并举”工程。\n")
    assert len(d.articles) == 1 and d.articles[0].year == 2031


def test_an_image_file_name_above_the_article_is_not_its_title():
    d = document_from_text("webwxgetmsgimg_副本.jpg\n第九批名单出炉 我市4个村上榜\n2031-03-12 来源：某某日报\n"
                           "司法部日前印发通知，命名第九批全国民主法治示范村。\n")
    assert d.articles[0].title == "第九批名单出炉 我市4个村上榜"


def test_corpus_multi_author_page(shared_corpus):
    d = load_document(shared_corpus / "004_97204f9abd577f6f.txt")
    assert [a.author.split()[0] for a in d.articles] == ["奇·达楞太", "肖国耀", "赵海", "黄爱武"]
    assert d.articles[3].title == "打造涉外法律服务新高地"


def _key(s):
    return re.sub(r"[\W_]", "", s or "")


def test_corpus_each_date_line_dates_its_own_article(shared_corpus):
    # independent of the loader: a date line's article is the title among the lines just above it
    raw = (shared_corpus / "001_fc7fcadd0e9704bf.txt").read_text(encoding="utf-8").split("\n")
    d = load_document(shared_corpus / "001_fc7fcadd0e9704bf.txt")
    by_title = {_key(a.title)[:8]: a for a in d.articles}
    checked = 0
    for j, line in enumerate(raw):
        m = re.match(r"^[(（](\d{4})年(\d{1,2})月(\d{1,2})日[)）]$", line.strip())
        if not m:
            continue
        above = [ln for ln in raw[max(0, j - 8):j] if ln.strip()][-3:]
        hits = [a for ln in above for k, a in by_title.items() if _key(ln).startswith(k)]
        assert hits, f"no article title above date line {line!r}"
        assert hits[-1].date == "%s-%02d-%02d" % (m.group(1), int(m.group(2)), int(m.group(3)))
        assert hits[-1].date_source == "dateline"
        checked += 1
    assert checked == 12


def test_corpus_titles_of_single_documents(shared_corpus):
    assert load_document(shared_corpus / "002_95fd3ce53541a022.txt").articles[0].title == "常熟市2024年度法治政府建设年度报告"
    t3 = load_document(shared_corpus / "003_1916f9c00aa77350.txt").articles[0].title
    assert "吴中区法治政府建设" in t3
    d0 = load_document(shared_corpus / "000_b1e8523ffd2b47a9.txt")
    # the fake-bold doubled heading is collapsed and becomes the title
    assert d0.articles[0].title == "足音铿锵，法治政府建设跑出加速度"
    assert any("fake-bold" in n for n in d0.notes)


def test_corpus_repeated_246_char_paragraph_once(shared_corpus):
    d = load_document(shared_corpus / "004_97204f9abd577f6f.txt")
    raw = (shared_corpus / "004_97204f9abd577f6f.txt").read_text(encoding="utf-8")
    lines = [ln.strip() for ln in raw.split("\n") if len(ln.strip()) >= 200]
    repeated = {ln for ln in lines if lines.count(ln) >= 3}
    assert len(repeated) == 1 and len(next(iter(repeated))) == 246
    para = next(iter(repeated))
    assert sum(p == para for a in d.articles for p in a.paragraphs) == 1


def test_corpus_no_sentence_ends_inside_a_number_or_open_quote(shared_corpus):
    for f in sorted(shared_corpus.iterdir()):
        for a in load_document(f).articles:
            for s in a.sentences:
                assert a.text[s.start:s.end] == s.text and "\n" not in s.text
                assert not re.search(r"\d\.$", s.text), s.text
                p = a.paragraphs[s.paragraph]
                after = p[len(p) - len(p.lstrip()):]  # the paragraph's own text
                rest = a.text[s.end:a.text.find("\n", s.end) if "\n" in a.text[s.end:] else len(a.text)]
                # a quotation open at the sentence end that closes later in the paragraph = a bad cut
                opened = s.text.count("“") - s.text.count("”")
                assert not (opened > 0 and "”" in rest and rest.count("”") > rest.count("“")), (f.name, s.text)
                assert after


def test_corpus_every_paragraph_sits_inside_article_text(shared_corpus):
    for f in sorted(shared_corpus.iterdir()):
        d = load_document(f)
        assert len(d.content_hash) == 64
        for a in d.articles:
            assert a.text == "\n".join(a.paragraphs)
            assert all(p.strip() == p and p for p in a.paragraphs)


def test_sentence_splitter_stray_quote_does_not_swallow_paragraph():
    assert sents("他说“好。然后走了。再见。") == ["他说“好。", "然后走了。", "再见。"]
    assert sents("等等……下一句？！是的。") == ["等等……", "下一句？！", "是的。"]
    assert sents("（一）加强领导。（二）推进。") == ["（一）加强领导。", "（二）推进。"]


def test_letter_spacing_rules():
    assert despace("裁 量 标 准 。 对 经 营 主 体") == "裁量标准。对经营主体"
    assert despace("到 2025 年，各地区") == "到2025年，各地区"
    assert despace("5 月 ，为") == "5月，为"
    assert despace("Big Data 平台") == "Big Data平台" or despace("Big Data 平台").startswith("Big Data")


def test_hard_wrapped_lines_are_joined_but_headings_kept():
    text = "\n".join([
        "北京市打造领导干部依法行政教育培训平",
        "台，聚焦领导干部这个“关键少数”，推动",
        "学法用法常态化，取得明显成效。今年以来",
        "共培训干部三千余人次，覆盖全市各区各部",
        "门，形成了可复制可推广的经验做法。",
        "",
        "北京市打造依法行政培训平台",
        "",
        "上海市推行行政执法“三张清单”制度，明确",
        "不予处罚、减轻处罚和从轻处罚的适用情形。",
    ])
    d = document_from_text(text)
    paras = d.articles[0].paragraphs + ([d.articles[0].title] if d.articles[0].title else [])
    assert any("领导干部依法行政教育培训平台" in p for p in paras)
    assert "北京市打造依法行政培训平台" in paras


def test_a_labelled_date_line_dates_the_article_and_a_long_heading_stays_a_line():
    from fazhi.loaders import document_from_text

    doc = document_from_text("某奖获奖名单揭晓\n发布日期:2025-05-14 来源:某研究院\n"
                             "甲市数据局、甲市财政局、甲市司法局——财政资金给付类重大行政决策数智化全闭环全周期创新机制\n"
                             "甲市积极响应部署，探索创建了平台。\n")
    art = doc.articles[0]
    assert (art.date, art.date_source) == ("2025-05-14", "label")
    assert any(p.endswith("创新机制") for p in art.paragraphs)


def test_a_saved_web_page_loses_its_furniture_and_keeps_title_subtitle_and_date():
    doc = document_from_text("某市司法局\n首页 | 机构概况 | 政务公开 | 工作动态\n当前位置：首页 > 工作动态\n"
                             "一项好做法如何“开枝散叶”\n——我市法治政府建设创新互学互鉴工作综述\n"
                             "发布时间：2023-11-20 09:35　　来源：市司法局　　字号：大 中 小\n"
                             "近年来，我市坚持把基层首创作为源头活水。\n")
    art = doc.articles[0]
    assert art.title == "一项好做法如何“开枝散叶”——我市法治政府建设创新互学互鉴工作综述"
    assert art.date == "2023-11-20"
    assert not any("首页" in p for p in art.paragraphs)


def test_a_sites_welcome_banner_and_owner_line_are_furniture_not_the_title():
    doc = document_from_text("欢迎来到某省长安网\n主办:中共某省委政法委员会    承办:某省法治报\n\n"
                             "桐庐县召开普法中期表彰大会\n\n发布时间: 2023-12-07 16:22\n\n"
                             "近日,桐庐县司法局举行普法中期表彰大会。\n")
    art = doc.articles[0]
    assert art.title == "桐庐县召开普法中期表彰大会"
    assert not any("长安网" in p or "主办" in p for p in art.paragraphs)


def test_the_day_a_sites_banner_shows_is_not_the_articles_date():
    doc = document_from_text("欢迎访问某省政法网 今天是 2026年02月04日 星期三\n\n桐庐县推行“共享法庭”\n\n"
                             "来源:某省政法网 发布时间:2025-12-23\n\n近日,桐庐县推行“共享法庭”。\n")
    art = doc.articles[0]
    assert art.date == "2025-12-23"
    assert not any("今天是" in p for p in art.paragraphs)
    # nor a year of what the article reports (近日 is the publication's year, not the day it was saved)
    assert [f.year for f in extract(doc) if f.type == "ADOPTED"] == [2025]
    # a date beside the banner on the same line is still the article's
    from fazhi.loaders.dates import head_date
    assert head_date("发布时间 2023年5月1日 今天是 2026-02-04") == "2023-05-01"


def test_a_breadcrumb_with_slashes_is_furniture_but_a_slashed_date_is_not():
    doc = document_from_text("首页/ 新闻中心 / 本地要闻 / 正文\n\n甲市3村入选示范村名单\n\n2023/02/10 08:42\n\n"
                             "近日，甲市三个村入选示范村名单，全市共有十八个村获此称号。\n")
    art = doc.articles[0]
    assert art.title == "甲市3村入选示范村名单"
    assert not any("首页" in p for p in art.paragraphs)
    assert any("2023/02/10" in p for p in art.paragraphs)


def test_a_breadcrumb_kept_one_numbered_item_per_line_is_furniture():
    doc = document_from_text("1. 当前位置:\n  2. 首页\n  3. 政务信息\n  4. 本市要闻\n  5. 正文\n\n"
                             "甲市被命名为平安市\n\n来源 某网 发布时间 2019-03-19 12:03\n\n"
                             "3月17日，记者获悉，甲市被命名为平安市。\n\n分享到\n")
    art = doc.articles[0]
    assert art.title == "甲市被命名为平安市" and art.date == "2019-03-19"
    assert not any(p.strip().endswith(("首页", "正文")) for p in art.paragraphs)


def test_a_numbered_breadcrumb_ends_where_its_numbers_stop_following_on():
    from fazhi.loaders.documents import _drop_chrome

    assert _drop_chrome(["1. 当前位置:", "2. 首页", "3. 正文", "甲市被命名为平安市", "1. 加强领导"]) == [
        "甲市被命名为平安市", "1. 加强领导"]
    assert _drop_chrome(["1. 当前位置:", "2. 首页", "1. 加强领导"]) == ["1. 加强领导"]
    # a title with slashes is no breadcrumb without a furniture word
    assert _drop_chrome(["自治/法治/德治", "正文"]) == ["自治/法治/德治", "正文"]
    # breadcrumbs of other scripts are still dropped
    assert _drop_chrome(["Home > News > Detail", "甲市被命名为平安市"]) == ["甲市被命名为平安市"]


def test_a_newspaper_credit_line_or_a_timestamp_line_dates_the_article():
    doc = document_from_text("法治赋能，再添新注脚\n——甲市成功创建示范市\n本报记者 张三\n"
                             "《某某日报》2025年11月20日 第3版\n" + "日前，甲市成功创建示范市，一批实践在这里落地生根。" * 3
                             + "\n近年来，甲市把法治作为最好的营商环境。\n")
    art = doc.articles[0]
    assert (art.title, art.date) == ("法治赋能，再添新注脚——甲市成功创建示范市", "2025-11-20")
    doc = document_from_text("甲市入选示范市\n2025-08-19 10:26　来源：本网综合\n分享到：\n正文说明了情况。\n")
    assert doc.articles[0].date == "2025-08-19"
    assert "分享到：" not in doc.articles[0].paragraphs
    # a sentence of the text that mentions a date does not date the article
    doc = document_from_text("甲市工作报告\n2023年3月5日，甲市召开会议，部署工作。\n" + "会议要求各部门抓好落实。" * 6 + "\n")
    assert doc.articles[0].date is None


def test_a_head_line_with_a_labelled_date_dates_the_page_and_is_no_title():
    from fazhi.loaders import document_from_text

    text = ("www.example.cn 平安某某网 发布时间:2031/12/6 15:31:30 大 中 小 论坛\n\n"
            "日前，桐庐县司法局将全县12个村命名为第七批“全县民主法治示范村”。\n\n"
            "据了解，此次评选的民主法治示范村，村规民约健全。\n")
    art = document_from_text(text).articles[0]
    assert art.date == "2031-12-06"
    assert not (art.title or "").startswith("www.")


def test_row_numbers_of_a_table_one_cell_per_line_are_no_page_numbers():
    from fazhi.loaders import normalize

    lines = ["序号", "地区", "1", "承德市", "2", "晋城市", "3", "大洼区"]
    assert normalize.table_serials(lines) == {2, 4, 6}
    # a page number stands a page of text away from the next one
    page = ["某行文字"] * 20
    assert normalize.table_serials(["1"] + page + ["2"] + page) == set()


def test_a_long_table_between_bars_is_read_and_its_rows_stay_lines():
    # 60 rows of cells between bars: the navigation test once took minutes on such a paragraph, and the
    # wrapped-text joiner glued the rows into one line
    rows = "\n".join(f"{i} | 鄂尔多斯市康巴什区 | 内蒙古自治区 |" for i in range(1, 61))
    doc = document_from_text("示范市县名单\n某部公布了拟命名名单。\n序号 | 市县名称 | 来源省市 |\n" + rows + "\n")
    text = doc.articles[0].text
    assert "60 | 鄂尔多斯市康巴什区 | 内蒙古自治区 |" in text.split("\n")
    assert all(line.count("|") == 3 for line in text.split("\n") if "|" in line)


def test_the_sites_name_above_a_headline_is_no_title():
    doc = document_from_text("某某新闻网\n\n某市荣膺平安建设示范市\n\n2031-12-16 14:01  来源:某某新闻网\n"
                             "近日，某市荣膺平安建设示范市。\n")
    assert doc.articles[0].title == "某市荣膺平安建设示范市"
    # a date under the site's furniture is no headline either
    doc = document_from_text("电子报阅读机\n2031-01-23\n星期五\n\n某项改革纵深推进\n\n正文第一段，写了一些内容。\n")
    assert doc.articles[0].title != "2031-01-23"


def test_a_cut_off_item_line_at_the_end_is_not_a_headline_printed_after_the_text():
    d = document_from_text("2031年，某区坚持依法行政，推进法治政府建设。\n一是完善制度。审查文件12件。\n二是有力有序推进土地征\n")
    assert d.articles[0].title is None
    # a real headline printed last still is one
    d = document_from_text("2031年，某区坚持依法行政，推进法治政府建设。\n审查文件12件。\n某区法治政府建设再上新台阶\n")
    assert d.articles[0].title == "某区法治政府建设再上新台阶"


def test_a_word_set_vertically_one_character_a_line_is_one_line():
    from fazhi.loaders.normalize import join_lines

    paras, _ = join_lines(["我县2个村上榜", "具", "体", "名", "单", "分水镇后岩村"], hard_wrapped=False)
    assert paras == ["我县2个村上榜", "具体名单", "分水镇后岩村"]


def test_straight_double_quotes_around_chinese_are_made_curly():
    from fazhi.loaders.normalize import curl_quotes

    assert curl_quotes('推行"一站式"办案模式，实现"一网通办"') == ("推行“一站式”办案模式，实现“一网通办”", 2)
    assert curl_quotes('version "2.0" of the app') == ('version "2.0" of the app', 0)


def test_a_sites_menu_an_app_banner_and_an_exclaimed_headline():
    # the menu of sections keeps its spaces (no letter-spacing) and is no title; the headline after it may
    # end in an exclamation mark
    doc = document_from_text("要闻 党建 社会 文旅 教育 开发区 汽车 更多\n某县蝉联平安建设最高奖“长安杯”!\n"
                             "来源:地方动态 2031-12-16 19:45:42\n12月15日上午，某县再次捧杯。\n")
    assert doc.articles[0].title == "某县蝉联平安建设最高奖“长安杯”!"
    assert "要闻 党建 社会" in doc.text
    assert despace("法 治 政 府 建 设") == "法治政府建设"
    # a banner inviting to download the site's app is no title either
    doc = document_from_text("城市号 | 下载APP\n\n某市获评全国普法先进城市\n\n正文第一段，写了一些内容。\n")
    assert doc.articles[0].title == "某市获评全国普法先进城市"


def test_a_sites_column_label_is_no_title():
    doc = document_from_text("市内要闻\n您当前的位置是:首页 > 要闻 > 市内要闻\n\n喜报!我市进入示范市公示名单\n\n"
                             "来源:人民日报 时间:2031-10-10\n\n10月10日，名单公布。\n")
    assert doc.articles[0].title == "喜报!我市进入示范市公示名单"
    # a headline of a few characters that merely holds such a word stays one
    doc = document_from_text("新闻发布会\n\n正文第一段，写了一些内容。\n")
    assert doc.articles[0].title == "新闻发布会"


def test_a_title_cut_off_inside_its_quote_stays_apart_from_the_first_paragraph():
    from fazhi.loaders.normalize import join_lines

    paras, _ = join_lines(["这条村上榜第七批“全国民主法治示范村", "", "近日，两部门表彰一批村(社区)。"], hard_wrapped=False)
    assert paras == ["这条村上榜第七批“全国民主法治示范村", "近日，两部门表彰一批村(社区)。"]
    # a quote left open mid-paragraph still glues its next line
    paras, _ = join_lines(["甲市推行“首违", "不罚”制度。"], hard_wrapped=False)
    assert paras == ["甲市推行“首违不罚”制度。"]


def test_a_pages_date_and_source_line_is_not_its_headline():
    from fazhi.loaders import document_from_text

    text = ("2031-10-21 17:07:55来源:某市信息港\n法律服务团进乡村\n为推动全县发展，甲县司法局组织开展工作，"
            "今年4月建成法律服务中心。\n")
    d = document_from_text(text)
    assert d.title != "2031-10-21 17:07:55来源:某市信息港"
    assert d.articles[0].date == "2031-10-21"


def test_a_list_of_entries_one_per_line_is_not_glued_as_wrapped_text():
    from fazhi.loaders import document_from_text

    head = "第三批示范地区和项目名单\n一、示范地区\n北京市海淀区\n天津市河西区\n二、示范项目\n"
    numbered = head + "1.北京市西城区“接诉即办”改革项目\n2.河北省石家庄市“一枚印章管审批”改革\n3.山西省太原市小店区“一码通查”涉企检查\n"
    placed = head + "北京市西城区“接诉即办”改革项目\n河北省石家庄市“一枚印章管审批”改革\n山西省太原市小店区“一码通查”涉企检查\n"
    for text in (numbered, placed):
        paras = document_from_text(text).articles[0].paragraphs
        assert len(paras) == 7 and paras[-1].endswith("“一码通查”涉企检查")


def test_a_decimal_or_a_city_word_opening_a_wrapped_line_does_not_cut_the_sentence():
    from fazhi.loaders.normalize import join_lines

    lines = ["一是持续深化行政执法改革统筹安排区级财政专项资金用于执法数字化改革共",
             "1.2亿元推行综合查一次改革实现执法全过程在线监督群众满意度达到百分之九",
             "智慧城市建设取得新成效执法质效明显提升受到上级充分肯定相关经验得到推广。",
             "二是健全依法决策机制严格落实重大行政决策程序规定推进决策科学化民主化。",
             "三是加强行政复议工作发挥行政复议化解行政争议主渠道作用提升群众满意度。"]
    paras, _ = join_lines(lines, hard_wrapped=True)
    assert paras[0].startswith("一是") and paras[0].endswith("推广。")
