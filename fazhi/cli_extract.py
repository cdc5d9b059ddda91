"""`fazhi extract` and `fazhi eval`: facts without any database, and their measured quality."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from fazhi.output import emit

_TABLE_COLUMNS = ("doc", "type", "place", "mechanism", "project", "body", "holder", "award", "level", "batch", "year",
                  "scope", "mode", "evidence")



def extract_paths(paths, types=None, entities=True, progress=False, warn=None):
    """Yield (facts, error) per file: the plain function behind `fazhi extract`.

    A file that cannot be read, or whose extraction fails or runs out of time, yields its
    LoadError and the other files go on.  ``warn(path, note)`` hears of a file read only in part
    (a PDF past the page cap …)."""
    from fazhi.loaders.documents import iter_documents
    from fazhi.loaders.model import LoadError

    for item in iter_documents(paths):
        if isinstance(item, LoadError):
            yield [], item
            continue
        if warn is not None:
            for note in truncation_notes(item):
                warn(item.path, note)
        try:
            found = extract_document(item)
        except LoadError as e:
            yield [], e
            continue
        yield [f for f in found if (entities or f.type != "ENTITY") and (not types or f.type in types)], None


def truncation_notes(document) -> list[str]:
    """The notes of a document that say a reader left part of the file out."""
    from fazhi.loaders.readers import TRUNCATED

    return [n[len(TRUNCATED):] for n in document.notes if n.startswith(TRUNCATED)]


def extract_document(document, extract=None):
    """``extract(document)`` (default: the extractor) under the per-file time cap
    (FAZHI_EXTRACT_SECONDS); any failure becomes a LoadError for this one file."""
    from fazhi.loaders.model import LoadError
    from fazhi.loaders.readers import DEFAULT_EXTRACT_SECONDS, EXTRACT_SECONDS_ENV, env_seconds, within_time

    if extract is None:
        from fazhi.loaders.extract import extract
    seconds = env_seconds(EXTRACT_SECONDS_ENV, DEFAULT_EXTRACT_SECONDS)
    try:
        return within_time(document.path, "extraction", seconds, EXTRACT_SECONDS_ENV, extract, document)
    except LoadError:
        raise
    except Exception as e:  # an extractor bug (or MemoryError) on one file must not end the run
        raise LoadError(document.path, f"extraction failed ({type(e).__name__}: {e}); "
                                       "please report it with the file") from None


@click.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "table", "json"]), default="jsonl",
              show_default=True, help="jsonl/csv/json carry every field; table shows the main ones.")
@click.option("--type", "types", multiple=True, metavar="TYPE",
              help="Only these fact types (repeatable): ADOPTED, PIONEERED, PROMOTED_BY, "
                   "NAMED_DEMONSTRATION_CITY, NAMED_DEMONSTRATION_PROJECT, HONOURED, CANDIDATE, ENTITY.")
@click.option("--no-entities", is_flag=True, help="Leave out the ENTITY lines.")
def extract_cmd(paths, fmt, types, no_entities):
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
      fazhi extract docs/ --format csv > facts.csv
    """
    from fazhi.loaders.model import FACT_FIELDS

    skipped = 0
    rows = []

    def warn(path, note):
        click.echo(f"warning {path}: {note}", err=True)

    for facts, err in extract_paths(paths, set(types) or None, not no_entities, warn=warn):
        if err is not None:
            skipped += 1
            click.echo(f"skipped {err.path}: {err.problem}", err=True)
            continue
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
def eval_cmd(gold_dir, corpus, fmt, errors, without, ablation):
    """Score extraction against hand-annotated gold facts.

    Extracts the documents named in GOLD_DIR/*.jsonl and prints precision, recall and F1 per
    fact type, and how many matched facts got the gold year (year accuracy).

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
    try:
        if ablation:
            emit(run_ablation(gold_dir, corpus), fmt,
                 columns=("component", "kind", "precision", "recall", "f1", "delta_f1"))
            return
        res = evaluate(gold_dir, corpus, mistakes=mistakes, disable=tuple(without))
    except (FileNotFoundError, ValueError) as e:
        raise click.ClickException(str(e))
    if errors:
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
