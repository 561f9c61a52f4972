"""An agency's copyright alone ("© ANSA", "© dpa") under a short caption that ends with its
full stop, between two lines of text, is the picture's credit: the text under it stays and
the caption leaves the body (auditor B's B-13). The line over the caption may be a short
paragraph. After the last paragraph it still ends the text."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
HEAD = (
    "Cronaca\n"
    "Frana sulla provinciale, strada chiusa per due giorni\n"
    "29 novembre 2026 ore 09:10\n"
    "Una frana è scesa nella notte sulla strada provinciale tra Arta e Paluzza, travolgendo "
    "il guardrail per una trentina di metri. Nessuno è rimasto ferito.\n"
    "I tecnici sono al lavoro da questa mattina.\n"
)
CAPTION = "La strada provinciale dopo la frana."
LAST = (
    "La Provincia ha fatto sapere che la strada resterà chiusa almeno fino a martedì, quando "
    "sono previsti nuovi sopralluoghi."
)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_copyright_under_a_full_stop_caption_credits_it_and_the_text_goes_on() -> None:
    for credit, agency in (("© ANSA", "ANSA"), ("© dpa", "dpa")):
        drafts = split(f"{HEAD}{CAPTION}\n{credit}\n{LAST}\n")
        assert len(drafts) == 1, credit
        assert LAST in drafts[0].body, credit
        assert CAPTION not in drafts[0].body, credit
        assert [(c.text, c.credit) for c in drafts[0].captions] == [(CAPTION, agency)], credit


def test_must_stay_copyright_after_the_last_paragraph_ends_the_text() -> None:
    drafts = split(f"{HEAD}{CAPTION}\n© ANSA\nChi siamo\nContatti\n")
    assert len(drafts) == 1
    assert "Contatti" not in drafts[0].body
