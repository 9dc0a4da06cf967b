"""Tables of figures as the statistics pages show them and as their CSV downloads hold them."""

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

# Kinds of cell: how a value is shown on the page and written to CSV.
COUNT, TEXT, PERCENT, DURATION, SCORE = "count", "text", "percent", "duration", "score"


@dataclass
class Column:
    label: str
    kind: str = COUNT
    # The header written to CSV (units spelled out where the page shows them in the cells).
    csv_label: str = ""


@dataclass
class Table:
    """One table of a statistics page; every table is also a CSV download (slug)."""

    slug: str
    caption: str
    columns: list[Column]
    rows: list[list[Any]] = field(default_factory=list)
    footer: list[Any] | None = None
    csv_url: str = ""  # set by the view that shows the table

    def with_kinds(self, row: list[Any]) -> list[tuple[Any, str]]:
        return [(value, column.kind) for value, column in zip(row, self.columns, strict=True)]

    @property
    def body(self) -> list[list[tuple[Any, str]]]:
        return [self.with_kinds(row) for row in self.rows]

    @property
    def foot(self) -> list[tuple[Any, str]]:
        return self.with_kinds(self.footer) if self.footer else []

    def csv_rows(self) -> Iterable[list[Any]]:
        yield [c.csv_label or c.label for c in self.columns]
        for row in [*self.rows, *([self.footer] if self.footer else [])]:
            yield [
                csv_value(value, column.kind)
                for value, column in zip(row, self.columns, strict=True)
            ]


def csv_value(value: Any, kind: str) -> Any:
    """Numbers a spreadsheet can add up: durations in minutes, percentages as numbers."""
    if value is None:
        return ""
    if kind == DURATION:
        return round(value / 60, 1)
    if kind in (PERCENT, SCORE):
        return round(value, 1 if kind == PERCENT else 2)
    return value


def duration_text(seconds: float | None) -> str:
    """'45 min', '3 h 20 min', '2 d 4 h': short, and the same in every table."""
    if seconds is None:
        return "–"
    minutes = round(seconds / 60)
    if minutes < 60:
        return ngettext("%(m)d min", "%(m)d min", minutes) % {"m": minutes}
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        return _("%(h)d h %(m)02d min") % {"h": hours, "m": minutes}
    days, hours = divmod(hours, 24)
    return _("%(d)d d %(h)d h") % {"d": days, "h": hours}


def percent(part: int, whole: int) -> float | None:
    return 100 * part / whole if whole else None
