"""split: an agency's name alone right under a short sentence under the header's stamp
(headline / "Publié à 10:05" / caption / "KEYSTONE" / text) credits the photo whose
caption that sentence is: it is no source of the story. Over the stamp, in the byline's
place, such a name stays the story's source."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)

TEXT = (
    "Le prix du billet de train augmentera de 4% en moyenne en décembre, ont annoncé les CFF.\n"
    "Les abonnements généraux ne sont pas concernés par la hausse cette année.\n"
)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_an_agency_under_a_caption_under_the_stamp_is_no_source() -> None:
    page = (
        "Radio Lac\nInfo\nSuisse\n"
        "Les billets de train vont coûter plus cher en décembre\n"
        "Publié à 09:15\n"
        "Des immeubles neufs à Morges.\n"
        "KEYSTONE\n" + TEXT
    )
    assert split(page)[0].source is None


def test_must_stay_an_agency_over_the_stamp_is_the_source() -> None:
    page = (
        "Radio Lac\nInfo\nSuisse\n"
        "Les billets de train vont coûter plus cher en décembre\n"
        "Keystone-SDA\n"
        "Publié à 09:15\n" + TEXT
    )
    assert split(page)[0].source == "Keystone-SDA"
