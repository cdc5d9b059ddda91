"""`fazhi extract` and `fazhi eval`: facts without any database, and their measured quality."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from fazhi.graph.output import emit

_TABLE_COLUMNS = ("doc", "type", "place", "mechanism", "project", "body", "holder", "award", "level", "batch", "year",
                  "scope", "mode", "evidence")


@click.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "table", "json"]), default="jsonl",
              show_default=True, help="jsonl/csv/json carry every field; table shows the main ones.")
@click.option("--type", "types", multiple=True, metavar="TYPE",
              help="Only these fact types (repeatable): ADOPTED, PIONEERED, PROMOTED_BY, "
                   "NAMED_DEMONSTRATION_CITY, NAMED_DEMONSTRATION_PROJECT, HONOURED, CANDIDATE, ENTITY.")
@click.option("--no-entities", is_flag=True, help="Leave out the ENTITY lines.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Processes that read and extract documents in parallel (the output keeps the files' order).")
@click.option("--progress/--no-progress", "show_progress", default=None,
              help="Progress bar on stderr (default: when stderr is a terminal and there are more than 5 files).")
def extract_cmd(paths, fmt, types, no_entities, workers, show_progress):
    """Print the facts of documents, one per line, without any database.

    PATHS are files, directories (read recursively) or globs. Field names follow the gold
    annotation schema (doc, type, place, parent, mechanism, body, holder, award, project,
    level, batch, year, scope, mode, evidence) plus provenance (article, start, end, rule,
    confidence).

    A file that cannot be read, or whose extraction fails or runs past its time cap
    (FAZHI_READ_SECONDS, FAZHI_EXTRACT_SECONDS), is named on stderr and the others go on.

    \b
    Examples:
      fazhi extract report.txt
      fazhi extract docs/ --format table --type ADOPTED --type PIONEERED
      fazhi extract docs/ --format csv --workers 2 > facts.csv
    """
    from fazhi.loaders.model import FACT_FIELDS
    from fazhi.loaders.stream import extract_paths

    skipped = 0
    rows = []
    for r in extract_paths(paths, workers=workers, progress=show_progress):
        if r.error is not None:
            skipped += 1
            click.echo(f"skipped {r.error.path}: {r.error.problem}", err=True)
            continue
        for note in r.truncated:
            click.echo(f"warning {r.path}: {note}", err=True)
        facts = [f for f in r.facts if (not no_entities or f.type != "ENTITY") and (not types or f.type in types)]
        if fmt == "jsonl":
            emit((f.to_dict() for f in facts), "jsonl")
            sys.stdout.flush()
        else:
            rows += [f.to_dict() for f in facts]
    if fmt == "csv":
        emit(rows, "csv", columns=FACT_FIELDS)
    elif fmt == "table":
        emit(rows, "table", columns=_TABLE_COLUMNS)
    elif fmt == "json":
        emit(rows, "json")
    if skipped:
        click.echo(f"{skipped} file(s) skipped", err=True)
        sys.exit(1)


# the extractor's switchable parts (relations.SENTENCE_RULES and DECIDERS), listed here so that
# `--help` shows them without importing spaCy
_COMPONENTS = ("roster", "collection", "awards", "headline", "mechanisms",
               "honour_lists", "pilots", "firsts", "promotions", "learning")


@click.command("eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--corpus", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Where the gold files' documents are (default: GOLD_DIR/../corpus).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "jsonl"]), default="table",
              show_default=True)
@click.option("--errors", is_flag=True,
              help="List the mistakes instead of the scores: gold facts missed, predictions that match "
                   "no gold fact (spurious) and matches with the wrong year.")
@click.option("--without", "without", multiple=True, metavar="NAME", type=click.Choice(_COMPONENTS),
              help="Score with this sentence rule or decider switched off (repeatable).")
@click.option("--ablation", is_flag=True,
              help="Score once with each sentence rule and each decider switched off: what each contributes.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Processes that read and extract documents in parallel (the scores do not depend on it).")
@click.option("--progress/--no-progress", "show_progress", default=None,
              help="Progress bar on stderr (default: when stderr is a terminal and there are more than 5 files).")
def eval_cmd(gold_dir, corpus, fmt, errors, without, ablation, workers, show_progress):
    """Score extraction against hand-annotated gold facts.

    Extracts the documents named in GOLD_DIR/*.jsonl and prints precision, recall and F1 per
    fact type, and how many matched facts got the gold year (year accuracy). A document that
    cannot be read or extracted is named on stderr, its gold facts count as missed, and the exit
    status is 1.

    \b
    Examples:
      fazhi eval ../shared/gold --corpus ../shared/corpus
      fazhi eval ../shared/gold --errors --format csv > mistakes.csv
      fazhi eval ../shared/real/dev --corpus ../shared/real/dev --ablation
      fazhi eval ../shared/real/dev --corpus ../shared/real/dev --without firsts
    """
    from fazhi.loaders.extract.evaluate import ablation as run_ablation
    from fazhi.loaders.extract.evaluate import evaluate

    corpus = corpus or gold_dir / ".." / "corpus"
    mistakes: list | None = [] if errors else None
    skipped: dict[str, str] = {}  # an ablation reads each document once but extracts it many times

    def skip(e):
        if e.path not in skipped:
            skipped[e.path] = e.problem
            click.echo(f"skipped {e.path}: {e.problem}", err=True)

    stream = dict(workers=workers, progress=show_progress, on_error=skip)
    try:
        if ablation:
            emit(run_ablation(gold_dir, corpus, **stream), fmt,
                 columns=("component", "kind", "precision", "recall", "f1", "delta_f1"))
        else:
            _print_scores(evaluate(gold_dir, corpus, mistakes=mistakes, disable=tuple(without), **stream),
                          mistakes, fmt)
    except (FileNotFoundError, ValueError) as e:
        raise click.ClickException(str(e))
    if skipped:
        click.echo(f"{len(skipped)} file(s) skipped: their gold facts count as missed", err=True)
        sys.exit(1)


def _print_scores(res: dict, mistakes: list | None, fmt: str) -> None:
    """The scores per fact type, or with --errors (``mistakes`` a list) the mistakes behind them."""
    if mistakes is not None:
        order = {"missed": 0, "spurious": 1, "wrong_year": 2}
        mistakes.sort(key=lambda m: (m["doc"], m["type"], order[m["error"]]))
        emit(mistakes, fmt, columns=("doc", "type", "error", "place", "mechanism", "body", "holder", "award",
                                     "year", "gold_year", "evidence"))
        return
    rows = [r.row() for r in res.values()]
    if fmt == "json":
        emit(rows, "json")
    else:
        emit(rows, fmt, columns=("type", "gold", "pred", "tp", "precision", "recall", "f1", "year"))


COMMANDS = [extract_cmd, eval_cmd]
