"""boilerplate: a promo line closing on a command and "now!" ("… scores, stats and much more.
Explore now!") is the site's pitch however it opens; a story's sentence with the same words
elsewhere stays."""

from streams.boilerplate import Kind, classify

PROMO = (
    "Catch every goal and every save with ScoreDesk, a one-stop destination for live scores, "
    "fixtures, league tables and much more. Explore now!"
)
STORY = "Volunteers will explore the cave system now that the flood water has drained away."


def test_a_line_closing_on_explore_now_is_a_promo() -> None:
    assert classify(PROMO) is Kind.DROP


def test_a_story_sentence_with_explore_and_now_stays() -> None:
    assert classify(STORY) is None
