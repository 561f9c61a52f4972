"""split_body._body_lines in a live blog: an entry's headline printed OVER its clock, the
entry's text right under the clock ("Nuclear plant reports no abnormalities" / "10:21 GMT" /
text), stays in the body (README: entry headlines stay), also near the blog's top where
short lines over a stamp are read as an author's name and role."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 10, 11, 45, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


HEADLINES_OVER_CLOCKS = """\
World Desk
Live
Live: Earthquake strikes off the coast of northern Japan
Last updated 10 March 2026 11:40 GMT
Tsunami warning lifted for Aomori coast
11:32 GMT
The weather agency lifted its tsunami warning for the Aomori coast, saying waves were small.
Bullet train services suspended north of Sendai
10:58 GMT
East Japan Railway said services north of Sendai were suspended while engineers inspected tracks.
Nuclear plant reports no abnormalities
10:21 GMT
Tohoku Electric Power said there were no abnormalities at its Onagawa plant in Miyagi.
Magnitude 6.9 quake strikes off Iwate
09:47 GMT
A strong earthquake struck off the Pacific coast of northern Japan, shaking buildings in Tokyo.
"""


def test_entry_headlines_over_their_clocks_stay() -> None:
    body = split(HEADLINES_OVER_CLOCKS)[0].body
    assert "Nuclear plant reports no abnormalities\n\n10:21 GMT" in body
    assert "Magnitude 6.9 quake strikes off Iwate\n\n09:47 GMT" in body


VIDEO_OVER_FIRST_ENTRY = """\
LIVE
Magnitude 7.1 earthquake strikes off northern Japan, tsunami advisory lifted
Updated 30 mins ago
Summary
A magnitude 7.1 earthquake struck off the coast of Iwate prefecture in the evening
A tsunami advisory for the Pacific coast was lifted after small waves were observed
Watch: Shelves sway at a shop
11:12 GMT
Shinkansen services resuming
East Japan Railway says services between Tokyo and Sendai have resumed at reduced speed.
10:47 GMT
Aftershocks
The weather agency has warned that aftershocks of a similar strength are possible next week.
10:21 GMT
Tsunami advisory lifted
The agency lifted its tsunami advisory at 19:15 local time, about 90 minutes after the quake.
"""


def test_a_widget_line_over_a_clock_over_a_headline_goes() -> None:
    """Must stay: a short line over an entry's clock that has its own headline under it (a
    video's title over the first entry) is no headline of that entry and goes as before."""
    body = split(VIDEO_OVER_FIRST_ENTRY)[0].body
    assert "Watch: Shelves sway at a shop" not in body
    assert "11:12 GMT\n\nShinkansen services resuming" in body


def test_a_reporters_role_over_an_entrys_clock_goes() -> None:
    """Must stay: a reporter's name and role closing an entry, over the next clock ("Ann Lee"
    / "Reporting from Tokyo" / "10:58 GMT" / text): no headline, dropped as before."""
    text = HEADLINES_OVER_CLOCKS.replace(
        "Bullet train services suspended north of Sendai\n",
        "Mariko Oi\nReporting from Tokyo\n",
    )
    body = split(text)[0].body
    assert "Reporting from Tokyo" not in body
    assert "Nuclear plant reports no abnormalities\n\n10:21 GMT" in body


def test_a_staff_credit_over_an_entrys_clock_goes() -> None:
    """Must stay (auditor A's L16): "Posted by the Tokyo desk" over an entry's clock is a
    credit, no headline: dropped as before."""
    text = HEADLINES_OVER_CLOCKS.replace(
        "Magnitude 6.9 quake strikes off Iwate\n", "Posted by the Tokyo desk\n"
    )
    assert "Posted by the Tokyo desk" not in split(text)[0].body
