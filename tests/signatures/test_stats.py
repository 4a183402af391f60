"""signatures.stats: the owners' figures count each signature state apart."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories import make_signature
from undersigned.signatures.models import Signature
from undersigned.signatures.stats import (
    pending_older_than,
    probable_duplicates,
    statement_breakdown,
    statement_counts,
)

pytestmark = pytest.mark.django_db


def test_counts_per_statement_take_only_confirmed_signatories_for_kinds_and_countries(statement):
    make_signature(statement, country="DE")
    make_signature(statement, kind="organization", country="AT")
    make_signature(statement, status="pending", country="FR")
    make_signature(statement, status="withdrawn", country="IT")
    make_signature(statement, status="rejected", country="ES")
    counts = statement_counts([statement])[statement.pk]
    assert (counts.confirmed, counts.pending, counts.organizations, counts.individuals, counts.countries) == (
        2, 1, 1, 1, 2,
    )  # fmt: skip


def test_the_breakdown_counts_every_state_apart(statement):
    for status in ["confirmed", "confirmed", "pending", "withdrawn", "rejected", "rejected"]:
        make_signature(statement, status=status)
    breakdown = statement_breakdown(statement, language="en")
    assert [(bar.key, bar.value) for bar in breakdown.by_status] == [
        ("pending", 1), ("confirmed", 2), ("rejected", 2), ("withdrawn", 1),
    ]  # fmt: skip
    assert breakdown.total == 6
    assert [bar.value for bar in breakdown.by_day] == [6]


def test_only_sign_ons_pending_longer_than_the_days_given_are_old(statement):
    old = make_signature(statement, status="pending")
    make_signature(statement, status="pending")
    Signature.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=8))
    assert list(pending_older_than(statement, 7)) == [old]
    assert list(pending_older_than(statement, 9)) == []


def test_duplicates_are_the_same_name_in_the_same_country_and_leave_out_withdrawn_sign_ons(statement):
    a = make_signature(
        statement, kind="organization", organization_name="Weser Canoe Club e.V.", country="DE"
    )
    b = make_signature(statement, kind="organization", organization_name="weser canoe club", country="DE")
    make_signature(statement, kind="organization", organization_name="Weser Canoe Club", country="AT")
    make_signature(statement, person_name="Grace Liu", country="US")
    make_signature(statement, person_name="grace  liu", country="US", status="withdrawn")
    assert probable_duplicates(statement) == [[a, b]]
