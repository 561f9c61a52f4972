"""timestamps: a header's stamp line with a byline or UI glued to it keeps its stamp (a
hyphenated given name, a stamp before its byline, an "Updated" label glued to its clock, a
reading time glued to the zone), and clean keeps such a line for split."""

from datetime import UTC, datetime

import pytest

from streams.boilerplate import classify
from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.timestamps import dateline_stamp, find_time, holds_stamp, resolve_time

FETCHED = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


BODY = (
    "The regional council approved the new harbour budget on Thursday after a debate that "
    "lasted well into the evening and drew more than two hundred residents.\n"
    "Councillors said the money would pay for dredging, new moorings and a repaired sea wall "
    "that was damaged in last winter's storms.\n"
    "Work is expected to start in the spring and to take about eighteen months, the council's "
    "engineer told the meeting, with the harbour open throughout.\n"
)


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("by Min-ji Park · Nov 26, 2026, 5:10 PM EST", "Nov 26, 2026, 5:10 PM EST"),
        ("By Jean-Pierre Roux · Nov 26, 2026", "Nov 26, 2026"),
        ("Posted on July 8, 2026 by Dale Hendricks", "Posted on July 8, 2026"),
        ("July 8, 2026, by Dale and Ann Smith", "July 8, 2026"),
        ("10:42, 4 Mar 2026Updated11:05, 4 Mar 2026", "10:42, 4 Mar 2026"),
    ],
)
def test_a_header_line_gives_its_stamp(line: str, stamp: str) -> None:
    assert find_time(line) == stamp


@pytest.mark.parametrize(
    "line",
    [
        "Posted on July 8, 2026 by the council",  # (no name after "by")
        "Due by July 8, 2026",
        "Posted July 8, 2026 by March",  # (a month is no name)
        "Posted July 8, 2026 by Monday",
        # auditor B's probes (H05, ft_lines): a book's publisher, a decree, no given name
        "Published March 3, 2026 by Penguin Books",
        "On June 3, 2025 by Royal Decree",
        "9 mars 2026 par Décret Royal",
        "Saturday, March 7 by Coach Smith",
        "Posted on July 8, 2026 by Dale Hendricks in News",
        "By Mid-year · Nov 26, 2026",  # (a lower-case word is no name)
        "10:42, 4 Mar 2026 Updatedness",
    ],
)
def test_must_stay_no_stamp(line: str) -> None:
    assert find_time(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "by Min-ji Park · Nov 26, 2026, 5:10 PM EST · 5 min read",
        "Sat, 28 November 2026 at 9:42 am GMT·3 min read",
    ],
)
def test_clean_keeps_a_stamp_line_with_a_reading_time(line: str) -> None:
    assert holds_stamp(line)
    assert classify(line) is None


@pytest.mark.parametrize("line", ["by Min-ji Park · 5 min read", "Subscribe now · 5 min read"])
def test_must_stay_a_reading_time_without_a_stamp_is_dropped(line: str) -> None:
    assert not holds_stamp(line)
    assert classify(line) is not None


@pytest.mark.parametrize(
    ("header", "want"),
    [
        (
            "by Min-ji Park · Nov 26, 2026, 5:10 PM EST · 5 min read",
            datetime(2026, 11, 26, 22, 10, tzinfo=UTC),
        ),
        ("Posted on July 8, 2026 by Dale Hendricks", datetime(2026, 7, 8, tzinfo=UTC)),
    ],
)
def test_the_lead_takes_the_stamp_of_its_header_line(header: str, want: datetime) -> None:
    drafts = split(f"Harbour council approves budget for sea wall repairs\n{header}\n{BODY}")
    assert drafts[0].title == "Harbour council approves budget for sea wall repairs"
    assert drafts[0].time_text is not None
    assert resolve_time(drafts[0].time_text, FETCHED) == want
    assert header not in drafts[0].body


def test_must_stay_a_date_inside_the_text_is_no_stamp() -> None:
    text = (
        "Harbour council approves budget for sea wall repairs\n"
        "On June 3, 2025, the council first asked engineers to survey the sea wall, and their "
        "report, published by Dale Hendricks, found cracks along most of its length.\n" + BODY
    )
    drafts = split(text)
    assert drafts[0].time_text is None


@pytest.mark.parametrize(
    "line",
    [
        # auditor B's H10-H14: an event's time under a headline, a tour's dates in a text
        "Kickoff 21:00 May 30, 2026",
        "Doors 19:30 June 12, 2026",
        "Manchester, 12 June 2026, 19:30",
        "Madrid, 14 de junio de 2026, 21:30",
        "Valencia, 18 de junio de 2026, 21:30",
    ],
)
def test_must_stay_an_event_line_is_no_stamp(line: str) -> None:
    assert find_time(line) is None


def test_must_stay_an_event_time_under_the_headline_is_not_the_leads() -> None:
    drafts = split(
        "Harbour festival returns with a night of music on the pier\n"
        f"Doors 19:30 June 12, 2026\n{BODY}"
    )
    assert drafts[0].time_text is None


def test_must_stay_a_tour_dates_list_keeps_its_lines() -> None:
    text = (
        "Harbour band announces first tour in ten years\n"
        + BODY
        + "Tickets go on sale on Friday at 9am. The dates are:\n"
        + "Manchester, 12 June 2026, 19:30\n"
        + "Glasgow, 14 June 2026, 19:30\n"
        + "London, 18 June 2026, 19:30\n"
        + "The singer said the last show would be a homecoming in every sense of the word.\n"
    )
    assert "Glasgow, 14 June 2026, 19:30" in split(text)[0].body


def test_a_publication_stamp_in_brackets_under_the_text_outranks_an_update() -> None:
    text = (
        "Harbour council approves budget for sea wall repairs\n"
        "PTI\n"
        "Last Updated : 12 March 2026, 09:02 IST\n"
        + BODY
        + "(Published 12 March 2026, 08:40 IST)\n"
    )
    assert classify("(Published 12 March 2026, 08:40 IST)") is None
    drafts = split(text)
    assert drafts[0].time_text is not None
    assert resolve_time(drafts[0].time_text, FETCHED) == datetime(2026, 3, 12, 3, 10, tzinfo=UTC)
    assert "Published 12 March" not in drafts[0].body


@pytest.mark.parametrize("line", ["(FRANCE 24 with AFP)", "(With inputs from agencies)"])
def test_must_stay_a_note_in_brackets_is_dropped(line: str) -> None:
    assert classify(line) is not None


def test_must_stay_an_ads_age_with_ui_is_dropped() -> None:
    """Auditor B's H06: an ad's label and age under its UI keep no line for split."""
    assert not holds_stamp("Sponsored · 2 days ago")
    assert classify("Sponsored · 2 days ago · Learn more") is not None


def test_must_stay_a_bare_date_in_brackets_inside_the_text_makes_no_card() -> None:
    text = (
        "Harbour council approves budget for sea wall repairs\nBy Jane Marsh\nNov 28, 2026\n"
        + BODY
        + "What the council decided on the night\n(March 3, 2026)\n"
        + "Residents who spoke at the meeting urged the council to keep to its timetable.\n"
    )
    drafts = split(text)
    assert len(drafts) == 1
    assert "What the council decided on the night" in drafts[0].body


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("Valencia, 21 ene 2026 - 09:12 CET", "21 ene 2026 - 09:12 CET"),
        ("Sevilla / Málaga - 19 mar 2026 - 07:15 CET", "19 mar 2026 - 07:15 CET"),
        ("Sevilla, 10 de marzo de 2026 - 13:20 CET", "10 de marzo de 2026 - 13:20 CET"),
    ],
)
def test_a_dateline_place_in_title_case_before_a_zoned_stamp(line: str, stamp: str) -> None:
    assert dateline_stamp(line) == stamp
    assert find_time(line) is None  # (only split reads it, on a lone line: B-H5)


@pytest.mark.parametrize(
    "line",
    [
        "Updated, 21 ene 2026 - 09:12 CET",  # (a stamp's label is no place)
        "Sevilla - 19 mar 2026 - 07:15 CET",  # (a meta line: split reads its place and stamp)
        "Old Trafford, 12 June 2026 19:30",  # (no zone: a match's, a tour's date)
    ],
)
def test_must_stay_no_title_case_dateline(line: str) -> None:
    assert dateline_stamp(line) is None
    assert find_time(line) is None


def test_a_lone_dateline_under_the_byline_is_the_leads_stamp() -> None:
    text = (
        "Economía\n"
        "La Junta aprueba un plan de 300 millones contra la sequía\n"
        "Las obras incluyen dos desaladoras en Almería y la conexión de embalses en Málaga.\n"
        "Por Carmen Ortega\n"
        "Sevilla, 10 de marzo de 2026 - 13:20 CET\n"
        "El Consejo de Gobierno de la Junta de Andalucía aprobó este martes un plan de 300 "
        "millones de euros para hacer frente a la sequía que sufre la comunidad.\n"
        "El plan incluye la construcción de dos plantas desaladoras en Almería y una tubería "
        "que conectará los embalses de La Viñuela y Guadalhorce en la provincia de Málaga.\n"
        "La consejera de Agricultura explicó que las obras comenzarán antes del verano y que "
        "la primera desaladora podría estar en funcionamiento a finales de 2027.\n"
    )
    lead = split(text)[0]
    assert lead.title == "La Junta aprueba un plan de 300 millones contra la sequía"
    assert lead.time_text == "10 de marzo de 2026 - 13:20 CET"
    assert "Sevilla, 10 de marzo" not in lead.body


FIXTURES = (
    "Sport\n"
    "World Cup 2026: Canada's group stage fixtures confirmed\n"
    "Published March 9, 2026\n"
    "Canada will open their home World Cup in Toronto on June 12, Fifa confirmed on Monday.\n"
    "Jesse Marsch's side will play all three group matches in Canada. {intro}\n"
    "{fixtures}\n"
    "Tickets for the opening match sold out within an hour.\n"
    'Marsch said playing at home would be "a huge advantage".\n'
)


@pytest.mark.parametrize(
    ("intro", "fixtures"),
    [
        (  # auditor B's H16: a zoned list in the text
            "The fixtures are:",
            "Toronto, 12 June 2026, 15:00 EDT\n"
            "Vancouver, 18 June 2026, 12:00 PDT\n"
            "Vancouver, 24 June 2026, 18:00 PDT",
        ),
        ("The opening match:", "Toronto, 12 June 2026, 15:00 EDT"),  # one, under a colon
        (  # auditor B's H13 / H14: a tour's dates print no zone
            "The dates are:",
            "Manchester, 12 June 2026, 19:30\nGlasgow, 14 June 2026, 19:30",
        ),
        (
            "Estas son las fechas:",
            "Barcelona, 12 de junio de 2026, 21:30\nMadrid, 14 de junio de 2026, 21:30",
        ),
    ],
)
def test_must_stay_a_list_of_zoned_dates_in_the_text_stays_body(intro: str, fixtures: str) -> None:
    drafts = split(FIXTURES.format(intro=intro, fixtures=fixtures))
    assert len(drafts) == 1
    assert drafts[0].time_text == "Published March 9, 2026"
    for line in fixtures.split("\n"):
        assert line in drafts[0].body
