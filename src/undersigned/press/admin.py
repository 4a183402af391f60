from django.contrib import admin

from undersigned.press.models import Attachment, ExportFile, Quote, Release


class QuoteInline(admin.StackedInline):
    model = Quote
    extra = 0


@admin.register(Release)
class ReleaseAdmin(admin.ModelAdmin):
    list_display = ["headline", "statement", "status", "embargo_until", "published_at"]
    list_filter = ["status"]
    raw_id_fields = ["statement"]
    filter_horizontal = []
    exclude = ["selected"]
    inlines = [QuoteInline]


@admin.register(Attachment)
class AttachmentAdmin(admin.ModelAdmin):
    list_display = ["title", "statement", "media_type", "size", "created_at"]
    readonly_fields = ["media_type", "size", "original_name"]


@admin.register(ExportFile)
class ExportFileAdmin(admin.ModelAdmin):
    list_display = [
        "statement",
        "kind",
        "list_revision",
        "status",
        "rows_done",
        "rows_total",
        "size",
        "finished_at",
    ]
    list_filter = ["kind", "status"]
    readonly_fields = [f.name for f in ExportFile._meta.fields]
