"""Rich text as plain text, for meta descriptions and JSON-LD."""

from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.rich_text import expand_db_html


def rich_text_plain(value: str, length: int = 300) -> str:
    """Rich text as one plain line, for meta descriptions and JSON-LD."""
    text = " ".join(strip_tags(expand_db_html(value or "")).split())
    return Truncator(text).chars(length)
