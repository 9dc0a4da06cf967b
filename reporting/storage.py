"""Where reporters' photos live: a storage of their own, never under the public media URL.

Issue 12: report and draft photos shared MEDIA_ROOT with the CMS's public uploads, so one
careless proxy rule or path trick would publish them. They now sit under REPORTS_STORAGE_ROOT
(the "reports" entry of STORAGES), which has no URL at all; staff open them only through the
console's audited attachment view.
"""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage, Storage, storages


class PrivateFileSystemStorage(FileSystemStorage):
    """A file system storage with no URL, rooted at REPORTS_STORAGE_ROOT.

    The root is read from settings on every use (not cached at start-up), so a test or a
    settings change moves it at once.
    """

    @property
    def base_location(self):
        return self._value_or_setting(self._location, settings.REPORTS_STORAGE_ROOT)

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("Reporters' files have no public URL; use the console's attachment view.")


def report_storage() -> Storage:
    """The storage of ReportAttachment and DraftPhoto files (a callable keeps migrations clean)."""
    return storages["reports"]
