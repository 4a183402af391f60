"""Labelling a line's pieces by score, with constraints from the line and the list, and the doubts kept."""

from undersigned.lists.fields import Context, parse_line


def test_org_dash_person_makes_the_first_piece_the_organisation_even_when_it_reads_as_a_name():
    parsed = parse_line("Velmora Tandberg – Orlanda Vesk", Context())
    assert (parsed.organization, parsed.person) == ("Velmora Tandberg", "Orlanda Vesk")


def test_a_list_level_override_keeps_its_margin_in_the_doubt():
    parsed = parse_line("Orlanda Vesk", Context(statement_kind="organization"))
    assert parsed.kind == "organization"
    doubt = next(d for d in parsed.doubts if d.reason == "statement_signed_by_organisations")
    assert doubt.field == "kind" and 0 < doubt.margin < 0.5


def test_a_job_title_after_a_name_is_a_role_without_a_close_call():
    parsed = parse_line(
        "Orlanda Vesk, Senior Software Engineer, Tarnwick Tools Ltd", Context(people_share=0.9)
    )
    assert (parsed.person, parsed.title, parsed.organization) == (
        "Orlanda Vesk",
        "Senior Software Engineer",
        "Tarnwick Tools Ltd",
    )
    assert not [d for d in parsed.doubts if d.reason == "close_call"]


def test_a_guessed_kind_says_how_close_it_was():
    parsed = parse_line("Tarnwick", Context())
    doubt = next(d for d in parsed.doubts if d.reason == "kind_guessed")
    assert doubt.margin is not None and doubt.margin < 0.3


def test_under_an_organisations_heading_a_name_shaped_line_is_an_organisation():
    parsed = parse_line("Velmora Tandberg", Context(heading_kind="organization"))
    assert (parsed.kind, parsed.organization) == ("organization", "Velmora Tandberg")
