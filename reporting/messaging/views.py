from django.contrib.auth.decorators import login_required, permission_required
from django.core.paginator import Paginator
from django.shortcuts import render

from portal.client_ip import client_ip
from portal.staff.audit import audit_record

from .forms import OutboxFilterForm
from .selectors import outbox_list

PAGE_SIZE = 50


@login_required
@permission_required("messaging.view_message", raise_exception=True)
def outbox(request):
    """Every message in and out, newest first, with its status and error; filterable."""
    form = OutboxFilterForm(request.GET or None)
    filters = {}
    if form.is_valid():
        data = form.cleaned_data
        filters = {
            "status": data["status"],
            "channel": data["channel"],
            "direction": data["direction"],
            "query": data["q"],
        }
    page = Paginator(outbox_list(**filters), PAGE_SIZE).get_page(request.GET.get("page"))
    # Reporters' numbers and texts: every look is audited like opening a report.
    audit_record(
        actor=request.user,
        action="report.view_list",
        ip=client_ip(request),
        detail={"view": "messaging.outbox", "page": page.number}
        | {k: v for k, v in filters.items() if v},
    )
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "messaging/outbox.html",
        {"form": form, "page": page, "querystring": query.urlencode()},
    )
