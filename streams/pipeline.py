"""The processing stages composed: one raw page → its article events.

The Faust agent and the offline CLI both call ``process_page``, so a page gives
the same events either way. Each stage's unexpected exception is wrapped in
``StageFailed`` with the stage's name, for the dead-letter record.
"""

from collections.abc import Callable
from typing import ParamSpec, TypeVar

from schemas.article import ArticleEvent
from schemas.dlq import Stage
from streams.clean import clean_page
from streams.enrich import enrich
from streams.errors import PageError, StageFailed
from streams.gazetteer import get_gazetteer
from streams.identity import article_id, page_id
from streams.language import detect_language, detect_languages
from streams.language import warm_up as load_language_model
from streams.model import ArticleDraft, RawPage
from streams.process_memory import fix_mmap_threshold, freeze_loaded_objects
from streams.split import split_articles
from streams.timestamps import resolve_time

P = ParamSpec("P")
R = TypeVar("R")


def _run(stage: Stage, func: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
    try:
        return func(*args, **kwargs)
    except PageError:
        raise
    except Exception as exc:
        raise StageFailed(stage, exc) from exc


WARM_UP_STEPS: tuple[tuple[str, Callable[[], object]], ...] = (
    ("fixed mmap threshold", fix_mmap_threshold),
    ("language model", load_language_model),
    ("gazetteer", get_gazetteer),
    ("gc freeze", freeze_loaded_objects),
)
"""What ``warm_up`` does, in order (``python -m bench.memory`` measures each step).

The language model before the gazetteer: its load needs ~70 MB for a moment, which
is returned to the system before the gazetteer is built, so the two peaks do not add up.
"""


def warm_up() -> None:
    """Load what the stages build lazily (gazetteer, language model), before the first page.

    Otherwise the first page that needs them stalls a worker for about a second.
    """
    for _, step in WARM_UP_STEPS:
        step()


def process_page(page: RawPage) -> list[ArticleEvent]:
    cleaned = _run("clean", clean_page, page)
    drafts = _run("split", split_articles, cleaned)
    pid = page_id(page)
    # One call for the page, so a title-only teaser takes the language of the page.
    languages = _run("language", detect_languages, [_language_text(d) for d in drafts])
    return [
        _run("enrich", build_event, draft, page, pid, language)
        for draft, language in zip(drafts, languages, strict=True)
    ]


def _language_text(draft: ArticleDraft) -> str:
    return "\n".join([draft.title, draft.body, *(caption.text for caption in draft.captions)])


def build_event(
    draft: ArticleDraft, page: RawPage, pid: str, language: str | None = None
) -> ArticleEvent:
    tags = enrich(draft.title, draft.body, [caption.text for caption in draft.captions])
    return ArticleEvent(
        article_id=article_id(draft, page),
        page_id=pid,
        url=page.url,
        position=draft.position,
        role=draft.role,
        source=draft.source,
        title=draft.title,
        body=draft.body,
        captions=list(draft.captions),
        relative_time=draft.time_text,
        published_at=resolve_time(draft.time_text, page.fetched_at),
        language=language or detect_language(_language_text(draft)),
        countries=tags.countries,
        actors=tags.actors,
    )


def encode_event(event: ArticleEvent) -> bytes:
    # The same bytes as ``event.model_dump_json().encode()``, without the str round trip.
    return ArticleEvent.__pydantic_serializer__.to_json(event)
