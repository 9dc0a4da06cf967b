"""The phone simulator's call to the non-emergency line (see call.py): start a call, answer."""

from django.conf import settings
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from . import call
from .call import call_context
from .forms import CallInputForm, PhoneForm, TextForm
from .selectors import conversation_for, phone_numbers
from .views import REPLIES_KEY, _page, _require_enabled


@require_POST
def phone_call(request):
    """The simulated phone calls the agency's number: the line answers through its webhook."""
    _require_enabled()
    form = PhoneForm(request.POST)
    if not form.is_valid():
        return redirect("demo:phone")
    number = str(form.cleaned_data["number"])
    call.call_start(request, number)
    return redirect(_page(number) + "#demo-call-title")


@require_POST
def phone_call_input(request):
    """The caller's turn: keys, words, silence, hanging up, or what the desk did."""
    _require_enabled()
    # The keys and words forms carry a prefix (two forms on one page); the buttons don't.
    prefix = next((p for p in ("keys", "speech") if f"{p}-how" in request.POST), None)
    form = CallInputForm(request.POST, prefix=prefix)
    if not form.is_valid():
        number = str(form["number"].value() or "")
        context = {
            "form": PhoneForm(initial={"number": number}),
            "number": number,
            "numbers": phone_numbers(),
            "agency_number": settings.TWILIO_FROM_NUMBER,
            "conversation": conversation_for(
                number, request.session.get(REPLIES_KEY, {}).get(number, [])
            ),
            "text_form": TextForm(initial={"number": number}),
            **call_context(request, number, call_form=form),
        }
        return render(request, "demo/phone.html", context, status=400)
    number = str(form.cleaned_data["number"])
    call.call_answer(
        request,
        number,
        how=form.cleaned_data["how"],
        digits=form.cleaned_data.get("digits") or "",
        speech=form.cleaned_data.get("speech") or "",
    )
    return redirect(_page(number) + "#demo-call-title")
