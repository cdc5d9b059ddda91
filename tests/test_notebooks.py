"""The notebooks run top to bottom in a real Jupyter kernel on the founding corpus (so they cannot rot).

Their outputs go to a temporary folder; nothing is left in the checkout.
"""
from pathlib import Path

import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))
# what each notebook must leave in its output folder
PRODUCTS = {
    "quickstart.ipynb": ["adoptions.csv", "overview.html"],
    "trace_a_mechanism.ipynb": ["curve.png", "map.png", "spread.html", "evidence.csv", "panel.csv"],
    "demonstration_places.ipynb": ["demonstration_before_after.csv", "network.csv", "network.png"],
}


def test_every_notebook_is_checked():
    assert {p.name for p in NOTEBOOKS} == set(PRODUCTS)
    assert len(NOTEBOOKS) >= 3


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_in_a_kernel(path, shared_corpus, tmp_path, monkeypatch):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FAZHI_CORPUS", str(shared_corpus))
    monkeypatch.setenv("FAZHI_SHARED", str(Path(shared_corpus).parent))
    monkeypatch.setenv("FAZHI_OUT", str(tmp_path))
    nb = nbformat.read(path, as_version=4)
    # a failing cell raises CellExecutionError naming the cell and the traceback
    nbclient.NotebookClient(nb, timeout=600, kernel_name="python3",
                            resources={"metadata": {"path": str(tmp_path)}}).execute()
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
              if o.get("output_type") == "error"]
    assert not errors
    for name in PRODUCTS[path.name]:
        f = tmp_path / name
        assert f.exists() and f.stat().st_size > 0, name
        if f.suffix == ".png":
            from matplotlib import image

            assert image.imread(str(f)).std() > 0.01, f"{name} is blank"
    shown = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert shown, "the notebook printed nothing"
    assert not any((Path(path).parent / n).exists() for n in ("diffusion.lbug", "notebook.lbug", "map.png"))
