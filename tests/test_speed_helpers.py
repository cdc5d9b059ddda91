"""The helpers that let the extractor skip work (pre-checks, plain copies of span values) answer as the
slower reading they stand for."""
from __future__ import annotations

import spacy
from spacy.tokens import Span

from fazhi.loaders.extract import pipeline
from fazhi.loaders.extract.lexicon import holds_any
from fazhi.loaders.extract.spanset import set_spans, span_extensions, span_values


def test_holds_any_finds_a_word_only_whole_inside_the_stretch():
    text = "我市分别为甲村、乙村。包括丙村"
    assert holds_any(text, 0, len(text), ("包括",))
    assert holds_any(text, 2, 5, ("分别为",))
    assert not holds_any(text, 0, 4, ("分别为",))  # cut by the end of the stretch
    assert not holds_any(text, 3, 10, ("分别为", "包括"))  # cut by its start, the other one after it
    assert not holds_any(text, 0, len(text), ())


class _M:
    def __init__(self, start, end, name, tag):
        self.start, self.end, self.name, self.tag = start, end, name, tag


span_extensions("speed_test_tag")


def _doc(text):
    nlp = pipeline.build_nlp()
    return pipeline._make_doc(nlp, text)


def test_span_values_are_what_the_spans_give():
    doc = _doc("江苏省苏州市常熟市推行“一件事”")
    ms = [_M(0, 3, "甲", "a"), _M(3, 6, "", "b"), _M(6, 9, "丙", None)]
    set_spans(doc, "speed_test", "X", ms, lambda m: m.name, lambda m: {"speed_test_tag": m.tag})
    read = [(s.start_char, s.end_char, s.kb_id_, s._.speed_test_tag) for s in doc.spans["speed_test"]]
    assert span_values(doc, "speed_test", ("speed_test_tag",)) == read == [
        (0, 3, "甲", "a"), (3, 6, "", "b"), (6, 9, "丙", None)]


def test_span_values_of_spans_at_the_same_offsets_read_the_last_values_set():
    doc = _doc("江苏省苏州市")
    ms = [_M(0, 3, "甲", "first"), _M(0, 3, "乙", "second")]
    set_spans(doc, "speed_test", "X", ms, lambda m: m.name, lambda m: {"speed_test_tag": m.tag})
    read = [(s.start_char, s.end_char, s.kb_id_, s._.speed_test_tag) for s in doc.spans["speed_test"]]
    assert span_values(doc, "speed_test", ("speed_test_tag",)) == read == [
        (0, 3, "甲", "second"), (0, 3, "乙", "second")]


def test_span_values_of_a_group_set_otherwise_read_the_spans():
    doc = _doc("江苏省苏州市")
    set_spans(doc, "speed_test", "X", [_M(0, 3, "甲", "a")], lambda m: m.name, lambda m: {"speed_test_tag": m.tag})
    span = Span(doc, 3, 6, label="X", kb_id="乙")
    span._.speed_test_tag = "b"
    doc.spans["speed_test"] = [span]  # replaced by hand: the kept values are no longer the group's
    assert span_values(doc, "speed_test", ("speed_test_tag",)) == [(3, 6, "乙", "b")]
    assert span_values(doc, "no_such_group", ("speed_test_tag",)) == []


def test_set_spans_on_a_doc_of_the_char_segmenter_with_spaces():
    nlp = spacy.blank("zh")
    doc = nlp("甲市  乙县")
    set_spans(doc, "speed_test", "X", [_M(4, 6, "乙县", "a")], lambda m: m.name, lambda m: {"speed_test_tag": m.tag})
    assert [(s.text, s.kb_id_) for s in doc.spans["speed_test"]] == [("乙县", "乙县")]
    assert span_values(doc, "speed_test", ("speed_test_tag",)) == [(4, 6, "乙县", "a")]


def test_own_organ_pattern_reads_a_level_word_at_the_start_or_after_its_lead_characters():
    from fazhi.loaders.extract.salience import _OWN_ORGAN

    def found(t):
        return [(m.start(), m.group(1)) for m in _OWN_ORGAN.finditer(t)]

    assert found("市委、市政府高度重视") == [(0, "市"), (3, "市")]
    assert found("在县司法局指导下") == [(1, "县")]
    assert found("某市委") == []  # a place's own organ (某市), not the text's
    assert found("市市委") == []
    assert found("全省\n省政府") == [(3, "省")]


def _extractor(text, places, bodies=()):
    from fazhi.loaders.extract.relations import ArticleExtractor, ArticleInfo, Ref

    refs = [Ref(a, b, text[a:b], "100100") for a, b in places]
    brefs = [Ref(a, b, text[a:b], kind="Body", place_code="100100") for a, b in bodies]
    info = ArticleInfo(doc="t.txt", sentences=[(0, len(text), 0)], paragraphs=[(0, len(text))])
    return ArticleExtractor(text, info, refs, brefs, [], [])


def test_has_in_and_around_agree_with_reading_every_ref():
    text = "甲市乙县丙区的江苏省苏州市常熟市和戊县"
    ex = _extractor(text, [(0, 2), (2, 4), (4, 6), (8, 11), (11, 14), (14, 17), (18, 20)], [(7, 17)])
    n = len(text)
    for a in range(n + 1):
        for b in range(a, n + 1):
            for refs in (ex.places, ex.bodies):
                assert ex._has_in(refs, a, b) == bool([r for r in refs if a <= r.start and r.end <= b])
                if b > a:
                    near = ex._around(refs, a, b)
                    assert [r for r in refs if r.start < b and a < r.end] == \
                           [r for r in near if r.start < b and a < r.end]
    assert not ex._has_in(ex.places, 6, 8)


def test_first_claim_cues_of_a_sentence_are_those_lying_whole_in_it():
    from fazhi.loaders.extract.firsts import FirstClaims, _cue_automaton

    text = "甲市在全省率先推行。乙县全国首创该做法，在全国率先"
    fc = FirstClaims(_extractor(text, []))
    automaton, words = _cue_automaton()
    for s, e in ((0, 10), (10, len(text)), (0, len(text)), (3, 6), (5, 7)):
        expected = {words[k] for k, _, _ in automaton.find_matches_as_indexes(text[s:e], overlapping=True)}
        assert fc._cues_present(s, e) == expected
    assert fc._cues_present(0, 10)  # 率先 is a cue: the test reads something


def test_enclosing_holds_a_stretch_as_a_scan_of_every_span_would():
    from fazhi.loaders.extract.article import Enclosing

    spans = [(5, 9), (0, 3), (2, 12), (14, 15), (14, 20)]
    idx = Enclosing(spans)
    for a in range(0, 22):
        for b in range(a, 23):
            assert idx.holds(a, b) == any(s <= a and b <= e for s, e in spans), (a, b)
    assert idx.holds(3, 12) and not idx.holds(1, 13) and not Enclosing([]).holds(0, 1)


def _sentences():
    """Sentences of the test corpora and a few written to match each pattern below."""
    import re
    from pathlib import Path

    here = Path(__file__).parent / "data"
    texts = [p.read_text(encoding="utf-8") for d in ("devset", "holdout") for p in sorted((here / d).glob("*.txt"))]
    texts.append("。".join([
        "我市有3个村上榜，分别为甲村、乙村、丙村", "这7个村（社区）是：甲村、乙村", "入选的单位为：甲局",
        "命名甲县、乙县为“全国法治示范县”", "推荐甲区作为第八批省级“民主法治示范村”",
        "在甲市、乙市开展“证照分离”改革试点", "甲市、乙市、丙市3个设区市司法局获评先进集体",
        "从“抓末端”向“抓前端”转变", "全国民主法治示范社区——广州市天河区天园街道东方社区",
        "下党派出所牵头成立调解室"]))
    for t in texts:
        for m in re.finditer(r"[^。\n]+", t):
            yield t, m.start(), m.end()


def test_the_words_a_pre_check_asks_for_stand_in_every_match_of_its_pattern():
    """If a pattern gains an alternative without the words its pre-check looks for, this fails: keep the
    pre-check's words in step with the pattern (or drop the pre-check)."""
    from fazhi.loaders.extract import article, award_facts, award_grammar, honour_lists, mechanisms, pilots
    from fazhi.loaders.extract.lexicon import cues

    # (pattern, the word sets its pre-check needs, whether those words lie inside every match itself)
    checks = [
        (award_grammar.ENUMERATION, [award_grammar.ENUMERATION_WORDS], False),  # honour_lists._prose_lists
        (award_facts._ACTIVE_TAIL, [award_facts._ACTIVE_TAIL_LEADS, award_facts._ACTIVE_TAIL_WORDS], False),
        (award_facts._ACTIVE_CUE, [award_facts._ACTIVE_CUE_WORDS], True),
        (pilots._AT_LIST, [("试点",)], True),  # pilots.Pilots._at_list
        (honour_lists._COUNTED_ORGANS, [("个",)], True),  # honour_lists._places_organs
        (mechanisms._SHIFT_PAIR, [("从",)], True),  # mechanisms._shift
        (honour_lists._AWARD_DASH_HOLDER, [("—", "－－")], True),  # honour_lists._award_then_holder
        (article._LOCAL_OFFICE, [cues("local_office")], True),  # article._unplaced_actor (via _cue_in)
    ]
    seen = [0] * len(checks)
    for text, s, e in _sentences():
        sentence = text[s:e]
        for k, (rx, needs, inside) in enumerate(checks):
            for m in rx.finditer(sentence):
                seen[k] += 1
                for words in needs:
                    assert holds_any(sentence, 0, len(sentence), words), (rx.pattern[:40], sentence)
                    if inside:
                        assert holds_any(sentence, m.start(), m.end(), words), (rx.pattern[:40], m.group(0))
    assert all(seen), seen  # each pattern matched somewhere: the test tests them all


def test_awards_starting_is_the_scan_of_the_awards_in_their_order():
    from fazhi.loaders.extract.relations import Mention

    text = "甲市获评全国文明城市和全国法治政府建设示范市，乙县获评省级示范县"
    ex = _extractor(text, [])
    for order in ((0, 1, 2, 3), (2, 0, 3, 1)):  # in text order (bisection), and not (a scan)
        spans = [(4, 10), (11, 22), (27, 30), (27, 28)]
        ex.awards = [Mention(*spans[k], f"奖{k}", "lexicon", kind="Award") for k in order]
        for s in range(0, 32, 3):
            for e in range(s, 33, 4):
                assert ex._awards_starting(s, e) == [m for m in ex.awards if s <= m.start < e]


def test_a_place_added_again_to_a_documents_rows_is_not_merged_again():
    from fazhi.graph import rows

    class Counting(rows.Batch):
        merges = 0

        def node(self, label, key, **props):
            Counting.merges += 1
            super().node(label, key, **props)

    b, done = Counting(), set()
    assert rows._add_place(b, "常熟市", "320581", done=done) == "320581"
    first, before = Counting.merges, (dict(b.nodes), {k: list(v) for k, v in b.edges.items()})
    assert first >= 3  # the county, its city and its province
    assert rows._add_place(b, "常熟市", "320581", done=done) == "320581"
    assert Counting.merges == first  # the second time: nothing merged again
    assert (dict(b.nodes), {k: list(v) for k, v in b.edges.items()}) == before
    # and what it spares is nothing: the rows of a document naming a place twice are those naming it once
    once, twice = rows.Batch(), rows.Batch()
    rows._add_place(once, "常熟市", "320581")
    rows._add_place(twice, "常熟市", "320581")
    rows._add_place(twice, "常熟市", "320581")
    twice.structural_edges()
    once.structural_edges()
    assert (once.nodes, once.edges) == (twice.nodes, twice.edges)


def _rows_of(document, facts):
    # module level: the workers take it
    return ("rows", document.name, len(facts))


def test_rows_made_beside_the_facts_come_back_instead_of_them():
    from fazhi.loaders.documents import document_from_text
    from fazhi.loaders.extract import extract
    from fazhi.loaders.stream import extract_each

    docs = [document_from_text(f"2023年，{p}全面推行“首违不罚”制度。", name=f"{p}.txt") for p in ("苏州市", "烟台市")]
    want = [("rows", d.name, len(extract(d))) for d in docs]
    for workers in (1, 2):
        got = list(extract_each(docs, workers=workers, progress=False, keep_text=False, rows=_rows_of))
        assert [r.rows for r in got] == want
        assert all(r.facts == [] and r.error is None and r.document.articles[0].text == "" for r in got)


def test_a_load_writes_the_rows_its_workers_made(tmp_path, monkeypatch):
    # the loading process builds no rows of its own: it adds up and writes what the stream gives
    from fazhi.graph import ladybug_store  # noqa: F401  (imported before the patch: it binds add_document by name)
    from fazhi.graph import load as load_mod, rows
    from fazhi.graph.load import load

    docs = tmp_path / "docs"
    docs.mkdir()
    for i, p in enumerate(("苏州市", "烟台市", "嘉兴市")):
        (docs / f"{i}.txt").write_text(f"关于法治建设的报告\n2023年，{p}全面推行“首违不罚”制度。\n", encoding="utf-8")
    monkeypatch.setattr(rows, "add_document", None)  # would fail if called
    made = []
    real = load_mod._document_rows

    def spy(extractor, document, facts):
        made.append(document.name)
        return real(extractor, document, facts)

    monkeypatch.setattr(load_mod, "_document_rows", spy)
    summary = load([str(docs)], db=str(tmp_path / "g.lbug"), workers=1, progress=False)
    assert sorted(made) == ["0.txt", "1.txt", "2.txt"] and summary.loaded == 3 and summary.facts >= 3


def test_one_pass_over_the_gate_roles_finds_each_word_of_each_role():
    # the article is read for every gate role at once (article._read_cues): each word of each role, from
    # relation_cues.tsv, is found for that role, also when it is a cue of other roles too (授予)
    from fazhi.loaders.extract import article, lexicon

    for role in article._GATE_ROLES:
        for word in lexicon.cues(role):
            text = "甲市" + word + "乙"
            ex = _extractor(text, [])
            assert ex._cue_in(role, 0, len(text)), (role, word)
            # the word cut by the stretch's start: found only if what is left holds another word of the role
            rest = text[3:]
            assert ex._cue_in(role, 3, len(text)) == any(w in rest for w in lexicon.cues(role)), (role, word)
    # over a text holding them all, each role's occurrences are those its own automaton finds
    text = "，".join(w for role in article._GATE_ROLES for w in lexicon.cues(role))
    ex = _extractor(text, [])
    ex._read_cues(article._GATE_ROLES[0])
    for role in article._GATE_ROLES:
        own = sorted((a, b) for _, a, b in article._cue_automaton(role).find_matches_as_indexes(text, overlapping=True))
        assert ex._cue_occurrences[role] == ([a for a, _ in own], [b for _, b in own]), role


def test_a_holder_is_read_after_every_on_the_list_word_of_the_data_file():
    # the on_the_list rule runs only where the one pass found its cue: a sentence whose only cue is any one
    # of the role's words still yields the honour
    from fazhi.loaders import document_from_text
    from fazhi.loaders.extract import extract, lexicon

    for word in lexicon.cues("on_the_list"):
        text = f"法治建设新闻\n近日，省司法厅公布全省法治宣传教育先进单位名单，桐庐县司法局{word}。\n"
        got = {(f.type, f.place or f.holder) for f in extract(document_from_text(text)) if f.type != "ENTITY"}
        assert got == {("HONOURED", "桐庐县司法局")}, word
