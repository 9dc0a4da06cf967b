import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import ExifTags, Image

from reporting.models import DraftPhoto, Report, ReportAttachment
from tests.reporting.helpers import fill_all, screen, step_url, submit

pytestmark = pytest.mark.django_db


def jpeg_with_gps(name="garage.jpg") -> SimpleUploadedFile:
    image = Image.new("RGB", (64, 48), "red")
    exif = image.getexif()
    exif[ExifTags.Base.Make] = "ExamplePhone"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (37.0, 46.0, 30.0)
    gps[ExifTags.GPS.GPSLongitudeRef] = "W"
    gps[ExifTags.GPS.GPSLongitude] = (122.0, 25.0, 10.0)
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif)
    data = out.getvalue()
    # The fixture really carries GPS, or the test below proves nothing.
    assert Image.open(io.BytesIO(data)).getexif().get_ifd(ExifTags.IFD.GPSInfo)
    return SimpleUploadedFile(name, data, content_type="image/jpeg")


def post_photos(client, files, remove=()):
    return client.post(step_url("photos"), {"photos": files, "remove": list(remove), "nav": "next"})


def test_gps_and_all_exif_are_gone_from_the_stored_file(client, site, vandalism, media_root):
    fill_all(client)
    response = post_photos(client, [jpeg_with_gps()])
    assert response.status_code == 302
    submit(client)

    attachment = ReportAttachment.objects.get(report=Report.objects.get())
    with attachment.file.open("rb") as stored:
        data = stored.read()
    image = Image.open(io.BytesIO(data))
    assert image.format == "JPEG" and image.size == (64, 48)
    assert not image.getexif().get_ifd(ExifTags.IFD.GPSInfo)
    assert len(image.getexif()) == 0
    assert b"ExamplePhone" not in data
    assert attachment.content_type == "image/jpeg" and attachment.size == len(data)
    assert not DraftPhoto.objects.exists()


def test_a_text_file_named_jpg_is_refused(client, site, vandalism, media_root):
    fill_all(client)
    fake = SimpleUploadedFile("photo.jpg", b"this is not an image", content_type="image/jpeg")
    response = post_photos(client, [fake])

    assert response.status_code == 400
    assert "photo.jpg is not a photo we can read" in response.content.decode()
    assert not DraftPhoto.objects.exists()
    assert (
        not list((media_root / "drafts").rglob("*")) if (media_root / "drafts").exists() else True
    )


def test_a_photo_over_10_mb_is_refused(client, site, vandalism, media_root, settings):
    fill_all(client)
    big = SimpleUploadedFile("big.jpg", b"\xff\xd8" + b"0" * (10 * 1024 * 1024), "image/jpeg")
    response = post_photos(client, [big])
    assert response.status_code == 400
    assert "big.jpg is larger than 10 MB" in response.content.decode()


def test_at_most_five_photos(client, site, vandalism, media_root):
    fill_all(client)
    assert post_photos(client, [jpeg_with_gps(f"p{n}.jpg") for n in range(4)]).status_code == 302
    response = post_photos(client, [jpeg_with_gps("p5.jpg"), jpeg_with_gps("p6.jpg")])
    assert response.status_code == 400
    assert "at most 5 photos" in response.content.decode()
    assert DraftPhoto.objects.count() == 4

    # Removing one makes room, without JavaScript: a checkbox per photo.
    first = DraftPhoto.objects.first()
    response = post_photos(client, [jpeg_with_gps("p5.jpg"), jpeg_with_gps("p6.jpg")], [first.pk])
    assert response.status_code == 302
    assert DraftPhoto.objects.count() == 5
    assert not DraftPhoto.objects.filter(pk=first.pk).exists()


def test_photos_survive_going_back_and_are_listed_for_removal(client, site, vandalism, media_root):
    screen(client)
    post_photos(client, [jpeg_with_gps("door.jpg")])
    page = client.get(step_url("photos")).content.decode()
    assert "door.jpg" in page and 'name="remove"' in page
