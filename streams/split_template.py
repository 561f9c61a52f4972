"""split_template: a list's cards read by the template its cards print together.

A list of cards prints one template: which line of a card is its source, which its stamp,
which its title. The card-by-card rules read each stamp on its own; where several cards
agree on a template, the cards they misread are read by it:
- ``read_names_closing``: a run of bare name / stamp / title cards has two readings, names
  opening the cards or closing them; a name line left over under the run's last title
  shows they close them when the name over the first stamp reads as the list's heading;
- ``read_by_page_template``: on a page of name / stamp / title cards, a chain of cards read
  title first (each stamp paired with the title over it, the last title left stampless)
  is read from its stamps;
- ``read_by_closing_meta``: on a page of title / summary / "Source · age" cards, a meta line
  right under a headline no card holds closes that headline's card, not the next title's.
Elsewhere the cards are left as read.
"""

import itertools
from collections.abc import Callable
from dataclasses import replace

from streams.boilerplate import announces_list, announces_stream, is_section_name
from streams.split_page import _Card, _Features, _sourced_first

_TEMPLATE_MIN_CARDS = 3  # cards that print the same template: the list's, no coincidence
_STAMP_REACH = 3  # lines under a title its card's stamp may stand at (source, place, stamp)
_TEMPLATE_GAP = 4  # lines from a listed card's text to the next card (summary, counters, ad)
_TEMPLATE_PAGE_MIN = 2  # listed cards of one template that make the page's
_SUMMARY_LINES = 1  # summary lines between a title and the meta line closing its card


def _opens_on_name(f: _Features, card: _Card) -> bool:
    """The card is name / bare stamp / title lines in a row and nothing more, its source the
    name (``_sourced_stamp_first`` with a stamp alone on its line, no deck, no text)."""
    return (
        _sourced_stamp_first(f, card)
        and f.times[card.start + 1] is not None
        and card.body_from == card.title + 1
        and card.deck is None
    )


def read_names_closing(
    f: _Features,
    listed: list[_Card],
    taken: set[int],
    name_line: Callable[[_Features, int], bool],
) -> bool:
    """Turn a run of name / stamp / title cards over to stamp / title / name when the list
    shows names close its cards: three or more such cards in a row, each starting on the
    line under the one before, and under the last title a name line no card took, closing
    the block (a blank line or the page's end under it). Each card's source becomes the name
    under its title; the first card's former name stays taken (the list's heading, no
    card's text), so it must read as a heading ("Local Top Stories", "Nearby Headlines"): a
    publisher there ("WLWT") opens the first card, and the name under the last title is
    the next module's ("Cincinnati Bengals"). ``name_line`` is the list's test of a
    publisher-like name line. True when the list was read so. (``split_cards.
    _sources_closing_cards`` reads the other closing-name list: stamp / title / source cards
    whose first card prints no name, a source dangling under the last.)"""
    run: list[int] = []
    for position, card in enumerate(listed):
        opens = _opens_on_name(f, card)
        if opens and run and listed[run[-1]].body_from == card.start:
            run.append(position)
            continue
        if len(run) >= _TEMPLATE_MIN_CARDS:
            break
        run = [position] if opens else []
    if len(run) < _TEMPLATE_MIN_CARDS:
        return False
    closing = listed[run[-1]].body_from
    if (
        not _list_heading(f.lines[listed[run[0]].start])
        or closing >= len(f.lines)
        or closing in taken
        or not name_line(f, closing)
        or (closing + 1 < len(f.lines) and f.lines[closing + 1])
    ):
        return False
    for position in run:
        card = listed[position]
        name = card.body_from
        card.start, card.body_from, card.source = card.start + 1, name + 1, f.lines[name]
    taken.add(closing)
    return True


def _template_cards(cards: list[_Card], prints: Callable[[_Card], bool]) -> set[int]:
    """The positions of the cards that print the template (``prints``) with the next card a
    few lines under their text's first line: a list's cards (an article's header over its
    text is none)."""
    return {
        position
        for position, (card, following) in enumerate(itertools.pairwise(cards))
        if prints(card) and following.start - card.body_from <= _TEMPLATE_GAP
    }


def _list_heading(line: str) -> bool:
    """A list's heading by its words: a label announcing stories ("Local Top Stories",
    "Latest news": ``data/list_labels.txt``) or a section's name."""
    return announces_list(line) or announces_stream(line) or is_section_name(line)


def _stamp_line(f: _Features, card: _Card) -> int | None:
    """The line of the card's stamp: the first line from its start, a few lines under its
    title at most (a title-first card's meta lines may lie under its text's start), that
    prints the card's stamp."""
    stop = min(len(f.lines), max(card.body_from, card.title + _STAMP_REACH + 1))
    return next(
        (i for i in range(card.start, stop) if card.time_text and f.stamp(i) == card.time_text),
        None,
    )


def _sourced_stamp_first(f: _Features, card: _Card) -> bool:
    """The card reads name / stamp / title: its source over its stamp, its title under it
    (a stamp bare or in a meta line)."""
    return (
        not card.inline
        and _sourced_first(f, card)
        and f.stamp(card.start + 1) is not None
        and card.title == card.start + 2
    )


def read_by_page_template(
    f: _Features,
    cards: list[_Card],
    taken: set[int],
    name_line: Callable[[_Features, int], bool],
    title_line: Callable[[_Features, int, set[int]], bool],
) -> list[_Card]:
    """The cards again, those read title first on a page whose cards print name / stamp /
    title read by that template. Two or more cards that print a source over their stamp
    and their title under it make the page's template; a card read with its title over its
    stamp and, right under that stamp, a headline another card took for its title
    (``title_line``, no line of a template card: the title-first reading pairs each stamp
    with the title over it, a chain of misread cards, whose last title is left with no stamp:
    a stampless card's) is then read from its stamp: the name over the stamp (``name_line``,
    under the old title) its source, the headline its title. A card whose title a re-read
    card now holds is dropped (a stampless card made of the next card's headline); the
    line the card took for its title stays taken (an ad's title between two cards). Only
    cards of a list make the template (``_template_cards``)."""
    template = _template_cards(cards, lambda card: _sourced_stamp_first(f, card))
    if len(template) < _TEMPLATE_PAGE_MIN:
        return cards
    held = {
        line
        for position in template
        for line in range(cards[position].start, cards[position].body_from)
    }
    titles_read = {card.title for card in cards}
    reread: dict[int, _Card] = {}
    for position, card in enumerate(cards):
        stamp = _stamp_line(f, card)
        if card.inline or stamp is None or stamp < card.title or position in template:
            continue
        headline = stamp + 1
        if headline >= len(f.lines) or headline in held or headline not in titles_read:
            continue
        if not title_line(f, headline, held):
            continue
        name = stamp - 1
        named = name > card.title and (f.lines[name] == card.source or name_line(f, name))
        reread[position] = _Card(
            start=name if named else stamp,
            title=headline,
            body_from=headline + 1,
            source=f.lines[name] if named else None,
            time_text=card.time_text,
        )
    titles = {card.title for card in reread.values()}
    if (
        not reread
        or len(reread) > len(template)
        or all(card.time_text is not None for card in cards if card.title in titles)
    ):
        return cards
    kept = [
        reread.get(position, card)
        for position, card in enumerate(cards)
        if position in reread or card.title not in titles
    ]
    for card in reread.values():
        taken.update(range(card.start, card.body_from))
    return kept


def _closing_meta(f: _Features, card: _Card) -> int | None:
    """The "Source · age" line that closes a title-first card, one line or two (a summary)
    under its title; else None."""
    stamp = _stamp_line(f, card)
    if (
        card.inline
        or card.start != card.title
        or stamp is None
        or not card.title < stamp <= card.title + _SUMMARY_LINES + 1
        or (meta := f.metas[stamp]) is None
        or meta[0] != card.source
    ):
        return None
    return stamp


def read_by_closing_meta(
    f: _Features,
    cards: list[_Card],
    taken: set[int],
    title_line: Callable[[_Features, int, set[int]], bool],
) -> list[_Card]:
    """The cards again, on a page whose listed cards print title / summary / "Source · age",
    with a card read from a meta line over its title read by that template: two or more
    listed cards closed by their meta line make it; a card opening on a "Source · age" line
    right under a headline no card holds (``title_line``) is that headline's card, and its
    former title is the card of the next "Source · age" line under it that no card read (a
    stamp left over: the evidence that the meta lines close the cards). Only cards of a list
    make the template (``_template_cards``)."""
    template = _template_cards(cards, lambda card: _closing_meta(f, card) is not None)
    if len(template) < _TEMPLATE_PAGE_MIN:
        return cards
    held = {line for card in cards for line in range(card.start, card.body_from)}
    stamps = {_stamp_line(f, card) for card in cards}
    result: list[_Card] = []
    for position, card in enumerate(cards):
        meta = f.metas[card.start]
        following = cards[position + 1].start if position + 1 < len(cards) else len(f.lines)
        if (
            card.inline
            or meta is None
            or meta[0] is None
            or card.title != card.start + 1
            or not title_line(f, card.start - 1, held)
        ):
            result.append(card)
            continue
        lost = next(
            (
                (line, other)
                for line in range(
                    card.body_from, min(following, card.body_from + _SUMMARY_LINES + 1)
                )
                if line not in stamps and (other := f.metas[line]) is not None and other[0]
            ),
            None,
        )
        if lost is None:
            result.append(card)
            continue
        lost_line, (lost_source, lost_stamp) = lost
        headline = card.start - 1
        result.append(
            replace(card, start=headline, title=headline, body_from=headline + 1, source=meta[0])
        )
        result.append(
            _Card(
                start=card.title,
                title=card.title,
                body_from=card.title + 1,
                source=lost_source,
                time_text=lost_stamp,
            )
        )
        taken.update((headline, lost_line))
    return result
