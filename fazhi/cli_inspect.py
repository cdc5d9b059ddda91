"""`fazhi inspect`: what the loaders make of each file (a thin wrapper over loaders.documents)."""
from __future__ import annotations

import sys
from typing import Iterator

import click

from fazhi.graph.output import FORMATS, emit
from fazhi.loaders.progress import progress

_COLUMNS = ("doc", "format", "encoding", "script", "article", "title", "author", "date", "chars", "paragraphs",
            "sentences")


def _rows(docs) -> Iterator[dict]:
    for d in docs:
        for a in d.articles:
            s = a.summary()
            yield {"doc": d.name, "format": d.format, "encoding": d.encoding, "script": d.script,
                   "article": s["index"], **{k: s[k] for k in _COLUMNS[5:]}}


@click.command("inspect")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
              help="table/csv: one row per article; json/jsonl: one object per document (jsonl streams).")
@click.option("--json", "as_json", is_flag=True, help="Same as --format json: a list of document summaries.")
@click.option("--progress/--no-progress", "show_progress", default=None,
              help="Progress bar on stderr [default: when stderr is a terminal and there are more than 5 files].")
def inspect(paths, fmt, as_json, show_progress):
    """Show what the loaders make of documents: format, encoding, script, and each article's
    title, author, date and size in characters, paragraphs and sentences.

    PATHS are files, directories (read recursively, hidden files skipped) or glob patterns.
    Read: .txt/.md in UTF-8, UTF-16, GB18030/GBK or Big5; .html/.htm; .docx; .pdf with a text
    layer.  Traditional-script documents are converted to Simplified.  A file that cannot be
    read is named on stderr with what to do about it, and the run goes on.

    Exit status: 0 when every file loaded, 1 when some were skipped, 2 on a usage error.

    \b
    Examples:
      fazhi inspect ../shared/corpus
      fazhi inspect report.pdf notice.docx page.html --json
      fazhi inspect 'archive/**/*.txt' --format jsonl > structure.jsonl
      fazhi inspect ../shared/corpus --format csv | column -s, -t
    """
    from fazhi.loaders.documents import iter_documents, iter_paths
    from fazhi.loaders.model import LoadError
    from fazhi.loaders.readers import TRUNCATED

    fmt = "json" if as_json else fmt
    found = list(iter_paths(paths))  # only names: lets the bar know its total
    errors = [p for p in found if isinstance(p, LoadError)]
    files = [p for p in found if not isinstance(p, LoadError)]
    loaded = 0
    warnings: list[str] = []

    def documents():
        nonlocal loaded
        for item in progress(iter_documents(files), total=len(files), desc="reading", enabled=show_progress):
            if isinstance(item, LoadError):
                errors.append(item)
            else:
                loaded += 1
                # a file read only in part (a PDF past the page cap …) is named with what was left out
                warnings.extend(f"warning {item.path}: {n[len(TRUNCATED):]}" for n in item.notes
                                if n.startswith(TRUNCATED))
                yield item

    if fmt == "jsonl":
        emit((d.summary() for d in documents()), fmt)
    elif fmt == "json":
        emit([d.summary() for d in documents()], fmt)
    else:
        emit(list(_rows(documents())), fmt, columns=_COLUMNS)
    for w in warnings:
        click.echo(w, err=True)
    for e in errors:
        click.echo(f"skipped {e.path}: {e.problem}", err=True)
    click.echo(f"{loaded} document(s) loaded, {len(errors)} skipped", err=True)
    sys.exit(1 if errors else 0)


COMMANDS = [inspect]
