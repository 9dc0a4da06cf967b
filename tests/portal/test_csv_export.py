"""CSV exports never hand a spreadsheet a formula to run."""

import csv
import io

import pytest
from django.db import connection

from portal.csv_export import csv_cell, csv_writer, sql_csv_cell


@pytest.mark.parametrize(
    "value",
    ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "=cmd|'/C calc'!A0@example.org"],
)
def test_a_cell_that_would_run_is_written_as_text(value):
    assert csv_cell(value) == "'" + value


@pytest.mark.parametrize("value", ["dispatcher", "a=b", "192.0.2.7", "", " =x", "report.view"])
def test_other_cells_are_unchanged(value):
    assert csv_cell(value) == value


def test_none_and_numbers():
    assert csv_cell(None) == "" and csv_cell(7) == "7"


def test_the_writer_escapes_every_cell_and_stays_valid_csv():
    stream = io.StringIO()
    csv_writer(stream).writerows([["=1+1", 'say "hi"', "-2"], ["plain", "\r\n", "@x"]])

    rows = list(csv.reader(io.StringIO(stream.getvalue())))
    assert rows == [["'=1+1", 'say "hi"', "'-2"], ["plain", "'\r\n", "'@x"]]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "value", ["=1+1", "+1", "-2", "@SUM(1)", "\t=1", "\r=1", "plain", "", "a=b", "'quoted"]
)
def test_the_sql_rule_is_the_python_rule(value):
    with connection.cursor() as cursor:
        query = f"SELECT {sql_csv_cell('v')} FROM (SELECT %s::text AS v) t"  # noqa: S608
        cursor.execute(query, [value])
        assert cursor.fetchone()[0] == csv_cell(value)
