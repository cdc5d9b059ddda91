"""Pilots (pilots.py), the article's own place (salience.py), and what is not a practice."""
from fazhi.loaders import document_from_text
from fazhi.loaders.extract import extract
from fazhi.loaders.extract.pilots import pilot_name
from fazhi.loaders.normalize import strip_pinyin


def facts(text, typ=None):
    return [f for f in extract(document_from_text(text)) if typ is None or f.type == typ]


def test_a_place_selected_as_a_pilot_adopted_the_practice():
    text = "2023年，嘉善县姚庄镇成功入选全省第一批基层合法性审查改革试点。\n"
    got = [(f.place, f.mechanism, f.mode, f.year) for f in facts(text, "ADOPTED")]
    assert got == [("姚庄镇", "基层合法性审查改革", "首批试点", 2023)]
    assert not facts(text, "PIONEERED")  # 首批 is one of the first batch, not a first


def test_the_pilot_name_loses_its_scope_level_and_leading_verb():
    assert pilot_name("全国“完善规范性文件备案审查机制”") == ("规范性文件备案审查机制", False)
    # a quoted name among the programme's words is the practice; 了 after the selecting verb is no part
    assert pilot_name("全国法治政府建设“一件事”改革") == ("一件事", False)
    assert pilot_name("了全省行政复议规范化建设") == ("行政复议规范化", False)
    assert pilot_name("国家级“枫桥式”派出所创建") == ("枫桥式派出所创建", False)  # a kind, not a name
    assert pilot_name("四川省全面依法治县示范") == ("全面依法治县示范", False)
    assert pilot_name("全国公民法治素养提升行动首批") == ("公民法治素养提升行动", True)


def test_a_pilot_city_named_as_the_subject():
    text = "廊坊市作为全国“行政复议体制改革”试点城市，积极探索。\n"
    assert [(f.place, f.mode) for f in facts(text, "ADOPTED")] == [("廊坊市", "试点")]


def test_the_article_place_is_the_one_the_text_is_about_not_the_first_named():
    text = ("过去五年，我市法治政府建设硕果累累，获评湖南省法治建设先进单位。\n"
            "益阳市出台《益阳市城市绿化条例》。益阳市司法局推行“一码通办”。\n"
            "我市全面推行“首违不罚”清单制度。\n")
    adopted = {(f.place, f.mechanism) for f in facts(text, "ADOPTED")}
    assert ("益阳市", "首违不罚") in adopted
    f = facts(text, "ADOPTED")[0]
    assert f.article_place.startswith("益阳市") and "我市" in f.article_place


def test_salience_scores_title_frequency_and_self_reference():
    from fazhi.loaders.extract.relations import Ref
    from fazhi.loaders.extract.salience import article_place

    def ref(text, name, code):
        i = text.find(name)
        return Ref(i, i + len(name), name, code)

    text = "湖南省表彰先进\n我市获评湖南省先进单位。益阳市推行“一码通”。益阳市出台条例。\n"
    places = [ref(text, "湖南省", "430000"), ref(text, "益阳市", "430900")]
    places.append(Ref(text.rfind("益阳市"), text.rfind("益阳市") + 3, "益阳市", "430900"))
    # the province is in the title, the city is named twice and speaks of itself as 我市
    choice = article_place(text, "湖南省表彰先进", places, [])
    assert choice.ref.name == "湖南省" and "title" in choice.reason
    choice = article_place(text, None, places, [])
    assert choice.ref.name == "益阳市" and "我市" in choice.reason
    # no signal and no dominant place: the first place of the opening lines, said so
    text = "深圳市、苏州市、宁波市、重庆市各有做法。"
    many = [ref(text, n, c) for n, c in (("深圳市", "440300"), ("苏州市", "320500"), ("宁波市", "330200"),
                                        ("重庆市", "500000"))]
    choice = article_place(text, None, many, [])
    assert choice.ref.name == "深圳市" and "many places" in choice.reason


def test_inline_pinyin_is_stripped_from_names():
    text, n = strip_pinyin("全国法治政府建设(shè)示(shì)范市，(a)项，长(zhǎng)沙市")
    assert text == "全国法治政府建设示范市，(a)项，长沙市" and n == 3
    doc = document_from_text("长(zhǎng)沙市获评全国法治政府建设(shè)示范市。\n")
    assert "(" not in doc.articles[0].text
    # a reading padded with a space inside its brackets (浙(zhè )江) is one too
    assert strip_pinyin("浙(zhè )江推行“首违不(bú )罚”") == ("浙江推行“首违不罚”", 2)


def test_figures_of_speech_visions_and_plan_sets_are_not_practices():
    text = ("芜湖市铸就改革创新“桥头堡”，总结出“芜湖范式”，建设“法治芜湖”，"
            "制定“一规划两方案”，部署“五大改革任务”，推行“双随机、一公开”监管。\n")
    assert {f.mechanism for f in facts(text, "ADOPTED")} == {"双随机一公开"}


def test_an_untitled_report_dates_what_it_did_by_its_year_and_its_plans_by_the_next():
    text = ("2022年，包头市全面推动法治政府建设。现将2022年法治政府建设情况报告如下：\n"
            "一、主要工作\n全面推行“首违不罚”清单制度。\n"
            "二、下一步工作打算\n探索推行“非现场执法”。\n")
    got = {(f.mechanism, f.year) for f in facts(text, "ADOPTED")}
    assert got == {("首违不罚", 2022), ("非现场执法", 2023)}


def test_a_practice_without_a_verb_runs_here_when_the_text_says_so():
    text = ("益阳市法治建设成效明显\n"
            "我市“30分钟公共法律服务圈”覆盖全市，“老兵调解”组织为退役军人服务。全国都在讨论“营商环境”。\n")
    got = {f.mechanism for f in facts(text, "ADOPTED")}
    assert "30分钟公共法律服务圈" in got and "营商环境" not in got


def test_a_two_character_county_is_found_by_its_organs():
    text = "中共浚县县委 浚县人民政府关于2024年法治政府建设情况的报告\n2024年，浚县全面推行“首违不罚”。\n"
    assert {f.place for f in facts(text, "ADOPTED")} == {"浚县"}


def test_places_listed_after_zai_pilot_the_practice_and_the_agent_after_bei_selects():
    text = ("市司法局确定在中山市东区街道、石岐街道、港口镇等3个镇街开展行政执法协调监督工作体系建设试点。\n"
            "泸州市泸县被省委确定为全省14个全面依法治县示范试点县之一。\n")
    got = {(f.place, f.mechanism, f.mode) for f in facts(text, "ADOPTED")}
    assert {p for p, _, _ in got} == {"东区街道", "石岐街道", "港口镇", "泸县"}
    assert ("泸县", "全面依法治县示范", "试点") in got


def test_a_text_naming_its_own_organs_again_and_again_is_about_its_place():
    from fazhi.loaders.extract.relations import Ref
    from fazhi.loaders.extract.salience import article_place

    text = ("2023年以来，县司法局在县委、县政府的坚强领导下推进法治建设，县委、县政府高度重视，"
            "县政府常务会议专题研究。亳州市召开会议。蒙城县推行“首违不罚”。亳州市通报表扬。")
    places = [Ref(text.find("亳州市"), text.find("亳州市") + 3, "亳州市", "341600"),
              Ref(text.find("蒙城县"), text.find("蒙城县") + 3, "蒙城县", "341622"),
              Ref(text.rfind("亳州市"), text.rfind("亳州市") + 3, "亳州市", "341600")]
    choice = article_place(text, None, places, [])
    assert choice.ref.name == "蒙城县" and "organs" in choice.reason


def _article_place(text):
    return {f.article_place.split(" (")[0] for f in extract(document_from_text(text)) if f.article_place}


def test_a_letters_salutation_names_the_recipient_not_the_writer():
    text = ("中共丽江市委、丽江市人民政府：\n2024年，县委、县政府扎实推进法治政府建设，现将工作开展情况报告如下。"
            "印发《永胜县重大行政决策程序规定》。县司法局推行“一站式”调解。县委、县政府专题研究法治工作。"
            "县政府常务会议学法4次。县政府法律顾问全覆盖。\n")
    assert _article_place(text) == {"永胜县"}


def test_a_story_about_a_provinces_list_is_about_the_district_most_places_lie_in():
    text = ("近日，山西省司法厅、民政厅印发决定，命名一批民主法治示范村。"
            "尖草坪区柏板乡某村被命名为示范村，尖草坪区阳曲镇某村同时入选。"
            "尖草坪区司法局推行“法律明白人”培养工程，尖草坪区各乡镇持续开展法治创建。\n")
    assert _article_place(text) == {"尖草坪区"}


def test_a_county_called_by_its_everyday_name_with_the_unit_word():
    from fazhi.loaders.extract.places import find_places

    jinping = "532530"  # 金平苗族瑶族傣族自治县, under 红河州
    assert jinping in {p.code for p in find_places("红河州各县推进法治建设。\n印发《金平县述法办法》。")}
    # the only 金平 county in the country, with its unit word: enough alone (places.find_places) ...
    assert jinping in {p.code for p in find_places("印发《金平县述法办法》。")}
    # ... unless the unit word begins a title (刘金平县长: a person, the county's head)
    assert jinping not in {p.code for p in find_places("刘金平县长主持会议。")}


def test_a_local_office_we_cannot_place_keeps_its_practices_from_the_province():
    text = ("福建省推进基层治理\n福建省各地深化“枫桥经验”。为化解矛盾纠纷，某山派出所积极探索，牵头成立“党员调解”工作队，"
            "设立“茶馆说事”调解室。\n")
    adopted = {(f.place, f.mechanism) for f in facts(text, "ADOPTED")}
    assert ("福建省", "枫桥经验") in adopted
    assert not any(m.startswith(("党员调解", "茶馆说事")) for _, m in adopted)


def test_the_texts_own_word_for_itself_beats_a_province_in_boilerplate():
    text = ("2023年，在县委、县政府的正确领导下，在市委依法治市办的有力指导下，我县深入贯彻落实视察贵州重要讲话精神和"
            "对贵州工作重要指示精神，扎实推进法治政府建设，并获得“全省法治政府建设示范县”命名。"
            "县委党校举办了2期开阳县中青年干部培训班。\n")
    assert _article_place(text) == {"开阳县"}
    named = [(f.place, f.type) for f in facts(text) if f.type == "NAMED_DEMONSTRATION_CITY"]
    assert named == [("开阳县", "NAMED_DEMONSTRATION_CITY")]


def test_a_place_inside_a_lead_clause_does_not_act_and_its_verb_does_not_hide_the_actor():
    text = ("毕节市法治建设\n2022年6月，贵州省司法厅将试点放在毕节实施。在法治毕节示范创建过程中，毕节市牢牢抓住法治政府建设"
            "主体工程地位，形成了市县乡三级全覆盖监督体系，2022年成功创建“全国法治政府建设示范市”。\n")
    named = [(f.place, f.year) for f in facts(text) if f.type == "NAMED_DEMONSTRATION_CITY"]
    assert named == [("毕节市", 2022)]


def test_the_place_acting_in_the_first_sentence_beats_a_province_named_in_boilerplate():
    from fazhi.loaders.extract.relations import Ref
    from fazhi.loaders.extract.salience import article_place

    text = ("2031年，白云区坚持以人民为中心，深入学习贯彻总书记视察广东重要讲话精神，对标广东要求，"
            "服务广东大局。具体情况报告如下。\n")

    def at(name, code, nth=0):
        i = -1
        for _ in range(nth + 1):
            i = text.find(name, i + 1)
        return Ref(i, i + len(name), name, code)

    places = [at("白云区", "440111"), at("广东", "440000"), at("广东", "440000", 1), at("广东", "440000", 2)]
    choice = article_place(text, None, places, [])
    assert choice.ref.name == "白云区" and "opening subject" in choice.reason


def test_a_place_named_only_in_a_local_brand_is_the_texts_own():
    text = ("2031年，市政府坚持依法行政，全市法治政府建设取得明显成效。\n"
            "发布“桐庐县公共法律服务法治地图”，全面推行“首违不罚”清单制度。\n")
    assert _article_place(text) == {"桐庐县"}


def test_a_disclosure_pages_catalogue_and_breadcrumb_are_not_its_title():
    from fazhi.loaders import document_from_text

    text = ("> 资源库栏目 > 基本信息公开 > 规划计划 > 计划总结\n\n"
            "索引号 001008/2031-45223\n\n"
            "组配分类 计划总结 发布机构 区委依法治区办\n\n"
            "关于2031年度桐庐县法治政府建设工作情况的报告\n\n"
            "2031年，我县全面推行“首违不罚”清单制度，法治政府建设取得新成效。\n")
    doc = document_from_text(text)
    assert doc.articles[0].title == "关于2031年度桐庐县法治政府建设工作情况的报告"


def test_a_town_whose_name_many_towns_share_is_still_the_titled_reports_own():
    text = ("龙溪镇2031年法治政府建设年度报告\n\n"
            "2031年，本镇深入推进依法行政。\n\n建立企业“法治体检”机制，为镇内企业提供法律风险排查服务。\n")
    got = [(f.place, f.place_code, f.mechanism) for f in facts(text, "ADOPTED")]
    assert got == [("龙溪镇", None, "法治体检")]
    # a title naming a place the division list knows keeps its code
    coded = facts("嘉善县2031年法治政府建设年度报告\n\n建立企业“法治体检”机制。\n", "ADOPTED")
    assert [f.place_code for f in coded] and all(f.place_code for f in coded)


def test_a_place_whose_name_two_places_share_acting_in_the_opening_is_the_texts_own():
    text = "通州区坚持依法行政，深入推进法治政府建设。\n\n创新探索“1+2+N”督察调研工作法，推进整改落实。\n"
    got = [(f.place, f.place_code) for f in facts(text, "ADOPTED")]
    assert got and all(p == ("通州区", None) for p in got)


def test_a_practice_a_place_works_by_is_adopted():
    text = "嘉善县以“放管服”改革为驱动，政府工作效率进一步升级。\n"
    assert [(f.place, f.mechanism) for f in facts(text, "ADOPTED")] == [("嘉善县", "放管服")]
    # …but not a practice merely named as a point of entry
    assert facts("嘉善县以“放管服”改革为切入点，效率进一步升级。\n", "ADOPTED") == []


def test_a_provinces_own_organ_opening_a_text_whose_places_all_lie_in_it():
    text = ("2031卷\n【概况】 2030年，自治区司法厅坚持以信息化为引擎，在全国率先建成“智慧矫正”平台。"
            "全区有监狱19所，在兴安盟设有东部分局。\n")
    assert {f.place for f in facts(text, "PIONEERED")} == {"内蒙古自治区"}
    # places of two provinces: no single province is the text's own
    from fazhi.loaders.extract.places import find_places
    from fazhi.loaders.extract.salience import _own_province_opening

    text = "2030年，省司法厅在全国率先建成“智慧矫正”平台。杭州市、南京市先后借鉴。\n"
    runs = [p for p in find_places(text) if p.code]
    assert len(runs) == 2 and _own_province_opening(text, 0, 200, runs) is None
    text = "2030年，省司法厅在全国率先建成“智慧矫正”平台。杭州市、宁波市先后借鉴。\n"
    runs = [p for p in find_places(text) if p.code]
    assert _own_province_opening(text, 0, 200, runs).ref.name == "浙江省"


def test_a_place_selected_as_a_pilot_of_the_programme_named_just_before():
    text = ("行政许可权改革\n\n2030年，有关部门印发《相对集中行政许可权试点工作方案》。"
            "浙江省湖州市、德清县被确定为国家级试点。\n")
    got = {(f.place, f.mechanism) for f in facts(text, "ADOPTED")}
    assert {("湖州市", "相对集中行政许可权"), ("德清县", "相对集中行政许可权")} <= got
    assert [f.mode for f in facts(text, "ADOPTED") if f.place == "德清县"] == ["试点"]
    # with no programme named before, a bare 试点 names no practice
    assert not facts("行政改革\n\n湖州市被确定为国家级试点。\n", "ADOPTED")


def test_my_city_is_the_city_whose_counties_the_text_names_not_one_of_its_county_level_cities():
    text = ("我市获选全国普法先进城市\n\n日前，我市成功入选全国普法先进城市，同时靖江市还入选全国普法先进县。"
            "兴化市昭阳湖法治文化公园、靖江市法制宣传教育中心、泰兴市普法馆先后落成。"
            "出台了《泰州市领导干部任前法律知识考试制度》。\n")
    got = {(f.holder, f.award) for f in facts(text, "HONOURED")}
    assert ("泰州市", "全国普法先进城市") in got and ("靖江市", "全国普法先进城市") not in got


def test_a_bodys_own_year_summary_is_about_the_bodys_place():
    # a district's justice bureau summing up its year: the district, not the city most places lie in
    text = ("2031年，某湾区司法局坚持以习近平新时代中国特色社会主义思想为指导，为发展提供法治保障。"
            "某湾区在2030年度法治某州建设考评中获评优秀等次。某州市政府督查激励一次。\n"
            "印发依法治区工作要点，开展“谁执法谁普法”履职报告评议。\n")
    from fazhi.loaders.extract.relations import Ref
    from fazhi.loaders.extract.salience import article_place

    lw, gz = "440103", "440100"
    places = [Ref(text.find("某湾区"), text.find("某湾区") + 3, "荔湾区", lw),
              Ref(text.find("某湾区", 40), text.find("某湾区", 40) + 3, "荔湾区", lw),
              Ref(text.find("某州"), text.find("某州") + 2, "广州市", gz),
              Ref(text.find("某州市"), text.find("某州市") + 3, "广州市", gz)]

    class Body:
        start, end, place_code, name = 6, 12, lw, "荔湾区司法局"

    choice = article_place(text, None, places, [Body()])
    assert choice.ref.code == lw and "opening subject" in choice.reason
    # the same body's news about others (近日，…印发) does not make its place the text's own by opening it
    news = "近日" + text[5:]  # 近日，某湾区…
    shift = 3
    moved = [Ref(r.start - shift, r.end - shift, r.name, r.code) for r in places]

    class NewsBody:
        start, end, place_code, name = 3, 9, lw, "荔湾区司法局"

    assert "opening subject" not in article_place(news, None, moved, [NewsBody()]).reason


def test_a_text_ranking_its_place_within_the_province_is_not_the_provinces():
    # the province's committee issues the list and the province names its own programmes, but the text
    # ranks its city among the province's (居全省第二): the city is the text's own
    text = ("近日，中共江西省委全面依法治省委员会发布通报，表扬2030年度法治江西建设优秀单位。\n"
            "优秀：赣州市\n"
            "1. 3个项目入选江西省法治建设成果，居全省第二。\n"
            "2. 赣州市入选全国行政执法协调监督工作体系建设试点。\n"
            "3. 全省最早推行“三色预警”工作法。\n")
    assert _article_place(text) == {"赣州市"}
    # the committee opening the text acts on the city; it does not become the topic of what follows
    got = {(f.place, f.mechanism) for f in facts(text, "ADOPTED")}
    assert ("赣州市", "三色预警") in got and not any(p == "江西省" for p, _ in got)


def test_my_city_that_names_only_its_districts_and_towns_is_their_city():
    # 我市 and a list of districts and towns of one city, which the text never names itself
    text = ("记者日前从市司法局获悉，省司法厅公布了拟命名的第二批省级民主法治示范村名单，我市25个村榜上有名。\n"
            "我市健全完善自治、法治、德治“三治”融合乡村治理体系。\n"
            "平城区振华街道某社区、云冈区和瑞街道泰安里社区、灵丘县武灵镇某社区、浑源县某村入选。\n")
    assert _article_place(text) == {"大同市"}


def test_a_texts_own_title_keeps_its_place_when_it_ranks_a_unit_within_it():
    # a city's own survey (its title) ranking a district within the city stays the city's
    survey = ("潍坊市法治政府建设工作综述\n2030年，寿光市推行“综合查一次”。高新区在全市率先建立“企业合规联络员”制度。\n")
    assert _article_place(survey) == {"潍坊市"}


def test_a_city_named_after_a_bare_level_word_is_the_writers_superior():
    # 我市 in a county-level city's story: 嘉兴市 is listed after 省 among those whose requirements it follows
    text = ("综合体建成\n我市聚焦省、嘉兴市数字化改革总体要求，建成城市法治综合体。我市推行“法治夜市”普法。\n")
    assert "嘉兴市" not in _article_place(text)
    # …but a city listed after its named province is a place like any other
    text = ("综合体建成\n我市聚焦浙江省、嘉兴市数字化改革总体要求，建成城市法治综合体。我市推行“法治夜市”普法。\n")
    assert _article_place(text) == {"嘉兴市"}


def test_a_university_named_for_its_province_does_not_make_the_text_the_provinces():
    text = ("通讯员 某某\n今年以来，县司法局积极打造法治链条。县司法局与浙江大学联合共建研究中心，"
            "邀请浙江大学专家参与讨论。县司法局健全“法治研学链条”。\n")
    assert "浙江省" not in _article_place(text)
    # a province's programme quoted in a county's text is not the county's place either
    text = ("通讯员 某某\n今年以来，县司法局成功创建全省首批“法治浙江（法治政府）示范县”。县委巡察发现问题。"
            "县司法局健全“法治研学链条”。\n")
    assert "浙江省" not in _article_place(text)


def test_a_place_listed_into_a_pilot_adopted_it():
    got = {(f.place, f.mechanism, f.mode) for f in facts("法治新闻\n桐庐县列入全国第二批法治乡村建设试点。\n", "ADOPTED")}
    assert got == {("桐庐县", "法治乡村建设", "试点")}


def test_a_pilot_of_a_word_too_wide_for_a_practice_is_the_pilot_programme():
    got = {(f.place, f.mechanism, f.year) for f in facts("湖北新闻\n2013年，宜都市被确定为全省法治建设试点县。\n", "ADOPTED")}
    assert got == {("宜都市", "法治建设试点", 2013)}


def test_stray_commas_before_other_marks_are_dropped():
    from fazhi.loaders.normalize import drop_stray_commas

    assert drop_stray_commas("唐山市,、石家庄市,,即为第一届,。") == ("唐山市、石家庄市,即为第一届。", 3)
    assert drop_stray_commas("甲市，乙市") == ("甲市，乙市", 0)


def test_a_report_opening_under_its_superiors_lead_is_about_the_place_acting_after_it():
    # the customary lead-in (在…领导下) names superiors and a conjunction (和县委) that is not the county 和县;
    # a province named twice later, in an honour and as a scope, does not take the text from the county
    text = ("2031年，在市委、市政府和县委的坚强领导下，淳安县认真落实各项部署，围绕《规划》和县委部署推进各项工作。"
            "法治浙江建设考核中被评为浙江省法治建设先进单位，是浙江省唯一获此殊荣的县。\n"
            "（一）强化统筹。实行法治督察和党委巡察相结合，全县完成督察12次。\n")
    assert _article_place(text) == {"淳安县"}
    adopted = {(f.place, f.mechanism) for f in facts(text, "ADOPTED")}
    assert ("淳安县", "法治督察") in adopted and not any(p == "浙江省" for p, _ in adopted)
    honoured = {f.holder for f in facts(text, "HONOURED")}
    assert honoured == {"淳安县"}


def test_a_superior_named_in_passing_does_not_carry_into_the_next_paragraph():
    text = ("2031年，宁海县持续推进法治政府建设，全县依法行政水平提升。\n"
            "宁波市在全市通报了相关做法。\n"
            "（一）强化执法监督。推行“柔性执法”工作法，全年执法检查12次。\n")
    adopted = {(f.place, f.mechanism) for f in facts(text, "ADOPTED")}
    assert ("宁海县", "柔性执法") in adopted


def test_a_report_that_names_its_county_only_in_its_programme_is_the_countys():
    # 县委、县政府 speak; the county is named only in 法治安吉建设; its province and city are named in titles
    text = ("2031年以来，在市委市政府和县委的坚强领导下，县政府深入贯彻《浙江省法治政府建设实施纲要》"
            "以及湖州市的工作要求，为全县发展提供法治保障。\n一、主要成效\n"
            "（一）聚力统筹，法治安吉建设再上台阶。县政府常务会议学法12次，县政府法律顾问全覆盖。\n"
            "（二）推行“柔性执法”工作法，全年执法检查12次。\n")
    assert _article_place(text) == {"安吉县"}


def test_a_pilot_in_a_list_of_what_each_city_did_is_the_citys_own():
    text = ("会上，各市晒出成绩单：湖州市探索建立行政复议专员机制、嘉兴市成立法律服务联盟、"
            "台州市入选全国旅游投诉调解与仲裁衔接试点市。\n")
    pilots = {(f.place, f.mechanism) for f in facts(text, "ADOPTED") if (f.mode or "").endswith("试点")}
    assert pilots == {("台州市", "旅游投诉调解与仲裁衔接")}


def test_the_whole_of_the_texts_own_district_acts_not_the_street_named_before():
    text = ("鼓楼区2031年法治政府建设年度报告\n2031年，我区深入推进法治政府建设。华大街道推行“楼栋议事会”，"
            "东街街道打造“法治小院”。全区推行“首违不罚”。\n")
    adopted = {(f.place, f.mechanism) for f in facts(text, "ADOPTED")}
    assert ("鼓楼区", "首违不罚") in adopted and ("华大街道", "楼栋议事会") in adopted


def test_a_programme_the_text_learned_from_is_not_its_own():
    text = ("2031年法治政府建设情况报告\n今年以来，县委、县政府高度重视法治建设，全县推行“柔性执法”。"
            "组织赴湖州市学习法治德清建设经验。法治安吉建设再上台阶，县政府常务会议学法12次。\n")
    assert _article_place(text) == {"安吉县"}


def test_the_whole_of_the_texts_own_city_in_a_later_clause_is_the_city():
    text = ("兰州市打造综治中心规范化建设样板\n兰州市委政法委推进综治中心建设，兰州市司法局推行“柔性执法”。"
            "甘肃省全面推进综治中心规范化建设，各地成效明显。数据见证成效，今年以来，全市通过“三调对接”机制化解纠纷6万余件。\n")
    adopted = {(f.place, f.mechanism) for f in facts(text, "ADOPTED")}
    assert ("兰州市", "三调对接") in adopted and not any(p == "甘肃省" for p, _ in adopted)


def test_places_opening_a_pilot_taken_as_the_occasion_pilot_it():
    pilots = {(f.place, f.mechanism) for f in facts(
        "2031年，江北区以慈城镇、庄桥街道乡镇(街道)法治化综合改革试点为契机，推进合法性审查全覆盖。", "ADOPTED")
        if (f.mode or "").endswith("试点")}
    assert pilots == {("慈城镇", "乡镇(街道)法治化综合改革"), ("庄桥街道", "乡镇(街道)法治化综合改革")}
    # a province opening the occasion names the programme; the place acting pilots it
    pilots = {(f.place, f.mechanism) for f in facts(
        "近年来，眉山市东坡区扎实抓好以四川省全面依法治区示范试点为牵引的法治建设。", "ADOPTED")
        if (f.mode or "").endswith("试点")}
    assert pilots == {("东坡区", "全面依法治区示范")}


def test_the_whole_city_before_a_first_cue_is_its_scope_not_its_actor():
    text = "宁波市2031年法治政府建设情况报告\n北仑区探索“涉企执法监督码”，全市首创“执法监督一码通”。\n"
    assert {(f.place, f.mechanism) for f in facts(text, "PIONEERED")} == {("北仑区", "执法监督一码通")}


def test_the_verb_of_selection_is_no_part_of_an_occasions_pilot():
    pilots = {(f.place, f.mechanism) for f in facts(
        "2031年，鄞州区以姜山镇成功入选全国乡村治理体系建设试点为契机，完善村规民约。", "ADOPTED")
        if f.rule == "adopt.pilot.occasion"}
    assert pilots == {("姜山镇", "乡村治理体系")}


def test_places_a_practice_is_first_tried_in_pilot_what_the_sentence_adopts():
    text = "哈尔滨市以道里区、宾县为试点，推行“码上诚信”改革。\n"
    got = {(f.place, f.mechanism, f.mode) for f in facts(text, "ADOPTED")}
    assert {("道里区", "码上诚信", "试点"), ("宾县", "码上诚信", "试点")} <= got
    assert ("哈尔滨市", "码上诚信") in {(p, m) for p, m, _ in got}  # the city that runs the pilots adopts it
    # an item the gazetteer does not know (an abbreviation) is passed over, the places around it stay
    text = "哈尔滨市以哈尔滨新区、哈某区为试点，推行“信用代证”改革。\n"
    assert {f.place for f in facts(text, "ADOPTED") if f.mode == "试点"} == {"哈尔滨新区"}


def test_a_clause_without_subject_after_a_semicolon_goes_on_about_the_body_honoured_before_it():
    text = ("2022年，开封市司法局推进各项工作。\n"
            "市司法局被司法部表彰为全国普法工作先进单位；被省司法厅表彰为全省司法行政系统先进集体。\n")
    got = [(f.holder, f.award) for f in facts(text, "HONOURED")]
    assert [h for h, _ in got] == ["开封市司法局", "开封市司法局"]


def test_a_practice_piloted_in_listed_places_with_shi_dian_as_the_verb():
    text = "今年，高密市在醴泉街道、夏庄镇等4个镇街试点“镇街法治指导员”制度，由市司法局选派骨干。\n"
    got = {(f.place, f.mechanism, f.mode) for f in facts(text, "ADOPTED")}
    assert {("醴泉街道", "镇街法治指导员", "试点"), ("夏庄镇", "镇街法治指导员", "试点")} <= got
    # the name ends at the clause: what follows a comma is no part of it
    text = "监督码系统在龙华区、光明区试点上线,应用企业已超一万家。\n"
    assert not [f for f in facts(text, "ADOPTED") if "企业" in (f.mechanism or "")]


def test_a_year_inside_an_honours_name_dates_neither_it_nor_what_follows():
    text = ("2022年，开封市司法局在市委、市政府的坚强领导下，全面推进法治政府建设，各项工作取得新成效。\n"
            "市司法局被司法部表彰为全国司法行政机关2021年国家统一法律职业资格考试工作表现突出单位；"
            "被省司法厅表彰为全省司法行政系统先进集体。市律师协会获全省公益法律服务行动成绩突出集体。\n")
    got = {f.award: f.year for f in facts(text, "HONOURED")}
    assert set(got.values()) == {2022}  # the summary's year, not the exam's
    # but right after the verb the year opens the name and dates the honour
    (f,) = facts("2023年，嘉兴市司法局获评2021年全国普法工作先进单位。\n", "HONOURED")
    assert f.year == 2021


def test_a_clause_that_only_names_a_place_makes_it_the_actor_of_the_clauses_after_it():
    text = "霞浦县是我省海洋渔业大县，特别是养殖面积最大的溪南镇，因地制宜打造新时代“海上枫桥”经验。\n"
    assert [(f.place, f.mechanism) for f in facts(text, "ADOPTED")] == [("溪南镇", "海上枫桥")]


def test_review_years_after_other_verbs_of_winning_stay_the_statements():
    (f,) = facts("宁波市镇海区2021年成功创成全省法治政府建设示范区。\n", "NAMED_DEMONSTRATION_CITY")
    assert f.year == 2021
    (c,) = facts("据悉，镇海区2022年入围全国法治政府建设示范区。\n", "CANDIDATE")
    assert (c.year, c.batch) == (2022, 2)


def test_review_what_follows_shi_dian_is_a_practice_only_with_a_practices_head():
    for text in ("在镇海区、北仑区试点运行一年来，成效明显。\n", "在镇海区、北仑区试点过程中发现，问题不少。\n",
                 "在镇海区和北仑区试点三个月后，全市推行说理式执法。\n"):
        assert not [f for f in facts(text, "ADOPTED") if f.mode == "试点"], text


def test_review_pilot_sites_pilot_only_what_is_named_after_them():
    text = "宁波市全面推行说理式执法，同时以镇海区、北仑区为试点，探索非现场监管。\n"
    piloted = {(f.place, f.mechanism) for f in facts(text, "ADOPTED") if f.mode == "试点"}
    assert piloted == {("镇海区", "非现场监管"), ("北仑区", "非现场监管")}
    # a place whose name holds 和 is one item of the list
    text = "2023年，天津市以和平区、河西区为试点，推行“说理式执法”。\n"
    assert {f.place for f in facts(text, "ADOPTED") if f.mode == "试点"} == {"和平区", "河西区"}


def test_review_a_place_the_clause_acts_on_is_no_topic():
    for text in ("2023年，宁波市司法局深入走访企业最多的北仑区，推行“首违不罚”清单制度。\n",
                 "2023年，杭州市推行说理式执法，重点聚焦矛盾纠纷最多的滨江区，全面推行“首违不罚”。\n"):
        assert {f.place for f in facts(text, "ADOPTED")} <= {"宁波市", "杭州市"}, text


def test_review_the_body_holds_on_through_every_semicolon():
    text = ("宁波市司法局被司法部表彰为全国司法行政系统先进集体；被浙江省司法厅表彰为全省法治宣传教育先进单位；"
            "被浙江省司法厅表彰为全省人民调解工作先进集体。\n")
    assert {f.holder for f in facts(text, "HONOURED")} == {"宁波市司法局"}


def test_a_run_of_places_opening_the_text_makes_its_most_specific_place_the_actor_over_a_superiors_programme():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = ("湖北省襄阳市紧紧围绕建设“四个襄阳”战略任务，把法治城市建设作为重要举措。市委、市政府印发了《襄阳市法治城市建设总体方案》。"
            "市委、市政府成立了法治城市建设领导小组。前不久，该市被省委、省政府确定为法治湖北建设试点城市。\n")
    facts = [f for f in extract(document_from_text(text)) if f.type == "ADOPTED"]
    assert facts and all(f.place == "襄阳市" and f.article_place.startswith("襄阳市") for f in facts)


def test_a_practice_named_before_the_places_it_is_tried_in():
    # (a list with an item the gazetteer does not hold, 大鹏新区, is read item by item)
    text = "深圳市2031年法治政府建设年度报告\n2031年8月，“扫码入企”系统在龙华区、光明区、坪山区和大鹏新区试点上线。\n"
    got = {(f.place, f.mechanism, f.mode) for f in facts(text, "ADOPTED") if f.mode == "试点"}
    assert {(p, "扫码入企", "试点") for p in ("龙华区", "光明区", "坪山区")} <= got


def test_places_a_verb_picks_as_pilots_of_a_quoted_practice():
    text = "深圳市2031年法治政府建设年度报告\n2031年，选取宝安区、龙岗区作为“首违不罚”试点。\n"
    got = {(f.place, f.mechanism, f.mode) for f in facts(text, "ADOPTED")}
    assert got == {("宝安区", "首违不罚", "试点"), ("龙岗区", "首违不罚", "试点")}


def test_a_place_pointed_back_to_by_its_kind_is_the_last_of_that_kind_named():
    text = ("南安市法治建设成效\n2031年，南安市官桥镇成功入选全国乡村治理示范乡镇，该镇“一村一法律顾问”经验被福建省司法厅在全省推广。\n")
    got = {(f.place, f.body) for f in facts(text, "PROMOTED_BY")}
    assert got == {("官桥镇", "福建省司法厅")}
    # 该市场 is a market, not a city pointed back to
    from fazhi.loaders.extract.article import _POINTED_BACK
    assert _POINTED_BACK.search("该市场监管局") is None and _POINTED_BACK.search("该镇") is not None


def test_a_project_of_a_place_pointed_back_to_is_the_quote_named_last_before_it():
    text = ("泉州市法治建设巡礼\n2031年，泉州市成功创建第三批全国法治政府建设示范市。\n"
            "近年来，晋江市推出“法治体检”等服务举措。这也是该市项目此次获评全国示范项目的关键所在。\n")
    got = {(f.place, f.project) for f in facts(text, "NAMED_DEMONSTRATION_PROJECT")}
    assert ("晋江市", "法治体检") in got


def test_towns_listed_by_short_names_sharing_their_level_are_the_pilots():
    text = ("灵璧县综合执法改革纪实\n2031年，灵璧县选择班子坚强有力，有一定执法经验的渔沟、下楼、娄庄三个镇，"
            "进行综合行政执法改革试点。\n")
    got = {f.place for f in facts(text, "ADOPTED") if f.mode == "试点"}
    assert got == {"渔沟镇", "下楼镇", "娄庄镇"}
    # names that are no units of the article's place make no list
    text = "灵璧县综合执法改革纪实\n2031年，灵璧县选择东城、西城两个镇，进行综合行政执法改革试点。\n"
    assert not {f.place for f in facts(text, "ADOPTED") if f.mode == "试点"}


def test_review_round_24b_a_place_pointed_back_to_is_no_listed_one_nor_one_inside_a_title_or_a_body():
    text = ("泉州市入选第三批全国法治政府建设示范市\n日前，第三批名单公布，泉州市与福州市、厦门市一同入选。\n"
            "近年来，该市创新推出“法治体检”服务，相关经验被司法部在全国推广。\n")
    assert {f.place for f in facts(text, "ADOPTED")} == {"泉州市"}
    text = ("南安市法治政府建设成效显著\n南安市认真贯彻《泉州市优化营商环境条例》，全力打造法治化营商环境。"
            "2031年，该市推出“法治体检”服务。\n")
    assert {f.place for f in facts(text, "ADOPTED")} == {"南安市"}
    text = ("南安市法治政府建设成效显著\n2031年，南安市被泉州市委全面依法治市委员会办公室确定为示范点。该市创新推出“法治夜市”。\n")
    assert {f.place for f in facts(text, "ADOPTED")} == {"南安市"}
    # 应该 is no 该
    from fazhi.loaders.extract.article import _POINTED_BACK
    assert _POINTED_BACK.search("应该区分情节轻重") is None
    # a word after the kind decides: 该市民营经济, 该县长期 point back; 该区块链, 该市民 do not
    assert _POINTED_BACK.search("该市民营经济") and _POINTED_BACK.search("该县长期以来")
    assert _POINTED_BACK.search("该区块链平台") is None and _POINTED_BACK.search("该市民反映") is None


def test_review_round_24b_short_named_pilots_with_etc_a_quote_alone_and_towns_of_the_county_named():
    text = "北京市2031年法治政府建设年度报告\n在朝阳、海淀等4个区推行行政执法公示制度试点。\n"
    assert "朝阳区" in {f.place for f in facts(text, "ADOPTED") if f.mode == "试点"}
    text = "灵璧县2031年法治政府建设年度报告\n2031年，灵璧县选择渔沟、下楼两个镇，进行“一支队伍管执法”试点。\n"
    assert {f.place for f in facts(text, "ADOPTED") if f.mode == "试点"} == {"渔沟镇", "下楼镇"}
    text = "泉州市综合执法改革纪实\n2031年，南安市选择官桥、水头两个镇，开展综合行政执法改革试点。\n"
    got = {(f.place, f.parent) for f in facts(text, "ADOPTED") if f.mode == "试点"}
    assert got == {("官桥镇", "南安市"), ("水头镇", "南安市")}  # the county named, not a town of that name elsewhere


def test_review_round_24b_a_pointed_back_places_project_is_no_quote_of_another_place_nor_a_campaign():
    text = ("泉州市法治建设巡礼\n2031年，泉州市成功创建第三批全国法治政府建设示范市。\n"
            "近年来，泉州市推出“法治夜市”。晋江市深入开展“法治进企业”专项活动。这也是该市项目此次获评全国示范项目的关键所在。\n")
    got = {(f.place, f.project) for f in facts(text, "NAMED_DEMONSTRATION_PROJECT")}
    assert ("晋江市", "法治夜市") not in got and ("晋江市", "法治进企业") not in got


def test_short_named_pilots_of_mixed_towns_and_townships():
    text = "灵璧县综合执法改革纪实\n2031年，灵璧县选择渔沟、下楼、娄庄三个乡镇，开展综合行政执法改革试点。\n"
    assert {f.place for f in facts(text, "ADOPTED") if f.mode == "试点"} == {"渔沟镇", "下楼镇", "娄庄镇"}
