import os
import tempfile
from pathlib import Path

import pytest

# the tests build their own gazetteer cache, never read the developer's (~/.cache/fazhi-graph): a build cached by
# other code could otherwise hide what this code builds (the commands the tests run inherit it too)
os.environ["FAZHI_CACHE_DIR"] = tempfile.mkdtemp(prefix="fazhi-test-cache-")

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"


@pytest.fixture(scope="session")
def shared_corpus() -> Path:
    corpus = SHARED / "corpus"
    if not corpus.is_dir():
        pytest.skip("../shared/corpus is not present")
    return corpus


@pytest.fixture(scope="session")
def shared_gold() -> Path:
    gold = SHARED / "gold"
    if not gold.is_dir() or not (SHARED / "corpus").is_dir():
        pytest.skip("../shared/gold or ../shared/corpus is not present")
    return gold


@pytest.fixture(scope="session")
def shared_real() -> Path:
    """../shared/real: real web-page excerpts with gold (dev/ studied, holdout/ only scored)."""
    real = SHARED / "real"
    if not (real / "dev").is_dir() or not (real / "holdout").is_dir():
        pytest.skip("../shared/real is not present")
    return real
