"""StreamField blocks for education pages, around one BaseStreamBlock.

Editorial rules live in help_text so editors see them where they type; rules that span fields
(alt text, captions) are enforced in clean().
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

BLOCKS = "components/streamfield/blocks/"
SIMPLE_RICH = ["bold", "italic", "link", "ol", "ul"]


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(
            features=["h2", "h3", *SIMPLE_RICH],
            help_text=_("Short sentences and common words. Aim for grade 8 or lower."),
            **kwargs,
        )

    class Meta:
        icon = "pilcrow"
        template = BLOCKS + "paragraph.html"
        preview_value = "<p>Call 9-1-1 when someone is in danger right now.</p>"


class CallNowBlock(blocks.StructBlock):
    """The "Call 9-1-1 if..." callout; the number itself always comes from the agency settings."""

    heading = blocks.CharBlock(
        max_length=80, help_text=_("E.g. 'Call 9-1-1 if:'. The number is added by the site.")
    )
    items = blocks.ListBlock(blocks.CharBlock(max_length=160), min_num=1)

    class Meta:
        icon = "warning"
        template = BLOCKS + "call_now.html"
        label = _("'Call 9-1-1 if...' callout")
        preview_value = {"heading": "Call 9-1-1 if:", "items": ["Someone is hurt."]}


class StepsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120)
    steps = blocks.ListBlock(
        blocks.CharBlock(max_length=240), min_num=1, help_text=_("One action per step.")
    )

    class Meta:
        icon = "list-ol"
        template = BLOCKS + "steps.html"
        label = _("Numbered steps")
        preview_value = {"heading": "What to do", "steps": ["Stay calm.", "Dial 9-1-1."]}


class DoDontBlock(blocks.StructBlock):
    do_items = blocks.ListBlock(blocks.CharBlock(max_length=200), label=_("Do"), default=[])
    dont_items = blocks.ListBlock(blocks.CharBlock(max_length=200), label=_("Don't"), default=[])

    class Meta:
        icon = "tasks"
        template = BLOCKS + "do_dont.html"
        label = _("Do and don't lists")
        preview_value = {"do_items": ["Stay on the line."], "dont_items": ["Hang up."]}

    def clean(self, value):
        value = super().clean(value)
        if not value["do_items"] and not value["dont_items"]:
            raise StructBlockValidationError(
                block_errors={"do_items": ValidationError(_("Add at least one item."))}
            )
        return value


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=160)
    why = blocks.CharBlock(
        max_length=240, required=False, help_text=_("Optional: why the call-taker asks this.")
    )


class CallTakerQuestionsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120)
    questions = blocks.ListBlock(QuestionBlock(), min_num=1)

    class Meta:
        icon = "help"
        template = BLOCKS + "call_taker_questions.html"
        label = _("Questions the call-taker will ask")
        preview_value = {
            "heading": "What you will be asked",
            "questions": [{"question": "Where are you?", "why": "So help can find you."}],
        }


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        max_length=250,
        help_text=_("Describe what the picture shows for people who cannot see it. Required."),
    )
    caption = blocks.CharBlock(max_length=250, required=False)

    class Meta:
        icon = "image"
        template = BLOCKS + "image.html"
        label = _("Image")

    def clean(self, value):
        value = super().clean(value)
        if not (value.get("alt_text") or "").strip():
            raise StructBlockValidationError(
                block_errors={"alt_text": ValidationError(_("Alt text is required."))}
            )
        return value


class VideoBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=160)
    video_url = blocks.URLBlock(
        help_text=_(
            "A video file served by this site (e.g. /media/...mp4). Third-party players are "
            "blocked by the site's security policy; link to them with 'Related links' instead."
        )
    )
    captions_url = blocks.URLBlock(
        required=False, help_text=_("A WebVTT captions file (.vtt) for this video.")
    )
    transcript = blocks.RichTextBlock(features=SIMPLE_RICH, required=False)

    class Meta:
        icon = "media"
        template = BLOCKS + "video.html"
        label = _("Video")

    def clean(self, value):
        value = super().clean(value)
        if not value.get("captions_url") and not value.get("transcript").source.strip():
            raise StructBlockValidationError(
                block_errors={
                    "captions_url": ValidationError(
                        _("Every video needs captions or a transcript.")
                    )
                }
            )
        return value


class FAQItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=200)
    answer = blocks.RichTextBlock(features=SIMPLE_RICH)


class FAQBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, required=False)
    items = blocks.ListBlock(FAQItemBlock(), min_num=1)

    class Meta:
        icon = "help"
        template = BLOCKS + "faq.html"
        label = _("Questions and answers")


class LinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120)
    page = blocks.PageChooserBlock(required=False)
    url = blocks.URLBlock(required=False, help_text=_("Only if the link leaves this site."))

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise StructBlockValidationError(
                block_errors={"url": ValidationError(_("Choose a page or enter a URL, not both."))}
            )
        return value


class RelatedLinksBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, required=False)
    links = blocks.ListBlock(LinkBlock(), min_num=1)

    class Meta:
        icon = "link"
        template = BLOCKS + "related_links.html"
        label = _("Related links")


class BaseStreamBlock(blocks.StreamBlock):
    paragraph = ParagraphBlock()
    call_now = CallNowBlock()
    steps = StepsBlock()
    do_dont = DoDontBlock()
    call_taker_questions = CallTakerQuestionsBlock()
    image = ImageBlock()
    video = VideoBlock()
    faq = FAQBlock()
    related_links = RelatedLinksBlock()
