"""`fazhi serve`: the local web app over the graph (fazhi/web)."""
from __future__ import annotations

import click

from fazhi.cli_graph import _db, _neo4j


@click.command("serve")
@_db
@_neo4j
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; the default keeps the app to this machine.")
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True, help="Port (0: any free one).")
def serve_cmd(db, neo4j, host, port):
    """Explore the graph in a browser: search, neighbourhoods, spreads, documents, a Cypher box.

    The graph is opened read-only, so a `fazhi load` can run meanwhile: pages show the graph as it
    was until the load has written, then the new one. Nothing is fetched from the network.

    \b
    Examples:
      fazhi serve --db out/fazhi.lbug           then open http://127.0.0.1:8765
      fazhi serve --port 9000
    """
    from fazhi.graph.store import StoreError
    from fazhi.web.app import serve

    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"note: listening on {host}: anyone who can reach it can read the graph", err=True)
    try:
        serve(db=db, host=host, port=port, neo4j=neo4j,
              ready=lambda url: click.echo(f"fazhi-graph at {url}  (Ctrl-C stops it)", err=True),
              note=lambda text: click.echo(f"note: {text}", err=True))
    except StoreError as e:
        raise click.ClickException(str(e))
    except OSError as e:  # the port is taken
        raise click.ClickException(f"cannot listen on {host}:{port}: {e.strerror or e}")
    except KeyboardInterrupt:
        pass


COMMANDS = [serve_cmd]
