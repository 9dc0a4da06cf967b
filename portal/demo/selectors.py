"""What the phone simulator shows: the messages and calls to and from one number."""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Q
from django.utils.translation import gettext as _

from reporting.messaging.models import Message, StaffPhone
from reporting.models import Report


@dataclass(frozen=True)
class Entry:
    at: datetime
    mine: bool  # sent from the simulated phone
    kind: str  # "sms", "call" or "ringing"
    body: str
    message: Message | None = None


def phone_numbers() -> list[tuple[str, str]]:
    """(number, who) for the demo's reporters and dispatchers, to pick from."""
    numbers: dict[str, str] = {}
    for phone, reference in Report.objects.exclude(phone="").values_list("phone", "reference"):
        numbers.setdefault(str(phone), _("reporter of %(reference)s") % {"reference": reference})
    for phone, username in StaffPhone.objects.values_list("phone", "user__username"):
        numbers[str(phone)] = _("call-back phone of %(user)s") % {"user": username}
    return sorted(numbers.items())


def conversation_for(number: str, replies: list[dict]) -> list[Entry]:
    """Texts both ways and calls, oldest first; `replies` are the agency's instant TwiML answers."""
    entries, recorded = [], set()
    messages = Message.objects.filter(
        Q(to=number) | Q(from_address=number) | Q(staff_phone=number)
    ).exclude(channel=Message.Channel.EMAIL)
    for message in messages.order_by("created_at", "pk"):
        if message.channel == Message.Channel.VOICE:
            kind = "ringing" if message.staff_phone == number else "call"
            entries.append(Entry(message.created_at, False, kind, message.body, message))
        else:
            mine = message.direction == Message.Direction.INBOUND
            entries.append(Entry(message.created_at, mine, "sms", message.body, message))
            if message.kind.startswith("reply_"):
                recorded.add(message.body)
    # The inbound webhook records its TwiML replies as messages: a reply is shown once.
    entries += [
        Entry(datetime.fromisoformat(reply["at"]), False, "sms", reply["body"])
        for reply in replies
        if reply["body"] not in recorded
    ]
    return sorted(entries, key=lambda entry: entry.at)
