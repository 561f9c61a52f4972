"""``pagewire process`` and ``pagewire tag``: the stages without Kafka, JSON Lines out."""

import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from typing import IO

import click
import orjson

from schemas.article import ArticleEvent
from schemas.dlq import DeadLetterHeaders
from streams.enrich import enrich
from streams.model import RawPage
from streams.pipeline import process_page
from streams.routing import Source, route_page
from streams.settings import load_settings

# route_page wants the Kafka position of a message for its dead-letter record; an input
# here has none, and the record is only read for its reason (the stderr line names the input).
_NO_SOURCE = Source("-", 0, 0)


def _inputs(paths: tuple[str, ...]) -> Iterator[tuple[str, IO[bytes]]]:
    for path in paths or ("-",):
        if path == "-":
            yield "-", sys.stdin.buffer
        else:
            with open(path, "rb") as handle:
                yield path, handle


def _lines(paths: tuple[str, ...]) -> Iterator[tuple[str, bytes]]:
    """``(PATH:LINE, line)`` for every non-blank line."""
    for name, handle in _inputs(paths):
        for number, line in enumerate(handle, 1):
            if line.strip():
                yield f"{name}:{number}", line.rstrip(b"\r\n")


def _messages(paths: tuple[str, ...], jsonl: bool) -> Iterator[tuple[str, bytes, bytes | None]]:
    """``(position, value, key)`` of each input, as the worker would read it from pages.raw.

    A file is keyed by its path, as ``pagewire produce`` keys it; a JSONL line has no
    key (its page id comes from the envelope's URL, else its text).
    """
    if jsonl:
        for where, line in _lines(paths):
            yield where, line, None
    else:
        for name, handle in _inputs(paths):
            yield name, handle.read(), name.encode()


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@click.option("--jsonl", is_flag=True, help="Inputs hold page envelopes, one JSON object a line.")
@click.option(
    "--fetched-at",
    type=click.DateTime(formats=["%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d"]),
    help="When pages without their own fetched_at (plain text) were fetched (anchors "
    "'4 hours ago'); UTC unless an offset is given.",
)
def process(paths: tuple[str, ...], jsonl: bool, fetched_at: datetime | None) -> None:
    """Clean, split and tag raw pages (PATH or - for stdin); one article event a line.

    Each input goes the worker's way (``route_page``: the size limit
    PAGEWIRE_MAX_PAGE_BYTES, UTF-8, the envelope, the stages). One that the worker
    would dead-letter is reported on stderr as ``PATH[:LINE]: stage: ErrorClass:
    reason`` and the rest are still processed; the exit status is then 1.
    """
    anchor = fetched_at
    if anchor is not None and anchor.tzinfo is None:
        anchor = anchor.replace(tzinfo=UTC)

    def process_anchored(page: RawPage) -> list[ArticleEvent]:
        if page.fetched_at is None and anchor is not None:
            page = replace(page, fetched_at=anchor)
        return process_page(page)

    max_bytes = load_settings().max_page_bytes
    out = sys.stdout.buffer
    failed = 0
    for where, value, key in _messages(paths, jsonl):
        records = route_page(
            value,
            key,
            _NO_SOURCE,
            max_bytes=max_bytes,
            failed_at=datetime.now(UTC),
            process=process_anchored,
        )
        for record in records:
            if record.destination == "dlq":
                failed += 1
                why = DeadLetterHeaders.from_kafka(record.headers)
                click.echo(
                    f"{where}: {why.stage}: {why.error_class}: {why.error_message}", err=True
                )
            else:
                out.write((record.value or b"") + b"\n")
    out.flush()
    if failed:
        sys.exit(1)


@click.command()
@click.argument("paths", nargs=-1)
@click.option("--jsonl", is_flag=True, help='Inputs hold {"id", "text"} objects, one a line.')
def tag(paths: tuple[str, ...], jsonl: bool) -> None:
    """Tag clean article text with countries and actors (no cleaning, no splitting)."""
    out = sys.stdout.buffer
    if jsonl:
        for _, line in _lines(paths):
            item = orjson.loads(line)
            out.write(
                orjson.dumps({"id": item.get("id"), **_tags(str(item.get("text", "")))}) + b"\n"
            )
    else:
        for _, handle in _inputs(paths):
            # Line endings as text mode gave them: the tagger reads clean text, not page bytes.
            text = handle.read().decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
            out.write(orjson.dumps(_tags(text)) + b"\n")
    out.flush()


def _tags(text: str) -> dict[str, object]:
    tags = enrich("", text)
    return {
        "countries": [c.model_dump() for c in tags.countries],
        "actors": [a.model_dump() for a in tags.actors],
    }
