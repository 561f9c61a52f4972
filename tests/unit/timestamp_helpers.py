"""Helpers shared by the timestamp tests (a plain module: pytest puts tests/unit, which has
no __init__.py, on sys.path, so the test files import it by name)."""

from datetime import UTC, datetime


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)  # type: ignore[misc]
