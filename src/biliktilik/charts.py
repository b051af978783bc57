"""The home pages' charts: SVG drawn on the server by pygal, with no JavaScript in it.

Each chart is served from its own address and shown with <img>, so the pages keep their strict
Content-Security-Policy; the page beside it gives the same numbers as a table.
"""

from __future__ import annotations

import datetime as dt
import math

import pygal
from django.http import HttpResponse
from django.utils.formats import date_format
from pygal.etree import etree
from pygal.style import Style

STYLE = Style(
    background="#ffffff",
    plot_background="#ffffff",
    foreground="#222222",
    foreground_strong="#111111",
    foreground_subtle="#888888",
    colors=("#1f5f99", "#b23b3b", "#c58a00", "#6a6a6a", "#2e7d4f", "#7a4fa0"),
    font_family="system-ui, sans-serif",
    title_font_size=16,
    label_font_size=12,
    major_label_font_size=12,
    legend_font_size=12,
    value_font_size=12,
)
COMMON = {
    "js": [],  # pygal's tooltips script would be blocked by the CSP, and is not needed
    "style": STYLE,
    "width": 640,
    "height": 320,
    "explicit_size": True,
    "print_values": True,
    "truncate_label": -1,  # status and category names are short enough to show whole
    "show_y_guides": True,
}


# Each chart's view adds this to the page's policy: pygal's styles live inside the SVG.
CHART_CSP = {"style-src": ["'unsafe-inline'"]}


def svg_response(svg: str, *, max_age: int = 300) -> HttpResponse:
    """A chart's answer, kept by the browser a while (private: the numbers are the viewer's)."""
    response = HttpResponse(svg, content_type="image/svg+xml; charset=utf-8")
    response["Cache-Control"] = f"private, max-age={max_age}"
    return response


def _svg(chart) -> str:
    """The chart without any <script>: js=[] drops pygal's tooltips, yet it still writes its
    configuration in a script; in an <img> nothing runs, and the answer carries no code at all."""
    tree = chart.render_tree()
    for parent in list(tree.iter()):
        for child in list(parent):
            if isinstance(child.tag, str) and child.tag.rsplit("}", 1)[-1] == "script":
                parent.remove(child)
    return etree.tostring(tree, encoding="unicode")


def _whole_numbers(chart, values: list[int]) -> None:
    """Counts are whole: the value axis runs from 0 in whole steps, ten marks at most."""
    top = max(values, default=0) or 1
    chart.range = (0, top)
    chart.y_labels = list(range(0, top + 1, max(1, math.ceil(top / 10))))


def bar_chart(*, title: str, labels: list[str], values: list[int], rotate: int = 0) -> str:
    chart = pygal.Bar(title=title, show_legend=False, x_label_rotation=rotate, **COMMON)
    chart.x_labels = labels
    chart.add(title, values)
    _whole_numbers(chart, values)
    return _svg(chart)


def horizontal_bar_chart(*, title: str, labels: list[str], values: list[int]) -> str:
    chart = pygal.HorizontalBar(title=title, show_legend=False, **COMMON)
    chart.x_labels = labels
    chart.add(title, values)
    _whole_numbers(chart, values)
    return _svg(chart)


def grouped_bar_chart(*, title: str, labels: list[str], series: list[tuple[str, list]]) -> str:
    """Bars side by side per label, one colour per series (with a legend): e.g. the time a step
    took beside its term."""
    chart = pygal.HorizontalBar(title=title, show_legend=True, legend_at_bottom=True, **COMMON)
    chart.x_labels = labels
    for name, values in series:
        chart.add(name, values)
    return _svg(chart)


def month_label(month: dt.date) -> str:
    return date_format(month, "M Y")
