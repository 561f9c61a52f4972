"""A cricket ball's over and ball ("42.6") is a live entry's stamp only over that ball's
commentary ("Bowler to Batter, result"); a lone number of that shape over other text ("4.5",
a review's score or a quake's magnitude) is no stamp."""

from streams.split_body import is_match_minute


def test_an_over_and_ball_over_its_commentary_is_a_stamp() -> None:
    lines = [
        "42.6",
        "Starc to Pant, FOUR, driven through cover",
        "42.5",
        "",
        "Starc to Pant, 1 run",
    ]
    assert is_match_minute(lines, 0)
    assert is_match_minute(lines, 2)


def test_a_lone_number_over_other_text_is_no_stamp() -> None:
    assert not is_match_minute(["4.5", "Critics called the sequel a triumph of pacing."], 0)
    assert not is_match_minute(["Magnitude", "4.5", "The quake struck off the coast at dawn."], 1)
    assert not is_match_minute(["4.5"], 0)


def test_a_match_minute_needs_no_commentary() -> None:
    assert is_match_minute(["67'", "Goal!"], 0)
