"""Place mentions on sentences written for these tests."""
import spacy

from fazhi.loaders.extract.gazetteer import Gazetteer
from fazhi.loaders.extract.places import find_places


def resolved(text, context=()):
    return [(p.surface, p.code) for p in find_places(text, context)]


def test_prefecture_short_form():
    assert resolved("烟台获评示范市") == [("烟台", "370600")]


def test_common_words_are_not_places():
    assert resolved("资源共享，公安机关，平安建设，和平发展，合作共赢") == []
    assert resolved("推动省、市和县级部门联动，提高县域治理水平") == []  # 和县, 高县 are counties too
    assert resolved("建设超大城市，改善主城区环境") == []


def test_same_name_district_needs_context():
    (p,) = find_places("朝阳区开展普法")
    assert p.code is None and {"110105", "220104"} <= set(p.codes)
    assert resolved("北京市朝阳区开展普法")[-1] == ("朝阳区", "110105")
    assert resolved("长春市朝阳区开展普法")[-1] == ("朝阳区", "220104")
    assert resolved("北京市召开会议。朝阳区开展普法。")[-1] == ("朝阳区", "110105")
    # both cities named: only the adjacent one decides
    assert resolved("北京市、长春市代表参会。朝阳区开展普法。")[-1] == ("朝阳区", None)


def test_caller_context_decides():
    assert resolved("朝阳区开展普法", context=("220100",)) == [("朝阳区", "220104")]


def test_county_short_form_needs_confirmation():
    assert resolved("常熟坚持依法行政") == []
    assert ("常熟", "320581") in resolved("常熟市印发方案。常熟坚持依法行政")
    assert resolved("江苏苏州常熟") == [("江苏", "320000"), ("苏州", "320500"), ("常熟", "320581")]
    # its province named elsewhere is not enough (市长武… is not 长武县)
    assert resolved("陕西召开会议。\n定西市市长武某讲话") == [("陕西", "610000"), ("定西市", "621100")]


def test_unit_word_after_county_stem():
    assert resolved("原吴江市并入苏州") == [("吴江市", "320509"), ("苏州", "320500")]


def test_compound_names_each_a_mention():
    assert resolved("江苏省苏州市常熟市") == [("江苏省", "320000"), ("苏州市", "320500"), ("常熟市", "320581")]
    assert Gazetteer.default().parent_name("320581") == "苏州市"


def test_province_administered_city_and_xpcc():
    assert resolved("石河子市推进依法行政") == [("石河子市", "659001")]
    assert Gazetteer.default().get("659001").parent == "650000"
    assert resolved("新疆兵团第八师推进依法行政")[0][1] == "659001"
    assert resolved("第八师团结奋进") == []  # no Corps in sight: an army division


def test_autonomous_prefecture_short_form():
    assert resolved("黔南州推行")[0][1] == "522700"
    assert Gazetteer.default().display_name("522700") == "黔南布依族苗族自治州"


def test_towns_by_full_name_only():
    assert resolved("上海市黄浦区半淞园路街道")[-1] == ("半淞园路街道", "310101015")
    assert resolved("加强建设，推动发展，服务人民") == []


def test_same_name_town_decided_by_nearest_unit():
    # 长安镇 exists in many counties; the doc's most specific named unit decides
    (town,) = [p for p in find_places("东莞市出台清单。长安镇率先落实") if p.surface == "长安镇"]
    assert town.code.startswith("441900") and len(town.codes) > 1


def test_development_zone():
    ((surface, code),) = resolved("成都高新区发布清单")
    div = Gazetteer.default().get(code)
    assert (div.name, div.parent, div.level_name) == ("成都高新区", "510100", "zone")
    assert Gazetteer.default().parent_name(code) == "成都市"


def test_component_spans():
    import fazhi.loaders.extract.places  # noqa: F401

    nlp = spacy.blank("zh")
    nlp.add_pipe("fazhi_places")
    doc = nlp.make_doc("朝阳区开展普法")
    doc.user_data["context_codes"] = ["110000"]
    doc = nlp.get_pipe("fazhi_places")(doc)
    (s,) = doc.spans["places"]
    assert (s.text, s.label_, s.kb_id_) == ("朝阳区", "Place", "110105") and "220104" in s._.place_codes
    doc = nlp("朝阳区开展普法")
    assert doc.spans["places"][0].kb_id_ == ""


def test_a_villages_own_name_may_hold_jie_but_not_jiedao():
    from fazhi.loaders.extract.places import VILLAGE

    assert VILLAGE.search("洪雅县止戈镇止火街社区").group(1) == "止火街社区"
    assert VILLAGE.search("东丽区万新街道香邑花园社区").group(1) == "香邑花园社区"


def test_a_two_character_county_named_twice_in_a_text_about_its_county_is_a_place():
    text = "全力打造平安道县、法治道县。2020年，道县获评为全省平安建设先进县，全县政法干警…"
    assert "道县" in [s for s, _ in resolved(text)]
    # named once, or in a text that speaks of no county of its own, it stays a word
    assert "道县" not in [s for s, _ in resolved("走访道县一次。全县…")]
    assert "道县" not in [s for s, _ in resolved("平安道县、法治道县。")]


def test_a_short_name_listed_right_after_its_sibling_is_a_place():
    got = [s for s, _ in resolved("2031年首次开评县级全国文明城市，湖北宜都、大冶当选。")]
    assert got == ["湖北", "宜都", "大冶"]
    # alone, with no sibling or ancestor before it, the county stem stays a word
    assert "大冶" not in [s for s, _ in resolved("大冶上榜。")]


def test_a_villages_own_name_may_hold_shi_after_its_first_character():
    from fazhi.loaders.extract.places import VILLAGE

    assert VILLAGE.fullmatch("常乐镇拱市村").group(1) == "拱市村"
    assert VILLAGE.fullmatch("新市社区").group(1) == "新市社区"
    assert VILLAGE.fullmatch("市东村") is None  # 市 first ends a city's name, it begins no village


def test_an_autonomous_county_by_its_everyday_name_alone():
    # the only 墨江 county in the country, written with its unit word: no prefecture needs naming
    assert resolved("墨江县在全省率先建立")[0][1] == "530822"
    # a plain county's short form alone stays a candidate only (长武县 needs its parent in sight)
    assert not [r for r in resolved("长武推行") if r[1]]


def test_a_place_name_inside_a_towns_community_name_is_no_place():
    text = "云冈区和瑞街道泰安里社区、口泉乡上窝寨村入选。"
    names = [p.surface for p in find_places(text)]
    assert "泰安" not in names and "和瑞街道" in names
    assert "泰安" in [p.surface for p in find_places("泰安市推行某制度，泰安里程碑式的一年。")]


def test_a_street_named_alone_in_another_province_than_the_texts_counties_is_no_place():
    from fazhi.loaders.extract.places import find_places

    got = [p.surface for p in find_places("徐汇区开展评选，枫林街道司法所申报的项目获评优秀项目。")]
    assert "枫林街道" not in got and "徐汇区" in got
    # with no county of another province in the text, the street is kept
    assert "枫林街道" in [p.surface for p in find_places("枫林街道开展普法宣传活动。")]


def test_a_counties_short_name_before_its_own_organ_is_that_county():
    assert resolved("凌海法院全力推进强基工程。") == [("凌海", "210781")]  # 凌海市
    assert resolved("秀英法院创新调解工作法。") == [("秀英", "460105")]  # 海口市秀英区


def test_he_county_joined_by_a_conjunction_is_not_the_county():
    # 和 joins the county's organs to its superiors' (市政府和县委), or to a title (《纲要》和县委)
    assert resolved("在市委、市政府和县委的领导下，全县推进依法行政，全县上下齐心") == []
    assert resolved("围绕《纲要》和县委部署，全县推进依法行政，县委专题研究") == []
    # …but after its own city, or standing alone before its organs, it is the county
    assert ("和县", "340523") in resolved("马鞍山市和县人民政府印发方案")
    assert ("和县", "340523") in resolved("和县人民政府印发方案")


def test_a_two_character_county_inside_a_common_word_is_no_place():
    # 示范县 holds 范县, 莅临县司法局 holds 临县, 形成县乡两级 holds 成县: the text names none of them
    text = "全县争创法治政府建设示范县，省厅领导莅临县司法局指导，形成县乡两级联动，全县上下齐心。"
    assert resolved(text) == []
    assert ("范县", "410926") in resolved("濮阳市范县人民政府印发方案")


def test_he_county_after_a_preposition_is_the_county():
    assert ("和县", "340523") in resolved("近日，省司法厅领导赴和县司法局调研。")
    assert ("和县", "340523") in resolved("经和县人民政府批准，方案印发。")


def test_a_programme_named_for_a_city_keeps_its_city():
    assert ("宁波", "330200") in resolved("坚持推进平安宁波建设")


def test_a_district_name_shared_with_an_abolished_one_is_todays_without_context():
    assert resolved("江北区人民政府关于2031年法治政府建设情况的报告") == [("江北区", "330205")]
    assert resolved("重庆市江北区推行") == [("重庆市", "500000"), ("江北区", "500105")]
