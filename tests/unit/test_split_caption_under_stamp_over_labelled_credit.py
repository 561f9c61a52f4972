"""split: a short caption right under the header's stamp, over its picture's labelled credit
("Heute, 10:12" / "Die Ministerin im Landtag." / "Bild: APA/NAME" / text), is the lead photo's
caption, not a header line dropped with its credit (audit B-22); so is a caption over a
"Quelle:" line naming a picture's seller ("Quelle: picture alliance/dpa/Name"), which is no
byline (B-25). A short UI line under the stamp stays out."""

from datetime import UTC, datetime

from streams.captions import split_credit
from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
HEAD = (
    "Inland",
    "Landtag beschließt neues Schulgesetz nach langer Debatte",
    "Die Opposition stimmte geschlossen dagegen. Die Lehrergewerkschaft kündigt Protest an.",
)
LEDE = (
    "Graz. Der steirische Landtag hat am Dienstag mit den Stimmen der Regierungsparteien das "
    "neue Schulgesetz beschlossen."
)
REST = "Das Gesetz tritt mit Beginn des nächsten Schuljahres in Kraft, hieß es aus dem Büro."


def _lead(*lines: str) -> ArticleDraft:
    return split_articles(clean_page(RawPage(text="\n".join(lines), fetched_at=FETCHED)))[0]


def test_a_caption_under_the_stamp_over_its_labelled_credit() -> None:
    caption = "Bildungsministerin Eva Huber im Landtag."
    lead = _lead(*HEAD, "Heute, 10:12", caption, "Bild: APA/ERWIN SCHERIAU", LEDE, REST)
    assert [(c.text, c.credit) for c in lead.captions] == [(caption, "APA/ERWIN SCHERIAU")]
    assert caption not in lead.body and LEDE in lead.body


def test_a_caption_over_a_source_line_naming_a_picture_seller() -> None:
    caption = "Schulbus vor einer Volksschule in Leoben"
    credit = "picture alliance/dpa/Anna Berg"
    lead = _lead(*HEAD, "Von Eva Roth", "Stand: 30.11.2026", caption, f"Quelle: {credit}", LEDE)
    assert [(c.text, c.credit) for c in lead.captions] == [(caption, credit)]
    assert caption not in lead.body and LEDE in lead.body


def test_must_stay_out_a_short_ui_line_under_the_stamp() -> None:
    lead = _lead(*HEAD, "Heute, 10:12", "Artikel teilen", LEDE, REST)
    assert lead.captions == ()
    assert "Artikel teilen" not in lead.body and LEDE in lead.body


def test_a_source_line_credits_a_picture_only_naming_a_picture_seller() -> None:
    assert split_credit("Quelle: picture alliance/dpa/Anna Berg") == (
        "",
        "picture alliance/dpa/Anna Berg",
    )
    assert split_credit("Source: Statistics Office/Eurostat") is None
