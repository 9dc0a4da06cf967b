"""Writing many rows of one model in one statement: PostgreSQL's INSERT ... SELECT FROM unnest().

Django's bulk_create sends one parameter per value (tens of thousands for a big fan-out) and
prepares each in Python; here each varying column is one array parameter and every other
column is its default, prepared once. Other databases (the demo's SQLite) use bulk_create.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.db import connection, models
from django.utils import timezone

BATCH = 2000


def _constant(field: models.Field, now) -> Any:
    if isinstance(field, models.DateTimeField) and (field.auto_now or field.auto_now_add):
        return now
    # Django's own default: the declared one, else "" for text fields and None for the rest
    # (a NOT NULL column with neither fails loudly at the database).
    return field.get_default()


def insert_rows(
    model: type[models.Model], columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> list[int]:
    """Insert one row per item of `rows` (values for `columns`, other fields take their
    defaults); returns the new primary keys in the order of `rows`."""
    if not rows:
        return []
    if connection.vendor != "postgresql":
        names = [model._meta.get_field(name).attname for name in columns]
        objs = [model(**dict(zip(names, row, strict=True))) for row in rows]
        model.objects.bulk_create(objs, batch_size=BATCH)
        return [obj.pk for obj in objs]
    now = timezone.now()
    meta = model._meta
    varying = [meta.get_field(name) for name in columns]
    fixed = [f for f in meta.concrete_fields if not f.primary_key and f.name not in set(columns)]
    quote = connection.ops.quote_name
    names = [quote(f.column) for f in fixed] + [quote(f.column) for f in varying]
    fixed_sql = [f"%s::{f.db_type(connection)}" for f in fixed]
    unnest = ", ".join(f"%s::{f.db_type(connection)}[]" for f in varying)
    aliases = ", ".join(f"c{i}" for i in range(len(varying)))
    # Only names from the model's own metadata (quoted) and its column types go into the text;
    # every value is a parameter.
    sql = (
        f"INSERT INTO {quote(meta.db_table)} ({', '.join(names)}) "  # noqa: S608
        f"SELECT {', '.join([*fixed_sql, aliases])} "
        f"FROM unnest({unnest}) WITH ORDINALITY AS v({aliases}, n) ORDER BY n "
        f"RETURNING {quote(meta.pk.column)}"
    )
    fixed_values = [f.get_db_prep_save(_constant(f, now), connection) for f in fixed]
    ids: list[int] = []
    with connection.cursor() as cursor:
        for start in range(0, len(rows), 10 * BATCH):
            chunk = rows[start : start + 10 * BATCH]
            arrays = [[row[i] for row in chunk] for i in range(len(varying))]
            cursor.execute(sql, [*fixed_values, *arrays])
            ids += [pk for (pk,) in cursor.fetchall()]
    return ids
