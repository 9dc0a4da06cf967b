"""Geometry for charts drawn as inline SVG on the server: no chart library, no script, no CDN.

Each chart is an image with a title and a description (role="img", aria-labelledby) and always
sits next to a table holding the same numbers, which is what screen readers and keyboards use.
"""

import math
from collections.abc import Sequence
from dataclasses import dataclass


def nice_ceiling(value: float) -> int:
    """The smallest of 1, 2, 5 x 10^k at or above value (at least 1): round axis maxima."""
    if value <= 1:
        return 1
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if value <= step * power:
            return int(step * power)
    return int(10 * power)


@dataclass
class LineChart:
    width: int
    height: int
    left: int
    top: int
    plot_w: int
    plot_h: int
    points: str  # the polyline's "x,y x,y ..."
    dots: list[tuple[float, float]]
    y_ticks: list[tuple[float, int]]  # (y, value)
    x_ticks: list[tuple[float, str]]  # (x, label)

    @property
    def x_end(self) -> int:
        return self.left + self.plot_w

    @property
    def y_axis_x(self) -> int:
        return self.left - 8

    @property
    def x_label_y(self) -> int:
        return self.top + self.plot_h + 22


def line_chart(
    values: Sequence[tuple[str, int]], *, width: int = 640, height: int = 260
) -> LineChart:
    """A line through (label, value) pairs, left to right; about six labels on the x axis."""
    left, right, top, bottom = 56, 16, 12, 36
    plot_w, plot_h = width - left - right, height - top - bottom
    top_value = nice_ceiling(max((v for _label, v in values), default=0))
    n = len(values)

    def x(i: int) -> float:
        return round(left + (plot_w * i / (n - 1) if n > 1 else plot_w / 2), 1)

    def y(v: float) -> float:
        return round(top + plot_h - plot_h * v / top_value, 1)

    coords = [(x(i), y(v)) for i, (_label, v) in enumerate(values)]
    every = max(1, math.ceil(n / 6))
    x_ticks = [(x(i), label) for i, (label, _v) in enumerate(values) if i % every == 0]
    y_ticks = [(y(top_value * k / 4), round(top_value * k / 4)) for k in range(5)]
    return LineChart(
        width=width,
        height=height,
        left=left,
        top=top,
        plot_w=plot_w,
        plot_h=plot_h,
        points=" ".join(f"{px},{py}" for px, py in coords),
        dots=coords if n <= 62 else [],
        y_ticks=y_ticks,
        x_ticks=x_ticks,
    )


@dataclass
class Bar:
    label: str
    value: int
    y: int
    w: float
    text_x: float


@dataclass
class BarChart:
    width: int
    height: int
    label_w: int
    bar_h: int
    bars: list[Bar]


def bar_chart(values: Sequence[tuple[str, int]], *, bar_w: int = 360) -> BarChart:
    """Horizontal bars, one per (label, value), longest = bar_w pixels."""
    bar_h, gap, label_w = 22, 8, 220
    top_value = max((v for _label, v in values), default=0) or 1
    bars = []
    for i, (label, value) in enumerate(values):
        w = round(bar_w * value / top_value, 1)
        bars.append(Bar(label, value, i * (bar_h + gap), w, label_w + w + 6))
    return BarChart(
        width=label_w + bar_w + 70,
        height=max(len(bars) * (bar_h + gap), bar_h),
        label_w=label_w,
        bar_h=bar_h,
        bars=bars,
    )
