"""Diffusion commands: spread (one mechanism's timeline, curve, grid, map) and infer (who learns from whom).

The tables for R/Stata/pandas/Gephi are `fazhi export adoptions|panel|cascades|network` (cli_graph).
"""
from __future__ import annotations

import json
import sys

import click

from fazhi.cli_graph import _db, _neo4j, _open
from fazhi.graph.output import emit


@click.command("spread")
@click.argument("mechanism")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True,
              help="json also carries the curve, the province × year grid and the promotions.")
@click.option("--plot", metavar="FILE.png|svg", help="Draw the cumulative adoption curve.")
@click.option("--map", "map_path", metavar="FILE.png|svg|html",
              help="Draw the adopters on a map of China's divisions, coloured by first year (html: with the table).")
@_db
@_neo4j
def spread_cmd(mechanism, fmt, plot, map_path, db, neo4j):
    """How one mechanism spread: who adopted it when, who claims it first, who promoted it.

    MECHANISM may be any name the graph knows for it: a brand or local name counts for the generic
    mechanism (天府入企码 → 扫码入企). A place's first year is the year a document states, or else
    the date of the article reporting it (an upper bound); `year_basis` says which.

    \b
    Examples:
      fazhi spread 综合查一次
      fazhi spread 首违不罚 --map spread.html --plot curve.png
      fazhi spread 扫码入企 --format json > spread.json
    """
    from fazhi.queries.diffusion import spread

    store = _open(db, neo4j)
    try:
        sp = spread(store, mechanism)
    except LookupError as e:
        raise click.ClickException(str(e))
    finally:
        store.close()
    rows = sp.timeline()
    if fmt == "json":
        years, grid = sp.grid()
        json.dump({"mechanism": sp.mechanism, "names": list(sp.names), "adopters": rows,
                   "curve": [{"year": y, "new": n, "cumulative": c} for y, n, c in sp.curve()],
                   "grid": {"years": years, "provinces": [{"province": p, "counts": c} for p, c in grid]},
                   "promotions": [p.__dict__ for p in sp.promotions]},
                  sys.stdout, ensure_ascii=False, indent=1)
        click.echo()
    elif fmt == "csv":
        emit(rows, "csv")
    else:
        dated = len(sp.dated)
        click.echo(f"{sp.mechanism}: {len(rows)} adopters ({dated} with a year), "
                   f"{len(sp.pioneers)} pioneer claims, {len(sp.promotions)} promotions"
                   + (f"; names counted: {'、'.join(sp.names)}" if len(sp.names) > 1 else ""))
        emit(rows, "table", max_width=40)
        curve = sp.curve()
        if curve:
            click.echo("\ncumulative: " + "  ".join(f"{y}:{c}" for y, _, c in curve))
            years, grid = sp.grid()
            click.echo()
            emit([{"province": p, **{str(y): c for y, c in zip(years, counts)}} for p, counts in grid], "table")
        if sp.promotions:
            click.echo("\npromotions:")
            emit([{"year": p.year, "body": p.body, "evidence": p.evidence} for p in sp.promotions], "table",
                 max_width=50)
    _draw(sp, plot, map_path)


def _draw(sp, plot, map_path):
    from fazhi.queries import spread_plots

    for path, draw in ((plot, spread_plots.plot_curve), (map_path, spread_plots.plot_map)):
        if path:
            click.echo(f"wrote {draw(sp, path)}", err=True)


@click.command("infer")
@click.option("-o", "--output", metavar="FILE.csv", help="Also write the edges (origin_node, destination_node, …).")
@click.option("--basis", type=click.Choice(["any", "stated"]), default="any", show_default=True,
              help="Use article dates as upper bounds of undated adoptions, or stated years only.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@_db
@_neo4j
def infer_cmd(output, basis, fmt, db, neo4j):
    """Infer who learns from whom from adoption times and store it as INFLUENCED (Place → Place).

    Each mechanism with two or more dated adopters is a cascade; the network that best explains all
    cascades under an exponential transmission model is built greedily, an edge at a time, while
    the next edge is significant (NetInf: Gomez-Rodriguez, Leskovec & Krause 2010; p-values as in
    Desmarais, Harden & Boehmke 2015). Explicit statements (学习借鉴…经验) are LEARNED_FROM facts,
    kept apart. Run it again after loading: the INFLUENCED edges are replaced as a whole.

    \b
    Examples:
      fazhi infer
      fazhi infer --basis stated -o network.csv
      fazhi query "MATCH (a:Place)-[r:INFLUENCED]->(b:Place) RETURN a.name, b.name, r.mechanisms"
    """
    from fazhi.queries import diffusion_export as dx
    from fazhi.queries.diffusion import adoptions

    store = _open(db, neo4j, read_only=False)
    try:
        rows = dx.network_rows(adoptions(store), basis)
        n = dx.write_influence(store, rows)
    finally:
        store.close()
    if output:
        dx.write_csv(rows, output, dx.NETWORK_COLUMNS)
        click.echo(f"wrote {output}", err=True)
    click.echo(f"{n} INFLUENCED relationships stored", err=True)
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        emit(rows, fmt, columns=dx.NETWORK_COLUMNS, max_width=40)


COMMANDS = [spread_cmd, infer_cmd]
