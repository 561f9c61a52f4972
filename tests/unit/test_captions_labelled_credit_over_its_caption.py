"""captions: a labelled credit alone under a statement of the text (an auxiliary or copula
verb) credits the caption under it, a line without its full stop or one short sentence
naming what a picture shows (auditor A's A-1); under a paragraph opening on a place
dateline in capitals ("KARACHI: …") it credits a picture without a caption and the
paragraph stays text (A-2)."""

from streams.captions import extract_captions

STATEMENT = "The council is to vote next month on a plan that would close the harbour road."
REST = "Traders said the closure would cost them customers."
LAST = "A decision is expected before Easter."


def test_credit_under_a_statement_credits_the_caption_without_full_stop_below() -> None:
    caption = "Fishing boats moored in Kilmore Quay harbour last summer"
    body, captions = extract_captions([STATEMENT, "Image: Harbour Photos", caption, REST])
    assert body == [STATEMENT, REST]
    assert [(c.text, c.credit) for c in captions] == [(caption, "Harbour Photos")]


def test_credit_under_a_statement_credits_a_short_picture_sentence_below() -> None:
    caption = "A trawler leaving Kilmore Quay in October."
    body, captions = extract_captions([STATEMENT, "Photo: RNZ / Ann Cole", caption, REST, LAST])
    assert body == [STATEMENT, REST, LAST]
    assert [(c.text, c.credit) for c in captions] == [(caption, "RNZ / Ann Cole")]


def test_credit_under_a_place_dateline_paragraph_goes_alone() -> None:
    lede = "LAHORE: The Punjab government on Monday announced three new bus routes in the city."
    body, captions = extract_captions([lede, "PHOTO: APP", REST, LAST])
    assert body == [lede, REST, LAST]
    assert captions == []


def test_must_stay_a_picture_caption_over_its_credit_over_a_crosshead() -> None:
    caption = "Workers inspect a filter basin at the water plant on Feb. 26, 2026."
    crosshead = "What it would cost homeowners"
    body, captions = extract_captions([REST, caption, "Photo: Ann Cole", crosshead, LAST])
    assert body == [REST, crosshead, LAST]
    assert [(c.text, c.credit) for c in captions] == [(caption, "Ann Cole")]


def test_must_stay_a_gallery_caption_over_its_credit() -> None:
    first = "A puffin is carrying nesting material on Skomer Island."
    second = "A humpback whale breaches off Bondi, Sydney."
    body, captions = extract_captions(
        [REST, first, "Photograph: Ann Cole/AFP", second, "Photograph: Bo Lin/AP"]
    )
    assert body == [REST]
    assert [(c.text, c.credit) for c in captions] == [
        (first, "Ann Cole/AFP"),
        (second, "Bo Lin/AP"),
    ]
