"""A page bigger than Kafka's 1 MiB defaults goes through end to end.

Broker, topic, producer and consumer limits all had to be raised for it;
``tests/unit/test_kafka_config.py`` checks a page at the 5 MB limit fits them.
The page is kept at 1.5 MB because the tagging stage is slow on multi-MB text.
"""

import asyncio
from pathlib import Path

import orjson
import pytest

from streams import kafka_io
from streams.settings import Settings
from streams.workerproc import WorkerProcess
from tests.integration.conftest import snapshot
from tests.integration.test_worker import ROOT, url, wait_for

pytestmark = pytest.mark.integration


def big_page(page_url: str, size: int) -> bytes:
    lines = (ROOT / "tests/fixtures/seed-page.txt").read_text(encoding="utf-8").split("\n")
    # filler without names: this test is about sizes, not about how fast the stages tag
    paragraph = (
        "talks would go on next week and a final text was expected before the end of the month"
    )
    count = size // (len(paragraph) + 24)
    body = "\n".join(f"{paragraph} Paragraph {i} follows." for i in range(count))
    text = "\n".join([*lines[:4], body])
    return orjson.dumps({"url": page_url, "fetched_at": "2025-06-02T08:00:00Z", "text": text})


def test_a_page_over_the_kafka_defaults_gives_its_article(
    isolated: tuple[Settings, dict[str, str], Path],
) -> None:
    settings, env, log = isolated
    page_url = url()
    value = big_page(page_url, 1_500_000)
    assert 1_400_000 < len(value) <= settings.max_page_bytes
    worker = WorkerProcess(log, env).start()
    try:
        worker.wait_ready()
        starts = snapshot(settings)
        record = (page_url.encode(), value, ())
        asyncio.run(kafka_io.produce(settings, settings.topic_pages, [record]))
        seen = wait_for(settings, starts, lambda o: o.settled(page_url, 1), timeout=180)
    finally:
        worker.stop()
    seen.fail_if_dead(page_url)
    (event,) = seen.for_page(page_url)
    assert len(str(event["body"])) > 1_400_000
