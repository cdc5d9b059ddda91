"""The query guard (graph/query_guard.py) and the read-only query path: what a user types cannot write,
touch files or crash the engine, and ordinary reads are not refused.

Every hostile and legitimate query runs for real in a worker subprocess (tests/test_query_guard.py's
_WORKER) on a read-only store: an engine crash there shows up as a failed case, not a dead pytest. The
database is compared before and after, and the files the attacks aim at must never appear.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from fazhi.cli import main
from fazhi.graph import query_guard
from fazhi.graph.ladybug_store import LadybugStore
from fazhi.graph.load import load
from fazhi.graph.query_guard import Classified, QueryRefused, check, tokenize
from fazhi.graph.store import QueryTimeout, StoreError, open_store
from fazhi.queries.library import list_queries

ROOT = Path(__file__).resolve().parents[1]

# {out}: a file an attack tries to write; {dir}: a directory one tries to export into; {other}: a database
# one tries to attach. None of them may exist afterwards.
HOSTILE = [
    # the adversarial tester's bypasses: a quote in a comment before and after the statement
    ("comment-quote create", "/* ' */ CREATE (:Mechanism {name: 'pwned'}) /* ' */"),
    ("comment-quote set", "/* ' */ MATCH (p:Place) SET p.name = 'pwned' /* ' */"),
    ("comment-quote alter", "/* ' */ ALTER TABLE Place ADD pwned STRING /* ' */"),
    ("comment-quote drop", "/* ' */ DROP TABLE LOCATED_IN /* ' */"),
    ("comment-quote detach delete", "/* ' */ MATCH (d:Document) DETACH DELETE d /* ' */"),
    ("comment-quote copy to", "/* ' */ COPY (MATCH (p:Place) RETURN p.name) TO '{out}' /* ' */"),
    ("comment-quote attach", "/* ' */ ATTACH '{other}' AS o (dbtype lbug) /* ' */"),
    ("comment-quote comment on", "/* ' */ COMMENT ON TABLE Place IS 'pwned' /* ' */"),
    ("comment-quote load from", "/* ' */ LOAD FROM '/etc/passwd' (header=false, delim=':') RETURN * /* ' */"),
    ("line-comment quote", "// '\nMATCH (d:Document) DETACH DELETE d\n// '"),
    ("double-quote comment", '/* " */ CREATE (:Mechanism {name: "pwned"}) /* " */'),
    ("backtick quote", "MATCH (`'`:Place) SET `'`.name = 'pwned' RETURN 1"),
    ("backtick hides nothing", "MATCH (p:Place) WITH p AS `x'` SET p.name = 'pwned' RETURN 1"),
    # plain writes
    ("create", "CREATE (:Mechanism {name: 'pwned'})"),
    ("merge", "MERGE (:Mechanism {name: 'pwned'})"),
    ("set", "MATCH (p:Place) SET p.name = 'pwned' RETURN p"),
    ("detach delete", "MATCH (d:Document) DETACH DELETE d"),
    ("delete rel", "MATCH ()-[r:ADOPTED]->() DELETE r"),
    ("remove", "MATCH (p:Place) REMOVE p.name"),
    ("unwind create", "UNWIND [1, 2] AS x CREATE (:Mechanism {name: 'pwned'})"),
    ("with then set", "MATCH (p:Place) WITH p AS set SET set.name = 'pwned' RETURN 1"),
    ("map key then set", "MATCH (p:Place {set: 1}) SET p.name = 'pwned'"),
    ("property then set", "MATCH (p:Place) WITH p, p.set AS s SET p.name = 'pwned' RETURN s"),
    ("foreach", "MATCH (p:Place) FOREACH (x IN [1] | CREATE (:Mechanism {name: 'pwned'}))"),
    ("exists subquery set", "MATCH (n:Place) WHERE EXISTS { MATCH (n)-[]->() SET n.name = 'pwned' } RETURN n"),
    ("count subquery delete", "MATCH (n:Place) WHERE COUNT { MATCH (n) DELETE n } > 0 RETURN n"),
    ("call subquery", "CALL { CREATE (:Mechanism {name: 'pwned'}) } RETURN 1"),
    ("union create", "RETURN 1 AS x UNION CREATE (:Mechanism {name: 'pwned'}) RETURN 2 AS x"),
    # schema, transactions, settings
    ("drop table", "DROP TABLE LOCATED_IN"),
    ("alter add", "ALTER TABLE Place ADD pwned STRING"),
    ("alter rename", "ALTER TABLE Place RENAME TO Spot"),
    ("create table", "CREATE NODE TABLE Pwned(id INT64, PRIMARY KEY(id))"),
    ("create macro", "CREATE MACRO pwned(x) AS x + 1"),
    ("comment on", "COMMENT ON TABLE Place IS 'pwned'"),
    ("begin", "BEGIN TRANSACTION"),
    ("commit", "COMMIT"),
    ("rollback", "ROLLBACK"),
    ("checkpoint", "CHECKPOINT"),
    ("call timeout setting", "CALL timeout=0"),
    ("call threads setting", "CALL threads=1"),
    ("standalone table function", "CALL clear_warnings()"),
    ("project graph", "CALL project_graph('g', ['Place'], ['PART_OF'])"),
    ("current_setting", "CALL current_setting('home_directory') RETURN *"),
    ("explain", "EXPLAIN MATCH (n) RETURN n"),
    ("profile", "PROFILE MATCH (n) RETURN n"),
    ("nextval", "RETURN nextval('pwned')"),
    ("setseed", "RETURN setseed(0.5)"),
    # files and other databases
    ("load from passwd", "LOAD FROM '/etc/passwd' (header=false, delim=':') RETURN *"),
    ("load with headers", "LOAD WITH HEADERS (a STRING) FROM '/etc/passwd' RETURN *"),
    ("load from python object", "LOAD FROM df RETURN *"),
    ("load from param", "LOAD FROM $df RETURN *"),
    ("copy from", "COPY Place FROM '/etc/passwd'"),
    ("copy to", "COPY (MATCH (p:Place) RETURN p.name) TO '{out}'"),
    ("export database", "EXPORT DATABASE '{dir}'"),
    ("import database", "IMPORT DATABASE '{dir}'"),
    ("attach", "ATTACH '{other}' AS o (dbtype lbug)"),
    ("detach database", "DETACH o"),
    ("use", "USE o"),
    ("install", "INSTALL json"),
    ("load extension", "LOAD EXTENSION json"),
    ("read_csv_serial", "CALL read_csv_serial('/etc/passwd') RETURN *"),
    ("read_csv_parallel", "CALL read_csv_parallel('/etc/passwd') RETURN *"),
    ("read_parquet", "CALL read_parquet('/etc/passwd') RETURN *"),
    ("read_npy", "CALL read_npy('/etc/passwd') RETURN *"),
    ("read_json", "CALL read_json('/etc/passwd') RETURN *"),
    ("read_pandas", "MATCH (n) CALL read_pandas('df') RETURN *"),
    ("backticked file function", "CALL `read_csv_serial`('/etc/passwd') RETURN *"),
    ("file function in expression", "RETURN read_csv('/etc/passwd') AS x"),
    # more than one statement
    ("read then create", "RETURN 1; CREATE (:Mechanism {name: 'pwned'})"),
    ("two reads", "MATCH (n:Place) RETURN n.name; MATCH (m:Mechanism) RETURN m.name"),
    ("semicolon in string then drop", "RETURN ';' AS s; DROP TABLE LOCATED_IN"),
    ("comment then second statement", "MATCH (p:Place) RETURN p.name /* */ ; DROP TABLE LOCATED_IN"),
    # case, whitespace and lexer tricks
    ("mixed case create", "cReAtE (:Mechanism {name: 'pwned'})"),
    ("mixed case set", "mAtCh (p:Place) sEt p.name = 'pwned'"),
    ("ideographic space", "MATCH (p:Place)\u3000SET\u3000p.name = 'pwned'"),
    ("no-break space", "MATCH\u00a0(p:Place)\u00a0SET\u00a0p.name = 'pwned'"),
    ("line separator", "MATCH (p:Place)\u2028DETACH\u2028DELETE p"),
    ("zero width space", "MATCH (p:Place) S\u200bET p.name = 'pwned'"),
    ("next line char", "MATCH (p:Place)\x85SET p.name = 'pwned'"),
    ("nul byte", "RETURN 1\x00; CREATE (:Mechanism {name: 'pwned'})"),
    ("fullwidth semicolon", "RETURN 1\uff1b CREATE (:Mechanism {name: 'pwned'})"),
    ("nested comment", "/* /* */ CREATE (:Mechanism {name: 'pwned'}) */"),
    ("star-star-slash comment", "/* **/ CREATE (:Mechanism {name: 'pwned'}) /* */ RETURN 1"),
    ("unterminated comment", "RETURN 1 /* CREATE (:Mechanism {name: 'pwned'})"),
    ("unterminated string", "RETURN 'abc; CREATE (:Mechanism {name: 'pwned'})"),
    ("unterminated double string", 'RETURN "abc\\"; DROP TABLE LOCATED_IN'),
    ("unterminated backtick", "RETURN 1 AS `x; DROP TABLE LOCATED_IN"),
    ("lone carriage return", "RETURN 1 // x\rCREATE (:Mechanism {name: 'pwned'})"),
    ("bad escape", "RETURN 'a\\q' AS s, 1 AS t"),
    ("short unicode escape", "RETURN '\\u12' AS s"),
    ("dollar alone", "RETURN $ CREATE (:Mechanism {name: 'pwned'})"),
    ("neo4j procedure", "CALL dbms.components()"),
    ("neo4j apoc function", "MATCH (n) RETURN apoc.text.join(['a'], ',') AS s"),
    ("method call", "MATCH (p:Place) RETURN p.name.lower() AS s"),
    # engine crashes and hangs refused before the engine sees them
    ("null into id", "WITH NULL AS n RETURN id(n)"),
    ("case of nulls into map_keys", "RETURN map_keys(CASE WHEN false THEN NULL END)"),
    ("null into element_at", "RETURN element_at(NULL, 1)"),
    ("repeat negative", "RETURN repeat('x', -1)"),
    ("factorial", "RETURN 9223372036854775807! AS x"),
    ("cost of path", "MATCH path = (p:Place)-[r:ADOPTED]->(m) RETURN cost(path)"),
    ("deep parens", "RETURN " + "(" * 3000 + "1" + ")" * 3000),
    ("deep brackets", "RETURN " + "[" * 1000 + "1" + "]" * 1000),
    ("huge range", "UNWIND range(1, 2000000000) AS x RETURN count(x)"),
    ("huge negative range", "RETURN size(range(-9223372036854775808, 0)) AS n"),
    ("deep case", "RETURN " + "CASE WHEN true THEN " * 30 + "1" + " END" * 30 + " AS x"),
    ("too long", "RETURN 1 AS x" + " " * 20_000),
    ("empty", "   /* nothing */  "),
]

# Queries that crash Ladybug 0.22 as typed; the guard casts their regular-expression (and a few other)
# string arguments, so they run and give the answer meant, or a clean error ("error"): never a crash.
# (id, cypher, expected rows, None for any, or "error")
REWRITTEN = [
    ("regex on an integer", "MATCH ()-[r:ADOPTED]->() WHERE r.year =~ '20.*' RETURN r.year AS y ORDER BY y",
     [{"y": 2020}, {"y": 2023}]),
    ("regex on a double", "MATCH (p:Place) WHERE p.latitude =~ '3.*' RETURN count(*) AS n", None),
    ("regex with integer pattern", "MATCH (p:Place)-[r:ADOPTED]->() WHERE p.name =~ r.year RETURN count(*) AS n",
     [{"n": 0}]),
    ("regexp_full_match on an integer", "MATCH ()-[r:ADOPTED]->() RETURN regexp_full_match(r.year, '20.*') AS m",
     [{"m": True}, {"m": True}]),
    ("regexp_replace on an integer", "MATCH ()-[r:ADOPTED]->() RETURN regexp_replace(r.year, '2', 'x') AS s ORDER BY s",
     None),
    ("string_split by an integer", "MATCH (p:Place)-[r:ADOPTED]->() RETURN string_split(p.name, r.year) AS parts",
     None),
    ("split_part by a double", "MATCH (p:Place)-[r:ADOPTED]->() RETURN split_part(p.name, r.confidence, 1) AS part",
     None),
    ("list_sort with an integer order", "MATCH ()-[r:ADOPTED]->() RETURN list_sort([2, 1], r.year) AS l", "error"),
    ("integer parameter as pattern", "MATCH (p:Place) WHERE p.name =~ $pattern RETURN count(*) AS n", [{"n": 0}]),
]
REWRITTEN_PARAMS = {"integer parameter as pattern": {"pattern": 2020}}

# Reads that must never be refused: the words of writes in names, strings, maps, comments and
# backticks; UNION, OPTIONAL MATCH, list functions, CASE, subqueries. (id, cypher, params, expected or None)
LEGIT = [
    ("alias in backticks", "MATCH (p:Place) RETURN p.name AS `set` ORDER BY `set` LIMIT 1", None,
     [{"set": "山东省"}]),
    ("bare aliases", "MATCH (p:Place) WHERE p.level = 'province' RETURN p.name AS set, p.code AS delete LIMIT 1", None,
     None),
    ("map keys", "MATCH (p:Place) RETURN {set: 1, delete: 2, load: 'x', `create`: 3} AS m LIMIT 1", None,
     [{"m": {"set": 1, "delete": 2, "load": "x", "create": 3}}]),
    ("line comment", "MATCH (p:Place) // do not delete\nRETURN count(p) AS n", None, [{"n": 4}]),
    ("block comment", "MATCH (p:Place) /* CREATE, SET, DELETE, DROP TABLE; LOAD FROM */ RETURN count(p) AS n", None,
     [{"n": 4}]),
    ("words in a string", "MATCH (p:Place) WHERE p.name <> 'CREATE (:X); DROP TABLE Place' RETURN count(*) AS n", None,
     [{"n": 4}]),
    ("double-quoted string", 'RETURN "it\'s; DETACH DELETE" AS s', None, [{"s": "it's; DETACH DELETE"}]),
    ("escaped quote", "RETURN 'a\\'b; SET x' AS s", None, [{"s": "a'b; SET x"}]),
    ("unicode escape of a quote", "RETURN '\\u0027; CREATE (:X) //' AS s", None, [{"s": "'; CREATE (:X) //"}]),
    ("backtick variable", "MATCH (`delete`:Place) RETURN `delete`.name AS `create` ORDER BY `create` LIMIT 1", None,
     [{"create": "山东省"}]),
    ("property named like a keyword", "WITH {set: 1, copy: 2} AS m RETURN m.set AS s, m.copy + 1 AS c", None,
     [{"s": 1, "c": 3}]),
    ("union", "MATCH (p:Place) WHERE p.level = 'province' RETURN p.name AS n "
              "UNION MATCH (m:Mechanism) RETURN m.name AS n", None, None),
    ("union all", "RETURN 1 AS x UNION ALL RETURN 1 AS x", None, [{"x": 1}, {"x": 1}]),
    ("optional match", "MATCH (p:Place) OPTIONAL MATCH (p)-[r:ADOPTED]->(m:Mechanism) "
                       "RETURN p.name AS place, m.name AS mechanism ORDER BY place", None, None),
    ("list functions", "RETURN list_transform([1, 2, 3], x -> x * 2) AS doubled, "
                       "list_filter([1, 2, 3], x -> x > 1) AS big, size(list_filter([1, 2], x -> x > 1)) AS n", None,
     [{"doubled": [2, 4, 6], "big": [2, 3], "n": 1}]),
    ("case", "MATCH (p:Place) RETURN p.name AS name, CASE WHEN p.level = 'province' THEN 'set' ELSE NULL END AS kind "
             "ORDER BY name", None, None),
    ("regex on a string", "MATCH (p:Place) WHERE p.name =~ '.*市' RETURN p.name AS n ORDER BY n", None,
     [{"n": "烟台市"}, {"n": "苏州市"}]),
    ("exists subquery", "MATCH (p:Place) WHERE EXISTS { MATCH (p)-[:ADOPTED]->(:Mechanism) } RETURN p.name AS n "
                        "ORDER BY n", None, [{"n": "烟台市"}, {"n": "苏州市"}]),
    ("count subquery", "MATCH (p:Place) RETURN p.name AS n, COUNT { MATCH (p)<-[:PART_OF]-(:Place) } AS parts "
                       "ORDER BY n", None, None),
    ("catalogue", "CALL show_tables() RETURN name ORDER BY name", None, None),
    ("table info", "CALL table_info('Place') RETURN name", None, None),
    ("variable length", "MATCH (c:Place)-[:PART_OF*1..3]->(p:Place) RETURN c.name AS child, p.name AS parent "
                        "ORDER BY child", None,
     [{"child": "烟台市", "parent": "山东省"}, {"child": "苏州市", "parent": "江苏省"}]),
    ("with unwind skip limit", "MATCH (p:Place) WITH collect(p.name) AS names UNWIND names AS n "
                               "RETURN n ORDER BY n SKIP 1 LIMIT 2", None, None),
    ("parameters", "MATCH (p:Place) WHERE p.name = $name RETURN p.level AS level", {"name": "苏州市"},
     [{"level": "prefecture"}]),
    ("unicode spaces", "MATCH\u3000(p:Place)\u00a0WHERE p.level = 'province'\u2003RETURN count(*) AS n", None,
     [{"n": 2}]),
    ("casts and typed nulls", "RETURN CAST(NULL AS STRING) AS s, coalesce(CAST(NULL AS INT64), 1) AS one, "
                              "CAST(2.5 AS DECIMAL(5, 2)) AS d", None, None),
    ("null tests", "MATCH (p:Place) WHERE p.longitude IS NOT NULL AND p.seat IS NULL AND p.name CONTAINS '州' "
                   "RETURN p.name AS n ORDER BY n", None, None),
    ("string functions", "MATCH (m:Mechanism) RETURN m.name AS name, size(m.name) AS len, upper('create') AS shout "
                         "ORDER BY len DESC, name", None, None),
    ("paths", "MATCH path = (a:Place)-[:PART_OF]->(b:Place) RETURN length(path) AS hops, "
              "properties(nodes(path), 'name') AS names ORDER BY hops", None, None),
    ("label and aggregate", "MATCH (p:Place)-[r]->(m:Mechanism) RETURN label(r) AS rel, count(*) AS n, "
                            "min(r.year) AS first, max(r.year) AS last, avg(r.confidence) AS conf", None, None),
    ("trailing semicolon", "MATCH (p:Place) RETURN count(*) AS n;", None, [{"n": 4}]),
]


def _sub(cypher: str, paths: dict) -> str:
    return cypher.format(**paths) if "{out}" in cypher or "{dir}" in cypher or "{other}" in cypher else cypher


_WORKER = r"""
import json, sys
from fazhi.graph.ladybug_store import LadybugStore
from fazhi.graph.query_guard import QueryRefused
from fazhi.graph.store import StoreError
db, cases = sys.argv[1], json.load(open(sys.argv[2]))
store = LadybugStore(db, read_only=True)
for case in cases:
    try:
        res = store.read_query(case["cypher"], case.get("params") or {}, timeout_s=20, max_rows=1000)
        out = {"status": "ok", "rows": res.rows, "ran": res.cypher}
    except QueryRefused as e:
        out = {"status": "refused", "msg": str(e)}
    except StoreError as e:
        out = {"status": "error", "msg": str(e)}
    print(json.dumps({"id": case["id"], **out}, ensure_ascii=False, default=str), flush=True)
store.close()
"""


def run_cases(db: Path, cases: list[dict], tmp: Path) -> dict:
    """Run each case in a worker process; a worker that dies takes only the case it was running with it."""
    results, todo, script = {}, list(cases), tmp / "worker.py"
    script.write_text(_WORKER, encoding="utf-8")
    while todo:
        spec = tmp / "cases.json"
        spec.write_text(json.dumps(todo, ensure_ascii=False), encoding="utf-8")
        proc = subprocess.run([sys.executable, str(script), str(db), str(spec)], capture_output=True, text=True,
                              timeout=600, cwd=ROOT)
        for line in proc.stdout.splitlines():
            r = json.loads(line)
            results[r["id"]] = r
        todo = [c for c in todo if c["id"] not in results]
        if todo:  # the worker died on todo[0]
            results[todo[0]["id"]] = {"status": "crash", "rc": proc.returncode, "stderr": proc.stderr[-500:]}
            todo = todo[1:]
    return results


def build(d: Path, docs: dict[str, str] | None = None) -> Path:
    """Load two small reports (or `docs`, name → text, added to the folder) into d/g.lbug."""
    corpus = d / "c"
    corpus.mkdir(exist_ok=True)
    for name, text in (docs or {"a.txt": "甲报告\n2023年，苏州市全面推行“首违不罚”制度。",
                                "b.txt": "乙报告\n2020年，烟台市建立“综合查一次”机制。"}).items():
        (corpus / name).write_text(text, encoding="utf-8")
    db = d / "g.lbug"
    load([str(corpus)], db=str(db), progress=False)
    return db


def snapshot(db: Path) -> dict:
    """Everything a write could change: counts, documents, tables with their comments and columns."""
    store = LadybugStore(str(db), read_only=True)
    try:
        s = store.stats()
        tables = store._rows("CALL show_tables() RETURN name, type, comment ORDER BY name")
        return {"nodes": s["nodes"], "relationships": s["relationships"], "documents": store.documents(),
                "tables": tables,
                "columns": {t["name"]: store._rows(f"CALL table_info('{t['name']}') RETURN *") for t in tables},
                "places": store._rows("MATCH (p:Place) RETURN p.code AS c, p.name AS n ORDER BY c")}
    finally:
        store.close()


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    d = tmp_path_factory.mktemp("guard")
    db = build(d)
    paths = {"out": str(d / "pwned.csv"), "dir": str(d / "pwned-export"), "other": str(d / "pwned.lbug")}
    before = snapshot(db)
    files_before = sorted(os.listdir(d))
    cases = [{"id": i, "cypher": _sub(q, paths)} for i, q in HOSTILE]
    cases += [{"id": i, "cypher": q, "params": REWRITTEN_PARAMS.get(i)} for i, q, _ in REWRITTEN]
    cases += [{"id": i, "cypher": q, "params": p} for i, q, p, _ in LEGIT]
    work = tmp_path_factory.mktemp("guard-run")
    results = run_cases(db, cases, work)
    return {"db": db, "dir": d, "paths": paths, "before": before, "after": snapshot(db), "results": results,
            "files_before": files_before, "files_after": sorted(os.listdir(d))}


def test_enough_cases():
    assert len(HOSTILE) >= 60 and len(LEGIT) >= 20
    assert len({i for i, _ in HOSTILE}) == len(HOSTILE) and len({c[0] for c in LEGIT}) == len(LEGIT)


@pytest.mark.parametrize("case", [i for i, _ in HOSTILE])
def test_hostile_query_is_refused_with_one_line(graph, case):
    r = graph["results"][case]
    assert r["status"] == "refused", r
    assert "\n" not in r["msg"] and r["msg"].strip()
    assert "root:" not in json.dumps(r)


@pytest.mark.parametrize("case", [i for i, _, _ in REWRITTEN])
def test_queries_that_crash_the_engine_run_after_the_cast(graph, case):
    r = graph["results"][case]
    expected = next(e for i, _, e in REWRITTEN if i == case)
    if expected == "error":
        assert r["status"] == "error" and r["msg"], r
        return
    assert r["status"] == "ok", r
    assert "AS STRING)" in r["ran"]
    if expected is not None:
        assert r["rows"] == expected


@pytest.mark.parametrize("case", [c[0] for c in LEGIT])
def test_legitimate_read_is_answered(graph, case):
    r = graph["results"][case]
    assert r["status"] == "ok", r
    expected = next(c[3] for c in LEGIT if c[0] == case)
    if expected is not None:
        assert r["rows"] == expected


def test_no_case_crashed_the_engine(graph):
    crashed = {i: r for i, r in graph["results"].items() if r["status"] == "crash"}
    assert not crashed


def test_nothing_was_written_and_no_file_touched(graph):
    assert graph["after"] == graph["before"]
    for p in graph["paths"].values():
        assert not os.path.exists(p)
    assert graph["files_after"] == graph["files_before"]


# -- the guard on its own --------------------------------------------------------------------------------
def test_named_queries_pass_the_guard_unchanged():
    for q in list_queries():
        c = check(q.cypher)
        assert isinstance(c, Classified) and not c.rewritten and c.cypher == q.cypher, q.name


def test_word_lists_are_consistent():
    w = query_guard.words()
    assert not {f.upper() for f in w.function} & set(w.refused)
    assert not w.file_function & (w.function | w.table_function | w.neo4j_function)
    assert set(w.string_args) <= w.function
    assert w.start <= w.keyword


def test_classification_reports_clauses_and_functions():
    c = check("MATCH (p:Place) OPTIONAL MATCH (p)-[r]->(m) WITH p, count(r) AS n WHERE n > 0 "
              "RETURN lower(p.name) AS s ORDER BY s SKIP 1 LIMIT 2")
    assert c.clauses == ("MATCH", "OPTIONAL MATCH", "WITH", "WHERE", "RETURN", "ORDER", "SKIP", "LIMIT")
    assert c.functions == ("count", "lower")
    assert not c.rewritten


def test_regex_operands_are_cast_exactly():
    c = check("MATCH (p)-[r]->() WHERE r.year =~ '20.*' AND lower(p.name).x =~ $p RETURN 1")
    assert c.cypher == ("MATCH (p)-[r]->() WHERE CAST(r.year AS STRING) =~ '20.*' AND "
                        "CAST(lower(p.name).x AS STRING) =~ CAST($p AS STRING) RETURN 1")
    c = check("RETURN CASE WHEN true THEN 2020 ELSE 1 END =~ '2.*' AS x")
    assert c.cypher == "RETURN CAST(CASE WHEN true THEN 2020 ELSE 1 END AS STRING) =~ '2.*' AS x"


def test_comments_strings_and_names_are_read_like_the_engine():
    kinds = [(t.kind, t.text) for t in tokenize("a /* x */ `b``c` 'd\\'e' \"f\" $g 1.5e3 .5 1..3 // h\n—>")]
    assert kinds == [("word", "a"), ("name", "b`c"), ("string", "d\\'e"), ("string", "f"), ("param", "g"),
                     ("number", "1.5e3"), ("number", ".5"), ("number", "1"), ("punct", ".."), ("number", "3"),
                     ("punct", "-"), ("punct", ">")]


def test_nulls_are_allowed_where_the_engine_types_them():
    for q in ["MATCH (p:Place) WHERE p.x IS NULL OR p.y IS NOT NULL OR p.z = NULL RETURN 1",
              "RETURN CASE WHEN true THEN NULL ELSE 1 END AS x", "RETURN CAST(NULL AS INT64) AS x"]:
        check(q)
    for q in ["RETURN CASE WHEN true THEN NULL END AS x", "RETURN [NULL] AS x", "RETURN coalesce(NULL, NULL) AS x"]:
        with pytest.raises(QueryRefused, match="no type"):
            check(q)
    with pytest.raises(QueryRefused, match="null"):
        query_guard.check_params({"x": None})


def test_neo4j_dialect():
    assert check("CALL db.labels()", "neo4j").functions == ("db.labels",)
    assert check("MATCH ()-[r]->() RETURN type(r), toInteger('1')", "neo4j").functions == ("tointeger", "type")
    assert not check("MATCH (p) WHERE p.name =~ 'x' RETURN p", "neo4j").rewritten
    with pytest.raises(QueryRefused, match=r"label\(r\)"):
        check("MATCH ()-[r]->() RETURN type(r)")
    with pytest.raises(QueryRefused, match="show_tables"):
        check("CALL db.labels()")
    with pytest.raises(QueryRefused):
        check("MATCH (n) CALL apoc.create.node(['X'], {}) YIELD node RETURN node", "neo4j")


def test_neo4j_list_comprehension_reaches_the_engine_and_its_hint():
    check("RETURN [x IN [1, 2] | x * 2] AS l")  # not refused: the engine says what to write instead


# -- the read-only connection, the time limit and the row cap ---------------------------------------------
def test_the_user_connection_is_read_only_in_the_engine(tmp_path):
    db = build(tmp_path)
    store = open_store(str(db), query_only=True)
    try:
        with pytest.raises(RuntimeError, match="read-only"):
            store.conn.execute("CREATE (:Mechanism {name: 'pwned'})")
    finally:
        store.close()
    assert snapshot(db)["nodes"]["Mechanism"] == 2


def test_a_store_opened_for_writing_reads_in_a_read_only_transaction(tmp_path, monkeypatch):
    db = build(tmp_path)
    store = LadybugStore(str(db))
    try:
        # were the guard to miss a write, the engine would still refuse it
        monkeypatch.setattr(query_guard, "check", lambda cypher, dialect="ladybug", **kw: Classified(
            cypher=cypher, original=cypher, clauses=(), functions=()))
        with pytest.raises(StoreError, match="read-only"):
            store.read_query("CREATE (:Mechanism {name: 'pwned'})")
        monkeypatch.undo()
        assert store.read_query("MATCH (m:Mechanism) RETURN count(m) AS n").rows == [{"n": 2}]
        store.conn.execute("MATCH (m:Mechanism) RETURN m")  # the connection is usable again
    finally:
        store.close()
    assert snapshot(db)["nodes"]["Mechanism"] == 2


def test_an_interrupted_load_is_cleaned_before_a_read_only_open(tmp_path):
    db = build(tmp_path)
    store = LadybugStore(str(db))
    store.conn.execute("MATCH (d:Document) WHERE d.name = 'a.txt' DELETE d")  # as if its load had stopped
    store.close()
    store = open_store(str(db), query_only=True)
    try:
        assert store.read_query("MATCH ()-[r:ADOPTED]->() RETURN count(r) AS n").rows == [{"n": 1}]
    finally:
        store.close()


def test_time_limit_and_row_cap(tmp_path):
    db = build(tmp_path)
    store = open_store(str(db), query_only=True)
    try:
        with pytest.raises(QueryTimeout, match="longer than 0.05 s"):
            store.read_query("UNWIND range(1, 100000) AS a UNWIND range(1, 1000) AS b WITH a, b "
                             "WHERE (a * b) % 7 = 3 RETURN count(*)", timeout_s=0.05)
        res = store.read_query("UNWIND range(1, 50) AS x RETURN x", max_rows=10)
        assert [r["x"] for r in res.rows] == list(range(1, 11)) and res.truncated and "first 10 rows" in res.message
        res = store.read_query("UNWIND range(1, 5) AS x RETURN x", max_rows=10)
        assert len(res.rows) == 5 and not res.truncated and res.message is None
    finally:
        store.close()


# -- the command line ------------------------------------------------------------------------------------
def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def fazhi(*args) -> subprocess.CompletedProcess:
    """`fazhi` in its own process: an engine crash is an exit code here, not a dead pytest."""
    return subprocess.run([sys.executable, "-c", "from fazhi.cli import main; main()", *map(str, args)],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)


@pytest.mark.parametrize("cypher", [
    "/* ' */ MATCH (d:Document) DETACH DELETE d /* ' */",
    "/* ' */ COPY (MATCH (p:Place) RETURN p.name) TO '{out}' /* ' */",
    "LOAD FROM '/etc/passwd' (header=false, delim=':') RETURN *",
    "COMMENT ON TABLE Place IS 'pwned'",
    "RETURN 1; CREATE (:Mechanism {name: 'pwned'})",
    "MATCH (n:Place) RETURN n.name; MATCH (m:Mechanism) RETURN m.name",
    "RETURN 'abc",
])
def test_cli_query_refuses_with_one_line(tmp_path, cypher):
    db = build(tmp_path)
    out = tmp_path / "pwned.csv"
    before = snapshot(db)
    r = run("query", cypher.format(out=out) if "{out}" in cypher else cypher, "--db", db)
    assert r.exit_code == 1
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and "Traceback" not in r.stderr
    assert r.stdout == "" and "root:" not in r.output
    assert not out.exists() and snapshot(db) == before


@pytest.mark.parametrize("cypher, code, expect", [
    ("CALL read_csv_serial('/etc/passwd') RETURN *", 1, "reads files"),
    ("CALL read_npy('/etc/passwd') RETURN *", 1, "reads files"),
    ("MATCH (p:Place)-[r:ADOPTED]->() WHERE r.year =~ '20.*' RETURN p.name AS p, r.year AS y ORDER BY y", 0, "2020"),
    ("WITH NULL AS n RETURN id(n)", 1, "no type"),
])
def test_cli_query_on_crash_cases_in_its_own_process(tmp_path, cypher, code, expect):
    db = build(tmp_path)
    p = fazhi("query", cypher, "--db", db, "--format", "json")
    assert p.returncode == code, p.stderr
    assert "Traceback" not in p.stderr
    assert expect in (p.stdout if code == 0 else p.stderr)
    if code:
        assert len(p.stderr.strip().splitlines()) == 1


def test_cli_query_time_limit_and_row_cap(tmp_path):
    db = build(tmp_path)
    r = run("query", "UNWIND range(1, 100000) AS a UNWIND range(1, 1000) AS b WITH a, b WHERE (a * b) % 7 = 3 "
                     "RETURN count(*)", "--db", db, "--timeout", "0.05")
    assert r.exit_code == 1 and "time limit" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    r = run("query", "UNWIND range(1, 50) AS x RETURN x", "--db", db, "--max-rows", "3", "--format", "json")
    assert r.exit_code == 0 and [x["x"] for x in json.loads(r.stdout)] == [1, 2, 3]
    assert "first 3 rows" in r.stderr


def test_cli_named_queries_still_run(tmp_path):
    db = build(tmp_path)
    r = run("query", "--name", "top_mechanisms", "--db", db, "--format", "json")
    assert r.exit_code == 0 and json.loads(r.stdout)


def test_cli_show_query_goes_through_the_guard(tmp_path):
    db = build(tmp_path)
    before = snapshot(db)
    out = tmp_path / "g.html"
    r = run("show", "--query", "/* ' */ MATCH (d:Document) DETACH DELETE d /* ' */", "-o", out, "--db", db)
    assert r.exit_code == 1 and "read-only" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert not out.exists() and snapshot(db) == before
    r = run("show", "--query", "MATCH (p:Place) WHERE p.name =~ '苏.*' RETURN p.name", "-o", out, "--db", db)
    assert r.exit_code == 0 and out.exists()


# -- Neo4j: the same guard, a read session, the server's transaction timeout ----------------------------
NEO4J_SCRIPT = """
import json, sys
from pathlib import Path
from fazhi.graph.load import load
from _bolt import connect
from fazhi.graph.query_guard import QueryRefused
store = connect(sys.argv[1], batch_size=5)
load([Path(sys.argv[2])], store=store)
out = {}
res = store.read_query("MATCH (p:Place)-[r:ADOPTED]->(m:Mechanism) RETURN p.name AS place, r.year AS year "
                       "ORDER BY year", max_rows=1)
out["rows"], out["truncated"] = res.rows, res.truncated
for name, q in [("write", "/* ' */ MATCH (d:Document) DETACH DELETE d /* ' */"),
                ("load csv", "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line"),
                ("subquery", "CALL { CREATE (:Mechanism {name: 'pwned'}) } RETURN 1")]:
    try:
        store.read_query(q)
        out[name] = "ran"
    except QueryRefused as e:
        out[name] = "refused"
out["documents"] = len(store.documents())
print(json.dumps(out, ensure_ascii=False))
"""


def test_neo4j_read_query(tmp_path):
    from test_graph_neo4j import _in_namespace, _why_not

    why = _why_not()
    if why:
        pytest.skip(why)
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("甲报告\n2023年，苏州市全面推行“首违不罚”制度。", encoding="utf-8")
    (corpus / "b.txt").write_text("乙报告\n2022年，烟台市建立“综合查一次”机制。", encoding="utf-8")
    script = tmp_path / "neo4j_read.py"
    script.write_text(NEO4J_SCRIPT, encoding="utf-8")
    out = _in_namespace(tmp_path, script, corpus)
    assert out["rows"] == [{"place": "烟台市", "year": 2022}] and out["truncated"]
    assert out["write"] == out["load csv"] == out["subquery"] == "refused"
    assert out["documents"] == 2
