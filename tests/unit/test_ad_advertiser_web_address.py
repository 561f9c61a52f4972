"""An ad card's advertiser printed as a web address under the ad's title ("Anzeige" /
title / "shop-example24.de") is the ad's, not the source of the card under it, whose chip
("Verkehr") is no source either."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)

PAGE = """\
Nachrichten
Mehr zum Thema
Wetter
Erster Frost: So schützen Sie Ihre Gartenpflanzen richtig
vor 4 Stunden
Anzeige
Wintermäntel jetzt bis zu 40 Prozent günstiger
mode-outlet24.de
Verkehr
Glatte Straßen: Busse fahren im Landkreis nur eingeschränkt
vor 6 Stunden
Impressum
"""


def test_the_web_address_under_an_ad_is_no_cards_source() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    card = next(draft for draft in drafts if draft.title.startswith("Glatte"))
    assert card.source is None
    assert all(not draft.title.startswith("Wintermäntel") for draft in drafts)
