"""Builds the demo site from cms/demo_content.py, idempotently, in English and Spanish.

Spanish versions are made with Wagtail's copy_for_translation (so they share a translation_key
with the English original and wagtail-localize, the language switcher and hreflang all see them
as translations) and then given their Spanish text. They are ordinary, editable pages: editors
can change either language in the normal editor, or use wagtail-localize's "Translate" action
to resync a page from its English source.
"""

from __future__ import annotations

import copy
from datetime import timedelta

from django.utils import timezone
from wagtail.models import Locale, Page

from cms import demo_content as content
from cms.models import (
    FAQ,
    AlertBanner,
    ContactDirectoryPage,
    ContactUnit,
    EducationPage,
    FAQCategory,
    FAQIndexPage,
    HomePage,
    RequestPage,
)

LANGS = ("en", "es")
# The main menu. Text-to-9-1-1 and TTY is there as the ADA asks: TTY access as direct as voice.
MENU_PAGES = ("when-to-call", "what-happens", "text-tty", "non-emergency")


def _ul(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


class DemoSite:
    def __init__(self, home_en: HomePage):
        self.locales = {code: Locale.objects.get(language_code=code) for code in LANGS}
        self.home = {"en": home_en}
        # key -> {"en": page, "es": page}
        self.pages: dict[str, dict[str, Page]] = {}

    # --- pages -------------------------------------------------------------------------------

    def _child(self, parent: Page, model, slug: str, **fields) -> Page:
        page = model.objects.child_of(parent).filter(slug=slug).first()
        if page is None:
            page = model(slug=slug, locale=parent.locale, **fields)
            parent.add_child(instance=page)
        return page

    def _translation(self, page: Page, code: str, slug: str) -> Page:
        existing = page.get_translation_or_none(self.locales[code])
        if existing is not None:
            return existing.specific
        copy = page.copy_for_translation(self.locales[code]).specific
        # Give the copy its own slug before it is ever published: renaming it at publish time
        # would make Wagtail add redirects from an English-looking URL nobody ever saw.
        copy.slug = slug
        copy.set_url_path(copy.get_parent())
        Page.objects.filter(pk=copy.pk).update(slug=copy.slug, url_path=copy.url_path)
        return copy

    def _publish(self, page: Page, **fields) -> None:
        # Children may have been added through another instance of this page since it was
        # loaded; saving a stale numchild would hide them from routing.
        page.refresh_from_db(fields=["numchild"])
        for name, value in fields.items():
            setattr(page, name, value)
        page.save_revision().publish()

    def _resolve_links(self, body: list[dict], code: str) -> list[dict]:
        body = copy.deepcopy(body)
        for block in body:
            if block["type"] == "related_links":
                for link in block["value"]["links"]:
                    link["page"] = self.pages[link["page"]][code].pk
        return body

    def build_pages(self) -> None:
        home_en = self.home["en"]
        placeholder = [content.p("Draft.")]
        for spec in content.EDUCATION_PAGES:
            en = spec["en"]
            self.pages[spec["key"]] = {
                "en": self._child(
                    home_en,
                    EducationPage,
                    en["slug"],
                    title=en["title"],
                    summary=en["summary"],
                    body=placeholder,
                    show_in_menus=spec["key"] in MENU_PAGES,
                )
            }
        for spec, model in (
            (content.FAQ_PAGE, FAQIndexPage),
            (content.CONTACT_PAGE, ContactDirectoryPage),
            (content.REQUEST_PAGE, RequestPage),
        ):
            self.pages[spec["key"]] = {
                "en": self._child(
                    home_en,
                    model,
                    spec["en"]["slug"],
                    title=spec["en"]["title"],
                    show_in_menus=spec["key"] in ("faq", "contacts"),
                )
            }

        # The Spanish home must exist before its children can be translated under it.
        self.home["es"] = self._translation(home_en, "es", slug="inicio")
        self._publish(self.home["es"], **content.HOME["es"])
        for spec in [
            *content.EDUCATION_PAGES,
            content.FAQ_PAGE,
            content.CONTACT_PAGE,
            content.REQUEST_PAGE,
        ]:
            versions = self.pages[spec["key"]]
            versions["es"] = self._translation(versions["en"], "es", slug=spec["es"]["slug"])

        for spec in content.EDUCATION_PAGES:
            for code in LANGS:
                text = spec[code]
                self._publish(
                    self.pages[spec["key"]][code],
                    title=text["title"],
                    slug=text["slug"],
                    summary=text["summary"],
                    search_description=text["summary"],
                    body=self._resolve_links(text["body"], code),
                    # Set on every load, so a demo database from an older release follows too.
                    show_in_menus=spec["key"] in MENU_PAGES,
                )
        for spec in (content.FAQ_PAGE, content.CONTACT_PAGE, content.REQUEST_PAGE):
            for code in LANGS:
                self._publish(self.pages[spec["key"]][code], **spec[code])

        for code in LANGS:
            tasks = [
                {
                    "type": "task",
                    "value": {
                        "page": self.pages[key][code].pk,
                        "title": "",
                        "description": en_text if code == "en" else es_text,
                    },
                }
                for key, en_text, es_text in content.HOME["top_tasks"]
            ]
            self._publish(self.home[code], **content.HOME[code], top_tasks=tasks)

    # --- snippets ----------------------------------------------------------------------------

    def _snippet_translation(self, obj, code: str, **fields):
        other = obj.get_translation_or_none(self.locales[code])
        if other is None:
            other = obj.copy_for_translation(self.locales[code])
        for name, value in fields.items():
            setattr(other, name, value)
        return other

    @staticmethod
    def _save_published(obj) -> None:
        obj.save()
        obj.save_revision().publish()

    def build_snippets(self) -> None:
        en = self.locales["en"]
        categories = {}
        for order, (key, name_en, name_es) in enumerate(content.FAQ_CATEGORIES):
            cat, _ = FAQCategory.objects.update_or_create(
                locale=en, name=name_en, defaults={"sort_order": order}
            )
            cat_es = self._snippet_translation(cat, "es", name=name_es, sort_order=order)
            cat_es.save()
            categories[key] = {"en": cat, "es": cat_es}

        for order, (key, q_en, a_en, q_es, a_es) in enumerate(content.FAQS):
            faq = FAQ.objects.filter(locale=en, question=q_en).first() or FAQ(
                locale=en, question=q_en
            )
            faq.category = categories[key]["en"]
            faq.answer = f"<p>{a_en}</p>"
            faq.sort_order = order
            self._save_published(faq)
            faq_es = self._snippet_translation(
                faq,
                "es",
                question=q_es,
                answer=f"<p>{a_es}</p>",
                category=categories[key]["es"],
                sort_order=order,
            )
            self._save_published(faq_es)

        for order, unit in enumerate(content.CONTACT_UNITS):
            name_en, name_es, phone, email, hours_en, hours_es, handles_en, handles_es = unit
            obj = ContactUnit.objects.filter(locale=en, name=name_en).first() or ContactUnit(
                locale=en, name=name_en
            )
            obj.phone, obj.email, obj.hours = phone, email, hours_en
            obj.handles, obj.sort_order = _ul(handles_en), order
            self._save_published(obj)
            self._save_published(
                self._snippet_translation(
                    obj,
                    "es",
                    name=name_es,
                    phone=phone,
                    email=email,
                    hours=hours_es,
                    handles=_ul(handles_es),
                    sort_order=order,
                )
            )

        alert = AlertBanner.objects.filter(locale=en, title=content.ALERT["en"]["title"]).first()
        alert = alert or AlertBanner(locale=en, title=content.ALERT["en"]["title"])
        alert.message = content.ALERT["en"]["message"]
        alert.severity = AlertBanner.Severity.WARNING
        alert.starts_at = timezone.now() - timedelta(hours=1)
        alert.ends_at = timezone.now() + timedelta(days=30)
        self._save_published(alert)
        self._save_published(
            self._snippet_translation(
                alert,
                "es",
                **content.ALERT["es"],
                severity=alert.severity,
                starts_at=alert.starts_at,
                ends_at=alert.ends_at,
            )
        )


def load_site_content(home_en: HomePage) -> DemoSite:
    site = DemoSite(home_en)
    site.build_pages()
    site.build_snippets()
    return site
