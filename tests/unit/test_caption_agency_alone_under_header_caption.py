"""split: a caption without its full stop right under the header's stamps, its agency's name
alone on the next line ("… Amsterdam Centraal" / "ANP"), is the lead photo's caption and
credit: the agency is not the story's source and the caption leaves the text."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
URL = "https://omroep-voorbeeld.example/nieuws/storing-amsterdam"

PAGE = "\n".join(
    (
        "Binnenland",
        "Urenlang geen treinen rond Amsterdam door seinstoring",
        "29 november 2026, 18:05",
        "Aangepast 29 november 2026, 21:40",
        "Reizigers wachten in de hal van Amsterdam Centraal",
        "ANP",
        "Door een seinstoring reden zaterdagmiddag urenlang geen treinen tussen Amsterdam en"
        " Schiphol. Duizenden reizigers moesten uitwijken naar bussen en de metro.",
        "ProRail zegt dat een kapotte kabel de oorzaak was. Die is inmiddels vervangen, en de"
        " treinen rijden weer volgens de dienstregeling.",
    )
)


def test_agency_alone_under_header_caption_credits_it() -> None:
    (lead,) = split_articles(clean_page(RawPage(text=PAGE, url=URL, fetched_at=FETCHED)))
    assert [(c.text, c.credit) for c in lead.captions] == [
        ("Reizigers wachten in de hal van Amsterdam Centraal", "ANP")
    ]
    assert lead.source is None
    assert lead.body.startswith("Door een seinstoring")
