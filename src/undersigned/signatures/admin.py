from django.contrib import admin, messages
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from undersigned.common.csvsafe import csv_text
from undersigned.signatures import services
from undersigned.signatures.models import Signature
from undersigned.signatures.privacy import PRIVATE_READERS, PUBLIC_FIELDS

CSV_COLUMNS = [
    "id", "statement", "kind", "organization_name", "representative_name", "title", "honorific",
    "person_name", "city", "region", "country", "email", "consent_display", "status", "source",
    "language", "created_at", "confirmed_at", "verified", "withdrawn_at",
]  # fmt: skip


def csv_header() -> list[str]:
    """Each column says whether the public list prints it: `person_name [public]`, `email [private]`."""
    return [f"{name} [{'public' if name in PUBLIC_FIELDS else 'private'}]" for name in CSV_COLUMNS]


@admin.register(Signature)
class SignatureAdmin(admin.ModelAdmin):
    list_display = [
        "display_line",
        "statement",
        "kind",
        "country",
        "status",
        "verified",
        "source",
        "language",
        "created_at",
    ]
    list_filter = ["status", "kind", "verified", "source", "country", "statement"]
    raw_id_fields = ["organization"]
    search_fields = ["organization_name", "person_name", "representative_name", "email", "city"]
    list_select_related = ["statement"]
    readonly_fields = [
        "version",
        "created_at",
        "updated_at",
        "confirmed_at",
        "reconfirmed_at",
        "withdrawn_at",
        "status",
        "verified",
    ]
    date_hierarchy = "created_at"
    actions = ["confirm_selected", "reject_selected", "export_csv"]
    list_per_page = 100

    def changelist_view(self, request, extra_context=None):
        """The list holds private fields; the page says which are public and who else may see them."""
        extra_context = {
            **(extra_context or {}),
            "public_fields": [str(Signature._meta.get_field(name).verbose_name) for name in PUBLIC_FIELDS],
            "private_readers": PRIVATE_READERS,
        }
        return super().changelist_view(request, extra_context=extra_context)

    def save_model(self, request, obj, form, change):
        services.signature_save_edited(
            signature=obj, created=not change, changed=form.changed_data, user=request.user, via="admin"
        )

    @admin.action(description=_("Confirm selected signatures"), permissions=["change"])
    def confirm_selected(self, request, queryset):
        changed = services.signatures_set_status(
            signatures=queryset, status=Signature.Status.CONFIRMED, user=request.user
        )
        self.message_user(
            request, ngettext("%d signature confirmed.", "%d signatures confirmed.", changed) % changed
        )

    @admin.action(description=_("Reject selected signatures"), permissions=["change"])
    def reject_selected(self, request, queryset):
        changed = services.signatures_set_status(
            signatures=queryset, status=Signature.Status.REJECTED, user=request.user
        )
        self.message_user(
            request,
            ngettext("%d signature rejected.", "%d signatures rejected.", changed) % changed,
            messages.WARNING,
        )

    @admin.action(description=_("Export selected signatures as CSV"), permissions=["view"])
    def export_csv(self, request, queryset):
        rows = (
            [getattr(s, c) if c != "statement" else s.statement.slug for c in CSV_COLUMNS]
            for s in queryset.select_related("statement").order_by("pk")
        )
        response = HttpResponse(csv_text(csv_header(), rows), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="signatures.csv"'
        return response
