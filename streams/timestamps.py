"""time: a printed time stamp → absolute UTC datetime (placeholder, being written)."""

from datetime import datetime


def resolve_time(text: str | None, fetched_at: datetime | None) -> datetime | None:
    raise NotImplementedError
