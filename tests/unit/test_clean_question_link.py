"""clean: a question headline under a links heading, or a bare headline over two
sentences of text under a related heading that offers one story ("Mehr zum Thema", "Te
puede interesar"), is a link: it goes and the text under it stays the lead's (README: a
bare headline link is navigation; audit B's PE-3 / PE-4: P06, P16, P19). Must-stay: a
teaser under such a heading with one summary stays a card; a "Read more" heading over a
question and the text keeps the text in the lead (P18)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)

DE_HEADER = (
    "Nachrichten\n"
    "Wirtschaft\n"
    "Heizungsgesetz: Koalition einigt sich auf neue Förderregeln\n"
    "Von Julia Krause\n"
    "10.03.2026, 10:15 Uhr\n"
    "Die Koalition hat sich auf neue Förderregeln für den Austausch alter Heizungen "
    "geeinigt. Eigentümer sollen künftig bis zu 50 Prozent der Kosten erstattet bekommen.\n"
    'Bauministerin Klara Geywitz sprach von einem "fairen Kompromiss".\n'
    "Mehr zum Thema\n"
    "Wärmepumpe oder Gasheizung: Was lohnt sich jetzt noch?\n"
)

EN_HEADER = (
    "News\n"
    "Water bills to rise by average of £86 a year from April\n"
    "By Simon Jack\n"
    "10 March 2026\n"
    "Household water bills in England and Wales will rise by an average of £86 a year from "
    "April, industry body Water UK has said.\n"
    "Campaigners said the rises were unfair while sewage spills remained at record levels.\n"
)


def drafts(text: str) -> list[tuple[str, str, str]]:
    return [
        (draft.role, draft.title, draft.body.replace("\n", " "))
        for draft in split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))
    ]


def test_question_link_under_an_offer_heading_leaves_the_text_in_the_lead() -> None:
    text = DE_HEADER + (
        "Die neuen Regeln sollen ab Juli gelten. Anträge können über die KfW gestellt werden.\n"
        "Der Eigentümerverband Haus & Grund kritisierte, die Förderung reiche nicht aus.\n"
        "Die Opposition kündigte an, im Bundestag gegen das Gesetz zu stimmen.\n"
    )
    [(role, _, body)] = drafts(text)
    assert role == "lead"
    assert "Die neuen Regeln sollen ab Juli gelten." in body
    assert "im Bundestag gegen das Gesetz zu stimmen." in body
    assert "Was lohnt sich jetzt noch?" not in body


def test_spanish_question_link_under_te_puede_interesar() -> None:
    text = (
        "El Gobierno aprueba la ley de vivienda con el apoyo de sus socios\n"
        "Carlos Martín\n"
        "Madrid - 10 mar 2026 - 11:30 CET\n"
        "El Consejo de Ministros ha aprobado este martes el proyecto de ley de vivienda, que "
        "limitará los precios del alquiler en las zonas declaradas tensionadas.\n"
        "Te puede interesar\n"
        "¿Qué es una zona tensionada y cómo saber si vivo en una?\n"
        "El PP anunció que recurrirá la ley ante el Tribunal Constitucional si sale adelante.\n"
        "Las asociaciones de inquilinos la consideran insuficiente.\n"
    )
    [(role, _, body)] = drafts(text)
    assert role == "lead"
    assert "Las asociaciones de inquilinos la consideran insuficiente." in body
    assert "zona tensionada y cómo saber" not in body


def test_question_links_under_read_more_leave_the_last_paragraph() -> None:
    text = EN_HEADER + (
        "READ MORE\n"
        "Thames Water: What happens if it goes bust?\n"
        "Sewage spills: How clean is your local river?\n"
        "Consumer group Which? said households should check they were on the right tariff.\n"
    )
    [(role, _, body)] = drafts(text)
    assert role == "lead"
    assert "households should check they were on the right tariff." in body
    assert "How clean is your local river?" not in body


def test_teaser_with_one_summary_under_an_offer_heading_stays_a_card() -> None:
    text = DE_HEADER + (
        "Ein Überblick über Kosten, Förderung und Laufzeiten der beiden Heizungsarten.\nTeilen\n"
    )
    found = drafts(text)
    assert [role for role, _, _ in found] == ["lead", "related"]
    assert found[1][1] == "Wärmepumpe oder Gasheizung: Was lohnt sich jetzt noch?"
    assert "Ein Überblick über Kosten" not in found[0][2]


def test_read_more_question_over_the_text_keeps_the_text() -> None:
    text = EN_HEADER + (
        "Read more\n"
        "What happens if Thames Water goes bust?\n"
        "The loan comes with an interest rate of almost 10% and must be repaid by 2028.\n"
        "A judge will be asked to approve the deal next week.\n"
    )
    [(role, _, body)] = drafts(text)
    assert role == "lead"
    assert "A judge will be asked to approve the deal next week." in body


def test_two_question_cards_with_summaries_under_an_offer_heading_stay_cards() -> None:
    """Auditor D's D-5 (D30, D31): question-titled teasers with one summary each."""
    text = (
        "La luz bajará un 12 % el miércoles por el viento\n"
        "Por Laura Gómez\n"
        "10/03/2026 - 09:20h\n"
        "El precio medio de la electricidad en el mercado mayorista bajará el miércoles un 12 % "
        "respecto al martes gracias a la alta producción eólica.\n"
        "Los consumidores con tarifa regulada notarán la bajada de forma inmediata en su factura.\n"
        "Te puede interesar\n"
        "¿Cuánto cuesta llenar el depósito esta semana?\n"
        "El precio de la gasolina sube por tercera semana consecutiva y se acerca a 1,70 euros.\n"
        "¿Subirá la bombona de butano en abril?\n"
        "El Gobierno revisará el precio máximo el próximo martes, como cada dos meses.\n"
        "Temas\n"
    )
    found = drafts(text)
    assert [title for _, title, _ in found[1:]] == [
        "¿Cuánto cuesta llenar el depósito esta semana?",
        "¿Subirá la bombona de butano en abril?",
    ]
    assert "El precio de la gasolina" not in found[0][2]
