"""The promotion reader (loaders/extract/promotions.py) on sentences written for these tests.

Most tests run ArticleExtractor alone with hand-made place and body refs (as tests/test_relations.py
does); the last ones run the whole pipeline, where bodies named by their level alone (省司法厅)
resolve to the article's province.
"""
from fazhi.loaders import document_from_text
from fazhi.loaders.extract import extract
from fazhi.loaders.extract.promotions import cues, find_all
from _article import run as _run

BODIES = {"司法部": None, "民政部": None, "国务院": None, "司法部办公厅": None, "戊省司法厅": "戊省",
          "戊省人民政府": "戊省", "乙县司法局": "乙县"}


def run(text, date_year=None):
    return _run(text, date_year=date_year, bodies=BODIES.items(), lines=True, awards=False)


def promoted(text, **kw):
    return [(f.mechanism, f.body) for f in run(text, **kw) if f.type == "PROMOTED_BY"]


def of(facts, typ):
    return [f for f in facts if f.type == typ]


def test_cue_words_are_data():
    assert "推广" in cues("spread") and "简报" in cues("medium") and "该经验" in cues("anaphor")
    assert find_all("复制推广并推广", "spread") == [(0, "复制推广"), (5, "推广")]  # longest first, no overlaps


def test_spread_by_a_body_passive_and_active():
    (f,) = of(run("2022年，甲市“企业服务码”做法被司法部在全国推广。"), "PROMOTED_BY")
    assert (f.mechanism, f.body, f.scope, f.place, f.year) == ("企业服务码", "司法部", "全国", "甲市", 2022)
    # the body heads the sentence; the practice follows the verb, with the place it came from
    (f,) = of(run("戊省司法厅印发通知，在全省推广乙县“容缺办”经验。"), "PROMOTED_BY")
    assert (f.mechanism, f.body, f.scope, f.place) == ("容缺办", "戊省司法厅", "全省", "乙县")


def test_every_body_named_together_promotes():
    assert promoted("乙县“老兵调解”做法被司法部、民政部在全国推广。") == [("老兵调解", "司法部"), ("老兵调解", "民政部")]


def test_printed_in_a_bodys_bulletin_for_others_to_learn():
    assert promoted("乙县“三书同达”做法被戊省司法厅《工作简报》刊发，供全省各地学习借鉴。") == [("三书同达", "戊省司法厅")]
    assert promoted("乙县“三书同达”改革入选司法部《法治工作简报》。") == [("三书同达", "司法部")]
    assert promoted("乙县“三书同达”工作2次被司法部专题简报录用。") == [("三书同达", "司法部")]  # accepted by it


def test_forwarded_by_a_body_for_others_to_learn():
    assert promoted("乙县“三书同达”经验被戊省司法厅转发全省学习借鉴。") == [("三书同达", "戊省司法厅")]


def test_recommended_to_the_whole_country_is_spread():
    assert promoted("司法部向全国推荐乙县“三书同达”经验。") == [("三书同达", "司法部")]


def test_printed_in_a_bulletin_its_body_names_by_title():
    assert promoted("戊省司法厅《每日要情》刊发乙县“三书同达”做法。") == [("三书同达", "戊省司法厅")]
    # and the passive: the practice named before 被 is printed in the body's bulletin
    assert promoted("乙县“三书同达”做法被戊省司法厅《每日要情》刊发。") == [("三书同达", "戊省司法厅")]


def test_a_commendation_notice_is_no_bulletin():
    assert promoted("乙县“三书同达”做法获戊省司法厅通报表扬。") == []


def test_written_into_a_bodys_document():
    assert promoted("“企业服务码”被写入戊省人民政府《关于优化营商环境的实施意见》。") == [("企业服务码", "戊省人民政府")]
    # the body as the agent before the verb: it wrote the practice into its own document
    assert promoted("乙县推行“企业服务码”，该经验被戊省人民政府写入文件。") == [("企业服务码", "戊省人民政府")]
    assert promoted("“企业服务码”被戊省人民政府写入年度工作报告。") == []  # a report records, it does not direct


def test_a_central_body_issuing_a_document_that_names_the_practice():
    got = promoted("2021年，司法部、民政部联合印发《关于全面推行“容缺办”的指导意见》。")
    assert got == [("容缺办", "司法部"), ("容缺办", "民政部")]
    got = promoted("2019年，国务院印发《关于加强乡村治理的意见》，要求“培养农村法律明白人”。")
    assert [b for _, b in got] == ["国务院"] and "法律明白人" in got[0][0]


def test_selected_as_a_typical_case_is_a_promotion_and_an_honour():
    facts = run("乙县“阳光执法”机制入选司法部行政执法典型案例。")
    assert [(f.mechanism, f.body) for f in of(facts, "PROMOTED_BY")] == [("阳光执法", "司法部")]
    (h,) = of(facts, "HONOURED")
    assert h.holder == "乙县" and h.award.endswith("行政执法典型案例")
    # 作为典型案例在全国推广: a promotion, no title conferred
    facts = run("乙县“阳光执法”机制被司法部作为典型案例在全国推广。")
    assert [(f.mechanism, f.body) for f in of(facts, "PROMOTED_BY")] == [("阳光执法", "司法部")]
    assert of(facts, "HONOURED") == []


def test_anaphora_points_back_at_the_practice_just_described():
    facts = run("乙县创设“老兵调解”工作模式，化解纠纷一千余件。该经验被司法部在全国推广。")
    assert [(f.mechanism, f.body, f.place) for f in of(facts, "PROMOTED_BY")] == [("老兵调解", "司法部", "乙县")]
    # in one sentence: the practice coined before the anaphor
    facts = run("乙县探索推行“三书同达”说理式执法，当事人主动履行率明显提高，这一做法被戊省司法厅在全省推广。")
    assert [(f.mechanism, f.body) for f in of(facts, "PROMOTED_BY")] == [("三书同达", "戊省司法厅")]


def test_an_anaphor_paragraphs_after_the_practice_points_back_only_in_a_text_about_one_practice():
    text = "乙县创设“老兵调解”工作模式。\n化解纠纷一千余件。\n群众满意度明显提升。\n此项经验得到司法部转发。\n"
    assert promoted(text) == [("老兵调解", "司法部")]
    # two practices adopted before it: the anaphor points back to neither
    text = "乙县创设“老兵调解”工作模式。\n乙县推行“阳光执法”。\n群众满意度明显提升。\n此项经验得到司法部转发。\n"
    assert promoted(text) == []


def test_a_place_before_the_anaphor_names_whose_practice_is_promoted():
    facts = run("甲市、乙县推行“老兵调解”工作模式，化解纠纷一千余件。乙县的做法被司法部作为典型经验向全国推介。")
    assert [(f.mechanism, f.body, f.place) for f in of(facts, "PROMOTED_BY")] == [("老兵调解", "司法部", "乙县")]


def test_an_anaphor_made_with_de_needs_a_place_that_adopted_the_practice():
    # the place named with the anaphor did not adopt the practice: the adopter stays whose it is
    facts = run("甲市推行“老兵调解”工作模式，化解纠纷一千余件。乙县的做法被司法部作为典型经验向全国推介。")
    assert [(f.mechanism, f.place) for f in of(facts, "PROMOTED_BY")] == [("老兵调解", "甲市")]
    # no place before 的经验: it points back to nothing
    assert promoted("甲市推行“老兵调解”工作模式。其他地方的经验被司法部向全国推介。") == []


def test_an_anaphor_must_head_its_clause():
    # the experience is named by the title before it, not the practice of the sentence before
    text = "甲市推行“双评选”制度。《甲市加快推进法治建设》经验做法被司法部转发推广。"
    assert promoted(text) == []


def test_praise_instructions_and_coverage_are_no_promotion():
    assert promoted("乙县“阳光执法”做法得到司法部肯定。") == []
    assert promoted("乙县“阳光执法”做法受到戊省司法厅表扬。") == []
    assert promoted("司法部领导对乙县“阳光执法”做法作出批示。") == []
    assert promoted("乙县“阳光执法”做法获司法部点赞。") == []
    assert promoted("乙县“阳光执法”做法被多家中央媒体报道。") == []


def test_no_body_no_promotion_and_a_quality_is_no_act():
    assert promoted("乙县“阳光执法”做法在全省推广。") == []
    assert promoted("乙县“阳光执法”做法可复制可推广，得到司法部肯定。") == []




def test_a_central_push_promotes_but_a_pilot_does_not():
    assert promoted("2015年以来，国务院持续推进“证照分离”改革。") == [("证照分离", "国务院")]
    assert promoted("司法部大力推进“证明事项告知承诺制”试点工作。") == []


def test_a_bodys_list_of_typical_experiences():
    text = ("司法部办公厅印发通报，对3项行政执法典型经验做法予以推广。\n"
            "乙县推行“阳光执法”机制。\n"
            "丙区实施“首违不罚”清单制度，企业反映良好。\n"
            "各地要结合实际学习借鉴。\n")
    facts = run(text)
    assert {(f.mechanism, f.body, f.place) for f in of(facts, "PROMOTED_BY")} == {
        ("阳光执法", "司法部办公厅", "乙县"), ("首违不罚", "司法部办公厅", "丙区")}
    assert {(f.holder, f.award) for f in of(facts, "HONOURED")} == {
        ("乙县", "行政执法典型经验做法"), ("丙区", "行政执法典型经验做法")}
    assert of(facts, "ADOPTED") == []  # a list's entry is the list's fact only (convention 1)


def pipeline(text, typ):
    return [f for f in extract(document_from_text(text)) if f.type == typ]


def test_a_provincial_body_named_by_its_level_promotes_a_citys_practice():
    text = ("嘉兴市推进法治政府建设\n（2024年6月12日）\n"
            "2019年，嘉兴市首创“综合查一次”联合执法机制。\n"
            "2020年，“综合查一次”被写入省委、省政府文件，在全省推广。\n")
    got = {(f.mechanism, f.body, f.place, f.year) for f in pipeline(text, "PROMOTED_BY")}
    assert got == {("综合查一次", "浙江省委", "嘉兴市", 2020), ("综合查一次", "浙江省人民政府", "嘉兴市", 2020)}


def test_a_sibling_citys_practice_is_promoted_by_the_city_above_both():
    text = ("寿光市法治政府建设工作综述\n发布时间：2023-11-20\n"
            "2021年，诸城市在全省首创涉企行政检查“企安码”。\n"
            "2022年，市委依法治市办印发通知，在全市推广诸城“企安码”经验。\n")
    (p,) = pipeline(text, "PROMOTED_BY")
    assert (p.mechanism, p.body, p.place, p.scope, p.year) == ("企安码", "潍坊市委全面依法治市委员会办公室", "诸城市", "全市", 2022)


def test_a_county_body_on_its_own_ground_adopts_rather_than_promotes():
    text = "德清县法治政府建设年度报告\n2023年，县司法局在全县推广“阳光执法”做法。\n"
    assert pipeline(text, "PROMOTED_BY") == []
    assert [(f.place, f.mechanism) for f in pipeline(text, "ADOPTED")] == [("德清县", "阳光执法")]


def test_a_pronoun_after_the_body_points_back_at_the_practice():
    text = "乙县创设“老兵调解”工作模式，化解纠纷一千余件。戊省司法厅将其作为典型案例在全省推广。"
    assert promoted(text) == [("老兵调解", "戊省司法厅")]


def test_a_leaders_instruction_is_no_act_of_the_body():
    text = "德清县法治政府建设年度报告\n省委书记对德清县“阳光执法”做法作出批示，要求总结推广。\n"
    assert pipeline(text, "PROMOTED_BY") == []


def test_a_name_the_mention_finder_misses_in_a_nested_quote():
    text = "在全国会议上，司法部工作报告提出，“推广浙江‘阳光执法’等执法方式，提升执法质效”。"
    assert promoted(text) == [("阳光执法", "司法部")]


def test_an_unquoted_practice_heading_a_passive_promotion():
    assert promoted("乙县法官结对指导调解做法获戊省司法厅推广。") == [("法官结对指导调解", "戊省司法厅")]
    # …but not a bare 工作经验, nor a long description with 的
    assert promoted("乙县的工作经验获戊省司法厅推广。") == []


def test_the_promoting_body_does_not_adopt_what_it_spreads():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = "法治建设动态\n2024年5月，省委依法治省办印发通知，在全省推广宿迁市“企业合规”经验做法。\n"
    facts = extract(document_from_text(text))
    assert [(f.body, f.mechanism) for f in facts if f.type == "PROMOTED_BY"] == [("江苏省委全面依法治省委员会办公室", "企业合规")]
    assert not [f for f in facts if f.type == "ADOPTED" and f.place == "江苏省"]


def test_a_central_document_about_a_national_practice_spreads_no_local_one():
    # the practice is the document's own subject, national policy, not a place's practice spread
    text = ("湖州市司法局通报显示，中共中央办公厅、国务院办公厅于2024年2月印发的《关于加强行政执法协调监督工作"
            "体系建设的意见》规定，司法行政部门已获授权。\n")
    assert not [f for f in extract(document_from_text(text)) if f.type == "PROMOTED_BY"]


def test_a_central_document_that_says_it_spreads_the_practice_promotes_it():
    text = ("近日，国务院办公厅印发《关于推广湖州市行政执法协调监督工作体系建设经验的通知》，要求各地学习借鉴。\n")
    got = {f.body for f in extract(document_from_text(text)) if f.type == "PROMOTED_BY"}
    assert "国务院办公厅" in got


def test_a_bulletin_named_after_a_provincial_department_is_the_provinces():
    text = ("桐庐县司法局2031年工作总结\n2031年，桐庐县推出“公共法律服务大篷车”，经验做法被《司法厅工作简报》专刊转发"
            "并全省推广。\n")
    got = {(f.mechanism, f.body) for f in extract(document_from_text(text)) if f.type == "PROMOTED_BY"}
    assert got == {("公共法律服务大篷车", "浙江省司法厅")}


def test_a_typical_case_circulated_in_a_notice_is_also_the_holders_title():
    text = ("“桐庐县以法治督察推动法治建设提质增效”被中央依法治国办作为典型案例向全国通报推广。\n")
    facts = extract(document_from_text(text))
    assert {(f.holder, f.award) for f in facts if f.type == "HONOURED"} == {("桐庐县", "中央依法治国办典型案例")}
    assert [f.body for f in facts if f.type == "PROMOTED_BY"] == ["中央全面依法治国委员会办公室"]
    # spread without a notice: a promotion only (convention 4)
    text = "这一做法被司法部作为典型案例在全国推广。桐庐县推行“三员联调”。\n"
    assert not [f for f in extract(document_from_text(text)) if f.type == "HONOURED"]


def test_a_places_practice_named_by_the_place_alone_after_the_verb():
    text = ("临沂市推行司法行政协理员制度\n\n"
            "临沂市在村(居)设立司法行政协理员。司法部要求全国司法行政系统总结推广临沂市的做法。\n")
    got = [(f.place, f.mechanism, f.body) for f in extract(document_from_text(text)) if f.type == "PROMOTED_BY"]
    assert got == [("临沂市", "司法行政协理员", "司法部")]
    # a place whose practice the article does not name gives nothing to spread
    text = "司法部要求全国司法行政系统总结推广临沂市的做法。\n"
    assert not [f for f in extract(document_from_text(text)) if f.type == "PROMOTED_BY"]


def test_a_higher_bodys_document_naming_a_practice_a_place_pioneered_spreads_it():
    text = ("余村首创村级议事会\n\n2005年，安吉县在全国首创村级议事会制度。"
            "2030年，中共中央办公厅、国务院办公厅印发了《关于建立健全村级议事会制度的指导意见》。\n")
    got = {(f.place, f.mechanism, f.body) for f in extract(document_from_text(text)) if f.type == "PROMOTED_BY"}
    assert got == {("安吉县", "村级议事会", "中共中央办公厅"), ("安吉县", "村级议事会", "国务院办公厅")}
    # a central document on a practice nobody in the article pioneered is national policy
    text = ("安吉县村级议事会\n\n2005年，安吉县推行村级议事会制度。"
            "2030年，中共中央办公厅印发了《关于建立健全村级议事会制度的指导意见》。\n")
    assert not [f for f in extract(document_from_text(text)) if f.type == "PROMOTED_BY"]


def test_a_province_deploying_by_its_document_a_practice_a_city_pioneered_spreads_it():
    text = ("浙江村法律顾问十年\n\n2009年湖州市率先探索设置“村级法务专员”。"
            "当年5月，浙江省委、省政府出台意见，部署在全省开展“村级法务专员”工作。\n")
    got = {(f.place, f.mechanism, f.body) for f in extract(document_from_text(text)) if f.type == "PROMOTED_BY"}
    assert {p for p, _, _ in got} == {"湖州市"} and len(got) == 2
    # the province deploying it is not one more adopter of it
    assert not [f for f in extract(document_from_text(text)) if f.type == "ADOPTED" and f.place == "浙江省"]


def test_a_citys_document_spreading_its_countys_practice_over_the_city_promotes_it():
    text = ("崇仁县法律明白人\n\n2031年，崇仁县试点推行“法律明白人”制度。同年11月，抚州市委、市政府印发"
            "《关于在全市农村推广“法律明白人”工作的意见》。\n")
    got = {(f.body, f.place) for f in extract(document_from_text(text)) if f.type == "PROMOTED_BY"}
    assert got == {("抚州市委", "崇仁县"), ("抚州市人民政府", "崇仁县")}
    # a document of a body of another city spreads nothing of this county's
    text = ("崇仁县法律明白人\n\n2031年，崇仁县试点推行“法律明白人”制度。同年11月，赣州市委印发"
            "《关于加强“法律明白人”工作的意见》。\n")
    assert not [f for f in extract(document_from_text(text)) if f.type == "PROMOTED_BY"]


def test_a_provinces_police_taken_together_spread_a_citys_practice():
    text = ("福建省公安机关践行枫桥经验\n福建省公安机关深入践行新时代“枫桥经验”，总结推广漳州“社区110”经验做法，"
            "完善矛盾纠纷排查化解机制。\n")
    got = {(f.place, f.mechanism, f.body) for f in extract(document_from_text(text)) if f.type == "PROMOTED_BY"}
    assert got == {("漳州市", "社区110", "福建省公安机关")}


def test_a_practice_spread_from_a_place_runs_there():
    facts = extract(document_from_text("荣昌区法治建设\n2031年，重庆市司法局印发通知，在全市推广荣昌区“法治院落+”经验。\n"))
    (p,) = of(facts, "PROMOTED_BY")
    (a,) = of(facts, "ADOPTED")
    assert (a.place, a.mechanism, a.year, a.rule) == ("荣昌区", "法治院落+", 2031, "adopt.promoted")
    assert a.body is None and p.body == "重庆市司法局"


def test_a_body_launching_its_own_pilot_promotes_nothing_and_adopts_nothing():
    text = ("纳溪区成全省依法治县示范试点县\n\n近日，中共四川省委依法治省委员会印发《关于开展全面依法治县示范试点"
            "工作的通知》，决定开展全面依法治县示范试点。纳溪区被省委确定为全省10个全面依法治县示范试点县之一。\n")
    facts = extract(document_from_text(text))
    assert of(facts, "PROMOTED_BY") == []
    assert [f.place for f in of(facts, "ADOPTED")] == ["纳溪区"]
    # a document that spreads the practice still promotes it
    assert promoted("司法部印发《关于推广乙县“容缺办”试点经验的通知》。") == [("容缺办", "司法部")]


def test_a_body_after_dedao_spreads_the_practice():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = "桐庐县法治建设\n桐庐县“三服务”工作法得到司法部推广。\n"
    got = {(f.place, f.mechanism, f.body) for f in extract(document_from_text(text)) if f.type == "PROMOTED_BY"}
    assert got == {("桐庐县", "三服务", "司法部")}
    # …but a body the place goes to (到) is no promoter
    text = "桐庐县法治建设\n桐庐县到司法部汇报“三服务”工作法。\n"
    assert not [f for f in extract(document_from_text(text)) if f.type == "PROMOTED_BY"]


def test_the_own_provinces_body_after_de_dao_promotes():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = "桐庐县新闻\n桐庐县推行“共享法庭”。该做法得到省委政法委充分肯定并在全省推广。\n"
    got = [(f.mechanism, f.body) for f in extract(document_from_text(text)) if f.type == "PROMOTED_BY"]
    assert got == [("共享法庭", "浙江省委政法委")]


def _promoted(text):
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    return [(f.place, f.mechanism, f.body) for f in extract(document_from_text(text)) if f.type == "PROMOTED_BY"]


def test_a_bodys_bulletin_that_prints_a_practice_actively_or_in_its_titled_bulletin_promotes_it():
    assert _promoted("2031年，省司法厅专刊刊发德清县“数字法庭”做法，供各地学习借鉴。") == [
        ("德清县", "数字法庭", "浙江省司法厅")]
    assert _promoted("2031年，德清县“数字法庭”经验在司法部《司法行政工作简报》刊发。") == [("德清县", "数字法庭", "司法部")]


def test_a_bodys_column_label_promotes_what_the_headline_after_it_puts_in_place():
    assert _promoted("司法部推介丨德清县：打造“数字法庭”助推基层治理\n近年来，德清县积极探索“数字法庭”建设。\n") == [
        ("德清县", "数字法庭", "司法部")]
    # …not every name the headline cites
    assert _promoted("司法部推介丨鄞州区：传承发展新时代“枫桥经验”，推行“综合查一次”改革\n鄞州区推行“综合查一次”改革。\n") == [
        ("鄞州区", "综合查一次", "司法部")]


def test_the_rule_of_law_building_offices_are_bodies_that_promote_and_confer():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = "2022年，开封市府院联动工作推进机制被省法治政府办推广。\n"
    got = [(f.place, f.mechanism, f.body) for f in extract(document_from_text(text)) if f.type == "PROMOTED_BY"]
    assert got == [("开封市", "府院联动", "河南省法治政府建设领导小组办公室")]
    # the office after 被 confers: it holds nothing, the clause after the comma neither
    text = "开封市司法局推进工作。\n被省法治建设领导小组办公室表彰为全省先进单位，被省司法厅表彰为全省先进集体。\n"
    holders = {f.holder for f in extract(document_from_text(text)) if f.type == "HONOURED"}
    assert holders and not any("领导小组" in h for h in holders)


def test_a_notice_circulating_typical_experiences_promotes_each_and_honours_its_holder():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = ("福建省司法厅关于推广全省司法行政系统典型经验做法的通知\n各设区市司法局：\n"
            "现将我省司法行政系统典型经验做法予以推广，请结合实际学习借鉴。\n"
            "一、福州市司法局“法治体检进企业”工作\n二、厦门市思明区“调解工作室”品牌建设\n")
    facts = extract(document_from_text(text))
    assert sorted((f.place, f.mechanism, f.body) for f in facts if f.type == "PROMOTED_BY") == [
        ("思明区", "调解工作室", "福建省司法厅"), ("福州市", "法治体检进企业", "福建省司法厅")]
    assert {f.award for f in facts if f.type == "HONOURED"} == {"全省司法行政系统典型经验做法"}
    # signed instead of titled by its body: the signature names who circulates it
    signed = text.replace("福建省司法厅关于", "关于") + "福建省司法厅\n2025年3月1日\n"
    got = [(f.body, f.year) for f in extract(document_from_text(signed)) if f.type == "PROMOTED_BY"]
    assert got and all(b == "福建省司法厅" for b, _ in got)
    # numbered lines without a circulation notice are a report's sections, no list
    plain = "福州市2024年法治政府建设情况报告\n一、福州市司法局“法治体检进企业”工作\n"
    assert not [f for f in extract(document_from_text(plain)) if f.type in ("PROMOTED_BY", "HONOURED")]


def test_the_reform_offices_are_bodies_whose_bulletins_promote():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    for text in ("桐庐县“共享法庭”经验做法被省委改革办《改革情况交流》刊发。\n",
                 "桐庐县“共享法庭”经验做法被浙江省委全面深化改革委员会办公室《改革情况交流》刊发。\n"):
        got = [(f.mechanism, f.body) for f in extract(document_from_text(text)) if f.type == "PROMOTED_BY"]
        assert got == [("共享法庭", "浙江省委全面深化改革委员会办公室")], text


def test_a_body_printing_a_places_practice_for_others_to_learn_from_promotes_it():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    def promoted(text):
        return {(f.place, f.mechanism, f.body) for f in extract(document_from_text(text)) if f.type == "PROMOTED_BY"}

    head = "永康市法治建设再获肯定\n"
    want = {("永康市", "企业合规体检", "浙江省司法厅")}
    assert promoted(head + "省司法厅专题刊发永康市“企业合规体检”做法，供各地学习借鉴。") == want
    assert promoted(head + "永康市“企业合规体检”做法被省司法厅专题刊发，供各地学习借鉴。") == want
    # printed with no purpose said, or by a newspaper: media coverage, not a promotion (convention 4)
    assert promoted(head + "省司法厅刊发永康市“企业合规体检”做法。") == set()
    assert promoted(head + "《法治日报》刊发永康市“企业合规体检”做法，供各地学习借鉴。") == set()


def test_the_party_centre_named_alone_spreads_what_it_asks_to_be_spread():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract
    from fazhi.loaders.extract.bodies import find_bodies
    from fazhi.loaders.extract.places import find_places

    def bodies(t):
        return [b.name for b in find_bodies(t, find_places(t))]

    assert bodies("中央要求在全国推广") == ["中共中央"]
    assert bodies("三度被写入中央一号文件") == ["中共中央"]
    # a level or a kind, not the centre: 中央财政, 中央企业, 中央和国家机关, 中央、省、市
    assert bodies("中央财政和中央企业支持，中央和国家机关及中央、省、市三级联动") == []
    text = ("绵阳市法治建设\n2031年，绵阳市率先推行重大决策风险评估。"
            "2032年，中央要求在全国推广重大决策风险评估。\n")
    got = {(f.place, f.mechanism, f.body) for f in extract(document_from_text(text)) if f.type == "PROMOTED_BY"}
    assert got == {("绵阳市", "重大决策风险评估", "中共中央")}


def test_a_document_rolling_a_practice_out_over_the_bodys_whole_area_promotes_it():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = "江苏省政务服务改革\n2031年，省政府办公厅印发《关于全省推行“秒批秒办”改革实施方案》。\n"
    got = {(f.mechanism, f.body, f.scope) for f in extract(document_from_text(text)) if f.type == "PROMOTED_BY"}
    assert got == {("秒批秒办", "江苏省人民政府办公厅", "全省")}
    # a plan of the body's own that spreads nothing over its area is no promotion
    text = "江苏省政务服务改革\n2031年，省政府办公厅印发《“秒批秒办”改革实施方案》。\n"
    assert [f for f in extract(document_from_text(text)) if f.type == "PROMOTED_BY"] == []


def test_the_practice_a_passive_clause_spreads_may_be_pointed_back_to_in_the_clause_before():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = ("鄞州区法治建设\n2031年，鄞州区推行“村务小微权力清单”，这一做法经过多年完善，"
            "2033年被省委依法治省办在全省推广。\n")
    got = {(f.place, f.mechanism, f.body) for f in extract(document_from_text(text)) if f.type == "PROMOTED_BY"}
    assert got == {("鄞州区", "村务小微权力清单", "浙江省委全面依法治省委员会办公室")}


def test_a_notice_spreading_a_places_experiences_promotes_each_practice_the_article_gives_it():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = ("国家部委推广前海经验\n2031年，国家发展改革委印发《关于推广借鉴深圳前海深港现代服务业合作区有关经验做法的通知》。"
            "深圳市推行“跨境商事登记一件事”，建立“法治护航清单”。\n")
    facts = extract(document_from_text(text))
    got = {(f.mechanism, f.body) for f in facts if f.type == "PROMOTED_BY"}
    assert got == {("跨境商事登记一件事", "国家发展和改革委员会"), ("法治护航清单", "国家发展和改革委员会")}
    assert {(f.holder, f.award) for f in facts if f.type == "HONOURED"} == {
        ("深圳市", "推广借鉴深圳前海深港现代服务业合作区有关经验做法")}


def test_a_practice_spread_under_a_bodys_push_is_promoted_by_it_but_not_a_leaders_instruction():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    def promoted(text):
        return {(f.mechanism, f.body) for f in extract(document_from_text(text)) if f.type == "PROMOTED_BY"}

    head = "九龙坡区法治建设\n"
    assert promoted(head + "2031年，九龙坡区创设“老杨群工”工作法，并在重庆市委政法委的大力推动下，成为全市基层治理品牌。") == {
        ("老杨群工", "重庆市委政法委")}
    # 批示 (convention 4): leaders asking for it to be spread, in a body's report, are no promotion by the body
    assert promoted(head + "2031年，九龙坡区创设“老杨群工”工作法。市领导在市司法局报送的材料上作出批示，要求总结推广“老杨群工”经验。") == set()


def test_the_core_of_a_practice_named_before_may_follow_the_spreading_verb_unquoted():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = ("绵阳市法治建设\n2031年，绵阳市率先出台《重大项目社会稳定风险评估预测化解机制》。"
            "2033年，中央要求在全国推广社会稳定风险评估。\n")
    got = {(f.place, f.mechanism, f.body) for f in extract(document_from_text(text)) if f.type == "PROMOTED_BY"}
    assert got == {("绵阳市", "社会稳定风险评估", "中共中央")}


def test_a_places_way_quoted_as_its_own_stands_for_its_practice_when_spread():
    facts = extract(document_from_text("2030年，上海市推行轻微违法行为不予处罚清单。2031年，“上海做法”被国务院向全国复制推广。"))
    got = {(f.place, f.mechanism, f.body) for f in facts if f.type == "PROMOTED_BY"}
    assert got == {("上海市", "轻微违法行为不予处罚清单", "国务院")}
    assert "上海做法" not in {f.mechanism for f in facts}


def test_a_typical_case_selected_by_a_body_is_its_holders_honour_once_without_the_batch_word():
    facts = extract(document_from_text("寻乌县法治建设\n“三同治”综合治理经验入选自然资源部第一批生态产品价值实现典型案例。"))
    assert [f.award for f in facts if f.type == "HONOURED"] == ["自然资源部第一批生态产品价值实现典型案例"]


def test_review_round_23_a_places_way_stands_for_the_practice_named_nearest_before_it():
    facts = extract(document_from_text("上海市全面推行“一网通办”。2031年，上海市在浦东新区探索“证照分离”改革，"
                                       "“上海做法”被国务院向全国复制推广。"))
    assert {(f.mechanism, f.body) for f in facts if f.type == "PROMOTED_BY"} == {("证照分离", "国务院")}


def test_written_into_a_central_bodys_report_is_a_promotion_but_into_the_provinces_own_a_record():
    def promoted(text):
        return {(f.mechanism, f.body) for f in extract(document_from_text(text)) if f.type == "PROMOTED_BY"}

    assert promoted("浙江省深化“最多跑一次”改革。2031年，“最多跑一次”改革写入国务院政府工作报告。") == {
        ("最多跑一次", "国务院")}
    assert promoted("浙江省深化“最多跑一次”改革。2031年，“最多跑一次”改革写入浙江省政府工作报告。") == set()


def test_second_review_round_23_a_places_way_is_its_pioneered_practice_before_a_national_policy():
    for text in ("湖州市司法局工作信息\n德清县在全省率先推行“法治体检”服务。两年来，体检300余次。企业满意度达98%以上。"
                 "“德清做法”被省司法厅在全省推广。",
                 "湖州市司法局工作信息\n德清县推行“法治体检”服务。全县还推行证明事项告知承诺制。“德清做法”被省司法厅在全省推广。"):
        assert {f.mechanism for f in extract(document_from_text(text)) if f.type == "PROMOTED_BY"} == {"法治体检"}


def test_an_anaphor_made_as_a_phrase_points_back_at_the_practice():
    # a determiner, what describes the practice ending in 的, and the kind of thing it is
    text = "乙县推行“四议两公开”，这一诞生于乙县的基层探索被民政部写入文件。"
    assert promoted(text) == [("四议两公开", "民政部")]
    # …but a determiner before anything else points back to nothing
    assert promoted("乙县推行“四议两公开”，这一年被民政部写入文件。") == []


def test_a_body_that_puts_a_practice_into_its_own_document_spreads_it():
    assert promoted("民政部将乙县“政社互动”工作写进文件。") == [("政社互动", "民政部")]
    # a plan to do so is not done
    assert promoted("民政部将于明年把乙县“政社互动”经验写入文件。") == []


def test_forwarding_with_instructions_spreads_a_practice():
    # 批转: a body forwards the practice to those below it to follow
    assert promoted("司法部对乙县“老兵调解”经验作了批转。") == [("老兵调解", "司法部")]


def test_review_round_24_a_reform_pointed_back_to_far_away_and_a_plan_to_write_it_in_spread_nothing():
    text = "乙县推行“老兵调解”工作模式。\n同时，乙县深化综合行政执法体制改革。\n这项改革被司法部在全国推广。\n"
    assert promoted(text) == []
    assert promoted("民政部将把乙县“政社互动”经验写入文件。") == []
    assert promoted("司法部拟将乙县“老兵调解”经验写入文件。") == []


def test_a_reform_case_selected_by_the_central_reform_office_is_spread():
    text = "崇仁县法治建设纪实\n2031年，崇仁县“老兵调解”被中央深改办列为全国十大改革案例。\n"
    got = {(f.mechanism, f.body) for f in extract(document_from_text(text)) if f.type == "PROMOTED_BY"}
    assert got == {("老兵调解", "中央全面深化改革委员会办公室")}
