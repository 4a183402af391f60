"""One set of sign-on rules: `validate_signatory` answers for every form and service."""

import pytest
from django.core.exceptions import ValidationError

from undersigned.signatures.rules import ON_BEHALF, validate_signatory


def errors_of(**fields) -> dict:
    with pytest.raises(ValidationError) as raised:
        validate_signatory(**fields)
    return raised.value.message_dict


def test_a_complete_signatory_of_each_kind_passes():
    validate_signatory(kind="individual", person_name="Grace Liu", honorific="Dr.", email="grace@example.org")
    validate_signatory(
        kind="organization", organization_name="Friends of the Elbe", representative_name="Jan Novak"
    )


def test_an_organization_needs_its_name_and_who_signs():
    assert errors_of(kind="organization") == {
        "organization_name": ["Please give the name of the organization you sign for."],
        "representative_name": ["Please give the name of the person signing."],
    }


def test_an_imported_organization_may_name_no_one():
    validate_signatory(
        kind="organization", organization_name="Friends of the Elbe", require_representative=False
    )


def test_the_wording_follows_who_fills_in_the_form():
    assert errors_of(kind="individual", voice=ON_BEHALF) == {
        "person_name": ["Please give the person's name."]
    }
    assert errors_of(kind="individual") == {"person_name": ["Please give your name."]}


def test_each_field_fits_its_column():
    assert errors_of(kind="individual", person_name="P" * 201) == {
        "person_name": ["Ensure this value has at most 200 characters (it has 201)."]
    }


def test_an_honorific_and_a_representative_fit_the_column_together():
    assert errors_of(
        kind="organization", organization_name="Union", representative_name="M" * 195, honorific="Prof."
    ) == {
        "representative_name": [
            "With the honorific, this name has 201 characters; at most 200 fit. "
            "Shorten the name or leave out the honorific."
        ]
    }


def test_an_invalid_address_is_refused():
    assert errors_of(kind="individual", person_name="Grace Liu", email="not-an-address") == {
        "email": ["Enter a valid email address."]
    }


def test_an_unknown_field_is_a_programming_error():
    with pytest.raises(TypeError):
        validate_signatory(kind="individual", person_name="Grace Liu", nickname="G")
