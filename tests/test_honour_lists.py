"""The layout-level list reader (honour_lists.py) on documents written for these tests."""
from fazhi.loaders import document_from_text
from fazhi.loaders.extract import extract


def facts(text, typ):
    return [f for f in extract(document_from_text(text)) if f.type == typ]


def test_holders_one_per_line_under_an_honour_heading():
    text = ("关于表扬2023年度依法行政工作先进集体的通报\n"
            "各区县人民政府，市政府各部门：\n"
            "2023年，全市各级各部门认真贯彻落实市委、市政府决策部署，依法行政水平不断提升。经研究，决定对以下单位予以通报表扬。\n"
            "2023年度依法行政工作先进集体名单\n"
            "市司法局\n"
            "市市场监管局\n"
            "嘉善县人民政府\n"
            "希望受到表扬的单位珍惜荣誉，再接再厉，为法治建设作出新的更大贡献。\n")
    got = {(f.holder, f.award) for f in facts(text, "HONOURED")}
    assert ("嘉善县人民政府", "依法行政工作先进集体") in got
    assert len(got) == 3
    # 市市场监管局 is the body's short name: the official one is kept
    assert any(h.endswith("市场监督管理局") for h, _ in got)


def test_a_list_put_out_for_comment_names_candidates_of_its_own_award():
    text = ("关于全省守法普法示范县拟命名名单的公示\n"
            "经各地推荐、省级评审，确定了首批“全省守法普法示范县”拟命名名单，现将名单公示如下。\n"
            "公示时间：2024年5月6日至5月12日\n"
            "浙江省杭州市余杭区\n"
            "浙江省嘉兴市嘉善县\n"
            "浙江省丽水市青田县\n")
    got = {(f.place, f.award) for f in facts(text, "CANDIDATE")}
    assert got == {("余杭区", "全省守法普法示范县"), ("嘉善县", "全省守法普法示范县"),
                   ("青田县", "全省守法普法示范县")}
    assert not facts(text, "HONOURED")


def test_a_signature_above_a_list_is_not_a_member():
    text = ("为体现公开、公平、公正，现将“全国民主法治示范村（社区）”拟命名名单公示如下，接受社会监督。\n"
            "司法部\n"
            "2025年3月1日\n"
            "湖北省荆州市荆州区马山镇\n")
    holders = {f.place for f in facts(text, "CANDIDATE")}
    assert "司法部" not in holders and "马山镇" in holders


def test_project_titles_under_their_holders_are_no_adoptions():
    text = ("第九届“法治政府奖”获奖名单\n"
            "杭州市余杭区人民政府\n"
            "推行“免申即享”惠企政策直达机制\n"
            "深圳市福田区司法局\n"
            "打造“福田模式”基层法治服务体系\n")
    assert {f.holder for f in facts(text, "HONOURED")} == {"余杭区人民政府", "福田区司法局"}
    assert not facts(text, "ADOPTED")


def test_prose_enumeration_after_the_honour():
    text = ("近日，第九批“全国民主法治示范村（社区）”名单公布，其中，荆州市有2个镇上榜，"
            "分别为湖北省荆州市荆州区马山镇、湖北省荆州市江陵县沙岗镇。\n")
    got = {(f.place, f.award) for f in facts(text, "HONOURED")}
    assert ("马山镇", "全国民主法治示范村（社区）") in got or ("马山镇", "全国民主法治示范村") in got
    assert {p for p, _ in got} == {"马山镇", "沙岗镇"}


def test_prose_honour_list_of_other_programmes():
    text = "近年来，义乌市先后获评全国文明城市、全国平安建设先进县、“全国法治政府建设示范市”等称号。\n"
    awards = {f.award for f in facts(text, "HONOURED")}
    assert {"全国文明城市", "全国平安建设先进县"} <= awards
    assert {f.place for f in facts(text, "NAMED_DEMONSTRATION_CITY")} == {"义乌市"}


def test_holders_after_a_colon_and_roles_that_look_like_honours():
    text = ("经研究，决定授予以下单位“全省法治建设先进单位”称号：杭州市余杭区人民政府、嘉善县司法局、丽水市。\n"
            "推行“综合查一次”。（责任单位：区司法局、区市场监管局）\n")
    got = {(f.holder, f.award) for f in facts(text, "HONOURED")}
    assert got == {("余杭区人民政府", "全省法治建设先进单位"), ("嘉善县司法局", "全省法治建设先进单位"),
                   ("丽水市", "全省法治建设先进单位")}


def test_villages_listed_by_county_groups_take_the_county_of_the_item_before():
    text = ("经过逐级评选、严格审核、社会公示，省司法厅公布了拟命名的第二批省级民主法治示范村（社区）名单。\n"
            "我市入选第二批省级民主法治示范村（社区）的分别是：平城区振华街道新世纪社区、永泰街道凯德世家社区；阳高县大白登镇大泉山村。\n")
    got = {f.place: f.parent for f in facts(text, "CANDIDATE")}
    # each village inside the most specific unit the list names for it (street or town, else county)
    assert got == {"新世纪社区": "振华街道", "凯德世家社区": "永泰街道", "大泉山村": "大白登镇"}


def test_contact_lines_and_county_subheadings_are_not_members():
    text = ("2023年度“某市民主法治示范村（社区）”拟命名名单\n"
            "市司法局普法与依法治理科联系人：张三\n"
            "南陵县（3个）\n"
            "南陵县籍山镇新建村\n")
    assert {f.place for f in facts(text, "CANDIDATE")} == {"新建村"}


def test_learning_news_is_no_honour_and_the_selecting_place_holds_nothing():
    text = "记者从省司法厅获悉，我省评选出首批30个全省法治政府建设示范地区和示范项目。\n"
    assert not facts(text, "NAMED_DEMONSTRATION_CITY") and not facts(text, "HONOURED")


def test_people_honours_have_no_place_holders():
    text = "其中，成都市等4个城市被表彰为法治宣传教育先进城市，成都市5名同志被表彰为法治宣传教育先进个人。\n"
    assert {f.award for f in facts(text, "HONOURED")} == {"法治宣传教育先进城市"}


def test_unquoted_project_titles_in_a_naming_sentence():
    text = ("太原市等13个市被命名为全省法治政府建设示范地区，大同市法治引领保障文物保护、"
            "忻州市城市建设管理法治化等17个项目被命名为全省法治政府建设示范项目。\n")
    got = {(f.place, f.project) for f in facts(text, "NAMED_DEMONSTRATION_PROJECT")}
    assert got == {("大同市", "法治引领保障文物保护"), ("忻州市", "城市建设管理法治化")}


def test_an_honour_a_dash_and_its_holder_on_one_line():
    text = "2023年全国民主法治示范社区名单发布\n全国民主法治示范社区——广州市天河区天园街道东方社区\n"
    got = {(f.place, f.award) for f in facts(text, "HONOURED")}
    assert got == {("东方社区", "全国民主法治示范社区")}


def test_a_sentence_about_a_body_is_not_a_listed_body():
    text = ("近日，首批“全国守法普法示范市（县、区）”名单公布。\n"
            "省司法厅相关负责人介绍\n"
            "西安市雁塔区\n")
    assert {f.place for f in facts(text, "HONOURED")} == {"雁塔区"}


def test_villages_listed_before_the_honour_cue():
    text = ("黄山市联合印发《关于命名第七批“黄山市民主法治示范村（社区）”的决定》，"
            "休宁县龙田乡古楼村、商山镇荪田村等2个村被命名为第七批“黄山市民主法治示范村（社区）”。\n")
    got = {f.place for f in facts(text, "HONOURED")}
    assert got == {"古楼村", "荪田村"}


def test_a_counted_list_after_the_sentence_that_names_the_honour():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = ("示范村名单公布\n近日，司法部、民政部公布了第九批“全国民主法治示范村（社区）”名单，我市3个村榜上有名。"
            "这3个村是：信都区泉西街道文苑社区、内丘县金店镇小辛旺村、柏乡县内步乡北大江村。\n")
    got = [(f.holder, f.award) for f in extract(document_from_text(text)) if f.type == "HONOURED"]
    assert [h for h, _ in got] == ["文苑社区", "小辛旺村", "北大江村"]
    assert {a for _, a in got} == {"全国民主法治示范村"}


def test_a_list_put_out_for_comment_is_dated_by_its_title():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = ("复核名单公示\n日前，司法部、民政部印发了《关于2021年度“全国民主法治示范村（社区）”复核名单的公示》，"
            "我市2个村榜上有名。这2个村分别为：丹江口市浪河镇小店子村、竹溪县中峰镇青草坪村。\n")
    got = [(f.place, f.year) for f in extract(document_from_text(text)) if f.type == "CANDIDATE"]
    assert got == [("小店子村", 2021), ("青草坪村", 2021)]


def test_a_naming_verb_then_its_holders_then_the_honour():
    """命名/推荐 A、B…为/作为 X: the holders stand between the verb and the honour (active voice)."""
    text = ("湖州市民主法治创建工作综述\n根据省里的通知，我市评选推荐德清县武康街道东关社区、安吉县递铺街道大柳村、"
            "长兴县雉城街道石桥村3个村（社区）作为我市第八批省级“民主法治示范村（社区）”。")
    got = [(f.place, f.award) for f in facts(text, "CANDIDATE")]
    assert [p for p, _ in got] == ["东关社区", "大柳村", "石桥村"]
    assert {a for _, a in got} == {"省级民主法治示范村（社区）"}
    assert facts(text, "HONOURED") == []
    text = "湖州市法治建设综述\n市委、市政府决定，命名德清县武康街道东关社区、安吉县递铺街道大柳村为“全市民主法治示范村（社区）”。"
    got = [f.place for f in facts(text, "HONOURED")]
    assert got[-2:] == ["东关社区", "大柳村"] and "德清县" not in got
    assert facts(text, "CANDIDATE") == []


def test_a_village_on_its_line_under_its_town_holds_the_honour():
    text = ("湖州市民主法治创建\n近日，司法部公布了全国民主法治示范村（社区）复核保留名单\n"
            "德清县武康街道东关社区\n安吉县递铺街道大柳村")
    assert [(f.place or f.holder) for f in facts(text, "HONOURED")] == ["东关社区", "大柳村"]


def test_a_candidate_list_named_after_the_honour_gives_candidacies():
    text = "湖州市乡村治理\n近日，德清县武康街道入选全国乡村治理示范乡镇候选名单。"
    got = [(f.type, f.place, f.award) for f in extract(document_from_text(text)) if f.type in ("CANDIDATE", "HONOURED")]
    assert got == [("CANDIDATE", "武康街道", "全国乡村治理示范乡镇")]


def test_a_list_pointing_back_to_the_honour_of_the_sentence_before():
    text = ("湖州市民主法治创建\n日前，全市20个村（社区）被命名为第七批“全省民主法治示范村（社区）”。"
            "德清县武康街道东关社区、安吉县递铺街道大柳村共2个村（社区）获此殊荣。")
    got = [(f.place, f.award) for f in facts(text, "HONOURED")]
    assert got == [("东关社区", "全省民主法治示范村（社区）"), ("大柳村", "全省民主法治示范村（社区）")]
    # a place with a count of its units is not a holder; the members named after 分别为 are
    text = ("湖州市民主法治创建\n今年全国一批村（社区）入选第九批“全国民主法治示范村（社区）”，"
            "其中湖州市有2个村上榜，分别为德清县武康街道东关社区、安吉县递铺街道大柳村。")
    got = [f.place for f in facts(text, "HONOURED")]
    assert got[-2:] == ["东关社区", "大柳村"] and "德清县" not in got


def test_a_designation_named_by_a_decision_lists_its_holders_after_a_colon():
    text = ("湖州市法治建设\n近日，湖州市委依法治市办印发《关于第一批湖州市“法治街镇”命名的决定》。"
            "首批“法治街镇”名单：德清县武康街道、阜溪街道，安吉县递铺街道。")
    assert [(f.place, f.award) for f in facts(text, "HONOURED")] == \
        [("武康街道", "法治街镇"), ("阜溪街道", "法治街镇"), ("递铺街道", "法治街镇")]
    # without a naming, a quoted name before a list is not taken for an honour
    text = "湖州市法治建设\n首批“法治街镇”名单：德清县武康街道、阜溪街道，安吉县递铺街道。"
    assert facts(text, "HONOURED") == []


def test_institutions_one_per_line_put_forward_are_body_candidates():
    text = ("关于全国模范人民调解委员会拟表彰对象的公示\n"
            "全国模范人民调解委员会\n"
            "拟表彰名单\n"
            "桐庐县医疗纠纷人民调解委员会\n"
            "建德市婚姻家庭纠纷人民调解委员会\n"
            "公示期间，如有异议，请向司法部反映。\n")
    got = {(f.place, f.body, f.award) for f in facts(text, "CANDIDATE")}
    # SCHEMA: a CANDIDATE has a place — the most specific one the body's name holds; the body is kept
    assert got == {("桐庐县", "桐庐县医疗纠纷人民调解委员会", "全国模范人民调解委员会"),
                   ("建德市", "建德市婚姻家庭纠纷人民调解委员会", "全国模范人民调解委员会")}


def test_a_body_before_a_back_reference_holds_the_honour():
    text = ("日前，司法部印发表彰决定，授予一批单位“全国模范人民调解委员会”称号。"
            "分水镇人民调解委员会获此殊荣，是桐庐县调解工作的缩影。\n")
    got = {(f.holder, f.award) for f in facts(text, "HONOURED")}
    assert ("桐庐县分水镇人民调解委员会", "全国模范人民调解委员会") in got
    assert not any(h == "分水镇" for h, _ in got)


def test_a_list_after_the_naming_in_the_same_sentence():
    text = ("近日，司法部、民政部印发《关于命名第九批“全国民主法治示范村（社区）”的决定》，"
            "桐庐县分水镇新龙村、建德市梅城镇千鹤村等2个村榜上有名。\n")
    got = {(f.place, f.parent) for f in facts(text, "HONOURED")}
    assert got == {("新龙村", "分水镇"), ("千鹤村", "梅城镇")}


def test_a_place_with_a_count_of_its_villages_is_not_the_holder():
    text = ("桐庐县司法局讯：近日，司法部、民政部公布第九批“全国民主法治示范村（社区）”名单，"
            "桐庐县3个村榜上有名。\n")
    assert not [f for f in facts(text, "HONOURED") if f.place == "桐庐县"]


def test_bodies_listed_before_an_honour_cue_all_hold_it():
    text = "近日，桐庐县司法局分水司法所、建德市司法局梅城司法所荣获“全国模范司法所”称号。\n"
    assert {f.holder for f in facts(text, "HONOURED")} == {"桐庐县司法局分水司法所", "建德市司法局梅城司法所"}


def test_a_list_continued_after_a_comma_by_yiji():
    text = ("桐庐县分水镇新龙村、建德市梅城镇千鹤村，以及淳安县千岛湖镇龙门村入选全国乡村治理示范村候选名单。\n")
    got = {f.place for f in facts(text, "CANDIDATE")}
    assert got == {"新龙村", "千鹤村", "龙门村"}


def test_a_candidacy_after_the_honour_beats_a_cue_of_an_earlier_clause():
    # the first clause's 候选 is not the second's; the second says its own after the honour's name
    text = "桐庐县分水镇入选全国乡村治理示范乡镇候选名单，建德市梅城镇千鹤村入选全国乡村治理示范村候选名单。\n"
    assert {(f.place, f.award) for f in facts(text, "CANDIDATE")} == {
        ("分水镇", "全国乡村治理示范乡镇"), ("千鹤村", "全国乡村治理示范村")}
    assert not facts(text, "HONOURED")


def test_a_body_holding_a_conferred_set_by_back_reference():
    text = "司法部日前通报表彰了全国22个公共法律服务先进集体，桐庐县公共法律服务中心获此殊荣。\n"
    got = {(f.holder, f.award) for f in facts(text, "HONOURED")}
    assert got == {("桐庐县公共法律服务中心", "全国公共法律服务先进集体")}


def test_an_undated_publicity_list_takes_the_year_of_its_comment_period():
    text = ("近日，农业农村部公示乡村治理示范村名单\n\n"
            "如有意见，可在2031年12月9日前进行反映\n\n"
            "联系电话：010-12345678\n\n"
            "全国乡村治理示范村候选名单\n\n"
            "杭州市桐庐县分水镇新龙村\n\n"
            "杭州市建德市梅城镇千鹤村\n")
    got = {(f.place, f.award, f.year) for f in facts(text, "CANDIDATE")}
    # the contact line above the heading is no part of the honour's name
    assert got == {("新龙村", "全国乡村治理示范村", 2031), ("千鹤村", "全国乡村治理示范村", 2031)}


def test_a_village_and_town_programme_gives_each_unit_its_own_title():
    text = ("经地方推荐和专家评审，拟认定100个乡(镇)为第三批全国乡村治理示范乡镇、1003个村为第三批全国乡村治理示范村。"
            "我市上榜的1镇2村分别是桐庐县分水镇和建德市梅城镇千鹤村、淳安县千岛湖镇龙门村。\n")
    got = {(f.place, f.award) for f in facts(text, "CANDIDATE")}
    assert got == {("分水镇", "全国乡村治理示范乡镇"), ("千鹤村", "全国乡村治理示范村"),
                   ("龙门村", "全国乡村治理示范村")}


def test_a_village_right_before_shang_bang_keeps_its_last_character():
    text = ("司法部、民政部公布了第九批“全国民主法治示范村（社区）”名单。"
            "其中，桐庐县分水镇新龙村、建德市梅城镇千鹤村上榜。\n")
    assert {f.place for f in facts(text, "HONOURED")} == {"新龙村", "千鹤村"}


def test_a_village_named_alone_is_the_holder_not_the_articles_place():
    text = ("桐庐县2031年法治政府建设年度报告\n2031年，我县法治政府建设取得新成效。"
            "新龙村被命名为全国民主法治示范村。县依法治县办被评为全省依法治理创建活动成绩突出集体。\n")
    got = {(f.holder, f.award) for f in facts(text, "HONOURED")}
    assert ("新龙村", "全国民主法治示范村") in got
    assert ("桐庐县", "全国民主法治示范村") not in got
    # 成绩突出集体 is an honour's head; 县依法治县办 is the county's own office
    assert any(h.startswith("桐庐县") and h.endswith("委员会办公室") for h, _ in got)


def test_lists_after_the_unit_kind_of_a_publicity_list():
    text = ("近日，农业农村部公布第三批全国乡村治理示范村镇创建公示名单，浙江两个乡镇和两个村入选。\n"
            "浙江入选第三批全国乡村治理示范乡镇创建公示名单的乡镇是：桐庐县分水镇、建德市梅城镇。\n"
            "入选的示范村包括：淳安县千岛湖镇龙门村、桐庐县分水镇新龙村。\n")
    got = {(f.place, f.award) for f in facts(text, "CANDIDATE")}
    assert got == {("分水镇", "全国乡村治理示范乡镇"), ("梅城镇", "全国乡村治理示范乡镇"),
                   ("龙门村", "全国乡村治理示范村"), ("新龙村", "全国乡村治理示范村")}


def test_a_list_whose_subject_is_the_honour_itself():
    text = ("会上公布了2031年度法治创新案例。2031年度法治创新案例分别是（排名不分先后）："
            "桐庐县推行“一件事”集成改革；建德市打造“数字法治”新模式。\n")
    got = {(f.holder, f.award) for f in facts(text, "HONOURED")}
    assert got == {("桐庐县", "法治创新案例"), ("建德市", "法治创新案例")}


def test_a_heading_that_ends_with_its_issuer_and_batch():
    text = ("近日，浙江省司法厅发出公示。\n"
            "全国法治县（市、区）创建活动先进单位浙江省拟推荐第四批名单\n"
            "（排名不分先后）\n"
            "浙江省杭州市桐庐县\n"
            "浙江省杭州市建德市\n")
    got = {(f.place, f.award) for f in facts(text, "CANDIDATE")}
    assert got == {("桐庐县", "全国法治县（市、区）创建活动先进单位"), ("建德市", "全国法治县（市、区）创建活动先进单位")}


def test_a_commendation_including_villages_among_a_national_set():
    text = ("经司法部、民政部认真审核，决定表彰包括我市桐庐县分水镇新龙村、建德市梅城街道办事处千鹤社区2个村（社区）"
            "在内的全国803个村（社区）为第七批“全国民主法治示范村（社区）”。\n")
    got = {f.place for f in facts(text, "HONOURED")}
    # 街道办事处 is the street's office, no part of the community's name
    assert got == {"新龙村", "千鹤社区"}
    assert not facts(text, "CANDIDATE")


def test_a_commendation_in_a_documents_title_is_no_active_naming():
    text = ("日前，司法部印发《关于表彰全国模范人民调解委员会的决定》，桐庐县分水镇人民调解委员会被司法部评为"
            "“全国模范人民调解委员会”。\n")
    got = {f.holder for f in facts(text, "HONOURED")}
    assert got == {"桐庐县分水镇人民调解委员会"}


def test_named_places_of_law_culture_hold_a_designation_by_back_reference():
    text = ("近日，省委宣传部、省司法厅联合发文，命名第二批“省级法治文化建设示范点”名单，"
            "桐庐县滨江法治文化公园、建德市新安江法治广场等两家法治文化阵地榜上有名。"
            "至此，全市共有8家法治文化阵地被命名为省级法治文化建设示范点。\n")
    got = {f.holder for f in facts(text, "HONOURED")}
    assert got == {"桐庐县滨江法治文化公园", "建德市新安江法治广场"}


def test_villages_that_pass_a_titles_review_keep_it():
    text = ("桐庐县分水镇、城南街道被评为全省普法工作表现突出的单位，桐庐县分水镇新龙村、城南街道千鹤社区顺利通过"
            "全国民主法治示范村（社区）复核验收，保留称号。\n")
    got = {(f.place, f.award) for f in facts(text, "HONOURED")}
    assert ("新龙村", "全国民主法治示范村") in {(p, a[:9]) for p, a in got}
    assert not [p for p, a in got if p in ("分水镇", "城南街道") and "民主法治" in a]


def test_a_commendation_naming_each_set_by_its_first_member():
    text = ("经各地认真评比推荐，对杭州市桐庐县等21个法制宣传教育先进县（市、区）、建德市司法局等129个法制宣传教育"
            "先进单位、陶某等130名法制宣传教育先进个人予以通报表彰。\n")
    got = {(f.holder, f.award) for f in facts(text, "HONOURED")}
    assert got == {("桐庐县", "法制宣传教育先进县（市、区）"), ("建德市司法局", "法制宣传教育先进单位")}


def test_a_candidacy_naming_each_set_by_its_first_member_and_the_unit_its_title_fits():
    text = ("经各市层层推荐，省农业农村厅组织评审，拟认定杭州市桐庐县分水镇等11个乡镇、杭州市建德市梅城镇千鹤村"
            "等68个村为全省乡村治理示范村镇。\n")
    got = {(f.place, f.award) for f in facts(text, "CANDIDATE")}
    assert got == {("分水镇", "全省乡村治理示范乡镇"), ("千鹤村", "全省乡村治理示范村")}


def test_members_listed_after_a_naming_said_with_ming_ming_in_the_sentence_before():
    text = ("近日，司法部、民政部决定命名1045个村为第八批“全国民主法治示范村（社区）”。"
            "其中，杭州共有两个村上榜，分别是桐庐县分水镇新龙村、建德市梅城镇千鹤村。\n")
    assert {(f.place, f.award[:9]) for f in facts(text, "HONOURED")} == {("新龙村", "全国民主法治示范村"),
                                                                          ("千鹤村", "全国民主法治示范村")}


def test_a_unit_named_without_its_place_holds_its_honour():
    text = ("桐庐县2031年法治政府建设年度报告\n2031年，我县法治建设取得新成效。分水司法所获评省级“枫桥式”司法所，"
            "“永和”调解工作室于2031年10月被授予“市级金牌调解工作室”。截至目前，我县已创成13个“全国民主法治示范村（社区）”。\n")
    got = {(f.holder, f.award) for f in facts(text, "HONOURED")}
    # 分水(镇) is a town of the county in sight: its office keeps the county in its name
    assert ("桐庐县分水司法所", "省级枫桥式司法所") in got and ("永和调解工作室", "市级金牌调解工作室") in got
    # the county is neither of them, and counting its titled villages names none
    assert not [h for h, _ in got if h == "桐庐县"]


def test_a_community_under_its_street_named_alone_and_put_forward():
    text = ("桐庐县2031年法治政府建设年度报告\n2031年，我县法治建设取得新成效。城南街新龙社区被推选为“全国民主法治示范社区”。\n")
    got = {(f.holder, f.award) for f in facts(text, "HONOURED")}
    assert got == {("新龙社区", "全国民主法治示范社区")}


def test_bodies_named_in_full_before_the_honour_cue_each_hold_it():
    text = ("某市司法系统获表彰\n\n2021年5月，苏州市司法局、苏州市某某医院司法鉴定所、江苏某某律师事务所"
            "获评全国公共法律服务工作先进集体。\n")
    got = {f.holder for f in facts(text, "HONOURED")}
    assert got == {"苏州市司法局", "苏州市某某医院司法鉴定所", "江苏某某律师事务所"}


def test_places_listed_before_a_count_of_their_organs_are_those_organs():
    text = "喜报\n\n九江市、上饶市、景德镇市3个设区市司法局获得全国地市级人民调解宣传工作先进单位。\n"
    got = {f.holder for f in facts(text, "HONOURED")}
    assert got == {"九江市司法局", "上饶市司法局", "景德镇市司法局"}


def test_bodies_after_bei_confer_the_honour_they_do_not_hold_it():
    text = "喜报\n\n近日，某县依法治县办被省委依法治省办、省司法厅评为全省普法中期先进集体。\n"
    assert not any(f.holder in ("省司法厅", "四川省司法厅") for f in facts(text, "HONOURED"))


def test_towns_listed_after_their_district_without_it_are_resolved_in_it():
    from fazhi.loaders.extract.places import town_within

    # 宝山镇 alone names towns in several provinces; after a town of 黄岛区 it is 黄岛区's
    assert town_within("宝山镇", "370211002") == "370211108"
    assert town_within("宝山镇", None) is None
    text = ("青岛市委依法治市办印发《关于第一批青岛市“法治镇街”命名的决定》。\n\n"
            "首批“法治镇街”名单：西海岸新区泊里镇、辛安街道、宝山镇，平度市田庄镇、古岘镇。\n")
    got = {(f.place, f.place_code) for f in facts(text, "HONOURED")}
    assert ("宝山镇", "370211108") in got
    assert {p for p, _ in got} == {"泊里镇", "辛安街道", "宝山镇", "田庄镇", "古岘镇"}


def test_a_lead_word_after_the_honours_scope_or_edition_still_makes_an_honour():
    from fazhi.loaders.extract.award_grammar import award_head, heading_award

    assert award_head("首届全省十佳民主法治村") == "十佳"
    assert heading_award("首届全省“十佳民主法治村”") == "全省十佳民主法治村"  # the edition is no part of the name (as 第一届)
    assert award_head("全国模范人民调解委员会") == "全国模范"
    assert award_head("全省民主法治村") is None


def test_a_discourse_word_before_a_unit_is_not_part_of_its_name():
    text = "中山市普法工作获肯定\n\n中山市多个项目获奖。其中市法治文化公园获评“全省十佳法治文化公园”。\n"
    assert {f.holder for f in facts(text, "HONOURED")} == {"中山市"}


def test_villages_grouped_by_county_between_commas_before_a_back_reference():
    text = ("司法部网站公示的2031年度“全国民主法治示范村（社区）”复核名单中，我市彭山区观音街道观音铺社区、黄丰镇团结村，"
            "丹棱县齐乐镇狮子社区，青神县青竹街道兰沟村等4个村（社区）上榜。\n")
    got = {(f.type, f.place) for f in facts(text, "CANDIDATE")}
    assert got == {("CANDIDATE", p) for p in ("观音铺社区", "团结村", "狮子社区", "兰沟村")}


def test_a_conferring_body_names_holders_between_its_cue_and_the_honour():
    text = ("嘉兴市人民政府关于表彰依法行政示范单位的通报\n\n"
            "为树立典型，市人民政府决定，授予南湖区人民政府、海宁市人民政府、市公安局、市粮食收储中心"
            "“2030年度嘉兴市依法行政示范单位”荣誉称号，并予以通报表彰。\n")
    got = {f.holder for f in facts(text, "HONOURED")}
    # the office the gazetteer cannot place (市粮食收储中心) is left out rather than guessed
    assert got == {"南湖区人民政府", "海宁市人民政府", "嘉兴市公安局"}
    assert {f.award for f in facts(text, "HONOURED")} == {"嘉兴市依法行政示范单位"}


def test_holders_named_for_an_honour_after_ni_are_candidates():
    text = "经评审，拟授予桐乡市、平湖市“全省法治建设先进县”称号，现予公示。\n"
    assert {f.place for f in facts(text, "CANDIDATE")} == {"桐乡市", "平湖市"}
    assert not facts(text, "HONOURED")


def test_a_sentence_about_people_names_no_holder_after_the_cue():
    text = "嘉兴市人民政府决定，授予张三、李四同志“嘉兴市优秀法治工作者”称号。\n"
    assert not facts(text, "HONOURED")


def test_an_institution_of_the_reports_own_city_named_with_a_bare_level_word():
    text = ("泉州市司法局2030年工作总结\n\n"
            "2030年，泉州市司法局扎实履职。市法律援助中心获评“全省法律援助工作先进集体”。\n")
    assert {f.holder for f in facts(text, "HONOURED")} == {"泉州市法律援助中心"}


def test_a_years_honours_listed_over_several_clauses_under_one_cue():
    text = ("泉州市司法局2030年工作总结\n\n"
            "2030年，泉州市司法局获评全省人民调解工作先进集体、全省行政复议规范化示范单位，"
            "2030年度全市综合考核“优秀等次”、全市平安建设先进单位、全市机关党建工作先进集体，"
            "局机关5人次获评省级以上荣誉。\n")
    got = {f.award for f in facts(text, "HONOURED")}
    assert {"全市平安建设先进单位", "全市机关党建工作先进集体"} <= {a.replace("泉州市", "全市") for a in got}
    assert len(got) == 4  # the grade is no honour; the clause about people ends the run
    # one item after a comma is a clause about something else, not a continued list
    text2 = "2030年，泉州市获评全省法治宣传教育先进市，在全省树立起典范。\n"
    assert len(facts(text2, "HONOURED")) == 1


def test_titles_a_place_is_said_to_be_right_after_shi():
    text = "合江县概况\n\n合江县是“三五”“四五”普法全国先进县、四川省法治宣传教育先进集体。\n"
    got = {(f.award, f.edition) for f in facts(text, "HONOURED")}
    assert got == {("三五普法全国先进县", None), ("四五普法全国先进县", None), ("四川省法治宣传教育先进集体", None)}
    # 是否, and a title not right after 是 or without its level, name nothing
    assert not facts("各地要明确是否直接链接指定平台。\n", "HONOURED")
    assert not facts("合江县的做法是打磨典型案例。\n", "HONOURED")


def test_a_table_flattened_one_cell_per_line_names_the_most_specific_place_of_each_row():
    text = ("拟推荐第九批全国乡村治理示范村镇名单的公示\n"
            "经审核，现予公示，公示期2031年8月1日至8月7日。\n"
            "附件\n"
            "全国乡村治理示范镇、村推荐名单\n"
            "一、全国乡村治理示范乡镇推荐单位\n"
            "序号 |\n地市州 |\n县区市 |\n乡镇 |\n"
            "1 |\n湖州市 |\n德清县 |\n莫干山镇 |\n"
            "2 |\n衢州市 |\n龙游县 |\n湖镇镇 |\n"
            "二、全国乡村治理示范村推荐单位\n"
            "序号 |\n地市州 |\n县区市 |\n乡镇 |\n村 |\n"
            "|\n湖州市 |\n|\n|\n|\n"
            "1 |\n|\n德清县 |\n莫干山镇 |\n仙潭村 |\n")
    got = {(f.place, f.award, f.year) for f in facts(text, "CANDIDATE")}
    assert got == {("莫干山镇", "全国乡村治理示范乡镇", 2031), ("湖镇镇", "全国乡村治理示范乡镇", 2031),
                   ("仙潭村", "全国乡村治理示范村", 2031)}
    assert not facts(text, "HONOURED")


def test_publicity_named_as_a_step_of_the_procedure_does_not_make_the_list_a_candidacy():
    text = ("第九届全国文明城市名单发布\n\n"
            "中央文明办按照城市自主申报、省级择优推荐、组织综合测评、媒体集中公示等评选程序，提出第九届全国文明城市名单。\n\n"
            "第九届全国文明城市名单(2个)\n\n"
            "浙江省湖州市\n\n"
            "浙江省衢州市\n")
    assert {f.place for f in facts(text, "HONOURED")} == {"湖州市", "衢州市"}
    assert not facts(text, "CANDIDATE")


def test_towns_villages_and_bodies_listed_before_a_count_and_bei_biaozhang_wei():
    text = ("湖州市文明办通报\n\n"
            "德清县莫干山镇、安吉县天荒坪镇余村等6个村镇被表彰为第九届全国文明村镇，"
            "湖州市教育局、湖州市纪委监委等8家单位被表彰为第九届全国文明单位。\n")
    got = {(f.holder, f.award) for f in facts(text, "HONOURED")}
    assert got == {("莫干山镇", "全国文明村镇"), ("余村", "全国文明村镇"),
                   ("湖州市教育局", "全国文明单位"), ("湖州市纪委监委", "全国文明单位")}


def test_a_title_kept_after_review_is_held_and_a_school_is_no_place():
    text = ("湖州市文明办通报\n\n经复查确认，湖州市、衢州市继续保留全国文明城市荣誉称号。"
            "德清县第二小学继续保留全国文明校园荣誉称号。安吉县一户家庭被评为全国文明家庭。\n")
    got = {(f.holder, f.award) for f in facts(text, "HONOURED")}
    assert got == {("湖州市", "全国文明城市"), ("衢州市", "全国文明城市")}


def test_what_an_honour_verb_takes_at_once_is_no_practice():
    text = "桐庐县平安建设\n\n2031年桐庐县在全省率先夺得“三星平安金鼎”。\n"
    assert not [f for f in extract(document_from_text(text)) if f.type in ("ADOPTED", "PIONEERED")]


def test_an_institution_named_by_a_short_proper_name_holds_among_listed_villages():
    text = ("安徽法治宣传教育基地建设\n\n"
            "凤阳县小岗村、六安市皋陶法治文化基地相继被全国普法办命名为“全国法治宣传教育基地”。\n")
    assert {f.holder for f in facts(text, "HONOURED")} == {"小岗村", "六安市皋陶法治文化基地"}
    # a verb between the place and the head makes no institution
    from fazhi.loaders.extract.bodies import find_bodies

    assert not [b for b in find_bodies("六安市建设法治文化基地") if b.name.endswith("基地")]


def test_a_candidacy_said_after_a_plan_to_strive_for_the_title_stands():
    text = ("嘉兴市2031年法治政府建设年度报告\n\n"
            "奋力争创全国法治政府建设示范市，被省委依法治省办推荐为第二批全国法治政府建设示范市申报单位。\n")
    assert {f.place for f in facts(text, "CANDIDATE")} == {"嘉兴市"}
    # the plan alone names nothing
    assert not facts("嘉兴市2031年法治政府建设年度报告\n\n奋力争创全国法治政府建设示范市。\n", "CANDIDATE")


def test_places_that_entered_the_honour_of_the_notice_named_before_them():
    text = "日前，全国普法办发布关于表彰第九批“全国法治县（市、区）创建活动先进单位”的通知，德清县、安吉县入选。\n"
    assert {f.holder for f in facts(text, "HONOURED")} == {"德清县", "安吉县"}
    # 入选 followed by what was entered is the sentence rule's, read with its own honour
    text = "德清县入选全国法治政府建设示范县名单。\n"
    assert {f.place for f in facts(text, "HONOURED")} <= {"德清县"}


def test_a_court_opening_the_sentence_holds_its_honours_and_a_government_stands_for_its_place():
    text = ("甲县法院工作\n\n桐庐县人民法院注重队伍建设，近年多次受到省委表彰，取得“浙江省文明单位”、"
            "全省“优秀法院”等荣誉称号。\n")
    assert {(f.holder, f.award) for f in facts(text, "HONOURED")} == {
        ("桐庐县人民法院", "浙江省文明单位"), ("桐庐县人民法院", "全省优秀法院")}
    text = "甲县工作\n\n桐庐县人民政府高度重视信用建设，打造信用品牌，获评“全国信用建设示范县”称号。\n"
    assert {(f.holder, f.award) for f in facts(text, "HONOURED")} == {("桐庐县", "全国信用建设示范县")}


def test_an_honour_won_or_earned_is_held_and_an_outcome_earned_is_not():
    text = "武义县司法行政\n\n武义县于2006年赢得全国基层司法行政工作先进集体称号，取得明显成效。\n"
    assert {(f.holder, f.award, f.year) for f in facts(text, "HONOURED")} == {
        ("武义县", "全国基层司法行政工作先进集体", 2006)}


def test_a_unit_named_after_the_writers_own_place_holds_its_honour():
    text = ("临安区司法局2031年工作总结\n\n2031年是临安区基础建设年。我区湖畔商圈调委会荣获“全国模范调委会”称号，"
            "我局荣获全市综治工作先进集体。\n")
    got = {(f.holder, f.award) for f in facts(text, "HONOURED")}
    assert got == {("湖畔商圈调委会", "全国模范人民调解委员会"), ("临安区", "全市综治工作先进集体")}


def test_the_body_before_an_active_conferral_confers_and_does_not_hold():
    text = "调解工作\n\n近日，司法部决定授予120个人民调解委员会“全国模范人民调解委员会”称号，城南镇人民调解委员会位列其中。\n"
    assert "司法部" not in {f.holder for f in facts(text, "HONOURED")}
    # the passive with its agent still names the holder before it
    text = "调解工作\n\n城南镇人民调解委员会于2031年被省司法厅授予“全省优秀人民调解委员会”称号。\n"
    assert {f.holder for f in facts(text, "HONOURED")} == {"城南镇人民调解委员会"}


def test_a_nomination_is_a_candidacy_and_a_nomination_prize_an_honour():
    text = "甲市文明创建\n\n2031年，桐庐县成功获得全国文明城市提名资格。\n"
    assert {(f.type, f.place) for f in facts(text, "CANDIDATE")} == {("CANDIDATE", "桐庐县")}
    assert not facts(text, "HONOURED")
    text = "甲市法治\n\n2031年，桐庐县“最多跑一次”项目荣获“中国法治政府奖”提名奖。\n"
    assert not facts(text, "CANDIDATE") and facts(text, "HONOURED")


def test_lines_of_a_nomination_list_name_every_place_as_candidates():
    text = "关于2031年全国文明城市提名城市名单\n\n地级市：\n宁波市、温州市\n县级市和县：\n桐庐县、安吉县\n"
    assert {f.place for f in facts(text, "CANDIDATE")} == {"宁波市", "温州市", "桐庐县", "安吉县"}
    assert not facts(text, "HONOURED")
    # the same lines under a list of winners are its holders
    text = "2031年度全国文明城市名单公布\n\n地级市：\n宁波市、温州市\n"
    assert {f.holder for f in facts(text, "HONOURED")} == {"宁波市", "温州市"}


def test_an_honour_followed_by_a_count_counts_its_holders_and_names_none():
    text = "陇西县普法\n\n陇西县深入实施普法规划，成功创建全国民主法治示范村2个、全省民主法治示范村21个。\n"
    assert not facts(text, "HONOURED")
    text = "甲省普法\n\n省司法厅负责人介绍，目前已成功创建“全国民主法治示范村(社区)”188个。\n"
    assert not facts(text, "HONOURED")
    text = "陇西县普法\n\n陇西县成功创建全国民主法治示范县。\n"
    assert {f.holder for f in facts(text, "HONOURED")} == {"陇西县"}


def test_the_programmes_comprehensive_candidates_are_candidates_of_the_demonstration_naming():
    text = "许昌市法治政府建设\n\n2031年，我市以全省第三名的成绩入围第三批全国法治政府建设综合候选地区。\n"
    assert {(f.place, f.award) for f in facts(text, "CANDIDATE")} == {("许昌市", "全国法治政府建设示范市（县、区）")}
    text = "大兴区法治政府建设\n\n2031年，大兴区被推荐为第三批全国法治政府建设综合示范候选区。\n"
    assert {(f.place, f.award) for f in facts(text, "CANDIDATE")} == {("大兴区", "全国法治政府建设示范市（县、区）")}


def test_the_body_named_first_of_a_counted_set_holds_the_honour():
    text = "四川普法\n\n全国普法办通报表扬，省环保厅等25个单位被表扬为全国六五普法中期先进单位。\n"
    assert {f.holder for f in facts(text, "HONOURED")} == {"四川省环境保护厅"}
    text = "四川普法\n\n成都市总工会等7个单位被表彰为全国法治宣传教育先进单位。\n"
    assert {f.holder for f in facts(text, "HONOURED")} == {"成都市总工会"}


def test_places_elected_after_the_honour_named_in_the_clause_before_hold_it():
    text = "湖北文明创建\n\n2031年首次开评县级全国文明城市，湖北宜都、大冶当选。\n"
    assert {f.holder for f in facts(text, "HONOURED")} == {"宜都市", "大冶市"}


def test_a_long_institution_named_alone_before_the_cue_holds_its_honour():
    text = ("兴宁市普法\n\n“七五”普法期间，我市神光山法治文化主题园获评“广东省十佳法治文化主题公园”称号，"
            "华侨中学青少年法治教育实践基地获评“广东省青少年法治教育实践基地”。\n")
    assert {f.holder for f in facts(text, "HONOURED")} == {"神光山法治文化主题园", "华侨中学青少年法治教育实践基地"}


def test_institutions_of_the_province_named_by_its_level_word_hold_their_honours():
    text = "河南司法行政\n\n同时，省司法厅所属的省女子劳教所、省第三监狱也一起荣膺全国文明单位称号。\n"
    assert {f.holder for f in facts(text, "HONOURED")} == {"河南省女子劳教所", "河南省第三监狱"}


def test_a_town_office_holds_its_honour_and_a_village_name_may_hold_shi():
    text = ("兴宁市司法局召开会议\n兴宁市司法局表彰了基层单位。石马司法所被省司法厅评为“全省先进司法所”。\n")
    got = {(f.holder, f.award) for f in facts(text, "HONOURED")}
    assert ("兴宁市石马司法所", "全省先进司法所") in got
    assert not any(h in ("兴宁市", "石马镇") for h, _ in got)


def test_a_list_heading_with_a_remark_in_brackets_stays_apart_from_its_first_name():
    names = ["成都市新都区新繁街道汪家村", "遂宁市蓬溪县常乐镇拱市村", "成都市新津区兴义镇张河村",
             "遂宁市大英县蓬莱镇吊脚楼村", "乐山市井研县集益镇", "宜宾市翠屏区李庄镇"]
    text = "关于公布示范村名单的通知\n第三批全国乡村治理示范村名单(四川6个)\n" + "\n".join(names) + "\n"
    got = {f.holder for f in facts(text, "HONOURED")}
    assert {"汪家村", "拱市村", "张河村", "吊脚楼村"} <= got


def test_a_review_that_keeps_a_title_names_the_holders_of_its_own_clause():
    text = ("关于复核结果的通报\n经审议，决定对天水市麦积区甘泉镇双桥村等120个村(社区)保留“全省民主法治示范村(社区)”称号。\n"
            "麦积区花牛镇南山村顺利通过复核验收，保留全国民主法治示范村(社区)称号。\n")
    got = {(f.holder, f.award) for f in facts(text, "HONOURED")}
    assert any(h == "双桥村" for h, _ in got)
    # the second clause names no holder of its own: the town before is none
    assert not any(h == "花牛镇" for h, _ in got)


def _publicity(rows: str, heading="第七批生态文明建设示范区拟命名名单"):
    return (f"关于{heading}的公示\n根据有关规定，经审核，拟命名以下地区，现予以公示。公示时间为2031年9月1日至9月7日。\n"
            f"{heading}\n序号\t省份\t地区\n{rows}")


def test_a_tables_rows_with_their_row_numbers_in_cells_of_their_own():
    # tab-separated (the loader glues the number to the first cell) and one cell per line
    for rows in ("1\t河北省\t承德市\n2\t山西省\t晋城市\n3\t辽宁省\t盘锦市大洼区\n",
                 "1\n河北省\n承德市\n2\n山西省\n晋城市\n3\n辽宁省\n盘锦市大洼区\n"):
        got = {(f.place, f.award) for f in facts(_publicity(rows), "CANDIDATE")}
        assert got == {(p, "生态文明建设示范区") for p in ("承德市", "晋城市", "大洼区")}, rows


def test_a_programmes_title_said_by_the_notice_names_its_candidates():
    heading = "第七批“绿水青山就是金山银山”实践创新基地拟命名名单"
    got = {(f.place, f.award) for f in facts(_publicity("1\t河北省\t承德市\n2\t山西省\t晋城市\n", heading), "CANDIDATE")}
    assert got == {("承德市", "绿水青山就是金山银山实践创新基地"), ("晋城市", "绿水青山就是金山银山实践创新基地")}
    heading = "第七批国家生态文明建设示范市县拟命名名单"
    got = {f.award for f in facts(_publicity("1\t河北省\t承德市\n2\t山西省\t晋城市\n", heading), "CANDIDATE")}
    assert got == {"国家生态文明建设示范市县"}


def test_a_tables_rows_between_bars_with_the_province_after_the_place():
    provinces = {"密云区": "北京市", "西青区": "天津市", "兴隆县": "河北省", "沁源县": "山西省"}
    rows = [f"{i} | {p} | {provinces[p]} |" for i, p in enumerate(provinces, 1)]
    # long rows, enough of them to look like wrapped text: each is still a row of its own
    rows += [f"{i} | 鄂尔多斯市康巴什区 | 内蒙古自治区 |" for i in range(5, 6)]
    rows += [f"{i} | 盘锦市双台子区 | 辽宁省 |" for i in range(6, 7)]
    rows += [f"{i} | 连云港市赣榆区 | 江苏省 |" for i in range(7, 8)]
    text = ("2031第九批生态文明建设示范市县名单\n某部公布了第九批生态文明建设示范市县拟命名名单，自2017年开展命名以来已命名多批。\n"
            "序号 | 市县名称 | 来源省市 |\n" + "\n".join(rows) + "\n")
    got = {(f.place, f.year) for f in facts(text, "CANDIDATE")}
    assert got == {(p, 2031) for p in ("密云区", "西青区", "兴隆县", "沁源县", "康巴什区", "双台子区", "赣榆区")}


def test_a_place_enjoying_titles_holds_them_and_the_units_it_governs_do_not():
    text = ("中卫市概况\n中卫市位于宁夏中西部。2004年撤县设市，辖沙坡头区、中宁县、海原县，"
            "享有“全国双拥模范城”、“国家园林城市”等荣誉。\n")
    got = {(f.holder, f.award) for f in facts(text, "HONOURED")}
    assert got == {("中卫市", "全国双拥模范城"), ("中卫市", "国家园林城市")}


def test_a_list_speaking_of_itself_names_no_member():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = ("某市新闻\n日前，司法部印发了《关于2031年度“全国民主法治示范村(社区)”复核名单的公示》，我市3个村榜上有名。\n"
            "这3个村分别为：竹山县宝丰镇喻家塔村、房县白鹤镇长龙堰村、竹溪县中峰镇青草坪村。据了解，公示名单根据有关标准，"
            "形成了2031年度“全国民主法治示范村(社区)”复核名单。\n")
    places = {f.place for f in extract(document_from_text(text)) if f.type == "CANDIDATE"}
    assert "喻家塔村" in places and "宝丰镇" not in places


def test_a_paragraph_about_a_listed_project_says_what_its_place_runs():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = ("第九届“法治政府奖”获奖项目简介\n"
            "宁波市司法局——财政资金给付类重大行政决策数智化全闭环全周期创新机制\n"
            "宁波市积极响应党中央和国务院关于规范落实重大行政决策的部署和要求，围绕财政资金给付类重大行政决策，"
            "探索创建了“甬易办”平台，实现了全闭环管理，显著提升了惠企惠民政策的效果。\n"
            "黑龙江省司法厅——黑龙江省行政执法综合管理监督平台\n")
    facts = extract(document_from_text(text))
    assert ("宁波市", "甬易办") in {(f.place, f.mechanism) for f in facts if f.type == "ADOPTED"}
    assert {f.holder for f in facts if f.type == "HONOURED"} >= {"宁波市司法局", "黑龙江省司法厅"}
    # the entry's own title gives the honour only (convention 1)
    assert not any(f.type == "ADOPTED" and "综合管理监督平台" in f.mechanism for f in facts)


def test_a_bare_list_heading_takes_the_honour_conferred_above_it():
    # 具体名单, set one character a line as reposts do, names no honour: the sentence above does,
    # with its year and the province before the quoted title
    text = ("近日，省委依法治省办等四部门联合印发通报，决定确认桐庐县分水镇后岩村等100个村为2030年浙江省“民主法治示范村”。\n"
            "我县2个村上榜\n具\n体\n名\n单\n分水镇后岩村\n江南镇环溪村\n"
            "通报要求，被确认的村要发挥示范引领作用。\n")
    got = {(f.place, f.award, f.year) for f in facts(text, "HONOURED")}
    assert {("后岩村", "浙江省民主法治示范村", 2030), ("环溪村", "浙江省民主法治示范村", 2030)} <= got


def test_confirming_a_place_as_a_title_confers_it():
    text = "通报\n近日，省委依法治省办印发通报，决定确认桐庐县分水镇后岩村等100个村为2030年浙江省“民主法治示范村”。\n"
    assert [(f.place, f.year) for f in facts(text, "HONOURED")] == [("后岩村", 2030)]


def test_units_named_before_the_kind_and_count_they_share_each_hold_the_honour():
    text = "石狮市新闻\n2024年，灵秀、蚶江2个司法所获评全国先进司法所。\n"
    assert sorted(f.holder for f in facts(text, "HONOURED")) == ["灵秀司法所", "蚶江司法所"]


def test_a_designation_published_as_a_list_names_the_places_counted_in_the_next_sentence():
    # “民主法治村(社区)” has no honour's head word: its list, published or named, makes it a title
    text = ("桐庐县法治新闻\n日前，省司法厅公布了2030年度省级“民主法治村(社区)”名单，我县共有2个村上榜。\n"
            "这2个村分别为分水镇后岩村、江南镇环溪村。\n")
    got = {(f.place, f.year) for f in facts(text, "HONOURED")}
    assert got == {("后岩村", 2030), ("环溪村", 2030)}


def test_a_bodys_own_unit_named_in_up_to_twelve_characters_is_a_holder():
    text = ("公安新闻\n公安部近日命名“全国公安机关执法示范单位”，我省共有2家单位获此殊荣。\n"
            "这2家单位分别是：杭州市公安局经济技术开发区分局、杭州市公安局经侦支队。\n")
    got = sorted(f.holder for f in facts(text, "HONOURED"))
    assert got == ["杭州市公安局经侦支队", "杭州市公安局经济技术开发区分局"]


def test_a_county_labelling_its_villages_is_no_holder_its_villages_are():
    text = ("关于2030年度杭州市民主法治示范村（社区）拟命名名单的公示\n"
            "桐庐县：分水镇后岩村、江南镇环溪村\n建德市：新安江街道江滨社区\n")
    assert sorted(f.place for f in facts(text, "CANDIDATE")) == ["后岩村", "江滨社区", "环溪村"]


def test_a_list_closed_by_its_count_and_an_adverb_points_back():
    """…大张村6个村成功入选: the count and 成功 close the list, they are no part of its last village."""
    text = ("近日，司法部、民政部印发《关于命名第九批“全国民主法治示范村（社区）”的决定》。"
            "桐庐县分水镇新龙村、建德市梅城镇千鹤村2个村成功入选。\n")
    got = {(f.place, f.parent) for f in facts(text, "HONOURED")}
    assert got == {("新龙村", "分水镇"), ("千鹤村", "梅城镇")}


def test_a_prose_line_opening_with_bodies_is_no_list_under_a_headline():
    """A news headline ending in 名单 over prose that opens with the deciding bodies: the bodies do not
    hold the headline as an honour."""
    text = ("杭州市3村入选第九批“全国民主法治示范村（社区）”名单\n"
            "司法部、民政部日前公布了《关于命名第九批“全国民主法治示范村（社区）”的决定》，决定命名一批村为"
            "第九批“全国民主法治示范村（社区）”。桐庐县分水镇新龙村入选。\n")
    got = {(f.holder, f.award) for f in facts(text, "HONOURED")}
    assert not any(h == "司法部" for h, _ in got)


def test_villages_joined_by_he_each_hold_and_a_banner_character_may_end_a_village():
    text = ("近日，一批村入选示范村。其中，桐庐县分水镇新龙村、建德市梅城镇红旗村和淳安县千岛湖镇渭旗村"
            "入选2019年全国乡村治理示范村名单。\n")
    got = {(f.place, f.parent) for f in facts(text, "HONOURED")}
    assert got == {("新龙村", "分水镇"), ("红旗村", "梅城镇"), ("渭旗村", "千岛湖镇")}


def test_a_headline_with_a_count_of_villages_is_no_heading_and_the_count_no_village():
    """杭州市20个村 被评为…: a count names no village; 杭州5村获评…: a headline, not a list heading."""
    text = ("杭州5村获评全国乡村治理示范村\n新闻推荐\n杭州市20个村 被评为“国家森林乡村”\n"
            "本报讯 记者从市资源规划局获悉，一批村被评为国家森林乡村。\n")
    got = {(f.holder, f.award) for f in facts(text, "HONOURED")}
    assert not any(h.startswith("20") or "获评" in a for h, a in got)


def test_the_body_that_declared_a_project_holds_its_honour():
    text = ("上海市司法所项目评选\n其中，徐汇区虹梅街道司法所申报的《探索一站式解纷新路径》以综合第一的成绩获评"
            "“2024年度上海市司法所法治赋能基层治理示范项目”。\n")
    got = {(f.holder, f.place) for f in facts(text, "HONOURED")}
    assert got == {("徐汇区虹梅街道司法所", None)}


def test_a_naming_in_a_batch_names_a_title_without_quotes_or_an_honours_head_word():
    text = "经考核验收，决定命名霍城县、富蕴县、吉木乃县为第四批自治区平安县(市、区)。\n"
    got = {(f.place, f.award) for f in facts(text, "HONOURED")}
    assert got == {(p, "自治区平安县(市、区)") for p in ("霍城县", "富蕴县", "吉木乃县")}
    # without a batch the bare phrase is no title
    assert facts("经考核验收，决定命名霍城县、富蕴县为平安县。\n", "HONOURED") == []


def test_a_designation_in_quotes_heads_its_numbered_list_whatever_its_head_word():
    text = ("特色村寨名单公布\n2017年11月23日 中国新闻社\n今年，一批村被命名为第二批特色村寨。\n浙江省12个\n"
            "“中国少数民族特色村寨”名单\n"
            "1、杭州市桐庐县莪山畲族乡新丰民族村\n2、杭州市建德市梅城镇千鹤村\n")
    got = {(f.place, f.award) for f in facts(text, "HONOURED")}
    assert ("千鹤村", "中国少数民族特色村寨") in got


def test_a_recommendation_to_apply_for_the_demonstration_names_candidates_of_the_one_title():
    text = ("组织开展示范创建活动，择优推荐遵义市、六盘水市和5个工作项目申报创建第三批全国法治政府建设"
            "综合示范地区和单项示范项目。\n")
    got = {(f.place, f.award, f.batch) for f in facts(text, "CANDIDATE")}
    assert got == {(p, "全国法治政府建设示范市（县、区）", 3) for p in ("遵义市", "六盘水市")}


def test_a_list_of_works_names_the_place_or_body_leading_each_entry_as_its_holder():
    text = ("十大法治事件揭晓\n2023年2月27日 某报\n首届“新时代浙江十大法治事件”名单\n（排名不分先后）\n"
            "一、杭州市创新推动年度法治述职评议工作\n二、省公安厅研发运用全警情案件系统规范执法办案\n"
            "三、全国首例故意损毁自然遗迹入刑案宣判\n")
    got = {(f.holder, f.award) for f in facts(text, "HONOURED")}
    assert got == {("杭州市", "新时代浙江十大法治事件"), ("浙江省公安厅", "新时代浙江十大法治事件")}
    # an entry's practice is its title, not an adoption
    assert facts(text, "ADOPTED") == []


def test_presenting_an_award_is_no_award():
    from fazhi.loaders.extract.award_grammar import heading_award, read_awards

    assert read_awards("为获奖单位代表颁奖") == [] and heading_award("获奖单位代表颁奖") is None


def test_a_listed_place_given_with_its_official_name_in_brackets_keeps_the_list_going():
    text = "截至目前，乌鲁木齐县、达坂城区、高新区(新市区)、米东区、天山区创成自治区优秀平安县(市、区)。\n"
    got = [f.place for f in facts(text, "HONOURED")]
    assert got == ["乌鲁木齐县", "达坂城区", "新市区", "米东区", "天山区"]


def test_a_community_called_ju_is_a_village_of_its_list():
    from fazhi.loaders.extract.places import VILLAGE

    assert VILLAGE.fullmatch("稠江街道黎明居") and not VILLAGE.fullmatch("和谐宜居")


def test_prizes_won_by_works_are_held_by_no_place():
    text = ("甲市司法局2024年工作总结\n杭州市司法局开展微视频拍摄评比等活动，多部作品获第二届浙江司法行政系统视频大赛一等奖、"
            "2024年度杭州机关党建课题研究成果一等奖等奖项。\n")
    assert facts(text, "HONOURED") == []


def test_a_publicity_step_the_naming_went_through_makes_no_candidacy():
    text = ("自贡市民主法治创建\n经民主推荐、实地考察、严格审核、媒体公示等程序，于近日最终确定了第一批省级"
            "“民主法治示范村（社区）”名单，自贡市贡井区洞桥社区榜上有名。\n")
    assert [f.place for f in facts(text, "HONOURED")] == ["洞桥社区"] and facts(text, "CANDIDATE") == []


def test_review_cases_for_lists_and_namings():
    # an entry of a list of works that claims a first keeps its first claim
    text = ("十大法治事件揭晓\n2023年2月27日 某报\n首届“新时代浙江十大法治事件”名单\n（排名不分先后）\n"
            "一、杭州市率先全面建立四级统一政府权力清单制度\n二、省公安厅研发运用全警情案件系统规范执法办案\n")
    assert [f.place for f in facts(text, "PIONEERED")] == ["杭州市"]
    # a common name not in the division list before the official one in brackets keeps the list going
    text = "截至目前，乌鲁木齐县、经开区(头屯河区)、米东区创成自治区优秀平安县(市、区)。\n"
    assert [f.place for f in facts(text, "HONOURED")] == ["乌鲁木齐县", "头屯河区", "米东区"]
    # a parent in brackets is where the item lies, the item is the county before it
    text = "桐庐县(杭州市)、安吉县(湖州市)、德清县创成“省级平安县”。\n"
    assert [f.place for f in facts(text, "HONOURED")] == ["桐庐县", "安吉县", "德清县"]
    # 申报创建 names candidates only after 推荐
    text = "确定桐庐县、建德市申报创建第三批全国法治政府建设示范地区。\n"
    assert facts(text, "CANDIDATE") == []
    # another programme's demonstration county keeps its own name
    text = "近日，省里命名桐庐县、建德市为全省法治宣传教育示范县。\n"
    assert facts(text, "NAMED_DEMONSTRATION_CITY") == []
    assert {f.award for f in facts(text, "HONOURED")} == {"全省法治宣传教育示范县"}


def test_a_headline_with_a_verb_of_receiving_is_no_list_heading():
    from fazhi.loaders.extract.award_grammar import heading_award

    assert heading_award("西安5村获评全国乡村治理示范村") is None
    assert heading_award("2019年全国乡村治理示范村名单") == "全国乡村治理示范村"


def test_a_heading_opening_on_its_edition_is_not_joined_to_the_line_above():
    text = ("高级检索\n首页\n历届回顾\n第六届“法治政府奖提名奖”获奖项名单\n发布日期:2022-03-21\n"
            "杭州市发展和改革委员会\n")
    awards = {f.award for f in facts(text, "HONOURED")}
    assert "法治政府奖提名奖" in awards and not any(a.startswith(("历届", "高级")) for a in awards)


def test_a_heading_ending_in_a_colon_heads_the_numbered_lines_below_it():
    # the article's title above the heading is no first half of it
    text = ("桐庐新闻\n全省乡村治理示范镇:\n1、桐庐县分水镇\n2、桐庐县东云乡\n全省乡村治理示范村:\n"
            "1、桐庐县 分水镇后岩村\n2、淳安县千岛湖镇道口村\n")
    got = {(f.holder, f.award) for f in facts(text, "HONOURED")}
    # 东云乡 is no division of the list, but a town's name after its county all the same; 桐庐县 and
    # 分水镇后岩村 apart by a space are one holder, the village (道 may stand in a village's name)
    assert got == {("分水镇", "全省乡村治理示范镇"), ("东云乡", "全省乡村治理示范镇"),
                   ("后岩村", "全省乡村治理示范村"), ("道口村", "全省乡村治理示范村")}


def test_villages_and_townships_of_inner_mongolia_in_a_list():
    text = ("国家民委公示\n第三批中国少数民族特色村寨拟命名名单\n杭锦旗独贵塔拉镇道图嘎查\n"
            "鄂托克旗阿尔巴斯苏木呼和嘎查\n")
    got = {(f.place, f.award) for f in facts(text, "CANDIDATE")}
    assert got == {("道图嘎查", "中国少数民族特色村寨"), ("呼和嘎查", "中国少数民族特色村寨")}


def test_national_designations_of_villages_are_honours():
    got = {(f.holder, f.award, f.year) for f in facts("桐庐新闻\n2019年，桐庐县后岩村入选第一批国家森林乡村名单。\n",
                                                      "HONOURED")}
    assert got == {("后岩村", "国家森林乡村", 2019)}


def test_a_village_named_alone_holds_what_it_is_conferred():
    # a story about the village alone names no place above it; the period of the title is no part of the name
    text = ("后岩村的美丽蝶变\n某协会授予后岩村2019年度“全国生态文化村”称号。\n"
            "农业农村部推介后岩村为2020年中国美丽休闲乡村。\n")
    got = {(f.holder, f.award, f.year) for f in facts(text, "HONOURED")}
    assert got == {("后岩村", "全国生态文化村", 2019), ("后岩村", "中国美丽休闲乡村", 2020)}


def test_a_preliminary_list_of_the_best_ten_names_candidates_and_runs_past_a_renamed_county():
    text = ("广西新闻\n现将初选名单公示如下：\n一、2012年度广西科学发展十佳县初选名单\n"
            "东兴市、横县、苍梧县、藤县、岑溪市。\n")
    got = {(f.place, f.award, f.year) for f in facts(text, "CANDIDATE")}
    # 横县 (横州市 since 2021) holds nothing but ends no list; 藤县, two characters, is a county as an item of
    # a list of its province's counties; the full stop closes no name
    assert got == {(p, "广西科学发展十佳县", 2012) for p in ("东兴市", "苍梧县", "藤县", "岑溪市")}


def test_a_two_character_county_is_a_place_only_beside_a_county_of_its_province():
    from fazhi.loaders.extract.places import find_places

    assert [p.surface for p in find_places("苍梧县、藤县、岑溪市")] == ["苍梧县", "藤县", "岑溪市"]
    # 唐县 is in Hebei: beside a county of Guangxi it is part of a word
    assert [p.surface for p in find_places("荒唐县、苍梧县")] == ["苍梧县"]


def test_a_village_written_after_its_town_holds_what_the_sentence_says_of_it():
    text = "巴彦淖尔新闻\n临河区干召庙镇民主村是自治区级文明村，2018年入选中国美丽乡村百佳范例。\n"
    got = {(f.holder, f.award, f.year) for f in facts(text, "HONOURED")}
    assert ("民主村", "中国美丽乡村百佳范例", 2018) in got and not any(h == "干召庙镇" for h, _, _ in got)
    # a village on the list named before, even of one character before 村; a demonstrative is no village
    text = ("云浮新闻\n近日，司法部、民政部公布第七批全国民主法治示范村名单，云城区思劳镇城村榜上有名。\n"
            "这条村上榜第七批“全国民主法治示范村”。\n")
    got = {f.holder for f in facts(text, "HONOURED")}
    assert got == {"城村"}


def test_a_local_office_heading_a_counted_set_holds_the_title_the_set_is_named():
    text = "巢湖新闻\n经过验收，最终确定了无为县司法局刘渡司法所等5个司法所为第一批市级示范司法所。\n"
    got = {(f.holder, f.body, f.place, f.award) for f in facts(text, "HONOURED")}
    assert got == {("无为市司法局刘渡司法所", "无为市司法局刘渡司法所", None, "市级示范司法所")}


def test_no_village_is_read_from_a_common_noun_a_count_a_demonstrative_or_a_street():
    # the town holds its own title, whatever common noun for its villages follows it
    text = "桐庐新闻\n桐庐县分水镇农村已全部通上公交，2020年获评全省民主法治示范乡镇。\n"
    assert {f.holder for f in facts(text, "HONOURED")} == {"分水镇"}
    assert facts("桐庐新闻\n桐庐县分水镇两村被列为省级民主法治示范村。\n", "HONOURED") == []
    assert {f.holder for f in facts("桐庐新闻\n民政部授予该村“全国文明村”称号。\n", "HONOURED")} == set()
    # 街道 is the street's, not the opening of a community's name (道社区)
    got = {f.holder for f in facts("淳安新闻\n2020年，淳安县千岛湖镇社区获评全省民主法治示范社区。\n", "HONOURED")}
    assert not any(h.startswith("道") for h in got)
    from fazhi.loaders.extract.places import VILLAGE

    assert VILLAGE.fullmatch("万新街道社区") is None and VILLAGE.fullmatch("这条村") is None


def test_a_list_line_that_names_a_common_word_after_its_county_is_no_town():
    text = ("桐庐新闻\n\n全省乡村治理示范镇:\n\n1、桐庐县分水镇\n\n2、桐庐县特色小镇\n\n3、桐庐县东云乡\n")
    assert {f.holder for f in facts(text, "HONOURED")} == {"分水镇", "东云乡"}


def test_a_two_character_county_running_on_into_a_word_is_no_list_item():
    from fazhi.loaders.extract.places import find_places

    assert [p.surface for p in find_places("他先后在肥东县、和县级机关工作")] == ["肥东县"]
    assert [p.surface for p in find_places("商城县，新县城建设加快")] == ["商城县"]


def test_after_a_passive_naming_each_counted_set_with_its_verb_left_out_is_named():
    text = ("浙江新闻\n据了解，杭州市被评为全国和谐社区建设示范城市，杭州市西湖区、上城区，宁波市鄞州区3个城区为"
            "全国和谐社区建设示范城区，桐庐县分水镇等8个乡镇为全国和谐社区建设示范乡镇。\n")
    got = {(f.holder, f.award) for f in facts(text, "HONOURED")}
    assert got == {("杭州市", "全国和谐社区建设示范城市"), ("西湖区", "全国和谐社区建设示范城区"),
                   ("上城区", "全国和谐社区建设示范城区"), ("鄞州区", "全国和谐社区建设示范城区"),
                   ("分水镇", "全国和谐社区建设示范乡镇")}


def test_no_elided_naming_after_作为_a_denial_or_a_candidacy():
    lead = "浙江新闻\n杭州市被评为全国和谐社区建设示范城市，"
    for rest in ("西湖区、上城区2个城区作为全国和谐社区建设示范城区创建单位。\n",
                 "西湖区、上城区2个城区未被评为全国和谐社区建设示范城区。\n"):
        assert {f.holder for f in facts(lead + rest, "HONOURED")} == {"杭州市"}, rest
    text = "浙江新闻\n拟推荐名单中，杭州市被确定为全国和谐社区建设示范城市，西湖区、上城区2个城区为全国和谐社区建设示范城区。\n"
    assert not {f.holder for f in facts(text, "HONOURED")} & {"西湖区", "上城区"}


def test_members_after_the_kind_they_are_before_a_colon():
    text = ("第一届某省文明城市名单\n\n一、文明城市\n\n地级市：衢州市、丽水市\n\n县级市：义乌市、乐清市\n\n"
            "二、文明城区\n\n杭州市上城区、宁波市鄞州区\n")
    got = {(f.holder, f.award) for f in facts(text, "HONOURED")}
    assert {("衢州市", "文明城市"), ("丽水市", "文明城市"), ("义乌市", "文明城市"), ("乐清市", "文明城市")} <= got
    # the section heading of districts heads its own list, its honour no longer the cities'
    assert ("上城区", "文明城区") in got and ("鄞州区", "文明城区") in got
    assert not any(h in ("上城区", "鄞州区") and a == "文明城市" for h, a in got)


def test_a_title_qualifying_the_places_after_it_is_theirs():
    text = ("浙江新闻\n\n据悉，荣获“全国文明城市”称号的杭州和宁波、温州，以及荣获“全国文明县城”称号的"
            "安吉县，不再参加本届评选。\n")
    got = {(f.holder, f.award) for f in facts(text, "HONOURED")}
    assert got == {("杭州市", "全国文明城市"), ("宁波市", "全国文明城市"), ("温州市", "全国文明城市"),
                   ("安吉县", "全国文明县城")}


def test_each_clause_after_a_semicolon_enumerates_its_own_holders():
    text = ("浙江新闻\n\n此外，杭州12个乡镇获全省文明乡（镇）称号，包括桐庐县分水镇、淳安县千岛湖镇等；"
            "30个村获全省文明村称号，包括桐庐县分水镇后岩村、淳安县千岛湖镇光昌村等。\n")
    got = {(f.holder, f.award) for f in facts(text, "HONOURED")}
    assert {("分水镇", "全省文明乡（镇）"), ("千岛湖镇", "全省文明乡（镇）"), ("后岩村", "全省文明村"),
            ("光昌村", "全省文明村")} <= {(h, a.replace("(", "（").replace(")", "）")) for h, a in got}
    assert not any(h == "杭州市" for h, _ in got)  # 杭州12个乡镇: the towns of Hangzhou, not Hangzhou


def test_a_counted_set_named_after_the_sentence_that_honours_it():
    text = ("原标题：杭州五区县获全省文明城市称号\n\n近日，省委、省政府作出表彰决定，杭州5个区县获全省文明城市称号。\n\n"
            "5个区县是上城区、西湖区、滨江区、桐庐县、淳安县。\n")
    got = {(f.holder, f.award) for f in facts(text, "HONOURED")}
    assert got == {(h, "全省文明城市") for h in ("上城区", "西湖区", "滨江区", "桐庐县", "淳安县")}


def test_a_village_opening_the_sentence_holds_what_it_won():
    text = ("桐庐新闻\n\n此次活动在后岩村举行。近年来，后岩村以普法宣传为抓手、以法治文化为切入点、以用法成效为落脚点"
            "全面推进普法工作，先后荣获全省民主法治示范村、杭州市依法治理示范单位等多项荣誉称号。\n")
    got = {(f.holder, f.award) for f in facts(text, "HONOURED")}
    assert got == {("后岩村", "全省民主法治示范村"), ("后岩村", "杭州市依法治理示范单位")}
    # a common noun in a village's shape is no village
    text = "桐庐新闻\n\n近年来，农村以普法宣传为抓手全面推进普法工作，先后荣获全省民主法治示范村称号。\n"
    assert not any(f.holder == "农村" for f in facts(text, "HONOURED"))


def test_a_lower_level_before_a_national_titles_short_name_makes_another_title():
    text = "桐庐新闻\n\n2016年，桐庐县荣获省“七五”普法先进单位称号。\n"
    got = {f.award for f in facts(text, "HONOURED")}
    assert got and not any(a.startswith("全国") for a in got)


def test_a_list_named_by_its_title_then_the_members_that_entered_it():
    text = ("第五届全省文明村镇候选名单公示\n\n本报讯 记者 某某 26日,第五届全省文明村镇候选名单在省文明网上公示。"
            "我市有2个村入选,分别是桐庐县分水镇后岩村、淳安县千岛湖镇光昌村。\n")
    got = {(f.place, f.award) for f in facts(text, "CANDIDATE")}
    assert got == {("后岩村", "全省文明村镇"), ("光昌村", "全省文明村镇")}


def test_a_publicity_notice_by_its_title_then_the_towns_it_lists():
    text = ("杭州新闻\n\n日前，省农业农村厅发布《关于2022年浙江省乡村治理示范村镇创建单位名单的公示》。\n\n"
            "其中，2个入围的示范镇分别是：桐庐县分水镇、淳安县千岛湖镇。\n")
    got = {(f.place, f.award) for f in facts(text, "CANDIDATE")}
    assert got == {("分水镇", "浙江省乡村治理示范乡镇"), ("千岛湖镇", "浙江省乡村治理示范乡镇")}


def test_second_review_a_place_counting_its_units_in_a_clause_of_its_own_still_holds_its_titles():
    text = "桐庐新闻\n\n桐庐县13个乡镇全部建成公共法律服务工作站，先后荣获全省文明县城、全国法治宣传教育先进县等称号。\n"
    assert {f.holder for f in facts(text, "HONOURED")} == {"桐庐县"}


def test_second_review_no_candidacy_without_an_entry_and_none_for_a_denied_or_planned_one():
    lead = "桐庐新闻\n\n第五届全省文明村镇候选名单在省文明网上公示。"
    for rest in ("我市2个村因信访问题被取消资格,分别是桐庐县分水镇后岩村、淳安县千岛湖镇光昌村。\n",
                 "我市还有2个村正在积极争创,分别是桐庐县分水镇后岩村、淳安县千岛湖镇光昌村。\n",
                 "我市有2个村今年完成了村规民约修订,分别是桐庐县分水镇后岩村、淳安县千岛湖镇光昌村。\n"):
        assert not facts(lead + rest, "CANDIDATE"), rest


def test_second_review_a_clause_after_a_semicolon_that_plans_inherits_no_honour():
    text = "桐庐新闻\n\n全市12个乡镇获全省文明乡镇称号，包括分水镇、千岛湖镇等；其余乡镇将继续争创，包括江南镇、富春江镇等。\n"
    assert {f.holder for f in facts(text, "HONOURED")} == {"分水镇", "千岛湖镇"}


def test_second_review_a_count_opening_a_sentence_needs_the_set_counted_before():
    text = "桐庐新闻\n\n去年，桐庐县获评全国文明城市。这3个乡镇是分水镇、江南镇、富春江镇。\n"
    assert {f.holder for f in facts(text, "HONOURED")} == {"桐庐县"}


def test_second_review_a_body_after_the_title_that_qualifies_it_is_the_holder():
    text = "桐庐新闻\n\n获得“全国青少年普法教育先进单位”称号的桐庐县司法局，今年又推出新举措。\n"
    assert {f.holder for f in facts(text, "HONOURED")} == {"桐庐县司法局"}


def test_second_review_a_villages_officials_and_common_nouns_are_no_village_holder():
    for body in ("后岩村党支部书记王建国，扎根基层二十余年，先后荣获全国优秀共产党员、全省优秀村党组织书记等称号。",
                 "近年来，智慧社区以数字化改革为引领，先后荣获全省智慧社区示范单位等称号。"):
        got = {f.holder for f in facts("桐庐新闻\n\n" + body + "\n", "HONOURED")}
        assert not got & {"后岩村", "智慧社区"}, body


def test_second_review_unit_stays_in_a_lists_title_and_the_last_short_item_keeps_its_place():
    text = ("桐庐新闻\n\n日前，省司法厅公布了2023年度全省法治建设先进单位名单。全市共有2个单位上榜，"
            "分别是桐庐县司法局、淳安县司法局。\n")
    assert {f.award for f in facts(text, "HONOURED")} == {"全省法治建设先进单位"}
    text = "浙江新闻\n\n本次获评全国文明城市的有3个城市，包括杭州、宁波、温州等。\n"
    assert {f.holder for f in facts(text, "HONOURED")} == {"杭州市", "宁波市", "温州市"}


def test_conferred_on_the_first_of_a_counted_set_with_an_unquoted_title_after_its_kind():
    text = ("浙江新闻\n\n省委、省政府决定，授予义乌市等34个县级市和县浙江省文明城市称号，"
            "授予桐庐县分水镇等200个村镇浙江省文明村镇称号。\n")
    got = {(f.holder, f.award) for f in facts(text, "HONOURED")}
    assert got == {("义乌市", "浙江省文明城市"), ("分水镇", "浙江省文明村镇")}


def test_a_count_right_before_a_title_names_no_holder():
    text = ("浙江省2020年法治政府建设情况报告\n\n湖州市获评第一批全国法治政府建设示范市，我省命名5个法治政府建设示范市(县)"
            "和5个示范项目。\n")
    got = {(f.place, f.level) for f in facts(text, "NAMED_DEMONSTRATION_CITY")}
    assert got == {("湖州市", "national")}


def test_a_tables_rows_that_open_on_a_serial_are_members_not_navigation():
    text = ("关于第九批全国民主法治示范村（社区）拟推荐名单的公示\n\n经各地推荐、审核，现将拟推荐名单公示如下：\n\n"
            "序号 | 县（市、区） | 村（社区）\n\n1 | 桐庐县 | 分水镇后岩村\n\n2 | 淳安县 | 千岛湖镇光昌村\n\n"
            "公示时间：2024年5月6日至5月12日。\n")
    got = {(f.place, f.award) for f in facts(text, "CANDIDATE")}
    assert got == {("后岩村", "全国民主法治示范村（社区）"), ("光昌村", "全国民主法治示范村（社区）")}


def test_unit_ends_the_title_in_a_lists_heading():
    text = "2023年度全省法治建设先进单位名单\n\n1.桐庐县司法局\n\n2.淳安县人民法院\n"
    assert {f.award for f in facts(text, "HONOURED")} == {"全省法治建设先进单位"}


def test_bare_kinds_before_a_colon_under_a_notice_take_its_programme_and_candidacy():
    text = ("关于拟推荐全国乡村治理示范村镇的公示\n\n经县级推荐、市级审核，拟推荐以下村镇：\n\n"
            "示范乡镇：桐庐县分水镇、淳安县千岛湖镇\n\n示范村：桐庐县分水镇后岩村、淳安县千岛湖镇光昌村\n\n公示期为5个工作日。\n")
    got = {(f.place, f.award) for f in facts(text, "CANDIDATE")}
    assert got == {("分水镇", "全国乡村治理示范乡镇"), ("千岛湖镇", "全国乡村治理示范乡镇"),
                   ("后岩村", "全国乡村治理示范村"), ("光昌村", "全国乡村治理示范村")}
    assert not facts(text, "HONOURED")


def test_field_mediation_committees_are_bodies_on_a_published_list():
    text = ("桐庐新闻\n\n日前，司法部公布全国模范人民调解委员会名单，桐庐县分水镇人民调解委员会、"
            "淳安县医疗纠纷人民调解委员会名列其中。\n")
    got = {(f.holder, f.award) for f in facts(text, "HONOURED")}
    assert got == {("桐庐县分水镇人民调解委员会", "全国模范人民调解委员会"),
                   ("淳安县医疗纠纷人民调解委员会", "全国模范人民调解委员会")}


def test_units_one_per_line_after_a_decision_that_confers_on_the_following():
    text = ("关于表彰2023年度法治建设先进单位的决定\n\n经研究，决定授予以下单位“全市法治建设先进单位”称号：\n\n"
            "桐庐县司法局\n\n淳安县人民法院\n\n建德市公安局\n")
    got = {(f.holder, f.award) for f in facts(text, "HONOURED")}
    assert {a for _, a in got} == {"全市法治建设先进单位"} and len(got) == 3


def test_a_city_a_dash_and_its_unit_on_a_row_the_unit_holds_it():
    text = "2024年全省“枫桥式司法所”名单\n\n杭州市—桐庐县分水司法所\n\n宁波市—余姚市梁弄司法所\n"
    got = {f.holder for f in facts(text, "HONOURED")}
    assert got == {"桐庐县分水司法所", "余姚市梁弄司法所"}


def test_a_candidacy_in_prose_takes_the_year_of_the_comment_period_stated_later():
    text = ("第五届全省文明村镇候选名单公示\n\n26日，第五届全省文明村镇候选名单在省文明网上公示。我市有2个村入选，"
            "分别是桐庐县分水镇后岩村、淳安县千岛湖镇光昌村。\n\n公示期间（2017年9月26日至9月30日）将接受群众监督。\n")
    assert {(f.place, f.year) for f in facts(text, "CANDIDATE")} == {("后岩村", 2017), ("光昌村", 2017)}


def test_third_review_no_committee_through_an_adverb_or_verb_and_holders_before_a_counted_title_kept():
    from fazhi.loaders.extract.bodies import find_bodies

    for t in ("桐庐县积极推进医疗纠纷人民调解委员会规范化建设。", "杭州市在全省率先组建物业纠纷人民调解委员会。",
              "桐庐县共建成各类专业人民调解委员会12个。"):
        assert find_bodies(t) == [], t
    assert [b.name for b in find_bodies("孝感市联合专业人民调解委员会获评。")] == ["孝感市联合专业人民调解委员会"]
    text = "喜报\n\n桐庐县被评为全省唯一一个“法治政府建设示范县”。\n"
    assert {f.place for f in facts(text, "NAMED_DEMONSTRATION_CITY")} == {"桐庐县"}


def test_third_review_a_decision_after_its_comment_period_names_holders_not_candidates():
    text = ("杭州市司法局关于公布考核结果的通知\n\n公示期满无异议。市委依法治市办决定授予以下单位“全市法治建设先进单位”称号：\n\n"
            "桐庐县司法局\n\n淳安县人民法院\n")
    assert not facts(text, "CANDIDATE") and len(facts(text, "HONOURED")) == 2


def test_third_review_bare_kinds_borrow_only_a_programme_that_covers_them_and_a_city_column_holds_nothing():
    text = ("桐庐县2023年法治建设工作总结\n\n2023年，桐庐县成功创建全国法治政府建设示范县。\n\n"
            "乡村振兴方面，示范乡镇：分水镇、江南镇；示范村：环溪村、荻浦村。\n")
    assert not any("法治政府建设示范乡镇" in f.award or "法治政府建设示范村" in f.award for f in facts(text, "HONOURED"))
    text = "全省法治宣传教育先进单位名单\n\n1 | 杭州市 | 桐庐县司法局\n\n2 | 宁波市 | 象山县司法局\n"
    assert {f.holder for f in facts(text, "HONOURED")} == {"桐庐县司法局", "象山县司法局"}


def test_a_group_subheading_in_a_decision_list_keeps_the_decisions_title():
    text = ("关于表彰2023年度法治建设先进单位的决定\n\n决定授予以下单位“全市法治建设先进单位”称号：\n\n一、县（市、区）\n\n"
            "桐庐县\n\n淳安县\n\n二、市直单位\n\n市司法局\n\n市公安局\n")
    assert {f.award for f in facts(text, "HONOURED")} == {"全市法治建设先进单位"}


def test_the_following_units_won_then_one_per_line_names_no_other_holder():
    text = "杭州新闻\n\n以下单位获评“全市法治建设先进单位”：\n\n桐庐县司法局\n\n淳安县人民法院\n"
    assert {f.holder for f in facts(text, "HONOURED")} == {"桐庐县司法局", "淳安县人民法院"}


def test_a_kind_holding_a_dun_after_the_count_of_a_conferred_set():
    text = "浙江新闻\n\n省委、省政府决定，授予桐庐县等12个县（市、区）浙江省法治政府建设示范县（市、区）称号。\n"
    assert {f.place for f in facts(text, "NAMED_DEMONSTRATION_CITY")} == {"桐庐县"}


def test_how_rare_a_title_is_is_no_part_of_it():
    text = "喜报\n\n桐庐县获评全省唯一一个“全国守法普法示范县（市、区）”。\n"
    assert {f.award for f in facts(text, "HONOURED")} == {"全国守法普法示范县（市、区）"}


def test_a_village_after_a_city_and_a_dash_holds_it():
    text = "全省民主法治示范村名单\n\n宁波市——象山县石浦镇东门村\n\n杭州市——桐庐县江南镇环溪村\n"
    assert {f.holder for f in facts(text, "HONOURED")} == {"东门村", "环溪村"}


def test_sub_headings_that_count_their_members_open_them_under_a_shortlists_heading():
    # the section heading names the title (进步县, no head word the grammar knows) by its shortlist; each
    # numbered line says which and how many before a colon, then the members
    text = ("关于2021年度浙江县域发展评比初选名单的公示\n\n现将初选名单公示如下:\n"
            "一、2021年度浙江县域发展进步县初选名单\n"
            "1. 排位比上年度前进10位以上的县(市、区)3个:桐庐县、杭州市淳安县、建德市。\n"
            "2. 排位比上年度前进5-9位的县(市、区)2个:象山县、宁海县。\n")
    got = {(f.place, f.award) for f in facts(text, "CANDIDATE")}
    assert got == {(p, "浙江县域发展进步县") for p in ("桐庐县", "淳安县", "建德市", "象山县", "宁海县")}
    # those left out are no candidates
    text = ("2021年度全市民主法治示范村拟命名名单\n\n1. 通过复核的村2个：桐庐县分水镇后岩村、桐庐县江南镇环溪村\n"
            "2. 复核未通过、暂缓命名的村1个：建德市梅城镇三都村。\n")
    assert {f.place for f in facts(text, "CANDIDATE")} == {"后岩村", "环溪村"}
    # a county's own count heads its units (南陵县3个: its villages), not a new set of counties
    text = ("2021年度全市民主法治示范村拟命名名单\n\n"
            "桐庐县2个:分水镇后岩村、江南镇环溪村\n")
    assert {f.place for f in facts(text, "CANDIDATE")} == {"后岩村", "环溪村"}


def test_places_a_body_selects_before_a_counted_quoted_title_hold_it():
    text = "桐庐新闻\n\n2023年,桐庐县评选出后岩村、环溪村、荻浦村等36个“平安示范村”。\n"
    got = {(f.holder, f.award) for f in facts(text, "HONOURED")}
    assert got == {(v, "平安示范村") for v in ("后岩村", "环溪村", "荻浦村")}
    # the county that selects holds nothing
    assert not any(h == "桐庐县" for h, _ in got)


def test_a_village_after_its_town_behind_a_zone_no_list_places_holds_the_title():
    text = ("杭州市乡村治理示范村名单\n\n全省乡村治理示范村:\n1、桐庐县 分水镇后岩村\n2、高新区 长河镇山一村\n"
            "3、钱江经济开发区义蓬街道新湾社区\n")
    got = {f.holder for f in facts(text, "HONOURED")}
    assert got == {"后岩村", "山一村", "新湾社区"}


def test_second_review_candidates_after_a_selection_and_rows_whose_first_item_holds_its_own():
    text = "桐庐新闻\n\n2023年，市司法局评选出后岩村、环溪村等10个“民主法治示范村”候选村。\n"
    assert {f.place for f in facts(text, "CANDIDATE")} == {"后岩村", "环溪村"}
    assert facts(text, "HONOURED") == []
    # a body before a village, or a county the village's town is not in, is a member of its own
    text = "杭州市法治宣传教育先进集体名单\n\n桐庐县司法局 分水镇后岩村 淳安县人民法院 千岛湖镇环溪村\n"
    assert {f.holder for f in facts(text, "HONOURED")} == {"桐庐县司法局", "后岩村", "淳安县人民法院", "环溪村"}
    text = "杭州市平安建设先进单位名单\n\n桐庐县 建德市 千岛湖镇下姜村 富阳区\n"
    assert {f.holder for f in facts(text, "HONOURED")} == {"桐庐县", "建德市", "下姜村", "富阳区"}


def test_a_place_whose_counted_work_is_selected_holds_the_title():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    def holders(text):
        return [(f.holder, f.award) for f in extract(document_from_text(text)) if f.type == "HONOURED"]

    assert holders("2031年，伊犁州3项经验做法入选新疆法治政府建设典型经验。") == [("伊犁哈萨克自治州", "新疆法治政府建设典型经验")]
    # …but a count of its villages holds it, not the place
    assert holders("2031年，伊犁州8个村荣获全国民主法治示范村称号。") == []


def test_works_each_opening_on_a_place_or_body_before_a_cue_pointing_back_hold_the_honour_named_before():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = ("2031年，“新时代江西十大法治事件”评选结果揭晓，最终确定入选名单。其中，吉安市创新推动年度法治述职评议工作、"
            "江西出台全国首部专门保护候鸟的省级地方性法规、省公安厅研发运用全警情案件系统规范执法办案等一批法治事件入选。")
    got = {(f.holder, f.award) for f in extract(document_from_text(text)) if f.type == "HONOURED"}
    assert got == {("吉安市", "新时代江西十大法治事件"), ("江西省", "新时代江西十大法治事件"),
                   ("江西省公安厅", "新时代江西十大法治事件")}


def test_a_body_selecting_units_of_a_quoted_kind_names_the_honour_a_list_after_it_points_back_to():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = ("近日，中央政法委在全国范围评选出104家“枫桥式工作法”单位。我省三明市明溪县沙溪乡预防化解涉侨纠纷工作法、"
            "宁德市霞浦县溪南镇化解海上养殖纠纷工作法2个工作法入选。")
    got = {(f.holder, f.award) for f in extract(document_from_text(text)) if f.type == "HONOURED"}
    assert got == {("沙溪乡", "枫桥式工作法单位"), ("溪南镇", "枫桥式工作法单位")}


def test_each_case_of_a_published_collection_is_an_honour_of_the_place_or_body_opening_its_title():
    text = ("今年以来，宁夏扎实组织开展规范涉企行政执法专项行动，形成了一批好经验。现将3个典型案例予以公布。\n"
            "案例一：银川市“4+4+4”执法新模式\n"
            "【基本情况】银川市创新执法模式，成效明显。\n"
            "案例二：宁夏回族自治区公安厅“四步五评”工作法\n"
            "【基本情况】自治区公安厅推行“四步五评”工作法。\n")
    got = sorted((f.holder, f.award) for f in facts(text, "HONOURED"))
    assert got == [("宁夏回族自治区公安厅", "规范涉企行政执法典型案例"), ("银川市", "规范涉企行政执法典型案例")]
    # numbered cases with no collection announced are no honour
    assert facts(text.replace("现将3个典型案例予以公布。", ""), "HONOURED") == []


def test_a_headline_publishing_a_collection_of_cases_adopts_no_practice():
    text = "宁夏回族自治区司法厅公布规范涉企行政执法典型案例\n近日，自治区司法厅公布一批典型案例。\n"
    assert [f.mechanism for f in facts(text, "ADOPTED")] == []


def test_a_practice_selected_as_experience_is_an_honour_and_a_practice_run_before_the_comma_stays():
    text = ("大连市2024年法治政府建设情况报告\n2024年，大连市深入践行习近平法治思想。\n"
            "“高效办成一件事”全面推进，“义务教育入学一件事”入选全国“高效办成一件事”重点事项经验做法。\n")
    assert [(f.holder, f.award) for f in facts(text, "HONOURED")] == [
        ("大连市", "全国高效办成一件事重点事项经验做法")]
    assert [f.mechanism for f in facts(text, "ADOPTED")] == ["高效办成一件事"]


def test_a_cases_text_is_about_the_place_its_title_opens_with_and_the_collections_period_is_its_year():
    text = ("浙江省司法厅推出2024年第三季度全省公共法律服务典型经验案例\n"
            "为推广各地经验，省司法厅推出2024年第三季度全省公共法律服务典型经验案例2篇。\n"
            "案例一：温州打造涉外法律服务中心\n该市依托律师协会，推行“一站通办”机制。\n"
            "案例二：嘉兴推行“村社法律顾问”制度\n该市建立“法律体检”机制。\n")
    got = {(f.place, f.mechanism) for f in facts(text, "ADOPTED")}
    assert got == {("温州市", "一站通办"), ("嘉兴市", "法律体检")}  # not the province's; the titles are entries
    assert {(f.holder, f.award, f.year) for f in facts(text, "HONOURED")} == {
        ("温州市", "全省公共法律服务典型经验", 2024), ("嘉兴市", "全省公共法律服务典型经验", 2024)}


def test_a_numbered_case_title_with_no_place_returns_the_text_to_its_own_place():
    text = ("杭州市公布2024年度全市优化营商环境典型案例\n为推广经验，现将3个典型案例予以公布。\n"
            "案例一：西湖区推行“企业服务专员”\n西湖区在全区推行“企业服务专员”制度。\n"
            "案例二：“亲清在线”助企平台\n全市上线“亲清在线”数字平台。\n")
    got = {(f.place, f.mechanism) for f in facts(text, "ADOPTED")}
    assert ("西湖区", "亲清在线") not in got and ("杭州市", "亲清在线") in got


def test_a_bracketed_sub_heading_keeps_the_case_it_is_in_and_a_year_alone_is_no_edition():
    text = ("关于推广全省司法行政系统典型经验做法的通知\n现将典型经验做法印发给你们，请结合实际学习借鉴。\n"
            "一、宁波市司法局“海上枫桥”调解工作\n（一）主要做法\n宁波市建立“海上枫桥”调解机制。\n"
            "二、衢州市司法局“村情通”建设\n（一）主要做法\n全面推行“村情通+全民网格”模式。\n")
    got = {(f.place, f.mechanism) for f in facts(text, "ADOPTED")}
    assert ("衢州市", "村情通+全民网格") in got and ("宁波市", "村情通+全民网格") not in got
    text = ("杭州市公布2024年度全市优化营商环境典型案例\n为推广经验，现将2024年度全市优化营商环境典型案例予以公布。\n"
            "案例一：西湖区推行“企业服务专员”\n西湖区在全区推行“企业服务专员”制度。\n")
    assert [f.edition for f in facts(text, "HONOURED")] == [None]


def test_a_lead_ending_in_a_colon_stands_apart_from_the_names_below_it_and_names_the_title_unquoted():
    # the names one per line are of one width, so the text looks hard-wrapped; the lead still stands apart
    names = "武汉市江岸区永清街道人民调解委员会\n宜昌市夷陵区小溪塔街道人民调解委员会\n襄阳市襄州区张湾街道人民调解委员会\n"
    text = "关于表彰模范调解组织的决定\n经研究，决定授予以下单位全国模范人民调解委员会称号：\n" + names
    got = {(f.holder, f.award) for f in facts(text, "HONOURED")}
    assert got == {(n, "全国模范人民调解委员会") for n in names.split()}
    text = "关于拟推荐对象的公示\n经审核，拟推荐以下单位为全国模范人民调解委员会候选对象，现予以公示：\n" + names
    got = {(f.place, f.award) for f in facts(text, "CANDIDATE")}
    assert {("小溪塔街道", "全国模范人民调解委员会"), ("张湾街道", "全国模范人民调解委员会")} <= got
    assert not facts(text, "HONOURED")


def test_review_round_24_a_lead_naming_units_below_takes_the_title_after_wei_and_a_unit_keeps_no_province():
    text = ("关于命名省级民主法治示范村（社区）的决定\n经研究，决定命名以下村（社区）为省级民主法治示范村（社区）：\n"
            "桐庐县江南镇环溪村\n桐庐县分水镇后岩村\n桐庐县富春江镇石舍村\n")
    assert {f.award for f in facts(text, "HONOURED")} == {"省级民主法治示范村（社区）"}
    text = "表彰决定\n决定授予以下10个单位全市法治建设先进集体称号：\n桐庐县司法局\n淳安县司法局\n建德市司法局\n"
    assert {f.award for f in facts(text, "HONOURED")} == {"全市法治建设先进集体"}
    text = ("近日，司法部印发《关于通报表扬全国“八五”普法中期表现突出的单位和个人的通知》，对1793个单位予以通报表扬。\n"
            "全国“八五”普法中期表现突出的单位（浙江）\n浙江省杭州市中级人民法院\n浙江省湖州市公安局交通警察支队\n"
            "浙江省湖州市交通运输局综合行政执法大队\n")
    assert {f.holder for f in facts(text, "HONOURED")} == {
        "杭州市中级人民法院", "湖州市公安局交通警察支队", "湖州市交通运输局综合行政执法大队"}
