"""Writes for alerts: subscriptions (double opt-in), the signed preferences link, and the
fan-out that turns a published alert into one message per subscriber and channel.

Everything a resident receives goes through messaging (Message rows) and the one outbox.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta

import phonenumbers
from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone, translation
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext as _

from portal.outbox.models import OutboxItem
from portal.outbox.publish import item_publish
from portal.outbox.services import outbox_add
from reporting.messaging import content
from reporting.messaging.models import Message, OptOut
from reporting.messaging.outbox_kinds import EMAIL, SMS
from reporting.messaging.ratelimit import sender_rate
from reporting.messaging.segments import sms_segments
from reporting.messaging.services import message_queue

from . import domain
from .areas import alert_neighbourhood_ids
from .bulk import insert_rows
from .cap import page_url, url_in
from .models import Alert, Delivery, Neighbourhood, Subscriber

logger = logging.getLogger(__name__)

FANOUT_KIND = "alerts.fanout"
TOKEN_SALT = "reporting.alerts.preferences"  # noqa: S105 - a salt, not a secret
CONFIRM_SALT = "reporting.alerts.email-confirm"
CONFIRM_WORDS = {"YES", "SI", "SÍ"}
BATCH = 2000


class SubscriptionError(ValueError):
    pass


# --- Signed links ------------------------------------------------------------------------


def _sign(salt: str, pk: int) -> str:
    # 20 hex characters (80 bits) of HMAC keep the link short enough for one text.
    return f"{pk}-{salted_hmac(salt, str(pk)).hexdigest()[:20]}"


def _unsign(salt: str, token: str) -> int | None:
    pk, _sep, _mac = (token or "").partition("-")
    # isascii too: str.isdigit() accepts "²" or "①", which int() refuses.
    if not (pk.isascii() and pk.isdigit()) or len(pk) > 12:
        return None
    return int(pk) if constant_time_compare(_sign(salt, int(pk)), token) else None


def preferences_token(subscriber_id: int) -> str:
    return _sign(TOKEN_SALT, subscriber_id)


def preferences_url(subscriber_id: int, language: str = "en") -> str:
    return url_in("alerts:preferences", [preferences_token(subscriber_id)], language)


def subscriber_for_token(token: str) -> Subscriber | None:
    pk = _unsign(TOKEN_SALT, token)
    return Subscriber.objects.filter(pk=pk).first() if pk else None


def _confirm_salt(email: str) -> str:
    # The link confirms this address only: after a change of address (from the preferences
    # link) a link sent to the old one no longer confirms the new one.
    return f"{CONFIRM_SALT}:{email.strip().lower()}"


def email_confirm_url(subscriber_id: int, language: str = "en", *, email: str | None = None) -> str:
    if email is None:
        email = Subscriber.objects.values_list("email", flat=True).get(pk=subscriber_id)
    token = _sign(_confirm_salt(email), subscriber_id)
    return url_in("alerts:confirm_email", [token], language)


# --- Subscriptions -----------------------------------------------------------------------


def phone_normalise(raw: str) -> str:
    try:
        number = phonenumbers.parse(raw, settings.PHONENUMBER_DEFAULT_REGION)
    except phonenumbers.NumberParseException as exc:
        raise SubscriptionError(_("Enter a valid mobile number.")) from exc
    if not phonenumbers.is_valid_number(number):
        raise SubscriptionError(_("Enter a valid mobile number."))
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


@dataclass
class Choice:
    phone: str
    email: str
    language: str
    whole_city: bool
    neighbourhoods: list[Neighbourhood]
    address: str
    sms_threshold: int
    email_threshold: int


def _confirm_texts(subscriber: Subscriber, *, phone_new: bool, email_new: bool) -> None:
    facts = content.agency_facts(subscriber.language)
    with translation.override(subscriber.language):
        # One "reply YES" text (one confirm email) a day per number (address), however often
        # it is signed up (anyone can type one into the form): its YES (its link) confirms
        # every sign-up waiting for it.
        asked = Message.objects.filter(
            channel=Message.Channel.SMS,
            kind="alert_confirm",
            to=subscriber.phone,
            created_at__gte=timezone.now() - timedelta(days=1),
        )
        if phone_new and subscriber.phone and not asked.exists():
            body = _(
                "%(agency)s alerts: reply YES to get text alerts. Msg&data rates may apply. "
                "Reply STOP to opt out."
            ) % {"agency": facts["agency_name"]}
            message_queue(
                report=None,
                channel=Message.Channel.SMS,
                to=subscriber.phone,
                body=body,
                kind="alert_confirm",
                language=subscriber.language,
            )
        emailed = Message.objects.filter(
            channel=Message.Channel.EMAIL,
            kind="alert_confirm",
            to=subscriber.email,
            created_at__gte=timezone.now() - timedelta(days=1),
        )
        if email_new and subscriber.email and not emailed.exists():
            body = "\n\n".join(
                [
                    _("Confirm your %(agency)s alerts") % {"agency": facts["agency_name"]},
                    _("Open this link to start getting alerts by email:"),
                    email_confirm_url(subscriber.pk, subscriber.language, email=subscriber.email),
                    _("If you did not ask for alerts, ignore this email."),
                ]
            )
            message_queue(
                report=None,
                channel=Message.Channel.EMAIL,
                to=subscriber.email,
                body=body,
                kind="alert_confirm",
                language=subscriber.language,
            )


@transaction.atomic
def subscription_create(*, choice: Choice) -> Subscriber:
    """A new subscription, waiting for each channel's confirmation (YES by text, email link)."""
    if not (choice.phone or choice.email):
        raise SubscriptionError(_("Enter a mobile number, an email address, or both."))
    if not (choice.whole_city or choice.neighbourhoods):
        raise SubscriptionError(_("Choose at least one neighborhood, or all of the city."))
    subscriber = Subscriber.objects.create(
        phone=choice.phone,
        email=choice.email,
        language=choice.language,
        whole_city=choice.whole_city,
        address=choice.address,
        sms_threshold=choice.sms_threshold,
        email_threshold=choice.email_threshold,
    )
    subscriber.neighbourhoods.set(choice.neighbourhoods)
    _confirm_texts(subscriber, phone_new=True, email_new=True)
    return subscriber


@transaction.atomic
def subscription_update(*, subscriber: Subscriber, choice: Choice) -> Subscriber:
    """Change preferences from the signed link. A new number or address is confirmed again."""
    if not (choice.phone or choice.email):
        raise SubscriptionError(_("Enter a mobile number, an email address, or both."))
    if not (choice.whole_city or choice.neighbourhoods):
        raise SubscriptionError(_("Choose at least one neighborhood, or all of the city."))
    subscriber = Subscriber.objects.select_for_update().get(pk=subscriber.pk)
    phone_new = choice.phone != subscriber.phone
    email_new = choice.email.lower() != subscriber.email.lower()
    if phone_new:
        subscriber.phone_confirmed_at = None
    if email_new:
        subscriber.email_confirmed_at = None
    for field in (
        "phone",
        "email",
        "language",
        "whole_city",
        "address",
        "sms_threshold",
        "email_threshold",
    ):
        setattr(subscriber, field, getattr(choice, field))
    subscriber.save()
    subscriber.neighbourhoods.set(choice.neighbourhoods)
    _confirm_texts(subscriber, phone_new=phone_new, email_new=email_new)
    return subscriber


@transaction.atomic
def subscription_delete(*, subscriber: Subscriber) -> None:
    """Unsubscribe from everything: the row goes (deliveries already made go with it)."""
    Subscriber.objects.filter(pk=subscriber.pk).delete()


def subscription_confirm_email(*, token: str) -> Subscriber | None:
    claimed = (token or "").partition("-")[0]
    if not (claimed.isascii() and claimed.isdigit()) or len(claimed) > 12:
        return None
    subscriber = Subscriber.objects.filter(pk=int(claimed)).exclude(email="").first()
    pk = _unsign(_confirm_salt(subscriber.email), token) if subscriber else None
    if pk is None:
        return None
    if subscriber.email_confirmed_at is None:
        # The address's owner opened it: every sign-up waiting for this address is confirmed
        # (a second one within a day got no email of its own).
        Subscriber.objects.filter(email=subscriber.email, email_confirmed_at__isnull=True).update(
            email_confirmed_at=timezone.now()
        )
        subscriber.refresh_from_db()
    return subscriber


def subscription_confirm_sms(*, phone: str, body: str) -> str | None:
    """The inbound-text handler's work: YES from a number waiting to confirm.

    Returns the reply (the number is now subscribed), or None when this text is not a
    confirmation (another handler may want it). One indexed query when it is not.
    """
    word = body.strip().strip(".!").upper()
    if word not in CONFIRM_WORDS:
        return None
    waiting = list(
        Subscriber.objects.select_for_update().filter(phone=phone, phone_confirmed_at__isnull=True)
    )
    if not waiting:
        return None
    Subscriber.objects.filter(pk__in=[s.pk for s in waiting]).update(
        phone_confirmed_at=timezone.now()
    )
    subscriber = waiting[0]
    facts = content.agency_facts(subscriber.language)
    with translation.override(subscriber.language):
        return _(
            "%(agency)s: you will get text alerts. Change them: %(link)s Reply STOP to end texts."
        ) % {
            "agency": facts["agency_name"],
            "link": preferences_url(subscriber.pk, subscriber.language),
        }


# --- Fan-out -----------------------------------------------------------------------------


def alert_fanout_queue(*, alert: Alert) -> None:
    """Publishing an alert queues its fan-out once (a later re-publish sends nothing again).

    Called in the publish transaction; the fan-out itself runs in a worker, so the approver's
    page answers at once whatever the number of subscribers.
    """
    outbox_add(kind=FANOUT_KIND, key=f"alerts.fanout:{alert.pk}", target_id=alert.pk)


def recipients(alert: Alert) -> QuerySet[Subscriber]:
    """Who an alert reaches: residents of its areas for Actual alerts, staff otherwise."""
    subscribers = Subscriber.objects.all()
    if alert.status not in domain.PUBLIC_STATUSES:
        return subscribers.filter(staff_recipient=True)
    # An Update or Cancel written without areas reaches the people the original reached.
    seen = {alert.pk}
    while (
        not (alert.whole_city or alert.area_geojson or alert.neighbourhoods.exists())
        and alert.references_id
        and alert.references_id not in seen
    ):
        alert = alert.references
        seen.add(alert.pk)
    if alert.whole_city:
        return subscribers
    ids = alert_neighbourhood_ids(alert)
    return subscribers.filter(
        Q(whole_city=True)
        | Exists(
            Subscriber.neighbourhoods.through.objects.filter(
                subscriber_id=OuterRef("pk"), neighbourhood_id__in=ids
            )
        )
    )


LINK = "\x00link\x00"  # where each subscriber's own preferences link goes
TOKEN_SLOT = "0-token"  # noqa: S105 - a placeholder in a URL, not a secret


def alert_sms_text(alert: Alert, language: str) -> str:
    """The text, with LINK for the subscriber's preferences link: headline, description and
    what to do; over the segment budget, the headline and a link. Always how to stop."""
    facts = content.agency_facts(language)
    with translation.override(language):
        tail = _("Settings: %(link)s Reply STOP to end texts.") % {"link": LINK}
        prefix = {
            domain.MsgType.UPDATE: _("UPDATE"),
            domain.MsgType.CANCEL: _("CANCELED"),
        }.get(alert.msg_type, "")
    head = f"{facts['agency_name']}: " + (f"{prefix}: " if prefix else "")
    parts = [head + alert.text("headline", language), alert.text("description", language)]
    if alert.text("instruction", language):
        parts.append(alert.text("instruction", language))
    full = "\n".join([*parts, tail])
    # Measured with the longest link a subscriber can have, so no one's text goes over.
    longest = preferences_url(10**12 - 1, language)
    if sms_segments(full.replace(LINK, longest)).segments <= domain.MAX_SEGMENTS:
        return full
    return f"{head}{alert.text('headline', language)}\n{page_url(alert, language)}\n{tail}"


def alert_email_text(alert: Alert, language: str) -> str:
    with translation.override(language):
        lines = [alert.text("headline", language), "", alert.text("description", language)]
        if alert.text("instruction", language):
            lines += ["", alert.text("instruction", language)]
        lines += [
            "",
            _("More: %(link)s") % {"link": page_url(alert, language)},
            "",
            _("Change your alerts or unsubscribe: %(link)s") % {"link": LINK},
        ]
    return "\n".join(lines)


def _texts(alert: Alert) -> dict[tuple[str, str], str]:
    return {
        (channel, language): render(alert, language)
        for channel, render in (("sms", alert_sms_text), ("email", alert_email_text))
        for language in ("en", "es")
    }


def _pace_seconds_per_segment() -> float:
    rate = sender_rate("sms")
    return rate.get_expiry() / rate.amount


@dataclass
class FanoutResult:
    messages: int
    opted_out: int
    item_ids: list[tuple[int, str, float]]


def alert_fanout(*, alert_id: int) -> FanoutResult:
    """One message per subscriber and channel, written in a few set-based statements.

    Texts are paced by the sender's rate (MESSAGING_SENDER_TYPE): each outbox row is due when
    the sender will have room for it, so a big fan-out neither floods Twilio nor runs out of
    attempts waiting. Deliveries already written (a second run) are skipped; the unique key
    (alert, subscriber, channel) makes a duplicate impossible even so.
    """
    now = timezone.now()
    with transaction.atomic():
        alert = Alert.objects.select_for_update().filter(pk=alert_id, live=True).first()
        if alert is None:
            return FanoutResult(0, 0, [])
        rank = domain.SEVERITY_RANK.get(alert.severity, 0)
        done = set(Delivery.objects.filter(alert=alert).values_list("subscriber_id", "channel"))
        # A number or address signed up twice (two sign-ups, both confirmed) gets one message.
        reached = {
            (channel, to.lower())
            for channel, to in Delivery.objects.filter(
                alert=alert, message__isnull=False
            ).values_list("channel", "message__to")
        }
        rows = (
            recipients(alert)
            .filter(
                Q(phone_confirmed_at__isnull=False, sms_threshold__lte=rank)
                | Q(email_confirmed_at__isnull=False, email_threshold__lte=rank)
            )
            .annotate(opted=Exists(OptOut.objects.filter(phone=OuterRef("phone"))))
            .order_by("pk")
            .values_list(
                "pk",
                "phone",
                "email",
                "language",
                "sms_threshold",
                "email_threshold",
                "phone_confirmed_at",
                "email_confirmed_at",
                "opted",
            )
        )
        texts = _texts(alert)
        # Each subscriber's link differs only in its token: resolve the URL once per language.
        bases = {lang: url_in("alerts:preferences", [TOKEN_SLOT], lang) for lang in ("en", "es")}
        # (channel, to, body, language, segments) per message; (subscriber, channel, index of
        # its message or None when opted out) per delivery.
        messages: list[tuple] = []
        deliveries: list[tuple[int, str, int | None]] = []
        segments: dict[str, int] = {}
        for pk, phone, email, language, sms_min, email_min, phone_ok, email_ok, opted in rows:
            if phone and phone_ok and sms_min <= rank and (pk, "sms") not in done:
                if opted:
                    deliveries.append((pk, "sms", None))
                elif ("sms", phone.lower()) not in reached:
                    reached.add(("sms", phone.lower()))
                    body = _personal(texts[("sms", language)], pk, bases[language])
                    # Every subscriber's text in a language differs only in a token of the
                    # same alphabet, so the count is the same unless the token's length is.
                    size = f"{language}:{len(body)}"
                    if size not in segments:
                        segments[size] = sms_segments(body).segments
                    deliveries.append((pk, "sms", len(messages)))
                    messages.append(("sms", phone, body, language, segments[size]))
            if (
                email
                and email_ok
                and email_min <= rank
                and (pk, "email") not in done
                and ("email", email.lower()) not in reached
            ):
                reached.add(("email", email.lower()))
                body = _personal(texts[("email", language)], pk, bases[language])
                deliveries.append((pk, "email", len(messages)))
                messages.append(("email", email, body, language, None))
        message_ids = insert_rows(
            Message,
            ["channel", "to", "body", "language", "segments", "kind"],
            [(*m, "alert") for m in messages],
        )
        insert_rows(
            Delivery,
            ["alert", "subscriber", "channel", "message", "opted_out"],
            [
                (alert.pk, pk, channel, None if i is None else message_ids[i], i is None)
                for pk, channel, i in deliveries
            ],
        )
        per_segment = _pace_seconds_per_segment()
        budget, items = 0.0, []
        for message_id, (channel, _to, _body, _language, count) in zip(
            message_ids, messages, strict=True
        ):
            delay = 0.0
            if channel == Message.Channel.SMS:
                delay = budget
                budget += (count or 1) * per_segment
            kind = SMS if channel == Message.Channel.SMS else EMAIL
            items.append((kind, f"messaging.message:{message_id}", message_id, delay))
        item_ids = insert_rows(
            OutboxItem,
            ["kind", "key", "target_id", "next_attempt_at"],
            [(k, key, t, now + timedelta(seconds=d)) for k, key, t, d in items],
        )
        queued = [
            (pk, kind, delay) for pk, (kind, _k, _t, delay) in zip(item_ids, items, strict=True)
        ]
    opted_out = sum(1 for d in deliveries if d[2] is None)
    return FanoutResult(messages=len(messages), opted_out=opted_out, item_ids=queued)


def _personal(text: str, subscriber_id: int, base: str) -> str:
    return text.replace(LINK, base.replace(TOKEN_SLOT, preferences_token(subscriber_id)))


def fanout_publish(result: FanoutResult) -> None:
    """After commit: queue each row's delivery, a text when its turn in the sender's rate comes.
    A row the broker loses is queued by the outbox's sweep."""
    for item_id, kind, delay in result.item_ids:
        item_publish(item_id=item_id, kind=kind, countdown=delay or None)


def alert_fanout_deliver(item: OutboxItem) -> str:
    """The outbox handler for an alert's fan-out row."""
    result = alert_fanout(alert_id=item.target_id)
    fanout_publish(result)
    return f"{result.messages} messages"
