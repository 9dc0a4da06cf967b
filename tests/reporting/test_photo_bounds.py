"""Photos are decoded within bounds, limited per draft and per address, and drafts don't linger.

Issue 12: one 146 KB PNG of 7070x7070 pixels raised a worker by 730 MB.
"""

import datetime
import io
import json
import os
import subprocess
import sys

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from reporting import conf
from reporting.images import PhotoRejected, photo_clean
from reporting.models import DraftPhoto, ReportDraft
from reporting.services import drafts_purge
from reporting.storage import report_storage
from tests.reporting.helpers import screen, step_url

pytestmark = pytest.mark.django_db

MB = 1024 * 1024

# Run in a fresh interpreter so the peak belongs to this one photo. Linux resets the peak
# resident size (VmHWM) to the current one when "5" is written to clear_refs; the call's own
# peak is then the high-water mark minus the resident size just before it.
MEASURE = """
import json, re, sys
import django
django.setup()
from django.core.files.uploadedfile import SimpleUploadedFile
from reporting.images import PhotoRejected, photo_clean

def status(field):
    with open("/proc/self/status") as f:
        return int(re.search(field + r":\\s+(\\d+)", f.read()).group(1))

upload = SimpleUploadedFile("photo", open(sys.argv[1], "rb").read())
with open("/proc/self/clear_refs", "w") as f:
    f.write("5")
before = status("VmRSS")
try:
    photo_clean(upload)
    outcome = "stored"
except PhotoRejected:
    outcome = "rejected"
print(json.dumps({"outcome": outcome, "peak_mb": (status("VmHWM") - before) / 1024}))
"""


def _image_file(tmp_path, name, mode, size, fmt, **save) -> str:
    path = tmp_path / name
    image = Image.new(mode, size, "white")
    image.save(path, format=fmt, **save)
    del image
    return str(path)


def _measure(path) -> dict:
    result = subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, "-c", MEASURE, path],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test"},
        timeout=120,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(
    ("name", "mode", "size", "fmt", "outcome"),
    [
        # The review's decompression bomb: refused by its declared size, nothing decoded.
        ("bomb.png", "RGB", (7070, 7070), "PNG", "rejected"),
        # A 40 MP camera's JPEG: decoded at half scale, then shrunk.
        ("camera.jpg", "RGB", (7296, 5472), "JPEG", "stored"),
        # The largest PNG that decodes at full size within the budget.
        ("screenshot.png", "RGB", (4000, 4000), "PNG", "stored"),
        # Under the pixel budget but too many bytes once decoded.
        ("wide.png", "RGBA", (6000, 5000), "PNG", "rejected"),
    ],
)
def test_peak_memory_per_photo_stays_under_150_mb(tmp_path, name, mode, size, fmt, outcome):
    path = _image_file(tmp_path, name, mode, size, fmt)
    assert os.path.getsize(path) < conf.MAX_PHOTO_BYTES  # small files, large pictures

    measured = _measure(path)

    assert measured["outcome"] == outcome
    assert measured["peak_mb"] < 150, measured


def test_a_stored_photo_is_at_most_the_configured_side():
    out = io.BytesIO()
    Image.new("RGB", (7296, 5472), "blue").save(out, format="JPEG")

    clean = photo_clean(SimpleUploadedFile("camera.jpg", out.getvalue()))

    assert max(Image.open(io.BytesIO(clean.content)).size) == conf.PHOTO_MAX_SIDE


def test_the_pixel_budget_is_a_setting(settings):
    out = io.BytesIO()
    Image.new("RGB", (300, 200)).save(out, format="PNG")
    settings.REPORTING_MAX_PHOTO_PIXELS = 50_000

    with pytest.raises(PhotoRejected, match="too large an image"):
        photo_clean(SimpleUploadedFile("small.png", out.getvalue()))


def _jpeg(name="photo.jpg", size=(640, 480)):
    out = io.BytesIO()
    Image.effect_noise(size, 80).convert("RGB").save(out, format="JPEG", quality=95)
    return SimpleUploadedFile(name, out.getvalue(), content_type="image/jpeg")


def test_a_draft_has_a_total_for_its_photos(client, site, vandalism, media_root, monkeypatch):
    screen(client)
    first = client.post(step_url("photos"), {"photos": [_jpeg("one.jpg")], "nav": "next"})
    assert first.status_code == 302
    stored = DraftPhoto.objects.get().size
    monkeypatch.setattr(conf, "MAX_DRAFT_PHOTO_BYTES", stored + stored // 2)

    response = client.post(step_url("photos"), {"photos": [_jpeg("two.jpg")], "nav": "next"})

    assert response.status_code == 400
    assert "too large for one report" in response.content.decode()
    assert DraftPhoto.objects.count() == 1
    assert len(os.listdir(media_root / "drafts")) == 1


def test_the_photo_step_is_rate_limited_per_address(client, site, vandalism, media_root, settings):
    settings.REPORTING_PHOTO_RATE_PER_IP = "2/h"
    screen(client)
    statuses = [
        client.post(step_url("photos"), {"photos": [_jpeg(f"{n}.jpg", (32, 32))], "nav": "next"})
        for n in range(3)
    ]

    assert [r.status_code for r in statuses] == [302, 302, 429]
    assert DraftPhoto.objects.count() == 2
    # Moving on without a new photo is not limited.
    assert client.post(step_url("photos"), {"nav": "next"}).status_code == 302


def test_drafts_untouched_past_the_retention_are_deleted_with_their_photos(
    client, site, vandalism, media_root, django_capture_on_commit_callbacks
):
    screen(client)
    client.post(step_url("photos"), {"photos": [_jpeg()], "nav": "next"})
    old = ReportDraft.objects.get()
    old_file = old.photos.get().file.name
    recent = ReportDraft.objects.create(language="en", screening_emergency=False)
    now = timezone.now()
    ReportDraft.objects.filter(pk=old.pk).update(updated_at=now - datetime.timedelta(days=31))
    ReportDraft.objects.filter(pk=recent.pk).update(updated_at=now - datetime.timedelta(days=29))

    with django_capture_on_commit_callbacks(execute=True):
        deleted = drafts_purge()

    assert deleted == 1
    assert list(ReportDraft.objects.values_list("pk", flat=True)) == [recent.pk]
    assert not DraftPhoto.objects.exists()
    assert not report_storage().exists(old_file)


def test_the_draft_pages_say_how_long_a_draft_is_kept(client, site, vandalism, settings):
    settings.REPORTING_DRAFT_RETENTION_DAYS = 30
    screen(client)

    html = client.get(step_url("what")).content.decode()
    spanish = client.get(step_url("what", "/es")).content.decode()

    assert "deleted 30 days after your last change" in html
    assert "se eliminan 30 días después de su último cambio" in spanish
