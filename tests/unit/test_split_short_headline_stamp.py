"""A story whose headline is a short one ("Pensions shake-up planned", at most three words)
printed over its stamp, a standfirst without a full stop and its text: the short line is the
headline, the standfirst the start of the body (audit B's B56, B57). A shorter line there
("Ukraine war") is as likely a kicker (auditor E's S04): the longer line stays the title."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


DECK = "Millions of workers to be auto-enrolled from age 18 under new government plans"

EN_STORY = f"""\
The Valley Courier
News
Pensions shake-up planned
10 March 2026
{DECK}

Ministers said the change would add about £2bn a year to private pension savings once it is fully in place.

Employers' groups warned that small firms would struggle with the extra cost at a time of rising wages.

Unions welcomed the plan but said it did not go far enough for low earners.
More news
Ferry fares to rise 4% from April
9 March 2026
Port strike talks collapse for the second time
8 March 2026
"""  # noqa: E501

DE_DECK = "Böen bis 110 km/h erwartet: Stadt sperrt Parks und Friedhöfe am Wochenende"

DE_STORY = f"""\
Stadtanzeiger
Startseite
Wetter
Sturmwarnung für Sonntag
Stand: 10.03.2026, 09:14 Uhr
{DE_DECK}
Der Deutsche Wetterdienst hat für Sonntag eine Unwetterwarnung für die ganze Region ausgegeben.
Die Feuerwehr rät, Balkone zu räumen und Fahrzeuge nicht unter Bäumen zu parken.
Weitere Meldungen
Waffenruhe im Gazastreifen hält den dritten Tag
09.03.2026
Strompreise sinken zum ersten Mal seit zwei Jahren
08.03.2026
"""


def test_short_headline_over_date_and_deck_is_the_title() -> None:
    drafts = split(EN_STORY)
    lead = drafts[0]
    assert lead.role == "lead"
    assert lead.title == "Pensions shake-up planned"
    assert lead.body.startswith(DECK)
    assert "Unions welcomed the plan" in lead.body
    assert lead.time_text == "10 March 2026"
    assert [d.title for d in drafts[1:]] == [
        "Ferry fares to rise 4% from April",
        "Port strike talks collapse for the second time",
    ]


def test_short_german_headline_over_stand_keeps_its_lead() -> None:
    drafts = split(DE_STORY)
    lead = drafts[0]
    assert lead.role == "lead"
    assert lead.title == "Sturmwarnung für Sonntag"
    assert lead.body.startswith(DE_DECK)
    assert "Balkone zu räumen" in lead.body
    assert [d.title for d in drafts[1:]] == [
        "Waffenruhe im Gazastreifen hält den dritten Tag",
        "Strompreise sinken zum ersten Mal seit zwei Jahren",
    ]


def test_must_stay_a_tagline_over_the_date_bar_is_no_headline() -> None:
    """A tagline over the day's date tells nothing of the story under it."""
    text = EN_STORY.replace("Pensions shake-up planned", "Local matters")
    lead = split(text)[0]
    assert lead.title == DECK
    assert "Unions welcomed the plan" in lead.body


def test_must_stay_a_section_name_over_the_date_is_no_headline() -> None:
    """A section's name in Title Case ("Pension News") over the date is a kicker."""
    text = EN_STORY.replace("Pensions shake-up planned", "Pension News")
    assert split(text)[0].title == DECK


def test_must_stay_a_topic_heading_over_a_card_with_one_summary() -> None:
    """A topic's name over the first card of its list (stamp / title / one summary) heads a
    list: no lead titled with the topic."""
    text = """\
Topics
Pensions shake-up planned
2 hours ago
Millions of workers to be auto-enrolled from age 18 under new government plans
Ministers said the change would add about £2bn a year to private pension savings.
3 hours ago
Employers warn of higher costs for small firms under pension plans
Business groups said small firms would struggle with the extra cost of pensions.
4 hours ago
Unions say the pension plan does not go far enough for low earners
The TUC said low earners would gain little from the pension change.
"""
    titles = [d.title for d in split(text)]
    assert "Pensions shake-up planned" not in titles
    assert (
        titles[0]
        == "Millions of workers to be auto-enrolled from age 18 under new government plans"
    )


def test_must_stay_a_two_word_kicker_over_the_stamp_is_no_headline() -> None:
    """ "Ukraine war" / stamp / headline / text telling of Ukraine: a kicker's length, the
    longer line is the headline (auditor E's S04, with the kicker's word in the text)."""
    text = """\
The Valley Courier
News
Ukraine war
Updated 10 March 2026, 09:14
Drone strikes hit power stations across three regions overnight
Ukraine said air defences shot down most of the drones but several hit energy sites.
Power cuts were reported in Kharkiv, Sumy and Poltava on Tuesday morning.
Latest
Ferry fares to rise 4% from April
9 March 2026
"""
    lead = split(text)[0]
    assert lead.title == "Drone strikes hit power stations across three regions overnight"
    assert "Power cuts were reported" in lead.body


MODULE_OVER_STORY = """\
Tagblatt Nordhessen
Startseite
Region
Sport
Aktuell aus der Region
Brücke gesperrt
Von Jens Kramer
10.03.2026, 09:12 Uhr
Die Fuldabrücke bei Melsungen bleibt nach dem Fund von Rissen im Beton bis auf Weiteres für den gesamten Verkehr gesperrt. Das teilte die Straßenverkehrsbehörde am Dienstagmorgen mit.
Pendler müssen mit Umwegen von bis zu zwanzig Minuten rechnen. Eine Umleitung über Körle ist ausgeschildert, Busse fahren nach einem geänderten Fahrplan.
„Die Sicherheit geht vor“, sagte Landrat Peter Böhm. Gutachter sollen bis Ende der Woche klären, ob die Brücke saniert oder abgerissen werden muss.
Weitere Nachrichten
Kassel: Neue Straßenbahnlinie startet im Mai
10.03.2026, 08:40 Uhr
Die Linie 9 soll den Osten der Stadt besser an die Innenstadt anbinden.
Baunatal: Stadtfest fällt in diesem Jahr aus
10.03.2026, 07:55 Uhr
Der Verein findet nicht genug Helfer für das Wochenende im Juni.
"""  # noqa: E501


def test_short_headline_under_a_module_heading_is_the_title() -> None:
    """A module's heading ("Aktuell aus der Region") over the story's short headline, which
    stands over the byline and tells the text's news (auditor B's s15 B03)."""
    lead = split(MODULE_OVER_STORY)[0]
    assert lead.title == "Brücke gesperrt"
    assert "Aktuell aus der Region" not in lead.body
    assert "Gutachter sollen" in lead.body


def test_must_stay_a_headline_telling_the_news_keeps_its_title() -> None:
    """The headline tells the text's news itself: the short line under it is no headline."""
    text = MODULE_OVER_STORY.replace(
        "Aktuell aus der Region", "Risse im Beton: Fuldabrücke bei Melsungen gesperrt"
    )
    assert split(text)[0].title == "Risse im Beton: Fuldabrücke bei Melsungen gesperrt"


def test_kicker_over_stamp_and_headline_keeps_the_story_in_the_lead() -> None:
    """A kicker that recurs in the text ("Guerra en Ucrania" / date / headline / text) reads
    as the short headline's shape (auditor E's E-3, S14): the title is the kicker then, but
    the headline and the text stay one lead (before: a card and a stampless related card)."""
    text = """\
El Diario del Sur
Portada
Internacional
Guerra en Ucrania
10 de marzo de 2026
Los drones rusos atacan centrales eléctricas en tres regiones
La guerra en Ucrania sumó anoche un nuevo ataque contra la red eléctrica, según informó el Gobierno de Kiev.
Los cortes de luz afectaron a Járkov, Sumy y Poltava durante toda la mañana.
Más noticias
Suben los precios de la luz por tercer mes consecutivo
9 de marzo de 2026
"""  # noqa: E501
    drafts = split(text)
    lead = drafts[0]
    assert lead.role == "lead"
    assert "Los drones rusos atacan centrales eléctricas" in f"{lead.title}\n{lead.body}"
    assert "Los cortes de luz" in lead.body
    assert [d.title for d in drafts[1:]] == [
        "Suben los precios de la luz por tercer mes consecutivo"
    ]


def test_card_list_closed_by_bare_dates_with_a_short_first_title_stays_cards() -> None:
    """Must stay (auditor E's E-7, probe S17): a list of title / [summary] / date cards whose
    first card is a short title alone: the paragraphs under the second title end on a bare
    date as the next card's do, a card's summary, no story's text under a short headline."""
    page = """\
Inselbote
Startseite
Nachrichten
Sturmwarnung für Sylt
10.03.2026
Fähren stellen wegen Sturm den Verkehr ein
Die Reedereien sagten am Dienstag alle Fahrten wegen des Sturms ab.
Fahrgäste sollen sich am Mittwoch erneut informieren.
09.03.2026
Gemeinde beschließt neuen Deich nach Jahren der Überflutung
Der Deich wird zwei Meter höher als der alte.
Die Arbeiten beginnen im Mai und dauern ein Jahr.
08.03.2026
Impressum
"""
    assert [draft.title for draft in split(page)] == [
        "Sturmwarnung für Sylt",
        "Fähren stellen wegen Sturm den Verkehr ein",
        "Gemeinde beschließt neuen Deich nach Jahren der Überflutung",
    ]
