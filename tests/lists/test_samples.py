"""Every sample document parses to its expected JSON, field by field."""

import json
from pathlib import Path

import pytest

from undersigned.lists import parse_document

SAMPLES = Path(__file__).parent / "samples"
NAMES = sorted(p.name.removesuffix(".txt") for p in SAMPLES.glob("*.txt"))


def compare(name: str) -> tuple[int, int, list[str]]:
    """(fields right, fields compared, differences) for one sample."""
    expected = json.loads((SAMPLES / f"{name}.expected.json").read_text(encoding="utf-8"))
    actual = parse_document((SAMPLES / f"{name}.txt").read_text(encoding="utf-8")).to_dict()
    right, total, diffs = 0, 0, []
    if len(actual["entries"]) != len(expected["entries"]):
        diffs.append(f"{name}: {len(actual['entries'])} entries, expected {len(expected['entries'])}")
    for index, want in enumerate(expected["entries"]):
        got = actual["entries"][index] if index < len(actual["entries"]) else {}
        for key, value in want.items():
            total += 1
            if got.get(key) == value:
                right += 1
            else:
                diffs.append(f"{name} #{index + 1} {key}: got {got.get(key)!r}, expected {value!r}")
    for kind in ("exact", "probable"):
        total += 1
        if actual["duplicates"][kind] == expected["duplicates"][kind]:
            right += 1
        else:
            diffs.append(
                f"{name} {kind} duplicates: got {actual['duplicates'][kind]}, expected {expected['duplicates'][kind]}"
            )
    for key, value in expected.get("statement", {}).items():
        total += 1
        if actual["statement"][key] == value:
            right += 1
        else:
            diffs.append(f"{name} statement {key}: got {actual['statement'][key]!r}, expected {value!r}")
    return right, total, diffs


@pytest.mark.parametrize("name", NAMES)
def test_each_sample_parses_to_its_expected_fields(name):
    _right, _total, diffs = compare(name)
    assert diffs == []


def test_there_are_at_least_eight_samples():
    assert len(NAMES) >= 8


def test_the_shared_samples_are_among_them():
    assert {"grouped-organizations", "submitted-individuals"} <= set(NAMES)


if __name__ == "__main__":
    right = total = 0
    for sample in NAMES:
        r, t, d = compare(sample)
        right, total = right + r, total + t
        print(f"{sample:32} {r}/{t}" + "".join(f"\n    {x}" for x in d))
    print(f"field-level accuracy: {right}/{total} = {100 * right / total:.2f}%")
