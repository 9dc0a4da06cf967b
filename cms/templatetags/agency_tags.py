from django import template

register = template.Library()


@register.filter
def short_code(number: str) -> str:
    """'911' -> '9-1-1': short codes are written digit by digit, as they are said aloud.

    Saying "nine-eleven" costs children seconds they don't have; the written form teaches the
    spoken one. Longer numbers are returned unchanged.
    """
    number = str(number or "")
    return "-".join(number) if number.isdigit() and len(number) <= 4 else number
