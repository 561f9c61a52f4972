"""The dead-letter record on ``pages.dlq``.

The record's value is the original bytes, untouched; its key is the original
key. Why it failed travels in Kafka headers, whose names and meaning are
defined here (header values are UTF-8 strings).
"""

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

HEADER_PREFIX = "pagewire."

# "process": an unexpected error outside any named stage (e.g. computing the page id).
Stage = Literal["ingest", "clean", "split", "language", "enrich", "encode", "publish", "process"]


class DeadLetterHeaders(BaseModel):
    """Headers of a dead-letter record, each sent as ``pagewire.<field>``."""

    model_config = ConfigDict(frozen=True)

    error_class: str = Field(description="Exception class name, e.g. 'InvalidEnvelope'")
    error_message: str = Field(description="Human-readable reason")
    stage: Stage = Field(
        description="Stage that failed; 'process': an unexpected error outside any named stage"
    )
    source_topic: str
    source_partition: int
    source_offset: int
    failed_at: str = Field(description="ISO 8601 UTC time of the failure")

    def to_kafka(self) -> list[tuple[str, bytes]]:
        return [
            (HEADER_PREFIX + name, str(value).encode()) for name, value in self.model_dump().items()
        ]

    @classmethod
    def from_kafka(
        cls, headers: list[tuple[str, bytes]] | tuple[tuple[str, bytes], ...]
    ) -> "DeadLetterHeaders":
        fields = {
            name.removeprefix(HEADER_PREFIX): value.decode()
            for name, value in headers
            if name.startswith(HEADER_PREFIX)
        }
        return cls.model_validate(fields)
