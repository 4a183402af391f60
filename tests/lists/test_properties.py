"""Properties that hold for any text, checked with hypothesis."""

from hypothesis import given, settings
from hypothesis import strategies as st

from undersigned.lists import parse_document

LINE = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80)
NAME = st.from_regex(r"[A-Z][a-z]{2,8} [A-Z][a-z]{2,10}", fullmatch=True)


@settings(max_examples=300, deadline=None)
@given(st.lists(LINE, max_size=30))
def test_parse_never_raises_on_arbitrary_text(lines):
    result = parse_document("\n".join(lines)).to_dict()
    assert set(result) == {"statement", "entries", "duplicates", "warnings", "notices"}


@settings(max_examples=200, deadline=None)
@given(st.lists(LINE, max_size=30))
def test_positions_run_from_one_to_n_and_groups_never_go_back(lines):
    entries = parse_document("\n".join(lines)).entries
    assert [e.position for e in entries] == list(range(1, len(entries) + 1))
    groups = [e.group for e in entries]
    assert groups == sorted(groups)
    assert not groups or groups[0] == 1


@settings(max_examples=100, deadline=None)
@given(st.lists(NAME, min_size=2, max_size=25), st.integers(min_value=1, max_value=500))
def test_printed_numbers_are_preserved(names, first):
    text = "Signed by:\n\n" + "\n".join(f"{first + i}. {name}" for i, name in enumerate(names))
    entries = parse_document(text).entries
    assert [e.number for e in entries] == [first + i for i in range(len(names))]


@settings(max_examples=100, deadline=None)
@given(st.lists(LINE, max_size=20))
def test_duplicate_pairs_are_ordered_positions_of_real_entries(lines):
    result = parse_document("\n".join(lines))
    for p, q in result.exact_duplicates + result.probable_duplicates:
        assert 1 <= p < q <= len(result.entries)
