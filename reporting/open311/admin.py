from django.contrib import admin, messages
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .models import ApiClient


@admin.register(ApiClient)
class ApiClientAdmin(admin.ModelAdmin):
    """Keys are made here and shown once; revoking keeps the row (and its requests) for audit."""

    list_display = ["name", "key_prefix", "rate_limit", "active", "created_at", "revoked_at"]
    list_filter = ["active"]
    search_fields = ["name", "contact"]
    readonly_fields = ["key_prefix", "created_at", "revoked_at"]
    fields = ["name", "contact", "rate_limit", "active", "key_prefix", "created_at", "revoked_at"]
    actions = ["revoke", "new_keys"]

    def save_model(self, request, obj, form, change):
        key = None
        if not change:
            key = obj.new_key()
        if change and "active" in form.changed_data and not obj.active:
            obj.revoked_at = timezone.now()
        super().save_model(request, obj, form, change)
        if key:
            messages.warning(
                request,
                _("The API key for %(name)s is %(key)s. Copy it now: it is not shown again.")
                % {"name": obj.name, "key": key},
            )

    @admin.action(description=gettext_lazy("Revoke the selected keys"))
    def revoke(self, request, queryset):
        count = queryset.filter(active=True).update(active=False, revoked_at=timezone.now())
        messages.success(request, _("%(count)d keys revoked.") % {"count": count})

    @admin.action(description=gettext_lazy("Give the selected clients new keys"))
    def new_keys(self, request, queryset):
        for client in queryset:
            key = client.new_key()
            client.active, client.revoked_at = True, None
            client.save(update_fields=["key_hash", "key_prefix", "active", "revoked_at"])
            messages.warning(
                request,
                _("The API key for %(name)s is %(key)s. Copy it now: it is not shown again.")
                % {"name": client.name, "key": key},
            )
