"""Graph commands: load, query, queries, stats, forget, export, show."""
from __future__ import annotations

import os
import sys

import click

from fazhi.graph.output import emit

_db = click.option("--db", envvar="FAZHI_DB", default=None, metavar="PATH",
                   help="Embedded graph database (default: $FAZHI_DB, else ./fazhi.lbug; a command that reads "
                        "also finds out/fazhi.lbug, which `make run` builds).")
_neo4j = click.option("--neo4j", metavar="URI",
                      help="Use Neo4j at bolt://… instead (credentials: NEO4J_USER, NEO4J_PASSWORD).")
_fmt = click.option("--format", "fmt", type=click.Choice(["table", "csv", "json", "jsonl"]), default="table",
                    show_default=True)


def _graph(db, neo4j):
    """The embedded graph a command works on, when it needs one that exists: --db or $FAZHI_DB, else
    ./fazhi.lbug, else out/fazhi.lbug (what `make run` builds), said on stderr. None for Neo4j."""
    from fazhi.graph.store import MAKE_RUN_DB, default_db

    if neo4j:
        return None
    if db:
        return db
    path = default_db(reading=True)
    if path == MAKE_RUN_DB:
        click.echo(f"note: using {MAKE_RUN_DB}, the graph `make run` built (--db or FAZHI_DB chooses another)", err=True)
    return path


def _open(db, neo4j, read_only=True, query_only=False):
    from fazhi.graph.store import StoreError, open_store

    try:
        return open_store(db=_graph(db, neo4j), neo4j=neo4j, read_only=read_only, query_only=query_only)
    except StoreError as e:
        raise click.ClickException(str(e))


def _params(pairs):
    out = {}
    for p in pairs:
        if "=" not in p:
            raise click.BadParameter(f"{p!r}: write name=value", param_hint="-p")
        k, v = p.split("=", 1)
        out[k] = int(v) if v.lstrip("-").isdigit() else v
    return out


@click.command("load")
@click.argument("paths", nargs=-1, required=True)
@_db
@_neo4j
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Processes that read and extract documents in parallel.")
@click.option("--progress/--no-progress", "show_progress", default=None,
              help="Progress bar on stderr (default: when stderr is a terminal).")
def load_cmd(paths, db, neo4j, workers, show_progress):
    """Load documents into the graph: read, extract facts, store them.

    Loading is idempotent: unchanged files (same content hash) are skipped, a changed file
    replaces its earlier facts, and an interrupted load is finished by running it again.

    A file that cannot be read, or whose reading or extraction fails or runs past its time cap
    (FAZHI_READ_SECONDS, FAZHI_EXTRACT_SECONDS), is named on stderr and the others go on.

    \b
    Examples:
      fazhi load ../shared/corpus
      fazhi load reports/ --db reports.lbug --workers 2
      NEO4J_PASSWORD=… fazhi load reports/ --neo4j bolt://localhost:7687
    """
    from fazhi.graph.load import load
    from fazhi.graph.store import StoreError

    try:
        summary = load(paths, db=db, neo4j=neo4j, workers=workers, progress=show_progress)
    except StoreError as e:  # the graph cannot be opened or written (in use, not a graph, read-only, full): one line
        raise click.ClickException(str(e))
    for path, note in summary.warnings:
        click.echo(f"warning {path}: {note}", err=True)
    if summary.passed_over:
        kinds = ", ".join(sorted({os.path.splitext(p)[1].lower() for p in summary.passed_over}))
        n = len(summary.passed_over)
        click.echo(f"passed over {n} data file{'s' if n != 1 else ''} ({kinds}) in the folders: tables and "
                   "annotations are not documents (name a file on its own to be told why)", err=True)
    for e in summary.errors:
        click.echo(f"skipped {e.path}: {e.problem}", err=True)
    s = summary.as_dict()
    click.echo(f"documents: {s['loaded']} loaded, {s['unchanged']} unchanged, {s['replaced']} replaced, "
               f"{s['skipped']} skipped; facts written: {s['facts']}", err=True)
    sys.exit(1 if summary.skipped else 0)


@click.command("query")
@click.argument("cypher", required=False)
@click.option("--name", "name", metavar="NAME", help="Run a named query from the library (see `fazhi queries`).")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE", help="Query parameter (repeatable).")
@click.option("--timeout", "timeout_s", type=click.FloatRange(min=0), default=30.0, show_default=True,
              metavar="SECONDS", help="Stop the query after this long (0: no limit).")
@click.option("--max-rows", type=click.IntRange(min=1), default=10_000, show_default=True,
              help="A typed query: print at most this many rows (a note on stderr says when more were cut off). "
                   "A named query pages with --limit and --offset instead.")
@click.option("--limit", type=click.IntRange(min=0), default=None, metavar="N",
              help="With --name: print at most N rows (default 1000; 0 for every row). A note on stderr says "
                   "when more rows follow and which --offset gives the next page.")
@click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True, metavar="N",
              help="With --name: skip the first N rows of the query's order (the next page).")
@click.option("--max-memory", type=click.IntRange(min=64), default=None, metavar="MB",
              help="Stop the query when it needs more memory than this (default: $FAZHI_QUERY_MEMORY or 2048). "
                   "Embedded store only: Neo4j's server sets its own.")
@_db
@_neo4j
@_fmt
def query_cmd(cypher, name, params, timeout_s, max_rows, limit, offset, max_memory, db, neo4j, fmt):
    """Run a read-only Cypher query and print its rows.

    The embedded store speaks Kùzu-style Cypher: label(r) for a relationship's type,
    CAST(x AS INT64) for toInteger(x); the error message says so when a Neo4j spelling is used.

    Queries only read: the graph is opened read-only, and a query is refused (one line, exit 1)
    unless it is one statement of reading clauses (MATCH, OPTIONAL MATCH, WHERE, WITH, UNWIND,
    RETURN, ORDER BY, SKIP, LIMIT, UNION, CALL show_tables() ...) calling read-only functions.
    No files are read or written; run several statements one after another.

    A column without AS is named as the query writes it (count(*), label(r)). In the table and CSV,
    nodes, relationships and paths read in one line ((Place 烟台市 370600), [:ADOPTED 2021 《article》
    file.txt]) and a column of document ids gets each document's file name and title beside it.

    On the embedded store the query runs in a child process with a memory limit (--max-memory), so a
    query that would take too much memory, or crash the engine, is stopped with one line and the graph,
    opened read-only there, is unharmed.

    A named query (--name) prints a page of its rows, 1000 by default, in its own order: --limit N and
    --offset N choose the page (--limit 0 prints every row), and a note on stderr says when more rows
    follow. The rows of a page are those of the whole result at the same positions. A typed query
    says SKIP and LIMIT itself; --max-rows caps it.

    \b
    Examples:
      fazhi query "MATCH (p:Place)-[r:ADOPTED]->(m:Mechanism) RETURN p.name, m.name, r.year LIMIT 10"
      fazhi query "MATCH (p:Place)-[r:ADOPTED]->(m:Mechanism {name: \\$m}) RETURN p.name, r.year" -p m=综合查一次
      fazhi query --name demonstration_cities --format csv
      fazhi query --name demonstration_before_after --limit 100 --offset 200
      fazhi query --name pioneers --limit 0 --format csv > pioneers.csv
    """
    from fazhi.graph.interface import QueryResult
    from fazhi.graph.query_worker import QueryPool
    from fazhi.graph.store import StoreError, dialect_notes

    if bool(cypher) == bool(name):
        raise click.UsageError("give either a CYPHER query or --name NAME")
    if cypher and (limit is not None or offset):
        raise click.UsageError("--limit and --offset page a named query (--name); a typed query says SKIP and "
                               "LIMIT itself")
    values = _params(params)
    if name:
        from fazhi.queries.library import DEFAULT_LIMIT, get_query

        try:
            q = get_query(name)
        except KeyError as e:
            raise click.ClickException(str(e.args[0]))
        try:
            cypher, values = q.cypher, q.default_params(**values)
        except ValueError as e:  # -p limit=abc for an int parameter
            raise click.ClickException(str(e))
        limit = DEFAULT_LIMIT if limit is None else limit
    # the embedded graph: in a child process with a memory cap (graph/query_worker.py); Neo4j: in-process,
    # its server enforcing the limits
    store = _open(db, neo4j, query_only=True) if neo4j else None
    try:
        pool = None if neo4j else QueryPool(_graph(db, neo4j), memory_mb=max_memory)
    except StoreError as e:
        raise click.ClickException(str(e))
    run = store.read_query if neo4j else pool.read_query
    page = None
    try:
        if name:  # a page of the named query (queries/library.py run_query), the engine told SKIP/LIMIT
            from fazhi.queries.library import run_query

            try:
                page = run_query(store or pool, q, values, limit=limit, offset=offset, timeout_s=timeout_s or None)
            except ValueError as e:
                raise click.ClickException(str(e))
            result = QueryResult(rows=page.rows, columns=page.columns, cypher=cypher)
        else:
            result = run(cypher, values, timeout_s=timeout_s or None, max_rows=max_rows)
        rows, columns = _for_people(result, cypher, fmt, run, store)
    except StoreError as e:
        raise click.ClickException(str(e))
    finally:
        (store or pool).close()
    if not neo4j and not name:
        for note in dialect_notes(cypher):
            click.echo(f"note: {note}", err=True)
    emit(rows, fmt, columns=columns)
    if result.truncated:
        click.echo(f"note: {result.message}", err=True)
    if page is not None and page.hint():
        click.echo(f"note: {page.hint()}", err=True)


def _for_people(result, cypher: str, fmt: str, run, store):
    """Rows and columns as `fazhi query` prints them (graph/results.py): an unaliased column named as the
    query writes it; for table and CSV, nodes, relationships and paths in one line and a document id with
    its file name and title beside it."""
    from fazhi.graph.results import readable_columns, readable_rows, renamed

    columns = readable_columns(result.cypher or cypher, result.columns)
    rows = renamed(result.rows, result.columns, columns)
    if fmt not in ("table", "csv") or not rows:
        return rows, columns
    docs = {}
    if any(isinstance(v, (dict, list)) or (isinstance(v, str) and len(v) == 64) for r in rows for v in r.values()):
        listed = store.documents() if store is not None else run(
            "MATCH (d:Document) RETURN d.id AS id, d.name AS name, d.title AS title", {}, timeout_s=None,
            max_rows=None).rows
        docs = {d["id"]: d for d in listed}
    return readable_rows(rows, columns, docs, short_hash=fmt == "table")


@click.command("queries")
@_fmt
def queries_cmd(fmt):
    """List the named research queries (run one with `fazhi query --name NAME`)."""
    from fazhi.queries.library import list_queries

    # params as NAME:TYPE=EXAMPLE, an empty example shown as "" so it is visible
    emit(({"name": q.name, "title": q.title,
           "params": " ".join(f"{p.name}:{p.type}={p.example if p.example != '' else chr(34) * 2}"
                              for p in q.param_specs),
           "description": q.description}
          for q in list_queries()), fmt, max_width=90)


@click.command("stats")
@_db
@_neo4j
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def stats_cmd(db, neo4j, fmt):
    """Counts per label and relationship type, documents, and the last load."""
    store = _open(db, neo4j)
    try:
        s = store.stats()
    finally:
        store.close()
    if fmt == "json":
        emit([s], "json")
        return
    rows = [{"kind": "node", "name": k, "count": v} for k, v in s["nodes"].items()]
    rows += [{"kind": "relationship", "name": k, "count": v} for k, v in s["relationships"].items()]
    emit(rows, "table")
    click.echo(f"documents: {s['documents']}   last load: {s['last_load']}")


@click.command("forget")
@click.argument("docs", nargs=-1, required=True)
@_db
@_neo4j
def forget_cmd(docs, db, neo4j):
    """Remove documents (file name, path or id) and every fact only they support.

    A name that matches no document is named on stderr (the others are still forgotten) and the
    exit status is 1. `fazhi query "MATCH (d:Document) RETURN d.name, d.path"` lists them.
    """
    from fazhi.graph.load import forget, matching_documents
    from fazhi.graph.store import StoreError

    path = _graph(db, neo4j)
    store = _open(path, neo4j)
    try:
        _, unmatched = matching_documents(store.documents(), docs)
    finally:
        store.close()
    n = 0
    if len(unmatched) < len(docs):
        try:
            n = forget(docs, db=path, neo4j=neo4j)
        except StoreError as e:  # a graph it may read but not write, a full disk: one line
            raise click.ClickException(str(e))
    for u in unmatched:
        click.echo(f"no document called {u!r} in the graph (give a file name, a path or an id)", err=True)
    click.echo(f"forgot {n} document(s)", err=True)
    if n == 0 or unmatched:
        sys.exit(1)


_DIFFUSION_TABLES = ("adoptions", "panel", "cascades", "network")


@click.command("export")
@click.argument("what", type=click.Choice(["facts", "graphml", "gexf", "neo4j-csv", *_DIFFUSION_TABLES]))
@click.option("-o", "--output", metavar="PATH", help="File (directory for neo4j-csv); facts go to stdout without it.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True,
              help="For `facts`.")
@click.option("--mechanism", "mechanisms", metavar="NAME", multiple=True,
              help="adoptions/panel: only this mechanism (any of its names; repeatable).")
@click.option("--top", type=click.IntRange(min=0), default=10, show_default=True,
              help="panel without --mechanism: the N mechanisms adopted by the most places; 0 for every mechanism "
                   "(what the export gave before --top existed; its rows grow with mechanisms × places × years).")
@click.option("--shape", type=click.Choice(["years", "spells"]), default="years", show_default=True,
              help="panel: one row per place, mechanism and year at risk; or spells, one row per run of years "
                   "with the same covariates (start, stop], for Surv(start, stop, adopted) or stset.")
@click.option("--level", "levels", multiple=True, type=click.Choice(["province", "prefecture", "county", "township"]),
              help="panel: the units at risk (repeatable; default prefecture and county).")
@click.option("--universe", type=click.Choice(["graph", "divisions"]), default="graph", show_default=True,
              help="panel: the places of those levels in the graph, or every such division.")
@click.option("--until", type=int, metavar="YEAR", help="panel: the last year (default: the last adoption year of the mechanisms exported).")
@click.option("--km", "neighbour_km", type=float, default=100.0, show_default=True,
              help="panel: the radius for counting neighbouring adopters.")
@click.option("--basis", type=click.Choice(["any", "stated"]), default="any", show_default=True,
              help="adoptions/panel/cascades/network: also use article dates as upper bounds, or stated years only.")
@_db
@_neo4j
def export_cmd(what, output, fmt, mechanisms, top, shape, levels, universe, until, neighbour_km, basis, db, neo4j):
    """Export the graph for R/Stata/pandas, Gephi or neo4j-admin.

    \b
    facts       every fact with its provenance (jsonl or csv)
    graphml     the graph for networkx / yEd
    gexf        the graph for Gephi (year as a dynamic attribute: Gephi's timeline)
    neo4j-csv   files for neo4j-admin import
    adoptions   one row per place and mechanism: first year and its basis, coordinates (SPID-style)
    panel       place-year risk sets per mechanism for event-history models, with lagged
                province share, neighbours within --km and promotions; the --top 10
                most adopted mechanisms unless --mechanism names some (--top 0: all)
    cascades    node_name, event_time, cascade_id: what R NetworkInference reads
    network     who learns from whom, inferred from adoption times (NetInf)

    \b
    Examples:
      fazhi export facts --format csv -o facts.csv
      fazhi export adoptions -o adoptions.csv
      fazhi export panel --level prefecture --universe divisions --until 2025 -o panel.csv
      fazhi export panel --mechanism 首违不罚 --mechanism 综合查一次 --shape spells -o spells.csv
      fazhi export cascades -o cascades.csv      # R: NetworkInference::as_cascade_long(read.csv(...))
      fazhi export gexf -o diffusion.gexf
      fazhi export neo4j-csv -o neo4j-import/   # then see neo4j-import/README.txt
    """
    if what != "facts" and not output:
        raise click.UsageError(f"`export {what}` needs -o PATH")
    store = _open(db, neo4j)
    try:
        if what not in _DIFFUSION_TABLES:  # (networkx: a fifth of a second the diffusion tables do without)
            from fazhi.graph import export
        if what in _DIFFUSION_TABLES:
            n = _export_diffusion(store, what, output, mechanisms=mechanisms, top=top, shape=shape,
                                  levels=tuple(levels), universe=universe, until=until, neighbour_km=neighbour_km,
                                  basis=basis)
            click.echo(f"wrote {output}: {n} rows", err=True)
        elif what == "facts":
            n = export.write_facts(store, output, fmt, out=sys.stdout)
            click.echo(f"{n} facts", err=True)
        elif what == "graphml":
            g = export.write_graphml(store, output)
            click.echo(f"wrote {output}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges", err=True)
        elif what == "gexf":
            g = export.write_gexf(store, output)
            click.echo(f"wrote {output}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges", err=True)
        else:
            files = export.write_neo4j_csv(store, output)
            click.echo(f"wrote {len(files)} files to {output}; see {output}/README.txt", err=True)
    except LookupError as e:
        raise click.ClickException(str(e))
    finally:
        store.close()


def _export_diffusion(store, what, output, *, mechanisms, top, shape, levels, universe, until, neighbour_km,
                      basis) -> int:
    from fazhi.queries import diffusion_export as dx
    from fazhi.queries.diffusion import Mechanisms, adoptions

    if what == "panel":
        # written as it is made: a panel of every mechanism on a large graph has tens of millions of rows
        return dx.write_panel(store, output, shape=shape, levels=levels or ("prefecture", "county"),
                              universe=universe, until=until, neighbour_km=neighbour_km, basis=basis,
                              mechanism=list(mechanisms) or None, top=top or None)
    mechs = Mechanisms(store)
    items = adoptions(store, sorted({mechs.resolve(m) for m in mechanisms}) if mechanisms else None, mechs)
    if what == "adoptions":
        if basis == "stated":
            items = [a for a in items if a.year_basis == "stated"]
        return dx.write_csv(dx.adoption_rows(items), output, dx.ADOPTION_COLUMNS)
    if what == "cascades":
        return dx.write_csv(dx.cascade_rows(items, basis), output, dx.CASCADE_COLUMNS)
    return dx.write_csv(dx.network_rows(items, basis), output, dx.NETWORK_COLUMNS)


@click.command("show")
@click.option("--place", metavar="NAME", help="Centre on a place: its name as you would type it (烟台, 烟台市) or its code.")
@click.option("--mechanism", metavar="NAME", help="Centre on a mechanism: its name, an alias or a brand.")
@click.option("--award", metavar="NAME", help="Centre on an award or honour.")
@click.option("--query", "cypher", metavar="CYPHER",
              help="Draw what a read-only query returns: nodes, relationships, paths, or names (each with its "
                   "neighbours up to --depth).")
@click.option("--name", "named", metavar="NAMED", help="Draw what a named query returns (see `fazhi queries`).")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE", help="Query parameter (repeatable).")
@click.option("--depth", type=click.IntRange(1, 4), default=1, show_default=True, help="Hops around the centre.")
@click.option("--years", metavar="FROM-TO", help="Only facts of these years: 2018-2022, 2018-, -2022 or 2021.")
@click.option("--year-from", type=int, help="Leave out facts before this year (the same as --years FROM-).")
@click.option("--year-to", type=int, help="Leave out facts after this year (the same as --years -TO).")
@click.option("--undated", type=click.Choice(["keep", "drop"]), default="keep", show_default=True,
              help="Facts that state no year: keep them, or leave them out.")
@click.option("--max-nodes", type=click.IntRange(min=0), default=400, show_default=True,
              help="Past this many nodes the page groups places into provinces and mechanisms into categories "
                   "(0: never).")
@click.option("-o", "--output", default="graph.html", show_default=True, metavar="FILE.html")
@click.option("--open", "open_it", is_flag=True, help="Open the page in the default browser.")
@_db
@_neo4j
def show_cmd(place, mechanism, award, cypher, named, params, depth, years, year_from, year_to, undated, max_nodes,
             output, open_it, db, neo4j):
    """Write an interactive page of the graph (one self-contained file; it works offline).

    Without --place/--mechanism/--award/--query/--name it draws the whole graph. Names are
    read as a person types them (烟台 → 烟台市); an unknown name lists the closest ones.

    The page: colour and shape by label with a legend for node labels and relationship types (click
    an entry to hide it), a year range and a switch for facts without a year, node size by
    adoption count or neighbours; hover a node for its code, level and aliases, an edge for its
    facts (year and where it comes from, the evidence, the article and the document's file name).

    
    Examples:
      fazhi show -o overview.html
      fazhi show --place 烟台 -o yantai.html --open
      fazhi show --mechanism 综合查一次 --depth 2 --years 2018-2023 --undated drop -o zonghe.html
      fazhi show --query "MATCH p=(:Place)-[:PIONEERED]->(:Mechanism) RETURN p" -o pioneers.html
      fazhi show --name adoption_timeline -p mechanism=述法 -o shufa.html
    """
    from fazhi.graph.store import StoreError
    from fazhi.graph.view import build, parse_years, render

    chosen = [o for o, v in (("--place", place), ("--mechanism", mechanism), ("--award", award),
                             ("--query", cypher), ("--name", named)) if v]
    if any(o in chosen for o in ("--query", "--name")) and len(chosen) > 1:
        raise click.UsageError(f"{' and '.join(chosen)}: draw either around names or a query's results")
    if params and not (cypher or named):
        raise click.UsageError("-p gives a parameter to --query or --name")
    try:
        y0, y1 = parse_years(years)
    except ValueError as e:
        raise click.BadParameter(str(e), param_hint="--years")
    if years and (year_from is not None or year_to is not None):
        raise click.UsageError("give --years or --year-from/--year-to, not both")
    if not years:
        y0, y1 = year_from, year_to
    values = _params(params)
    store = _open(db, neo4j, query_only=True)
    try:
        view = build(store, place=place, mechanism=mechanism, award=award, query=cypher, name=named, params=values,
                     depth=depth, year_from=y0, year_to=y1, undated=undated, max_nodes=max_nodes or None)
    except KeyError as e:  # an unknown named query
        raise click.ClickException(str(e.args[0]))
    except (LookupError, StoreError, ValueError) as e:
        raise click.ClickException(str(e))
    finally:
        store.close()
    path = render(view, output)
    for note in view.notes:
        click.echo(f"note: {note}", err=True)
    click.echo(f"wrote {path}: {view.summary}", err=True)
    click.echo(str(path))
    if open_it:
        import webbrowser

        webbrowser.open(path.resolve().as_uri())


COMMANDS = [load_cmd, query_cmd, queries_cmd, stats_cmd, forget_cmd, export_cmd, show_cmd]
