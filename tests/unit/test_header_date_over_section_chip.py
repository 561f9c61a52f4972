"""split: a date alone over a section chip right over the headline ("28.11.2026" /
"Landtag" / headline), the header under it printing no stamp, is the story's date. A
header that prints its own stamp keeps it."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)

TEXT = (
    "Die Landesregierung hat sich in der Nacht zum Freitag auf den Haushalt für das kommende"
    " Jahr geeinigt.\n"
    "Gespart wird vor allem bei Förderprogrammen, die Investitionen in Schulen bleiben.\n"
    "Der Landtag soll den Etat Mitte Dezember beschließen.\n"
)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_a_date_over_the_chip_over_the_headline_is_the_stamp() -> None:
    page = (
        "Elbe Bote\nPolitik\nSport\n27.11.2026\nLandtag\n"
        "Haushalt 2027: Regierung einigt sich auf Sparpaket\n"
        "Von Jana Roth\n" + TEXT
    )
    assert split(page)[0].time_text == "27.11.2026"


def test_must_stay_the_headers_own_stamp_wins() -> None:
    page = (
        "Elbe Bote\nPolitik\nSport\n27.11.2026\nLandtag\n"
        "Haushalt 2027: Regierung einigt sich auf Sparpaket\n"
        "Von Jana Roth\n28.11.2026, 08:15 Uhr\n" + TEXT
    )
    assert split(page)[0].time_text == "28.11.2026, 08:15 Uhr"


def test_must_stay_a_masthead_date_with_its_weekday_is_no_stamp() -> None:
    page = (
        "Elbe Bote\nPolitik\nSport\nFreitag, 27.11.2026\nLandtag\n"
        "Haushalt 2027: Regierung einigt sich auf Sparpaket\n"
        "Von Jana Roth\n" + TEXT
    )
    assert split(page)[0].time_text is None
