"""The coordinator's desk for one statement. Every view fetches through `coordination_or_403`, and every
sign-on or invitation through the region-limited querysets, so other regions answer 404."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from undersigned.coalitions import services
from undersigned.coalitions.access import (
    coordination_or_403,
    region_invitation_or_404,
    region_signature_or_404,
)
from undersigned.coalitions.forms import (
    DocumentedConfirmationForm,
    InvitationForm,
    SignOnEditForm,
    SignOnForm,
    VerifyForm,
    add_service_errors,
)
from undersigned.coalitions.owner_forms import ProgressFilterForm
from undersigned.coalitions.selectors import PROGRESS, Progress, progress_filtered, region_progress
from undersigned.common import ratelimit
from undersigned.common.countries import country_name
from undersigned.common.languages import interface_language
from undersigned.organizations.services import organization_create
from undersigned.signatures.models import Signature
from undersigned.signatures.outcomes import SignResult
from undersigned.signatures.services import signature_set_verified, signature_withdraw


def _dashboard(coordination):
    return redirect("coalitions:dashboard", slug=coordination.statement.slug)


PROGRESS_PAGE_SIZE = 50


@login_required
@require_GET
def dashboard(request, slug):
    """The region's progress: counts per state, then every sign-on and invitation, searchable, filtered by
    state, country, kind and source, fifty a page."""
    coordination = coordination_or_403(request.user, slug)
    rows, counts = region_progress(coordination)
    countries = sorted({row.country for row in rows if row.country})
    # Country names as the statement's language writes them, when the interface speaks it.
    language = interface_language(coordination.statement.language)
    filter_form = ProgressFilterForm(
        request.GET,
        states=Progress.choices,
        countries=[(code, country_name(code, language)) for code in countries],
        kinds=Signature.Kind.choices,
        sources=Signature.Source.choices,
    )
    filters = filter_form.filters()
    shown = progress_filtered(rows, filters)
    page = Paginator(shown, PROGRESS_PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    invitations = coordination.invitations().select_related("organization").order_by("-created_at")
    return render(
        request,
        "coalitions/dashboard.html",
        {
            "coordination": coordination,
            "statement": coordination.statement,
            "rows": page.object_list,
            "page": page,
            "total_rows": len(rows),
            "shown_rows": len(shown),
            "filter_form": filter_form,
            "filtered": bool(filters),
            "query": query.urlencode(),
            "summary": [(key, label, counts[key]) for key, label in PROGRESS.items()],
            "Progress": Progress,
            "invitations": invitations,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def invitation_new(request, slug):
    coordination = coordination_or_403(request.user, slug)
    form = InvitationForm(request.POST or None, coordination=coordination)
    if request.method == "POST" and form.is_valid():
        try:
            organization = form.cleaned_data["organization"] or organization_create(
                user=request.user, via="coordinator", **form.organization_fields()
            )
            invitation = services.invitation_create(
                statement=coordination.statement,
                organization=organization,
                coordinator=coordination.coordinator,
                email=form.cleaned_data["email"],
                max_uses=form.cleaned_data["max_uses"],
                valid_days=form.cleaned_data["valid_days"],
                user=request.user,
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(
                request, _("The invitation for %(name)s is ready.") % {"name": invitation.organization.name}
            )
            return _dashboard(coordination)
    status = 400 if form.is_bound and form.errors else 200
    return render(
        request,
        "coalitions/invitation_form.html",
        {"coordination": coordination, "statement": coordination.statement, "form": form},
        status=status,
    )


@login_required
@require_POST
def invitation_revoke(request, slug, pk):
    coordination = coordination_or_403(request.user, slug)
    invitation = region_invitation_or_404(coordination, pk)
    services.invitation_revoke(invitation=invitation, user=request.user)
    messages.success(
        request, _("The invitation for %(name)s was revoked.") % {"name": invitation.organization.name}
    )
    return _dashboard(coordination)


@login_required
@require_POST
def invitation_declined(request, slug, pk):
    coordination = coordination_or_403(request.user, slug)
    invitation = region_invitation_or_404(coordination, pk)
    services.invitation_mark_declined(invitation=invitation, user=request.user)
    messages.success(
        request, _("%(name)s is recorded as declining.") % {"name": invitation.organization.name}
    )
    return _dashboard(coordination)


@login_required
@require_http_methods(["GET", "POST"])
def signon_new(request, slug):
    coordination = coordination_or_403(request.user, slug)
    form = SignOnForm(request.POST or None, coordination=coordination)
    if request.method == "POST" and form.is_valid():
        # Entering an address that is still pending sends its confirmation link again.
        if refusal := ratelimit.hit("confirmation_email", form.cleaned_data["email"]):
            return ratelimit.refuse(request, refusal)
        fields = form.signature_fields()
        try:
            organization = form.cleaned_data["organization"]
            if fields["kind"] == Signature.Kind.ORGANIZATION and organization is None:
                organization = organization_create(
                    name=fields["organization_name"],
                    country=fields["country"],
                    city=fields["city"],
                    user=request.user,
                    via="coordinator",
                )
            outcome = services.signon_enter(
                statement=coordination.statement,
                email=form.cleaned_data["email"],
                user=request.user,
                organization=organization,
                coordinator_countries=coordination.countries,
                **fields,
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(
                request,
                {
                    SignResult.CREATED: _(
                        "The sign-on was recorded. It stays pending until it is confirmed."
                    ),
                    SignResult.RESENT: _(
                        "This address had already signed; the confirmation link was sent again."
                    ),
                    SignResult.AWAITING_OWNER: _(
                        "This address had signed and withdrawn. Nothing was changed: the sign-on is back "
                        "on the list only when the owner of the address confirms it from the email just sent."
                    ),
                    SignResult.ALREADY_CONFIRMED: _("This address has already signed and confirmed."),
                    SignResult.NOT_ACCEPTED: _("A sign-on from this address was declined earlier."),
                }[outcome.result],
            )
            return _dashboard(coordination)
    status = 400 if form.is_bound and form.errors else 200
    return render(
        request,
        "coalitions/signon_form.html",
        {"coordination": coordination, "statement": coordination.statement, "form": form},
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def signon_edit(request, slug, pk):
    coordination = coordination_or_403(request.user, slug)
    signature = region_signature_or_404(coordination, pk)
    form = SignOnEditForm(request.POST or None, instance=signature, coordination=coordination)
    if request.method == "POST" and form.is_valid():
        fields = {name: form.cleaned_data[name] for name in form.changed_data}
        try:
            services.signon_edit(signature=signature, user=request.user, **fields)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("The sign-on was updated."))
            return _dashboard(coordination)
    status = 400 if form.is_bound and form.errors else 200
    return render(
        request,
        "coalitions/signon_edit.html",
        {
            "coordination": coordination,
            "statement": coordination.statement,
            "form": form,
            "signature": signature,
            "verify_form": VerifyForm(),
        },
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def signon_confirm(request, slug, pk):
    """Record a confirmation obtained outside the email link (a call, a letter), with who, how and when."""
    coordination = coordination_or_403(request.user, slug)
    signature = region_signature_or_404(coordination, pk)
    if signature.status != Signature.Status.PENDING:
        messages.error(request, _("Only pending sign-ons can be confirmed."))
        return _dashboard(coordination)
    form = DocumentedConfirmationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.signon_confirm_documented(signature=signature, user=request.user, **form.cleaned_data)
        messages.success(
            request, _("The confirmation of %(line)s was recorded.") % {"line": signature.display_line()}
        )
        return _dashboard(coordination)
    status = 400 if form.is_bound and form.errors else 200
    return render(
        request,
        "coalitions/signon_confirm.html",
        {
            "coordination": coordination,
            "statement": coordination.statement,
            "form": form,
            "signature": signature,
        },
        status=status,
    )


@login_required
@require_POST
def signon_verify(request, slug, pk):
    coordination = coordination_or_403(request.user, slug)
    signature = region_signature_or_404(coordination, pk)
    form = VerifyForm(request.POST)
    note = form.cleaned_data["note"] if form.is_valid() else ""
    verified = request.POST.get("verified", "1") != "0"
    signature_set_verified(signature=signature, verified=verified, user=request.user, note=note)
    messages.success(
        request,
        _("%(line)s is marked as verified.") % {"line": signature.display_line()}
        if verified
        else _("The verification mark was removed."),
    )
    return _dashboard(coordination)


@login_required
@require_POST
def signon_withdraw(request, slug, pk):
    """When a signer asks their coordinator (not the email link) to take their name off."""
    coordination = coordination_or_403(request.user, slug)
    signature = region_signature_or_404(coordination, pk)
    if signature.status not in (Signature.Status.PENDING, Signature.Status.CONFIRMED):
        messages.error(request, _("This sign-on cannot be withdrawn."))
    else:
        signature_withdraw(signature=signature, user=request.user, via="coordinator")
        messages.success(request, _("The sign-on was withdrawn."))
    return _dashboard(coordination)
