"""Reporters' photos live in their own storage, never under the public media URL (issue 12)."""

import pytest
from django.http import Http404
from django.test import RequestFactory

from portal.guard.media import media_path_allowed, media_serve
from reporting.models import DraftPhoto, ReportAttachment
from reporting.storage import report_storage
from tests.reporting.helpers import fill_all, submit
from tests.reporting.test_photos import jpeg_with_gps, post_photos

pytestmark = pytest.mark.django_db


def test_draft_and_report_photos_are_stored_outside_media_root(
    client, site, vandalism, media_root, settings
):
    fill_all(client)
    assert post_photos(client, [jpeg_with_gps()]).status_code == 302
    draft_file = DraftPhoto.objects.get().file.name
    assert (media_root / draft_file).is_file()

    submit(client)

    attachment = ReportAttachment.objects.get()
    assert (media_root / attachment.file.name).is_file()
    assert not list(settings.MEDIA_ROOT.rglob("*.jpg")) if settings.MEDIA_ROOT.exists() else True
    assert media_root != settings.MEDIA_ROOT


def test_the_private_storage_has_no_url():
    with pytest.raises(ValueError, match="no public URL"):
        report_storage().url("drafts/x.jpg")


@pytest.mark.parametrize(
    "path",
    [
        "drafts/2026/01/a.jpg",
        "/drafts/2026/01/a.jpg",  # what /media//drafts/... hands the view
        "images/../drafts/a.jpg",
        "images/../../reports/a.jpg",
        "Reports/2026/a.jpg",
        "images/..\\drafts\\a.jpg",
        "",
    ],
)
def test_the_demo_media_guard_refuses_private_paths_however_spelt(path):
    assert media_path_allowed(path) is None
    with pytest.raises(Http404):
        media_serve(RequestFactory().get("/media/x"), path)


def test_the_demo_still_serves_cms_uploads(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "logo.png").write_bytes(b"png")

    response = media_serve(RequestFactory().get("/media/images/logo.png"), "images/logo.png")

    assert response.status_code == 200
    assert media_path_allowed("images/./logo.png") == "images/logo.png"
