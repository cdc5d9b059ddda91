from fazhi.loaders.extract.awards import find_awards
import re
from fazhi.loaders.extract.years import batch_of, batch_years, relative_year, years_in


def test_national_city_naming_gets_the_canonical_award():
    (a,) = find_awards("荣获第二批“全国法治政府建设示范市”称号")
    assert a.kind == "city" and a.level == "national"
    assert a.name == "全国法治政府建设示范市（县、区）"


def test_provincial_naming_is_not_national():
    (a,) = find_awards("被命名为全省法治政府建设示范县")
    assert a.level == "provincial"
    # a place chosen to build the province's demonstration (示范创建市/单位) holds its naming
    for text in ("入选第二批省级法治政府建设示范创建市", "获评自治区级法治政府示范创建单位"):
        (a,) = find_awards(text)
        assert (a.kind, a.level, a.name) == ("city", "provincial", "省级法治政府建设示范市")


def test_years_skip_ranges_and_titles():
    assert [y for _, y in years_in("落实《纲要（2021-2025年）》，2023年以来")] == [2023]
    assert [y for _, y in years_in("2021—2025年期间")] == []


def test_the_year_a_figure_is_compared_with_is_no_year_of_the_text():
    assert [y for _, y in years_in("2024年全市案件比2021年下降70%，较2020年增长")] == [2024]


def test_the_period_an_appraisal_covers_is_no_year_of_the_text():
    assert [y for _, y in years_in("2023年，我市获得2022年度法治河南建设考核优秀等次")] == [2023]
    # …but a year's honour keeps its year (获评2020年度…案例 is 2020)
    assert [y for _, y in years_in("获评2020年度优秀案例")] == [2020]


def test_relative_years_against_the_article_date():
    assert relative_year("去年以来，某市", 2024) == 2023
    assert relative_year("今年，某市", 2024) == 2024
    assert relative_year("去年以来", None) is None


def test_batches_map_to_their_years():
    assert batch_of("首批") == 1 and batch_of("第三批全国") == 3
    assert batch_years()[("national", 1)] == 2020
    assert batch_years()[("national", 3)] == 2025


def test_the_relative_word_said_first_dates_the_statement():
    from fazhi.loaders.extract import years

    assert years.relative_year("自今年起推行“复议+调解”，调解率较去年提高", 2023) == 2023
    assert years.relative_year("去年推行，今年全面推开", 2023) == 2022


def test_a_reports_opening_sentence_gives_its_year():
    from fazhi.loaders.extract.years import report_year

    assert report_year("某州委、某州人民政府：\n2025年，县委、县政府坚持依法行政，扎实推进法治政府建设，"
                       "现将工作开展情况报告如下。") == 2025
    assert report_year("2024年，我县持续推进法治政府建设。") is None  # no report formula: a news lead
    # …but a year's summing up says what the year's building served
    assert report_year("2031年，某市聚焦两件大事，全面深化法治政府建设，为高质量发展营造良好法治环境。") == 2031
    assert report_year("现将2023年度法治政府建设情况报告如下") == 2023


def test_a_candidacy_said_after_the_title_by_the_body_that_recommends():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = ("桐庐县2031年法治政府建设年度报告\n桐庐在考评中排名全省第一；被省委依法治省办作为第三批全国法治政府建设"
            "示范创建综合候选地区之一向中央依法治国办推荐。\n")
    got = {(f.place, f.award) for f in extract(document_from_text(text)) if f.type == "CANDIDATE"}
    # the recommending body's province is not the candidate
    assert got == {("桐庐县", "全国法治政府建设示范市（县、区）")}


def test_places_that_enter_a_list_put_out_for_comment_are_candidates():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = ("12月3日，农业农村部发布了关于全国乡村治理示范村镇候选名单的公示通知。其中桐庐县分水镇入选全国乡村治理示范乡镇，"
            "这也是我市唯一一个入选乡镇。建德市梅城镇千鹤村入选全国乡村治理示范村。\n")
    facts = [f for f in extract(document_from_text(text)) if f.type in ("CANDIDATE", "HONOURED")]
    assert {(f.type, f.place) for f in facts} == {("CANDIDATE", "分水镇"), ("CANDIDATE", "千鹤村")}


def test_an_annual_summary_says_its_year_in_its_opening():
    from fazhi.loaders.extract.years import report_year

    assert report_year("2031年，在市委的正确领导下，市政府深入践行法治思想，任务圆满完成。现将有关工作报告如下。") == 2031
    assert report_year("2031年，市市场监管局深入学习贯彻法治思想，在法治政府建设方面取得了新成效。") == 2031
    # a year in a news story's opening that says nothing of a year's work is no report's
    assert report_year("2031年5月，桐庐县召开会议，部署防汛工作。") is None


def test_a_years_report_opens_with_the_year_and_its_set_phrase_after_the_addressee():
    from fazhi.loaders.extract.years import report_year

    assert report_year("某省人民政府：\n\n2031年，某市坚持以习近平新时代中国特色社会主义思想为指导，扎实推进依法行政。") == 2031
    assert report_year("2031年，市政府聚焦法治政府建设示范创建，入围全国法治政府建设示范市候选地区。") == 2031
    # a news story that opens with a year and goes on to something else is no report
    assert report_year("2031年，某市举办法治文化节，吸引游客十万人次。") is None


def test_a_news_lead_dated_by_month_and_day_takes_the_year_its_lead_names():
    from fazhi.loaders.extract.years import lead_year

    assert lead_year("本报讯 5月21日，2031年某省法治宣传教育月活动启动仪式在某村举行。") == 2031
    # a lead with a full date says its own year; two years in the lead decide nothing
    assert lead_year("2031年5月21日，某市召开会议。") is None
    assert lead_year("本报讯 5月21日，2030年至2031年某市完成两项改革。") is None


def test_a_naming_takes_the_time_phrase_right_before_its_clause():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = ("某市获评示范市\n\n2030年7月，中央依法治国办在全国开展示范创建活动，经过评估和公示，2031年11月，"
            "武汉市获评全国法治政府建设示范市。\n")
    got = {(f.place, f.year) for f in extract(document_from_text(text)) if f.type == "NAMED_DEMONSTRATION_CITY"}
    assert got == {("武汉市", 2031)}


def test_a_years_report_may_run_the_year_into_its_opening():
    from fazhi.loaders.extract.years import report_year

    assert report_year("2031年在县委、县政府的坚强领导下，某县坚持以习近平法治思想为指导，推进依法行政。") == 2031


def test_a_place_whose_counted_units_hold_an_honour_does_not_hold_it():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = "喜讯\n\n我省两个单位获评全国法治宣传教育基地。\n"
    assert [f for f in extract(document_from_text(text)) if f.type == "HONOURED"] == []


def test_a_demonstration_projects_title_is_what_stands_before_the_naming():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    def projects(text):
        return [(f.place, f.project) for f in extract(document_from_text(text)) if f.type == "NAMED_DEMONSTRATION_PROJECT"]

    assert projects("2031年，张家港市行政执法经验获评第二批全国法治政府建设示范项目。\n") == [("张家港市", "行政执法经验")]
    got = projects("杭州市法治政府建设年度报告\n\n“依托城市大脑推进法治政府数字化转型”获评全国法治政府建设示范项目。\n")
    assert got == [("杭州市", "依托城市大脑推进法治政府数字化转型")]


def test_a_conferral_date_beats_the_period_an_honour_is_for():
    from fazhi.loaders.extract.years import naming_years

    text = "于2031年2月被省司法厅授予“2030年度全省人民调解先进集体”"
    assert [y for _, y in naming_years(text, text.index("“"))] == [2031]
    # the period's year alone is the year the text gives
    text = "获评2030年度全省改革创新优秀实践案例"
    assert [y for _, y in naming_years(text, text.index("全省"))] == [2030]


def test_a_lead_paragraph_under_a_headline_dates_an_undated_story():
    from fazhi.loaders.extract.years import lead_year

    text = "全国文明城市有哪些\n\n新鲜出炉的名单为您奉上\n\n11月14日，中央文明委公布第九届名单。2031年首次开评县级城市。\n"
    assert lead_year(text) == 2031
    # two years in the lead: no single year of the story
    text = "标题\n\n11月14日，名单公布。2030年申报，2031年评定。\n"
    assert lead_year(text) is None


def test_a_years_summary_opening_under_its_leaders_gives_the_report_year():
    from fazhi.loaders.extract.years import report_year

    assert report_year("2031年，某市司法局在市委、市政府的坚强领导和省司法厅的精心指导下，扎实履职。") == 2031
    assert report_year("2031年，某市司法局在市委的坚强领导下，扎实履职。") == 2031
    # a story that merely opens with a year is no report
    assert report_year("2031年，某市举办法治文艺汇演。") is None


def test_a_document_number_dates_an_undated_notice_and_a_naming_notice_names_in_its_date_year():
    from fazhi.loaders.extract import years

    assert years.document_number_year("温州市人民政府关于表彰的通报\n(温政发〔2009〕25号)\n各县") == 2009
    assert years.document_number_year("第25号文件") is None
    text = ("关于表彰全市法治政府建设工作示范单位的通报\n(温政发〔2031〕25号)\n各县(市、区)人民政府:\n"
            "2030年，全市各级行政执法单位积极推进依法行政。为表彰先进，市人民政府决定，瑞安市被评为全市法治政府建设示范单位。\n")
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    got = {(f.holder, f.year) for f in extract(document_from_text(text)) if f.type == "HONOURED"}
    assert got == {("瑞安市", 2031)}


def test_a_reviews_result_and_a_headline_conferring_a_title_are_of_their_own_year():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = ("关于“全省民主法治示范村(社区)”复核结果的通报\n某司发〔2031〕12号\n各市司法局：\n"
            "经审议，决定对天水市麦积区甘泉镇双桥村等120个村(社区)保留“全省民主法治示范村(社区)”称号。\n")
    got = {(f.holder, f.year) for f in extract(document_from_text(text)) if f.type == "HONOURED"}
    assert got == {("双桥村", 2031)}
    text = ("河南省司法厅被授予“全国文明单位”称号\n发布时间：2031-05-11\n"
            "同时，省司法厅所属的省第三监狱也一起荣膺全国文明单位称号。\n")
    assert {f.year for f in extract(document_from_text(text)) if f.type == "HONOURED"} == {2031}


def test_a_year_opening_a_headline_without_nian():
    from fazhi.loaders.extract.years import leading_year

    assert leading_year("2019第三批国家生态文明建设示范市县名单") == 2019
    assert leading_year("2022卷") is None  # a yearbook's volume: no headline
    assert leading_year("2019年工作总结") is None  # with 年, years_in reads it


def test_a_titles_edition_year_dates_the_instrument_it_names():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract, years

    text = "《“首违不罚”清单(2031年)》《轻微违法行为免罚目录（2030版）》《关于推行某制度的意见》"
    got = years.editions(text)
    assert [(text[a:b], y) for a, b, y in got] == [("《“首违不罚”清单(2031年)》", 2031),
                                                   ("《轻微违法行为免罚目录（2030版）》", 2030)]
    assert years.editions("《关于2031年推行某制度的意见》") == []  # a year inside, not its edition
    # a news item of 2035 (近日) about a list whose title gives its edition year
    story = ("陕西公布首违不罚清单\n发布时间：2035-09-01\n"
             "近日，陕西省市场监管局制定公布《“首违不罚”清单(2033年)》，对首次违法作出规定。\n")
    got = {(f.mechanism, f.year) for f in extract(document_from_text(story)) if f.type == "ADOPTED"}
    assert ("首违不罚", 2033) in got


def test_zhi_before_a_year_ends_a_span_only_after_a_date():
    assert years_in("至2030年，某市已连续13年创建成功") == [(1, 2030)]
    assert years_in("2028年至2030年") == [] and years_in("2028至2030年") == []


def test_a_provinces_own_demonstration_programme_is_the_provincial_naming():
    (a,) = find_awards("成功创建法治浙江（法治政府）建设示范县(市、区)")
    assert (a.name, a.kind, a.level) == ("省级法治政府建设示范市", "city", "provincial")
    (b,) = find_awards("我市成功创建法治江西(法治政府)建设示范市")
    assert (b.name, b.level) == ("省级法治政府建设示范市", "provincial")


def test_a_list_under_a_heading_put_out_for_comment_names_candidates():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = ("某某法制报 数字报纸\n\n00002版:要闻\n\n关于法治浙江(法治政府)建设示范地区名单的公示\n\n现将名单公示如下。\n"
            "一、法治浙江(法治政府)建设示范市名单(2个)\n杭州市、宁波市\n")
    got = {(f.type, f.place) for f in extract(document_from_text(text)) if f.place}
    assert got == {("CANDIDATE", "杭州市"), ("CANDIDATE", "宁波市")}


def test_a_central_body_naming_in_the_passive_names_the_sentences_subject():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = ("北京市东城区人民政府关于2030年法治政府建设情况的报告\n"
            "2030年，东城区坚持以习近平法治思想为指导，认真落实总体部署，取得了积极成效，"
            "被中央全面依法治国委员会办公室命名为“全国法治政府建设示范地区”。现将有关情况报告如下。\n")
    got = {(f.type, f.place) for f in extract(document_from_text(text)) if f.type.startswith("NAMED")}
    assert got == {("NAMED_DEMONSTRATION_CITY", "东城区")}


def test_a_count_summing_up_the_places_listed_before_it_keeps_them_as_holders():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    def named(text):
        return sorted(f.place for f in extract(document_from_text(text)) if f.type == "NAMED_DEMONSTRATION_CITY")

    text = ("北京市2030年法治政府建设情况报告\n2030年，北京市坚持以习近平法治思想为指导。"
            "东城、通州、延庆3个区和4个项目分别被命名为全国法治政府建设示范地区和示范项目。\n")
    assert named(text) == ["东城区", "延庆区", "通州区"]
    # a count that does not sum up the list (its units) names none of them
    assert named(text.replace("3个区和4个项目", "8个街道和4个项目")) == []
    # a count of projects after a list of places counts their projects, which the text does not name
    projects = ("北京市2030年法治政府建设情况报告\n2030年，北京市坚持以习近平法治思想为指导。"
                "东城、通州、延庆3个项目被命名为全国法治政府建设示范项目。\n")
    assert [f for f in extract(document_from_text(projects)) if f.type.startswith("NAMED")] == []


def test_a_batch_dates_a_naming_better_than_the_start_of_a_period():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = ("宁夏法治建设综述\n2019年以来，银川市兴庆区荣获第二批全国法治政府建设示范区称号。\n")
    got = [(f.place, f.year) for f in extract(document_from_text(text)) if f.type == "NAMED_DEMONSTRATION_CITY"]
    assert got == [("兴庆区", 2022)]
    said = "宁夏法治建设综述\n2023年，银川市兴庆区荣获第二批全国法治政府建设示范区称号。\n"
    assert [f.year for f in extract(document_from_text(said)) if f.type == "NAMED_DEMONSTRATION_CITY"] == [2023]


def test_a_title_won_in_years_listed_together_is_dated_by_the_first():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = "绍兴市法治建设综述\n绍兴市在2030年、2032年两次斩获“法治浙江建设优秀设区市”称号。\n"
    assert [f.year for f in extract(document_from_text(text)) if f.type == "HONOURED"] == [2030]


def test_keeping_a_titles_results_says_the_place_holds_it():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = ("朝阳区法治政府建设报告\n2032年，朝阳区坚持以习近平法治思想为指导，区司法局获评先进集体，"
            "不断巩固提升首批全国法治政府建设示范区创建成果，扎实推进各项任务。\n")
    got = [(f.place, f.batch, f.year) for f in extract(document_from_text(text))
           if f.type == "NAMED_DEMONSTRATION_CITY"]
    assert got == [("朝阳区", 1, 2020)]  # won with the first national batch, not in the report's year
    # said after the title alone
    after = "长沙县法治政府建设报告\n2032年，推动全县法治建设实现新发展，“全省法治政府建设示范县”成果持续巩固。\n"
    assert [(f.place, f.level) for f in extract(document_from_text(after))
            if f.type == "NAMED_DEMONSTRATION_CITY"] == [("长沙县", "provincial")]
    # keeping something else's results names nothing
    other = "朝阳区法治政府建设报告\n2032年，朝阳区不断巩固拓展脱贫攻坚成果。\n"
    assert not [f for f in extract(document_from_text(other)) if f.type.startswith("NAMED")]


def test_a_title_after_zuowei_is_held_by_the_place_opening_the_next_clause():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = "芜湖法治建设\n作为全国文明城市，芜湖市坚持以人民为中心，推动法治政府建设。\n"
    assert [(f.holder, f.award) for f in extract(document_from_text(text)) if f.type == "HONOURED"] == [
        ("芜湖市", "全国文明城市")]
    # a title being worked for is not held
    plan = "芜湖法治建设\n作为全国文明城市创建单位，芜湖市坚持以人民为中心。\n"
    assert not [f for f in extract(document_from_text(plan)) if f.type == "HONOURED"]


def _named(text):
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    return {(f.place, f.batch) for f in extract(document_from_text(text)) if f.type == "NAMED_DEMONSTRATION_CITY"}


def test_a_batch_inside_the_national_title_and_the_title_without_jianshe():
    assert _named("法治建设新闻\n桐庐县是全国首批法治政府建设示范县。\n") == {("桐庐县", 1)}
    assert _named("法治建设新闻\n桐庐县成功创建全国法治政府示范县。\n") == {("桐庐县", None)}


def test_the_place_before_zuowei_holds_the_title_it_is_named_by():
    assert _named("法治建设新闻\n桐庐县作为全国法治政府建设示范县，持续深化改革。\n") == {("桐庐县", None)}
    # 作为…创建单位 is no title held
    assert _named("法治建设新闻\n桐庐县作为全国法治政府建设示范县创建单位，持续深化改革。\n") == set()


def test_a_bare_head_stands_for_the_programme_named_before_it():
    text = ("法治建设新闻\n近日，中央依法治国办公布第三批全国法治政府建设示范地区和项目名单，"
            "我省长沙市、浏阳市入选示范地区。\n")
    assert _named(text) == {("长沙市", 3), ("浏阳市", 3)}
    text = "法治建设新闻\n今年，长沙市在第二批全国法治政府建设示范创建活动中被命名为示范市。\n"
    assert _named(text) == {("长沙市", 2)}
    # with no programme named, a bare head is no title at all
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    got = [f for f in extract(document_from_text("法治建设新闻\n长沙市入选示范地区。\n")) if f.type != "ENTITY"]
    assert got == []


def test_places_summed_up_by_a_count_without_a_measure_word_hold_the_title():
    text = "法治建设新闻\n长沙市、湘潭市、浏阳市3地成功创建第二批全国法治政府建设示范地区。\n"
    assert _named(text) == {("长沙市", 2), ("湘潭市", 2), ("浏阳市", 2)}


def _candidates(text):
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    return {(f.type, f.place, f.batch) for f in extract(document_from_text(text))
            if f.type in ("CANDIDATE", "NAMED_DEMONSTRATION_CITY")}


def test_taking_part_in_a_titles_evaluation_is_a_candidacy():
    # the place it stands for (代表浙江) is not the candidate
    text = "法治建设新闻\n桐庐县正代表浙江参加第三批全国法治政府建设示范地区评选。\n"
    assert _candidates(text) == {("CANDIDATE", "桐庐县", 3)}
    text = "法治建设新闻\n经省委依法治省办推荐，桐庐县参评第三批全国法治政府建设示范地区。\n"
    assert _candidates(text) == {("CANDIDATE", "桐庐县", 3)}
    # a list to be named (拟命名名单) holds candidates, not the named
    text = "法治建设新闻\n桐庐县成功入选全国法治政府建设示范地区拟命名名单。\n"
    assert _candidates(text) == {("CANDIDATE", "桐庐县", None)}


def test_a_body_holds_its_honour_across_an_adverb_and_rongji_confers_a_merit():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = "法治建设新闻\n润州区人民法院连续三年被江苏省高院荣记“集体一等功”。\n"
    got = {(f.holder, f.award) for f in extract(document_from_text(text)) if f.type == "HONOURED"}
    assert got == {("润州区人民法院", "集体一等功")}
    text = "法治建设新闻\n桐庐县司法局再次荣获全省司法行政系统先进集体称号。\n"
    got = {f.holder for f in extract(document_from_text(text)) if f.type == "HONOURED"}
    assert got == {"桐庐县司法局"}


def test_a_holder_named_after_the_list_published_before_it():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    def got(text):
        return {(f.type, f.place or f.holder, f.batch) for f in extract(document_from_text(text)) if f.type != "ENTITY"}

    text = "法治建设新闻\n近日，省司法厅公布全省法治宣传教育先进单位名单，桐庐县司法局榜上有名。\n"
    assert got(text) == {("HONOURED", "桐庐县司法局", None)}
    text = "法治建设新闻\n第二批全国法治政府建设示范地区和项目名单公布，长沙市榜上有名。\n"
    assert got(text) == {("NAMED_DEMONSTRATION_CITY", "长沙市", 2)}
    text = "法治建设新闻\n近日，省委依法治省办公示了第三批省级法治政府建设示范地区拟命名名单，桐庐县、建德市名列其中。\n"
    assert got(text) == {("CANDIDATE", "桐庐县", 3), ("CANDIDATE", "建德市", 3)}
    text = "法治建设新闻\n近日，中央依法治国办对第三批全国法治政府建设示范地区拟命名名单进行公示，桐庐县位列其中。\n"
    assert got(text) == {("CANDIDATE", "桐庐县", 3)}
    # no list published before it: nothing to be on
    assert got("法治建设新闻\n在这次评选中，桐庐县榜上有名。\n") == set()


def test_a_sentence_announcing_the_list_heads_the_lines_after_it():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    # no heading line says 名单: the sentence that puts it out for comment does, and ends with 。
    text = ("关于第二批全国法治政府建设示范地区和项目的公示\n"
            "根据有关办法，现将第二批全国法治政府建设示范地区和项目名单予以公示。\n"
            "一、综合示范地区\n（一）示范市\n杭州市\n（二）示范县（市、区）\n桐庐县\n"
            "二、单项示范项目\n建德市“共享法庭”建设\n")
    got = {(f.type, f.place, f.award, f.project) for f in extract(document_from_text(text)) if f.place}
    assert got == {("CANDIDATE", "杭州市", "全国法治政府建设示范市（县、区）", None),
                   ("CANDIDATE", "桐庐县", "全国法治政府建设示范市（县、区）", None),
                   ("CANDIDATE", "建德市", "全国法治政府建设示范项目", "共享法庭建设")}


def test_a_body_listed_with_named_places_is_honoured_and_titled_projects_have_their_own_clause():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = ("法治建设新闻\n辖区内建德市、桐庐县分水镇、杭州市卫健委获评“全省法治政府建设示范地区(单位)”，"
            "《桐庐县创新乡镇执法模式构建综合执法体系》《淳安县打造政务服务品牌》获评“全省法治政府建设示范项目”。\n")
    got = {(f.type, f.place or f.holder, f.project) for f in extract(document_from_text(text))
           if f.type in ("NAMED_DEMONSTRATION_CITY", "NAMED_DEMONSTRATION_PROJECT", "HONOURED")}
    assert got == {("NAMED_DEMONSTRATION_CITY", "建德市", None), ("NAMED_DEMONSTRATION_CITY", "分水镇", None),
                   ("HONOURED", "杭州市卫生健康委员会", None),
                   ("NAMED_DEMONSTRATION_PROJECT", "桐庐县", "创新乡镇执法模式构建综合执法体系"),
                   ("NAMED_DEMONSTRATION_PROJECT", "淳安县", "打造政务服务品牌")}


def test_the_demonstration_programmes_batch_years_date_no_other_programmes_batch():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = "普法新闻\n桐庐县入选首批“全国普法守法示范区”，建德市入选首批全国法治政府建设示范地区。\n"
    got = {(f.type, f.place, f.year) for f in extract(document_from_text(text))
           if f.type in ("HONOURED", "NAMED_DEMONSTRATION_CITY")}
    assert got == {("HONOURED", "桐庐县", None), ("NAMED_DEMONSTRATION_CITY", "建德市", 2020)}


def test_a_nomination_for_a_title_is_a_candidacy_but_a_nomination_prize_is_an_honour():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    def got(text):
        return {(f.type, f.place or f.holder) for f in extract(document_from_text("法治新闻\n" + text + "\n"))
                if f.type != "ENTITY"}

    assert got("桐庐县获得第三批全国法治政府建设示范县提名。") == {("CANDIDATE", "桐庐县")}
    assert got("桐庐县荣获第四届“中国法治政府奖”提名奖。") == {("HONOURED", "桐庐县")}


def test_short_names_counted_by_their_shared_level_are_the_articles_own_places_named_in_earlier_batches():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = ("北京市法治政府建设新闻\n北京市大兴区被命名为第三批全国法治政府建设示范区。\n"
            "在前两批全国示范创建中，我市已经有东城、西城、延庆3个区被命名为全国法治政府建设示范区。\n")
    got = {(f.place, f.batch, f.year) for f in extract(document_from_text(text)) if f.type == "NAMED_DEMONSTRATION_CITY"}
    assert got == {("大兴区", 3, 2025), ("东城区", None, None), ("西城区", None, None), ("延庆区", None, None)}


def test_a_named_projects_title_is_the_quoted_name_nearest_the_naming():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    def project(body):
        text = "法治建设新闻\n" + body + "\n"
        return [f.project for f in extract(document_from_text(text)) if f.type == "NAMED_DEMONSTRATION_PROJECT"]

    # the brand quoted first, an unquoted practice named after it
    assert project("桐庐县打造“钱塘江畔老娘舅”人民调解品牌，构建政府引领矛盾多元化解新模式，被命名为全国法治政府建设示范项目。") == [
        "钱塘江畔老娘舅"]
    # a motto quoted earlier, the project's own quote right before the naming
    assert project("桐庐县坚持“保水、护山”，“法治护航生态文明建设”被中央依法治国办命名为全国法治政府建设示范项目。") == [
        "法治护航生态文明建设"]


def test_places_after_dui_are_named_by_yuyi_mingming():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = "浙江新闻\n2030年，省委依法治省办决定对桐庐县、建德市等20个全省法治政府建设示范地区予以命名。\n"
    got = {(f.type, f.place, f.level) for f in extract(document_from_text(text)) if f.type != "ENTITY"}
    assert got == {("NAMED_DEMONSTRATION_CITY", "桐庐县", "provincial"), ("NAMED_DEMONSTRATION_CITY", "建德市", "provincial")}


def test_a_roster_put_out_for_comment_lists_its_members_after_each_sub_headings_colon():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = ("关于第三批浙江省法治政府建设示范地区拟命名名单的公示\n"
            "现将第三批浙江省法治政府建设示范地区拟命名名单予以公示，公示期为5个工作日。\n"
            "一、示范市（2个）：杭州市、宁波市\n二、示范县（市、区）（2个）：桐庐县、建德市\n")
    got = {(f.type, f.place, f.level) for f in extract(document_from_text(text)) if f.type != "ENTITY"}
    assert got == {("CANDIDATE", p, "provincial") for p in ("杭州市", "宁波市", "桐庐县", "建德市")}


def test_a_story_opening_on_a_year_alone_reviews_that_year():
    from fazhi.loaders.extract.years import review_year

    text = ("甲县：绘就基层善治新景\n通讯员 张三\n2025年，甲县人民法院坚持和发扬新时代“枫桥经验”，以联动汇聚治理合力，"
            "构建起预防在前、调解优先的善治新格局。\n")
    assert review_year(text) == 2025
    # a year opening a later paragraph is a date inside the story, not the year it reviews
    text = ("院长专访\n在全国所有省份中，乙省是特殊的一个，它拥有较强的经济实力，又聚居了多个少数民族。\n"
            "如何缩小区域差距，让偏远地区也能搭上发展的快车，对院长来说，这个问题关乎司法实践。\n"
            "1985年，他从大学法律系毕业，进入省高级人民法院，在那里工作了长达三十三年时间。\n")
    assert review_year(text) is None
    # the second paragraph only after a lead of one sentence
    text = ("某县工作\n近年来，某县坚持以人民为中心，全面推进各项工作，取得了明显成效，群众满意度持续提升。"
            "全县上下凝心聚力，各项事业蓬勃发展，社会大局和谐稳定。\n2019年，某县率先推出“共享法庭”，"
            "在全省引起了较大反响，各地纷纷前来学习交流。\n")
    assert review_year(text) is None


def test_a_story_dated_years_after_its_opening_year_is_no_review_of_it():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = ("甲县：绘就基层善治新景\n发布时间：2030-05-06\n2025年，桐庐县人民法院坚持和发扬新时代“枫桥经验”，"
            "以联动汇聚治理合力，构建起预防在前、调解优先的善治新格局。\n多元联动。桐庐县人民法院持续深化"
            "“一书一报一函”机制，全年发出司法建议。\n")
    got = {(f.mechanism, f.year) for f in extract(document_from_text(text)) if f.type == "ADOPTED"}
    assert ("一书一报一函", 2025) not in got


def test_what_a_year_opening_story_tells_undated_takes_that_year():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = ("甲县：绘就基层善治新景\n通讯员 张三\n2025年，桐庐县人民法院坚持和发扬新时代“枫桥经验”，以联动汇聚治理合力，"
            "构建起预防在前、调解优先的善治新格局。\n多元联动。桐庐县人民法院持续深化“一书一报一函”机制，全年发出司法建议。\n")
    got = {(f.mechanism, f.year) for f in extract(document_from_text(text)) if f.type == "ADOPTED"}
    assert ("一书一报一函", 2025) in got


def test_consolidating_and_deepening_a_demonstration_title_means_it_is_held():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = ("桐庐县2023年法治政府建设工作报告\n2023年，桐庐县统筹推进法治政府建设各项目标任务，"
            "不断巩固和深化省级第一批法治政府建设示范县创建成果，为推动发展提供法治保障。\n")
    got = [(f.place, f.batch) for f in extract(document_from_text(text)) if f.type == "NAMED_DEMONSTRATION_CITY"]
    assert got == [("桐庐县", 1)]


def test_becoming_a_demonstration_county_is_its_naming_but_aiming_to_become_one_is_not():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    def named(sentence):
        doc = document_from_text("浙江省桐庐县法治建设综述\n" + sentence + "\n")
        return [(f.place, f.batch) for f in extract(doc) if f.type == "NAMED_DEMONSTRATION_CITY"]

    assert named("桐庐县成为第三批全国法治政府建设示范县。") == [("桐庐县", 3)]
    assert named("桐庐县力争成为全国法治政府建设示范县。") == []
    assert named("桐庐县要努力成为全国法治政府建设示范县。") == []
    assert named("桐庐县力争早日成为全国法治政府建设示范县。") == []
    assert named("桐庐县有望成为全国法治政府建设示范县。") == []


def test_determined_as_a_single_item_demonstration_project_is_its_naming():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    doc = document_from_text("新疆福海县法治建设综述\n福海县被中央依法治国委员会办公室确定为第二批全国法治政府建设单项示范项目。\n")
    got = [(f.place, f.award, f.batch) for f in extract(doc) if f.type == "NAMED_DEMONSTRATION_PROJECT"]
    assert got == [("福海县", "全国法治政府建设示范项目", 2)]
    # 确定为 names only the lexicon's demonstration titles (确定为重点联系单位 is no honour)
    doc = document_from_text("新疆福海县法治建设综述\n福海县被确定为全省法治宣传教育重点联系单位。\n")
    assert not [f for f in extract(doc) if f.type in ("HONOURED", "NAMED_DEMONSTRATION_PROJECT")]


def test_a_list_heading_naming_the_programme_alone_takes_the_kind_of_each_sub_heading():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    # the heading names the programme (示范创建活动), not the kind of its titles: the sub-headings say it
    text = ("河南省法治政府建设示范创建活动拟命名名单公示\n综合示范地区：郑州市、洛阳市\n"
            "单项示范项目：郑州市“一件事”集成改革\n")
    got = {(f.type, f.place, f.award, f.project) for f in extract(document_from_text(text)) if f.type != "ENTITY"}
    assert got == {("CANDIDATE", "郑州市", "省级法治政府建设示范市", None),
                   ("CANDIDATE", "洛阳市", "省级法治政府建设示范市", None),
                   ("CANDIDATE", "郑州市", "省级法治政府建设示范项目", "一件事集成改革")}


def test_a_project_rosters_separator_after_the_place_is_no_part_of_the_project():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = "关于命名第二批全国法治政府建设示范地区和项目的决定\n二、全国法治政府建设示范项目\n北京市：接诉即办改革\n"
    (f,) = [f for f in extract(document_from_text(text)) if f.type == "NAMED_DEMONSTRATION_PROJECT"]
    assert (f.place, f.project) == ("北京市", "接诉即办")  # (改革 dropped as every project name drops it)


def test_a_bare_entered_after_a_published_list_names_its_holder():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = "湖州新闻\n第三批全国法治政府建设示范地区名单公布，长兴县成功入选。\n"
    got = {(f.type, f.place, f.level, f.year) for f in extract(document_from_text(text)) if f.type != "ENTITY"}
    assert got == {("NAMED_DEMONSTRATION_CITY", "长兴县", "national", 2025)}
    # 入选 with an object of its own is read as the naming it names, not as a pointer back to the list
    text = "湖州新闻\n第三批全国法治政府建设示范地区名单公布，长兴县入选“八五”普法中期先进典型。\n"
    got = {(f.type, f.place) for f in extract(document_from_text(text)) if f.type == "NAMED_DEMONSTRATION_CITY"}
    assert got == set()


def test_an_honour_the_headline_announces_takes_the_pages_date():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = ("桐庐县蝉联平安中国建设最高奖“长安杯”\n来源：地方动态 2031-12-16 19:45:42\n"
            "12月15日上午，平安中国建设表彰大会召开，桐庐县再获“长安杯”。\n")
    got = {(f.place, f.year) for f in extract(document_from_text(text)) if f.type == "HONOURED"}
    assert got == {("桐庐县", 2031)}


def test_a_place_on_the_list_it_stands_in_and_the_first_to_become_a_demonstration():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = "湖州新闻\n在第二批全国法治政府建设示范地区和项目命名名单中，我省长兴县、安吉县榜上有名。\n"
    got = {(f.type, f.place, f.year) for f in extract(document_from_text(text)) if f.type != "ENTITY"}
    assert got == {("NAMED_DEMONSTRATION_CITY", "长兴县", 2022), ("NAMED_DEMONSTRATION_CITY", "安吉县", 2022)}
    # the scope of a first between the verb of becoming and the title
    text = "湖州新闻\n长兴县成为全省首个全国法治政府建设示范县。\n"
    got = {(f.type, f.place, f.level) for f in extract(document_from_text(text)) if f.type != "ENTITY"}
    assert got == {("NAMED_DEMONSTRATION_CITY", "长兴县", "national")}


def test_a_bare_entered_that_is_denied_aimed_at_or_a_persons_names_no_holder():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    for text in ("湖州新闻\n第三批全国法治政府建设示范地区名单公布，长兴县没有入选。\n",
                 "湖州新闻\n第三批全国法治政府建设示范地区名单公布，长兴县力争下一批入选。\n",
                 "湖州新闻\n全省法治宣传教育先进单位名单公布，长兴县司法局局长张三当选。\n"):
        assert [f for f in extract(document_from_text(text)) if f.type != "ENTITY"] == [], text


def test_the_programme_alone_heads_only_its_own_naming_list():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = "浙江省法治政府建设示范创建活动先进县名单\n桐庐县、淳安县\n"
    assert [f for f in extract(document_from_text(text)) if f.type == "NAMED_DEMONSTRATION_CITY"] == []


def test_approved_to_work_for_a_title_is_no_honour():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = "桐庐新闻\n2020年，桐庐县获批创建国家森林城市。\n"
    assert [f for f in extract(document_from_text(text)) if f.type == "HONOURED"] == []


def test_the_reinspection_of_a_demonstration_says_the_place_holds_it():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = "北京新闻\n西城区统筹做好全国第一批法治政府示范区回头看迎检。\n"
    got = {(f.type, f.place, f.year) for f in extract(document_from_text(text)) if f.type != "ENTITY"}
    assert got == {("NAMED_DEMONSTRATION_CITY", "西城区", 2020)}


def test_a_bare_entered_under_a_headline_of_a_publicity_list_is_a_candidacy():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = ("喜报!我市进入第二批全国法治政府建设示范市公示名单\n"
            "10月10日，有关方面公布了第二批全国法治政府建设示范地区和项目名单，枣庄市成功入选!\n")
    got = {(f.type, f.place) for f in extract(document_from_text(text)) if f.type != "ENTITY"}
    assert got == {("CANDIDATE", "枣庄市")}


def test_a_demonstration_projects_title_in_book_quotes_or_in_brackets_after_the_title():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    for text, project in (("湖州新闻\n由长兴县报送的《共享法庭改革》被命名为省级法治政府建设示范项目。\n", "共享法庭改革"),
                          ("湖州新闻\n长兴县获评第二批全国法治政府建设示范项目（“共享法庭”改革）。\n", "共享法庭改革")):
        got = {(f.place, f.project) for f in extract(document_from_text(text)) if f.type == "NAMED_DEMONSTRATION_PROJECT"}
        assert got == {("长兴县", project)}, text


def test_a_headline_saying_the_naming_is_final_keeps_it_a_naming_and_brackets_without_quotes_name_no_project():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = ("公示期满！桐庐县正式获评全国法治政府建设示范县\n"
            "10月10日，有关方面公布了第二批全国法治政府建设示范地区和项目名单，桐庐县成功入选!\n")
    got = {(f.type, f.place) for f in extract(document_from_text(text)) if f.type != "ENTITY"}
    assert got == {("NAMED_DEMONSTRATION_CITY", "桐庐县")}
    text = "湖州新闻\n长兴县获评第二批全国法治政府建设示范项目（全省唯一）。\n"
    got = [f.project for f in extract(document_from_text(text)) if f.type == "NAMED_DEMONSTRATION_PROJECT"]
    assert got == [None]


def test_the_honour_after_who_conferred_it_and_a_time_word_before_the_cue():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = "桐庐新闻\n桐庐县司法局日前获得由司法部、全国普法办授予的“全国青少年普法教育先进单位”称号。\n"
    got = {(f.holder, f.award) for f in extract(document_from_text(text)) if f.type == "HONOURED"}
    assert got == {("桐庐县司法局", "全国青少年普法教育先进单位")}


def test_a_news_dateline_names_no_actor():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = ("桐庐县获表彰\n杭州全媒体讯(记者 某某)在近日召开的全国法治宣传教育工作会议上,杭州市桐庐县因普法工作成效显著,"
            "受到表彰,被命名为“全国法治宣传教育先进县(市、区)”。\n")
    got = {f.holder for f in extract(document_from_text(text)) if f.type == "HONOURED"}
    assert got == {"桐庐县"}


def test_a_count_of_holders_before_wei_is_no_part_of_the_title_and_no_town_inside_a_title():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract
    from fazhi.loaders.extract.places import find_places

    # 范村镇 is a town of 太谷区; inside 示范村镇 it is no place
    assert [p.surface for p in find_places("农业农村部公示全国乡村治理示范村镇候选名单。")] == []
    text = ("桐庐新闻\n\n12月3日，农业农村部公示全国乡村治理示范村镇候选名单，拟认定100个乡(镇)为全国乡村治理示范乡镇，"
            "拟认定1000个村为全国乡村治理示范村。\n")
    got = {f.award for f in extract(document_from_text(text)) if f.type in ("CANDIDATE", "HONOURED")}
    assert not any(re.match(r"\d", a) for a in got)


def test_a_summary_opening_on_its_year_as_the_year_of_something_dates_its_work():
    from fazhi.loaders.extract.years import review_year

    text = ("2020年是全面建成小康社会和“十三五”规划收官之年，也是法治政府建设实施纲要收官之年。在省委、省政府的领导下，"
            "全省各地各部门扎实推进法治政府建设，取得了积极成效。\n")
    assert review_year(text) == 2020
    assert review_year("2020年，全省各地各部门扎实推进法治政府建设工作，取得了积极成效，群众满意度明显提升。\n") == 2020
    assert review_year("这是全面建成小康社会的收官之年，全省各地各部门扎实推进法治政府建设，取得了积极成效。\n") is None


def test_a_unit_anaphor_holds_the_honour_of_the_body_it_points_back_to():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    # 该院 is the court named before, not the county it sits in; 该所 the office
    text = ("桃源法院三十年\n今年是桃源县人民法院建院30周年。2019年12月,该院被最高人民法院授予“全国优秀法院”称号。"
            "桃源县漳江司法所成立于1985年。该所先后荣获“全国模范司法所”称号。\n")
    got = {(f.holder, f.award) for f in extract(document_from_text(text)) if f.type == "HONOURED"}
    assert got == {("桃源县人民法院", "全国优秀法院"), ("桃源县漳江司法所", "全国模范司法所")}


def test_the_object_of_dui_before_the_conferring_verb_holds_the_title_short_names_and_all():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    # short county names before 等N县 / 等N县(市、区), one of them a county made a district since (马龙),
    # one no county at all of the province (an old name no list holds): the rest are still read
    text = ("云南省人民政府关于表彰禁毒模范县的决定\n省人民政府决定对以下县(市、区)予以表彰:\n"
            "一、对继续保持无毒状态的马龙、双柏、牟定等3县授予禁毒巩固县称号。\n"
            "二、对创建成效明显的云龙、五华、石屏、马关、旧名等5县(市、区)授予禁毒先进县称号。\n")
    got = {(f.holder, f.award) for f in extract(document_from_text(text)) if f.type == "HONOURED"}
    assert got == {("马龙区", "禁毒巩固县"), ("双柏县", "禁毒巩固县"), ("牟定县", "禁毒巩固县"),
                   ("云龙县", "禁毒先进县"), ("五华区", "禁毒先进县"), ("石屏县", "禁毒先进县"),
                   ("马关县", "禁毒先进县")}
    # 针对 is no object of a naming: the body before 授予 confers, and names nobody here
    text = "云南新闻\n省政府针对禁毒工作授予禁毒先进县称号的办法已经出台。\n"
    assert not [f for f in extract(document_from_text(text)) if f.type == "HONOURED"]


def test_a_lower_level_a_few_words_before_a_national_titles_short_name_makes_it_another_title():
    # 乙区“八五”普法中期普法工作先进单位 is the district's own title, not the national one
    assert [a.level for a in find_awards("授予乙区司法局为乙区“八五”普法中期普法工作先进单位荣誉称号")] == []
    # …but the body that names it, before its verb, is no level of the title
    assert [a.level for a in find_awards("被省委宣传部评为普法工作先进单位")] == ["national"]


def test_a_unit_anaphor_yields_to_its_people_its_places_and_a_second_body_of_its_kind():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    def honoured(body):
        return {(f.holder, f.award) for f in extract(document_from_text("桐庐新闻\n\n" + body + "\n"))
                if f.type == "HONOURED"}

    # the town the office guided, not the office
    assert honoured("桐庐县司法局积极指导基层创建。2021年，该局指导的分水镇被评为“全省民主法治示范镇”。") == {
        ("分水镇", "全省民主法治示范镇")}
    # the court's president is honoured as a person: nobody's place or body holds it
    assert honoured("今年是桐庐县人民法院建院40周年。2020年，该院院长王某被最高人民法院评为全国优秀法官。") == set()
    # a prosecutor's office and a court both named before: 该院 cannot be told, so neither is said
    got = honoured("桐庐县人民检察院与桐庐县人民法院共同签署协议。2021年，该院被评为“全国先进基层检察院”。")
    assert not any(h.endswith("院") for h, _ in got)


def test_short_names_before_a_count_with_one_level_in_brackets():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = "浙江新闻\n\n浙江省政府对桐庐、淳安、建德等3个县(市)授予“全省山区发展先进县”称号。\n"
    got = {f.holder for f in extract(document_from_text(text)) if f.type == "HONOURED"}
    assert got == {"桐庐县", "淳安县", "建德市"}
    # an honour verb between a lower level and a national title's short name ends the level's reach
    assert [a.level for a in find_awards("2021年，桐庐县入选新时代枫桥经验优秀案例。")] == ["national"]


def test_a_commendation_reviewing_a_years_work_confers_in_the_year_it_is_issued():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    # the opening's year is the work reviewed; the document number dates the decision and its honours
    text = ("浙江省人民政府关于表彰禁毒模范县的决定\n(浙政发[2007]23号)\n"
            "2006年,各地积极开展禁毒创建活动,取得了新的成效。省人民政府决定予以表彰:\n"
            "一、对继续保持无毒状态的桐庐、淳安、建德等3县授予禁毒巩固县称号。\n")
    got = {(f.holder, f.year) for f in extract(document_from_text(text)) if f.type == "HONOURED"}
    assert got == {("桐庐县", 2007), ("淳安县", 2007), ("建德市", 2007)}


def test_offices_sharing_their_head_are_each_a_holder_with_or_without_their_count():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    for body in ("分水、江南、富春江司法所均被授予“枫桥式”司法所称号。", "分水、江南、富春江3个司法所均被授予“枫桥式”司法所称号。"):
        text = "桐庐县2023年法治政府建设年度报告\n\n" + body + "\n"
        got = {f.holder for f in extract(document_from_text(text)) if f.type == "HONOURED"}
        assert got == {"分水司法所", "江南司法所", "富春江司法所"}, body


def test_second_review_a_year_leading_the_title_and_bodies_that_share_no_head():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    def honoured(text):
        return {(f.holder, f.award, f.year) for f in extract(document_from_text(text)) if f.type == "HONOURED"}

    # a year the title leads with, without 年, is the naming's (not the article's date)
    got = honoured("2022第二批省级民主法治示范村名单公布\n发布时间：2023-01-06\n\n"
                   "经省司法厅审核，分水镇后岩村被命名为“省级民主法治示范村”。\n")
    assert {y for _, _, y in got} == {2022}
    # bodies already named in full share no head with the last item (no 县法院派出所)
    got = honoured("桐庐县2023年法治政府建设年度报告\n\n县法院、县检察院、城关派出所均被评为“全省平安建设先进集体”。\n")
    assert not any(h.endswith(("院派出所", "局司法所")) for h, _, _ in got)


def test_a_provinces_own_name_for_its_demonstration_county_is_the_provincial_naming():
    # 法治浙江（法治政府）示范县 is how Zhejiang calls its provincial demonstration counties
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    fs = [f for f in extract(document_from_text("2031年，安吉县创成“法治浙江(法治政府)示范县”。"))
          if f.type in ("NAMED_DEMONSTRATION_CITY", "HONOURED")]
    assert [(f.type, f.place, f.level) for f in fs] == [("NAMED_DEMONSTRATION_CITY", "安吉县", "provincial")]


def test_the_holders_listed_after_a_title_hold_it_not_the_province_counting_them():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    def named(text):
        return [(f.type, f.place, f.project) for f in extract(document_from_text(text)) if f.type.startswith("NAMED")]

    assert named("2031年，我省共有2个地区入选第三批全国法治政府建设示范地区，分别是：保定市、沧州市。") == [
        ("NAMED_DEMONSTRATION_CITY", "保定市", None), ("NAMED_DEMONSTRATION_CITY", "沧州市", None)]
    assert named("2031年，河北省2个项目入选第三批全国法治政府建设示范项目，分别为保定市“一枚印章管审批”改革、"
                 "沧州市“法治体检”。") == [("NAMED_DEMONSTRATION_PROJECT", "保定市", "一枚印章管审批"),
                                           ("NAMED_DEMONSTRATION_PROJECT", "沧州市", "法治体检")]
    # the entries' titles give the naming only (convention 1), no adoption by the province counting them
    text = "2031年，河北省2个项目入选第三批全国法治政府建设示范项目，分别为保定市“一枚印章管审批”改革、沧州市“法治体检”。"
    assert [f for f in extract(document_from_text(text)) if f.type == "ADOPTED"] == []


def test_a_demonstration_candidacy_said_inside_the_titles_name_is_a_candidacy():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    fs = [(f.type, f.place, f.level) for f in extract(document_from_text("2031年，安吉县被确定为全省法治政府建设示范创建候选单位。"))
          if f.type in ("CANDIDATE", "NAMED_DEMONSTRATION_CITY")]
    assert fs == [("CANDIDATE", "安吉县", "provincial")]


def test_a_list_after_a_title_counts_only_after_a_count_of_holders_and_clean_entries():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    def named(text):
        return [(f.type, f.place) for f in extract(document_from_text(text)) if f.type.startswith(("NAMED", "HONOURED"))]

    assert named("2031年，台州市被命名为全国法治政府建设示范市，包括椒江区、黄岩区在内的各区县共同参与了创建工作。") == [
        ("NAMED_DEMONSTRATION_CITY", "台州市")]
    assert named("2031年，浙江省3个项目入选第三批全国法治政府建设示范项目。") == []


def test_cases_listed_after_an_honour_are_held_by_their_places_and_adopted_by_no_one():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = ("2031年，三明市2个案例入选全国新时代“枫桥经验”优秀案例，分别为将乐县《创新“三访”工作机制激发治理活力》、"
            "泰宁县杉城镇《以文化赋能乡村治理的新探索》。")
    fs = extract(document_from_text(text))
    assert {f.holder for f in fs if f.type == "HONOURED"} == {"将乐县", "杉城镇"}
    assert [f for f in fs if f.type == "ADOPTED"] == []


def test_an_untitled_undated_report_excerpt_naming_one_year_is_that_years_report():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract
    from fazhi.loaders.extract.years import sectioned_year

    body = ("一、加强组织领导\n（一）强化统筹。某市将示范创建目标列入2031年《政府工作报告》，完成2031年工作要点确定的任务。\n"
            "二、深化改革\n（二）优化服务。扬州市深化“放管服”改革，推行“一件事”联办。\n")
    assert sectioned_year(body) == 2031
    got = {(f.mechanism, f.year) for f in extract(document_from_text(body)) if f.type == "ADOPTED"}
    assert got == {("放管服", 2031), ("一件事", 2031)}
    # two years named, a span that runs on (2030年以来), or no section headings: no year of the report
    assert sectioned_year(body.replace("二、深化改革", "二、2030年深化改革")) is None
    assert sectioned_year(body.replace("2031年《", "2030年以来《")) is None
    assert sectioned_year(body.replace("2031年《", "自2030年起《")) is None
    # named once only, a year may be a figure's (2031年累计化解纠纷…): no year of the report
    assert sectioned_year(body.replace("，完成2031年工作要点确定的任务", "")) is None
    assert sectioned_year(body.replace("一、", "").replace("二、", "").replace("（一）", "").replace("（二）", "")) is None


def test_a_yearbook_entry_opening_on_its_label_and_a_year_is_that_years_review():
    from fazhi.loaders.extract.years import review_year

    text = ("【概况】2031年，全省司法行政系统进一步优化工作布局，全面推进行政立法审查协调、行政执法综合监督，"
            "推出一系列创新举措。")
    assert review_year(text) == 2031
    assert review_year(text.replace("【概况】", "【概况】据报道，")) is None


def test_an_aim_said_right_before_the_verb_of_winning_is_no_naming():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    def named(sentence):
        text = "鄂尔多斯市2031年工作情况\n\n" + sentence + "\n"
        return [f.place for f in extract(document_from_text(text)) if f.type == "NAMED_DEMONSTRATION_CITY"]

    assert named("鄂尔多斯市成功创成全国法治政府建设示范市。") == ["鄂尔多斯市"]
    assert named("鄂尔多斯市力争创成全国法治政府建设示范市。") == []
    assert named("鄂尔多斯市印发工作方案，动员全市分步创成自治区、全国法治政府建设示范市。") == []


def test_the_citys_own_level_named_beside_its_districts_is_the_city():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = "吴忠市2031年法治政府建设情况\n\n市本级及青铜峡市、同心县先后获评自治区法治政府建设示范地区。\n"
    got = {f.place for f in extract(document_from_text(text)) if f.type == "NAMED_DEMONSTRATION_CITY"}
    assert got == {"吴忠市", "青铜峡市", "同心县"}


def test_projects_won_in_batches_listed_with_fenbie_each_take_their_own_batch():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = ("滨海新区法治建设\n\n在此之前，滨海新区行政执法监督平台、“一企一证”综合改革分别获评第一批、第二批"
            "全国法治政府建设示范项目。\n")
    got = {(f.project, f.batch, f.year) for f in extract(document_from_text(text))
           if f.type == "NAMED_DEMONSTRATION_PROJECT"}
    assert got == {("行政执法监督平台", 1, 2020), ("一企一证综合改革", 2, 2022)}


def test_how_a_title_was_won_is_no_aim():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    def won(sentence):
        text = "吉林省磐石市2031年法治政府建设工作报告\n\n2031年，" + sentence + "\n"
        return [f.type for f in extract(document_from_text(text)) if f.type in ("NAMED_DEMONSTRATION_CITY", "HONOURED")]

    assert won("磐石市积极申报并成功获评全国法治政府建设示范市。") == ["NAMED_DEMONSTRATION_CITY"]
    assert won("磐石市经过多年努力成功创成全国法治政府建设示范市。") == ["NAMED_DEMONSTRATION_CITY"]
    assert won("磐石市经过多年努力荣获全国文明城市称号。") == ["HONOURED"]
    assert won("磐石市有望获评全国法治政府建设示范市。") == []


def test_a_target_year_or_an_honour_recalled_is_no_year_of_the_report():
    from fazhi.loaders.extract.years import sectioned_year

    body = ("一、加强组织领导\n（一）强化统筹。磐石市深化“放管服”改革，完成2031年工作要点确定的任务，"
            "列入2031年《政府工作报告》。\n二、下一步工作\n（二）{}\n")
    assert sectioned_year(body.format("力争到2035年基本建成法治政府。")) == 2031
    assert sectioned_year(body.format("磐石市于2021年被命名为第二批全国法治政府建设示范市。")) == 2031
    # (the target set aside, 2031 is named once only: not enough to be the report's year)
    once = body.replace("完成2031年", "完成").replace("列入2031年", "列入")
    assert sectioned_year(once.format("2031年推行“一件事”联办。力争到2035年基本建成法治政府。")) is None
    assert sectioned_year(once.format("2031年推行“一件事”联办，2031年全面推开。")) == 2031


def test_projects_listed_with_quotes_holding_a_list_or_won_one_after_another():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    def projects(sentence):
        text = "天津市滨海新区法治建设\n\n" + sentence + "\n"
        return {(f.project, f.batch) for f in extract(document_from_text(text)) if f.type == "NAMED_DEMONSTRATION_PROJECT"}

    assert projects("滨海新区“双随机、一公开”监管、“一企一证”综合改革分别获评第一批、第二批全国法治政府建设示范项目。") == {
        ("双随机一公开", 1), ("一企一证综合改革", 2)}
    assert projects("滨海新区行政执法监督平台、“一企一证”综合改革先后获评第一批、第二批全国法治政府建设示范项目。") == {
        ("行政执法监督平台", 1), ("一企一证综合改革", 2)}


def test_a_candidacy_said_after_the_programmes_chuangjian_is_a_candidacy():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    for sentence in ("2031年，桐庐县入选全国法治政府建设示范创建候选名单。",
                     "2031年，桐庐县入选第四批全国法治政府建设示范创建综合候选地区。"):
        assert [f.type for f in extract(document_from_text(sentence)) if f.type != "ENTITY"] == ["CANDIDATE"]


def test_striving_for_a_title_is_an_aim_whatever_the_word_after_it():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    def won(sentence):
        text = "余杭区2031年法治政府建设工作报告\n\n2031年，" + sentence + "\n"
        return [f.type for f in extract(document_from_text(text)) if f.type in ("NAMED_DEMONSTRATION_CITY", "HONOURED")]

    for aim in ("余杭区积极争取创成全国法治政府建设示范区。", "余杭区将努力创成全国法治政府建设示范区。",
                "余杭区力争成功创建全国文明城市。", "余杭区力争最终获评全国法治政府建设示范区。",
                "余杭区力争今后两年内获评全国法治政府建设示范区。"):
        assert won(aim) == [], aim


def test_a_reports_own_year_stated_by_jiezhi_or_a_part_of_it_is_no_target():
    from fazhi.loaders.extract.years import sectioned_year

    body = "一、主要工作\n（一）全面推行“首问负责制”。{}\n二、存在问题\n（一）短板仍在。\n"
    assert sectioned_year(body.format("截至2031年底，共办理案件120件。2031年前三季度化解纠纷80件。")) == 2031


def test_works_listed_each_opening_on_its_place_and_counted_before_the_cue_are_each_places():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = ("2031年，福州市鼓楼区“三联”工作法、三明市沙县区“五步”工作法等2个工作法入选全国“枫桥式工作法”。")
    got = {f.holder for f in extract(document_from_text(text)) if f.type == "HONOURED"}
    assert got == {"鼓楼区", "沙县区"}
    # …but a list whose items do not all open on a place is no list of places' works
    text = "2031年，福州市鼓楼区“三联”工作法、“五步”工作法等2个工作法入选全国“枫桥式工作法”。"
    assert {f.holder for f in extract(document_from_text(text)) if f.type == "HONOURED"} == {"鼓楼区"}


def test_an_undated_texts_latest_stated_year_is_what_its_relative_years_count_from():
    from fazhi.loaders.extract.years import latest_year

    # years reached count, goals and deadlines do not (convention 8: a date the document itself shows)
    assert latest_year("从2029年获评示范市，再到2031年荣膺全国示范市") == 2031
    assert latest_year("2030年建成平台，力争到2033年实现全覆盖，2034年底前全面推开") == 2030
    assert latest_year("没有年份的文字") is None
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = ("法治政府建设再上新台阶\n2029年，保定市获评省级法治政府建设示范市。2031年，保定市入选全国法治政府建设示范市。\n"
            "今年以来，保定市推行“综合查一次”联合执法，企业迎检次数下降四成。\n")
    got = {(f.place, f.year) for f in extract(document_from_text(text)) if f.type == "ADOPTED"}
    assert got == {("保定市", 2031)}


def test_the_past_year_counts_back_from_the_base_year():
    assert relative_year("会上，各市汇报了过去一年工作：唐山市推行…", 2031) == 2030
    assert relative_year("过去的一年里，某市…", 2031) == 2030


def test_a_year_compared_against_is_no_year_of_what_is_done_and_the_reporter_may_precede_the_year():
    from fazhi.loaders.extract.years import report_year

    assert relative_year("告知承诺制办理事项较去年提升20%，今年推行“一业一证”", 2031) == 2031
    assert relative_year("办理事项比去年增长两成", 2031) is None
    assert report_year("现将北京市石景山区人民政府2031年法治政府建设年度情况报告如下。") == 2031


def test_a_plan_as_a_noun_earlier_in_the_sentence_leaves_the_years_reached_after_it():
    from fazhi.loaders.extract.years import latest_year

    assert latest_year("从将法治建设纳入年度工作计划，到2029年获评示范市，再到2031年荣膺全国示范市") == 2031
    assert latest_year("2029年建成平台，还将在2031年全面推开") == 2029


def test_the_conferring_body_between_the_cue_and_the_honour_without_you():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = ("嘉兴新闻\n近日，嘉兴市公安局南湖分局、海宁市公安局等2个单位入选公安部命名的第五批"
            "“全国公安机关执法示范单位”。\n")
    got = {(f.holder, f.award) for f in extract(document_from_text(text)) if f.type == "HONOURED"}
    assert got == {("嘉兴市公安局南湖分局", "全国公安机关执法示范单位"), ("海宁市公安局", "全国公安机关执法示范单位")}


def test_a_bodys_inner_unit_before_the_count_of_a_set_holds_the_honour():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = ("嘉兴新闻\n海宁市公安局、嘉兴市公安局执法办案管理中心等2个单位入选公安部命名的第五批“全国公安机关执法示范单位”。\n")
    got = {f.holder for f in extract(document_from_text(text)) if f.type == "HONOURED"}
    assert got == {"海宁市公安局", "嘉兴市公安局执法办案管理中心"}


def test_a_conferring_body_does_not_swallow_an_honour_listed_before_it_and_a_lone_inner_unit_holds():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = "衢州公安动态\n2024年，衢州市公安局先后荣获全国优秀公安局、公安部命名的“全国公安机关执法示范单位”称号。\n"
    got = {f.award for f in extract(document_from_text(text)) if f.type == "HONOURED"}
    assert "全国优秀公安局" in got
    text = "嘉兴公安动态\n近日，嘉兴市公安局执法办案管理中心等6个单位入选公安部命名的第五批“全国公安机关执法示范单位”。\n"
    got = {f.holder for f in extract(document_from_text(text)) if f.type == "HONOURED"}
    assert got == {"嘉兴市公安局执法办案管理中心"}


def test_a_year_opening_an_honours_name_without_nian_is_its_year_and_a_count_is_not():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    def years_of(text):
        return [(f.award, f.year) for f in extract(document_from_text(text)) if f.type == "HONOURED"]

    assert years_of("陇西县\n陇西县“一件事”增值服务荣获2025数字政务博览会优秀案例。\n") == [("数字政务博览会优秀案例", 2025)]
    assert years_of("陇西县\n陇西县办理案件2025件，荣获全国优秀案例。\n") == [("全国优秀案例", None)]


def test_benniandu_in_a_years_report_and_a_titles_bracketed_year():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    def years_of(text):
        return {(f.mechanism, f.year) for f in extract(document_from_text(text)) if f.type == "ADOPTED"}

    # a 2030 report published in 2031: 本年度 is the report's year, not its date's
    text = "桐庐县2030年度法治政府建设年度报告\n发布日期：2031-02-10\n本年度全面推行“综合查一次”改革。\n"
    assert years_of(text) == {("综合查一次", 2030)}
    text = "桐庐县法治动态\n桐庐县出台《桐庐县涉企法律服务清单（2029）》，服务企业。\n"
    assert years_of(text) == {("涉企法律服务清单", 2029)}


def test_a_naming_said_after_the_publicity_of_the_selection_is_a_naming_and_a_zero_breakthrough_is_none():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = ("某区2031年法治政府建设工作报告\n2031年，兴庆区先后通过自愿申报、省级初审、社会公示等程序层层选拔，"
            "从全国87个综合候选地区中脱颖而出，成功获评“全国法治政府建设示范区”，实现了宁夏法治政府建设示范地区“零”的突破。\n")
    got = {(f.type, f.award) for f in extract(document_from_text(text)) if f.type in ("CANDIDATE", "NAMED_DEMONSTRATION_CITY")}
    assert got == {("NAMED_DEMONSTRATION_CITY", "全国法治政府建设示范市（县、区）")}


def test_a_pages_date_line_is_no_sections_year():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = ("各地行政争议化解经验\n日期: 2031年02月24日 11时08分 来源:\n遂宁市\n"
            "2030年,遂宁市司法局探索“114模式”。\n01 以实体化运行破局\n遂宁市司法局推行“五步工作法”。\n")
    got = {f.mechanism: f.year for f in extract(document_from_text(text)) if f.type == "ADOPTED"}
    assert got.get("五步工作法") != 2031 and got.get("114模式") == 2030


def test_a_date_alone_on_its_line_heads_the_next_item_of_a_timeline():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = ("浦东新区司法行政的全国第一\n1996年12月26日\n全国第一:开通免费法律咨询专线。\n"
            "1997年9月17日\n全国第一:建立公安、司法“110”联动接处警工作机制。\n")
    got = {f.year for f in extract(document_from_text(text)) if f.type == "PIONEERED"}
    assert got == {1996, 1997}


def test_holders_said_respectively_hold_one_title_each_in_order():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    got = {(f.type, f.place, f.award) for f in extract(document_from_text(
        "某市法治建设\n2031年，华池县、西峰区“综合施策 全面提升城市管理执法水平”项目分别被命名为"
        "全省第二批法治政府示范创建综合示范地区和单项示范项目。\n")) if f.type.startswith("NAMED")}
    assert got == {("NAMED_DEMONSTRATION_CITY", "华池县", "省级法治政府建设示范市"),
                   ("NAMED_DEMONSTRATION_PROJECT", "西峰区", "省级法治政府建设示范项目")}
    got = {(f.holder, f.award) for f in extract(document_from_text(
        "某市法治建设\n2031年，华池县、西峰区分别获评全国文明城市和全国卫生城市。\n")) if f.type == "HONOURED"}
    assert got == {("华池县", "全国文明城市"), ("西峰区", "全国卫生城市")}


def test_recommended_to_compete_for_a_title_is_a_candidacy_and_competing_alone_a_plan():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    def kinds(text):
        return {(f.type, f.place) for f in extract(document_from_text("某州法治建设\n" + text + "\n"))
                if f.type in ("CANDIDATE", "NAMED_DEMONSTRATION_PROJECT", "NAMED_DEMONSTRATION_CITY")}

    assert kinds("2031年，昌吉州“和合昌吉”法务区被推荐争创全国法治政府建设示范创建项目。") == {
        ("CANDIDATE", "昌吉回族自治州")}
    assert kinds("2031年，昌吉州积极争创全国法治政府建设示范市。") == set()


def test_review_round_23_a_dated_section_heading_keeps_its_year_and_its_plan():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = ("汉川市2023年法治政府建设工作报告\n一、2023年工作开展情况\n汉川市推行“首违不罚”制度。\n"
            "二、2024年工作打算（完成时间：2024年12月31日前）\n汉川市推行“首席服务官”制度。\n")
    got = {f.mechanism: (f.year, f.mode) for f in extract(document_from_text(text)) if f.type == "ADOPTED"}
    assert got["首席服务官"] == (2024, "计划")


def test_a_team_or_a_service_point_named_alone_holds_its_own_honour():
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract

    text = "湖州交通动态\n2024年，湖州市交通运输法治建设成效明显。太湖水上应急搜救队荣获交通运输部表彰的“最美海上搜救人”称号。\n"
    got = {(f.holder, f.award) for f in extract(document_from_text(text)) if f.type == "HONOURED"}
    assert got == {("太湖水上应急搜救队", "最美海上搜救人")}  # not the city the text is about
