"""split_body: after the lead's text and a card or two of a list, the next story printed in
full under its own kicker, headline and date (endless scroll) keeps its paragraphs; none of
them joins the lead (auditor A's M-1, R-5). A box whose every card prints a kicker, with the
text resuming under it, and a correspondent's box inside a story stay the lead's."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)

LEAD = (
    "Riverside Post\nNews\nSport\n"
    "Library opening hours cut as council seeks savings\n10 March 2026\n"
    "Branch libraries across the borough will open on four days a week instead of six from "
    "May, under plans approved by the council's cabinet on Monday night.\n"
    "The council said the change would save £600,000 a year and that no library would close, "
    "but campaigners said shorter hours would hit children and older readers hardest.\n"
    "A petition against the cuts has gathered more than 4,000 signatures in a fortnight.\n"
)
PARK = "Park run returns to the riverside after flood repairs\n9 March 2026\n"
RUGBY = "Town's rugby club promoted after final-day win\n8 March 2026\n"
NEXT = (
    "The high street needs more than a bakery to survive\n10 March 2026\n"
    "Every few months a new shop opening on the high street is greeted as a sign that the "
    "tide has turned, and every few months another unit falls empty a few doors down.\n"
    "The truth is that the town centre's problems are about parking, business rates and "
    "rents set by landlords who live nowhere near it, and goodwill solves none of those.\n"
    "If the council wants shops to stay, it has to use the powers it already has over its "
    "own buildings and charge less for the car parks it owns.\n"
)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


@pytest.mark.parametrize(
    "cards",
    [
        PARK + "Opinion\n",  # (audit A's A05: one card, then a section kicker)
        PARK + "Sport\n" + RUGBY + "Opinion\n",  # (A06: two cards, kickers from the second)
        PARK + "Our view\n" + RUGBY + "Our view\n",  # (A21: a kicker no section name)
        PARK + "Label\n" + RUGBY + "Label\n",
    ],
    ids=["section-kicker", "two-cards", "our-view", "label"],
)
def test_the_next_story_under_its_own_kicker_keeps_its_paragraphs(cards: str) -> None:
    drafts = split(LEAD + cards + NEXT)
    lead, last = drafts[0], drafts[-1]
    assert lead.title == "Library opening hours cut as council seeks savings"
    assert "Every few months" not in lead.body
    assert "charge less for the car parks" not in lead.body
    assert last.title == "The high street needs more than a bakery to survive"
    assert "Every few months a new shop opening" in last.body


@pytest.mark.parametrize("label", ["Related\n", "Read next\n", ""], ids=["related", "next", "none"])
@pytest.mark.parametrize("chip", ["Analysis", "Our view"])
def test_the_text_resuming_under_a_box_with_one_chip_stays_the_leads(chip: str, label: str) -> None:
    """Must stay (auditor D's D-4, D14 and its label variants; audit A's A25, A26): a box
    whose second card prints a chip, the first none, and the lead's text going on under it,
    which does not restate the chipped card's headline."""
    resumed = (
        "Opening hours at the central library will not change, the council said.\n"
        "Campaigners plan to hand the petition to the mayor at next month's full council "
        "meeting, and have asked to address councillors before the vote on the budget.\n"
        "The cabinet will review the decision in a year, when figures on visitor numbers at "
        "each branch are due to be published by the council's libraries service.\n"
    )
    drafts = split(LEAD + label + PARK + chip + "\n" + RUGBY + resumed + "Share\n")
    assert "Campaigners plan to hand the petition" in drafts[0].body
    assert "The cabinet will review the decision" in drafts[0].body
    assert all("Campaigners" not in draft.body for draft in drafts[1:])


def test_the_text_resuming_under_a_box_of_kickered_cards_stays_the_leads() -> None:
    """Must stay: every card of the box prints its kicker, the first as well ("Mehr zum
    Thema" / kicker / title / date, twice), and the text goes on under it: the lead's, though
    its first line under the box uses a word of the last card's headline."""
    text = (
        "Offenburg\nParken in der Innenstadt wird ab Mai deutlich teurer\n"
        "Von Miriam Lenz\n05.03.2026, 11:40 Uhr\n"
        "Wer in der Offenburger Innenstadt parkt, muss ab dem 1. Mai tiefer in die Tasche "
        "greifen. Der Gemeinderat hat am Mittwochabend eine neue Gebührenordnung beschlossen.\n"
        "Oberbürgermeister Marco Steffens verteidigte die Erhöhung als überfällig. Die "
        "Gebühren seien seit 2019 nicht mehr angepasst worden, sagte Steffens.\n"
        "Mehr zum Thema\nInnenstadt\nNeues Parkhaus am Bahnhof soll 2027 öffnen\n28.02.2026\n"
        "Verkehr\nAnwohnerparken: Stadt prüft höhere Gebühren\n12.01.2026\n"
        "Nach Berechnungen der Verwaltung bringt die neue Gebührenordnung jährlich rund "
        "640.000 Euro zusätzlich ein. Das Geld soll zum Teil in den Stadtbus fließen.\n"
        "Kritik kam vor allem aus den Reihen von CDU und Freien Wählern. Der Einzelhandel "
        "in der Innenstadt kämpfe ohnehin mit sinkenden Besucherzahlen, sagte Thomas Ruf.\n"
        "Die Grünen hätten sich dagegen eine stärkere Erhöhung gewünscht. Entscheidend sei, "
        "dass das Geld tatsächlich in Bus und Radverkehr ankomme.\n"
    )
    drafts = split(text)
    assert drafts[0].title == "Parken in der Innenstadt wird ab Mai deutlich teurer"
    for snippet in ("Nach Berechnungen der Verwaltung", "Kritik kam", "Die Grünen hätten"):
        assert snippet in drafts[0].body
    assert [draft.title for draft in drafts[1:]] == [
        "Neues Parkhaus am Bahnhof soll 2027 öffnen",
        "Anwohnerparken: Stadt prüft höhere Gebühren",
    ]
    assert all("Verwaltung" not in draft.body for draft in drafts[1:])


def test_a_correspondents_box_inside_the_story_stays_the_leads() -> None:
    """Must stay (audit A's A17): a long crosshead / name / "… correspondent" / analysis in
    the correspondent's voice, then the story's closing paragraphs."""
    text = (
        "BBC News\nHome\nNews\nBusiness\n"
        "Supreme Court rules landlords must give renters six months' notice\n"
        "Sarah Lennon\nBusiness reporter\n10 March 2026\n"
        "Landlords in England must give tenants at least six months' notice before ending a "
        "tenancy without a reason, the Supreme Court has ruled.\n"
        "The case was brought by a tenant in Bristol who was given two months to leave her "
        "flat after asking for repairs to be carried out.\n"
        "What the ruling means for millions of renters in England\n"
        "Kevin Peachey\nCost of living correspondent\n"
        "For tenants, this is a significant change. Many have lived with the fear that "
        "complaining about damp could lead to an eviction notice weeks later.\n"
        "Landlords' groups will argue that a longer notice period makes it harder to deal "
        "with problem tenants, and some may decide to sell up rather than wait.\n"
        "The housing minister said the government welcomed the ruling and would set out its "
        "response next week.\n"
    )
    drafts = split(text)
    assert len(drafts) == 1
    for snippet in ("For tenants, this is", "Landlords' groups", "The housing minister"):
        assert snippet in drafts[0].body


BORDER_LEAD = (
    "Riverside Post\nNews\nPolitics\n"
    "Home Office drafts plan to extend border checks for another six months\n10 March 2026\n"
    "The Home Office has drafted plans to extend temporary checks at several ports for "
    "another six months, according to documents seen by this newspaper.\n"
    "Officials said the checks had led to more than 2,000 arrests since they were "
    "introduced last autumn, although critics argue the figures include many minor offences.\n"
)
BORDER_RESUMED = (
    "Labour said it would oppose the plan unless the government published the full cost of "
    "the checks, which it estimates at £40m a year.\n"
    "Port operators said they had not been consulted and warned of long queues for lorries "
    "during the summer.\n"
    "Share\n"
)


@pytest.mark.parametrize("label", ["", "Read next\n"], ids=["none", "read-next"])
@pytest.mark.parametrize(
    ("card_date", "first_line"),
    [
        # auditor D's D-4 (D14e): the card two days older, the line echoing both headlines
        ("8 March 2026", "The minister is expected to announce the extension of the border"),
        # the card of the lead's day, the line echoing the lead's headline more than the card's
        ("10 March 2026", "The minister is expected to announce the extension of the border"),
        # the card two days older, the line echoing the card's headline alone
        ("8 March 2026", "The minister is expected to say the checks may never end at the"),
    ],
    ids=["older-echoes-both", "same-day-echoes-lead-more", "older-echoes-card"],
)
def test_the_text_resuming_under_a_box_on_the_leads_topic_stays_the_leads(
    label: str, card_date: str, first_line: str
) -> None:
    """Must stay (auditor D's D-4 residual): a related box inside the story, a chip over one
    card, the lead's text going on under it in the words of the box's topic."""
    box = (
        "Ports warn of delays as Easter traffic builds\n9 March 2026\n"
        f"Analysis\nWhy the border checks may never end\n{card_date}\n"
    )
    resumed = f"{first_line} checks in the Commons next week, and a vote could follow soon.\n"
    drafts = split(BORDER_LEAD + label + box + resumed + BORDER_RESUMED)
    assert drafts[0].title.startswith("Home Office drafts plan")
    for snippet in ("The minister is expected", "Labour said it would oppose", "Port operators"):
        assert snippet in drafts[0].body
    assert all("Labour said" not in draft.body for draft in drafts[1:])
