"""Server-side SVG charts: bars proportional to counts, shares adding up, labels escaped."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from sitat.web.charts import hbar_svg, share_svg, timeline_svg

SVG = "{http://www.w3.org/2000/svg}"


def _tree(markup: str) -> ET.Element:
    # the inline SVG has no namespace declaration (HTML supplies it); add one to parse it as XML
    return ET.fromstring(str(markup).replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ', 1))


def _bars(markup: str, cls: str = "bar") -> list[ET.Element]:
    return [r for r in _tree(markup).iter(f"{SVG}rect") if (r.get("class") or "").split()[:1] == [cls]]


@pytest.mark.parametrize("counts", [[3, 0, 6], [1], [0, 0, 5, 10, 2, 7, 1, 0, 4, 3, 8, 9, 12, 6]])
def test_timeline_columns_are_proportional_to_counts(counts):
    points = [(f"2024-{i + 1:02d}", c) for i, c in enumerate(counts)]
    bars = _bars(timeline_svg(points))
    assert len(bars) == len(counts)
    heights = [float(b.get("height")) for b in bars]
    top = max(counts)
    for count, height in zip(counts, heights, strict=True):
        assert height == pytest.approx(heights[counts.index(top)] * count / top, abs=0.11)
    # every column sits on the same baseline
    bottoms = {round(float(b.get("y")) + float(b.get("height")), 1) for b in bars}
    assert len(bottoms) == 1


def test_timeline_labels_do_not_crowd():
    points = [(f"2024-W{w:02d}", w % 3) for w in range(1, 53)]
    labels = [t.text for t in _tree(timeline_svg(points)).iter(f"{SVG}text") if t.text and "-W" in t.text]
    assert 3 <= len(labels) < 20


@pytest.mark.parametrize(
    ("female", "male", "unknown"),
    [([2, 1, 0], [2, 2, 0], [0, 1, 0]), ([5], [0], [0]), ([1, 0], [3, 0], [0, 4])],
)
def test_share_columns_fill_the_height_for_periods_with_quotations(female, male, unknown):
    periods = [f"2024-{i + 1:02d}" for i in range(len(female))]
    svg = share_svg(periods, {"female": female, "male": male, "unknown": unknown})
    bars = _bars(svg)
    by_x: dict[str, float] = {}
    for bar in bars:
        by_x[bar.get("x")] = by_x.get(bar.get("x"), 0) + float(bar.get("height"))
    heights = list(by_x.values())
    assert len(heights) == sum(1 for i in range(len(periods)) if female[i] + male[i] + unknown[i])
    assert all(h == pytest.approx(heights[0], abs=0.3) for h in heights)
    female_bars = [b for b in bars if "female" in b.get("class")]
    assert len(female_bars) == sum(1 for f in female if f)
    # each bar's tooltip says its share in words
    assert all(re.search(r"kvinner \d+ %", b.find(f"{SVG}title").text) for b in female_bars)


def test_labels_and_links_are_escaped():
    svg = str(hbar_svg([("<script>x</script> & «Ærlig»", 3, '/?speaker="a"&b'), ("Øvrige", 1, None)],
                       title="Topp <5>"))
    assert "<script>" not in svg
    assert "&lt;script&gt;" in svg and "&amp; «Ærlig»" in svg
    assert 'href="/?speaker=&#34;a&#34;&amp;b"' in svg
    assert "Topp &lt;5&gt;" in svg
    tree = _tree(svg)
    widths = [float(r.get("width")) for r in tree.iter(f"{SVG}rect")]
    assert widths[0] == pytest.approx(3 * widths[1], rel=0.01)


@pytest.mark.parametrize("chart", [lambda: timeline_svg([]), lambda: share_svg([], {}),
                                   lambda: hbar_svg([], title="t")])
def test_empty_charts_say_so(chart):
    svg = str(chart())
    assert "<rect" not in svg and "Ingen" in svg


def test_large_counts_fit_after_their_bars():
    svg = hbar_svg([("Trond Karlsen", 125_151, None), ("Eva Haugen", 41_613, None)], title="Topp")
    tree = _tree(svg)
    width = float(tree.get("viewBox").split()[2])
    counts = [t for t in tree.iter(f"{SVG}text") if t.text and t.text[0].isdigit()]
    assert [c.text for c in counts] == ["125\u00a0151", "41\u00a0613"]
    for text in counts:
        assert float(text.get("x")) + 7 * len(text.text) <= width
