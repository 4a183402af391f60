from django.contrib import admin

from undersigned.delivery.models import Delivery, Mailing, Recipient


@admin.register(Recipient)
class RecipientAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "email", "statement", "owner"]
    list_filter = ["kind"]
    search_fields = ["name", "email", "office", "outlet"]


@admin.register(Mailing)
class MailingAdmin(admin.ModelAdmin):
    list_display = ["subject", "statement", "status", "created_at", "sent_at"]
    filter_horizontal = ["recipients"]


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin):
    list_display = ["email", "mailing", "status", "attempts", "reason", "sent_at"]
    list_filter = ["status"]
    readonly_fields = [f.name for f in Delivery._meta.fields]
