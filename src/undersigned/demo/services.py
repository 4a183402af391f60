from django.db import transaction
from django.utils import timezone

from undersigned.demo import data
from undersigned.demo.coalition import demo_coordinators, demo_organizations
from undersigned.demo.translations import TRANSLATIONS
from undersigned.press.documents import lede_suggestion
from undersigned.press.services import release_publish, release_save
from undersigned.signatures.models import Signature
from undersigned.signatures.services import signatures_bulk_create
from undersigned.statements.models import Statement
from undersigned.statements.services import statement_create
from undersigned.statements.translations import translation_save


def _email(name: str, index: int) -> str:
    local = "".join(ch for ch in name.lower() if ch.isascii() and ch.isalnum())[:24] or "signer"
    return f"{local}.{index}@example.org"


@transaction.atomic
def demo_load(*, only_if_empty: bool = False) -> str:
    """Create the demo campaign. Signatures are written directly: the demo has no inboxes to confirm from."""
    if only_if_empty and Statement.objects.exists():
        return "The database already holds statements; the demo was not loaded."
    if Statement.objects.filter(slug=data.SLUG).exists():
        return f"The demo campaign already exists at /s/{data.SLUG}/."
    statement = statement_create(
        slug=data.SLUG,
        title=data.TITLE,
        text=data.TEXT,
        status=Statement.Status.OPEN,
        country_order=data.COUNTRY_ORDER,
        deadline=timezone.now() + timezone.timedelta(days=60),
    )
    for language, (title, text) in TRANSLATIONS.items():
        translation_save(version=statement.current_version, language=language, title=title, text=text)
    now = timezone.now()
    signatures = []
    organizations = demo_organizations(data.ORGANIZATIONS)
    for index, (country, org, rep, role, city) in enumerate(data.ORGANIZATIONS):
        pending = index in data.PENDING_ORGANIZATIONS
        signatures.append(
            dict(
                kind=Signature.Kind.ORGANIZATION,
                organization_name=org,
                organization=organizations[index],
                verified=organizations[index].is_umbrella and not pending,
                representative_name=rep,
                title=role,
                city=city,
                country=country,
                email=_email(org, index),
                status=Signature.Status.PENDING if pending else Signature.Status.CONFIRMED,
                confirmed_at=None if pending else now - timezone.timedelta(minutes=500 - index),
            )
        )
    for index, (country, honorific, name, role, affiliation, city) in enumerate(data.INDIVIDUALS):
        pending = index in data.PENDING_INDIVIDUALS
        signatures.append(
            dict(
                kind=Signature.Kind.INDIVIDUAL,
                honorific=honorific,
                person_name=name,
                title=role,
                organization_name=affiliation,
                city=city,
                country=country,
                region="WI" if country == "US" else "",
                email=_email(name, 100 + index),
                status=Signature.Status.PENDING if pending else Signature.Status.CONFIRMED,
                confirmed_at=None if pending else now - timezone.timedelta(minutes=300 - index),
            )
        )
    signatures_bulk_create(statement=statement, rows=signatures, via="demo")
    demo_coordinators(statement)
    demo_release(statement)
    statement.log_action("demo.loaded", via="cli")
    statement.refresh_from_db()
    return (
        f"Loaded the demo campaign at /s/{data.SLUG}/ with {statement.confirmed_count} confirmed signatures."
    )


def demo_release(statement) -> None:
    """A published newswire release, its lede written from the list as an organizer would finish it."""
    # Placeholders, filled whenever the release is rendered: the demo's figures never go stale.
    lede = lede_suggestion(statement, placeholders=True).replace("[whom] to [do what]", data.RELEASE_CALL)
    release = release_save(
        statement=statement, fields={**data.RELEASE, "lede": lede}, quotes=data.RELEASE_QUOTES
    )
    release_publish(release=release)
