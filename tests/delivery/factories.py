from undersigned.delivery.services import mailing_create, recipient_create


def make_recipient(owner, statement, *, name="Minister Eva Schmidt", email="minister@example.gov", **fields):
    fields.setdefault("kind", "addressee")
    return recipient_create(owner=owner, statement=statement, name=name, email=email, **fields)


def make_mailing(statement, recipients, **fields):
    fields.setdefault("subject", "Joint statement: Clean rivers")
    return mailing_create(statement=statement, recipients=recipients, **fields)
