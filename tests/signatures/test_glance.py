"""Who signed, at a glance: the statement page's SVG charts agree with the database."""

import re
from collections import Counter
from datetime import timedelta

import pytest
from django.db.models import Count
from django.utils import timezone

from tests.factories import make_signature
from undersigned.signatures import glance, services
from undersigned.signatures.glance import MAX_BARS, REFRESH_SECONDS, glance_html, world_map
from undersigned.signatures.models import Signature

pytestmark = pytest.mark.django_db

COUNTRIES = ["DE", "DE", "DE", "FR", "FR", "TR", "ES", "MT", ""]


@pytest.fixture
def signed(statement):
    now = timezone.now()
    for n, country in enumerate(COUNTRIES):
        kind = Signature.Kind.ORGANIZATION if n % 3 == 0 else Signature.Kind.INDIVIDUAL
        make_signature(statement, country=country, kind=kind, confirmed_at=now - timedelta(days=n % 4))
    make_signature(statement, country="DE", consent_display=False)  # counted nowhere public
    make_signature(statement, country="DE", status=Signature.Status.PENDING)
    statement.refresh_from_db()
    return statement


def page(client, statement) -> str:
    response = client.get(f"/s/{statement.slug}/")
    assert response.status_code == 200
    return response.content.decode()


def svg(html: str, css_class: str) -> str:
    return re.search(rf'<svg class="{css_class}".*?</svg>', html, re.S).group(0)


def public_counts(statement):
    return (
        Signature.objects.filter(statement=statement, status="confirmed", consent_display=True)
        .values("country", "kind")
        .annotate(n=Count("pk"))
    )


def test_the_country_bars_show_the_databases_counts(client, signed):
    bars = svg(page(client, signed), "glance-bars")
    shown = {
        country: (int(total), int(organizations), int(individuals))
        for country, total, organizations, individuals in re.findall(
            r'data-country="(\w*)" data-total="(\d+)" data-organizations="(\d+)" data-individuals="(\d+)"',
            bars,
        )
    }
    expected = {}
    for row in public_counts(signed):
        total, organizations, individuals = expected.get(row["country"], (0, 0, 0))
        is_org = row["kind"] == "organization"
        expected[row["country"]] = (
            total + row["n"], organizations + row["n"] * is_org, individuals + row["n"] * (not is_org)
        )  # fmt: skip
    assert shown == expected
    assert shown["DE"] == (3, 1, 2)
    assert re.search(r">Germany</text>", bars)
    assert re.search(r'class="count"[^>]*>3</text>', bars)


def test_the_charts_have_accessible_names_and_their_numbers_as_text(client, signed):
    html = page(client, signed)
    for css_class in ("glance-bars", "glance-timeline"):
        chart = svg(html, css_class)
        assert 'role="img"' in chart
        title_id = re.search(r'aria-labelledby="([\w-]+)"', chart).group(1)
        desc_id = re.search(r'aria-describedby="([\w-]+)"', chart).group(1)
        assert f'id="{title_id}"' in html
        assert f'id="{desc_id}"' in chart
    image = re.search(r'<img class="glance-map"[^>]*>', html, re.S).group(0)
    assert f'src="/s/{signed.slug}/map.svg?r={signed.list_revision}"' in image
    assert "Germany 3, France 2," in image
    desc = re.search(r'<desc id="glance-countries-desc">(.*?)</desc>', html, re.S).group(1)
    assert "Germany: 3 (1 organizations, 2 individuals)" in desc
    assert "France: 2 (1 organizations, 1 individuals)" in desc
    assert '<tr data-country="DE"><th scope="row">Germany</th><td>1</td><td>2</td><td>3</td></tr>' in html


def test_the_map_shades_each_country_with_signatories_and_gives_its_count(client, signed):
    response = client.get(f"/s/{signed.slug}/map.svg")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml; charset=utf-8"
    world = response.content.decode()
    shaded = dict(re.findall(r'data-country="(\w\w)" data-total="(\d+)"', world))
    assert shaded == {"DE": "3", "FR": "2", "TR": "1", "ES": "1"}
    assert "<title>Germany: 3</title>" in world
    assert world.count("<path") == len(world_map()["countries"])


def test_a_country_too_small_for_the_map_is_named_below_it(client, signed):
    assert "MT" not in world_map()["countries"]
    assert "Too small for this map: Malta (1)" in page(client, signed)


def test_it_shows_organizations_and_individuals(client, signed):
    html = page(client, signed)
    kinds = {row["kind"]: row["n"] for row in public_counts(signed).values("kind").annotate(n=Count("pk"))}
    assert kinds == {"organization": 3, "individual": 6}
    assert 'data-organizations="3" data-individuals="6"' in html
    assert "3 organizations" in html
    assert "6 individuals" in html
    assert "from 5 countries" in html


def test_the_timeline_counts_sign_ons_per_day(client, signed):
    timeline = svg(page(client, signed), "glance-timeline")
    shown = {day: int(n) for day, n in re.findall(r'data-start="([\d-]+)" data-count="(\d+)"', timeline)}
    expected = Counter(
        s.confirmed_at.date().isoformat()
        for s in Signature.objects.filter(statement=signed, status="confirmed", consent_display=True)
    )
    assert shown == dict(expected)


def test_a_long_list_of_countries_keeps_the_largest_and_sums_the_rest(client, statement):
    codes = ["DE", "FR", "TR", "ES", "IT", "PL", "AT", "NL", "BE", "CZ", "HU", "RO", "SE", "NO", "FI"]
    for rank, code in enumerate(codes):
        for _ in range(len(codes) - rank):
            make_signature(statement, country=code)
    statement.refresh_from_db()
    bars = svg(page(client, statement), "glance-bars")
    assert bars.count('class="bar"') == MAX_BARS
    assert "3 more countries: 6" in bars  # SE 3, NO 2, FI 1


def test_it_says_so_when_no_one_is_on_the_list_yet(client, statement):
    make_signature(statement, status=Signature.Status.PENDING)
    html = page(client, statement)
    assert "No confirmed signatures on the public list yet." in html
    assert "glance-map" not in html


def test_the_map_answers_404_for_a_draft(client, db):
    from tests.factories import make_statement

    draft = make_statement(status="draft")
    assert client.get(f"/s/{draft.slug}/map.svg").status_code == 404


def test_the_map_rejects_a_post(client, statement):
    assert client.post(f"/s/{statement.slug}/map.svg").status_code == 405


@pytest.fixture
def clock(monkeypatch):
    """The charts' clock; `clock.now += REFRESH_SECONDS` ends a refresh window."""

    class Clock:
        now = 1_800_000_000.0

    monkeypatch.setattr(glance, "now", lambda: Clock.now)
    return Clock


def test_it_is_cached_per_list_revision_and_follows_the_list(signed, django_assert_num_queries):
    first = glance_html(signed)
    with django_assert_num_queries(0):  # the baseline version number, part of the key, is the instance's
        assert glance_html(signed) == first
    make_signature(signed, country="TR")
    signed.refresh_from_db()
    assert 'data-country="TR" data-total="2"' in glance_html(signed)


def test_a_stream_of_confirmations_rebuilds_the_charts_once_per_window_then_they_match_the_database(
    signed, clock, django_assert_num_queries
):
    pending = [make_signature(signed, country="TR", status=Signature.Status.PENDING) for _ in range(3)]
    first = glance_html(signed)
    for signature in pending:
        services.signature_confirm(signature=signature, via="email link")
    signed.refresh_from_db()
    clock.now += REFRESH_SECONDS - 1
    # One query, the current version that refresh_from_db() let go (the baseline in the key); no grouped
    # query: the charts of a few seconds ago still serve.
    with django_assert_num_queries(1):
        assert glance_html(signed) == first
    clock.now += 1
    turkey = Signature.objects.filter(
        statement=signed, status="confirmed", consent_display=True, country="TR"
    )
    assert f'data-country="TR" data-total="{turkey.count()}"' in glance_html(signed)
    assert turkey.count() == 4


def test_a_withdrawal_shows_in_the_charts_at_once(signed, clock):
    glance_html(signed)
    services.signature_withdraw(signature=Signature.objects.get(statement=signed, country="TR"))
    signed.refresh_from_db()
    assert 'data-country="TR"' not in glance_html(signed)


def test_the_map_legend_gives_the_counts_of_each_shade(client, signed):
    html = page(client, signed)
    legend = re.search(r'<details class="glance-map-details">.*?</details>', html, re.S).group(0)
    # Shade classes swatch-1 (lightest) to swatch-5 (darkest), coloured in site.css.
    assert re.findall(r'class="swatch swatch-(\d)"></span> ([\d–]+)', legend) == [
        ("1", "1"),
        ("3", "2"),
        ("5", "3"),
    ]
