"""The Kafka commands as a user runs them: broker status, produce, consume."""

import os
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from streams.settings import Settings
from streams.workerproc import WorkerProcess
from tests.integration.conftest import snapshot
from tests.integration.test_worker import SEED, SEED_ARTICLES, url, wait_for

pytestmark = pytest.mark.integration


def pagewire(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "streams.cli", *args],
        env={**os.environ, **env},
        capture_output=True,
        timeout=120,
        check=False,
    )


def test_broker_status_says_running(broker: Settings) -> None:
    done = pagewire({"PAGEWIRE_BROKER_PORT": str(broker.broker_port)}, "broker", "status")
    assert done.returncode == 0, done.stdout + done.stderr
    assert b"running" in done.stdout


def test_produce_text_and_jsonl_then_consume(
    settings: Settings, env: dict[str, str], worker: WorkerProcess, tmp_path: Path
) -> None:
    text_file = tmp_path / "page.txt"
    text_file.write_text(SEED, encoding="utf-8")
    jsonl_url = url()
    jsonl_file = tmp_path / "pages.jsonl"
    jsonl_file.write_bytes(orjson.dumps({"url": jsonl_url, "text": SEED}) + b"\n")
    starts = snapshot(settings)

    done = pagewire(env, "produce", "--fetched-at", "2025-06-02T08:00:00Z", str(text_file))
    assert done.returncode == 0, done.stderr
    done = pagewire(env, "produce", "--jsonl", str(jsonl_file))
    assert done.returncode == 0, done.stderr

    text_url = str(text_file)  # a text file is keyed by its path (it has no URL)
    seen = wait_for(settings, starts, lambda o: o.settled(text_url) and o.settled(jsonl_url))
    seen.fail_if_dead(text_url)
    seen.fail_if_dead(jsonl_url)
    assert len(seen.for_page(text_url)) == len(seen.for_page(jsonl_url)) == SEED_ARTICLES
    published = {e["published_at"] for e in seen.for_page(text_url)} - {None}
    assert published, "relative times resolve against --fetched-at"

    done = pagewire(env, "consume", "--max", "3", "--timeout", "10")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 3
    assert all("article_id" in orjson.loads(line) for line in lines)
