"""Time `parse_document` on a generated 10,000-line list of mixed shapes.

    python bench/parse_bench.py [LINES]

Target: under one second for 10,000 lines.
"""

from __future__ import annotations

import random
import sys
import time

from undersigned.lists import gazetteer, parse_document

FIRST = [
    "Maya",
    "Daniel",
    "Lucia",
    "Thomas",
    "Arjun",
    "Hannah",
    "Samuel",
    "Grace",
    "Robert",
    "Klara",
    "Jean",
    "Anna",
    "Sokha",
    "Priya",
    "Jonah",
    "Carmen",
    "Owen",
    "Helen",
    "Laura",
    "Erik",
]
LAST = [
    "Okafor",
    "Brennan",
    "Ferreira",
    "Whitfield",
    "Mehta",
    "Kowalski",
    "Osei",
    "Liu",
    "Jenkins",
    "Vogt",
    "Dubois",
    "Berg",
    "Chan",
    "Natarajan",
    "Feld",
    "Alvarez",
    "Mbeki",
    "Kim",
    "Lindqvist",
]
ORG_HEAD = ["Friends of the", "Federation of", "Council of", "Alliance for", "Network of", "Union of"]
ORG_TAIL = ["Wetlands", "River", "Library", "Readers", "Farmers", "Nurses", "Fishers", "Tenants", "Youth"]
ORG_KIND = ["Society", "Network", "Union", "Coalition", "Association", "Trust", "Club", "Project"]
PLACES = ["Chicago, IL", "Evanston, IL", "Berlin, Germany", "Nairobi, Kenya", "Washington DC", "Ely, MN"]
COUNTRIES = ["Germany", "France", "Kenya", "Bangladesh", "Portugal", "Italy"]
HONORIFICS = ["", "", "", "Dr. ", "Prof. ", "Rev.", "Ms. "]


def line(rng: random.Random, n: int) -> str:
    person = f"{rng.choice(HONORIFICS)}{rng.choice(FIRST)} {rng.choice(LAST)}"
    org = f"{rng.choice(ORG_HEAD)} {rng.choice(ORG_TAIL)} {rng.choice(ORG_KIND)} {n % 997}"
    shape = rng.randrange(7)
    if shape == 0:
        return f"{n}. {org} in {rng.choice(COUNTRIES)}"
    if shape == 1:
        return f"{n}. {org} – {person}, Executive Director"
    if shape == 2:
        return f"{n}. {person}, {org}, {rng.choice(PLACES)}"
    if shape == 3:
        return f"{n}. Chair of the {org}"
    if shape == 4:
        return f"{n}. {person}. {org}. {rng.choice(PLACES)}"
    if shape == 5:
        return f"{n}. {org}, LLC"
    return f"{n}. {person}, a Ph.D. student in History at {org}"


def document(lines: int, seed: int = 4) -> str:
    rng = random.Random(seed)
    out = [
        "JOINT STATEMENT",
        "",
        "We, the undersigned, ask for a thing that matters a great deal to all of us.",
        "",
        "Signed by:",
        "",
    ]
    n = 0
    while n < lines:
        out.append(rng.choice(COUNTRIES))
        for _ in range(min(rng.randrange(5, 40), lines - n)):
            n += 1
            out.append(line(rng, n))
        out.append("")
    return "\n".join(out)


def main() -> None:
    lines = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    text = document(lines)
    parse_document(text[:2000])  # warm the country tables and regexes
    gazetteer.is_city("Rotterdam")  # and the city table, loaded once per process
    start, cpu = time.perf_counter(), time.process_time()
    result = parse_document(text)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    count = len(result.entries)
    # CPU time too: on a shared machine the wall clock also counts other people's work.
    print(
        f"{count} entries from {len(text.splitlines())} lines in {elapsed:.3f} s "
        f"({cpu:.3f} s CPU; {count / elapsed:,.0f} entries/s); {len(result.exact_duplicates)} exact and "
        f"{len(result.probable_duplicates)} probable duplicate pairs"
    )


if __name__ == "__main__":
    main()
