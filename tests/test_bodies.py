"""Body mentions: <place><organ> and central bodies with aliases."""
import spacy

from fazhi.loaders.extract.bodies import canonical_body, find_bodies


def test_local_body_links_to_its_place():
    (b,) = find_bodies("烟台市司法局印发通知")
    assert (b.name, b.place_code) == ("烟台市司法局", "370600")
    (b,) = find_bodies("烟台司法局印发通知")
    assert b.name == "烟台市司法局"  # canonical uses the official place name
    (b,) = find_bodies("慈溪市人大常委会开展监督")
    assert (b.name, b.place_code) == ("慈溪市人大常委会", "330282")


def test_a_discipline_commission_spelled_out_is_a_body():
    assert [b.name for b in find_bodies("授予桐庐县纪律检查委员会等13个单位")] == ["桐庐县纪律检查委员会"]
    assert [b.name for b in find_bodies("桐庐县监察委员会召开会议")] == ["桐庐县监察委员会"]


def test_party_committee_prefix():
    (b,) = find_bodies("浙江省委全面依法治省委员会办公室召开会议")
    assert (b.name, b.place_code) == ("浙江省委全面依法治省委员会办公室", "330000")
    assert [x.name for x in find_bodies("苏州市委托第三方评估")] == []


def test_body_on_ambiguous_place_keeps_no_code():
    (b,) = find_bodies("朝阳区人民法院审理")
    assert (b.name, b.place_code) == ("朝阳区人民法院", None)


def test_central_bodies_and_aliases():
    assert canonical_body("中央依法治国办") == "中央全面依法治国委员会办公室"
    assert canonical_body("国家发改委") == canonical_body("国家发展改革委") == "国家发展和改革委员会"
    assert canonical_body("国办") == "国务院办公厅"
    assert canonical_body("烟台司法局") == "烟台市司法局"
    (b,) = find_bodies("中央依法治国办予以推广")
    assert (b.name, b.place_code) == ("中央全面依法治国委员会办公室", None)
    assert find_bodies("在全国办理案件") == []
    # the party committee's general office is a body of its own, not the committee and a stray word
    assert [b.name for b in find_bodies("经验被浙江省委办公厅写入")] == ["浙江省委办公厅"]


def test_components_on_one_doc():
    import fazhi.loaders.extract.bodies  # noqa: F401
    import fazhi.loaders.extract.places  # noqa: F401

    nlp = spacy.blank("zh")
    nlp.add_pipe("fazhi_places")
    nlp.add_pipe("fazhi_bodies")
    doc = nlp("中央依法治国办对黔南州司法局的做法予以推广")
    assert [s.kb_id_ for s in doc.spans["places"]] == ["522700"]
    assert [(s.kb_id_, s._.place_code) for s in doc.spans["bodies"]] == [
        ("中央全面依法治国委员会办公室", None), ("黔南布依族苗族自治州司法局", "522700")]


def test_institutions_after_a_place_are_bodies():
    # heads in institution_heads.txt: not organs, but holders of honours all the same
    got = {b.name: b for b in find_bodies("桐庐县法律援助中心和分水镇人民调解委员会都受到表彰")}
    assert "桐庐县法律援助中心" in got
    # a town's institution keeps its county, so two towns of one name stay two bodies
    assert "桐庐县分水镇人民调解委员会" in got
    assert got["桐庐县分水镇人民调解委员会"].place_code.startswith("330122")


def test_an_institution_under_a_village_keeps_the_village():
    (b,) = find_bodies("桐庐县分水镇新龙村人民调解委员会")
    assert b.name == "桐庐县分水镇新龙村人民调解委员会" and b.start == 0


def test_words_between_place_and_head_do_not_make_an_institution_in_prose():
    # only a list line may carry modifiers (honour_lists.py); in prose they could be a clause
    assert not find_bodies("桐庐县推进医疗纠纷人民调解委员会建设")


def test_an_organs_town_unit_is_a_body_of_its_own():
    got = [b.name for b in find_bodies("桐庐县司法局分水司法所、建德市司法局梅城司法所荣获“全国模范司法所”称号")]
    assert got == ["桐庐县司法局分水司法所", "建德市司法局梅城司法所"]


def test_a_verb_after_the_organ_is_no_unit_name():
    assert [b.name for b in find_bodies("桐庐县司法局指导各司法所规范调解")] == ["桐庐县司法局"]
    assert [b.name for b in find_bodies("桐庐县司法局推进司法所建设")] == ["桐庐县司法局"]


def test_a_town_office_named_by_the_towns_short_name_when_its_county_is_in_sight():
    # 石马(镇) is a town of the county named before; the office is that town's
    got = [b.name for b in find_bodies("兴宁市司法工作会议召开。石马司法所被评为先进")]
    assert "兴宁市石马司法所" in got
    # no county of such a town in the text: the short name guesses nothing
    assert not [b for b in find_bodies("石马司法所被评为先进") if b.name.endswith("司法所")]


def test_a_places_organs_of_one_kind_taken_together_are_a_body():
    assert [b.name for b in find_bodies("福建省公安机关总结推广经验")] == ["福建省公安机关"]
    assert [b.name for b in find_bodies("北京市检察机关实施数字化转型")] == ["北京市检察机关"]


def test_a_governments_legal_affairs_office_is_one_body_however_it_is_written():
    for text in ("梧州市法制办获奖", "梧州市法制办公室获奖", "梧州市政府法制办获奖", "梧州市人民政府法制办公室获奖"):
        assert [b.name for b in find_bodies(text)] == ["梧州市人民政府法制办公室"], text


def test_a_county_named_beside_its_towns_office_confirms_both():
    # 芗城 alone is too weak a place, 巷口 alone too; side by side they name one office, named alone after
    # (placed in the town it serves, 巷口街道, under the county: what it runs is the town's, as annotators read it)
    got = [(b.name, b.surface, b.place_code) for b in find_bodies("仪式在芗城巷口派出所举行。巷口派出所获命名")]
    assert got == [("芗城区巷口派出所", "芗城巷口派出所", "350602004"), ("芗城区巷口派出所", "巷口派出所", "350602004")]


def test_a_town_office_whose_short_name_opens_like_a_word_needs_the_town_named_in_full():
    # 下 opens 下属/下辖, so 下党派出所 is 下党乡's office only once the text names 下党乡 itself
    got = [(b.name, b.place_code) for b in find_bodies("有个寿宁县下党乡。下党派出所积极探索。下属派出所")]
    assert got == [("寿宁县下党派出所", "350924209")]
    assert not [b for b in find_bodies("寿宁县召开会议。下党派出所积极探索。") if b.name.endswith("派出所")]


def test_a_street_office_the_division_list_does_not_name_is_placed_in_the_county_before_it():
    text = "其中，徐汇区虹梅街道司法所申报的项目获评示范项目，枫林街道司法所申报的项目获评优秀项目。"
    got = [(b.name, b.place_code) for b in find_bodies(text)]
    assert ("徐汇区虹梅街道司法所", "310104") in got and ("徐汇区枫林街道司法所", "310104") in got
    # without a county named before it in its paragraph, it is no body: its place cannot be told
    assert not any(b.name.endswith("虹梅街道司法所") for b in find_bodies("虹梅街道司法所开展普法活动。"))


def test_a_special_court_named_for_its_city_is_a_body():
    (b,) = find_bodies("杭州互联网法院获评全国模范法院")
    assert (b.name, b.place_code) == ("杭州互联网法院", "330100")


def test_the_rule_of_law_committees_and_the_government_service_office_are_bodies_whole():
    from fazhi.loaders.extract.bodies import find_bodies

    for name in ("江西省委全面依法治省委员会", "郑州市政务服务办公室", "河南省法治建设领导小组办公室"):
        assert [(b.start, b.end) for b in find_bodies(name)] == [(0, len(name))], name


def test_a_branch_of_an_organ_and_its_unit_keep_the_whole_chain():
    # the branch is named after the district it serves; its police station keeps the chain as written
    (b,) = find_bodies("嘉兴市公安局南湖分局新嘉派出所荣获称号")
    assert (b.name, b.place_code) == ("嘉兴市公安局南湖分局新嘉派出所", "330402")
    (b,) = find_bodies("绍兴市生态环境局上虞分局开展执法")
    assert (b.name, b.place_code) == ("绍兴市生态环境局上虞分局", "330604")
    # a quantifier or a verb after the organ names no branch
    assert [x.name for x in find_bodies("杭州市公安局各分局开展执法")] == ["杭州市公安局"]


def test_a_verb_and_a_quantifier_before_a_branch_name_no_unit():
    assert [x.name for x in find_bodies("杭州市公安局要求各分局加强执法")] == ["杭州市公安局"]


def test_an_arbitration_commission_said_short_is_one_body():
    assert [b.name for b in find_bodies("重庆仲裁委连续十年获评全国十佳仲裁机构")] == ["重庆市仲裁委员会"]


def test_a_law_enforcement_corps_and_its_squads_are_bodies_named_whole():
    from fazhi.loaders.extract.bodies import find_bodies

    got = [b.name for b in find_bodies("湖州市交通运输行政执法队南浔大队入选交通运输部基层执法联系点")]
    assert got[0] == "湖州市交通运输行政执法队南浔大队"
    assert [b.name for b in find_bodies("嘉兴市综合行政执法支队第二大队获评先进集体")] == ["嘉兴市综合行政执法支队第二大队"]


def test_the_corps_of_comprehensive_law_enforcement_by_field_are_bodies():
    from fazhi.loaders.extract.bodies import find_bodies

    assert [b.name for b in find_bodies("湖州市市场监管综合行政执法支队被评为先进集体")] == ["湖州市市场监管综合行政执法支队"]
