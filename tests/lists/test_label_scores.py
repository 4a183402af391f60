"""A piece's label scores: named features with hand-set weights, the guess marks and the margin."""

from undersigned.lists.label_scores import LABELS, SURE, WEIGHTS, PieceScore, score_piece


def test_every_feature_speaks_for_a_known_label_with_a_positive_weight():
    assert all(label in LABELS and weight > 0 for label, weight in WEIGHTS.values())


def test_a_full_name_outweighs_organisation_words_and_a_weak_name_does_not():
    full, weak = WEIGHTS["full_name_shape"][1], WEIGHTS["weak_name_shape"][1]
    words = WEIGHTS["organisation_words"][1] + WEIGHTS["organisation_prior"][1]
    assert weak < words < full


def test_evidence_from_position_outweighs_a_names_shape():
    name = WEIGHTS["full_name_shape"][1]
    for feature in ("before_dash_and_name", "title_after_representative", "role_after_name"):
        assert WEIGHTS[feature][1] > name


def test_a_name_without_evidence_is_only_a_guess():
    assert score_piece("Orlanda Vesk").kind == "person"
    assert score_piece("Tarnwick").kind in {"person?", "org?"}
    assert score_piece("Orlanda Vesk").scores["person"] >= SURE["person"]


def test_the_margin_runs_from_a_tie_to_no_contest():
    tie = PieceScore(dict.fromkeys(LABELS, 0.0), [])
    tie.add("full_name_shape")
    tie.add("title_after_representative")
    assert tie.label == "role" and tie.runner_up == "person" and 0 < tie.margin < 0.5
    clear = score_piece("", ("role_word",))
    assert clear.label == "role" and clear.margin == 1.0


def test_an_organisation_won_on_the_prior_alone_is_a_close_call():
    guess = score_piece("", ("organisation_prior",))
    assert guess.kind == "org?" and guess.margin < 0.3
