"""split_header / split_lines: a credit line in the byline's place ("Compiled by the readers'
editor's office", "From staff reports", "Originally published by …") is furniture, never
a headline; a headline with "by" in it stays one."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.split_header import _same_publisher
from streams.split_lines import _credit_phrase

FETCHED = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)
PARAGRAPHS = "".join(
    f"{paragraph}\n"
    for paragraph in (
        "An article about the closure of the Ashworth Road footbridge said the council had"
        " spent £4.2m on repairs since 2019. The correct figure is £420,000, as the council's"
        " own accounts show.",
        "A report on the fishing quota talks gave the name of the cabinet secretary for rural"
        " affairs as Fiona McLeod. She is Fiona MacLeod, and we apologise for the error in"
        " both editions.",
        "Our obituary of the ceramicist Ruth Okafor said she was born in Lagos in 1941. She"
        " was born in Enugu in 1939, and moved to Lagos as a child with her parents.",
    )
)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, url=None, fetched_at=FETCHED)))


def lead_of(text: str) -> ArticleDraft:
    return next(draft for draft in split(text) if draft.role == "lead")


@pytest.mark.parametrize(
    "line",
    [
        "Compiled by the readers’ editor’s office",
        "Originally published by Pie de Página",
        "Translated by Tom Halloway",
        "From staff reports",
        "With wire services",
        "Publicado originalmente por Agencia EFE",
        "Propos recueillis par Claire Martin",
    ],
)
def test_a_credit_line_is_a_credit(line: str) -> None:
    assert _credit_phrase(line)


@pytest.mark.parametrize(
    "line",
    [
        "Bridge hit by lorry",  # not a credit's participle
        "Published by Penguin, her memoir sold a million copies",  # a clause after the name
        "Edited by AI: the novel that fooled the critics",
        "Edited by AI and nobody noticed",  # no name after the credit
        "Compiled by hand",
        "Staff reports surge in complaints",
        "Produced By Students",  # (auditor D's D-1: a Title Case headline's "By")
        "Translated by AI",  # (a capitalised word is no credited name)
        "Produced by Netflix",
    ],
)
def test_a_headline_with_a_credits_words_is_none(line: str) -> None:
    assert not _credit_phrase(line)


# the mastheads and sections over the test pages' headlines
MASTHEAD = "The Morning Standard\nNews\nOpinion\nSport\n"
MASTHEAD_FR = "Le Journal du Centre\nActualité\nSport\nCulture\n"


def test_a_newsrooms_credit_under_the_headline_is_not_the_title() -> None:
    page = (
        MASTHEAD + "Corrections and clarifications\nCorrections and clarifications\n"
        "Compiled by the readers’ editor’s office\nSat 14 Mar 2026 06.00 GMT\n" + PARAGRAPHS
    )
    drafts = split(page)
    assert drafts[0].title == "Corrections and clarifications"
    assert "Compiled by" not in drafts[0].body


def test_from_staff_reports_under_a_cards_title_is_no_title() -> None:
    page = (
        "More Nation & World\n"
        "Supreme Court weighs limits on state laws regulating social media feeds\n"
        "The justices appeared divided Wednesday over whether states can bar the platforms.\n"
        "Associated Press\n2 hrs ago\n"
        "Oil settles higher as OPEC+ signals it may pause output increases\n"
        "Brent crude rose 1.8% after delegates said the group was considering a pause.\n"
        "Reuters\n3 hrs ago\n"
        "Iowa House advances property tax overhaul in late-night vote\n"
        "From staff reports\n5 hrs ago\n"
        "Sign up for our Morning Headlines newsletter\n"
    )
    titles = [draft.title for draft in split(page)]
    assert "From staff reports" not in titles
    assert "Iowa House advances property tax overhaul in late-night vote" in titles


def test_a_headline_with_by_over_the_byline_stays_the_title() -> None:
    page = (
        MASTHEAD
        + "Bridge hit by lorry closed for a month\nBy Jane Marsh\nSat 14 Mar 2026 06.00 GMT\n"
        + PARAGRAPHS
    )
    assert split(page)[0].title == "Bridge hit by lorry closed for a month"


TEXT_FR = (
    "Un violent incendie a ravagé dans la nuit de lundi à mardi un entrepôt de la zone"
    " industrielle de Bourges, mobilisant près de soixante sapeurs-pompiers.\n"
    "Le feu s'est déclaré vers 2 heures du matin dans un bâtiment de 3 000 mètres carrés qui"
    " abritait du matériel agricole. Aucun blessé n'est à déplorer.\n"
    "Une enquête a été ouverte pour déterminer l'origine du sinistre. La circulation reste"
    " perturbée sur la route de Vierzon.\n"
)
CARDS_FR = (
    "À lire aussi\nBourges : le marché de Noël attire un public record\nIl y a 3 heures\n"
    "Plus de 120 000 visiteurs ont arpenté les allées cette année, selon la mairie.\n"
)


def test_a_page_heading_over_the_headline_and_its_byline_is_no_title() -> None:
    page = (
        MASTHEAD_FR + "À la une\n"
        "Incendie à Bourges : un entrepôt détruit, pas de blessé\n"
        "Par Claire Martin\nPublié le 10/03/2026 à 07h45\n" + TEXT_FR + CARDS_FR
    )
    drafts = split(page)
    assert drafts[0].title == "Incendie à Bourges : un entrepôt détruit, pas de blessé"
    assert "À la une" not in drafts[0].body


def test_a_short_headline_over_its_standfirst_sentence_stays_the_title() -> None:
    page = (
        MASTHEAD_FR + "Incendie à Bourges\n"
        "Un entrepôt a été détruit cette nuit dans la zone industrielle, sans faire de blessé.\n"
        "Par Claire Martin\nPublié le 10/03/2026 à 07h45\n" + TEXT_FR + CARDS_FR
    )
    drafts = split(page)
    assert drafts[0].title == "Incendie à Bourges"
    assert "Un entrepôt a été détruit cette nuit" in drafts[0].body


MATCH_TEXT = (
    "Bukayo Saka struck eight minutes from time as Arsenal came from behind to beat Chelsea at"
    " the Emirates and stay two points behind the leaders.\n"
    "Cole Palmer had given the visitors the lead from the penalty spot before half-time, but"
    " Kai Havertz levelled against his former club soon after the break.\n"
    '"We showed real character," said manager Mikel Arteta. "The crowd pushed us over the'
    ' line," he told reporters after the match.\n'
)


def test_a_score_strips_kick_off_takes_no_match_reports_title_nor_stamp() -> None:
    page = (
        "Sports Daily\nFootball\nPremier League\nScores\nArsenal 2-1 Chelsea\nFT\n"
        "Liverpool v Everton\n20:00\n"
        "Arsenal 2-1 Chelsea: Saka winner keeps title race alive\nBy Tom Grant\n4 hours ago\n"
        + MATCH_TEXT
    )
    lead = lead_of(page)
    assert lead.title == "Arsenal 2-1 Chelsea: Saka winner keeps title race alive"
    assert lead.time_text == "4 hours ago"
    assert "Bukayo Saka struck" in lead.body


def test_a_stamped_headline_over_a_video_card_keeps_the_story() -> None:
    page = (
        "Network News\nPolitics\nWorld\n"
        "Senate deal to avert shutdown collapses in late-night vote\n"
        "Published 3:14 PM EST, Fri November 27, 2026\n"
        "Senators leave Capitol as shutdown talks stall\n01:47\n" + MATCH_TEXT
    )
    drafts = split(page)
    assert drafts[0].title == "Senate deal to avert shutdown collapses in late-night vote"
    assert "Bukayo Saka struck" in drafts[0].body


PORTAL_TEXT = (
    "Firefighters were battling a wildfire near Tarragona on Thursday that has burned 6,000"
    " hectares and forced thousands of people from their homes, regional authorities said.\n"
    "Strong winds and temperatures above 40 degrees fanned the flames overnight, and the fire"
    " jumped a motorway that was closed in both directions for several hours.\n"
    "Regional officials said no one had been hurt, but dozens of homes were damaged and"
    " several farms lost their harvest to the flames before dawn.\n"
)


def portal_page(over: str, byline: str) -> str:
    """A portal's story: ``over`` its headline, ``byline`` in its header's byline place."""
    return (
        f"Portal News\nNews\nWorld\nBusiness\n{over}\n"
        f"Wildfire near Tarragona forces thousands from their homes\n{byline}\n"
        "Thu, July 2, 2026 at 8:42 AM UTC\n3 min read\n" + PORTAL_TEXT
    )


@pytest.mark.parametrize(
    ("over", "byline"), [("AFP", "Agence France-Presse"), ("Agencia EFE", "EFE")]
)
def test_the_publisher_over_the_headline_is_the_source_as_printed(over: str, byline: str) -> None:
    lead = lead_of(portal_page(over, byline))
    assert lead.title == "Wildfire near Tarragona forces thousands from their homes"
    assert lead.source == over


def test_a_name_over_the_headline_that_is_no_spelling_of_the_source_leaves_it() -> None:
    lead = lead_of(portal_page("Spain", "Agence France-Presse"))
    assert lead.source == "Agence France-Presse"


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("AFP", "Agence France-Presse", True),
        ("ANSA", "Articolo di Redazione ANSA", True),
        ("EFE", "Agencia EFE", True),
        ("AP", "Agence France-Presse", False),
        ("Reuters", "Reuters", False),  # (nothing to change)
        ("The Times", "Sunday Times", False),
    ],
)
def test_two_spellings_of_one_publisher(one: str, other: str, same: bool) -> None:
    assert _same_publisher(one, other) is same


def test_a_title_case_headline_with_a_credits_words_keeps_its_lead() -> None:
    """Auditor D's D-1 (probes/D10): the headline over its byline stays the lead's title."""
    page = (
        "WKRN News 2\nLocal News\nWeather\nProduced By Students\nby Kelly Brown\n"
        "Posted: Mar 10, 2026 / 07:45 AM CDT\n" + PARAGRAPHS
    )
    drafts = split(page)
    assert drafts[0].title == "Produced By Students"
    assert "Ashworth Road footbridge" in drafts[0].body


def test_a_cards_headline_with_a_credits_words_under_a_stamp_stays_its_title() -> None:
    """Auditor D's D-2 (probes/D11): a credit-shaped line under the card above's stamp is the
    next card's headline, no byline."""
    page = (
        "More Nation & World\n"
        "Supreme Court weighs limits on state laws regulating social media feeds\n"
        "The justices appeared divided Wednesday over whether states can bar the platforms.\n"
        "Associated Press\n2 hrs ago\n"
        "Curated by the algorithm\n"
        "Streaming services now decide which films get made, and directors say so.\n"
        "Los Angeles Times\n3 hrs ago\n"
        "Iowa House advances property tax overhaul in late-night vote\n"
        "The bill now goes to the Senate, where leaders have signalled support.\n"
        "Des Moines Register\n5 hrs ago\n"
    )
    titles = [draft.title for draft in split(page)]
    assert titles[1] == "Curated by the algorithm"
    assert len(titles) == 3


def test_a_short_headline_over_an_unpunctuated_standfirst_stays_the_title() -> None:
    """Auditor D's D-4 (probes/D16): only a section heading is a kicker over the headline."""
    page = (
        "The Daily Courier\nNews\nPolitics\nBrexit deal agreed\n"
        "Ministers and EU negotiators settle the last open questions after a night of talks\n"
        "By Jane Marsh\nTue 10 Mar 2026 08.15 GMT\n" + PARAGRAPHS
    )
    assert split(page)[0].title == "Brexit deal agreed"


def test_a_clock_stamped_headline_over_a_dated_embed_keeps_the_story() -> None:
    """Auditor D's D-5 (probes/D19): no fixture over the embed, the story keeps its header."""
    page = (
        "Asia Today\nNews\nSeoul to run subway trains through the night on weekends from April\n"
        "Published 8:42 AM GMT+9\nNight subway trial run on Line 2\nMar 9, 2026\n" + PARAGRAPHS
    )
    lead = lead_of(page)
    assert lead.title == "Seoul to run subway trains through the night on weekends from April"


def test_the_card_aboves_source_under_its_summary_is_not_printed_over_the_next() -> None:
    """Auditor D's D-6 (probes/D21): "AFP" closes the card above (under its summary)."""
    page = (
        "Portal News\nNews\nWorld\nTop stories\n"
        "Wildfire near Tarragona forces thousands from their homes\n"
        "Strong winds fanned the flames overnight and the fire jumped a motorway.\nAFP\n"
        "Floods in Bavaria leave two dead as rivers burst their banks\n"
        "Agence France-Presse\n3 hours ago\n"
        "Rescue teams searched for a missing man near Passau after the Danube rose more than"
        " two metres overnight.\n"
        "Italy's parliament approves judicial reform in final vote\nANSA\n5 hours ago\n"
        "The reform separates the careers of judges and prosecutors and now goes to a vote.\n"
    )
    floods = next(d for d in split(page) if d.title.startswith("Floods in Bavaria"))
    assert floods.source == "Agence France-Presse"


def test_a_credit_shaped_headline_under_a_kicker_stays_the_title() -> None:
    """Auditor D's D-7 (probes/D25): "the Kremlin" is no newsroom, and a credit to a name
    under a shorter line (a kicker) is the headline."""
    for headline in ("Published by the Kremlin", "Translated by Ann Goldstein"):
        page = (
            "World Affairs Daily\nWorld\nEurope\nWar in Ukraine\n" + headline + "\n"
            "Sat 7 Mar 2026 06.00 GMT\n" + PARAGRAPHS
        )
        assert split(page)[0].title == headline


def test_a_court_case_headline_with_a_labelled_clock_over_a_dated_embed_keeps_the_story() -> None:
    """Auditor D's D-8 (probes/D28): "Epic v Apple" / "Published 8:42 AM EST" is a story's
    header, no score strip."""
    page = (
        "Tech Law Today\nNews\nEpic v Apple\nPublished 8:42 AM EST\n"
        "Watch: what the ruling means for app developers\nMar 9, 2026\n" + PARAGRAPHS
    )
    lead = lead_of(page)
    assert lead.title == "Epic v Apple"
