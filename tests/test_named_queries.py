"""Every named query, with its exact rows on a small hand-built graph; and the query-file header parser.

The graph is written through the store from hand-made Documents and Facts (no extractor), so the
expected rows follow from the FACTS table below alone.  A new .cypher file without an entry in
EXPECTED fails `test_named_query_rows`: every research question ships with its answer on this graph.
"""
import hashlib
from dataclasses import replace

import pytest

from fazhi.graph.store import open_store
from fazhi.loaders.model import Article, Document, Fact
from fazhi.queries.library import Param, get_query, list_queries, parse

from _fixture_facts import with_records  # tests/ is on sys.path

CITY = "全国法治政府建设示范市（县、区）"
PROVINCIAL_CITY = "省级法治政府建设示范市"
PROJECT = "全国法治政府建设示范项目"
HONOUR = "法治政府奖"
# real divisions, so the places resolve and the PART_OF hierarchy exists (鼓楼区 by code: there are several)
CODES = {"苏州市": "320500", "常熟市": "320581", "昆山市": "320583", "南京市": "320100", "鼓楼区": "320106",
         "无锡市": "320200", "烟台市": "370600", "杭州市": "330100", "宁波市": "330200"}
NO_DATE = object()  # reported=NO_DATE: a fact whose article gives no date (others get their document's)


def fact(doc, type, place=None, mechanism=None, **kw):
    kw.setdefault("evidence", f"{doc}: {place or kw.get('body')} {mechanism or kw.get('award')}")
    return Fact(doc=doc, type=type, place=place, place_code=CODES.get(place), mechanism=mechanism, **kw)


# document name -> (date of its article: every fact's `reported` unless NO_DATE, its facts)
FACTS = {
    "suzhou.txt": ("2023-05-10", [
        fact("suzhou.txt", "ENTITY", kind="Mechanism", name="首违不罚", instance_of="包容审慎监管", category="执法"),
        fact("suzhou.txt", "ADOPTED", "苏州市", "首违不罚", year=2019, mode="全面推行"),
        fact("suzhou.txt", "ADOPTED", "苏州市", "综合查一次", year=2021),
        fact("suzhou.txt", "ADOPTED", "苏州市", "双随机一公开", year=2022),
        fact("suzhou.txt", "PIONEERED", "苏州市", "企业服务码", year=2020, scope="全国", mode="率先"),
        fact("suzhou.txt", "ADOPTED", "苏州市", "企业服务码", year=2021),  # after 司法部 promoted it, but 苏州 pioneered it: no follower
        fact("suzhou.txt", "NAMED_DEMONSTRATION_CITY", "苏州市", award=CITY, batch=1, year=2020, level="national"),
        fact("suzhou.txt", "NAMED_DEMONSTRATION_PROJECT", "苏州市", award=PROJECT, project="企业服务码", year=2021),
        fact("suzhou.txt", "HONOURED", "苏州市", holder="苏州市司法局", body="苏州市司法局", award=HONOUR, year=2019),
    ]),
    "changshu.txt": ("2024-03", [
        fact("changshu.txt", "ADOPTED", "常熟市", "首违不罚", year=2020),
        fact("changshu.txt", "ADOPTED", "常熟市", "综合查一次", year=2022),
        fact("changshu.txt", "ADOPTED", "常熟市", "双随机一公开"),  # no year: the report date bounds it (2024)
        fact("changshu.txt", "ADOPTED", "常熟市", "法治体检", reported=NO_DATE),  # no date at all
        fact("changshu.txt", "PIONEERED", "常熟市", "企业服务码", year=2021, scope="全省", mode="首创"),
        fact("changshu.txt", "CANDIDATE", "常熟市", award=CITY, year=2020),
        fact("changshu.txt", "NAMED_DEMONSTRATION_CITY", "常熟市", award=CITY, batch=2, year=2022, level="national"),
    ]),
    "yantai.txt": ("2021", [
        fact("yantai.txt", "PIONEERED", "烟台市", "综合查一次", year=2018, scope="全国", mode="首创"),
        fact("yantai.txt", "ADOPTED", "烟台市", "综合查一次", year=2018),
        fact("yantai.txt", "ADOPTED", "烟台市", "法治体检"),  # reported in 2021: before its 2022 naming
    ]),
    "yantai-2022.txt": ("2022-12-01", [
        fact("yantai-2022.txt", "NAMED_DEMONSTRATION_CITY", "烟台市", award=CITY, batch=2, year=2022, level="national"),
    ]),
    "nanjing.txt": ("2022-11-02", [
        fact("nanjing.txt", "ADOPTED", "南京市", "综合查一次", year=2020),
        fact("nanjing.txt", "PIONEERED", "南京市", "综合查一次", year=2020, scope="全省", mode="率先"),
        # a naming without a year: the article's date (2022) is the latest it can have been
        fact("nanjing.txt", "NAMED_DEMONSTRATION_CITY", "南京市", award=PROVINCIAL_CITY, batch=1, level="provincial"),
        fact("nanjing.txt", "ADOPTED", "鼓楼区", "首违不罚", year=2021),
    ]),
    "jiangsu.txt": ("2024-01-15", [
        fact("jiangsu.txt", "ADOPTED", "南京市", "首违不罚", year=2023),
        fact("jiangsu.txt", "ADOPTED", "昆山市", "双随机一公开"),
        fact("jiangsu.txt", "ADOPTED", "苏州市", "首违不罚", year=2019, evidence="jiangsu.txt: 苏州市 首违不罚 again"),
        fact("jiangsu.txt", "ADOPTED", "无锡市", "法治体检", reported=NO_DATE),
        fact("jiangsu.txt", "ADOPTED", "无锡市", "行政执法三项制度", reported=NO_DATE),
        fact("jiangsu.txt", "PROMOTED_BY", mechanism="首违不罚", body="江苏省司法厅", year=2020, scope="全省"),
    ]),
    "hangzhou.txt": ("2023-12-01", [
        fact("hangzhou.txt", "ADOPTED", "杭州市", "首违不罚", year=2018),
        fact("hangzhou.txt", "ADOPTED", "杭州市", "综合查一次", year=2023),
        fact("hangzhou.txt", "ADOPTED", "杭州市", "双随机一公开", year=2022),
        fact("hangzhou.txt", "PIONEERED", "杭州市", "双随机一公开", year=2022, scope="全省", mode="首个"),
        fact("hangzhou.txt", "HONOURED", "杭州市", holder="杭州市", award=HONOUR, year=2021, edition="第六届"),
    ]),
    "ningbo.txt": ("2022-06", [
        fact("ningbo.txt", "ADOPTED", "宁波市", "企业服务码", year=2021),
    ]),
    "moj.txt": ("2020-06-01", [
        fact("moj.txt", "PROMOTED_BY", mechanism="综合查一次", body="司法部", year=2019, scope="全国"),
        fact("moj.txt", "PROMOTED_BY", mechanism="企业服务码", body="司法部", year=2020, scope="全国"),
        fact("moj.txt", "PROMOTED_BY", mechanism="法治体检", body="司法部"),  # undated: no window to look in
    ]),
}


def document(name: str, date: str) -> Document:
    return Document(path=f"/fixtures/{name}", name=name, format="txt", encoding="utf-8", script="simplified",
                    content_hash=hashlib.sha256(name.encode("utf-8")).hexdigest(),
                    articles=[Article(title=name, text=name, date=date)])


def write_graph(store) -> None:
    for name, (date, facts) in FACTS.items():
        # copies, so the table stays as written for a second store
        facts = [replace(f, reported=None if f.reported is NO_DATE else f.reported or date) for f in facts]
        store.write(document(name, date), with_records(facts))


def rows(columns: str, *values: tuple) -> list[dict]:
    cols = columns.split()
    assert all(len(v) == len(cols) for v in values), columns
    return [dict(zip(cols, v)) for v in values]


SZ, CS, NJ, GL, KS, WX, YT, HZ, NB = (CODES[n] for n in ("苏州市", "常熟市", "南京市", "鼓楼区", "昆山市", "无锡市",
                                                       "烟台市", "杭州市", "宁波市"))
ORDER = "rank place code first_year year_basis mechanisms"
BEFORE_AFTER = "place award batch named_year named_basis mechanism year year_basis timing"
CHANGSHU_NAMED = [
    ("常熟市", CITY, 2, 2022, "stated", "企业服务码", 2021, "stated", "before"),
    # reported in 2024-03 without a year: adopted by 2024, which does not place it against 2022
    ("常熟市", CITY, 2, 2022, "stated", "双随机一公开", 2024, "reported", "undated"),
    ("常熟市", CITY, 2, 2022, "stated", "法治体检", None, None, "undated"),
    ("常熟市", CITY, 2, 2022, "stated", "综合查一次", 2022, "stated", "same_year"),
    ("常熟市", CITY, 2, 2022, "stated", "首违不罚", 2020, "stated", "before"),
]
YANTAI_NAMED = [
    # reported in 2021: adopted by 2021, so before the 2022 naming
    ("烟台市", CITY, 2, 2022, "stated", "法治体检", 2021, "reported", "before"),
    ("烟台市", CITY, 2, 2022, "stated", "综合查一次", 2018, "stated", "before"),
]
NANJING_NAMED = [
    # named by 2022 (article date) at the latest: 2020 may be before or after it, 2023 is after
    ("南京市", PROVINCIAL_CITY, 1, 2022, "reported", "综合查一次", 2020, "stated", "undated"),
    ("南京市", PROVINCIAL_CITY, 1, 2022, "reported", "首违不罚", 2023, "stated", "after"),
]
SIMILAR = "place code shared theirs mechanisms"
SIMILAR_TO_SUZHOU = [
    ("常熟市", CS, 4, 5, ["企业服务码", "双随机一公开", "综合查一次", "首违不罚"]),
    ("杭州市", HZ, 3, 3, ["双随机一公开", "综合查一次", "首违不罚"]),
    ("南京市", NJ, 2, 2, ["综合查一次", "首违不罚"]),
    ("宁波市", NB, 1, 1, ["企业服务码"]),
    ("昆山市", KS, 1, 1, ["双随机一公开"]),
    ("烟台市", YT, 1, 2, ["综合查一次"]),
    ("鼓楼区", GL, 1, 1, ["首违不罚"]),
]
PROMOTION = "mechanism body promoted place adopted lag"
# 苏州 adopted 企业服务码 after its promotion but pioneered it; 南京 likewise for 综合查一次; 烟台, 杭州 and
# 苏州 (首违不罚) had theirs before the promotion
FOLLOWERS = [
    ("企业服务码", "司法部", 2020, "宁波市", 2021, 1),
    ("综合查一次", "司法部", 2019, "苏州市", 2021, 2),
    ("综合查一次", "司法部", 2019, "常熟市", 2022, 3),
    ("首违不罚", "江苏省司法厅", 2020, "常熟市", 2020, 0),
    ("首违不罚", "江苏省司法厅", 2020, "鼓楼区", 2021, 1),
    ("首违不罚", "江苏省司法厅", 2020, "南京市", 2023, 3),
]
CLAIMS = "mechanism claimants place scope cue year reported evidence document"
QIYE_CLAIMS = [
    ("企业服务码", 2, "苏州市", "全国", "率先", 2020, "2023-05-10", "suzhou.txt: 苏州市 企业服务码", "suzhou.txt"),
    ("企业服务码", 2, "常熟市", "全省", "首创", 2021, "2024-03", "changshu.txt: 常熟市 企业服务码", "changshu.txt"),
]
OF_PLACE = "code mechanism relation year reported scope cue evidence document"
HONOURS_OF = "code holder relation award year batch level project edition document"
FAMILY = "variant place code relation year"
SHOUWEI_FAMILY = [
    ("首违不罚", "杭州市", HZ, "ADOPTED", 2018),
    ("首违不罚", "苏州市", SZ, "ADOPTED", 2019),  # two documents, one row
    ("首违不罚", "常熟市", CS, "ADOPTED", 2020),
    ("首违不罚", "鼓楼区", GL, "ADOPTED", 2021),
    ("首违不罚", "南京市", NJ, "ADOPTED", 2023),
]
TOP = "mechanism category places"

# query name -> [(parameters as the command line gives them, exact rows)]; {} runs the declared examples
EXPECTED: dict[str, list[tuple[dict, list[dict]]]] = {
    "adopters_in_province": [
        ({}, rows("place mechanism year",
                  ("南京市", "综合查一次", 2020), ("南京市", "首违不罚", 2023),
                  ("常熟市", "首违不罚", 2020), ("常熟市", "综合查一次", 2022), ("常熟市", "双随机一公开", None),
                  ("常熟市", "法治体检", None),
                  ("无锡市", "法治体检", None), ("无锡市", "行政执法三项制度", None),
                  ("昆山市", "双随机一公开", None),
                  ("苏州市", "首违不罚", 2019), ("苏州市", "首违不罚", 2019),  # one row per supporting document
                  ("苏州市", "企业服务码", 2021), ("苏州市", "综合查一次", 2021), ("苏州市", "双随机一公开", 2022),
                  ("鼓楼区", "首违不罚", 2021))),
        ({"province": "山东省"}, rows("place mechanism year", ("烟台市", "综合查一次", 2018), ("烟台市", "法治体检", None))),
    ],
    "adopters_in_province_order": [
        ({}, rows(ORDER,
                  (1, "苏州市", SZ, 2019, "stated", 4),
                  (2, "南京市", NJ, 2020, "stated", 2),  # a tie shares the rank, and the next rank is 4
                  (2, "常熟市", CS, 2020, "stated", 5),
                  (4, "鼓楼区", GL, 2021, "stated", 1),
                  (5, "昆山市", KS, 2024, "reported", 1),
                  (None, "无锡市", WX, None, None, 2))),  # no date at all: last, unranked
        ({"province": "浙江省"}, rows(ORDER, (1, "杭州市", HZ, 2018, "stated", 3), (2, "宁波市", NB, 2021, "stated", 1))),
    ],
    "adoption_timeline": [
        ({}, rows("year place level mode evidence",
                  (2018, "烟台市", "prefecture", None, "yantai.txt: 烟台市 综合查一次"),
                  (2020, "南京市", "prefecture", None, "nanjing.txt: 南京市 综合查一次"),
                  (2021, "苏州市", "prefecture", None, "suzhou.txt: 苏州市 综合查一次"),
                  (2022, "常熟市", "county", None, "changshu.txt: 常熟市 综合查一次"),
                  (2023, "杭州市", "prefecture", None, "hangzhou.txt: 杭州市 综合查一次"))),
        ({"mechanism": "首违不罚"}, rows("year place level mode evidence",
                                     (2018, "杭州市", "prefecture", None, "hangzhou.txt: 杭州市 首违不罚"),
                                     (2019, "苏州市", "prefecture", None, "jiangsu.txt: 苏州市 首违不罚 again"),
                                     (2019, "苏州市", "prefecture", "全面推行", "suzhou.txt: 苏州市 首违不罚"),
                                     (2020, "常熟市", "county", None, "changshu.txt: 常熟市 首违不罚"),
                                     (2021, "鼓楼区", "county", None, "nanjing.txt: 鼓楼区 首违不罚"),
                                     (2023, "南京市", "prefecture", None, "jiangsu.txt: 南京市 首违不罚"))),
    ],
    "demonstration_before_after": [
        ({}, rows(BEFORE_AFTER, *NANJING_NAMED, *CHANGSHU_NAMED, *YANTAI_NAMED,
                  ("苏州市", CITY, 1, 2020, "stated", "企业服务码", 2020, "stated", "same_year"),  # pioneered 2020, adopted 2021
                  ("苏州市", CITY, 1, 2020, "stated", "双随机一公开", 2022, "stated", "after"),
                  ("苏州市", CITY, 1, 2020, "stated", "综合查一次", 2021, "stated", "after"),
                  ("苏州市", CITY, 1, 2020, "stated", "首违不罚", 2019, "stated", "before"))),
        ({"batch": "2"}, rows(BEFORE_AFTER, *CHANGSHU_NAMED, *YANTAI_NAMED)),
        ({"award": PROVINCIAL_CITY}, rows(BEFORE_AFTER, *NANJING_NAMED)),
    ],
    "demonstration_cities": [
        ({}, rows("level batch year place province",
                  ("national", 1, 2020, "苏州市", "320000"), ("national", 2, 2022, "常熟市", "320000"),
                  ("national", 2, 2022, "烟台市", "370000"), ("provincial", 1, None, "南京市", "320000"))),
    ],
    "diffusion_curve": [
        ({}, rows("year new_adopters by_report_date cumulative places",
                  (2018, 1, 0, 1, ["烟台市"]), (2020, 1, 0, 2, ["南京市"]), (2021, 1, 0, 3, ["苏州市"]),
                  (2022, 1, 0, 4, ["常熟市"]), (2023, 1, 0, 5, ["杭州市"]))),
        ({"mechanism": "双随机一公开"}, rows("year new_adopters by_report_date cumulative places",
                                       (2022, 2, 0, 2, ["杭州市", "苏州市"]), (2024, 2, 2, 4, ["常熟市", "昆山市"]))),
        # 常熟 and 无锡 have it with no date at all: left out
        ({"mechanism": "法治体检"}, rows("year new_adopters by_report_date cumulative places", (2021, 1, 1, 1, ["烟台市"]))),
    ],
    "honours": [
        ({}, rows("year holder holder_kind place award edition",
                  (2019, "苏州市司法局", "Body", "苏州市", HONOUR, None),
                  (2021, "杭州市", "Place", "杭州市", HONOUR, "第六届"))),
    ],
    "honours_of_place": [
        ({}, rows(HONOURS_OF,
                  (SZ, "苏州市司法局", "HONOURED", HONOUR, 2019, None, None, None, None, "suzhou.txt"),  # its body's
                  (SZ, "苏州市", "NAMED_DEMONSTRATION_CITY", CITY, 2020, 1, "national", None, None, "suzhou.txt"),
                  (SZ, "苏州市", "NAMED_DEMONSTRATION_PROJECT", PROJECT, 2021, None, None, "企业服务码", None,
                   "suzhou.txt"))),
        ({"place": "常熟市"}, rows(HONOURS_OF,
                                (CS, "常熟市", "CANDIDATE", CITY, 2020, None, None, None, None, "changshu.txt"),
                                (CS, "常熟市", "NAMED_DEMONSTRATION_CITY", CITY, 2022, 2, "national", None, None,
                                 "changshu.txt"))),
        ({"place": "杭州市"}, rows(HONOURS_OF,
                                (HZ, "杭州市", "HONOURED", HONOUR, 2021, None, None, None, "第六届", "hangzhou.txt"))),
    ],
    "mechanism_family": [
        ({}, rows(FAMILY, *SHOUWEI_FAMILY)),  # 首违不罚 is an instance of 包容审慎监管, which nobody adopted by name
        ({"mechanism": "首违不罚"}, rows(FAMILY, *SHOUWEI_FAMILY)),
    ],
    "mechanism_first_year": [
        ({}, rows("mechanism first_year year_basis adopters first_adopters",
                  ("综合查一次", 2018, "stated", 5, ["烟台市"]),
                  ("首违不罚", 2018, "stated", 5, ["杭州市"]),
                  ("企业服务码", 2020, "stated", 3, ["苏州市"]),
                  ("法治体检", 2021, "reported", 3, ["烟台市"]),
                  ("双随机一公开", 2022, "stated", 4, ["杭州市", "苏州市"]),
                  ("行政执法三项制度", None, None, 1, []))),
    ],
    "mechanisms_of_place": [
        ({}, rows(OF_PLACE,
                  (SZ, "首违不罚", "ADOPTED", 2019, "2023-05-10", None, "全面推行", "suzhou.txt: 苏州市 首违不罚",
                   "suzhou.txt"),
                  (SZ, "首违不罚", "ADOPTED", 2019, "2024-01-15", None, None, "jiangsu.txt: 苏州市 首违不罚 again",
                   "jiangsu.txt"),
                  (SZ, "企业服务码", "PIONEERED", 2020, "2023-05-10", "全国", "率先", "suzhou.txt: 苏州市 企业服务码",
                   "suzhou.txt"),
                  (SZ, "企业服务码", "ADOPTED", 2021, "2023-05-10", None, None, "suzhou.txt: 苏州市 企业服务码",
                   "suzhou.txt"),
                  (SZ, "综合查一次", "ADOPTED", 2021, "2023-05-10", None, None, "suzhou.txt: 苏州市 综合查一次",
                   "suzhou.txt"),
                  (SZ, "双随机一公开", "ADOPTED", 2022, "2023-05-10", None, None, "suzhou.txt: 苏州市 双随机一公开",
                   "suzhou.txt"))),
        ({"place": "320106"}, rows(OF_PLACE,  # by code: a string of digits, not a number
                                   (GL, "首违不罚", "ADOPTED", 2021, "2022-11-02", None, None,
                                    "nanjing.txt: 鼓楼区 首违不罚", "nanjing.txt"))),
        ({"place": "常熟市"}, rows(OF_PLACE,
                                (CS, "首违不罚", "ADOPTED", 2020, "2024-03", None, None, "changshu.txt: 常熟市 首违不罚",
                                 "changshu.txt"),
                                (CS, "企业服务码", "PIONEERED", 2021, "2024-03", "全省", "首创",
                                 "changshu.txt: 常熟市 企业服务码", "changshu.txt"),
                                (CS, "综合查一次", "ADOPTED", 2022, "2024-03", None, None,
                                 "changshu.txt: 常熟市 综合查一次", "changshu.txt"),
                                (CS, "双随机一公开", "ADOPTED", None, "2024-03", None, None,
                                 "changshu.txt: 常熟市 双随机一公开", "changshu.txt"),
                                (CS, "法治体检", "ADOPTED", None, None, None, None, "changshu.txt: 常熟市 法治体检",
                                 "changshu.txt"))),
    ],
    "pioneer_claims": [
        ({}, rows(CLAIMS, *QIYE_CLAIMS,
                  ("综合查一次", 2, "烟台市", "全国", "首创", 2018, "2021", "yantai.txt: 烟台市 综合查一次", "yantai.txt"),
                  ("综合查一次", 2, "南京市", "全省", "率先", 2020, "2022-11-02", "nanjing.txt: 南京市 综合查一次",
                   "nanjing.txt"),
                  ("双随机一公开", 1, "杭州市", "全省", "首个", 2022, "2023-12-01", "hangzhou.txt: 杭州市 双随机一公开",
                   "hangzhou.txt"))),
        ({"mechanism": "企业服务码"}, rows(CLAIMS, *QIYE_CLAIMS)),
    ],
    "pioneers": [
        ({}, rows("place mechanism scope evidence",
                  ("南京市", "综合查一次", "全省", "nanjing.txt: 南京市 综合查一次"),
                  ("常熟市", "企业服务码", "全省", "changshu.txt: 常熟市 企业服务码"),
                  ("杭州市", "双随机一公开", "全省", "hangzhou.txt: 杭州市 双随机一公开"),
                  ("烟台市", "综合查一次", "全国", "yantai.txt: 烟台市 综合查一次"),
                  ("苏州市", "企业服务码", "全国", "suzhou.txt: 苏州市 企业服务码"))),
    ],
    "promoted_by_body": [
        ({}, rows("body mechanism scope evidence",
                  ("司法部", "企业服务码", "全国", "moj.txt: 司法部 企业服务码"),
                  ("司法部", "法治体检", None, "moj.txt: 司法部 法治体检"),
                  ("司法部", "综合查一次", "全国", "moj.txt: 司法部 综合查一次"),
                  ("江苏省司法厅", "首违不罚", "全省", "jiangsu.txt: 江苏省司法厅 首违不罚"))),
    ],
    "promotion_then_adoption": [
        ({}, rows(PROMOTION, *FOLLOWERS)),
        ({"years": "5"}, rows(PROMOTION, *FOLLOWERS[:3], ("综合查一次", "司法部", 2019, "杭州市", 2023, 4), *FOLLOWERS[3:])),
        ({"years": "0"}, rows(PROMOTION, FOLLOWERS[3])),
    ],
    "similar_places": [
        ({}, rows(SIMILAR, *SIMILAR_TO_SUZHOU)),  # 无锡 shares nothing with 苏州
        ({"place": "320500", "limit": "2"}, rows(SIMILAR, *SIMILAR_TO_SUZHOU[:2])),
    ],
    "top_mechanisms": [
        ({}, rows(TOP, ("综合查一次", None, 5), ("首违不罚", "执法", 5), ("双随机一公开", None, 4), ("法治体检", None, 3),
                  ("企业服务码", None, 2), ("行政执法三项制度", None, 1))),
        ({"limit": "2"}, rows(TOP, ("综合查一次", None, 5), ("首违不罚", "执法", 5))),
    ],
}


def comparable(result: list[dict]) -> list[dict]:
    """Rows with every list sorted: the lists come from collect(), whose order neither engine defines."""
    return [{k: sorted(v) if isinstance(v, list) else v for k, v in row.items()} for row in result]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = open_store(str(tmp_path_factory.mktemp("named") / "g.lbug"))
    write_graph(s)
    yield s
    s.close()


@pytest.mark.parametrize("name", [q.name for q in list_queries()])
def test_named_query_rows(store, name):
    assert name in EXPECTED, f"named query {name} has no expected rows here: add them to EXPECTED"
    q = get_query(name)
    for params, expected in EXPECTED[name]:
        assert comparable(store.query(q.cypher, q.default_params(**params))) == comparable(expected), (name, params)


def test_every_expectation_belongs_to_a_query():
    assert set(EXPECTED) == {q.name for q in list_queries()}


# --- the header of a query file ---------------------------------------------------------------------------

HEADER = """// name: demo
// title: A demonstration
// description: What a header gives.
// param: place string 苏州市 — a place's name or code
// param: years int 3 -- the window, in years
// param: award string "" — empty for every award
// param: label string "two words"
// a comment that says why: SET and LOAD in a comment must not reach the read-only guard
MATCH (p:Place {name: $place})
// a comment inside the body
WHERE $years > 0 AND $award = '' AND $label <> 'cost: $5'
RETURN p.name AS place
"""


def test_header_gives_name_title_description_and_typed_params():
    q = parse(HEADER)
    assert (q.name, q.title, q.description) == ("demo", "A demonstration", "What a header gives.")
    assert q.param_specs == (Param("place", "string", "苏州市", "a place's name or code"),
                             Param("years", "int", 3, "the window, in years"),
                             Param("award", "string", "", "empty for every award"),
                             Param("label", "string", "two words", ""))
    # the (name, example) pairs callers printed before parameters had types
    assert q.params == (("place", "苏州市"), ("years", "3"), ("award", ""), ("label", "two words"))
    assert q.default_params() == {"place": "苏州市", "years": 3, "award": "", "label": "two words"}
    # comment lines are not sent: the stores' read-only guard would see SET and LOAD in them
    assert "//" not in q.cypher and "SET" not in q.cypher
    assert q.cypher.splitlines()[0] == "MATCH (p:Place {name: $place})"


def test_params_are_converted_by_declared_type_not_by_their_look():
    q = parse(HEADER)
    assert q.default_params(years="5") == {"place": "苏州市", "years": 5, "award": "", "label": "two words"}
    assert q.default_params(years=7)["years"] == 7
    # a place code is digits and must stay a string, even if the command line already made a number of it
    assert q.default_params(place="320500")["place"] == "320500"
    assert q.default_params(place=320500)["place"] == "320500"
    # names the query does not declare pass through untouched, as before
    assert q.default_params(other="12")["other"] == "12"
    assert q.default_params(place=None)["place"] is None  # a Python caller's "no value" is not the string 'None'
    with pytest.raises(ValueError, match="years takes a whole number"):
        q.default_params(years="three")
    with pytest.raises(ValueError, match="years takes a whole number"):
        q.default_params(years=True)


@pytest.mark.parametrize("header, message", [
    ("// title: t\nRETURN 1 AS x", "needs a '// name:' line"),
    ("// name:\nRETURN 1 AS x", "needs a '// name:' line"),
    ("// name: q\n// params: limit=20\nRETURN $limit AS x", "old header form"),
    ("// name: q\n// param: limit float 2.5 — n\nRETURN $limit AS x", "use one of string, int"),
    ("// name: q\n// param: limit int many — n\nRETURN $limit AS x", "whole number"),
    ("// name: q\n// param: limit\nRETURN $limit AS x", "NAME TYPE EXAMPLE"),
    ("// name: q\n// param: a int 1\n// param: a int 2\nRETURN $a AS x", "declared twice"),
    ("// name: q\n// name: r\nRETURN 1 AS x", "two '// name:' lines"),
    ("// name: q\nRETURN $undeclared AS x", r"uses \$undeclared without"),
    ("// name: q\n// param: unused int 1\nRETURN 1 AS x", "declares unused but never uses it"),
    ("// name: q\n// title: only a header\n", "no Cypher"),
])
def test_header_mistakes_are_errors_that_say_what_to_write(header, message):
    with pytest.raises(ValueError, match=message):
        parse(header, "q.cypher")


def test_every_shipped_query_has_a_full_header_and_its_file_name():
    from importlib import resources

    files = {f.name[:-len(".cypher")] for f in resources.files("fazhi.queries").iterdir()
             if f.name.endswith(".cypher")}
    queries = list_queries()
    assert {q.name for q in queries} == files and len(queries) >= 12
    for q in queries:
        assert q.title and q.description, q.name
        assert all(p.meaning for p in q.param_specs), q.name


# --- through the command line ------------------------------------------------------------------------------

def test_queries_command_shows_titles_and_typed_params():
    import json

    from click.testing import CliRunner

    from fazhi.cli import main

    r = CliRunner().invoke(main, ["queries", "--format", "json"], catch_exceptions=False)
    listed = {q["name"]: q for q in json.loads(r.stdout)}
    assert listed["similar_places"]["title"] == "Places with the same repertoire"
    assert listed["similar_places"]["params"] == "place:string=苏州市 limit:int=10"
    assert listed["pioneer_claims"]["params"] == 'mechanism:string=""'
    assert listed["honours"]["params"] == ""
    table = CliRunner().invoke(main, ["queries"], catch_exceptions=False).stdout
    assert "title" in table.splitlines()[0] and "Competing pioneer claims" in table


def test_query_command_keeps_a_code_a_string_and_makes_an_int_param_a_number(tmp_path):
    import json

    from click.testing import CliRunner

    from fazhi.cli import main

    db = str(tmp_path / "g.lbug")
    s = open_store(db)
    write_graph(s)
    s.close()

    def run(*args):
        r = CliRunner().invoke(main, ["query", *args, "--db", db, "--format", "json"], catch_exceptions=False)
        assert r.exit_code == 0, r.output
        return json.loads(r.stdout)

    # the command line reads 320106 as a number; the declared type makes it the code string again
    assert [(r["code"], r["mechanism"]) for r in run("--name", "mechanisms_of_place", "-p", "place=320106")] == \
        [(GL, "首违不罚")]
    assert [r["lag"] for r in run("--name", "promotion_then_adoption", "-p", "years=0")] == [0]


# --- the same answers from a second Cypher dialect -----------------------------------------------------------

ON_BOLT = """
import json, sys
sys.path.insert(0, sys.argv[2])
from test_named_queries import EXPECTED, write_graph
from _bolt import connect
from fazhi.graph.store import StoreError
from fazhi.queries.library import get_query

store = connect(sys.argv[1], batch_size=50)
write_graph(store)
out = {}
for name, cases in EXPECTED.items():
    q = get_query(name)
    out[name] = []
    for params, _ in cases:
        try:
            out[name].append(store.query(q.cypher, q.default_params(**params)))
        except StoreError as e:
            out[name].append(str(e)[:300])
print(json.dumps(out, ensure_ascii=False))
"""


def test_the_same_rows_over_bolt(tmp_path):
    """The named queries promise Cypher that Neo4j accepts too; FalkorDB's Bolt endpoint stands in for it."""
    from test_graph_neo4j import on_bolt

    out = on_bolt(tmp_path, ON_BOLT)
    for name, cases in EXPECTED.items():
        for (params, expected), got in zip(cases, out[name]):
            assert isinstance(got, list), (name, params, got)
            assert comparable(got) == comparable(expected), (name, params)


def test_diffusion_curve_counts_places_that_share_a_name(tmp_path):
    """Two 鼓楼区 (Nanjing's and Fuzhou's) adopting in the same year are two adopters, not one."""
    s = open_store(str(tmp_path / "gulou.lbug"))
    facts = [Fact(doc="g.txt", type="ADOPTED", place="鼓楼区", place_code=code, mechanism="首违不罚", year=2020,
                  evidence=f"{code} 首违不罚") for code in ("320106", "350102")]
    facts.append(fact("g.txt", "ADOPTED", "苏州市", "首违不罚", year=2021))
    s.write(document("g.txt", "2022-01-01"), with_records(facts))
    q = get_query("diffusion_curve")
    got = comparable(s.query(q.cypher, q.default_params(mechanism="首违不罚")))
    s.close()
    assert got == [{"year": 2020, "new_adopters": 2, "by_report_date": 0, "cumulative": 2, "places": ["鼓楼区", "鼓楼区"]},
                   {"year": 2021, "new_adopters": 1, "by_report_date": 0, "cumulative": 3, "places": ["苏州市"]}]


# --- a page of a named query (queries/library.py run_query; `fazhi query --name --limit --offset`) ----------

def _order_keys(cypher: str) -> list[str]:
    """The column names of a query's last ORDER BY (DESC/ASC dropped)."""
    import re

    tail = re.split(r"\bORDER\s+BY\b", cypher, flags=re.IGNORECASE)[-1]
    tail = re.split(r"\b(?:SKIP|LIMIT)\b", tail, flags=re.IGNORECASE)[0]
    return [re.sub(r"\s+(?:DESC|ASC)$", "", k.strip(), flags=re.IGNORECASE) for k in tail.split(",")]


@pytest.mark.parametrize("name", [q.name for q in list_queries()])
def test_a_page_is_the_same_rows_as_the_whole_result_at_those_positions(store, name):
    from fazhi.queries.library import run_query

    q = get_query(name)
    for params, _ in EXPECTED[name]:
        whole = run_query(store, q, params, limit=None)
        assert not whole.more and whole.offset == 0 and whole.hint() is None
        full = comparable(whole.rows)
        assert full == comparable(store.query(q.cypher, q.default_params(**params)))
        for limit in (1, 2, 3, 5):
            got, offset = [], 0
            for offset in range(0, len(full) + 2):
                page = run_query(store, q, params, limit=limit, offset=offset)
                assert comparable(page.rows) == full[offset:offset + limit], (name, params, limit, offset)
                assert page.more == (offset + limit < len(full)), (name, params, limit, offset)
                assert page.columns == whole.columns
            # walking the pages gives the whole result once
            offset, walked = 0, []
            while True:
                page = run_query(store, q, params, limit=limit, offset=offset)
                walked += page.rows
                if not page.more:
                    break
                offset = page.next_offset
            assert comparable(walked) == full


FUZHOU_GL = "350102"  # Fuzhou's 鼓楼区: the same name as Nanjing's, another province
# facts that differ only past the first keys of the queries' old orders: the same place name twice, the same
# holder and year with two awards, one document stating one mechanism twice with other evidence and scope
TIES = [
    fact("ties.txt", "NAMED_DEMONSTRATION_CITY", "鼓楼区", award=CITY, batch=3, year=2023, level="national"),
    Fact(doc="ties.txt", type="NAMED_DEMONSTRATION_CITY", place="鼓楼区", place_code=FUZHOU_GL, award=CITY, batch=3,
         year=2023, level="national", evidence="ties.txt: 鼓楼区 named"),
    fact("ties.txt", "ADOPTED", "鼓楼区", "综合查一次", year=2021, mode="推行", evidence="ties.txt: 两个鼓楼区"),
    Fact(doc="ties.txt", type="ADOPTED", place="鼓楼区", place_code=FUZHOU_GL, mechanism="综合查一次", year=2021,
         mode="全面推行", evidence="ties.txt: 两个鼓楼区"),
    fact("ties.txt", "PIONEERED", "苏州市", "企业服务码", year=2020, scope="全国", mode="率先", evidence="ties.txt: 甲"),
    fact("ties.txt", "PIONEERED", "苏州市", "企业服务码", year=2020, scope="全省", mode="首创", evidence="ties.txt: 乙"),
    fact("ties.txt", "HONOURED", "苏州市", holder="苏州市司法局", body="苏州市司法局", award=HONOUR, year=2021),
    fact("ties.txt", "HONOURED", "苏州市", holder="苏州市司法局", body="苏州市司法局", award="法治先锋", year=2021),
    fact("ties.txt", "PROMOTED_BY", mechanism="首违不罚", body="司法部", year=2021, scope="全国", evidence="ties.txt: 一"),
    fact("ties.txt", "PROMOTED_BY", mechanism="首违不罚", body="司法部", year=2021, scope="全省", evidence="ties.txt: 二"),
]


@pytest.fixture(scope="module")
def tied(tmp_path_factory):
    s = open_store(str(tmp_path_factory.mktemp("ties") / "g.lbug"))
    write_graph(s)
    s.write(document("ties.txt", "2023-06-01"), with_records([replace(f, reported="2023-06-01") for f in TIES]))
    yield s
    s.close()


@pytest.mark.parametrize("name", [q.name for q in list_queries()])
def test_the_order_of_a_named_query_leaves_no_ties_between_different_rows(store, tied, name):
    """A page is a slice of the whole result only if the order is total: rows that tie on every ORDER BY
    key must be the same row (the engine sorts only the top rows of a page, and orders ties as it likes)."""
    from fazhi.queries.library import run_query

    q = get_query(name)
    keys = _order_keys(q.cypher)
    for graph in (store, tied):
        for params, _ in EXPECTED[name]:
            rows = comparable(graph.query(q.cypher, q.default_params(**params)))
            assert all(k in rows[0] for k in keys) if rows else True, (name, keys)
            for a, b in zip(rows, rows[1:]):
                if all(a[k] == b[k] for k in keys):
                    assert a == b, (name, params, keys, a, b)
            for offset in range(len(rows)):
                assert comparable(run_query(graph, q, params, limit=1, offset=offset).rows) == rows[offset:offset + 1]


def test_page_limits_and_hint():
    from fazhi.queries.library import DEFAULT_LIMIT, Page

    assert DEFAULT_LIMIT >= 100
    page = Page("pioneers", [{"a": 1}] * 3, ["a"], 6, 3, True)
    assert page.next_offset == 9 and "--offset 9" in page.hint() and "rows 7–9" in page.hint()
    last = Page("pioneers", [{"a": 1}], ["a"], 9, 3, False)
    assert last.next_offset is None and "the last" in last.hint()


def test_run_query_refuses_negative_numbers(store):
    from fazhi.queries.library import run_query

    with pytest.raises(ValueError):
        run_query(store, "pioneers", limit=-1)
    with pytest.raises(ValueError):
        run_query(store, "pioneers", offset=-1)


def test_query_command_pages_a_named_query(tmp_path):
    import json

    from click.testing import CliRunner

    from fazhi.cli import main

    db = str(tmp_path / "g.lbug")
    s = open_store(db)
    write_graph(s)
    s.close()
    runner = CliRunner()

    def run(*args):
        r = runner.invoke(main, ["query", "--db", db, *args], catch_exceptions=False)
        assert r.exit_code == 0, r.output
        return r

    whole = json.loads(run("--name", "adoption_timeline", "--format", "json").stdout)
    assert len(whole) > 3
    r = run("--name", "adoption_timeline", "--format", "json", "--limit", "2", "--offset", "1")
    assert json.loads(r.stdout) == whole[1:3]
    assert "more rows follow: --offset 3" in r.stderr
    r = run("--name", "adoption_timeline", "--format", "json", "--limit", "0")
    assert json.loads(r.stdout) == whole and "more rows" not in r.stderr
    r = run("--name", "top_mechanisms", "--format", "csv", "--limit", "1", "--offset", "1")
    assert r.stdout.splitlines()[1].startswith("首违不罚,")
    r = runner.invoke(main, ["query", "--db", db, "MATCH (p:Place) RETURN p.name", "--limit", "2"])
    assert r.exit_code != 0 and "--name" in r.output
    assert "--offset" in runner.invoke(main, ["query", "--help"]).stdout
