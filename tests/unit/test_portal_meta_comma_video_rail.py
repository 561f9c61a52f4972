"""Portal article shapes (batch b206): a lead's "AFP, publié le …" line (a publisher and its
labelled stamp after a comma) is a meta line; a video rail's first length under its medium
label ("Vidéos" / "01:32" / title) is no clock. Must-stay probes: a comma before a bare date
or inside a sentence, a clock under a section name."""

from streams.split_lines import _meta
from streams.split_page import _video_duration

# --- a publisher and its labelled stamp after a comma ---------------------------------------


def test_publisher_comma_labelled_stamp_is_a_meta_line() -> None:
    assert _meta("AFP, publié le mardi 10 mars 2026 à 14h12") == (
        "AFP",
        "publié le mardi 10 mars 2026 à 14h12",
    )
    assert _meta("The Associated Press, updated 2 hours ago") == (
        "The Associated Press",
        "updated 2 hours ago",
    )


def test_comma_before_a_bare_date_or_in_a_sentence_is_no_meta_line() -> None:
    assert _meta("Reuters, 10 March 2026") is None  # (a dateline's shape: no label)
    assert _meta("He said, updated 3 hours ago") is None
    assert _meta("The minister, who spoke on Tuesday, published 10 March 2026") is None


# --- a video rail's first length under its medium label ---------------------------------------


def test_length_under_a_medium_label_is_no_clock() -> None:
    lines = (
        "Vidéos",
        "01:32",
        "Les images des quais bondés à Marseille-Saint-Charles",
        "BFMTV",
        "il y a 45 min",
    )
    assert _video_duration(lines, 1, "01:32")


def test_clock_under_a_section_name_stays_a_stamp() -> None:
    lines = (
        "Politique",
        "01:32",
        "Les députés adoptent le budget en première lecture",
        "Le Monde",
    )
    assert not _video_duration(lines, 1, "01:32")


def test_live_entry_clock_under_a_video_label_stays_a_stamp() -> None:
    lines = (
        "Video",
        "03:42",
        "Scholz telefoniert mit Netanjahu",
        "Bundeskanzler Olaf Scholz hat in der Nacht mit dem israelischen Premier telefoniert, "
        "wie ein Regierungssprecher mitteilte.",
    )
    assert not _video_duration(lines, 1, "03:42")
