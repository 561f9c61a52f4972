"""The processing stages alone: one process pinned to one core, no Kafka.

Each page is timed the way the worker handles it: ``decode_page`` on the envelope
bytes, ``process_page``, ``encode_event`` for every article. A per-stage
breakdown over the corpus shows where the time goes.

Two pages bound the worst case: a ~10 MB page is sent to the DLQ (``PageTooLarge``)
at once, and one long article just under ``decode_page``'s 5 MiB limit is processed
within ``BIG_PAGE_TARGET_S``, its peak memory traced (``tracemalloc``, a second run).
A page that blocks a worker past Kafka's max poll interval would be re-read after the
rebalance, again and again; a benchmark measures this, not a timed test.
"""

import os
import time
import tracemalloc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

from bench.corpus import GeneratedPage
from bench.report import Row, at_least, at_most
from streams import pipeline
from streams.enrich import enrich
from streams.errors import PageError
from streams.ingest import DEFAULT_MAX_PAGE_BYTES, decode_page
from streams.pipeline import encode_event, process_page

SAMPLE_PAGE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "seed-page.txt"
SAMPLE_FETCHED_AT = datetime(2025, 6, 2, 8, 0, tzinfo=UTC)
STAGES_TARGET_PAGES_S = 5_000.0
# A page over the size limit goes to the DLQ at once; one just under it is processed
# in bounded time, well inside Kafka's max poll interval (minutes).
OVERSIZED_PAGE_BYTES = 10_000_000
BIG_PAGE_TARGET_S = 30.0


@contextmanager
def one_core() -> Iterator[int | None]:
    """Pin this process to one core (the last one it may use) for the duration."""
    if not hasattr(os, "sched_setaffinity"):
        yield None
        return
    before = os.sched_getaffinity(0)
    core = max(before)
    os.sched_setaffinity(0, {core})
    try:
        yield core
    finally:
        os.sched_setaffinity(0, before)


def sample_envelope(path: Path = SAMPLE_PAGE) -> bytes:
    return orjson.dumps(
        {
            "url": "https://news.example/sample",
            "fetched_at": SAMPLE_FETCHED_AT.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "text": path.read_text(encoding="utf-8"),
        }
    )


def handle(value: bytes, key: bytes | None = None) -> list[bytes]:
    """What the worker does with one input record, minus Kafka: the encoded article events."""
    return [encode_event(event) for event in process_page(decode_page(value, key))]


@dataclass(frozen=True, slots=True)
class Timing:
    pages: int
    articles: int
    failed: int
    input_bytes: int
    wall_s: float
    cpu_s: float
    error: str | None = None

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.wall_s if self.wall_s > 0 else 0.0

    @property
    def cpu_pages_per_s(self) -> float:
        return self.pages / self.cpu_s if self.cpu_s > 0 else 0.0

    @property
    def mb_per_s(self) -> float:
        return self.input_bytes / 1e6 / self.wall_s if self.wall_s > 0 else 0.0


def _time_pages(values: Sequence[bytes], repeat_for_s: float = 0.0) -> Timing:
    """Handle every value once (and again until ``repeat_for_s`` has passed, if given)."""
    pages = articles = failed = size = 0
    error: str | None = None
    wall0, cpu0 = time.perf_counter(), time.process_time()
    while True:
        for value in values:
            try:
                articles += len(handle(value))
            except PageError as exc:
                failed += 1
                error = error or f"{exc.stage}: {exc}"
            pages += 1
            size += len(value)
        if time.perf_counter() - wall0 >= repeat_for_s:
            break
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    return Timing(pages, articles, failed, size, wall, cpu, error)


def time_sample(seconds: float, path: Path = SAMPLE_PAGE) -> Timing:
    value = sample_envelope(path)
    _time_pages([value] * 3)  # warm caches, lazy imports, automata
    return _time_pages([value], repeat_for_s=seconds)


def time_corpus(pages: Sequence[GeneratedPage]) -> Timing:
    values = [page.envelope() for page in pages]
    _time_pages(values[:5])
    return _time_pages(values)


def time_tagger(pages: Sequence[GeneratedPage]) -> tuple[int, float, float]:
    """Words tagged, wall seconds and CPU seconds for ``enrich`` on every generated article."""
    articles = [article for page in pages for article in page.articles]
    words = sum(len(a.title.split()) + len(a.body.split()) for a in articles)
    enrich(articles[0].title, articles[0].body)
    wall0, cpu0 = time.perf_counter(), time.process_time()
    for article in articles:
        enrich(article.title, article.body)
    return words, time.perf_counter() - wall0, time.process_time() - cpu0


# Names ``streams.pipeline`` calls, timed by wrapping them there (so nothing is re-implemented).
_TIMED = (
    "clean_page",
    "split_articles",
    "detect_languages",
    "detect_language",
    "enrich",
    "resolve_time",
    "article_id",
    "page_id",
    "build_event",
)
_LABELS = {
    "clean_page": "clean",
    "split_articles": "split",
    "detect_languages": "language",
    "detect_language": "language",
    "enrich": "enrich",
    "resolve_time": "timestamps",
    "article_id": "ids",
    "page_id": "ids",
}


@contextmanager
def _timing_pipeline(spent: dict[str, float]) -> Iterator[None]:
    clock = time.perf_counter
    originals: dict[str, Callable[..., Any]] = {
        name: getattr(pipeline, name) for name in _TIMED if hasattr(pipeline, name)
    }

    def wrap(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            start = clock()
            try:
                return func(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + clock() - start

        return timed

    for name, func in originals.items():
        setattr(pipeline, name, wrap(name, func))
    try:
        yield
    finally:
        for name, func in originals.items():
            setattr(pipeline, name, func)


def stage_breakdown(pages: Sequence[GeneratedPage]) -> dict[str, float]:
    """Seconds spent in each stage over the corpus, timed inside ``process_page`` itself.

    ``event model`` is what ``build_event`` spends outside the stages it calls (building the
    pydantic ``ArticleEvent``); ``ingest`` and ``encode`` are the agent's steps around it.
    """
    spent: dict[str, float] = {"ingest": 0.0}
    clock = time.perf_counter
    failed: dict[str, float] = {}
    with _timing_pipeline(spent):
        for generated in pages:
            value = generated.envelope()
            try:
                start = clock()
                page = decode_page(value)
                spent["ingest"] += clock() - start
                events = process_page(page)
                start = clock()
                for event in events:
                    encode_event(event)
                spent["encode"] = spent.get("encode", 0.0) + clock() - start
            except Exception as exc:
                name = f"failed ({type(exc).__name__})"
                failed[name] = failed.get(name, 0.0) + 1
    inner = sum(spent.get(name, 0.0) for name in ("enrich", "resolve_time", "article_id"))
    inner += spent.get("detect_language", 0.0)
    if "build_event" in spent:
        spent["event model"] = spent.pop("build_event") - inner
    result: dict[str, float] = {}
    for name, seconds in spent.items():
        label = _LABELS.get(name, name)
        result[label] = result.get(label, 0.0) + seconds
    result.update(failed)
    return result


def _big_envelope(pages: Sequence[GeneratedPage], limit: int) -> bytes:
    """One long article: the first page's title, then the corpus articles' bodies as
    its paragraphs (again from the first when they run out), as an envelope of at
    most ``limit`` bytes and within 1% of it. The tagger's worst case: every name of
    the page in one text."""
    first = pages[0]
    bodies = [article.body for page in pages for article in page.articles]
    parts = [first.articles[0].title if first.articles else "Title"]
    size = len(parts[0])
    while size < limit * 0.99:
        body = bodies[(len(parts) - 1) % len(bodies)]
        parts.append(body)
        size += len(body.encode()) + 2
    while True:
        big = GeneratedPage(first.url, first.fetched_at, first.source, "\n\n".join(parts), ())
        value = big.envelope()
        if len(value) <= limit:
            return value
        parts.pop()


def _handle_traced(value: bytes) -> tuple[int, float, float, str | None]:
    """Articles, wall seconds, and peak traced MB (a second run, under ``tracemalloc``)
    of handling one page; a ``PageError`` (the DLQ path) is reported, not raised."""
    error: str | None = None
    articles = 0
    start = time.perf_counter()
    try:
        articles = len(handle(value))
    except PageError as exc:
        error = f"{type(exc).__name__}: {exc}"
    wall = time.perf_counter() - start
    tracemalloc.start()
    try:
        with suppress(PageError):
            handle(value)
        peak = tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()
    return articles, wall, peak, error


def big_page_rows(pages: Sequence[GeneratedPage]) -> list[Row]:
    """A ~10 MB page (over the limit: time to send it to the DLQ) and a page just under
    the ``decode_page`` limit (time and peak memory to process it)."""
    rows: list[Row] = []
    value = _big_envelope(pages, OVERSIZED_PAGE_BYTES)
    articles, wall, peak, error = _handle_traced(value)
    rows.append(
        Row(
            "stages.big.reject",
            f"stages, {len(value) / 1e6:.1f} MB page to DLQ",
            wall * 1e3,
            "ms",
            f"{error or f'processed, {articles} articles'}; peak {peak:,.1f} MB traced",
            "<= 1,000",
            at_most(wall * 1e3, 1_000.0) if error else False,
        )
    )
    value = _big_envelope(pages, DEFAULT_MAX_PAGE_BYTES)
    articles, wall, peak, error = _handle_traced(value)
    rows.append(
        Row(
            "stages.big.max",
            f"stages, {len(value) / 1e6:.2f} MB page (limit {DEFAULT_MAX_PAGE_BYTES / 1e6:.2f})",
            wall,
            "s",
            f"{error or f'{articles} article(s)'}; peak {peak:,.0f} MB traced (tracemalloc)",
            f"<= {BIG_PAGE_TARGET_S:,.0f}",
            at_most(wall, BIG_PAGE_TARGET_S) if error is None else False,
        )
    )
    rows.append(Row("stages.big.max.mem", "stages, that page's peak memory", peak, "MB traced"))
    return rows


def run(
    pages: Sequence[GeneratedPage], sample_seconds: float, sample_path: Path = SAMPLE_PAGE
) -> list[Row]:
    """The stage rows of the report, measured on one core."""
    rows: list[Row] = []
    pipeline.warm_up()  # lazily built models must not be timed as if they were page work
    with one_core() as core:
        pinned = f"core {core}" if core is not None else "not pinned"
        sample = time_sample(sample_seconds, sample_path)
        rows.append(_pages_row("stages.sample", "stages, sample page", sample, pinned, True))
        corpus = time_corpus(pages)
        rows.append(_pages_row("stages.corpus", f"stages, corpus of {len(pages)}", corpus, pinned))
        rows.append(
            Row(
                "stages.corpus.mb",
                "stages, corpus MB/s",
                corpus.mb_per_s if not corpus.error else None,
                "MB/s",
                f"{corpus.input_bytes / corpus.pages / 1e3:.1f} KB/page avg"
                if corpus.pages
                else "",
            )
        )
        rows.append(
            Row(
                "stages.corpus.articles",
                "stages, corpus articles/s",
                corpus.articles / corpus.wall_s if corpus.wall_s and not corpus.error else None,
                "articles/s",
                f"{corpus.articles / max(corpus.pages, 1):.2f} articles/page",
            )
        )
        try:
            words, wall, cpu = time_tagger(pages)
            rows.append(
                Row(
                    "tagger.words",
                    "tagger (enrich) alone",
                    words / wall,
                    "words/s",
                    f"{words:,} words; cpu {words / cpu:,.0f}/s" if cpu else "",
                )
            )
        except Exception as exc:
            rows.append(Row("tagger.words", "tagger (enrich) alone", None, "words/s", _why(exc)))
        breakdown = stage_breakdown(pages)
        try:
            rows.extend(big_page_rows(pages))
        except Exception as exc:
            rows.append(
                Row("stages.big.max", "stages, page at the size limit", None, "s", _why(exc))
            )
    total = sum(v for k, v in breakdown.items() if not k.startswith("failed"))
    for name, seconds in breakdown.items():
        if name.startswith("failed"):
            rows.append(Row(f"stage.{name}", f"  breakdown: {name}", seconds, "pages"))
        else:
            rows.append(
                Row(
                    f"stage.{name}",
                    f"  breakdown: {name}",
                    seconds / max(len(pages), 1) * 1e6,
                    "us/page",
                    f"{seconds / total:.0%} of stage time" if total else "",
                )
            )
    return rows


def _pages_row(key: str, label: str, timing: Timing, pinned: str, judged: bool = False) -> Row:
    if timing.error and timing.failed == timing.pages:
        return Row(key, label, None, "pages/s", f"every page failed: {timing.error}")
    detail = f"{timing.mb_per_s:.1f} MB/s; cpu {timing.cpu_pages_per_s:,.0f} pages/s; {pinned}"
    if timing.failed:
        detail += f"; {timing.failed} to DLQ ({timing.error})"
    target = f">= {STAGES_TARGET_PAGES_S:,.0f}" if judged else ""
    met = at_least(timing.pages_per_s, STAGES_TARGET_PAGES_S) if judged else None
    return Row(key, label, timing.pages_per_s, "pages/s", detail, target, met)


def _why(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:120]
