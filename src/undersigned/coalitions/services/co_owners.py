from django.db import transaction

from undersigned.coalitions.services.coordinators import _user_for_email
from undersigned.coalitions.tasks import send_co_owner_welcome
from undersigned.statements.models import Statement
from undersigned.statements.services import statement_co_owner_add


@transaction.atomic
def co_owner_invite(*, statement: Statement, email: str, name: str = "", user=None):
    """Find or create the account for `email`, make it a co-owner of the statement, and queue the email that
    tells them (with a link to choose a password if the account is new). Returns the account."""
    account, created = _user_for_email(email, name)
    statement_co_owner_add(statement=statement, account=account, user=user)
    inviter = (user.get_full_name() or user.get_username()) if user is not None else ""
    send_co_owner_welcome.enqueue(statement.pk, account.pk, created, inviter)
    return account
