"""The `fazhi` command line: thin click wrappers over library functions.

Each command group lives in its own module (cli_*.py) and is registered here.
"""
from __future__ import annotations

import click

from fazhi import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="fazhi")
def main() -> None:
    """Turn Chinese 法治政府建设 documents into a knowledge graph.

    \b
    Typical session:
      fazhi inspect docs/            what the loaders make of each file
      fazhi extract docs/ --format table   facts, without any database
      fazhi load docs/               build the graph (embedded, ./fazhi.lbug)
      fazhi query "MATCH (p:Place)-[r:ADOPTED]->(m:Mechanism) RETURN p.name, m.name, r.year"
      fazhi show --place 烟台市 -o yantai.html
    """


def _register() -> None:
    import importlib

    for mod in ("fazhi.cli_inspect", "fazhi.cli_extract", "fazhi.cli_graph", "fazhi.cli_diffusion",
                "fazhi.cli_serve"):
        try:
            m = importlib.import_module(mod)
        except ModuleNotFoundError as e:  # a command group not written yet
            if e.name != mod:
                raise
            continue
        for cmd in m.COMMANDS:
            main.add_command(cmd)


_register()
