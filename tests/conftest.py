from pathlib import Path

import pytest

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
