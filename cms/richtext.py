"""Rich text as plain text, for meta descriptions and JSON-LD."""

from functools import lru_cache

from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language
from wagtail.rich_text import expand_db_html


def rich_text_plain(value: str, length: int = 300) -> str:
    """Rich text as one plain line, for meta descriptions and JSON-LD."""
    # The FAQ page's JSON-LD asks for every answer on every render: the same text gives the
    # same line (the language is part of the key: it words the truncation mark).
    return _plain(str(value or ""), length, get_language())


@lru_cache(maxsize=1024)
def _plain(value: str, length: int, _language) -> str:
    text = " ".join(strip_tags(expand_db_html(value)).split())
    return Truncator(text).chars(length)
