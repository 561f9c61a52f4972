"""A lead's source that is the page's masthead spelt as a web address ("www.lakeshorepost.com"
under "Lakeshore Post") is the site's own name, no source; another site's address there
is the story's source."""

from streams.model import RawPage
from streams.pipeline import process_page
from streams.split_sources import masthead_address


def _page(source_line: str) -> str:
    return (
        "The Lakeshore Post\n"
        "News\n"
        "Sports\n"
        "Ferry service to the islands resumes after two-week repair\n"
        "14 March 2026\n"
        f"Source: {source_line}\n"
        "The ferry between the harbour and the two islands will sail again from Monday"
        " after repairs to its ramp took longer than planned, the operator said.\n"
        "Islanders had relied on a smaller boat that carries no cars during the repairs.\n"
    )


def test_the_masthead_as_a_web_address_is_no_source() -> None:
    assert masthead_address("www.lakeshorepost.com", "The Lakeshore Post")
    assert masthead_address("LAKESHOREPOST.COM", "The Lakeshore Post")
    assert process_page(RawPage(text=_page("www.lakeshorepost.com")))[0].source is None


def test_another_site_address_stays_the_source() -> None:
    assert not masthead_address("www.rivertownherald.com", "The Lakeshore Post")
    lead = process_page(RawPage(text=_page("www.rivertownherald.com")))[0]
    assert lead.source == "www.rivertownherald.com"
