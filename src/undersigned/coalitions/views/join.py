"""The public end of an invitation link: the organization is fixed, its representative signs."""

from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from undersigned.coalitions.forms import JoinForm, add_service_errors
from undersigned.coalitions.models import JoinProblem
from undersigned.coalitions.services import invitation_get_usable, invitation_sign
from undersigned.common import ratelimit
from undersigned.statements.selectors import statement_get_public


@require_http_methods(["GET", "POST"])
@ratelimit.limit_ip("join_ip")
def join(request, slug, token):
    statement = statement_get_public(slug=slug, user=request.user)
    invitation, problem = invitation_get_usable(statement=statement, token=token)
    if problem is None and not statement.accepts_signatures():
        problem = JoinProblem.CLOSED
    form = JoinForm(
        request.POST or None,
        initial={"consent_display": True},
        organization=invitation.organization if invitation else None,
    )
    if problem is None and request.method == "POST" and form.is_valid():
        try:
            outcome = invitation_sign(invitation=invitation, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            if outcome is None:
                problem = JoinProblem.USED
            else:
                return redirect("signatures:check_email", slug=slug)  # the same for every address
    if problem:
        status = 404 if problem == JoinProblem.INVALID else 410
    else:
        status = 400 if form.is_bound and form.errors else 200
    return render(
        request,
        "coalitions/join.html",
        {
            "statement": statement,
            "invitation": invitation,
            "problem": problem,
            "Problem": JoinProblem,
            "form": form,
        },
        status=status,
    )
