from django.urls import path

from . import views

app_name = "dispatch"

urlpatterns = [
    path("", views.queue, name="queue"),
    path("queue/rows", views.queue_rows, name="queue_rows"),
    path("take-next", views.take_next, name="take_next"),
    path("items/<int:item_id>/", views.item_detail, name="item"),
    path("items/<int:item_id>/sms", views.item_send_sms, name="item_sms"),
    path("items/<int:item_id>/call-back", views.item_call_back, name="item_call_back"),
    path(
        "items/<int:item_id>/findings/<int:finding_id>/not-emergency",
        views.finding_dismiss,
        name="finding_dismiss",
    ),
    path("items/<int:item_id>/<slug:action>", views.item_action, name="item_action"),
    path("attachments/<int:attachment_id>", views.attachment_download, name="attachment"),
    path("api/items/<int:item_id>/eido", views.item_eido, name="item_eido"),
    path("alerts/<int:alert_id>/ack", views.alert_ack, name="alert_ack"),
    path("audit/", views.audit_log, name="audit"),
    path("deliveries/", views.deliveries, name="deliveries"),
    path("deliveries/<int:outbox_item_id>/retry", views.delivery_retry, name="delivery_retry"),
    path("stats/", views.stats, name="stats"),
    path("my-phone/", views.my_phone, name="my_phone"),
]
