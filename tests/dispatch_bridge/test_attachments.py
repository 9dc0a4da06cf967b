"""Report photos: only through the authenticated, audited download view, never /media/."""

import hashlib

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from dispatch_bridge.models import ApiToken
from portal.staff.models import AuditEntry
from reporting.models import ReportAttachment
from tests.support.staff import login_with_mfa

pytestmark = pytest.mark.django_db

PNG = b"\x89PNG\r\n\x1a\n fake image bytes"


@pytest.fixture
def photo(report):
    return ReportAttachment.objects.create(
        report=report,
        file=ContentFile(PNG, name="fence.png"),
        content_type="image/png",
        size=len(PNG),
    )


def url_for(attachment):
    return reverse("dispatch:attachment", args=[attachment.pk])


def test_the_item_page_links_photos_through_the_download_view(client, dispatcher, item, photo):
    login_with_mfa(client, dispatcher)

    html = client.get(reverse("dispatch:item", args=[item.pk])).content.decode()

    assert f'href="{url_for(photo)}"' in html and f'src="{url_for(photo)}"' in html
    assert "/media/" not in html


def test_the_eido_media_component_points_at_the_download_view(client, dispatcher, item, photo):
    login_with_mfa(client, dispatcher)

    document = client.get(reverse("dispatch:item_eido", args=[item.pk])).json()

    assert document["mediaComponent"][0]["uri"] == f"http://testserver{url_for(photo)}"
    assert "/media/" not in str(document)


def test_a_dispatcher_gets_the_photo_with_safe_headers_and_it_is_audited(
    client, dispatcher, item, photo
):
    login_with_mfa(client, dispatcher)

    response = client.get(url_for(photo))

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PNG
    assert response["Content-Type"] == "image/png"
    assert response["X-Content-Type-Options"] == "nosniff"
    disposition = response["Content-Disposition"]
    assert disposition.startswith("inline;")
    assert f'filename="{item.report.reference}-{photo.pk}.png"' in disposition
    assert "no-store" in response["Cache-Control"]
    entry = AuditEntry.objects.get(action="report.view_attachment")
    assert entry.actor == dispatcher and entry.object_id == str(item.report.pk)
    assert entry.detail == {"attachment": photo.pk}


def test_a_file_that_is_not_a_plain_image_is_only_offered_as_a_download(client, dispatcher, report):
    odd = ReportAttachment.objects.create(
        report=report,
        file=ContentFile(b"<script>alert(1)</script>", name="x.html"),
        content_type="text/html",
        size=25,
    )
    login_with_mfa(client, dispatcher)

    response = client.get(url_for(odd))

    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"].startswith("attachment;")
    assert "sandbox" in response["Content-Security-Policy"]


def test_nobody_outside_the_queue_gets_a_photo(client, photo, editor):
    response = client.get(url_for(photo))
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")

    login_with_mfa(client, editor)
    assert client.get(url_for(photo)).status_code == 403
    assert not AuditEntry.objects.filter(action="report.view_attachment").exists()


def test_a_cad_with_an_api_token_fetches_the_photo(client, photo):
    ApiToken.objects.create(name="CAD", key_hash=hashlib.sha256(b"s3cret-key").hexdigest())

    response = client.get(url_for(photo), HTTP_AUTHORIZATION="Token s3cret-key")

    assert response.status_code == 200
    assert AuditEntry.objects.get(action="report.view_attachment").actor_label == "api-token"


def test_a_missing_file_or_id_is_a_404_not_a_500(client, dispatcher, photo):
    login_with_mfa(client, dispatcher)
    photo.file.storage.delete(photo.file.name)

    assert client.get(url_for(photo)).status_code == 404
    assert client.get(reverse("dispatch:attachment", args=[999999])).status_code == 404
