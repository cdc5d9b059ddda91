"""Pictures of a mechanism's spread: the cumulative adoption curve and a map of adopters by year.

Drawn with matplotlib (Agg, no display needed). The map needs no basemap download: every division
seat is drawn as a faint dot, and China's outline emerges from the 3,000-odd dots; adopters are
coloured by their first year, and pioneers get a star. An `.html` map is a self-contained page with
the SVG inline and the timeline as a table.
"""
from __future__ import annotations

import html
import io
from functools import lru_cache
from pathlib import Path

from .diffusion import Spread

# CJK fonts matplotlib may find on the system (the Makefile installs WenQuanYi Micro Hei on Debian)
_CJK_FONTS = ("WenQuanYi Micro Hei", "Noto Sans CJK SC", "Noto Sans CJK JP", "Source Han Sans SC", "SimHei",
              "Microsoft YaHei", "PingFang SC", "Heiti SC", "AR PL UMing CN")


def _pyplot():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    font = cjk_font()
    if font:
        plt.rcParams["font.sans-serif"] = [font, *plt.rcParams["font.sans-serif"]]
        plt.rcParams["axes.unicode_minus"] = False
    return plt


@lru_cache(maxsize=1)
def cjk_font() -> str | None:
    """A font with Chinese glyphs, or None (labels then fall back to division codes)."""
    from matplotlib import font_manager

    have = {f.name for f in font_manager.fontManager.ttflist}
    return next((f for f in _CJK_FONTS if f in have), None)


def _label(name: str, code: str | None) -> str:
    return name if cjk_font() else (code or "?")


def _save(fig, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=150, bbox_inches="tight")
    return path


def plot_curve(sp: Spread, path: str | Path):
    """Cumulative adopters by first year (bars: new adopters that year). Returns the file written."""
    plt = _pyplot()
    curve = sp.curve()
    fig, ax = plt.subplots(figsize=(7, 4))
    if curve:
        years = [y for y, _, _ in curve]
        ax.bar(years, [n for _, n, _ in curve], color="#9ecae1", label="new adopters")
        ax.plot(years, [c for _, _, c in curve], marker="o", color="#08519c", label="cumulative")
        ax.set_xticks(years)
        ax.legend(loc="upper left")
    else:
        ax.text(0.5, 0.5, "no dated adoption", ha="center", va="center", transform=ax.transAxes)
    ax.set_xlabel("first year (stated, or reported as an upper bound)")
    ax.set_ylabel("places")
    ax.set_title(f"{sp.mechanism}: adoption curve" if cjk_font() else "adoption curve")
    ax.grid(axis="y", alpha=0.3)
    out = _save(fig, Path(path))
    plt.close(fig)
    return out


def _draw_map(sp: Spread, plt):
    from fazhi.loaders.coordinates import all_points

    fig, ax = plt.subplots(figsize=(9, 7.5))
    pts = list(all_points().values())
    ax.scatter([p.lon for p in pts], [p.lat for p in pts], s=1.5, c="#c8c8c8", linewidths=0, zorder=1)
    dated = [a for a in sp.adoptions if a.lon is not None and a.first_year is not None]
    undated = [a for a in sp.adoptions if a.lon is not None and a.first_year is None]
    if undated:
        ax.scatter([a.lon for a in undated], [a.lat for a in undated], s=30, facecolors="none",
                   edgecolors="#555555", label="no year", zorder=2)
    if dated:
        years = [a.first_year for a in dated]
        sc = ax.scatter([a.lon for a in dated], [a.lat for a in dated], c=years, cmap="viridis_r", s=40,
                        edgecolors="black", linewidths=0.4, zorder=3,
                        vmin=min(years), vmax=max(years) if max(years) > min(years) else min(years) + 1)
        bar = fig.colorbar(sc, ax=ax, shrink=0.6)
        bar.set_label("first year")
    pioneers = [a for a in sp.pioneers if a.lon is not None]
    if pioneers:
        ax.scatter([a.lon for a in pioneers], [a.lat for a in pioneers], marker="*", s=260, c="#d62728",
                   edgecolors="black", linewidths=0.6, zorder=4, label="pioneer claim")
    for a in [*dated, *undated]:
        ax.annotate(_label(a.place, a.place_code), (a.lon, a.lat), xytext=(4, 3), textcoords="offset points",
                    fontsize=7, zorder=5)
    ax.set_xlim(73, 136)
    ax.set_ylim(17, 54)
    ax.set_aspect(1.2)
    ax.set_xticks([])
    ax.set_yticks([])
    n = len(sp.adoptions)
    title = f"{sp.mechanism}: {n} adopters" if cjk_font() else f"{n} adopters"
    ax.set_title(title)
    if undated or pioneers:
        ax.legend(loc="lower left", fontsize=8)
    return fig


def plot_map(sp: Spread, path: str | Path) -> Path:
    """A map of the adopters (.png, .svg or .html)."""
    plt = _pyplot()
    path = Path(path)
    fig = _draw_map(sp, plt)
    if path.suffix.lower() in (".html", ".htm"):
        buf = io.StringIO()
        fig.savefig(buf, format="svg", bbox_inches="tight")
        plt.close(fig)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_page(sp, buf.getvalue()), encoding="utf-8")
        return path
    out = _save(fig, path)
    plt.close(fig)
    return out


def _page(sp: Spread, svg: str) -> str:
    """A self-contained page: the map, then the timeline; every document text escaped."""
    esc = html.escape
    cols = ["first_year", "year_basis", "place", "level", "province", "relation", "pioneer_claim", "evidence"]
    rows = "".join("<tr>" + "".join(f"<td>{esc('' if r[c] is None else str(r[c]))}</td>" for c in cols) + "</tr>"
                   for r in sp.timeline())
    svg = svg[svg.find("<svg"):]  # drop the XML prolog: the SVG sits inside HTML
    return (f"<!DOCTYPE html><html lang='zh'><head><meta charset='utf-8'><title>{esc(sp.mechanism)}</title>"
            "<style>body{font-family:sans-serif;margin:1.5em}table{border-collapse:collapse;font-size:13px}"
            "td,th{border:1px solid #ccc;padding:3px 6px;vertical-align:top}td:last-child{max-width:40em}"
            "svg{max-width:100%;height:auto}</style></head><body>"
            f"<h1>{esc(sp.mechanism)}</h1><p>{len(sp.adoptions)} adopters; names counted: "
            f"{esc('、'.join(sp.names))}</p>{svg}<table><tr>"
            + "".join(f"<th>{esc(c)}</th>" for c in cols) + f"</tr>{rows}</table></body></html>")
