"""The embedded store: Ladybug (the maintained Kùzu fork), one database file, no server.

Bulk writes go through COPY FROM temporary CSV files (its UNWIND MERGE is 25–50× slower,
../shared/research/engines.md), a batch of documents in one transaction, so the database only
ever holds whole documents: a load killed with SIGKILL is rolled back when the file next opens.
A forget is one transaction too, and exact (graph/support.py).
"""
from __future__ import annotations

import contextlib
import csv
import functools
import glob
import os
import re
import shutil
import tempfile
from typing import Any

import ladybug as lb

from . import io_errors, summaries, support
from .rows import Batch, add_document
from .schema import (DOCUMENTS_QUERY, FACT_PROPS, FACT_RELS, MERGED, NODES, RELS, SUMMARY_NODES, SUMMARY_RELS,
                     key_of, ladybug_ddl)
from .interface import (USER_MAX_ROWS, USER_TIMEOUT_S, QueryResult, QueryTimeout, StoreError, explain_error,
                        timeout_message)
from .query_guard import check_read_only

_TMP_PREFIX = ".fazhi-copy-"


@functools.lru_cache(maxsize=256)
def _row_maker(cols: tuple[str, ...]):
    """A function turning one row (the engine's list of values) into a dict keyed by `cols`: a dict display
    with the keys bound once, about twice as fast as dict(zip(cols, row)) per row (12,100 rows of 9 columns:
    7 → 4 ms). Only indices and k0…kN appear in the generated source; the names themselves are values."""
    if not cols or len(cols) > 64:
        return lambda row: dict(zip(cols, row))
    src = "lambda row: {" + ", ".join(f"k{i}: row[{i}]" for i in range(len(cols))) + "}"
    return eval(src, {f"k{i}": c for i, c in enumerate(cols)})  # noqa: S307 (no user text in src)


def _fetch(res, cols: list[str], max_rows: int | None = None) -> tuple[list[dict], bool]:
    """The rows of a result as dicts, at most `max_rows` (then truncated is True). Reads through the binding's
    own result object, past the wrapper's per-row checks (has_next and get_next each test that the result is
    open and call through a Python method: a third of the time of reading 12,100 rows); a wrapper without
    it is read the documented way."""
    make = _row_maker(tuple(cols))
    raw = getattr(res, "_query_result", None)
    has_next, get_next = (raw.hasNext, raw.getNext) if raw is not None and not getattr(res, "is_closed", False) \
        else (res.has_next, res.get_next)
    rows: list[dict] = []
    add = rows.append
    if max_rows is None:
        while has_next():
            add(make(get_next()))
        return rows, False
    while has_next():
        if len(rows) >= max_rows:
            return rows, True
        add(make(get_next()))
    return rows, False


class LadybugStore:
    kind = "ladybug"

    def __init__(self, path: str, read_only: bool = False):
        """Open the graph at `path`. `read_only`: for reading only (user queries): the engine opens the file
        read-only and refuses every write itself. If the graph then needs upkeep (tables a newer fazhi
        declares, or relationships an interrupted load left), it is opened once for writing to do that
        first, exactly as a writing open would."""
        self.path = path
        self.read_only = read_only
        self._dir = os.path.dirname(os.path.abspath(path))
        # temporary files carry the graph's name: opening one graph for writing removes its own stale files
        # only, never those of a load running on another graph in the same folder
        self._tmp = f"{_TMP_PREFIX}{os.path.basename(os.path.abspath(path))}-"
        # the engine's log and checkpoint files outlive a writer that did not close the graph: one killed, or
        # stopped by a full disk, perhaps inside a commit's checkpoint
        unclean = any(os.path.exists(path + suffix) for suffix in (".wal", ".shadow"))
        if read_only:
            if unclean:
                # a writing open finishes the engine's recovery and squares the graph with its documents
                # (below); while a live writer holds the graph it is refused, and the engine's read-only view
                # (what was last checkpointed) is then right as it is
                with contextlib.suppress(StoreError):
                    LadybugStore(path).close()
            self._open(read_only=True)
            if self._needs_upkeep():
                self.close()
                LadybugStore(path).close()
                self._open(read_only=True)
            self._check_schema()
            return
        self._open(read_only=False)
        try:
            # the folder must take the engine's log and checkpoint files and write_batch's temporary files:
            # find out now, not after an hour of extraction
            os.rmdir(tempfile.mkdtemp(prefix=self._tmp, dir=self._dir))
            for stmt in ladybug_ddl():
                self.conn.execute(stmt)
            self._check_schema()
            for stale in glob.glob(os.path.join(self._dir, glob.escape(self._tmp) + "*")):
                shutil.rmtree(stale, ignore_errors=True)
            # Ladybug does not log COPY: a writer stopped inside a commit's checkpoint (`unclean`) leaves that
            # transaction's logged updates (merged values of shared nodes) without its copied rows (its
            # documents, facts, new nodes), and no dangling fact shows it: square the whole graph then.
            self.recover(full=unclean)
            if summaries.missing(self._rows):
                with self._transaction():
                    self._summarise(None)
        except (RuntimeError, OSError) as e:  # a full disk or a read-only folder: one line, not a traceback
            self.close()
            err = io_errors.write_error(self.path, e)
            if err is None:
                raise
            raise err from None
        except StoreError:
            self.close()
            raise

    def _open(self, read_only: bool) -> None:
        import time

        recovered, deadline = False, time.monotonic() + 10
        while True:
            try:
                self.db = lb.Database(self.path, read_only=read_only)
                self.conn = lb.Connection(self.db)
                return
            except RuntimeError as e:
                held = re.search(r"Lock is held by PID (\d+)", str(e))
                if held:  # another fazhi (a load, or a writer) has the file: say who, in one line
                    raise io_errors.InUse(f"the graph at {self.path} is in use by another process (PID "
                                          f"{held.group(1)}, probably a `fazhi load`): wait for it to finish, then "
                                          "run this again") from None
                if not (read_only and "recovery is pending" in str(e)):
                    raise io_errors.open_error(self.path, e, read_only) from None
            # a writer is inside a checkpoint, or was killed there. A dead one's checkpoint is finished by a
            # writing open (what any later `fazhi load` does first): do that now, so reading works after a
            # crash too. A live one holds the graph: wait for its checkpoint to end, then read what it committed.
            if not recovered:
                try:
                    LadybugStore(self.path).close()
                    recovered = True
                    continue
                except io_errors.InUse:
                    pass
            if time.monotonic() > deadline:
                raise StoreError(f"cannot read the graph at {self.path}: another process has been checkpointing "
                                 "it for 10 s; run this again when it is done")
            time.sleep(0.05)

    def _needs_upkeep(self) -> bool:
        """Would a writing open change anything: a table to declare, or an interrupted load to undo?"""
        tables = {r["name"] for r in self._rows("CALL show_tables() RETURN *")}
        if not set(NODES) | set(RELS) | set(SUMMARY_NODES) | set(SUMMARY_RELS) <= tables:
            return True
        if summaries.missing(self._rows):
            return True
        return not self._facts_add_up() and any(self._dangling(rel) for rel in FACT_RELS)

    def _facts_add_up(self) -> bool:
        """Do the fact relationships number exactly what the documents held say they brought (Document.facts)?
        A document's row and its facts are written, and forgotten, in one transaction, so then no fact can lack
        its document and the pass over every fact (_dangling) is spared: two counts instead (on the 100 MB
        bench graph 0.015 s, against 0.15–0.3 s). Only counts that cancel (a document short of facts and as
        many facts without a document) would slip through, and no write of fazhi's leaves either."""
        stated = self._rows("MATCH (d:Document) RETURN sum(d.facts) AS n")[0]["n"]
        have = sum(self._rows(f"MATCH ()-[r:{rel}]->() RETURN count(r) AS n")[0]["n"] for rel in FACT_RELS)
        return int(stated or 0) == have

    @staticmethod
    def _orphan(rel: str) -> str:
        """Facts of `rel` whose document the graph does not hold. An anti-join on Document's primary key, not
        `NOT r.doc IN $ids`: that tests every fact against the list of every document id, which made each open of
        a 100 MB graph take seconds (facts × documents); this is one pass over the facts."""
        return (f"MATCH ()-[r:{rel}]->() WHERE r.doc IS NOT NULL AND "
                "NOT EXISTS { MATCH (d:Document) WHERE d.id = r.doc }")

    def _dangling(self, rel: str) -> int:
        return self._rows(f"{self._orphan(rel)} RETURN count(r) AS n")[0]["n"]

    def _check_schema(self) -> None:
        for label, (_, props) in NODES.items():
            have = {r["name"] for r in self._rows(f"CALL table_info('{label}') RETURN *")}
            missing = [p for p, _ in props if p not in have]
            if missing:
                raise StoreError(f"the graph at {self.path} was built by an older fazhi ({label} lacks "
                                 f"{', '.join(missing)}): load into a new --db, or delete it and load again")
        for rel in RELS.values():
            have = {(r["source table name"], r["destination table name"])
                    for r in self._rows(f"CALL show_connection('{rel.name}') RETURN *")}
            missing = [f"{a}→{b}" for a, b in rel.pairs if (a, b) not in have]
            if missing:
                raise StoreError(f"the graph at {self.path} was built by an older fazhi ({rel.name} lacks "
                                 f"{', '.join(missing)}): load into a new --db, or delete it and load again")

    # -- reading -------------------------------------------------------------------------------------
    def _rows(self, cypher: str, params: dict | None = None) -> list[dict]:
        res = self.conn.execute(cypher, params or {})
        return _fetch(res, res.get_column_names())[0]

    def query(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict]:
        check_read_only(cypher)
        try:
            return self._rows(cypher, params)
        except RuntimeError as e:
            raise StoreError(explain_error(cypher, str(e))) from None

    def read_query(self, cypher: str, params: dict[str, Any] | None = None, *,
                   timeout_s: float | None = USER_TIMEOUT_S, max_rows: int | None = USER_MAX_ROWS) -> QueryResult:
        """Run a query a user typed: through the guard (graph/query_guard.py), on the read-only connection
        (a store opened with read_only=True; on one opened for writing, inside a read-only transaction,
        which the engine also enforces), stopped after `timeout_s` seconds, at most `max_rows` rows kept."""
        from .query_guard import check, check_params

        c = check(cypher, "ladybug")
        check_params(params)
        conn = self.conn
        conn.set_query_timeout(max(1, round(timeout_s * 1000)) if timeout_s else 0)  # 0 is no limit
        in_tx = False
        try:
            if not self.read_only:
                conn.execute("BEGIN TRANSACTION READ ONLY")
                in_tx = True
            res = conn.execute(c.cypher, params or {})
            if isinstance(res, list):  # more than one statement: the guard lets none through
                raise StoreError("one statement at a time")
            cols = res.get_column_names()
            rows, truncated = _fetch(res, cols, max_rows)
            res.close()
        except RuntimeError as e:
            if str(e).strip().rstrip(".") == "Interrupted":
                raise QueryTimeout(timeout_message(timeout_s or 0)) from None
            raise StoreError(explain_error(cypher, str(e))) from None
        finally:
            if in_tx:
                try:
                    conn.execute("ROLLBACK")
                except RuntimeError:
                    pass
            conn.set_query_timeout(0)
        return QueryResult(rows=rows, columns=cols, truncated=truncated, max_rows=max_rows, cypher=c.cypher)

    def documents(self) -> list[dict]:
        return self._rows(DOCUMENTS_QUERY)

    def stats(self) -> dict:
        nodes = {label: self._rows(f"MATCH (n:{label}) RETURN count(n) AS n")[0]["n"] for label in NODES}
        rels = {name: self._rows(f"MATCH ()-[r:{name}]->() RETURN count(r) AS n")[0]["n"] for name in RELS}
        last = self._rows("MATCH (d:Document) RETURN max(d.loaded_at) AS last")[0]["last"]
        return {"store": "ladybug", "path": self.path, "documents": nodes["Document"], "nodes": nodes,
                "relationships": rels, "last_load": last}

    # -- writing -------------------------------------------------------------------------------------
    def _existing(self, label: str, keys: list[str]) -> set[str]:
        pk = key_of(label)
        found: set[str] = set()
        for i in range(0, len(keys), 5000):
            chunk = keys[i:i + 5000]
            found |= {r["k"] for r in self._rows(f"MATCH (n:{label}) WHERE n.{pk} IN $keys RETURN n.{pk} AS k",
                                                 {"keys": chunk})}
        return found

    def _copy(self, table: str, header: list[str], rows: list[list], tmp: str, options: str = "") -> None:
        if not rows:
            return
        path = os.path.join(tmp, f"{table}-{len(os.listdir(tmp))}.csv")
        with open(path, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            for r in rows:
                w.writerow(["" if v is None else str(v).replace("\n", " ").replace("\r", " ") for v in r])
        opts = "header=true, parallel=false" + (", " + options if options else "")
        self.conn.execute(f"COPY {table} FROM '{path}' ({opts})")

    def write(self, document, facts, extractor: str | None = None) -> None:
        """Store one document and its facts (loads of many documents go through write_batch)."""
        batch = Batch()
        add_document(batch, document, list(facts), extractor)
        self.write_batch(batch)

    def write_batch(self, batch: Batch) -> None:
        """Write a batch in one transaction (or in the held one: hold): a load killed at any point leaves the
        graph as it was before that transaction (Ladybug rolls an unfinished transaction back on the next open)."""
        batch.structural_edges()
        # beside the database, so a killed load leaves nothing elsewhere and the next open removes it
        tmp = tempfile.mkdtemp(prefix=self._tmp, dir=self._dir)
        try:
            with self._transaction():
                for label, rows in batch.nodes.items():
                    if label == "Document":
                        continue
                    have = self._existing(label, list(rows))
                    cols = [p for p, _ in NODES[label][1]]
                    self._copy(label, cols, [[rows[k].get(c) for c in cols] for k in sorted(set(rows) - have)], tmp)
                    if label in MERGED and have:  # nodes other documents brought: merge this batch's values in
                        current = self._merged_values(label, sorted(have))
                        self._set_props(label, support.updates(label, rows, current))
                for (rel, a, b), rows in batch.edges.items():
                    if not RELS[rel].fact:
                        rows = self._new_structural(rel, a, b, rows)
                    cols = ["from", "to"] + ([p for p, _ in FACT_PROPS] if RELS[rel].fact else [])
                    opts = f"from='{a}', to='{b}'" if len(RELS[rel].pairs) > 1 else ""
                    self._copy(rel, cols, [[r.get(c) for c in cols] for r in rows], tmp, opts)
                cols = [p for p, _ in NODES["Document"][1]]
                self._copy("Document", cols, [[d.get(c) for c in cols] for d in batch.documents], tmp)
                self._summaries_changed(summaries.touched(batch.edges))
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    @contextlib.contextmanager
    def _transaction(self):
        """One transaction of its own, or, while one is held (hold), a part of that one: a failure then rolls
        back the whole held transaction (what was committed before it is kept)."""
        if self._held:
            try:
                yield
            except BaseException:
                self.rollback()
                raise
            return
        self.conn.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            try:
                self.conn.execute("ROLLBACK")
            except RuntimeError:
                pass
            raise
        self.conn.execute("COMMIT")

    # A load holds one transaction open across many batches (graph/load.py): committing a COPY is a checkpoint,
    # which rewrites the relationship columns of every node group the transaction touched, so its cost grows
    # with the graph, not with what was copied; COPY itself is cheap. On the 10 MB bench corpus, 9 batches of
    # 300 documents: 14.1 s in 9 transactions (11.8 s of it in COMMIT), 2.1 s + a 0.4 s COMMIT in one.
    # Reads inside the transaction (_existing, _merged_values, _new_structural) see its own uncommitted rows.
    _held = False
    # mechanisms whose summaries the held transaction has changed (None: possibly every one), summarised once,
    # just before it commits: a load's batches keep touching the same mechanisms
    _pending: set[str] | None = frozenset()
    _dirty = False  # the held transaction has changed facts: summarise before it commits

    def hold(self) -> None:
        """Begin a transaction that the writes after it (write_batch, forget) join until commit() or rollback().
        Until then nothing they wrote is durable: a killed load leaves the graph as of the last commit."""
        if not self._held:
            self.conn.execute("BEGIN TRANSACTION")
            self._held = True

    def commit(self) -> None:
        """Commit the held transaction, if any, with the summaries of what it changed."""
        if self._held:
            try:
                if self._dirty:
                    self._summarise(self._pending)
            except BaseException:
                self.rollback()
                raise
            self._held, self._pending, self._dirty = False, frozenset(), False
            self.conn.execute("COMMIT")

    def rollback(self) -> None:
        """Drop the held transaction, if any, and what was written in it."""
        if self._held:
            self._held, self._pending, self._dirty = False, frozenset(), False
            try:
                self.conn.execute("ROLLBACK")
            except RuntimeError:
                pass

    def _merged_values(self, label: str, keys: list[str]) -> dict[str, dict]:
        """Stored values of the label's merged properties (schema.MERGED), by key."""
        pk, props = key_of(label), list(MERGED[label])
        out: dict[str, dict] = {}
        for i in range(0, len(keys), 5000):
            ret = ", ".join(f"n.{p} AS {p}" for p in props)
            for r in self._rows(f"MATCH (n:{label}) WHERE n.{pk} IN $keys RETURN n.{pk} AS k, {ret}",
                                {"keys": keys[i:i + 5000]}):
                out[r.pop("k")] = r
        return out

    def _set_props(self, label: str, changes: dict[str, dict]) -> None:
        pk = key_of(label)
        for prop in MERGED[label]:
            values = [{"k": k, "v": v[prop]} for k, v in changes.items() if prop in v and v[prop] is not None]
            nulls = [k for k, v in changes.items() if prop in v and v[prop] is None]
            if values:
                self.conn.execute(f"UNWIND $rows AS r MATCH (n:{label} {{{pk}: r.k}}) SET n.{prop} = r.v",
                                  {"rows": values})
            if nulls:
                self.conn.execute(f"UNWIND $keys AS k MATCH (n:{label} {{{pk}: k}}) SET n.{prop} = NULL",
                                  {"keys": nulls})

    def replace_derived(self, rel: str, rows: list[dict]) -> int:
        """Replace every relationship of a derived type (INFLUENCED) by `rows` (from, to, its props)."""
        spec = RELS[rel]
        if not spec.props:
            raise ValueError(f"{rel} is not a derived relationship")
        self.conn.execute(f"MATCH ()-[r:{rel}]->() DELETE r")
        a, b = spec.pairs[0]
        # an edge between places the graph no longer holds would fail the whole COPY
        froms, tos = self._existing(a, [r["from"] for r in rows]), self._existing(b, [r["to"] for r in rows])
        rows = [r for r in rows if r["from"] in froms and r["to"] in tos]
        cols = ["from", "to"] + [p for p, _ in spec.props]
        tmp = tempfile.mkdtemp(prefix=self._tmp, dir=self._dir)
        try:
            self._copy(rel, cols, [[r.get(c) for c in cols] for r in rows], tmp)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        return len(rows)

    def _new_structural(self, rel: str, a: str, b: str, rows: list[dict]) -> list[dict]:
        ka, kb = key_of(a), key_of(b)
        froms = sorted({r["from"] for r in rows})
        have = {(r["f"], r["t"]) for r in self._rows(
            f"MATCH (x:{a})-[:{rel}]->(y:{b}) WHERE x.{ka} IN $froms RETURN x.{ka} AS f, y.{kb} AS t", {"froms": froms})}
        return [r for r in rows if (r["from"], r["to"]) not in have]

    def forget(self, ids: list[str]) -> int:
        """Remove documents, their facts, and what only they brought to the rest of the graph (nodes,
        aliases, structural edges: graph/support.py), in one transaction; returns documents removed."""
        ids = list(ids)
        gone = [support.Support.loads(r["s"]) for r in
                self._rows("MATCH (d:Document) WHERE d.id IN $ids RETURN d.support AS s", {"ids": ids})]
        if not gone:
            return 0
        mechanisms = summaries.touched_by_documents(self._rows, ids)
        with self._transaction():
            for rel in FACT_RELS:
                self.conn.execute(f"MATCH ()-[r:{rel}]->() WHERE r.doc IN $ids DELETE r", {"ids": ids})
            self.conn.execute("MATCH (d:Document) WHERE d.id IN $ids DELETE d", {"ids": ids})
            touched = set().union(*(s.keys() for s in gone))
            self._reconcile(touched, set().union(*(s.edges for s in gone)))
            self._summaries_changed(mechanisms)
        return len(gone)

    def _reconcile(self, touched: set, touched_edges: set) -> None:
        """Bring `touched` nodes and structural edges in line with the documents the graph holds."""
        kept = [support.Support.loads(r["s"]) for r in self._rows("MATCH (d:Document) RETURN d.support AS s")]
        current = {label: self._merged_values(label, sorted(k for lb_, k in touched if lb_ == label))
                   for label in MERGED}
        p = support.plan(touched, touched_edges, kept, current)
        for label, keys in p.drop_nodes.items():
            pk = key_of(label)
            for i in range(0, len(keys), 5000):
                self.conn.execute(f"MATCH (n:{label}) WHERE n.{pk} IN $keys DETACH DELETE n",
                                  {"keys": keys[i:i + 5000]})
        for label, changes in p.set_props.items():
            self._set_props(label, changes)
        for rel, a, f, b, t in p.drop_edges:
            self.conn.execute(f"MATCH (x:{a} {{{key_of(a)}: $f}})-[r:{rel}]->(y:{b} {{{key_of(b)}: $t}}) DELETE r",
                              {"f": f, "t": t})

    # -- summaries (graph/summaries.py) ----------------------------------------------------------------
    def _summaries_changed(self, mechanisms: set[str] | None) -> None:
        """The facts of these mechanisms (None: of any) changed in the current transaction: summarise them now,
        or, in a held transaction, once before it commits."""
        if not self._held:
            self._summarise(mechanisms)
            return
        self._dirty = True
        if mechanisms is None or self._pending is None:
            self._pending = None
        else:
            self._pending = self._pending | mechanisms

    def _summarise(self, mechanisms: set[str] | None) -> None:
        """Replace the summaries of these mechanisms (None: of every one) by what their facts give now, and the
        pages' index (QueryPage) as a whole."""
        tmp = tempfile.mkdtemp(prefix=self._tmp, dir=self._dir)
        try:
            if mechanisms is None or mechanisms:
                self._summarise_mechanisms(mechanisms, tmp)
            self.conn.execute("MATCH (x:QueryPage) DELETE x")
            cols = [p for p, _ in SUMMARY_NODES["QueryPage"][1]]
            self._copy("QueryPage", cols, [[r[c] for c in cols] for r in summaries.page_rows(self._rows)], tmp)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    def _summarise_mechanisms(self, mechanisms: set[str] | None, tmp: str) -> None:
        first, mech = summaries.compute(self._rows, mechanisms)
        for cypher, params in summaries.deletions(mechanisms):
            self.conn.execute(cypher, params)
        cols = ["from", "to"] + [p for p, _ in SUMMARY_RELS["FIRST_ADOPTION"][2]]
        self._copy("FIRST_ADOPTION", cols, [[r[c] for c in cols] for r in first], tmp)
        # (not COPY: a list of place names has no CSV spelling that every name survives; a few thousand rows)
        props = ", ".join(f"{p}: r.{p}" for p, _ in SUMMARY_NODES["MechanismSummary"][1])
        for i in range(0, len(mech), summaries.CHUNK):
            self.conn.execute(f"UNWIND $rows AS r CREATE (:MechanismSummary {{{props}}})",
                              {"rows": mech[i:i + summaries.CHUNK]})

    def recover(self, full: bool = False) -> None:
        """Writes are transactions, so a killed load leaves nothing half-written; this is the safety net for
        anything else that left facts whose document is missing: remove them, and reconcile the whole graph
        with the documents it holds (also when `full`)."""
        dangling = 0 if self._facts_add_up() else sum(self._dangling(rel) for rel in FACT_RELS)
        if not (dangling or full):
            return
        with self._transaction():
            for rel in FACT_RELS if dangling else ():
                self.conn.execute(f"{self._orphan(rel)} DELETE r")
            self._reconcile(*support.everything(self._rows))
            self._summaries_changed(None)

    def close(self) -> None:
        self.rollback()  # a transaction still held was not meant to be kept (load commits what it keeps)
        try:
            self.conn.close()
            self.db.close()
        except Exception:  # closing twice, or an engine without close(), is harmless
            pass
