"""APCO ANS 1.111.2-2018 common disposition codes that fit a police non-emergency report.

The registry (NENA EIDO, common-disposition-codes) has 45 codes, many for fire and EMS; staff
close online reports with one of these.
"""

from django.utils.translation import gettext_lazy as _

DISPOSITIONS = {
    "01": _("Report taken"),
    "02": _("No report taken"),
    "05": _("Completed by phone contact"),
    "07": _("Civil matter"),
    "08": _("Follow-up report taken"),
    "10": _("Event cancelled"),
    "13": _("Information or administrative"),
    "15": _("Referred to a partner agency"),
    "18": _("Completed by contact"),
    "22": _("Cancelled: duplicate"),
}
DUPLICATE = "22"
