"""split_page._poll_lines: a reader poll inside a live blog or an article is a widget."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.split_page import _poll_lines

FETCHED = datetime(2026, 7, 3, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


# a live ticker with a poll between two entries: label, question, answers, button, results
# link and vote count
BLOG = """\
En direct
Tunnel du Gothard fermé après l'incendie d'un camion: les bouchons s'allongent
Publié le 03.07.2026 à 07h05
08h15
La colonne devant le portail nord atteint déjà 11 kilomètres, à l'entrée des vacances d'été \
dans plusieurs cantons alémaniques.
Sondage
Évitez-vous le Gothard pendant les vacances d'été?
Oui, je pars de nuit
Oui, je passe par le San Bernardino
Non, je prends mon mal en patience
Voter
Résultats
2 316 participations
09h40
Les CFF annoncent que le chargement des voitures sur le train entre Göschenen et Airolo a été \
mis en place. Les trains circulent toutes les 30 minutes.
10h55
L'OFROU indique que les dégâts dans le tunnel sont considérables. Le revêtement de la chaussée \
doit être remplacé sur plusieurs centaines de mètres.
"""


def test_a_poll_inside_a_live_blog_leaves_its_body() -> None:
    drafts = split(BLOG)
    assert len(drafts) == 1
    body = drafts[0].body
    assert "Les CFF annoncent" in body and "La colonne devant le portail nord" in body
    for widget in ("Sondage", "Évitez-vous", "je pars de nuit", "Voter", "2 316 participations"):
        assert widget not in body


def test_poll_lines_span_label_to_vote_count() -> None:
    lines = tuple(BLOG.splitlines())
    assert _poll_lines(lines) == set(range(lines.index("Sondage"), lines.index("09h40")))


# must stay: an article's question heading answered by sentences, then a "Vote" line that
# opens a section (no answers between question and button: no poll)
ARTICLE_QUESTION = """\
Who can vote in Sunday's referendum?
Every citizen over 18 who registered before May 1 may take part.
Postal ballots must arrive by Friday, the electoral office said.
Vote
Polling stations open at 8 a.m. and close at 8 p.m.
"""

# must stay: short lines under a question that run into a sentence, not a button
FAQ = """\
What changes on Monday?
Fares
Timetables
Most regional trains will run every 30 minutes instead of every hour.
Vote
"""


def test_a_question_answered_in_text_is_no_poll() -> None:
    assert _poll_lines(tuple(ARTICLE_QUESTION.splitlines())) == set()
    assert _poll_lines(tuple(FAQ.splitlines())) == set()


# auditor B (B-L1): a debate's headline over "Yes" / "No" / "Vote" (or a byline and a date
# over "Vote") is the story's headline, no poll: no label, no vote count, no text above it
DEBATE_HEADLINE = """\
The Riverside Courier
Opinion
Should the city ban cars from the old town centre?
Yes
No
Vote
The council will decide next month whether to close the old town to private cars, a plan \
that traders say would cost them a third of their customers.
Supporters of the plan point to the success of similar schemes elsewhere, where footfall \
rose after the streets were closed.
Opponents say buses are too infrequent to replace cars for older shoppers.
"""

DEBATE_BYLINE = DEBATE_HEADLINE.replace("Yes\nNo\n", "By Jane Marsh\nMarch 9, 2026\n")


def test_a_question_headline_over_a_vote_button_stays_the_story() -> None:
    for page in (
        DEBATE_HEADLINE,
        DEBATE_BYLINE,
        DEBATE_HEADLINE.replace("Vote\n", "Vote\n12 votes\n"),
    ):
        drafts = split(page)
        assert drafts and drafts[0].title == "Should the city ban cars from the old town centre?"
        assert "cost them a third of their customers" in drafts[0].body


# auditor B (B-L2): an explainer's steps ending in "Votar", a "Resultados" subheading under
# them: no label, no vote count, no poll
STEPS = """\
Elecciones andaluzas: cómo votar por correo paso a paso
Publicado: 09/03/2026 10:15
Los andaluces que no puedan acudir a su colegio electoral el domingo pueden votar por correo \
hasta el jueves.
¿Cuáles son los pasos?
Solicitar el voto en Correos
Recibir la documentación en casa
Votar
Resultados
La Junta Electoral publicará los resultados provisionales a partir de las 20:00 horas.
"""


def test_an_explainers_steps_ending_in_vote_are_no_poll() -> None:
    assert _poll_lines(tuple(STEPS.splitlines())) == set()


# a poll inside an article, without a label, proved by its vote count
MID_ARTICLE = """\
Storm Bella: thousands without power as gales batter the coast
Published March 9, 2026
More than 40,000 homes were without power on Monday after winds of up to 90mph hit the \
south coast, the network operator said.
Have you been affected by the storm?
Yes, I lost power
No
Vote
See results
1,873 votes
The Met Office has issued a yellow warning for rain for Tuesday, covering most of Wales.
"""


def test_an_unlabelled_poll_with_its_vote_count_is_a_widget() -> None:
    lines = tuple(MID_ARTICLE.splitlines())
    assert _poll_lines(lines) == set(range(3, 9))


# auditor B (B-L2, B05): numbered steps ending in "4. Vote" (clean keeps only some of them);
# the button line is no vote count
NUMBERED_STEPS = (
    "Voters in 130 councils go to the polls on Thursday, with 5,000 seats up for election.",
    "What do you need to do?",
    "2. Find your polling station",
    "3. Bring photo ID",
    "4. Vote",
    "Most councils will count overnight, with the first results expected after 1am.",
)


def test_a_numbered_vote_step_is_no_vote_count() -> None:
    assert _poll_lines(NUMBERED_STEPS) == set()
