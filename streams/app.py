"""The Faust app, configured from ``Settings`` (one place for every knob)."""

import tempfile
from pathlib import Path
from typing import Any

import faust

from streams.agents import register
from streams.settings import Settings


def create_app(settings: Settings) -> Any:
    """A Faust app with the agent and the readiness page registered."""
    datadir = Path(settings.data_dir or Path(tempfile.gettempdir()) / "pagewire" / settings.app_id)
    datadir.parent.mkdir(parents=True, exist_ok=True)
    app = faust.App(
        settings.app_id,
        broker=settings.broker_url,
        processing_guarantee=settings.processing_guarantee,
        topic_partitions=settings.topic_partitions,
        topic_replication_factor=settings.topic_replication_factor,
        topic_allow_declare=True,
        consumer_auto_offset_reset="earliest",
        consumer_max_fetch_size=settings.fetch_partition_bytes,
        producer_max_request_size=settings.max_message_bytes,
        producer_acks=-1,  # acks=all, the only value the settings accept
        producer_request_timeout=settings.producer_request_timeout_s,
        producer_linger=settings.producer_linger_ms / 1000,
        producer_compression_type=(
            None if settings.producer_compression == "none" else settings.producer_compression
        ),
        broker_max_poll_records=settings.max_poll_records,
        stream_buffer_maxsize=settings.stream_buffer,
        broker_session_timeout=settings.session_timeout_s,
        broker_heartbeat_interval=settings.heartbeat_interval_s,
        broker_request_timeout=max(90.0, settings.session_timeout_s + 30),
        web_enabled=settings.web_enabled,
        web_bind=settings.web_host,
        web_host=settings.web_host,
        web_port=settings.web_port,
        web_in_thread=False,
        autodiscover=False,
        store="memory://",
        datadir=datadir,
    )
    register(app, settings)
    return app
