"""The owner's page for the embedded form, /manage/s/<slug>/embed/: the snippet to copy, a preview, and the
partner sites allowed to show it."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from undersigned.common.forms import add_service_errors
from undersigned.statements.models import Statement
from undersigned.statements.permissions import owned_statement_or_403
from undersigned.statements.services import statement_set_embed_domains


class EmbedDomainsForm(forms.ModelForm):
    class Meta:
        model = Statement
        fields = ["embed_domains"]
        widgets = {"embed_domains": forms.Textarea(attrs={"rows": 4, "spellcheck": "false"})}
        labels = {"embed_domains": gettext_lazy("Partner sites")}

    def _post_clean(self):
        # The service validates and saves; the form must not write onto the statement before it does.
        pass


def embed_snippet(statement: Statement) -> str:
    """The HTML a partner pastes into its page: the frame and the script that sizes it. Absolute
    addresses from UNDERSIGNED_SITE_URL; the script's unhashed name keeps working after a deploy."""
    page = settings.SITE_URL + reverse("signatures:embed", kwargs={"slug": statement.slug})
    script = settings.SITE_URL + static("undersigned/embed.js").split("?")[0]
    title = _("Sign: %(title)s") % {"title": statement.title}
    return (
        f'<iframe data-undersigned-embed src="{page}" title="{_escape(title)}" '
        f'width="100%" height="700" loading="lazy"></iframe>\n'
        f'<script src="{script}" async></script>'
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


@login_required
@require_http_methods(["GET", "POST"])
def embed_settings(request, slug):
    statement = owned_statement_or_403(request.user, slug)
    form = EmbedDomainsForm(request.POST or None, instance=statement)
    if request.method == "POST" and form.is_valid():
        try:
            statement_set_embed_domains(
                statement=statement, embed_domains=form.cleaned_data["embed_domains"], user=request.user
            )
        except ValidationError as error:
            statement.refresh_from_db()
            add_service_errors(form, ValidationError({"embed_domains": error.error_list}))
        else:
            messages.success(request, _("The partner sites were saved."))
            return redirect("signatures:embed_settings", slug=slug)
    context = {
        "statement": statement,
        "form": form,
        "snippet": embed_snippet(statement),
        "origins": statement.embed_origins(),
    }
    return render(request, "signatures/embed/owner.html", context, status=400 if form.errors else 200)
