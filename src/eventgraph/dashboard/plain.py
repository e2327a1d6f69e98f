"""The Overview's figures, chart and small tables as plain HTML made on the server (no Streamlit
here).

Drawn with `st.html`, they need 2 kB of the frontend's code where a Vega chart needs 757 kB and
the data grid 1.2 MB, fetched and evaluated by the browser on a server's first page (0.7 s and
0.5 s of its main thread in Chromium at load 6, docs/performance.md). Every value from the graph
is data: it is HTML-escaped before it is placed in the markup, and links are built by the caller
from quoted parts. Bars carry their numbers in `title` (the browser's tooltip) and in text."""

from __future__ import annotations

import math
from collections import Counter
from html import escape

import pandas as pd

# Vega's default categorical colours (tableau10), as the Altair chart had them.
PALETTE = (
    "#4c78a8", "#f58518", "#e45756", "#72b7b2", "#54a24b",
    "#eeca3b", "#b279a2", "#ff9da6", "#9d755d", "#bab0ac",
)  # fmt: skip
MONTH_LABELS_UP_TO = 36  # more months than this: only the years are written under the bars
MONTH_LABELS_SHOWN = 12  # at most this many month labels: every k-th month written, so none overlap
YEAR_ROOM_PERCENT = 7  # a year is written under its months when they are this share of the axis

# Text takes the theme's colour (greys as opacity, lines as half-transparent grey), so the chart and
# tables stay readable when Streamlit follows a dark colour scheme.
STYLE = """<style>
.eg-chart{font-size:.8rem;color:inherit;font-family:inherit}
.eg-plot{display:grid;grid-template-columns:3.2rem minmax(0,1fr);gap:0 .3rem}
.eg-ytitle{grid-column:1/3;opacity:.7;margin-bottom:.7rem}
.eg-yaxis{position:relative;text-align:right;opacity:.7}
.eg-yaxis span{position:absolute;right:0;transform:translateY(50%)}
.eg-area{position:relative;display:flex;align-items:flex-end;gap:1px;
 border-left:1px solid rgba(128,128,128,.5);border-bottom:1px solid rgba(128,128,128,.5)}
.eg-grid{position:absolute;left:0;right:0;border-top:1px dashed rgba(128,128,128,.25)}
.eg-col{flex:1 1 0;display:flex;flex-direction:column-reverse;min-width:1px;position:relative}
.eg-col div:hover{opacity:.75}
COLOURS
.eg-xaxis{grid-column:2;display:flex;gap:1px;opacity:.7;line-height:1.1}
.eg-xaxis span{flex:1 1 0;min-width:1px;white-space:nowrap;overflow:visible;font-size:.7rem;
 text-align:center}
.eg-years span{text-align:left}
.eg-xtitle{grid-column:2;text-align:center;opacity:.7;margin-top:.2rem}
.eg-legend{display:flex;flex-wrap:wrap;gap:.2rem 1rem;margin-top:.5rem}
.eg-legend i{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;
 vertical-align:-.1rem;border-radius:2px}
.eg-table{border-collapse:collapse;width:100%;font-size:.875rem}
.eg-table th{text-align:left;font-weight:600;color:inherit;
 border-bottom:1px solid rgba(128,128,128,.4);padding:.35rem .5rem;white-space:nowrap}
.eg-table td{border-bottom:1px solid rgba(128,128,128,.18);padding:.3rem .5rem;vertical-align:top}
.eg-table td.eg-num{text-align:right;white-space:nowrap}
.eg-bar{display:flex;align-items:center;gap:.5rem;min-width:9rem}
.eg-bar i{flex:1 1 auto;display:block}
.eg-bar b{display:block;height:.6rem;background:#4c78a8;border-radius:2px}
.eg-bar span{min-width:2.5rem;text-align:right}
.eg-figures{display:grid;grid-template-columns:repeat(4,minmax(0,1fr));gap:1rem}
@media (max-width:640px){.eg-figures{grid-template-columns:repeat(2,minmax(0,1fr))}}
.eg-figure-label{font-size:.875rem;line-height:1.6;overflow:hidden;text-overflow:ellipsis;
 white-space:nowrap}
.eg-figure-value{font-size:2.25rem;line-height:1.2;padding-bottom:.25rem;white-space:nowrap}
</style>""".replace(
    "COLOURS", "".join(f".eg-c{i}{{background:{c}}}" for i, c in enumerate(PALETTE))
)


def figures(items: list[tuple[str, str]]) -> str:
    """Labelled figures side by side ("Bài báo" over "100.000"), at `st.metric`'s sizes: four
    columns, two on a narrow window. `st.metric` pulls seven chunks of the frontend's code (64 kB,
    its sparkline's Vega loader among them) into a server's first page; these need none but
    `st.html`'s, which the Overview's chart loads anyway (docs/performance.md, *The Overview's
    four counts in its HTML*)."""
    cells = "".join(
        f'<div class="eg-figure"><div class="eg-figure-label">{escape(label)}</div>'
        f'<div class="eg-figure-value">{escape(value)}</div></div>'
        for label, value in items
    )
    return f'{STYLE}<div class="eg-figures">{cells}</div>'


def nice_ticks(top: float, count: int = 5) -> list[int]:
    """Whole-number axis ticks from 0 to at least `top`, on a step of 1, 2 or 5 times a power of
    ten, about `count` of them."""
    if top <= 0:
        return [0, 1]
    raw = top / count
    power = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    step = max(int(step), 1)
    last = math.ceil(top / step) * step
    return list(range(0, last + 1, step))


def stacked_bars(
    df: pd.DataFrame,
    x: str,
    stack: str,
    y: str,
    titles: dict[str, str],
    height_px: int = 260,
) -> str:
    """Bars of `y` per `x` (sorted), stacked by `stack` (the largest total at the bottom, coloured
    as in the legend under them), with a y axis, the x values under the bars (the years only when
    there are many), and each segment's `x`, `stack` and `y` in its tooltip ("2022-04 · Hải
    Phòng · Cuộc họp: 3"). `titles` names the
    three columns for the reader."""
    # Plain Python over the rows: pandas' group-by and a sort per month took 0.5-1.0 s for the 1,149
    # rows of 130 months at 100k articles (load 7); this takes milliseconds.
    rows = list(zip(df[x].astype(str), df[stack].astype(str), df[y].astype(int), strict=True))
    totals: dict[str, int] = {}
    by_x: dict[str, list[tuple[str, int]]] = {}
    for key, part, n in rows:
        totals[part] = totals.get(part, 0) + n
        by_x.setdefault(key, []).append((part, n))
    ranked = sorted(totals, key=lambda k: -totals[k])
    colour = {k: i % len(PALETTE) for i, k in enumerate(ranked)}
    order = {k: i for i, k in enumerate(ranked)}
    ticks = nice_ticks(max((sum(n for _, n in parts) for parts in by_x.values()), default=0))
    scale = ticks[-1]
    cols = []
    for key in sorted(by_x):
        parts = sorted(by_x[key], key=lambda p: order[p[0]])
        whole = sum(n for _, n in parts)
        segments = []
        for part, n in parts:
            tip = f"{key} · {part} · {titles[y]}: {n}"  # month and province: the axis, the legend
            segments.append(
                f'<div class="eg-c{colour[part]}" style="height:{100 * n / max(whole, 1):.1f}%"'
                f' title="{escape(tip)}"></div>'
            )
        height = 100 * whole / scale
        cols.append(f'<div class="eg-col" style="height:{height:.2f}%">{"".join(segments)}</div>')
    grid = "".join(
        f'<div class="eg-grid" style="bottom:{100 * t / scale:.3f}%"></div>' for t in ticks[1:]
    )
    yaxis = "".join(f'<span style="bottom:{100 * t / scale:.3f}%">{t}</span>' for t in ticks)
    keys = sorted(by_x)
    xaxis = "".join(f"<span>{escape(lab)}</span>" for lab in _x_labels(keys))
    years = " eg-years" if len(keys) > MONTH_LABELS_UP_TO else ""
    legend = "".join(f'<span><i class="eg-c{colour[k]}"></i>{escape(k)}</span>' for k in ranked)
    return (
        f'{STYLE}<div class="eg-chart" role="img" aria-label="{escape(titles[y])}">'
        f'<div class="eg-plot"><div class="eg-ytitle">{escape(titles[y])}</div>'
        f'<div class="eg-yaxis" style="height:{height_px}px">{yaxis}</div>'
        f'<div class="eg-area" style="height:{height_px}px">{grid}{"".join(cols)}</div>'
        f'<div class="eg-xaxis{years}">{xaxis}</div>'
        f'<div class="eg-xtitle">{escape(titles[x])}</div>'
        f'</div><div class="eg-legend"><b>{escape(titles[stack])}:</b>{legend}</div></div>'
    )


def _x_labels(keys: list[str]) -> list[str]:
    """Each month ("2022-04") under its bar when there are few: every k-th month when more than
    MONTH_LABELS_SHOWN, and not the last bar then, so no label overlaps another or runs past the
    chart. Otherwise the year, from its first month shown on (the axis is then `eg-years`, left-
    aligned), for the years with room for it (YEAR_ROOM of the months): a year cut short at either
    end stays unlabelled rather than run into its neighbour or past the edge."""
    n = len(keys)
    if n <= MONTH_LABELS_UP_TO:
        step = -(-n // MONTH_LABELS_SHOWN)  # ceil
        return [
            (k[5:] + "/" + k[2:4] if len(k) == 7 and k[4] == "-" else k)
            if i % step == 0 and (step == 1 or i < n - 1)
            else ""
            for i, k in enumerate(keys)
        ]
    room = max(2, -(-n * YEAR_ROOM_PERCENT // 100))
    months = Counter(k[:4] for k in keys)
    out, seen = [], set()
    for k in keys:
        year = k[:4]
        out.append(year if year not in seen and months[year] >= room else "")
        seen.add(year)
    return out


def table(
    df: pd.DataFrame,
    links: dict[str, str] | None = None,
    bars: dict[str, int] | None = None,
) -> str:
    """`df` (headers and values as shown) as an HTML table. `links` maps a column of addresses to
    the text of their links (opened in a new tab, as the data grid's link columns do); `bars`
    maps a column of numbers to the top of its scale, each drawn as a bar beside its number."""
    links, bars = links or {}, bars or {}
    head = "".join(f"<th>{escape(str(c))}</th>" for c in df.columns)
    body = []
    for row in df.itertuples(index=False):
        cells = []
        for col, value in zip(df.columns, row, strict=True):
            text = "" if pd.isna(value) else value
            if col in links and text:
                cells.append(
                    f'<td><a href="{escape(str(text))}" target="_blank">'
                    f"{escape(links[col])}</a></td>"
                )
            elif col in bars:
                width = 100 * float(text or 0) / max(bars[col], 1)
                cells.append(
                    f'<td class="eg-num"><div class="eg-bar"><span>{escape(str(text))}</span>'
                    f'<i><b style="width:{width:.1f}%"></b></i></div></td>'
                )
            else:
                cells.append(f"<td>{escape(str(text))}</td>")
        body.append(f"<tr>{''.join(cells)}</tr>")
    return (
        f'{STYLE}<table class="eg-table"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table>"
    )
