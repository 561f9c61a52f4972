"""split_template: a list's cards read by the template its cards print together.

A list of cards prints one template: which line of a card is its source, which its stamp,
which its title. Read card by card, a list of bare name / stamp / title lines has two
readings, the names opening the cards (name / stamp / title) or closing them (stamp /
title / name), and the card-by-card rules take the first. The list's end tells them apart:
when a name line the cards left over closes the list under its last title, every name
closes its card, and the name over the first stamp was the list's heading. The reader
decides only where several cards agree on the template; else the list is left as read.
"""

from collections.abc import Callable
from dataclasses import dataclass

from streams.split_page import _Card, _Features

_TEMPLATE_MIN_CARDS = 3  # cards that print the same template: the list's, no coincidence


@dataclass(frozen=True)
class _OpeningName:
    """A card read as name / stamp / title with nothing else: its lines."""

    name: int
    stamp: int
    title: int


def _opening_name(f: _Features, card: _Card) -> _OpeningName | None:
    """The card as name / stamp / title lines in a row and nothing more, its source the
    name; else None."""
    name, stamp, title = card.start, card.start + 1, card.start + 2
    if (
        card.inline
        or card.title != title
        or card.body_from != title + 1
        or card.deck is not None
        or f.times[stamp] is None
        or card.source != f.lines[name]
    ):
        return None
    return _OpeningName(name, stamp, title)


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
    card's text). ``name_line`` is the list's test of a publisher-like name line. True when
    the list was read so."""
    shapes = [_opening_name(f, card) for card in listed]
    run: list[int] = []
    for position, shape in enumerate(shapes):
        if shape is not None and run and listed[run[-1]].body_from == listed[position].start:
            run.append(position)
            continue
        if len(run) >= _TEMPLATE_MIN_CARDS:
            break
        run = [position] if shape is not None else []
    if len(run) < _TEMPLATE_MIN_CARDS:
        return False
    closing = listed[run[-1]].body_from
    if (
        closing >= len(f.lines)
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
