"""CSV for spreadsheets, safe to open: a cell that a spreadsheet would run as a formula is
written as text. Every CSV export uses csv_writer (one place, so none forgets).

A cell starting with = + - @, a tab or a carriage return is a formula (or becomes one) in
Excel, LibreOffice and Google Sheets; such a cell gets a leading apostrophe, which the
spreadsheet shows as text and does not run (OWASP's advice for CSV injection). The original
value stays readable after the apostrophe.
"""

import csv

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


class _SafeWriter:
    def __init__(self, writer):
        self._writer = writer

    def writerow(self, row):
        return self._writer.writerow([csv_cell(value) for value in row])

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def csv_writer(stream, **kwargs) -> _SafeWriter:
    """csv.writer whose rows are escaped cell by cell; writerow returns what csv's does."""
    return _SafeWriter(csv.writer(stream, **kwargs))


def sql_csv_cell(expression: str) -> str:
    """csv_cell's rule in SQL, for an export PostgreSQL writes itself (COPY ... TO STDOUT):
    `expression` (a text column or expression) with the apostrophe added before a formula."""
    starts = ", ".join(f"chr({ord(c)})" for c in FORMULA_STARTS)
    quote = "''''"  # one apostrophe, as an SQL string literal
    return (
        f"CASE WHEN left({expression}, 1) IN ({starts}) "
        f"THEN {quote} || {expression} ELSE {expression} END"
    )
