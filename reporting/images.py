"""Checking uploaded photos by their content and re-encoding them without metadata."""

import io
from dataclasses import dataclass

from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

from . import conf

try:  # Phones send HEIC; pillow-heif teaches Pillow to read it when installed.
    from pillow_heif import register_heif_opener

    register_heif_opener()
except ImportError:  # pragma: no cover - optional
    pass

ACCEPTED_FORMATS = {"JPEG", "PNG", "GIF", "WEBP", "HEIF", "MPO"}
# Formats Pillow can decode at a reduced scale (Image.draft).
DRAFT_FORMATS = {"JPEG", "MPO"}


class PhotoRejected(ValueError):
    """The upload is not a photo we accept; the message is translated and safe to show."""


@dataclass
class CleanPhoto:
    content: bytes
    content_type: str
    extension: str


def _too_large(upload) -> PhotoRejected:
    return PhotoRejected(
        _("%(name)s is too large an image. Please choose a smaller photo.") % {"name": upload.name}
    )


def _within_budget(image) -> bool:
    """Decide from the header alone (nothing decoded yet) whether decoding stays in bounds.

    JPEG decodes at 1/2, 1/4 or 1/8 scale (draft), so only the pixel budget applies; other
    formats decode at full size, so their decoded bytes must fit the memory budget too.
    """
    pixels = image.width * image.height
    if pixels > conf.max_photo_pixels():
        return False
    if image.format in DRAFT_FORMATS:
        return True
    # Pillow keeps RGB in 4 bytes a pixel, like RGBA; palette and grey images in one.
    bytes_per_pixel = 1 if image.mode in ("1", "L", "P") else 4
    return pixels * bytes_per_pixel <= conf.MAX_PHOTO_DECODED_BYTES


def photo_clean(upload) -> CleanPhoto:
    """Decode the upload with Pillow and write a fresh image with no EXIF, GPS or other metadata.

    Re-encoding (rather than deleting tags) is what guarantees nothing survives: only pixels are
    copied into the new file. The name and the browser's content type are never trusted.

    Memory stays bounded for any input (issue 12: a 146 KB PNG of 7070x7070 pixels took 730 MB):
    the declared size is checked before anything is decoded, JPEGs are decoded straight at a
    reduced scale, and the picture is shrunk to conf.PHOTO_MAX_SIDE before any copy is made.
    """
    if upload.size > conf.MAX_PHOTO_BYTES:
        raise PhotoRejected(
            _("%(name)s is larger than 10 MB. Please choose a smaller photo.")
            % {"name": upload.name}
        )
    try:
        upload.seek(0)
        with Image.open(upload) as probe:
            fmt = probe.format
            if fmt not in ACCEPTED_FORMATS:
                raise UnidentifiedImageError(fmt)
            if not _within_budget(probe):
                raise _too_large(upload)
            probe.verify()
        upload.seek(0)
        with Image.open(upload) as image:
            if not _within_budget(image):
                raise _too_large(upload)
            side = conf.PHOTO_MAX_SIDE
            if image.format in DRAFT_FORMATS:
                # draft() scales only when the whole requested size fits, so ask for the shrunken
                # size itself, not a square.
                ratio = min(1.0, side / max(image.size))
                image.draft(
                    None, (max(1, int(image.width * ratio)), max(1, int(image.height * ratio)))
                )
            image.thumbnail((side, side), reducing_gap=None)
            # Turn the picture upright first: the orientation tag is about to be dropped.
            image = ImageOps.exif_transpose(image)
            has_alpha = image.mode in ("RGBA", "LA", "P") and fmt in ("PNG", "GIF", "WEBP")
            out = io.BytesIO()
            if has_alpha:
                clean = Image.new("RGBA", image.size)
                clean.paste(image.convert("RGBA"))
                clean.save(out, format="PNG", optimize=True)
                return CleanPhoto(out.getvalue(), "image/png", "png")
            clean = Image.new("RGB", image.size)
            clean.paste(image.convert("RGB"))
            clean.save(out, format="JPEG", quality=88)
            return CleanPhoto(out.getvalue(), "image/jpeg", "jpg")
    except PhotoRejected:
        raise
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise PhotoRejected(
            _("%(name)s is not a photo we can read. Please upload a JPEG, PNG, HEIC or WebP image.")
            % {"name": upload.name}
        ) from None
