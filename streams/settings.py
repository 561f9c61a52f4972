"""Every knob of the Kafka side in one place, read from ``PAGEWIRE_*`` environment variables.

Message size limits agree end to end: a page may be up to ``max_page_bytes``;
``max_message_bytes`` (broker ``message.max.bytes``, topic
``max.message.bytes``, producer ``max_request_size``) must leave room above it
for the envelope, headers and article events; ``pages.raw`` takes 64 KiB less,
so a page it accepts fits in the dead-letter topic with the reason headers. The
consumer's fetch size (``fetch_partition_bytes``) only bounds how much is read
ahead: the broker returns a record bigger than it whole (fetch v3+, KIP-74), so
it stays small and a worker does not hold megabytes of backlog per partition.
"""

from functools import cached_property
from typing import Literal
from urllib.parse import urlsplit

from pydantic import Field, ValidationInfo, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from streams.ingest import DEFAULT_MAX_PAGE_BYTES

MiB = 1024 * 1024


class Settings(BaseSettings):
    """pagewire's Kafka-side configuration (env prefix ``PAGEWIRE_``)."""

    model_config = SettingsConfigDict(env_prefix="PAGEWIRE_", frozen=True, extra="ignore")

    broker_port: int = Field(default=9092, description="Port of the local broker (loopback)")
    broker_controller_port: int | None = Field(default=None, description="Default: port + 1")
    broker_url: str = Field(
        default="", validate_default=True, description="Default: kafka://127.0.0.1:<broker_port>"
    )
    broker_heap: str = "512m"
    app_id: str = Field(default="pagewire", description="Faust app id = consumer group id")

    topic_pages: str = "pages.raw"
    topic_articles: str = "articles.enriched"
    topic_dlq: str = "pages.dlq"
    topic_partitions: int = Field(default=3, ge=1)
    topic_replication_factor: int = Field(default=1, ge=1)

    # At least once, with deterministic article ids for consumers to de-duplicate on. Faust's
    # exactly_once keys its transactions by the destination partition, which this agent's
    # sends do not fit: it is refused rather than half-working.
    processing_guarantee: Literal["at_least_once"] = "at_least_once"

    max_page_bytes: int = Field(default=DEFAULT_MAX_PAGE_BYTES, ge=1)
    max_message_bytes: int = Field(
        default=16 * MiB, description="Largest Kafka record anywhere on the path"
    )

    # 0: a page's records are queued together before the sender runs, so they share a
    # request anyway; any linger is added to every article's latency.
    producer_linger_ms: int = Field(default=0, ge=0)
    producer_compression: Literal["none", "gzip", "snappy", "lz4", "zstd"] = "none"
    producer_acks: Literal["all"] = Field(
        default="all", description="Only all: a page is acked once every in-sync replica has it"
    )
    # A record not stored by then fails (dead letter, else crash and re-read) instead of
    # holding its page, and every later page of its partition, unacked (Faust's default: 1200 s).
    producer_request_timeout_s: float = Field(default=30.0, gt=0)
    max_inflight_pages: int = Field(default=1000, ge=1, description="Pages awaiting delivery")
    max_poll_records: int = Field(default=100, ge=1)
    stream_buffer: int = Field(default=100, ge=1, description="Pages fetched ahead (memory)")
    fetch_partition_bytes: int = Field(
        default=MiB, ge=1, description="Bytes fetched ahead per partition (memory)"
    )
    session_timeout_s: float = 60.0
    heartbeat_interval_s: float = 3.0

    data_dir: str = Field(default="", description="Faust's data folder; default under /tmp")

    web_enabled: bool = True
    web_host: str = "127.0.0.1"
    web_port: int = 6066

    @field_validator("broker_url")
    @classmethod
    def _default_url(cls, value: str, info: ValidationInfo) -> str:
        return value or f"kafka://127.0.0.1:{info.data.get('broker_port', 9092)}"

    @field_validator("producer_acks", mode="before")
    @classmethod
    def _acks_all(cls, value: object) -> object:
        if value != "all":
            raise ValueError(
                f"PAGEWIRE_PRODUCER_ACKS={value!r}: only 'all' is supported; pages are acked "
                "as delivered once the broker stored their records on every in-sync replica"
            )
        return value

    @model_validator(mode="after")
    def _limits_agree(self) -> "Settings":
        if self.max_message_bytes < self.max_page_bytes + MiB:
            raise ValueError(
                f"max_message_bytes ({self.max_message_bytes}) must exceed max_page_bytes "
                f"({self.max_page_bytes}) by at least 1 MiB for envelope and headers"
            )
        return self

    @cached_property
    def bootstrap_servers(self) -> str:
        """``host:port,...`` for plain aiokafka clients."""
        return ",".join(
            urlsplit(part if "://" in part else f"kafka://{part}").netloc
            for part in self.broker_url.split(";")
            if part.strip()
        )

    @property
    def controller_port(self) -> int:
        return self.broker_controller_port or self.broker_port + 1

    @property
    def topics(self) -> tuple[str, str, str]:
        return (self.topic_pages, self.topic_articles, self.topic_dlq)


def load_settings() -> Settings:
    return Settings()
