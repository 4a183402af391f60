"""Owner pages: recipients, then a mailing drafted, previewed and only then sent."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from undersigned.delivery import services
from undersigned.delivery.csvimport import parse_recipients_csv
from undersigned.delivery.emails import render_preview
from undersigned.delivery.forms import MailingForm, RecipientCsvForm, RecipientForm
from undersigned.delivery.models import Mailing
from undersigned.delivery.selectors import delivery_counts, mailing_plan, recipient_list
from undersigned.press.selectors import release_for
from undersigned.statements.permissions import owned_statement_or_403


@login_required
@require_http_methods(["GET", "POST"])
def recipients(request, slug):
    statement = owned_statement_or_403(request.user, slug)
    form = RecipientForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            data = {k: v for k, v in form.cleaned_data.items() if k != "reusable"}
            try:
                services.recipient_create(
                    owner=request.user, statement=None if form.cleaned_data["reusable"] else statement,
                    user=request.user, **data,
                )  # fmt: skip
            except ValidationError as error:
                for field, problems in error.message_dict.items():
                    form.add_error(field if field in form.fields else None, problems)
            else:
                messages.success(request, _("%(name)s was added.") % {"name": data["name"]})
                return redirect("delivery:recipients", slug=slug)
        status = 400
    context = {
        "statement": statement,
        "form": form,
        "recipients": recipient_list(statement=statement, user=request.user),
    }
    return render(request, "delivery/recipients.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def recipients_from_csv(request, slug):
    """Paste or upload, review every row with its problems, then add the rows without any."""
    statement = owned_statement_or_403(request.user, slug)
    form = RecipientCsvForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        existing = {email.lower() for email in statement.recipients.values_list("email", flat=True)}
        rows = parse_recipients_csv(form.csv_text(), existing_emails=existing)
        if request.POST.get("step") == "import":
            try:
                added = services.recipients_import(owner=request.user, statement=statement, rows=rows,
                                                   user=request.user)  # fmt: skip
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, ngettext("%(n)s recipient was added.", "%(n)s recipients were added.",
                                                   added) % {"n": added})  # fmt: skip
                return redirect("delivery:recipients", slug=slug)
        context = {
            "statement": statement, "form": form, "rows": rows, "text": form.csv_text(),
            "good": sum(row.ok for row in rows), "bad": sum(not row.ok for row in rows),
        }  # fmt: skip
        return render(request, "delivery/recipients_csv_review.html", context)
    status = 400 if form.is_bound else 200
    return render(
        request, "delivery/recipients_csv.html", {"statement": statement, "form": form}, status=status
    )


@login_required
@require_POST
def recipient_remove(request, slug, pk):
    statement = owned_statement_or_403(request.user, slug)
    recipient = get_object_or_404(recipient_list(statement=statement, user=request.user), pk=pk)
    services.recipient_delete(recipient=recipient, user=request.user)
    messages.success(request, _("%(name)s was removed.") % {"name": recipient.name})
    return redirect("delivery:recipients", slug=slug)


@login_required
@require_http_methods(["GET", "POST"])
def mailings(request, slug):
    statement = owned_statement_or_403(request.user, slug)
    choices = recipient_list(statement=statement, user=request.user)
    release = release_for(statement)
    initial = {"subject": release.headline if release else statement.title, "recipients": list(choices)}
    form = MailingForm(request.POST or None, recipients=choices, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        mailing = services.mailing_create(
            statement=statement, subject=data["subject"], message=data["message"], content=data["content"],
            include_release=data["include_release"], resend=data["resend"], recipients=list(data["recipients"]),
            user=request.user,
        )  # fmt: skip
        return redirect("delivery:mailing", slug=slug, pk=mailing.pk)
    context = {
        "statement": statement,
        "form": form,
        "mailings": statement.mailings.all(),
        "has_recipients": choices.exists(),
    }
    return render(request, "delivery/mailings.html", context, status=400 if request.method == "POST" else 200)


def _mailing(request, slug, pk):
    statement = owned_statement_or_403(request.user, slug)
    return get_object_or_404(
        Mailing.objects.select_related("statement", "version"), statement=statement, pk=pk
    )


@login_required
@require_GET
def mailing_detail(request, slug, pk):
    """A draft shows the preview and the send button; a sent mailing shows its delivery log."""
    mailing = _mailing(request, slug, pk)
    context = {"statement": mailing.statement, "mailing": mailing}
    if mailing.status == Mailing.Status.DRAFT:
        plan = mailing_plan(mailing)
        first = plan[0].recipient.salutation() if plan else ""
        context.update(plan=plan, preview=render_preview(mailing, salutation=first),
                       outdated=mailing.statement.current_version != mailing.version)  # fmt: skip
    else:
        context.update(_log_context(mailing))
    return render(request, "delivery/mailing.html", context)


def _log_context(mailing) -> dict:
    deliveries = mailing.deliveries.all()
    counts = delivery_counts(mailing)
    # What the log shows, in short: the poll sends it back and hears 204 while nothing changed.
    state = "-".join(str(n) for n in [*counts.values(), sum(d.attempts for d in deliveries)])
    return {"deliveries": deliveries, "counts": counts, "log_state": state}


@login_required
@require_GET
def mailing_log(request, slug, pk):
    """The delivery log fragment, polled by htmx while emails are still queued."""
    mailing = _mailing(request, slug, pk)
    context = {"statement": mailing.statement, "mailing": mailing, **_log_context(mailing)}
    if request.GET.get("shown") == context["log_state"]:
        return HttpResponse(status=204)
    return render(request, "delivery/_log.html", context)


@login_required
@require_POST
def mailing_send(request, slug, pk):
    mailing = _mailing(request, slug, pk)
    try:
        services.mailing_send(mailing=mailing, user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The emails are queued; the log below shows each one as it leaves."))
    return redirect("delivery:mailing", slug=slug, pk=pk)


@login_required
@require_POST
def mailing_retry(request, slug, pk):
    mailing = _mailing(request, slug, pk)
    count = services.mailing_retry_failed(mailing=mailing, user=request.user)
    messages.success(request, _("%(count)s failed email(s) queued again.") % {"count": count})
    return redirect("delivery:mailing", slug=slug, pk=pk)
