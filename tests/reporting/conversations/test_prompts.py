"""Every prompt of the conversation fits two SMS segments, in English (GSM-7) and in Spanish
(accents kept, UCS-2 counted), long category menus and long answers read back included."""

from types import SimpleNamespace

import pytest
from django.utils import timezone

from reporting import services as intake
from reporting.conversations import engine
from reporting.conversations.models import Conversation
from reporting.messaging.segments import GSM7, sms_segments

pytestmark = pytest.mark.django_db

LONG = "Someone sprayed paint on the wall of the laundromat and on two parked cars " * 12


def _conversation(language, category_slug):
    draft = intake.draft_start(language=language, emergency=False)
    draft.data = {
        "category": {"category": category_slug},
        "what": {"narrative": LONG},
        "where": {"address": "1234 Martin Luther King Junior Boulevard, apartment 56B " * 3},
        "when": {"date_from": "2026-03-14", "time_from": "14:30"},
        "contact": {"reporter_name": "Maximiliano Alejandro de la Fuente Hernández " * 2},
    }
    draft.save()
    return Conversation.objects.create(
        phone="+12025550100",
        language=language,
        step="review",
        draft=draft,
        last_text_at=timezone.now(),
        state={"photos": [{"message": 1, "count": 2}]},
    )


def every_prompt(conversation) -> list[str]:
    texts = []
    with engine.translated(conversation):
        texts.append(engine.intro())
        texts.append(engine.language_offer())
        for step in engine.steps_of(conversation):
            texts.append(engine.prompt(conversation, step))
            texts.append(engine.prompt(conversation, step, first="Please reply YES or NO."))
            conversation.step = step
            texts.append(engine.help_reply(conversation))
        for page in range(6):
            conversation.state["category_page"] = page
            conversation.state["choice_page"] = page
            texts.append(engine.prompt(conversation, "category"))
            texts.extend(engine.prompt(conversation, f"q:{c}") for c in ("surface", "colors"))
        conversation.state["places"] = [
            {"key": f"k{n}", "label": f"{100 + n} Oak Street, Example City"} for n in range(5)
        ]
        texts.append(engine.prompt(conversation, "where"))
        texts += [
            engine.resume_reply(),
            engine.too_many_reply(),
            engine.screening_stop_reply(),
            engine.after_emergency_reply(),
            engine.sent_reply(
                SimpleNamespace(reference="NE-2026-004217"),
                "https://report.example.org/es/report/status/Abcdefghijklmnop/",
            ),
        ]
    return texts


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_prompt_fits_two_segments(language, site, graffiti, many_categories):
    conversation = _conversation(language, "graffiti")

    texts = every_prompt(conversation)

    assert len(texts) > 40
    for text in texts:
        count = sms_segments(text)
        assert text and count.segments <= 2, (count, text)
        if language == "en":
            assert count.encoding == GSM7, text


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_category_menu_pages_through_every_category(language, site, graffiti, many_categories):
    conversation = _conversation(language, "graffiti")
    seen = set()
    with engine.translated(conversation):
        for page in range(40):
            conversation.state["category_page"] = page
            for line in engine.prompt(conversation, "category").splitlines():
                number = line.split(" ", 1)[0]
                if number.isdigit() and number != "0":
                    seen.add(int(number))
    assert seen == set(range(1, 22))


def test_spanish_prompts_keep_their_accents(site, graffiti):
    conversation = _conversation("es", "graffiti")
    with engine.translated(conversation):
        assert "¿Qué pasó?" in engine.prompt(conversation, "what")


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_long_question_with_many_choices_pages_within_the_budget(language, site, graffiti):
    from reporting.models import CategoryQuestion

    category = graffiti if language == "en" else graffiti.get_translation(_locale("es"))
    CategoryQuestion.objects.create(
        category=category,
        sort_order=99,
        code="where_exactly",
        datatype="singlevaluelist",
        required=True,
        description=("¿En qué parte exactamente? " * 12)[:300],
        choices="\n".join(
            f"k{n}|Opción número {n} con un nombre bastante largo" for n in range(12)
        ),
    )
    conversation = _conversation(language, "graffiti")
    seen = set()
    with engine.translated(conversation):
        for page in range(30):
            conversation.state["choice_page"] = page
            text = engine.prompt(conversation, "q:where_exactly")
            assert sms_segments(text).segments <= 2, text
            seen |= {
                int(line.split(" ")[0]) for line in text.splitlines()[1:] if line[:1].isdigit()
            }
    assert set(range(1, 13)) <= seen


def _locale(code):
    from wagtail.models import Locale

    return Locale.objects.get(language_code=code)
