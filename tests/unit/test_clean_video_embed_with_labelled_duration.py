"""clean: a video embed set between a story's paragraphs, its medium and show's name on a
barred line over its title and a labelled length ("Media Video | Morning News" / title /
"Duration 2:14"): the title goes with its length, the paragraphs around it stay."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)

PAGE = (
    "Home\nNews\nLocal\n"
    "Council backs two new bus lanes through the city centre\n"
    "The vote clears the way for design work to begin next year.\n"
    "Dana Lee · Coast News · Posted: Nov 28, 2026 9:00 AM AST\n"
    "City council voted 11-5 on Thursday to build two dedicated bus corridors through the "
    "downtown core, a plan transit staff say will cut travel times by a quarter.\n"
    "WATCH | Riders describe waiting for a bus with room on it:\n"
    "Media Video | Morning News\n"
    "Commuters tired of overcrowded morning buses\n"
    "Duration 3:05\n"
    "The corridors would remove 150 parking spaces, according to a staff report presented to "
    "council last month.\n"
    "Public sessions on the design will be held in January, the city said.\n"
)


def test_a_video_embeds_title_over_a_labelled_length_goes() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert len(drafts) == 1
    body = drafts[0].body
    assert "Commuters tired of overcrowded" not in body
    assert "Duration 3:05" not in body
    assert "150 parking spaces" in body and "council voted 11-5" in body
