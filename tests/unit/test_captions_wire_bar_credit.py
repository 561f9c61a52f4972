"""captions / split: a photographer's name, a bar and a wire or a picture agency ("Hamad I
Mohammed | Reuters", "Mark Lennihan | AP", "Name | AFP via Getty Images", "Name | Bloomberg
| Getty Images", "Name | picture alliance") under a caption in the text is the picture's
credit, not an author line: the text goes on under it (auditor B's PE-B1, B45, B02, B49,
B51). Of these only "Name | Getty Images" takes the line over it as its caption; the others
go alone (auditor D's D-2, D-5). Over a bar credit only a caption-sized line that ends with a full
stop and tells no one's words is a caption: a story's quote or attribution and a crosshead
over a captionless picture's credit stay text (auditor B's B-3: B29, B30, B50)."""

from datetime import UTC, datetime

from streams.captions import extract_captions, name_bar_credit
from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.split_lines import _is_byline

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
LEDE = (
    "Oil prices jumped on Friday after a drone attack damaged a crude processing plant in "
    "the east of the country, raising fears of supply disruptions."
)
# (no full date closing it: a wire caption's, "… on Nov. 26, 2026.", is its credit's caption)
CAPTION = "Smoke rises from the processing plant after the attack on Thursday."
SHORT = "Sales rose."
REST = "The state oil company said production would be restored within days."
LAST = "Analysts said the market had grown complacent about the risks in the region."


HEAD = (
    "Markets",
    "Oil jumps 4% after drone strike on processing plant",
    "Published Fri, Nov 27 2026 9:15 AM EST",
    "Pia Stevens",
)


def _drafts(*lines: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text="\n".join(lines), fetched_at=FETCHED)))


def test_a_wire_photographers_bar_credit_goes_alone_and_the_text_goes_on() -> None:
    # (such a credit is a captionless picture's under a story line as often: auditor D's D-2
    # and D-5, D29/D44 "Kay Nietfeld | dpa" / "| picture alliance" under "Für das Gesetz
    # stimmten …", D45 "| AFP via Getty Images": the line stays text)
    for credit in (
        "Hamad I Mohammed | Reuters",
        "Mark Lennihan | AP",
        "Kay Nietfeld | dpa",
        "Hector Retamal | AFP via Getty Images",
        "Timothy A. Clary | AFP | Getty Images",
        "Sven Hoppe | picture alliance",
    ):
        lead = _drafts(*HEAD, LEDE, CAPTION, credit, SHORT, REST, LAST)[0]
        assert lead.body.split("\n\n") == [LEDE, CAPTION, SHORT, REST, LAST], credit
        assert lead.captions == (), credit


def test_must_stay_a_bar_byline_under_the_title_and_standfirst() -> None:
    # the same shape in the byline's place is an author and the wire she writes for
    assert _is_byline("Mark Lennihan | AP")
    dek = "Retailers plan to add fewer seasonal workers this year than at any time since 2009."
    title = "Holiday hiring slows as retailers lean on automation"
    stamp = "Published Thu, Nov 26 2026 9:02 AM EST"
    drafts = _drafts(title, dek, "Mark Lennihan | AP", stamp, LEDE, REST)
    assert drafts[0].captions == ()
    assert dek in drafts[0].body and LEDE in drafts[0].body


def test_must_stay_names_and_outlets_that_are_no_agencies() -> None:
    for line in ("Frances Willick | CBC News", "By Ann Cole | Reuters", "Sign In | Subscribe"):
        assert not name_bar_credit(line), line


def test_must_stay_story_lines_over_a_captionless_pictures_bar_credit() -> None:
    for over in (
        # B29: an attribution
        "The average rate on the 30-year fixed loan dropped to 5.92%, according to a survey.",
        # B30: a quote
        '"No one in this state should have to ration insulin," the governor said.',
        # B50: a crosshead
        "What it means for the central bank",
    ):
        for credit in ("Scott Olson | Getty Images", "Scott Olson | Reuters"):
            body, captions = extract_captions([LEDE, over, credit, REST])
            assert body == [LEDE, over, REST], (over, credit)
            assert captions == [], (over, credit)


def test_the_text_goes_on_under_a_wire_credit_under_a_short_sentence_or_another_credit() -> None:
    # auditor D's D-3: D39 (a short paragraph over the caption), D42 (two pictures back to back)
    second = "A shopper carries bags at the mall in the city centre on Friday."
    for over in (
        ("The state will appeal.", CAPTION, "Eric Gay | AP"),
        (CAPTION, "Mark Lennihan | AP", second, "Stephen Maturen | Reuters"),
    ):
        lead = _drafts(*HEAD, LEDE, *over, REST, LAST)[0]
        assert REST in lead.body and LAST in lead.body, over
