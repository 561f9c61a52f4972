"""split: a story printed under a rail card's one-line summary, with its own name line and
headline over its paragraphs ("Source · 4h" / title / summary / "Author Name" / headline /
text), is the page's lead, not more of the card (audit B's s17B-B15)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)

RAIL = (
    "The Lakeside Post\nNews\nOpinion\nCulture\n"
    "AFP · 1h\n"
    "Wildfires force thousands to flee homes in southern France\n"
    "Firefighters said strong winds were fanning the flames near Marseille.\n"
    "Reuters · 3h\n"
    "Central bank holds rates steady for a fourth month\n"
    "Policymakers said inflation was easing more slowly than hoped.\n"
)
TEXT = (
    "Every week another family tells me they have given up on the high street after the "
    "third closure in a row, and every week the council promises a new plan.\n"
    "Rents have doubled since 2019 while footfall has fallen by a third, and the shops that "
    "remain are mostly betting offices and vape stores that nobody asked for.\n"
    "We could cap business rates for independent traders and turn empty units into "
    "workshops, as other towns have done with real success over the last five years.\n"
)
COLUMN = (
    "Marisol Ekwueme\n"
    "Our high streets will not be saved by another consultation exercise\n"
    "Towns that acted early show what works.\n"
)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_a_column_under_a_rail_cards_summary_is_the_lead() -> None:
    drafts = split(RAIL + COLUMN + TEXT + "Published 10 March 2026\n")
    lead = drafts[0]
    assert lead.role == "lead"
    assert lead.title == "Our high streets will not be saved by another consultation exercise"
    assert "Towns that acted early" in lead.body
    assert "We could cap business rates" in lead.body
    last_card = drafts[-1]
    assert last_card.title == "Central bank holds rates steady for a fourth month"
    assert last_card.body == "Policymakers said inflation was easing more slowly than hoped."


def test_a_crosshead_under_a_cards_summary_keeps_the_cards_reading() -> None:
    # must-stay: a short crosshead with no name over it, under the card's standfirst, is
    # the card's story going on, no headline of another
    drafts = split(RAIL + "Homes evacuated overnight\n" + TEXT)
    owner = next(d for d in drafts if "We could cap business rates" in d.body)
    assert owner.title == "Central bank holds rates steady for a fourth month"
    assert all(d.title != "Homes evacuated overnight" for d in drafts)


def test_a_long_summary_of_prose_lines_stays_the_cards() -> None:
    # must-stay: the last card's summary runs over several paragraphs, no name or headline
    # between them: the card keeps them
    drafts = split(RAIL + TEXT)
    owner = next(d for d in drafts if "We could cap business rates" in d.body)
    assert owner.title == "Central bank holds rates steady for a fourth month"
    assert "Policymakers said inflation" in owner.body


def test_stampless_source_first_cards_under_the_rail_stay_cards() -> None:
    # must-stay: under the rail, a list of stampless cards printing their publisher over
    # their headline and a summary: the first is no column, its neighbours no text of it
    cards = (
        "Associated Press\n"
        "Flooding closes main rail line between the two largest cities\n"
        "Engineers said repairs to the embankment could take up to a fortnight, and replacement "
        "buses will run every twenty minutes.\n"
        "Sky News\n"
        "Supermarket chain to cut prices on hundreds of basic items\n"
        "The company said the cuts would cost it more than forty million pounds this year, "
        "and rivals are expected to follow.\n"
        "Financial Times\n"
        "Pension funds press ministers for clearer rules on green investments\n"
        "A group of the largest funds wrote to the Treasury asking for a single standard that "
        "would let them compare companies' climate plans.\n"
    )
    drafts = split(RAIL + cards)
    titles = [d.title for d in drafts]
    assert "Flooding closes main rail line between the two largest cities" not in titles[:1]
    flood = next((d for d in drafts if d.title.startswith("Flooding closes")), None)
    assert flood is None or "Supermarket chain" not in flood.body


def test_the_cards_own_story_under_its_author_and_a_caption_stays_the_cards() -> None:
    # must-stay: under the card's standfirst, its author's name and a photo's caption (a
    # long line without a full stop) over a text whose lede restates the card's headline:
    # the card's story, no column with the caption for a headline
    story = (
        "Martin Delacroix\n"
        "Governor Elena Marsh speaking to reporters in the capital on Tuesday\n"
        "The central bank kept its main rate at 4.5 per cent on Tuesday, the fourth month in a "
        "row, saying price growth was slowing but remained well above its target.\n"
        "Governor Elena Marsh told reporters that the bank would not cut rates until it was "
        "confident that inflation would return to two per cent within a year.\n"
        "Economists had expected the decision, although two of the nine members of the "
        "rate-setting committee voted for a cut of a quarter point.\n"
    )
    drafts = split(RAIL + story)
    assert drafts[0].title == "Central bank holds rates steady for a fourth month"
    assert "Economists had expected the decision" in drafts[0].body


def test_the_sites_own_card_keeps_its_text_under_its_author_and_a_crosshead() -> None:
    # must-stay (audit A's R-2, A15): the card signed by the site itself (its masthead) is
    # the page's own story printed card-like; its author's name and a long crosshead over
    # a lede that restates nothing of its headline are its header's and text's
    page = (
        "Harbour Times\nHome\nNews\n"
        "Reuters · 20m\n"
        "Ferry services suspended as gale warning issued for the islands\n"
        "Operators said no sailings would leave before Thursday morning at the earliest.\n"
        "Harbour Times · 1h\n"
        "Harbour fish market to close after 140 years\n"
        "Traders have been given four weeks' notice to move out of the building.\n"
        "Sarah Whitlock\n"
        "What the closure means for the town and its traders\n"
        "Sellers at the quayside were told on Monday that they have four weeks to leave the "
        "hall where their families have sold since the 1880s, ending a long trade.\n"
        "Falling catches, rising fuel prices and the loss of the last two large trawlers have "
        "left the hall handling a fraction of what it did a decade ago.\n"
        "The port authority said it would consult on new uses for the building, which is "
        "listed, and would meet the sellers again next week.\n"
    )
    lead = split(page)[0]
    assert lead.title == "Harbour fish market to close after 140 years"
    assert "The port authority said" in lead.body


def test_an_agency_signed_card_whose_text_restates_its_summary_keeps_its_text() -> None:
    # must-stay (audit A's R-2 residual, A16): the page's own story printed card-like and
    # signed by an agency ("PA Media · 1h"), a bare byline and a long crosshead over a lede
    # that restates its summary ("Traders …"), not its headline: the card's story
    page = (
        "Harbour Times\nHome\nNews\nBreaking\n"
        "Reuters · 20m\n"
        "Ferry services suspended as gale warning issued for the islands\n"
        "Operators said no sailings would leave before Thursday morning at the earliest.\n"
        "PA Media · 1h\n"
        "Harbour fish market to close after 140 years\n"
        "Traders have been given four weeks' notice to move out of the building.\n"
        "Sarah Whitlock\n"
        "What the closure means for the town and its traders\n"
        "Traders at the quayside were told on Monday that they have four weeks to leave the "
        "hall where their families have sold since the 1880s, ending a long tradition.\n"
        "Falling catches, rising fuel prices and the loss of the last two large trawlers have "
        "left the hall handling a fraction of what it did a decade ago.\n"
        "The port authority said it would consult on new uses for the building, which is "
        "listed, and would meet the traders again next week.\n"
    )
    lead = split(page)[0]
    assert lead.title == "Harbour fish market to close after 140 years"
    assert "The port authority said" in lead.body


def test_the_columns_author_over_its_headline_is_no_source() -> None:
    # audit A's R-3: the bare name over the column's headline is its author, also a name
    # whose first name the gazetteer does not know
    lead = split(RAIL + COLUMN.replace("Marisol Ekwueme", "Priya Raman") + TEXT)[0]
    assert lead.title.startswith("Our high streets")
    assert lead.source is None


def test_an_outlets_name_over_the_columns_headline_stays_its_source() -> None:
    # must-stay: a publisher's name in the name's place is the story's source
    column = COLUMN.replace("Marisol Ekwueme", "Evening Herald")
    lead = split(RAIL + column + TEXT)[0]
    assert lead.title.startswith("Our high streets")
    assert lead.source == "Evening Herald"
