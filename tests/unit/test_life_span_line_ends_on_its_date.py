"""split_body._life_span: a closing line with a life-span word and two full dates is the
obituary's facts line only when it ends on its last date; a gallery link going on after
the dates ("…, died November 27th, 2026: … life in photos") is trimmed as a link."""

from streams.split_body import _life_span


def test_a_facts_line_ends_on_its_last_date() -> None:
    assert _life_span("Sir Alan Pryor: born April 9th, 1937; died October 30th, 2026")
    assert _life_span("Ann Lee, engineer, born 3 May 1938; died 12 November 2026.")


def test_a_gallery_link_after_the_dates_is_no_facts_line() -> None:
    assert not _life_span(
        "Born March 3rd, 1941, died November 27th, 2026: Judge Ellen Park's life in photos"
    )
