"""A recipe's list of quantities between its paragraphs ("3 carrots, sliced" / "200g
lentils") stays in the body: most of the run's lines open with an amount and a word in
lower case, as a link list's headlines do not."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def test_ingredient_lines_between_paragraphs_stay_in_the_body() -> None:
    events = process_page(
        RawPage(
            text=(
                "Weekend Kitchen\n"
                "A lentil and carrot soup for the first frosty evening of the winter\n"
                "Cheap, filling and ready in forty minutes, this is the soup I make every week.\n"
                "Nora Fitzgerald\n"
                "Sat Nov 28 2026 - 08:00\n"
                "When the nights draw in, I want a pot of soup on the hob"
                " that will last for days.\n"
                "Red lentils break down into a thick, velvety base without any need for cream.\n"
                "Serves 6\n"
                "Ingredients\n"
                "3 carrots, sliced into rounds\n"
                "1 large onion, chopped\n"
                "200g red lentils\n"
                "2 tsp ground cumin\n"
                "1.5 litres vegetable stock\n"
                "Method\n"
                "Soften the onion and carrots in a little oil for ten minutes over a low heat.\n"
                "Add the cumin, lentils and stock, then simmer for twenty-five minutes and blend.\n"
            ),
            fetched_at=FETCHED,
        )
    )
    assert len(events) == 1
    assert "200g red lentils" in events[0].body
    assert "3 carrots, sliced into rounds" in events[0].body
