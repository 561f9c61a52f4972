"""Deterministic ids, so any worker on any run gives the same ids and consumers can de-duplicate."""

from hashlib import blake2b

from streams.model import ArticleDraft, RawPage

_SEPARATOR = "\x1f"


def _digest(*parts: str) -> str:
    return blake2b(_SEPARATOR.join(parts).encode(), digest_size=16).hexdigest()


def page_id(page: RawPage) -> str:
    """The page's URL, else its Kafka key, else its text identifies it."""
    if page.url:
        return "p-" + _digest("url", page.url)
    if page.key:
        return "p-" + _digest("key", page.key)
    return "p-" + _digest("text", page.text)


def article_id(draft: ArticleDraft, page: RawPage) -> str:
    """Same article text from the same source → same id, whichever page carried it."""
    source = draft.source or page.source or page.url or ""
    return "a-" + _digest(source, draft.title, draft.body)
