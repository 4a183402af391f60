from django.contrib import admin

from undersigned.coalitions.models import Coordinator, Invitation, Organization


@admin.register(Organization)
class OrganizationAdmin(admin.ModelAdmin):
    list_display = ["name", "short_name", "country", "city", "is_umbrella", "parent"]
    list_filter = ["is_umbrella", "country"]
    search_fields = ["name", "short_name", "city"]
    autocomplete_fields = ["parent"]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        obj.log_action(
            "organization.edited" if change else "organization.created",
            user=request.user,
            via="admin",
            data={"fields": sorted(form.changed_data)},
        )


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
