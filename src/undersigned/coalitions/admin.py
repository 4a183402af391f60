from django.contrib import admin

from undersigned.coalitions.models import Coordinator, Invitation


@admin.register(Coordinator)
class CoordinatorAdmin(admin.ModelAdmin):
    list_display = ["user", "statement", "countries", "region_name", "created_at"]
    list_filter = ["statement"]
    search_fields = ["user__username", "user__email", "countries"]
    raw_id_fields = ["user"]


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = [
        "organization",
        "statement",
        "uses",
        "max_uses",
        "expires_at",
        "revoked_at",
        "declined_at",
    ]
    list_filter = ["statement"]
    search_fields = ["organization__name", "email"]
    raw_id_fields = ["organization", "coordinator", "created_by"]
    readonly_fields = ["token", "uses", "revoked_at", "declined_at"]
