"""Settings, generated broker config and topic specs: size limits agree end to end."""

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from aiokafka.record.default_records import DefaultRecordBatchBuilder
from click.testing import CliRunner
from pydantic import ValidationError

from schemas.page import PageEnvelope
from streams.broker import cluster_id, log4j2_properties, pom_xml, server_properties
from streams.cli import main
from streams.cli.kafka import page_envelope
from streams.ingest import DEFAULT_MAX_PAGE_BYTES, decode_page
from streams.pipeline import encode_event, process_page
from streams.routing import Source, dead_letter
from streams.settings import Settings
from streams.topics import topic_specs


def props(text: str) -> dict[str, str]:
    return dict(line.split("=", 1) for line in text.splitlines() if line)


@pytest.fixture(autouse=True)
def no_pagewire_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Defaults are what is tested here, whatever PAGEWIRE_* the shell has set."""
    for name in list(os.environ):
        if name.startswith("PAGEWIRE_"):
            monkeypatch.delenv(name)


def test_defaults() -> None:
    s = Settings()
    assert s.topics == ("pages.raw", "articles.enriched", "pages.dlq")
    assert s.max_page_bytes == DEFAULT_MAX_PAGE_BYTES
    assert s.processing_guarantee == "at_least_once"
    assert s.producer_acks == "all"
    assert s.broker_url == "kafka://127.0.0.1:9092"
    assert s.bootstrap_servers == "127.0.0.1:9092"


def test_broker_url_follows_the_port_unless_given(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAGEWIRE_BROKER_PORT", "19092")
    assert Settings().broker_url == "kafka://127.0.0.1:19092"
    assert Settings().controller_port == 19093
    monkeypatch.setenv("PAGEWIRE_BROKER_URL", "kafka://a:1;kafka://b:2")
    assert Settings().bootstrap_servers == "a:1,b:2"


def test_message_limit_must_leave_room_above_the_page_limit() -> None:
    with pytest.raises(ValidationError):
        Settings(max_page_bytes=16 * 1024 * 1024)


def test_the_largest_page_fits_everywhere() -> None:
    s = Settings()
    broker = props(server_properties(s, data_dir=Path("/tmp/d")))
    assert int(broker["message.max.bytes"]) == s.max_message_bytes
    pages, *outputs = topic_specs(s)
    assert int(dict(pages.config)["max.message.bytes"]) < s.max_message_bytes
    for spec in outputs:
        assert dict(spec.config)["max.message.bytes"] == str(s.max_message_bytes)
    for spec in (pages, *outputs):
        assert spec.partitions == s.topic_partitions
    # a page at the limit, wrapped in its envelope, is still below every limit
    text = "x" * (s.max_page_bytes - 200)
    value = page_envelope(text, datetime.now(UTC))
    assert len(value) <= s.max_page_bytes
    assert decode_page(value, None, s.max_page_bytes).text == text
    assert len(value) + 64 * 1024 < s.max_message_bytes


def test_any_record_pages_raw_accepts_fits_in_the_dlq_with_its_reason_headers() -> None:
    s = Settings(topic_pages="p" * 249)  # the longest topic name Kafka allows
    pages, _, dlq = topic_specs(s)
    pages_limit = int(dict(pages.config)["max.message.bytes"])
    dlq_limit = int(dict(dlq.config)["max.message.bytes"])
    key = b"https://example.test/page"
    value = b"x" * pages_limit  # more than pages.raw takes with the key and record overhead
    failed_at = datetime(2025, 6, 2, 8, tzinfo=UTC)
    reason = RuntimeError("\U0001f600" * 100_000)  # four UTF-8 bytes a character
    source = Source(s.topic_pages, 2**31 - 1, 2**63 - 1)
    record = dead_letter(value, key, source, reason, failed_at=failed_at, stage="publish")
    headers = list(record.headers)
    assert DefaultRecordBatchBuilder.estimate_size_in_bytes(key, value, headers) <= dlq_limit


@pytest.mark.parametrize(("replicas", "min_insync"), [(1, "1"), (2, "1"), (3, "2"), (5, "2")])
def test_a_stored_record_has_two_copies_when_there_are_replicas_to_spare(
    replicas: int, min_insync: str
) -> None:
    for spec in topic_specs(Settings(topic_replication_factor=replicas)):
        assert spec.replication_factor == replicas
        assert dict(spec.config)["min.insync.replicas"] == min_insync


@pytest.mark.parametrize(
    ("name", "value"), [("producer_acks", "1"), ("producer_acks", "0"),
                        ("processing_guarantee", "exactly_once")],
)  # fmt: skip
def test_settings_that_would_weaken_the_delivery_guarantee_are_refused(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    monkeypatch.setenv(f"PAGEWIRE_{name.upper()}", value)
    with pytest.raises(ValidationError, match=name):
        Settings()


def test_broker_listens_on_loopback_only() -> None:
    s = Settings(broker_port=29092)
    broker = props(server_properties(s, data_dir=Path("/tmp/d")))
    assert broker["listeners"] == "PLAINTEXT://127.0.0.1:29092,CONTROLLER://127.0.0.1:29093"
    assert broker["advertised.listeners"] == "PLAINTEXT://127.0.0.1:29092"
    assert broker["controller.quorum.voters"] == "1@127.0.0.1:29093"
    assert broker["process.roles"] == "broker,controller"
    assert broker["group.initial.rebalance.delay.ms"] == "0"
    assert broker["offsets.topic.replication.factor"] == "1"


def test_generated_files() -> None:
    assert "<artifactId>kafka_2.13</artifactId>" in pom_xml()
    assert "fileName = /x/broker.log" in log4j2_properties(Path("/x/broker.log"))
    ids = {cluster_id() for _ in range(50)}
    assert len(ids) == 50
    assert all(len(i) == 22 and not i.startswith("-") for i in ids)


def test_a_text_file_is_wrapped_in_a_valid_envelope() -> None:
    value = page_envelope("T\nB", datetime(2025, 6, 2, 8, tzinfo=UTC))
    envelope = PageEnvelope.model_validate_json(value)
    assert (envelope.url, envelope.text) == (None, "T\nB")
    assert envelope.fetched_at == datetime(2025, 6, 2, 8, tzinfo=UTC)


def test_produce_and_process_give_a_text_file_the_same_events() -> None:
    """``produce`` keys a text file by its path as ``process`` does, so the events agree."""
    path = "tests/fixtures/seed-page.txt"
    fetched_at = datetime(2025, 6, 2, 8, tzinfo=UTC)
    wrapped = page_envelope(Path(path).read_text(encoding="utf-8"), fetched_at)
    via_kafka = [encode_event(e) for e in process_page(decode_page(wrapped, path.encode()))]
    result = CliRunner().invoke(main, ["process", "--fetched-at", "2025-06-02T08:00:00Z", path])
    assert result.exit_code == 0, result.output
    assert via_kafka and result.stdout_bytes.splitlines() == via_kafka


def settings_table() -> list[str]:
    """The rows of the README's table of environment variables."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    return [line for line in readme.splitlines() if line.startswith("| `PAGEWIRE_")]


def test_every_setting_has_a_row_in_the_readme() -> None:
    def documented(field: str) -> bool:
        words = field.upper().split("_")
        for cut in range(len(words), -1, -1):  # `PAGEWIRE_A_B_C`, or `PAGEWIRE_A_B`, `_C` ...
            head, tail = "_".join(words[:cut]), "_".join(words[cut:])
            for row in settings_table():
                if f"`PAGEWIRE_{head}" in row and (not tail or f"`_{tail}`" in row):
                    return True
        return False

    assert [name for name in Settings.model_fields if not documented(name)] == []


def test_every_variable_in_the_readme_is_read_somewhere() -> None:
    root = Path(__file__).resolve().parents[2]
    code = [*root.glob("streams/**/*.py"), *root.glob("scripts/*.py")]
    sources = " ".join(path.read_text(encoding="utf-8") for path in code)
    for row in settings_table():
        name = row.split("`")[1]
        setting = name.removeprefix("PAGEWIRE_").lower()
        assert setting in Settings.model_fields or f'"{name}"' in sources, name
