"""Dead-letter records: why a page failed, as ``schemas.dlq.DeadLetterHeaders`` (pure)."""

from datetime import UTC, datetime

from schemas.dlq import DeadLetterHeaders, Stage
from streams.errors import PageError, StageFailed

MAX_MESSAGE_CHARS = 2000


def dead_letter_headers(
    exc: BaseException,
    *,
    topic: str,
    partition: int,
    offset: int,
    failed_at: datetime,
    stage: Stage | None = None,
) -> DeadLetterHeaders:
    """Describe ``exc``; ``stage`` overrides the one the error carries (e.g. ``publish``).

    The stage must be one of ``schemas.dlq.Stage`` (the model rejects any other name).
    """
    error_class = exc.error_class if isinstance(exc, StageFailed) else type(exc).__name__
    if stage is None:
        stage = exc.stage if isinstance(exc, PageError) else "process"
    message = str(exc) or repr(exc)
    if len(message) > MAX_MESSAGE_CHARS:
        message = message[: MAX_MESSAGE_CHARS - 1] + "…"
    return DeadLetterHeaders(
        error_class=error_class,
        error_message=message,
        stage=stage,
        source_topic=topic,
        source_partition=partition,
        source_offset=offset,
        failed_at=failed_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
    )
