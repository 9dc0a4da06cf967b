"""Statistics for supervisors and for the public "how we're doing" page (reads only).

aggregates: the numbers, computed by PostgreSQL (or in Python on the demo's SQLite);
supervisor: the supervisors' page, from the summary table when the beat job keeps it fresh;
public: the public page's figures; tables: how a table is shown and written to CSV.
"""

from .aggregates import aggregates, aggregates_in_python, day_start
from .public import PublicStatistics, public_months, public_statistics
from .supervisor import Statistics, category_names, snapshot_refresh, supervisor_statistics
from .tables import COUNT, DURATION, PERCENT, SCORE, TEXT, Column, Table, duration_text, percent

__all__ = [
    "COUNT",
    "DURATION",
    "PERCENT",
    "SCORE",
    "TEXT",
    "Column",
    "PublicStatistics",
    "Statistics",
    "Table",
    "aggregates",
    "aggregates_in_python",
    "category_names",
    "day_start",
    "duration_text",
    "percent",
    "public_months",
    "public_statistics",
    "snapshot_refresh",
    "supervisor_statistics",
]
