"""ingest: bytes from ``pages.raw`` → ``RawPage``, or a clear ``IngestError``.

A value is a JSON envelope (``schemas.page.PageEnvelope``) when it starts with
``{``; anything else is taken as the page's plain UTF-8 text.
"""

import orjson
from pydantic import ValidationError

from schemas.page import PageEnvelope
from streams.errors import EmptyPage, InvalidEnvelope, NotUtf8, PageTooLarge
from streams.htmltext import html_to_text
from streams.model import RawPage

DEFAULT_MAX_PAGE_BYTES = 5 * 1024 * 1024


def decode_page(
    value: bytes | None, key: bytes | None = None, max_bytes: int = DEFAULT_MAX_PAGE_BYTES
) -> RawPage:
    if not value:
        raise EmptyPage("message value is empty")
    if len(value) > max_bytes:
        raise PageTooLarge(f"page is {len(value)} bytes, over the limit of {max_bytes}")
    try:
        text = value.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise NotUtf8(f"value is not UTF-8: {exc}") from None
    page_key = key.decode("utf-8", "replace") if key else None
    if text.lstrip().startswith("{"):
        return _from_envelope(value, page_key)
    if not text.strip():
        raise EmptyPage("page text is only white space")
    return RawPage(text=text, key=page_key)


def page_from_envelope(envelope: PageEnvelope, key: str | None = None) -> RawPage:
    text = envelope.text if envelope.text and envelope.text.strip() else None
    if text is None:
        text = html_to_text(envelope.html or "")
    if not text.strip():
        raise EmptyPage("page has no visible text")
    return RawPage(
        text=text,
        url=envelope.url,
        fetched_at=envelope.fetched_at,
        source=envelope.source,
        key=key,
    )


def _from_envelope(value: bytes, key: str | None) -> RawPage:
    try:
        data = orjson.loads(value)
    except orjson.JSONDecodeError as exc:
        raise InvalidEnvelope(f"value starts with '{{' but is not JSON: {exc}") from None
    if not isinstance(data, dict):
        raise InvalidEnvelope("envelope is not a JSON object")
    try:
        envelope = PageEnvelope.model_validate(data)
    except ValidationError as exc:
        reasons = "; ".join(
            f"{'.'.join(map(str, e['loc'])) or 'envelope'}: {e['msg']}" for e in exc.errors()
        )
        raise InvalidEnvelope(f"invalid envelope: {reasons}") from None
    return page_from_envelope(envelope, key)
