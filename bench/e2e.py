"""End to end through the real local broker: pagewire workers, and the passthrough ceiling.

Every run uses fresh topics and a fresh consumer group, so it never reads or
disturbs anyone else's data. The expected output is known beforehand: each page
is run through ``decode_page`` + ``process_page`` offline, and the run waits for
every one of those article keys on the output topic. A missing article is a
failure, never a faster run.

Throughput is measured between the arrival of the 10th and the 90th percentile
of the expected records (and not before the consumer group is stable), so
worker start-up, group joins and the tail do not count. Latency is from the
input record's timestamp (set by the producer when it sends) to the moment the
bench's own consumer receives the article.
"""

import asyncio
import contextlib
import itertools
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from bench.corpus import GeneratedPage
from streams.errors import PageError
from streams.ingest import decode_page
from streams.pipeline import process_page
from streams.settings import Settings
from streams.topics import ensure_topics


async def _cancel(task: "asyncio.Task[None] | None") -> None:
    """Stop a background loop and wait until it has stopped."""
    if task is not None:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


PARTITIONS = 4
LOG_DIR = Path(__file__).resolve().parent.parent / ".cache" / "bench"


class BenchFailed(RuntimeError):
    """The run could not deliver what it had to (missing articles, a worker died...)."""


# --- what goes in, what must come out ----------------------------------------------------------


@dataclass(slots=True)
class Expectation:
    """Output keys a set of input pages must produce, and when each input was produced."""

    counts: Counter[bytes] = field(default_factory=Counter)
    produced_at: dict[bytes, float] = field(default_factory=dict)  # output key → input ts (s)
    pages: int = 0
    dlq: int = 0
    input_bytes: int = 0

    @property
    def records(self) -> int:
        return sum(self.counts.values())

    def merge(self, other: "Expectation") -> None:
        self.counts.update(other.counts)
        self.produced_at.update(other.produced_at)
        self.pages += other.pages
        self.dlq += other.dlq
        self.input_bytes += other.input_bytes


@dataclass(frozen=True, slots=True)
class Input:
    key: bytes
    value: bytes
    outputs: tuple[bytes, ...]  # article ids the worker must publish for it


def prepare(pages: Iterable[GeneratedPage], offline: bool = True) -> list[Input]:
    """Envelope each page and (if ``offline``) work out its articles with the same stages."""
    inputs = []
    for page in pages:
        key = page.url.encode()
        value = page.envelope()
        if not offline:
            inputs.append(Input(key, value, ()))
            continue
        try:
            outputs = tuple(e.article_id.encode() for e in process_page(decode_page(value, key)))
        except PageError:
            outputs = ()
        inputs.append(Input(key, value, outputs))
    return inputs


# --- producing ---------------------------------------------------------------------------------


def _producer(bootstrap: str, linger_ms: int = 5) -> AIOKafkaProducer:
    return AIOKafkaProducer(
        bootstrap_servers=bootstrap,
        client_id="pagewire-bench-producer",
        linger_ms=linger_ms,
        max_batch_size=1024 * 1024,
        max_request_size=16 * 1024 * 1024,
        acks=1,
    )


def _expect(expect: Expectation, passthrough: Expectation, item: Input, timestamp_ms: int) -> None:
    for target, outputs in ((expect, item.outputs), (passthrough, (item.key,))):
        target.pages += 1
        target.input_bytes += len(item.value)
        if not outputs:
            target.dlq += 1
        for out in outputs:
            target.counts[out] += 1
            target.produced_at.setdefault(out, timestamp_ms / 1000)


async def produce_backlog(
    bootstrap: str, topic: str, inputs: Sequence[Input], also: str | None = None
) -> tuple[Expectation, Expectation]:
    """Send everything as fast as possible (to ``also`` too); wait until the broker has it.

    Returns what pagewire must publish for these pages, and what a passthrough must copy.
    """
    expect, passthrough = Expectation(), Expectation()
    producer = _producer(bootstrap, linger_ms=20)
    await producer.start()
    try:
        for start in range(0, len(inputs), 2000):
            chunk = inputs[start : start + 2000]
            futures = [await producer.send(topic, i.value, key=i.key) for i in chunk]
            if also is not None:
                copies = [await producer.send(also, i.value, key=i.key) for i in chunk]
                await asyncio.gather(*copies)
            for item, meta in zip(chunk, await asyncio.gather(*futures), strict=True):
                _expect(expect, passthrough, item, meta.timestamp)
    finally:
        await producer.stop()
    return expect, passthrough


async def produce_paced(
    bootstrap: str, topic: str, inputs: Sequence[Input], rate: float
) -> tuple[Expectation, Expectation]:
    """Send at a fixed rate (pages/s), on a schedule that does not drift."""
    expect, passthrough = Expectation(), Expectation()
    producer = _producer(bootstrap, linger_ms=0)
    await producer.start()
    loop = asyncio.get_running_loop()
    try:
        futures = []
        start = loop.time()
        for index, item in enumerate(inputs):
            delay = start + index / rate - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            futures.append(await producer.send(topic, item.value, key=item.key))
        for item, meta in zip(inputs, await asyncio.gather(*futures), strict=True):
            _expect(expect, passthrough, item, meta.timestamp)
    finally:
        await producer.stop()
    return expect, passthrough


# --- consuming the output ----------------------------------------------------------------------


class Collector:
    """Reads an output topic from the start and notes when each record arrived."""

    def __init__(self, bootstrap: str, topic: str, partitions: int = PARTITIONS) -> None:
        self.topic = topic
        self.received: Counter[bytes] = Counter()
        self.arrivals: dict[bytes, list[float]] = {}
        self.total = 0
        self.last_arrival = 0.0
        self._consumer = AIOKafkaConsumer(
            bootstrap_servers=bootstrap,
            client_id="pagewire-bench-collector",
            group_id=None,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            fetch_max_wait_ms=50,
            max_partition_fetch_bytes=16 * 1024 * 1024,
        )
        self._partitions = [TopicPartition(topic, p) for p in range(partitions)]
        self._task: asyncio.Task[None] | None = None
        self._watched: list[Process] = []
        self._sampled = 0.0

    def watch(self, *processes: "Process") -> None:
        """Sample these processes' CPU time while collecting (for pages per CPU-second)."""
        self._watched.extend(processes)

    async def start(self) -> None:
        await self._consumer.start()
        self._consumer.assign(self._partitions)
        await self._consumer.seek_to_beginning(*self._partitions)
        self._task = asyncio.create_task(self._run())

    async def stop(self) -> None:
        await _cancel(self._task)
        await self._consumer.stop()

    async def _run(self) -> None:
        while True:
            batches = await self._consumer.getmany(timeout_ms=100, max_records=5000)
            now = time.time()
            if now - self._sampled >= 0.2:
                self._sampled = now
                for process in self._watched:
                    process.sample_cpu()
            for records in batches.values():
                for record in records:
                    key = record.key or b""
                    self.received[key] += 1
                    self.arrivals.setdefault(key, []).append(now)
                    self.total += 1
                    self.last_arrival = now

    def missing(self, expect: Expectation) -> int:
        return sum(max(0, n - self.received[k]) for k, n in expect.counts.items())

    def duplicates(self, expect: Expectation) -> int:
        return sum(max(0, self.received[k] - n) for k, n in expect.counts.items())

    def first_arrivals(self, expect: Expectation) -> list[float]:
        """Arrival time of each expected record (duplicates after the expected count ignored)."""
        times = []
        for key, count in expect.counts.items():
            times.extend(self.arrivals.get(key, [])[:count])
        return sorted(times)

    def latencies_ms(self, expect: Expectation) -> list[float]:
        values: list[float] = []
        for key, count in expect.counts.items():
            produced = expect.produced_at[key]
            values.extend((t - produced) * 1000 for t in self.arrivals.get(key, [])[:count])
        return sorted(values)

    async def wait_for(
        self,
        expect: Expectation,
        processes: Sequence["Process"] = (),
        stall_s: float = 60.0,
        what: str = "articles",
    ) -> None:
        """Return once every expected record arrived; raise if progress stops or a process dies."""
        last_missing, last_progress = self.missing(expect), time.monotonic()
        while last_missing:
            # Not too often: counting tens of thousands of keys takes CPU from the workers.
            await asyncio.sleep(0.05 if expect.pages < 1_000 else 0.5)
            for process in processes:
                if process.exited():
                    raise BenchFailed(f"{process.name} exited early; log {process.log_path}")
            missing = self.missing(expect)
            if missing < last_missing:
                last_missing, last_progress = missing, time.monotonic()
            elif time.monotonic() - last_progress > stall_s:
                raise BenchFailed(
                    f"{missing:,} of {expect.records:,} expected {what} never arrived on "
                    f"{self.topic} (no progress for {stall_s:.0f}s)"
                )


# --- processes under test ----------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class Process:
    """A worker or passthrough subprocess, in its own session, with its log in .cache/bench."""

    def __init__(
        self, name: str, cmd: list[str], env: dict[str, str], run_id: str, cwd: Path | None = None
    ) -> None:
        self.name = name
        LOG_DIR.mkdir(parents=True, exist_ok=True)
        self.log_path = LOG_DIR / f"{run_id}-{name}.log"
        self._workdir = tempfile.TemporaryDirectory(prefix=f"pagewire-bench-{name}-")
        with self.log_path.open("wb") as log:
            self.popen = subprocess.Popen(
                cmd,
                env=env,
                cwd=cwd or self._workdir.name,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.started = time.time()
        self.cpu_samples: list[tuple[float, float]] = []  # (time, CPU seconds used)

    @property
    def pid(self) -> int:
        return self.popen.pid

    def exited(self) -> bool:
        return self.popen.poll() is not None

    def peak_rss_mb(self) -> float | None:
        """VmHWM: the most resident memory the process ever had."""
        return self._status_mb("VmHWM:")

    def rss_mb(self) -> float | None:
        """VmRSS: resident memory now."""
        return self._status_mb("VmRSS:")

    def cpu_seconds(self) -> float | None:
        """User + system CPU time the process has used so far."""
        try:
            fields = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            return None
        ticks = os.sysconf("SC_CLK_TCK")
        return (int(fields[11]) + int(fields[12])) / ticks  # utime, stime

    def sample_cpu(self) -> None:
        cpu = self.cpu_seconds()
        if cpu is not None:
            self.cpu_samples.append((time.time(), cpu))

    def cpu_at(self, when: float) -> float | None:
        """CPU seconds used by ``when`` (interpolated between samples)."""
        samples = self.cpu_samples
        if not samples or when < samples[0][0] or when > samples[-1][0]:
            return None
        for (t0, c0), (t1, c1) in itertools.pairwise(samples):
            if t0 <= when <= t1:
                return c0 + (c1 - c0) * (when - t0) / (t1 - t0) if t1 > t0 else c0
        return samples[-1][1]

    def _status_mb(self, field: str) -> float | None:
        try:
            status = Path(f"/proc/{self.pid}/status").read_text()
        except OSError:
            return None
        for line in status.splitlines():
            if line.startswith(field):
                return int(line.split()[1]) / 1024
        return None

    def stop(self, timeout: float = 20.0) -> None:
        """SIGTERM, then SIGKILL to the process group this bench started; always reaped."""
        if self.popen.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.pid, signal.SIGTERM)
            try:
                self.popen.wait(timeout)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.pid, signal.SIGKILL)
                self.popen.wait(10)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.pid, signal.SIGKILL)  # anything the worker left in its group
        self._workdir.cleanup()


def pagewire_command() -> list[str]:
    script = Path(sys.executable).parent / "pagewire"
    if script.exists():
        return [str(script), "worker"]
    return [sys.executable, "-c", "from streams.cli import main; main()", "worker"]


def worker_env(settings: Settings, group: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "PAGEWIRE_BROKER_URL": settings.broker_url,
            "PAGEWIRE_APP_ID": group,
            "PAGEWIRE_TOPIC_PAGES": settings.topic_pages,
            "PAGEWIRE_TOPIC_ARTICLES": settings.topic_articles,
            "PAGEWIRE_TOPIC_DLQ": settings.topic_dlq,
            "PAGEWIRE_TOPIC_PARTITIONS": str(settings.topic_partitions),
            "PAGEWIRE_WEB_PORT": str(_free_port()),
        }
    )
    return env


# --- the consumer group ------------------------------------------------------------------------


class GroupWatch:
    """Notes when a consumer group first reaches Stable with the expected number of members."""

    def __init__(self, bootstrap: str, group: str, members: int) -> None:
        self.stable_at: float | None = None
        self._admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=5000)
        self._group, self._members = group, members
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        await self._admin.start()
        self._task = asyncio.create_task(self._run())

    async def stop(self) -> None:
        await _cancel(self._task)
        await self._admin.close()

    async def _run(self) -> None:
        while self.stable_at is None:
            with contextlib.suppress(Exception):
                state, members = await self._describe()
                if state == "Stable" and members >= self._members:
                    self.stable_at = time.time()
                    return
            await asyncio.sleep(0.25)

    async def _describe(self) -> tuple[str, int]:
        responses: list[Any] = await self._admin.describe_consumer_groups([self._group])
        for response in responses:
            for group in response.groups:
                # (error_code, group_id, state, protocol_type, protocol, members, ...)
                if group[1] == self._group:
                    return str(group[2]), len(group[5])
        return "", 0


# --- measurements ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Throughput:
    records: int
    pages: int
    window_s: float
    records_per_s: float
    pages_per_s: float
    mb_per_s: float
    total_s: float  # from the first process start to the last expected record
    duplicates: int
    aligned: bool  # whether the window could start after the group was stable
    cpu_s: float | None = None  # CPU the processes under test used inside the window

    @property
    def pages_per_cpu_s(self) -> float | None:
        return self.pages_per_s * self.window_s / self.cpu_s if self.cpu_s else None

    @property
    def cores(self) -> float | None:
        """How many cores' worth of CPU the processes got inside the window."""
        return self.cpu_s / self.window_s if self.cpu_s else None


def throughput(
    collector: Collector,
    expect: Expectation,
    started: float,
    stable_at: float | None,
    processes: Sequence[Process] = (),
) -> Throughput:
    times = collector.first_arrivals(expect)
    n = len(times)
    if n < 2:
        raise BenchFailed(f"too few records to measure ({n}); do the stages work offline?")
    lo_index, hi_index = int(n * 0.1), max(int(n * 0.9) - 1, 0)
    lo, hi = times[lo_index], times[hi_index]
    aligned = True
    if stable_at is not None and stable_at > lo:
        later = next((i for i, t in enumerate(times) if t >= stable_at), n)
        if later < hi_index - n * 0.2:
            lo_index, lo = later, times[later]
        else:
            aligned = False
    count = hi_index - lo_index
    window = max(hi - lo, 1e-6)
    rate = count / window
    pages_per_record = expect.pages / max(expect.records, 1)
    cpu: float | None = None
    for process in processes:
        at_lo, at_hi = process.cpu_at(lo), process.cpu_at(hi)
        if at_lo is None or at_hi is None:
            cpu = None
            break
        cpu = (cpu or 0.0) + at_hi - at_lo
    return Throughput(
        records=n,
        pages=expect.pages,
        window_s=window,
        records_per_s=rate,
        pages_per_s=rate * pages_per_record,
        mb_per_s=rate * pages_per_record * expect.input_bytes / max(expect.pages, 1) / 1e6,
        total_s=times[-1] - started,
        duplicates=collector.duplicates(expect),
        aligned=aligned,
        cpu_s=cpu,
    )


def percentile(sorted_values: Sequence[float], q: float) -> float:
    if not sorted_values:
        return float("nan")
    index = min(len(sorted_values) - 1, max(0, round(q / 100 * (len(sorted_values) - 1))))
    return sorted_values[index]


@dataclass(frozen=True, slots=True)
class Latency:
    count: int
    p50: float
    p95: float
    p99: float
    max: float


def latency(collector: Collector, expect: Expectation) -> Latency:
    values = collector.latencies_ms(expect)
    return Latency(
        len(values),
        percentile(values, 50),
        percentile(values, 95),
        percentile(values, 99),
        values[-1] if values else float("nan"),
    )


# --- the runs ----------------------------------------------------------------------------------


@dataclass(slots=True)
class Topics:
    """A fresh set of topic names for one run (deleted afterwards)."""

    run_id: str
    base: Settings
    created: list[str] = field(default_factory=list)

    def settings(self, name: str, pages: str = "pages") -> Settings:
        return self.base.model_copy(
            update={
                "topic_pages": f"bench-{self.run_id}-{pages}",
                "topic_articles": f"bench-{self.run_id}-{name}-out",
                "topic_dlq": f"bench-{self.run_id}-{name}-dlq",
                "topic_partitions": PARTITIONS,
            }
        )

    async def create(self, settings: Settings) -> None:
        await ensure_topics(settings)
        self.created.extend(t for t in settings.topics if t not in self.created)

    async def delete(self, groups: Sequence[str]) -> None:
        admin = AIOKafkaAdminClient(bootstrap_servers=self.base.bootstrap_servers)
        await admin.start()
        try:
            existing = await admin.list_topics()
            # Faust's own topics for a group are prefixed with its app id.
            doomed = [
                t for t in existing if t in self.created or any(t.startswith(g) for g in groups)
            ]
            if doomed:
                await admin.delete_topics(doomed)
        finally:
            await admin.close()


def new_run_id() -> str:
    return time.strftime("%H%M%S") + "-" + uuid.uuid4().hex[:6]
