"""Outbox kinds owned by report intake (discovered by portal.outbox at start-up)."""

from portal.outbox.registry import kind_register
from reporting.messaging.errors import TransientSendError

from . import mms
from .services import STATUS_CODE_KIND, status_code_deliver
from .surveys import SURVEY_KIND, survey_send

kind_register(STATUS_CODE_KIND, handler=status_code_deliver, label="Status lookup code")
kind_register(
    mms.KIND,
    handler=mms.mms_photos_save,
    transient=(TransientSendError,),
    on_give_up=mms.mms_photos_abandon,
    label="Photos texted by a reporter",
)
kind_register(SURVEY_KIND, handler=survey_send, label="Survey after close")
