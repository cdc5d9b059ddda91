"""`fazhi inspect`: what the loaders make of each file."""
from __future__ import annotations

import sys

import click

from fazhi.output import emit
from fazhi.progress import progress

_COLUMNS = ("doc", "format", "encoding", "script", "article", "title", "author", "date", "chars", "paragraphs",
            "sentences")


def inspect_paths(paths, show_progress=None):
    """(documents, errors) for PATHS: the plain function behind `fazhi inspect`."""
    from fazhi.loaders.documents import iter_documents, iter_paths
    from fazhi.loaders.model import LoadError

    files = list(iter_paths(paths))
    docs, errors = [], []
    bad = [f for f in files if isinstance(f, LoadError)]
    good = [f for f in files if not isinstance(f, LoadError)]
    errors += bad
    for item in progress(iter_documents(good), total=len(good), desc="reading", enabled=show_progress):
        (errors if isinstance(item, LoadError) else docs).append(item)
    return docs, errors


def _rows(docs):
    for d in docs:
        for a in d.articles:
            s = a.summary()
            yield {"doc": d.name, "format": d.format, "encoding": d.encoding, "script": d.script,
                   "article": s["index"], **{k: s[k] for k in ("title", "author", "date", "chars", "paragraphs",
                                                              "sentences")}}


@click.command("inspect")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json", "jsonl"]), default="table",
              show_default=True, help="table/csv: one row per article; json/jsonl: one object per document.")
@click.option("--json", "as_json", is_flag=True, help="Same as --format json.")
@click.option("--progress/--no-progress", "show_progress", default=None,
              help="Progress bar on stderr (default: when stderr is a terminal and there are many files).")
def inspect(paths, fmt, as_json, show_progress):
    """Show what the loaders make of documents: format, encoding, script, and articles.

    PATHS are files, directories (read recursively) or glob patterns. Supported: .txt/.md in
    UTF-8/UTF-16/GB18030/Big5, .html, .docx and .pdf with a text layer. Files that cannot be
    read are named on stderr with what to do, and the run goes on; the exit status is 1 when
    any file was skipped.

    \b
    Examples:
      fazhi inspect ../shared/corpus
      fazhi inspect 'reports/**/*.pdf' --json > structure.json
    """
    fmt = "json" if as_json else fmt
    docs, errors = inspect_paths(paths, show_progress)
    if fmt in ("json", "jsonl"):
        emit((d.summary() for d in docs), fmt)
    else:
        emit(_rows(docs), fmt, columns=_COLUMNS)
    for e in errors:
        click.echo(f"skipped {e.path}: {e.problem}", err=True)
    click.echo(f"{len(docs)} document(s) loaded, {len(errors)} skipped", err=True)
    sys.exit(1 if errors else 0)


COMMANDS = [inspect]
