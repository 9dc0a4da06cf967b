"""A date and time as people text them: "3/14", "3/14/2026 2:30pm", "yesterday 9pm", "hoy".

Month first in English, day first in Spanish (14/3). The result is the wizard's own raw shape
("2026-03-14", "14:30"), which its WhenForm then checks (not in the future, after 1900).
"""

import datetime
import re

from .words import TODAY, YESTERDAY, fold

_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_SLASH = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?\b")
_TIME = re.compile(r"\b(\d{1,2})(?::(\d{2}))?\s*(AM|PM|A M|P M)?\b")


def _time(text: str) -> str | None:
    """ "HH:MM" when the text holds a time (with a colon or am/pm), "" when none, None if bad."""
    for match in _TIME.finditer(text):
        hour, minute, half = match.group(1), match.group(2), (match.group(3) or "").replace(" ", "")
        if minute is None and not half:
            continue
        hour, minute = int(hour), int(minute or 0)
        if half:
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if half == "PM" else 0)
        if hour > 23 or minute > 59:
            return None
        return f"{hour:02d}:{minute:02d}"
    return ""


def when_raw(text: str, language: str, today: datetime.date, now: datetime.time) -> dict | None:
    """{"date_from", "time_from"} for WhenForm, or None when no date can be read."""
    folded = fold(text).replace(",", " ")
    day = None
    rest = folded
    words = set(folded.split())
    if words & TODAY:
        day = today
        rest = " ".join(w for w in folded.split() if w not in TODAY)
        if words & {"NOW", "AHORA"} and not _time(rest):
            rest = now.strftime("%H:%M")
    elif words & YESTERDAY:
        day = today - datetime.timedelta(days=1)
        rest = " ".join(w for w in folded.split() if w not in YESTERDAY)
    elif match := _ISO.search(folded):
        try:
            day = datetime.date(*(int(g) for g in match.groups()))
        except ValueError:
            return None
        rest = folded[: match.start()] + " " + folded[match.end() :]
    elif match := _SLASH.search(folded):
        first, second, year = match.groups()
        month, dom = (int(second), int(first)) if language == "es" else (int(first), int(second))
        year = int(year) + (2000 if len(year) == 2 else 0) if year else today.year
        try:
            day = datetime.date(year, month, dom)
            if not match.group(3) and day > today:
                # "12/30" texted on Jan 2 means last year (which may have no February 29).
                day = day.replace(year=day.year - 1)
        except ValueError:
            return None
        rest = folded[: match.start()] + " " + folded[match.end() :]
    if day is None:
        return None
    time = _time(rest)
    if time is None:
        return None
    return {"date_from": day.isoformat(), "time_from": time}


def datetime_raw(text: str, language: str, today, now) -> str | None:
    """A category question's date and time as its form field reads it ("%Y-%m-%dT%H:%M")."""
    raw = when_raw(text, language, today, now)
    if raw is None:
        return None
    return f"{raw['date_from']}T{raw['time_from'] or '00:00'}"
