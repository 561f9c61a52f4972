"""timestamps: stamps of languages less often covered (Turkish, Greek, Czech / Slovak,
Finnish, Estonian, Romanian, Baltic, Croatian, Swedish short ages), as data."""

from datetime import UTC, datetime

import pytest
from timestamp_helpers import utc

from streams.timestamps import find_time, is_update_stamp, resolve_time

FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # ages counted back
        ("2 saat önce", utc(2026, 11, 29, 10)),
        ("2 ώρες πριν", utc(2026, 11, 29, 10)),
        ("πριν από 3 ώρες", utc(2026, 11, 29, 9)),
        ("Publicerad 3 tim sedan", utc(2026, 11, 29, 9)),
        ("2 tuntia sitten", utc(2026, 11, 29, 10)),
        ("3 päeva tagasi", utc(2026, 11, 26, 12)),
        ("acum 2 ore", utc(2026, 11, 29, 10)),
        ("acum o oră", utc(2026, 11, 29, 11)),
        ("pred 3 hodinami", utc(2026, 11, 29, 9)),
        ("prije 2 sata", utc(2026, 11, 29, 10)),
        ("prieš 2 val.", utc(2026, 11, 29, 10)),
        ("pirms 2 stundām", utc(2026, 11, 29, 10)),
        ("2 jam lalu", utc(2026, 11, 29, 10)),
        ("15 phút trước", utc(2026, 11, 29, 11, 45)),
        # a day word, alone or with its clock
        ("Χθες", utc(2026, 11, 28, 12)),
        ("χθες στις 18:45", utc(2026, 11, 28, 18, 45)),
        ("dün 18:45", utc(2026, 11, 28, 18, 45)),
        ("včera 21:40", utc(2026, 11, 28, 21, 40)),
        ("včera v 21:40", utc(2026, 11, 28, 21, 40)),
        ("eilen klo 14.30", utc(2026, 11, 28, 14, 30)),
        # labels, month and weekday names
        ("Giriş: 29.11.2026 - 10:15", utc(2026, 11, 29, 10, 15)),
        ("Δημοσίευση: 29.11.2026 • 18:20", utc(2026, 11, 29, 18, 20)),
        ("Κυριακή, 29 Νοεμβρίου 2026, 18:20", utc(2026, 11, 29, 18, 20)),
        ("29 Νοεμβρίου 2026 στις 18:20", utc(2026, 11, 29, 18, 20)),
        ("Salı, 24 Kasım 2026 10:15", utc(2026, 11, 24, 10, 15)),
        ("1 Aralık 2025", utc(2025, 12, 1)),
        ("29. marraskuuta 2026 klo 14.30", utc(2026, 11, 29, 14, 30)),
        ("Publicat: 29 noiembrie 2026, 14:30", utc(2026, 11, 29, 14, 30)),
        ("29. novembra 2026 14:30", utc(2026, 11, 29, 14, 30)),
    ],
)
def test_a_stamp_in_a_less_covered_language_is_read(line: str, expected: datetime) -> None:
    stamp = find_time(line)
    assert stamp is not None
    assert resolve_time(stamp, FETCHED) == expected


def test_a_published_label_wins_over_the_update_on_its_line() -> None:
    stamp = find_time("Giriş: 29.11.2026 - 10:15  Güncelleme: 29.11.2026 - 12:40")
    assert stamp is not None
    assert resolve_time(stamp, FETCHED) == utc(2026, 11, 29, 10, 15)


@pytest.mark.parametrize(
    "line",
    [
        "Güncelleme: 29.11.2026 - 12:40",
        "Güncellenme: 29.11.2026 12:40",
        "Ενημέρωση: 29.11.2026 • 20:05",
        "Päivitetty 14:30",
    ],
)
def test_an_update_label_in_those_languages_marks_an_update(line: str) -> None:
    assert is_update_stamp(line)


@pytest.mark.parametrize(
    "line",
    [
        # a sentence with a month name, a day word or an age stays text
        "Dün akşam İstanbul'da 18:45'te başlayan maç uzatmaya gitti.",
        "Χθες το βράδυ η ΕΜΥ εξέδωσε έκτακτο δελτίο για τις 18:20.",
        "Včera ve 21:40 vláda schválila novelu zákona.",
        "Kasım ayında enflasyon yüzde 2 arttı.",
        "Acum 2 ore de mers separă orașul de munte.",
        "Pagi ini lalu lintas padat di Jakarta.",
        "Năm 2026 trước mắt còn nhiều khó khăn.",
        # UI words of the same languages
        "Giriş",
        "Giriş Yap",
        "Pazar",
    ],
)
def test_must_stay_text_or_ui_in_those_languages_is_no_stamp(line: str) -> None:
    assert find_time(line) is None
