"""clean: raw page text → normalised lines without boilerplate (placeholder, being written)."""

from streams.model import CleanPage, RawPage


def clean_page(page: RawPage) -> CleanPage:
    raise NotImplementedError
