"""Reads for the kids section."""

from django.apps import apps
from django.conf import settings

DEFAULT_VISIT_REQUEST_URL = "/request-a-visit/"


def visit_request_url(*, request, locale_id) -> str:
    """Where teachers ask for a classroom visit: the education site's request page if there is one.

    The request page belongs to the education site (cms.RequestPage), which may not be installed
    alongside this app; then the KIDS_VISIT_REQUEST_URL setting names the path.
    """
    try:
        request_page_model = apps.get_model("cms", "RequestPage")
    except LookupError:
        request_page_model = None
    if request_page_model is not None:
        pages = request_page_model.objects.live()
        page = pages.filter(locale_id=locale_id).first() or pages.first()
        if page is not None:
            return page.get_url(request)
    return getattr(settings, "KIDS_VISIT_REQUEST_URL", DEFAULT_VISIT_REQUEST_URL)


def printable_block(*, page, block_id: str):
    """The printable block with this id on the page, or None."""
    for block in page.body:
        if block.block_type == "printable" and block.id == block_id:
            return block
    return None
