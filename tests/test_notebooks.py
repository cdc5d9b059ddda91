"""The notebooks' code cells run, in order, on the founding corpus (so they cannot rot)."""
import json
import os
from pathlib import Path

import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs(path, shared_corpus, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FAZHI_CORPUS", str(shared_corpus))
    cells = [c for c in json.loads(path.read_text(encoding="utf-8"))["cells"] if c["cell_type"] == "code"]
    ns: dict = {}
    for i, cell in enumerate(cells):
        exec(compile("".join(cell["source"]), f"{path.name}[{i}]", "exec"), ns)
    assert (tmp_path / "adoptions.csv").exists() and (tmp_path / "overview.html").exists()
    assert ns["summary"].loaded == len(os.listdir(shared_corpus))
