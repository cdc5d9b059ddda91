"""Relation rules on sentences written for these tests, with place/body refs given by hand.

These exercise ArticleExtractor alone; tests/test_extract.py runs the whole pipeline.
"""
from _article import run


def of(facts, typ):
    return [f for f in facts if f.type == typ]


def test_adopted_with_year_in_clause():
    (f,) = of(run("2023年，甲市全面推行“容缺办”改革。"), "ADOPTED")
    assert (f.place, f.mechanism, f.year, f.mode) == ("甲市", "容缺办", 2023, "全面推行")
    assert "容缺办" in f.evidence


def test_subject_falls_back_to_the_topic_place():
    facts = run("甲市深化放管服改革。同时推行“首违不罚”制度。")
    assert {(f.place, f.mechanism) for f in of(facts, "ADOPTED")} >= {("甲市", "首违不罚")}


def test_no_subject_no_fact():
    assert of(run("各地推行“首违不罚”制度。"), "ADOPTED") == []


def test_pioneered_with_scope_and_adopted_twin():
    facts = run("甲市在全国率先推行“扫码入企”。")
    (p,) = of(facts, "PIONEERED")
    assert (p.place, p.mechanism, p.scope) == ("甲市", "扫码入企", "全国")
    assert of(facts, "ADOPTED")


def test_a_pioneer_and_a_promotion_carry_the_year_of_their_statement():
    facts = run("去年，乙县在全省首创“企安码”。", date_year=2024)
    assert [(f.type, f.year) for f in facts] == [("ADOPTED", 2023), ("PIONEERED", 2023)]
    facts = run("2022年，甲市“企业服务码”做法获司法部在全国推广。", bodies=[("司法部", None)])
    assert [f.year for f in of(facts, "PROMOTED_BY")] == [2022]


def test_relative_year_against_article_date():
    (f,) = of(run("去年，甲市建立“企业服务码”制度。", date_year=2024), "ADOPTED")
    assert f.year == 2023


def test_list_of_places_named_demonstration_city():
    facts = of(run("乙县、丙区、丁县先后荣获第二批全国法治政府建设示范县。"), "NAMED_DEMONSTRATION_CITY")
    assert [f.place for f in facts] == ["乙县", "丙区", "丁县"]
    assert all(f.batch == 2 and f.year == 2022 and f.level == "national" for f in facts)


def test_inner_mongolias_leagues_and_banners_are_named_demonstration_units_too():
    facts = of(run("甲市先后获“自治区首批法治政府建设示范盟市”和“全国法治政府建设示范市”命名。"),
               "NAMED_DEMONSTRATION_CITY")
    assert sorted((f.place, f.level) for f in facts) == [("甲市", "national"), ("甲市", "provincial")]
    (f,) = of(run("乙县被命名为自治区法治政府建设示范旗县。"), "NAMED_DEMONSTRATION_CITY")
    assert (f.place, f.level) == ("乙县", "provincial")


def test_candidate_is_not_a_naming():
    facts = run("甲市入围全国法治政府建设示范市公示名单。")
    assert of(facts, "NAMED_DEMONSTRATION_CITY") == []
    (c,) = of(facts, "CANDIDATE")
    assert c.place == "甲市"


def test_planning_to_apply_is_nothing():
    facts = run("甲市积极争创全国法治政府建设示范市。")
    assert of(facts, "NAMED_DEMONSTRATION_CITY") == [] and of(facts, "CANDIDATE") == []


def test_provincial_naming_keeps_its_level():
    (f,) = of(run("乙县被命名为全省法治政府建设示范县。"), "NAMED_DEMONSTRATION_CITY")
    assert f.level == "provincial"


def test_promoted_by_a_body():
    facts = run("甲市“企业服务码”做法获司法部在全国推广。", bodies=[("司法部", None)])
    (p,) = of(facts, "PROMOTED_BY")
    assert (p.mechanism, p.body, p.scope) == ("企业服务码", "司法部", "全国")


def test_other_honour_with_year():
    (h,) = of(run("2024年，甲市获评全国文明城市。"), "HONOURED")
    assert (h.holder, h.award, h.year) == ("甲市", "全国文明城市", 2024)


def test_every_place_of_a_list_heading_a_clause_adopts():
    assert adopted("乙县、丙区、丁县先后推行“企业服务码”。") == [("乙县", "企业服务码"), ("丙区", "企业服务码"),
                                                              ("丁县", "企业服务码")]


def test_a_description_of_honours_is_no_honour():
    assert of(run("甲市法治建设屡获全国性奖项。"), "HONOURED") == []
    assert of(run("入选示范项目的甲市“海上执法一体化”项目，整合了执法力量。"), "HONOURED") == []


def adopted(text, **kw):
    return [(f.place, f.mechanism) for f in of(run(text, **kw), "ADOPTED")]


def test_fulfilling_a_duty_is_not_adopting_a_practice():
    assert adopted("甲市严格落实法治建设第一责任人责任。") == []
    # …but a list of those duties is a tool a place adopts
    assert adopted("甲市全面推行法治建设第一责任人职责清单。") == [("甲市", "法治建设第一责任人职责清单")]


def test_a_class_named_after_deng_is_not_a_second_adoption():
    assert adopted("甲市推行说理式执法等柔性执法方式。") == [("甲市", "说理式执法")]


def test_a_quote_owned_by_what_precedes_it_needs_a_verb():
    # in an annual report a quoted practice named with its head counts as the place's own, except X的“Y”
    facts = adopted("根据法律、法规的“立改废释”改革情况，甲市及时调整裁量基准。", title="甲市2024年法治政府建设年度报告")
    assert facts == []
    assert adopted("甲市巩固“容缺办”改革成效。", title="甲市2024年法治政府建设年度报告") == [("甲市", "容缺办")]
    # a bare quote with no verb of its own is cited, not put in place (measured on pages never studied)
    assert adopted("甲市巩固“容缺办”成效。", title="甲市2024年法治政府建设年度报告") == []


def test_verb_mingque_sets_a_practice():
    assert adopted("甲市出台裁量权规定，明确首违不罚。") == [("甲市", "首违不罚")]


def test_only_a_province_level_or_central_body_leading_a_practice_promotes_it():
    # a central body pushing a practice spreads it; a province's own body pushing one of no stated
    # origin is the province running it (SCHEMA convention 4: spread beyond where it came from)
    facts = run("司法部持续推进“综合查一次”改革。", bodies=[("司法部", None)])
    assert [(f.body, f.mechanism) for f in of(facts, "PROMOTED_BY")] == [("司法部", "综合查一次")]
    facts = run("戊省司法厅持续推进“综合查一次”改革。", bodies=[("戊省司法厅", "戊省")])
    assert of(facts, "PROMOTED_BY") == [] and adopted("戊省司法厅持续推进“综合查一次”改革。") == [("戊省", "综合查一次")]
    facts = run("乙县司法局持续推进“综合查一次”改革。", bodies=[("乙县司法局", "乙县")])
    assert of(facts, "PROMOTED_BY") == [] and adopted("乙县持续推进“综合查一次”改革。") == [("乙县", "综合查一次")]


def pioneered(text, **kw):
    return [(f.place, f.mechanism, f.scope) for f in of(run(text, **kw), "PIONEERED")]


def test_pioneer_scope_after_the_cue_and_a_pioneer_is_not_its_own_scope():
    assert pioneered("甲市率先在全省推行“容缺办”改革。") == [("甲市", "容缺办", "全省")]
    assert pioneered("甲市首创“容缺办”改革。") == [("甲市", "容缺办", None)]
    assert pioneered("甲市出台戊省首部《甲市容缺办理清单》。") == [("甲市", "甲市容缺办理清单", "全省")]


def test_the_first_one_stays_in_its_clause_but_a_pioneering_verb_reaches_on():
    assert pioneered("甲市成为全省首个完成改革的城市，“容缺办”案例获评优秀。") == []
    assert pioneered("甲市在乙县率先试点、全面推广，推出“容缺办”模式。") == [("乙县", "容缺办", None)]


def test_a_verb_governs_every_name_of_a_run_of_quotes():
    facts = run("甲市全面推行“收件即受理”“首席事务代表制”“容缺受理服务模式”“一件事一次办”“秒批秒办”改革。")
    assert {f.mechanism for f in of(facts, "ADOPTED")} >= {"收件即受理", "秒批秒办"}


def test_the_parts_listed_before_a_counted_whole_are_not_practices_of_their_own():
    facts = run("甲市深化落实行政执法公示、执法全过程记录、重大执法决定法制审核等“三项制度”。")
    assert not {f.mechanism for f in of(facts, "ADOPTED")} & {"行政执法公示制度", "执法全过程记录制度",
                                                           "重大执法决定法制审核制度"}


def test_places_a_clause_takes_as_its_occasion_do_not_act():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = ("桐庐县2031年法治政府建设年度报告\n2031年，我县法治政府建设取得新成效。"
            "以分水镇、城南街道法治化综合改革试点为契机，大力推进乡镇合法性审查全覆盖工作。\n")
    got = {(f.place, f.mechanism) for f in extract(document_from_text(text)) if f.type == "ADOPTED"}
    assert ("桐庐县", "乡镇（街道）合法性审查") in got
    # the places of the occasion pilot the reform named with them (convention 1), and nothing else
    assert {(p, m) for p, m in got if p in ("分水镇", "城南街道")} == {("分水镇", "法治化综合改革"),
                                                                    ("城南街道", "法治化综合改革")}


def test_a_place_right_before_a_quoted_experience_owns_it_unless_the_sentence_spreads_it():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    def adopted(text):
        return {(f.place, f.mechanism) for f in extract(document_from_text(text)) if f.type == "ADOPTED"}

    text = "内蒙古调解工作\n\n自治区司法厅总结出鄂尔多斯“三分调解法”、锡林郭勒“草原调解”等鲜活经验。\n"
    assert adopted(text) == {("鄂尔多斯市", "三分调解法"), ("锡林郭勒盟", "草原调解")}
    # spread by a body: a promotion (promotions.py), not an adoption read here
    text = "内蒙古调解工作\n\n自治区司法厅在全区推广鄂尔多斯“三分调解法”经验。\n"
    assert ("鄂尔多斯市", "三分调解法") not in adopted(text)


def test_places_listed_each_with_its_own_quoted_practice_own_them_unless_an_honour_is_said():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    def adopted(text):
        return {(f.place, f.mechanism) for f in extract(document_from_text(text)) if f.type == "ADOPTED"}

    text = ("浙江调解经验交流\n\n交流会上,各地介绍了做法,有杭州市桐庐县“三色调解法”、宁波市象山县“渔区调解站”、"
            "温州市瑞安市“矛调夜谈”等。\n")
    assert adopted(text) >= {("桐庐县", "三色调解法"), ("象山县", "渔区调解站"), ("瑞安市", "矛调夜谈")}
    assert not any(p == "浙江省" for p, _ in adopted(text))
    # the same list under an honour is a list of honoured projects: no adoption (convention 1)
    text = ("浙江调解经验交流\n\n杭州市桐庐县“三色调解法”、宁波市象山县“渔区调解站”、"
            "温州市瑞安市“矛调夜谈”获评全省调解工作优秀案例。\n")
    assert not any(p in ("桐庐县", "象山县", "瑞安市") for p, _ in adopted(text))
    # …or said in the sentence that introduces it; a shift and a selection are not the places' own either
    for text in ("浙江调解\n\n经评审，以下案例获评全省调解工作优秀案例。\n杭州市桐庐县“三色调解法”、"
                 "宁波市象山县“渔区调解站”、温州市瑞安市“矛调夜谈”。\n",
                 "浙江调解\n\n我省调解工作从杭州市桐庐县“各自为战”、宁波市象山县“单打独斗”转向协同联动。\n",
                 "浙江调解\n\n省司法厅评选出杭州市桐庐县“三色调解法”、宁波市象山县“渔区调解站”等十大品牌。\n"):
        assert not any(p in ("桐庐县", "象山县", "瑞安市") for p, _ in adopted(text)), text


def test_a_place_applying_a_named_tool_adopts_it():
    assert adopted("甲市全面应用“扫码入企”,涉企检查一律扫码。") == [("甲市", "扫码入企")]


def test_a_place_publishing_the_lists_of_a_practice_adopts_it():
    facts = run("甲市全面梳理公布“一趟不用跑”和“最多跑一趟”办事清单2725项。")
    assert {(f.place, f.mechanism) for f in of(facts, "ADOPTED")} == {("甲市", "一趟不用跑"), ("甲市", "最多跑一趟")}
    # a report card is a figure of speech, whoever publishes it
    assert of(run("甲市公布“十四五”时期法治建设“成绩单”。"), "ADOPTED") == []


def test_the_wider_place_a_first_is_claimed_in_does_not_act_in_the_clauses_after_it():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = ("综治新闻\n去年，桐庐县在浙江省率先建成实体运行的综治中心，打造“五联机制”矛盾调解工作法。\n")
    got = {(f.type, f.place, f.mechanism) for f in extract(document_from_text(text)) if f.type == "ADOPTED"}
    assert ("ADOPTED", "桐庐县", "五联机制") in got and not any(p == "浙江省" for _, p, _ in got)


def test_a_known_practice_done_by_a_leader_or_held_as_a_meeting_is_adopted_in_the_meetings_year():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    def adopted(body):
        text = "桐庐县2024年法治政府建设年度报告\n一、主要工作\n" + body + "\n"
        return [(f.mechanism, f.year, f.mode) for f in extract(document_from_text(text)) if f.type == "ADOPTED"]

    assert adopted("县政府主要负责人带头述职述法。") == [("述法", 2024, "带头")]
    # the meeting reviews 2023, it was held in 2024
    assert adopted("2024年3月5日，我县召开2023年度党政主要负责人专题述法会议。") == [("述法", 2024, "召开")]
    assert adopted("我县召开“共享法庭”研讨会。") == []  # a quoted name discussed at a meeting is not put in place
    assert adopted("全县82家党政机关主要负责人进行述法。") == [("述法", 2024, "进行")]


def test_a_known_practice_merely_reached_is_an_outcome_but_its_coverage_or_a_first_is_an_adoption():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    def adopted(body):
        text = "桐庐县2024年法治政府建设年度报告\n一、主要工作\n" + body + "\n"
        return sorted(f.mechanism for f in extract(document_from_text(text)) if f.type == "ADOPTED")

    assert adopted("优化政务服务，实现763个事项“跨省通办”。") == []
    assert adopted("实现每个行政村3名“法律明白人”和1名“法治带头人”全覆盖。") == ["法律明白人", "法治带头人"]
    assert adopted("在全省率先实现“跨省通办”。") == ["跨省通办"]


def test_each_part_of_a_clause_joined_by_enumeration_commas_acts_through_its_own_place():
    facts = run("各地晒出成绩单：甲市推行“首违不罚”机制、乙县完善“公证E通”在线办证模式、丙区成立全省首家“清廉矫正基地”。")
    assert {(f.place, f.mechanism) for f in of(facts, "ADOPTED")} == {
        ("甲市", "首违不罚"), ("乙县", "公证E通"), ("丙区", "清廉矫正基地")}
    assert {(f.place, f.mechanism) for f in of(facts, "PIONEERED")} == {("丙区", "清廉矫正基地")}
    # places listed before one verb act together, as before
    facts = run("乙县、丙区推行“公证E通”在线办证模式。")
    assert {(f.place, f.mechanism) for f in of(facts, "ADOPTED")} == {("乙县", "公证E通"), ("丙区", "公证E通")}


def test_places_joined_by_an_enumeration_comma_inside_the_first_part_make_no_parts():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = "桐庐新闻\n桐庐县主动对接杭州市、宁波市在全省率先建立“跨区域通办”机制。\n"
    got = {(f.type, f.place) for f in extract(document_from_text(text)) if f.type in ("ADOPTED", "PIONEERED")}
    assert got == {("ADOPTED", "桐庐县"), ("PIONEERED", "桐庐县")}


def test_a_title_headed_by_a_city_and_its_district_is_the_districts():
    facts = run("二是在全市率先印发了《甲市丙区外聘法律顾问考核办法》。")
    assert {(f.type, f.place) for f in facts if f.type in ("ADOPTED", "PIONEERED")} == {
        ("ADOPTED", "丙区"), ("PIONEERED", "丙区")}


def test_a_naming_received_with_huo_names_the_holders_before_it():
    facts = run("甲市、乙县获命名为第二批“全国守法普法示范市（县、区）”。")
    assert sorted(f.holder for f in facts if f.type == "HONOURED") == ["乙县", "甲市"]


def test_editions_listed_before_a_title_do_not_hide_it():
    facts = run("甲市、乙县先后获评第五届、第六届“全国双拥模范城”。")
    assert sorted((f.holder, f.award) for f in facts if f.type == "HONOURED") == [
        ("乙县", "全国双拥模范城"), ("甲市", "全国双拥模范城")]


def test_a_quote_right_before_the_verb_that_puts_another_in_place_says_how():
    facts = run("甲市“高标准”打造“法治驿站”。")
    assert [(f.place, f.mechanism) for f in facts if f.type == "ADOPTED"] == [("甲市", "法治驿站")]


def test_a_title_won_in_a_time_clause_is_held():
    facts = run("乙县在连续三届获评“全国双拥模范县”后，继续努力。")
    assert [(f.holder, f.award) for f in facts if f.type == "HONOURED"] == [("乙县", "全国双拥模范县")]
