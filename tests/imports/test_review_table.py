"""The review table at /manage/s/<slug>/import/: groups as the parser found them, a country picker per
group and per row, bulk edits, the umbrella column, the parser's evidence and "start the list here"."""

import re

import pytest

from tests.imports.test_import_screen import review_post
from undersigned.audit.models import AuditEntry
from undersigned.imports import services
from undersigned.lists.model import Notice
from undersigned.organizations.models import Organization
from undersigned.signatures.models import Signature

pytestmark = pytest.mark.django_db

GROUPED = """\
Signed by:

Germany
1. Elbe Riverside Citizens Union, Dresden
2. Moselle Anglers Club

Austria
3. Salzach Fishers Cooperative, Salzburg
4. Danube Meadow Friends
"""

LIST_CUT_SHORT = """\
Riverbank statement

We call on the council to protect the river and to stop the new drainage permits now.

1. Riverside Anglers Club
2. The school named after Anna Berger under the association, which we founded to teach children about the river.

Signed by:

3. Green Valley Union
4. Hill Farmers Network
5. Lakeside Friends Association
"""


@pytest.fixture
def owner_client(client, alice, statement):
    statement.owner = alice
    statement.save()
    client.force_login(alice)
    return client


def start_url(statement):
    return f"/manage/s/{statement.slug}/import/"


def confirm_url(statement):
    return f"/manage/s/{statement.slug}/import/confirm/"


def selected(html: str, name: str) -> str | None:
    select = re.search(rf'<select name="{name}"[^>]*>(.*?)</select>', html, re.S)
    chosen = re.search(r'<option value="([^"]*)" selected', select.group(1))
    return chosen.group(1) if chosen else None


def review(client, statement, text=GROUPED) -> str:
    response = client.post(start_url(statement), {"text": text})
    assert response.status_code == 200
    return response.content.decode()


def test_the_rows_are_grouped_as_the_parser_grouped_them(owner_client, statement):
    html = review(owner_client, statement)
    groups = re.findall(r'<span class="group-name" id="group-\d+-name">([^<]*)</span>', html)
    assert groups == ["Germany", "Austria"]
    assert (
        html.index("Moselle Anglers Club") < html.index('id="group-2-heading"') < html.index("Danube Meadow")
    )


def test_each_row_and_each_group_has_a_picker_of_countries_with_localised_names(owner_client, statement):
    response = owner_client.post(start_url(statement), {"text": GROUPED}, HTTP_ACCEPT_LANGUAGE="de")
    html = response.content.decode()
    assert selected(html, "form-0-country") == "DE"
    assert '<option value="DE" selected>Deutschland</option>' in html
    assert '<select name="group-2-country" id="group-2-country">' in html
    assert 'name="form-0-country" type="text"' not in html


def test_setting_a_groups_country_sets_every_row_of_that_group_and_stores_nothing(owner_client, statement):
    html = review(owner_client, statement)
    data = review_post(html, **{"action": "group-2", "group-2-country": "CH", "form-0-country": "DE"})
    response = owner_client.post(confirm_url(statement), data)
    page = response.content.decode()
    assert response.status_code == 200
    assert [selected(page, f"form-{i}-country") for i in range(4)] == ["DE", "DE", "CH", "CH"]
    assert Signature.objects.count() == 0


def test_a_group_can_fill_the_kind_column_and_leave_the_country_alone(owner_client, statement):
    html = review(owner_client, statement)
    data = review_post(html, **{"action": "group-1", "group-1-kind": "individual", "group-1-country": ""})
    page = owner_client.post(confirm_url(statement), data).content.decode()
    assert [selected(page, f"form-{i}-kind") for i in range(4)] == [
        "individual", "individual", "organization", "organization"
    ]  # fmt: skip
    assert selected(page, "form-0-country") == "DE"


def test_bulk_edit_changes_the_chosen_columns_of_the_selected_rows_only(owner_client, statement):
    html = review(owner_client, statement)
    data = review_post(
        html,
        **{
            "action": "bulk",
            "form-1-selected": "on",
            "form-3-selected": "on",
            "bulk-country": "LU",
            "bulk-organization": "Rivers Without Borders",
            "bulk-kind": "",
            "bulk-umbrella": "yes",
        },
    )
    page = owner_client.post(confirm_url(statement), data).content.decode()
    assert [selected(page, f"form-{i}-country") for i in range(4)] == ["DE", "LU", "AT", "LU"]
    assert 'name="form-1-organization" value="Rivers Without Borders"' in page
    assert 'name="form-0-organization" value="Elbe Riverside Citizens Union"' in page
    assert re.search(r'name="form-3-umbrella"[^>]*checked', page)
    assert not re.search(r'name="form-2-umbrella"[^>]*checked', page)


def test_the_table_after_an_action_imports_as_shown(owner_client, statement):
    html = review(owner_client, statement)
    data = review_post(html, **{"action": "group-2", "group-2-country": "CH"})
    page = owner_client.post(confirm_url(statement), data).content.decode()
    response = owner_client.post(confirm_url(statement), review_post(page, action="import"))
    assert response.status_code == 302
    assert Signature.objects.get(organization_name="Danube Meadow Friends").country == "CH"


def test_rows_ticked_as_umbrella_bodies_are_marked_as_umbrella_organizations_on_import(
    owner_client, statement
):
    html = review(owner_client, statement)
    owner_client.post(confirm_url(statement), review_post(html, **{"form-1-umbrella": "on"}))
    signature = Signature.objects.get(organization_name="Moselle Anglers Club")
    assert signature.organization.is_umbrella
    assert AuditEntry.objects.filter(action="organization.edited", via="import").count() == 1
    assert list(Organization.objects.filter(is_umbrella=True).values_list("name", flat=True)) == [
        "Moselle Anglers Club"
    ]


def test_only_an_organization_can_be_an_umbrella_body(owner_client, statement):
    html = review(owner_client, statement)
    data = review_post(
        html, **{"form-1-umbrella": "on", "form-1-kind": "individual", "form-1-person": "Ada Roe"}
    )
    response = owner_client.post(confirm_url(statement), data)
    assert response.status_code == 400
    assert "Only an organization can be an umbrella body." in response.content.decode()
    assert Signature.objects.count() == 0


def test_a_doubtful_row_shows_the_parsers_warnings_next_to_it(owner_client, statement):
    html = review(owner_client, statement, "Signed by:\n1. Dr. Jonas Weber, hydrologist (verified)\n")
    assert '<div class="evidence" id="row-1-evidence">' in html
    assert "<li>note: verified</li>" in html
    assert re.search(r'name="form-0-include"[^>]*aria-describedby="row-1-evidence"', html)


def test_structured_doubts_are_shown_on_the_field_they_concern(owner_client, statement, monkeypatch):
    parse = services.parse_within

    def with_doubts(text):
        result = parse(text)
        result.entries[1].doubts = [
            {
                "field": "kind",
                "reason": "kind_guessed",
                "message": "kind guessed: no known given name",
                "margin": 0.12,
            }
        ]
        return result

    monkeypatch.setattr(services, "parse_within", with_doubts)
    html = review(owner_client, statement)
    assert "<li>kind guessed: no known given name (margin 0.12)</li>" in html
    assert re.search(r'<select name="form-1-kind"[^>]*aria-describedby="row-2-evidence"', html)
    assert not re.search(r'<select name="form-0-kind"[^>]*aria-describedby', html)


def test_numbering_that_starts_above_1_is_announced_with_the_line_where_the_list_could_start(
    owner_client, statement
):
    html = review(owner_client, statement, LIST_CUT_SHORT)
    assert (
        "The numbering of the list starts at 3, not 1: its first entries may have been read as part of the statement."
        in html
    )
    assert "Line 5 could be its first entry: <q>1. Riverside Anglers Club</q>" in html
    assert '<input type="hidden" name="start_line" value="5">' in html
    assert "Start the list at line 5" in html


def test_start_the_list_here_reads_the_list_from_that_line(owner_client, statement):
    response = owner_client.post(start_url(statement), {"text": LIST_CUT_SHORT, "start_line": "5"})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="Riverside Anglers Club"' in html
    assert 'value="Lakeside Friends Association"' in html
    assert html.count('name="form-TOTAL_FORMS" value="5"') == 1
    assert "Check where the list starts" not in html


def test_a_notice_from_the_parser_offers_its_line(owner_client, statement, monkeypatch):
    parse = services.parse_within

    def with_notice(text):
        result = parse(text)
        result.notices = [
            Notice("numbered_lines_in_statement", "in English", line=4, line_text="1. Riverside Anglers Club")
        ]
        return result

    monkeypatch.setattr(services, "parse_within", with_notice)
    html = review(owner_client, statement, LIST_CUT_SHORT)
    assert (
        "Numbered lines remain in the statement part. If they are signatories, start the list there." in html
    )
    assert "Start the list at line 5" in html
    assert "The numbering of the list starts at 3" not in html
