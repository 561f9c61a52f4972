"""split: clean lines → the lead article and its related teasers (placeholder, being written)."""

from streams.model import ArticleDraft, CleanPage


def split_articles(page: CleanPage) -> list[ArticleDraft]:
    raise NotImplementedError
