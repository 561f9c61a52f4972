"""split: a list of the text set between its paragraphs, most of its lines an amount and a
thing ("2 leeks, sliced" / "1 tsp smoked paprika"), under its headings ("Serves 6" /
"Ingredients" / "Method"), stays in the body: no link list prints such lines."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

PAGE = (
    "Food\nRecipes\n"
    "A leek and potato soup for the first frost of the winter\n"
    "Nothing fancy, just the soup my grandmother made every November with what was left\n"
    "By Tom Keane\n"
    "30 November 2026\n"
    "This soup is the first thing I make when the weather turns, and it freezes well, so "
    "double the quantities if you have a big enough pot.\n"
    "Use floury potatoes: they break down and thicken the soup without any cream at all.\n"
    "Serves 6\n"
    "Ingredients\n"
    "3 leeks, sliced\n"
    "4 floury potatoes, peeled and diced\n"
    "1 tsp smoked paprika\n"
    "1.5 litres chicken stock\n"
    "2 bay leaves\n"
    "50g butter\n"
    "Chives, to serve\n"
    "Method\n"
    "1. Soften the leeks in a little butter over a low heat for 10 minutes, stirring often.\n"
    "2. Add the potatoes and stock, simmer for 20 minutes, then blend until smooth.\n"
)


def test_an_ingredient_list_between_paragraphs_stays_in_the_body() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert "3 leeks, sliced" in drafts[0].body
    assert "1 tsp smoked paprika" in drafts[0].body
    assert "blend until smooth" in drafts[0].body
