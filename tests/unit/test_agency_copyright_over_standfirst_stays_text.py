"""A lead picture printed with its agency's copyright only ("© BELGA", no caption) under the
header's share button, over a one-sentence standfirst that states a fact ("… wordt vanaf januari
… duurder."): the standfirst is in the text's voice (an auxiliary), no caption; it stays the
body's opening. A caption's line naming what is seen is still credited."""

from datetime import UTC, datetime

from streams.captions import agency_copyright_over_caption
from streams.model import RawPage
from streams.pipeline import process_page

FETCHED = datetime(2026, 11, 28, 18, 0, tzinfo=UTC)

STANDFIRST = "Een pakje sigaretten wordt vanaf januari minstens een euro duurder."

PAGE = f"""\
Nieuws
Economie
Roken wordt volgend jaar opnieuw een stuk duurder
Tom Willems, Belga
za 28 nov 2026 13:10
Delen
© BELGA
{STANDFIRST}
De federale regering heeft een nieuwe verhoging van de accijnzen op tabak ingeschreven.
Kankerorganisaties zijn tevreden, maar vragen een verbod op smaakjes in e-sigaretten.
"""


def test_a_standfirst_in_the_texts_voice_under_the_copyright_stays_text() -> None:
    [article] = process_page(RawPage(text=PAGE, fetched_at=FETCHED))
    assert STANDFIRST in article.body
    assert [c.text for c in article.captions] == []


def test_a_caption_naming_what_is_seen_is_still_the_copyrights() -> None:
    assert agency_copyright_over_caption("Vrachtwagens op de Noorderlaan in de haven.", "© BELGA")
    assert not agency_copyright_over_caption(STANDFIRST, "© BELGA")
