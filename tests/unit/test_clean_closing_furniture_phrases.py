"""Furniture the site prints in or under the text, in several languages: a "you may also
like" heading over bare links (fr, de du-form), a report-an-error prompt with its request on
one line, a comment form's disclaimer, a donation pitch, a registered-only tool's notice, a
listener-funded station's note, a video player's dialog sentences, a "Promotion" ad label
over its card, an AI summary's "Was this summary helpful?" survey, a screen reader's "list
of 3 items", a broadcaster's audio box ("03:12 min, aus <programme> vom <date>"), a
Portuguese consent wall (no article). The same words inside a story's sentences stay."""

from datetime import UTC, datetime

from streams.boilerplate import Kind, classify
from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def lines_of(text: str) -> tuple[str, ...]:
    return clean_page(RawPage(text=text)).lines


def _gone(lines: tuple[str, ...], snippet: str) -> bool:
    return not any(snippet in line for line in lines)


def test_closing_notes_and_prompts_are_dropped() -> None:
    for line in (
        "Vous avez trouvé une erreur? Merci de nous la signaler.",
        "Vous avez trouvé une erreur ? Merci de nous la signaler.",
        "O autor da mensagem, e não o Jornal, é o responsável pelo comentário.",
        "Il giornale non riceve finanziamenti pubblici. Sostienici con un contributo.",
        "Esta funcionalidad es sólo para registrados",
        "Radio Norte is supported by listeners like you.",
        "Beginning of dialog window. Escape will cancel and close the window.",
        "End of dialog window.",
        "list of 3 items",
    ):
        assert classify(line) is Kind.DROP, line


def test_story_sentences_with_the_same_words_stay() -> None:
    for line in (
        "Le ministre a reconnu: « Vous avez raison, nous avons commis une erreur. »",
        "O juiz disse que o autor da mensagem será ouvido na próxima semana.",
        "Il sindaco ha chiesto ai cittadini un contributo per la ricostruzione.",
        "The museum, supported by donors and the city, reopens on Monday.",
        "The list of 3 candidates was published by the electoral commission on Friday.",
    ):
        assert classify(line) is None, line


def test_you_may_also_like_headings_open_teasers() -> None:
    for line in (
        "La rédaction vous conseille",
        "Das könnte dich auch noch interessieren:",
        "Das könnte dich auch interessieren",
    ):
        assert classify(line) is Kind.RELATED, line


def test_a_portals_promotion_label_is_an_ad_label() -> None:
    assert classify("Promotion") is Kind.AD


def test_an_ai_summarys_survey_goes_with_its_buttons() -> None:
    lines = lines_of(
        "Ferry fares rise 4% from January\n"
        "Key points\n"
        "Fares on the island routes will rise by 4% on January 1.\n"
        "Was this summary helpful?\n"
        "Yes\n"
        "No\n"
        "The operator said fuel and crew costs had risen faster than expected this year.\n"
        "Season tickets will rise by 3%, the operator said in a statement on Monday.\n"
    )
    assert _gone(lines, "summary helpful")
    assert "Yes" not in lines and "No" not in lines
    assert lines[-1].startswith("Season tickets will rise")


def test_an_audio_box_with_its_length_and_programme_goes() -> None:
    lines = lines_of(
        "Die Regierung will bei der Bahn bis 2028 rund 200 Millionen Franken einsparen, wie"
        " sie am Mittwoch mitteilte.\n"
        "Audio\n"
        "Regierung kürzt bei der Bahn\n"
        "04:05 min, aus Rendez-vous vom 12.03.2026.\n"
        "Die Gewerkschaften kritisieren den Entscheid und kündigen Widerstand im Parlament"
        " an.\n"
    )
    assert _gone(lines, "04:05 min")
    assert _gone(lines, "Regierung kürzt bei der Bahn")
    assert lines[-1].startswith("Die Gewerkschaften kritisieren")


def test_a_portuguese_consent_wall_gives_no_article() -> None:
    page = RawPage(
        text=(
            "DIÁRIO\n"
            "A sua privacidade é importante\n"
            "Nós e os nossos parceiros armazenamos informações num dispositivo, tais como"
            " cookies, e processamos dados pessoais, tais como identificadores únicos.\n"
            "Pode alterar as suas escolhas a qualquer momento em Definições de privacidade.\n"
            "Utilizamos os dados para anúncios e conteúdos personalizados e medição de"
            " audiência.\n"
            "Aceitar e fechar\n"
            "Rejeitar\n"
        ),
        url="https://diario.example/2026/03/02/pais/noticia",
        fetched_at=FETCHED,
    )
    assert split_articles(clean_page(page)) == []
