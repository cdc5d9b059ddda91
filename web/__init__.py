"""`fazhi serve`: a local web app over the graph (search, entity neighbourhoods, spreads, documents, Cypher).

Modules: app (the Flask app and the server), holder (the read-only store the app reads, reopened when a load
changes the graph), search (names and aliases as a person types them), data (what the pages show, as plain
dicts), cypher (the read-only query box), api (JSON routes), pages (HTML routes). Dependencies point one way:
web uses graph/ and queries/, never the command line.
"""
