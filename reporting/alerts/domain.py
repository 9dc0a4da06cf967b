"""CAP 1.2's vocabularies and the rules that need no database (OASIS CAP 1.2, section 3.2).

The values are CAP's own spelling: they go into the XML as they are.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    ACTUAL = "Actual", _("Actual (residents are alerted)")
    EXERCISE = "Exercise", _("Exercise (staff only)")
    TEST = "Test", _("Test (staff only)")


class MsgType(models.TextChoices):
    ALERT = "Alert", _("Alert (new)")
    UPDATE = "Update", _("Update of a published alert")
    CANCEL = "Cancel", _("Cancel a published alert")


class Category(models.TextChoices):
    GEO = "Geo", _("Geophysical")
    MET = "Met", _("Weather")
    SAFETY = "Safety", _("Public safety")
    SECURITY = "Security", _("Law enforcement and security")
    RESCUE = "Rescue", _("Rescue and recovery")
    FIRE = "Fire", _("Fire")
    HEALTH = "Health", _("Health (e.g. boil water)")
    ENV = "Env", _("Environment")
    TRANSPORT = "Transport", _("Transportation (e.g. road closure)")
    INFRA = "Infra", _("Utilities and infrastructure")
    CBRNE = "CBRNE", _("Chemical, biological, radiological or explosive")
    OTHER = "Other", _("Other")


class Urgency(models.TextChoices):
    IMMEDIATE = "Immediate", _("Immediate")
    EXPECTED = "Expected", _("Expected (within the hour)")
    FUTURE = "Future", _("Future")
    PAST = "Past", _("Past")
    UNKNOWN = "Unknown", _("Unknown")


class Severity(models.TextChoices):
    EXTREME = "Extreme", _("Extreme")
    SEVERE = "Severe", _("Severe")
    MODERATE = "Moderate", _("Moderate")
    MINOR = "Minor", _("Minor")
    UNKNOWN = "Unknown", _("Unknown")


class Certainty(models.TextChoices):
    OBSERVED = "Observed", _("Observed")
    LIKELY = "Likely", _("Likely")
    POSSIBLE = "Possible", _("Possible")
    UNLIKELY = "Unlikely", _("Unlikely")
    UNKNOWN = "Unknown", _("Unknown")


class ResponseType(models.TextChoices):
    SHELTER = "Shelter", _("Shelter in place")
    EVACUATE = "Evacuate", _("Evacuate")
    PREPARE = "Prepare", _("Prepare")
    EXECUTE = "Execute", _("Follow the instructions")
    AVOID = "Avoid", _("Avoid the area")
    MONITOR = "Monitor", _("Stay informed")
    ASSESS = "Assess", _("Assess")
    ALL_CLEAR = "AllClear", _("All clear")
    NONE = "None", _("No action needed")


# A subscriber's threshold is a rank: an alert reaches them when its severity ranks at least as
# high. Unknown ranks lowest, so only "every alert" subscribers get alerts of unknown severity.
SEVERITY_RANK = {
    Severity.EXTREME: 4,
    Severity.SEVERE: 3,
    Severity.MODERATE: 2,
    Severity.MINOR: 1,
    Severity.UNKNOWN: 0,
}


class Threshold(models.IntegerChoices):
    ALL = 0, _("Every alert")
    MODERATE = 2, _("Moderate, severe and extreme")
    SEVERE = 3, _("Severe and extreme only")
    EXTREME = 4, _("Extreme only")
    NONE = 9, _("None by this channel")


def reaches(*, severity: str, threshold: int) -> bool:
    return SEVERITY_RANK.get(severity, 0) >= threshold


# Who a status reaches: only Actual alerts go to residents; the rest go to staff recipients.
PUBLIC_STATUSES = (Status.ACTUAL,)
# A text longer than this many segments sends the headline and a link instead.
MAX_SEGMENTS = 2
