"""captions: credits that name a photographer working for an outlet."""

from datetime import UTC, datetime

import pytest

from schemas.article import Caption
from streams.boilerplate import Kind, classify
from streams.captions import extract_captions, is_agency, split_credit
from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles


@pytest.mark.parametrize(
    ("paragraph", "text", "credit"),
    [
        # the French label in the plural
        (
            "Des bateaux au port de Norhaven, samedi. Crédits photo : Léa Morel / AFP",
            "Des bateaux au port de Norhaven, samedi.",
            "Léa Morel / AFP",
        ),
        # a photographer for an outlet's initials: a credit line
        ("Dana Whitfield for WBUR", "", "Dana Whitfield for WBUR"),
        # a photographer's double initials are no sentence break
        (
            "Smoke rises over the valley on Monday. (AP Photo/Mary J.K. Osei)",
            "Smoke rises over the valley on Monday.",
            "AP Photo/Mary J.K. Osei",
        ),
        # a labelled credit glued to the caption by innerText
        (
            "Commuters wait at Leeds station during the 2025 strikes(Image: PA)",
            "Commuters wait at Leeds station during the 2025 strikes",
            "PA",
        ),
        # an agency's file picture after a dash
        (
            "Fishing boats moored at the harbour in Aden on Monday. — AFP file",
            "Fishing boats moored at the harbour in Aden on Monday.",
            "AFP file",
        ),
        # a label without a colon before an agency or a slash credit
        (
            "Des pompiers sur le toit de la gare, vendredi. Photo AFP",
            "Des pompiers sur le toit de la gare, vendredi.",
            "AFP",
        ),
        (
            "Boats at the jetty after the storm. - Foto STAR/Lim Wei Ming",
            "Boats at the jetty after the storm.",
            "STAR/Lim Wei Ming",
        ),
        # an image credit label in brackets
        (
            "The probe's view of the far side of the Moon. (Image credit: ESA)",
            "The probe's view of the far side of the Moon.",
            "ESA",
        ),
        # a lower-case agency after a dash
        (
            "Volunteers sort donated coats at a depot in Graz. — dpa",
            "Volunteers sort donated coats at a depot in Graz.",
            "dpa",
        ),
        # a wire photo's credit on its own line, with the kind of picture after it
        ("REUTERS/Mira Solberg/File Photo", "", "REUTERS/Mira Solberg/File Photo"),
        ("(AP Photo/Tomas K. Varga, File)", "", "AP Photo/Tomas K. Varga, File"),
        # an abbreviation's dot inside the caption's one sentence, a credit "via" an agency
        (
            "The mayor greets residents of Vellmar on Oct. 3. | Ines Kerr/AFP via Getty Images",
            "The mayor greets residents of Vellmar on Oct. 3.",
            "Ines Kerr/AFP via Getty Images",
        ),
        # the short label of British and Australian sites
        (
            "Flood water covers the road at Marlow. Pic: PA",
            "Flood water covers the road at Marlow.",
            "PA",
        ),
        # a courtesy credit after the caption's sentence
        (
            "Pupils plant oaks at the Marlow school on Friday. Photo courtesy of the Marlow Trust",
            "Pupils plant oaks at the Marlow school on Friday.",
            "the Marlow Trust",
        ),
        # the Spanish, Portuguese and Italian labels for an image
        (
            "El alcalde inaugura el mercado de Valdeluna. Imagen: EFE",
            "El alcalde inaugura el mercado de Valdeluna.",
            "EFE",
        ),
        ("O mercado de Valmonte. Imagem: Rita Sousa", "O mercado de Valmonte.", "Rita Sousa"),
        (
            "Il mercato di Valdoria. Immagine: Marco Neri",
            "Il mercato di Valdoria.",
            "Marco Neri",
        ),
        # an agency's "pic" after the caption's sentence
        (
            "Traders watch the screens at the bourse in Sungai Lima. ANTARA PIC",
            "Traders watch the screens at the bourse in Sungai Lima.",
            "ANTARA",
        ),
        # an agency's name of two words in capitals after a dash
        (
            "La plaza mayor de Valdeluna tras la nevada. - NORDIC PRESS",
            "La plaza mayor de Valdeluna tras la nevada.",
            "NORDIC PRESS",
        ),
        # a photographer for an outlet whose name has lower-case particles, in brackets
        (
            "Léo Marchal après son essai à Valbois. (R. Dufay/La Gazette des Halles)",
            "Léo Marchal après son essai à Valbois.",
            "R. Dufay/La Gazette des Halles",
        ),
        # a photographer's middle initial in capitals before the agency: one name
        (
            "Uma feira em Valmonte, 3 de maio de 2026. RITA B. SOUSA/LUSA",
            "Uma feira em Valmonte, 3 de maio de 2026.",
            "RITA B. SOUSA/LUSA",
        ),
        # an agency and its photographer in capitals after a caption without a full stop
        (
            "Il porto di Valdoria in una foto d'archivio ANSA/MARCO TELLINI",
            "Il porto di Valdoria in una foto d'archivio",
            "ANSA/MARCO TELLINI",
        ),
        # a label qualified by the kind of picture; a label after a dash without a colon
        (
            "The harbour master at the quay in Lindmouth on Monday. File photo: Coastline Courier",
            "The harbour master at the quay in Lindmouth on Monday.",
            "Coastline Courier",
        ),
        (
            "Il sindaco di Valdoria taglia il nastro al nuovo molo - Foto Riviera Press",
            "Il sindaco di Valdoria taglia il nastro al nuovo molo",
            "Riviera Press",
        ),
    ],
)
def test_split_credit_finds_the_credit(paragraph: str, text: str, credit: str) -> None:
    assert split_credit(paragraph) == (text, credit)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Senate Votes for NATO",  # a headline: no person's first name before "for"
        "Dana Whitfield for Wbur",  # one word, not initials
        "Fishing boats moored at the harbour in Aden. — Harbour file",  # no agency
        "The finish was the closest of the season. Photo Finish",  # no agency, no slash
        "Volunteers sort donated coats at a depot in Graz. — depot",  # no agency
        # a note on the kind of picture is caption text
        "Ein Schneepflug räumt die Passstraße bei Sölden. (Symbolbild)",
        "The minister said so in an interview with ANSA/RAI",  # no photographer's name
        "WIDGETCO/Ola Berg/File Photo",  # not an agency
        "The hosts were thanked for the courtesy of a reply",  # courtesy in prose
        # a closing sentence signed by its writer in mixed case after a dash
        "We will be back next week with more letters. - Ann Berg",
        # a photo named in the news
        "The police released a file photo of the missing skipper on Monday.",
        "Die Polizei zeigte am Montag ein Foto des Bootes - Foto und Name sind bekannt.",
    ],
)
def test_split_credit_finds_none(paragraph: str) -> None:
    assert split_credit(paragraph) is None


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


def test_the_credit_line_under_a_note_on_the_kind_of_picture() -> None:
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


def test_an_agency_line_credits_the_caption_without_a_full_stop_next_to_it() -> None:
    prose = ["The council met on Monday.", "It voted to close the old bridge."]
    under = "Ferry crews wait at the pier in Norhaven on Saturday"
    assert extract_captions([prose[0], under, "Getty Images", prose[1]]) == (
        prose,
        [Caption(text=under, credit="Getty Images")],
    )
    above = "The old bridge carried traffic over the Lenne for ninety years"
    assert extract_captions([prose[0], "EPA", above, prose[1]]) == (
        prose,
        [Caption(text=above, credit="EPA")],
    )
    # between two paragraphs of prose the agency's name is left where it is
    between = [prose[0], "Reuters", prose[1]]
    assert extract_captions(between) == (between, [])


def test_an_agency_and_the_kind_of_picture_after_the_caption() -> None:
    assert split_credit("Rowers train on the Lenne at dawn on Friday. Getty Images") == (
        "Rowers train on the Lenne at dawn on Friday.",
        "Getty Images",
    )
    assert split_credit("A vendor sorts mangoes at a market in Thane. PTI Photo") == (
        "A vendor sorts mangoes at a market in Thane.",
        "PTI Photo",
    )
    # a family's photos are no agency's
    assert split_credit("She kept every letter he wrote. Family Photos") is None
    # on its own line: a credit line (split keeps it with the caption over it)
    assert split_credit("Getty Images") == ("", "Getty Images")
    assert split_credit("Family Photos") is None


def test_new_credit_forms_on_adversarial_input_complete() -> None:
    paragraphs = [
        "a." * 60_000 + " | John Doe/AFP via Getty Images",  # abbreviations' dots, then a bar
        "Words " + "ANSA/" * 30_000 + "MARCO TELLINI",
        "REUTERS/" + "A/" * 40_000,
        "Getty Images",
        "A caption without a full stop " * 10_000,
    ]
    body, captions = extract_captions(paragraphs)
    assert len(body) + len(captions) <= len(paragraphs)


@pytest.mark.timeout(15)  # (one scan of the lines under the text per list, not one per line)
def test_this_rounds_credit_forms_on_adversarial_input_complete() -> None:
    paragraphs = [
        "Word - " * 30_000 + "Ola Brink - Norhaven Press",  # dashes before an agency
        "(Photo courtesy of " * 20_000 + "Ola Brink)",  # brackets that never close
        "Ola Brink/" + "The and of " * 20_000,  # an outlet's particles without end
        "By Ola/" * 10_000,
        "The board met. " * 10_000 + "(NWA)",
        *["(NWA)", "QRT/MKL"] * 100_000,  # short lines under the text
    ]
    body, captions = extract_captions(paragraphs)
    assert len(body) + len(captions) <= len(paragraphs)


def test_a_wire_sign_off_closing_the_story_stays_text() -> None:
    dateline = "(NWA) - Norhaven, 3 mar. - Il consiglio ha chiuso il vecchio ponte sul Lenne."
    caption = "Barche ferme al molo di Norhaven. (NWA)"
    closing = "I lavori dureranno almeno due anni, secondo il comune. (NWA)"
    assert extract_captions([caption, dateline, closing]) == (
        [dateline, closing],
        [Caption(text="Barche ferme al molo di Norhaven.", credit="NWA")],
    )
    # a dateline with a colon after the agency ("Valdora [Norland], March 3 (HWA): …")
    colon = "Valdora [Norland], March 3 (HWA): The council closed the old bridge on Monday."
    last = "The works will last at least two years, the council said. (HWA)"
    assert extract_captions([colon, last]) == ([colon, last], [])
    # an agency the list knows signs off a story without a dateline too
    signed = "Die Brücke bleibt bis zum Sommer gesperrt, hieß es. (APA)"
    assert extract_captions(["Der Rat tagte am Montag.", signed]) == (
        ["Der Rat tagte am Montag.", signed],
        [],
    )


def test_an_italian_photo_agency_in_brackets_credits_a_caption() -> None:
    caption = "Gli sportelli di una filiale a Norhaven (Imagoeconomica)"
    assert split_credit(caption) == ("Gli sportelli di una filiale a Norhaven", "Imagoeconomica")


def test_a_portal_credit_line_credits_the_caption_above_and_ends_no_article() -> None:
    caption = "Ferries wait at the pier in Norhaven."
    prose = ["The council met on Monday.", "It voted to close the old bridge."]
    for credit, publisher in (
        ("© Provided by The Norhaven Post", "The Norhaven Post"),
        ("© Bereitgestellt von Norhavener Bote", "Norhavener Bote"),
    ):
        assert classify(credit) is None  # a credit, not the page's copyright footer
        assert extract_captions([prose[0], caption, credit, prose[1]]) == (
            prose,
            [Caption(text=caption, credit=publisher)],
        )
    assert classify("© 2026 The Norhaven Post. All rights reserved.") == Kind.END
    assert split_credit("© provided by the harbour master") is None


def test_a_wire_sign_off_of_initials_over_agency_and_end_is_no_caption() -> None:
    closing = "A obra termina em junho, segundo a câmara de Valmonte."
    assert extract_captions([closing, "ABC // XYZ", "Lusa/Fim"]) == ([closing], [])
    # a caption over a credit line of the same shape is one
    caption = "O mercado de Valmonte ao fim da tarde"
    assert extract_captions([caption, "Rita Sousa/Lusa"]) == (
        [],
        [Caption(text=caption, credit="Rita Sousa/Lusa")],
    )


def test_a_courtesy_credit_line_credits_the_caption_below_or_above_it() -> None:
    prose = (
        "The council met on Monday to discuss the bridge, which has been closed since the"
        " spring floods, and heard from engineers who said that repairs to the piers and the"
        " deck would take until the end of next year at the earliest and cost far more than"
        " planned"
    )
    caption = "Engineers inspect the old bridge over the Lenne at Marlow."
    # under its caption
    assert extract_captions([caption, "Courtesy of Ann Berg", prose]) == (
        [prose],
        [Caption(text=caption, credit="Ann Berg")],
    )
    # over its caption, after a paragraph too long to be one
    credit = "Photo courtesy of the Marlow Fire Service"
    assert extract_captions([prose, credit, caption]) == (
        [prose],
        [Caption(text=caption, credit="the Marlow Fire Service")],
    )


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Operarios revisan la turbina en el puerto de Valdora (Cantabria). Europa Press",
            ("Operarios revisan la turbina en el puerto de Valdora (Cantabria).", "Europa Press"),
        ),
        (
            "The mayor speaks to reporters outside Port Selwyn city hall. The Canadian Press",
            ("The mayor speaks to reporters outside Port Selwyn city hall.", "The Canadian Press"),
        ),
        (
            "Agentes vigilan el paso fronterizo de Valdora. Agencia Norte",
            ("Agentes vigilan el paso fronterizo de Valdora.", "Agencia Norte"),
        ),
        # two sentences before the name: a story's paragraph, not a caption
        ("The plant closed on Monday. Talks failed. Europa Press", None),
        # capitalised words that name no agency
        ("The council met on Monday. Prime Minister", None),
    ],
)
def test_a_bare_agency_name_after_the_captions_sentence(
    paragraph: str, expected: tuple[str, str] | None
) -> None:
    assert split_credit(paragraph) == expected


def test_a_portals_credit_names_the_publisher_without_its_label() -> None:
    assert split_credit("© Provided by The Quayside Gazette") == ("", "The Quayside Gazette")
    assert split_credit("© Proporcionado por Diario de Valdora") == ("", "Diario de Valdora")


def test_a_figures_credit_label_right_after_its_caption_splits_the_credit_off() -> None:
    assert split_credit("Lege kratten bij de haven van Valdora Beeld: HWA / Ann Vole") == (
        "Lege kratten bij de haven van Valdora",
        "HWA / Ann Vole",
    )
    assert split_credit("Ferries wait at the quay in Valdora Photo: Ann Vole") == (
        "Ferries wait at the quay in Valdora",
        "Ann Vole",
    )
    # a capitalised word and a colon that is no credit's label, or a label before no name
    assert split_credit("Talks between the port and the Harbour Commission: a timeline") is None
    assert split_credit("The council spoke on Monday about the Image: problem") is None


@pytest.mark.parametrize(
    ("paragraph", "credit"),
    [
        # a long dash glued to a photographer's name in capitals
        ("Fans wave flags outside the Valdora arena before the final. —ANN KOVAC", "ANN KOVAC"),
        # the paper's own photographer, in lower case after the paper's name
        ("The mayor speaks at the Brookfield town hall on Monday. (Ann Kovac/Gazette staff photo)",
         "Ann Kovac/Gazette staff photo"),
    ],
)  # fmt: skip
def test_a_glued_dash_credit_and_a_staff_photo_credit(paragraph: str, credit: str) -> None:
    found = split_credit(paragraph)
    assert found is not None and found[1] == credit


def test_a_glued_dash_before_a_word_in_prose_is_no_credit() -> None:
    assert split_credit("The council voted to close the pier on Monday. —Then it rained.") is None


@pytest.mark.parametrize(
    ("paragraph", "text", "credit"),
    [
        # an agency's slash credit after a dash under the caption's sentence
        ("Rowers cross the line at the Lenne regatta. - NWA/Ola Brink",
         "Rowers cross the line at the Lenne regatta.", "NWA/Ola Brink"),
        ("Rowers cross the line at the Lenne regatta. — Ola Brink/Norhaven Post",
         "Rowers cross the line at the Lenne regatta.", "Ola Brink/Norhaven Post"),
        # a known agency's credit may name its photographer in full
        ("Fans wait at the gates of the old stadium. – EFE/Ana María Ruiz Soto",
         "Fans wait at the gates of the old stadium.", "EFE/Ana María Ruiz Soto"),
    ],
)  # fmt: skip
def test_a_slash_credit_after_a_dash(paragraph: str, text: str, credit: str) -> None:
    assert split_credit(paragraph) == (text, credit)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The talks in Brussels ended on Friday. — EU/UK relations remain strained",
        "Prices rose 3% in October. - CPI/RPI comparison below",
        "The two clubs met again on Sunday. – NHS/BBC survey results follow",
        # an agency's poll named in prose after a dash
        "Most drivers say fuel is their top worry. — AP/NORC poll finds 58% worried",
    ],
)
def test_text_going_on_after_a_dash_with_a_pair_of_initials_stays_in_the_body(
    paragraph: str,
) -> None:
    before, after = "The council met on Monday.", "It voted to close the old bridge."
    assert split_credit(paragraph) is None
    assert extract_captions([before, paragraph, after]) == ([before, paragraph, after], [])


def test_a_story_signed_by_two_agencies_after_a_dash_keeps_its_closing_paragraph() -> None:
    closing = "The works will last two years. The council met on Monday. - NWA/Nordpress"
    assert split_credit(closing) is None


def test_the_press_associations_initials_credit_a_caption() -> None:
    caption = "Firefighters outside the old mill in Norhaven on Saturday"
    assert split_credit(f"{caption} (PA)") == (caption, "PA")
    prose = ["The council met on Monday.", "It voted to close the old bridge."]
    assert extract_captions([prose[0], caption, "PA Media", prose[1]]) == (
        prose,
        [Caption(text=caption, credit="PA Media")],
    )


def test_a_known_agencys_name_alone_after_a_one_sentence_caption() -> None:
    caption = "Rowers carry their boat past the flooded boathouse on the Lenne on Friday. Getty"
    text = "NORHAVEN — The river rose two metres overnight, the harbour office said on Friday."
    assert extract_captions([caption, text]) == (
        [text],
        [Caption(text=caption.removesuffix(" Getty"), credit="Getty")],
    )
    # a one-sentence paragraph closing the story: the wire's sign-off, text
    closing = "The bridge will stay closed until the spring, the council said. AFP"
    assert extract_captions([text, closing]) == ([text, closing], [])
    # two sentences before the name, or a name the agency list does not know: text
    assert split_credit("The council met on Monday. Talks failed. AFP") is None
    assert split_credit("The choir sang in the old chapel on Sunday. Amen") is None
    # nor when only lines that end no sentence follow it (a partner's links under the story)
    links = "More from Norhaven"
    assert extract_captions([text, closing, links]) == ([text, closing, links], [])


FETCHED = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)

STATE_BYLINE = """\
Lakeside Courier
News
Ferry service to Grand Isle resumes after winter repairs
{byline}
Published: Nov. 20, 2026 at 9:10 AM EST
GRAND ISLE - The ferry to Grand Isle will run again from Monday after three months of repairs.
The county said the work on its landing ramp cost less than planned and finished early.
Passengers will pay the same fares as last year, the operator said on Thursday.
"""

STATE_CARDS = """\
Lakeside Courier
Latest news
Storm damage reported across Erie PA · 3h ago
School board approves new budget in Meadville PA · 5h ago
Library reopens after flood repairs in Warren PA · 6h ago
"""


@pytest.mark.parametrize("byline", ["By Dana Miller, PA", "By PA Reporter"])
def test_a_states_initials_in_a_byline_are_no_agency(byline: str) -> None:
    page = STATE_BYLINE.format(byline=byline)
    drafts = split_articles(clean_page(RawPage(text=page, url=None, fetched_at=FETCHED)))
    assert [draft.source for draft in drafts if draft.role == "lead"] == [None]


def test_a_states_initials_after_a_cards_headline_are_no_agency() -> None:
    drafts = split_articles(clean_page(RawPage(text=STATE_CARDS, url=None, fetched_at=FETCHED)))
    assert [(draft.title, draft.source) for draft in drafts] == [
        ("Storm damage reported across Erie PA", None),
        ("School board approves new budget in Meadville PA", None),
        ("Library reopens after flood repairs in Warren PA", None),
    ]


def test_initials_that_are_also_a_word_credit_a_photo_only_in_capitals() -> None:
    caption = "Firefighters outside the old mill in Norhaven on Saturday"
    assert not is_agency("PA") and not is_agency("pa")
    assert split_credit(f"{caption} (pa)") is None
    assert split_credit(f"{caption} (Pa)") is None
    assert split_credit(f"{caption}. - Ola Brink/PA") == (f"{caption}.", "Ola Brink/PA")
    prose = ["The council met on Monday.", "It voted to close the old bridge."]
    assert extract_captions([prose[0], caption, "PA Wire", prose[1]]) == (
        prose,
        [Caption(text=caption, credit="PA Wire")],
    )


def test_a_wires_bare_sign_off_after_its_text_stays_text_whatever_follows() -> None:
    # "… on Monday. AFP" after a paragraph of the text is the wire's sign-off, also over a
    # correction note or inside the text; only a picture agency's name there is a credit
    text = "The regional council approved the plan to rebuild the flood walls on Thursday."
    signed = "Talks on the funding will resume in Valdora on Monday. AFP"
    note = "This article was amended on 5 March 2026 to correct the day of the talks."
    assert extract_captions([text, signed, note]) == ([text, signed, note], [])
    assert extract_captions([text, signed, text]) == ([text, signed, text], [])


@pytest.mark.parametrize(
    "credit",
    [
        "Ilse Marwick/The Harbour and Valley Times",  # an outlet's particle between its words
        "(Photo courtesy of the Kelmsee Fire Service)",  # a courtesy credit in brackets
    ],
)
def test_a_credit_line_under_its_caption(credit: str) -> None:
    text = (
        "The ferry operator said on Tuesday it would add a third winter sailing to the "
        "islands from January, after a season in which two of its vessels were out of "
        "service for repairs and passengers waited for hours at the quay."
    )
    caption = "Volunteers stack sandbags along the quay in Kelmsee on Monday."
    after = "The harbour board will decide on the new timetable next week."
    body, captions = extract_captions([text, caption, credit, after])
    assert body == [text, after]
    assert [c.text for c in captions] == [caption]
    assert classify(credit) is None  # (the caption stage reads it, clean keeps it)


def test_a_slash_between_words_of_text_is_no_credit_line() -> None:
    text = ["The two ministers met in Valdora on Monday.", "Trade and/or tariffs were discussed."]
    assert extract_captions(text) == (text, [])


def test_the_desks_initials_under_the_text_are_no_credit() -> None:
    # "AB/CDE" under the last paragraph: the editors' sign-off leaves, the paragraph stays
    text = [
        "The port authority said on Friday that the new berth would open in March.",
        "Fishing crews will have to register their boats with the authority before then.",
    ]
    assert extract_captions([*text, "KT/ORV"]) == (text, [])


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a label inside brackets, on its own line or after the caption's sentence
        ("(Photo courtesy of the Marlow Harbour Board)", ("", "the Marlow Harbour Board")),
        ("[File: Ola Brink/Norhaven Post]", ("", "Ola Brink/Norhaven Post")),
        (
            "Gulls circle the trawlers at Marlow quay on Sunday. (Photo | NWA/Ola Brink)",
            ("Gulls circle the trawlers at Marlow quay on Sunday.", "NWA/Ola Brink"),
        ),
        ("Pic by Ola Brink", ("", "Ola Brink")),
        ("(NWA photo by Ola Brink)", ("", "Ola Brink")),  # after the agency's initials
        # a bracket of prose after a sentence is no credit
        ("The quay reopens on Monday. (The board said so in March)", None),
    ],
)
def test_a_credit_label_inside_brackets(paragraph: str, expected: tuple[str, str] | None) -> None:
    assert split_credit(paragraph) == expected


def test_a_bracketed_courtesy_line_survives_clean_and_credits_the_caption_above() -> None:
    credit = "(Photo courtesy of the Marlow Harbour Board)"
    assert classify(credit) is None
    assert classify("(NWA photo by Ola Brink)") is None
    caption = "Divers check the hull of the ferry at Marlow quay on Friday."
    prose = "The board said the ferry would sail again before Christmas."
    assert extract_captions([caption, credit, prose]) == (
        [prose],
        [Caption(text=caption, credit="the Marlow Harbour Board")],
    )


@pytest.mark.parametrize(
    "credit",
    [
        "Ola Brink/The Marlow Times and Star",  # an outlet's name with its particles
        "Ola Brink/NWA Images/Alamy",  # photographer, agency and archive
    ],
)
def test_a_credit_line_of_an_outlets_name_credits_the_caption_above(credit: str) -> None:
    caption = "Rowers carry their boat down the slipway at Marlow quay before the regatta."
    prose = "The rowing club said the new rules would cost it a tenth of its income."
    assert extract_captions([caption, credit, prose]) == (
        [prose],
        [Caption(text=caption, credit=credit)],
    )


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Vista del puerto de Valdora, en Norhaven. - Ola Brink - Norhaven Press",
            ("Vista del puerto de Valdora, en Norhaven.", "Ola Brink - Norhaven Press"),
        ),
        ("- Ola Brink - Norhaven Press", ("", "Ola Brink - Norhaven Press")),
        # names after dashes without an agency among them: no credit
        ("The talks resume in Valdora. - Ola Brink - Marlow Quay", None),
    ],
)
def test_a_photographer_and_agency_after_dashes(
    paragraph: str, expected: tuple[str, str] | None
) -> None:
    assert split_credit(paragraph) == expected


@pytest.mark.parametrize(
    "byline",
    [
        "Valdora.es / AGENCIAS",  # the site and the agencies
        "Norhaven Radio / Agencias",
        "By Ola Brink / NWA",  # the author's byline over the text
        "Por Ana Gil/Diario de Valdora",
    ],
)
def test_a_byline_of_slash_shape_takes_no_sentence_as_a_caption(byline: str) -> None:
    deck = "Storms close the schools in the valley for a second day"
    text = "The weather office raised its warning to the highest level on Friday."
    assert extract_captions([deck, byline, text]) == ([deck, text], [])


@pytest.mark.parametrize("initials", ["QRT/MKL", "Vek/Lor"])
def test_a_desks_initials_under_the_text_take_no_sentence_as_a_caption(initials: str) -> None:
    text = "The weather office raised its warning to the highest level on Friday."
    closing = "The schools will reopen once the rivers fall"
    assert extract_captions([text, closing, initials]) == ([text, closing], [])
    # the same shape under a caption the text goes on under: a picture's credit
    caption = "The valley's rivers seen from orbit on Thursday"
    assert extract_captions([text, caption, initials, closing + "."]) == (
        [text, closing + "."],
        [Caption(text=caption, credit=initials)],
    )


def test_an_agencys_closing_initials_over_the_desks_sign_off_stay_text() -> None:
    # "(NWA)" ends the text's last paragraph; only the desk's initials follow it
    first = "MARLOW – The harbour board will dredge the channel by March, it said on Friday."
    closing = (
        "Fishers welcomed the plan but urged the board to widen the channel, which they said"
        " had silted up since the spring floods. (NWA)"
    )
    assert extract_captions([first, closing, "QRT/MKL"]) == ([first, closing], [])
    # a caption with the same credit, text following it, is one
    caption = "Dredgers work in the channel at Marlow on Friday. (NWA)"
    assert extract_captions([first, caption, closing]) == (
        [first, closing],
        [Caption(text="Dredgers work in the channel at Marlow on Friday.", credit="NWA")],
    )


@pytest.mark.parametrize(
    "label", ["Kuva:", "Fotoğraf:", "Imatge:", "Zdjęcie:", "Fotografie:", "Kép:", "Фото:"]
)
def test_a_pictures_label_in_more_languages(label: str) -> None:
    caption = "Kalastajat korjaavat verkkoja Valdoran satamassa lauantaina."
    assert split_credit(f"{caption} {label} Ola Brink / NWA") == (caption, "Ola Brink / NWA")
    assert split_credit(f"{label} Ola Brink") == ("", "Ola Brink")


def _first_draft(lines: list[str]) -> tuple[str, tuple[Caption, ...]]:
    page = RawPage(text="\n".join(lines), url=None, fetched_at=FETCHED)
    draft = split_articles(clean_page(page))[0]
    return draft.body, draft.captions


def test_a_caption_under_the_stamp_keeps_its_credit_line_and_a_deck_over_a_byline_stays() -> None:
    title = "Marlow quay to open in March after storm repairs"
    text = [
        "The harbour board said on Friday that the new quay would open in March, two years"
        " later than planned, after storms damaged the piles driven last winter.",
        "Fishers in Marlow say the delay is costing them business, and the board said it"
        " would cut mooring fees until the quay opens.",
    ]
    caption = "Fishing boats moored at the old quay in Marlow on Thursday"
    credit = "Ola Brink/Norhaven Post"
    body, captions = _first_draft(
        [title, "By Ann Cole", "28 November 2026", caption, credit, *text]
    )
    assert caption not in body and credit not in body
    assert captions == (Caption(text=caption, credit=credit),)
    # the same shape over the stamp is the deck over its byline: text, no caption
    deck = "Fishers fear another winter without a safe berth"
    body, captions = _first_draft([title, deck, credit, "28 November 2026", *text])
    assert deck in body and not captions


def test_a_credit_line_under_a_caption_that_quotes_credits_the_caption_above() -> None:
    # a caption may quote or say: the voice of the line over a credit tells nothing, and the
    # text's one-sentence paragraph under the credit stays text
    text = (
        "The fire started shortly after midnight in a block of flats on Harrow Street in "
        "Velmora, and spread quickly to the roof before crews arrived."
    )
    quoted = (
        '"We heard a bang and then the smoke came under the door," said resident Ann Tolle, '
        "pictured outside the block."
    )
    credit = "Kai Brent/Velmora Courier"
    after = "Three people were taken to hospital with smoke injuries."
    assert extract_captions([text, quoted, credit, after]) == (
        [text, after],
        [Caption(text=quoted, credit=credit)],
    )
    # a caption over its credit, news under it: the caption above
    caption = "Fishing boats moored at the old quay in Marlow on Thursday."
    news = "The harbour board said the quay would open in March, two years late."
    marlow = "Ola Brink/Norhaven Post"
    assert extract_captions([caption, marlow, news]) == (
        [news],
        [Caption(text=caption, credit=marlow)],
    )


def test_a_photographers_line_through_two_agencies() -> None:
    assert split_credit("Ola Brink/AFP via Getty Images") == ("", "Ola Brink/AFP via Getty Images")
    assert split_credit("Ola Brink/Norhaven via Marlow Post") is None  # no agency


def test_a_captions_lead_in_in_capitals_is_no_sentence_of_the_text() -> None:
    caption = "FLOODED QUAY. Fishers wade through the harbour at Marlow on Friday."
    assert split_credit(f"{caption} AFP") == (caption, "AFP")
    assert split_credit(f"{caption} — AFP") == (caption, "AFP")
    assert split_credit(f"{caption} Norhaven Press") == (caption, "Norhaven Press")
    # a one-word dateline is no lead-in: a story's sentence after it, then its sign-off
    assert split_credit("MARLOW. The board voted on Friday to close the quay. AFP") is None


def test_an_agency_and_its_service_in_brackets_credit_a_caption_without_a_full_stop() -> None:
    caption = "Households in the south-east face the steepest rises after the decision"
    assert split_credit(f"{caption} (PA Archive)") == (caption, "PA Archive")
    assert split_credit(f"{caption} (PA Wire)") == (caption, "PA Wire")
    assert split_credit(f"{caption} (Getty Images)") == (caption, "Getty Images")
    # a party, an office, a firm in brackets after a story's words: no agency, or no service
    assert split_credit("The party held its seats across the north (Labour Party)") is None
    assert split_credit("Ministers met the union leaders in the capital (Press Office)") is None
    assert split_credit("The figures were compiled for the regulator (PA Consulting)") is None


def test_a_persons_copyright_line_credits_the_caption_above_it() -> None:
    caption = "Feuerwehrleute zersägen in der Pirnaer Straße einen umgestürzten Baum."
    entry = "09:30 Uhr: Unterricht in Dresden und Pirna fällt aus"
    assert extract_captions([caption, "© Daniel Schäfer", entry]) == (
        [entry],
        [Caption(text=caption, credit="Daniel Schäfer")],
    )
    # a publisher's name is no photographer's: the line above stays text
    for line in ("© The Caledonian Media", "© Het Dagblad", "© DPG Nederland"):
        assert extract_captions([caption, line, entry])[1] == []


_CARD_LIST = (  # a regional portal's cards, a credit over every thumbnail (audit C, PC1)
    "Region\nNachrichten aus der Region\n"
    "Foto: dpa\n{chip}Stadtrat beschließt neues Parkkonzept für die Innenstadt\n"
    "Ab Januar kostet eine Stunde Parken in der Altstadt drei Euro, Anwohner zahlen weniger.\n"
    "{first_stamp}\n"
    "Foto: dpa\nVideo\nGroßbrand in Lagerhalle: Feuerwehr stundenlang im Einsatz\n"
    "Die Rauchwolke war kilometerweit zu sehen, verletzt wurde niemand.\n"
    "Foto: dpa\nPremium\nBäckerei Müller schließt nach 90 Jahren ihre Filiale am Markt\n"
    "Der Inhaber findet keinen Nachfolger und geht in den Ruhestand.\n"
    "Foto: dpa\nVideo\nHitze: Freibäder verlängern ihre Öffnungszeiten bis 21 Uhr\n"
    "Die Stadtwerke reagieren auf den Ansturm der vergangenen Tage.\n"
    "{last_stamp}\n"
)
_SUMMARIES = (
    "Ab Januar kostet eine Stunde Parken in der Altstadt drei Euro, Anwohner zahlen weniger.",
    "Die Rauchwolke war kilometerweit zu sehen, verletzt wurde niemand.",
    "Der Inhaber findet keinen Nachfolger und geht in den Ruhestand.",
    "Die Stadtwerke reagieren auf den Ansturm der vergangenen Tage.",
)


@pytest.mark.parametrize(
    ("chip", "first_stamp", "last_stamp"),
    [("", "vor 2 Std.", "vor 5 Std."), ("Premium\n", "12.07.2026", "11.07.2026")],
)  # audit C's probes g1 (a chip over the cards after the first) and g4 (every card a chip)
def test_a_thumbnails_credit_in_a_card_list_credits_no_summary(
    chip: str, first_stamp: str, last_stamp: str
) -> None:
    text = _CARD_LIST.format(chip=chip, first_stamp=first_stamp, last_stamp=last_stamp)
    page = RawPage(text=text, fetched_at=datetime(2026, 7, 12, 12, tzinfo=UTC))
    drafts = split_articles(clean_page(page))
    assert [caption for draft in drafts for caption in draft.captions] == []
    bodies = "\n".join(draft.body for draft in drafts)
    for summary in _SUMMARIES:  # each card's summary stays its text
        assert summary in bodies
    assert "Foto: dpa" not in bodies


def test_a_credit_between_a_cards_summary_and_the_next_title_credits_nothing() -> None:
    body, captions = extract_captions(
        [
            "Großbrand in Lagerhalle: Feuerwehr stundenlang im Einsatz",
            "Die Rauchwolke war kilometerweit zu sehen, verletzt wurde niemand.",
            "Foto: dpa",
            "Bäckerei Müller schließt nach 90 Jahren ihre Filiale am Markt",
            "Der Inhaber findet keinen Nachfolger und geht in den Ruhestand.",
            "Foto: dpa",
        ]
    )
    assert captions == []
    assert body == [
        "Großbrand in Lagerhalle: Feuerwehr stundenlang im Einsatz",
        "Die Rauchwolke war kilometerweit zu sehen, verletzt wurde niemand.",
        "Bäckerei Müller schließt nach 90 Jahren ihre Filiale am Markt",
        "Der Inhaber findet keinen Nachfolger und geht in den Ruhestand.",
    ]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a caption and its credit between a story's paragraphs
        [
            "Der Sturm hat in der Nacht zum Freitag in Waldstadt zahlreiche Bäume entwurzelt.",
            "Ein umgestürzter Baum blockiert die B 27 bei Waldstadt.",
            "Foto: dpa",
            "Die Feuerwehr rückte zu mehr als 60 Einsätzen aus, verletzt wurde niemand.",
        ],
        # under a crosshead: the text goes on under the credit, no card's title
        [
            "Schäden in der Altstadt",
            "Ein umgestürzter Baum blockiert die B 27 bei Waldstadt.",
            "Foto: dpa",
            "Die Feuerwehr rückte zu mehr als 60 Einsätzen aus, verletzt wurde niemand.",
        ],
        # a gallery: the next caption under the credit, the counter over the caption
        [
            "Bild 1 von 3",
            "Ein umgestürzter Baum blockiert die B 27 bei Waldstadt.",
            "Foto: dpa",
            "Bild 2 von 3",
            "Helfer räumen in Neudorf einen überfluteten Keller aus.",
            "Foto: dpa",
        ],
        # one photo under a crosshead, a video's title under its credit (audit E's e_c13)
        [
            "Der Sturm hat in der Nacht zum Freitag in Waldstadt zahlreiche Bäume entwurzelt.",
            "Schäden in der Altstadt",
            "Ein umgestürzter Baum blockiert die B 27 bei Waldstadt.",
            "Foto: dpa",
            "Sturm in Waldstadt: So sieht es nach der Nacht aus",
            "Die Feuerwehr rückte zu mehr als 60 Einsätzen aus, verletzt wurde niemand.",
        ],
        # live entries with headlines, a photo in each (audit E's e_c10): the next entry's
        # clock under the credit opens no card
        [
            "11:40 Uhr",
            "Lindenallee wieder frei",
            "Ein umgestürzter Baum blockiert die B 27 bei Waldstadt.",
            "Foto: dpa",
            "10:15 Uhr",
            "Schule bleibt zu",
            "Helfer räumen in Neudorf einen überfluteten Keller aus.",
            "Foto: dpa",
            "09:30 Uhr",
            "Die Feuerwehr meldet mehr als 60 Einsätze in der Nacht.",
        ],
        # the lead photo's caption first in the body, under the headline
        [
            "Ein umgestürzter Baum blockiert die B 27 bei Waldstadt.",
            "Foto: dpa",
            "Der Sturm hat in der Nacht zum Freitag in Waldstadt zahlreiche Bäume entwurzelt.",
        ],
    ],
)
def test_a_captions_credit_outside_a_card_list_still_credits_it(paragraphs: list[str]) -> None:
    body, captions = extract_captions(paragraphs)
    assert Caption(
        text="Ein umgestürzter Baum blockiert die B 27 bei Waldstadt.", credit="dpa"
    ) in (captions)
    assert "Foto: dpa" not in body


def test_a_live_blogs_captioned_photos_keep_their_credits() -> None:
    """Each entry's photo (caption, "Foto: dpa", the next entry's clock under it): the credit
    repeated next to stamps is no card list's."""
    entries = (
        (
            "17:40 Uhr",
            "Die Feuerwehr meldet am Abend weitere Einsätze, die B 27 bleibt gesperrt.",
            "Ein umgestürzter Baum blockiert die B 27 bei Waldstadt.",
        ),
        (
            "16:55 Uhr",
            "Der Wetterdienst hebt die Unwetterwarnung für den Süden des Kreises auf.",
            "Helfer räumen in Neudorf einen überfluteten Keller aus.",
        ),
        (
            "15:20 Uhr",
            "In Neudorf sind mehrere Keller vollgelaufen, die Helfer pumpen Wasser ab.",
            "Der Pegel der Aller steigt am Nachmittag weiter an.",
        ),
    )
    text = "Liveticker\nUnwetter im Süden: Die Lage am Sonntag im Überblick\n"
    text += "Zuletzt aktualisiert: 12.07.2026, 17:40 Uhr\n"
    text += "".join(
        f"{clock}\n{entry}\n{caption}\nFoto: dpa\n" for clock, entry, caption in entries
    )
    text += "14:05 Uhr\nDie Stadtwerke melden Stromausfälle in drei Ortsteilen.\n"
    page = RawPage(text=text, fetched_at=datetime(2026, 7, 12, 18, tzinfo=UTC))
    (blog,) = split_articles(clean_page(page))
    assert [caption.text for caption in blog.captions] == [caption for _, _, caption in entries]
    assert {caption.credit for caption in blog.captions} == {"dpa"}


def test_a_stamped_card_list_with_thumbnail_credits_keeps_its_cards() -> None:
    """Every card stamped ("vor 2 Std."), a credit and a chip over the next: the credit
    lines stay for split (card boundaries), so each card is a teaser, its summary its body."""
    text = _CARD_LIST.format(chip="Premium\n", first_stamp="vor 2 Std.", last_stamp="vor 5 Std.")
    text = text.replace(
        "\nFoto: dpa\nPremium\nBäckerei", "\nvor 3 Std.\nFoto: dpa\nPremium\nBäckerei"
    )
    text = text.replace("\nFoto: dpa\nVideo\nHitze", "\nvor 4 Std.\nFoto: dpa\nVideo\nHitze")
    page = RawPage(text=text, fetched_at=datetime(2026, 7, 12, 12, tzinfo=UTC))
    drafts = split_articles(clean_page(page))
    assert [draft.body for draft in drafts] == list(_SUMMARIES)
    assert all(not draft.captions for draft in drafts)


def test_a_storys_photo_led_sections_keep_their_captions() -> None:
    """Audit E5 (probe e_c16): crosshead / caption / credit, twice, then the text going on
    under the last crosshead: a story's sections, no card list."""
    body, captions = extract_captions(
        [
            "Linden Avenue",
            "A fallen oak blocks Linden Avenue on Friday morning.",
            "Photo: AP",
            "Market Street Elementary",
            "The damaged roof of Market Street Elementary.",
            "Photo: AP",
            "What happens next",
            "Crews expect to clear the last roads by Monday, the city said on Friday.",
            "Schools stay closed until the roof is repaired, officials said.",
        ]
    )
    assert [caption.text for caption in captions] == [
        "A fallen oak blocks Linden Avenue on Friday morning.",
        "The damaged roof of Market Street Elementary.",
    ]
    assert "Photo: AP" not in body


_PARAGRAPH = (
    "Die Bergwacht hatte nach eigenen Angaben allein in dieser Woche mehr als sechzig "
    "Einsätze im Allgäu, sagte ein Sprecher am Samstag."
)


@pytest.mark.parametrize(
    ("caption", "credit_line", "credit"),
    [
        # an agency's copyright sign on a line of its own
        (
            "Una cliente al banco della frutta in un mercato rionale di Roma",
            "© ANSA",
            "ANSA",
        ),
    ],
)
def test_a_local_credit_line_under_its_caption(caption: str, credit_line: str, credit: str) -> None:
    kept, captions = extract_captions([_PARAGRAPH, caption, credit_line, _PARAGRAPH])
    assert captions == [Caption(text=caption, credit=credit)]
    assert kept == [_PARAGRAPH, _PARAGRAPH]


@pytest.mark.parametrize(
    "line",
    [
        "© ANSA 2026",  # a site's footer: the year
        "© Agenzia ANSA S.p.A.",  # the company
        "Zdjęcie wykonano w środę, fot. autor nieznany.",  # "fot." inside a sentence
    ],
)
def test_must_stay_a_footer_or_sentence_is_no_credit(line: str) -> None:
    # must-stay: a footer's copyright and a sentence using the abbreviation are no credits
    kept, captions = extract_captions([_PARAGRAPH, "Una cliente al banco della frutta", line])
    assert captions == []
    assert kept[-1] == line


@pytest.mark.parametrize(
    ("paragraph", "credit_line"),
    [
        # auditor E's E3 probes (e_u17, e_u16): an uncaptioned photo between paragraphs, its
        # credit on a line of its own; the paragraph over it is the story's text
        (
            "Der Bau kostete 48 Millionen Euro, vier Millionen mehr als geplant, teilte die "
            "Stadt mit.",
            "Bildrechte: BR/Markus Weber",
        ),
        (
            "Most połączy oba brzegi rzeki jeszcze przed końcem roku, poinformował prezydent "
            "miasta Rafał Bruski.",
            "fot. Jan Nowak / Polska Press",
        ),
    ],
)
def test_must_stay_the_paragraph_over_a_local_credit_line_is_text(
    paragraph: str, credit_line: str
) -> None:
    kept, _ = extract_captions([_PARAGRAPH, paragraph, credit_line, _PARAGRAPH])
    assert paragraph in kept


def test_a_desks_staff_line_is_no_caption() -> None:
    # the editors glued to the site's address and the agencies: neither caption nor text
    kept, captions = extract_captions([_PARAGRAPH, "red, steiermark.ORF.at/Agenturen"])
    assert captions == []
    assert kept == [_PARAGRAPH]


@pytest.mark.parametrize(
    ("line", "text", "credit"),
    [
        # must-stay: a short caption with a label before a site's address stays a caption
        ("Bürgermeister Huber. Foto: stadt.at/Huber", "Bürgermeister Huber.", "stadt.at/Huber"),
        # must-stay: a caption of a caption's length over the same credit
        (
            "Ein Wolf im Wildgehege bei Mautern in der Steiermark. ORF.at/Agenturen",
            "Ein Wolf im Wildgehege bei Mautern in der Steiermark.",
            "ORF.at/Agenturen",
        ),
        # must-stay (auditor E's E4): a short sentence on a staff line's line is kept
        ("Ermittlungen laufen. ORF.at/Agenturen", "Ermittlungen laufen.", "ORF.at/Agenturen"),
        # must-stay: a short caption over an agency's slash credit
        ("Der Wolf im Gehege. APA/Land Steiermark", "Der Wolf im Gehege.", "APA/Land Steiermark"),
    ],
)
def test_must_stay_short_captions_keep_their_credit(line: str, text: str, credit: str) -> None:
    _, captions = extract_captions([_PARAGRAPH, line, _PARAGRAPH])
    assert captions == [Caption(text=text, credit=credit)]


def test_a_copyright_credit_after_a_note_in_brackets() -> None:
    # "(archivio)" says what the picture is; the © credit after it is the caption's
    assert split_credit("Un'immagine dell'alluvione del 2023 a Faenza (archivio) © ANSA") == (
        "Un'immagine dell'alluvione del 2023 a Faenza (archivio)",
        "ANSA",
    )
    # must stay: a copyright notice of sentences after a bracket is no credit, and a bracket
    # closing a sentence of the text is no caption's end
    assert (
        split_credit(
            "Il Comune ha chiuso i parchi (fino a domenica) © 2026 Gruppo Editoriale Romagna. "
            "Tutti i diritti riservati."
        )
        is None
    )
    assert split_credit("Il sindaco ha firmato l'ordinanza per le scuole (tutte).") is None
