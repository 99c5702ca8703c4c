"""Charts drawn on the server as inline SVG, so pages need no script, no network and no CDN.

Every label is escaped before it goes into the markup; numbers are formatted by us. The SVGs use a
``viewBox`` and scale to the width of their container, so they fit a phone screen as well as a desk.
Colours come from presentation attributes (not ``style=``), which the pages' Content-Security-Policy
allows.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from markupsafe import Markup

#: Colours of the gender series, in the order they are stacked (bottom first).
GENDER_COLOURS: dict[str, str] = {
    "female": "#b5437a",
    "male": "#2f6db5",
    "unknown": "#9a9a9a",
}
GENDER_LABELS: dict[str, str] = {"female": "kvinner", "male": "menn", "unknown": "ukjent"}
BAR_COLOUR = "#2f6db5"


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
    return Markup(
        '<svg class="chart {cls}" viewBox="0 0 400 40" role="img" aria-label="{label}">'
        '<text x="200" y="24" text-anchor="middle" font-size="13" class="chart-empty">{label}</text></svg>'
    ).format(cls=css_class, label=label)


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
    parts: list[str] = [
        Markup(
            '<svg class="chart timeline" viewBox="0 0 {w} {h}" role="img" aria-label="{t}">'
            "<title>{t}</title>"
        ).format(w=width, h=height, t=title)
    ]
    for value in range(0, top_value + 1, step):
        y = top + plot_h - plot_h * value / top_value
        parts.append(
            Markup(
                '<line class="grid" x1="{x1}" x2="{x2}" y1="{y}" y2="{y}" stroke="#ddd" stroke-width="1"/>'
                '<text class="axis" x="{tx}" y="{ty}" text-anchor="end" font-size="12">{v}</text>'
            ).format(x1=left, x2=width - right, y=_num(y), tx=left - 4, ty=_num(y + 4), v=value)
        )
    label_every = _label_every(slot, max(len(label) for label, _ in points))
    for i, (label, count) in enumerate(points):
        x = left + i * slot + (slot - bar_w) / 2
        h = plot_h * count / top_value
        y = top + plot_h - h
        parts.append(
            Markup(
                '<rect class="bar" x="{x}" y="{y}" width="{bw}" height="{h}" fill="{c}">'
                "<title>{label}: {count}</title></rect>"
            ).format(x=_num(x), y=_num(y), bw=_num(bar_w), h=_num(h), c=BAR_COLOUR, label=label, count=count)
        )
        if i % label_every == 0:
            parts.append(
                Markup(
                    '<text class="axis" x="{x}" y="{y}" text-anchor="middle" font-size="12">{label}</text>'
                ).format(x=_num(x + bar_w / 2), y=height - bottom + 16, label=label)
            )
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)


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
    parts: list[str] = [
        Markup(
            '<svg class="chart share" viewBox="0 0 {w} {h}" role="img" aria-label="{t}"><title>{t}</title>'
        ).format(w=width, h=height, t=title)
    ]
    for pct in (0, 25, 50, 75, 100):
        y = top + plot_h - plot_h * pct / 100
        parts.append(
            Markup(
                '<line class="grid" x1="{x1}" x2="{x2}" y1="{y}" y2="{y}" stroke="#ddd" stroke-width="1"/>'
                '<text class="axis" x="{tx}" y="{ty}" text-anchor="end" font-size="12">{v} %</text>'
            ).format(x1=left, x2=width - right, y=_num(y), tx=left - 4, ty=_num(y + 4), v=pct)
        )
    label_every = _label_every(slot, max(len(p) for p in periods))
    for i, period in enumerate(periods):
        total = sum(counts[s][i] for s in series)
        x = left + i * slot + (slot - bar_w) / 2
        y = top + plot_h
        for s in series:
            n = counts[s][i]
            if not total or not n:
                continue
            h = plot_h * n / total
            y -= h
            parts.append(
                Markup(
                    '<rect class="bar {s}" x="{x}" y="{y}" width="{bw}" height="{h}" fill="{c}">'
                    "<title>{period}: {label} {share} % ({n} av {total})</title></rect>"
                ).format(
                    s=s,
                    x=_num(x),
                    y=_num(y),
                    bw=_num(bar_w),
                    h=_num(h),
                    c=GENDER_COLOURS.get(s, "#555"),
                    period=period,
                    label=GENDER_LABELS.get(s, s),
                    share=round(100 * n / total),
                    n=n,
                    total=total,
                )
            )
        if i % label_every == 0:
            parts.append(
                Markup(
                    '<text class="axis" x="{x}" y="{y}" text-anchor="middle" font-size="12">{p}</text>'
                ).format(x=_num(x + bar_w / 2), y=height - bottom + 16, p=period)
            )
    # legend along the top
    x = left
    for s in series:
        label = GENDER_LABELS.get(s, s)
        parts.append(
            Markup(
                '<rect x="{x}" y="8" width="12" height="12" fill="{c}"/>'
                '<text x="{tx}" y="18" font-size="12">{label}</text>'
            ).format(x=x, c=GENDER_COLOURS.get(s, "#555"), tx=x + 16, label=label)
        )
        x += 24 + 8 * len(label)
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)


def hbar_svg(items: Sequence[tuple[str, int, str | None]], *, title: str) -> Markup:
    """Horizontal bars for a ranking (top speakers, outlets, cue verbs): ``(label, count, href)``.

    Labels become links when ``href`` is given; the href is escaped like every other value.
    """
    if not items:
        return _empty("Ingen data", "ranking")
    row_h, width, label_w, count_w = 22, 400, 150, 40
    height = row_h * len(items) + 4
    peak = max(count for _, count, _ in items) or 1
    plot_w = width - label_w - count_w
    parts: list[str] = [
        Markup(
            '<svg class="chart ranking" viewBox="0 0 {w} {h}" role="img" aria-label="{t}"><title>{t}</title>'
        ).format(w=width, h=height, t=title)
    ]
    for i, (label, count, href) in enumerate(items):
        y = 2 + i * row_h
        shown = label if len(label) <= 22 else label[:21] + "…"
        text = Markup('<text x="{x}" y="{y}" text-anchor="end" font-size="12">{label}</text>').format(
            x=label_w - 6, y=y + 15, label=shown
        )
        if href:
            text = Markup('<a href="{href}">{text}</a>').format(href=href, text=text)
        bar = max(plot_w * count / peak, 1.0)
        parts.append(
            text
            + Markup(
                '<rect class="bar" x="{x}" y="{y}" width="{bw}" height="{bh}" fill="{c}">'
                "<title>{label}: {count}</title></rect>"
                '<text x="{cx}" y="{ty}" font-size="12">{count}</text>'
            ).format(
                x=label_w,
                y=y + 4,
                bw=_num(bar),
                bh=row_h - 8,
                c=BAR_COLOUR,
                label=label,
                count=count,
                cx=_num(label_w + bar + 4),
                ty=y + 15,
            )
        )
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)
