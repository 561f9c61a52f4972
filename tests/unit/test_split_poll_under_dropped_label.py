"""split: a reader poll inside the text whose label clean dropped as a heading ("Have your
say" leaves a blank line over the question), proved by its results link, is a widget: the
text goes on under it (audit A-21). An explainer's steps ending in "Votar" / "Resultados"
run on from the text, with no blank over them: no poll."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles
from streams.split_page import _poll_lines

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

PAGE = (
    "Local News\nNews\n"
    "Council to close Harbour Road for six weeks of sewer works\n"
    "By Ann Fowler\n"
    "30 November 2026\n"
    "Harbour Road will close to through traffic from Monday while the water company replaces "
    "a collapsed sewer under the junction with Mill Lane.\n"
    "Buses will be diverted along the seafront for the duration of the works, the council said.\n"
    "Have your say\n"
    "Should the works have waited until after Christmas?\n"
    "Yes\n"
    "No\n"
    "Vote\n"
    "View results\n"
    "Shops on the road will stay open and can be reached on foot from both ends.\n"
    "The water company said it expects the road to reopen on January 12.\n"
)


def test_the_text_goes_on_under_a_poll_whose_label_was_dropped() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert len(drafts) == 1
    assert "reopen on January 12" in drafts[0].body
    assert "View results" not in drafts[0].body


STEPS = (
    "¿Cuáles son los pasos?",
    "Solicitar el voto en Correos",
    "Recibir la documentación en casa",
    "Votar",
    "Resultados",
)


def test_a_results_link_without_a_blank_over_the_question_proves_no_poll() -> None:
    text = (
        "Los andaluces que no puedan acudir a su colegio pueden votar por correo hasta el jueves."
    )
    assert _poll_lines((text, *STEPS)) == set()
    assert _poll_lines((text, "", *STEPS)) == set(range(2, 7))
