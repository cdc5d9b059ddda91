"""Named research queries: the .cypher files beside this module.

Each file starts with `// name:`, `// description:` and `// params: name=default …` lines and is
written in Cypher that both stores accept, so the same query runs embedded and on Neo4j.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    cypher: str
    params: tuple[tuple[str, str], ...]

    def default_params(self, **overrides) -> dict:
        out: dict = {}
        for k, v in self.params:
            out[k] = int(v) if v.lstrip("-").isdigit() else v
        for k, v in overrides.items():
            out[k] = int(v) if isinstance(v, str) and v.lstrip("-").isdigit() else v
        return out


def parse(text: str) -> NamedQuery:
    meta: dict[str, str] = {}
    body = []
    for line in text.splitlines():
        s = line.strip()
        if s.startswith("//") and ":" in s and not body:
            k, _, v = s[2:].partition(":")
            meta[k.strip()] = v.strip()
        elif s:
            body.append(line)
    params = tuple(tuple(p.split("=", 1)) for p in meta.get("params", "").split() if "=" in p)
    if "name" not in meta:
        raise ValueError("a named query needs a '// name:' line")
    return NamedQuery(meta["name"], meta.get("description", ""), "\n".join(body), params)


@lru_cache(maxsize=1)
def list_queries() -> tuple[NamedQuery, ...]:
    files = sorted(f for f in resources.files("fazhi.queries").iterdir() if f.name.endswith(".cypher"))
    return tuple(parse(f.read_text(encoding="utf-8")) for f in files)


def get_query(name: str) -> NamedQuery:
    for q in list_queries():
        if q.name == name:
            return q
    raise KeyError(f"no named query {name!r}; `fazhi queries` lists them")
