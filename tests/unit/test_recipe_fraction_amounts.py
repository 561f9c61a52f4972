"""split_body._AMOUNT: a recipe's ingredients that open on a fraction ("1/2 cup …", "1 1/2
cups …") are amounts with their things, so the ingredient list stays the recipe's text."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles
from streams.split_body import _amount_phrase

FETCHED = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)


def test_fractions_open_amounts() -> None:
    assert _amount_phrase("1/2 cup (1 stick) unsalted butter, plus 1 tablespoon for the pan")
    assert _amount_phrase("1 1/2 cups fine or medium-grind yellow cornmeal")
    assert not _amount_phrase("1/2 Price Sale On Now")


PAGE = """\
Recipes
Skillet Cornbread With Brown Butter
By Ann Carter
Published on December 1, 2026
Cornbread is a regional food in the United States, and there is no shortage of opinions about \
how it should be made. This one is lightly sweet, with a crisp crust.
The real secret is the skillet: heat it in the oven until it is smoking hot, then pour in \
the batter.
Ingredients
1/2 cup (1 stick) unsalted butter, plus 1 tablespoon for the skillet
1 1/2 cups fine or medium-grind yellow cornmeal
1 1/4 teaspoons kosher salt
1/2 teaspoon baking soda
1 cup whole buttermilk
Directions
Heat the oven to 425°F with the skillet inside. Melt the butter until it smells nutty, then let it \
cool for five minutes before you whisk it into the batter.
Bake until golden, about 20 minutes, and let it rest in the skillet before serving.
"""


def test_an_ingredient_list_of_fractions_stays_in_the_recipe() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    body = drafts[0].body
    assert "1 1/2 cups fine or medium-grind yellow cornmeal" in body
    assert "1/2 teaspoon baking soda" in body
