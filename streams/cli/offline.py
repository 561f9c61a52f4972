"""``pagewire process`` and ``pagewire tag``: the stages without Kafka, JSON Lines out."""

import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import IO

import click
import orjson

from schemas.page import PageEnvelope
from streams.enrich import enrich
from streams.errors import PageError
from streams.ingest import page_from_envelope
from streams.model import RawPage
from streams.pipeline import encode_event, process_page


def _inputs(paths: tuple[str, ...]) -> Iterator[tuple[str, IO[str]]]:
    for path in paths or ("-",):
        if path == "-":
            yield "-", sys.stdin
        else:
            with open(path, encoding="utf-8") as handle:
                yield path, handle


def _jsonl(paths: tuple[str, ...]) -> Iterator[tuple[str, dict[str, object]]]:
    for name, handle in _inputs(paths):
        for number, line in enumerate(handle, 1):
            if line.strip():
                yield f"{name}:{number}", orjson.loads(line)


def _pages(
    paths: tuple[str, ...], jsonl: bool, fetched_at: datetime | None
) -> Iterator[tuple[str, RawPage]]:
    if jsonl:
        for where, data in _jsonl(paths):
            yield where, page_from_envelope(PageEnvelope.model_validate(data))
    else:
        for name, handle in _inputs(paths):
            yield name, RawPage(text=handle.read(), fetched_at=fetched_at, key=name)


@click.command()
@click.argument("paths", nargs=-1)
@click.option("--jsonl", is_flag=True, help="Inputs hold page envelopes, one JSON object a line.")
@click.option(
    "--fetched-at",
    type=click.DateTime(formats=["%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d"]),
    help="When a plain text page was fetched (anchors '4 hours ago'); "
    "UTC unless an offset is given.",
)
def process(paths: tuple[str, ...], jsonl: bool, fetched_at: datetime | None) -> None:
    """Clean, split and tag raw pages (PATH or - for stdin); one article event a line."""
    if fetched_at is not None and fetched_at.tzinfo is None:
        fetched_at = fetched_at.replace(tzinfo=UTC)
    out = sys.stdout.buffer
    failed = 0
    for where, page in _pages(paths, jsonl, fetched_at):
        try:
            events = process_page(page)
        except PageError as exc:
            failed += 1
            click.echo(f"{where}: {exc.stage}: {exc}", err=True)
            continue
        for event in events:
            out.write(encode_event(event) + b"\n")
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
        for _, item in _jsonl(paths):
            out.write(
                orjson.dumps({"id": item.get("id"), **_tags(str(item.get("text", "")))}) + b"\n"
            )
    else:
        for _, handle in _inputs(paths):
            out.write(orjson.dumps(_tags(handle.read())) + b"\n")
    out.flush()


def _tags(text: str) -> dict[str, object]:
    tags = enrich("", text)
    return {
        "countries": [c.model_dump() for c in tags.countries],
        "actors": [a.model_dump() for a in tags.actors],
    }
