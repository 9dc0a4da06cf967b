"""Loads the 9-1-1 for Kids demo section, in English and Spanish. Safe to run again.

Called from cms/management/commands/load_demo.py once the English home page exists. Spanish pages
are made with wagtail-localize's own machinery (a TranslationSource, a Translation and a
StringTranslation per string), so editors can keep them up to date in its translation editor.
"""

from io import BytesIO
from uuid import uuid4

from django.core.files.images import ImageFile
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from . import demo_images
from .demo_content import ACTIVITIES, HOME, SPANISH
from .models import KidsActivityPage, KidsHomePage

SPANISH_HOME_TITLE = "Departamento de Policía de Example City"


class MissingSpanishError(Exception):
    """A demo string has no Spanish in demo_content.SPANISH."""


def load_kids_demo(*, home: Page, **kwargs) -> KidsHomePage:
    """Create or update the kids section under `home`, then (re)translate it into Spanish."""
    pictures = _pictures()
    kids_home = _upsert(
        parent=home,
        model=KidsHomePage,
        slug=HOME["slug"],
        fields={
            "title": HOME["title"],
            "intro": HOME["intro"],
            "body": _stream(HOME["body"], pictures),
            # In the main menu, so families and teachers can find the section from any page.
            "show_in_menus": True,
        },
    )
    activities = [
        _upsert(
            parent=kids_home,
            model=KidsActivityPage,
            slug=activity["slug"],
            fields={
                "title": activity["title"],
                "summary": activity["summary"],
                "tile_image": pictures[activity["tile"]],
                "intro": activity["intro"],
                "body": _stream(activity["body"], pictures),
            },
        )
        for activity in ACTIVITIES
    ]

    spanish = Locale.objects.get(language_code="es")
    _ensure_translated_home(home, spanish)
    for page in [kids_home, *activities]:
        _translate(page, spanish)
    return kids_home


def _pictures() -> dict:
    image_model = get_image_model()
    collection = Collection.get_first_root_node() or Collection.add_root(name="Root")
    pictures = {}
    for key, draw in demo_images.PICTURES.items():
        title = f"Kids demo: {key}"
        image = image_model.objects.filter(title=title).first()
        if image is None:
            image = image_model(title=title, collection=collection)
            image.file = ImageFile(BytesIO(draw()), name=f"kids-{key}.png")
            image.save()
        pictures[key] = image
    return pictures


def _stream(blocks, pictures) -> list[dict]:
    """Demo blocks as StreamField raw data, with picture keys swapped for image ids.

    Every block and list item gets an id: wagtail-localize finds each translated string by the
    id path of the block it came from, so ids must be stored, not regenerated on each load.
    """

    def resolve(value):
        if isinstance(value, dict):
            return {
                key: (
                    pictures[item].pk if key == "image" and isinstance(item, str) else resolve(item)
                )
                for key, item in value.items()
            }
        if isinstance(value, list):
            return [{"type": "item", "value": resolve(item), "id": str(uuid4())} for item in value]
        return value

    return [
        {"type": block_type, "value": resolve(value), "id": str(uuid4())}
        for block_type, value in blocks
    ]


def _upsert(*, parent: Page, model, slug: str, fields: dict):
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = model(slug=slug, locale=parent.locale, **fields)
        parent.add_child(instance=page)
    else:
        for name, value in fields.items():
            setattr(page, name, value)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def _ensure_translated_home(home: Page, locale: Locale) -> None:
    """The kids pages need a Spanish parent; the education site may already have made one."""
    if home.get_translation_or_none(locale) is not None:
        return
    spanish_home = home.specific.copy_for_translation(locale)
    spanish_home.title = SPANISH_HOME_TITLE
    spanish_home.save_revision().publish()


def _translate(page: Page, locale: Locale) -> None:
    source, created = TranslationSource.get_or_create_from_instance(page)
    if not created:
        source.update_from_db()
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        english = segment.string.data
        if english not in SPANISH:
            raise MissingSpanishError(f"No Spanish for {english!r} on {page.title!r}")
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": SPANISH[english], "translation_type": "manual"},
        )
    # save_target(publish=True) defers publishing to on_commit; inside load_demo's transaction
    # that would publish a stale copy of a parent after its children were added (numchild 0,
    # so Wagtail could no longer route to them). Publish the new revision right away instead.
    translation.save_target(publish=False)
    translation.get_target_instance().get_latest_revision().publish()
