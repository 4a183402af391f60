"""The demo coalition's structure: organization records, umbrella bodies, three regional coordinators
and a few open invitations. Every name and address here is made up."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from undersigned.coalitions.models import Coordinator, Invitation
from undersigned.organizations.models import Organization

# (email, region name, countries)
COORDINATORS = [
    ("central.coordinator@example.org", "Central Europe", "DE, AT, CH"),
    ("west.coordinator@example.org", "Western Europe", "NL, FR"),
    ("east.coordinator@example.org", "Eastern Europe", "PL, CZ, HU, RO"),
]

# (country, organization, city): members who were invited and have not answered yet.
INVITED = [
    ("AT", "Lower Inn Kayak Club", "Schärding"),
    ("FR", "Friends of the Vienne", "Poitiers"),
    ("PL", "Bug River Valley Society", "Białystok"),
]


def demo_organizations(rows) -> list[Organization]:
    """One record per demo organization. In the demo data the first organization of each country is
    that country's umbrella body (federation, union or council), and the others are its members."""
    umbrellas: dict[str, Organization] = {}
    records = []
    for country, name, _rep, _role, city in rows:
        umbrella = umbrellas.get(country)
        organization = Organization.objects.create(
            name=name, country=country, city=city, is_umbrella=umbrella is None, parent=umbrella
        )
        umbrellas.setdefault(country, organization)
        records.append(organization)
    return records


def demo_coordinators(statement) -> None:
    User = get_user_model()
    now = timezone.now()
    for email, region, countries in COORDINATORS:
        user = User.objects.filter(username=email).first()
        if user is None:
            # No password: `undersigned manage changepassword <email>` gives one for a demo session.
            user = User(username=email, email=email)
            user.set_unusable_password()
            user.save()
        coordinator = Coordinator.objects.create(
            user=user, statement=statement, countries=countries, region_name=region
        )
        for country, name, city in INVITED:
            if coordinator.covers(country):
                parent = Organization.objects.filter(country=country, is_umbrella=True).first()
                organization = Organization.objects.create(
                    name=name, country=country, city=city, parent=parent
                )
                Invitation.objects.create(
                    statement=statement,
                    organization=organization,
                    coordinator=coordinator,
                    created_by=user,
                    expires_at=now + timedelta(days=30),
                )
