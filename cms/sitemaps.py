from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class AllLanguagesSitemap(Sitemap):
    """Wagtail's sitemap lists only the site root's tree; the Spanish tree is a sibling of it."""

    def items(self):
        root = self.get_wagtail_site().root_page
        in_any_tree = Q()
        for home in root.get_translations(inclusive=True).live():
            in_any_tree |= Q(path__startswith=home.path)
        return (
            Page.objects.live()
            .public()
            .filter(in_any_tree)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
