"""Writes for a report by text. They run inside the inbound webhook's transaction (the handler
chain's), so a text, what it changed and its recorded reply commit together."""

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from portal.outbox.services import outbox_add
from reporting import mms, services, wizard
from reporting.messaging.models import Message
from reporting.models import TriageFinding
from reporting.models.reports import ReportChannel
from reporting.threads import report_status_link
from reporting.triage.lists import check_fields

from . import engine, words
from .engine import Invalid, Outcome, prompt
from .fitting import drop, fit, fits, keep
from .models import Conversation
from .selectors import came_from_a_call

FIRST_STEP = f"screen:{engine.SCREENING[0]}"


def conversation_start(*, phone: str, language: str, message) -> tuple[Conversation, str]:
    """A new conversation for a text that asked for one (or a stranger's first text)."""
    now = timezone.now()
    try:
        with transaction.atomic():
            conversation = Conversation.objects.create(
                phone=phone,
                language=language,
                step=FIRST_STEP,
                last_text_at=now,
                state={"first_message": message.pk},
            )
    except IntegrityError:
        # Two texts at once: the other one started it; this one is an answer to it.
        conversation = Conversation.objects.get(phone=phone, status=Conversation.Status.ACTIVE)
        return conversation, ""
    _message_language(message, language)
    with engine.translated(conversation):
        reply = fit(
            drop(engine.intro()),
            keep(engine.language_offer()),
            keep(prompt(conversation, FIRST_STEP)),
        )
    return conversation, reply


def _message_language(message, language: str) -> None:
    if message is not None and message.language != language:
        message.language = language
        message.save(update_fields=["language", "updated_at"])


def conversation_receive(
    conversation: Conversation,
    *,
    text: str,
    media: list,
    message,
    keyword: str,
    emergency_reply: str = "",
) -> Outcome:
    """One text in a conversation in progress: the reply, and the state moved on (or not)."""
    conversation = Conversation.objects.select_for_update().get(pk=conversation.pk)
    now = timezone.now()
    silent = now - conversation.last_text_at > engine.RESUME_AFTER
    conversation.last_text_at = now
    if keyword == "STOP":
        conversation.status = Conversation.Status.STOPPED
        conversation.save()
        return Outcome("")
    if silent:
        conversation.paused = True
    if words.is_word(text, words.SPANISH | words.ENGLISH):
        conversation.language = "es" if words.is_word(text, words.SPANISH) else "en"
        if conversation.draft is not None:
            conversation.draft.language = conversation.language
            conversation.draft.save(update_fields=["language", "updated_at"])
    _message_language(message, conversation.language)
    with engine.translated(conversation):
        outcome = _receive(conversation, text=text, media=media, message=message,
                           keyword=keyword, emergency_reply=emergency_reply)  # fmt: skip
    conversation.save()
    return outcome


def _receive(conversation, *, text, media, message, keyword, emergency_reply) -> Outcome:
    emergency = bool(emergency_reply)
    if conversation.draft is None and not conversation.step.startswith("screen:"):
        # The draft was purged after REPORTING_DRAFT_RETENTION_DAYS: begin again.
        conversation.paused = False
        return _restart(conversation)
    photos_now = _photos_keep(conversation, media, message)
    step = conversation.step
    if conversation.paused:
        if words.is_word(text, words.START_OVER):
            return _restart(conversation)
        if words.is_word(text, words.CONTINUE):
            conversation.paused = False
            conversation.state.pop("pending", None)
            return Outcome(prompt(conversation, step))
        return Outcome(engine.resume_reply())
    if words.is_word(text, words.SPANISH | words.ENGLISH):
        return Outcome(prompt(conversation, step))
    if keyword == "HELP" or words.is_word(text, words.HELP):
        return Outcome(engine.help_reply(conversation))
    if words.is_word(text, words.START_OVER):
        return _restart(conversation)
    if words.is_word(text, words.BACK):
        return _back(conversation)
    pending = conversation.state.get("pending")
    if pending and words.is_word(text, words.CONTINUE) and pending.get("step") == step:
        # They read "call 9-1-1" and say it is not an emergency: their words count as typed.
        conversation.state.pop("pending")
        text, emergency = pending["text"], False
    elif pending and not pending.get("told") and pending.get("step") == step and not emergency:
        # The 9-1-1 reply had no room for "reply CONTINUE" (Spanish, in UCS-2): say it now,
        # with the question again. This text is kept as a message; the next one answers.
        pending["told"] = True
        return Outcome(prompt(conversation, step, first=engine.after_emergency_reply()))
    elif pending:
        conversation.state.pop("pending")
    if emergency and not step.startswith("screen:"):
        # The 9-1-1 reply goes first (the chain's); the answer waits, kept, until CONTINUE.
        hint = engine.after_emergency_reply()
        told = fits(f"{emergency_reply}\n\n{hint}")
        conversation.state["pending"] = {"step": step, "text": text, "told": told}
        conversation.state.setdefault("emergency_texts", []).append({"step": step, "text": text})
        return Outcome(hint, after_emergency=told)
    try:
        return _answer(conversation, step, text, photos_now)
    except Invalid as exc:
        return Outcome(prompt(conversation, step, first=str(exc)))


def _photos_keep(conversation, media, message) -> int:
    """Pictures texted at any step are kept for the report (at most conf.MAX_PHOTOS)."""
    if not media or message is None:
        return 0
    room = engine.max_photos() - engine.photo_count(conversation)
    pictures = engine.image_media(media, room)
    if not pictures:
        return 0
    message.media = pictures
    message.save(update_fields=["media", "updated_at"])
    conversation.state.setdefault("photos", []).append(
        {"message": message.pk, "count": len(pictures)}
    )
    return len(pictures)


def _restart(conversation) -> Outcome:
    from django.utils.translation import gettext as _

    # The old draft stays (and is purged with the other drafts); the texts all stay.
    conversation.draft = None
    conversation.paused = False
    conversation.step = FIRST_STEP
    conversation.state = {"first_message": conversation.state.get("first_message")}
    return Outcome(prompt(conversation, FIRST_STEP, first=_("Starting over.")))


def _back(conversation) -> Outcome:
    from django.utils.translation import gettext as _

    step = conversation.step
    if step == "where" and conversation.state.pop("places", None):
        return Outcome(prompt(conversation, "where", first=_("Back.")))
    steps = engine.steps_of(conversation)
    index = steps.index(step) if step in steps else 0
    conversation.step = steps[max(index - 1, 0)]
    conversation.state.pop("category_page", None)
    conversation.state.pop("choice_page", None)
    return Outcome(prompt(conversation, conversation.step, first=_("Back.")))


def _advance(conversation, *, first: str = "") -> Outcome:
    steps = engine.steps_of(conversation)
    index = steps.index(conversation.step) if conversation.step in steps else -1
    conversation.step = steps[min(index + 1, len(steps) - 1)]
    conversation.state.pop("choice_page", None)
    return Outcome(prompt(conversation, conversation.step, first=first))


def _draft_save(conversation, step: str, changes: dict) -> None:
    draft = conversation.draft
    services.draft_step_save(draft=draft, step=step, raw={**draft.step_data(step), **changes})


def _answer(conversation, step: str, text: str, photos_now: int) -> Outcome:
    from django.utils.translation import gettext as _

    state = conversation.state
    if step.startswith("screen:"):
        if words.is_word(text, words.YES):
            if conversation.draft is not None:
                services.draft_screening_record(draft=conversation.draft, emergency=True)
            conversation.status = Conversation.Status.EMERGENCY
            return Outcome(engine.screening_stop_reply())
        if not words.is_word(text, words.NO):
            raise Invalid(_("Please reply YES or NO."))
        state.setdefault("screening", {})[step[7:]] = "no"
        if step == f"screen:{engine.SCREENING[-1]}" and conversation.draft is None:
            conversation.draft = services.draft_start(
                language=conversation.language, emergency=False
            )
            services.draft_via(
                draft=conversation.draft,
                language=conversation.language,
                channel=ReportChannel.PHONE
                if came_from_a_call(conversation.phone)
                else ReportChannel.SMS,
            )
        return _advance(conversation)
    if step == "category":
        if words.numbers_in(text) == [0]:
            state["category_page"] = state.get("category_page", 0) + 1
            return Outcome(prompt(conversation, step))
        categories = engine._categories(conversation)
        chosen = categories[engine._choose(text, len(categories))[0] - 1]
        _draft_save(conversation, "category", {"category": chosen.slug})
        state.pop("category_page", None)
        return _advance(conversation)
    if step.startswith("q:"):
        question = engine.question_of(engine.category_of(conversation), step)
        if question is None:
            return _advance(conversation)
        if question.is_list and words.numbers_in(text) == [0]:
            state["choice_page"] = state.get("choice_page", 0) + 1
            return Outcome(prompt(conversation, step))
        value = engine.answer_question(conversation, question, text)
        _draft_save(conversation, "what", {f"q_{question.code}": value})
        return _advance(conversation)
    if step == "what":
        _draft_save(conversation, "what", {"narrative": engine.answer_narrative(text)})
        return _advance(conversation)
    if step == "where":
        if state.get("places"):
            raw = engine.answer_place(conversation, text)
        else:
            raw, places = engine.answer_where(conversation, text)
            if places:
                state["places"], state["where_typed"] = places, raw
                return Outcome(prompt(conversation, step))
        state.pop("places", None)
        state.pop("where_typed", None)
        services.draft_step_save(draft=conversation.draft, step="where", raw=raw)
        outside = engine.outside_area(raw)
        if outside:
            return Outcome(prompt(conversation, step, first=outside))
        return _advance(conversation)
    if step == "when":
        services.draft_step_save(
            draft=conversation.draft, step="when", raw=engine.answer_when(conversation, text)
        )
        return _advance(conversation)
    if step == "photos":
        count = engine.photo_count(conversation)
        if count >= engine.max_photos():
            return _advance(
                conversation, first=_("Thank you: 5 photos, the most one report takes.")
            )
        if photos_now:
            return Outcome(
                fit(
                    keep(_("Got it: %(count)s photo(s).") % {"count": count}),
                    keep(_("Send more, or reply DONE.")),
                )
            )
        if words.is_word(text, words.DONE):
            return _advance(conversation)
        raise Invalid(_("Please send a picture message, or reply DONE."))
    if step == "name":
        services.draft_step_save(
            draft=conversation.draft,
            step="contact",
            raw={
                "reporter_name": engine.answer_name(text),
                "phone": conversation.phone,
                "email": "",
                "callback_channel": "sms",
                "language": conversation.language,
                "best_time": "",
            },
        )
        return _advance(conversation)
    if step == "review":
        if words.is_word(text, words.SEND):
            return _submit(conversation)
        raise Invalid(_("Reply SEND to send it, BACK to change it, or START OVER."))
    return Outcome(prompt(conversation, step))


def _step_to_fix(conversation, wizard_step: str) -> str:
    if wizard_step == "what":
        form = wizard.build_form(
            "what",
            conversation.draft,
            conversation.language,
            data=wizard.as_data(conversation.draft.step_data("what")),
        )
        form.is_valid()
        for name in form.errors:
            if name.startswith("q_"):
                return f"q:{name[2:]}"
    return {"contact": "name"}.get(wizard_step, wizard_step if wizard_step else "category")


def _over_submit_limit(phone: str) -> bool:
    import datetime
    import re

    from reporting import conf
    from reporting.models import Report

    count, _slash, period = conf.rate("SUBMIT_RATE_PER_PHONE").partition("/")
    match = re.fullmatch(r"(\d*)([smhd])", period.strip().lower())
    if not count.strip().isdigit() or match is None:
        return False
    seconds = int(match.group(1) or 1) * {"s": 1, "m": 60, "h": 3600, "d": 86400}[match.group(2)]
    since = timezone.now() - datetime.timedelta(seconds=seconds)
    return Report.objects.filter(phone=phone, submitted_at__gte=since).count() >= int(count)


def _submit(conversation) -> Outcome:
    """The wizard's own check and submit service: same transaction, queue item, reference."""
    from django.utils.translation import gettext as _

    draft, language = conversation.draft, conversation.language
    if _over_submit_limit(conversation.phone):
        # The wizard's per-phone limit (REPORTING_SUBMIT_RATE_PER_PHONE); the answers stay.
        return Outcome(engine.too_many_reply())
    check = wizard.draft_check(draft, language)
    if not check.valid:
        conversation.step = _step_to_fix(conversation, check.first_invalid)
        return Outcome(
            prompt(conversation, conversation.step, first=_("Please check this answer again."))
        )
    # The channel (text, or phone call then text) rides on the draft (services.draft_via).
    fields = wizard.report_fields(check)
    findings = check_fields(wizard.free_text(draft), language_hint=language)
    report = services.draft_submit(draft=draft, fields=fields, findings=findings)
    # Emergency words typed where no form field keeps them (answered "call 9-1-1" mid-way)
    # reach the console too, and raise the report in the queue.
    kept = set(wizard.free_text(draft).values())
    for said in conversation.state.get("emergency_texts") or []:
        if said["text"] not in kept:
            services.report_emergency_language_check(
                report=report, text=said["text"], source=TriageFinding.Source.SMS, field="sms"
            )
    # Texted photos: fetched from Twilio by the existing MMS outbox kind, now that they have a
    # report to belong to.
    for photo in conversation.state.get("photos") or []:
        Message.objects.filter(pk=photo["message"]).update(report=report)
        outbox_add(kind=mms.KIND, key=f"{mms.KIND}:{photo['message']}", target_id=photo["message"])
    # The whole conversation becomes the report's thread, readable on the console.
    Message.objects.filter(
        Q(from_address=conversation.phone) | Q(to=conversation.phone),
        report__isnull=True,
        channel=Message.Channel.SMS,
        pk__gte=conversation.state.get("first_message") or 0,
    ).update(report=report)
    conversation.status = Conversation.Status.SUBMITTED
    conversation.report = report
    return Outcome(engine.sent_reply(report, report_status_link(report)), submit=True)


def conversations_purge(*, now=None) -> int:
    """Delete conversations that filed no report and got no text for as long as drafts are
    kept (REPORTING_DRAFT_RETENTION_DAYS): their draft is gone by then. A conversation that
    filed a report stays with it. Returns how many were deleted."""
    import datetime

    from reporting import conf

    cutoff = (now or timezone.now()) - datetime.timedelta(days=conf.draft_retention_days())
    deleted, _by_model = Conversation.objects.filter(
        report__isnull=True, last_text_at__lt=cutoff
    ).delete()
    return deleted
