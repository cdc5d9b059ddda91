"""A canonical dump of a graph: every node with its properties, every relationship with its properties and its
ends' keys, sorted, so two graphs built in different ways can be compared for equality."""
from fazhi.graph.schema import NODES, RELS, key_of

# differs between two loads of the same files; says nothing about the graph
_VOLATILE = {("Document", "loaded_at")}


def canonical_dump(store) -> dict:
    out: dict = {}
    for label, (_, props) in NODES.items():
        names = [p for p, _ in props if (label, p) not in _VOLATILE]
        ret = ", ".join(f"n.{p} AS {p}" for p in names)
        rows = store.query(f"MATCH (n:{label}) RETURN {ret}")
        out[label] = sorted(tuple(_norm(r[p]) for p in names) for r in rows)
    for rel, spec in RELS.items():
        if spec.props:  # derived (INFLUENCED): recomputed as a whole by `fazhi infer`, not by loading
            continue
        from fazhi.graph.schema import FACT_PROPS

        names = [p for p, _ in FACT_PROPS] if spec.fact else []
        rows = []
        for a, b in spec.pairs:
            ret = "".join(f", r.{p} AS {p}" for p in names)
            rows += [(a, r["f"], b, r["t"]) + tuple(_norm(r[p]) for p in names) for r in store.query(
                f"MATCH (x:{a})-[r:{rel}]->(y:{b}) RETURN x.{key_of(a)} AS f, y.{key_of(b)} AS t{ret}")]
        out[rel] = sorted(rows, key=repr)
    out.update(summary_dump(store))
    return out


def summary_dump(store) -> dict:
    """The load-time summaries (graph/summaries.py), which must equal what a fresh load of the same documents
    computes: after a forget, a replace or an incremental load as much as after one load."""
    from fazhi.graph.schema import SUMMARY_NODES, SUMMARY_RELS

    out: dict = {}
    for label, (_, props) in SUMMARY_NODES.items():
        ret = ", ".join(f"n.{p} AS {p}" for p, _ in props)
        out[label] = sorted((tuple(_norm(r[p]) for p, _ in props) for r in store.query(f"MATCH (n:{label}) RETURN {ret}")),
                            key=repr)
    for rel, (a, b, props) in SUMMARY_RELS.items():
        ret = "".join(f", r.{p} AS {p}" for p, _ in props)
        out[rel] = sorted(((r["f"], r["t"]) + tuple(_norm(r[p]) for p, _ in props) for r in store.query(
            f"MATCH (x:{a})-[r:{rel}]->(y:{b}) RETURN x.{key_of(a)} AS f, y.{key_of(b)} AS t{ret}")), key=repr)
    return out


def _norm(v):
    return None if v == "" else v


def first_difference(a: dict, b: dict) -> str:
    """The first place two dumps differ, readable in a failed assert."""
    for k in sorted(set(a) | set(b)):
        x, y = set(map(repr, a.get(k, []))), set(map(repr, b.get(k, [])))
        if x != y:
            return f"{k}: only in first {sorted(x - y)[:3]}; only in second {sorted(y - x)[:3]}"
    return "no difference"
