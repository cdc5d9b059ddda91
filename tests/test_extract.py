"""The whole extraction pipeline on short documents written for these tests."""
import re

from fazhi.loaders import document_from_text
from fazhi.loaders.extract import extract


def facts(text, typ=None):
    out = extract(document_from_text(text))
    return [f for f in out if typ is None or f.type == typ]


def adopted(text):
    return {(f.place, f.mechanism) for f in facts(text, "ADOPTED")}


def test_statutory_duty_needs_an_innovation_verb():
    assert adopted("苏州市法治政府建设报告\n苏州市加强合法性审查工作。") == set()
    assert ("苏州市", "合法性审查") in adopted("苏州市法治政府建设报告\n苏州市探索合法性审查新方式。")


def test_routine_verb_names_a_practice_only_when_first():
    assert adopted("烟台市法治政府建设报告\n烟台市健全风险防范化解机制。") == set()
    assert ("烟台市", "破产申请前辅导") in adopted("烟台市法治政府建设报告\n烟台市建立国内首个破产申请前辅导机制。")


def test_variants_of_one_practice_merge():
    got = adopted("黄浦区法治政府建设报告\n黄浦区推出《住户守则》。黄浦区发布《西凌住户守则》。")
    assert got == {("黄浦区", "住户守则")}


def test_relative_year_against_the_dateline():
    text = "甲市法治政府建设综述\n（2024年3月1日）\n去年，滁州市推行“三书同达”制度。"
    (f,) = facts(text, "ADOPTED")
    assert (f.place, f.mechanism, f.year, f.year_source) == ("滁州市", "三书同达", 2023, "relative")


def test_byline_sets_the_section_place_for_later_paragraphs():
    text = ("推进法治建设\n"
            "赵某 山东省东营市副市长\n"
            "近年来，东营市坚持法治引领。\n"
            "同时推行“全科警长”模式，群众满意度持续提升。\n")
    assert ("东营市", "全科警长") in adopted(text)


def test_a_town_given_as_an_example_does_not_become_the_topic():
    text = ("东莞市法治政府建设综述\n"
            "中堂镇建成综治中心。\n"
            "此外推行“企莞家”服务。")
    assert ("东莞市", "企莞家") in adopted(text)


def test_candidate_and_named_in_one_sentence():
    text = "烟台市法治建设综述\n（2025年10月30日）\n从2023年获推荐参评，到如今获评第三批全国法治政府建设示范市，烟台一路前行。"
    named = facts(text, "NAMED_DEMONSTRATION_CITY")
    assert [(f.place, f.batch, f.year) for f in named] == [("烟台市", 3, 2025)]


def test_facts_carry_evidence_and_offsets_into_their_article():
    doc = document_from_text("苏州市法治政府建设报告\n2023年，苏州市全面推行“首违不罚”制度。")
    (f,) = [f for f in extract(doc) if f.type == "ADOPTED"]
    art = doc.articles[f.article_index]
    assert art.text[f.start:f.end] == f.evidence and "首违不罚" in f.evidence


def test_honour_edition_and_bare_own_government():
    text = "克拉玛依市法治建设综述\n2025年，克拉玛依市人民政府荣获第七届“法治政府奖”。"
    (h,) = facts(text, "HONOURED")
    # the body named is the holder (as the gold records 上街区人民政府), located in its city
    assert (h.holder, h.body, h.place_code, h.award, h.edition, h.year) == \
        ("克拉玛依市人民政府", "克拉玛依市人民政府", "650200", "法治政府奖", "第七届", 2025)
    text = "滁州市法治政府建设综述\n全椒县被评为全省法治政府建设示范县；市政府“政务服务标准化”被评为省级法治政府建设示范项目。"
    projects = facts(text, "NAMED_DEMONSTRATION_PROJECT")
    assert [(f.place, f.project) for f in projects] == [("滁州市", "政务服务标准化")]


def test_national_policy_is_not_a_local_adoption():
    text = "苏州市法治政府建设报告\n苏州市推行“容缺办”改革。国务院办公厅印发通知，在全国推行“一网通办”。"
    assert adopted(text) == {("苏州市", "容缺办")}


DECISION = """关于第二批全国法治政府建设示范地区和项目命名的决定
经评估，决定命名河北省唐山市等地区为第二批全国法治政府建设示范地区。
附件1
第二批全国法治政府建设示范地区名单
一、示范市
河北省唐山市
江苏省无锡市
二、示范县（市、区）
北京市朝阳区、浙江省宁波市慈溪市
附件2
第二批全国法治政府建设示范项目名单
1.四川省成都市武侯区基层法律服务“一站通”
2.浙江省湖州市“首违不罚”清单制度
山东省人民政府办公厅
"""


def test_a_naming_decisions_lists_name_every_place_and_project():
    cities = {(f.place, f.parent, f.level, f.batch, f.year) for f in facts(DECISION, "NAMED_DEMONSTRATION_CITY")}
    assert cities == {("唐山市", None, "national", 2, 2022), ("无锡市", None, "national", 2, 2022),
                      ("朝阳区", "北京市", "national", 2, 2022), ("慈溪市", "宁波市", "national", 2, 2022)}
    projects = {(f.place, f.project, f.year) for f in facts(DECISION, "NAMED_DEMONSTRATION_PROJECT")}
    assert projects == {("武侯区", "基层法律服务一站通", 2022), ("湖州市", "首违不罚清单制度", 2022)}


def test_a_provincial_list_in_one_line_and_its_end():
    text = ("关于命名全省法治政府建设示范地区的通报\n（2023年5月6日）\n"
            "全省法治政府建设示范市（县、区）名单：滁州市、全椒县\n"
            "各地要认真学习借鉴示范地区的经验做法，推动法治政府建设。\n"
            "定远县召开会议。\n")
    got = {(f.place, f.level, f.year) for f in facts(text, "NAMED_DEMONSTRATION_CITY")}
    assert got == {("滁州市", "provincial", 2023), ("全椒县", "provincial", 2023)}


def test_bodies_named_by_level_alone_belong_to_the_articles_place():
    text = ("安吉县推进法治政府建设\n（2024年6月12日）\n"
            "安吉县在全省率先推行“首违不罚”清单制度，相关经验被省司法厅简报刊发。\n")
    (p,) = facts(text, "PROMOTED_BY")
    assert (p.body, p.mechanism, p.place) == ("浙江省司法厅", "首违不罚", "安吉县")


def test_a_county_level_citys_shi_is_itself():
    text = "常熟市法治政府建设年度报告\n市司法局全面推行“周末调解室”制度。\n"
    assert adopted(text) == {("常熟市", "周末调解室")}
    assert not facts(text, "PROMOTED_BY")  # a county-level bureau pushing a practice is its city adopting it


def test_a_plan_for_a_span_of_years_dates_nothing_by_its_title():
    text = "内蒙古自治区法治政府建设实施方案（2021—2025年）\n全面推行“证照分离”改革。\n"
    assert [f.year for f in facts(text, "ADOPTED")] == [None]
    text = "常熟市2024年法治政府建设工作要点\n全面推行“证照分离”改革。\n"
    assert [f.year for f in facts(text, "ADOPTED")] == [2024]


def test_a_list_put_out_for_comment_names_candidates_and_switches_to_projects():
    text = ("关于第一批全国法治政府建设示范地区和项目拟命名名单的公示\n"
            "中央依法治国办确定了第一批拟命名的全国法治政府建设示范地区和项目名单。\n"
            "第一批全国法治政府建设示范地区和项目拟命名名单\n"
            "一、综合示范地区\n北京市东城区\n上海市浦东新区\n"
            "二、单项示范项目\n1.天津市河西区“行政执法三项制度”改革\n")
    assert not facts(text, "NAMED_DEMONSTRATION_CITY") and not facts(text, "NAMED_DEMONSTRATION_PROJECT")
    got = {(f.place, f.award, f.project, f.batch, f.year) for f in facts(text, "CANDIDATE")}
    assert got == {("东城区", "全国法治政府建设示范市（县、区）", None, 1, 2020),
                   ("浦东新区", "全国法治政府建设示范市（县、区）", None, 1, 2020),
                   ("河西区", "全国法治政府建设示范项目", "行政执法三项制度", 1, 2020)}


def test_an_honour_list_names_every_body_before_the_dash():
    text = ("第七届“法治政府奖”获奖名单揭晓\n发布日期:2025-05-14 来源:某研究院\n"
            "最终20个项目获得第七届“法治政府奖”。\n"
            "宁波市数据局、宁波市司法局——财政资金给付类重大行政决策数智化全闭环全周期创新机制\n"
            "宁波市探索创建了“甬易办”平台。\n"
            "黑龙江省司法厅——黑龙江省行政执法综合管理监督平台\n")
    got = {(f.holder, f.place, f.edition, f.year) for f in facts(text, "HONOURED")}
    assert got == {("宁波市数据局", "宁波市", "第七届", 2025), ("宁波市司法局", "宁波市", "第七届", 2025),
                   ("黑龙江省司法厅", "黑龙江省", "第七届", 2025)}


def test_a_news_list_of_named_places_and_projects_takes_the_batch_of_the_decision():
    text = ("我省7地入选第二批全国法治政府建设示范\n"
            "近日，中央依法治国办发布《关于第二批全国法治政府建设示范地区和项目命名的决定》。\n"
            "我省无锡市、宿迁市入选全国法治政府建设示范市（县、区）。南通市“完善生态环境损害赔偿制度”、"
            "张家港市“创新探索行政执法样本”入选全国法治政府建设示范项目。\n")
    cities = {(f.place, f.batch, f.year) for f in facts(text, "NAMED_DEMONSTRATION_CITY")}
    assert cities == {("无锡市", 2, 2022), ("宿迁市", 2, 2022)}
    projects = {(f.place, f.project, f.batch) for f in facts(text, "NAMED_DEMONSTRATION_PROJECT")}
    assert projects == {("南通市", "完善生态环境损害赔偿制度", 2), ("张家港市", "创新探索行政执法样本", 2)}
    assert not facts(text, "ADOPTED")  # a verb inside a quoted title acts on nothing


def test_counts_of_named_places_name_no_place():
    text = ("示范创建活动综述\n第一批评选出40个全国法治政府建设示范市（县、区）和24个全国法治政府建设示范项目，"
            "第二批评选出50个全国法治政府建设示范市（县、区）。\n")
    assert not [f for f in facts(text) if f.type != "ENTITY"]


def test_a_headline_practice_takes_the_year_of_the_sentence_that_names_it_again():
    text = ("法治政府建设案例选编\n"
            "甲市打造领导干部依法行政教育培训平台\n"
            "北京市打造领导干部依法行政教育培训平台\n"
            "聚焦领导干部这个“关键少数”，全面提升领导干部依法行政能力。\n"
            "北京市于2023年构建起全方位、体系化的依法行政教育培训平台，为各级机关提供资源。\n")
    got = {(f.place, f.mechanism, f.year, f.year_source) for f in facts(text, "ADOPTED")}
    assert ("北京市", "领导干部依法行政教育培训平台", 2023, "mention") in got
    # a paragraph opening on the year alone gives it to the article's undated work (years.review_year)
    got = {(f.place, f.mechanism, f.year, f.year_source) for f in facts(
        text.replace("北京市于2023年构建起", "2023年，北京市构建起"), "ADOPTED")}
    assert ("北京市", "领导干部依法行政教育培训平台", 2023, "title") in got
    # a headline whose object is a description (…的…) names no practice
    assert not adopted("吴忠市法治建设综述\n吴忠市加速构建人民满意的法治政府\n")


def test_a_decisions_numbered_sub_headings_open_lists_without_the_word_mingdan():
    text = ("关于命名第二批全省法治政府建设示范地区和示范项目的决定\n（2023年12月8日）\n"
            "经研究，决定命名南昌市等3个地区为第二批全省法治政府建设示范地区。名单如下：\n"
            "一、第二批全省法治政府建设示范市（县、区）（3个）\n南昌市\n九江市武宁县\n赣州市章贡区\n"
            "二、第二批全省法治政府建设示范项目（1个）\n南昌市“行政执法一码检查”项目\n"
            "三、有关要求\n各地要珍惜荣誉，再接再厉，推动法治政府建设不断取得新成效。\n")
    cities = {(f.place, f.parent, f.level, f.batch) for f in facts(text, "NAMED_DEMONSTRATION_CITY")}
    assert cities == {("南昌市", None, "provincial", 2), ("武宁县", "九江市", "provincial", 2),
                      ("章贡区", "赣州市", "provincial", 2)}
    assert [(f.place, f.project) for f in facts(text, "NAMED_DEMONSTRATION_PROJECT")] == [("南昌市", "行政执法一码检查")]


def test_a_list_of_places_each_located_by_its_city_names_each_place():
    text = ("浙江多地入选第三批全国法治政府建设示范市（县、区）\n"
            "记者获悉，浙江省宁波市、湖州市德清县、杭州市拱墅区等地入选第三批全国法治政府建设示范市（县、区）。\n")
    got = [(f.place, f.batch, f.year) for f in facts(text, "NAMED_DEMONSTRATION_CITY")]
    assert got == [("宁波市", 3, 2025), ("德清县", 3, 2025), ("拱墅区", 3, 2025)]


def test_recommended_to_compete_is_a_candidacy_and_wo_shi_is_the_articles_city():
    text = ("潍坊市法治政府建设工作综述\n发布时间：2023-11-20\n"
            "今年，我市获推荐参评第三批全国法治政府建设示范市，各项工作扎实推进，取得明显成效。\n")
    assert facts(text, "NAMED_DEMONSTRATION_CITY") == []
    assert [(f.place, f.batch) for f in facts(text, "CANDIDATE")] == [("潍坊市", 3)]


def test_a_practice_promoted_as_this_practice_is_the_one_just_described():
    text = ("甲县2023年法治政府建设年度报告\n"
            "2023年，县综合行政执法局探索推行“三书同达”，一并送达执法说理书和普法告知书。该做法被省司法厅在全省推广。\n"
            "今年，丁县在陶瓷产业推行知识产权“快维”机制，预审周期明显缩短，这一机制被司法部在全国推广。\n")
    text = text.replace("甲县", "湄潭县").replace("丁县", "德化县")
    got = {(f.mechanism, f.body, f.scope, f.place) for f in facts(text, "PROMOTED_BY")}
    assert got == {("三书同达", "贵州省司法厅", "全省", "湄潭县"), ("快维", "司法部", "全国", "德化县")}


def test_places_listed_as_one_subject_each_adopt_and_a_bare_zone_is_the_citys():
    text = ("潍坊市法治政府建设工作综述\n发布时间：2023-11-20\n"
            "看到寿光市的成效，安丘市、昌乐县先后借鉴寿光经验，分别于今年5月、8月启动“综合查一次”，企业反响良好。\n"
            "2022年，高新区在全市率先建立“企业合规联络员”制度，帮助企业把问题解决在萌芽状态。\n")
    got = {(f.place, f.mechanism, f.year) for f in facts(text, "ADOPTED")}
    assert {("安丘市", "综合查一次", 2023), ("昌乐县", "综合查一次", 2023)} <= got
    assert not any(p == "寿光市" for p, _, _ in got)  # the place learned from is not an adopter
    assert [(f.place, f.parent, f.scope) for f in facts(text, "PIONEERED")] == [("潍坊高新区", "潍坊市", "全市")]


def test_a_practice_spread_by_a_body_is_adopted_by_no_one_in_that_sentence():
    text = ("潍坊市法治政府建设工作综述\n发布时间：2023-11-20\n"
            "2021年，诸城市在全省首创涉企行政检查“企安码”，企业反响良好。\n"
            "今年6月，“企安码”被省委依法治省办在全省推广，成为我市又一项走向全省的法治品牌。\n")
    assert {(f.place, f.year) for f in facts(text, "ADOPTED")} == {("诸城市", 2021)}
    assert [(f.mechanism, f.year) for f in facts(text, "PROMOTED_BY")] == [("企安码", 2023)]


def test_a_verb_governs_the_name_a_long_modifier_describes():
    text = "某市法治\n海宁市创新推行检查对象相同、内容相关、时长相近、低频就高频的“三相一就”统筹检查工作。\n"
    assert adopted(text) == {("海宁市", "三相一就")}
    # …but not across a clause: the verb's object ended at the comma
    text = "某市法治\n海宁市推行检查对象相同、内容相关的联合检查，企业普遍反映良好、时长也短的“三相一就”检查。\n"
    assert ("海宁市", "三相一就") not in adopted(text)


def test_a_verb_governs_a_quote_after_a_list_of_its_qualities():
    # 建成 governs the platform even though a long run of qualities without 和 or 的 stands between
    text = "某市法治\n海宁市建成集成化、定制化、智慧化、标准化、数字化、一体化“三朵云”综合平台，企业办事更便捷。\n"
    assert ("海宁市", "三朵云综合平台") in adopted(text) or ("海宁市", "三朵云") in adopted(text)


def test_setting_up_a_window_adopts_it():
    text = "海宁市2022年度法治政府建设工作报告\n设置“办不成事”反映窗口，解决企业群众办事难题。\n"
    assert ("海宁市", "办不成事") in adopted(text) or ("海宁市", "办不成事反映窗口") in adopted(text)


def test_a_quote_naming_whom_a_later_verb_acts_on_is_no_practice():
    text = "某市法治\n海宁市对“四新经济”经营主体推行包容审慎监管，企业反响良好。\n"
    assert ("海宁市", "四新经济") not in adopted(text)
    # without the preposition the quote is the practice the later verb puts in place
    text = "某市法治\n海宁市“综合查一次”改革全面推行，企业反响良好。\n"
    assert ("海宁市", "综合查一次") in adopted(text)


def test_practices_others_took_up_or_reported_run_in_the_texts_place():
    text = ("荣昌区2031年法治政府建设工作报告\n“法治院落+”乡村普法新模式、“大综合一体化”行政执法改革等多项工作"
            "在市级媒体进行推广宣传。\n")
    assert adopted(text) == {("荣昌区", "法治院落+"), ("荣昌区", "大综合一体化行政执法改革")}
    # a place's experiences counted together are no one practice
    text = "烟台市法治建设综述\n近20项“烟台经验”获中央部委推介，这座城市的法治建设从未止步。\n"
    assert ("烟台市", "烟台经验") not in adopted(text)


def test_the_parts_of_the_three_enforcement_systems_are_duties():
    assert adopted("某区法治政府建设报告\n烈山区严格落实行政执法公示制度、行政执法全过程记录制度。\n") == set()
    # …put in place first among places, they are a practice of the place that did
    assert ("烈山区", "行政执法公示制度") in adopted("某区法治政府建设报告\n烈山区在全省率先推行行政执法公示制度。\n")


def test_a_governments_standing_meeting_studying_the_law_is_a_duty():
    assert adopted("某县2031年法治政府建设报告\n沅陵县严格落实县政府常务会议学法制度，开展会前学法13次。\n") == set()
    assert ("沅陵县", "会前学法") in adopted("某县2031年法治政府建设报告\n沅陵县在全省率先推行会前学法制度。\n")


def test_compiling_a_titled_list_puts_it_in_place():
    assert adopted("中卫市法治\n中卫市编制《中卫市重点领域跨部门综合监管事项清单》，涉及食品生产经营等领域。\n") == {
        ("中卫市", "重点领域跨部门综合监管事项清单")}


def test_the_recognised_practice_reader_splits_a_clause_one_way_only():
    # a clause full of 和 with no cue at its end: read once, not every way of splitting it (this took
    # minutes when an item could hold the separator)
    from fazhi.loaders.extract.mechanism_facts import _RECOGNISED

    assert _RECOGNISED.match("”" + "和甲乙" * 60 + "下降") is None
    assert _RECOGNISED.match("”新模式、“乙”改革、丙相关经验等多项工作在市级媒体推广宣传") is not None


def test_a_headline_naming_its_holder_is_a_naming_not_a_lists_heading():
    named = facts("全省唯一 阜城县入选第二批全国法治政府建设示范地区名单\n来源：某某网\n2031-01-13\n",
                  "NAMED_DEMONSTRATION_CITY")
    assert [(f.place, f.batch) for f in named] == [("阜城县", 2)]
    # the heading of a list still reads the places under it
    named = facts("第二批全国法治政府建设示范地区名单\n阜城县\n东莞市\n", "NAMED_DEMONSTRATION_CITY")
    assert {f.place for f in named} == {"阜城县", "东莞市"}


def test_counted_work_winning_an_honour_in_a_places_own_text_is_the_places():
    text = "桐庐县2031年法治政府建设年度报告\n全县法治建设成效明显，5个项目入选全省法治政府建设最佳实践。\n"
    assert {(f.holder, f.award) for f in facts(text, "HONOURED")} == {("桐庐县", "全省法治政府建设最佳实践")}
    # counted units are other holders, unnamed; and a text about no one place credits no one
    text = "桐庐县2031年法治政府建设年度报告\n全县法治建设成效明显，5个村入选全省民主法治示范村。\n"
    assert facts(text, "HONOURED") == []
    text = "全省评选揭晓\n经过评审，最终20个项目入选全省法治政府建设最佳实践。\n"
    assert facts(text, "HONOURED") == []
    # a total said with 共有 is still the place's own work
    text = "桐庐县2031年法治政府建设年度报告\n全县共有5个案例入选全省行政执法典型案例。\n"
    assert {(f.holder, f.award) for f in facts(text, "HONOURED")} == {("桐庐县", "全省行政执法典型案例")}


def test_a_text_opening_with_its_place_acting_over_the_year_is_that_places():
    # the opening subject anchors the text: what it lists without a verb runs there
    text = ("2031年，桐庐县聚焦两件大事，全面深化法治政府建设，为发展营造良好法治环境。\n"
            "主动融入都市圈，纳入“四城通办”事项337项。7个案例获评全国优秀信用案例。\n")
    assert {(f.place, f.mechanism, f.year) for f in facts(text, "ADOPTED")} == {("桐庐县", "四城通办", 2031)}
    assert {(f.holder, f.year) for f in facts(text, "HONOURED")} == {("桐庐县", 2031)}


def test_a_quoted_name_with_a_practices_head_runs_in_the_place_a_text_is_about():
    # no verb governs “一杯茶”, but its head says it is a way of working, in a text about the town
    text = ("临涣镇调解工作纪实\n临涣镇茶馆调委会多年来化解纠纷上千起，“一杯茶”调解工作法深受群众欢迎。\n")
    assert ("临涣镇", "一杯茶调解工作法") in adopted(text) or ("临涣镇", "一杯茶") in adopted(text)
    # a bare quote with no head stays a mention
    text = ("临涣镇调解工作纪实\n临涣镇茶馆调委会多年来化解纠纷上千起，“一杯茶”深受群众欢迎。\n")
    assert not {m for p, m in adopted(text) if "一杯茶" in m}


def test_a_place_relying_on_a_practice_runs_it():
    text = "法治新闻\n桐庐县依托“共享法庭”化解纠纷500余件。\n"
    assert adopted(text) == {("桐庐县", "共享法庭")}
    text = "法治新闻\n桐庐县用好“共享法庭”，打通司法服务最后一公里。\n"
    assert adopted(text) == {("桐庐县", "共享法庭")}


def test_a_places_own_quoted_practice_with_de_runs_there():
    text = "法治新闻\n桐庐县的“共享法庭”让群众足不出村解纠纷。\n"
    assert adopted(text) == {("桐庐县", "共享法庭")}
    # what 的 ties to another owner (the place's firms) is not the place's own
    text = "法治新闻\n桐庐县企业的“共享车间”让工人受益。\n"
    assert ("桐庐县", "共享车间") not in adopted(text)


def test_a_headline_naming_a_place_then_its_practice_after_a_colon():
    text = "桐庐县：“三服务”打通服务群众最后一公里\n近日记者走访发现，群众满意度明显提升。\n"
    assert adopted(text) == {("桐庐县", "三服务")}
    # a bare place before a quote is as often a list of honoured projects: not read as ownership
    text = "法治新闻\n南通市“领先探索”、淮安市“财政奖补”入选优秀案例。\n"
    assert ("南通市", "领先探索") not in adopted(text)



def test_a_wider_place_as_the_scope_of_a_first_is_not_the_topic_after_it():
    text = ("柳州市城中区司法局2023年法治政府建设年度报告\n"
            "广西首个法治文化餐厅在我区建成。一是组织召开了党政主要负责人述法工作专题会议。\n")
    assert [(p, m) for p, m in adopted(text) if m == "述法"] == [("城中区", "述法")]


def test_a_district_opening_a_sentence_with_its_own_first_stays_the_topic():
    text = ("柳州市司法局工作动态\n"
            "柳北区首个法治文化餐厅建成。该区还推行“首违不罚”清单制度。\n")
    assert [(p, m) for p, m in adopted(text) if m == "首违不罚"] == [("柳北区", "首违不罚")]


def test_a_law_headed_by_a_city_and_its_district_is_the_citys():
    text = "上海市法治建设动态\n在全国率先制定了《上海市浦东新区市场主体登记确认制若干规定》。\n"
    assert {p for p, m in adopted(text)} == {"上海市"}


def test_a_rule_headed_by_a_city_and_its_district_is_the_districts():
    text = "柳州市城中区司法局2023年法治政府建设年度报告\n二是在全市率先印发了《柳州市城中区外聘法律顾问考核评价办法》。\n"
    assert {p for p, m in adopted(text)} == {"城中区"}


def test_a_byline_of_two_posts_places_the_text_in_the_lower_place():
    text = ("法治护航提升营商环境\n"
            "襄阳市委常委、枣阳市委书记 某某\n"
            "近年来，枣阳市深入贯彻省、襄阳市关于优化营商环境的要求。\n"
            "政策扶持，建立“首违不罚”工作制度。\n")
    assert {p for p, m in adopted(text) if m == "首违不罚"} == {"枣阳市"}


def test_the_province_of_the_body_that_names_is_no_holder():
    text = ("金塔县民法典馆侧记\n"
            "展馆自2022年被甘肃省委宣传部、省司法厅命名为“第一批全省法治宣传教育基地”后，年接待量突破2万人次。\n")
    assert "甘肃省" not in {f.holder for f in facts(text, "HONOURED")}


def test_a_body_described_by_bei_yu_wei_still_holds_its_honour():
    text = "柳州市司法行政动态\n被誉为“东方经验”的枫桥镇人民调解委员会获评“全国模范人民调解委员会”。\n"
    assert any(h.endswith("枫桥镇人民调解委员会") for h in {f.holder for f in facts(text, "HONOURED")})


def test_a_heading_that_only_speaks_of_a_lower_place_is_no_byline_of_it():
    text = "襄阳市法治政府建设综述\n襄阳市委书记要求全市学习推广枣阳市经验\n今年以来，全市建立“府院联动”机制。\n"
    assert {p for p, m in adopted(text) if m == "府院联动"} == {"襄阳市"}


def test_a_known_practice_or_a_means_before_the_verb_stays_a_practice():
    got = adopted("柳州市法治动态\n柳州市以新时代“枫桥经验”打造“无讼村居”升级版。\n")
    assert {m for p, m in got} >= {"枫桥经验", "无讼村居"}


def test_an_unveiling_at_a_conference_venue_is_not_where_the_first_thing_is():
    text = "鹿寨县法治动态\n全省首个“法治驿站”在南宁市会展中心揭牌。\n"
    assert "南宁市" not in {f.place for f in facts(text, "PIONEERED")}


def test_a_years_reporting_on_duty_is_held_the_year_after():
    text = ("柳州市司法局2024年法治政府建设年度报告\n"
            "组织开展2023年度党政主要负责人述法工作，共650名负责人进行年度述法。\n")
    assert [(f.mechanism, f.year) for f in facts(text, "ADOPTED") if f.mechanism == "述法"] == [("述法", 2024)]


def test_a_demonstration_creation_project_is_a_project_named_by_its_own_segment():
    text = ("芜湖法治综述\n芜湖市推进改革。“综合查一次”改革试点工作入选中央依法治国办工作简报；"
            "依法推进政府履约践诺专项行动入选全国法治政府建设示范创建项目。\n")
    got = [(f.type, f.place, f.project) for f in facts(text) if f.type.startswith("NAMED")]
    assert got == [("NAMED_DEMONSTRATION_PROJECT", "芜湖市", "依法推进政府履约践诺专项行动")]


def test_each_place_of_a_list_of_unquoted_projects_holds_its_own_up_to_the_naming():
    text = ("黄山市法治建设\n2031年，黟县县域旅游综合执法、黄山市不动产登记综合创新示范工作分别入选“全国法治政府建设示范项目”。\n")
    got = {(f.place, f.project) for f in facts(text, "NAMED_DEMONSTRATION_PROJECT")}
    assert got == {("黟县", "县域旅游综合执法"), ("黄山市", "不动产登记综合创新示范工作")}
    # a count of the listed places' projects names no title: each place is named with the count
    text = "北京市法治建设\n2031年，丰台区、石景山区、通州区的3个项目被命名为全国法治政府建设示范项目。\n"
    assert not any(re.search(r"\d|个", f.project or "") for f in facts(text, "NAMED_DEMONSTRATION_PROJECT"))


def test_a_places_government_named_in_a_naming_of_places_stands_for_its_place():
    text = "黄山市法治建设\n2031年，黄山市人民政府获评“全省法治政府建设示范地区”。\n"
    assert {(f.place, f.level) for f in facts(text, "NAMED_DEMONSTRATION_CITY")} == {("黄山市", "provincial")}
    # …while its department holds an honour as a body
    text = "黄山市法治建设\n2031年，黄山市司法局获评“全省法治政府建设先进单位”。\n"
    assert {f.holder for f in facts(text, "HONOURED")} == {"黄山市司法局"}
