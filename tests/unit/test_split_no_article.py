"""Walls standing in for an article, in languages the reader-word lists see little of: no
article; short real stories without stamp or source, in the same languages: still the lead."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)


def split(text: str, url: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, url=url, fetched_at=FETCHED)))


def test_a_spanish_login_wall_at_an_article_url_has_no_article() -> None:
    """Three paragraphs of a login wall under its heading, a form under them: no stamp, no
    source, none of the slug's words; the reader is never named with a word the lists see."""
    page = """\
Heraldo de Valdemora
Portada
Comarca
Deportes
Cultura
Buscar
Este contenido es para lectores registrados
Inicia sesión para seguir leyendo. La mayoría de nuestras noticias son gratuitas, pero pedimos \
un registro sencillo que nos ayuda a mejorar el servicio.
El registro dura menos de un minuto. Solo hace falta un correo electrónico y una contraseña, \
sin tarjeta de pago.
Con la cuenta gratuita se accede a todas las noticias abiertas, a los comentarios y al boletín \
de la mañana.
Correo electrónico
Contraseña
Entrar
¿Olvidaste la contraseña?
Aviso legal
Privacidad
"""
    url = "https://www.heraldovaldemora.example/comarca/puente-romano-reabre-tras-obras"
    assert split(page, url) == []


def test_an_italian_bot_check_at_an_article_url_has_no_article() -> None:
    page = """\
Corriere di Valtorbida
Cronaca
Sport
Economia
Cerca
Controllo di sicurezza in corso
Il sistema ha rilevato un traffico insolito dalla rete in uso. Per proteggere i contenuti del \
giornale occorre confermare che la navigazione avviene da parte di una persona.
La verifica richiede pochi secondi e non conserva dati personali oltre a quelli utili alla \
sicurezza del servizio.
Se il problema continua, disattivare le estensioni che bloccano gli script e ricaricare la pagina.
Non sono un robot
Contatti
Privacy
"""
    url = "https://www.corrierevaltorbida.example/cronaca/nuova-scuola-media-apre-settembre"
    assert split(page, url) == []


def test_a_portuguese_subscriber_wall_under_the_site_name_has_no_article() -> None:
    """The site's own name over the heading is no source."""
    page = """\
Jornal da Serra Alta
Conteúdo exclusivo para assinantes
A assinatura digital dá acesso ilimitado a todas as notícias da região, ao arquivo do jornal e \
à edição impressa em formato digital.
O pagamento é mensal e o cancelamento pode ser feito a qualquer momento na área de cliente, \
sem custos adicionais.
Os assinantes recebem ainda a newsletter da manhã com os principais temas do dia.
Assinar
Entrar
Termos de uso
"""
    url = "https://www.jornaldaserraalta.example/regiao/barragem-de-vilar-atinge-cota-maxima"
    assert split(page, url) == []


def test_must_stay_a_short_unstamped_story_about_an_app_that_tells_its_slug() -> None:
    """Wall words in a story of its own slug: the text tells what the URL names."""
    page = """\
Heraldo de Valdemora
Comarca
El ayuntamiento de Valdemora estrena una aplicación para pagar el aparcamiento
La aplicación municipal permite desde este lunes pagar el aparcamiento en el centro con el móvil.
El concejal de Movilidad dijo que los parquímetros seguirán aceptando monedas hasta el verano.
Aviso legal
"""
    url = "https://www.heraldovaldemora.example/comarca/valdemora-estrena-aplicacion-aparcamiento"
    drafts = split(page, url)
    assert [(d.role, d.title) for d in drafts] == [
        (
            "lead",
            "El ayuntamiento de Valdemora estrena una aplicación para pagar el aparcamiento",
        )
    ]


def test_must_stay_a_short_unstamped_story_at_a_url_without_a_slug() -> None:
    """An id for a URL decides nothing: a short Polish story of an outage stays."""
    page = """\
Kurier Brzozowa
Awaria systemu rejestracji w przychodni w Brzozowie
Pacjenci przychodni przy ulicy Lipowej nie mogli w czwartek zarejestrować się na wizyty przez \
cały ranek.
Dyrektor placówki poinformował, że błąd usunięto po południu, a terminy zostaną przywrócone.
Kontakt
"""
    drafts = split(page, "https://www.kurierbrzozowa.example/artykul/48213")
    assert [d.role for d in drafts] == ["lead"]


def test_must_stay_a_short_unstamped_story_with_an_inflected_slug() -> None:
    """The slug's words in other forms in the text ("zamknięte", "zamknięty"), a wall word
    among them ("dostępny"): the story the slug names."""
    page = """\
Kurier Brzozowa
Most w Oliwie zamknięty dla ciężarówek
Zarząd dróg zamknął w piątek most nad potokiem w Oliwie dla pojazdów cięższych niż dziesięć ton.
Objazd dla ciężarówek jest dostępny przez Brzozów, a naprawa mostu potrwa do końca kwietnia.
Kontakt
"""
    url = "https://www.kurierbrzozowa.example/region/zamkniete-mosty-ciezarowki"
    assert [d.role for d in split(page, url)] == ["lead"]


def test_must_stay_a_short_unstamped_story_whose_slug_is_transliterated() -> None:
    """A slug in Latin letters over a text in Greek: none of the slug's words in the text,
    and none of a wall's either; the story stays."""
    page = """\
Εφημερίδα Λιμνοχωρίου
Ειδήσεις
Αθλητικά
Νέα εφαρμογή για τα λεωφορεία του Λιμνοχωρίου
Ο δήμος Λιμνοχωρίου παρουσίασε την Τρίτη μια νέα εφαρμογή για κινητά που δείχνει πότε \
φτάνει κάθε λεωφορείο στη στάση.
Η εφαρμογή είναι δωρεάν και θα λειτουργεί και για τα νησιωτικά δρομολόγια από τον Μάιο.
Επικοινωνία
"""
    url = "https://www.limnochori.example/eidiseis/nea-efarmogi-leoforeia-limnochoriou"
    assert [d.role for d in split(page, url)] == ["lead"]


@pytest.mark.parametrize(
    ("page", "url"),
    [
        pytest.param(
            """\
Home
News
Hiker found safe after night on Velmora fells
A hiker who failed to return from the Velmora fells on Sunday evening has been found safe \
and well, police said on Monday.
The 54-year-old was spotted by a helicopter crew at first light after a search lasting more \
than twelve hours. He was taken to hospital as a precaution.
""",
            "https://example.org/news/missing-walker-rescued-alive",
            id="a rescue after a search",
        ),
        pytest.param(
            """\
Home
Tech
Outage hits Velmora bank customers
Customers of Velmora Savings could not use their cards or the bank's app for several hours \
on Monday after a fault at its data centre, the bank said.
Service was restored by the evening. The bank apologised and said no money had been lost.
""",
            "https://example.org/tech/lender-suffers-it-glitch",
            id="an outage of an app",
        ),
    ],
)
def test_a_short_story_whose_slug_is_worded_otherwise_stays_the_lead(page: str, url: str) -> None:
    # the slug written in other words than the headline: a word that walls print too
    # ("search", "app") is no wall in a story's text
    drafts = split(page, url)
    assert [d.role for d in drafts] == ["lead"]


def test_a_text_of_wall_words_is_a_wall_even_where_the_slug_shares_a_word() -> None:
    # the slug names the story the wall hides ("…/conteudo-…"), one of its words is on the
    # wall too: four and more different wall words need no slug
    page = """\
Jornal da Serra Alta
Início
Região
Conteúdo exclusivo para assinantes da região
O acesso completo ao conteúdo desta página está reservado a leitores com conta \
registada no jornal.
A assinatura digital custa 1 euro no primeiro mês e inclui a edição impressa em \
formato digital.
Faça login com o e-mail e a senha ou cadastre-se para continuar a ler.
Termos e condições
"""
    url = "https://www.jornalserraalta.example/regiao/conteudo-feira-gado-regressa"
    assert split(page, url) == []


def test_a_short_story_about_accounts_and_passwords_that_tells_its_slug_stays() -> None:
    # a story may name a wall's words (a data breach: passwords, accounts, subscribers, log
    # in, verification): its slug's words in its text keep it a story
    page = """\
Home
Tech
Velmora Telecom breach exposes subscriber passwords
Hackers took the password and account details of 3,000 Velmora Telecom subscribers, the \
company said on Monday.
Customers were told to log in, choose a new password and register for two-step verification.
"""
    url = "https://example.org/tech/velmora-telecom-breach-passwords"
    drafts = split(page, url)
    assert [d.role for d in drafts] == ["lead"]


@pytest.mark.parametrize(
    "url",
    ["https://example.org/local/44120", "https://example.org/local/voter-sign-up-goes-digital"],
)
def test_a_short_story_full_of_wall_words_that_tells_of_others_stays_the_lead(url: str) -> None:
    # register, registration, password, account, verify: a wall's words, but the text tells
    # of a council, a day and an election, which no wall does
    page = """\
Home
Local
Voters in Velmora can now register online
The council opened its online registration service for voters on Monday, ahead of the \
municipal election in October.
Residents need an email address and a password to create an account, and must verify their \
identity with a code sent by post. Paper forms remain available at the town hall, the council \
said.
"""
    assert [d.role for d in split(page, url)] == ["lead"]


EDITORIAL_BODY = (
    "For the third year in a row, the legislature has ended its session without fixing the "
    "formula that decides how much money each school district receives.\n"
    "The result is a system in which children in poorer districts get thousands of dollars "
    "less each year than those a few miles away.\n"
    "Lawmakers should return in January with a plan, and the governor should make it her "
    "first priority.\n"
)


OUR_VIEW = "Our view: The state must fix school funding now"
BOARD = "By The Herald Editorial Board"


@pytest.mark.parametrize(
    ("kicker", "headline", "byline", "url_section"),
    [  # audit A's probes b18y, b18x, b18v (0 articles before), b18z and b18w (one before)
        ("Opinion\n", OUR_VIEW, BOARD, "opinion"),
        ("", OUR_VIEW, BOARD, "opinion"),
        ("Opinion\n", OUR_VIEW, BOARD, "news"),
        ("Opinion\n", OUR_VIEW, "By Jane Doe", "opinion"),
        ("Opinion\n", "The state must fix school funding now", BOARD, "opinion"),
    ],
)
def test_an_editorial_under_a_labelled_headline_and_a_board_byline_is_one_article(
    kicker: str, headline: str, byline: str, url_section: str
) -> None:
    url = f"https://www.example-herald.com/{url_section}/2026/11/28/editorial-school-funding"
    drafts = split(f"{kicker}{headline}\n{byline}\nNovember 28, 2026\n{EDITORIAL_BODY}", url)
    assert [(d.role, d.title, d.time_text) for d in drafts] == [
        ("lead", headline, "November 28, 2026")
    ]
    assert "Lawmakers should return in January" in drafts[0].body
    assert "Board" not in drafts[0].body and "Opinion" not in drafts[0].body


@pytest.mark.parametrize(
    ("under", "stamp"),
    [  # audit C's C2 probes (0 articles or the board line as title before)
        ("", None),  # m11: the text straight under the headline
        ("By The Herald Editorial Board\n", None),  # m3: the date printed at the end
        (  # m2: a board byline of eight words
            "By the Editorial Board of The Springfield Herald\nNovember 28, 2026\n",
            "November 28, 2026",
        ),
        ("The Herald Editorial Board\nNovember 28, 2026\n", "November 28, 2026"),  # m10
    ],
)
def test_an_our_view_editorial_keeps_its_headline_whatever_stands_under_it(
    under: str, stamp: str | None
) -> None:
    url = "https://www.example-herald.com/opinion/2026/11/28/editorial-school-funding"
    drafts = split(f"Opinion\n{OUR_VIEW}\n{under}{EDITORIAL_BODY}", url)
    assert [(d.role, d.title, d.time_text) for d in drafts] == [("lead", OUR_VIEW, stamp)]
    assert "For the third year in a row" in drafts[0].body
    assert "Lawmakers should return in January" in drafts[0].body


# auditor D, D1: a short unstamped phishing brief opening with a tips list (probes d_p19,
# d_p21, d_p22): the tips name a password and an e-mail, but as advice, no form's fields
TIPS_EN = """\
Tech
Phishing texts target Northern Savings customers
What to do:
Change your password
Check the sender's email
Don't click links
Fraudsters are sending texts that appear to come from Northern Savings, asking customers \
to confirm their details.
The bank has about 400,000 customers in Yorkshire and Lancashire.
More from Tech
Chipmaker shares slide
2 hours ago
"""
TIPS_ES = """\
Tecnología
Oleada de SMS fraudulentos contra clientes del Banco del Norte
Qué hacer:
Cambia tu contraseña
Revisa el correo electrónico
No pulses enlaces
Los estafadores envían mensajes que parecen del Banco del Norte y piden a los clientes \
confirmar sus datos.
La entidad tiene unos 400.000 clientes en Asturias y Cantabria.
Más noticias de Tecnología
Caen las acciones del fabricante de chips
hace 2 horas
"""
TIPS_IT = """\
Tecnologia
Sms truffa ai clienti di Banca Nord
Cosa fare:
Cambiare la password
Controllare l'indirizzo email
Non cliccare sui link
I truffatori inviano messaggi che sembrano di Banca Nord e chiedono ai clienti di \
confermare i propri dati.
La banca ha circa 400.000 clienti in Piemonte e Liguria.
Altre notizie di Tecnologia
Calano le azioni del produttore di chip
2 ore fa
"""


@pytest.mark.parametrize(
    ("text", "url", "headline"),
    [
        (
            TIPS_EN,
            "https://www.example-news.com/tech/phishing-texts-target-bank-customers",
            "Phishing texts target Northern Savings customers",
        ),
        (
            TIPS_ES,
            "https://www.ejemplo-diario.es/tecnologia/sms-fraudulentos-clientes-banco-norte",
            "Oleada de SMS fraudulentos contra clientes del Banco del Norte",
        ),
        (
            TIPS_IT,
            "https://www.esempio-giornale.it/tecnologia/sms-truffa-clienti-banca-nord",
            "Sms truffa ai clienti di Banca Nord",
        ),
    ],
)
def test_a_tips_list_over_a_brief_is_no_login_form(text: str, url: str, headline: str) -> None:
    """Must stay (D1): "Change your password" / "Check the sender's email" are advice (more
    than a field's bare name), so the brief under them keeps its lead."""
    drafts = split(text, url)
    assert drafts[0].role == "lead"
    assert drafts[0].title == headline
    assert "400" in drafts[0].body
