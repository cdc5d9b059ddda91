"""Named research queries: the .cypher files beside this module.

Each file opens with a header of comment lines, then the Cypher::

    // name: similar_places
    // title: Places with the same repertoire
    // description: Which places share the most adopted mechanisms with a given place?
    // param: place string 苏州市 — the place's official name or division code
    // param: limit int 10 — how many places to list

`param` lines give NAME, TYPE (string or int), an EXAMPLE that is also the default, and after a
dash (— or --) what the parameter means; write "" for an empty example (an empty string usually
means "all") and quote an example that contains spaces.  The Cypher is written so that both stores
accept it, so the same query runs embedded and on Neo4j.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

TYPES = ("string", "int")
_META = re.compile(r"^//\s*(name|title|description|param|params)\s*:\s?(.*)$")
# NAME TYPE EXAMPLE — meaning   (EXAMPLE may be "quoted"; the meaning is optional)
_PARAM = re.compile(r'^(?P<name>[A-Za-z_]\w*)\s+(?P<type>\S+)\s+(?P<example>"[^"]*"|\S+)'
                    r'(?:\s+(?:—|--)\s*(?P<meaning>.*))?$')
_STRINGS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")
_USES = re.compile(r"\$([A-Za-z_]\w*)")
# A parameter no header declares: where the page run_query asks for ends (offset + limit + 1, the row that says
# whether more follow), 0 for every row. A query that sorts many rows uses it to read only the values of its
# first order key whose rows can fall on the page (graph/summaries.py PAGED, the QueryPage summary); the rows
# up to that end are the same either way.
PAGE_END = "page_end"


@dataclass(frozen=True)
class Param:
    name: str
    type: str  # string | int
    example: str | int  # typed; also the default
    meaning: str = ""

    def convert(self, value):
        """A value for this parameter from the command line or Python, by the declared type.

        The declared type decides, not the look of the value: a place code or a name made of
        digits stays a string, and an int parameter given as '3' becomes 3.  None (a Python caller's
        "no value") is passed on as it is.
        """
        if value is None:
            return None
        if self.type == "int":
            if isinstance(value, bool):
                raise ValueError(f"parameter {self.name} takes a whole number, not {value!r}")
            if isinstance(value, int):
                return value
            try:
                return int(str(value).strip())
            except ValueError:
                raise ValueError(f"parameter {self.name} takes a whole number, not {value!r}") from None
        return value if isinstance(value, str) else str(value)


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    cypher: str  # without the header and without whole-line comments
    params: tuple[tuple[str, str], ...]  # (name, example as written): what callers printed before types existed
    title: str = ""
    param_specs: tuple[Param, ...] = ()
    paged: bool = False  # uses $page_end (PAGE_END)

    def default_params(self, **overrides) -> dict:
        """Every declared parameter at its example value, with ``overrides`` converted by declared type;
        $page_end, when the query uses it, at 0 (every row).

        Values for names the query does not declare pass through unchanged, as before.
        """
        out: dict = {p.name: p.example for p in self.param_specs}
        if self.paged:
            out[PAGE_END] = 0
        specs = {p.name: p for p in self.param_specs}
        for k, v in overrides.items():
            out[k] = specs[k].convert(v) if k in specs else v
        return out


def _param(text: str, where: str) -> Param:
    m = _PARAM.match(text.strip())
    if not m:
        raise ValueError(f"{where}: write '// param: NAME TYPE EXAMPLE — meaning', not {text.strip()!r}")
    ptype = m["type"].lower()
    if ptype not in TYPES:
        raise ValueError(f"{where}: parameter {m['name']} has type {m['type']!r}; use one of {', '.join(TYPES)}")
    raw = m["example"]
    example = raw[1:-1] if raw.startswith('"') else raw
    p = Param(m["name"], ptype, example, (m["meaning"] or "").strip())
    try:
        return Param(p.name, p.type, p.convert(example), p.meaning)
    except ValueError as e:
        raise ValueError(f"{where}: example of {e}") from None


def _uses(cypher: str) -> set[str]:
    return set(_USES.findall(_STRINGS.sub("''", cypher)))


def parse(text: str, source: str = "query") -> NamedQuery:
    """A named query from a .cypher file's text; ``source`` names it in error messages."""
    meta: dict[str, str] = {}
    specs: list[Param] = []
    body: list[str] = []
    for line in text.splitlines():
        s = line.strip()
        m = _META.match(s) if not body else None
        if m:
            key, value = m[1], m[2].strip()
            if key == "params":  # the form before types; say what to write instead of guessing types
                raise ValueError(f"{source}: '// params: k=v' is the old header form; write one "
                                 "'// param: NAME TYPE EXAMPLE — meaning' line per parameter")
            if key == "param":
                p = _param(value, source)
                if any(q.name == p.name for q in specs):
                    raise ValueError(f"{source}: parameter {p.name} is declared twice")
                specs.append(p)
            elif key in meta:
                raise ValueError(f"{source}: two '// {key}:' lines")
            else:
                meta[key] = value
        elif s.startswith("//"):
            # Comments stay in the file for readers but are not sent: the stores' read-only guard
            # looks for words like SET or LOAD and would refuse a query whose comment uses them.
            continue
        elif s:
            body.append(line)
    if not meta.get("name"):
        raise ValueError(f"{source}: a named query needs a '// name:' line")
    cypher = "\n".join(body)
    if not cypher.strip():
        raise ValueError(f"{source}: no Cypher after the header")
    declared = {p.name for p in specs}
    if PAGE_END in declared:
        raise ValueError(f"{source}: ${PAGE_END} is given by run_query (the end of the page); do not declare it")
    uses = _uses(cypher)
    paged = PAGE_END in uses
    uses -= {PAGE_END}
    # both mismatches fail at run time in confusing ways (an unbound $x is null on one engine, an
    # error on the other), so they are caught when the file is read
    if uses - declared:
        raise ValueError(f"{source}: uses ${', $'.join(sorted(uses - declared))} without a '// param:' line")
    if declared - uses:
        raise ValueError(f"{source}: declares {', '.join(sorted(declared - uses))} but never uses it")
    return NamedQuery(name=meta["name"], description=meta.get("description", ""), cypher=cypher,
                      params=tuple((p.name, str(p.example)) for p in specs), title=meta.get("title", ""),
                      param_specs=tuple(specs), paged=paged)


@lru_cache(maxsize=1)
def list_queries() -> tuple[NamedQuery, ...]:
    files = sorted((f for f in resources.files("fazhi.queries").iterdir() if f.name.endswith(".cypher")),
                   key=lambda f: f.name)
    queries = tuple(parse(f.read_text(encoding="utf-8"), f.name) for f in files)
    names = [q.name for q in queries]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise ValueError(f"two named queries are called {', '.join(dupes)}")
    return queries


def get_query(name: str) -> NamedQuery:
    for q in list_queries():
        if q.name == name:
            return q
    raise KeyError(f"no named query {name!r}; `fazhi queries` lists them")


# -- running a named query a page at a time ----------------------------------------------------------------

DEFAULT_LIMIT = 1000  # rows of a named query unless asked for more: a page to read, not the whole graph
_OWN_LIMIT = re.compile(r"\bLIMIT\s+(?:\$\w+|\d+)\s*;?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Page:
    """One page of a named query's rows: rows ``offset`` … ``offset + len(rows) - 1`` of the whole result
    in the query's order, and whether rows follow (``more``)."""
    name: str
    rows: list
    columns: list
    offset: int
    limit: int | None  # None: every row from offset on
    more: bool

    @property
    def next_offset(self) -> int | None:
        return self.offset + len(self.rows) if self.more else None

    def hint(self) -> str | None:
        """One line for a person: which rows these are and how to get the others; None for the whole result."""
        if not self.more and not self.offset:
            return None
        span = f"rows {self.offset + 1}–{self.offset + len(self.rows)}" if self.rows else f"no rows past {self.offset}"
        if self.more:
            return (f"{span} of {self.name}; more rows follow: --offset {self.next_offset} for the next page, "
                    "--limit 0 for every row")
        return f"{span} of {self.name}, the last of them"


def run_query(target, query: str | NamedQuery, params: dict | None = None, *, limit: int | None = DEFAULT_LIMIT,
              offset: int = 0, timeout_s: float | None = None) -> Page:
    """A named query's rows, one page: at most ``limit`` rows (None or 0: all) after skipping ``offset``.

    ``target`` is anything with ``read_query`` (a store, a QueryPool). ``params`` are converted by their
    declared types over the query's defaults. The page is the slice [offset, offset + limit) of the whole
    result: every shipped query orders its rows by all of its columns (or by a unique key), so the rows
    and their order do not depend on the page. The engine is told SKIP/LIMIT, so it sorts only the top
    rows and hands over only the page (plus one row, to know whether more follow); a query that ends in
    its own LIMIT (top_mechanisms, similar_places) is short already and is cut here.
    """
    q = query if isinstance(query, NamedQuery) else get_query(query)
    values = q.default_params(**(params or {}))
    if limit is not None and limit < 0 or offset < 0:
        raise ValueError("limit and offset are whole numbers ≥ 0")
    limit = limit or None
    cypher = q.cypher
    paged_here = (limit is not None or offset) and not _OWN_LIMIT.search(cypher)
    if q.paged:
        values[PAGE_END] = int(offset) + int(limit) + 1 if paged_here and limit is not None else 0
    if paged_here:
        # literal numbers (checked ints above): no parameter name of the query's own can clash
        cypher = f"{cypher.rstrip().rstrip(';')}\nSKIP {int(offset)}" + \
            (f" LIMIT {int(limit) + 1}" if limit is not None else "")
    result = target.read_query(cypher, values, timeout_s=timeout_s, max_rows=None)
    rows = result.rows if paged_here else result.rows[offset:]
    more = limit is not None and len(rows) > limit
    return Page(q.name, rows[:limit] if limit is not None else rows, list(result.columns), offset, limit, more)
