"""An aggregator's credit line names a site ("por lucia_mz a eldiario.es") and carries only
its stamps after it; a sentence a link broke whose continuation reads by-word / token / "to" /
a dotted figure ("by 0.25 to 2.75 percent", "por ley a 1.221 euros") or a domain with more
of the sentence after it names no credit: it stays a continuation, no source line."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split_lines import submitted_credit

FETCHED = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)


def test_dotted_figures_are_no_domain() -> None:
    assert submitted_credit("by 0.25 to 2.75 percent on Thursday, its fourth cut.") is None
    assert submitted_credit("por ley a 1.221 euros al mes en catorce pagas.") is None
    assert submitted_credit("by 0.4% to 1.2710 after the figures were published.") is None
    assert submitted_credit("by Friday at 10.30pm the council said") is None


def test_sentence_after_domain_is_no_credit() -> None:
    line = "by registering at ashcombearts.org.uk before 5 December."
    assert submitted_credit(line) is None
    assert submitted_credit("by registering at ashcombearts.org.uk and paying online") is None


def test_domains_still_read() -> None:
    assert submitted_credit("por lucia_mz a eldiario.es") == ("eldiario.es", None)
    assert submitted_credit("by jdoe to bbc.co.uk") == ("bbc.co.uk", None)
    line = "por ruralpower a heraldo.es enviado hace 9 horas publicado hace 4 horas"
    assert submitted_credit(line) == ("heraldo.es", "publicado hace 4 horas")


def test_figure_continuation_is_rejoined() -> None:
    text = (
        "ECB cuts deposit rate again as euro zone growth stalls\n"
        "The European Central Bank cut its\n"
        "deposit rate\n"
        "by 0.25 to 2.75 percent on Thursday, its fourth cut this year.\n"
    )
    lines = clean_page(RawPage(text=text, fetched_at=FETCHED)).lines
    assert any(
        line.startswith("The European Central Bank cut its deposit rate by 0.25 to 2.75")
        for line in lines
    )
