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
