"""clean: under a "Lees ook" box inside the text, a short second link to a topic's page
("Alles over de nieuwe wijken", five words under a twelve-word link) is no crosshead,
however short: it goes with the box, and the text under it stays."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

LINK = "Provincie trekt extra geld uit voor woningbouw in kleine kernen rond de stad"
TOPIC = "Alles over de nieuwe wijken"
AFTER = "Een derde van de woningen komt in de sociale huur, de rest wordt koop en middenhuur."
PAGE = (
    "Binnenland\n"
    "Gemeente wil woonwijk bouwen op oud fabrieksterrein\n"
    "30-11-2026, 08:45\n"
    "Door Eva Smit\n"
    "De gemeente wil op het terrein van de oude fabriek een nieuwe woonwijk bouwen met ruim "
    "1200 woningen.\n"
    "Dat staat in een plan dat de wethouder donderdag aan de gemeenteraad heeft gestuurd.\n"
    "Lees ook\n"
    f"{LINK}\n"
    f"{TOPIC}\n"
    f"{AFTER}\n"
    "Omwonenden vragen om een extra weg naar de wijk, omdat ze files vrezen.\n"
)


def test_topic_link_under_a_long_link_goes_with_the_box() -> None:
    lines = clean_page(RawPage(text=PAGE, fetched_at=FETCHED)).lines
    assert TOPIC not in lines
    assert LINK not in lines
    assert AFTER in lines
