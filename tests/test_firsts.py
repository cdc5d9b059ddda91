"""The first-claim reader (loaders/extract/firsts.py) on sentences written for these tests.

Place refs are made by hand (as in test_relations.py); the last tests run the whole pipeline.
"""
from fazhi.loaders import document_from_text
from fazhi.loaders.extract import extract
from fazhi.loaders.extract.firsts import cues
from _article import run as _run


def run(text, main=None, bodies=(), date_year=None):
    return _run(text, main=main, bodies=bodies, date_year=date_year)


def firsts(text, **kw):
    return [(f.place, f.mechanism, f.scope) for f in run(text, **kw) if f.type == "PIONEERED"]


def test_cue_words_come_from_the_data_file():
    assert "率先" in cues("lead") and "首个" in cues("noun") and "首次" in cues("once")
    assert cues("no such role") == ()


def test_an_unquoted_first_claim_with_the_scope_before_the_cue():
    assert firsts("甲市在全国率先出台农贸市场噪声管理条例。") == [("甲市", "农贸市场噪声管理条例", "全国")]


def test_the_scope_after_the_cue_and_a_trailing_system_word_dropped():
    assert firsts("丙区率先在全市推行夜间执法巡查制度。") == [("丙区", "夜间执法巡查", "全市")]


def test_the_first_one_after_a_verb():
    assert firsts("乙县建成全省首个乡村调解驿站，方便群众就近解纷。") == [("乙县", "乡村调解驿站", "全省")]


def test_a_place_before_the_first_one_gives_the_scope():
    assert firsts("甲市出台戊省首部养犬管理规定。") == [("甲市", "养犬管理规定", "全省")]


def test_a_place_named_after_zai_is_the_scope_of_a_place_inside_it():
    assert firsts("乙县在甲市率先推出“企业服务码”。") == [("乙县", "企业服务码", "全市")]


def test_the_subject_carried_from_the_sentence_before():
    assert firsts("乙县持续深化改革。全国首推“夜市执法驿站”。") == [("乙县", "夜市执法驿站", "全国")]


def test_a_counted_head_names_the_listed_items():
    facts = firsts("甲市全国首推免罚、轻罚两张清单。")
    assert facts == [("甲市", "两张清单", "全国")]


def test_one_list_of_firsts_gives_one_fact_each():
    got = firsts("甲市在全国率先建成规章数据库、率先开展低空经济立法。")
    assert [m for _, m, _ in got] == ["规章数据库", "低空经济立法"]


def test_the_first_thing_arriving_in_a_place():
    assert firsts("全省首个知识产权仲裁中心落户甲市。") == [("甲市", "知识产权仲裁中心", "全省")]


def test_the_thing_the_copula_speaks_of():
    text = "甲市发布《文明养犬导则》。该导则是全省首个规范城市养犬行为的地方标准。"
    assert firsts(text) == [("甲市", "文明养犬导则", "全省")]


def test_origin_claims():
    assert firsts("“院落议事会”这种基层协商做法，起源于乙县。") == [("乙县", "院落议事会", None)]
    assert firsts("乙县是“四议两公开”工作法的发源地。") == [("乙县", "四议两公开", None)]


def test_the_first_time_is_no_first():
    assert firsts("甲市首次开展“法治体检”服务。") == []
    # 首次提出 is a first claim (SCHEMA.md convention 3)
    assert firsts("2019年，乙县首次在基层治理领域提出“街乡吹哨”机制。") == [("乙县", "街乡吹哨", None)]
    # the first time in an area (全市首次, 在全省首次) is a first among its places
    assert firsts("乙县在全省首次推行“街乡吹哨”机制。") == [("乙县", "街乡吹哨", "全省")]



def test_the_first_is_the_head_a_means_clause_describes():
    # 以“A”为主要内容的“B”: B was done first, A is what it consists of
    assert firsts("甲市率先推行以“三跨四清单”为主要内容的“综合查一次”改革。") == [("甲市", "综合查一次", None)]


def test_the_first_batch_is_no_first():
    assert firsts("乙县入选首批“证照分离”改革试点。") == []


def test_reaching_a_target_first_is_no_first():
    facts = run("甲市在全省率先实现村（社区）法律顾问全覆盖。")
    assert [f for f in facts if f.type == "PIONEERED"] == []
    assert firsts("丙区率先列入省级改革试点名单。") == []


def test_an_aim_a_figure_of_speech_and_a_central_body_are_no_firsts():
    assert firsts("甲市力争在全省率先建成法治政府。") == []
    assert firsts("甲市在全国率先探索了一条营商环境法治化新路子。") == []
    assert firsts("司法部在全国率先推行“证明事项告知承诺制”。", bodies=[("司法部", None)]) == []


def test_a_first_without_a_scope_is_the_places_own_first():
    assert firsts("甲市成功拍摄首部普法微电影。") == []


def test_the_adopted_twin():
    facts = run("2022年，甲市在全国首创行政执法观察员制度。")
    (p,) = [f for f in facts if f.type == "PIONEERED"]
    (a,) = [f for f in facts if f.type == "ADOPTED"]
    assert (p.place, p.mechanism, p.scope, p.year) == ("甲市", "行政执法观察员", "全国", 2022)
    assert (a.place, a.mechanism, a.year, a.rule) == ("甲市", "行政执法观察员", 2022, "first.adopt")


def test_an_adoption_read_before_keeps_its_name_and_is_not_doubled():
    facts = run("乙县在全省率先推行“茶企合规码”。")
    assert [(f.type, f.place, f.mechanism) for f in facts] == [("ADOPTED", "乙县", "茶企合规码"),
                                                               ("PIONEERED", "乙县", "茶企合规码")]


def test_whole_pipeline_reads_an_unquoted_first():
    doc = document_from_text("惠州市法治政府建设综述\n惠州在全国率先出台农村生活污水处理条例，守护乡村水环境。")
    got = [(f.type, f.place, f.mechanism, f.scope) for f in extract(doc) if f.type in ("PIONEERED", "ADOPTED")]
    assert ("PIONEERED", "惠州市", "农村生活污水处理条例", "全国") in got
    assert ("ADOPTED", "惠州市", "农村生活污水处理条例", None) in got


def test_the_first_city_of_a_kind_is_no_practice():
    assert firsts("甲市是全国首个无障碍环境建设试点城市。") == []


def test_di_yi_ge_before_a_thing_or_a_verb():
    assert firsts("乙县建立全省第一个电商纠纷调解室。") == [("乙县", "电商纠纷调解室", "全省")]
    assert firsts("乙县在全省第一个推行行政复议调解书公开。") == [("乙县", "行政复议调解书公开", "全省")]


def test_the_first_place_to_do_something():
    text = "作为全省率先出台《夜间经济管理指引》的城市，甲市推行柔性执法。"
    assert firsts(text, main="甲市") == [("甲市", "夜间经济管理指引", "全省")]
    assert firsts("甲市成为全省首个实现不动产登记一网通办的城市。") == []  # 实现: an outcome


def test_an_honour_later_in_a_list_of_feats_does_not_cancel_the_first_feat():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = ("绵阳市行政复议工作综述\n绵阳市推进行政复议。\n工作亮点\n"
            "在全省率先建成300余平方米的“三区六室”标准化办案中心、成立全国首家地市级“行政复议法学研究会”、"
            "荣获全国行政复议行政应诉工作表现突出集体称号。\n")
    got = {(f.place, f.mechanism, f.scope) for f in extract(document_from_text(text)) if f.type == "PIONEERED"}
    assert got == {("绵阳市", "三区六室", "全省"), ("绵阳市", "行政复议法学研究会", "全国")}


def test_the_origin_named_right_after_the_noun_and_a_visit_to_an_unnamed_origin():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    def pioneers(text):
        return [(f.place, f.mechanism) for f in extract(document_from_text(text)) if f.type == "PIONEERED"]

    assert pioneers("2031年，考察团来到“枫桥经验”发源地诸暨市枫桥镇参观。\n") == [("枫桥镇", "枫桥经验")]
    assert pioneers("玉门市连续两年派人到“枫桥经验”发源地取经。\n") == []


def test_a_practice_that_began_in_a_place_named_before_it():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    got = [(f.place, f.mechanism) for f in extract(document_from_text("这场始于嘉兴的“综合查一次”改革已走向全国。\n"))
           if f.type == "PIONEERED"]
    assert got == [("嘉兴市", "综合查一次")]


def test_a_places_first_of_its_own_is_no_first_among_places():
    def pioneered(text):
        return [(f.place, f.mechanism) for f in extract(document_from_text(text)) if f.type == "PIONEERED"]

    # the city's own first regulation: the first inside the city, made by the city
    assert pioneered("绍兴市地方立法回顾\n\n1999年，《绍兴市城市管理条例》审议通过，这是绍兴第一部地方性法规。\n") == []
    # a county first in its province is a first among the province's places
    got = pioneered("德清县推行“标准地”改革\n\n2030年，德清县出台浙江省首部标准地管理办法。\n")
    assert got and got[0][0] == "德清县"


def test_a_time_phrase_without_a_comma_still_comes_before_the_actor():
    def places(text, typ):
        return {f.place for f in extract(document_from_text(text)) if f.type == typ}

    text = "浙江村级法律顾问十年\n\n2019年湖州市率先推行“村级法务专员”。\n"
    assert places(text, "PIONEERED") == {"湖州市"}
    # after a verb the place is no actor: the headline's place stands
    text = "浙江基层治理\n\n2031年入选湖州市“平安村”名录的村全部推行“村级法务专员”。\n"
    assert "湖州市" not in places(text, "ADOPTED")


def test_a_first_covers_every_practice_of_the_list_its_verb_governs():
    text = "百色市法治政府建设\n\n百色市在全区率先推进权责清单公开、“政银合作”“政企合作”等工作。\n"
    got = {f.mechanism for f in extract(document_from_text(text)) if f.type == "PIONEERED"}
    assert got == {"权责清单", "政银合作", "政企合作"}
    # a quoted modifier before a name is one phrase, not a list
    text = "百色市法治建设\n\n百色市全区率先将“法治建设第一责任人”述法主体扩大到国有企业。\n"
    assert "述法" not in {f.mechanism for f in extract(document_from_text(text)) if f.type == "PIONEERED"}


def test_the_place_right_before_a_first_claim_is_the_pioneer_and_the_only_adopter():
    text = ("宁波小微权力清单\n\n记者注意到，这份文件的内容与宁波此前的探索高度契合，"
            "尤其是象山县2014年3月在全国率先推出的“村级事务阳光清单”。\n")
    got = {(f.type, f.place) for f in extract(document_from_text(text)) if f.type in ("ADOPTED", "PIONEERED")}
    assert got == {("ADOPTED", "象山县"), ("PIONEERED", "象山县")}


def test_a_place_beginning_a_colleges_name_is_no_co_actor():
    text = "甲市法治\n\n2031年，恩施市与武汉警官职业学院合作成立全省首家“乡村振兴法务学院”。\n"
    got = {(f.type, f.place) for f in extract(document_from_text(text)) if f.type in ("PIONEERED", "ADOPTED")}
    assert got == {("PIONEERED", "恩施市"), ("ADOPTED", "恩施市")}
    # two places joined by 与 both act; a place building a university does not begin its name
    text = "甲市法治\n\n2031年，恩施市与宜昌市在全省率先推行“跨域立案”。山东省建设创业大学。\n"
    got = {f.place for f in extract(document_from_text(text)) if f.type == "PIONEERED"}
    assert got == {"恩施市", "宜昌市"}


def test_the_first_counted_by_zhi_is_a_first():
    text = "长治市法治\n\n2031年，长治市建立全省第一支法治督察员队伍。\n"
    assert {f.place for f in extract(document_from_text(text)) if f.type == "PIONEERED"} == {"长治市"}


def test_an_origin_verb_may_name_the_time_before_the_place():
    text = "甲市工作\n\n“枫桥经验”诞生于20世纪60年代的诸暨市枫桥镇。\n"
    assert {(f.place, f.mechanism) for f in extract(document_from_text(text)) if f.type == "PIONEERED"} == {
        ("枫桥镇", "枫桥经验")}


def test_a_partner_between_the_first_cue_and_its_verb():
    text = "墨江县调解工作\n\n2031年，墨江县在全省率先与周边县乡建立联合调解组织。\n"
    assert {(f.place, f.scope) for f in extract(document_from_text(text)) if f.type == "PIONEERED"} == {
        ("墨江哈尼族自治县", "全省")}


def test_a_word_holding_deng_is_no_class_of_things_and_a_relative_clause_leaves_its_head():
    text = "某市调解工作\n\n2031年，岳阳市在全省率先组织开展人民调解员等级评定。\n"
    assert {(f.place, f.mechanism) for f in extract(document_from_text(text)) if f.type == "PIONEERED"} == {
        ("岳阳市", "人民调解员等级评定")}
    text = "某县营商环境\n\n2031年，桐庐县挂牌成立全市首家集投诉、合规等职能于一体的营商环境服务中心。\n"
    assert {f.mechanism for f in extract(document_from_text(text)) if f.type == "PIONEERED"} == {"营商环境服务中心"}
    # a class of things stays none (…等规章)
    text = "某市立法\n\n2031年，岳阳市在全省率先出台养犬、烟花爆竹等规章。\n"
    assert not [f for f in extract(document_from_text(text)) if f.type == "PIONEERED"]


def test_a_place_opening_an_example_does_not_carry_to_the_sentences_after_it():
    text = ("漳州市调解工作\n\n2031年，漳州市深化调解工作。如华安县发生一起纠纷，县司法局及时化解。"
            "在全省率先组织开展人民调解员等级评定。\n")
    assert {f.place for f in extract(document_from_text(text)) if f.type == "PIONEERED"} == {"漳州市"}


def test_a_first_covers_the_names_joined_to_the_one_it_governs():
    assert firsts("甲市在全国首创“范式合规”和“简式合规”，进一步完善“繁简分流”程序。") == [
        ("甲市", "范式合规", "全国"), ("甲市", "简式合规", "全国")]
    assert [m for _, m, _ in firsts("甲市在全国首创“企业码”“执法码”“两码互核”模式。")] == ["企业码", "执法码", "两码互核"]
    # a name after a clause break is not governed by the first
    assert [m for _, m, _ in firsts("甲市在全国首创“范式合规”，并推行“简式合规”。")] == ["范式合规"]


def test_a_place_that_gave_birth_to_a_practice_pioneered_it():
    got = firsts("甲市获得示范市命名。这座孕育了“三色调解”的历史文化名城，再添一张金名片。", main="甲市")
    assert [(p, m) for p, m, _ in got] == [("甲市", "三色调解")]


def test_the_origin_of_a_practice_named_without_quotes():
    got = firsts("戊省一直是法治乡村建设的积极践行者，作为法治乡村建设的发源地，早有经验。", main="戊省")
    assert [(p, m) for p, m, _ in got] == [("戊省", "法治乡村建设")]


def test_a_count_of_first_things_names_none_of_its_own():
    assert firsts("甲市落地某某工作站等全国首创举措3项，实行“证照联办”等先行措施22项。", main="甲市") == []


def test_a_first_cue_inside_an_honours_name_claims_nothing():
    assert firsts("甲市入选全市率先推进营商环境改革创新示范区，推行“容缺办”。", main="甲市") == []


def test_a_target_reached_first_is_no_first_but_the_practice_it_covers_runs_there():
    facts = run("2030年，甲市在全省率先实现市县乡三级合法性审查全覆盖。", main="甲市")
    assert not [f for f in facts if f.type == "PIONEERED"]
    assert [(f.place, f.mechanism) for f in facts if f.type == "ADOPTED"] == [("甲市", "合法性审查")]


def test_earliest_in_a_scope_is_a_first():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = "桐庐县2031年法治政府建设年度报告\n桐庐县在全省最早出台《桐庐县行政执法监督办法》。\n"
    got = {(f.place, f.scope) for f in extract(document_from_text(text)) if f.type == "PIONEERED"}
    assert got == {("桐庐县", "全省")}


def test_the_thing_first_set_up_ends_where_zai_names_its_place():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = "桐庐县法治建设纪实\n全省第一个县级行政复议局在桐庐县挂牌成立。\n"
    got = {(f.place, f.mechanism) for f in extract(document_from_text(text)) if f.type == "PIONEERED"}
    assert got == {("桐庐县", "县级行政复议局")}


def test_a_first_said_after_the_practice_the_sentence_put_in_place():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    def firsts(text):
        return {(f.place, f.mechanism, f.scope) for f in extract(document_from_text(text)) if f.type == "PIONEERED"}

    assert firsts("桐庐县法治建设纪实\n桐庐县推出“共享法庭”，在全国属首创。\n") == {("桐庐县", "共享法庭", "全国")}
    assert firsts("桐庐县法治建设纪实\n桐庐县创设“共享法庭”，开创了全省先河。\n") == {("桐庐县", "共享法庭", "全省")}
    # no scope said: whose first it is cannot be told
    assert firsts("桐庐县法治建设纪实\n桐庐县推出“共享法庭”，属首创。\n") == set()
    # the first time in a scope of places is a first; the place's own first time is not
    assert firsts("桐庐县法治建设纪实\n桐庐县推出“共享法庭”，在全国尚属首次。\n") == {("桐庐县", "共享法庭", "全国")}
    assert firsts("桐庐县法治建设纪实\n桐庐县推出“共享法庭”，尚属首次。\n") == set()
    # a word of manner between the cue and its verb
    assert firsts("杭州市法治建设纪实\n杭州市在全省率先全面建立政府权力清单制度。\n") == {("杭州市", "政府权力清单", "全省")}


def test_more_ways_to_say_first():
    assert firsts("乙县领先全省推出“街乡吹哨”机制。") == [("乙县", "街乡吹哨", "全省")]
    assert firsts("乙县在全国开创性地推出“街乡吹哨”机制。") == [("乙县", "街乡吹哨", "全国")]
    assert firsts("乙县首开先河，推出“街乡吹哨”机制。") == [("乙县", "街乡吹哨", None)]
    assert firsts("乙县独创“街乡吹哨”机制。") == [("乙县", "街乡吹哨", None)]
    assert firsts("乙县首次在全国推出“街乡吹哨”机制。") == [("乙县", "街乡吹哨", "全国")]
    # the passive: the practice before 由, the pioneer after it
    assert firsts("“街乡吹哨”机制由乙县首创。") == [("乙县", "街乡吹哨", None)]


def test_a_first_said_of_a_practice_no_verb_put_in_place():
    assert firsts("乙县“街乡吹哨”机制开全国先河。", main="乙县") == [("乙县", "街乡吹哨", "全国")]
    assert firsts("乙县的“街乡吹哨”机制填补了全省空白。", main="乙县") == [("乙县", "街乡吹哨", "全省")]


def test_a_first_list_made_public_is_a_first():
    # 晒出/公布 a first list: the list is the practice, made public first
    assert firsts("乙县晒出全国第一份县域行政权力清单。") == [("乙县", "县域行政权力清单", "全国")]
    assert firsts("乙县公布全省首份涉企检查事项清单。") == [("乙县", "涉企检查事项清单", "全省")]


def test_a_first_among_the_units_of_a_level_needs_no_scope():
    # 首份省级…: a first among provinces, though no scope is said; the place's own first (首部微电影) stays out
    assert firsts("戊省晒出首份省级权力清单。") == [("戊省", "省级权力清单", None)]
    assert firsts("乙县成功拍摄首部法治微电影。") == []
    # 从…开始: the frame's end is no part of the name
    assert firsts("从乙县晒出全国第一份县域行政权力清单开始，各地纷纷跟进。") == [("乙县", "县域行政权力清单", "全国")]


def test_a_place_own_first_of_a_level_and_data_made_public_are_no_firsts():
    assert firsts("甲市建成首个省级法治宣传教育基地。") == []
    assert firsts("甲市公布全国首个城市大脑运行数据。") == []


def test_measure_words_of_trains_and_schools_make_firsts():
    assert firsts("甲市开通全省首列普法主题地铁专列。") == [("甲市", "普法主题地铁专列", "全省")]
    assert firsts("乙县建成全市首所社区矫正学校。") == [("乙县", "社区矫正学校", "全市")]


def test_a_first_cue_inside_a_document_title_claims_nothing():
    from fazhi.loaders import document_from_text

    text = ("桐庐县2023年法治政府建设工作报告\n起草《桐庐县推进法治政府建设率先突破三年行动计划》"
            "《桐庐县党政主要负责人述法考核评价办法》，党政负责人述法全覆盖。\n")
    assert not [f for f in extract(document_from_text(text)) if f.type == "PIONEERED"]


def test_a_precedent_of_a_kind_said_after_a_title_makes_the_title_the_first():
    # …开创全国…先例: the title standing before the precedent is the first, not the words before 先例
    assert firsts("戊省立法工作成效明显。《湿地公园保护条例(试行)》开创全国湿地立法先例。", main="戊省") == [
        ("戊省", "湿地公园保护条例", "全国")]
    assert firsts("戊省制定《湿地公园保护条例》,开创全国湿地立法先例。") == [("戊省", "湿地公园保护条例", "全国")]
    # with no scope no first can be told; a national law studied is no first of the place's
    assert firsts("戊省制定《湿地公园保护条例》,开创湿地立法先例。") == []
    assert firsts("戊省认真学习《中华人民共和国民法典》,开创全省普法先例。") == []


def test_a_list_of_named_laws_closed_by_deng_gives_each_law_not_the_class():
    got = firsts("戊省率先制定创新型企业促进条例、夜间经济管理条例、外卖骑手权益保障规定等一批具有开创意义的法规。")
    assert [m for _, m, _ in got] == ["创新型企业促进条例", "夜间经济管理条例", "外卖骑手权益保障规定"]
    assert {p for p, _, _ in got} == {"戊省"}


def test_a_singular_first_ends_where_another_actor_of_the_list_begins():
    got = firsts("其中，甲市推动述职评议、戊省出台全国首部保护湿地的地方性法规、乙县成立调解中心等事件入选。")
    assert got == [("戊省", "保护湿地地方性法规", "全国")]


def test_a_first_named_by_parts_joined_with_a_comma_stays_whole():
    got = firsts("甲市建成全省首个政务内、外网数据交换平台。")
    assert got == [("甲市", "政务内、外网数据交换平台", "全省")]


def test_the_first_thing_made_in_a_place_named_after_zai():
    assert firsts("戊省首个法治文化餐厅在乙县建成。", main="甲市") == [("乙县", "法治文化餐厅", "全省")]


def test_places_listed_inside_the_description_of_a_first_do_not_cut_it():
    got = firsts("甲市建成全省首个覆盖乙县、丙区、丁县的公共法律服务网络。")
    assert got == [("甲市", "公共法律服务网络", "全省")]


def test_a_list_of_routine_rules_closed_by_deng_is_no_list_of_firsts():
    got = firsts("甲市在全省率先建立值班制度、例会制度、请示报告制度等内部管理制度。")
    assert [m for _, m, _ in got] not in (["值班制度", "例会制度", "请示报告制度"], ["值班", "例会", "请示报告"])
    assert not any(m.startswith(("值班", "例会")) for _, m, _ in got)


def test_the_first_thing_unveiled_at_a_venue_in_a_place_is_that_places():
    got = firsts("甲市首个“无讼示范景区”在乙县国家湿地公园挂牌。")
    assert got == [("乙县", "无讼示范景区", "全市")]


def test_a_province_after_zai_before_a_first_cue_is_the_scope_not_the_actor():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    # the text is about 无锡市 (named below); 在江苏最早… opens a sentence with no actor of its own
    text = ("无锡的法治秘籍\n在江苏最早开展法治政府建设第三方评议，最早探索重大行政决策程序制度建设。\n"
            "2031年，无锡市入选全国法治政府建设示范市。无锡市委书记强调，要深化法治无锡建设。\n")
    fs = [f for f in extract(document_from_text(text)) if f.type == "PIONEERED"]
    assert fs and {f.place for f in fs} == {"无锡市"}


def test_a_first_put_as_a_label_before_what_was_done():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = "南沙区司法局大事记\n2031年5月\n全省第一:建立涉外法律服务联动机制。南沙区司法局牵头推进。\n"
    fs = [(f.place, f.mechanism, f.scope) for f in extract(document_from_text(text)) if f.type == "PIONEERED"]
    assert fs == [("南沙区", "涉外法律服务联动", "全省")]


def test_a_first_cue_inside_a_noun_of_significance_claims_nothing_of_what_follows():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = "2031年，珠海市出台海岛保护条例等5部具有全国首创意义的地方性法规。\n"
    names = [f.mechanism for f in extract(document_from_text(text)) if f.type == "PIONEERED"]
    assert not any("意义" in n or n == "地方性法规" for n in names)


def _firsts(text):
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    return [(f.place, f.mechanism) for f in extract(document_from_text(text)) if f.type == "PIONEERED"]


def test_a_first_book_a_first_established_system_and_a_titled_first_law():
    assert _firsts("2031年，拱墅区出台全省首本《拱墅区社区矫正工作手册》。") == [("拱墅区", "社区矫正工作手册")]
    assert _firsts("2031年，无锡市在全国率先确立行政裁量基准动态评估制度，探索综合行政执法改革。") == [
        ("无锡市", "行政裁量基准动态评估")]
    # a quote describing the kind of document is not its name: the title after it is
    assert _firsts("2031年，海南省出台全国首部“跨海”地方性法规《海南省琼州海峡协同管理条例》。") == [
        ("海南省", "琼州海峡协同管理条例")]


def test_a_numbered_item_or_a_ranking_is_no_first_label():
    assert _firsts("金华市法治政府建设工作总结\n2031年，金华市主要做了三方面工作。第一：建立行政执法协调监督机制。第二：推行柔性执法。") == []
    assert _firsts("金华市法治政府建设工作总结\n2031年，金华市考核排名全省第一：全面推行证明事项告知承诺制。") == []


def test_a_first_of_significance_names_the_thing_after_it():
    assert _firsts("2031年，金华市建立了具有全国首创意义的行政执法协调监督机制。") == [("金华市", "行政执法协调监督")]


def test_the_province_and_its_area_after_zai_are_the_scope_of_a_citys_first():
    assert _firsts("无锡市法治政府建设报告\n在江苏全省率先开展法治政府建设第三方评议。无锡市委强调，深化法治无锡建设。") == [
        ("无锡市", "法治政府建设第三方评议")]
    assert _firsts("无锡市法治政府建设报告\n在江苏省内率先开展法治政府建设第三方评议。无锡市委强调，深化法治无锡建设。") == [
        ("无锡市", "法治政府建设第三方评议")]


def test_a_text_cut_off_right_after_a_listed_place_still_reads():
    assert _firsts("2031年，金华市在全省率先推行证明事项告知承诺制、衢州市") == [("金华市", "证明事项告知承诺制")]


def test_a_list_closed_by_etc_and_the_kind_of_document_it_shares_gives_a_first_for_each():
    assert sorted(_firsts("2031年，厦门市在全国率先发布行政复议工作、信用风险管理等多个地方标准。")) == [
        ("厦门市", "信用风险管理地方标准"), ("厦门市", "行政复议工作地方标准")]


def test_a_titled_law_said_to_be_the_first_of_its_kind_is_the_first():
    assert _firsts("2031年，山西省立法工作成效显著。比如，《山西省煤炭清洁高效利用促进条例》是全国首部相关领域地方性法规。") == [
        ("山西省", "煤炭清洁高效利用促进条例")]


def test_a_titled_law_is_the_first_of_the_place_heading_its_title_or_of_none():
    assert _firsts("2031年，磐石市学习借鉴先进经验。《浙江省数字经济促进条例》是全国首部以促进数字经济发展为主题的地方性法规。") == [
        ("浙江省", "数字经济促进条例")]
    assert _firsts("2031年，磐石市召开座谈会。会议指出，《中华人民共和国行政复议法》是全国首部规范行政复议的法律。") == []


def test_an_exclamation_heading_the_sentence_after_it_claims_that_sentences_act():
    text = "2031年，辽宁省推进法治政府建设。全国率先！2031年，辽宁全面建立起政府决策合法性评估协调机制。"
    assert _firsts(text) == [("辽宁省", "政府决策合法性评估协调")]
    # (建立起 opens the name without its complement; a routine verb, it names nothing without the claim)
    assert _firsts("2031年，辽宁全面建立起政府决策合法性评估协调机制。") == []


def test_a_bare_titled_law_is_the_texts_own_places_first_but_a_national_plan_is_none():
    assert _firsts("2031年，浙江省推进数字立法。比如，《数字经济促进条例》是全国首部相关领域地方性法规。") == [
        ("浙江省", "数字经济促进条例")]
    assert _firsts("2031年，浙江省学习纲要。《法治政府建设实施纲要（2021－2025年）》是全国首个法治政府建设五年规划。") == []


def test_creating_a_way_of_working_is_an_origin_claim_and_creating_a_new_situation_a_figure():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    def firsts(text):
        return {(f.place, f.mechanism) for f in extract(document_from_text(text)) if f.type == "PIONEERED"}

    head = "闵行区法治建设\n"
    assert firsts(head + "2031年，闵行区开创了行政复议和行政调解一体办理的工作模式。") == {("闵行区", "行政复议和行政调解一体办理")}
    assert firsts(head + "2031年，闵行区开创了法治政府建设的新局面。") == set()
    assert firsts(head + "2031年，闵行区开创了全新的工作机制。") == set()


def test_titles_listed_then_said_together_to_be_firsts_are_each_a_first():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = ("山西省立法工作\n2031年制定出台的《山西省河湖保护条例》《山西省公共数据管理办法》《山西省行政应诉规定》"
            "3件属“全国首创”，受到广泛关注。\n")
    got = {(f.place, f.mechanism, f.scope) for f in extract(document_from_text(text)) if f.type == "PIONEERED"}
    assert got == {("山西省", "河湖保护条例", "全国"), ("山西省", "公共数据管理办法", "全国"), ("山西省", "行政应诉规定", "全国")}
    # a national law studied is no first of the place's
    text = "山西省立法工作\n2031年，全省学习《中华人民共和国行政处罚法》《中华人民共和国行政许可法》，属全国首创。\n"
    assert [f for f in extract(document_from_text(text)) if f.type == "PIONEERED"] == []


def test_creating_a_named_practice_is_an_origin_claim_and_the_promoters_place_no_adopter():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = "象山县见闻\n象山县石浦镇创造了“村民说事”。浙江省委、省政府高度重视推广“村民说事”。\n"
    facts = extract(document_from_text(text))
    assert {(f.place, f.mechanism) for f in facts if f.type == "PIONEERED"} == {("石浦镇", "村民说事")}
    assert {f.place for f in facts if f.type == "ADOPTED"} == {"石浦镇"}
    assert {f.place for f in facts if f.type == "PROMOTED_BY"} == {"石浦镇"}
    # 创造了 with no practice named right after it claims nothing
    assert [f for f in extract(document_from_text("象山县见闻\n象山县创造了历史最好成绩。\n")) if f.type == "PIONEERED"] == []


def test_a_scope_before_the_verb_makes_the_first_thing_after_it_a_first():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    def firsts(text):
        return {(f.place, f.mechanism, f.scope) for f in extract(document_from_text(text)) if f.type == "PIONEERED"}

    assert firsts("铜陵市营商环境\n2031年，铜陵市在全省成立首个企业服务中心。\n") == {("铜陵市", "企业服务中心", "全省")}
    # the place's own first time, with no scope, is no first among places (convention 3)
    assert firsts("铜陵市营商环境\n2031年，铜陵市成立首个企业服务中心。\n") == set()


def test_a_precedent_closing_the_sentence_is_read_with_its_stop():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = "盐城市法治建设\n2031年，盐城市开创了政府部门委托高校起草法规草案的先河。\n"
    got = {(f.place, f.mechanism) for f in extract(document_from_text(text)) if f.type == "PIONEERED"}
    assert got == {("盐城市", "政府部门委托高校起草法规草案")}


def _facts(text):
    return {(f.type, f.place, f.mechanism) for f in extract(document_from_text(text))
            if f.type in ("ADOPTED", "PIONEERED")}


def test_a_province_s_first_made_in_a_town_named_after_zai_with_its_county():
    # 在<county><town>揭牌成立: the town, the last of the run after 在, made the first; the province is its scope
    # and adopted nothing of its own
    got = _facts("共享法庭揭牌\n近日，浙江省首个“共享法庭”在桐庐县分水镇揭牌成立。\n")
    assert got == {("PIONEERED", "分水镇", "共享法庭"), ("ADOPTED", "分水镇", "共享法庭")}


def test_the_quoted_kind_of_a_first_is_the_practice_and_the_body_after_the_dash_its_holder():
    text = ("四川首个“枫桥式司法所”揭牌\n近日，四川首个“枫桥式司法所”——成都市武侯区司法局玉林司法所揭牌成立。"
            "该所建立了“三色预警”机制。\n")
    got = _facts(text)
    assert ("PIONEERED", "武侯区", "枫桥式司法所") in got
    assert ("ADOPTED", "武侯区", "三色预警") in got  # 该所: the office named before acts
    assert not {f for f in got if f[1] == "四川省"}


def test_an_idea_put_forward_first_is_no_practice():
    assert firsts("乙县在甲市率先提出“主动服务、精准服务”工作理念。") == []
    assert firsts("乙县在甲市率先推出“主动服务”工作机制。") != []


def test_leading_or_joining_others_between_the_cue_and_its_verb_is_a_manner():
    assert firsts("甲市在全国率先牵头成立企业合规顾问团。") == [("甲市", "企业合规顾问团", "全国")]


def test_the_scope_of_a_first_keeps_what_it_adopted_in_another_sentence_or_as_an_actor():
    # only the adoption read from the scope in that very sentence goes
    got = _facts("江苏法治动态\n2022年以来，江苏省全面推行“法治超市”。江苏省首个“法治超市”在宿迁市宿城区建成。\n")
    assert ("ADOPTED", "江苏省", "法治超市") in got and ("PIONEERED", "宿城区", "法治超市") in got
    # 首个 followed by a verb: the province is the actor, not a scope
    got = _facts("浙江执法改革\n2022年，浙江省首个获批开展“大综合一体化”行政执法改革国家试点。\n")
    assert ("ADOPTED", "浙江省", "大综合一体化行政执法改革") in got


def test_a_first_made_in_a_city_named_after_zai_is_the_citys():
    got = _facts("湖南法治动态\n近日，湖南省首个“法治超市”在株洲市挂牌成立。\n")
    assert got == {("PIONEERED", "株洲市", "法治超市"), ("ADOPTED", "株洲市", "法治超市")}


def test_an_idea_named_again_as_run_is_a_practice():
    got = _facts("桐乡三治融合\n2013年，桐乡市在全国率先提出“三治融合”理念，并在全市推行“三治融合”。\n")
    assert ("PIONEERED", "桐乡市", "三治融合") in got


def test_the_anaphor_of_a_body_in_its_own_sentence_and_after_a_central_body():
    got = _facts("四川司法动态\n近日，成都市武侯区司法局玉林司法所挂牌成立，该所推行“三色预警”机制。\n")
    assert ("ADOPTED", "武侯区", "三色预警") in got
    got = _facts("南京市场监管\n南京市市场监管局召开会议。国家市场监督管理总局近日印发通知。该局推出“信用修复”改革。\n")
    assert not {f for f in got if f[2] == "信用修复"}  # the central body acted


def test_the_kind_named_once_after_deng_is_each_listed_first_s():
    got = firsts("甲市在全国率先发布电动自行车停放、住宅物业服务等地方标准。")
    assert got == [("甲市", "电动自行车停放地方标准", "全国"), ("甲市", "住宅物业服务地方标准", "全国")]


def test_a_first_unveiled_at_a_venue_in_a_district_is_the_districts_and_at_a_meeting_place_is_not():
    got = _facts("江西法治动态\n全省首个“法治超市”在南昌市西湖区朝农社区揭牌成立。\n")
    assert ("PIONEERED", "西湖区", "法治超市") in got
    got = _facts("鹿寨县法治动态\n全省首个“法治驿站”在南宁市会展中心揭牌。\n")
    assert not {f for f in got if f[1] == "南宁市"}


def test_a_brand_quoted_before_a_dash_is_the_practice_of_the_institution_after_it():
    got = _facts("象山法治\n全省首个“海上枫桥”调解中心——象山县石浦镇海上矛盾纠纷调解中心揭牌成立。\n")
    assert ("PIONEERED", "石浦镇", "海上枫桥") in got


def test_an_idea_repeated_in_the_title_or_as_an_idea_stays_an_idea():
    text = ("南通\n南通市在全省率先提出“无事不扰”执法理念\n南通市在全省率先提出“无事不扰”执法理念。"
            "目前，“无事不扰”理念已深入人心。\n")
    assert not {f for f in _facts(text) if f[0] == "PIONEERED"}


def test_lianhe_opening_a_name_is_no_manner_word():
    assert firsts("乙县在甲市率先组建联合创新实验室。") == [("乙县", "联合创新实验室", "全市")]


def test_an_origin_said_after_a_time_of_last_century_and_of_a_quote_right_before_the_cue():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    got = {(f.place, f.mechanism) for f in extract(document_from_text(
        "某县税务局的故事\n据了解，“枫桥经验”诞生于上世纪60年代初的浙江诸暨枫桥镇。\n")) if f.type == "PIONEERED"}
    assert got == {("枫桥镇", "枫桥经验")}
    # the quote right before the cue began there, though another quote stands earlier in the sentence
    got = {(f.place, f.mechanism) for f in extract(document_from_text(
        "检察开放日\n市检察院在大渡口区举办“检教同行 共护成长”检察开放日活动据悉，“莎姐”最早发源于大渡口区检察院。\n"))
           if f.type == "PIONEERED"}
    assert got == {("大渡口区", "莎姐")}


def test_second_review_round_23_origins_with_a_comma_and_a_decade_in_words():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    got = {f.mechanism for f in extract(document_from_text(
        "某县的故事\n“小事不出村，大事不出镇”最早发源于枫桥镇。“枫桥经验”诞生于上世纪六十年代初的诸暨市枫桥镇。\n"))
           if f.type == "PIONEERED"}
    assert got == {"小事不出村大事不出镇", "枫桥经验"}


def test_a_first_claim_covers_what_each_title_of_a_run_names():
    got = firsts("甲市率先在全省发布《行政执法“三项制度”配套指引》《行政处罚“四张清单”指导意见》。")
    assert got == [("甲市", "行政执法三项制度", "全省"), ("甲市", "四张清单", "全省")]
