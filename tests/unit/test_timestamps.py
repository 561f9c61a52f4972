"""timestamps: recognising printed stamps and resolving them to UTC."""

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from timestamp_helpers import utc

from streams.timestamps import (
    _zone_rows,
    find_time,
    has_clock,
    is_dated,
    is_relative_age,
    is_update_stamp,
    resolve_time,
)

FETCHED = datetime(2025, 6, 2, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4 hours ago", utc(2025, 6, 2, 4)),
        ("30 mins ago", utc(2025, 6, 2, 7, 30)),
        ("1 hr ago", utc(2025, 6, 2, 7)),
        ("an hour ago", utc(2025, 6, 2, 7)),
        ("2h", utc(2025, 6, 2, 6)),
        ("45m", utc(2025, 6, 2, 7, 15)),
        ("3d", utc(2025, 5, 30, 8)),
        ("Updated 2 days ago", utc(2025, 5, 31, 8)),
        ("Last updated 3 hours ago", utc(2025, 6, 2, 5)),
        ("just now", FETCHED),
        ("yesterday", utc(2025, 6, 1, 8)),
        ("Yesterday at 14:30", utc(2025, 6, 1, 14, 30)),
        ("gestern, 18:45 Uhr", utc(2025, 6, 1, 18, 45)),
        ("vor 4 Stunden", utc(2025, 6, 2, 4)),
        ("vor einer Stunde", utc(2025, 6, 2, 7)),
        ("5 Std.", utc(2025, 6, 2, 3)),
        ("il y a 3 heures", utc(2025, 6, 2, 5)),
        ("il y a 45 min", utc(2025, 6, 2, 7, 15)),
        ("hace 2 horas", utc(2025, 6, 2, 6)),
        ("hace 1 día", utc(2025, 6, 1, 8)),
        ("3 ore fa", utc(2025, 6, 2, 5)),
        ("2 uur geleden", utc(2025, 6, 2, 6)),
        ("för 3 timmar sedan", utc(2025, 6, 2, 5)),
        ("2 tim", utc(2025, 6, 2, 6)),
        ("igår", utc(2025, 6, 1, 8)),
        ("2 godz. temu", utc(2025, 6, 2, 6)),
        ("35 min temu", utc(2025, 6, 2, 7, 25)),
        ("wczoraj", utc(2025, 6, 1, 8)),
    ],
)
def test_relative_stamps_resolve_against_fetched_at(text: str, expected: datetime) -> None:
    assert find_time(text) is not None
    assert resolve_time(text, FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("June 1", utc(2025, 6, 1)),
        ("June 1, 2025", utc(2025, 6, 1)),
        ("1 June 2025", utc(2025, 6, 1)),
        ("December 10, 2024", utc(2024, 12, 10)),
        ("01/06/2025", utc(2025, 6, 1)),  # day-first
        ("06/05/2025", utc(2025, 5, 6)),  # day-first even when month-first is nearer
        ("06/13/2025", utc(2025, 6, 13)),  # month-first only when day-first is impossible
        ("01.06.2025", utc(2025, 6, 1)),
        ("2025-06-01 14:30 GMT", utc(2025, 6, 1, 14, 30)),
        ("2025-06-01T14:30:00Z", utc(2025, 6, 1, 14, 30)),
        ("2025-05-30T07:45:00+03:00", utc(2025, 5, 30, 4, 45)),
        ("Jun 1, 2025 2:30 PM", utc(2025, 6, 1, 14, 30)),
        ("1 de junio de 2025 - 08:10 p. m.", utc(2025, 6, 1, 20, 10)),  # spaced meridiem
        ("1 jun 2025 7:25 a. m. GMT-5", utc(2025, 6, 1, 12, 25)),
        ("Tue, June 10, 2025 at 6:12 AM UTC", utc(2025, 6, 10, 6, 12)),
        ("Tue 10 Jun 2025 14.52 BST", utc(2025, 6, 10, 13, 52)),
        ("June 4, 2025 8:42 AM GMT+9", utc(2025, 6, 3, 23, 42)),
        ("Published: June 1, 2025 2:30 PM EDT", utc(2025, 6, 1, 18, 30)),
        ("1. Juni 2025", utc(2025, 6, 1)),
        ("03.06.2025, 14:12 Uhr", utc(2025, 6, 3, 14, 12)),
        ("Stand: 03.06.2025 14:12 Uhr", utc(2025, 6, 3, 14, 12)),
        ("1 juin 2025", utc(2025, 6, 1)),
        ("2 juin 2025 à 11h30", utc(2025, 6, 2, 11, 30)),
        ("mar. 12 août 2025 à 14:20 UTC+2", utc(2025, 8, 12, 12, 20)),
        ("1 de junio de 2025", utc(2025, 6, 1)),
        ("03 jun 2025 - 07:15 CEST", utc(2025, 6, 3, 5, 15)),
        ("2025/06/01 14:30", utc(2025, 6, 1, 14, 30)),  # ISO order with slashes
        ("14:30 01.06.2025", utc(2025, 6, 1, 14, 30)),  # the clock before the date
        ("Erschienen am 01.06.2025", utc(2025, 6, 1)),
        ("Published 21 May 2026, 07:15 SAST", utc(2026, 5, 21, 5, 15)),
        ("Publicado el 22/05/2026 a las 10:15 h", utc(2026, 5, 22, 10, 15)),
        ("ma 2 jun 2025, 14:05", utc(2025, 6, 2, 14, 5)),  # a Dutch weekday abbreviation
        ("Ultimo aggiornamento: 2 giugno 2025, 09:40", utc(2025, 6, 2, 9, 40)),
        ("Publikacja: 01.06.2025 06:00", utc(2025, 6, 1, 6)),
        ("10:14 AM June 1, 2025", utc(2025, 6, 1, 10, 14)),  # the clock before the date
        ("Publié le 1 juin 2025 à 14 h 05 HAE", utc(2025, 6, 1, 18, 5)),  # Quebec
        ("Mis à jour le 1 juin 2025 à 16 h 30 HNE", utc(2025, 6, 1, 21, 30)),
        ("Publicerad 1 juni 2025 kl. 09.12", utc(2025, 6, 1, 9, 12)),  # Swedish
        ("1 czerwca 2025, godz. 12:40", utc(2025, 6, 1, 12, 40)),  # Polish
        ("måndag 2 juni 2025", utc(2025, 6, 2)),
    ],
)
def test_absolute_stamps(text: str, expected: datetime) -> None:
    assert find_time(text) is not None
    assert resolve_time(text, FETCHED) == expected


def test_a_year_less_date_takes_the_latest_such_date_not_after_fetching() -> None:
    assert resolve_time("December 30", FETCHED) == utc(2024, 12, 30)
    assert resolve_time("June 2", FETCHED) == utc(2025, 6, 2)


def test_a_bare_clock_time_is_today_or_yesterday() -> None:
    assert resolve_time("07:15", FETCHED) == utc(2025, 6, 2, 7, 15)
    assert resolve_time("21.41 BST", FETCHED) == utc(2025, 6, 1, 20, 41)


def test_without_fetched_at_relative_stamps_give_none() -> None:
    for text in ("4 hours ago", "yesterday", "vor 4 Stunden", "June 1", "14:30"):
        assert resolve_time(text, None) is None
    assert resolve_time("June 1, 2025", None) == utc(2025, 6, 1)


def test_results_are_aware_utc() -> None:
    naive = datetime(2025, 6, 2, 8, 0)
    result = resolve_time("4 hours ago", naive)
    assert result == utc(2025, 6, 2, 4)
    local = datetime(2025, 6, 2, 10, 0, tzinfo=timezone(timedelta(hours=2)))
    assert resolve_time("1 hr ago", local) == utc(2025, 6, 2, 7)
    assert result is not None and result.tzinfo is not None


@pytest.mark.parametrize(
    "line",
    [
        "Malaysia ex-PM Mahathir, 100, in hospital for fatigue, office says",
        "South China Morning Post",
        "100",
        "2025",
        "5 min read",
        "On May 5 he said",
        "",
    ],
)
def test_not_a_stamp(line: str) -> None:
    assert find_time(line) is None
    assert resolve_time(line, FETCHED) is None


def test_published_before_modified_on_one_line() -> None:
    line = "Publié le 2 juin 2025 à 11h30, modifié le 2 juin 2025 à 14h05"
    stamp = find_time(line)
    assert stamp == "Publié le 2 juin 2025 à 11h30"
    assert resolve_time(stamp, FETCHED) == utc(2025, 6, 2, 11, 30)


def test_published_and_updated_on_one_line_in_either_order() -> None:
    line = "Published : 2025-06-01 07:48 Updated : 2025-06-01 10:12"
    assert find_time(line) == "Published : 2025-06-01 07:48"
    later = find_time("Updated June 1 2025 - 6:10pm, first published 4:30pm")
    assert later == "first published 4:30pm"
    assert resolve_time(later, FETCHED) == utc(2025, 6, 1, 16, 30)


def test_zone_in_brackets_and_portuguese_label() -> None:
    bracketed = "Publicado el 1 jun 2025, 09:12 (GMT-5)"
    assert resolve_time(bracketed, FETCHED) == utc(2025, 6, 1, 14, 12)
    assert resolve_time("Publicado a 1 jun 2025, 07:05", FETCHED) == utc(2025, 6, 1, 7, 5)


def test_update_labels() -> None:
    assert is_update_stamp("Updated 2 hours ago")
    assert is_update_stamp("Last modified: 2025-06-01 18:05 GMT")
    assert is_update_stamp("Mis à jour le 17 juillet 2025 à 16h05")
    assert not is_update_stamp("Published: 2025-06-01 14:30 GMT")


@pytest.mark.parametrize("text", [" " * 100_000, "." * 100_000, "1" * 100_000, "ago " * 25_000])
def test_adversarial_input_is_rejected(text: str) -> None:
    assert find_time(text) is None
    assert resolve_time(text, FETCHED) is None


def test_dash_pipe_and_uk_zone_between_date_and_clock() -> None:
    assert resolve_time("June 2, 2026 — 10.42pm", FETCHED) == utc(2026, 6, 2, 22, 42)
    assert resolve_time("16 marzo 2026 | 18:20", FETCHED) == utc(2026, 3, 16, 18, 20)
    assert find_time("May 30, 2025 • 10:15 AM") == "May 30, 2025 • 10:15 AM"
    assert resolve_time("30 mei 2025 • 10:15", FETCHED) == utc(2025, 5, 30, 10, 15)
    # the clock first, then a dash and the date
    assert find_time("10:15 AM - May 30, 2025") == "10:15 AM - May 30, 2025"
    assert resolve_time("10h15 - 30/05/2025", FETCHED) == utc(2025, 5, 30, 10, 15)
    assert find_time("10:15 - 11:20") is None  # a span of hours
    # ", UK" is UK local time: GMT in November, BST (+1) in June
    assert resolve_time("Friday 27 November 2026 09:41, UK", FETCHED) == utc(2026, 11, 27, 9, 41)
    assert resolve_time("Monday 1 June 2026 09:41, UK", FETCHED) == utc(2026, 6, 1, 8, 41)


def test_bracketed_italian_update_after_the_published_date() -> None:
    line = "16 marzo 2026 (modifica il 16 marzo 2026 | 18:20)"
    assert find_time(line) == "16 marzo 2026"
    assert is_update_stamp("modifica il 16 marzo 2026 | 18:20")


def test_bare_minutes_are_left_to_their_place_but_resolve() -> None:
    assert find_time("40 min") is None  # a reading time as often as a stamp
    assert resolve_time("40 min", FETCHED) == FETCHED - timedelta(minutes=40)


def test_a_second_label_glued_to_the_first_clock_splits_the_line() -> None:
    line = "Publié le : 21/05/2026 - 10:12Modifié le : 21/05/2026 - 12:40"
    assert find_time(line) == "Publié le : 21/05/2026 - 10:12"


def test_an_update_at_a_clock_after_the_date_leaves_the_published_stamp() -> None:
    assert find_time("02/06/2025 09:15 Actualizado a las 11:20") == "02/06/2025 09:15"
    assert find_time("Actualizado a las 11:20") == "Actualizado a las 11:20"


def test_polish_and_italian_update_labels() -> None:
    assert is_update_stamp("Ultimo aggiornamento: 2 giugno 2025, 09:40")
    assert is_update_stamp("Aktualizacja: 01.06.2025 08:15")
    # "Aktualizacja: … Publikacja: …" on one line: the publication part is the stamp
    both = "Aktualizacja: 01.06.2025 08:15 Publikacja: 01.06.2025 06:00"
    assert find_time(both) == "Publikacja: 01.06.2025 06:00"


def test_swedish_dutch_and_polish_update_labels() -> None:
    assert is_update_stamp("Uppdaterad 1 juni 2025 kl. 11.40")
    assert is_update_stamp("Aangepast vandaag, 11:48")
    assert not is_update_stamp("Publicerad 1 juni 2025 kl. 09.12")


def test_a_date_without_a_clock_keeps_its_calendar_date() -> None:
    early = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)  # fetched just after midnight UTC
    for text in ("Published Nov 27, 2026", "Fri, Nov 27, 2026", "27.11.2026", "27 listopada 2026"):
        assert find_time(text) is not None
        assert resolve_time(text, early) == utc(2026, 11, 27)


def test_spanish_al_label_and_a_middle_dot_between_date_and_clock() -> None:
    line = "Actualizado al 1 de junio de 2025 · 01:47"
    assert find_time(line) == line
    assert resolve_time(line, FETCHED) == utc(2025, 6, 1, 1, 47)
    assert find_time("Reuters · 2 hours ago") is None  # (a meta line: split parts it)


def test_an_update_label_glued_to_the_zone_of_the_published_stamp() -> None:
    line = "June 1, 2025 7:48 PM GMTUpdated 13 hours ago"
    assert find_time(line) == "June 1, 2025 7:48 PM GMT"
    assert resolve_time(find_time(line), FETCHED) == utc(2025, 6, 1, 19, 48)
    assert find_time("McDonald 3 hours") is None


def test_a_screen_readers_repeat_glued_after_a_lower_case_stamp() -> None:
    line = "Posted 5h ago, updated 20m agoPosted 5h ago 5 hours ago, updated 20m ago 20 minutes ago"
    assert find_time(line) == "Posted 5h ago"
    assert resolve_time(find_time(line), FETCHED) == utc(2025, 6, 2, 3)
    assert find_time("Talks resumed 5 hours agoMcDonald said") is None


def test_every_zone_abbreviation_has_an_offset_its_tz_database_zone_uses() -> None:
    """The offsets of data/time_zones.tsv agree with tzdata (standard or summer time)."""
    for name, hours, zone_name in _zone_rows():
        zone = ZoneInfo(zone_name)
        used = {
            datetime(2025, month, 15, tzinfo=UTC).astimezone(zone).utcoffset()
            for month in range(1, 13)
        } | {datetime(2005, 1, 15, tzinfo=UTC).astimezone(zone).utcoffset()}
        assert timedelta(hours=hours) in used, (name, zone_name, used)


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("Jan 10, 2026 10:00 AM CST", utc(2026, 1, 10, 16)),
        ("Jan 10, 2026 10:00 AM AEDT", utc(2026, 1, 9, 23)),
        ("Jan 10, 2026 10:00 AM NPT", utc(2026, 1, 10, 4, 15)),
        ("Jul 10, 2026 10:00 AM AKDT", utc(2026, 7, 10, 18)),
        ("10.01.2026 10:00 OEZ", utc(2026, 1, 10, 8)),
        ("Jan 10, 2026 10:00 AM WAT", utc(2026, 1, 10, 9)),
        # Newfoundland (CBC N.L.): standard and daylight time, half an hour off Atlantic
        ("Posted: Jan 10, 2026 10:00 AM NST", utc(2026, 1, 10, 13, 30)),
        ("Posted: Jul 10, 2026 10:00 AM NDT", utc(2026, 7, 10, 12, 30)),
    ],
)
def test_zones_of_the_americas_asia_africa_and_oceania(stamp: str, expected: datetime) -> None:
    assert resolve_time(stamp, FETCHED) == expected, stamp


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("Publikováno: 3. března 2026 9:05, aktualizováno: 4. 3. 7:10", utc(2026, 3, 3, 9, 5)),
        ("před 2 hodinami", utc(2025, 6, 2, 6)),
        ("14. 5. 2026", utc(2026, 5, 14)),
        ("Publiceret 3. feb. 2026 kl. 09.15", utc(2026, 2, 3, 9, 15)),
        ("Opdateret 3. feb. 2026 kl. 10.40", utc(2026, 2, 3, 10, 40)),
        ("for 3 timer siden", utc(2025, 6, 2, 5)),
        ("2026. 03. 14. 08:30", utc(2026, 3, 14, 8, 30)),
        ("2026. március 14. 08:30", utc(2026, 3, 14, 8, 30)),
        ("Selasa, 3 Mar 2026 10:00 WIB", utc(2026, 3, 3, 3)),
        ("Diperbarui 3 Agustus 2026 10:00 WIB", utc(2026, 8, 3, 3)),
        ("2 jam yang lalu", utc(2025, 6, 2, 6)),
    ],
)
def test_czech_danish_hungarian_and_indonesian_stamps(stamp: str, expected: datetime) -> None:
    found = find_time(stamp)
    assert found is not None
    assert resolve_time(found, FETCHED) == expected


def test_a_publish_label_before_an_update_label() -> None:
    found = find_time("Publish : 3 Mar 2026, 10:12 AM")
    assert found is not None and not is_update_stamp(found)
    assert resolve_time(found, FETCHED) == utc(2026, 3, 3, 10, 12)


def test_a_year_glued_to_its_clock_by_inner_text() -> None:
    # a <time> element's date and the clock span after it, without a space between
    assert find_time("March 3, 20269:15 AM ET") is not None
    assert resolve_time("March 3, 20269:15 AM ET", FETCHED) == utc(2026, 3, 3, 14, 15)
    assert resolve_time("03/03/202614:05", FETCHED) == utc(2026, 3, 3, 14, 5)
    assert find_time("at 20269:15") is None  # no date before it: a number, not a year


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("March 3, 2026 @ 9:15pm", utc(2026, 3, 3, 21, 15)),  # blog themes print "@"
        ("Le 03/03/2026 à 09h15", utc(2026, 3, 3, 9, 15)),
        ("am 03.03.2026 um 09:15 Uhr", utc(2026, 3, 3, 9, 15)),
        ("3 marzo 2026 ore 09:15", utc(2026, 3, 3, 9, 15)),
        ("03/03/2026 alle ore 09:15", utc(2026, 3, 3, 9, 15)),
        ("ieri ore 21:40", utc(2025, 6, 1, 21, 40)),
        ("un'ora fa", utc(2025, 6, 2, 7)),
    ],
)
def test_connectors_and_prepositions_around_date_and_clock(stamp: str, expected: datetime) -> None:
    assert find_time(stamp) is not None
    assert resolve_time(stamp, FETCHED) == expected


@pytest.mark.parametrize(
    ("stamp", "update"),
    [
        ("First uploaded on: 03-03-2026 at 09:15 IST", False),
        ("Created: 3 March 2026", False),
        ("Geplaatst op 3 maart 2026 09:15", False),
        ("Laatst bijgewerkt: 3 maart 2026 09:15", True),
        ("Laatste update: 03-03-2026 09:15", True),
        ("Dernière mise à jour le 3 mars 2026 à 09h15", True),
        ("Zuletzt geändert: 03.03.2026, 09:15 Uhr", True),
        ("Última atualização: 03/03/2026 09h15", True),
        ("Modificado: 03/03/2026 09:15", True),
    ],
)
def test_more_publish_and_update_labels(stamp: str, update: bool) -> None:
    assert find_time(stamp) == stamp
    assert resolve_time(stamp, FETCHED) is not None
    assert is_update_stamp(stamp) is update


def test_a_dutch_published_and_last_updated_pair_keeps_the_published_stamp() -> None:
    line = "Gepubliceerd: 3 maart 2026 09:15 | Laatst bijgewerkt: 3 maart 2026 11:40"
    assert find_time(line) == "Gepubliceerd: 3 maart 2026 09:15"


@pytest.mark.parametrize(
    "line",
    [
        "Le président a parlé 2 heures",
        "am Ende des Tages",
        "Il 2026 sarà un anno difficile per l'economia",
        "Contact us @ 0800 123 456",
        "Created by the editors",
    ],
)
def test_prepositions_and_labels_in_prose_are_no_stamps(line: str) -> None:
    assert find_time(line) is None


def test_an_article_after_the_label_is_no_spanish_a() -> None:
    assert resolve_time("Updated a day ago", FETCHED) == utc(2025, 6, 1, 8)
    assert resolve_time("Posted an hour ago", FETCHED) == utc(2025, 6, 2, 7)
    assert resolve_time("Publicado a 1 jun 2025, 07:05", FETCHED) == utc(2025, 6, 1, 7, 5)


def test_a_date_line_joined_with_the_labelled_clock_line_under_it() -> None:
    # "Tuesday, March 3, 2026" / "Published 9:15 am EAT": split joins the two lines
    assert resolve_time("Tuesday, March 3, 2026 Published 9:15 am EAT", FETCHED) == utc(
        2026, 3, 3, 6, 15
    )
    assert resolve_time("03.03.2026 Veröffentlicht um 09:15 Uhr", FETCHED) == utc(2026, 3, 3, 9, 15)
    # an update's clock before it keeps the line for find_time to cut ("first published 4:30pm")
    assert resolve_time("March 3 2026 - 6:10pm, first published 4:30pm", FETCHED) is None


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        # Dutch hour words after a count or a clock
        ("7 u", utc(2025, 6, 2, 1)),  # Dutch compact "uur" on a card
        ("vor 2 Tg.", utc(2025, 5, 31, 8)),
        ("Zondag 1 juni 2025, 21.40 uur", utc(2025, 6, 1, 21, 40)),
        ("vandaag om 06.15 uur", utc(2025, 6, 2, 6, 15)),
        ("zo 1 jun 2025 19.05 u", utc(2025, 6, 1, 19, 5)),
        # more Nordic, Hungarian and Indonesian stamps
        ("1 jun 2025 kl 19:05", utc(2025, 6, 1, 19, 5)),  # "kl" without its dot
        ("2 órája", utc(2025, 6, 2, 6)),  # Hungarian: "2 hours ago"
        ("3 napja", utc(2025, 5, 30, 8)),
        ("tegnap 18:30", utc(2025, 6, 1, 18, 30)),  # Hungarian and Indonesian "yesterday"
        ("Kemarin, 21:10", utc(2025, 6, 1, 21, 10)),
        ("Hari ini, 06:15", utc(2025, 6, 2, 6, 15)),  # Indonesian "today"
        # "ago" after the count, and the seconds nobody counts
        ("2 horas atrás", utc(2025, 6, 2, 6)),  # Brazilian, without "há"
        ("3 días atrás", utc(2025, 5, 30, 8)),
        ("a few seconds ago", FETCHED),
        ("hace unos segundos", FETCHED),
        ("vor wenigen Sekunden", FETCHED),
    ],
)
def test_stamps_in_more_languages(stamp: str, expected: datetime) -> None:
    assert find_time(stamp) == stamp
    assert resolve_time(stamp, FETCHED) == expected


def test_a_label_written_as_a_sentence() -> None:
    published = "This story was published on May 30, 2025"
    assert find_time(published) == published
    assert resolve_time(published, FETCHED) == utc(2025, 5, 30)
    assert is_update_stamp("This article was last updated on 1 June 2025 at 10:20")
    # an archive banner's age and a correction note are no stamps
    assert find_time("This was published 5 months ago") is None
    assert find_time("This story was amended on 1 June 2025.") is None


@pytest.mark.parametrize(
    ("line", "stamp", "expected"),
    [
        ("By Odile BrandtJune 1, 2025", "June 1, 2025", utc(2025, 6, 1)),
        ("By Odile Brandt, Staff Writer, May 30, 2025", "May 30, 2025", utc(2025, 5, 30)),
        ("By Odile Brandt - Metro Editor - June 1, 2025 at 6:10 am", "June 1, 2025 at 6:10 am",
         utc(2025, 6, 1, 6, 10)),
        ("Odile BrandtPublished 7:05 a.m. ET June 1, 2025", "Published 7:05 a.m. ET June 1, 2025",
         utc(2025, 6, 1, 11, 5)),
        ("By Odile Brandt Valley Staff,Updated June 1, 2025, 9:40 p.m.",
         "Updated June 1, 2025, 9:40 p.m.", utc(2025, 6, 1, 21, 40)),
        ("Von Ida Roth und Jan Falk, 01.06.2025, 07:15 Uhr", "01.06.2025, 07:15 Uhr",
         utc(2025, 6, 1, 7, 15)),
        ("Par Léa Morel, publié le 01/06/2025 à 18h20", "publié le 01/06/2025 à 18h20",
         utc(2025, 6, 1, 18, 20)),
        ("By Odile Brandt3 hours ago", "3 hours ago", utc(2025, 6, 2, 5)),
        # a portal's "Story by" in Dutch, before its meta line's separator
        ("Verhaal van Odile Brandt • 3 uur geleden", "3 uur geleden", utc(2025, 6, 2, 5)),
        # a name and newsroom before a line with two stamps: the publication one
        ("Odile Brandt · Valley Radio · Posted: Jun 1, 2025 6:00 AM EDT | Last Updated: 2 hours "
         "ago", "Posted: Jun 1, 2025 6:00 AM EDT", utc(2025, 6, 1, 10)),
        ("By Odile Brandt, Updated 2 hours ago, first published 6:00am", "first published 6:00am",
         utc(2025, 6, 2, 6)),
    ],
)  # fmt: skip
def test_the_stamp_after_a_byline_on_its_line(line: str, stamp: str, expected: datetime) -> None:
    assert find_time(line) == stamp
    assert resolve_time(stamp, FETCHED) == expected


@pytest.mark.parametrize(
    "line",
    [
        "By Tuesday, June 3, 2025",  # a deadline, not a byline
        "Odile Brandt 3 hours ago",  # a name without "By" needs a label before the stamp
        "By the end of June 1, 2025",
        "By Odile Brandt, who covered the June 1, 2025 vote",
    ],
)
def test_no_byline_stamp(line: str) -> None:
    assert find_time(line) is None


def test_an_en_dash_between_date_and_clock_and_an_originally_published_label() -> None:
    assert resolve_time("May 30, 2025 – 6:40am", FETCHED) == utc(2025, 5, 30, 6, 40)
    stamp = "Originally published May 30, 2025 at 9:15 a.m."
    assert find_time(stamp) == stamp
    assert resolve_time(stamp, FETCHED) == utc(2025, 5, 30, 9, 15)


def test_a_month_and_a_year_without_a_day_are_no_stamp() -> None:
    assert find_time("July 2025") is None  # a magazine issue's month
    assert resolve_time("July 2025", FETCHED) is None
    assert find_time("May 2025 issue") is None
    assert resolve_time("May 31, 2025", FETCHED) == utc(2025, 5, 31)


@pytest.mark.parametrize(
    "line",
    [
        "By " + "Ann " * 30 + "1",
        "By " + "Ann," * 28 + "2 hours ago",
        "Ann Lee " + "Published " * 12,
    ],
)
def test_the_byline_stamp_test_on_adversarial_lines(line: str) -> None:
    assert find_time(line) is None


@pytest.mark.parametrize(
    ("stamp", "fetched", "expected"),
    [
        # the year from the page's fetch time, not from the recognising parse's default
        ("Nov 27", datetime(2026, 11, 28, tzinfo=UTC), utc(2026, 11, 27)),
        ("Nov 27", datetime(2031, 11, 28, tzinfo=UTC), utc(2031, 11, 27)),
        ("Feb 29, 14:05", datetime(2028, 3, 1, tzinfo=UTC), utc(2028, 2, 29, 14, 5)),
        ("Feb 29", datetime(2027, 3, 1, tzinfo=UTC), None),  # (no such day in 2027)
        ("Nov 27, 2026 9:30 am ET", datetime(2031, 1, 1, tzinfo=UTC), utc(2026, 11, 27, 14, 30)),
        ("27.11.2026, 09:30 Uhr", datetime(2031, 1, 1, tzinfo=UTC), utc(2026, 11, 27, 9, 30)),
    ],
)
def test_resolving_after_recognising_keeps_the_fetch_year(
    stamp: str, fetched: datetime, expected: datetime | None
) -> None:
    """A stamp is first recognised (``find_time``), then resolved: the parse both share
    must not carry the recognising one's stand-in year into the resolved date."""
    assert find_time(stamp) == stamp
    assert resolve_time(stamp, fetched) == expected


@pytest.mark.parametrize(
    ("line", "stamp", "expected"),
    [
        ("Updated as of March 3, 2025 9:20 PM SGT", "Updated as of March 3, 2025 9:20 PM SGT",
         utc(2025, 3, 3, 13, 20)),
        ("As of 7:45 AM EST", "As of 7:45 AM EST", utc(2025, 6, 2, 12, 45) - timedelta(days=1)),
        # a dateline's place in capitals on the stamp line
        ("VALDORA 03.03.2025 | 10:12 CET", "03.03.2025 | 10:12 CET", utc(2025, 3, 3, 9, 12)),
        ("PORT SELWYN, 3 March 2025", "3 March 2025", utc(2025, 3, 3)),
        # a clock's "hrs" / "h." before its zone
        ("3 Mar 2025 10:12 hrs IST", "3 Mar 2025 10:12 hrs IST", utc(2025, 3, 3, 4, 42)),
        ("03/03/2025 - 10:12 h. CET", "03/03/2025 - 10:12 h. CET", utc(2025, 3, 3, 9, 12)),
        ("14.03.2025, 07:05 Uhr MEZ", "14.03.2025, 07:05 Uhr MEZ", utc(2025, 3, 14, 6, 5)),
    ],
)  # fmt: skip
def test_as_of_labels_dateline_places_and_hour_words_before_a_zone(
    line: str, stamp: str, expected: datetime
) -> None:
    assert find_time(line) == stamp
    assert resolve_time(stamp, FETCHED) == expected


@pytest.mark.parametrize(
    "line",
    [
        "OSLO, Mar. 3 (Nordwire) -- Ferry traffic resumed on Monday",  # a wire story's dateline
        "OSLO, Mar. 3",  # (no year: a dateline, not a stamp)
        "QX9 2025",
        "VALDORA 2 hours ago",
    ],
)
def test_no_stamp_after_a_place_in_capitals(line: str) -> None:
    assert find_time(line) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # one zone printed for both clocks, after the second
        ("Oct 9, 2025 08:41 am | Updated 10:03 am IST", utc(2025, 10, 9, 3, 11)),
        ("Publié le 09/10/2025 à 07h05, mis à jour à 08h50 CET", utc(2025, 10, 9, 6, 5)),
        (
            "Updated 9 Oct 2025 10:03 am IST, first published 9 Oct 2025 08:41 am",
            utc(2025, 10, 9, 3, 11),
        ),
        # each clock with its own zone, or none printed: as before
        ("Oct 9, 2025 08:41 am GMT | Updated 10:03 am IST", utc(2025, 10, 9, 8, 41)),
        ("Oct 9, 2025 08:41 am | Updated 10:03 am", utc(2025, 10, 9, 8, 41)),
    ],
)
def test_a_zone_printed_once_after_the_update_clock_is_the_published_clocks_too(
    line: str, expected: datetime
) -> None:
    stamp = find_time(line)
    assert stamp is not None
    assert resolve_time(stamp, FETCHED) == expected


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("sab 1 mar 2025 - 10:05", utc(2025, 3, 1, 10, 5)),  # Italian Saturday
        ("Mie, 26/02/2025 - 10:05", utc(2025, 2, 26, 10, 5)),  # Spanish Wednesday, unaccented
    ],
)
def test_unaccented_weekday_abbreviations_before_a_date(stamp: str, expected: datetime) -> None:
    assert find_time(stamp) == stamp
    assert resolve_time(stamp, FETCHED) == expected


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("Source: Nordwire| 2025-03-03 10:12:40| Editor: Ann Vole", "2025-03-03 10:12:40"),
        ("Quelle: Nordwire | 03.03.2025 10:12 | Redaktion: Ann Vole", "03.03.2025 10:12"),
        ("Author: Ann Vole | Published: 3 March 2025", "Published: 3 March 2025"),
        # parts without labels, or no stamp among them: no stamp
        ("Home | World | 3 March 2025", None),
        ("Source: Nordwire | Editor: Ann Vole", None),
        ("Ferry fares rose by 3 March 2025 | Editor: Ann Vole", None),
    ],
)
def test_the_stamp_among_an_info_lines_labelled_parts(line: str, stamp: str | None) -> None:
    assert find_time(line) == stamp


@pytest.mark.parametrize("line", ["2.25 m", "9.58 sec", "3.45 km", "3.50 lei", "10:30 mins"])
def test_a_measure_or_a_price_is_no_clock_with_a_zone(line: str) -> None:
    assert find_time(line) is None


def test_a_clock_with_a_zone_is_still_one() -> None:
    assert find_time("14.30 BST") == "14.30 BST"
    assert find_time("7:05 ET") == "7:05 ET"
    assert find_time("gestern, 18:45 Uhr") == "gestern, 18:45 Uhr"


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("hace 2 hs", utc(2025, 6, 2, 6)),  # Argentine "hs" for hours
        ("há 2h", utc(2025, 6, 2, 6)),  # the unit glued to its number, as "2h ago"
        ("3u geleden", utc(2025, 6, 2, 5)),
        ("2h fa", utc(2025, 6, 2, 6)),
        ("2 gg fa", utc(2025, 5, 31, 8)),  # Italian "gg" for days
        ("vor mehr als 2 Stunden", utc(2025, 6, 2, 6)),
    ],
)
def test_relative_unit_abbreviations_and_glued_units(stamp: str, expected: datetime) -> None:
    assert find_time(stamp) == stamp
    assert resolve_time(stamp, FETCHED) == expected


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("March 3, 2025 (Nordwire)", "March 3, 2025"),
        ("Oct 9, 2025 07:12 (HWA)", "Oct 9, 2025 07:12"),
        ("VALDORA, March 3 (Nordwire) --", None),  # a dateline: the story goes on
        ("The ferry vote is on March 3, 2025 (Monday)", None),
    ],
)
def test_a_date_with_the_wires_name_in_brackets_is_a_stamp(line: str, stamp: str | None) -> None:
    assert find_time(line) == stamp


@pytest.mark.parametrize(
    ("stamp", "clock", "dated"),
    [
        ("27.11.2026", False, True),  # a dotted date's day and month are no clock
        ("2026.11.27", False, True),
        ("27.11.26", False, True),
        ("14/03/2026", False, True),
        ("27.11.2026 14:30", True, True),
        ("Stand: 14.30.", True, True),  # a full stop after the clock
        ("10h05", True, True),
        ("Nov 27, 2026 5:00 PM", True, True),
        ("Nov 27, 2026", False, False),
        ("4h ago", False, False),
        # an hour with its a.m. / p.m. and no minutes is a clock too
        ("March 3, 2026, 9 AM ET", True, True),
        ("3 Mar 2026, 6p.m.", True, True),
        ("7 amigos", False, False),
    ],
)
def test_a_clock_and_a_headers_date_in_a_stamp(stamp: str, clock: bool, dated: bool) -> None:
    assert has_clock(stamp) is clock
    assert is_dated(stamp) is dated


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("Updated 12m ago12 minutes ago", "Updated 12m ago"),
        ("Updated 9h ago9 hours ago, posted 2d ago2 days ago", "posted 2d ago"),
        ("1h fa1 ora fa", "1h fa"),
        ("Updated 12m ago2 minutes ago", None),  # two ages: no repeat of one stamp
        ("Flight NZ8 lands 3 hours ago", None),
    ],
)
def test_a_stamps_long_form_for_screen_readers_glued_after_it(line: str, stamp: str | None) -> None:
    assert find_time(line) == stamp


def test_an_age_is_told_from_a_day_and_a_clock() -> None:
    for age in ("Published 35 minutes ago", "vor 2 Stunden", "4h", "40 min"):
        assert is_relative_age(age), age
    for stamp in ("Yesterday", "June 4, 2025", "10:05", "Updated 9:12 a.m. ET"):
        assert not is_relative_age(stamp), stamp


@pytest.mark.parametrize(
    ("line", "stamp", "expected"),
    [
        # a print edition's page after the date
        ("Mon, Mar 3, 2025 page 7", "Mon, Mar 3, 2025", utc(2025, 3, 3)),
        ("03.03.2025 Seite A4", "03.03.2025", utc(2025, 3, 3)),
    ],
)  # fmt: skip
def test_a_print_page_after_a_date(line: str, stamp: str, expected: datetime) -> None:
    assert find_time(line) == stamp
    assert resolve_time(stamp, FETCHED) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Harbour Gala 09:40",  # (a clock without a date)
        "Latest Stories March 3, 2025",  # (a date without a clock)
        "Ferry timetable change 09:40 March 3, 2025",  # (three words: a headline's)
        "Tomas Ravel Monday, 03 March 2025 09:40 AM",  # (a name before a weekday)
        "Chapter 3 page 7",  # (no date before the page)
        # a text's fact line: a word before a clock and a date is no stamp
        "Kickoff 20:45 March 7, 2026",
        "Latest Stories 09:40 March 3, 2025",
    ],
)
def test_no_stamp_from_words_around_a_date_without_the_page_shape(
    line: str,
) -> None:
    assert find_time(line) is None


def test_a_stamp_in_fullwidth_forms_is_read_in_ascii_ones() -> None:
    # fullwidth letters and digits (CJK input) fold to ASCII for reading the stamp only
    assert find_time("Ｊｕｎｅ １, ２０２６") == "June 1, 2026"
    assert find_time("２ hours ago") == "2 hours ago"
    assert find_time("Ｆｅｒｒｙ ｆａｒｅｓ") is None
