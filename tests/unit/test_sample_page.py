"""The seed page against every requirement of ``tests/fixtures/seed-page.expected.json``.

Read generically from the JSON: nothing about the page is written here. Two parts:
clean / split / time / language called directly (no enrich needed), and the whole
pipeline (``process_page`` and ``pagewire process``) for the tags, which need enrich.
"""

import re
import unicodedata
from datetime import datetime
from pathlib import Path
from typing import Any

import orjson
import pytest
from click.testing import CliRunner

from schemas.article import ArticleEvent
from streams import pipeline
from streams.clean import clean_page
from streams.cli import main
from streams.enrich import ArticleTags
from streams.language import detect_languages
from streams.model import ArticleDraft, RawPage
from streams.pipeline import process_page
from streams.split import split_articles
from streams.timestamps import resolve_time

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PAGE = FIXTURES / "seed-page.txt"
EXPECTED: dict[str, Any] = orjson.loads((FIXTURES / "seed-page.expected.json").read_bytes())
FETCHED_AT = datetime.fromisoformat(EXPECTED["fetched_at"].replace("Z", "+00:00"))
WANT: list[dict[str, Any]] = EXPECTED["articles"]


def norm(text: str) -> str:
    """As the page scorer compares: NFC, runs of white space as one space."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def raw_page() -> RawPage:
    return RawPage(text=PAGE.read_text("utf-8"), fetched_at=FETCHED_AT, key=str(PAGE))


def stages() -> tuple[list[ArticleDraft], list[str]]:
    drafts = split_articles(clean_page(raw_page()))
    texts = ["\n".join([d.title, d.body, *(c.text for c in d.captions)]) for d in drafts]
    return drafts, detect_languages(texts)


def test_split_clean_time_and_language_meet_the_expected_file() -> None:
    drafts, languages = stages()
    assert len(drafts) == len(WANT)
    for position, (draft, language, want) in enumerate(zip(drafts, languages, WANT, strict=True)):
        where = f"article {position} ({want['title'][:30]}…)"
        assert draft.position == position
        assert draft.role == want["role"], where
        assert draft.source == want["source"], where
        assert norm(draft.title) == norm(want["title"]), where
        assert draft.time_text == want["relative_time"], where
        published = resolve_time(draft.time_text, FETCHED_AT)
        want_published = want["published_at"]
        if want_published is None:
            assert published is None, where
        else:
            assert published is not None, where
            assert published.strftime("%Y-%m-%dT%H:%M:%SZ") == want_published, where
        assert language == want["language"], where
        body = norm(draft.body)
        captions = [norm(caption.text) for caption in draft.captions]
        for snippet in want["body_must_contain"]:
            assert norm(snippet) in body, f"{where}: missing {snippet!r}"
        for snippet in want["body_must_not_contain"]:
            assert norm(snippet) not in body, f"{where}: leaked {snippet!r}"
        for snippet in want.get("text_must_contain", []):
            assert norm(snippet) in body or any(norm(snippet) in c for c in captions), where
        if "captions" in want:
            got = [(norm(c.text), c.credit) for c in draft.captions]
            assert got == [(norm(c["text"]), c["credit"]) for c in want["captions"]], where


def _events_or_skip() -> list[ArticleEvent]:
    try:
        return process_page(raw_page())
    except Exception as exc:  # enrich not written yet: the tag test waits for it
        if isinstance(getattr(exc, "cause", None), NotImplementedError):
            pytest.skip("streams.enrich is not written yet")
        raise


def test_end_to_end_tags_meet_the_expected_file() -> None:
    events = _events_or_skip()
    assert len(events) == len(WANT)
    for event, want in zip(events, WANT, strict=True):
        where = f"article {event.position} ({want['title'][:30]}…)"
        codes = {country.code for country in event.countries}
        assert set(want.get("countries_required", [])) <= codes, where
        assert not set(want.get("countries_forbidden", [])) & codes, where
        for actor in want.get("actors_required", []):
            names = {a.name for a in event.actors} | {
                alias for a in event.actors for alias in a.aliases
            }
            match = [a for a in event.actors if a.name == actor["name"]]
            assert actor["name"] in names and match, f"{where}: no actor {actor['name']}"
            assert match[0].kind == actor["kind"], where
            assert match[0].country == actor["country"], where


def test_end_to_end_events_carry_the_stage_results() -> None:
    events = _events_or_skip()
    for event, want in zip(events, WANT, strict=True):
        assert event.role == want["role"]
        assert event.title == want["title"]
        assert event.language == want["language"]
        assert event.model_dump(mode="json")["published_at"] == want["published_at"]


def test_cli_prints_one_event_per_article(monkeypatch: pytest.MonkeyPatch) -> None:
    """``pagewire process --fetched-at … seed-page.txt``; enrich is stubbed, this tests the rest."""
    monkeypatch.setattr(pipeline, "enrich", lambda *args, **kwargs: ArticleTags())
    result = CliRunner().invoke(
        main, ["process", "--fetched-at", EXPECTED["fetched_at"].replace("Z", ""), str(PAGE)]
    )
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) == len(WANT)
    for line, want in zip(lines, WANT, strict=True):
        event = orjson.loads(line)
        assert event["title"] == want["title"]
        assert event["role"] == want["role"]
        assert event["source"] == want["source"]
        assert event["published_at"] == want["published_at"]
        assert event["language"] == want["language"]
