"""The activities of 9-1-1 for Kids, as StreamField blocks editors add, edit and reorder.

Child-facing text should read at about a second-grade level: short sentences, short words.
Every block renders something useful without JavaScript; kids.js only adds the interaction.
"""

from django.core.exceptions import ValidationError
from django.utils.text import format_lazy
from django.utils.translation import pgettext_lazy
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

CHILD_TEXT_HELP = pgettext_lazy(
    "kids", "For children: short sentences and short words (second-grade reading level)."
)


class KeyFactBlock(blocks.StructBlock):
    question = blocks.CharBlock(
        label=pgettext_lazy("kids", "question"),
        max_length=40,
        help_text=pgettext_lazy("kids", "e.g. Who?"),
    )
    answer = blocks.TextBlock(label=pgettext_lazy("kids", "answer"), help_text=CHILD_TEXT_HELP)


class KeyFactsBlock(blocks.StructBlock):
    """The who, what, where, when and how of 9-1-1."""

    heading = blocks.CharBlock(label=pgettext_lazy("kids", "heading"), max_length=80)
    facts = blocks.ListBlock(KeyFactBlock(), label=pgettext_lazy("kids", "facts"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = pgettext_lazy("kids", "Key facts")
        template = "kids/blocks/key_facts.html"
        preview_value = {
            "heading": "What to know",
            "facts": [{"question": "How?", "answer": "Press 9, then 1, then 1."}],
        }


class TextBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=pgettext_lazy("kids", "heading"), max_length=80, required=False
    )
    text = blocks.TextBlock(label=pgettext_lazy("kids", "text"), help_text=CHILD_TEXT_HELP)

    class Meta:
        icon = "pilcrow"
        label = pgettext_lazy("kids", "Text")
        template = "kids/blocks/text.html"
        preview_value = {"heading": "", "text": "9-1-1 is the number to call for help fast."}


class GameCardBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=pgettext_lazy("kids", "picture"))
    alt = blocks.CharBlock(
        label=pgettext_lazy("kids", "picture description (alt text)"),
        max_length=200,
        help_text=pgettext_lazy(
            "kids", "Say what the picture shows, for children who cannot see it."
        ),
    )
    prompt = blocks.CharBlock(
        label=pgettext_lazy("kids", "what is happening"), max_length=120, help_text=CHILD_TEXT_HELP
    )
    is_emergency = blocks.ChoiceBlock(
        label=pgettext_lazy("kids", "answer"),
        choices=[
            ("yes", pgettext_lazy("kids", "Yes: call 9-1-1")),
            ("no", pgettext_lazy("kids", "No: not a 9-1-1 call")),
        ],
    )
    explanation = blocks.TextBlock(
        label=pgettext_lazy("kids", "why"),
        help_text=format_lazy(
            "{} {}",
            pgettext_lazy("kids", "Kind and short: why this is, or is not, a 9-1-1 call."),
            CHILD_TEXT_HELP,
        ),
    )

    def clean(self, value):
        value = super().clean(value)
        if not value.get("alt", "").strip():
            raise StructBlockValidationError(
                {
                    "alt": ValidationError(
                        pgettext_lazy(
                            "kids", "Describe the picture for children who cannot see it."
                        )
                    )
                }
            )
        return value


class EmergencyGameBlock(blocks.StructBlock):
    """ "Is it a 9-1-1 emergency?": picture cards with immediate, kind feedback and the reason."""

    heading = blocks.CharBlock(label=pgettext_lazy("kids", "heading"), max_length=80)
    intro = blocks.TextBlock(
        label=pgettext_lazy("kids", "introduction"), required=False, help_text=CHILD_TEXT_HELP
    )
    cards = blocks.ListBlock(GameCardBlock(), label=pgettext_lazy("kids", "cards"), min_num=1)

    class Meta:
        icon = "help"
        label = pgettext_lazy("kids", "Game: is it a 9-1-1 emergency?")
        template = "kids/blocks/emergency_game.html"


class CallStepBlock(blocks.StructBlock):
    call_taker_says = blocks.CharBlock(
        label=pgettext_lazy("kids", "the call-taker says"),
        max_length=160,
        help_text=CHILD_TEXT_HELP,
    )
    hint = blocks.CharBlock(
        label=pgettext_lazy("kids", "what the child can say"),
        max_length=200,
        help_text=CHILD_TEXT_HELP,
    )


class PracticeCallBlock(blocks.StructBlock):
    """A pretend phone. It never dials: there is no tel: link and no network request."""

    heading = blocks.CharBlock(label=pgettext_lazy("kids", "heading"), max_length=80)
    intro = blocks.TextBlock(
        label=pgettext_lazy("kids", "introduction"), required=False, help_text=CHILD_TEXT_HELP
    )
    steps = blocks.ListBlock(
        CallStepBlock(), label=pgettext_lazy("kids", "steps of the call"), min_num=1
    )
    closing = blocks.TextBlock(
        label=pgettext_lazy("kids", "at the end"),
        help_text=format_lazy(
            "{} {}", pgettext_lazy("kids", "What the call-taker says last."), CHILD_TEXT_HELP
        ),
    )

    class Meta:
        icon = "mobile-alt"
        label = pgettext_lazy("kids", "Practice call")
        template = "kids/blocks/practice_call.html"


class AddressCardBlock(blocks.StructBlock):
    """A card filled in with a grown-up and printed. What is typed never leaves the browser."""

    heading = blocks.CharBlock(label=pgettext_lazy("kids", "heading"), max_length=80)
    intro = blocks.TextBlock(
        label=pgettext_lazy("kids", "introduction"), required=False, help_text=CHILD_TEXT_HELP
    )

    class Meta:
        icon = "home"
        label = pgettext_lazy("kids", "Know your address card")
        template = "kids/blocks/address_card.html"


class PrintableItemBlock(blocks.StructBlock):
    text = blocks.CharBlock(
        label=pgettext_lazy("kids", "text"), max_length=200, help_text=CHILD_TEXT_HELP
    )
    choices = blocks.CharBlock(
        label=pgettext_lazy("kids", "choices to circle"),
        max_length=60,
        required=False,
        help_text=pgettext_lazy("kids", "Optional, words separated by spaces, e.g. YES NO."),
    )
    write_line = blocks.BooleanBlock(
        label=pgettext_lazy("kids", "add a line to write on"), required=False, default=False
    )


class PrintableBlock(blocks.StructBlock):
    """An activity sheet, coloring page or certificate: printed from the page or as a PDF."""

    kind = blocks.ChoiceBlock(
        label=pgettext_lazy("kids", "kind"),
        choices=[
            ("activity", pgettext_lazy("kids", "Activity sheet")),
            ("coloring", pgettext_lazy("kids", "Coloring page")),
            ("certificate", pgettext_lazy("kids", "Certificate")),
        ],
        default="activity",
    )
    title = blocks.CharBlock(label=pgettext_lazy("kids", "title"), max_length=80)
    instructions = blocks.TextBlock(
        label=pgettext_lazy("kids", "instructions"), required=False, help_text=CHILD_TEXT_HELP
    )
    items = blocks.ListBlock(
        PrintableItemBlock(), label=pgettext_lazy("kids", "lines"), required=False
    )
    image = ImageChooserBlock(
        label=pgettext_lazy("kids", "picture"),
        required=False,
        help_text=pgettext_lazy(
            "kids", "For a coloring page: black lines on white, no text in the picture."
        ),
    )
    alt = blocks.CharBlock(
        label=pgettext_lazy("kids", "picture description (alt text)"), required=False
    )

    def clean(self, value):
        value = super().clean(value)
        if value.get("image") and not value.get("alt", "").strip():
            raise StructBlockValidationError(
                {
                    "alt": ValidationError(
                        pgettext_lazy("kids", "Describe the picture for people who cannot see it.")
                    )
                }
            )
        return value

    class Meta:
        icon = "doc-full"
        label = pgettext_lazy("kids", "Printable")
        template = "kids/blocks/printable.html"


class LessonStepBlock(blocks.StructBlock):
    minutes = blocks.IntegerBlock(label=pgettext_lazy("kids", "minutes"), min_value=1, max_value=45)
    activity = blocks.TextBlock(label=pgettext_lazy("kids", "activity"))


class GrownUpsBlock(blocks.StructBlock):
    """For teachers and parents: a lesson outline, talking points, a classroom-visit link."""

    heading = blocks.CharBlock(label=pgettext_lazy("kids", "heading"), max_length=80)
    intro = blocks.TextBlock(label=pgettext_lazy("kids", "introduction"), required=False)
    lesson_heading = blocks.CharBlock(label=pgettext_lazy("kids", "lesson heading"), max_length=80)
    lesson = blocks.ListBlock(LessonStepBlock(), label=pgettext_lazy("kids", "lesson outline"))
    talking_points_heading = blocks.CharBlock(
        label=pgettext_lazy("kids", "talking points heading"), max_length=80
    )
    talking_points = blocks.ListBlock(
        blocks.TextBlock(), label=pgettext_lazy("kids", "talking points")
    )
    visit_text = blocks.TextBlock(
        label=pgettext_lazy("kids", "classroom visit"),
        required=False,
        help_text=pgettext_lazy(
            "kids", "Shown above the link to request a classroom visit. Empty hides the link."
        ),
    )

    def clean(self, value):
        value = super().clean(value)
        total = sum(step["minutes"] for step in value.get("lesson", []))
        if total > 45:
            raise StructBlockValidationError(
                {
                    "lesson": ValidationError(
                        pgettext_lazy(
                            "kids", "The lesson is %(total)s minutes; keep it to 45 or less."
                        )
                        % {"total": total}
                    )
                }
            )
        return value

    class Meta:
        icon = "group"
        label = pgettext_lazy("kids", "For teachers and parents")
        template = "kids/blocks/grown_ups.html"


class KidsStreamBlock(blocks.StreamBlock):
    text = TextBlock()
    key_facts = KeyFactsBlock()
    emergency_game = EmergencyGameBlock()
    practice_call = PracticeCallBlock()
    address_card = AddressCardBlock()
    printable = PrintableBlock()
    grown_ups = GrownUpsBlock()
