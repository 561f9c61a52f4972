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
