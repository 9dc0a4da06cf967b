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


class PhotoRejected(ValueError):
    """The upload is not a photo we accept; the message is translated and safe to show."""


@dataclass
class CleanPhoto:
    content: bytes
    content_type: str
    extension: str


def photo_clean(upload) -> CleanPhoto:
    """Decode the upload with Pillow and write a fresh image with no EXIF, GPS or other metadata.

    Re-encoding (rather than deleting tags) is what guarantees nothing survives: only pixels are
    copied into the new file. The name and the browser's content type are never trusted.
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
            probe.verify()
        if fmt not in ACCEPTED_FORMATS:
            raise UnidentifiedImageError(fmt)
        upload.seek(0)
        with Image.open(upload) as image:
            if image.width * image.height > conf.MAX_PHOTO_PIXELS:
                raise PhotoRejected(
                    _("%(name)s is too large an image. Please choose a smaller photo.")
                    % {"name": upload.name}
                )
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
