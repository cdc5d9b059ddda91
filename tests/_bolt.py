"""Scripts run against the Bolt test server (test_graph_neo4j._in_namespace) connect through this."""
import time

from fazhi.graph.neo4j_store import Neo4jStore
from fazhi.graph.store import StoreError


def connect(uri: str, batch_size: int = 5) -> Neo4jStore:
    """A store on the server once it accepts connections (it starts in the background: up to 10 s)."""
    for _ in range(100):
        try:
            return Neo4jStore(uri, "neo4j", "", batch_size=batch_size)
        except StoreError:
            time.sleep(0.1)
    raise AssertionError("Bolt server did not come up")
