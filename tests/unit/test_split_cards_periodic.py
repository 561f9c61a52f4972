"""split: a list whose cards each print one extra line (or two) between title and source —
a "By" line, a bare author's name, a place, a section, a sub-headline — over their source
and stamp (auditor A's P-A7 / P-A9 family: A40, A92, A69, A93, A35): the first card is
kept and every source and stamp stays with its own card. A list read the other way up
(stamp / title / …), an author in the source slot and a title / byline pair with no stamp
keep their readings."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
TITLES = [
    "Congress passes budget hours before shutdown deadline",
    "Boeing names new chief executive amid safety crisis",
    "Measles cases climb to highest level in five years",
]
SOURCES = ["The Hill", "The Wall Street Journal", "NBC News"]
STAMPS = ["2 hours ago", "3 hours ago", "5 hours ago"]


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def cards(extras: list[str]) -> str:
    rows = zip(TITLES, extras, SOURCES, STAMPS, strict=True)
    return "News\nTop stories\n" + "".join("\n".join(row) + "\n" for row in rows)


def assert_phase(drafts: list[ArticleDraft]) -> None:
    assert [d.title for d in drafts] == TITLES
    assert [d.source for d in drafts] == SOURCES
    assert [d.time_text for d in drafts] == STAMPS


def test_a_byline_under_each_title_is_the_cards_furniture() -> None:
    drafts = split(cards(["By Mike Lillis", "By Andrew Tangel", "By Erika Edwards"]))
    assert_phase(drafts)
    assert not any("Lillis" in d.body for d in drafts)


def test_a_bare_author_under_each_title() -> None:
    assert_phase(split(cards(["Mike Lillis", "Andrew Tangel", "Erika Edwards"])))


def test_a_section_under_each_title() -> None:
    assert_phase(split(cards(["US Politics", "Business", "Health"])))


def test_a_place_under_each_title_in_german() -> None:
    text = (
        "Nachrichten\nRegional\n"
        "Neue Straßenbahnlinie nimmt Betrieb auf\nLeipzig\nLeipziger Volkszeitung\nvor 2 Std.\n"
        "Feuerwehr rettet Familie aus brennendem Haus\nDresden\nSächsische Zeitung\nvor 3 Std.\n"
        "Stadtrat beschließt Sanierung des Freibads\nChemnitz\nFreie Presse\nvor 5 Std.\n"
    )
    drafts = split(text)
    assert [d.title for d in drafts] == [
        "Neue Straßenbahnlinie nimmt Betrieb auf",
        "Feuerwehr rettet Familie aus brennendem Haus",
        "Stadtrat beschließt Sanierung des Freibads",
    ]
    assert [d.source for d in drafts] == [
        "Leipziger Volkszeitung", "Sächsische Zeitung", "Freie Presse",
    ]  # fmt: skip
    assert [d.time_text for d in drafts] == ["vor 2 Std.", "vor 3 Std.", "vor 5 Std."]


def test_a_source_over_a_summary_in_each_card() -> None:
    # title / publisher / summary / stamp: the summary is the card's text (auditor E's E73)
    summaries = [
        "Lawmakers approved the stopgap measure late on Friday.",
        "The planemaker turned to an outsider to lead its turnaround.",
        "Health officials urged parents to check vaccinations.",
    ]
    text = "News\nTop stories\n" + "".join(
        f"{title}\n{source}\n{summary}\n{stamp}\n"
        for title, source, summary, stamp in zip(TITLES, SOURCES, summaries, STAMPS, strict=True)
    )
    drafts = split(text)
    assert [d.title for d in drafts] == TITLES
    assert [d.time_text for d in drafts] == STAMPS
    # ("NBC News" reads as a person's name under a headline: no source, as on main)
    assert [d.source for d in drafts][:2] == SOURCES[:2]
    assert [d.body for d in drafts] == summaries


def test_must_stay_a_kicker_over_each_title_is_no_title() -> None:
    # a long kicker over each headline (auditor A's A96, E's E74): two headline-shaped lines,
    # which is the title is not the slots' to say; the kicker never becomes it
    text = (
        "Nachrichten\nTop-Meldungen\n"
        "Nach dem Anschlag in Magdeburg\nInnenministerin kündigt schärfere Sicherheitsregeln an\n"
        "Tagesschau\nvor 2 Std.\n"
        "Streit um den Haushalt 2025 in der Koalition\nLindner lehnt neue Schulden weiter ab\n"
        "Der Spiegel\nvor 3 Std.\n"
        "Krieg in der Ukraine und die Folgen\nSelenskyj bittet um mehr Flugabwehr\n"
        "Die Zeit\nvor 5 Std.\n"
    )
    titles = [d.title for d in split(text)]
    assert "Nach dem Anschlag in Magdeburg" not in titles
    assert "Lindner lehnt neue Schulden weiter ab" in titles


def test_must_stay_an_author_in_the_source_slot_is_no_source() -> None:
    text = "News\nTop stories\n" + "".join(
        f"{title}\nBy the numbers, a look at what changed this week.\n{name}\n{stamp}\n"
        for title, name, stamp in zip(
            TITLES, ["Mike Lillis", "Andrew Tangel", "Erika Edwards"], STAMPS, strict=True
        )
    )
    drafts = split(text)
    assert [d.title for d in drafts] == TITLES
    assert [d.source for d in drafts] == [None, None, None]


def test_must_stay_a_stamp_first_list_keeps_its_phase() -> None:
    # "10:24" / title / summary / chip: each stamp heads the card under it; the last card
    # under the last stamp, no card over the first (a fil info, read the other way up)
    text = "Le fil info\nToutes les dépêches\n" + "".join(
        f"{clock}\n{title}\nLe texte doit encore passer en commission mixte.\nPolitique\n"
        for clock, title in zip(
            ["10:24", "10:12", "09:58"],
            [
                "Le Sénat adopte le budget après une nuit de débats",
                "Grève SNCF : le trafic très perturbé ce week-end",
                "Tempête Ciarán : des milliers de foyers privés d'électricité",
            ],
            strict=True,
        )
    )
    drafts = split(text)
    assert [d.time_text for d in drafts] == ["10:24", "10:12", "09:58"]
    assert drafts[0].title == "Le Sénat adopte le budget après une nuit de débats"


def test_must_stay_titles_with_bylines_and_no_stamp_are_navigation() -> None:
    text = "News\nMore from our writers\n" + "".join(
        f"{title}\nBy {name}\n"
        for title, name in zip(
            TITLES, ["Mike Lillis", "Andrew Tangel", "Erika Edwards"], strict=True
        )
    )
    assert split(text) == []


def test_must_stay_a_summary_sentence_is_text_never_the_title() -> None:
    # title / summary / byline / date, three alike and no slug naming the first: a card's
    # summary sentence is its text, the headline over it its title
    text = (
        "Markets\n"
        "Pension funds pull billions from private equity as returns fade\n"
        "Large schemes are cutting allocations for the first time in a decade.\n"
        "By Helen Marsh\n28 November 2026\n"
        "Insurers brace for record claims after autumn storms\n"
        "Losses from the season's storms could exceed $12bn, early estimates say.\n"
        "By Tom Reed\n27 November 2026\n"
        "Why bond investors are betting on rate cuts\n"
        "Yields have fallen sharply since the central bank signalled a change.\n"
        "By Ana Ruiz\n27 November 2026\n"
    )
    drafts = split(text)
    assert [d.title for d in drafts] == [
        "Pension funds pull billions from private equity as returns fade",
        "Insurers brace for record claims after autumn storms",
        "Why bond investors are betting on rate cuts",
    ]
    assert drafts[0].body == "Large schemes are cutting allocations for the first time in a decade."


def test_one_publisher_read_makes_the_slot_the_publishers() -> None:
    # title / summary / publisher / stamp, one publisher not read alone ("KHOU 11"): the
    # slot is the publishers', its names every card's source (auditor E's E-P1, E76)
    sources = ["The Hill", "The Wall Street Journal", "KHOU 11"]
    text = "News\nTop stories\n" + "".join(
        f"{title}\nOfficials said more details would follow later this week.\n{source}\n{stamp}\n"
        for title, source, stamp in zip(TITLES, sources, STAMPS, strict=True)
    )
    assert [d.source for d in split(text)] == sources


def test_a_publisher_over_a_byline_in_each_card() -> None:
    # title / publisher / "By …" / stamp (auditor E's E61): the first card kept
    text = "News\nTop stories\n" + "".join(
        f"{title}\n{source}\nBy {name}\n{stamp}\n"
        for title, source, name, stamp in zip(
            TITLES, SOURCES, ["Mike Lillis", "Andrew Tangel", "Erika Edwards"], STAMPS, strict=True
        )
    )
    drafts = split(text)
    assert [d.title for d in drafts] == TITLES
    assert [d.time_text for d in drafts] == STAMPS
    # (one name of three read as a publisher: too few for the slot, the stamps' reading
    # keeps the one it reads; a byline is never a source)
    assert drafts[1].source == "The Wall Street Journal"
    assert not any(d.source and d.source.startswith("By ") for d in drafts)


def test_must_stay_initials_authors_under_two_headlines_are_no_sources() -> None:
    # kicker / title / "AJ Willingham" / stamp (auditor E's E-P3, E70): no author a source
    text = "The Valley Courier\nWorld\nLatest\n" + "".join(
        f"{kicker}\n{title}\n{name}\n{stamp}\n"
        for kicker, title, name, stamp in zip(
            [
                "Russia's war in Ukraine: the latest",
                "Conflict between Israel and Hamas",
                "The 2024 US presidential election",
            ],
            TITLES,
            ["AJ Willingham", "JD Simkins", "CJ Hughes"],
            STAMPS,
            strict=True,
        )
    )
    assert all(d.source is None for d in split(text))
