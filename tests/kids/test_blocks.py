"""Editorial rules on the kids blocks."""

import pytest
from wagtail.blocks import StructBlockValidationError

from cms.kids.blocks import GameCardBlock, GrownUpsBlock, PrintableBlock


def test_a_game_card_needs_a_picture_description():
    block = GameCardBlock()
    value = block.to_python(
        {"image": None, "alt": " ", "prompt": "A house is on fire.", "is_emergency": "yes"}
    )
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert "alt" in error.value.block_errors


def test_a_lesson_longer_than_45_minutes_is_refused():
    block = GrownUpsBlock()
    value = block.to_python(
        {
            "heading": "Lesson",
            "lesson_heading": "Plan",
            "lesson": [{"minutes": 30, "activity": "Talk"}, {"minutes": 20, "activity": "Play"}],
            "talking_points_heading": "Points",
            "talking_points": ["Say nine-one-one."],
        }
    )
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert "50 minutes" in str(error.value.block_errors["lesson"])


@pytest.mark.django_db
def test_a_printable_picture_needs_a_description(kids_home):
    from wagtail.images import get_image_model

    image = get_image_model().objects.first()
    block = PrintableBlock()
    value = block.to_python(
        {"kind": "coloring", "title": "Color", "items": [], "image": image.pk, "alt": ""}
    )
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert "alt" in error.value.block_errors
