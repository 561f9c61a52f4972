"""The exported JSON Schemas: up to date, and as strict as the models and the code behind them."""

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import jsonschema
import orjson
import pytest
from pydantic import ValidationError

from schemas.article import ArticleEvent
from schemas.dlq import DeadLetterHeaders
from schemas.export import SCHEMA_DIR, expected_files
from schemas.page import PageEnvelope
from streams import pipeline, routing
from streams.agents import _publish_failed
from streams.routing import Outgoing, Source, route_page

SEED_PAGE = Path(__file__).resolve().parents[1] / "fixtures" / "seed-page.txt"
SOURCE = Source("pages.raw", 0, 7)
NOW = datetime(2025, 6, 2, 8, 0, tzinfo=UTC)


def schema(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = orjson.loads((SCHEMA_DIR / f"{name}.schema.json").read_bytes())
    return loaded


def test_committed_schema_files_are_what_the_models_generate() -> None:
    expected = expected_files()
    assert set(SCHEMA_DIR.glob("*.json")) == set(expected), "run `make schemas`"
    for path, content in expected.items():
        assert path.read_bytes() == content, f"{path.name} is stale: run `make schemas`"


@pytest.mark.parametrize(
    "envelope",
    [
        {"text": "Title\nBody"},
        {"html": "<p>Body</p>"},
        {"text": "", "html": "<p>Body</p>"},
        {"text": None, "html": "<p>Body</p>"},
        {"text": "   \n", "html": "<p>Body</p>"},
        {"text": "   "},
        {"text": "", "html": " "},
        {"text": None},
        {"url": "https://example.com/a"},
    ],
)
def test_envelope_schema_accepts_what_the_model_accepts(envelope: dict[str, Any]) -> None:
    try:
        PageEnvelope.model_validate(envelope)
        model_accepts = True
    except ValidationError:
        model_accepts = False
    assert jsonschema.Draft202012Validator(schema("page-envelope")).is_valid(envelope) == (
        model_accepts
    )


def article(**fields: Any) -> dict[str, Any]:
    event = ArticleEvent(
        article_id="a-1",
        page_id="p-1",
        position=0,
        role="lead",
        source=None,
        title="t",
        body="b",
        captions=[],
        published_at=datetime(2025, 6, 2, 10, 30, tzinfo=timezone(timedelta(hours=2))),
        language="en",
        countries=[],
        actors=[],
    )
    return {**event.model_dump(mode="json"), **fields}


def test_published_at_schema_is_the_utc_date_time_events_carry() -> None:
    validator = jsonschema.Draft202012Validator(schema("article-event"))
    published = schema("article-event")["properties"]["published_at"]["anyOf"][0]
    assert published["format"] == "date-time"
    assert validator.is_valid(article())
    assert validator.is_valid(article(published_at=None))
    assert not validator.is_valid(article(published_at="2025-06-02T10:30:00+02:00"))
    assert not validator.is_valid(article(published_at="2 June 2025"))


@pytest.mark.parametrize(("language", "valid"), [("und", True), ("yue", True), ("en-GB", False)])
def test_language_schema_allows_undetermined_as_the_model_does(language: str, valid: bool) -> None:
    validator = jsonschema.Draft202012Validator(schema("article-event"))
    assert validator.is_valid(article(language=language)) == valid
    fields = {**article(), "language": language}
    if valid:
        ArticleEvent.model_validate(fields)
    else:
        with pytest.raises(ValidationError):
            ArticleEvent.model_validate(fields)


def fail(*args: Any, **kwargs: Any) -> Any:
    raise RuntimeError("stage broke")


def dead_letter_of_a_failing(
    monkeypatch: pytest.MonkeyPatch, module: Any, name: str
) -> Callable[[], Outgoing]:
    def run() -> Outgoing:
        monkeypatch.setattr(module, name, fail)
        (record,) = route_page(
            SEED_PAGE.read_bytes(), b"k", SOURCE, max_bytes=1 << 20, failed_at=NOW
        )
        return record

    return run


def test_dead_letter_stage_enum_is_every_stage_the_code_labels(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each way a page reaches the DLQ, as the worker takes it; the enum must list exactly these."""
    ways: list[Callable[[], Outgoing]] = [
        lambda: route_page(b"", b"k", SOURCE, max_bytes=1 << 20, failed_at=NOW)[0],
        *(
            dead_letter_of_a_failing(monkeypatch, pipeline, name)
            for name in ("clean_page", "split_articles", "detect_languages", "enrich", "page_id")
        ),
        dead_letter_of_a_failing(monkeypatch, routing, "encode_event"),
        lambda: _publish_failed(b"v", b"k", SOURCE, TimeoutError("broker")),
    ]
    stages = []
    for way in ways:
        record = way()
        assert record.destination == "dlq"
        stages.append(DeadLetterHeaders.from_kafka(record.headers).stage)
        monkeypatch.undo()
    enum = schema("dead-letter-headers")["properties"]["stage"]["enum"]
    assert sorted(stages) == sorted(enum)


def test_dead_letter_headers_reject_an_unknown_stage() -> None:
    headers = DeadLetterHeaders(
        error_class="E",
        error_message="m",
        stage="publish",
        source_topic="t",
        source_partition=0,
        source_offset=0,
        failed_at="2025-06-02T08:00:00.000000Z",
    ).to_kafka()
    renamed = [(name, b"dispatch" if name == "pagewire.stage" else v) for name, v in headers]
    with pytest.raises(ValidationError):
        DeadLetterHeaders.from_kafka(renamed)
