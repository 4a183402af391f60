from django import forms
from django.contrib import admin
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from undersigned.common.languages import language_choices
from undersigned.statements import services
from undersigned.statements.models import Statement, StatementVersion


class StatementAdminForm(forms.ModelForm):
    text = forms.CharField(
        label=_("Text (Markdown)"),
        widget=forms.Textarea(attrs={"rows": 20}),
        help_text=_("Saving a changed text creates a new version; earlier versions are kept unchanged."),
    )
    minor = forms.BooleanField(
        label=_("The change is a minor correction"),
        required=False,
        help_text=_(
            "Tick for typos and punctuation: signers of the earlier text are then not asked to reconfirm."
        ),
    )

    class Meta:
        model = Statement
        # List order and the earlier-signers policy are set on the owner's settings page.
        fields = ["title", "slug", "language", "status", "deadline", "signers", "country_order", "owner"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Any content language, as on the new-statement form; the model's validator refuses others.
        self.fields["language"].widget = forms.Select(choices=language_choices())
        if self.instance.pk and self.instance.current_version:
            self.fields["text"].initial = self.instance.current_version.text


class StatementVersionInline(admin.TabularInline):
    model = StatementVersion
    fields = ["number", "short_hash", "minor", "note", "created_at", "signature_count"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description=_("signatures"))
    def signature_count(self, version):
        return version.signatures.count()


@admin.register(Statement)
class StatementAdmin(admin.ModelAdmin):
    form = StatementAdminForm
    list_display = ["title", "slug", "status", "deadline", "pending_count", "confirmed_count_display"]
    list_filter = ["status", "signers", "language"]
    search_fields = ["title", "slug"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [StatementVersionInline]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                pending=Count("signatures", filter=Q(signatures__status="pending")),
                confirmed=Count("signatures", filter=Q(signatures__status="confirmed")),
            )
        )

    @admin.display(description=_("pending"), ordering="pending")
    def pending_count(self, statement):
        return statement.pending

    @admin.display(description=_("confirmed"), ordering="confirmed")
    def confirmed_count_display(self, statement):
        return statement.confirmed

    def save_model(self, request, obj, form, change):
        previous_status = Statement.objects.filter(pk=obj.pk).values_list("status", flat=True).first()
        if change and previous_status and previous_status != obj.status:
            obj.log_action(
                "statement.status_changed",
                user=request.user,
                via="admin",
                data={"from": previous_status, "to": obj.status},
            )
        if not obj.owner_id:
            obj.owner = request.user
        super().save_model(request, obj, form, change)
        if not change:
            obj.log_action("statement.created", user=request.user, via="admin")
        if change:
            # The same path as the owner's page: a changed text asks earlier signers to reconfirm.
            services.statement_version_publish(
                statement=obj,
                text=form.cleaned_data["text"],
                minor=form.cleaned_data["minor"],
                user=request.user,
            )
        else:
            services.statement_version_create(
                statement=obj, text=form.cleaned_data["text"], user=request.user
            )


@admin.register(StatementVersion)
class StatementVersionAdmin(admin.ModelAdmin):
    list_display = ["statement", "number", "short_hash", "minor", "created_at"]
    list_filter = ["statement"]
    readonly_fields = ["statement", "number", "text", "sha256", "minor", "note", "created_at"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
