from django.contrib import admin

from undersigned.audit.models import AuditEntry


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ["created_at", "action", "object_type", "object_id", "user", "via"]
    list_filter = ["action", "object_type", "via"]
    search_fields = ["action", "object_id", "data"]
    date_hierarchy = "created_at"

    # The trail is evidence: nobody edits or deletes it through the admin.
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
