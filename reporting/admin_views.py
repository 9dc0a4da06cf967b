"""Wagtail admin pages for the emergency check: try a sentence, and the dispatchers' marks."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from .models import TriageFinding
from .models.triage import CONCEPT_LABELS, CUE_LABELS
from .triage.lists import check

REASONS = {
    "negated": _("negated"),
    "hypothetical": _("hypothetical"),
    "past": _("in the past"),
    "habitual": _("a recurring problem"),
    "resolved": _("the threat has left"),
    "all_clear": _("nobody hurt"),
    "property": _("a weapon as property"),
    "benign": _("a harmless sense"),
    "learned": _("an ordinary report, in the learned model's opinion"),
}
PERMISSION = "reporting.change_triagelist"


class TrySentenceForm(forms.Form):
    text = forms.CharField(
        label=_("A sentence or a whole report"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=5000,
    )


def _require_editor(request) -> None:
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied


def _highlight(text: str, start: int, end: int) -> tuple[str, str, str]:
    return text[:start], text[start:end], text[end:]


def try_sentence(request):
    """Which concept and which words fire, and what was set aside and why."""
    _require_editor(request)
    form = TrySentenceForm(request.POST or None)
    result = None
    if request.method == "POST" and form.is_valid():
        result = check(form.cleaned_data["text"])
    findings = []
    dismissed = []
    if result is not None:
        for f in result.findings:
            findings.append(
                {
                    "concept": CONCEPT_LABELS.get(f.concept, f.concept),
                    "words": f.text,
                    "language": f.language,
                    "phrase": f.phrase,
                    "sentence": _highlight(
                        result.text[f.sentence_start : f.sentence_end],
                        f.start - f.sentence_start,
                        f.end - f.sentence_start,
                    ),
                }
            )
        for d in result.dismissed:
            dismissed.append(
                {
                    "concept": CONCEPT_LABELS.get(d.finding.concept, d.finding.concept),
                    "words": d.finding.text,
                    "reason": REASONS.get(d.reason, d.reason),
                    "cue": d.cue,
                }
            )
    return render(
        request,
        "reporting/admin/try_sentence.html",
        {"form": form, "result": result, "findings": findings, "dismissed": dismissed},
    )


def marked_not_emergency(request):
    """Findings dispatchers marked "not an emergency": what the list editors should review."""
    _require_editor(request)
    marks = (
        TriageFinding.objects.filter(dismissed_at__isnull=False)
        .select_related("report", "dismissed_by")
        .order_by("-dismissed_at")[:200]
    )
    return render(
        request,
        "reporting/admin/marked_not_emergency.html",
        {"marks": marks, "cue_labels": CUE_LABELS},
    )
