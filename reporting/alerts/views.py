"""Public alert pages (no JavaScript needed), CAP and Atom, subscriptions, and staff counts."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.decorators import login_required, permission_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_http_methods, require_safe
from django_ratelimit.core import is_ratelimited

from portal.client_ip import client_ip

from . import cap, selectors, services
from .forms import SubscribeForm


def _language() -> str:
    return "es" if (get_language() or "en").startswith("es") else "en"


@require_safe
def alert_list(request):
    return render(
        request,
        "alerts/list.html",
        {
            "current": selectors.alerts_current(),
            "past": selectors.alerts_past(),
            "lang": _language(),
        },
    )


@require_safe
def alert_detail(request, uid):
    alert = selectors.alert_public(uid=uid)
    if alert is None:
        raise Http404
    return render(request, "alerts/detail.html", {"alert": alert, "lang": _language()})


@require_safe
@cache_control(public=True, max_age=60)
def alert_cap(request, uid):
    """The alert as a CAP 1.2 document; its URL never changes."""
    alert = selectors.alert_public(uid=uid)
    if alert is None:
        raise Http404
    return HttpResponse(cap.cap_document(alert), content_type="application/cap+xml; charset=utf-8")


@require_safe
@cache_control(public=True, max_age=60)
def alert_feed(request):
    """Atom index of current alerts, each linking to its CAP document."""
    document = cap.atom_feed(selectors.alerts_current(), self_url=cap.url_in("alerts:feed", []))
    return HttpResponse(document, content_type="application/atom+xml; charset=utf-8")


@never_cache
@require_http_methods(["GET", "POST"])
def subscribe(request):
    language = _language()
    form = SubscribeForm(request.POST or None, language=language)
    limited = False
    if request.method == "POST" and form.is_valid():
        limited = is_ratelimited(
            request,
            group="alerts.subscribe",
            key=lambda _group, req: client_ip(req),
            rate=settings.ALERTS_SUBSCRIBE_RATE,
            increment=True,
        )
        if not limited:
            try:
                services.subscription_create(choice=form.choice())
            except services.SubscriptionError as exc:
                form.add_error(None, str(exc))
            else:
                return redirect("alerts:subscribed")
    return render(
        request,
        "alerts/subscribe.html",
        {"form": form, "limited": limited},
        status=429 if limited else 200,
    )


@require_safe
def subscribed(request):
    return render(request, "alerts/subscribed.html")


@never_cache
@require_safe
def confirm_email(request, token):
    subscriber = services.subscription_confirm_email(token=token)
    return render(
        request,
        "alerts/confirmed.html",
        {"subscriber": subscriber},
        status=200 if subscriber else 404,
    )


@never_cache
@require_http_methods(["GET", "POST"])
def preferences(request, token):
    """The signed link in every alert: change preferences or unsubscribe, no password."""
    subscriber = services.subscriber_for_token(token)
    if subscriber is None:
        return render(request, "alerts/link_invalid.html", status=404)
    if request.method == "POST" and "unsubscribe" in request.POST:
        services.subscription_delete(subscriber=subscriber)
        return render(request, "alerts/unsubscribed.html")
    if request.method == "POST":
        form = SubscribeForm(request.POST, language=_language())
        if form.is_valid():
            try:
                services.subscription_update(subscriber=subscriber, choice=form.choice())
            except services.SubscriptionError as exc:
                form.add_error(None, str(exc))
            else:
                return render(
                    request,
                    "alerts/preferences.html",
                    {"form": form, "saved": True, "subscriber": subscriber},
                )
    else:
        form = SubscribeForm(initial=SubscribeForm.initial_for(subscriber), language=_language())
    return render(request, "alerts/preferences.html", {"form": form, "subscriber": subscriber})


@login_required
@permission_required("alerts.view_delivery", raise_exception=True)
def staff_counts(request):
    """Supervisors: per alert, how many messages are queued, sent, delivered, failed, opted out."""
    return render(
        request,
        "alerts/staff_counts.html",
        {"rows": selectors.delivery_counts(), "title": _("Community alerts sent")},
    )
