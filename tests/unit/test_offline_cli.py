"""``pagewire process``: every input decoded the worker's way; a bad one is reported, not fatal."""

from datetime import UTC, datetime
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner, Result

from schemas.article import ArticleEvent
from schemas.dlq import DeadLetterHeaders
from streams.cli import main, offline
from streams.errors import StageFailed
from streams.model import RawPage
from streams.routing import Source, route_page

FETCHED_AT = datetime(2025, 6, 2, 8, 0, tzinfo=UTC)
MAX_BYTES = 200


def envelope(**fields: object) -> bytes:
    return orjson.dumps(fields)


def echo_page(page: RawPage) -> list[ArticleEvent]:
    """One event per page, titled by the page's text, its fetch time in ``relative_time``."""
    if page.text.startswith("crash"):
        raise StageFailed("split", ValueError("no title line"))
    return [
        ArticleEvent(
            article_id=f"a-{page.text}",
            page_id="p-1",
            url=page.url,
            position=0,
            role="lead",
            source=None,
            title=page.text,
            body="b",
            captions=[],
            relative_time=None if page.fetched_at is None else page.fetched_at.isoformat(),
            published_at=None,
            language="en",
            countries=[],
            actors=[],
        )
    ]


@pytest.fixture(autouse=True)
def _stub_stages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(offline, "process_page", echo_page)
    monkeypatch.setenv("PAGEWIRE_MAX_PAGE_BYTES", str(MAX_BYTES))


def run(*args: str) -> Result:
    return CliRunner().invoke(main, ["process", *args])


def events(result: Result) -> list[dict[str, object]]:
    return [orjson.loads(line) for line in result.stdout.splitlines()]


def worker_reason(value: bytes, key: bytes | None) -> str:
    """What the worker's dead-letter record says about ``value``: stage, class, message."""
    (record,) = route_page(
        value, key, Source("pages.raw", 0, 0), max_bytes=MAX_BYTES, failed_at=FETCHED_AT
    )
    why = DeadLetterHeaders.from_kafka(record.headers)
    return f"{why.stage}: {why.error_class}: {why.error_message}"


def test_bad_jsonl_lines_are_reported_with_their_line_and_the_rest_is_processed(
    tmp_path: Path,
) -> None:
    bad = [
        envelope(text="   "),
        b'{"text": "unterminated',
        envelope(text="x" * MAX_BYTES),
        b'{"text": "caf\xe9"}',
        envelope(url="https://example.com/no-text"),
    ]
    lines = [envelope(text="first"), *bad, b"", envelope(text="last")]
    path = tmp_path / "pages.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")

    result = run("--jsonl", str(path))

    assert result.exit_code == 1
    assert [event["title"] for event in events(result)] == ["first", "last"]
    assert result.stderr.splitlines() == [
        f"{path}:{number}: {worker_reason(line, None)}" for number, line in enumerate(bad, 2)
    ]


def test_plain_files_go_through_the_size_limit_and_the_utf8_check(tmp_path: Path) -> None:
    too_large = tmp_path / "large.txt"
    too_large.write_bytes(b"y" * (MAX_BYTES + 1))
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes(b"caf\xe9")
    good = tmp_path / "good.txt"
    good.write_bytes(b"good")

    result = run(str(too_large), str(latin1), str(good))

    assert result.exit_code == 1
    assert [event["title"] for event in events(result)] == ["good"]
    assert result.stderr.splitlines() == [
        f"{too_large}: {worker_reason(too_large.read_bytes(), str(too_large).encode())}",
        f"{latin1}: {worker_reason(latin1.read_bytes(), str(latin1).encode())}",
    ]
    assert "PageTooLarge" in result.stderr
    assert "NotUtf8" in result.stderr


def test_a_failing_stage_is_reported_and_the_next_input_processed(tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl"
    path.write_bytes(envelope(text="crash") + b"\n" + envelope(text="fine") + b"\n")

    result = run("--jsonl", str(path))

    assert result.exit_code == 1
    assert [event["title"] for event in events(result)] == ["fine"]
    assert result.stderr == f"{path}:1: split: ValueError: ValueError: no title line\n"


def test_all_inputs_good_exits_zero_and_fetched_at_anchors_pages_without_their_own(
    tmp_path: Path,
) -> None:
    own = datetime(2024, 1, 1, tzinfo=UTC)
    path = tmp_path / "pages.jsonl"
    path.write_bytes(
        envelope(text="dated", fetched_at=own.isoformat()) + b"\n" + envelope(text="undated")
    )
    plain = tmp_path / "page.txt"
    plain.write_bytes(b"plain")

    result = run("--fetched-at", "2025-06-02T08:00:00", str(plain))
    jsonl = run("--jsonl", "--fetched-at", "2025-06-02T08:00:00", str(path))

    assert (result.exit_code, jsonl.exit_code, result.stderr, jsonl.stderr) == (0, 0, "", "")
    anchors = {e["title"]: e["relative_time"] for e in events(result) + events(jsonl)}
    assert anchors == {
        "plain": FETCHED_AT.isoformat(),
        "dated": own.isoformat(),
        "undated": FETCHED_AT.isoformat(),
    }


def test_a_missing_path_is_a_usage_error_before_any_output(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_bytes(b"good")
    result = run(str(good), str(tmp_path / "missing.txt"))
    assert result.exit_code == 2
    assert result.stdout == ""
