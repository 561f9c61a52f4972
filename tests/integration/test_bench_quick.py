"""``pagewire bench --quick`` through the real broker, so the Kafka half of the bench cannot rot.

No timing assertions: only that every measurement is there and nothing went missing.
"""

import pytest

from bench.runner import Options, run
from streams.settings import Settings

pytestmark = pytest.mark.integration

KAFKA_ROWS = {
    "passthrough.pages",
    "e2e.pages",
    "e2e.articles",
    "e2e.ratio",
    "e2e.backlog.latency",
    "e2e.paced.p50",
    "e2e.paced.p95",
    "e2e.paced.p99",
    "worker.rss",
    "scale.ratio",
}


def test_quick_bench_measures_everything_and_loses_nothing(broker: Settings) -> None:
    options = Options(quick=True, corpus_pages=10, e2e_pages=60, paced_seconds=1.0)
    report = run(options, echo=lambda _: None)
    assert not report.failures
    rows = {row.key: row for row in report.rows}
    assert set(rows) >= KAFKA_ROWS
    assert all(rows[key].value is not None for key in KAFKA_ROWS)
    assert report.summary().startswith("bench: ")
