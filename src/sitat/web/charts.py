"""Charts drawn on the server as inline SVG, so pages need no script, no network and no CDN.

Every label is escaped (``_e``) before it goes into the markup; numbers are formatted by us. The
markup is built with f-strings rather than ``Markup.format``, which is many times slower for the
hundreds of elements a ten-year chart has. The SVGs use a
``viewBox`` and scale to the width of their container, so they fit a phone screen as well as a desk.
Colours come from presentation attributes (not ``style=``), which the pages' Content-Security-Policy
allows.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from markupsafe import Markup, escape

#: Colours of the gender series, in the order they are stacked (bottom first).
GENDER_COLOURS: dict[str, str] = {
    "female": "#b5437a",
    "male": "#2f6db5",
    "unknown": "#9a9a9a",
}
GENDER_LABELS: dict[str, str] = {"female": "kvinner", "male": "menn", "unknown": "ukjent"}
BAR_COLOUR = "#2f6db5"


def _e(value: object) -> str:
    """``value`` escaped for HTML text and attribute values."""
    return str(escape(value))


def _thousands(value: int) -> str:
    """``125151`` as ``125 151`` (a no-break space, the Norwegian way)."""
    return f"{int(value):,}".replace(",", "\u00a0")


def _num(value: float) -> str:
    """A coordinate with at most one decimal, so the markup stays small and stable."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _tick_step(maximum: int) -> int:
    """A round step between gridlines giving three to six lines up to ``maximum``."""
    step = 1
    while maximum / step > 5:
        for factor in (2, 5, 10):
            if maximum / (step * factor) <= 5:
                return step * factor
        step *= 10
    return step


def _label_every(slot: float, chars: int) -> int:
    """Label every n-th column so that labels of ``chars`` characters never overlap."""
    needed = chars * 7 + 8
    return max(1, -(-int(needed) // max(int(slot), 1)))


def _empty(label: str, css_class: str) -> Markup:
    label = _e(label)
    return Markup(
        f'<svg class="chart {_e(css_class)}" viewBox="0 0 400 40" role="img" aria-label="{label}">'
        f'<text x="200" y="24" text-anchor="middle" font-size="13" class="chart-empty">{label}</text></svg>'
    )


def _grid(y: float, x1: int, x2: int, label: str) -> str:
    """A horizontal gridline at ``y`` with its value at the left."""
    at = _num(y)
    return (
        f'<line class="grid" x1="{x1}" x2="{x2}" y1="{at}" y2="{at}" stroke="#ddd" stroke-width="1"/>'
        f'<text class="axis" x="{x1 - 4}" y="{_num(y + 4)}" text-anchor="end" font-size="12">'
        f"{_e(label)}</text>"
    )


def _axis_label(x: float, y: float, label: str) -> str:
    return (
        f'<text class="axis" x="{_num(x)}" y="{_num(y)}" text-anchor="middle" font-size="12">'
        f"{_e(label)}</text>"
    )


def timeline_svg(points: Sequence[tuple[str, int]], *, title: str = "Sitater per periode") -> Markup:
    """A column chart of counts per period (``points`` in time order, labels like ``2024-03``)."""
    if not points:
        return _empty("Ingen sitater i perioden", "timeline")
    width, height = 480, 220
    left, right, top, bottom = 34, 8, 16, 36
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = max(count for _, count in points) or 1
    step = _tick_step(peak)
    top_value = ((peak + step - 1) // step) * step
    slot = plot_w / len(points)
    bar_w = max(slot * 0.8, 1.0)
    t = _e(title)
    parts = [
        f'<svg class="chart timeline" viewBox="0 0 {width} {height}" role="img" aria-label="{t}">'
        f"<title>{t}</title>"
    ]
    for value in range(0, top_value + 1, step):
        parts.append(_grid(top + plot_h - plot_h * value / top_value, left, width - right, str(value)))
    label_every = _label_every(slot, max(len(label) for label, _ in points))
    for i, (label, count) in enumerate(points):
        x = left + i * slot + (slot - bar_w) / 2
        h = plot_h * count / top_value
        parts.append(
            f'<rect class="bar" x="{_num(x)}" y="{_num(top + plot_h - h)}" width="{_num(bar_w)}" '
            f'height="{_num(h)}" fill="{BAR_COLOUR}"><title>{_e(label)}: {int(count)}</title></rect>'
        )
        if i % label_every == 0:
            parts.append(_axis_label(x + bar_w / 2, height - bottom + 16, label))
    parts.append("</svg>")
    return Markup("".join(parts))


def share_svg(
    periods: Sequence[str],
    counts: Mapping[str, Sequence[int]],
    *,
    title: str = "Andel sitater etter kjønn",
) -> Markup:
    """A 100 % stacked column chart: for each period, the share of quotations per gender.

    ``counts`` maps a series (``female``, ``male``, ``unknown``) to one count per period. A period
    with no quotations is drawn as an empty slot rather than hidden, so gaps in coverage show.
    """
    if not periods:
        return _empty("Ingen sitater i perioden", "share")
    series = [s for s in GENDER_COLOURS if s in counts] + [s for s in counts if s not in GENDER_COLOURS]
    width, height = 480, 240
    left, right, top, bottom = 40, 8, 30, 36
    plot_w, plot_h = width - left - right, height - top - bottom
    slot = plot_w / len(periods)
    bar_w = max(slot * 0.8, 1.0)
    t = _e(title)
    parts = [
        f'<svg class="chart share" viewBox="0 0 {width} {height}" role="img" aria-label="{t}">'
        f"<title>{t}</title>"
    ]
    for pct in (0, 25, 50, 75, 100):
        parts.append(_grid(top + plot_h - plot_h * pct / 100, left, width - right, f"{pct} %"))
    label_every = _label_every(slot, max(len(p) for p in periods))
    classes = {s: _e(s) for s in series}
    names = {s: _e(GENDER_LABELS.get(s, s)) for s in series}
    for i, period in enumerate(periods):
        total = sum(counts[s][i] for s in series)
        x = left + i * slot + (slot - bar_w) / 2
        y = top + plot_h
        shown = _e(period)
        for s in series:
            n = int(counts[s][i])
            if not total or not n:
                continue
            h = plot_h * n / total
            y -= h
            parts.append(
                f'<rect class="bar {classes[s]}" x="{_num(x)}" y="{_num(y)}" width="{_num(bar_w)}" '
                f'height="{_num(h)}" fill="{GENDER_COLOURS.get(s, "#555")}"><title>{shown}: {names[s]} '
                f"{round(100 * n / total)} % ({n} av {total})</title></rect>"
            )
        if i % label_every == 0:
            parts.append(_axis_label(x + bar_w / 2, height - bottom + 16, period))
    # legend along the top
    x = left
    for s in series:
        parts.append(
            f'<rect x="{x}" y="8" width="12" height="12" fill="{GENDER_COLOURS.get(s, "#555")}"/>'
            f'<text x="{x + 16}" y="18" font-size="12">{names[s]}</text>'
        )
        x += 24 + 8 * len(GENDER_LABELS.get(s, s))
    parts.append("</svg>")
    return Markup("".join(parts))


def hbar_svg(items: Sequence[tuple[str, int, str | None]], *, title: str) -> Markup:
    """Horizontal bars for a ranking (top speakers, outlets, cue verbs): ``(label, count, href)``.

    Labels become links when ``href`` is given; the href is escaped like every other value.
    """
    if not items:
        return _empty("Ingen data", "ranking")
    row_h, width, label_w = 22, 400, 150
    height = row_h * len(items) + 4
    peak = max(count for _, count, _ in items) or 1
    count_w = 7 * len(_thousands(peak)) + 10  # room for the largest count after its bar
    plot_w = width - label_w - count_w
    t = _e(title)
    parts = [
        f'<svg class="chart ranking" viewBox="0 0 {width} {height}" role="img" aria-label="{t}">'
        f"<title>{t}</title>"
    ]
    for i, (label, count, href) in enumerate(items):
        y = 2 + i * row_h
        shown = label if len(label) <= 22 else label[:21] + "…"
        text = f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end" font-size="12">{_e(shown)}</text>'
        if href:
            text = f'<a href="{_e(href)}">{text}</a>'
        bar = max(plot_w * count / peak, 1.0)
        parts.append(
            f'{text}<rect class="bar" x="{label_w}" y="{y + 4}" width="{_num(bar)}" height="{row_h - 8}" '
            f'fill="{BAR_COLOUR}"><title>{_e(label)}: {int(count)}</title></rect>'
            f'<text x="{_num(label_w + bar + 4)}" y="{y + 15}" font-size="12">{_thousands(count)}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))
