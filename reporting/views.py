"""Report intake: screening, the wizard, the receipt and the status page.

Views stay thin: they find the draft or report, validate a form, call one service and render or
redirect. Nothing a resident typed is lost: every POST is stored in the draft before it is
validated.
"""

import contextlib
import datetime
import hashlib
import secrets
import time

from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from django_ratelimit.core import is_ratelimited

from cms.models import AgencySettings

from . import conf, outcomes, selectors, services, surveys, wizard
from .forms import ReplyForm, ScreeningForm, StatusCodeForm, StatusLookupForm, SurveyForm
from .images import PhotoRejected
from .jurisdiction import boundary_from_geojson, point_outside
from .messaging import content as message_content
from .models import ReportingSettings, ReportStatus
from .models.triage import RESIDENT_SENTENCES
from .triage.lists import check_fields


def _language() -> str:
    return translation.get_language() or "en"


def _settings(request) -> ReportingSettings:
    return ReportingSettings.for_request(request)


def _draft(request):
    return selectors.draft_for_token(request.COOKIES.get(conf.DRAFT_COOKIE))


def _remember(response, draft):
    response.set_cookie(
        conf.DRAFT_COOKIE,
        draft.token,
        max_age=conf.DRAFT_COOKIE_AGE,
        httponly=True,
        samesite="Lax",
        secure=_is_secure_site(),
    )
    return response


def _is_secure_site() -> bool:
    from django.conf import settings

    return getattr(settings, "SESSION_COOKIE_SECURE", False)


def _limited(request, *, group: str, rate: str, key) -> bool:
    """True when over the limit. The key is the IP or a value from the form (phone, reference)."""
    return is_ratelimited(
        request,
        group=f"reporting.{group}",
        key=key if key == "ip" else (lambda _group, _request: key),
        rate=rate,
        increment=True,
    )


def _too_many(request):
    return render(request, "reporting/limited.html", status=429)


def _emergency_findings(draft, steps=None) -> list:
    # Both languages' lists always: a resident may write Spanish on the English pages.
    return check_fields(wizard.free_text(draft, steps), language_hint=_language())


def _unacknowledged(draft, findings) -> bool:
    return bool(
        {f.concept for _field, _text, f in findings} - set(draft.emergency_concepts_acknowledged)
    )


def _understood(findings) -> list[dict]:
    """One entry per concept, in the resident's language, with the words that made us think so."""
    by_concept: dict[str, list[dict]] = {}
    for _field, _text, finding in findings:
        words = by_concept.setdefault(finding.concept, [])
        quoted = {"text": finding.text, "lang": finding.language}
        if quoted not in words:
            words.append(quoted)
    return [
        {"sentence": RESIDENT_SENTENCES.get(concept, ""), "words": words}
        for concept, words in by_concept.items()
    ]


def _outside(request, form) -> bool:
    """Whether the place in a valid "where" form lies outside the agency's boundary."""
    boundary = boundary_from_geojson(_settings(request).boundary_geojson)
    return point_outside(boundary, form.cleaned_data["latitude"], form.cleaned_data["longitude"])


# --- Screening and the "Call 9-1-1 now" page ---------------------------------------------------


@never_cache
@require_http_methods(["GET", "POST"])
def start(request):
    if request.method == "POST":
        form = ScreeningForm(request.POST)
        if form.is_valid():
            emergency = form.any_yes()
            draft = _draft(request)
            if draft is None:
                draft = services.draft_start(language=_language(), emergency=emergency)
            else:
                services.draft_screening_record(draft=draft, emergency=emergency)
            target = "reporting:call_911" if emergency else "reporting:step"
            args = [] if emergency else ["category"]
            return _remember(redirect(target, *args), draft)
    else:
        form = ScreeningForm()
    draft = _draft(request)
    return render(
        request,
        "reporting/start.html",
        {"form": form, "resume": draft is not None and draft.screening_emergency is False},
    )


@never_cache
def call_911(request):
    # Deliberately no way onward from here: the only actions are calling or texting 9-1-1.
    return render(request, "reporting/call_911.html", {"reason": "screening"})


@never_cache
@require_http_methods(["GET", "POST"])
def emergency_check(request):
    draft = _draft(request)
    if draft is None or draft.screening_emergency is not False:
        return redirect("reporting:start")
    findings = _emergency_findings(draft)
    next_step = request.POST.get("next") or request.GET.get("next", "where")
    if next_step not in wizard.STEP_SLUGS:
        next_step = "where"
    if request.method == "POST":
        services.draft_emergency_acknowledge(
            draft=draft, concepts=[f.concept for _field, _text, f in findings]
        )
        return redirect("reporting:step", next_step)
    return render(
        request,
        "reporting/call_911.html",
        {"reason": "narrative", "understood": _understood(findings), "next": next_step},
    )


@never_cache
def outside(request):
    draft = _draft(request)
    if draft is None:
        return redirect("reporting:start")
    return render(
        request,
        "reporting/outside.html",
        {"referral": _settings(request).outside_referral_for(translation.get_language())},
    )


# --- The wizard -------------------------------------------------------------------------------


def _step_context(step_slug: str, form, draft, **extra) -> dict:
    return {
        "form": form,
        "draft": draft,
        "step": wizard.step_by_slug(step_slug),
        "steps": wizard.STEPS,
        "step_number": wizard.step_number(step_slug),
        "step_count": len(wizard.STEPS),
        "previous": wizard.neighbour(step_slug, -1),
        "retention_days": conf.draft_retention_days(),
        **extra,
    }


@never_cache
@require_http_methods(["GET", "POST"])
def step(request, slug):
    current = wizard.step_by_slug(slug)
    if current is None:
        raise Http404
    draft = _draft(request)
    if draft is None or draft.screening_emergency is None:
        return redirect("reporting:start")
    if draft.screening_emergency:
        return redirect("reporting:call_911")
    if slug == "review":
        return _review(request, draft)
    language = _language()
    if request.method == "GET":
        if request.GET.get("check"):
            form = wizard.build_form(
                slug, draft, language, data=wizard.as_data(draft.step_data(slug))
            )
            form.is_valid()
        else:
            form = wizard.build_form(slug, draft, language)
        return render(request, "reporting/step.html", _step_context(slug, form, draft))

    if (
        slug == "photos"
        and request.FILES
        and _limited(request, group="photos-ip", rate=conf.rate("PHOTO_RATE_PER_IP"), key="ip")
    ):
        return _too_many(request)
    going_back = request.POST.get("nav") == "back"
    form = wizard.build_form(slug, draft, language, data=request.POST, files=request.FILES)
    if slug in wizard.DATA_STEPS:
        services.draft_step_save(
            draft=draft, step=slug, raw=wizard.raw_from_post(request.POST, form)
        )
    if slug == "photos" and form.is_valid():
        try:
            services.draft_photos_update(
                draft=draft,
                files=form.cleaned_data["photos"],
                remove_ids=form.cleaned_data["remove"],
            )
        except PhotoRejected as error:
            form.add_error("photos", str(error))
    if slug == "photos" and form.errors:
        return render(request, "reporting/step.html", _step_context(slug, form, draft), status=400)
    if going_back:
        return redirect("reporting:step", wizard.neighbour(slug, -1) or slug)
    if not form.is_valid():
        return render(request, "reporting/step.html", _step_context(slug, form, draft), status=400)
    following = wizard.neighbour(slug, 1)
    if slug in wizard.DATA_STEPS and _unacknowledged(draft, _emergency_findings(draft, [slug])):
        return redirect(reverse("reporting:emergency_check") + f"?next={following}")
    if slug == "where" and _outside(request, form):
        return redirect("reporting:outside")
    return redirect("reporting:step", following)


def _review(request, draft):
    language = _language()
    check = wizard.draft_check(draft, language)
    if not check.valid:
        return redirect(reverse("reporting:step", args=[check.first_invalid]) + "?check=1")
    if request.method == "POST" and request.POST.get("nav") == "back":
        return redirect("reporting:step", "contact")
    fields = wizard.report_fields(check)
    findings = _emergency_findings(draft)
    if request.method == "GET":
        context = _step_context(
            "review",
            None,
            draft,
            summary=wizard.review_summary(check, draft.photos.all()),
            possible_emergency=bool(findings),
        )
        return render(request, "reporting/review.html", context)

    if check.forms["contact"].honeypot_filled():
        return render(request, "reporting/refused.html", status=400)
    if _unacknowledged(draft, findings):
        return redirect(reverse("reporting:emergency_check") + "?next=review")
    if _outside(request, check.forms["where"]):
        return redirect("reporting:outside")
    if _limited(request, group="submit-ip", rate=conf.rate("SUBMIT_RATE_PER_IP"), key="ip"):
        return _too_many(request)
    phone = fields["phone"]
    if phone and _limited(
        request, group="submit-phone", rate=conf.rate("SUBMIT_RATE_PER_PHONE"), key=phone.as_e164
    ):
        return _too_many(request)
    report = services.draft_submit(draft=draft, fields=fields, findings=findings)
    response = redirect("reporting:received", selectors.status_token_for(report))
    response.delete_cookie(conf.DRAFT_COOKIE, samesite="Lax")
    return response


# --- After submitting ---------------------------------------------------------------------------


def _report_or_404(token):
    report = selectors.report_for_status_token(token)
    if report is None:
        raise Http404
    return report


@never_cache
def received(request, token):
    report = _report_or_404(token)
    days = _settings(request).review_days
    return render(
        request,
        "reporting/received.html",
        {
            "report": report,
            "token": token,
            "review_by": timezone.localdate(report.submitted_at) + datetime.timedelta(days=days),
            "status_url": request.build_absolute_uri(reverse("reporting:status", args=[token])),
        },
    )


def _session_hash(request, *, create: bool) -> str:
    """Binds a status code to the browser session that asked for it."""
    nonce = request.session.get("reporting_status_nonce")
    if nonce is None and create:
        nonce = request.session["reporting_status_nonce"] = secrets.token_urlsafe(16)
    return hashlib.sha256(nonce.encode()).hexdigest() if nonce else ""


@never_cache
@require_http_methods(["GET", "POST"])
def status_lookup(request):
    """Reference + the phone or email given with the report, then a code sent there.

    Every well-formed request gets the same answer (the code page), whether or not anything
    matched, so the form reveals nothing; only the owner's phone or inbox gets the code.
    """
    form = StatusLookupForm(request.POST or None)
    if request.method == "POST":
        if _limited(request, group="lookup-ip", rate=conf.rate("LOOKUP_RATE_PER_IP"), key="ip"):
            return _too_many(request)
        if form.is_valid():
            reference = form.cleaned_data["reference"]
            # Per address and reference together: the owner, from anywhere else, is never
            # locked out of asking for a code.
            if _limited(
                request,
                group=f"lookup-ip-reference.{reference}",
                rate=conf.rate("LOOKUP_RATE_PER_IP_REFERENCE"),
                key="ip",
            ):
                return _too_many(request)
            session_hash = _session_hash(request, create=True)
            if not form.honeypot_filled():
                services.status_code_request(
                    reference=reference,
                    contact=form.cleaned_data["contact"],
                    session_hash=session_hash,
                )
            return redirect("reporting:status_code")
    return render(
        request,
        "reporting/status_lookup.html",
        {"form": form},
        status=400 if request.method == "POST" else 200,
    )


@never_cache
@require_http_methods(["GET", "POST"])
def status_code(request):
    form = StatusCodeForm(request.POST or None)
    wrong = False
    if request.method == "POST":
        if _limited(request, group="code-ip", rate=conf.rate("CODE_RATE_PER_IP"), key="ip"):
            return _too_many(request)
        if form.is_valid():
            report = services.status_code_check(
                session_hash=_session_hash(request, create=False), code=form.cleaned_data["code"]
            )
            if report is not None:
                request.session.cycle_key()
                request.session[conf.STATUS_SESSION_KEY] = {
                    "report": report.pk,
                    "until": time.time() + conf.STATUS_SESSION_SECONDS,
                }
                return redirect("reporting:status_open")
            wrong = True
    return render(
        request,
        "reporting/status_code.html",
        {"form": form, "wrong": wrong, "minutes": conf.STATUS_CODE_MINUTES},
        status=400 if request.method == "POST" else 200,
    )


def _report_from_session(request):
    access = request.session.get(conf.STATUS_SESSION_KEY) or {}
    if not access or access.get("until", 0) < time.time():
        return None
    return selectors.report_for_id(access["report"])


def _status_page(request, report, *, page_url: str, pdf_url: str):
    is_open = selectors.report_is_open(report)
    form = ReplyForm()
    sent = request.GET.get("sent") == "1"
    if request.method == "POST":
        if _limited(request, group="reply-ip", rate=conf.rate("REPLY_RATE_PER_IP"), key="ip"):
            return _too_many(request)
        form = ReplyForm(request.POST, request.FILES)
        if form.is_valid():
            try:
                reply = services.report_reply_add(
                    report=report, body=form.cleaned_data["body"], files=form.cleaned_data["photos"]
                )
            except PhotoRejected as error:
                form.add_error("photos", str(error))
            else:
                if reply.triage_findings:
                    # Sent and kept; but first, every time: call 9-1-1.
                    return render(
                        request,
                        "reporting/call_911.html",
                        {
                            "reason": "reply",
                            "understood": _understood(reply.triage_findings),
                            "status_url": page_url + "?sent=1",
                        },
                    )
                return redirect(page_url + "?sent=1#history")
    response = render(
        request,
        "reporting/status.html",
        {
            "report": report,
            "pdf_url": pdf_url,
            "history": selectors.status_history(report),
            "question": selectors.open_question(report),
            "is_open": is_open,
            "form": form,
            "sent": sent,
            "survey_open": surveys.survey_open(report),
            "outcome_next": outcomes.outcome_next(
                report,
                # The settings every page already has (no query of their own).
                non_emergency_number=message_content.phone_display(
                    AgencySettings.for_request(request).non_emergency_number
                ),
            ),
            "survey_url": reverse("reporting:survey", args=[selectors.status_token_for(report)]),
        },
        status=400 if request.method == "POST" else 200,
    )
    response["X-Robots-Tag"] = "noindex"
    return response


def _pdf(request, report):
    from .pdf import report_pdf

    with translation.override(report.language):  # the copy is in the reporter's language
        agency = AgencySettings.for_request(request).name
    response = HttpResponse(report_pdf(report, agency_name=agency), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{report.reference}.pdf"'
    response["X-Robots-Tag"] = "noindex"
    return response


@never_cache
@require_http_methods(["GET", "POST"])
def status(request, token):
    """The private link from the receipt: the key in it is the proof."""
    report = _report_or_404(token)
    return _status_page(
        request,
        report,
        page_url=reverse("reporting:status", args=[token]),
        pdf_url=reverse("reporting:status_pdf", args=[token]),
    )


@never_cache
def status_pdf(request, token):
    return _pdf(request, _report_or_404(token))


@never_cache
@require_http_methods(["GET", "POST"])
def status_open(request):
    """The status page opened by a code: only in this session, for a limited time."""
    report = _report_from_session(request)
    if report is None:
        return redirect("reporting:status_lookup")
    return _status_page(
        request,
        report,
        page_url=reverse("reporting:status_open"),
        pdf_url=reverse("reporting:status_open_pdf"),
    )


@never_cache
def status_open_pdf(request):
    report = _report_from_session(request)
    if report is None:
        return redirect("reporting:status_lookup")
    return _pdf(request, report)


@never_cache
@require_http_methods(["GET", "POST"])
def survey(request, token):
    """How did we do? Opened from the survey email or text, or the status page of a closed
    report; the private key in the link is the proof, as for the status page. One answer per
    report; a score given by text can get its comment here."""
    report = _report_or_404(token)
    here = reverse("reporting:survey", args=[token])
    answer = selectors.survey_response_for(report)
    form = SurveyForm()
    invalid = False
    if request.method == "POST" and report.status == ReportStatus.CLOSED:
        if _limited(request, group="reply-ip", rate=conf.rate("REPLY_RATE_PER_IP"), key="ip"):
            return _too_many(request)
        form = SurveyForm(request.POST)
        if answer is not None:
            # Answered already (a score by text): only a missing comment is taken.
            surveys.survey_comment_add(report=report, comment=request.POST.get("comment", ""))
            return redirect(here + "?thanks=1")
        if form.is_valid():
            # Answered in another tab meanwhile (SurveyClosed): the page shows that answer.
            with contextlib.suppress(surveys.SurveyClosed):
                surveys.survey_answer(
                    report=report,
                    score=form.cleaned_data["score"],
                    comment=form.cleaned_data["comment"],
                    channel="email" if request.POST.get("via") == "email" else "web",
                )
            return redirect(here + "?thanks=1")
        invalid = True
    response = render(
        request,
        "reporting/survey.html",
        {
            "report": report,
            "form": form,
            "answer": answer,
            "is_closed": report.status == ReportStatus.CLOSED,
            "thanks": request.GET.get("thanks") == "1",
            "via": "email" if request.GET.get("via") == "email" else "",
            "status_url": reverse("reporting:status", args=[token]),
        },
        status=400 if invalid else 200,
    )
    response["X-Robots-Tag"] = "noindex"
    return response
