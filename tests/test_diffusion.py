"""Diffusion analytics on a small graph written fact by fact: spread, first years and their basis,
the event-history panel's risk set (checked against its definition and a brute-force recount),
cascades, the exports read back with pandas, and the pictures."""
import itertools
import math

import pytest

from fazhi.graph.store import open_store
from fazhi.loaders.documents import document_from_text
from fazhi.loaders.extract.gazetteer import Gazetteer
from fazhi.loaders.model import Fact
from fazhi.queries import diffusion_export as dx
from fazhi.queries.diffusion import Mechanisms, adoptions, first_year, km, spread, Evidence

from _fixture_facts import with_records  # tests/ is on sys.path

G = Gazetteer.default()


def code(name):
    return next(d.code for d in G.by_name(name) if d.name == name)


def adopted(doc, place, mech, year=None, reported=None, rel="ADOPTED", **kw):
    return Fact(doc=doc, type=rel, place=place, place_code=code(place), mechanism=mech, year=year,
                reported=reported, evidence=f"{place}推行{mech}", **kw)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("diffusion") / "g.lbug")
    s = open_store(db)
    docs = {
        "a.txt": [adopted("a.txt", "苏州市", "扫码入企", 2020, "2021-03-01", rel="PIONEERED", scope="全国"),
                  adopted("a.txt", "苏州市", "扫码入企", 2020, "2021-03-01"),
                  adopted("a.txt", "无锡市", "扫码入企", 2022, "2022-12-01")],
        "b.txt": [adopted("b.txt", "成都市", "天府入企码", None, "2023-05-01"),  # a brand, dated by its article
                  Fact(doc="b.txt", type="ENTITY", kind="Mechanism", name="天府入企码", instance_of="扫码入企"),
                  adopted("b.txt", "常熟市", "扫码入企", 2023, "2024-01-01"),
                  adopted("b.txt", "无锡市", "扫码入企", None, "2021-06-01"),  # an earlier article bounds 无锡's year
                  Fact(doc="b.txt", type="PROMOTED_BY", mechanism="扫码入企", body="江苏省司法厅", year=2021),
                  Fact(doc="b.txt", type="NAMED_DEMONSTRATION_CITY", place="常熟市", place_code=code("常熟市"),
                       award="全国法治政府建设示范市", year=2022)],
        "c.txt": [adopted("c.txt", "烟台市", "综合查一次"), adopted("c.txt", "济南市", "综合查一次", 2021)],
    }
    for name, facts in docs.items():
        s.write(document_from_text("报告\n" + name, name=name), with_records(facts))
    yield s
    s.close()


def test_first_year_takes_the_earliest_bound_and_says_which():
    ev = [Evidence("adopted", 2022, "2022-12-01", "a", None), Evidence("adopted", None, "2021-06-01", "b", None)]
    assert first_year(ev) == (2021, "reported")
    assert first_year([Evidence("adopted", 2021, "2021-06-01", "a", None)]) == (2021, "stated")
    assert first_year([Evidence("adopted", None, None, "a", None)]) == (None, None)


def test_spread_counts_a_brand_for_its_generic(store):
    for typed in ("扫码入企", "天府入企码"):
        sp = spread(store, typed)
        assert sp.mechanism == "扫码入企"
        assert [(a.place, a.first_year, a.year_basis, a.relation) for a in sp.adoptions] == [
            ("苏州市", 2020, "stated", "pioneered"), ("无锡市", 2021, "reported", "adopted"),
            ("常熟市", 2023, "stated", "adopted"), ("成都市", 2023, "reported", "adopted")]
    assert sp.curve() == [(2020, 1, 1), (2021, 1, 2), (2022, 0, 2), (2023, 2, 4)]
    years, grid = sp.grid()
    assert years == [2020, 2021, 2022, 2023]
    assert grid == [("江苏省", [1, 1, 0, 1]), ("四川省", [0, 0, 0, 1])]
    assert [p.body for p in sp.promotions] == ["江苏省司法厅"]
    row = next(r for r in sp.timeline() if r["place"] == "成都市")
    assert row["name_used"] == "天府入企码"
    assert next(r for r in sp.timeline() if r["place"] == "苏州市")["pioneer_claim"] == "全国"


def test_unknown_mechanism_suggests_close_names(store):
    # a fragment of exactly one name is taken as that name
    assert spread(store, "综合查").mechanism == "综合查一次"
    with pytest.raises(LookupError, match="did you mean: 扫码入企"):
        spread(store, "扫码入企业")


def test_km_is_a_great_circle_distance():
    assert km((116.4, 39.9), (116.4, 39.9)) == 0
    assert 1050 < km((116.4, 39.9), (121.47, 31.23)) < 1090  # Beijing–Shanghai ≈ 1,068 km


def test_panel_obeys_the_risk_set_definition(store):
    rows = dx.panel(store, levels=("prefecture", "county"), neighbour_km=150.0, mechanism="扫码入企")
    assert {r["mechanism"] for r in rows} == {"扫码入企"}
    by_place = {k: list(g) for k, g in itertools.groupby(rows, key=lambda r: r["place"])}
    first = {a.place: a.first_year for a in adoptions(store, "扫码入企")}
    start = min(first.values())
    for place, rs in by_place.items():
        years = [r["year"] for r in rs]
        assert years == list(range(start, years[-1] + 1))  # from the first adoption anywhere, no gaps
        if place in first:
            assert years[-1] == first[place] and rs[-1]["adopted"] == 1  # ends the year it adopts
            assert sum(r["adopted"] for r in rs) == 1
        else:
            assert years[-1] == 2023 and not any(r["adopted"] for r in rs)  # window ends at the last year
    # 常熟 is a demonstration city from 2022 on; the promotion in Jiangsu (2021) counts from 2022
    cs = {r["year"]: r for r in by_place["常熟市"]}
    assert [cs[y]["demonstration"] for y in (2020, 2021, 2022, 2023)] == [0, 0, 1, 1]
    assert [cs[y]["promoted_in_province"] for y in (2020, 2021, 2022, 2023)] == [0, 0, 1, 1]
    assert by_place["成都市"][0]["promoted_in_province"] == 0


def test_panel_neighbours_match_a_brute_force_recount(store):
    from fazhi.loaders.coordinates import seat_of

    rows = dx.panel(store, neighbour_km=150.0, mechanism="扫码入企")
    items = adoptions(store, "扫码入企")
    for r in rows:
        me = seat_of(r["place_code"])
        expect = 0
        for a in items:
            if a.first_year <= r["year"] - 1 and a.place_code != r["place_code"]:
                d = 2 * 6371.0088 * math.asin(math.sqrt(
                    math.sin(math.radians(a.lat - me.lat) / 2) ** 2 + math.cos(math.radians(me.lat))
                    * math.cos(math.radians(a.lat)) * math.sin(math.radians(a.lon - me.lon) / 2) ** 2))
                expect += d <= 150.0
        assert r["neighbours_prev"] == expect, r
    # 无锡, 苏州 and 常熟 lie within 150 km of each other: 常熟 in 2022 has two earlier neighbours
    assert next(r for r in rows if r["place"] == "常熟市" and r["year"] == 2022)["neighbours_prev"] == 2


def test_province_share_is_lagged(store):
    rows = dx.panel(store, mechanism="扫码入企")
    units_js = {r["place"] for r in rows if r["province_code"] == code("江苏省")}
    r23 = next(r for r in rows if r["place"] == "常熟市" and r["year"] == 2023)
    # by 2022 苏州 and 无锡 had adopted, among the Jiangsu units in the graph
    assert r23["province_share_prev"] == round(2 / len(units_js), 4)


def test_cascades_are_the_long_format_and_skip_single_adopters(store):
    rows = dx.cascade_rows(adoptions(store))
    assert {r["cascade_id"] for r in rows} == {"扫码入企"}  # 综合查一次 has one dated adopter
    assert [(r["node_name"], r["event_time"]) for r in rows] == [
        ("苏州市", 2020), ("无锡市", 2021), ("常熟市", 2023), ("成都市", 2023)]  # ties by code
    stated = dx.cascade_rows(adoptions(store), basis="stated")
    assert [r["node_name"] for r in stated] == ["苏州市", "常熟市"]


def test_exports_read_back_with_pandas(store, tmp_path):
    pd = pytest.importorskip("pandas")
    n = dx.write_csv(dx.adoption_rows(adoptions(store)), tmp_path / "a.csv", dx.ADOPTION_COLUMNS)
    df = pd.read_csv(tmp_path / "a.csv", encoding="utf-8-sig", dtype={"place_code": str, "province_code": str})
    assert list(df.columns) == dx.ADOPTION_COLUMNS and len(df) == n == 6
    assert set(df["year_basis"].dropna()) == {"stated", "reported"}
    assert df["longitude"].between(73, 136).all() and df["latitude"].between(17, 54).all()
    p = dx.write_csv(dx.panel(store), tmp_path / "p.csv", dx.PANEL_COLUMNS)
    panel = pd.read_csv(tmp_path / "p.csv", encoding="utf-8-sig")
    assert len(panel) == p and list(panel.columns) == dx.PANEL_COLUMNS
    assert (panel.groupby(["mechanism", "place_code"])["adopted"].sum() <= 1).all()


def test_mechanisms_resolve_aliases_and_brands(store):
    m = Mechanisms(store)
    assert m.canonical("天府入企码") == "扫码入企"
    assert m.members("扫码入企") == {"扫码入企", "天府入企码"}


def _not_blank(path):
    from matplotlib import image

    img = image.imread(str(path))
    return img.std() > 0.01


def test_plots_are_real_images(store, tmp_path):
    from fazhi.queries.spread_plots import plot_curve, plot_map

    sp = spread(store, "扫码入企")
    for out in (plot_curve(sp, tmp_path / "c.png"), plot_map(sp, tmp_path / "m.png")):
        assert out.stat().st_size > 5000 and _not_blank(out)
    svg = plot_map(sp, tmp_path / "m.svg").read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    page = plot_map(sp, tmp_path / "m.html").read_text(encoding="utf-8")
    assert "<svg" in page and "苏州市" in page and page.count("<tr>") == 5


def test_map_page_escapes_document_text(tmp_path):
    from fazhi.queries.diffusion import Adoption, Spread
    from fazhi.queries.spread_plots import plot_map

    bad = "<script>alert(1)</script>--><img src=x onerror=alert(2)>"
    a = Adoption("320500", "苏州市", "prefecture", "320000", "江苏省", 120.6, 31.3, bad, 2020, "stated", "adopted",
                 ("x.txt",), (Evidence("adopted", 2020, None, "x.txt", bad, None, bad),))
    page = plot_map(Spread(bad, (bad,), [a], []), tmp_path / "m.html").read_text(encoding="utf-8")
    assert "<script>" not in page and "<img" not in page and "onerror=alert(2)>" not in page


def test_inferred_network_is_stored_as_influenced_and_replaced_as_a_whole(tmp_path):
    from click.testing import CliRunner

    from fazhi.cli import main

    db = str(tmp_path / "n.lbug")
    s = open_store(db)
    facts = []
    # 苏州 adopts each of six practices a year before 无锡; 烟台 adopts three of them, late and at random
    for i, mech in enumerate(["甲制度", "乙制度", "丙制度", "丁制度", "戊制度", "己制度"]):
        facts += [adopted("n.txt", "苏州市", mech, 2015 + i), adopted("n.txt", "无锡市", mech, 2016 + i)]
        if i % 2:
            facts.append(adopted("n.txt", "烟台市", mech, 2024))
    s.write(document_from_text("报告\nn", name="n.txt"), facts)
    rows = dx.network_rows(adoptions(s))
    assert ("苏州市", "无锡市") in {(r["origin_node"], r["destination_node"]) for r in rows}
    assert all(0 <= r["p_value"] <= 1 for r in rows)
    assert dx.write_influence(s, rows) == len(rows)
    assert dx.write_influence(s, rows) == len(rows)  # replaced, not added
    got = s.query("MATCH (a:Place)-[r:INFLUENCED]->(b:Place) RETURN a.name AS a, b.name AS b, r.weight AS w, "
                  "r.method AS m")
    assert len(got) == len(rows) and {"a": "苏州市", "b": "无锡市", "w": 6, "m": "netinf"} in got
    s.close()
    out = tmp_path / "net.csv"
    r = CliRunner().invoke(main, ["infer", "--db", db, "-o", str(out), "--format", "csv"])
    assert r.exit_code == 0, r.output
    assert "苏州市,无锡市" in out.read_text(encoding="utf-8-sig")


def test_cli_spread_and_exports(store, tmp_path):
    from click.testing import CliRunner

    from fazhi.cli import main

    db = store.path if hasattr(store, "path") else None
    if db is None:
        pytest.skip("the store does not say where it lives")
    runner = CliRunner()
    r = runner.invoke(main, ["spread", "天府入企码", "--db", db, "--format", "json"])
    assert r.exit_code == 0, r.output
    import json

    got = json.loads(r.output)
    assert got["mechanism"] == "扫码入企" and len(got["adopters"]) == 4 and got["curve"][-1]["cumulative"] == 4
    r = runner.invoke(main, ["spread", "没有这个机制", "--db", db])
    assert r.exit_code != 0 and "no mechanism" in r.output
    for what, cols in (("adoptions", dx.ADOPTION_COLUMNS), ("panel", dx.PANEL_COLUMNS),
                       ("cascades", dx.CASCADE_COLUMNS)):
        out = tmp_path / f"{what}.csv"
        r = runner.invoke(main, ["export", what, "--db", db, "-o", str(out)])
        assert r.exit_code == 0, r.output
        assert out.read_text(encoding="utf-8-sig").splitlines()[0] == ",".join(cols)


def _expand(spells):
    """Spells back into year rows, as a researcher would with tmerge/stsplit."""
    out = []
    for s in spells:
        for year in range(s["start"] + 1, s["stop"] + 1):
            event = int(s["adopted"] == 1 and year == s["stop"])
            row = {**{k: s[k] for k in dx.PANEL_COLUMNS if k in s}, "year": year, "adopted": event,
                   "year_basis": s["year_basis"] if event else None}
            out.append({k: row[k] for k in dx.PANEL_COLUMNS})
    return out


def test_panel_spells_are_the_year_rows_merged(store):
    years = dx.panel(store, neighbour_km=150.0)
    spells = dx.panel(store, neighbour_km=150.0, shape="spells")
    assert list(spells[0]) == dx.SPELL_COLUMNS
    assert len(spells) < len(years) and _expand(spells) == years
    # 常熟 at risk of 扫码入企 from 2020; 苏州 nearby adopts in 2020 (counted from 2021); named a demonstration
    # city and within reach of Jiangsu's promotion from 2022, its covariates then stay the same until it
    # adopts in 2023, which closes the spell
    cs = [s for s in spells if s["place"] == "常熟市" and s["mechanism"] == "扫码入企"]
    assert [(s["start"], s["stop"], s["adopted"], s["neighbours_prev"], s["demonstration"],
             s["promoted_in_province"]) for s in cs] == [
        (2019, 2020, 0, 0, 0, 0), (2020, 2021, 0, 1, 0, 0), (2021, 2023, 1, 2, 1, 1)]
    assert all(s["stop"] > s["start"] for s in spells)
    # and each spell is as long as it can be: the next spell of the same unit has other covariates
    covariates = dx.SPELL_COLUMNS[9:]
    for a, b in zip(spells, spells[1:]):
        if (a["mechanism"], a["place_code"]) == (b["mechanism"], b["place_code"]):
            assert b["start"] == a["stop"] and [a[c] for c in covariates] != [b[c] for c in covariates]


def test_panel_of_the_most_adopted_mechanisms(store):
    from collections import Counter

    from fazhi.queries.diffusion import most_adopted

    # the same ranking as counting the adoptions themselves (a brand's adopter counts for its generic)
    counted = Counter(a.mechanism for a in adoptions(store))
    assert most_adopted(store, 5) == sorted(counted, key=lambda m: (-counted[m], m))
    assert most_adopted(store, 1) == ["扫码入企"]
    assert {r["mechanism"] for r in dx.panel(store, top=1)} == {"扫码入企"}
    every = dx.panel(store)
    assert {r["mechanism"] for r in every} == {"扫码入企", "综合查一次"}
    # a list of mechanisms is their panels one after the other, in name order, with one last year for all
    # (the last adoption year of any of them: 2023, where 综合查一次 alone would stop at 2021)
    both = dx.panel(store, mechanism=["综合查一次", "天府入企码"])
    assert both == dx.panel(store, mechanism="扫码入企") + dx.panel(store, mechanism="综合查一次", until=2023)
    assert both != dx.panel(store, mechanism="扫码入企") + dx.panel(store, mechanism="综合查一次")
    with pytest.raises(LookupError):
        dx.panel(store, mechanism=["扫码入企", "没有这个机制"])


def test_first_adoptions_are_the_adoptions_without_their_evidence(store):
    from fazhi.queries.diffusion import first_adoptions

    def fields(items):
        return [(a.place_code, a.place, a.level, a.province_code, a.province, a.lon, a.lat, a.mechanism, a.first_year,
                 a.year_basis, a.relation) for a in items]

    for chosen in (None, "综合查一次", ["扫码入企", "综合查一次"]):
        full, light = adoptions(store, chosen), dx.first_adoptions(store, chosen)
        assert full and fields(light) == fields(full)
        assert all(a.documents == () and a.evidence == () for a in light)
        assert {a.year_basis for a in full} >= ({"stated", "reported"} if chosen is None else {"stated"})


def test_panel_file_is_written_as_made_and_reads_the_same(store, tmp_path):
    for shape, cols in (("years", dx.PANEL_COLUMNS), ("spells", dx.SPELL_COLUMNS)):
        a, b = tmp_path / f"a-{shape}.csv", tmp_path / f"b-{shape}.csv"
        n = dx.write_panel(store, a, shape=shape, neighbour_km=150.0)
        assert n == dx.write_csv(dx.panel(store, shape=shape, neighbour_km=150.0), b, cols) > 0
        assert a.read_bytes() == b.read_bytes() and a.read_bytes().startswith(b"\xef\xbb\xbf")


def test_cli_panel_scope_and_shape(store, tmp_path):
    from click.testing import CliRunner

    from fazhi.cli import main

    db = store.path
    runner = CliRunner()

    def panel(*args):
        out = tmp_path / "p.csv"
        r = runner.invoke(main, ["export", "panel", "--db", db, "-o", str(out), *args])
        assert r.exit_code == 0, r.output
        lines = out.read_text(encoding="utf-8-sig").splitlines()
        return lines[0], [line.split(",") for line in lines[1:]]

    # by default the 10 most adopted mechanisms (here both); --top 1 the most adopted one alone
    head, rows = panel()
    assert head == ",".join(dx.PANEL_COLUMNS) and {r[0] for r in rows} == {"扫码入企", "综合查一次"}
    assert len(rows) == len(dx.panel(store, top=10)) == len(dx.panel(store))
    assert {r[0] for r in panel("--top", "1")[1]} == {"扫码入企"}
    assert {r[0] for r in panel("--mechanism", "综合查一次", "--mechanism", "天府入企码")[1]} == {"扫码入企", "综合查一次"}
    head, rows = panel("--shape", "spells", "--top", "0")
    assert head == ",".join(dx.SPELL_COLUMNS) and len(rows) == len(dx.panel(store, shape="spells"))
    r = runner.invoke(main, ["export", "panel", "--db", db, "-o", str(tmp_path / "x.csv"), "--mechanism", "没有这个机制"])
    assert r.exit_code != 0 and "no mechanism" in r.output
