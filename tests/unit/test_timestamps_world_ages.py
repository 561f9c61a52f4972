"""timestamps: the ages and dates news sites of the Netherlands, the Nordics, Poland, Czechia,
Portugal / Brazil, Latin America, Italy, France and Austria print in short forms (a unit
alone, "t" for an hour, "sem.", "mnd", "há instantes", Polish and Finnish month
abbreviations, "1º de dezembro"), as data."""

from datetime import UTC, datetime, timedelta

import pytest
from dateutil.relativedelta import relativedelta
from timestamp_helpers import utc

from streams.timestamps import find_time, resolve_time

FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


def ago(**parts: int) -> datetime:
    months, years = parts.pop("months", 0), parts.pop("years", 0)
    return FETCHED - timedelta(**parts) - relativedelta(months=months, years=years)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a unit alone is one of it
        ("godzinę temu", ago(hours=1)),
        ("rok temu", ago(years=1)),
        ("tydzień temu", ago(weeks=1)),
        ("před hodinou", ago(hours=1)),
        ("před rokem", ago(years=1)),
        ("před minutou", ago(minutes=1)),
        ("pred hodinou", ago(hours=1)),
        ("tunti sitten", ago(hours=1)),
        ("vuosi sitten", ago(years=1)),
        # short units and counts in words
        ("před 3 hod.", ago(hours=3)),
        ("před 3 měsíci", ago(months=3)),
        ("před 2 lety", ago(years=2)),
        ("2 tyg. temu", ago(weeks=2)),
        ("3 mnd geleden", ago(months=3)),
        ("2 dgn geleden", ago(days=2)),
        ("2 sett fa", ago(weeks=2)),
        ("il y a 2 sem.", ago(weeks=2)),
        ("há 2 sem", ago(weeks=2)),
        ("il y a 5 mn", ago(minutes=5)),
        ("2 pv sitten", ago(days=2)),
        ("2 vk sitten", ago(weeks=2)),
        ("för en timme sedan", ago(hours=1)),
        ("för ett år sedan", ago(years=1)),
        ("for en time siden", ago(hours=1)),
        ("for et år siden", ago(years=1)),
        ("for 3 måneder siden", ago(months=3)),
        ("2 timer siden", ago(hours=2)),
        # "t" is an hour in the Nordic ages
        ("3 t sedan", ago(hours=3)),
        ("2 t siden", ago(hours=2)),
        ("3 t sitten", ago(hours=3)),
        # just now
        ("hace instantes", FETCHED),
        ("Há instantes", FETCHED),
        ("hace un momento", FETCHED),
        ("agora mesmo", FETCHED),
        ("przed chwilą", FETCHED),
        # months
        ("28 lis 2026", utc(2026, 11, 28)),
        ("28 paź 2026, 14:05", utc(2026, 10, 28, 14, 5)),
        ("28. marraskuu 2026", utc(2026, 11, 28)),
        ("28. marrask. 2026 klo 14.05", utc(2026, 11, 28, 14, 5)),
        ("28. Feber 2026", utc(2026, 2, 28)),
        ("1º de dezembro de 2026", utc(2026, 12, 1)),
        ("1° de diciembre de 2026, 14:05 hs", utc(2026, 12, 1, 14, 5)),
    ],
)
def test_short_forms_resolve(line: str, expected: datetime) -> None:
    assert find_time(line) == line
    assert resolve_time(line, FETCHED) == expected


def test_german_t_stays_a_day() -> None:
    assert resolve_time("vor 2 T.", FETCHED) == ago(days=2)


@pytest.mark.parametrize(
    "line",
    [
        "Rok temu w Polsce padł rekord frekwencji.",
        "Před volbami",
        "Sem dúvida",
        "Tunti sitten alkanut kokous päättyi.",
        "Det skete for 3 timer siden i Aarhus.",
        "Il y a un instant de silence",
        "Sie 2026 haben gewählt",
        "1º de dezembro, Dia da Restauração da Independência",
    ],
)
def test_sentences_with_stamp_words_stay_text(line: str) -> None:
    assert find_time(line) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("lø. 28. nov. 2026 kl. 14.05", utc(2026, 11, 28, 14, 5)),
        ("la 28.11.2026 klo 14.05", utc(2026, 11, 28, 14, 5)),
        ("lör 28 nov 2026 14:05", utc(2026, 11, 28, 14, 5)),
    ],
)
def test_a_nordic_weekday_abbreviation_before_the_date(line: str, expected: datetime) -> None:
    assert find_time(line) == line
    assert resolve_time(line, FETCHED) == expected


@pytest.mark.parametrize("line", ["Up to 28 Nov 2026", "la 28 e 29 novembre", "to the 28th"])
def test_must_stay_a_weekday_abbreviation_that_is_a_word_opens_no_stamp(line: str) -> None:
    assert find_time(line) is None
