"""split_live: a picture's credit printed over its caption inside an entry ("PA Media" /
"Waves crash over the harbour wall at Oban"): the caption leaves the body with its credit."""

from datetime import UTC, datetime

from schemas.article import Caption
from streams.captions import credit_over_caption
from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 21, 11, 45, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def blog(middle: str) -> str:
    return f"""\
LIVE
Magnitude 7.1 earthquake strikes off northern Japan, tsunami advisory lifted
Updated 30 mins ago
11:12 GMT
Shinkansen services resuming
East Japan Railway says services between Tokyo and Sendai have resumed at reduced speed.
Thousands of passengers spent more than two hours on stationary trains, the operator said.
10:47 GMT
{middle}
10:21 GMT
Tsunami advisory lifted
The agency lifted its tsunami advisory at 19:15 local time, about 90 minutes after the quake.
09:58 GMT
No abnormalities at nuclear plants
Tohoku Electric Power says there are no abnormalities at its Onagawa plant in Miyagi.
"""


CREDIT_OVER_CAPTION = """\
The weather agency has warned that aftershocks of a similar strength are possible next week.
Reuters
Passengers wait at Sendai station after services were suspended"""


def test_a_credit_over_its_caption_inside_an_entry_gives_a_caption() -> None:
    drafts = split(blog(CREDIT_OVER_CAPTION))
    assert len(drafts) == 1
    lead = drafts[0]
    assert "Passengers wait at Sendai station" not in lead.body
    assert "aftershocks of a similar strength" in lead.body
    assert (
        Caption(
            text="Passengers wait at Sendai station after services were suspended", credit="Reuters"
        )
        in lead.captions
    )


ENTRY_SOURCE = """\
Aftershocks of similar strength possible next week
Reuters
The weather agency has warned that aftershocks of a similar strength are possible next week."""


def test_an_entrys_source_under_its_headline_gives_no_caption() -> None:
    """Must stay: an agency line under an entry's headline, over its text, is its source: the
    headline stays in the body, no caption is made."""
    drafts = split(blog(ENTRY_SOURCE))
    lead = drafts[0]
    assert "Aftershocks of similar strength possible next week" in lead.body
    assert "aftershocks of a similar strength are possible next week." in lead.body
    assert not any(caption.credit == "Reuters" for caption in lead.captions)


def test_credit_over_caption() -> None:
    assert credit_over_caption("PA Media", "Waves crash over the harbour wall at Oban")
    # must stay: a sentence under the agency is text, a person's name is no agency
    assert not credit_over_caption("PA Media", "Waves crashed over the harbour wall at Oban.")
    assert not credit_over_caption("Mariko Oi", "Waves crash over the harbour wall at Oban")


HEADLINES_OVER_CLOCKS = """\
World Desk
Live
Live: Earthquake strikes off the coast of northern Japan
Last updated 10 March 2026 11:40 GMT
Tsunami warning lifted for Aomori coast
11:32 GMT
The weather agency lifted its tsunami warning for the Aomori coast, saying waves were small.
Reuters
Bullet train services suspended north of Sendai
10:58 GMT
East Japan Railway said services north of Sendai were suspended while engineers inspected tracks.
AFP
Nuclear plant operator reports no abnormalities
10:21 GMT
Tohoku Electric Power said there were no abnormalities at its Onagawa plant in Miyagi.
"""


def test_an_agency_closing_an_entry_over_the_next_headline_gives_no_caption() -> None:
    """Must stay (auditor A's L-2, probe L08): a blog printing each entry's headline over its
    clock, the entry's text right under the clock: the line under an entry's closing agency
    is the next entry's headline, no caption."""
    lead = split(HEADLINES_OVER_CLOCKS)[0]
    assert lead.captions == ()


def test_an_agency_closing_an_entry_over_a_bylined_entry_gives_no_caption() -> None:
    """Must stay (auditor A's L15): the same with the entry's author between its clock and
    its text ("10:58 GMT" / "Yuki Tanaka, Tokyo correspondent" / text)."""
    text = HEADLINES_OVER_CLOCKS.replace(
        "10:58 GMT\n", "10:58 GMT\nYuki Tanaka, Tokyo correspondent\n"
    ).replace("10:21 GMT\n", "10:21 GMT\nYuki Tanaka, Tokyo correspondent\n")
    assert split(text)[0].captions == ()
