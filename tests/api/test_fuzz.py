"""The whole API fuzzed with schemathesis against its own OpenAPI document, in-process through WSGI.

Every operation gets examples built from its schema, valid and invalid, once with path parameters of its
own choosing (mostly unknown statements) and once aimed at a real statement with signatories. Whatever
comes in, the answer is never a 5xx, has a status code the document lists, and matches that response's
schema. The examples are derandomized, so a failure shows again on the next run.
"""

import pytest
import schemathesis
from django.core import signals
from django.core.handlers.wsgi import WSGIHandler
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.core.failures import FailureGroup
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.factories import make_signature, make_translation
from undersigned.organizations.services import organization_create
from undersigned.signatures.models import Signature

pytestmark = pytest.mark.django_db

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
EXAMPLES = 15  # per operation, mode and target: 6 operations x 2 x 2 x 15 = at most 360 requests


@pytest.fixture
def wsgi_app():
    """Django as a plain WSGI app, inside the test's transaction.

    A real server closes the database connection after each request; here that connection holds the
    test's transaction, so (as Django's test client does) the request signals leave it alone.
    """
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield WSGIHandler()
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture
def api_schema(wsgi_app):
    return schemathesis.openapi.from_wsgi("/api/openapi.json", wsgi_app)


@pytest.fixture
def signed_statement(statement):
    umbrella = organization_create(name="Umbrella of River Unions", country="AT", is_umbrella=True)
    make_signature(statement, kind=Signature.Kind.ORGANIZATION, organization=umbrella,
                   organization_name=umbrella.name, representative_name="Maria Hofer", country="AT")  # fmt: skip
    for country in ("DE", "DE", "TR", "FR", ""):
        make_signature(statement, country=country, city="Somewhere")
    make_signature(statement, person_name="Not Listed", consent_display=False)
    make_translation(statement, "ar")
    make_signature(statement, person_name="Still Pending", status=Signature.Status.PENDING)
    statement.refresh_from_db()
    return statement


def fuzz(operation, *, mode, path_parameters=None, examples=EXAMPLES, prepare=None):
    @given(case=operation.as_strategy(generation_mode=mode, path_parameters=path_parameters))
    @settings(
        max_examples=examples,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def run(case):
        if prepare is not None:
            prepare(case)
        case.call_and_validate(checks=CHECKS)

    run()


def with_a_valid_signer(case):
    """Random names and addresses rarely make a valid sign-on: every other body gets a valid signer's
    name, address and country, leaving its other fields (title, city, region, consent, ...) as generated."""
    if isinstance(case.body, dict) and len(str(case.body)) % 2 == 0:
        case.body.update(
            person_name="Fuzzy Signer", organization_name="Fuzz Friends", representative_name="Fuzzy Signer",
            country="DE", email=f"fuzz{len(str(case.body))}@example.org",
        )  # fmt: skip


def operations(schema):
    return [result.ok() for result in schema.get_all_operations()]


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_no_answer_is_a_server_error_or_breaks_its_schema(api_schema, signed_statement, sign_rate, mode):
    sign_rate(10_000)
    assert len(operations(api_schema)) == 9
    for operation in operations(api_schema):
        if mode == GenerationMode.NEGATIVE and not (operation.query or operation.body):
            continue  # only a path's string to send: there is no invalid request to make
        fuzz(operation, mode=mode)
        if "{slug}" in operation.path:
            prepare = with_a_valid_signer if operation.method.upper() == "POST" else None
            fuzz(operation, mode=mode, path_parameters={"slug": signed_statement.slug}, prepare=prepare)


def test_the_fuzzing_catches_an_answer_that_breaks_its_schema(api_schema, signed_statement):
    """The check is not vacuous: a document that promises something else than the API answers fails it."""
    raw = api_schema.raw_schema
    raw["components"]["schemas"]["SignatoryOut"]["properties"]["number"] = {"type": "string"}
    broken = schemathesis.openapi.from_dict(raw)
    broken.app = api_schema.app
    operation = broken["/api/statements/{slug}/signatories"]["GET"]
    with pytest.raises(FailureGroup, match="Response violates schema"):
        fuzz(operation, mode=GenerationMode.POSITIVE, path_parameters={"slug": signed_statement.slug})


def test_the_fuzzing_catches_a_server_error(api_schema, signed_statement, monkeypatch):
    from undersigned.signatures import selectors

    def broken(statement):
        raise RuntimeError("a bug in the counts")

    monkeypatch.setattr(selectors, "signatory_counts", broken)
    operation = api_schema["/api/statements/{slug}/counts"]["GET"]
    with pytest.raises(FailureGroup, match="Server error"):
        fuzz(operation, mode=GenerationMode.POSITIVE, path_parameters={"slug": signed_statement.slug})
