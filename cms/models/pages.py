from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import models
from django.db.models import Q
from django.http import Http404
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from cms.blocks import BaseStreamBlock
from cms.richtext import rich_text_plain

INTRO_RICH = ["bold", "italic", "link"]


class SitePage(Page):
    """What every public page shares: a description for search engines and the page cache."""

    # Pages holding a form with a CSRF token, or anything per-visitor, must not be cached.
    cacheable = True

    class Meta:
        abstract = True

    def get_meta_description(self) -> str:
        return self.search_description or rich_text_plain(getattr(self, "intro", ""), 200)

    def get_view_restrictions(self):
        """Wagtail's version costs two queries (ancestors, then restrictions); this costs one,
        and none while the site has no restriction at all (the usual case for a public site;
        a cached flag, dropped whenever a restriction is saved or deleted).

        A restriction on an alias's source page applies to the alias, as in Wagtail.
        """
        from cms.page_cache import VIEW_RESTRICTIONS_KEY, memoized

        def any_restrictions_shared():
            any_restrictions = cache.get(VIEW_RESTRICTIONS_KEY)
            if any_restrictions is None:
                any_restrictions = PageViewRestriction.objects.exists()
                cache.set(VIEW_RESTRICTIONS_KEY, any_restrictions, None)
            return any_restrictions

        # Saving or deleting a restriction purges, which drops this process's copy too.
        any_restrictions = memoized(VIEW_RESTRICTIONS_KEY, any_restrictions_shared)
        if not any_restrictions:
            return PageViewRestriction.objects.none()
        steplen = self.steplen
        paths = [self.path[: steplen * depth] for depth in range(1, self.depth + 1)]
        return PageViewRestriction.objects.filter(
            Q(page__path__in=paths) | Q(page__aliases__path__in=paths)
        ).distinct()

    def route(self, request, path_components):
        """Wagtail's routing, one query per URL segment instead of two.

        Wagtail finds the child with this slug, then loads it again as its specific page type.
        Which child a slug names (its id and type) is kept per process until the next purge
        (publishing, unpublishing, moving or deleting a page purges), so only the specific
        page is read.
        """
        from cms.page_cache import enabled, memoized

        if not path_components or not enabled():
            return super().route(request, path_components)
        slug = path_components[0]
        child = memoized(
            ("child-page", self.pk, slug),
            lambda: self.get_children().filter(slug=slug).values_list("pk", "content_type").first(),
        )
        if child is None:
            raise Http404
        model = ContentType.objects.get_for_id(child[1]).model_class()
        if model is None:  # a page type whose app is gone: let Wagtail deal with it
            return super().route(request, path_components)
        try:
            subpage = model.objects.get(pk=child[0])
        except model.DoesNotExist:
            raise Http404 from None
        subpage._cached_parent_obj = self
        return subpage.route(request, path_components[1:])

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if self.cacheable:
            response.cms_cacheable = True
        return response


class TaskBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock()
    title = blocks.CharBlock(
        max_length=80, required=False, help_text=_("Leave empty to use the page title.")
    )
    description = blocks.CharBlock(max_length=160, required=False)

    class Meta:
        icon = "link"
        template = "components/streamfield/blocks/task.html"


class HomePage(SitePage):
    intro = RichTextField(_("introduction"), blank=True, features=INTRO_RICH)
    report_text = RichTextField(
        _("report online: text"),
        blank=True,
        features=INTRO_RICH,
        help_text=_("A sentence or two on what can be reported online."),
    )
    top_tasks = StreamField(
        [("task", TaskBlock())],
        blank=True,
        verbose_name=_("top tasks"),
        help_text=_("The few things most visitors come for, most used first."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("report_text"),
        FieldPanel("top_tasks"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "cms.EducationPage",
        "cms.FAQIndexPage",
        "cms.ContactDirectoryPage",
        "cms.RequestPage",
        "kids.KidsHomePage",
    ]
    template = "pages/home_page.html"
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    @property
    def localized(self):
        """This home page in the active language. Wagtail routes every request from the site's
        home page through this; in another language than the site's it costs a query, so each
        process keeps the answer until the next purge (publishing purges)."""
        from cms.page_cache import enabled, memoized

        wagtail_localized = SitePage.localized.fget
        if not enabled():
            return wagtail_localized(self)
        return memoized(
            ("localized-home", self.pk, translation.get_language()),
            lambda: wagtail_localized(self),
        )


class EducationPage(SitePage):
    summary = models.TextField(
        _("summary"),
        max_length=300,
        help_text=_("One or two plain sentences. Shown in lists and to search engines."),
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("summary"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    parent_page_types = ["cms.HomePage", "cms.EducationPage"]
    subpage_types = ["cms.EducationPage"]
    template = "pages/education_page.html"

    class Meta:
        verbose_name = _("education page")

    def get_meta_description(self) -> str:
        return self.search_description or self.summary


class FAQIndexPage(SitePage):
    intro = RichTextField(_("introduction"), blank=True, features=INTRO_RICH)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["cms.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1
    template = "pages/faq_index_page.html"

    class Meta:
        verbose_name = _("FAQ page")

    # The questions are read by the template (cms_tags.faq_listing): page models import no
    # selectors, so cms has no import circle.


class ContactDirectoryPage(SitePage):
    intro = RichTextField(_("introduction"), blank=True, features=INTRO_RICH)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["cms.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1
    template = "pages/contact_directory_page.html"

    class Meta:
        verbose_name = _("contact directory page")

    # The units are read by the template (cms_tags.contact_units).


class RequestPage(SitePage):
    """Ask for a school presentation or a tour of the 9-1-1 centre."""

    cacheable = False
    intro = RichTextField(_("introduction"), blank=True, features=INTRO_RICH)
    thank_you = RichTextField(
        _("thank-you text"),
        blank=True,
        features=INTRO_RICH,
        help_text=_("Shown after a request is sent. Say when people will hear back."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("thank_you")]

    parent_page_types = ["cms.HomePage"]
    subpage_types: list[str] = []
    template = "pages/request_page.html"

    class Meta:
        verbose_name = _("presentation and tour request page")

    # Served by cms.views.request_page through an on_serve_page hook (cms.wagtail_hooks):
    # the form and the service import the models, so the model does not import them.
