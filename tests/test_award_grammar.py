"""The open award grammar: honours read by their head word, whatever programme they belong to."""
from fazhi.loaders.extract.award_grammar import award_head, heading_award, read_awards


def names(text):
    return [a.name for a in read_awards(text)]


def test_a_list_of_honours_is_split_at_the_enumeration_comma_but_not_inside_brackets():
    assert names("全国文明城市、全国法治政府建设示范市（县、区）等称号。") == [
        "全国文明城市", "全国法治政府建设示范市（县、区）"]


def test_quoted_honours_side_by_side_and_joined_by_he_are_separate():
    assert names("“省级先进集体”“全省信访工作先进单位”和“十佳窗口”等荣誉") == [
        "省级先进集体", "全省信访工作先进单位", "十佳窗口"]


def test_a_quote_inside_a_name_stays_part_of_it():
    assert names("全国“枫桥式工作法”单位名单") == ["全国枫桥式工作法单位"]


def test_reading_stops_at_the_first_item_that_is_no_honour():
    assert names("“全国文明城市”称号，群众满意度持续提升。") == ["全国文明城市"]
    assert names("群众满意度持续提升") == []


def test_adverbs_and_years_before_a_name_are_not_part_of_it():
    assert names("先后2023年度全省平安建设先进县") == ["全省平安建设先进县"]


def test_levels():
    got = {a.name: a.level for a in read_awards("全国普法先进单位、河北省依法行政示范单位、市级优秀案例")}
    assert got == {"全国普法先进单位": "national", "河北省依法行政示范单位": "provincial", "市级优秀案例": None}


def test_a_description_with_de_is_no_honour_but_a_head_holding_de_is():
    assert award_head("入选示范项目的经验做法") is None
    assert award_head("普法中期表现突出的单位") == "表现突出的单位"


def test_list_headings():
    assert heading_award("2023年度某市依法行政工作先进集体名单") == "某市依法行政工作先进集体"
    assert heading_award("附件：全省优化营商环境典型案例名单") == "全省优化营商环境典型案例"
    assert heading_award("公示时间：2024年3月1日") is None
    assert heading_award("现将有关情况通报如下，请各地认真学习。") is None


def test_short_quoted_modifiers_share_one_tail():
    assert names("“一星”“二星”示范单位、四川省“六五”普法先进集体。") == [
        "一星示范单位", "二星示范单位", "四川省六五普法先进集体"]
    # five-year periods too: each period's honour is one of its own
    assert names("“三五”“四五”“五五”普法全国先进县、四川省“六五”普法先进集体。") == [
        "三五普法全国先进县", "四五普法全国先进县", "五五普法全国先进县", "四川省六五普法先进集体"]


def test_an_honour_won_in_several_periods_is_one_fact_for_each_named_with_its_period():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = "2030年，丹凤县是“三五”“四五”“五五”普法全国先进县。\n"
    got = [(f.holder, f.award, f.edition) for f in extract(document_from_text(text)) if f.type == "HONOURED"]
    # (as 六五普法全国先进县 is named when it stands alone)
    assert got == [("丹凤县", p + "普法全国先进县", None) for p in ("三五", "四五", "五五")]


def test_grades_rankings_and_news_of_a_list_are_no_honours():
    assert names("2022年度法治建设考核优秀等次") == []
    assert names("全国“六五”普法先进名单揭晓") == []
    assert names("全国“枫桥式工作法”单位名单全省唯一") == ["全国枫桥式工作法单位"]


def test_a_list_of_titles_closed_by_deng_chenghao_keeps_every_item():
    from fazhi.loaders.extract.award_grammar import read_awards

    got = [a.name for a in read_awards("浙江省乡村振兴示范村、浙江省级四好村、杭州市特色产业村（茶叶）等荣誉称号。")]
    # 四好村 has no honour head; the closing 等荣誉称号 says it is a title all the same
    assert got == ["浙江省乡村振兴示范村", "浙江省级四好村", "杭州市特色产业村（茶叶）"]
    # a clause break before 等…称号 is no such list
    assert [a.name for a in read_awards("浙江省乡村振兴示范村，还有多个村获得等称号")] == ["浙江省乡村振兴示范村"]


def test_a_title_ends_at_the_word_for_the_honour_itself():
    from fazhi.loaders.extract.award_grammar import read_awards

    got = read_awards("全国“模范人民调解委员会”殊荣是该镇调委会首次获国家级荣誉称号，")
    assert [a.name for a in got] == ["全国模范人民调解委员会"]


def test_titles_of_other_programmes_are_honours_by_their_head():
    from fazhi.loaders.extract.award_grammar import award_head

    for name in ("全国双拥模范城", "国家卫生城市", "福建省平安市", "全国青年文明号", "全国巾帼文明岗", "长安杯"):
        assert award_head(name), name
    assert award_head("平安建设") is None


def test_a_clause_opened_by_bing_after_a_quoted_title_ends_it():
    got = names("“甲县十佳单位”、全省“优秀法院”并记集体二等功、“全省先进集体”等荣誉称号。")
    assert got == ["甲县十佳单位", "全省优秀法院", "全省先进集体"]
    # 并 inside a name, not after a quote, stays part of it
    assert names("全省“优秀调解并审示范庭”称号") == ["全省优秀调解并审示范庭"]


def test_a_list_closed_by_deng_chenghao_joined_by_quotes_and_ji_keeps_every_item():
    got = names("“全国法院先进集体”“全国优秀法院”及全省国家机关“谁执法谁普法”创新创先优秀普法项目等称号和奖项。")
    assert got == ["全国法院先进集体", "全国优秀法院", "全省国家机关谁执法谁普法创新创先优秀普法项目"]
    # a ranking among the titles is none; a grade word inside a title with its head is one
    assert names("“中国法治政府奖”和“法制环境排名全国第一”等荣誉。") == ["中国法治政府奖"]
    assert names("“全国文明城市”及“七五普法中期评估先进市”等荣誉称号。") == ["全国文明城市", "七五普法中期评估先进市"]
    # a person's titles make the list a person's: only those with an honour's head are read (and dropped later)
    assert names("“全国模范人民调解员”“某市和谐使者”等荣誉称号。") == ["全国模范人民调解员"]
    # 一等奖, 二等功 are names, not the end of the list
    assert names("“优秀案例一等奖”及“集体二等功”等荣誉称号。") == ["优秀案例一等奖", "集体二等功"]


def test_a_campaign_against_a_problem_names_no_practice():
    from fazhi.loaders.extract.mechanisms import find_mechanisms

    assert not [m for m in find_mechanisms("二是开展了“红顶中介”专项整治活动，重点解决收费乱等问题。")]


def test_a_citation_mark_or_a_counted_subject_in_quotes_ends_the_name():
    assert names("“一省一案例”[3]。二是提升服务效能") == ["一省一案例"]
    got = names("十大优秀法治人物“甲乙丙丁监管”等10个案例入选十大典型案例。")
    assert got == ["十大优秀法治人物"]
    # a quote inside a name, the name going on after it, stays one name
    assert names("政府机关科室及企事业单位“主题党日”参观学习定点单位，") == ["政府机关科室及企事业单位主题党日参观学习定点单位"]


def test_a_quoted_name_the_text_calls_a_title_is_one_whatever_its_head():
    assert names("“广东省十佳法治文化主题公园”称号，华侨中学") == ["广东省十佳法治文化主题公园"]
    # unquoted right before 称号 the text calls it a title all the same; a grade it never is, and a
    # quote with no title word after it needs its head
    assert names("广东省十佳法治文化主题公园称号，") == ["广东省十佳法治文化主题公园"]
    assert names("“年度考核优秀等次”称号，") == []
    assert names("年度考核优秀等次称号，") == []
    assert names("“广东省法治文化主题公园”，华侨中学") == []


def test_a_grade_with_a_remark_in_brackets_is_no_name():
    assert names("优秀(全省仅6宗获评优秀)。") == []


def test_the_title_word_after_a_quote_ends_the_name():
    assert names("“全国先进司法所”荣誉称号揭牌。") == ["全国先进司法所"]
    # 称号的 qualifies what follows: no name is cut there
    assert names("“全国民主法治示范村”称号的21个村受到表彰") != ["全国民主法治示范村"]


def test_a_quoted_three_character_head_is_a_name_and_a_ranked_city_has_its_head():
    assert names("“长安杯”。") == ["长安杯"]
    assert names("长安杯。") == []  # unquoted, three characters name nothing
    assert names("“先进”。") == []
    assert names("“全省法治建设优秀省辖市”。") == ["全省法治建设优秀省辖市"]


def test_a_collective_merit_is_an_honour_without_the_verb_that_records_it():
    assert names("自治区政府法制系统记集体二等功。") == ["自治区政府法制系统集体二等功"]
    assert names("市司法行政系统集体三等功。") == ["市司法行政系统集体三等功"]


def test_a_programmes_innovation_or_building_projects_are_designations():
    assert names("市法治改革创新项目，") == ["市法治改革创新项目"]
    assert names("市第二批法治政府建设项目。") == ["市第二批法治政府建设项目"]


def test_a_quoted_name_after_the_level_that_confers_it_is_a_designation():
    assert names("广东省省级“智慧矫正中心”。") == ["广东省省级智慧矫正中心"]
    assert names("全国“最美法律服务窗口”，") == ["全国最美法律服务窗口"]
    assert names("“智慧矫正中心”。") == []  # no head, no level, not called a title


def test_levels_listed_before_the_name_they_share_are_one_honour_each():
    assert names("全国、省级青少年维权岗。") == ["全国青少年维权岗", "省级青少年维权岗"]
    assert names("全国和省级文明单位。") == ["全国文明单位", "省级文明单位"]


def test_a_years_ten_rule_of_law_events_is_an_honour():
    assert names("2030年度自治区十大法治事件。") == ["自治区十大法治事件"]


def test_the_unit_kind_a_title_is_given_to():
    from fazhi.loaders.extract.award_grammar import unit_level

    assert unit_level("全省首批法治浙江（法治政府）示范县") == 3
    assert unit_level("全国法治政府建设示范市（县、区）") == 2
    assert unit_level("全国民主法治示范村（社区）") == 6
    assert unit_level("全国乡村治理示范乡镇") == 4
    # no unit said: a body's title, a practice's, or a zone that cities are named
    assert unit_level("全国人民调解工作先进集体") is None
    assert unit_level("全省法治政府建设最佳实践") is None
    assert unit_level("全国社会信用体系建设示范区") is None


def test_a_province_does_not_hold_a_countys_title():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    # the text never names its county: the province it mentions does not stand in for it
    text = "县司法局工作纪实\n对照浙江省150项指标，县司法局牵头推进，成功创建全省首批法治浙江（法治政府）示范县。\n"
    got = [f for f in extract(document_from_text(text)) if f.type in ("HONOURED", "NAMED_DEMONSTRATION_CITY")]
    assert [(f.type, f.place) for f in got if f.place == "浙江省"] == []
    # a municipality is a city: it holds a city's title
    text = "上海市荣誉\n上海市成功创建全国文明城市。\n"
    assert {f.holder for f in extract(document_from_text(text)) if f.type == "HONOURED"} == {"上海市"}


def test_prose_honour_lists_split_at_he_and_drop_counts_and_aspect():
    from fazhi.loaders.extract.award_grammar import read_award_run

    names = [a.name for a in read_award_run("全国文明城市、国家卫生县城和全国法治县创建先进单位等称号。")]
    assert names == ["全国文明城市", "国家卫生县城", "全国法治县创建先进单位"]
    assert [a.name for a in read_award_run("全国模范司法所、全省先进集体两项荣誉。")] == ["全国模范司法所", "全省先进集体"]
    assert [a.name for a in read_award_run("了全国民主法治示范县。")] == ["全国民主法治示范县"]
    # 和 inside one name (its second half no honour of its own) does not split it
    assert [a.name for a in read_award_run("全国法治宣传教育和依法治理先进单位。")] == ["全国法治宣传教育和依法治理先进单位"]


def test_an_honour_ends_where_its_candidacy_is_said_and_this_time_is_no_part_of_it():
    assert names("“全国守法普法示范县”候选县。") == ["全国守法普法示范县"]
    assert names("此次全国法治县（市、区）创建活动先进单位候选单位") == ["全国法治县（市、区）创建活动先进单位"]
    assert names("“浙江省法治宣传教育示范基地”授牌。") == ["浙江省法治宣传教育示范基地"]  # the plaque is no part


def test_a_candidacy_cue_is_followed_by_the_open_grammar_too():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = "守法普法新闻\n2023年，桐庐县被推荐为“全国守法普法示范县”候选县。\n"
    got = [(f.type, f.place, f.award) for f in extract(document_from_text(text)) if f.type == "CANDIDATE"]
    assert got == [("CANDIDATE", "桐庐县", "全国守法普法示范县")]


def test_general_words_roles_grades_and_prizes_of_people_are_no_titles():
    assert award_head("荣誉称号") is None and award_head("殊荣") is None
    assert award_head("推荐单位") is None  # 推荐单位：某省司法厅 names who put a case forward
    assert award_head("全省法治建设绩效考评优秀") is None  # a grade of an assessment
    from fazhi.loaders.extract.award_grammar import is_personal

    assert is_personal("个人嘉奖") and is_personal("个人三等功") and not is_personal("集体三等功")


def test_second_review_a_protection_level_and_personal_information_are_not_grades_or_people():
    from fazhi.loaders.extract.award_grammar import is_personal

    assert award_head("网络安全等级保护工作先进单位") is not None
    assert not is_personal("个人信息保护示范企业")


def test_a_plain_name_the_text_calls_a_title_is_one_whatever_its_head():
    assert [a.name for a in read_awards("无毒巩固县称号。")] == ["无毒巩固县"]
    assert [a.name for a in read_awards("全省禁毒模范乡荣誉称号，并奖励")] == ["全省禁毒模范乡"]
    # a word pointing elsewhere, or a description with 的, is no name
    assert read_awards("该称号。") == []
    assert read_awards("显著成绩的地区授予的最高荣誉称号") == []


def test_a_shortlists_heading_names_a_unit_title_whatever_its_head_but_a_place_is_no_title():
    assert heading_award("二、2021年度浙江县域发展进步县初选名单") == "浙江县域发展进步县"
    assert heading_award("2021年度平安乡镇候选名单") == "平安乡镇"
    # without a shortlist's words, the head word is still needed; a place's own list names no title
    assert heading_award("2021年度浙江县域发展进步县") is None
    assert heading_award("宁波市鄞州区候选名单") is None


def test_levels_and_verb_phrases_before_chenghao_are_no_titles():
    for text in ("省部级以上荣誉称号。", "国家和省级荣誉称号", "被授予相应称号", "保持这一称号", "被授予优秀共产党员称号"):
        assert read_awards(text) == [], text
    # a pilot's shortlist and a kind of bodies are no titles either
    assert heading_award("二、2023年度新增试点县初选名单") is None
    assert heading_award("2024年度省直单位拟推荐名单") is None


def test_a_best_practice_project_is_a_title():
    assert [a.name for a in read_awards("县乡法治政府建设“最佳实践”项目")] == ["县乡法治政府建设最佳实践项目"]


def test_a_pilot_city_that_passed_is_a_title_and_the_list_goes_on_after_it():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = "2031年，烟台市获评全国法治政府建设示范市、全国市域社会治理现代化试点合格城市、首批全国平安建设示范城市。"
    awards = {f.award for f in extract(document_from_text(text)) if f.type == "HONOURED"}
    assert awards == {"全国市域社会治理现代化试点合格城市", "全国平安建设示范城市"}


def test_the_best_city_of_a_field_is_a_title():
    assert names("获评“2031年高质量发展营商环境最佳城市”") == ["高质量发展营商环境最佳城市"]


def test_a_place_among_the_best_is_a_ranking_not_a_title():
    assert names("跻身全国百佳行列") == []
    # …but a title named before 行列 is still held (read from the lexicon of titles)
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    got = {f.award for f in extract(document_from_text("2031年，南平市跻身全国文明城市行列。")) if f.type == "HONOURED"}
    assert got == {"全国文明城市"}
    assert [f for f in extract(document_from_text("2031年，南平市2项实践成果跻身全国百佳行列。")) if f.type == "HONOURED"] == []


def test_a_title_opening_a_span_ends_at_its_quote():
    assert names("首批“全国普法守法示范区”开始，亮点频出。") == ["全国普法守法示范区"]
    # 从入选“…”到获批…: the other end of the span is another winning, not part of the name
    assert names("首批“全国普法守法示范区”到获批国家知识产权保护示范城市") == ["全国普法守法示范区"]


def test_a_span_to_a_second_winning_said_with_its_year_or_success():
    assert names("“全国守法普法示范区”到成功获评“全国文明城市”") == ["全国守法普法示范区"]
    assert names("“全国守法普法示范区”到2031年获评“全国文明城市”") == ["全国守法普法示范区"]


def test_a_run_of_wins_after_an_honour_is_no_part_of_its_name():
    assert names("全国法治宣传教育先进城市“三连冠”。") == ["全国法治宣传教育先进城市"]
    assert names("“全国双拥模范城”十连冠。") == ["全国双拥模范城"]


def test_review_runs_of_eleven_wins_and_more():
    assert names("“全国双拥模范城”十一连冠。") == ["全国双拥模范城"]
    assert names("“全国双拥模范城”十二连冠。") == ["全国双拥模范城"]


def test_a_top_ten_of_a_named_place_and_edition_is_a_title_and_its_edition_no_part_of_the_name():
    # the lead word (十大, 十佳) after the place that confers the title and its edition
    assert award_head("绍兴市十大法治实践") == "十大"
    assert award_head("浙江省第三届十佳法治县") == "十佳"
    assert names("获评绍兴市首届“十大法治实践”") == ["绍兴市十大法治实践"]
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    got = [(f.holder, f.award, f.edition) for f in extract(document_from_text("2031年，嵊州市“村务合规”获评绍兴市首届“十大法治实践”。"))
           if f.type == "HONOURED"]
    assert got == [("嵊州市", "绍兴市十大法治实践", "首届")]


def test_a_collection_of_cases_selected_into_is_an_honour_in_book_quotes_or_bound_with_its_count():
    assert names("《江西省综合行政执法创新实践案例》。") == ["江西省综合行政执法创新实践案例"]
    assert names("“江西省推进市县法治建设高质量发展30个典型案例汇编”。") == ["江西省推进市县法治建设高质量发展典型案例"]
    assert names("《法治政府建设蓝皮书》") == []  # a book that holds no cases is no honour
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    got = {(f.holder, f.award) for f in extract(document_from_text(
        "2031年，瑞金市“容缺受理”做法被纳入《江西省综合行政执法创新实践案例》。")) if f.type == "HONOURED"}
    assert got == {("瑞金市", "江西省综合行政执法创新实践案例")}


def test_the_preposition_after_into_a_collection_is_no_part_of_its_name():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    def honours(text):
        return {f.award for f in extract(document_from_text("瑞金市法治建设\n" + text + "\n")) if f.type == "HONOURED"}

    assert honours("2031年，瑞金市“容缺受理”做法被收录进司法部行政执法案例库。") == {"司法部行政执法案例"}
    assert honours("2031年，瑞金市“容缺受理”做法被纳入到全省法治政府建设30个典型案例汇编。") == {"全省法治政府建设典型案例"}
    assert honours("2031年，瑞金市“容缺受理”做法被收录于《江西省法治政府建设典型案例汇编》。") == {"江西省法治政府建设典型案例"}
    # 纳入 a work list is no honour
    assert honours("2031年，瑞金市“容缺受理”改革被纳入全市十大民生实事项目。") == set()


def test_a_city_ranking_is_an_honour_and_does_not_end_a_run_of_quoted_titles():
    from fazhi.loaders.extract.award_grammar import read_award_run
    got = [a.name for a in read_award_run("“中国最具幸福感城市”“中国投资热点城市”“全国文明城市”。")]
    assert got == ["中国最具幸福感城市", "中国投资热点城市", "全国文明城市"]
    assert [a.name for a in read_award_run("全国综合竞争力百强区。")] == []  # economic strength, no honour


def test_a_body_named_several_titles_in_clauses_of_their_own_holds_each_and_no_clause_is_a_name():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = ("某派出所的故事\n"
            "德清县公安局城关派出所先后被中组部和中宣部联合命名为“人民满意的公务员集体”，被共青团中央命名为"
            "“中国青年五四奖章集体”，被公安部命名为“全国公安楷模”和首批“枫桥式公安派出所”。\n")
    got = {f.award for f in extract(document_from_text(text)) if f.type == "HONOURED"}
    # a collective's title ends in 集体 or 楷模; a 的 inside a whole quote is the title's own
    assert got == {"人民满意的公务员集体", "中国青年五四奖章集体", "全国公安楷模", "枫桥式公安派出所"}
    from fazhi.loaders.extract.award_grammar import read_award_run
    # the clause after the comma has its own cue: the run read after the first cue stops before it
    assert [a.name for a in read_award_run("“中国青年五四奖章集体”，被公安部命名为“全国公安楷模”和首批“枫桥式公安派出所”。")] \
        == ["中国青年五四奖章集体"]
    # an unquoted description with 的 is still none
    assert [a.name for a in read_award_run("入选示范项目的先进集体。")] == []


def test_a_city_title_by_its_shape_and_a_quoted_lead_word_make_honours_outside_the_head_list():
    from fazhi.loaders.extract.award_grammar import read_award_run

    def names(t, shaped=True):
        return [a.name for a in read_award_run(t, shaped=shaped)]

    # a scope, a field and the kind of unit after a verb that confers titles: a title of cities whatever its
    # last words
    assert names("全国营商环境创新城市，营商环境考评全省一档。") == ["全国营商环境创新城市"]
    assert names("全国政务公开工作表现突出市。") == ["全国政务公开工作表现突出市"]
    assert names("全国政务公开工作表现突出市。", shaped=False) == []  # (after 是, 列入, 获批: no title by shape)
    # a pilot, a ranking of strength, a first and a designation of need have the shape but are no titles
    assert names("全国旅游投诉调解与仲裁衔接试点市。") == []
    assert names("全国综合实力百强县。") == []
    assert names("全国首个无废城市。") == []
    assert names("国家级扶贫开发工作重点县。") == []
    assert names("全国营商环境第一梯队城市。") == []
    # a quoted part that opens on a lead word names an honour, whatever it ends with
    assert names("全国人社“十佳特色做法”。") == ["全国人社十佳特色做法"]
    assert names("全国人社“特色做法”。") == []


def test_a_designation_by_a_higher_body_is_an_honour_after_an_honour_cue_only():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    facts = extract(document_from_text(
        "德清县法治建设\n2031年，德清县入选司法部基层执法联系点，在12个乡镇设立行政执法监督联系点。"
        "德清县人民法院入选全国“移动电子诉讼试点”。德清县获批设立省人大常委会基层立法联系点。\n"))
    assert {f.award for f in facts if f.type == "HONOURED"} == {"司法部基层执法联系点"}
    # the contact points it sets up itself, approved or not, are its practice, and a pilot is no title
    assert {f.mechanism for f in facts if f.type == "ADOPTED"} == {"行政执法监督联系点", "省人大常委会基层立法联系点"}


def test_the_year_after_the_conferring_place_is_no_part_of_the_honours_name_nor_is_a_bare_lexicon_tail():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    got = [(f.award, f.year) for f in extract(document_from_text(
        "庆阳市法治建设\n《庆阳市创新“巧儿说法”普法品牌》入选甘肃省2031年普法依法治理十大创新案例。\n")) if f.type == "HONOURED"]
    assert got == [("甘肃省普法依法治理十大创新案例", 2031)]


def test_quoted_titles_side_by_side_are_honours_alike_when_one_has_an_honours_head():
    from fazhi.loaders.extract.award_grammar import read_award_run

    got = [a.name for a in read_award_run("“2031年度活力城市”“中国十大大美之城”“中国投资热点城市”，建成…")]
    assert got == ["活力城市", "中国十大大美之城", "中国投资热点城市"]
    assert [a.name for a in read_award_run("“一网通办”“全国文明城市”。")] == []  # a known practice leads: none
    assert [a.name for a in read_award_run("“活力城市”“大美之城”。")] == []  # no head among them: none


def test_review_round_23_honour_shapes_hold_only_what_their_conventions_allow():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    def honours(text):
        return {f.award for f in extract(document_from_text("汉川市2031年法治政府建设工作报告\n" + text + "\n"))
                if f.type == "HONOURED"}

    # designations and rankings of the city shape after 列入, 是, 跻身
    assert honours("汉川市被列入国家级扶贫开发工作重点县，是全国革命老区县，跻身全国营商环境第一梯队城市。") == set()
    # a quote after words that describe it is no title's name; a plan's list is none
    assert honours("城区道路改造被列入今年全市实施的“十大民生实事”。") == set()
    assert honours("汉川市政务大厅获得全市群众投票评出的“最美窗口”。") == set()
    # quotes side by side: praise, a vision of the place, a ranking and a pilot are no titles
    assert honours("汉川市先后获评“全国文明城市”“满意度全省第一”，获评“全国综治工作优秀市”“平安汉川”。") == {
        "全国文明城市", "全国综治工作优秀市"}
    assert honours("汉川市司法局获得“全国先进司法所”“群众口碑好”等评价。") == {"全国先进司法所"}
    # a person's honour is no unit's
    assert honours("汉川市司法局马口司法所所长张三同志被评为“荆楚楷模”。") == set()


def test_review_round_23_a_zero_breakthrough_named_by_its_own_cue_is_still_a_naming():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    got = {(f.type, f.place) for f in extract(document_from_text(
        "汉川市2031年法治政府建设工作报告\n汉川市获评全国法治政府建设示范市“零的突破”。\n"))
           if f.type == "NAMED_DEMONSTRATION_CITY"}
    assert got == {("NAMED_DEMONSTRATION_CITY", "汉川市")}


def test_a_units_title_of_merit_by_its_shape_and_an_office_under_its_older_name_holding_it():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract
    from fazhi.loaders.extract.award_grammar import read_award_run

    assert [a.name for a in read_award_run("全国优秀公证处。")] == ["全国优秀公证处"]
    assert [a.name for a in read_award_run("先进性教育活动办公室。")] == []  # 先进性: a quality, no merit
    got = {(f.holder, f.award) for f in extract(document_from_text(
        "四川省普法表彰\n2031年，四川省依法治省领导小组办公室等7个单位被表彰为法治宣传教育先进普法依法治理办公室。\n"))
           if f.type == "HONOURED"}
    assert got == {("四川省依法治省领导小组办公室", "法治宣传教育先进普法依法治理办公室")}


def test_second_review_round_23_titles_keep_their_lexicon_names_scopes_and_verbs_of_becoming_only_before_levels():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    def honours(text, title="德清县2031年法治政府建设工作报告"):
        return {f.award for f in extract(document_from_text(title + "\n" + text + "\n")) if f.type == "HONOURED"}

    # a conferring body or an edition before a title of the lexicon leaves the lexicon's name
    assert honours("我县“数字法治”项目荣获中国政法大学第八届“中国法治政府奖”。") == {"法治政府奖"}
    assert honours("我县余村获评省司法厅全国民主法治示范村。") == {"全国民主法治示范村"}
    # a place's title quoted beside a national one, and a capital's, are titles alike
    assert honours("我区获评“首都文明区”“全国文明城区”。", "北京市东城区2031年法治政府建设工作报告") == {
        "首都文明区", "全国文明城区"}
    # a verb of a clause before does not make a name of the city shape a title; 建设 opens a title's name
    assert honours("我县荣获省级荣誉，列入全国资源型城市。") == set()
    assert honours("我县荣获建设工程鲁班奖。") == {"建设工程鲁班奖"}
    # scope and field words before a quoted lead word, however many; a describing verb there, none
    assert honours("德清县司法局入选2030年度浙江省司法行政系统“十大亮点工作”。") == {"浙江省司法行政系统十大亮点工作"}
    assert honours("德清县入选省市场监管局推出“十大亮点工作”。") == set()


def test_second_review_round_23_an_aim_to_be_recommended_is_a_plan():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    facts = extract(document_from_text("德清县2031年法治政府建设工作报告\n2032年，我县将积极做好准备，力争被推荐争创全国法治政府建设示范县。"
                                       "下一步，我县将以“数字法治”项目推荐争创第四批全国法治政府建设示范项目。\n"))
    assert not [f for f in facts if f.type == "CANDIDATE"]


def test_trophies_of_safe_places_are_honours():
    assert names("“平安金鼎”。") == ["平安金鼎"]
    assert award_head("平安鼎") and award_head("长安杯")
