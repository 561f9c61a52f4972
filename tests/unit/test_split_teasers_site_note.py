"""A news reader's note on itself under its last card ("Pressreel picks stories from
hundreds of publishers.", "Pressreel is an independent reader.") opens the page's footer:
no text of the card above it. Must stay: a publisher's own card whose summary opens with
the site's name, and such a sentence with more text under it."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 5, 2, 8, 0, tzinfo=UTC)
READER_URL = "https://pressreel.example/story/port-strike"

LEAD = (
    "Pressreel\nFor you\nFollowing\n"
    "Harbour Gazette\n2 hours ago\n"
    "Port workers walk out over night-shift pay as cargo backs up\n"
    "Dockers at the city's container terminal stopped work at dawn on Friday after talks on "
    "night-shift allowances broke down late on Thursday, leaving more than forty ships "
    "waiting offshore.\n"
    "The union said its members had been offered a rise well below inflation and that the "
    "employer had refused to discuss staffing levels on the busiest berths.\n"
    "The terminal operator said it regretted the action and remained open to talks, adding "
    "that perishable cargo would be moved to other ports where possible.\n"
    "Shipping agents warned that the backlog could take a week to clear even if the strike "
    "ended over the weekend.\n"
    "More stories\n"
    "Coastal Times\n1 hour ago\nFerry timetable cut as crews join solidarity action\n"
    "Valley Herald\n3 hours ago\nRetailers warn of empty shelves if the strike lasts a week\n"
)
SUMMARY = "Importers are already paying extra to divert containers to the northern ports."
FOOTER = "About Pressreel\nPrivacy\nTerms\n"


def split(text: str, url: str = READER_URL) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, url=url, fetched_at=FETCHED)))


def last_card(text: str, url: str = READER_URL) -> ArticleDraft:
    drafts = split(text, url)
    assert [draft.role for draft in drafts] == ["lead", "related", "related"]
    assert drafts[-1].title == "Retailers warn of empty shelves if the strike lasts a week"
    return drafts[-1]


def test_reader_note_under_summary_is_no_text_of_the_last_card() -> None:
    note = "Pressreel picks stories from hundreds of publishers. Why am I seeing this?"
    card = last_card(f"{LEAD}{SUMMARY}\n{note}\n{FOOTER}")
    assert card.body == SUMMARY


def test_reader_note_right_under_the_title_leaves_the_card_without_text() -> None:
    note = "Pressreel is an independent reader. Stories belong to their publishers."
    card = last_card(f"{LEAD}{note}\n{FOOTER}")
    assert card.body == ""


def test_publisher_card_summary_opening_with_the_site_name_stays() -> None:
    """On a publisher's own page (its cards print no other publisher) a summary that opens
    with its name is the card's text."""
    own = (
        LEAD.replace("Harbour Gazette\n", "")
        .replace("Coastal Times\n", "")
        .replace("Valley Herald\n", "")
    )
    summary = "Pressreel reporters spent a night on the quay with the pickets."
    drafts = split(f"{own}{summary}\n{FOOTER}")
    assert drafts[-1].title == "Retailers warn of empty shelves if the strike lasts a week"
    assert summary in drafts[-1].body


def test_reader_sentence_with_text_under_it_stays() -> None:
    """A sentence that opens with the reader's name but has paragraphs under it (no footer
    begins there) is kept with them."""
    text = (
        "Pressreel asked three shipping lines how long they would wait offshore.\n"
        "Two said they would divert to the northern ports within a day.\n"
        "The third said its ships would wait until the weekend before changing course.\n"
        "A fourth line declined to comment on its plans for the coming week.\n"
    )
    card = last_card(f"{LEAD}{text}{FOOTER}")
    assert card.body.startswith("Pressreel asked three shipping lines")
    assert "A fourth line declined to comment" in card.body


# Auditor A's A1 probes (T1, T1b, T1c, T2): an edition's or a section's host label ("in",
# "uk", "news", "es") is no site name; a summary opening with that word stays the card's.
EDITION_PAGE = (
    "Yahoo News India\nHome\nIndia\nWorld\nBusiness\n"
    "Press Trust of India\n2 hours ago\n"
    "RBI keeps repo rate unchanged at 6.25%\n"
    "MUMBAI: The Reserve Bank of India kept its key lending rate unchanged on Tuesday, as "
    "expected, saying inflation was still above its comfort level.\n"
    "Governor Sanjay Malhotra said the central bank would stay watchful of food prices over "
    "the summer months.\n"
    "The rupee was steady at 86.9 to the dollar after the decision.\n"
    "More stories\n"
    "Markets rise after RBI decision\nThe Hindu\n1 hour ago\n"
    "Home loan borrowers will have to wait for relief\nMint\n3 hours ago\n"
    "{summary}\n"
    "Terms of use\nPrivacy\n"
)


@pytest.mark.parametrize(
    ("url", "summary"),
    [
        (
            "https://in.news.yahoo.com/rbi-repo-rate-unchanged-123.html",
            "In a statement, the finance ministry said the decision was in line with its "
            "growth forecast of 6.8% for the year.",
        ),
        (
            "https://uk.news.yahoo.com/rbi-123.html",
            "UK lenders said the decision would have little effect on mortgage rates for "
            "British buyers.",
        ),
        (
            "https://news.google.com/articles/abc123",
            "News of the decision lifted bank shares, with HDFC Bank and ICICI Bank both "
            "rising more than 2%.",
        ),
        (
            "https://es.noticias.yahoo.com/rbi-123.html",
            "Es la primera vez en cinco años que el banco central mantiene los tipos en abril.",
        ),
    ],
)
def test_summary_opening_with_an_edition_label_of_the_host_stays(url: str, summary: str) -> None:
    drafts = split(EDITION_PAGE.format(summary=summary), url)
    assert drafts[-1].title == "Home loan borrowers will have to wait for relief"
    assert drafts[-1].body == summary


def test_summary_opening_with_the_brand_of_a_story_about_it_stays() -> None:
    """A reader's stories about the company that runs it ("Pressreel" in a card's title):
    a summary opening with its name is news, no note on the site."""
    page = LEAD.replace(
        "Retailers warn of empty shelves if the strike lasts a week",
        "Pressreel owner fined over ad tracking",
    )
    summary = "Pressreel said it would appeal against the regulator's decision."
    drafts = split(f"{page}{summary}\n{FOOTER}")
    assert drafts[-1].title == "Pressreel owner fined over ad tracking"
    assert drafts[-1].body == summary


def test_summary_about_the_readers_owner_stays() -> None:
    """Auditor A's A1b probe (T1d): on news.google.com a card about Google keeps its
    summary opening with "Google"."""
    summary = (
        "Google said it would appeal the ruling, which it called a blow to Indian consumers "
        "and small businesses."
    )
    page = EDITION_PAGE.format(summary=summary).replace(
        "Home loan borrowers will have to wait for relief",
        "CCI fines Google Rs 1,337 crore over Android",
    )
    drafts = split(page, "https://news.google.com/articles/CBMiX2h0dHBz")
    assert drafts[-1].title == "CCI fines Google Rs 1,337 crore over Android"
    assert drafts[-1].body == summary


# Auditor A's A1c / A1d / A1b residual (probes T6, T8b, T1e): the brand is a word of time
# ("heute.at": "Heute …"), the sentence has text under it, or it reports speech.
HEUTE_RAIL = (
    "Heute Online\nÖsterreich\nWelt\nWirtschaft\nMeistgelesen\n"
    "Gewerkschaft droht mit Streik im Handel\nReuters\nvor 3 Stunden\n"
    "Wiener Linien erhöhen Preise für Einzelfahrscheine\nAPA\nvor 4 Stunden\n"
)
HEUTE_LEDE = (
    "Heute hat der Nationalrat mit den Stimmen der Koalition das Budget für 2027 "
    "beschlossen, nach einer zweitägigen Debatte, die bis in die Nacht dauerte."
)
HEUTE_MORE = (
    "Das Defizit soll auf 3,1 Prozent der Wirtschaftsleistung sinken, vor allem durch "
    "Einsparungen bei Förderungen und in der Verwaltung."
)


def test_lead_printed_last_keeps_its_lede_opening_with_a_time_word_brand() -> None:
    """A1d (T8b): on heute.at, the lead under a rail opens "Heute hat …": its text."""
    text = (
        f"{HEUTE_RAIL}Nationalrat beschließt Budget für 2027\nAPA\nvor 2 Stunden\n"
        f"{HEUTE_LEDE}\n{HEUTE_MORE}\nImpressum\nDatenschutz\n"
    )
    drafts = split(text, "https://www.heute.at/s/nationalrat-beschliesst-budget-120345")
    story = next(d for d in drafts if d.title == "Nationalrat beschließt Budget für 2027")
    assert story.role == "lead"
    assert HEUTE_LEDE in story.body and HEUTE_MORE in story.body


def test_last_card_summary_opening_with_a_time_word_brand_stays() -> None:
    """A1c (T6): "Heute beginnt …" under heute.at's last agency card is its summary."""
    summary = (
        "Heute beginnt der Verkauf der neuen Jahreskarten, die Jahreskarte bleibt bei 365 Euro."
    )
    text = (
        "Heute Online\nÖsterreich\nWelt\nAPA\nvor 2 Stunden\n"
        "Regierung einigt sich auf Budget für 2027\n"
        "Die Koalition hat sich in der Nacht auf Dienstag auf die Eckpunkte des Budgets für "
        "2027 geeinigt, wie Finanzminister Markus Berger am Vormittag bekanntgab.\n"
        f"{HEUTE_MORE}\n"
        "Die Opposition kritisierte, dass Pensionisten und Familien die Hauptlast tragen würden.\n"
        "Weitere Meldungen\n"
        "Gewerkschaft droht mit Streik im Handel\nReuters\nvor 3 Stunden\n"
        "Wiener Linien erhöhen Preise für Einzelfahrscheine\nAPA\nvor 4 Stunden\n"
        f"{summary}\nImpressum\nDatenschutz\n"
    )
    drafts = split(text, "https://www.heute.at/s/regierung-einigt-sich-auf-budget-120345")
    assert drafts[-1].title == "Wiener Linien erhöhen Preise für Einzelfahrscheine"
    assert drafts[-1].body == summary


def test_reader_sentence_with_one_paragraph_under_it_stays() -> None:
    """A1d: a sentence opening with the reader's name and one paragraph under it (the lead
    printed as the last card) is text: a site's note is the last sentence over the footer."""
    first = "Pressreel asked three shipping lines how long they would wait offshore."
    second = "Two said they would divert to the northern ports within a day if talks failed."
    card = last_card(f"{LEAD}{first}\n{second}\n{FOOTER}")
    assert first in card.body and second in card.body


def test_last_card_summary_reporting_the_brand_company_stays() -> None:
    """A1b residual (T1e): "Google said it would appeal …" on news.google.com, under a title
    that does not name Google, reports speech: the card's summary, not the reader's note."""
    summary = (
        "Google said it would appeal the ruling, which it called a blow to Indian consumers "
        "and small businesses."
    )
    text = (
        "Yahoo News India\nHome\nIndia\nWorld\nBusiness\nPress Trust of India\n2 hours ago\n"
        "RBI keeps repo rate unchanged at 6.25%\n"
        "MUMBAI: The Reserve Bank of India kept its key lending rate unchanged on Tuesday, as "
        "expected, saying inflation was still above its comfort level.\n"
        "Governor Sanjay Malhotra said the central bank would stay watchful of food prices "
        "over the summer months.\n"
        "The rupee was steady at 86.9 to the dollar after the decision.\n"
        "More stories\nMarkets rise after RBI decision\nThe Hindu\n1 hour ago\n"
        "Competition watchdog fines tech giant Rs 1,337 crore\nMint\n3 hours ago\n"
        f"{summary}\nTerms of use\nPrivacy\n"
    )
    drafts = split(text, "https://news.google.com/articles/CBMiX2h0dHBz")
    assert drafts[-1].title == "Competition watchdog fines tech giant Rs 1,337 crore"
    assert drafts[-1].body == summary
