"""split: an author box's note under the author's name over a newsroom role ("Harriet Cole"
/ "Consumer Affairs Correspondent" / "Harriet writes about …"), over the text or after it,
is no text of the article; a quoted expert's box and the text naming the author stay."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 5, 27, 12, 0, tzinfo=UTC)

TITLE = "Energy price cap to fall 6% in July as wholesale gas prices ease"
DECK = "Typical dual-fuel household will save around £102 a year, but standing charges rise again"
TEXT = (
    "Household energy bills in Britain will fall by about 6 per cent from July after the "
    "regulator lowered its price cap on Wednesday, the first cut in more than a year.\n"
    "A typical household paying by direct debit for gas and electricity will pay £1,600 a "
    "year, down from £1,702, the regulator said in its quarterly update.\n"
    "Wholesale gas prices have fallen by nearly a fifth since February, when mild weather "
    "across Europe left storage sites fuller than expected for the time of year.\n"
)
NOTE = (
    "Harriet writes about energy bills, banking and household finances. She joined the "
    "paper in 2019 from a consumer magazine."
)


def lead(text: str) -> ArticleDraft:
    drafts = split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))
    return next(draft for draft in drafts if draft.role == "lead")


def test_an_author_box_note_over_the_text_leaves_the_body() -> None:
    page = (
        f"{TITLE}\n{DECK}\nHarriet Cole\nConsumer Affairs Correspondent\n{NOTE}\n"
        f"Wednesday 27 May 2026 07:00 BST\n{TEXT}"
    )
    body = lead(page).body
    assert "Harriet writes about" not in body
    assert "Household energy bills in Britain" in body
    assert "Wholesale gas prices have fallen" in body


def test_an_author_box_note_after_the_text_leaves_the_body() -> None:
    note = (
        "Rhys has been reviewing laptops and PCs since 2013. Before joining the site he was "
        "a staff writer at a computing magazine."
    )
    page = (
        f"{TITLE}\nBy Harriet Cole\nWednesday 27 May 2026 07:00 BST\n{TEXT}"
        f"Rhys Calder\nSenior Computing Editor\n{note}\n"
    )
    body = lead(page).body
    assert "Rhys has been reviewing" not in body
    assert "Wholesale gas prices have fallen" in body


def test_must_stay_the_text_under_a_quoted_experts_box() -> None:
    # an expert's name over her role, then the text naming her: a pull quote's box, not an
    # author's (no newsroom role)
    said = "Smith said the fall would do little for households already behind on their bills."
    page = (
        f"{TITLE}\nBy Harriet Cole\nWednesday 27 May 2026 07:00 BST\n{TEXT}"
        f"Jane Smith\nSenior economist, Northbank\n{said}\n"
        "Charities said arrears had reached a record level in the first quarter of the year.\n"
    )
    assert said in lead(page).body


def test_must_stay_a_quoted_sentence_opening_with_the_authors_name() -> None:
    said = '"Harriet was right about the cap," the regulator\'s spokesman said on Wednesday.'
    page = (
        f"{TITLE}\n{DECK}\nHarriet Cole\nConsumer Affairs Correspondent\n"
        f"Wednesday 27 May 2026 07:00 BST\n{said}\n{TEXT}"
    )
    assert said in lead(page).body


def test_must_stay_the_texts_first_paragraph_opening_with_a_word_of_the_bylines_name() -> None:
    # auditor C's C-4 (probes s17C-L12, L14): the name's first or last word is also a
    # sentence's first word; the text's first paragraph is under the box, no stamp under it
    # ("Little is known …" under "Alan Little", L13, goes on main already: ``_is_bio`` reads
    # the byline's surname and "is")
    for box, first in (
        (
            "Will Grant\nMexico and Central America correspondent",
            "Will the opposition accept the result? On Monday morning, its candidate said "
            "she would.",
        ),
        (
            "Anna Wolf\nRedakteurin",
            "Wolf reißt erneut Schafe: Im Landkreis haben Schäfer am Wochenende drei tote "
            "Tiere gefunden.",
        ),
        (
            "Will Grant\nMexico and Central America correspondent",
            "Will is the name the villagers gave the river after the flood of the last winter.",
        ),
    ):
        page = f"{TITLE}\nWednesday 27 May 2026 07:00 BST\n{box}\n{first}\n{TEXT}"
        assert first in lead(page).body, first


JAILED = (
    "Russia frees US reporter in prisoner exchange\n"
    "By Mark Doyle\n"
    "28 November 2026\n"
    "Russia has released an American journalist held for 14 months on espionage charges, in "
    "a prisoner exchange agreed in Ankara, the White House said on Friday.\n"
    "The exchange involved eight people held in Russia and the United States and was "
    "brokered by Turkish intelligence.\n"
    "{quote}"
    "Daniel Reyes\n"
    "{role}\n"
    "Reyes was arrested in Yekaterinburg in September last year while reporting on the arms "
    "industry.\n"
    "His newspaper and the US government have always rejected the charges against him as "
    "false.\n"
    "He was sentenced to 16 years in a high-security prison colony in July after a closed "
    "trial.\n"
    "Reyes landed at Andrews Air Force Base late on Friday, where he was greeted by his "
    "mother and sister.\n"
)


def test_the_text_goes_on_under_a_journalists_name_and_role_inside_it() -> None:
    # auditor C's P-1 (probes s17C-L16, L17, L18): a story about a journalist, a pull quote's
    # or a photo's name and newsroom role inside the text; the short paragraphs under it are
    # the text, no author box's note
    for quote, role in (
        ("“I never stopped believing I would be home for Thanksgiving.”\n", "Moscow correspondent"),
        ("", "Moscow correspondent"),
        (
            "“I never stopped believing I would be home for Thanksgiving.”\n",
            "Wall Street Journal reporter",
        ),
    ):
        body = lead(JAILED.format(quote=quote, role=role)).body
        assert "Reyes was arrested in Yekaterinburg" in body
        assert "He was sentenced to 16 years" in body
        assert "Reyes landed at Andrews Air Force Base" in body


def test_must_stay_out_the_next_story_under_its_byline_and_role() -> None:
    # auditor C's C-6 (probe s17C-L28): an endless page's next story under the lead, its
    # byline a "By" line over a newsroom role and short paragraphs: not the lead's text
    page = (
        "Council approves new cycle lanes on Harbour Road\n"
        "By Priya Raman\n"
        "28 November 2026\n"
        "Councillors approved plans for protected cycle lanes on Harbour Road on Thursday "
        "night by nine votes to four.\n"
        "Work is due to start in March and take six months.\n"
        "Traders said they feared the loss of 40 parking spaces would hurt their businesses.\n"
        "Library opening hours cut as budget pressures bite\n"
        "By Tom Hadley\n"
        "Local democracy reporter\n"
        "Three branch libraries will close on Mondays from January.\n"
        "The council said the change would save £120,000 a year.\n"
        "Campaigners said they would fight the cuts.\n"
        "A public meeting is planned for December 9.\n"
    )
    body = lead(page).body
    assert "Traders said they feared" in body
    assert "Three branch libraries" not in body


def test_must_stay_out_an_author_box_vita_of_several_lines() -> None:
    # auditor C's C-6 (probe s17C-L27): the box's note names the author in full; the vita's
    # lines under it are the box's, not the text going on
    page = (
        "Landtag beschließt neues Schulgesetz\n"
        "Von Jana Berger\n"
        "28. November 2026\n"
        "Der Landtag hat am Donnerstag mit knapper Mehrheit ein neues Schulgesetz "
        "beschlossen, das kleinere Klassen in den Grundschulen vorsieht.\n"
        "Die Opposition kündigte an, vor dem Verfassungsgericht gegen das Gesetz zu klagen.\n"
        "Jana Berger\n"
        "Redakteurin\n"
        "Jana Berger ist Redakteurin im Ressort Landespolitik.\n"
        "Sie hat in Leipzig Politikwissenschaft studiert.\n"
        "Zuvor arbeitete sie beim Mitteldeutschen Rundfunk.\n"
        "Mehr zum Thema\n"
    )
    body = lead(page).body
    assert "Die Opposition kündigte an" in body
    assert "Zuvor arbeitete sie" not in body
    assert "Sie hat in Leipzig" not in body
