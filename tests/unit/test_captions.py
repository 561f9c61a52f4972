"""captions: credits that name a photographer working for an outlet."""

from schemas.article import Caption
from streams.captions import extract_captions, split_credit


def test_a_photographer_for_an_outlets_initials_is_a_credit_line() -> None:
    assert split_credit("Dana Whitfield for WBUR") == ("", "Dana Whitfield for WBUR")


def test_a_title_case_headline_ending_in_initials_is_no_credit_line() -> None:
    assert split_credit("Senate Votes for NATO") is None  # no person's first name before "for"
    assert split_credit("Dana Whitfield for Wbur") is None  # one word, not initials


def test_the_credit_printed_again_after_the_caption_ui_credits_one_caption() -> None:
    # "hide caption" / "toggle caption" (UI, removed by clean) stood between the two credits
    paragraphs = [
        "Volunteers sort donated coats at a church hall in Dorchester on Tuesday.",
        "Dana Whitfield for WBUR",
        "Dana Whitfield for WBUR",
        "BOSTON — Coat drives across the city say demand has doubled since last winter.",
    ]
    body, captions = extract_captions(paragraphs)
    assert captions == [
        Caption(
            text="Volunteers sort donated coats at a church hall in Dorchester on Tuesday.",
            credit="Dana Whitfield for WBUR",
        )
    ]
    assert body == [paragraphs[-1]]


def test_a_photographers_double_initials_are_no_sentence_break() -> None:
    assert split_credit("Smoke rises over the valley on Monday. (AP Photo/Mary J.K. Osei)") == (
        "Smoke rises over the valley on Monday.",
        "AP Photo/Mary J.K. Osei",
    )


def test_a_labelled_credit_glued_to_the_caption_by_inner_text() -> None:
    assert split_credit("Commuters wait at Leeds station during the 2025 strikes(Image: PA)") == (
        "Commuters wait at Leeds station during the 2025 strikes",
        "PA",
    )


def test_an_agency_file_picture_after_a_dash() -> None:
    assert split_credit("Fishing boats moored at the harbour in Aden on Monday. — AFP file") == (
        "Fishing boats moored at the harbour in Aden on Monday.",
        "AFP file",
    )
    assert split_credit("Fishing boats moored at the harbour in Aden. — Harbour file") is None


def test_a_label_without_a_colon_before_an_agency_or_a_slash_credit() -> None:
    assert split_credit("Des pompiers sur le toit de la gare, vendredi. Photo AFP") == (
        "Des pompiers sur le toit de la gare, vendredi.",
        "AFP",
    )
    assert split_credit("Boats at the jetty after the storm. - Foto STAR/Lim Wei Ming") == (
        "Boats at the jetty after the storm.",
        "STAR/Lim Wei Ming",
    )
    assert split_credit("The finish was the closest of the season. Photo Finish") is None


def test_an_image_credit_label_in_brackets() -> None:
    assert split_credit("The probe's view of the far side of the Moon. (Image credit: ESA)") == (
        "The probe's view of the far side of the Moon.",
        "ESA",
    )


def test_a_lower_case_agency_after_a_dash_is_a_credit() -> None:
    assert split_credit("Volunteers sort donated coats at a depot in Graz. — dpa") == (
        "Volunteers sort donated coats at a depot in Graz.",
        "dpa",
    )
    assert split_credit("Volunteers sort donated coats at a depot in Graz. — depot") is None


def test_a_note_on_the_kind_of_picture_is_caption_text_and_the_credit_line_follows() -> None:
    assert split_credit("Ein Schneepflug räumt die Passstraße bei Sölden. (Symbolbild)") is None
    body, captions = extract_captions(
        [
            "Der Pass bleibt bis Montag gesperrt.",
            "A snowplough clears the pass road near Sölden. (File photo)",
            "© Erika Muster/APA",
            "Die Straßenmeisterei rechnet mit weiterem Schneefall.",
        ]
    )
    assert body == [
        "Der Pass bleibt bis Montag gesperrt.",
        "Die Straßenmeisterei rechnet mit weiterem Schneefall.",
    ]
    assert captions == [
        Caption(
            text="A snowplough clears the pass road near Sölden. (File photo)",
            credit="Erika Muster/APA",
        )
    ]
