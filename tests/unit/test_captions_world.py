"""captions: credits in Greek and Cyrillic capitals, and agencies of countries less often
covered (Greece, Turkey, Romania, the Baltics, the Gulf, South and Southeast Asia, Africa)."""

import pytest

from streams.captions import extract_captions, split_credit

TEXT = (
    "Κλειστά θα παραμείνουν τη Δευτέρα τα σχολεία σε δήμους της Εύβοιας και της Μαγνησίας, "
    "μετά το έκτακτο δελτίο επιδείνωσης καιρού που εξέδωσε η ΕΜΥ."
)


@pytest.mark.parametrize(
    ("paragraph", "caption", "credit"),
    [
        (
            "Πλημμυρισμένος δρόμος στον Βόλο, τον Σεπτέμβριο του 2023. ΑΠΕ-ΜΠΕ / ΑΠΕ-ΜΠΕ",
            "Πλημμυρισμένος δρόμος στον Βόλο, τον Σεπτέμβριο του 2023.",
            "ΑΠΕ-ΜΠΕ / ΑΠΕ-ΜΠΕ",
        ),
        (
            "Ο πρωθυπουργός στη Βουλή. Φωτογραφία: Γιάννης Παπαδόπουλος",
            "Ο πρωθυπουργός στη Βουλή.",
            "Γιάννης Παπαδόπουλος",
        ),
        ("Flooded road in Bacău. AGERPRES", "Flooded road in Bacău.", "AGERPRES"),
        ("Protesters in Karachi on Sunday. APP", "Protesters in Karachi on Sunday.", "APP"),
    ],
)
def test_a_credit_in_greek_capitals_or_of_a_regional_agency_is_read(
    paragraph: str, caption: str, credit: str
) -> None:
    assert split_credit(paragraph) == (caption, credit)


def test_a_greek_caption_with_its_agency_leaves_the_text() -> None:
    caption = "Πλημμυρισμένος δρόμος στον Βόλο, τον Σεπτέμβριο του 2023. ΑΠΕ-ΜΠΕ / ΑΠΕ-ΜΠΕ"
    body, captions = extract_captions([TEXT, caption, TEXT])
    assert caption not in body
    assert [(c.text, c.credit) for c in captions] == [
        ("Πλημμυρισμένος δρόμος στον Βόλο, τον Σεπτέμβριο του 2023.", "ΑΠΕ-ΜΠΕ / ΑΠΕ-ΜΠΕ")
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        TEXT,
        "Σύμφωνα με την Πολιτική Προστασία, τα φαινόμενα θα είναι ιδιαίτερα έντονα στο Πήλιο.",
        "Ο υπουργός μίλησε στη Βουλή για τον προϋπολογισμό / ΕΡΤ",
        "A new app for the metro.",
        "The spa in Baden is closed until March.",
    ],
)
def test_must_stay_a_story_sentence_is_no_caption(paragraph: str) -> None:
    assert split_credit(paragraph) is None


@pytest.mark.parametrize(
    ("caption", "credit_line", "credit"),
    [
        (
            "A resident fetches water from a vendor in Kibera, Nairobi, on November 26, 2026.",
            "Photo credit: Evans Habil | Nation Media Group",
            "Evans Habil | Nation Media Group",
        ),
    ],
)
def test_a_credit_line_with_a_pipe_credits_the_caption_above(
    caption: str, credit_line: str, credit: str
) -> None:
    body, captions = extract_captions([TEXT, caption, credit_line, TEXT])
    assert body == [TEXT, TEXT]
    assert [(c.text, c.credit) for c in captions] == [(caption, credit)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Photos: Holi festival colors streets across India | in pictures",
        "Photo credit: the crowd outside the court | Nairobi",
    ],
)
def test_must_stay_a_headline_or_a_phrase_with_a_pipe_is_no_credit(
    paragraph: str,
) -> None:
    assert split_credit(paragraph) is None
