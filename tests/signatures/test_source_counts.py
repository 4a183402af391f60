"""stats.source_counts: confirmed sign-ons by where they were made, for the dashboard."""

import pytest

from tests.factories import make_signature
from undersigned.signatures.stats import source_counts

pytestmark = pytest.mark.django_db


def test_it_counts_direct_each_partner_site_and_the_api_apart(statement):
    for _ in range(3):
        make_signature(statement, source="web")
    make_signature(statement, source="embed", source_site="https://partner.example")
    make_signature(statement, source="embed", source_site="https://partner.example")
    make_signature(statement, source="embed", source_site="https://other.example")
    make_signature(statement, source="api")
    make_signature(statement, source="import")
    make_signature(statement, source="embed", source_site="https://partner.example", status="pending")
    counts = [(bar.label, bar.value) for bar in source_counts(statement)]
    assert counts == [
        ("Direct", 3),
        ("https://partner.example", 2),
        ("API", 1),
        ("https://other.example", 1),
        ("Imported from a list", 1),
    ]
