"""One bench run: the stages alone, then (unless skipped) everything through the local broker."""

import asyncio
import contextlib
import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from bench import stages
from bench.corpus import generate, iter_pages
from bench.e2e import (
    BenchFailed,
    Collector,
    Expectation,
    GroupWatch,
    Input,
    Latency,
    Process,
    Throughput,
    Topics,
    latency,
    new_run_id,
    pagewire_command,
    prepare,
    produce_backlog,
    produce_paced,
    throughput,
    worker_env,
)
from bench.report import Report, Row, at_least, at_most
from streams import broker as local_broker
from streams.settings import Settings, load_settings

Echo = Callable[[str], None]

E2E_TARGET_PAGES_S = 2_000.0
E2E_TARGET_RATIO = 0.5
P99_TARGET_MS = 50.0
RSS_TARGET_MB = 250.0
SCALE_TARGET = 1.6
FULL_RUN_SECONDS = 25.0  # a full backlog lasts about this long at the stages' own speed
CHUNK = 250
PASSTHROUGH_MIN_PAGES = 20_000  # a few seconds of copying, in full mode


@dataclass(frozen=True, slots=True)
class Options:
    quick: bool = False
    skip_kafka: bool = False
    seed: int = 0
    corpus_pages: int | None = None
    e2e_pages: int | None = None
    paced_seconds: float | None = None
    profile_dir: Path | None = None
    keep_broker: bool = False
    bare: bool | None = None  # run the stages in a bare aiokafka loop too [full mode: yes]

    @property
    def with_bare(self) -> bool:
        return not self.quick if self.bare is None else self.bare

    @property
    def corpus_size(self) -> int:
        return self.corpus_pages or (100 if self.quick else 1_000)

    @property
    def sample_seconds(self) -> float:
        return 0.3 if self.quick else 3.0

    @property
    def paced_duration(self) -> float:
        return self.paced_seconds or (1.5 if self.quick else 15.0)


def run(options: Options, echo: Echo = print) -> Report:
    report = Report()
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    report.notes.append(f"machine: {os.cpu_count()} cores, load average {load} at the start")
    echo(f"bench: stages on one core (corpus of {options.corpus_size} pages, seed {options.seed})")
    corpus = generate(options.corpus_size, options.seed)
    report.extend(stages.run(corpus, options.sample_seconds))
    if options.skip_kafka:
        report.notes.append("Kafka measurements skipped (--skip-kafka)")
        return report
    settings = load_settings()
    # Fresh topics answer "not leader" for a moment; aiokafka retries and logs each one.
    aiokafka_log = logging.getLogger("aiokafka")
    level = aiokafka_log.level
    aiokafka_log.setLevel(logging.CRITICAL)
    started_broker = _ensure_broker(settings, echo)
    try:
        asyncio.run(_kafka(options, settings, report, echo))
    except BenchFailed as exc:
        report.failures.append(str(exc))
    finally:
        aiokafka_log.setLevel(level)
        if started_broker and not options.keep_broker:
            echo("bench: stopping the broker it started")
            local_broker.stop(settings)
    return report


def _ensure_broker(settings: Settings, echo: Echo) -> bool:
    if local_broker.status(settings).running:
        echo(f"bench: using the broker at {settings.bootstrap_servers}")
        return False
    echo(f"bench: starting the local broker on {settings.bootstrap_servers}")
    local_broker.start(settings)
    return True


# --- inputs ------------------------------------------------------------------------------------


def _prepare_range(seed: int, start: int, count: int, offline: bool) -> list[Input]:
    return prepare(iter_pages(count, seed, start), offline)


def prepare_parallel(
    seed: int, start: int, count: int, pool: ProcessPoolExecutor, offline: bool = True
) -> list[Input]:
    """Generate pages and (if ``offline``) work out their expected articles, on every core."""
    futures = [
        pool.submit(_prepare_range, seed, first, min(CHUNK, start + count - first), offline)
        for first in range(start, start + count, CHUNK)
    ]
    return [item for future in futures for item in future.result()]


def _backlog_size(options: Options, report: Report) -> int:
    if options.e2e_pages:
        return options.e2e_pages
    if options.quick:
        return 150
    # Enough pages to keep one worker busy for FULL_RUN_SECONDS at the stages' own speed.
    row = report.get("stages.corpus")
    rate = row.value if row is not None and row.value else 1_000.0
    return int(min(60_000, max(5_000, rate * FULL_RUN_SECONDS)))


# --- the Kafka part ----------------------------------------------------------------------------


async def _kafka(options: Options, settings: Settings, report: Report, echo: Echo) -> None:
    run_id = new_run_id()
    topics = Topics(run_id, settings)
    groups: list[str] = []
    count = _backlog_size(options, report)
    try:
        pages_settings = topics.settings("w1")
        pt_settings = topics.settings("pt", pages="pt-pages")
        await topics.create(pages_settings)
        await topics.create(pt_settings)
        echo(f"bench: producing a backlog of {count:,} pages to {pages_settings.topic_pages}")
        backlog, backlog_pt = await _produce_backlog(options, pages_settings, pt_settings, count)
        report.notes.append(
            f"e2e input: {backlog.pages:,} pages, {backlog.input_bytes / 1e6:,.1f} MB, "
            f"{backlog.records:,} articles expected, {backlog.dlq} pages to the DLQ; "
            f"{len(pages_settings.topics)} fresh topics of {pages_settings.topic_partitions} "
            f"partitions per run"
        )

        # c. the ceiling: a bare consumer→producer copy of the same backlog.
        group = f"bench-{run_id}-pt"
        groups.append(group)
        pt: Throughput | None = None
        try:
            pt = await _passthrough(pt_settings, group, backlog_pt, echo, topics.run_id)
        except BenchFailed as exc:
            report.failures.append(f"passthrough: {exc}")

        # b, d. one worker: the backlog at full speed, then a paced run at half that rate.
        group = f"bench-{run_id}-w1"
        groups.append(group)
        one, paced = await _one_worker(
            options, topics, group=group, backlog=backlog, report=report, echo=echo
        )

        _throughput_rows(report, one, pt)
        everything = Expectation()
        everything.merge(backlog)
        if paced is not None:
            everything.merge(paced)

        # The same stages in a bare aiokafka loop: what the worker would do without Faust.
        if one is not None and options.with_bare:
            group = f"bench-{run_id}-bare"
            groups.append(group)
            try:
                bare = await _bare(topics, group, everything, echo)
                _bare_row(report, bare, one)
            except BenchFailed as exc:
                report.failures.append(f"bare aiokafka + stages: {exc}")

        # e. two workers in one group, on the same input (backlog + paced pages).
        if one is not None:
            group = f"bench-{run_id}-w2"
            groups.append(group)
            await _two_workers(
                options,
                topics,
                group=group,
                expect=everything,
                one=one,
                report=report,
                echo=echo,
            )
    finally:
        with contextlib.suppress(Exception):
            await topics.delete(groups)


async def _produce_backlog(
    options: Options, settings: Settings, pt_settings: Settings, count: int
) -> tuple[Expectation, Expectation]:
    """The backlog, to the worker's input and to the passthrough's.

    The passthrough is so much faster that it gets more pages (the same backlog, then
    more generated pages) so that its measurement lasts a few seconds too.
    """
    backlog, backlog_pt = Expectation(), Expectation()
    bootstrap = settings.bootstrap_servers
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(2) as pool:
        for first in range(0, count, 2_000):
            n = min(2_000, count - first)
            inputs = await loop.run_in_executor(
                None, prepare_parallel, options.seed, first, n, pool
            )
            part, part_pt = await produce_backlog(
                bootstrap, settings.topic_pages, inputs, also=pt_settings.topic_pages
            )
            backlog.merge(part)
            backlog_pt.merge(part_pt)
        extra = 0 if options.quick else max(0, PASSTHROUGH_MIN_PAGES - count)
        for first in range(20_000_000, 20_000_000 + extra, 2_000):
            n = min(2_000, 20_000_000 + extra - first)
            inputs = await loop.run_in_executor(
                None, prepare_parallel, options.seed, first, n, pool, False
            )
            _, part_pt = await produce_backlog(bootstrap, pt_settings.topic_pages, inputs)
            backlog_pt.merge(part_pt)
    return backlog, backlog_pt


async def _passthrough(
    settings: Settings, group: str, expect: Expectation, echo: Echo, run_id: str
) -> Throughput:
    echo(f"bench: passthrough (bare aiokafka consumer→producer) on {expect.pages:,} pages")
    cmd = [
        sys.executable,
        "-m",
        "bench.passthrough",
        "--bootstrap",
        settings.bootstrap_servers,
        "--input",
        settings.topic_pages,
        "--output",
        settings.topic_articles,
        "--group",
        group,
        "--linger-ms",
        str(settings.producer_linger_ms),
        "--acks",
        settings.producer_acks,
    ]
    collector = Collector(settings.bootstrap_servers, settings.topic_articles)
    watch = GroupWatch(settings.bootstrap_servers, group, 1)
    await collector.start()
    await watch.start()
    process = Process("passthrough", cmd, worker_env(settings, group), run_id)
    collector.watch(process)
    try:
        await collector.wait_for(expect, [process], what="copies")
        return throughput(collector, expect, process.started, watch.stable_at, [process])
    finally:
        process.stop()
        await watch.stop()
        await collector.stop()


async def _bare(topics: Topics, group: str, expect: Expectation, echo: Echo) -> Throughput:
    settings = topics.settings("bare")
    await topics.create(settings)
    echo("bench: the stages in a bare aiokafka consumer→producer (no Faust)")
    cmd = [sys.executable, "-m", "bench.passthrough", "--process"]
    cmd += ["--bootstrap", settings.bootstrap_servers, "--group", group]
    cmd += ["--input", settings.topic_pages, "--output", settings.topic_articles]
    cmd += ["--dlq", settings.topic_dlq, "--linger-ms", str(settings.producer_linger_ms)]
    cmd += ["--acks", settings.producer_acks]
    collector = Collector(settings.bootstrap_servers, settings.topic_articles)
    watch = GroupWatch(settings.bootstrap_servers, group, 1)
    await collector.start()
    await watch.start()
    process = Process("bare", cmd, worker_env(settings, group), topics.run_id)
    collector.watch(process)
    try:
        await collector.wait_for(expect, [process])
        return throughput(collector, expect, process.started, watch.stable_at, [process])
    finally:
        process.stop()
        await watch.stop()
        await collector.stop()


def _bare_row(report: Report, bare: Throughput, one: Throughput) -> None:
    detail = f"worker/bare {one.pages_per_s / bare.pages_per_s:.2f}x"
    if one.pages_per_cpu_s and bare.pages_per_cpu_s:
        detail += f", per CPU-second {one.pages_per_cpu_s / bare.pages_per_cpu_s:.2f}x"
        detail += f" ({bare.pages_per_cpu_s:,.0f} pages/cpu-s)"
    label = "stages in bare aiokafka loop"
    report.add(Row("bare.pages", label, bare.pages_per_s, "pages/s", detail))


async def _one_worker(
    options: Options,
    topics: Topics,
    *,
    group: str,
    backlog: Expectation,
    report: Report,
    echo: Echo,
) -> tuple[Throughput | None, Expectation | None]:
    settings = topics.settings("w1")
    echo("bench: one pagewire worker on the backlog")
    collector = Collector(settings.bootstrap_servers, settings.topic_articles)
    watch = GroupWatch(settings.bootstrap_servers, group, 1)
    await collector.start()
    await watch.start()
    worker = Process("worker1", pagewire_command(), worker_env(settings, group), topics.run_id)
    collector.watch(worker)
    profiler = _profile(options, worker, "worker1")
    paced_expect: Expectation | None = None
    try:
        await collector.wait_for(backlog, [worker])
        one = throughput(collector, backlog, worker.started, watch.stable_at, [worker])
        backlog_latency = latency(collector, backlog)
        _stop_profile(profiler, echo)
        if watch.stable_at is not None:
            report.add(
                Row(
                    "worker.startup",
                    "worker start to group joined",
                    watch.stable_at - worker.started,
                    "s",
                    "process start until its consumer group is Stable",
                )
            )
        report.add(
            Row(
                "e2e.backlog.latency",
                "e2e latency, backlog p50/p99",
                backlog_latency.p50,
                "ms p50",
                f"p95 {backlog_latency.p95:,.0f} ms, p99 {backlog_latency.p99:,.0f} ms "
                "(pre-produced backlog: this is queueing time)",
            )
        )

        rate = max(one.pages_per_s / 2, 1.0)
        paced_count = max(20, int(rate * options.paced_duration))
        echo(f"bench: paced producer at {rate:,.0f} pages/s for {paced_count / rate:.1f}s")
        loop = asyncio.get_running_loop()
        with ProcessPoolExecutor(2) as pool:
            inputs = await loop.run_in_executor(
                None, prepare_parallel, options.seed, 10_000_000, paced_count, pool
            )
        # Let the worker go idle first, then make sure it is caught up and warm.
        paced_expect, _ = await produce_paced(
            settings.bootstrap_servers, settings.topic_pages, inputs, rate
        )
        await collector.wait_for(paced_expect, [worker])
        paced = latency(collector, paced_expect)
        _latency_rows(report, paced, rate)
        rss, now = worker.peak_rss_mb(), worker.rss_mb()
        report.add(
            Row(
                "worker.rss",
                "worker peak RSS (VmHWM)",
                rss,
                "MB",
                f"one worker, backlog + paced runs; {now or 0:,.0f} MB at the end",
                f"<= {RSS_TARGET_MB:.0f}",
                at_most(rss, RSS_TARGET_MB),
            )
        )
        return one, paced_expect
    except BenchFailed as exc:
        report.failures.append(f"one worker: {exc}")
        return None, paced_expect
    finally:
        _stop_profile(profiler, echo)
        worker.stop()
        await watch.stop()
        await collector.stop()


async def _two_workers(
    options: Options,
    topics: Topics,
    *,
    group: str,
    expect: Expectation,
    one: Throughput,
    report: Report,
    echo: Echo,
) -> None:
    settings = topics.settings("w2")
    await topics.create(settings)
    echo("bench: two pagewire workers in one group")
    collector = Collector(settings.bootstrap_servers, settings.topic_articles)
    watch = GroupWatch(settings.bootstrap_servers, group, 2)
    await collector.start()
    await watch.start()
    workers = [
        Process(f"worker2{name}", pagewire_command(), worker_env(settings, group), topics.run_id)
        for name in "ab"
    ]
    collector.watch(*workers)
    try:
        await collector.wait_for(expect, workers)
        started = min(w.started for w in workers)
        two = throughput(collector, expect, started, watch.stable_at, workers)
        ratio = two.pages_per_s / one.pages_per_s if one.pages_per_s else None
        detail = f"{two.pages_per_s:,.0f} vs {one.pages_per_s:,.0f} pages/s"
        if not two.aligned:
            detail += "; group not stable before the 90% mark (rebalance inside the window)"
        if two.duplicates:
            detail += f"; {two.duplicates} duplicates"
        if two.cores is not None:
            detail += f"; the two got {two.cores:.2f} cores"
        if two.pages_per_cpu_s and one.pages_per_cpu_s:
            ratio_cpu = two.pages_per_cpu_s / one.pages_per_cpu_s
            detail += f"; per CPU-second {ratio_cpu:.2f}x (1.0 = scales with cores)"
        rss = [w.peak_rss_mb() for w in workers]
        detail += "; RSS " + "/".join(f"{r:,.0f}" if r else "?" for r in rss) + " MB"
        report.add(
            Row(
                "scale.ratio",
                "two workers vs one",
                ratio,
                "x",
                detail,
                f">= {SCALE_TARGET}",
                at_least(ratio, SCALE_TARGET),
            )
        )
    except BenchFailed as exc:
        report.failures.append(f"two workers: {exc}")
    finally:
        for worker in workers:
            worker.stop()
        await watch.stop()
        await collector.stop()


def _throughput_rows(report: Report, one: Throughput | None, pt: Throughput | None) -> None:
    if one is not None:
        detail = f"{one.mb_per_s:,.1f} MB/s; window {one.window_s:,.1f}s of {one.total_s:,.1f}s"
        if one.cores is not None:
            detail += f"; the worker got {one.cores:.2f} of a core"
        if one.duplicates:
            detail += f"; {one.duplicates} duplicates"
        report.add(
            Row(
                "e2e.pages",
                "e2e, one worker",
                one.pages_per_s,
                "pages/s",
                detail,
                f">= {E2E_TARGET_PAGES_S:,.0f}",
                at_least(one.pages_per_s, E2E_TARGET_PAGES_S),
            )
        )
        report.add(
            Row("e2e.articles", "e2e, one worker, articles", one.records_per_s, "articles/s")
        )
        report.add(
            Row(
                "e2e.pages.cpu",
                "e2e, one worker, per CPU-second",
                one.pages_per_cpu_s,
                "pages/cpu-s",
                "throughput if the worker had a whole core",
            )
        )
    if pt is not None:
        report.add(
            Row(
                "passthrough.pages",
                "passthrough ceiling",
                pt.pages_per_s,
                "pages/s",
                f"{pt.mb_per_s:,.1f} MB/s; window {pt.window_s:,.1f}s"
                + (f"; {pt.pages_per_cpu_s:,.0f} pages/cpu-s" if pt.pages_per_cpu_s else ""),
            )
        )
    if one is not None and pt is not None and pt.pages_per_s:
        ratio = one.pages_per_s / pt.pages_per_s
        per_cpu = (
            f"per CPU-second {one.pages_per_cpu_s / pt.pages_per_cpu_s:.2f}x"
            if one.pages_per_cpu_s and pt.pages_per_cpu_s
            else ""
        )
        report.add(
            Row(
                "e2e.ratio",
                "e2e / passthrough",
                ratio,
                "x",
                per_cpu,
                f">= {E2E_TARGET_RATIO}",
                at_least(ratio, E2E_TARGET_RATIO),
            )
        )


def _latency_rows(report: Report, paced: Latency, rate: float) -> None:
    # Other processes' load is most of the tail on a shared machine: say how much there was.
    load = os.getloadavg()[0]
    detail = f"at {rate:,.0f} pages/s; {paced.count:,} articles; load average {load:.2f} after"
    report.add(Row("e2e.paced.p50", "e2e latency at half max, p50", paced.p50, "ms", detail))
    report.add(Row("e2e.paced.p95", "e2e latency at half max, p95", paced.p95, "ms"))
    report.add(
        Row(
            "e2e.paced.p99",
            "e2e latency at half max, p99",
            paced.p99,
            "ms",
            f"max {paced.max:,.0f} ms",
            f"<= {P99_TARGET_MS:.0f}",
            at_most(paced.p99, P99_TARGET_MS),
        )
    )


# --- profiling ---------------------------------------------------------------------------------


def _profile(options: Options, process: Process, name: str) -> subprocess.Popen[bytes] | None:
    if options.profile_dir is None:
        return None
    py_spy = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    options.profile_dir.mkdir(parents=True, exist_ok=True)
    return subprocess.Popen(
        [
            py_spy,
            "record",
            "--pid",
            str(process.pid),
            "--rate",
            "200",
            "--format",
            "raw",
            "--output",
            str(options.profile_dir / f"{name}.collapsed"),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _stop_profile(profiler: subprocess.Popen[bytes] | None, echo: Echo) -> None:
    if profiler is None or profiler.poll() is not None:
        return
    profiler.send_signal(2)  # SIGINT: py-spy writes its output and exits
    try:
        profiler.wait(30)
    except subprocess.TimeoutExpired:
        profiler.kill()
        profiler.wait()
    echo("bench: worker profile written")
