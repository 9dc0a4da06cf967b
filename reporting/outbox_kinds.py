"""What the outbox does with reporting's rows (see portal.outbox.registry)."""

from portal.outbox.registry import kind_register
from reporting.messaging.errors import TransientSendError

from . import mms

kind_register(
    mms.KIND,
    handler=mms.mms_photos_save,
    transient=(TransientSendError,),
    on_give_up=mms.mms_photos_abandon,
    label="Photos texted by a reporter",
)
