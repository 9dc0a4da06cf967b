"""9-1-1 for Kids: a home page for the section and one page per activity."""

import functools

from django.db import models
from django.db.models import Prefetch
from django.http import Http404, HttpResponse
from django.utils.text import slugify
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.images.shortcuts import get_renditions_or_not_found
from wagtail.models import Page, Site
from wagtail.search import index

from cms import page_cache
from cms.models.pages import SitePage

from .blocks import CHILD_TEXT_HELP, KidsStreamBlock
from .pdf import printable_pdf
from .selectors import printable_block, visit_request_url

# The activity tiles' picture size on the kids home page.
TILE_FILTER = "fill-480x320"


class KidsPage(RoutablePageMixin, SitePage):
    """What both kids page types share: child-facing intro, activity blocks, PDF printables.

    A SitePage like the rest of the public site: the page cache and the one-query view
    restriction check keep it inside the public pages' query budget.
    """

    intro = models.TextField(
        pgettext_lazy("kids", "introduction"), blank=True, help_text=CHILD_TEXT_HELP
    )
    body = StreamField(
        KidsStreamBlock(), blank=True, verbose_name=pgettext_lazy("kids", "activities")
    )

    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        abstract = True

    def get_meta_description(self) -> str:
        # The same contract as the education site's pages, so search results and link previews
        # describe kids pages too.
        return self.search_description or (getattr(self, "summary", "") or self.intro)[:200]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["kids_blocks"] = [
            (block, self.printable_pdf_url(block.id) if block.block_type == "printable" else "")
            for block in self.body
        ]
        # Looked up only if a block shows the link (templates call a callable): most kids pages
        # don't, and the lookup would cost them a query of their budget.
        context["visit_request_url"] = functools.partial(
            visit_request_url, request=request, locale_id=self.locale_id
        )
        return context

    def serve(self, request, *args, **kwargs):
        # RoutablePageMixin answers the page's own URL through its index route, not through
        # SitePage.serve, so the page would never be marked for the page cache.
        response = super().serve(request, *args, **kwargs)
        if self.cacheable:
            response.cms_cacheable = True
        return response

    def printable_pdf_url(self, block_id) -> str:
        return self.url + self.reverse_subpage("printable_pdf", args=[block_id])

    @path("printables/<uuid:block_id>/pdf/", name="printable_pdf")
    def printable_pdf_view(self, request, block_id):
        block = printable_block(page=self, block_id=str(block_id))
        if block is None:
            raise Http404
        response = HttpResponse(
            printable_pdf(value=block.value, language=self.locale.language_code),
            content_type="application/pdf",
        )
        filename = f"{slugify(block.value['title']) or 'printable'}.pdf"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response


class KidsHomePage(KidsPage):
    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["kids.KidsActivityPage"]
    max_count_per_parent = 1
    template = "kids/kids_home_page.html"

    class Meta:
        verbose_name = pgettext_lazy("kids", "9-1-1 for Kids home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The tiles list other pages, like a menu: kept per process until the next publish
        # (page_cache.memoized), so a render past the page cache reads none of them.
        site = Site.find_for_request(request)
        context["activities"] = page_cache.memoized(
            ("kids-tiles", getattr(site, "pk", None), self.pk),
            lambda: self.activity_tiles(request),
        )
        return context

    def activity_tiles(self, request) -> list[dict]:
        """Each live activity's tile: title, summary, link and picture (<img>, "" without one).

        The tiles' renditions come with the pictures in one prefetch query. Wagtail's
        {% image %} tag would look each up in the renditions cache and write it back on every
        render (a Redis read and a pickled write per tile); get_renditions() on prefetched
        renditions does neither, and still makes one missing from the database (or, like the
        tag, a "not found" image when the original file is gone).
        """
        image_model = get_image_model()
        activities = (
            KidsActivityPage.objects.child_of(self)
            .live()
            # A tile shows the title, summary and picture: not each game's content.
            .defer_streamfields()
            .select_related("tile_image")
            .prefetch_related(
                Prefetch(
                    "tile_image__renditions",
                    queryset=image_model.get_rendition_model().objects.filter(
                        filter_spec=TILE_FILTER
                    ),
                    to_attr="prefetched_renditions",
                )
            )
        )
        tiles = []
        for activity in activities:
            img = ""
            if activity.tile_image is not None:
                renditions = get_renditions_or_not_found(activity.tile_image, [TILE_FILTER])
                rendition = renditions[TILE_FILTER]
                img = rendition.img_tag({"alt": "", "class": "kids-tile__image"})
            tiles.append(
                {
                    "title": activity.title,
                    "summary": activity.summary,
                    "url": activity.get_url(request),
                    "img": img,
                }
            )
        return tiles


class KidsActivityPage(KidsPage):
    summary = models.CharField(
        pgettext_lazy("kids", "summary"),
        max_length=160,
        blank=True,
        help_text=pgettext_lazy("kids", "Shown on the activity's tile on the kids home page."),
    )
    tile_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=pgettext_lazy("kids", "tile picture"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=pgettext_lazy(
            "kids", "A decorative picture for the tile; it has no alt text of its own."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("tile_image"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]

    parent_page_types = ["kids.KidsHomePage"]
    subpage_types: list[str] = []
    template = "kids/kids_activity_page.html"

    class Meta:
        verbose_name = pgettext_lazy("kids", "9-1-1 for Kids activity page")
