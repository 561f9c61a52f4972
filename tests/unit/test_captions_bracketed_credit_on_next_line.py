"""A name alone in brackets on the line under a caption ("(Ansa)", "(Focus Features)") is that
picture's credit printed on the next line: the caption leaves the text, also right under the
header, where it must not become the headline. A wire's sign-off under the text's last
paragraph stays no caption."""

from streams.model import RawPage
from streams.pipeline import process_page

UNDER_HEADER = (
    "Cronaca\n"
    "Maltempo, la Liguria chiude le scuole: allerta rossa fino a domani sera\n"
    "La Protezione civile invita a non uscire di casa. Il sindaco: «Massima prudenza»\n"
    "di Paolo Rinaldi\n"
    "30 novembre 2026 (modifica il 30 novembre 2026 | 10:05)\n"
    "Il torrente Bisagno in piena a Genova\n"
    "(Ansa)\n"
    "GENOVA – La Regione Liguria ha disposto la chiusura delle scuole in tutta la provincia"
    " di Genova per l'allerta rossa.\n"
    "Le piogge più intense sono attese nel pomeriggio, con cumulate fino a 300 millimetri.\n"
    "I vigili del fuoco hanno compiuto oltre cento interventi nella notte.\n"
)

OVER_BYLINE = (
    "Movies\n"
    "‘I wanted the harbour to be a character’: Ana Ruiz on her first feature\n"
    "Ana Ruiz on the set of “Low Tide” in Monterey in April 2026.\n"
    "(Harbor Pictures)\n"
    "By Tom Reyes\n"
    "Staff Writer\n"
    "Nov. 27, 2026 5 AM PT\n"
    "Ana Ruiz spent six years making documentaries before she turned to fiction, and her"
    " first feature shows it in every frame.\n"
    "She spoke with The Times by phone from her home in Carmel about casting, money and"
    " the fog that kept rolling in.\n"
)

SIGN_OFF = (
    "World\n"
    "Storm cuts power to 40,000 homes in northern Portugal\n"
    "November 30, 2026 10:05 GMT\n"
    "LISBON – A storm cut power to about 40,000 homes in northern Portugal on Sunday,"
    " the grid operator said, as winds of up to 110 km/h hit the coast.\n"
    "Crews expected to restore most connections by Monday.\n"
    "(Reuters)\n"
)


def test_a_bracketed_agency_under_a_caption_under_the_header_credits_it() -> None:
    lead = process_page(RawPage(text=UNDER_HEADER))[0]
    assert lead.title.startswith("Maltempo, la Liguria chiude le scuole")
    assert [(caption.text, caption.credit) for caption in lead.captions] == [
        ("Il torrente Bisagno in piena a Genova", "Ansa")
    ]
    assert "torrente Bisagno" not in lead.body


def test_a_bracketed_studio_over_the_byline_credits_the_caption() -> None:
    lead = process_page(RawPage(text=OVER_BYLINE))[0]
    assert [(caption.text, caption.credit) for caption in lead.captions] == [
        ("Ana Ruiz on the set of “Low Tide” in Monterey in April 2026.", "Harbor Pictures")
    ]
    assert "on the set of" not in lead.body


def test_a_wire_sign_off_under_the_last_paragraph_is_no_caption() -> None:
    lead = process_page(RawPage(text=SIGN_OFF))[0]
    assert lead.captions == []
    assert "Crews expected to restore most connections by Monday." in lead.body
