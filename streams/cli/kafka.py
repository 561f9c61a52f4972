"""Kafka-side commands: ``broker``, ``worker``, ``produce``, ``consume``, ``demo``."""

import asyncio
import functools
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import ParamSpec

import click
import orjson
from aiokafka.errors import KafkaError
from faust.worker import Worker

from schemas.dlq import DeadLetterHeaders
from streams import broker as local_broker
from streams import kafka_io
from streams.app import create_app
from streams.identity import page_id
from streams.model import RawPage
from streams.pipeline import warm_up
from streams.settings import Settings, load_settings
from streams.topics import ensure_topics
from streams.workerproc import WorkerError, WorkerProcess

P = ParamSpec("P")


@click.group()
def broker() -> None:
    """Start, stop or check the local Kafka broker (127.0.0.1, port PAGEWIRE_BROKER_PORT)."""


@broker.command("start")
@click.option("--timeout", default=90.0, show_default=True, help="Seconds to wait for it.")
def broker_start(timeout: float) -> None:
    """Start the local broker in the background (downloads Kafka on first use)."""
    settings = load_settings()
    before = local_broker.status(settings)
    if before.running:
        click.echo(f"already running: {before.describe()}")
        return
    try:
        after = local_broker.start(settings, timeout=timeout)
    except local_broker.BrokerError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    click.echo(f"started: {after.describe()}")


@broker.command("stop")
def broker_stop() -> None:
    """Stop the local broker (not an error when it is not running)."""
    settings = load_settings()
    if local_broker.stop(settings):
        click.echo(f"stopped broker on {local_broker.HOST}:{settings.broker_port}")
        return
    now = local_broker.status(settings)
    click.echo("not running" if not now.running else f"not stopped: {now.describe()}")


@broker.command("status")
def broker_status() -> None:
    """Exit 0 when a broker is running on the port, 1 when not."""
    now = local_broker.status(load_settings())
    click.echo(now.describe())
    sys.exit(0 if now.running else 1)


def kafka_errors(command: Callable[P, None]) -> Callable[P, None]:
    """Report an unreachable or failing broker in one line instead of a traceback."""

    @functools.wraps(command)
    def run(*args: P.args, **kwargs: P.kwargs) -> None:
        try:
            command(*args, **kwargs)
        except KafkaError as exc:
            where = load_settings().bootstrap_servers
            click.echo(f"error: Kafka at {where}: {exc}", err=True)
            click.echo("(the local broker starts with `pagewire broker start`)", err=True)
            sys.exit(1)

    return run


@click.command()
@click.option("--loglevel", default="info", show_default=True)
@kafka_errors
def worker(loglevel: str) -> None:
    """Create the topics if missing, then run the Faust worker until SIGTERM/SIGINT."""
    settings = load_settings()
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    created = loop.run_until_complete(ensure_topics(settings))
    if created:
        click.echo(f"created topics: {', '.join(created)}", err=True)
    warm_up()  # load gazetteers and the language model before joining the group
    app = create_app(settings)
    Worker(app, loop=loop, loglevel=loglevel, quiet=True).execute_from_commandline()


DATETIME = click.DateTime(formats=["%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d"])


def page_envelope(text: str, fetched_at: datetime) -> bytes:
    """A plain text file wrapped for ``pages.raw`` (pure).

    A file has no URL: it is keyed by its path, as ``pagewire process`` keys it,
    so both paths give the same page and article ids.
    """
    return orjson.dumps({"fetched_at": fetched_at.isoformat(), "text": text})


def _records(
    paths: tuple[str, ...], jsonl: bool, fetched_at: datetime
) -> list[tuple[bytes | None, bytes | None, tuple[tuple[str, bytes], ...]]]:
    records: list[tuple[bytes | None, bytes | None, tuple[tuple[str, bytes], ...]]] = []
    for path in paths:
        raw = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
        if jsonl:
            for line in raw.splitlines():
                if line.strip():
                    url = orjson.loads(line).get("url")
                    records.append((url.encode() if url else None, line, ()))
        else:
            text = raw.decode("utf-8")
            records.append((path.encode(), page_envelope(text, fetched_at), ()))
    return records


def _utc(value: datetime | None) -> datetime:
    if value is None:
        return datetime.now(UTC)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--jsonl", is_flag=True, help="Inputs hold page envelopes, one JSON object a line.")
@click.option("--fetched-at", type=DATETIME, help="When text pages were fetched (default now).")
@click.option("--topic", help="Default: PAGEWIRE_TOPIC_PAGES (pages.raw).")
@kafka_errors
def produce(
    paths: tuple[str, ...], jsonl: bool, fetched_at: datetime | None, topic: str | None
) -> None:
    """Publish pages to pages.raw: text files (wrapped in an envelope) or --jsonl envelopes."""
    settings = load_settings()
    records = _records(paths, jsonl, _utc(fetched_at))
    target = topic or settings.topic_pages
    stored = asyncio.run(kafka_io.produce(settings, target, records))
    for (key, _, _), (partition, offset) in zip(records, stored, strict=True):
        click.echo(f"{target}[{partition}]@{offset} key={key.decode() if key else None}", err=True)


@click.command()
@click.option("--max", "max_records", type=int, help="Stop after N events.")
@click.option("--timeout", default=10.0, show_default=True, help="Give up after S idle seconds.")
@click.option("--from-end", is_flag=True, help="Only events published from now on.")
@click.option("--dlq", is_flag=True, help="Read pages.dlq instead: key, reason and page start.")
@click.option("--topic", help="Default: PAGEWIRE_TOPIC_ARTICLES (articles.enriched).")
@kafka_errors
def consume(
    max_records: int | None, timeout: float, from_end: bool, dlq: bool, topic: str | None
) -> None:
    """Print article events from articles.enriched (or dead letters) as JSON lines."""
    settings = load_settings()
    target = topic or (settings.topic_dlq if dlq else settings.topic_articles)

    async def run() -> None:
        start = await kafka_io.end_offsets(settings, target) if from_end else None
        out = sys.stdout.buffer
        async for record in kafka_io.read(
            settings, target, start, first_timeout=timeout, idle_timeout=timeout,
            max_records=max_records,
        ):  # fmt: skip
            out.write((dead_letter_line(record) if dlq else record.value or b"") + b"\n")
            out.flush()

    asyncio.run(run())


def dead_letter_line(record: kafka_io.Record, preview: int = 200) -> bytes:
    """One dead letter as JSON: where it was, why it failed, and the start of the page (pure)."""
    value = record.value or b""
    reason = DeadLetterHeaders.from_kafka(list(record.headers))
    return orjson.dumps(
        {
            "key": None if record.key is None else record.key.decode("utf-8", "replace"),
            **reason.model_dump(),
            "value_bytes": len(value),
            "value_start": value[:preview].decode("utf-8", "replace"),
        }
    )


DEMO_PAGE = Path("tests/fixtures/seed-page.txt")
DEMO_FETCHED_AT = datetime(2025, 6, 2, 8, 0, tzinfo=UTC)


@click.command()
@click.option(
    "--page",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A raw page text file to publish instead of tests/fixtures/seed-page.txt.",
)
@click.option("--timeout", default=90.0, show_default=True, help="Seconds to wait for the events.")
@kafka_errors
def demo(page: Path | None, timeout: float) -> None:
    """Broker (if needed) + worker, publish the sample page, print its article events."""
    settings = load_settings()
    page = page or _repo_root() / DEMO_PAGE
    url = str(DEMO_PAGE) if page == _repo_root() / DEMO_PAGE else str(page)
    started_broker = False
    worker_proc: WorkerProcess | None = None
    try:
        if not local_broker.status(settings).running:
            _say(f"starting the local broker on {local_broker.HOST}:{settings.broker_port} ...")
            local_broker.start(settings)
            started_broker = True
        log = local_broker.default_cache() / "demo" / "worker.log"
        log.unlink(missing_ok=True)
        _say(f"starting a worker (log {log}) ...")
        worker_proc = WorkerProcess(log).start()
        worker_proc.wait_ready()
        _say("worker joined its group; publishing the page ...")
        events, dead = asyncio.run(_demo_roundtrip(settings, page, url, timeout))
    except (local_broker.BrokerError, WorkerError) as exc:
        _say(f"demo failed: {exc}")
        sys.exit(1)
    finally:
        if worker_proc is not None:
            _say("stopping the worker ...")
            worker_proc.stop()
        if started_broker:
            _say("stopping the broker ...")
            local_broker.stop(settings)
    for value in events:
        sys.stdout.buffer.write(value + b"\n")
    sys.stdout.flush()
    if dead is not None:
        _say(f"the page went to {settings.topic_dlq}: {dead}")
        sys.exit(1)
    _say(f"{len(events)} article events from {url} on {settings.topic_articles}")
    if not events:
        sys.exit(1)


async def _demo_roundtrip(
    settings: Settings, page: Path, url: str, timeout: float
) -> tuple[list[bytes], str | None]:
    """Publish the page; return its article events, or why it went to the dead-letter topic."""
    starts = await kafka_io.snapshot(settings, [settings.topic_articles, settings.topic_dlq])
    value = page_envelope(page.read_text(encoding="utf-8"), DEMO_FETCHED_AT)
    await kafka_io.produce(settings, settings.topic_pages, [(url.encode(), value, ())])
    wanted = page_id(RawPage(text="", key=url))

    def mine(record: kafka_io.Record) -> bool:
        if record.topic == settings.topic_dlq:
            return record.key == url.encode()
        return bool(record.value) and orjson.loads(record.value or b"{}")["page_id"] == wanted

    records = await kafka_io.collect(
        settings, starts, lambda rs: any(map(mine, rs)), timeout=timeout, settle=2.0
    )
    for record in records:
        if record.topic == settings.topic_dlq and mine(record):
            reason = DeadLetterHeaders.from_kafka(list(record.headers))
            return [], f"{reason.stage}: {reason.error_class}: {reason.error_message}"
    return [r.value for r in records if r.value and mine(r)], None


def _repo_root() -> Path:
    return Path(__file__).resolve().parents[2]


def _say(message: str) -> None:
    click.echo(f"demo: {message}", err=True)
