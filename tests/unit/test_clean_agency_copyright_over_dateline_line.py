"""An agency's copyright under a short caption, over a dateline printed apart from its
paragraph ("BRUSSEL -" / "De regering …"), credits the caption: it does not end the text."""

from streams.model import RawPage
from streams.pipeline import process_page

ARTICLE = (
    "Binnenland\n"
    "Stad Gent legt 40 kilometer nieuwe fietspaden aan tegen 2030\n"
    "Het stadsbestuur trekt 60 miljoen euro uit voor veilige fietsroutes naar de scholen.\n"
    "ma 30 november 2026 om 09.15 uur\n"
    "Deel\n"
    "Bewaar\n"
    "Schepen van Mobiliteit Jan Peeters stelt het fietsplan voor op het Sint-Baafsplein.\n"
    "© Belga\n"
    "GENT -\n"
    "Het Gentse stadsbestuur heeft maandag een fietsplan voorgesteld dat tegen 2030 veertig"
    " kilometer nieuwe, afgescheiden fietspaden moet opleveren rond de scholen van de stad.\n"
    "De werken starten in het voorjaar aan de Kortrijksesteenweg, waar vorig jaar drie"
    " ongevallen met fietsende scholieren gebeurden, zei schepen Jan Peeters.\n"
)


def test_an_agency_copyright_over_a_dateline_line_credits_the_caption() -> None:
    lead = process_page(RawPage(text=ARTICLE))[0]
    assert [(caption.text, caption.credit) for caption in lead.captions] == [
        (
            "Schepen van Mobiliteit Jan Peeters stelt het fietsplan voor op het Sint-Baafsplein.",
            "Belga",
        )
    ]
    assert "De werken starten in het voorjaar" in lead.body
