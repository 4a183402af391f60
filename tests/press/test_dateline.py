"""AP-style datelines: month abbreviations, standalone cities, states and countries, wire services."""

from datetime import UTC, date, datetime

import pytest

from undersigned.press.dateline import ap_date, ap_time, dateline, dateline_place


@pytest.mark.parametrize(
    ("month", "expected"),
    [
        (1, "Jan. 5, 2025"), (2, "Feb. 5, 2025"), (3, "March 5, 2025"), (4, "April 5, 2025"),
        (5, "May 5, 2025"), (6, "June 5, 2025"), (7, "July 5, 2025"), (8, "Aug. 5, 2025"),
        (9, "Sept. 5, 2025"), (10, "Oct. 5, 2025"), (11, "Nov. 5, 2025"), (12, "Dec. 5, 2025"),
    ],
)  # fmt: skip
def test_it_abbreviates_months_the_ap_way(month, expected):
    assert ap_date(date(2025, month, 5)) == expected


@pytest.mark.parametrize(
    ("city", "country", "state", "expected"),
    [
        ("Washington", "US", "", "WASHINGTON"),
        ("Washington", "", "DC", "WASHINGTON"),
        ("London", "GB", "", "LONDON"),
        ("london", "", "", "LONDON"),
        ("Chicago", "US", "Illinois", "CHICAGO"),
        ("Springfield", "US", "Illinois", "SPRINGFIELD, Ill."),
        ("Naperville", "US", "IL", "NAPERVILLE, Ill."),
        ("Naperville", "", "Ill.", "NAPERVILLE, Ill."),
        ("Austin", "US", "TX", "AUSTIN, Texas"),
        ("Paris", "US", "Texas", "PARIS, Texas"),
        ("Paris", "FR", "", "PARIS"),
        ("Berlin", "DE", "", "BERLIN"),
        ("Dresden", "DE", "", "DRESDEN, Germany"),
        ("Graz", "AT", "", "GRAZ, Austria"),
        ("Halifax", "CA", "Nova Scotia", "HALIFAX, Nova Scotia"),
        ("Edinburgh", "GB", "Scotland", "EDINBURGH, Scotland"),
        ("  New   york ", "US", "NY", "NEW YORK"),
    ],
)
def test_it_writes_the_place_in_capitals_with_state_or_country_unless_it_stands_alone(
    city, country, state, expected
):
    assert dateline_place(city, country=country, state=state) == expected


def test_a_dateline_ends_with_two_hyphens():
    assert dateline("Dresden", date(2025, 9, 5), country="DE") == "DRESDEN, Germany, Sept. 5, 2025 --"


def test_a_dateline_names_the_wire_service_between_slashes():
    line = dateline("Washington", date(2025, 3, 14), country="US", wire_service="PRNewswire")
    assert line == "WASHINGTON, March 14, 2025 /PRNewswire/ --"


def test_the_wire_service_may_be_typed_with_its_slashes():
    assert dateline("London", date(2025, 12, 1), wire_service="/Business Wire/") == (
        "LONDON, Dec. 1, 2025 /Business Wire/ --"
    )


@pytest.mark.parametrize(
    ("hour", "minute", "expected"),
    [(9, 0, "9 a.m."), (21, 30, "9:30 p.m."), (12, 0, "noon"), (0, 0, "midnight"), (0, 5, "12:05 a.m.")],
)
def test_it_writes_clock_times_the_ap_way(hour, minute, expected):
    assert ap_time(datetime(2025, 1, 1, hour, minute, tzinfo=UTC)) == expected
