"""The emergency check's lists as staff edit them, and what the check found in residents' words."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from reporting.triage.defaults import CONCEPTS

from .reports import Report

CONCEPT_LABELS = {
    "not_breathing": _("Not breathing, not waking up, or dead"),
    "fire": _("Fire, smoke, gas or live wires"),
    "weapon": _("A weapon present"),
    "violence": _("Violence happening"),
    "intruder": _("Someone inside or breaking in"),
    "trapped": _("Trapped, locked in or hiding"),
    "self_harm": _("Self-harm or suicide"),
    "child_danger": _("A child in danger or missing"),
    "overdose": _("Overdose or poisoning"),
    "crash_injury": _("A crash with someone hurt"),
    "injury": _("Badly hurt or bleeding"),
    "medical": _("Chest pain, stroke, seizure or other medical emergency"),
    "followed": _("Being followed"),
    "help_now": _("Asking for help right now"),
    "learned": _("Sounds like an emergency (learned from examples, not from a list)"),
}
CUE_LABELS = {
    "negation": _("Negation: words that cancel what follows (“nobody”, “no”)"),
    "negation_after": _("Negation after the words (“injuries: none”)"),
    "pseudo_negation": _("Not a negation after all (“not sure if”, “no sé si”)"),
    "hypothetical": _("Hypothetical (“if”, “before someone gets hurt”)"),
    "past": _("Dated in the past (“last week”, “hace dos días”)"),
    "habitual": _("A recurring problem (“every weekend”, “siempre”)"),
    "resolved": _("The threat has left (“ran off”, “ya se fue”)"),
    "all_clear": _("Nobody hurt (sets aside injuries in the whole text)"),
    "ongoing": _("Still going on (overrides past, recurring and left)"),
    "property": _("A weapon as property (“stolen”, “found”)"),
    "smoking": _("Smoking or cooking (sets aside the word smoke)"),
    "animal": _("Animals (sets aside dead, hurt, stuck)"),
    "recovered": _("Fine again, said later (“he woke up”, “ya apareció”)"),
    "not_real": _("On a screen or in a dream (“on TV”, “una pesadilla”)"),
    "remote": _("Online or in a letter (sets aside threats and fights)"),
    "benign": _("Harmless senses (“fire hydrant”, “shot a video”)"),
}
LIST_KINDS = [(slug, CONCEPT_LABELS[slug]) for slug in CONCEPTS] + list(CUE_LABELS.items())


class TriageList(models.Model):
    """One list of the emergency check, for one language. Changes apply within seconds."""

    kind = models.CharField(_("list"), max_length=30, choices=LIST_KINDS)
    language = models.CharField(
        _("language"), max_length=2, choices=[("en", _("English")), ("es", _("Spanish"))]
    )
    phrases = models.TextField(
        _("phrases"),
        blank=True,
        help_text=_(
            "One phrase per line. Each word also matches its other forms and small typos. "
            "word* matches any word starting so, *ending any word ending so, =word only that "
            "exact word, a|b either word. Up to two other words may come between the words of "
            "a phrase. Text after # is a comment."
        ),
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("emergency check list")
        verbose_name_plural = _("emergency check lists")
        ordering = ["kind", "language"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "language"], name="triage_list_unique")
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.get_language_display()})"


class TriageFinding(models.Model):
    """Emergency language found in what a resident sent about a report, kept for the console."""

    class Source(models.TextChoices):
        WIZARD = "wizard", _("Online report")
        STATUS_PAGE = "status_page", _("Answer on the status page")
        SMS = "sms", _("Text message")

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="triage_findings")
    source = models.CharField(_("where"), max_length=20, choices=Source.choices)
    field = models.CharField(_("field"), max_length=60, blank=True)
    concept = models.CharField(_("concept"), max_length=30)
    language = models.CharField(_("language of the list"), max_length=2)
    phrase = models.CharField(_("list entry"), max_length=300)
    words = models.CharField(_("words that fired"), max_length=300)
    sentence = models.TextField(_("sentence"))
    # Where the words sit in `sentence`, so the console can mark them without re-running the check.
    words_start = models.PositiveIntegerField(default=0)
    words_end = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    dismissed_at = models.DateTimeField(_("marked not an emergency"), null=True, blank=True)
    dismissed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    dismissal_note = models.CharField(_("why"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("emergency check finding")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.concept}: {self.words}"

    @property
    def concept_label(self) -> str:
        return str(CONCEPT_LABELS.get(self.concept, self.concept))

    @property
    def sentence_parts(self) -> tuple[str, str, str]:
        s, start, end = self.sentence, self.words_start, self.words_end
        return s[:start], s[start:end], s[end:]


# What the "Call 9-1-1 now" page tells the resident it understood, in their language.
RESIDENT_SENTENCES = {
    "not_breathing": _("You wrote that someone may not be breathing or waking up."),
    "fire": _("You wrote about fire, smoke, a gas smell or live wires."),
    "weapon": _("You wrote that someone has a weapon."),
    "violence": _("You wrote that someone is being attacked, hurt or threatened."),
    "intruder": _("You wrote that someone may be inside or breaking in."),
    "trapped": _("You wrote that someone is trapped, locked in or hiding."),
    "self_harm": _("You wrote that someone may hurt or kill themselves."),
    "child_danger": _("You wrote that a child may be in danger or missing."),
    "overdose": _("You wrote about an overdose or a poisoning."),
    "crash_injury": _("You wrote about a crash where someone may be hurt."),
    "injury": _("You wrote that someone is badly hurt or bleeding."),
    "medical": _("You wrote about a medical emergency."),
    "followed": _("You wrote that someone is following you."),
    "help_now": _("You wrote that you need help right now."),
    "learned": _("What you wrote sounds like an emergency happening now."),
}
