"""Every public and owner form fuzzed with hostile values (hypothesis).

Each form is found the way a visitor finds it: its page is fetched as the person who uses it and the form
posting to the target URL is read from the HTML (so a field added later is fuzzed too). Hypothesis then
replaces a few of its fields with hostile text: overlong, control characters (\\x00, \\x0b), bidirectional
overrides, mixed scripts, HTML and script, SQL- and template-looking strings. Whatever is posted:

- the answer is never a 5xx;
- no answer, and afterwards no page that shows stored text (the statement page, the list and its text
  form, the press release, the dashboards, the audit trail, the newsroom and its feed), contains a payload's
  markup raw;
- a rejected post changes nothing already stored.

Raw bodies (wrong content types and charsets, bytes that are no UTF-8, a body over the upload limit) go to
the same URLs. The examples are derandomized, so a failure shows again on the next run.
"""

from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.factories import make_signature, make_statement
from undersigned.coalitions.models import Coordinator
from undersigned.coalitions.services import invitation_create
from undersigned.delivery.services import recipient_create
from undersigned.organizations.services import organization_create
from undersigned.signatures.models import Signature
from undersigned.signatures.services import signatures_set_status
from undersigned.signatures.tokens import make_token, make_withdraw_token
from undersigned.statements.models import Statement

pytestmark = pytest.mark.django_db

EXAMPLES = 8  # per form (and the pages checked after each form): about 25 forms, a second or two each

# Markup that must never come back raw. Every HTML payload below carries one of these.
RAW_MARKERS = ("<fz", "<script>alert", "<svg/onload", "<img src=x onerror")

HOSTILE = [
    '<script>alert("fz")</script>',
    '"><img src=x onerror=alert(1)><fz-a>',
    "</textarea></title><svg/onload=alert(1)>",
    "<fz-b style=x>**bold**</fz-b>",
    "[click](javascript:alert(1)) <fz-c>",
    "'; DROP TABLE signatures_signature; --",
    "1' OR '1'='1",
    "Robert\x00'); --",
    "tab\x0bvertical\x0cform\x1bescape\x7fdel",
    "\u202egnp.exe\u202c \u2066isolate\u2069 \u200fRLM",
    "Ρаураl Ｓｃｒｉｐｔ مرحبا שלום 你好 👩\u200d👩\u200d👧",
    "{{ 7|add:7 }}{% now 'Y' %}${7*7}%s%n",
    '=HYPERLINK("http://x")',
    "\r\n\r\nX-Injected: 1",
    "\ufeff\u00ad\u200b",
    "-1",
    "99999999999999999999",
    "",
    " ",
]

_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)
hostile = st.one_of(
    st.sampled_from(HOSTILE),
    st.tuples(st.sampled_from(HOSTILE), _text).map("".join),
    _text,
    st.builds(
        lambda piece, n: piece * n, st.sampled_from(["x", "<fz-d>", "é", "\x0b"]), st.integers(201, 6000)
    ),
)

TEXT_FIELD_TYPES = {"text", "email", "search", "url", "tel", "number", "date", "hidden", "password", ""}


class _Forms(HTMLParser):
    """Every POST form of a page: its action and fields, with what the page filled in."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms: list[dict] = []
        self._select = None
        self._textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.forms.append({"action": attrs.get("action") or "", "method": (attrs.get("method") or "get").lower(),
                               "fields": {}, "text": set()})  # fmt: skip
        if not self.forms:
            return
        form, name = self.forms[-1], attrs.get("name")
        if tag == "input" and name and attrs.get("type", "") not in ("submit", "button", "file", "image"):
            kind = attrs.get("type", "")
            if kind in ("checkbox", "radio"):
                if "checked" in attrs:
                    form["fields"][name] = attrs.get("value", "on")
                elif kind == "radio":
                    form["fields"].setdefault(name, attrs.get("value", "on"))
            else:
                form["fields"][name] = attrs.get("value", "")
            if kind in TEXT_FIELD_TYPES and name != "csrfmiddlewaretoken":
                form["text"].add(name)
        elif tag == "textarea" and name:
            self._textarea = name
            form["fields"][name] = ""
            form["text"].add(name)
        elif tag == "select" and name:
            self._select = name
            form["text"].add(name)  # a hostile choice is fuzzed too
        elif tag == "option" and self._select:
            if "selected" in attrs or self._select not in form["fields"]:
                form["fields"][self._select] = attrs.get("value", "")

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
        if tag == "textarea":
            self._textarea = None

    def handle_data(self, data):
        if self._textarea and self.forms:
            self.forms[-1]["fields"][self._textarea] += data


def _body(response) -> str:
    raw = b"".join(response.streaming_content) if response.streaming else response.content
    return raw.decode("utf-8", "replace")


def find_form(client, page: str, action: str) -> dict:
    response = client.get(page)
    assert response.status_code == 200, f"{page} answered {response.status_code}"
    parser = _Forms()
    parser.feed(_body(response))
    for form in parser.forms:
        if form["method"] == "post" and (form["action"] or page).partition("#")[0] == action:
            return form
    raise AssertionError(f"{page} has no form posting to {action}")


def assert_nothing_raw(response, where: str) -> None:
    assert response.status_code < 500, f"{where} answered {response.status_code}"
    content_type = response.get("Content-Type", "")
    if "html" in content_type or "xml" in content_type:
        body = _body(response)
        for marker in RAW_MARKERS:
            assert marker not in body, f"{where} shows {marker!r} unescaped"
    else:
        assert (
            response.get("X-Content-Type-Options") == "nosniff"
            or "text/plain" in content_type
            or ("json" in content_type or "csv" in content_type)
        ), f"{where} is {content_type}"


@pytest.fixture(autouse=True)
def no_limits(settings):
    """Hundreds of posts from one address: the limits would answer most with 429 (tested elsewhere)."""
    settings.UNDERSIGNED_RATE_LIMITS = {name: (0, 3600) for name in settings.UNDERSIGNED_RATE_LIMITS}


@pytest.fixture
def world(alice, bob):
    """An open statement with a listed signer, a coordinator, an invitation, and tokens for its links."""
    statement = make_statement(slug="rivers", title="Clean rivers", user=alice, country_order="DE, AT")
    Coordinator.objects.create(user=bob, statement=statement, countries="DE, AT", region_name="DACH")
    listed = make_signature(statement, person_name="Ada Lovelace", country="DE", email="ada@example.org")
    pending = make_signature(statement, status="pending", country="AT", email="pat@example.org",
                             confirmation_nonce="n-1")  # fmt: skip
    organization = organization_create(name="Isar Rowers", country="DE")
    invitation = invitation_create(statement=statement, organization=organization, max_uses=1000, user=alice)
    recipient_create(
        owner=alice, statement=statement, kind="addressee", name="Ministry", email="m@example.org"
    )
    return {"statement": statement, "listed": listed, "pending": pending, "invitation": invitation,
            "confirm": make_token(pending), "withdraw": make_withdraw_token(listed)}  # fmt: skip


def snapshot(world) -> dict:
    """Rows a rejected post must leave as they were."""
    statement = Statement.objects.get(pk=world["statement"].pk)
    listed = Signature.objects.get(pk=world["listed"].pk)
    return {
        "statement": (statement.title, statement.slug, statement.status, statement.list_revision,
                      statement.current_version.pk if statement.current_version else None),
        "listed": {f.attname: getattr(listed, f.attname) for f in Signature._meta.concrete_fields
                   if f.attname != "updated_at"},
        "confirmed": Signature.objects.filter(status="confirmed").count(),
    }  # fmt: skip


# (login as, page with the form, the URL it posts to; "{...}" filled from `world`). The coordinator
# paths and the owner's pages name the statement "rivers".
FORMS = {
    "sign": (None, "/s/rivers/", "/s/rivers/sign/"),
    "confirm": (None, "/s/rivers/confirm/{confirm}/", "/s/rivers/confirm/{confirm}/"),
    "withdraw": (None, "/s/rivers/withdraw/{withdraw}/", "/s/rivers/withdraw/{withdraw}/"),
    "join": (None, "/s/rivers/join/{join}/", "/s/rivers/join/{join}/"),
    "login": (None, "/login/", "/login/"),
    "password reset": (None, "/login/reset/", "/login/reset/"),
    "new statement": ("alice", "/manage/new/", "/manage/new/"),
    "new version": ("alice", "/manage/s/rivers/versions/new/", "/manage/s/rivers/versions/new/"),
    "list settings": ("alice", "/manage/s/rivers/settings/", "/manage/s/rivers/settings/"),
    "press release": ("alice", "/manage/s/rivers/press-release/", "/manage/s/rivers/press-release/"),
    "recipients": ("alice", "/manage/s/rivers/recipients/", "/manage/s/rivers/recipients/"),
    "recipients csv": ("alice", "/manage/s/rivers/recipients/csv/", "/manage/s/rivers/recipients/csv/"),
    "mailing": ("alice", "/manage/s/rivers/deliveries/", "/manage/s/rivers/deliveries/"),
    "import paste": ("alice", "/manage/s/rivers/import/", "/manage/s/rivers/import/"),
    "co-owners": ("alice", "/manage/s/rivers/co-owners/", "/manage/s/rivers/co-owners/"),
    "coordinators": ("alice", "/manage/s/rivers/coordinators/", "/manage/s/rivers/coordinators/"),
    "coordinator sign-on": ("bob", "/coordinate/s/rivers/sign-ons/new/", "/coordinate/s/rivers/sign-ons/new/"),
    "coordinator edit": ("bob", "/coordinate/s/rivers/sign-ons/{listed}/", "/coordinate/s/rivers/sign-ons/{listed}/"),
    "documented confirmation": ("bob", "/coordinate/s/rivers/sign-ons/{pending}/confirm/",
                                "/coordinate/s/rivers/sign-ons/{pending}/confirm/"),
    "invitation": ("bob", "/coordinate/s/rivers/invitations/new/", "/coordinate/s/rivers/invitations/new/"),
    "lifecycle": ("alice", "/manage/s/rivers/", "/manage/s/rivers/lifecycle/"),
    "attachments": ("alice", "/manage/s/rivers/attachments/", "/manage/s/rivers/attachments/"),
    "account security": ("bob", "/account/security/", "/account/security/"),
}  # fmt: skip

# Forms whose accepted posts change the rows in the snapshot (that is their job).
CHANGES_STORED = {"new version", "list settings", "coordinator edit", "documented confirmation", "withdraw",
                  "confirm", "lifecycle"}  # fmt: skip

PAGES = [
    "/s/rivers/", "/s/rivers/signatories/", "/s/rivers/signatories.txt", "/s/rivers/press-release/",
    "/s/rivers/press-release.txt", "/s/rivers/versions/", "/news/", "/news/feed.atom", "/",
]  # fmt: skip
OWNER_PAGES = ["/manage/s/rivers/", "/manage/s/rivers/dashboard/", "/manage/s/rivers/audit/",
               "/manage/s/rivers/recipients/", "/manage/s/rivers/deliveries/", "/manage/"]  # fmt: skip


def _fill(template: str, world) -> str:
    return template.format(
        confirm=world["confirm"], withdraw=world["withdraw"], join=world["invitation"].token,
        listed=world["listed"].pk, pending=world["pending"].pk,
    )  # fmt: skip


def _every_page_escapes(client, users, world) -> None:
    signatures_set_status(signatures=Signature.objects.filter(status="pending"), status="confirmed")
    client.logout()
    for page in PAGES:
        assert_nothing_raw(client.get(page), page)
    client.force_login(users["alice"])
    for page in [*PAGES, *OWNER_PAGES]:
        assert_nothing_raw(client.get(page), page)
    client.force_login(users["bob"])
    assert_nothing_raw(client.get("/coordinate/s/rivers/"), "/coordinate/s/rivers/")


FUZZ_SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)


@pytest.mark.parametrize("name", sorted(FORMS))
def test_hostile_values_in_every_form(client, alice, bob, world, name):
    users = {"alice": alice, "bob": bob}
    who, page, action = FORMS[name]
    page, action = _fill(page, world), _fill(action, world)
    if who:
        client.force_login(users[who])
    form = find_form(client, page, action)
    fields = sorted(form["text"])
    assert fields or name in ("confirm", "withdraw"), f"the {name} form has no fields to fuzz"

    @FUZZ_SETTINGS
    @given(changes=st.dictionaries(st.sampled_from(fields or ["x"]), hostile, min_size=1, max_size=4))
    def post(changes):
        if who:
            client.force_login(users[who])
        else:
            client.logout()
        before = snapshot(world)
        response = client.post(action, {**form["fields"], **changes})
        assert_nothing_raw(response, f"POST {action} {changes!r}")
        if response.status_code >= 400 or name not in CHANGES_STORED:
            after = snapshot(world)
            if response.status_code < 400 and name in ("sign", "join", "coordinator sign-on", "invitation"):
                after["confirmed"] = before["confirmed"]  # (a new pending row; nothing stored changed)
            assert after == before, f"POST {action} {changes!r} changed stored data"

    # At least one post of markup into a real field, whatever hypothesis draws.
    example(changes={(fields or ["x"])[0]: HOSTILE[1]})(post)()
    _every_page_escapes(client, users, world)


def test_hostile_values_in_the_api(client, world):
    @FUZZ_SETTINGS
    @given(
        value=hostile,
        field=st.sampled_from(
            ["person_name", "organization_name", "title", "city", "country", "kind", "email"]
        ),
        as_type=st.sampled_from(["string", "number", "list", "object", "null"]),
    )
    def post(value, field, as_type):
        body = {"kind": "individual", "person_name": "Grace Liu", "country": "US", "email": "grace@example.org",
                "consent_display": True}  # fmt: skip
        body[field] = {"string": value, "number": len(value), "list": [value], "object": {"v": value},
                       "null": None}[as_type]  # fmt: skip
        before = snapshot(world)
        response = client.post("/api/statements/rivers/signatures", body, content_type="application/json")
        assert response.status_code in (202, 422), response.content
        assert snapshot(world) == before

    post()


RAW_TARGETS = ["/s/rivers/sign/", "/login/", "/login/reset/", "/s/rivers/join/{join}/",
               "/api/statements/rivers/signatures"]  # fmt: skip
CONTENT_TYPES = [
    "application/x-www-form-urlencoded",
    "application/x-www-form-urlencoded; charset=utf-16",
    "application/x-www-form-urlencoded; charset=rot13",
    "application/x-www-form-urlencoded; charset=latin-1",
    "multipart/form-data; boundary=fz",
    "multipart/form-data",
    "application/json",
    "text/plain; charset=utf-8",
    "application/xml",
    "",
]
BODIES = st.one_of(
    st.binary(max_size=300),
    st.sampled_from([
        b"person_name=%FF%FE%00&email=a%40b.c&kind=individual&consent_display=on",
        b"\xff\xfe<\x00f\x00z\x00",
        b'{"person_name": "\\ud800", "email": 7}',
        b"--fz\r\nContent-Disposition: form-data; name=\"person_name\"\r\n\r\n<fz-e>\r\n--fz--\r\n",
        b"--fz\r\nContent-Disposition: form-data; name=\"a\r\n\r\nbroken",
        b"a=1&" * 3000,
    ]),
    st.integers(4_200_000, 4_400_000).map(lambda n: b"person_name=" + b"x" * n),
)  # fmt: skip


def test_raw_bodies_of_every_kind(client, world):
    @settings(FUZZ_SETTINGS, max_examples=30)
    @given(target=st.sampled_from(RAW_TARGETS), content_type=st.sampled_from(CONTENT_TYPES), body=BODIES)
    @example(
        RAW_TARGETS[-1], "multipart/form-data; boundary=fz", b"--fz\r\n"
    )  # read as a form first: was a 500
    @example(RAW_TARGETS[0], CONTENT_TYPES[0], b"person_name=" + b"x" * 4_300_000)  # over the upload limit
    def post(target, content_type, body):
        before = snapshot(world)
        url = _fill(target, world)
        response = client.generic("POST", url, body, content_type=content_type)
        assert_nothing_raw(response, f"POST {url} ({content_type})")
        assert snapshot(world) == before

    post()


def test_markup_stored_anyhow_is_escaped_on_every_page(client, alice, bob, world):
    """However it got in (an import, the admin, an older version), stored markup is shown as text."""
    make_signature(
        world["statement"], person_name='<script>alert("fz")</script>', city="<fz-city>", country="DE"
    )
    make_signature(world["statement"], kind="organization", organization_name='"><img src=x onerror=alert(1)>',
                   representative_name="</textarea></title><svg/onload=alert(1)>", country="AT")  # fmt: skip
    client.logout()
    assert "&lt;script&gt;alert(" in _body(client.get("/s/rivers/signatories/"))
    _every_page_escapes(client, {"alice": alice, "bob": bob}, world)
