"""split: a rail of title / source / stamp cards over a story whose header prints no stamp
(headline / author's name or "By …" / paragraphs): the story is the page's lead, not lost
under the rail's last card (audit B's P-2, s18B-B38–B40)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)

RAIL = (
    "The Valley Post\nNews\nTrending now\n"
    "Storm knocks out power to 200,000 in Texas\nAssociated Press\n2 hours ago\n"
    "Fed official signals rate cut is possible in June\nReuters\n3 hours ago\n"
    "Chile's president names new finance minister\nBloomberg\n4 hours ago\n"
)
HEADLINE = "School board approves four-day week for rural districts"
TEXT = (
    "The Valley County school board voted 5-2 on Tuesday night to move its six rural schools "
    "to a four-day week from August, a change supporters say will help recruit teachers.\n"
    "Superintendent Ellen Park said the district had struggled to fill 14 teaching positions "
    "this year and that neighbouring districts on four-day schedules had no such shortage.\n"
    "Parents who spoke at the meeting were divided. Several said the change would leave them "
    "without childcare on Fridays.\n"
    "The board will review the schedule after one year.\n"
)
RAIL_DE = (
    "Lokalzeitung Oberland\nMeistgelesen\n"
    "Bahnstreik legt Nahverkehr in München lahm\ndpa\nvor 1 Std.\n"
    "Inflation sinkt im November auf 2,1 Prozent\nHandelsblatt\nvor 2 Std.\n"
    "Hochwasser in Sachsen: Pegel der Elbe steigt weiter\nMDR\nvor 3 Std.\n"
)
TEXT_DE = (
    "Der Gemeinderat hat am Dienstagabend mit 14 zu 6 Stimmen den Bau eines neuen Hallenbads "
    "beschlossen. Die Kosten werden auf 18 Millionen Euro geschätzt.\n"
    "Bürgermeister Rolf Beuting sprach von einer Investition für Generationen.\n"
    "Kritik kam von der Opposition, die die Finanzierung für unsicher hält.\n"
    "Baubeginn soll im Frühjahr 2027 sein.\n"
)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def assert_story_is_lead(drafts: list[ArticleDraft], title: str, first: str, last: str) -> None:
    lead = drafts[0]
    assert lead.role == "lead"
    assert lead.title == title
    assert first in lead.body and last in lead.body
    assert len(drafts) == 4  # (the rail's three cards stay related)
    assert drafts[-1].source is not None and drafts[-1].body == ""


def test_story_with_a_bare_author_name_under_a_rail_is_the_lead() -> None:
    drafts = split(RAIL + HEADLINE + "\nMaria Gonzalez\n" + TEXT)
    assert_story_is_lead(drafts, HEADLINE, "The Valley County", "after one year.")
    assert drafts[-1].title == "Chile's president names new finance minister"


def test_story_with_a_byline_under_a_rail_is_the_lead() -> None:
    drafts = split(RAIL + HEADLINE + "\nBy Maria Gonzalez\n" + TEXT)
    assert_story_is_lead(drafts, HEADLINE, "The Valley County", "after one year.")


def test_short_german_story_under_a_rail_is_the_lead() -> None:
    title = "Gemeinderat stimmt für neues Hallenbad in Murnau"
    drafts = split(RAIL_DE + title + "\nKatharina Huber\n" + TEXT_DE)
    assert_story_is_lead(drafts, title, "Der Gemeinderat", "Frühjahr 2027")


def test_story_with_a_dated_header_under_a_rail_stays_the_lead() -> None:
    # must-stay (s18B-B41): the dated header was read so before
    drafts = split(RAIL + HEADLINE + "\nBy Maria Gonzalez\nMarch 10, 2026\n" + TEXT)
    assert_story_is_lead(drafts, HEADLINE, "The Valley County", "after one year.")
    assert drafts[0].time_text == "March 10, 2026"


def test_a_list_of_headline_author_summary_entries_under_a_rail_is_no_lead() -> None:
    # must-stay: entries of a list (a headline and its author over one summary each) print
    # no story's text in a row; none of them becomes the page's lead
    entries = "".join(
        f"{headline}\n{author}\n{summary}\n"
        for headline, author, summary in (
            (HEADLINE, "Maria Gonzalez", "The board voted 5-2 on Tuesday night to move six rural "
             "schools to a four-day week from August."),
            ("Why the city's bus lanes are finally working", "Tom Okafor", "Ridership on the three "
             "new corridors has risen by a fifth since the lanes opened in the spring."),
            ("Five hikes to take before the snow arrives", "Lena Berg", "From the river gorge to "
             "the old fire lookout, these trails are at their best in late autumn."),
        )
    )  # fmt: skip
    assert all(draft.role != "lead" for draft in split(RAIL + entries))


def test_a_story_of_two_short_paragraphs_under_a_rail_is_no_lead() -> None:
    # must-stay: a headline, a name and two lines is no story's text under a rail
    drafts = split(RAIL + HEADLINE + "\nMaria Gonzalez\n" + "\n".join(TEXT.split("\n")[:2]))
    assert all(draft.role != "lead" for draft in drafts)


def test_columnist_cards_under_a_rail_are_no_lead() -> None:
    # must-stay (audit A's M-A2, A43): three opinion cards of title / columnist / one long
    # summary each are no story's text in a row under the first card's name
    columns = (
        "The four-day school week is a gamble our children cannot afford\nMaria Gonzalez\n"
        "Rural districts are right to worry about recruiting teachers, but cutting a day of "
        "lessons will hurt the pupils who can least afford to lose classroom time, and the "
        "evidence from other states is mixed at best.\n"
        "Our town centre needs fewer car parks and more homes\nDavid Chen\n"
        "Every surface car park in the centre could hold fifty flats, and the shops that fear "
        "losing drivers would gain hundreds of neighbours who walk past their doors.\n"
        "Why I changed my mind about the new bypass\nHelen Carter\n"
        "For years I opposed the bypass on environmental grounds, but the traffic data "
        "published this month shows the old road is now more dangerous than the new one.\n"
    )
    assert all(draft.role != "lead" for draft in split(RAIL + columns))


def test_bylined_column_cards_under_a_rail_are_no_lead() -> None:
    # must-stay (audit A's M-A4, A64): "By …" over one summary each, three cards, no stamp
    columns = (
        "The four-day school week is a gamble our children cannot afford\nBy Maria Gonzalez\n"
        "Rural districts are right to worry about recruiting teachers, but cutting a day of "
        "lessons will hurt the pupils who can least afford to lose classroom time.\n"
        "Our town centre needs fewer car parks and more homes\nBy David Chen\n"
        "Every surface car park in the centre could hold fifty flats, and the shops that fear "
        "losing drivers would gain hundreds of neighbours who walk past their doors.\n"
        "Why I changed my mind about the new bypass\nBy Helen Carter\n"
        "For years I opposed the bypass on environmental grounds, but the traffic data "
        "published this month shows the old road is now more dangerous than the new one.\n"
    )
    assert all(draft.role != "lead" for draft in split(RAIL + columns))
