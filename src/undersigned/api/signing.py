"""The sign-on endpoint for partner sites.

CSRF, decided: this endpoint reads no cookie and no session, and it acts the same for every caller (it
answers only "check your email"), so a forged cross-site request can do nothing that the forger could not
do by calling it directly. CSRF protects ambient authority, and there is none here; the proof of consent is
the confirmation link sent to the address, exactly as for the web form. Django-ninja applies its CSRF
check only to cookie-based authentication, which this API does not use.
"""

from django.conf import settings
from django.http import HttpResponse
from django.utils.translation import gettext
from ninja import Router, Status
from ninja.throttling import AnonRateThrottle

from undersigned.api.schemas import ChallengeOut, ErrorOut, FieldErrorsOut, SignAcceptedOut, SignIn
from undersigned.api.statements import public_statement
from undersigned.common.pow import challenge_create
from undersigned.signatures.forms import SignatureForm
from undersigned.signatures.models import Signature

router = Router(tags=["signing"])


def _field_errors(form: SignatureForm) -> dict:
    return {
        "detail": gettext("Some fields need attention."),
        "errors": {field: [str(message) for message in messages] for field, messages in form.errors.items()},
        "organization_choices": [
            {"id": str(m.organization.pk), "name": m.organization.name} for m in form.matches
        ],
    }


@router.get(
    "/statements/{slug}/challenge",
    response={200: ChallengeOut, 404: ErrorOut},
    summary="An anti-bot puzzle to solve before signing",
    description=(
        "Only for statements whose `proof_of_work` is true (404 otherwise). Solve it and send the answer "
        "as `altcha` with the sign-on; it expires after ten minutes and answers one sign-on."
    ),
)
def statement_challenge(request, response: HttpResponse, slug: str):
    statement = public_statement(slug)
    if not statement.proof_of_work:
        return Status(404, {"detail": gettext("This statement asks for no anti-bot puzzle.")})
    response["Cache-Control"] = "no-store"
    return challenge_create()


@router.post(
    "/statements/{slug}/signatures",
    response={202: SignAcceptedOut, 400: ErrorOut, 404: ErrorOut, 422: FieldErrorsOut, 429: ErrorOut},
    throttle=[AnonRateThrottle(settings.UNDERSIGNED_API_SIGN_RATE)],
    summary="Sign a statement",
    description=(
        "Validated as the statement page's form is. A valid sign-on is answered 202 whether or not the "
        "address has signed before: the confirmation email tells its owner what happened, the answer "
        "tells no one else. The signature counts once its link is confirmed. When the statement's "
        "`proof_of_work` is true, `altcha` must answer a fresh challenge (422 on `altcha` otherwise)."
    ),
)
def signature_create(request, slug: str, payload: SignIn):
    statement = public_statement(slug)
    form = SignatureForm(payload.dict(), statement=statement)
    if not form.is_valid():
        return Status(422, _field_errors(form))
    # The web form's hourly limit on emails to one address holds here too (services/follow_up.py).
    if not form.sign(source=Signature.Source.API):
        return Status(422, _field_errors(form))
    return Status(
        202, {"detail": gettext("Thank you. Please check your email for a link to confirm your signature.")}
    )
