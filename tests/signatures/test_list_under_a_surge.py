"""Under a stream of confirmations the count moves by one in constant time, and the list's cached order
takes the newcomers in where the database would put them, instead of being sorted again."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.factories import make_signature, make_statement
from undersigned.signatures import list_order, selectors, services
from undersigned.signatures.models import Signature

pytestmark = pytest.mark.django_db


def listed_ids(statement):
    statement.refresh_from_db()
    return list(list_order.ordered_ids(statement, statement.baseline_version_number()))


def database_order(statement):
    return list(selectors.signatory_queryset(statement).values_list("pk", flat=True))


@pytest.fixture
def campaign():
    statement = make_statement(slug="surge", country_order="AT, DE")
    for country in ("DE", "AT", "DE", "FR"):
        make_signature(statement, country=country)
    make_signature(statement, kind="organization", country="DE")
    return statement


@pytest.fixture
def count_builds(monkeypatch):
    """From the call on, the statements whose kept order is built from scratch (not caught up)."""

    def start():
        built = []
        build = list_order._ListOrder.build.__func__
        monkeypatch.setattr(
            list_order._ListOrder,
            "build",
            classmethod(lambda cls, s, *key: built.append(s) or build(cls, s, *key)),
        )
        return built

    return start


def confirm(signature):
    services.signature_confirm(signature=signature, via="email link")


def test_a_confirmation_counts_one_more_without_counting_the_rows(campaign):
    pending = make_signature(campaign, status=Signature.Status.PENDING, country="AT")
    with CaptureQueriesContext(connection) as queries:
        confirm(pending)
    campaign.refresh_from_db()
    assert campaign.confirmed_count == 6
    assert not [q["sql"] for q in queries.captured_queries if "COUNT(" in q["sql"].upper()]


def test_a_withdrawal_counts_one_fewer(campaign):
    signature = Signature.objects.filter(statement=campaign).first()
    services.signature_withdraw(signature=signature)
    campaign.refresh_from_db()
    assert campaign.confirmed_count == 4
    assert signature.pk not in listed_ids(campaign)


def test_newcomers_join_the_cached_order_where_the_database_puts_them(campaign, count_builds):
    newcomers = [
        make_signature(campaign, status=Signature.Status.PENDING, country=country, kind=kind)
        for country, kind in [("DE", "individual"), ("AT", "organization"), ("FR", "individual")]
    ]
    listed_ids(campaign)
    builds = count_builds()
    for signature in newcomers:
        confirm(signature)
        assert listed_ids(campaign) == database_order(campaign)
    assert builds == []
    assert {s.pk for s in newcomers} <= set(listed_ids(campaign))


def test_a_newcomer_from_a_country_not_yet_listed_reorders_the_groups(campaign):
    listed_ids(campaign)
    kenyan = make_signature(campaign, status=Signature.Status.PENDING, country="KE")
    confirm(kenyan)
    assert listed_ids(campaign) == database_order(campaign)
    assert kenyan.pk in listed_ids(campaign)


def test_a_confirmation_without_consent_to_be_shown_counts_but_is_not_listed(campaign):
    listed = listed_ids(campaign)
    hidden = make_signature(campaign, status=Signature.Status.PENDING, consent_display=False)
    confirm(hidden)
    campaign.refresh_from_db()
    assert campaign.confirmed_count == 6
    assert listed_ids(campaign) == listed


def test_the_list_page_shows_a_newcomer_at_once(client, campaign):
    client.get(f"/s/{campaign.slug}/signatories/")
    newcomer = make_signature(campaign, status=Signature.Status.PENDING, person_name="Neu Ankömmling")
    confirm(newcomer)
    assert "Neu Ankömmling" in client.get(f"/s/{campaign.slug}/signatories/").content.decode()


def test_the_unnamed_count_agrees_with_counting_the_rows(campaign):
    for consent in (False, True, False):
        confirm(make_signature(campaign, status=Signature.Status.PENDING, consent_display=consent))
        campaign.refresh_from_db()
        counted = Signature.objects.filter(
            statement=campaign, status="confirmed", consent_display=False
        ).count()
        assert selectors.unnamed_count(campaign) == counted
    assert selectors.unnamed_count(campaign) == 2


def test_a_confirmation_that_committed_late_still_joins_the_list(campaign, count_builds):
    late = make_signature(campaign, status=Signature.Status.PENDING, country="AT")
    listed_ids(campaign)
    builds = count_builds()
    confirm(late)
    # Stamped when its confirmation began, half a minute before it committed: older than the short
    # window newcomers are looked for in, but the revision says one joined.
    Signature.objects.filter(pk=late.pk).update(confirmed_at=timezone.now() - timedelta(seconds=30))
    assert late.pk in listed_ids(campaign)
    assert listed_ids(campaign) == database_order(campaign)
    assert builds == []


def test_a_newcomer_confirmed_before_another_but_committed_after_it_goes_before_it(campaign):
    first, second = (
        make_signature(campaign, status=Signature.Status.PENDING, country="DE") for _ in range(2)
    )
    listed_ids(campaign)
    confirm(second)
    listed_ids(campaign)
    confirm(first)
    earlier = Signature.objects.get(pk=second.pk).confirmed_at - timedelta(milliseconds=1)
    Signature.objects.filter(pk=first.pk).update(confirmed_at=earlier)
    ids = listed_ids(campaign)
    assert ids == database_order(campaign)
    assert ids.index(first.pk) == ids.index(second.pk) - 1


def test_a_list_page_reads_as_many_queries_for_a_long_list_as_for_a_short_one(client, campaign):
    url = f"/s/{campaign.slug}/signatories/"

    def queries_of_a_warm_page():
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        return len(queries)

    short = queries_of_a_warm_page()
    for country in ("DE", "AT", "FR") * 10:
        make_signature(campaign, country=country)
    assert queries_of_a_warm_page() == short


def test_the_list_ids_read_as_one_sequence_across_the_parts():
    ids = list_order.ListIds([[5, 1], [8], [], [2, 9, 4]])
    assert len(ids) == 6
    assert ids[1:5] == [1, 8, 2, 9]
    assert [ids[i] for i in range(-6, 6)] == [5, 1, 8, 2, 9, 4] * 2
    assert ids.index(9) == 4
    assert 8 in ids and 7 not in ids
    with pytest.raises(IndexError):
        ids[6]


def test_the_counts_by_country_kind_and_day_follow_confirmations_without_counting_the_rows(campaign):
    selectors.signatory_counts(campaign)
    for country, kind in [("AT", "organization"), ("FR", "individual"), ("AT", "individual")]:
        confirm(make_signature(campaign, status=Signature.Status.PENDING, country=country, kind=kind))
    campaign.refresh_from_db()
    with CaptureQueriesContext(connection) as queries:
        counts = selectors.signatory_counts(campaign)
        timeline = selectors.signatory_timeline(campaign)
    assert not [q["sql"] for q in queries.captured_queries if "GROUP BY" in q["sql"].upper()]
    public = selectors.signatory_queryset(campaign)
    assert [(row.country, row.organizations, row.individuals) for row in counts.by_country] == [
        (
            code,
            public.filter(country=code, kind="organization").count(),
            public.filter(country=code, kind="individual").count(),
        )
        for code in ("AT", "DE", "FR")
    ]
    days = sorted({at.date() for at in public.values_list("confirmed_at", flat=True)})
    assert timeline == [(day, public.filter(confirmed_at__date=day).count()) for day in days]
