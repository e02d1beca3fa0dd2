"""Chart helpers shared by the notebooks (matplotlib and pandas only).

The rule they follow: show n. Counts are drawn as bars on a real time axis (missing periods stay
visible as gaps); a ratio (tone, a share) is drawn with its article count, and a period with
fewer than FEW articles gets a hollow marker and the word "uncertain" in the legend.
"""

import math

import matplotlib.pyplot as plt
from matplotlib import transforms
import numpy as np
import pandas as pd
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

FEW = 5  # a ratio over fewer articles than this is marked as uncertain

TYPE_COLORS = {"PER": "#1f77b4", "ORG": "#d62728", "LOC": "#2ca02c", "MISC": "#9467bd"}
BAR_COLOR = "#b0b0b0"
TONE_COLOR = "#1f4e9c"

_FREQ = {"day": "D", "month": "MS", "year": "YS"}
_BAR_DAYS = {"day": 0.8, "month": 24, "year": 300}
_LABEL = {"day": "day", "month": "month", "year": "year"}
_FORMAT = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}


# Two-sided 95% quantiles of Student's t by degrees of freedom (no scipy on the target systems).
_T95 = {1: 12.706, 2: 4.303, 3: 3.182, 4: 2.776, 5: 2.571, 6: 2.447, 7: 2.365, 8: 2.306,
        9: 2.262, 10: 2.228, 12: 2.179, 15: 2.131, 20: 2.086, 25: 2.060, 30: 2.042, 40: 2.021,
        60: 2.000, 120: 1.980}


def t95(df):
    """The 95% quantile of Student's t for `df` degrees of freedom (the next smaller tabled df,
    so the interval errs on the wide side); 1.96 beyond 120."""
    if df > 120:
        return 1.96
    return _T95[max(k for k in _T95 if k <= df)]


def interval(n, sd, few=FEW):
    """Half-widths of 95% intervals of means (t · sd / √n) where n ≥ few (and ≥ 2), else NaN."""
    n = n.fillna(0)
    t = n.map(lambda k: t95(int(k) - 1) if k >= max(few, 2) else np.nan)
    return t * sd / np.sqrt(n.where(n >= 1))


def style():
    """Readable defaults for every chart of a notebook."""
    plt.rcParams.update({
        "figure.figsize": (11, 4.8),
        "figure.dpi": 100,
        "axes.grid": True,
        "grid.alpha": 0.3,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.titlesize": 12,
        "axes.titleweight": "bold",
        "axes.labelsize": 10,
        "legend.fontsize": 9,
        "legend.framealpha": 0.9,
    })


def articles(n):
    """'1 article', '5 articles'."""
    return f"{n} article" + ("" if n == 1 else "s")


def titles(ax, title, subtitle=None):
    """A bold title with an optional smaller line under it (what is counted, n, caveats)."""
    ax.set_title(title, pad=6 + 12 * (subtitle.count("\n") + 1) if subtitle else 6)
    if subtitle:
        ax.text(0.5, 1.01, subtitle, transform=ax.transAxes, ha="center", va="bottom",
                fontsize=9, color="#444444")


def integer_ticks(ax, axis="y"):
    """Whole numbers only on a count axis."""
    (ax.yaxis if axis == "y" else ax.xaxis).set_major_locator(MaxNLocator(integer=True))


def no_data(ax, message):
    """An empty chart that says why it is empty."""
    ax.set_axis_off()
    ax.text(0.5, 0.5, message, ha="center", va="center", wrap=True, fontsize=11,
            transform=ax.transAxes,
            bbox={"boxstyle": "round", "facecolor": "#f4f4f4", "edgecolor": "#cccccc"})


def full_range(frame, grain, fill=None):
    """Rows of `frame` (indexed by the `period` column) for every period between its first and
    last, so that periods without articles show as gaps; `fill` gives values for the new rows."""
    if frame.empty:
        return frame.set_index("period")
    periods = pd.date_range(frame.period.min(), frame.period.max(), freq=_FREQ[grain])
    out = frame.set_index("period").reindex(periods)
    out.index.name = "period"
    for column, value in (fill or {}).items():
        out[column] = out[column].fillna(value)
    return out


def period_label(period, grain):
    """2018-07-16, 2018-07 or 2018."""
    return pd.Timestamp(period).strftime(_FORMAT[grain])


def count_bars(ax, series, grain, color=BAR_COLOR, label=None, annotate=None):
    """Bars of counts on a time axis; `annotate` writes each count above its bar (default: when
    there are at most 40 bars with a count)."""
    values = series.fillna(0)
    ax.bar(values.index, values.values, width=_BAR_DAYS[grain], color=color, label=label,
           align="edge" if grain != "day" else "center", zorder=2)
    shown = values[values > 0]
    if annotate is None:
        annotate = len(shown) <= 40
    if annotate:
        offset = pd.Timedelta(days=_BAR_DAYS[grain] / 2) if grain != "day" else pd.Timedelta(0)
        for period, n in shown.items():
            ax.annotate(f"{int(n)}", (period + offset, n), ha="center", va="bottom",
                        fontsize=8, color="#555555", xytext=(0, 1), textcoords="offset points")
    ax.set_ylim(0, max(1, values.max()) * 1.15)
    integer_ticks(ax)
    if grain == "year" and len(values) <= 30:
        ax.set_xticks(values.index + pd.Timedelta(days=_BAR_DAYS[grain] / 2))
        ax.set_xticklabels([str(p.year) for p in values.index])


def counts_and_tone(ax, frame, grain, tone_label, count_label, few=FEW, tone_n="articles"):
    """Bars for `frame.articles` (left axis) and a line for `frame.mean_tone` (right axis) per
    period; periods with fewer than `few` articles get hollow markers and no interval, the others
    a 95% interval of the mean (t · sd / √n, from `frame.sd`). `tone_n` names the column with
    the number of articles behind each mean when it is not the bars' count. `frame` is indexed by period (see full_range).
    Returns the right-hand axis."""
    n = frame.articles.fillna(0)
    count_bars(ax, n, grain)
    ax.set_ylabel(count_label, color="#666666")
    ax.set_xlabel(_LABEL[grain])
    tone_ax = ax.twinx()
    tone_ax.grid(False)
    tone_ax.spines["right"].set_visible(True)
    x = frame.index + (pd.Timedelta(days=_BAR_DAYS[grain] / 2) if grain != "day"
                       else pd.Timedelta(0))
    tone = frame.mean_tone
    tone_ax.plot(x, tone, color=TONE_COLOR, linewidth=1.5, zorder=3)
    tone_count = frame[tone_n].fillna(0)
    half = interval(tone_count, frame.sd, few)
    has_interval = half.notna() & tone.notna()
    tone_ax.errorbar(x[has_interval], tone[has_interval], yerr=half[has_interval], fmt="none",
                     ecolor=TONE_COLOR, alpha=0.35, elinewidth=2, capsize=2, zorder=3)
    solid = (tone_count >= few) & tone.notna()
    hollow = (tone_count < few) & tone.notna()
    tone_ax.plot(x[solid], tone[solid], "o", color=TONE_COLOR, markersize=6, zorder=4)
    tone_ax.plot(x[hollow], tone[hollow], "o", markerfacecolor="white", markeredgewidth=1.5,
                 color=TONE_COLOR, markersize=6, zorder=4)
    tone_ax.axhline(0, color=TONE_COLOR, linewidth=0.8, linestyle=":", zorder=1)
    tone_ax.set_ylabel(tone_label, color=TONE_COLOR)
    tone_ax.tick_params(axis="y", colors=TONE_COLOR)
    handles = [
        Patch(color=BAR_COLOR, label=count_label),
        Line2D([], [], color=TONE_COLOR, marker="o", label=f"mean tone ({few}+ articles)"),
        Line2D([], [], color=TONE_COLOR, marker="o", markerfacecolor="white", linestyle="none",
               label=f"mean tone, fewer than {few} articles: uncertain"),
        Line2D([], [], color=TONE_COLOR, alpha=0.35, linewidth=2,
               label=f"95% interval of the mean ({few}+ articles)"),
    ]
    legend_below(tone_ax, handles, ncol=2)
    if tone.notna().any() and not solid.any():
        under = transforms.offset_copy(ax.transAxes, fig=ax.figure, y=-40, units="points")
        ax.text(1.0, 0, f"every {_LABEL[grain]} has fewer than {few} articles:\n"
                "read the markers as single articles, not a trend",
                transform=under, ha="right", va="top", fontsize=9, color="#aa3333",
                bbox={"facecolor": "white", "edgecolor": "#aa3333"})
    return tone_ax


def interval_dots(ax, frame, label_column, few=FEW, reference=None, reference_label=None):
    """A horizontal dot plot of `frame.mean_tone` per row with its 95% interval and n in the
    label; rows with fewer than `few` articles hollow. `reference` draws a vertical line."""
    frame = frame.reset_index(drop=True)
    y = np.arange(len(frame))[::-1]
    n = frame.articles
    half = interval(n, frame.sd, few)
    colors = [TYPE_COLORS.get(t, TONE_COLOR) for t in frame.get("type", [None] * len(frame))]
    for yi, (_, row), h, c in zip(y, frame.iterrows(), half, colors):
        if not math.isnan(h):
            ax.plot([row.mean_tone - h, row.mean_tone + h], [yi, yi], color=c, alpha=0.35,
                    linewidth=3, solid_capstyle="butt")
        filled = row.articles >= few
        ax.plot(row.mean_tone, yi, "o", color=c, markersize=7,
                markerfacecolor=c if filled else "white", markeredgewidth=1.5)
    ax.set_yticks(y)
    ax.set_yticklabels([f"{row[label_column]}  (n={row.articles})" for _, row in frame.iterrows()])
    ax.axvline(0, color="#888888", linewidth=0.8, linestyle=":")
    if reference is not None and not math.isnan(reference):
        ax.axvline(reference, color="#aa3333", linewidth=1, linestyle="--",
                   label=reference_label)
    handles = [
        Line2D([], [], color="#555555", marker="o", linestyle="none",
               label=f"mean ({few}+ articles)"),
        Line2D([], [], color="#555555", marker="o", markerfacecolor="white", linestyle="none",
               label=f"fewer than {few} articles: uncertain"),
        Line2D([], [], color="#555555", alpha=0.35, linewidth=3,
               label=f"95% interval of the mean ({few}+ articles)"),
    ]
    if reference is not None and not math.isnan(reference):
        handles.append(Line2D([], [], color="#aa3333", linestyle="--", label=reference_label))
    legend_below(ax, handles, ncol=len(handles))


def legend_below(ax, handles, ncol=2, points=38):
    """A legend under the x axis label (the inline backend crops figures to their content)."""
    under = transforms.offset_copy(ax.transAxes, fig=ax.figure, y=-points, units="points")
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(0, 0), bbox_transform=under,
              ncol=ncol, frameon=False)


def type_legend(ax, types, **kwargs):
    ax.legend(handles=[Patch(color=TYPE_COLORS[t], label=t) for t in types], **kwargs)
