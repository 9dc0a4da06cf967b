"""The phone simulator at /demo/phone/: be a resident's (or a dispatcher's) phone in the demo.

Texts go through the real, signature-checked Twilio webhook, signed with the demo's token, so
the demo exercises exactly what Twilio would. The agency's texts and call-backs, which the
console backend only records, show here as they would on the phone.
"""

import uuid

from defusedxml import ElementTree
from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from reporting.messaging import backends
from reporting.messaging.models import Message
from reporting.messaging.twilio_backend import twilio_signature

from .call import call_context
from .forms import PhoneForm, TextForm
from .selectors import conversation_for, phone_numbers

REPLIES_KEY = "demo_phone_replies"


def enabled() -> bool:
    """Only in the demo: DEBUG with the console messaging backend (nothing can reach a phone)."""
    return settings.DEBUG and settings.MESSAGING_BACKEND == "console"


def _require_enabled() -> None:
    if not enabled():
        raise Http404


def _post_webhook(request, name: str, params: dict, *args) -> str:
    """POST `params` to one of Twilio's webhooks, signed as Twilio signs, through every
    middleware and the real view. Returns the TwiML it answered."""
    path = reverse(name, args=args)
    base = settings.TWILIO_WEBHOOK_BASE_URL.rstrip("/") or request.build_absolute_uri("/")[:-1]
    signature = twilio_signature(base + path, params)
    # The inner request activates its own language; the page goes on in the visitor's.
    with translation.override(translation.get_language()):
        response = Client(HTTP_HOST=request.get_host()).post(
            path, params, HTTP_X_TWILIO_SIGNATURE=signature
        )
    if response.status_code != 200:
        raise RuntimeError(f"the webhook answered {response.status_code}")
    return response.content.decode()


def _spoken(twiml: str) -> tuple[list[str], list[str]]:
    """What a TwiML answer says (<Say>, <Message>) and which numbers it dials."""
    root = ElementTree.fromstring(twiml)
    said = [el.text or "" for el in root.iter() if el.tag in ("Say", "Message") and el.text]
    dialed = [el.text or "" for el in root.iter("Number")]
    return said, dialed


def _page(number: str) -> str:
    return reverse("demo:phone") + "?" + urlencode({"number": number})


def phone(request):
    _require_enabled()
    form = PhoneForm(request.GET or None)
    number = str(form.cleaned_data["number"]) if form.is_valid() else ""
    replies = request.session.get(REPLIES_KEY, {}).get(number, [])
    context = {
        "form": form,
        "number": number,
        "numbers": phone_numbers(),
        "agency_number": settings.TWILIO_FROM_NUMBER,
        "conversation": conversation_for(number, replies) if number else [],
        "text_form": TextForm(initial={"number": number}) if number else None,
        **call_context(request, number),
    }
    return render(request, "demo/phone.html", context)


@require_POST
def phone_text(request):
    """The simulated phone sends a text (an MMS with a picture) to the agency's number."""
    _require_enabled()
    form = TextForm(request.POST, request.FILES)
    if not form.is_valid():
        number = request.POST.get("number", "")
        context = {
            "form": PhoneForm(initial={"number": number}),
            "number": number,
            "numbers": phone_numbers(),
            "agency_number": settings.TWILIO_FROM_NUMBER,
            "conversation": conversation_for(
                number, request.session.get(REPLIES_KEY, {}).get(number, [])
            ),
            "text_form": form,
            **call_context(request, number),
        }
        return render(request, "demo/phone.html", context, status=400)

    number = str(form.cleaned_data["number"])
    params = {
        "MessageSid": "SM" + uuid.uuid4().hex,
        "AccountSid": settings.TWILIO_ACCOUNT_SID,
        "From": number,
        "To": settings.TWILIO_FROM_NUMBER,
        "Body": form.cleaned_data["body"],
        "NumMedia": "0",
    }
    picture = form.cleaned_data.get("picture")
    if picture:
        url = request.build_absolute_uri(reverse("demo:phone_media", args=[uuid.uuid4().hex]))
        backends.media[url] = (picture.content_type, picture.read())
        params.update(NumMedia="1", MediaUrl0=url, MediaContentType0=picture.content_type)
    said, _dialed = _spoken(_post_webhook(request, "messaging_twilio:sms_inbound", params))
    if said:
        replies = request.session.setdefault(REPLIES_KEY, {}).setdefault(number, [])
        replies += [{"at": timezone.now().isoformat(), "body": text} for text in said]
        request.session.modified = True
    return redirect(_page(number))


@require_POST
def phone_answer(request, message_id: int):
    """Answer a ringing call-back: hear what Twilio would say, then the call is connected."""
    _require_enabled()
    message = get_object_or_404(Message, pk=message_id, channel=Message.Channel.VOICE)
    twiml = _post_webhook(request, "messaging_twilio:voice_connect", {}, message.pk)
    said, dialed = _spoken(twiml)
    if dialed:
        _post_webhook(
            request,
            "messaging_twilio:voice_dial_status",
            {"DialCallStatus": "completed", "CallSid": message.provider_sid or ""},
            message.pk,
        )
    heard = " ".join(said)
    if dialed:
        heard += " " + _("(The call is connected to %(number)s.)") % {"number": dialed[0]}
    messages.info(request, heard)
    return redirect(_page(message.staff_phone or message.to))


def phone_media(request, key: str):
    """A picture the simulated phone attached, served where Twilio would keep it."""
    _require_enabled()
    found = backends.media.get(request.build_absolute_uri())
    if found is None:
        raise Http404
    content_type, data = found
    return HttpResponse(data, content_type=content_type)
