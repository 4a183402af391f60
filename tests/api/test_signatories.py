"""GET /api/statements/<slug>/signatories and /counts: the public list, as the list page shows it."""

import pytest

from tests.factories import make_signature
from undersigned.api.cursor import encode_cursor
from undersigned.signatures import selectors
from undersigned.signatures.models import Signature

pytestmark = pytest.mark.django_db


@pytest.fixture
def listed(statement):
    """Two countries, organizations and individuals, one pending and one who asked not to be listed."""
    make_signature(statement, person_name="Ada Byron", country="GB", email="ada@example.org")
    make_signature(statement, kind="organization", organization_name="Friends of the Elbe",
                   representative_name="Maria Hofer", title="Chair", country="DE", email="elbe@example.org")  # fmt: skip
    make_signature(statement, person_name="Jonas Berg", country="DE", city="Hamburg")
    make_signature(statement, person_name="Pending Person", country="DE", status=Signature.Status.PENDING)
    make_signature(statement, person_name="Private Person", country="DE", consent_display=False)
    make_signature(statement, person_name="Nowhere Person", country="")
    statement.refresh_from_db()
    return statement


def get(client, statement, **params):
    return client.get(f"/api/statements/{statement.slug}/signatories", params)


def test_it_lists_what_the_list_page_shows_in_the_same_order_and_numbers(client, listed):
    response = get(client, listed)
    assert response.status_code == 200
    items = response.json()["items"]
    page = selectors.signatory_page(listed, 1, 500)
    assert [(i["number"], i["line"], i["country"]) for i in items] == [
        (row.number, row.line, row.country) for row in page.signatories
    ]
    assert [i["line"] for i in items] == [
        "Friends of the Elbe – Maria Hofer, Chair",
        "Jonas Berg, Hamburg",
        "Ada Byron",
        "Nowhere Person",
    ]
    assert response.json()["next_cursor"] is None


def test_it_never_shows_emails_pending_or_non_consenting_signers(client, listed):
    body = response_text = get(client, listed).content.decode()
    assert "@example.org" not in response_text
    assert "Pending Person" not in body
    assert "Private Person" not in body
    assert "email" not in get(client, listed).json()["items"][0]


def test_it_filters_by_country_and_kind_keeping_the_list_numbers(client, listed):
    items = get(client, listed, country="de", kind="individual").json()["items"]
    assert [(i["number"], i["line"]) for i in items] == [(2, "Jonas Berg, Hamburg")]
    items = get(client, listed, country="none").json()["items"]
    assert [(i["number"], i["country_name"]) for i in items] == [(4, "Other signatories")]


def test_it_pages_with_a_cursor_through_the_whole_list(client, listed):
    seen, params = [], {"limit": 1}
    while True:
        body = get(client, listed, **params).json()
        seen += [i["number"] for i in body["items"]]
        if body["next_cursor"] is None:
            break
        params["cursor"] = body["next_cursor"]
    assert seen == [1, 2, 3, 4]


def test_a_cursor_resumes_after_its_signatory_when_the_list_moved_meanwhile(client, listed):
    first = get(client, listed, limit=2).json()
    make_signature(listed, kind="organization", organization_name="Elbe Umbrella", country="DE")
    listed.refresh_from_db()
    rest = get(client, listed, cursor=first["next_cursor"]).json()["items"]
    assert [i["line"] for i in rest] == ["Ada Byron", "Nowhere Person"]


@pytest.mark.parametrize("cursor", ["nonsense", "!!!", encode_cursor(1, 2)[:-2] + "@@", "LTEuMg"])
def test_it_answers_400_for_a_cursor_it_did_not_make(client, listed, cursor):
    response = get(client, listed, cursor=cursor)
    assert response.status_code == 400
    assert response.json() == {
        "detail": "Invalid cursor: pass the next_cursor of the previous page unchanged."
    }


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"limit": "many"}, "limit"),
        ({"limit": 0}, "limit"),
        ({"kind": "robot"}, "kind"),
        ({"country": "DEU"}, "country"),
    ],
)
def test_it_answers_422_naming_the_parameter_for_wrong_types(client, listed, params, field):
    response = get(client, listed, **params)
    assert response.status_code == 422
    body = response.json()
    assert body["detail"] == "Some fields need attention."
    assert list(body["errors"]) == [field]


def test_it_counts_the_public_list_by_country_and_kind(client, listed):
    response = client.get(f"/api/statements/{listed.slug}/counts")
    assert response.status_code == 200
    assert response.json() == {
        "confirmed": 5,
        "listed": 4,
        "organizations": 1,
        "individuals": 3,
        "by_country": [
            {"country": "DE", "country_name": "Germany", "organizations": 1, "individuals": 1, "total": 2},
            {
                "country": "GB",
                "country_name": "United Kingdom",
                "organizations": 0,
                "individuals": 1,
                "total": 1,
            },
            {
                "country": "",
                "country_name": "Other signatories",
                "organizations": 0,
                "individuals": 1,
                "total": 1,
            },
        ],
    }


def test_it_shows_only_the_fields_the_list_line_is_made_of(client, statement):
    make_signature(statement, kind="organization", organization_name="Friends of the Elbe",
                   representative_name="Maria Hofer", person_name="Left Over", honorific="Dr.", country="DE")  # fmt: skip
    make_signature(statement, person_name="Jonas Berg", representative_name="Left Over", country="DE")
    organization, person = get(client, statement).json()["items"]
    assert (organization["person_name"], organization["honorific"]) == ("", "")
    assert organization["representative_name"] == "Maria Hofer"
    assert person["representative_name"] == ""
    assert person["person_name"] == "Jonas Berg"
    assert "Left Over" not in str([organization, person])
