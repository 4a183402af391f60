"""AP-style datelines and dates, as wire services print them.

Datelines are English by convention on the wires, whatever the statement's language, so
nothing here is translated.
"""

from datetime import date, datetime

from undersigned.common.countries import country_name

# AP abbreviates only these months when a day follows; March to July are always spelled out.
AP_MONTHS = {
    1: "Jan.", 2: "Feb.", 3: "March", 4: "April", 5: "May", 6: "June",
    7: "July", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec.",
}  # fmt: skip

# AP state abbreviations for datelines; eight states are never abbreviated.
AP_STATES = {
    "AL": "Ala.", "AK": "Alaska", "AZ": "Ariz.", "AR": "Ark.", "CA": "Calif.", "CO": "Colo.", "CT": "Conn.",
    "DE": "Del.", "DC": "D.C.", "FL": "Fla.", "GA": "Ga.", "HI": "Hawaii", "ID": "Idaho", "IL": "Ill.",
    "IN": "Ind.", "IA": "Iowa", "KS": "Kan.", "KY": "Ky.", "LA": "La.", "ME": "Maine", "MD": "Md.",
    "MA": "Mass.", "MI": "Mich.", "MN": "Minn.", "MS": "Miss.", "MO": "Mo.", "MT": "Mont.", "NE": "Neb.",
    "NV": "Nev.", "NH": "N.H.", "NJ": "N.J.", "NM": "N.M.", "NY": "N.Y.", "NC": "N.C.", "ND": "N.D.",
    "OH": "Ohio", "OK": "Okla.", "OR": "Ore.", "PA": "Pa.", "RI": "R.I.", "SC": "S.C.", "SD": "S.D.",
    "TN": "Tenn.", "TX": "Texas", "UT": "Utah", "VT": "Vt.", "VA": "Va.", "WA": "Wash.", "WV": "W.Va.",
    "WI": "Wis.", "WY": "Wyo.", "PR": "P.R.",
}  # fmt: skip
_STATE_NAMES = {
    "alabama": "AL", "alaska": "AK", "arizona": "AZ", "arkansas": "AR", "california": "CA", "colorado": "CO",
    "connecticut": "CT", "delaware": "DE", "district of columbia": "DC", "florida": "FL", "georgia": "GA",
    "hawaii": "HI", "idaho": "ID", "illinois": "IL", "indiana": "IN", "iowa": "IA", "kansas": "KS",
    "kentucky": "KY", "louisiana": "LA", "maine": "ME", "maryland": "MD", "massachusetts": "MA",
    "michigan": "MI", "minnesota": "MN", "mississippi": "MS", "missouri": "MO", "montana": "MT",
    "nebraska": "NE", "nevada": "NV", "new hampshire": "NH", "new jersey": "NJ", "new mexico": "NM",
    "new york": "NY", "north carolina": "NC", "north dakota": "ND", "ohio": "OH", "oklahoma": "OK",
    "oregon": "OR", "pennsylvania": "PA", "rhode island": "RI", "south carolina": "SC", "south dakota": "SD",
    "tennessee": "TN", "texas": "TX", "utah": "UT", "vermont": "VT", "virginia": "VA", "washington": "WA",
    "west virginia": "WV", "wisconsin": "WI", "wyoming": "WY", "puerto rico": "PR",
}  # fmt: skip

# Cities the AP Stylebook lets stand alone in a dateline, with the country (and US state) they stand for.
# "Paris" with country FR stands alone; "Paris" in Texas does not.
STANDALONE = {
    # United States
    "ATLANTA": ("US", "GA"), "BALTIMORE": ("US", "MD"), "BOSTON": ("US", "MA"), "CHICAGO": ("US", "IL"),
    "CINCINNATI": ("US", "OH"), "CLEVELAND": ("US", "OH"), "DALLAS": ("US", "TX"), "DENVER": ("US", "CO"),
    "DETROIT": ("US", "MI"), "HONOLULU": ("US", "HI"), "HOUSTON": ("US", "TX"),
    "INDIANAPOLIS": ("US", "IN"), "LAS VEGAS": ("US", "NV"), "LOS ANGELES": ("US", "CA"),
    "MIAMI": ("US", "FL"), "MILWAUKEE": ("US", "WI"), "MINNEAPOLIS": ("US", "MN"),
    "NEW ORLEANS": ("US", "LA"), "NEW YORK": ("US", "NY"), "OKLAHOMA CITY": ("US", "OK"),
    "PHILADELPHIA": ("US", "PA"), "PHOENIX": ("US", "AZ"), "PITTSBURGH": ("US", "PA"),
    "ST. LOUIS": ("US", "MO"), "SALT LAKE CITY": ("US", "UT"), "SAN ANTONIO": ("US", "TX"),
    "SAN DIEGO": ("US", "CA"), "SAN FRANCISCO": ("US", "CA"), "SEATTLE": ("US", "WA"),
    "WASHINGTON": ("US", "DC"),
    # Elsewhere
    "AMSTERDAM": ("NL", ""), "BAGHDAD": ("IQ", ""), "BANGKOK": ("TH", ""), "BEIJING": ("CN", ""),
    "BEIRUT": ("LB", ""), "BERLIN": ("DE", ""), "BRUSSELS": ("BE", ""), "CAIRO": ("EG", ""),
    "DJIBOUTI": ("DJ", ""), "DUBLIN": ("IE", ""), "GENEVA": ("CH", ""), "GIBRALTAR": ("GI", ""),
    "GUATEMALA CITY": ("GT", ""), "HAVANA": ("CU", ""), "HELSINKI": ("FI", ""), "HONG KONG": ("HK", ""),
    "ISLAMABAD": ("PK", ""), "ISTANBUL": ("TR", ""), "JERUSALEM": ("IL", ""), "JOHANNESBURG": ("ZA", ""),
    "KABUL": ("AF", ""), "KUWAIT CITY": ("KW", ""), "LONDON": ("GB", ""), "LUXEMBOURG": ("LU", ""),
    "MACAU": ("MO", ""), "MADRID": ("ES", ""), "MEXICO CITY": ("MX", ""), "MILAN": ("IT", ""),
    "MONACO": ("MC", ""), "MONTREAL": ("CA", ""), "MOSCOW": ("RU", ""), "MUNICH": ("DE", ""),
    "NEW DELHI": ("IN", ""), "OTTAWA": ("CA", ""), "PANAMA CITY": ("PA", ""), "PARIS": ("FR", ""),
    "PRAGUE": ("CZ", ""), "QUEBEC CITY": ("CA", ""), "RIO DE JANEIRO": ("BR", ""), "ROME": ("IT", ""),
    "SAN MARINO": ("SM", ""), "SAO PAULO": ("BR", ""), "SHANGHAI": ("CN", ""), "SINGAPORE": ("SG", ""),
    "STOCKHOLM": ("SE", ""), "SYDNEY": ("AU", ""), "TOKYO": ("JP", ""), "TORONTO": ("CA", ""),
    "VATICAN CITY": ("VA", ""), "VIENNA": ("AT", ""), "ZURICH": ("CH", ""),
}  # fmt: skip

# How AP names a few countries in datelines where the ISO short name would read oddly.
_AP_COUNTRY = {"GB": "United Kingdom", "US": "United States", "KR": "South Korea", "RU": "Russia"}


def ap_date(day: date | datetime) -> str:
    """`ap_date(date(2025, 9, 5))` -> `"Sept. 5, 2025"`; `date(2025, 3, 1)` -> `"March 1, 2025"`."""
    return f"{AP_MONTHS[day.month]} {day.day}, {day.year}"


def ap_time(moment: datetime) -> str:
    """AP clock times: `9 a.m.`, `9:30 p.m.`, `noon`, `midnight`."""
    hour, minute = moment.hour, moment.minute
    if minute == 0 and hour == 12:
        return "noon"
    if minute == 0 and hour == 0:
        return "midnight"
    suffix = "a.m." if hour < 12 else "p.m."
    clock = hour % 12 or 12
    return f"{clock}:{minute:02d} {suffix}" if minute else f"{clock} {suffix}"


def us_state_code(state: str) -> str | None:
    """`"IL"`, `"Ill."` or `"Illinois"` -> `"IL"`; anything else -> None."""
    value = (state or "").strip()
    if value.upper() in AP_STATES:
        return value.upper()
    for code, abbreviation in AP_STATES.items():
        if value.lower() == abbreviation.lower():
            return code
    return _STATE_NAMES.get(value.lower())


def dateline_place(city: str, *, country: str = "", state: str = "") -> str:
    """The place part of a dateline, in AP style.

    >>> dateline_place("Washington", country="US")
    'WASHINGTON'
    >>> dateline_place("Springfield", country="US", state="Illinois")
    'SPRINGFIELD, Ill.'
    >>> dateline_place("Dresden", country="DE")
    'DRESDEN, Germany'
    """
    name = " ".join(city.split()).upper()
    country = (country or "").upper()
    state_code = us_state_code(state) if country in ("US", "") else None
    if country == "" and state_code:
        country = "US"
    home = STANDALONE.get(name)
    if (
        home
        and (not country or country == home[0])
        and (not state_code or not home[1] or state_code == home[1])
    ):
        return name
    if country == "US":
        if state_code:
            return f"{name}, {AP_STATES[state_code]}"
        return f"{name}, {state.strip()}" if state.strip() else name
    if state.strip() and country in ("CA", "GB"):
        # Canadian datelines name the province in full ("HALIFAX, Nova Scotia"), British ones the
        # nation ("EDINBURGH, Scotland").
        return f"{name}, {state.strip()}"
    if country:
        return f"{name}, {_AP_COUNTRY.get(country) or country_name(country, 'en')}"
    return f"{name}, {state.strip()}" if state.strip() else name


def dateline(city: str, day: date, *, country: str = "", state: str = "", wire_service: str = "") -> str:
    """`BERLIN, Sept. 5, 2025 --` or, distributed by a wire, `BERLIN, Sept. 5, 2025 /PRNewswire/ --`."""
    wire = wire_service.strip().strip("/").strip()
    head = f"{dateline_place(city, country=country, state=state)}, {ap_date(day)}"
    return f"{head} /{wire}/ --" if wire else f"{head} --"
