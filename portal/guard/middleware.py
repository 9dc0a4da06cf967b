"""Refuse requests no view can handle safely, before any view reads them.

Found by fuzzing (issue 12): a NUL byte in a form field, a query string or a URL reached
PostgreSQL as a 500 (it can't store NUL); a form posted as ``charset=utf-16`` failed while
decoding, outside Django's error logging; and a body of any size was read. This middleware sits
after the locale middleware (its pages are translated) and before anything that reads the body
(CSRF, the views), so every public form, query string and webhook gets the same rules:

- the body's declared size is checked against ``REQUEST_MAX_BODY_BYTES`` before reading it (413);
- a form's charset must be UTF-8 (400, logged);
- control characters (C0 except tab, CR and LF, plus DEL) in the path, query string or form
  fields are refused with a translated page (400, logged), and such cookies are ignored;
- a file larger than ``UPLOAD_MAX_FILE_BYTES`` is not kept past the limit as it streams in; the
  form sees its name and size only (BoundedFileUploadHandler).
"""

import io
import logging
import re

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.core.files.uploadedfile import UploadedFile
from django.core.files.uploadhandler import FileUploadHandler
from django.http import HttpResponse
from django.http.multipartparser import MultiPartParserError
from django.shortcuts import render

logger = logging.getLogger(__name__)

CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
UTF8_NAMES = {"utf-8", "utf8", "us-ascii", "ascii"}
# Twilio reads only the status of a webhook's answer; it gets no page.
PLAIN_PREFIXES = ("/twilio/",)
# A resident's text is never refused for a stray control character (a 400 would lose it: Twilio
# does not retry). Its signature covers the raw values, so the view cleans what it stores.
KEEP_BODY_PATHS = ("/twilio/sms/inbound/",)


class FileTooLarge(RequestDataTooBig):
    """A file over UPLOAD_MAX_FILE_BYTES was read (a 400 through Django's own handling)."""


class OversizedUpload(UploadedFile):
    """Stands in for a file that passed UPLOAD_MAX_FILE_BYTES: its name and real size, no content.

    A form that checks the size (the report's photos) names the file in its error; anything
    that tries to read it gets FileTooLarge instead of a truncated file.
    """

    def __init__(self, *, field_name, name, content_type, size, charset, content_type_extra):
        super().__init__(
            io.BytesIO(), name, content_type, size, charset, content_type_extra=content_type_extra
        )
        self.field_name = field_name

    def open(self, mode=None):
        raise FileTooLarge(self.name)

    def read(self, *args, **kwargs):
        raise FileTooLarge(self.name)

    def chunks(self, chunk_size=None):
        raise FileTooLarge(self.name)

    def multiple_chunks(self, chunk_size=None):
        return True


class BoundedFileUploadHandler(FileUploadHandler):
    """First in FILE_UPLOAD_HANDLERS: counts each file's bytes and keeps none past the limit.

    Django's own handlers after it would write a file of any size to memory or disk; past the
    limit they get no more data, and the upload becomes an OversizedUpload.
    """

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        self.received = 0

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        if self.received > settings.UPLOAD_MAX_FILE_BYTES:
            return None
        return raw_data

    def file_complete(self, file_size):
        if self.received <= settings.UPLOAD_MAX_FILE_BYTES:
            return None
        logger.warning("A %s-byte upload passed the per-file limit", self.received)
        return OversizedUpload(
            field_name=self.field_name,
            name=self.file_name,
            content_type=self.content_type,
            size=self.received,
            charset=self.charset,
            content_type_extra=self.content_type_extra,
        )


def has_control_characters(value: str) -> bool:
    return bool(CONTROL_CHARACTERS.search(value))


def without_control_characters(value: str) -> str:
    return CONTROL_CHARACTERS.sub(" ", value)


def _bad_values(query_dict) -> bool:
    return any(
        has_control_characters(key) or any(has_control_characters(v) for v in values)
        for key, values in query_dict.lists()
    )


class RequestGuardMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        refusal = self._refusal(request)
        if refusal is not None:
            return refusal
        return self.get_response(request)

    def _refusal(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > settings.REQUEST_MAX_BODY_BYTES:
            logger.warning("Refused a %s-byte body for %s", length, request.path)
            return self._page(request, "too_large", status=413)
        # A cookie with control characters can't be ours; the request goes on without it.
        for name in [n for n, v in request.COOKIES.items() if has_control_characters(n + v)]:
            del request.COOKIES[name]
        charset = request.content_params.get("charset") if request.content_params else None
        if charset and charset.strip().lower() not in UTF8_NAMES:
            logger.warning("Refused a %s body for %s", charset[:40], request.path)
            return self._page(request, "charset", status=400)
        if has_control_characters(request.path) or _bad_values(request.GET):
            logger.warning("Refused control characters in the address of %s", request.path[:200])
            return self._page(request, "control", status=400)
        if request.method in ("POST", "PUT", "PATCH") and request.path not in KEEP_BODY_PATHS:
            try:
                bad = _bad_values(request.POST)
            except (RequestDataTooBig, MultiPartParserError, UnicodeDecodeError, ValueError):
                logger.warning("Refused an unreadable body for %s", request.path, exc_info=True)
                return self._page(request, "unreadable", status=400)
            if bad:
                logger.warning("Refused control characters in a form for %s", request.path)
                return self._page(request, "control", status=400)
        return None

    def _page(self, request, reason: str, *, status: int):
        if request.path.startswith(PLAIN_PREFIXES):
            return HttpResponse(reason, status=status, content_type="text/plain")
        return render(
            request,
            "errors/bad_request.html",
            {
                "reason": reason,
                "max_file_mb": settings.UPLOAD_MAX_FILE_BYTES // (1024 * 1024),
                "max_body_mb": settings.REQUEST_MAX_BODY_BYTES // (1024 * 1024),
            },
            status=status,
        )
