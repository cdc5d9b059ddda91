"""Mechanism discovery on short sentences written for these tests."""
import spacy

from fazhi.loaders.extract.mechanisms import canonical_name, find_mechanisms


def names(text):
    return [m.name for m in find_mechanisms(text)]


def test_quoted_name_drops_reform_suffix():
    assert names("某市全面推行“容缺办”改革") == ["容缺办"]


def test_lexicon_variants_share_one_canonical_name():
    assert names("推行“进一次门、查多项事”") == ["综合查一次"]
    assert names("开展现场执法检查“综合查一次”工作试点") == ["综合查一次"]
    assert canonical_name("双随机、一公开") == "双随机一公开"


def test_adjectival_quote_takes_its_head():
    assert names("推行“打包式”执法检查模式") == ["打包式执法检查"]


def test_two_quotes_in_a_row_are_two_mechanisms():
    assert names("建立“联合巡查”“联合研判”机制") == ["联合巡查", "联合研判"]


def test_slogans_problems_and_citations_are_not_mechanisms():
    assert names("抓住领导干部这个“关键少数”") == []
    assert names("着力解决“执行难”问题") == []
    assert names("他指出：“要坚持依法行政。”") == []


def test_title_of_a_local_system_after_a_creation_verb():
    assert names("出台《烟台市重大行政决策听证清单（试行）》") == ["重大行政决策听证清单"]
    assert names("制定《常州市企业合规指引》") == ["企业合规指引"]
    # a title that is only cited, not created, is no mechanism
    assert names("学习《中华人民共和国行政处罚法》") == []


def test_unquoted_name_with_cue_head_after_verb():
    assert "行政执法案例指导" in names("探索建立行政执法案例指导制度")
    assert names("建立健全的组织领导机制") == []


def test_component_puts_spans_on_the_doc():
    nlp = spacy.blank("zh")
    import fazhi.loaders.extract.mechanisms  # noqa: F401  registers the factory

    nlp.add_pipe("fazhi_mechanisms")
    doc = nlp("推行“首违不罚”制度")
    spans = doc.spans["mechanisms"]
    assert [s.kb_id_ for s in spans] == ["首违不罚"]
    assert spans[0].label_ == "Mechanism"
    assert spans[0]._.category == "执法"


def test_local_brand_described_as_a_known_practice():
    (m,) = find_mechanisms("执法人员主动出示“天府入企码”供企业扫码核验")
    assert (m.name, m.instance_of) == ("天府入企码", "扫码入企")
    # a brand next to the generic name itself is a co-mention, not a description
    assert find_mechanisms("推行“蓉企码”，同时推广扫码入企")[0].instance_of is None
    assert find_mechanisms("打造“企莞家”服务平台")[0].instance_of is None


def test_title_keeps_its_name_when_the_place_is_stripped():
    # 苏州市…: the official name is stripped whole, never 苏州 leaving 市…
    assert names("出台《苏州市法治建设重大责任事项约谈和挂牌督办制度》") == ["法治建设重大责任事项约谈和挂牌督办制度"]


def test_a_law_or_regulation_counts_only_when_reported_as_a_first():
    # a legal instrument is not a copyable practice; the practices it sets are named on their own
    assert names("出台《烟台市重大行政决策听证办法（试行）》") == []
    assert names("出台《某市行政处罚裁量权规定》，明确首违不罚") == ["首违不罚"]
    assert names("颁布全国首部《烟台市极端天气应对条例》") == ["极端天气应对条例"]


def test_campaigns_are_not_mechanisms():
    assert names("扎实推进“红旗岗”“示范哨”等系列活动") == []
    assert names("开展“送法进万家”和“法官进社区”活动") == []
    # a practice whose activities are improved stays a practice
    assert names("提升“议事会”活动质效") == ["议事会"]


def test_the_two_ends_of_a_shift_are_not_mechanisms():
    assert names("推动从“重处罚”向“重服务”转变") == []


def test_a_shift_whose_ends_carry_words_of_their_own_names_no_mechanism():
    assert names("从干部的“法治思维”到群众的“法治信仰”，法治走进生活") == []
    # without the 从 that opens a change, a quote before 到 is still a name
    assert names("推行“首违不罚”到全市各部门") == ["首违不罚"]
    assert names("实现“管理型”转向“服务型”") == []


def test_vague_or_counted_phrases_are_not_names():
    assert names("创新思路办法") == []
    assert names("全面推行清单管理制度") == []
    assert names("探索金融调解领域改革") == []
    assert names("出台五项专享服务机制") == []
    assert names("探索建立行政执法案例指导制度") == ["行政执法案例指导"]


def test_a_lexicon_name_starting_inside_a_common_word_is_no_mention():
    assert names("推动政府加大调解组织建设") == []
    assert names("构建大调解格局") == ["大调解"]


def test_figures_of_speech_and_fields_are_not_mechanisms():
    assert names("“一件事”集成办，跑出政务服务“加速度”。") == ["一件事"]
    assert names("擦亮平安建设“金招牌”") == []
    assert names("积极探索“空白领域”") == []
    assert names("开展2025年自治区“法治为民办实事”活动") == ["法治为民办实事"]  # known: convention 2
    assert names("开展2025年自治区“送法进万家”活动") == []
    assert names("打造惠企利民“法治引擎”") == []
    assert names("通过“克拉玛依市政府”网站发布") == []
    assert names("实现了“法、理、情”的有机结合") == []


def test_a_campaigns_title_names_no_practice_but_a_known_practice_inside_it_is_one():
    # convention 2 of the schema: “法治体检进企业”专项活动 → 法治体检
    assert names("开展“法治体检进企业”专项活动") == ["法治体检"]
    assert names("线下开展“送法进企业”“法治体检”等活动") == ["法治体检"]
    assert names("组织“宪法进万家”“民法典宣传月”等主题普法活动") == []
    assert names("深入开展“法援惠民生”专项行动") == []


def test_service_points_set_up_in_numbers_are_named_by_their_head_noun():
    from fazhi.loaders.extract.mechanisms import find_mechanisms

    def names(t):
        return [(m.name, m.source) for m in find_mechanisms(t)]

    assert names("全县建成 12 个乡(镇)公共法律服务工作站。") == [("公共法律服务工作站", "facility")]
    assert names("在全市300个行政村设立法律援助联系点。") == [("法律援助联系点", "facility")]
    assert names("建立首批20个公民法治素养观测点。") == [("公民法治素养观测点", "facility")]
    assert names("培育作风过硬、群众信任的个人调解工作室30个。") == []  # no verb of setting up
    assert names("打造作风过硬、群众信任的个人调解工作室30个。") == [("个人调解工作室", "facility")]
    assert names("以海事公共法律服务工作站为依托。") == []  # no verb: a mention, not a setting up
    assert names("工作站运行良好，联系点覆盖全县。") == []  # a bare head names nothing


def test_policy_packages_and_events_are_no_practices():
    from fazhi.loaders.extract.mechanisms import find_mechanisms

    names = lambda t: [m.name for m in find_mechanisms(t)]  # noqa: E731
    assert names("出台“助企纾困十条”“服务业二十二条”等举措。") == []
    assert names("“法治这十年”系列新闻发布会举行。") == []
    assert names("推行“企业服务码”。") == ["企业服务码"]


def test_parts_joined_by_he_before_their_counted_whole_are_not_adopted():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = "法治政府建设情况\n2023年，苏州市全面推行“首违不罚”，落实行政执法公示、执法全过程记录和重大执法决定法制审核“三项制度”。\n"
    got = {f.mechanism for f in extract(document_from_text(text)) if f.type == "ADOPTED"}
    assert got and "执法全过程记录制度" not in got and "重大执法决定法制审核制度" not in got


def test_a_practice_whose_coverage_is_stated():
    from fazhi.loaders.extract.mechanisms import find_mechanisms

    names = lambda t: [(m.name, m.source) for m in find_mechanisms(t)]  # noqa: E731
    assert names("在全国率先实现专职人民调解员全省全覆盖。") == [("专职人民调解员", "coverage")]
    assert names("实现120个嘎查村法律顾问全覆盖。") == [("法律顾问", "coverage")]
    assert names("实现政务服务事项全覆盖。") == []  # what is covered is no practice
    assert names("实现镇街和市直部门全覆盖。") == []


def test_a_venue_named_for_a_practice_is_not_the_practice():
    from fazhi.loaders.extract.mechanisms import find_mechanisms

    assert [m.name for m in find_mechanisms("入展“枫桥经验”陈列馆。")] == []
    assert [m.name for m in find_mechanisms("坚持和发展新时代“枫桥经验”。")] == ["枫桥经验"]


def test_zones_meetings_and_supports_are_no_practices():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract
    from fazhi.loaders.extract.mechanisms import find_mechanisms

    assert [m.name for m in find_mechanisms("为设立“大铜新区”提供法律服务。夯实高效运行“硬支撑”。")] == []
    text = "绵阳市司法工作\n市司法局召开发挥公证职能作用服务经济发展工作推进会\n"
    assert not [f for f in extract(document_from_text(text)) if f.type == "ADOPTED"]


def test_unquoted_items_of_a_list_of_practices_beside_a_known_one():
    # the list is called a set of practices after its 等, and one item is in the lexicon
    got = {m.name: m.source for m in find_mechanisms("某区推行掌上预审、容缺受理、帮代办等方式，提高办事效率。")}
    assert got.get("掌上预审") == "sibling" and got.get("帮代办") == "sibling" and "容缺受理" in got
    # shaped like the known item (…对接) without a class noun after 等
    assert "楼调对接" in names("某镇构建了诉调对接、楼调对接等工作格局。")
    # headed as a system and, without the head, shaped like the known item (named without the head, as
    # canonical names are); a routine rule of another shape is no practice
    got = {m.name: m.source for m in find_mechanisms("某县大力推行权责清单、涉企收费清单制度。")}
    assert got.get("涉企收费清单") == "sibling"
    assert names("某县全面推行权责清单、考核评价机制、协调联动机制。") == ["权责清单"]
    # a head alone with too little before it names nothing
    assert names("某县大力推行权责清单、新制度。") == ["权责清单"]


def test_list_items_that_are_tasks_areas_or_slogan_words_are_not_practices():
    # items opening with a verb are tasks
    assert names("某市推行容缺受理、畅通投诉渠道等方式。") == ["容缺受理"]
    # a list of areas (等方面) with unlike items
    assert names("某县推行容缺受理、窗口作风建设等方面工作。") == ["容缺受理"]
    # no verb puts the list in place
    assert names("容缺受理、掌上预审等方式受到欢迎。") == ["容缺受理"]


def test_qualities_themes_figures_and_campaign_topics_are_not_practices():
    # a quality some court has (…的优势), a theme (以“…”为主题), a share of items, a campaign's topic
    assert names("充分发挥专门法院“懂专业”、基层法院“知民情”的优势") == []
    assert names("开展以“生态环境法治保障”为主题的征文活动") == []
    assert names("“全程网办”事项占比99%") == []
    assert names("某县开展“国家宪法日”普法宣传系列活动") == []
    assert names("公布了2030年度省级“民主法治村(社区)”名单") == []  # a list's title
    # …but a system's advantage names the system
    assert names("充分发挥“人民调解建在组上”的制度优势") == ["人民调解建在组上"]


def test_quotes_in_a_notices_title_and_named_campaigns_are_not_practices():
    # a decision or notice is about what it quotes: no adoption; a local system's own title keeps its brand
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    def adopted(text):
        return [f.mechanism for f in extract(document_from_text(text)) if f.type == "ADOPTED"]

    assert adopted("青岛市委依法治市办印发《关于第一批青岛市“法治镇街”命名的决定》。\n") == []
    assert "白名单" in " ".join(adopted("上饶市出台《涉企行政检查“白名单”管理办法》。\n"))
    # a quoted campaign (…创建活动) and a campaign named after a list of quotes
    assert names("进一步推进“法治县(市、区)创建活动”深入开展") == []
    assert names("开展“民主法治村”、“民主法治社区”创建活动") == []


def test_a_practice_named_as_a_groups_remit_is_no_practice():
    assert "大调解" not in names("镇上健全了矛盾纠纷大调解工作领导小组，定期研判")
    assert "大调解" in names("镇上构建矛盾纠纷大调解工作格局")


def test_a_verbs_complement_is_no_part_of_the_name_it_governs():
    assert "出了山区调解" not in names("积极探索出了山区调解机制")


def test_items_listed_before_a_label_counting_parts_are_parts_of_one_whole():
    got = names("全镇已构建起诉调对接、访调对接、警调对接“三位一体”联调格局。")
    assert not {"诉调对接", "访调对接", "警调对接"} & set(got)
    # the same practices listed on their own are practices
    assert "诉调对接" in names("全镇已构建起诉调对接机制、访调对接机制。")


def test_the_complement_qi_belongs_to_the_verb_not_to_the_name():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    doc = document_from_text("城南镇工作\n\n目前，城南镇已建立起矛盾纠纷联调机制、诉调对接机制和访调对接机制。\n")
    got = {f.mechanism for f in extract(doc) if f.type == "ADOPTED"}
    assert got and not any(m.startswith("起") for m in got)


def test_a_practice_whose_items_are_counted_runs_in_the_reports_place():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    def adopted(sentence):
        doc = document_from_text("桐庐县2031年法治政府建设年度报告\n\n2031年，桐庐县持续深化法治政府建设。" + sentence + "\n")
        return {f.mechanism for f in extract(doc) if f.type == "ADOPTED"}

    assert adopted("梳理“免办证”事项225项。") == {"免办证"}
    assert adopted("组织执法单位公开行政处罚“两轻一免”执法事项清单540余项。") == {"两轻一免"}
    # a quoted name merely cited, its items not counted, is no adoption
    assert adopted("梳理“免办证”相关政策。") == set()


def test_upholding_and_developing_a_practice_adopts_it():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    doc = document_from_text("沁水县基层治理\n\n沁水县坚持和发展新时代“枫桥经验”，化解矛盾纠纷。\n")
    assert {(f.place, f.mechanism) for f in extract(doc) if f.type == "ADOPTED"} == {("沁水县", "枫桥经验")}


def test_making_a_brand_known_adopts_it():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    doc = document_from_text("吴中区营商环境\n\n2031年，吴中区打响“吴优办”营商环境品牌。\n")
    assert {(f.place, f.mechanism) for f in extract(doc) if f.type == "ADOPTED"} == {("吴中区", "吴优办")}


def test_a_practice_the_place_takes_as_its_focus_is_adopted():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    doc = document_from_text("淮北市调解\n\n2031年，淮北市以“百姓说事点”建设为重点，化解基层矛盾。\n")
    assert {(f.place, f.mechanism) for f in extract(doc) if f.type == "ADOPTED"} == {("淮北市", "百姓说事点")}


def test_a_bare_negative_list_is_not_the_national_market_access_list():
    # 负面清单 alone is any negative list (of inspections, of dealings with business): not 市场准入负面清单
    assert "市场准入负面清单" not in names("推出规范涉企行政检查的“正面清单”和“负面清单”")
    assert names("严格落实市场准入负面清单制度") == ["市场准入负面清单"]


def test_the_channels_business_is_handled_through_are_no_practices():
    assert names("推动政务和公共服务“网上办”“掌上办”“指上办”") == []
    # a brand naming its place and a national policy stay practices
    assert names("打造“甬易办”平台，推行“一网通办”") == ["甬易办", "一网通办"]


def test_a_quote_describing_a_goal_is_no_practice():
    assert names("打造“管住风险、无事不扰”的法治化营商环境") == []
    assert names("营造“比学赶超”的良好氛围") == []
    assert names("推行“综合查一次”的做法") == ["综合查一次"]
    # 以“…”为目标: the aim of the work; 以“…”为抓手 stays a means (read by the adoption rules)
    assert names("以创建“法治、平安、和谐福鼎”为目标，扎实推进工作") == []
    assert names("以“综合查一次”为抓手，扎实推进工作") == ["综合查一次"]


def test_a_follow_up_review_is_no_practice():
    assert names("对实施效果和存在问题进行“回头看”") == []


def test_a_long_motto_that_a_practice_head_calls_a_mechanism_names_it():
    # a motto of short items is too long for a name on its own; a head noun after it makes it one
    assert names("全面构建“教育为先、首次提醒、再犯从严、事后回访”的执法机制") == ["教育为先首次提醒再犯从严事后回访"]
    assert names("介绍了“上门核验+现场取证+三方协商”的纠纷化解工作法") == ["上门核验+现场取证+三方协商"]
    assert names("全面构建“教育为先、首次提醒、再犯从严、事后回访”。") == []  # no head: a slogan
    # a known practice making up most of the motto, or one of a combination, names it instead
    assert names("推行“进一次门、查多项事、解多类忧”的执法模式") == ["综合查一次"]
    assert names("推行“首违不罚+公益减罚+轻微速罚”执法新模式") == ["首违不罚"]


def test_counted_documents_in_a_title_are_no_practice():
    assert names("此次制定的《两个清单》，是又一创新举措") == []
    assert names("此次制定的《三项清单》，是又一创新举措") == []
    assert names("此次制定的《不予处罚事项清单》，是又一创新举措") == ["不予处罚事项清单"]


def test_a_motto_after_a_routine_verb_is_a_duty_met():
    assert "尽职照单免责、失职照单问责" not in names("落实“尽职照单免责、失职照单问责”的容错纠错机制")
    assert "尽职照单免责、失职照单问责" in names("探索“尽职照单免责、失职照单问责”的容错纠错机制")


def test_the_items_of_a_campaign_quoted_after_them_are_no_practices():
    assert "两聚一化" not in names("全市推进信访“两聚一化”等“八大专项整治”，常态化开展扫黑除恶")
    assert names("全市推进“两聚一化”等“八项机制”") == ["两聚一化"]


def test_a_quoted_honour_counted_as_created_is_no_practice():
    assert names("我市504个村共创建1个“全国民主法治村”，491个省级示范村") == []


def test_a_number_names_a_practice_only_with_a_practices_head():
    from fazhi.loaders.extract.mechanisms import find_mechanisms

    assert [m.name for m in find_mechanisms("城管执法积极推行“721”工作法，服务群众。")] == ["721工作法"]
    assert "12345" not in [m.name for m in find_mechanisms("全年受理“12345”热线转办件。")]
    assert find_mechanisms("拨打“12345”反映问题。") == []
    # numbers around one character (“10帮10”) and a head the quote's suffix list also knows (工作机制)
    assert [m.name for m in find_mechanisms("建立县直律所与乡镇律所“10帮10”工作机制。")] == ["10帮10工作机制"]
    assert find_mechanisms("开展“1对1”帮扶。") == []


def test_a_quote_before_a_room_or_a_programme_names_a_practice():
    # “…”室 (a named mediation room), “…”工程 (a named programme); a “…”项目 stays a project's title
    assert "法润工程" in names("以“法润”工程为载体，扎实推进法治建设。")
    assert any(n.startswith("老兵调解") for n in names("设立“老兵调解”室，化解纠纷。"))


def test_a_head_word_inside_a_longer_word_names_nothing():
    assert not [n for n in names("评选“最美”工程师10名。") if "工程" in n]


def test_a_known_practice_followed_by_an_institutions_head_names_the_institution():
    # the centre that does the review is what was set up, not the review every government does
    assert [m.name for m in find_mechanisms("在全市率先出台《桐庐县合法性审查中心工作规程》。")] == ["合法性审查中心"]
    assert [m.name for m in find_mechanisms("各镇街设立诉源治理工作站。")] == ["诉源治理工作站"]
    # a known name that is itself an institution is read whole
    assert [m.name for m in find_mechanisms("建成公共法律服务中心。")] == ["公共法律服务中心"]


def test_zhongxin_opening_a_word_of_its_own_names_no_institution():
    assert [m.name for m in find_mechanisms("推动诉源治理中心任务落实落细。")] == ["诉源治理"]
    assert "网格化管理中心" not in [m.name for m in find_mechanisms("推进网格化管理中心城区全覆盖。")]


def test_the_verb_before_a_long_title_governs_the_title_joined_to_it():
    text = "二是在全市率先印发了《甲市乙区外聘法律顾问(外聘律师)考核评价实施细则》和《乙区公职律师统筹使用工作办法》,规范管理。"
    names = [m.name for m in find_mechanisms(text) if m.source == "title"]
    assert len(names) == 2 and names[1].endswith("公职律师统筹使用工作办法")


def test_a_verb_inside_another_title_governs_no_title_after_it():
    text = "甲市组织学习了《关于修订行政处罚程序的说明》和《甲市行政执法人员行为守则》。"
    assert [m.name for m in find_mechanisms(text) if m.source == "title"] == []


def test_a_count_of_documents_before_a_practices_head_is_a_name():
    assert [m.name for m in find_mechanisms("乙县建立“三清单”制度(问题清单、措施清单、责任清单)，压实责任。")] == ["三清单"]
    assert find_mechanisms("甲市出台“一规划两方案”。") == []


def test_a_gloss_in_brackets_between_a_quote_and_its_head():
    names = [m.name for m in find_mechanisms("乙县探索实施“1+3+10”(搭建1个平台,组建3大团队,开展10项服务)服务体系。")]
    assert names == ["1+3+10服务"]


def test_a_count_of_documents_needs_the_head_right_after_it():
    assert [m.name for m in find_mechanisms("甲市落实“两个意见”配套制度。")] == []


def _adopted(text):
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    return [(f.place, f.mechanism) for f in extract(document_from_text(text)) if f.type == "ADOPTED"]


def _practices(text):
    return [m for _, m in _adopted(text)]


def test_a_plan_that_names_a_reform_puts_the_reform_in_place():
    assert _adopted("2031年，烟台市印发《关于推进市与区财政事权和支出责任划分改革的意见》。") == [
        ("烟台市", "市与区财政事权和支出责任划分改革")]
    # …but not a government's own reorganisation, nor a plan merely cited
    assert _adopted("2031年，烟台市印发《关于烟台市市级机构改革的实施意见》。") == []
    assert _adopted("2031年，烟台市学习《关于推进财政事权和支出责任划分改革的意见》。") == []


def test_a_plans_issuer_and_its_verbs_are_not_the_reforms_name():
    assert _adopted("2031年，桐庐县印发《中共桐庐县委 桐庐县人民政府关于推进综合行政执法改革的实施意见》。") == [
        ("桐庐县", "综合行政执法改革")]
    assert _adopted("2031年，桐庐县印发《桐庐县2031年深化乡镇法治化综合改革工作方案》。") == [("桐庐县", "乡镇法治化综合改革")]
    assert _adopted("2031年，桐庐县印发《关于全面深化改革的意见》。") == []


def test_goals_figures_and_a_focus_name_no_practice():
    assert _adopted("2031年，安吉县紧紧围绕县委打造“县域法治首善之区”总体目标，推进法治建设。") == []
    assert _practices("2031年，嘉兴市充分发挥法治在夺取“双胜利”过程中的重要作用，推行“首违不罚”。") == ["首违不罚"]
    assert _practices("2031年，德阳市聚焦市委“一号工程”，推行“首违不罚”。") == ["首违不罚"]
    # …but a focus on a concern before a verb keeps the practice the verb puts in place
    assert _practices("2031年，鄞州区聚焦群众关切探索建立“村社法律顾问团”制度。") == ["村社法律顾问团"]


def test_a_counted_whole_named_after_its_listed_parts_is_the_practice():
    assert _practices("2031年，海宁市不断深化落实行政执法公示、执法全过程记录、重大执法决定法制审核等“三项制度”。") == [
        "行政执法三项制度"]
    # …but a class named after 等 is no practice of its own
    assert "柔性执法方式" not in _practices("2031年，海宁市推行说理式执法等柔性执法方式。")


def test_names_of_practices_by_their_manner_or_their_radius():
    assert _practices("2031年，绵阳市对新业态经营主体推行沙盒式监管。") == ["沙盒式监管"]
    assert _practices("2031年，绵阳市打造20分钟公共法律服务圈，群众就近办理法律事务。") == ["20分钟公共法律服务圈"]


def test_a_known_practice_closing_a_list_of_what_is_covered_is_adopted():
    assert _practices("2031年，江西省实现市县乡村四级实体平台和村(社区)法律顾问全覆盖。") == ["村居法律顾问"]
    assert _adopted("2031年，江西省实现镇街和市直部门全覆盖。") == []


def test_a_known_practice_after_a_verb_of_growing_or_keeping_it():
    # 培育, 新增, 坚持: verbs that put only a well-known practice in place, quoted or not
    assert _practices("2031年，蛟河市精心培育824名“法律明白人”。") == ["法律明白人"]
    assert _practices("2031年，大连市新增12个基层立法联系点。") == ["基层立法联系点"]
    # …but they say nothing of a quoted name the lexicon does not know
    assert _practices("2031年，蛟河市精心培育“乡贤调解员”。") == []


def test_what_a_text_says_should_be_done_is_not_done():
    assert _practices("2031年，克拉玛依市推行非现场执法。") == ["非现场执法"]
    assert _practices("2031年，克拉玛依市推行“非现场监管”。") == ["非现场监管"]  # supervision, not enforcement
    assert _practices("2031年，克拉玛依市启动改革。最后，应不断完善智慧执法、移动执法和非现场执法。") == []


def test_a_share_of_items_a_practice_reaches_is_its_coverage():
    assert _practices("2031年，渝中区100%政务服务事项实现分类“一窗综办”。") == ["一窗综办"]
    assert _practices("2031年，渝中区97%以上政务服务事项实现“最多跑一次”。") == ["最多跑一次"]
    # …but a known practice merely reached, with no share of what it covers, is an outcome
    assert _practices("2031年，渝中区实现“最多跑一次”。") == []


def test_an_unquoted_name_after_tuichu_but_not_an_anaphor():
    assert names("创新推出提示督办制度，向领导干部发出提示函。") == ["提示督办"]
    assert names("今年3月，龙华区率先推出这一新型执法模式。") == []


def test_the_service_windows_classic_rules_are_known_practices_and_name_their_list():
    # 首问负责、限时办结、一次告知: each known, so the list 落实 governs names all three
    assert sorted(_practices("2031年，呼和浩特市通过落实首问负责、限时办结、一次告知等运行机制，提升服务。")) == [
        "一次性告知制", "限时办结制", "首问负责制"]


def test_a_duty_said_to_cover_every_unit_is_put_in_place():
    assert sorted(_practices("2031年，山东省执法全过程记录和重大执法决定法制审核实现全覆盖。")) == [
        "执法全过程记录制度", "重大执法决定法制审核制度"]
    assert _practices("2031年，山东省党委政府法律顾问覆盖率达到100%。") == ["政府法律顾问"]
    # …but a duty merely fulfilled is not news
    assert _practices("2031年，山东省落实重大执法决定法制审核。") == []


def test_a_modal_word_opening_the_clause_but_not_a_word_that_starts_like_one():
    assert _practices("2031年，磐石市推进依法行政。下一步，还需加强“诉源治理”。") == []
    assert _practices("2031年，磐石市推进依法行政。今后，需加强“府院联动”。") == []
    # 应急管理局, 应用…: words of their own, not "should"
    report = "吉林省磐石市2031年法治政府建设工作报告\n\n2031年，"
    assert _practices(report + "应急管理局全面推行安全生产领域“非现场执法”。") == ["非现场执法"]
    assert _practices(report + "应用大数据全面推行“非现场执法”。") == ["非现场执法"]


def test_people_grown_who_know_a_practice_are_not_the_practice():
    assert _practices("2031年，磐石市培养了一批熟悉“互联网+监管”的执法人员。") == []
    assert _practices("2031年，磐石市培育了一批精通“枫桥经验”的基层调解员。") == []


def test_the_law_enforcement_responsibility_system_put_in_place_is_adopted():
    # (two annotators of different sets count it whatever the verb: a system, not a duty done as usual)
    assert _practices("2031年，吴中区全面落实行政执法责任制。") == ["行政执法责任制"]


def test_review_cases_of_the_nineteenth_round():
    report = "余杭区2031年法治政府建设工作报告\n\n2031年，"
    # 推出 a quantity or an anaphor: no name
    assert _practices(report + "余杭区推出一系列改革举措。") == []
    assert _practices(report + "余杭区相继推出一批惠企便民改革措施。") == []
    # people who are the practice (懂法用法的“法律明白人”) are adopted; those who know one are not
    assert _practices(report + "余杭区培养一批懂法用法的“法律明白人”。") == ["法律明白人"]
    # a coverage not yet reached, or of training, is no adoption
    assert _practices(report + "余杭区重大执法决定法制审核尚未实现全覆盖。") == []
    assert _practices(report + "余杭区公职律师培训实现全覆盖。") == []
    # a share of disputes is an outcome; a share of items after their noun is a coverage
    assert _practices(report + "全区95%以上的矛盾纠纷在村实现“小事不出村”。") == []
    assert _practices(report + "余杭区行政许可事项100%实现“一网通办”。") == ["一网通办"]
    # a grading regime is 分级分类监管, not the credit one
    assert _practices(report + "余杭区对养老机构实行风险分级分类监管。") == ["分级分类监管"]


def test_a_formulas_description_may_run_to_eight_words_before_its_head():
    assert _practices("2031年，克拉玛依市创新“1+9+N+X”四级联动社会治理模式。") == ["1+9+N+X四级联动社会治理"]
    # a number is no formula: its head must follow closely, as before
    assert _practices("2031年，克拉玛依市拨打“12345”反映诉求解决率高达百分之九十机制。") == []


def test_more_figures_of_speech_are_no_practices():
    assert _practices("2031年，克拉玛依市明确了法治政府建设的“路线图”“任务书”“时间表”。") == []
    assert _practices("2031年，克拉玛依市打造法治建设“新标杆”，发挥考核“指挥棒”作用。") == []


def test_generic_praise_duties_and_problems_in_quotes_are_no_practices():
    assert _practices("2031年，克拉玛依市推出了一批可复制、可推广的“新经验”。") == []
    assert _practices("2031年，克拉玛依市落实法治政府建设“主责主业”，强化“第一责任”。") == []
    assert _practices("2031年，克拉玛依市推动16户“僵尸企业”有序出清。") == []


def test_a_place_written_right_before_a_quoted_practice_owns_it_over_the_clauses_actor():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    def adopted(text):
        return {(f.place, f.mechanism) for f in extract(document_from_text(text)) if f.type == "ADOPTED"}

    text = "海宁市见闻\n海宁市推行“云勘验”。执法人员打开电脑上的嘉兴市“综合查一次”应用平台。\n"
    assert adopted(text) == {("海宁市", "云勘验"), ("嘉兴市", "综合查一次")}
    # …but in a list of honoured projects the places are the holders, not adopters here (convention 1)
    text = "海宁市见闻\n海宁市推行“云勘验”。南通市“一枚印章管审批”、淮安市“综合查一次”获评全省示范项目。\n"
    assert ("淮安市", "综合查一次") not in adopted(text)


def test_counted_service_points_listed_with_a_known_one_are_practices_alike():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    def adopted(text):
        return {f.mechanism for f in extract(document_from_text(text)) if f.type == "ADOPTED"}

    head = "包头市法治建设\n"
    assert adopted(head + "2031年，包头市建立基层立法联系点27个、法治观测点11个、法治观察员26名。") == {"基层立法联系点", "法治观测点"}
    assert adopted(head + "2031年，包头市建立27个基层立法联系点、11个法治观测点。") == {"基层立法联系点", "法治观测点"}


def test_a_kind_word_alone_a_places_way_and_the_items_of_a_practice_campaign_are_no_practices():
    # the kind alone names nothing; a place's “方案” or “做法” is its way told as its own, named elsewhere
    assert _practices("2031年，渝中区干部把“工作室”设在家里，探索城区执法一体化的“渝中方案”。") == []
    # quoted items before 主题实践活动 name a campaign (convention 2)
    assert _practices("2031年，渝中区开展“理论培训+实战演练”“德法相伴文明渝中”主题实践活动。") == []
    # a quoted name with its own words stays a practice
    assert _practices("2031年，渝中区推行“巷安工作室”调解模式。") != []


def test_well_known_practices_of_the_lexicon_are_read_after_routine_verbs():
    got = {n for _, n in _adopted("兴庆区2031年法治政府建设工作报告\n实行首席服务官和县级领导包抓机制，推动区、镇两级成立行政复议咨询委员会。")}
    assert {"首席服务官", "行政复议咨询委员会"} <= got


def test_a_short_quote_a_service_points_kind_completes_names_them_together():
    got = _practices("兴庆区2031年法治政府建设工作报告\n建设“家门口”便民服务驿站20个，清理并公布全区200项“零材料”清单。")
    assert set(got) == {"家门口便民服务驿站", "零材料清单"}
    # alone, the quote is a figure or an outcome; a system's head after it is not a service point's
    assert _practices("兴庆区2031年法治政府建设工作报告\n让群众在“家门口”办事，实现“零跑腿”。以“小切口”形式推进制度建设。") == []


def test_review_round_23_outcome_quotes_with_a_reform_stay_practices_and_verbs_do_not_fill_a_service_point():
    assert set(_practices("汉川市2031年法治政府建设工作报告\n全面推行“零跑腿”改革，推行“零证明”机制。")) == {"零跑腿", "零证明"}
    got = _practices("汉川市2031年法治政府建设工作报告\n在群众“家门口”设立调解室86个，梳理群众“急难愁盼”问题清单。")
    assert not any("家门口" in n or "急难愁盼" in n for n in got)
    # a named practice inside a practice session's name is still run (convention 2 keeps it)
    assert "法治夜校" in _practices("汉川市2031年法治政府建设工作报告\n持续深化“法治夜校”实践活动。")


def test_a_bodys_own_rules_and_a_years_list_are_no_practices_but_a_system_is():
    got = _practices("长沙县2031年法治政府建设工作报告\n修订完善《中共长沙县委全面依法治县委员会工作规则》，"
                     "发布《长沙县行政审批中介服务事项清单（2031版）》，出台《2031年度法治政府建设工作清单》。")
    assert got == []
    assert _practices("长沙县2031年法治政府建设工作报告\n制定《长沙县行政执法人员资格管理制度》。") != []


def test_figures_of_a_flavour_a_popular_project_and_a_stance_are_no_practices():
    assert _practices("东莞市2031年法治政府建设工作报告\n制定修改了19部具有浓郁“东莞味道”的法规，努力打造“民心工程”，"
                      "就是“刀刃向内”规范执法行为。") == []


def test_a_system_or_a_window_named_in_quotes_runs_in_the_places_report():
    got = _practices("镇宁布依族苗族自治县2031年法治政府建设工作报告\n"
                     "我县通过线上“盯事在线”系统，线下“办不成事”窗口等方式，收集企业群众办事过程中的难点堵点问题。")
    assert set(got) == {"盯事在线", "办不成事"}


def test_what_is_said_after_a_run_of_quoted_names_is_said_of_each():
    got = _practices("包头市2031年法治政府建设工作报告\n“一窗式受理”“六优两减”“企业专席”全面落地，举措亮点频出。")
    assert {"一窗式受理", "六优两减", "企业专席"} <= set(got)


def test_a_shortcoming_the_sentence_addresses_does_not_stop_what_it_does():
    text = "毕节市2031年法治政府建设工作报告\n针对法治建设中的薄弱环节，我市推行“一网通审”机制。"
    assert _practices(text) == ["一网通审"]
    # a shortcoming said, not addressed, still reports nothing done
    assert _practices("毕节市2031年法治政府建设工作报告\n“一网通审”机制仍有不足，覆盖面有待扩大。") == []


def test_names_inside_a_purpose_clause_are_what_the_work_serves():
    text = ("银川市2031年法治政府建设年度报告\n全力为实施“强首府”战略，加快建设先行区持续释放法治动能。"
            "为推进“双示范”建设提供坚强法治保障。")
    assert _practices(text) == []
    # a reform or a system named there is still run, and a name before the purpose is not in it
    text = "银川市2031年法治政府建设年度报告\n为深化“一网通审”改革提供法治保障。我市推行“一窗受理”，为企业提供便利。"
    assert {"一网通审", "一窗受理"} <= set(_practices(text))


def test_a_quoted_practice_counted_where_it_runs_is_adopted_without_a_verb():
    text = "中山市法治建设综述\n近年来，中山市法治建设成效明显。培育农村学法用法示范户268户，“法律明白人”1671人。"
    assert _adopted(text) == [("中山市", "法律明白人")]
    text = "江苏省法治建设综述\n近年来，江苏省法治建设成效明显。在沿线新建驻德国、日本等9个“海外法务中心”。"
    assert _adopted(text) == [("江苏省", "海外法务中心")]
    # people counted by 名, before the name or after 已有
    text = "陇西县法治建设综述\n近年来，陇西县法治建设成效明显。引导1414名“法律明白人”活跃在215个行政村。"
    assert _adopted(text) == [("陇西县", "法律明白人")]
    text = "陇西县法治建设综述\n近年来，陇西县法治建设成效明显。全县像老魏这样的“法律明白人”已有2.9万余名。"
    assert _adopted(text) == [("陇西县", "法律明白人")]
    # a count of times or months is no count of the practice
    text = "中山市法治建设综述\n近年来，中山市法治建设成效明显。“法律明白人”3个月内走访群众。"
    assert _adopted(text) == []


def test_a_verb_governs_a_name_after_the_counted_items_it_serves():
    got = _practices("上城区2031年法治政府建设年度报告\n推出个体工商户营业执照、食品经营许可等13项商事登记高频事项“就近办”服务。")
    assert got == ["就近办"]


def test_a_verb_governs_every_title_of_a_run_of_documents_it_issues():
    text = ("克拉玛依市2031年法治政府建设年度报告\n"
            "发布《行政执法公示配套指引和清单格式》《行政处罚程序规范》《行政处罚自由裁量权基准》。")
    assert "行政裁量权基准" in _practices(text)


def test_review_round_24_a_purpose_ends_where_the_main_clause_launches_a_practice():
    text = "包头市2031年法治政府建设工作报告\n为优化营商环境，市司法局推出“企业服务码”，为企业发展提供有力法治保障。"
    assert _practices(text) == ["企业服务码"]
    text = "包头市2031年法治政府建设工作报告\n着力为企业推出“网上调解”，为优化营商环境提供有力支撑。"
    assert _practices(text) == ["网上调解"]


def test_review_round_24_what_is_cleared_found_or_picked_is_counted_not_run():
    text = ("包头市2031年法治政府建设工作报告\n全年清理“奇葩证明”36个。取缔12家“黑诊所”。全市仍有“空壳村”12个。"
            "评选出“法治之星”20人。")
    assert _practices(text) == []


def test_review_round_24_a_shortcoming_word_inside_another_word_is_not_addressed():
    text = "包头市2031年法治政府建设工作报告\n个别部门推行“首违不罚”针对性不强、补位意识不足。"
    assert _practices(text) == []
    text = "包头市2031年法治政府建设工作报告\n推行“一网通审”后，征地补偿类事项办理仍显不足。"
    assert _practices(text) == []
    # 补短板 mends one
    text = "包头市2031年法治政府建设工作报告\n我市通过推行“一网通审”，补短板、强弱项。"
    assert _practices(text) == ["一网通审"]


def test_review_round_24_a_system_only_used_is_no_practice():
    assert _practices("包头市2031年法治政府建设工作报告\n群众登录“浙里办”系统即可查询。") == []
