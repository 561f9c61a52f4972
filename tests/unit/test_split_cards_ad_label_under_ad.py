"""An ad in a title / source / stamp list whose label is printed under it (ad title /
"Sponsored", "Anzeige", "Publicité"; clean drops the label and marks the line under it):
the label closes the ad, so the card under the label is a real card, not the ad's title.
Must stay: a list printed stamp first ("3h ago" / title / source), where the lines over
the label are a card and the ad is the block under it."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)

ARTICLE = """\
Harbour ferry fares to rise by ten percent in January
By Mark Ellis
November 28, 2026
The transport authority approved a ten percent rise in ferry fares on Thursday.
Officials said higher fuel and maintenance costs had left the service in deficit.
Commuter groups criticised the decision and asked for a cheaper monthly pass.
More from Local
Council extends parking permit scheme to three more streets
Harbour Herald
2 hours ago
Coastal path reopens after winter storm repairs
Harbour Herald
5 hours ago
Why thousands of homeowners are switching their energy plan this winter
{label}
Fishing fleet returns early as gales close in
Harbour Herald
1 day ago
"""

AD_TITLE = "Why thousands of homeowners are switching their energy plan this winter"


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_the_card_under_an_ad_label_printed_under_its_ad_is_kept() -> None:
    for label in ("Sponsored", "Anzeige", "Publicité"):
        drafts = split(ARTICLE.format(label=label))
        found = [(d.title, d.source, d.time_text) for d in drafts]
        assert ("Fishing fleet returns early as gales close in", "Harbour Herald", "1 day ago") in (
            found
        ), label
        assert AD_TITLE not in [d.title for d in drafts], label


def test_must_stay_a_stamp_first_list_keeps_the_card_over_the_label() -> None:
    text = (
        "Latest\n"
        "1h ago\nCouncil extends parking permit scheme to three more streets\nHarbour Herald\n"
        "3h ago\nCoastal path reopens after winter storm repairs\nHarbour Herald\n"
        "Sponsored\n"
        "Why thousands of homeowners are switching their energy plan this winter\nEnergyWise\n"
        "5h ago\nFishing fleet returns early as gales close in\nHarbour Herald\n"
        "7h ago\nSchool bus route changes announced for spring term\nHarbour Herald\n"
    )
    titles = [d.title for d in split(text)]
    assert "Coastal path reopens after winter storm repairs" in titles
    assert "Fishing fleet returns early as gales close in" in titles
