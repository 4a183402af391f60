from django.contrib import admin

from undersigned.organizations.models import Organization


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
