"""/manage/s/<slug>/press-release/: the owner's release form, publish and withdraw, and the publication desk."""

import pytest

from tests.factories import make_signature, make_statement
from tests.press.factories import make_release
from undersigned.audit.models import AuditEntry
from undersigned.press.models import Release

pytestmark = pytest.mark.django_db

FORM = {
    "headline": "River groups demand open water data", "subheadline": "", "dateline_city": "Washington",
    "dateline_country": "US", "dateline_state": "", "release_date": "2025-09-05", "wire_service": "",
    "source": "Clean Rivers Coalition", "lede": "Three organizations today called on ministers to publish data.",
    "about": "", "contact_name": "Ada Lovelace", "contact_email": "press@example.org", "contact_phone": "",
    "embargo_until": "", "embargo_timezone": "UTC", "selection": "all", "grouping": "country",
    "block_label": "signed",
    "quotes-TOTAL_FORMS": "3", "quotes-INITIAL_FORMS": "0", "quotes-MIN_NUM_FORMS": "1", "quotes-MAX_NUM_FORMS": "3",
    "quotes-0-text": "Rivers do not stop at borders.", "quotes-0-speaker_name": "Maria Hofer",
    "quotes-0-speaker_title": "Chair", "quotes-0-organization": "Union of River Communities",
}  # fmt: skip


@pytest.fixture
def statement(alice):
    statement = make_statement(slug="clean-rivers", title="Clean rivers", user=alice)
    for n in range(3):
        make_signature(
            statement,
            kind="organization",
            organization_name=f"Association {n}",
            country=["AT", "DE", "FR"][n],
        )
    make_signature(statement, kind="individual", person_name="Jonas Weber", country="DE")
    return statement


def test_the_form_offers_a_lede_with_figures_that_keep_up_with_the_list(client, alice, statement):
    client.force_login(alice)
    html = client.get("/manage/s/clean-rivers/press-release/").content.decode()
    assert (
        "A coalition of {organizations} and {individuals} from {countries} today called on [whom] to "
        "[do what] in a joint statement, “Clean rivers”." in html
    )


def test_the_owner_saves_the_release_with_its_quote(client, alice, statement):
    client.force_login(alice)
    response = client.post("/manage/s/clean-rivers/press-release/", FORM)
    assert response.status_code == 302
    assert response["Location"] == "/manage/s/clean-rivers/publication/"
    release = Release.objects.get()
    assert release.status == "draft"
    assert [q.speaker_name for q in release.quotes.all()] == ["Maria Hofer"]
    assert AuditEntry.objects.filter(action="press.release_created", statement_id=statement.pk).exists()
    text = client.get("/s/clean-rivers/press-release.txt").content.decode()
    assert "WASHINGTON, Sept. 5, 2025 -- Three organizations" in text


def test_the_embargo_is_read_in_the_chosen_time_zone(client, alice, statement):
    client.force_login(alice)
    client.post("/manage/s/clean-rivers/press-release/", {**FORM, "embargo_until": "2031-09-05T09:00",
                                                          "embargo_timezone": "America/New_York"})  # fmt: skip
    release = Release.objects.get()
    assert release.embargo_until.isoformat() == "2031-09-05T13:00:00+00:00"
    text = client.get("/s/clean-rivers/press-release.txt").content.decode()
    assert text.startswith("HOLD FOR RELEASE until Sept. 5, 2031, 9 a.m. EDT (13:00 UTC)\n")
    form = client.get("/manage/s/clean-rivers/press-release/").content.decode()
    assert 'value="2031-09-05T09:00"' in form


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"headline": ""}, "headline", "This field is required."),
        ({"lede": "Groups called on [whom] to act."}, "lede", "Replace the parts in [brackets] with who is called on to do what."),
        ({"contact_email": "nope"}, "contact_email", "Enter a valid email address."),
        ({"contact_phone": "call me"}, "contact_phone", "Enter a phone number, e.g. +49 30 1234567."),
        ({"selection": "named"}, "selected", "Choose at least one signatory for a named selection."),
        ({"headline": "<b>Big</b>"}, "headline", "Please use plain text: &lt; &gt; { } and code are not allowed here."),
        ({"quotes-0-speaker_name": ""}, "quotes-0-speaker_name", "This field is required."),
    ],
)  # fmt: skip
def test_bad_input_gets_a_message_next_to_the_field(client, alice, statement, changes, field, message):
    client.force_login(alice)
    response = client.post("/manage/s/clean-rivers/press-release/", {**FORM, **changes})
    assert response.status_code == 400
    errors = response.content.decode().split(f'id="id_{field}_errors"', 1)
    assert len(errors) == 2, f"no error list next to {field}"
    assert message in errors[1].split("</ul>", 1)[0]
    assert Release.objects.count() == 0


def test_a_release_needs_at_least_one_quote(client, alice, statement):
    client.force_login(alice)
    data = {**FORM, "quotes-0-text": "", "quotes-0-speaker_name": "", "quotes-0-speaker_title": "",
            "quotes-0-organization": ""}  # fmt: skip
    response = client.post("/manage/s/clean-rivers/press-release/", data)
    assert response.status_code == 400
    assert Release.objects.count() == 0


def test_publishing_makes_the_release_public_and_is_logged(client, alice, statement):
    make_release(statement, publish=False)
    client.force_login(alice)
    assert client.post("/manage/s/clean-rivers/press-release/publish/").status_code == 302
    assert Release.objects.get().status == "published"
    assert AuditEntry.objects.filter(action="press.release_published").exists()
    client.logout()
    assert client.get("/s/clean-rivers/press-release/").status_code == 200


def test_withdrawing_takes_the_release_off_the_site(client, alice, statement):
    release = make_release(statement)
    assert release.headline in client.get("/news/").content.decode()
    client.force_login(alice)
    client.post("/manage/s/clean-rivers/press-release/unpublish/")
    client.logout()
    for url in ["/s/clean-rivers/press-release/", "/s/clean-rivers/press-release.txt",
                "/s/clean-rivers/press-release.docx"]:  # fmt: skip
        assert client.get(url).status_code == 404
    assert release.headline not in client.get("/news/").content.decode()
    assert release.headline not in client.get("/news/feed.atom").content.decode()
    assert AuditEntry.objects.filter(action="press.release_unpublished").exists()


def test_the_publication_desk_links_every_tool(client, alice, statement):
    make_release(statement, publish=False)
    client.force_login(alice)
    html = client.get("/manage/s/clean-rivers/publication/").content.decode()
    for url in ["/manage/s/clean-rivers/press-release/", "/s/clean-rivers/press-release/", "/s/clean-rivers/export.pdf",
                "/s/clean-rivers/signatories.csv", "/manage/s/clean-rivers/attachments/",
                "/manage/s/clean-rivers/recipients/", "/manage/s/clean-rivers/deliveries/"]:  # fmt: skip
        assert f'href="{url}"' in html
    assert "Publish the press release" in html
    manage = client.get("/manage/s/clean-rivers/").content.decode()
    assert 'href="/manage/s/clean-rivers/publication/"' in manage


def test_publishing_needs_post(client, alice, statement):
    make_release(statement, publish=False)
    client.force_login(alice)
    assert client.get("/manage/s/clean-rivers/press-release/publish/").status_code == 405
    assert client.get("/manage/s/clean-rivers/press-release/unpublish/").status_code == 405


def test_an_outsider_cannot_edit_or_publish(client, charlie, statement):
    make_release(statement, publish=False)
    client.force_login(charlie)
    assert client.get("/manage/s/clean-rivers/press-release/").status_code == 403
    assert client.post("/manage/s/clean-rivers/press-release/", FORM).status_code == 403
    assert client.post("/manage/s/clean-rivers/press-release/publish/").status_code == 403
    assert client.get("/manage/s/clean-rivers/publication/").status_code == 403
    assert Release.objects.get().status == "draft"


def test_a_lede_never_opens_with_a_figure(statement):
    from undersigned.press.documents import lede_suggestion

    for n in range(12):
        make_signature(statement, kind="organization", organization_name=f"Group {n}", country="AT")
    assert lede_suggestion(statement).startswith(
        "A coalition of 15 organizations and one individual from three countries today called on [whom]"
    )


def test_placeholders_are_filled_from_the_list_in_the_page_the_text_and_the_word_file(
    client, alice, statement
):
    import io

    import docx

    client.force_login(alice)
    lede = "{organizations} and {individuals} from {countries} today called on ministers to publish data."
    client.post("/manage/s/clean-rivers/press-release/", {**FORM, "lede": lede})
    expected = "Three organizations and one individual from three countries today called on ministers"
    assert expected in client.get("/s/clean-rivers/press-release/").content.decode()
    assert expected in client.get("/s/clean-rivers/press-release.txt?wrap=0").content.decode()
    document = docx.Document(io.BytesIO(client.get("/s/clean-rivers/press-release.docx").content))
    assert any(expected in p.text for p in document.paragraphs)
    make_signature(statement, kind="individual", person_name="Lin Chen", country="AT")
    assert (
        "and two individuals from three countries"
        in client.get("/s/clean-rivers/press-release/").content.decode()
    )


def test_the_editor_warns_when_figures_written_by_hand_no_longer_match_the_list(client, alice, statement):
    client.force_login(alice)
    client.post(
        "/manage/s/clean-rivers/press-release/",
        {**FORM, "lede": "56 organizations from three countries today called on ministers to publish data."},
    )
    for url in ("/manage/s/clean-rivers/press-release/", "/manage/s/clean-rivers/publication/"):
        html = client.get(url).content.decode()
        assert "Figures in the release no longer match the list:" in html
        assert (
            "“56 organizations” no longer matches the list, which has three organizations. "
            "Write {organizations} to keep it current." in html
        )
        assert "three countries” no longer" not in html


def test_figures_that_match_the_list_raise_no_warning(client, alice, statement):
    client.force_login(alice)
    client.post("/manage/s/clean-rivers/press-release/", FORM)  # "Three organizations today called on ..."
    assert (
        "no longer match the list" not in client.get("/manage/s/clean-rivers/press-release/").content.decode()
    )


def test_the_publication_desk_says_the_exports_are_public_and_hold_no_address(client, alice, statement):
    client.force_login(alice)
    html = client.get("/manage/s/clean-rivers/publication/").content.decode()
    assert "These files are public: anyone can download them from the statement page." in html
    assert "never an email address or a sign-on that is not on the list" in html
