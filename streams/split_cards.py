"""split_cards: the cards (teasers) of a page and their layouts.

A card is a cluster of meta lines (time stamps, bylines, echoes, attributions) with a
title after it (portal cards: source / time / title / summary) or before it (article
headers: title / byline / time / body); ``_CARD_SHAPES`` are the layouts, tried in
order, and the page's layout (stamps over titles, summaries over stamps, authors over
stamps: ``_card_layout``'s vote) decides between them; a block of a list where reading it
card by card (``_card_by_card``) leaves clearly fewer lines in no card is read so.
Also the cards without a stamp between two stamped ones, one-line cards, a teaser inside
an article's text, a block of title / publisher pairs with no stamp (``_publisher_pair_cards``:
"Most read"), and advertising cards (after a "Sponsored"/"Ad" label), dropped with their
title and text. Signals: the line model, the header's headline and deck reading,
the sources' publisher test.
"""

import itertools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from operator import attrgetter

from streams.boilerplate import (
    _ui_words,
    announces_list,
    is_command,
    is_section_name,
    is_ui_control,
    word_sections,
)
from streams.captions import split_credit
from streams.data_files import line_sections
from streams.model import CleanPage
from streams.name_data import english_words
from streams.scan import NAME_PARTICLES
from streams.split_header import (
    _agency_or_outlet,
    _authors_names,
    _header_above,
    _reporters_agency,
    _slug_headline_over_deck,
    _source_above,
    _staff_role,
)
from streams.split_lines import (
    _HEADLINE_MAX_WORDS,
    _PROSE_ANY_WORDS,
    _RUN_MAX_WORDS,
    _SHORT_NAME_WORDS,
    _agency_name,
    _brand,
    _brief_sentence,
    _commenter,
    _credit_phrase,
    _domain_name,
    _is_bio,
    _is_domain,
    _is_name,
    _is_person,
    _is_prose,
    _is_source_name,
    _media_meta,
    _names_role,
    _outlet_name,
    _outlet_words,
    _person_name,
    _place_line,
    _role_line,
    _source_shape,
    _two_sentences,
    _weather_line,
    _words,
    dated_meta_name,
    lower_brand,
)
from streams.split_page import (
    _HEADER_MAX_WORDS,
    _INNER_SENTENCE_END,
    _KICKER_MAX_WORDS,
    _MAX_DECK_LINES,
    _REAL_BODY_WORDS,
    _SUBHEADING_MAX_WORDS,
    _WIDGET_MAX_WORDS,
    _Card,
    _clip_length,
    _closes_text,
    _cluster_stamp,
    _Features,
    _free_title,
    _in_clock_list,
    _kicker_word,
    _prose_words,
    _sourced_first,
)
from streams.split_sources import (
    _SOURCED_PAGE,
    _agency_byline,
    _author_name,
    _chip_name,
    _is_publisher,
    _own_site,
    _person_shaped,
    _site_keys,
    broadcaster_shaped,
    masthead_shape,
    outlet_shaped,
)
from streams.split_template import (
    read_by_closing_meta,
    read_by_page_template,
    read_names_closing,
)
from streams.timestamps import (
    has_clock,
    is_clock_only,
    is_dated,
    is_relative_age,
    is_update_stamp,
    names_weekday_first,
    opens_with_weekday,
    resolve_time,
)

_SOURCE_TO_STAMP = 3  # lines from a card's source line to its stamp (title, summary)
_QUOTE_OPEN = re.compile(r"[‘“«„\"]")
_TEXT_AROUND = 2  # paragraphs over and under a teaser inside an article's text
_SLUG_STORY_WORDS = 5  # slug words a headline shares when the slug is its story's
_STAMP_FIRST_MIN = 2  # cards with the stamp above the title that make it the page's layout
_SOURCED_FIRST_MIN = 2  # cards with the source over the stamp that make a list print so
_KICKER_SLOT_MIN = 2  # kicker / title / publisher / stamp cards that make the slot (one: a lead)
_STAMPED_LIST_MIN = 2  # stamped cards under a story's header that make a list of its sections
_STAMPLESS_MAX_LINES = 5  # between two teasers: a summary, a title and a summary, a source
_ECHO_WORDS = 2  # words of a heading its list's link prints again ("Tout le fil info")
_ECHO_WORD_MIN = 3  # letters of a word that counts ("fil", "info"; not "le")
_ECHO_LINK_MAX_WORDS = 6  # "Voir tout le fil info"
_ECHO_REACH = 40  # lines under a heading its list's link may stand at (a dozen cards)
_FURNITURE_OPENING_WORDS = 2  # words a card's furniture line opens on under each card
_CLOSING_SOURCE_MIN_CARDS = 3  # cards of a list read one off by their closing sources
_PERIOD_LINES = (3, 4, 5)  # lines of a card in a periodic run: title / extra lines / source / stamp
_NAMED_PERIOD = 3  # title / name / stamp: the name's slot is the source's, or the run is no list
_SLOT_NAME_MAX_WORDS = 5  # "WPIX 11 New York", "il Fatto Quotidiano"
_DIGITS = re.compile(r"\d+")  # a number in a slot's name, masked to compare the cards' names
_SLOT_SOURCES_MIN = 2  # names the list's source test reads that fix the slot (one: a byline's)
_SLOT_CLASS = {"P": "P", "A": "N", "N": "N", "S": "S"}  # a slot holds one class
_UNSURE_SLOT = -1  # a periodic run's slot of names none of which reads as a publisher
_PERIODIC_MIN_CARDS = 3  # cards that print the same slots: a list's shape, no coincidence
_PAIRED_LIST_MAX = 24  # title / "Source · 3h" pairs looked through to a list's end
_STAMPLESS_ABOVE_MIN = 2  # stampless cards over a list's first card (one: a lead's header)
_STAMP_KEY = re.compile(r"\W+")  # a stamp compared without its spacing and punctuation
_CHIPS_MAX = 4  # ticker chips between a header's stamp and its headline
_AD_BLOCK_MAX_LINES = 6  # an ad card's lines over the label that closes it
_SLOT_CARD_MAX_LINES = 3  # a card's lines over its stamp under an empty slot: kicker, title, source
_CARD_MAX_LINES = 3  # headline, deck, stamp
_EVENT_LIST_MIN = 2  # dates in a row that make a list (one is as often a teaser's)
_EVENT_HEADING_MAX_WORDS = 3  # "Calendar of events"
_RIVER_GAP = 6  # lines from a river item's header to the next's (headline, summary, lists)


def _named_over(f: _Features, index: int, begin: int, taken: set[int]) -> bool:
    """A publisher's name at ``index``, over a card's title."""
    return (
        index >= begin
        and index not in taken
        and bool(f.lines[index])
        and _is_publisher(f.lines[index], f)  # (not a kicker: "Monsoon" / headline / deck)
    )


def _credited_photo(f: _Features, begin: int, stop: int) -> bool:
    """A photo's caption with its credit among the lines [begin, stop) between a title and its
    stamp: the article header's photo ("Deck" / "… Photograph: Ann Lee" / byline / stamp), no
    card's summary (a teaser prints no credit), so the lines over the title are the header's."""
    return any(split_credit(f.lines[index]) is not None for index in range(begin, stop))


def _above_card(
    f: _Features,
    card: _Card,
    anchor: int,
    taken: set[int],
    *,
    sourced_list: bool,
    sourced_under: bool,
    chipped: bool,
) -> None:
    """What a card whose title stands over its stamp has above it: a publisher, or a
    header (headline over a deck, author lines); in a list of cards that print their
    source first, a publisher over a section label too ("The Japan Chronicle" / "Opinion"
    / title / stamp)."""
    label = card.title - 1
    if sourced_list and label > 0 and _section_label(f, label, taken):
        _source_above(f, card, label - 1, taken)
        if card.source is not None:
            return  # (no headline over a deck: the lines above are the card's)
    printed = card.source  # (a source its meta lines print is no chip)
    # (in a list that prints names under titles, a name under a loose title is that line's)
    loose = sourced_under and _under_loose_title(f, card.title - 1, taken)
    if card.body_from < anchor and not loose and not _credited_photo(f, card.body_from, anchor):
        _slug_headline_over_deck(f, card, taken)  # (a caption between its deck and stamp)
        _source_above(f, card, card.title - 1, taken)  # "Reuters" / title / summary / stamp
    elif (
        card.title < anchor
        and not loose
        # (a staff role over the stamp is the byline's slot: the line over it is the headline,
        # no list's heading)
        and (_staff_role(f, card.title) or not _list_heading_over(f, card, anchor))
    ):
        _header_above(f, card, taken)
    if card.source is None and card.title + 1 == anchor and _outlet_opens_block(f, card, taken):
        card.source, card.start = f.lines[card.title - 1], card.title - 1  # "Sky News" / title
    if (
        card.source is not None
        and card.source != printed
        and _chip_name(
            card.source, f, f.lines[card.title], sourced_under=sourced_under, chipped=chipped
        )
    ):
        card.source = None  # ("Banking" / title / stamp: the card's chip)
    if card.title < anchor <= card.body_from:
        under = card.body_from
        if (
            under + 1 < len(f.lines)
            and _agency_name(f.lines[under])
            and _is_prose(f.lines[under + 1])  # (not the next card's source over its title)
            and not (card.source and _agency_name(card.source))
        ):  # a news agency under the stamp ("Associated Press") outranks a kicker ("Recap")
            card.source = f.lines[under]


def _outlet_opens_block(f: _Features, card: _Card, taken: set[int]) -> bool:
    """A broadcaster's name the vocabulary does not know ("Sky News": ``broadcaster_shaped``,
    each word capitalised, no section's name) first in its block (a blank line over it,
    where clean took a box's label, "More for You"), over a title right over its stamp: the
    card's publisher, printed where a portal prints it; the box's heading was the line clean
    took. (A known publisher there ``_header_above`` reads already.)"""
    name = card.title - 1
    return (
        name > 0
        and name not in taken
        and not f.lines[name - 1]
        and broadcaster_shaped(f.lines[name])
        and all(word[0].isupper() for word in f.lines[name].split())  # (a name, no kicker)
        and not is_section_name(f.lines[name])
    )


def _list_heading_over(f: _Features, card: _Card, anchor: int) -> bool:
    """Heading / title / stamp ("Other news" / headline / "2h ago"): a short line over a
    card's title right over its stamp is the list's heading or a kicker, no headline over
    a deck; the deck would be the longer line (a name in the byline's place is shorter).
    Not when a card next to it repeats that shape ("Rates rise again" / deck / "2h ago" /
    "Schools shut early" / deck / "4h ago"): there each card's headline is short."""
    if not (card.title + 1 == anchor and _short_line_over(f, card.title)):
        return False
    if _headline_under_kicker(f, card.title - 1):
        return False
    before = max(card.title - 1 - _CARD_MAX_LINES, 0)
    after = min(anchor + 1 + _CARD_MAX_LINES, len(f.lines))
    return not any(
        f.stamp(stamp) is not None and _short_line_over(f, stamp - 1)
        for stamp in (*range(before, card.title - 1), *range(anchor + 1, after))
    )


def _headline_under_kicker(f: _Features, headline: int) -> bool:
    """The short line at ``headline`` stands under a kicker shorter than it, right under the
    card before's stamp, and that card prints the same kicker over its title ("Obituaries" /
    title / "6d ago" / "Obituaries" / headline / summary / stamp): the list's cards print
    kicker / headline, so the short line is this card's headline over its summary, no list
    heading. (Two different short lines there may be a kicker over a label: "Analysis" /
    "Subscribers only" / headline.)"""
    kicker = headline - 1
    stamp = headline - 2
    before = headline - 4  # (the card before's kicker, over its title)
    return (
        before >= 0
        and f.stamp(stamp) is not None
        and all(f.lines[line] for line in (before, stamp - 1, kicker))
        and f.lines[kicker] == f.lines[before]
        and f.stamp(kicker) is None
        and _words(f.lines[kicker]) <= _KICKER_MAX_WORDS
        and _words(f.lines[kicker]) < _words(f.lines[headline])
        and _words(f.lines[before]) < _words(f.lines[stamp - 1])
    )


def _short_line_over(f: _Features, title: int) -> bool:
    """A short title-like line over the line ``title`` and shorter than it, no publisher's
    name."""
    over = f.lines[title - 1] if title > 0 else ""
    return (
        bool(over)
        and f.is_title(title - 1)  # (no author's role: "Economics editor")
        and _words(over) <= _SUBHEADING_MAX_WORDS
        and _words(over) < _words(f.lines[title])
        and not _is_name(f.lines[title])
        # (a publisher over the title, "Reuters", "Source: Reuters": the header reads it)
        and not _is_source_name(over)
    )


def _section_over(f: _Features, title: int) -> bool:
    """A section's name ("Business") right over the title line ``title``."""
    return title > 0 and bool(f.lines[title - 1]) and is_section_name(f.lines[title - 1])


def _section_label(f: _Features, index: int, taken: set[int]) -> bool:
    """A one-word section label ("Opinion", "Analysis") at ``index``."""
    line = f.lines[index]
    return index not in taken and bool(line) and " " not in line and is_section_name(line)


def _source_header(f: _Features, index: int) -> bool:
    """ "Sarah Perez / TechCrunch:" over a headline: a river item's card without a stamp."""
    return _author_header(f, index) or _river_publisher(f, index) is not None


def _author_header(f: _Features, index: int) -> bool:
    """ "Sarah Perez / TechCrunch:": a river item's header that names its author."""
    return f.sources[index] is not None and f.lines[index][-1] == ":"


def _river_publisher(f: _Features, index: int) -> str | None:
    """ "Reuters:" over a headline, near a river item's "Author / Publisher:" line: the
    header of an item its publisher wrote without an author's name. Only an agency's or an
    outlet's name (not a label, "Discussion:", nor an advertiser, "Lumen Hiring:") and only
    beside another item's header (a "Name:" line is a label anywhere else)."""
    line = f.lines[index]
    if not line or line[-1] != ":" or f.sources[index] is not None:
        return None
    name = line[:-1]
    if not (_agency_name(name) or _outlet_name(name)):
        return None
    lo, hi = max(0, index - _RIVER_GAP), min(len(f.lines), index + _RIVER_GAP + 1)
    return name if any(_author_header(f, near) for near in range(lo, hi)) else None


def _find_cards(
    f: _Features, begin: int, skip: set[int], *, text_over: bool = True
) -> tuple[list[_Card], set[int]]:
    """Cards at or after ``begin``, in page order; also every line they use. ``text_over``:
    the lines over the first card may be an article's text (not so where ``begin`` is the end
    of a text already read: a live blog's, its rail starts there; the rail's own cards then
    tell whether it is a list of decked cards, not the blog's headline / bullet over a clock)."""
    if not text_over:
        f.decked_cards = _decked_cards(f, begin)
    cards, taken, layout = _stamped_cards(f, begin, skip)
    cards = [_lower_clip_title(f, card) for card in cards] if f.clips else cards
    story = _story_around_card(f, cards)
    if f.clips:
        cards.extend(_clip_cards(f, begin, cards, taken | skip))
        cards.sort(key=_CARD_START)
        for card in cards:
            taken.update(range(card.start, card.body_from))
    cards.extend(_stampless_cards(f, cards, taken, story=story, ads=skip))
    cards.sort(key=_CARD_START)
    cards = _card_by_card(
        f, begin, cards, taken, skip, stamp_first=layout.stamp_first, text_over=text_over
    )
    if story:  # (a section's sub-heading is freed for the story's text)
        sections = [card for card in cards if _story_section(f, card)]
        for card in sections:
            taken.difference_update(range(card.start, card.body_from))
        cards = [card for card in cards if card not in sections]
    cards.extend(_publisher_pair_cards(f, begin, taken))
    cards.sort(key=_CARD_START)
    cards = _without_event_lists(f, cards)
    cards = read_by_page_template(f, cards, taken, _name_line, _card_title)
    cards = read_by_closing_meta(f, cards, taken, _card_title)
    for listed in _card_lists(f, cards, taken, skip):
        if not read_names_closing(f, listed, taken, _name_line):
            _list_sources(f, listed, taken)
    return cards, taken


def _without_event_lists(f: _Features, cards: list[_Card]) -> list[_Card]:
    """The cards without those of a list of events or of a story's past steps ("Upcoming
    events" / name / "Sat, Dec 5 · 6:00 PM", "Timeline" / "Oct 3, 2026" / step): two or more
    stamped cards, each starting where the one before ends and, after the first (whose
    "source" is a misread line: the heading, an event's name), without a source, right under
    such a heading or with it as their first line. Their lines stay taken: the list is
    navigation, neither teasers nor the text above."""
    kept: list[_Card] = []
    index = 0
    while index < len(cards):
        card = cards[index]
        run = index
        if not card.inline and card.time_text is not None and _under_event_heading(f, card):
            run += 1
            while (
                run < len(cards)
                and cards[run].time_text is not None
                and cards[run].source is None
                and cards[run].start == cards[run - 1].body_from
            ):
                run += 1
        if run - index >= _EVENT_LIST_MIN:
            index = run
            continue
        kept.append(card)
        index += 1
    return kept


def _under_event_heading(f: _Features, card: _Card) -> bool:
    """An events heading right over the card, or as its first line over its title."""
    return (card.start > 0 and _event_heading(f.lines[card.start - 1])) or (
        card.start < card.title and _event_heading(f.lines[card.start])
    )


def _event_heading(line: str) -> bool:
    """ "Upcoming events", "Timeline", "Veranstaltungskalender": a short heading of event
    words (``data/event_headings.txt``)."""
    words = line.casefold().rstrip(":").split()
    return 0 < len(words) <= _EVENT_HEADING_MAX_WORDS and _event_words().issuperset(words)


@cache
def _event_words() -> frozenset[str]:
    return frozenset(word_sections("event_headings.txt")[""])


def _card_lists(
    f: _Features, cards: list[_Card], taken: set[int], ads: set[int]
) -> list[list[_Card]]:
    """The cards grouped in lists: a card starting a few short lines under the one before
    (its summary, not an article's text; an ad's lines are in ``taken``), with no heading
    between them (a blank line where clean took a heading, not over an ad), is in its list."""
    lists: list[list[_Card]] = []
    blocks = _blank_separated(f, [card for card in cards if not card.inline])
    for card in cards:
        if card.inline:
            continue
        if lists:
            between = range(lists[-1][-1].body_from, card.start)
            rows = [f.lines[i] for i in between if f.lines[i] and i not in taken]
            if (
                len(rows) <= _STAMPLESS_MAX_LINES
                and sum(_words(row) for row in rows) < _REAL_BODY_WORDS
                and all(f.lines[i] or i + 1 in ads for i in between)
            ) or (blocks and _next_block(f, lists[-1][-1], card)):
                lists[-1].append(card)
                continue
        lists.append([card])
    return lists


def _next_block(f: _Features, card: _Card, following: _Card) -> bool:
    """On a page whose cards stand a blank line apart, the next card opens the block right
    under the card's own, a card's few lines (a summary, a stamp: an article's text over a
    blank line may close where clean took a "Related" heading)."""
    end = card.body_from
    while end < following.start and f.lines[end]:
        end += 1
    return (
        end + 1 == following.start
        and not f.lines[end]
        and end - card.body_from <= _SUMMARY_RUN_MAX  # (a summary and a stamp, no text)
        and sum(_words(line) for line in f.lines[card.body_from : end]) < _REAL_BODY_WORDS
    )


_OUTLET_HEADS_MIN = 2  # outlets' names over a list's titles: a list that prints publishers


def _list_sources(f: _Features, listed: list[_Card], taken: set[int]) -> None:
    """The cards of one list print their source in one place: in a list where most cards
    print a name between title and stamp, one of them read, that name is each card's
    source (``_sources_over_stamps``); in a list where most cards print a name line first
    ("Reuters" / title, "Reuters" / stamp / title), that name is each card's source
    ("QUAYCAST", "Tidewatch"); in a list where no other card prints a source (nor the
    site's masthead over its title, ``_masthead_over_title``), a name over a card's title
    that is no agency's or outlet's ("Water", "Verkehr") is its chip, no source (null beats
    wrong)."""
    if len(listed) < 2:
        return
    _dated_slot_names(f, listed)
    _sources_closing_cards(f, listed, taken)
    _clock_list_headings(f, listed)
    _sources_over_stamps(f, listed)
    # (a name over a title read as a label is no card's publisher below either)
    labelled = _chips_over_titles(f, listed)
    heads = [_head_name(f, card, taken) for card in listed]
    named = sum(head is not None for head in heads)
    sourced = [card for card in listed if card.source is not None]
    if named < 2 and len(sourced) == 1:
        card = sourced[0]
        if (
            _sourced_first(f, card)
            and not _strong_publisher(card.source or "")
            and not any(_masthead_over_title(f, other) for other in listed)
        ):
            card.source = None
        return
    # (a name with an outlet's shape over the title of a card with no source yet, "RTL
    # Nieuws", shows the list prints publishers: "NOS" over another is its publisher, no
    # kicker; a site's masthead over the first card names no card's publisher alone, two
    # such names over two cards do: "CBS News", "Fox Business")
    outlet_heads = sum(
        head is not None and card.source is None and outlet_shaped(f.lines[head])
        for card, head in zip(listed, heads, strict=True)
    )
    publishers = (
        (outlet_heads > 0 and bool(sourced))
        or outlet_heads >= _OUTLET_HEADS_MIN
        or any(_listed_publisher(c) for c in sourced)
    )
    if named < 2 or 2 * named < len(listed) or not publishers:
        return
    for card, head in zip(listed, heads, strict=True):
        if (
            card.source is None
            and head is not None
            and id(card) not in labelled
            and not _chip_name(f.lines[head], f, f.lines[card.title], sourced_under=True)
            and not (_under_loose_title(f, head, taken) and _names_under_title(f, card))
        ):
            card.source, card.start = f.lines[head], min(card.start, head)
            taken.add(head)


def _dated_slot_names(f: _Features, listed: list[_Card]) -> None:
    """A list whose cards print "Publisher · stamp" under their titles, two or more naming
    their publisher there: the name another card prints in that slot before a dated stamp
    ("ČT24 · včera 21:40", which alone reads as an article header's place or author) is its
    publisher too, when it has a publisher's shape or a brand's spelling ("ČT24",
    "iRozhlas") and is no place the gazetteer knows (a capitalised word or two is a town's,
    "Kladno", or a reporter's as often: null beats wrong) nor an event's name with its year
    ("WM 2026": an acronym's shape and a digit, a topic's label)."""
    metas = [_meta_under_title(f, card) for card in listed]
    if sum(meta is not None and f.meta_name(meta) is not None for meta in metas) < 2:
        return
    for card, meta in zip(listed, metas, strict=True):
        name = dated_meta_name(f.lines[meta]) if meta is not None else None
        if (
            card.source is None
            and name is not None
            and (_known_publisher(name) or _brand_spelling(name))
            and not (_author_name(name) or _place_line(name) or _YEARS_EVENT.search(name))
        ):
            card.source = name


# a topic's or an event's name closed by its year printed apart ("WM 2026", "Paris 2024",
# "Wahl 2029"), neither a brand's digit ("ČT24", "Rai News 24") nor a masthead's acronym
_YEARS_EVENT = re.compile(r" (?:19|20)\d\d$")


def _brand_spelling(name: str) -> bool:
    """A name spelt as a brand, not as a word or a person's name: a digit ("ČT24", "Rai
    News 24") or, in a one-word name, a capital inside it ("iRozhlas", "FirstPost"; not
    after a hyphen or an apostrophe, as a double town's name has it: "Frýdek-Místek")."""
    return (
        any(char.isdigit() for char in name)
        or (
            " " not in name  # ("Jane McLean": a reporter's name)
            and any(
                char.isupper()
                for part in _NAME_PARTS.split(name)
                if not part.isupper()
                for char in part[1:]
            )
        )
    )


_NAME_PARTS = re.compile(r"['’-]+")  # ("Frýdek-Místek", "Castrop-Rauxel": no inner capital)


def _meta_under_title(f: _Features, card: _Card) -> int | None:
    """The line of the card's "Source · stamp" meta under its title, if any."""
    return next((i for i in range(card.title + 1, card.body_from) if f.metas[i]), None)


def _sources_closing_cards(f: _Features, listed: list[_Card], taken: set[int]) -> None:
    """Stamp / [chip] / title / [summary] / source cards read one line off, each source as
    the next card's first line ("AFP" / "11h02" / title …): the list's first card has no
    source over its stamp and one of the list's sources dangles right under its last card's
    summary. Each source then closes the card above it, as the list prints it; a list whose
    first card prints its source over its stamp too, or with no such name under its last
    card, keeps its reading. (``split_template.read_names_closing`` reads the other
    closing-name list: bare name / stamp / title cards under the list's heading.)"""
    if len(listed) < _CLOSING_SOURCE_MIN_CARDS or listed[0].source is not None:
        return
    following = listed[1:]
    if not all(
        _sourced_first(f, card) and f.stamp(card.start + 1) is not None and f.lines[card.start - 1]
        for card in following
    ):
        return  # (each source right under the card above, right over its own stamp)
    last = listed[-1]
    under = last.body_from
    while (
        under < len(f.lines)
        and under - last.body_from < _SUMMARY_RUN_MAX
        and _is_prose(f.lines[under])
    ):
        under += 1
    names = {card.source for card in following}
    if under >= len(f.lines) or under in taken or f.lines[under] not in names:
        return
    for card, below in itertools.pairwise(listed):
        card.source, below.start = below.source, below.start + 1
    last.source = f.lines[under]
    taken.add(under)


def _clock_list_headings(f: _Features, listed: list[_Card]) -> None:
    """A name over a bare clock over a title, the next card of the list a bare clock over
    its title and no name ("Ticker" / "10:40" / title / "10:12" / title): the name is the
    clock list's heading, no source (an agency's or an outlet's name stays its)."""
    for card, following in itertools.pairwise(listed):
        if (
            card.source is not None
            and _clock_over_title(f, card, named=True)
            and following.source is None
            and _clock_over_title(f, following, named=False)
            and not _strong_publisher(card.source)
        ):
            card.source = None


def _clock_over_title(f: _Features, card: _Card, *, named: bool) -> bool:
    """The card prints a bare clock right over its title, and its source's name over the
    clock (``named``) or nothing over it."""
    clock = card.title - 1
    stamp = f.stamp(clock) if clock >= 0 else None
    return (
        stamp is not None
        and is_clock_only(stamp)
        and card.start == clock - named
        and (not named or f.lines[card.start] == card.source)
    )


def _chips_over_titles(f: _Features, listed: list[_Card]) -> set[int]:
    """A list whose cards print a short line over each title that most cards do not take
    for their source (fly-titles: "Banyan", "Japan's economy", "Vietnam"): the line in that
    slot is a label, so a name read there as a card's source ("Pakistan and Afghanistan",
    "Politics in Indonesia") is one too, unless it is an agency's or outlet's, or a brand's.
    A section's chip there ("Wetter", "Política") is such a sign only in a list that prints
    its publishers elsewhere ("dpa · vor 35 Minuten" under the text): a portal may print its
    sections and its publishers in the one slot ("El Confidencial" / title / "hace 1 hora").
    The ids of the cards whose name over the title was so read."""
    over = [card for card in listed if card.source is not None and _source_over_title(f, card)]
    elsewhere = len(over) < sum(card.source is not None for card in listed)
    chips = sum(
        1
        for card in listed
        if card.source is None
        and _kicker_line(f, card.title - 1)
        and (elsewhere or not is_section_name(f.lines[card.title - 1]))
    )
    slot = chips >= _SOURCED_FIRST_MIN and chips > len(over)
    labelled: set[int] = set()
    for card in over if slot else _between_labelled(f, listed, over):
        name = card.source or ""
        # (between labelled cards, a name shaped as a masthead stays: "Der Spiegel")
        if not (_strong_publisher(name) or _brand(name) or (not slot and masthead_shape(name))):
            card.source = None
            labelled.add(id(card))
    return labelled


def _between_labelled(f: _Features, listed: list[_Card], over: list[_Card]) -> list[_Card]:
    """The cards of ``over`` (a name over the title read as the source) between two cards
    that print a label over their title and their source under it ("Bundestag" / title /
    "dpa · vor 2 Std.", "Unwetter" / title / "vor 45 Min.", "Bahn" / title / "AFP · vor 5
    Std."): in the one block, its name stands in the label's slot. (A module of names over
    titles after such cards keeps its names: it prints its own slot.)"""
    return [
        card
        for before, card, after in zip(listed, listed[1:], listed[2:], strict=False)
        if card in over and _label_over_sourced(f, before) and _label_over_sourced(f, after)
    ]


def _label_over_sourced(f: _Features, card: _Card) -> bool:
    """A short line over the card's title that is not its source, which it prints apart."""
    return (
        card.source is not None
        and f.lines[card.title - 1] != card.source
        and _kicker_line(f, card.title - 1)
        and not _source_over_title(f, card)
    )


def _kicker_slot_chips(f: _Features, cards: list[_Card], taken: set[int]) -> None:
    """A page whose cards print a kicker over the title and their publisher under it, over
    the stamp ("Medio Oriente" / title / "Ansa" / "2 ore fa"), on ``_KICKER_SLOT_MIN``
    cards or more: the line over a title is the page's kicker slot, in each of its lists,
    so a name read there as a card's source ("Maltempo", "Bad Nauheim", "Liga dos
    Campeões") is its chip, no source, unless it is an agency's, an outlet's or a brand's
    name, is shaped as a masthead ("Le Monde", "BBC News"), or one the page's cards print
    as their publisher under their titles; and a person's name read as a card's source is
    its author (an analysis's byline over its stamp). (An aggregator prints its sources
    over its titles; its one card with a name under the title shows no slot.) Not the
    slot's: an article's header (the lead: text under it), nor a module of other
    publishers, decided list by list from the list's own names ("Kyiv Independent" / title
    / stamp / "Fortune" / title / stamp, after the kicker rail, under any heading or none:
    ``_sourced_modules``)."""
    railed = _rail_slot_cards(f, cards)
    under = [card for card in cards if _kicker_over_publisher_under(f, card)]
    under += [card for card in railed if card not in under]
    if len(under) < _KICKER_SLOT_MIN:
        return
    publishers = {card.source for card in under}
    module = _sourced_modules(f, cards, taken, {id(card) for card in under})
    stops = [card.start for card in cards[1:]] + [len(f.lines)]
    chips: list[bool] = []  # the card's name is a chip unless its shape says masthead
    for card, stop in zip(cards, stops, strict=True):
        name = card.source or ""
        chips.append(
            (_source_over_title(f, card) or _author_name(name))
            and name not in publishers
            and id(card) not in module
            and not _vocabulary_publisher(name)
            # (an article's text under it, before the next card: the lead's header, no list's)
            and _prose_words(f, card.body_from, stop) < _REAL_BODY_WORDS
        )
    blank = not _blank_separated(f, cards)
    for at, card in enumerate(cards):
        if chips[at] and not (
            masthead_shape(card.source or "")
            and not _chipped_neighbour(f, cards, chips, at, taken, blank=blank)
        ):
            card.source = None


def _kicker_word_sources(f: _Features, cards: list[_Card]) -> None:
    """A page whose names over card titles are all single words ("Bahnstreik" / title /
    "vor 2 Std.", "Manovra" / title / summary / "2 ore fa"; ``_kicker_word``), no card
    printing another name there ("tagesschau.de", "Süddeutsche Zeitung") and fewer than
    ``_SOURCED_PAGE`` publishers printed elsewhere: those words are the cards' kickers (a
    Dachzeile, an occhiello), no sources; null beats a topic read as a publisher. Not on a
    feed of bare name / title / stamp cards (``_text_under``) unless another card prints a
    section's name in that place ("Bundesliga" among "Bahnstreik", "Wetter"): that slot is
    the kickers', an aggregator prints no section among its publishers."""
    over = [card for card in cards if _source_over_title(f, card)]
    ids = {id(card) for card in over}
    if (
        f.printed_sources - f.printed_kickers >= _SOURCED_PAGE
        or not all(_kicker_word(card.source or "") for card in over)
        or not (
            any(_text_under(f, cards, at) for at, card in enumerate(cards) if id(card) in ids)
            or any(_section_over(f, card.title) for card in cards)
        )
    ):
        return
    for card in over:
        card.source = None


def _text_under(f: _Features, cards: list[_Card], at: int) -> bool:
    """The card at ``at`` prints text under its title (a standfirst, a summary, a story): a
    feed of bare name / title / stamp cards is an aggregator's, whose one-word names are
    its publishers ("Axios", "Forbes")."""
    end = cards[at + 1].start if at + 1 < len(cards) else len(f.lines)
    return cards[at].deck is not None or any(
        f.lines[index] and f.stamp(index) is None for index in range(cards[at].body_from, end)
    )


def _chipped_neighbour(
    f: _Features, cards: list[_Card], chips: list[bool], at: int, taken: set[int], *, blank: bool
) -> bool:
    """The card before or after the one at ``at``, in its list (no heading between them),
    prints a chip in the kicker slot over its title: a name shaped as a masthead there ("La
    Liga" between "Premier League" and "Serie A") is a chip of the same kind. (``blank``: a
    blank line between cards is a heading, ``_heading_between``.)"""
    return any(
        chips[other]
        and not masthead_shape(cards[other].source or "")
        and _heading_between(f, cards[min(at, other)], cards[max(at, other)], taken, blank=blank)
        is None
        for other in (at - 1, at + 1)
        if 0 <= other < len(cards)
    )


def _rail_slot_cards(f: _Features, cards: list[_Card]) -> list[_Card]:
    """The cards of a kicker rail read apart from its slot: in a run of cards printed one
    under the other as kicker / title / name / stamp (each kicker right under the stamp
    before), two or more of them read with that name as their source, the name over each
    card's stamp is its publisher when it has a publisher's shape ("El País", "BBC Sport":
    ``_known_publisher``; a name of a few capitalised words, "María José López", is a
    reporter's as often), not the kicker over its title (read alone, the rail's first card
    takes its kicker for its publisher, or its name under the title for an author's). The
    cards whose source it changed (in place, ``_take_slot``)."""
    runs: list[list[tuple[_Card, int]]] = []
    for card in cards:
        slot = _rail_slot(f, card)
        if slot is None:
            continue
        if runs and runs[-1][-1][1] + 2 == slot - 2:
            runs[-1].append((card, slot))  # (its kicker right under the stamp before)
        else:
            runs.append([(card, slot)])
    changed: list[_Card] = []
    for run in runs:
        if sum(member.source == f.lines[name] for member, name in run) < _KICKER_SLOT_MIN:
            continue
        for member, name in run:
            line = f.lines[name]
            if member.source != line and _known_publisher(line) and not _place_line(line):
                _take_slot(f, member, name)
                changed.append(member)
    return changed


def _rail_slot(f: _Features, card: _Card) -> int | None:
    """Kicker / title / name / stamp, one line each, the kicker the card's first line or
    the line right over it: the line of the name (short, no sentence, no meta, no
    person's, no section's), else None."""
    stamp = next((i for i in range(card.title, card.body_from) if f.stamp(i) is not None), None)
    if stamp is None or stamp - 3 not in (card.start, card.start - 1) or stamp < 3:
        return None
    name = f.lines[stamp - 1]
    return (
        stamp - 1
        if _kicker_line(f, stamp - 3)
        and f.is_title(stamp - 2)
        and _words(f.lines[stamp - 2]) > _words(f.lines[stamp - 3])
        and _words(name) <= _SHORT_NAME_WORDS
        and not _is_prose(name)
        and not f.is_meta(stamp - 1)
        and _source_shape(name)
        and not is_section_name(name)
        and not _author_name(name)
        else None
    )


def _take_slot(f: _Features, card: _Card, name: int) -> None:
    """The name at ``name`` is the card's publisher, the line over its headline its kicker,
    no line of the card (its title and deck stay as read: a short headline over a deck
    without a full stop has a kicker's shape too)."""
    if card.start == card.title - 1 == name - 2:
        card.start = card.title  # ("Champions League" read as the card's source)
    card.source = f.lines[name]


def _known_publisher(name: str) -> bool:
    """An agency's, an outlet's or a brand's name, or one shaped as a masthead ("Le Monde")."""
    return _vocabulary_publisher(name) or masthead_shape(name)


def _vocabulary_publisher(name: str) -> bool:
    """An agency's, an outlet's or a brand's name by the vocabulary, not by its shape alone
    (an article and a word are as often a place's, "La Baule", or a league's, "La Liga")."""
    return bool(_strong_publisher(name) or _brand(name) or _agency_or_outlet(name))


def _sourced_modules(
    f: _Features, cards: list[_Card], taken: set[int], kickers: set[int]
) -> set[int]:
    """The ids of the cards of each module of the page whose names over its titles are its
    sources (``_module_sources``). A module is a run of cards between two list headings
    (``_heading_between``) or two kicker cards (the ids in ``kickers``:
    ``_kicker_over_publisher_under``): so a module is read by its own cards, under a
    heading of its own, a section's ("Business") or none, after a kicker rail."""
    blank_headings = not _blank_separated(f, cards)
    module: set[int] = set()
    run: list[_Card] = []
    for at, card in enumerate(cards):
        kicker = id(card) in kickers
        if not kicker:
            run.append(card)
        following = cards[at + 1] if at + 1 < len(cards) else None
        if (
            following is not None
            and not kicker
            and id(following) not in kickers
            and _heading_between(f, card, following, taken, blank=blank_headings) is None
        ):
            continue
        module.update(_module_sources(f, run, taken))
        run = []
    return module


def _module_sources(f: _Features, run: list[_Card], taken: set[int]) -> set[int]:
    """The ids of a module's cards that print their source over their titles and no name
    under them, when two or more do, none a chip's (``_chip_shaped``) and one a publisher's
    the vocabulary knows (``_vocabulary_publisher``): an aggregator's module ("Kyiv
    Independent" / … / "Fortune" / …; "Kyiv Post" / … / "Kyiv Post" / … / "Meduza" / …). A
    name line right over the title of a card of such a module that read none there
    ("Fortune", an English word, read as the card's chip after a card sourced under its
    title) is its source too. A section's chips ("Tennis" / "Golf"), a "Most read" module's
    places ("Bad Nauheim" / "Friedberg"; "La Baule", shaped as a masthead) stay chips:
    nothing but a publisher the vocabulary knows among them tells them from a module of
    publishers it does not know ("Politico", "Axios"), left null (null beats wrong)."""
    heads: list[tuple[_Card, int]] = []
    for member in run:
        if _names_under_title(f, member):
            continue
        if member.source is not None and _source_over_title(f, member):
            heads.append((member, member.start))
        elif member.source is None and _head_name(f, member, taken) == member.title - 1:
            heads.append((member, member.title - 1))
    names = [f.lines[head] for _, head in heads]
    sourced = sum(member.source is not None for member, _ in heads)
    begin = min([run[0].start] + [head for _, head in heads]) if run else 0
    if (
        sourced < _KICKER_SLOT_MIN
        or not any(_vocabulary_publisher(name) for name in names)
        or any(_chip_shaped(f, name, begin, taken) for name in names)
    ):
        return set()
    for member, head in heads:
        if member.source is None:
            member.source, member.start = f.lines[head], min(member.start, head)
            taken.add(head)
    return {id(member) for member, _ in heads}


def _chip_shaped(f: _Features, name: str, begin: int, taken: set[int]) -> bool:
    """A name that is a chip's, whatever list prints it: a section's ("Tennis"), a menu
    item (printed before the list at ``begin`` on a line no card took), or a place the
    gazetteer knows ("Leeds"). (A publisher may print several stories of a list.)"""
    first = f.first_printed.get(name.casefold(), begin)
    return is_section_name(name) or (first < begin and first not in taken) or _place_line(name)


def _blank_separated(f: _Features, cards: list[_Card]) -> bool:
    """Most cards of the page stand a blank line apart (innerText prints each card as a
    block): a blank line there separates cards, no list's heading."""
    gaps = [
        any(not f.lines[index] for index in range(card.body_from, following.start))
        for card, following in itertools.pairwise(cards)
    ]
    return 2 * sum(gaps) > len(gaps)


def _heading_between(
    f: _Features, card: _Card, following: _Card, taken: set[int], *, blank: bool
) -> str | None:
    """The last short line no card took between a card and the next one, or a blank line
    (``blank``: on a page whose cards stand no blank line apart): a list's heading; None
    when there is none (a card's summary is none, nor a publisher's name no card read,
    "Charlie Hebdo": a module's; a section's name is one, "Sport")."""
    heading = None
    for index in range(card.body_from, following.start):
        line = f.lines[index]
        if (not line and blank) or (line and index not in taken and _heading_line(line)):
            heading = line
    return heading


def _heading_line(line: str) -> bool:
    return is_section_name(line) or not (_is_name(line) or _is_prose(line))


def _kicker_over_publisher_under(f: _Features, card: _Card) -> bool:
    """Kicker / title / (summary) / publisher / stamp: the card's source is the name over
    its stamp, under its title, and a short line that is no publisher's, no section's and
    no clip's length ("▶ 2:04") stands over its title. (Kicker / title / "dpa · vor 2 Std."
    cards print their labels for ``_between_labelled``.)"""
    kicker = f.lines[card.title - 1] if card.title > 0 else ""
    return (
        card.source is not None
        and _kicker_line(f, card.title - 1)
        and kicker != card.source
        and not is_section_name(kicker)  # ("Economia": a list's heading as often)
        and not any(char.isdigit() for char in kicker)
        and not (_strong_publisher(kicker) or _agency_or_outlet(kicker))
        and _name_over_stamp(f, card) == card.source
    )


def _stamp_under_title(f: _Features, card: _Card) -> int | None:
    """The line of the card's first stamp a few lines under its title (its summary, its
    publisher between them), if any."""
    end = min(card.title + 2 + _SOURCE_TO_STAMP, len(f.lines))
    return next((i for i in range(card.title + 1, end) if f.stamp(i) is not None), None)


def _source_over_title(f: _Features, card: _Card) -> bool:
    return card.start == card.title - 1 and f.lines[card.start] == card.source


def _kicker_line(f: _Features, index: int) -> bool:
    """A short line at ``index`` (a kicker, a fly-title): no stamp, no sentence, no meta."""
    line = f.lines[index] if index >= 0 else ""
    return (
        bool(line)
        and _words(line) <= _KICKER_MAX_WORDS
        and not f.is_meta(index)
        and not _is_prose(line)
    )


def _sources_over_stamps(f: _Features, listed: list[_Card]) -> None:
    """A list whose cards print a name between title and stamp (title / "Harbour Post" /
    "2h"), one of them read as its source: the name in that slot is each card's source,
    whatever stands over its title (a chip: "Climate", "ANALYSIS"), in most cards of the
    list (read card by card, a name no vocabulary knows is left null when the card before
    took none: the list's other cards show the slot holds publishers)."""
    names = [_name_over_stamp(f, card) for card in listed]
    if any(name is not None and _strong_publisher(name) for name in names):
        # (an agency in the slot: a name the list repeats there is a channel, no menu item)
        names = [_name_over_stamp(f, card, slot=True) for card in listed]
    pairs = list(zip(listed, names, strict=True))
    if 2 * sum(name is not None for name in names) <= len(listed) or not any(
        name is not None and card.source == name for card, name in pairs
    ):
        return
    for card, name in pairs:
        if card.source is None or (name is not None and _chip_over_slot(f, card, name)):
            card.source = name


def _chip_over_slot(f: _Features, card: _Card, name: str) -> bool:
    """Chip / title / name / stamp: the name right under the title, right over the stamp,
    outranks the line over the title (a menu item or chip read as its source); in a list
    that prints each source first, a name over a stamp two lines under the title is the next
    card's ("Bloomberg" / title / stamp)."""
    under = card.title + 1
    return (
        card.start < card.title
        and under + 1 < len(f.lines)
        and f.lines[under] == name
        and f.stamp(under + 1) is not None
    )


def _name_over_stamp(f: _Features, card: _Card, *, slot: bool = False) -> str | None:
    """A publisher's name right over a card's stamp, under its title (and its summary): the
    first stamp a few lines under the title; with ``slot``, also a name the list repeats
    there (``_slot_publisher``). None when the stamp stands right under the title: the card
    prints no name there, and the name over the next stamp is the next card's."""
    stamp = _stamp_under_title(f, card)
    if stamp is None or stamp == card.title + 1 or f.is_meta(stamp - 1):
        return None
    name = f.lines[stamp - 1]
    return (
        name
        if _words(name) <= _SHORT_NAME_WORDS
        and (_segment_source(f, name) or (slot and _slot_publisher(f, name)))
        else None
    )


def _slot_publisher(f: _Features, name: str) -> bool:
    """A name printed again and again in the slot over the cards' stamps ("Southern Cross
    News" under each clip's title): the channel that publishes them, not a menu item (a
    person's name, a section's, is none)."""
    return _is_publisher(name, f, slot=True) and not _person_shaped(name)


def _under_loose_title(f: _Features, name: int, taken: set[int]) -> bool:
    """The name line at ``name`` is under a title-like line no card took ("Get three quotes
    today" / "Brandname" / the next card's title: an ad's title and its advertiser, its
    label removed): in a list that prints names under titles, the name is that line's."""
    above = name - 1
    return above >= 0 and above not in taken and bool(f.lines[above]) and f.is_title(above)


def _names_under_title(f: _Features, card: _Card) -> bool:
    """The card prints a name line between its title and its stamp (title / "bay-courier" /
    stamp): its source is under its title, not over it."""
    return any(_name_line(f, index) for index in range(card.title + 1, card.body_from))


def _masthead_over_title(f: _Features, card: _Card) -> bool:
    """The page's masthead, the site's name its host spells ("Yahoo Sports" on
    sports.yahoo.com), printed again right over the card's title ("Yahoo Sports" / title /
    "1h ago"): the site's own story among partners' in a list of publishers' cards, in the
    slot where the others print theirs (a repeated line, so no ``_name_line``). A menu's
    first item ("Frankfurt") over a card is a kicker."""
    masthead = f.masthead()
    above = f.lines[card.title - 1] if card.title > 0 else ""
    return (
        above == masthead
        and not f.is_meta(card.title - 1)
        and set(masthead.casefold().split()) <= _site_keys(f.url)
    )


def _head_name(f: _Features, card: _Card, taken: set[int]) -> int | None:
    """The line of the name a card prints first: its source's line, the name line over its
    stamp ("Belga" / stamp / title), or a name line right over it (``_name_line``)."""
    if _sourced_first(f, card) or (card.start < card.title and _name_line(f, card.start)):
        return card.start
    slot = card.start - 1
    return slot if slot >= 0 and slot not in taken and _name_line(f, slot) else None


def _listed_publisher(card: _Card) -> bool:
    """The card's source shows the list prints publishers: a name that is not one word in
    capitals ("ROMA", "LOCAL": as often a place's or a section's kicker), or an agency's."""
    name = card.source or ""
    return _strong_publisher(name) or not (name.isupper() and " " not in name)


def _strong_publisher(name: str) -> bool:
    """A news agency's or an outlet's name, or a domain: a publisher in any list."""
    return _agency_name(name) or _outlet_name(name) or _is_domain(name)


def _name_line(f: _Features, index: int) -> bool:
    """A publisher-like name line at ``index`` over a card: short, no sentence, no stamp, no
    section's name, no menu item, no person's name, not the last line of a text above."""
    line = f.lines[index]
    return (
        bool(line)
        and _words(line) <= _SHORT_NAME_WORDS
        and not f.is_meta(index)
        and not _is_prose(line)
        and (_is_source_name(line) or line.isupper())
        and not is_section_name(line)
        and line.casefold() not in f.repeated
        and not _person_shaped(line)
        and not (index > 0 and f.lines[index - 1] and _is_prose(f.lines[index - 1]))
    )


def _stamped_cards(
    f: _Features, begin: int, skip: set[int]
) -> tuple[list[_Card], set[int], "_Layout"]:
    """Cards anchored on time stamps at or after ``begin`` (sorted); the lines they use; the
    page's layout (``_card_layout``). A masthead's date over its weather (``_masthead_date``)
    anchors no card: its line is taken."""
    taken: set[int] = set(skip)
    cards = _one_line_cards(f, begin, taken)
    cards.extend(_periodic_cards(f, begin, taken))
    layout = _card_layout(f, begin, skip)
    previous: _Card | None = None  # the card before, for the list's shape
    chip_slot = False  # the card before was read as title / [summary] / chip / stamp
    clocked: set[str] = set()  # the cards' stamps with a clock (``_clock_key``)
    # "Source · 3h" lines under the page's titles: its cards print their publishers there
    meta_sources = (
        sum(1 for index in f.stamp_lines if (meta := f.metas[index]) is not None and meta[0])
        >= _SOURCED_PAGE
    )
    lone_person_publisher = _lone_person_in_publisher_slot(f)
    closing = _titles_first(f, begin, skip)
    for anchor in range(begin, len(f.lines)):
        if anchor in taken or (f.stamp(anchor) is None and not _source_header(f, anchor)):
            continue
        if _masthead_date(f, anchor):
            taken.add(anchor)
            continue
        cluster = _cluster(f, anchor, begin, taken, layout)
        cluster.closing = closing[anchor]
        cluster.sourced_list = previous is not None and _sourced_first(f, previous)
        cluster.sourced_under = (
            previous is not None and previous.source is not None and not cluster.sourced_list
        )
        cluster.chipped_list = previous is not None and _section_over(f, previous.title)
        cluster.meta_list = previous is not None and _opens_on_meta(f, previous)
        cluster.chip_slot_list = chip_slot
        cluster.meta_sources = meta_sources
        if cluster.by_author and cluster.source == lone_person_publisher:
            cluster.by_author = False
        if _video_in_text(f, cluster):
            taken.update((cluster.above, anchor))
            continue
        if _length_over_stamped_title(f, cluster):
            taken.add(anchor)  # (the title's own stamp under it heads its card)
            continue
        for shape in _CARD_SHAPES:
            card = shape(cluster)
            if card is not None:
                break
        if card is None:  # the stamp heads no card: its lines (and a name over it) are used
            taken.update(
                range(cluster.above if cluster.named_above else cluster.start, cluster.end)
            )
            continue
        if not card.inline:
            _above_card(
                f, card, anchor, taken,
                sourced_list=cluster.sourced_list,
                sourced_under=cluster.sourced_under, chipped=cluster.chipped_list,
            )  # fmt: skip
        taken.update(range(card.start, card.body_from), range(anchor, cluster.end))
        clock = _clock_key(card)
        if clock in clocked:
            continue  # the article's stamp printed again after its text, with its trailer
        if clock is not None:
            clocked.add(clock)
        cards.append(card)
        previous = card
        chip_slot = shape is _title_summary_chip_stamp
    cards.sort(key=_CARD_START)
    return cards, taken, layout


def _lone_person_in_publisher_slot(f: _Features) -> str | None:
    """The one person-shaped name in the page's "Name · 3h" lines when every other one, at
    least ``_PUBLISHER_SLOT_MIN``, is no person's ("Star Tribune · 5h", "KSTP · 4h", "Sun
    Current · 1d"): in the slot where each card prints its publisher, it is a publisher's
    name too, not an author's. None otherwise (a feed of authors' names keeps them)."""
    names = [name for index in f.stamp_lines if (name := f.meta_name(index))]
    persons = {name for name in names if _author_name(name)}
    if len(persons) != 1 or len(names) - sum(name in persons for name in names) < (
        _PUBLISHER_SLOT_MIN
    ):
        return None
    return next(iter(persons))


_PUBLISHER_SLOT_MIN = 3  # other cards' publishers that make a person-shaped name one too


def _periodic_cards(f: _Features, begin: int, taken: set[int]) -> list[_Card]:
    """A run of cards that each print the same lines between title and stamp, one extra
    line or two ("By Mike Lillis", a bare author, a place, a section, a summary) beside
    their source (title / extra / "The Hill" / "2 hours ago", …): stamps at one distance
    (``_PERIOD_LINES``) in one block, each card's title right under the stamp before (or
    the block's top), the run ending on its last stamp. Read stamp by stamp, the extra
    line heads the list, the first card is lost and every source and stamp moves one card
    down. Each card's lines sit in the same slots, so the slots tell them: the title first,
    the stamp last, a publisher in every card's slot right over it the source (null beats
    wrong), summary lines its text, other short lines its furniture (``taken``)."""
    cards: list[_Card] = []
    stamps = [index for index in f.stamp_lines if index >= begin and index not in taken]
    at = 0
    while at < len(stamps):
        period = stamps[at + 1] - stamps[at] if at + 1 < len(stamps) else 0
        end = at + 1
        while end < len(stamps) and stamps[end] - stamps[end - 1] == period:
            end += 1
        run = stamps[at:end]
        if (
            period in _PERIOD_LINES
            and len(run) > _PERIODIC_MIN_CARDS
            and _list_update_stamp(f, run)
        ):
            taken.add(run[0])
            run = run[1:]
        if period in _PERIOD_LINES and len(run) >= _PERIODIC_MIN_CARDS:
            read = _periodic_run(f, begin, run, period, taken) or _summaries_under_stamps(
                f, begin, run, period, taken
            )
            cards.extend(read)
        at = end if len(run) > 1 else at + 1
    return cards


def _list_update_stamp(f: _Features, run: list[int]) -> bool:
    """The run's first stamp says when the list was updated ("Top Stories" / "Updated 11:02
    PM" / title / source / "2h" / …), its cards' stamps say when each was published: it
    is the list's own stamp, over the first title, that one line short of the period
    joined the run by chance. Read with the run, every stamp moves one card up."""
    stamps = [f.stamp(index) or "" for index in run]
    over = f.lines[run[0] - 1] if run[0] > 0 else ""
    return (
        is_update_stamp(stamps[0])
        and not any(map(is_update_stamp, stamps[1:]))
        # the list's heading over it (or the blank clean left of it), no first card's title
        and (not over or announces_list(over))
    )


def _periodic_run(
    f: _Features, begin: int, run: list[int], period: int, taken: set[int]
) -> list[_Card]:
    """The cards of the stamps ``run`` (``_periodic_cards``), or none when the run is not
    that shape: a blank or a used line inside it, a card's top that is no headline, slots
    that differ from card to card, a title under the last stamp (stamp / title / … then
    reads the other way up: a clock list), or a first title the URL's slug names (the page
    is that story's: its header, no card)."""
    lines = f.lines
    top, last = run[0] - period + 1, run[-1]
    if (
        top < begin
        or _slug_story(f, top)  # (the page's own story's header over cards laid out like it)
        or any(not lines[index] or index in taken for index in range(top, last + 1))
        or (last + 1 < len(lines) and lines[last + 1] and f.is_title(last + 1))
    ):
        return []
    slots = [
        [_slot_kind(f, stamp - period + 1 + offset) for stamp in run]
        for offset in range(period - 1)
    ]
    if (
        any(kind != "T" for kind in slots[0])
        # (two headlines: a kicker over the title, or a sub-headline under it? the stamps')
        or any("T" in kinds for kinds in slots[1:])
        or any(len({_SLOT_CLASS[kind] for kind in kinds}) > 1 for kinds in slots[1:])
    ):
        return []
    named = period == _NAMED_PERIOD  # (title / name / stamp: the name's slot or no list)
    if not named:
        source_slot = _publisher_slot(f, run, period, slots)
    else:
        source_slot = 1 if _names_slot(f, [stamp - 1 for stamp in run]) else _UNSURE_SLOT
    if source_slot == _UNSURE_SLOT:
        return []  # (names that may be publishers, none read as one: left to the stamps)
    summary = [offset for offset in range(1, period - 1) if slots[offset][0] == "P"]
    cards: list[_Card] = []
    for stamp in run:
        title = stamp - period + 1
        source = f.lines[title + source_slot] if source_slot is not None else None
        if source is not None and named and not _named_source(f, source):
            source = None  # (a chip or an author among the list's publishers: null beats wrong)
        text = [title + offset for offset in summary]  # (a summary's sentences: its text)
        body_from = text[0] if text else (stamp + 1 if named else title + 1)
        cards.append(
            _Card(title, title, body_from, source and (_brand(source) or source), f.stamp(stamp))
        )
        taken.update(index for index in range(title, stamp + 1) if index not in text)
    return cards


def _publisher_slot(
    f: _Features, run: list[int], period: int, slots: list[list[str]]
) -> int | None:
    """The slot of a periodic run's cards (its offset from the title) that prints their
    publishers: names in every card, most of them read as publishers ("The Wall Street
    Journal"), none a byline, a person's name, a section's or a place's; of two, the one
    with more publishers read, then the nearer the stamp. None: no publisher and no slot of
    names (no source); ``_UNSURE_SLOT``: a publisher read elsewhere, or names too few of
    which read as publishers (left to the stamps' reading)."""
    best: tuple[int, int] | None = None
    for offset in range(1, period - 1):
        kinds = slots[offset]
        names = [stamp - period + 1 + offset for stamp in run]
        if any(kind not in "AN" for kind in kinds) or any(
            f.bylines[index]
            or _person_shaped(f.lines[index])
            or is_section_name(f.lines[index])
            or _place_line(f.lines[index])
            for index in names
        ):
            continue
        if best is None or kinds.count("A") >= best[0]:
            best = (kinds.count("A"), offset)
    if best is not None and 2 * best[0] > len(run):
        return best[1]
    # (a publisher read in a slot refused, or in too few cards: the stamps' reading decides)
    read = any("A" in slots[offset] for offset in range(1, period - 1))
    return _UNSURE_SLOT if read or best is not None else None


def _names_slot(f: _Features, names: list[int]) -> bool:
    """The line between each title and stamp of a run of title / name / stamp cards is their
    publisher's: at least two read as source names, and every one is shaped like a name
    whatever its case or digits ("heise online", "9to5Mac", "FOX 5 DC", "20 minutes"), none
    a byline, a person's name, a section, a place or a label ("Kommentar"). Read stamp by
    stamp, names the source test refuses head the next card: the first card is lost and
    every source and stamp moves one card down. A name printed on several cards is a topic's
    chip ("Premier League") or, but for its number, a series' label ("Folge 48", "Folge
    47"), unless it is on all of them and is an agency's, an outlet's or a domain
    (``_strong_publisher``): otherwise the stamps decide."""
    lines = [f.lines[index] for index in names]
    counts = Counter(_DIGITS.sub("#", line) for line in lines)  # ("Folge 48", "Folge 47")
    return (
        sum(map(_is_source_name, lines)) >= _SLOT_SOURCES_MIN
        and sum(_named_source(f, line) for line in lines) >= _SLOT_SOURCES_MIN
        and any(map(_unread_name, lines))  # (else the stamps read every name as it is)
        and (len(counts) == len(lines) or (len(counts) == 1 and _strong_publisher(lines[0])))
        and not any(
            f.bylines[index]
            or not _name_shape(line)
            or _author_name(line)
            or is_section_name(line)
            or line.casefold() in _column_labels()
            or _place_line(line)
            or _YEARS_EVENT.search(line)  # (a slot of topics' and events' chips)
            for index, line in zip(names, lines, strict=True)
        )
    )


def _named_source(f: _Features, name: str) -> bool:
    """A name in a title / name / stamp list's slot that is its card's publisher: one the
    source test reads, an outlet's shape, or one that test refuses for its shape alone
    (``_unread_name``); no event's name closed by its year ("LA 2028", "Wahl 2026")."""
    return _YEARS_EVENT.search(name) is None and (
        _unread_name(name) or outlet_shaped(name) or _segment_source(f, name)
    )


def _unread_name(name: str) -> bool:
    """A publisher's name the source test refuses for its shape: holding a digit ("9to5Mac",
    "FOX 5 DC", "20 minutes"), one lower-case word that is no control's label nor a word a
    card prints as its chip ("watson", "franceinfo"; not "abo", "plus"), or a masthead that
    reads as a person's ("Le Monde", "Le Parisien"). Lower-case words in a row are as often
    a label ("nur online") as a brand ("heise online"): the card keeps no source, null
    beats wrong."""
    return (
        any(char.isdigit() for char in name)
        or (
            " " not in name
            and not name[:1].isupper()
            and not is_ui_control(name)
            and name not in english_words()  # ("plus", "live": chips)
        )
        or (masthead_shape(name) and _person_shaped(name))
    )


def _name_shape(line: str) -> bool:
    """A short line with no sentence's punctuation (a domain's dots aside): a name's shape."""
    words = line.split()
    return (
        len(words) <= _SLOT_NAME_MAX_WORDS
        and not any(mark in word for word in words for mark in ",;:!?")
        and (line[-1:] != "." or _is_domain(line))
        and not _is_prose(line)
    )


def _summary_text(f: _Features, index: int) -> bool:
    """A card's summary line as a token tells it (``_slot_kind``, ``_segment_token``): prose,
    a brief sentence, or a standfirst printed without its stop (``_unstopped_deck``)."""
    line = f.lines[index]
    return _is_prose(line) or _brief_sentence(line) or _unstopped_deck(f, index, 0, set())


def _slot_kind(f: _Features, index: int) -> str:
    """A periodic card's line as its slot tells it: a headline "T", summary text "P", a
    publisher "A", a stamp "S", another short line "N" (a byline, an author, a place, a
    section)."""
    line = f.lines[index]
    if f.stamp(index) is not None:
        return "S"
    if f.bylines[index] or _is_name(line) or f.is_meta(index):
        return "A" if not f.bylines[index] and _segment_source(f, line) else "N"
    if _summary_text(f, index):
        return "P"
    if f.is_title(index) and _words(line) > _SUBHEADING_MAX_WORDS:
        return "T"
    return "N"


def _summaries_under_stamps(
    f: _Features, begin: int, run: list[int], period: int, taken: set[int]
) -> list[_Card]:
    """The cards of a periodic run printed title / name(s) / stamp / summary, the summary a
    headline's shape (no stop): "Congress passes budget…" / "The Hill" / "2 hours ago" /
    "Lawmakers approved the measure late on Friday night". Read title-first, each summary
    titles the next card and every headline is lost. The reading holds when every card's
    top is a headline with a name right under it, a publisher's in two cards at least, the
    summaries are longer than the headlines, the last stamp has one line under it that ends
    the block, and no line is blank or used:
    else none (the stamps decide). The name over the stamp is the source when it is a
    publisher's (null beats wrong); the summary is the card's text."""
    lines = f.lines
    top, last = run[0] - period + 2, run[-1]
    if (
        period < _NAMED_PERIOD + 1  # (a name line at least between title and stamp)
        or top < begin
        or last + 1 >= len(lines)
        or any(not lines[index] or index in taken for index in range(top, last + 2))
        or (last + 2 < len(lines) and lines[last + 2])
    ):
        return []
    if (
        any(
            _slot_kind(f, stamp - period + 2) != "T"
            or _slot_kind(f, stamp + 1) not in "TP"
            or any(_slot_kind(f, index) not in "AN" for index in range(stamp - period + 3, stamp))
            for stamp in run
        )
        or sum(_segment_source(f, lines[stamp - 1]) for stamp in run) < _SLOT_SOURCES_MIN
        # (a summary runs longer than its headline: read one line down, a title / deck /
        # source / stamp list with a line under it has its decks over shorter headlines)
        or sum(len(lines[stamp + 1]) - len(lines[stamp - period + 2]) for stamp in run) <= 0
    ):
        return []
    cards: list[_Card] = []
    for stamp in run:
        title, name = stamp - period + 2, lines[stamp - 1]
        source = (_brand(name) or name) if _segment_source(f, name) else None
        cards.append(
            _Card(title, title, stamp + 1, source, f.stamp(stamp), summary_under_meta=True)
        )
        taken.update(range(title, stamp + 1))
    return cards


def _masthead_date(f: _Features, stamp: int) -> bool:
    """The page's date in its masthead, under the site's own name or over the weather
    ("Donnerstag, 12. März 2026" / "Berlin 4 °C", "lunes, 3 de agosto" / "Buenos Aires" /
    "12°"): the page's first stamp, a calendar date (no clock, no age: "2 hours ago" closes
    a card) with the site's name right over it (``_own_site``) and no headline or text
    above them, or with a weather line right under it or one line further and no card's
    text or stamp under the weather (a short heat headline, "Phoenix Hits 118°F" /
    summary, keeps its card's date); or a date opening on its weekday under menu lines only
    and over no headline with its text (``_under_menu_only``: "Regional" / "Sonntag,
    29.11.2026")."""
    stamp_text = f.stamp(stamp)
    if (
        stamp_text is None
        or f.stamp_lines[:1] != [stamp]
        or has_clock(stamp_text)
        or is_relative_age(stamp_text)
    ):
        return False
    lines = f.lines
    if opens_with_weekday(stamp_text) and _under_menu_only(f, stamp):
        return True
    if _over_topic_heading(f, stamp, stamp_text):
        return True
    if stamp > 0 and _own_site(lines[stamp - 1], _site_keys(f.url)):
        # the site's own name over the day's date ("Le Courrier de France"), at the page's
        # top: no headline or text above it (under a card's summary, its publisher)
        return not any(f.is_title(i) or _is_prose(lines[i]) for i in range(stamp - 1))
    near = range(stamp + 1, min(stamp + 3, len(lines)))
    weather = next((index for index in near if _weather_line(lines[index])), None)
    if weather is None:
        return False
    below = weather + 1
    return below == len(lines) or (f.stamp(below) is None and not _is_prose(lines[below]))


def _under_menu_only(f: _Features, stamp: int) -> bool:
    """Only menu lines over the date at ``stamp`` (two at least, each short, no sentence:
    "Regional" / "Sonntag, 29.11.2026"), and no text under it: the page's top, where no
    headline stands (an article's date under its headline has a longer line over it). A
    headline with its text right under the date ("Samedi 28 novembre 2026" / headline /
    lede or summary) is dated by it: the article's date, or a dated list's first card;
    unless the headline's own stamp stands under its lede ("Samstag, 29. November 2026" /
    headline / lede / byline / "27.11.2026, 18:40 Uhr": the masthead's day over the lead)."""
    under = stamp + 1
    return (
        _menu_over(f, stamp)
        and not (under < len(f.lines) and _is_prose(f.lines[under]))
        and not (_headline_over_text(f, under) and not _stamped_header(f, under))
    )


def _menu_over(f: _Features, stamp: int) -> bool:
    """Only menu lines over the line at ``stamp``: two at least, each short, no sentence."""
    above = [line for line in f.lines[:stamp] if line]
    return len(above) >= _MASTHEAD_MENU_MIN and all(
        _words(line) <= _HEADER_MAX_WORDS and not _is_prose(line) for line in above
    )


def _over_topic_heading(f: _Features, stamp: int, stamp_text: str) -> bool:
    """The day's date opening on its weekday ("Thursday, March 12, 2026") under menu lines
    only, over a topic page's heading, its one-line description and a follow button
    (``_follow_under_deck``): the masthead's date over the page's own heading, no card."""
    return (
        names_weekday_first(stamp_text)
        and _follow_under_deck(f, stamp + 1)
        and _menu_over(f, stamp)
    )


def _follow_under_deck(f: _Features, heading: int) -> bool:
    """A follow button under the heading at ``heading`` and its one-line description
    ("Climate & Energy" / "Latest stories about …" / "Follow topic"): a topic page's own
    heading over its cards, no card the masthead's date stamps."""
    button = heading + 2
    if button >= len(f.lines) or not f.lines[button]:
        return False
    words = f.lines[button].casefold().split()
    return len(words) <= _FOLLOW_BUTTON_WORDS and words[0] in _ui_words().follow


_FOLLOW_BUTTON_WORDS = 3  # "Follow", "Follow topic", "Follow this topic"


def _stamped_header(f: _Features, headline: int) -> bool:
    """A stamp among the lines right under the headline at ``headline`` (lede, byline,
    stamp): the article's own date; not the next card's date over its own headline and
    summary (a dated list: "Freitag, 27.11.2026" / title / summary)."""
    header = range(headline + 2, min(headline + 2 + _HEADER_STAMP_LINES, len(f.lines)))
    return any(
        f.stamp(index) is not None and not _headline_over_text(f, index + 1) for index in header
    )


_HEADER_STAMP_LINES = 2  # under a headline's lede: a byline, then the stamp


def _headline_over_text(f: _Features, index: int) -> bool:
    """A title at ``index`` with a sentence right under it (headline / lede, title /
    summary)."""
    return index + 1 < len(f.lines) and f.is_title(index) and _is_prose(f.lines[index + 1])


_MASTHEAD_MENU_MIN = 2  # menu lines over a masthead's date (the site's name, an item)


def _titles_first(f: _Features, begin: int, skip: set[int]) -> list[bool]:
    """The lines of blocks (between blank lines, where clean took a heading) whose first
    card prints its title first: a headline opens the block and a stamp follows it under
    a summary, a byline or a name at most (title / [summary] / [byline, source or chip] /
    stamp), and no card of title and summary follows the last stamp (stamp / title /
    summary cards under a first card without a stamp). In such a list each stamp closes
    the card above it, also where a title follows the stamp."""
    lines = f.lines
    n = len(lines)
    closing = [False] * n
    start = begin
    while start < n:
        end = start
        while end < n and lines[end]:
            end += 1
        if (
            end > start
            and _title_opens(f, start, end, skip)
            and not _card_closes(f, start, end, skip)
        ):
            closing[start:end] = [True] * (end - start)
        start = end + 1
    return closing


def _first_kept(start: int, end: int, skip: set[int]) -> int:
    """The block's first line not in ``skip``: an ad's card over the block's first card
    (its title and advertiser, no blank under them) tells nothing of the cards' order."""
    while start < end and start in skip:
        start += 1
    return start


def _title_opens(f: _Features, start: int, end: int, skip: set[int]) -> bool:
    """The block [start, end) opens with a title / [summary] / [name] / stamp card, under
    an ad's lines at its top maybe (``_first_kept``) or a place's heading."""
    lines = f.lines
    guard = _over_blanks(f, start)  # (a headline under an ad's lines: the ad's?)
    start = _first_kept(start, end, skip)
    if start + 1 < end and _place_line(lines[start]) and f.stamp(start) is None:
        start += 1  # (a local feed's place heading over its first card: "Columbus, OH")
    # (a stamp under the title, its summary lines and one byline or name line)
    reach = range(start + 1, min(end, start + _MAX_DECK_LINES + 3))
    stamp = next((index for index in reach if f.stamp(index) is not None), None)
    return (
        stamp is not None  # (asked first: most blocks have no stamp near their top)
        and guard not in skip
        and f.is_title(start)
        and not _is_name(lines[start])
        and all(
            f.bylines[index] or _is_prose(lines[index]) or _words(lines[index]) <= _SHORT_NAME_WORDS
            for index in range(start + 1, stamp)
        )
    )


def _clock_key(card: _Card) -> str | None:
    """The card's stamp, when it has a clock, as compared with the other cards': a stamp
    printed again ("First Published: Nov 28 2026 | 10:15 AM IST" under the text, also under
    another label than the header's) heads no card of its own: its instant, when it reads."""
    stamp = card.time_text
    if stamp is None or not has_clock(stamp):
        return None  # (a date alone, "27.11.2026", is shared by cards of one day)
    instant = resolve_time(stamp, None)
    return instant.isoformat() if instant is not None else _STAMP_KEY.sub("", stamp.casefold())


@dataclass(slots=True)
class _Layout:
    """How the page's cards are laid out (``_card_layout``'s vote)."""

    stamp_first: bool  # "09h42" / title / summary
    summary_first: bool  # title / summary / "2h"
    author_first: bool  # title / "Ana Medina" / "3h": a name over a stamp is an author


@dataclass(slots=True)
class _Cluster:
    """A stamp's meta lines [start, end) and what stands around them, for the card shapes."""

    f: _Features
    begin: int
    taken: set[int]
    layout: _Layout
    anchor: int
    start: int
    end: int
    above: int  # the line over them
    source: str | None  # a publisher printed among the meta lines
    time_text: str | None
    title_after: bool  # a title right under the meta lines
    named_above: bool  # a name right over them
    under_standfirst: bool  # "Headline" / "Standfirst" over them
    under_summary: bool  # "Headline" / "Standfirst" / name over them
    sourced_list: bool = False  # the card before prints its source first ("AP" / title / stamp)
    meta_list: bool = False  # the card before opens on its "Source · 3h" line, its title under it
    sourced_under: bool = False  # the card before prints its source under its title
    chipped_list: bool = False  # the card before has a section's name over its title
    chip_slot_list: bool = False  # the card before prints a section chip right over its stamp
    meta_sources: bool = False  # the page's cards print "Source · 3h" lines under their titles
    closing: bool = False  # in a block whose first card prints its title first (``_titles_first``)
    by_author: bool = False  # ``source`` is a person's name in a "Name · 3h" line

    def card(self, start: int, title: int, body_from: int, source: str | None = None) -> _Card:
        """A card of these meta lines; ``source`` when they print none (or an author's name:
        null beats wrong)."""
        printed = None if self.by_author else self.source
        return _Card(start, title, body_from, printed or source, self.time_text)


def _cluster(f: _Features, anchor: int, begin: int, taken: set[int], layout: _Layout) -> _Cluster:
    lines = f.lines
    start = _cluster_start(f, anchor, begin, taken)
    end = _cluster_end(f, anchor + 1, taken)
    title_after = (
        end < len(lines)
        and end not in taken
        and bool(lines[end])
        and f.is_title(end)
        and not _credit_only(lines, end + 1)  # a caption, its credit on the next line
    )
    source = _cluster_source(f, start, end)
    if source is None and title_after and _source_over_place(f, anchor, begin, taken):
        start, source = min(start, anchor - 2), lines[anchor - 2]
    above = start - 1
    named_above = above >= begin and above not in taken and _is_source_name(lines[above])
    cluster = _Cluster(
        f,
        begin,
        taken,
        layout,
        anchor,
        start,
        end,
        above,
        source,
        _cluster_stamp(f, start, end),
        title_after,
        named_above,
        _under_standfirst(f, above, begin, taken),
        named_above and _under_standfirst(f, above - 1, begin, taken),
    )
    cluster.by_author = source is not None and _meta_author(f, start, end, source)
    return cluster


def _meta_author(f: _Features, start: int, end: int, name: str) -> bool:
    """``name`` is printed in a "Name · 3h" line of the meta lines [start, end) and is a
    person's ("Ilse Marwood • Nov 27"): the card's author, no publisher. (It still tells the
    card's shape: a name printed with the stamp.)"""
    return (
        any(f.meta_name(index) == name for index in range(start, end))
        and _author_name(name)
        and not _brand(name)
    )


def _cluster_source(f: _Features, start: int, end: int) -> str | None:
    """The publisher a card's meta lines print: "- Reuters", "BBC · 2h", "By AFP"."""
    for index in range(start, end):
        named = f.sources[index] or f.meta_name(index)
        if named or (named := _agency_byline(f.lines[index], f, index)):
            return named
        if named := _reporters_agency(f, index):  # "Von Miriam Olbrich, dpa"
            return named
        if f.bylines[index] and (named := _author_publisher(f, f.lines[index])):
            return named
        if named := _river_publisher(f, index):
            return named
    return None


def _author_publisher(f: _Features, line: str) -> str | None:
    """ "Nimal Fernando, EconomyNext" on a page whose cards print their publishers: the
    author's publisher (not a place, "Beat Kälin, Bern", nor a role, "…, Rail Correspondent")."""
    name, comma, publisher = line.partition(", ")
    return (
        publisher
        if comma
        and f.printed_sources >= _SOURCED_PAGE
        and _person_name(name)
        and _is_source_name(publisher)
        and not _place_line(publisher)
        and not _names_role(publisher)  # a role
        else None
    )


def _source_over_place(f: _Features, anchor: int, begin: int, taken: set[int]) -> bool:
    """ "KHOU 11" / "Houston, TX" / "2h": a card's source over the story's place, over the
    stamp."""
    source, place = anchor - 2, anchor - 1
    return (
        source >= begin
        and not {source, place} & taken
        and bool(f.lines[source])
        and bool(f.lines[place])
        and _place_line(f.lines[place])
        and _is_source_name(f.lines[source])
        and not _place_line(f.lines[source])
    )


def _card_closes(f: _Features, start: int, end: int, skip: set[int]) -> bool:
    """A card under the last stamp of the block [start, end), the card the stamp heads: a
    title over a summary, or a bare clock's chip over a title ("09h15" / "Sport" / title,
    a fil info's last card: read title first, that title would be left without a stamp)."""
    last = max(index for index in range(start, end) if f.stamp(index) is not None)
    return _chip_under_stamp(f, last, skip) or any(
        f.is_title(index) and _is_prose(f.lines[index + 1]) for index in range(last + 1, end - 1)
    )


def _closing_stamp(c: _Cluster) -> _Card | None:
    """Title / [summary] / [source or chip] / stamp, then a title, in a block whose first
    card prints its title first: the stamp closes the card above (the list's shape), not
    the title under it. A name over the stamp is the card's source when it is a
    publisher's, else an author or a chip (null beats wrong). A short heading right over
    "Source · 3h" / title is the list's (``_heading_over_meta``), no card's title; so is a
    place alone over the first title (``_place_heading_over``)."""
    if not (c.closing and c.title_after):
        return None
    f, index = c.f, c.above
    name: int | None = None
    if (
        index >= c.begin
        and index not in c.taken
        and f.lines[index]
        and _words(f.lines[index]) <= _SHORT_NAME_WORDS
        and _is_source_name(f.lines[index])
        and not _is_prose(f.lines[index])
    ):
        name, index = index, index - 1
    summary = 0
    while (
        summary < _MAX_DECK_LINES
        and index >= c.begin
        and index not in c.taken
        and f.lines[index]
        and _is_prose(f.lines[index])
    ):
        summary, index = summary + 1, index - 1
    if (
        not _free_title(f, index, c.taken)
        or _is_name(f.lines[index])
        or not (_block_top(c, index) or _place_heading_over(c, index))
        or (index == c.above and _heading_over_meta(c, index) and not _stamp_ends_pairs(f, c.end))
    ):
        return None
    source = None
    if name is not None:  # a publisher as ``_title_name_stamp`` reads one, not an author
        source = _brand(f.lines[name]) or _listed_source(c)
        c.taken.add(name)  # (no text of the card: its source, author or chip)
    return c.card(index, index, index + 1 if index + 1 < c.start else c.end, source)


def _block_top(c: _Cluster, index: int) -> bool:
    """Line ``index`` opens its block: the cluster's first line, or under a blank line or
    a line another card took."""
    return index == c.begin or not c.f.lines[index - 1] or index - 1 in c.taken


def _place_heading_over(c: _Cluster, title: int) -> bool:
    """A place alone on the line over the block's first title ("Columbus, OH" over title /
    source / "Columbus, OH · 4h"): a local feed's heading, not the card's (a card prints its
    place with its stamp)."""
    heading = title - 1
    return (
        heading not in c.taken
        and _place_line(c.f.lines[heading])
        and c.f.stamp(heading) is None
        and _block_top(c, heading)
    )


def _stamp_ends_pairs(f: _Features, title: int) -> bool:
    """From ``title`` to its block's end the lines go title / stamp (or "Source · 3h") in
    pairs, the block's last line a stamp: read stamp over title, that last stamp would head
    no card, so each stamp closes the title over it, and a short line over the first one is
    the first card's title ("Gaza ceasefire holds" / "Reuters · 2 hours ago" / …), no
    heading of the list. Looked through for at most ``_PAIRED_LIST_MAX`` pairs."""
    lines = f.lines
    n = len(lines)
    for index in range(title, min(n, title + 2 * _PAIRED_LIST_MAX), 2):
        if not _pair_title(f, index):
            return False
        if index + 1 >= n or f.stamp(index + 1) is None:
            return False
        if index + 2 >= n or not lines[index + 2]:
            return True
    return False


def _pair_title(f: _Features, index: int) -> bool:
    """Line ``index`` is the title of a stamp / title pair: a title, no blank or meta line."""
    return bool(f.lines[index]) and not f.is_meta(index) and f.is_title(index)


def _heading_over_stamp_pairs(f: _Features, heading: int) -> bool:
    """The mirror of ``_stamp_ends_pairs``: under a short line the lines go stamp / title in
    pairs (at least ``_STAMP_FIRST_MIN``, a chip allowed between: "Posted 12m ago" /
    "Queensland" / title), the last title with no stamp under it. Read title over stamp,
    that last story would be lost and the short line ("Le fil info", "Just In") would be
    the first card's title: it is the list's heading, and each stamp heads the title under
    it. The heading is a short line, shorter than every title of the list; the stamps are
    bare (a "Source · 3h" line under a title closes its card); a line no longer than the
    heading closes the list ("Alle Meldungen", "Écouter RTL"): else a short first title
    under its heading, the list closing on a long link, reads the same way."""
    lines = f.lines
    n = len(lines)
    heading_words = _words(lines[heading])
    if heading_words > _SUBHEADING_MAX_WORDS:
        return False
    pairs = chipped = 0
    stamp = heading + 1
    while stamp < n and pairs < _PAIRED_LIST_MAX and _bare_stamp(f, stamp):
        title = stamp + 1
        if title + 1 < n and _chip_over_title(f, title, title + 1):
            if _known_publisher(lines[title]):
                return False  # ("hace 12 min" / "Europa Press" / title: sources, no chips)
            title += 1  # (the card's chip between its stamp and its title)
            chipped += 1
        if title >= n or not _pair_title(f, title) or _words(lines[title]) <= heading_words:
            return False
        pairs += 1
        stamp = title + 1
    if not _STAMP_FIRST_MIN <= pairs < _PAIRED_LIST_MAX:
        return False
    if stamp >= n or not lines[stamp]:  # (the block ends: chips under every stamp tell)
        return chipped == pairs
    return _words(lines[stamp]) <= heading_words


def _bare_stamp(f: _Features, index: int) -> bool:
    """A stamp line that prints no source ("vor 6 Min.", "Il y a 1 h")."""
    meta = f.metas[index]
    return f.stamp(index) is not None and (meta is None or meta[0] is None)


def _source_stamp_title(c: _Cluster) -> _Card | None:
    """ "Source" / "4 hours ago" / title (not a kicker: "Economy"; not an author on a page
    whose names over stamps are authors, under a title or summary; not a person's name
    under a headline: "Headline" / "Jessica Marr" / stamp is the article's own header; not
    under a headline right after the card before, which no card holds: "Headline" /
    "Quay Ledger" / stamp is a card of a list that mixes shapes)."""
    if not (c.named_above and c.title_after):
        return None
    f, name = c.f, c.f.lines[c.above]
    headline_over = _free_title(f, c.above - 1, c.taken)
    if (
        (c.layout.author_first and (c.under_summary or headline_over))
        # title / summary / name / stamp in a list of title / summary / stamp cards
        or (c.layout.summary_first and c.under_summary)
        # a headline, no kicker, right under the card before and over the name: the name
        # and the stamp close its card (else it would be left without one)
        or (
            headline_over
            and c.above - 2 in c.taken
            and _words(f.lines[c.above - 1]) > _KICKER_MAX_WORDS
        )
        # ("Headline" / "Ann Lee and Bo Kim" / stamp: the authors of the card above)
        or (
            (_is_person(name) or _authors_names(name))
            and headline_over
            and _words(f.lines[c.above - 1]) > _KICKER_MAX_WORDS
        )
        or (headline_over and _authors_pair_titles(c))
        # title / deck / name / stamp: ``_title_deck_name_stamp``'s
        or _unstopped_deck(f, c.above - 1, c.begin, c.taken)
        # title / chip ("Explainer") or source / stamp, then the next card (title / stamp):
        # the name and the stamp close the card of the title above
        or (headline_over and _card_follows(f, c.end, title_after=True))
    ):
        return None
    return c.card(
        c.above,
        c.end,
        c.end + 1,
        None if is_section_name(name) or _chip_name(name, f, f.lines[c.end]) else name,
    )


def _title_over_chip(c: _Cluster) -> int | None:
    """The title over the chip right over the stamp, with a summary between them or none
    (title / [summary] / "Business" / "5h ago")."""
    f, chip = c.f, c.above
    if _free_title(f, chip - 1, c.taken) and not _is_name(f.lines[chip - 1]):
        return chip - 1
    summary = chip - 1
    if (
        summary - 1 >= c.begin
        and summary not in c.taken
        and _is_prose(f.lines[summary])
        and _free_title(f, summary - 1, c.taken)
        and not _is_name(f.lines[summary - 1])
    ):
        return summary - 1
    return None


def _title_summary_chip_stamp(c: _Cluster) -> _Card | None:
    """Title / [summary] / section chip / stamp: the chip ("Environment", "Business") is no
    source, and the stamp closes the card (not the next title's). Under a card so read, a
    short phrase in sentence case in that slot is a chip too ("Your money"; a publisher's
    name is capitalised: "The Northern Post")."""
    name = c.f.lines[c.above] if c.above >= 0 else ""
    if not (
        (c.named_above and (is_section_name(name) or _chip_name(name, c.f, c.f.lines[c.above - 1])))
        or (c.chip_slot_list and c.above not in c.taken and _sentence_case_chip(name))
    ):
        return None
    title = _title_over_chip(c)
    if title is None:
        return None
    return c.card(title, title, title + 1 if title + 1 < c.above else c.end)


def _sentence_case_chip(line: str) -> bool:
    """A short phrase of lower-case words after a capital ("Your money", "Climate crisis"), no
    sentence: a section's chip, as a publisher's name is not."""
    words = line.split()
    return (
        1 < len(words) <= _CHIP_MAX_WORDS
        and line[0].isupper()
        and all(word.isalpha() and word.islower() for word in words[1:])
    )


_CHIP_MAX_WORDS = 3


def _source_stamp_chips_title(c: _Cluster) -> _Card | None:
    """ "The Canberra Times" / stamp / "ASX:QAN" / "-1.42%" / title: a publisher's header
    with ticker chips between its stamp and the headline."""
    f = c.f
    if c.title_after or not c.named_above or not _is_publisher(f.lines[c.above], f):
        return None
    index, chips = c.end, 0
    while (
        index < min(len(f.lines), c.end + 2 * _CHIPS_MAX)  # (chips and the blank lines of marks)
        and chips <= _CHIPS_MAX
        and (not f.lines[index] or _ticker_chip(f.lines[index]))
    ):
        chips += bool(f.lines[index])
        index += 1
    if (
        not chips
        or not _free_title(f, index, c.taken)
        or _is_name(f.lines[index])
        or index + 1 >= len(f.lines)
        or not _is_prose(f.lines[index + 1])
    ):
        return None
    return c.card(c.above, index, index + 1, f.lines[c.above])


def _ticker_chip(line: str) -> bool:
    """ "ASX:QAN", "-1.42%", "AAPL": a short line without a lower-case letter."""
    return line.count(" ") < _WIDGET_MAX_WORDS and not any(char.islower() for char in line)


def _stamp_then_title(c: _Cluster) -> _Card | None:
    """ "09h42" / title / summary on a page of such cards; "Author / Site:" / title. Not a
    stamp under a summary over a title with a stamp of its own under it (title / summary /
    "6h" / title / "Source · 1d", in a list that mixes shapes): it closes the card above;
    unless the title is a clip's (clean took its length over the stamp: "Video" / "1:07" /
    "ntv · vor 57 Min." / title), whose card opens on its meta line. Not a title right under
    an ad slot's label clean took ("Pubblicità" / title: ``slotted``): the ad's, the stamp
    over it the card above's."""
    if c.end in c.f.slotted:
        return None
    if c.title_after and (
        c.f.stamp(c.anchor) is None
        or (
            c.layout.stamp_first
            and not (
                c.under_standfirst
                and c.end not in c.f.clips
                and _card_follows(c.f, c.end, title_after=True, authored=True)
                and not _opens_as_before(c)
            )
        )
    ):
        return c.card(c.start, c.end, c.end + 1)
    return None


def _authors_pair_titles(c: _Cluster) -> bool:
    """Title / person / stamp / title / person: each title has its author's name right
    under it, so the stamp under the first name closes that card, not the next title's.
    (Asked by ``_source_stamp_title`` only under a free headline over the name.)"""
    f, above, under = c.f, c.above, c.end + 1
    return under < len(f.lines) and _person_name(f.lines[above]) and _person_name(f.lines[under])


def _title_name_stamp(c: _Cluster) -> _Card | None:
    """Title / author / stamp: the name is no source, unless a one-word brand ("NOS"); also
    title / author / the paper's name / stamp ("Alicia Moreno" / "Fresno Valley Courier").
    In a list whose cards print their source first, an agency's or outlet's name over the
    title is the card's source, whatever the name under it."""
    if not c.named_above:
        return None
    f, above = c.f, c.above
    if _unstopped_deck(f, above - 1, c.begin, c.taken):
        return None  # (title / deck / name / stamp: ``_title_deck_name_stamp``'s)
    if _free_title(f, above - 1, c.taken):
        title = above - 1
        head = title - 1
        if (
            c.sourced_list
            and head >= c.begin
            and head not in c.taken
            and _strong_publisher(f.lines[head])
        ):
            return c.card(head, title, c.end, f.lines[head])
        return c.card(title, title, c.end, _brand(f.lines[above]) or _listed_source(c))
    if (
        above - 2 >= c.begin
        and _is_person(f.lines[above - 1])
        and _free_title(f, above - 2, c.taken)
    ):
        return c.card(above - 2, above - 2, c.end, _brand(f.lines[above]))
    return None


def _listed_source(c: _Cluster) -> str | None:
    """The name under a card's title, over its stamp, in a list whose card before prints its
    source (over or under its title), or on a page whose cards print "Source · 3h" under
    their titles: a publisher's name ("Bloomberg"), not a person's, is this card's source
    (on the latter, a one-word name or an outlet's: "Stuff", "NZ Herald", not "Lim Jun
    Hao"). Under the card before's source, a word the page's prose uses is a kicker
    ("Sturmflut" over the stamp, "Sturmfluten" in the text), not a source. An outlet's
    name is the source on any page, even one that reads as a person's ("Kerry Independent")."""
    name = c.f.lines[c.above]
    # an outlet's name ("Harbour Times") on any page
    if _outlet_name(name) and not _names_role(name):
        return name
    publisher = _is_publisher(name, c.f) and not _is_person(name)
    listed = publisher and (
        c.sourced_list
        or (c.sourced_under and not _prose_word(c.f, name))  # (scans the page: last)
        or (c.meta_sources and " " not in name)
    )
    return name if listed else None


def _prose_word(f: _Features, name: str) -> bool:
    """A one-word ``name`` that a sentence of the page uses as a word (or its inflection)."""
    if " " in name:
        return False
    word = re.compile(rf"\b{re.escape(name)}\w{{0,2}}\b", re.IGNORECASE)
    return any(_is_prose(line) and word.search(line) for line in f.lines)


def _title_deck_name_stamp(c: _Cluster) -> _Card | None:
    """Title / deck / name / stamp: on a page whose cards close with a name over their stamp
    (``author_first``) or with their stamp under their summary (``summary_first``), or print
    "Source · 3h" under their titles (``meta_sources``: a publisher's name on a line of its
    own over the stamp is one more way to print it)."""
    if (
        (c.under_summary and (c.layout.author_first or c.layout.summary_first or c.meta_sources))
        or (
            _person_name(c.f.lines[c.above])
            and _under_standfirst(c.f, c.above - 1, c.begin, c.taken)
        )
        or (c.named_above and _unstopped_deck(c.f, c.above - 1, c.begin, c.taken))
    ):
        source = _brand(c.f.lines[c.above]) or _listed_source(c)  # (a publisher, no author)
        return c.card(c.above - 2, c.above - 2, c.above - 1, source)
    return None


# a headline over its deck is longer than most kickers ("Guerra de Rusia en Ucrania, día
# 1.112", "The race for the White House 2028": seven words), its deck longer still
_DECKED_HEADLINE_MIN_WORDS = 8
_UNSTOPPED_DECK_MIN_WORDS = 11
# a kicker's label shape: "Crisis in the Middle East: what happens next", "… 2028"
_KICKER_LABEL = re.compile(r": |\d$")


def _unstopped_deck(f: _Features, deck: int, begin: int, taken: set[int]) -> bool:
    """A standfirst printed without its full stop under its headline, over a card's name
    and stamp ("The four-day school week is a gamble we cannot afford" / "Shorter weeks
    save money on buses but cost our children hours of learning"): a title-like line
    longer than the line over it, that a headline too long for a kicker (eight words or
    more, no "Topic: …" or "… 2028" label), with the card's bare stamp under it (under an
    author's name at most). Not over the next card's top (a name or a chip over its
    title, a one-line card), nor over a "Source • 1d" line or a publisher's name (such
    lists print title / meta cards: two titles over it are two cards). Misread, a
    kicker's card loses its headline: hence the narrow test."""
    meta = deck + 1
    name = f.lines[meta] if meta < len(f.lines) else ""
    if (_person_name(name) and not _known_publisher(name)) or (
        meta < len(f.lines) and f.bylines[meta]  # ("Ann Lee and Tom Hart in Lima")
    ):
        meta += 1  # (an author's: a publisher's name under two titles may be the second's)
    placed = meta < len(f.lines) and _placed_stamp(f, meta)
    return (
        deck - 1 >= begin
        and meta < len(f.lines)
        and meta not in f.headlines  # (a card on one line: "Title · Source · Yesterday")
        and f.stamp(meta) is not None
        # (no "Source • 1d" line; a "Place - date" line is a dateline: ``_placed_stamp``)
        and not ((printed := f.metas[meta]) is not None and printed[0] and not placed)
        and _free_title(f, deck, taken)
        and _free_title(f, deck - 1, taken)
        and not _is_name(f.lines[deck - 1])
        # (over an author and a "Place - date" line, in a list of such title / deck cards,
        # a "…: …" headline is no kicker: a kicker stands on a chip line of its own there)
        and (
            not _KICKER_LABEL.search(f.lines[deck - 1])
            or (placed and _listed_deck_pair(f, deck - 1))
        )
        and _deck_lengths(f, deck - 1)
    )


def _deck_lengths(f: _Features, top: int) -> bool:
    """A headline (at ``top``) and its deck (under it) as their lengths tell them: in a list
    of title / deck cards (``_decked_list``) two lines longer than a kicker; else a headline
    too long for a kicker, a deck longer still."""
    if _listed_deck_pair(f, top):
        return True
    headline, deck = f.lines[top], f.lines[top + 1]
    return _words(headline) >= _DECKED_HEADLINE_MIN_WORDS and _words(deck) >= max(
        _UNSTOPPED_DECK_MIN_WORDS, _words(headline) + 1
    )


# cards that print two headline-length lines over a bare stamp, for the page to be a list
# of title / deck cards
_DECKED_LIST_MIN_CARDS = 2
# a headline runs about as long as its deck (a kicker over a headline, much shorter: "Inside
# the port authority's budget" over a headline of twelve words, or ten words over fifteen):
# words of the upper line per word of the lower, at least
_DECKED_PAIR_MIN_RATIO = 0.6


def _decked_pair(headline: str, deck: str) -> bool:
    """Two lines longer than a kicker, the upper about as long as the lower or longer: a
    headline over its deck, as a list of such cards prints them."""
    upper, lower = _words(headline), _words(deck)
    return min(upper, lower) > _KICKER_MAX_WORDS and upper >= _DECKED_PAIR_MIN_RATIO * lower


def _decked_list(f: _Features) -> bool:
    """Two cards or more print a headline and its deck (``_decked_pair``) over a bare
    stamp ("Bundestag beschließt höheres Kindergeld ab Januar" / "Familien erhalten 15
    Euro mehr pro Kind und Monat" / "vor 2 Std."): the list's shape says which line is
    which, the upper one the headline, the lower its deck, whatever their lengths
    (continental decks print no full stop, and run shorter than their headlines).
    Counted once per page (``_decked_cards``)."""
    if f.decked_cards is None:
        f.decked_cards = _decked_cards(f, 0)
    return f.decked_cards >= _DECKED_LIST_MIN_CARDS


def _decked_cards(f: _Features, begin: int) -> int:
    """The stamps at or after ``begin`` under a headline and its deck (``_decked_card``):
    the count ``_decked_list`` reads, one pass over those stamps."""
    stamps = f.stamp_lines[bisect_left(f.stamp_lines, begin) :]
    cards = [card for stamp in stamps if (card := _decked_card(f, stamp))]
    # (a chip over two lines may as well stand over a kicker and a headline: "Hamburg" /
    # "Der Streit um die Elbvertiefung …" / a longer headline; a chipped card whose upper
    # line runs as long as the lower shows the list's order, for a kicker is shorter
    # than its headline)
    shown = any(chipped and even for _, chipped, even in cards)
    return sum(1 for pair, chipped, _ in cards if pair or (chipped and shown))


def _decked_card(f: _Features, stamp: int) -> tuple[bool, bool, bool] | None:
    """Headline / deck over the bare stamp at ``stamp``, or over the author's name over a
    "Place - date" stamp ("La escasez de albañiles frena …" / "Los promotores advierten …" /
    "Manuel V. Gómez" / "Madrid - 28 nov 2026"): whether ``_decked_pair`` reads the two
    lines, whether a chip stands over them (``_chipped_pair``), and whether the upper line
    is as long as the lower; None for no two title lines there. (A bare date under an
    author may be the next day's heading.)"""
    top = stamp - 2
    placed = _placed_stamp(f, stamp)
    if placed and top >= 1 and _person_name(f.lines[stamp - 1]) and not f.is_meta(stamp - 1):
        top -= 1  # (the author's name between the deck and the stamp)
    if not (
        top >= 0
        and (f.times[stamp] is not None or placed)
        and f.is_title(top)
        and f.is_title(top + 1)
    ):
        return None
    upper, lower = f.lines[top], f.lines[top + 1]
    chipped = _chipped_pair(f, top)
    return (
        _decked_pair(upper, lower),
        chipped,
        _words(upper) >= _words(lower),
    )


def _placed_stamp(f: _Features, stamp: int) -> bool:
    """A "Place - date" meta line ("Madrid - 28 nov 2026"): a stamp with a dateline's place,
    no publisher."""
    printed = f.metas[stamp]
    return printed is not None and printed[0] is not None and _place_line(printed[0])


def _chipped_pair(f: _Features, top: int) -> bool:
    """A kicker chip ("Bologna", "Imola") over two lines longer than a kicker: the chip tops
    the card, so the line under it is the headline and the next its deck, whatever their
    lengths ("Autodromo, via libera al nuovo paddock" / "Il progetto da 14 milioni sarà
    pronto per la stagione 2027"). (Two labels over one headline are seldom both printed.)
    The chip opens its card: under a blank line (where clean took a heading) or under the
    card before's stamp, not under some other line ("Opted In" / "GET STARTED" / "Also from
    this source" / title / stamp: a button, over a list's heading)."""
    chip = top - 1
    return (
        chip >= 0
        and (chip == 0 or not f.lines[chip - 1] or f.stamp(chip - 1) is not None)
        and _kicker_line(f, chip)
        and f.stamp(chip) is None
        and not is_section_name(f.lines[chip])  # ("Analysis" / kicker / headline)
        and min(_words(f.lines[top]), _words(f.lines[top + 1])) > _KICKER_MAX_WORDS
    )


def _listed_deck_pair(f: _Features, top: int) -> bool:
    """A headline (at ``top``) over its deck (``_decked_pair``, ``_chipped_pair``) in a list
    of title / deck cards (``_decked_list``): the list's shape tells which line is which,
    not the lengths."""
    return _decked_list(f) and (
        _decked_pair(f.lines[top], f.lines[top + 1]) or _chipped_pair(f, top)
    )


def _listed_unstopped_deck(f: _Features, deck: int, begin: int, taken: set[int]) -> bool:
    """A standfirst without its full stop (``_unstopped_deck``) in a list of title / deck
    cards (``_decked_list``): only there is it read as a card's summary."""
    return _decked_list(f) and _unstopped_deck(f, deck, begin, taken)


def _teaser_in_text(c: _Cluster) -> _Card | None:
    """A teaser inside an article's text: the text goes on under it."""
    if _inline_teaser(c.f, c.above, c.start, c.end):
        return _Card(c.above, c.above, c.end, c.source, c.time_text, inline=True)
    return None


def _title_summary_sublink_stamp(c: _Cluster) -> _Card | None:
    """Title / summary / a shorter headline / stamp, the stamps closing the cards: the short
    line between the summary's sentence and the stamp is a related link the card prints under
    its summary ("Marginal tem trecho interditado"), neither the card's title nor a card of
    its own; the stamp closes the title over the summary. Only where the next card closes
    its summary with its stamp too (``_summary_over_next_stamp``): over a title / stamp card,
    a title / summary is a stampless card of its own ("More from" / title / deck / title /
    date). A headline as long as the one over the summary is left to the other shapes."""
    f, link = c.f, c.above
    summary, title = link - 1, link - 2
    if not (
        not c.layout.stamp_first
        and c.source is None
        and title >= c.begin
        and summary not in c.taken
        and _free_title(f, link, c.taken)
        and _free_title(f, title, c.taken)
        and not _is_prose(f.lines[link])
        and f.lines[summary][-1:] in (".", "!", "?")
        and _is_prose(f.lines[summary])
        and _words(f.lines[link]) < _words(f.lines[title])
        and _summary_over_next_stamp(f, c.end)
    ):
        return None
    c.taken.add(link)  # (no text of the card: a link to another story)
    return c.card(title, title, summary)


_NEXT_CARD_LINES = 4  # chip / title / summary / stamp


def _summary_over_next_stamp(f: _Features, index: int) -> bool:
    """The list's next card, from ``index`` ([chip] / title / summary / stamp), closes its
    summary's sentence with its stamp: the list's cards print their stamps under their
    summaries, so a title / summary with no stamp under it is no card of its own."""
    stop = min(index + _NEXT_CARD_LINES, len(f.lines))
    stamp = next((at for at in range(index, stop) if f.stamp(at) is not None), None)
    return stamp is not None and stamp > index and _is_prose(f.lines[stamp - 1])


def _title_stamp(c: _Cluster) -> _Card | None:
    """Title / stamp (not a closing paragraph; not under a note on the author: "Contributed
    to The Ledger" heads no card; not a short heading over "Source · 3h" / title: "From our
    partners")."""
    f, above = c.f, c.above
    if (
        _free_title(f, above, c.taken)
        and not _headline_over_deck(c)
        and not _heading_over_meta(c, above)
        and not _heading_over_stamp_pairs(f, above)
        and not _closing_paragraph(f, above)
        and not (above > 0 and f.lines[above - 1] and _is_bio(f.lines[above - 1], f.authors))
        and not _closes_byline_block(f, above)
    ):
        return c.card(above, above, c.end)
    return None


_BYLINE_BLOCK_LINES = 3  # name-shaped lines under a "By …" line: place, role, employer


def _closes_byline_block(f: _Features, index: int) -> bool:
    """``index`` ends a byline set over several lines ("By Ann Lee" / "Nairobi" / "Business
    reporter" / "Harbour Media Group" / stamp): the author's employer over the stamp, no
    card's title. Only short name, place or role lines stand between it and the "By" line,
    a place or a role among them (a list's next card prints its source over its title)."""
    if not _is_name(f.lines[index]):
        return False
    placed = False
    for above in range(index - 1, max(index - 1 - _BYLINE_BLOCK_LINES, -1), -1):
        line = f.lines[above]
        if f.bylines[above]:
            return placed
        if not line:
            return False
        if _place_line(line) or _role_line(line):
            placed = True
        elif not _is_name(line):
            return False
    return False


def _headline_over_deck(c: _Cluster) -> bool:
    """Headline / a longer deck of sentences / stamp, as a card of the list reads: the deck
    is no title (not a label or a list's heading over a headline: "Subscribers only")."""
    f, deck = c.f, c.above
    return (
        c.under_standfirst
        and (
            _listed_deck_pair(f, deck - 1)
            or (
                _words(f.lines[deck - 1]) > _HEADER_MAX_WORDS
                and _words(f.lines[deck]) > _words(f.lines[deck - 1])
            )
        )
        and _title_summary_stamp(c) is not None
    )


def _heading_over_meta(c: _Cluster, title: int) -> bool:
    """A short heading ("From our partners", "Top stories" over its description) over
    "Source · 3h" / title: the meta lines head the title under them."""
    return (
        c.title_after and c.source is not None and _words(c.f.lines[title]) <= _SUBHEADING_MAX_WORDS
    )


def _title_summary_stamp(c: _Cluster) -> _Card | None:
    """Title / summary / stamp, in a list of such cards (or under a publisher: "Variety" /
    title / summary / stamp); not a short heading over its description (``_heading_over_meta``)."""
    f, above = c.f, c.above
    if (
        c.under_standfirst
        and not _heading_over_meta(c, above - 1)
        and (
            (c.layout.summary_first and not _slug_story(f, above - 1))
            or (c.source is not None and not _opens_as_before(c))  # "Publisher • 2 hrs ago"
            or _media_meta(f.lines[c.anchor])  # "Episode · 18 min · 4 hours ago"
            or (
                _card_follows(f, c.end, title_after=c.title_after, authored=True)
                and not _opens_as_before(c)
            )
            or _named_over(f, above - 2, c.begin, c.taken)
            or _under_card(f, above - 2, c.begin)
            or _under_card(f, _over_widget(c, _over_section(f, above - 2)), c.begin)
            or _stamp_of_next(f, c.end, c.taken)  # (the next card's stamp heads its title)
            or (_block_closes(f, c.end) and _block_opens(f, above - 1, c.begin))
            or _byline_closes_card(c)
            or _kicker_over_rail(c)
            or (_decked_list(f) and _chipped_pair(f, above - 1))  # (chip / title / deck / stamp)
        )
    ):
        return c.card(above - 1, above - 1, above)
    return None


_WIDGET_MAX_LINES = 3  # an ad's lines between two cards: advertiser, title, pitch


def _over_widget(c: _Cluster, index: int) -> int:
    """The line over the ad (or other widget) whose lines end at ``index``: lines no card
    reads (taken before any card, no stamp) and the blank where clean took its label
    ("Conteúdo patrocinado"); ``index`` itself when no such line stands there. A card's
    stamp over an ad closes that card, so a title / summary / stamp under the ad is the
    next card (the ad's title does not make it an article's header)."""
    top = index
    while (
        top >= c.begin
        and index - top < _WIDGET_MAX_LINES
        and (not c.f.lines[top] or (top in c.taken and c.f.stamp(top) is None))
    ):
        top -= 1
    crossed = any(c.f.lines[i] for i in range(top + 1, index + 1))
    return top if crossed else index


def _over_section(f: _Features, index: int) -> int:
    """The line over a section's name at ``index`` (the card's chip: "Politiek" / title /
    summary / stamp, under an ad), else ``index``: the chip is the card's, no line of the
    block over it."""
    return index - 1 if index > 0 and f.lines[index] and is_section_name(f.lines[index]) else index


def _opens_on_meta(f: _Features, card: _Card) -> bool:
    """The card opens on a "Source · 3h" line, its title right under it."""
    meta = f.metas[card.start]
    return not card.inline and card.title == card.start + 1 and meta is not None and bool(meta[0])


def _opens_as_before(c: _Cluster) -> bool:
    """A "Source · 3h" line under a summary with a title under it, where the card before
    opened on such a line over its title ("Rest of World · 4h" / title / summary): the
    list's cards print their meta lines first, so it opens the title's card under it,
    and the lines over it close a card without a stamp (source / title / summary). Only
    where the page's cards vote stamps first (``_stamp_then_title`` reads it so)."""
    return (
        c.layout.stamp_first
        and c.meta_list
        and c.title_after
        and c.source is not None
        and c.f.metas[c.anchor] is not None
    )


def _kicker_over_rail(c: _Cluster) -> bool:
    """Kicker / title / summary / stamp, then a blank line (where clean took a heading) and
    the next card's top (a name over a title and a stamp): a portal's top story over its
    rail ("Cost of living" / headline / deck / "2h", "Top stories" / "Gaza" / …), not an
    article's header, whose text follows its stamp."""
    f, kicker, end = c.f, c.above - 2, c.end
    return (
        kicker >= c.begin
        and kicker not in c.taken
        and _kicker_line(f, kicker)
        and end + 1 < len(f.lines)
        and not f.lines[end]
        and _heads_card(f, end + 1)
    )


def _byline_closes_card(c: _Cluster) -> bool:
    """Title / summary / "Priya Lal, Health correspondent" / stamp, and the next card's top
    right under the stamp (``_next_card_top``): the byline and stamp close the card above
    them (an article's header goes on with its text, a caption, a photo's credit; the story
    the URL's slug names is the page's own, its header no card)."""
    return c.f.bylines[c.start] and _next_card_top(c.f, c.end) and not _slug_story(c.f, c.above - 1)


def _next_card_top(f: _Features, index: int) -> bool:
    """A card starts at ``index``: [a chip] / title / [summary, byline: a few lines] / stamp."""
    lines = f.lines
    title = index + (index < len(lines) and _is_name(lines[index]))
    if not (title < len(lines) and bool(lines[title]) and f.is_title(title)):
        return False
    reach = range(title + 1, min(len(lines), title + _TITLE_TO_STAMP + 1))
    return any(f.stamp(at) is not None for at in reach)


_TITLE_TO_STAMP = 4  # title / two lines of summary / byline / stamp
_CHIPPED_LIST_MIN = 2  # cards under their own chips that make a "Live" card one of a list


def _chipped_cards_under(f: _Features, live: int, stop: int, *, topic: bool = False) -> bool:
    """Under a "Live" headline, stamped cards each under a chip of its own ("Analysis" /
    title / byline / "3h ago", "Politiek" / title / summary / "3 uur geleden"), two chips at
    least and not one repeated: the "Live" label was one card's chip in a list of cards (a
    section front), not a blog's. A blog's entries print their stamp over their text
    ("Breaking" / headline / "1h ago" / text), and a label it repeats ("Key event") makes no
    list, nor a chip under an entry's clock. A byline under the headline (or under its
    "Updated …" stamp) is a blog's header: no card of a list prints one there. Under a
    ``topic`` (label / topic / headline: "Liveticker" / "Ukraine-Verhandlungen" / …) the
    headline's own card counts when its stamp closes it (``_own_card_chip``)."""
    if _bylined_header(f, live):
        return False
    # the cards right over the label count once a chipped card under it is found: a blog's
    # page may print a rail of chipped cards over its "En direct" label, its entries under it
    over = _chipped_cards_over(f, live)
    chips: set[str] = set()
    own = _own_card_chip(f, live, stop) if topic else None
    if own is not None:
        chips.add(own)
    previous = live
    stamps = f.stamp_lines[bisect_right(f.stamp_lines, live) : bisect_left(f.stamp_lines, stop)]
    for stamp in stamps:
        for chip in range(max(previous + 1, stamp - _TITLE_TO_STAMP - 1), stamp - 1):
            if (
                _chip_over_title(f, chip, chip + 1)
                and not f.lines[chip].isdigit()  # (an entry's anchor number: "1764495900")
                and f.is_title(chip + 1)
                and _words(f.lines[chip + 1]) > _KICKER_MAX_WORDS
                and not _under_clock(f, chip)  # ("11:02 Uhr" / "Verkehr" / headline: an entry)
                # (chip / headline / "2h ago" / text: an entry; "ANP · 2h" closes a card too)
                and _stamp_closing_card(f, stamp, meta=True)
            ):
                chips.add(f.lines[chip].casefold())
                chips |= over
                break
        if len(chips) >= _CHIPPED_LIST_MIN:
            return True
        previous = stamp
    return False


def _chipped_cards_over(f: _Features, live: int) -> set[str]:
    """The chips of the cards printed right over the "Live" card (its label, or its headline
    when the label is on it), each card's stamp right over the next card's chip: "Monde" /
    title / "Belga · il y a 45 min" / "En direct" / headline. The list goes on above the live
    card as below it; a blog's headline has its masthead or menu over it, no closed card."""
    chips: set[str] = set()
    top = live - 1 if live > 0 and _kicker_line(f, live - 1) else live
    while (stamp := top - 1) >= 0 and _stamp_closing_card(f, stamp, meta=True):
        chip = next(
            (
                index
                for index in range(stamp - 2, max(stamp - _TITLE_TO_STAMP - 2, -1), -1)
                if _chip_over_title(f, index, index + 1)
                and f.is_title(index + 1)
                and _words(f.lines[index + 1]) > _KICKER_MAX_WORDS
            ),
            None,
        )
        if chip is None or f.lines[chip].casefold() in chips:
            break
        chips.add(f.lines[chip].casefold())
        top = chip
    return chips


def _own_card_chip(f: _Features, headline: int, stop: int) -> str | None:
    """The short topic line right over ``headline`` (folded), when the headline's first stamp,
    past a summary, closes a card (``_stamp_closing_card``): topic / headline / summary /
    "vor 35 Min." / the next card's chip is a front's card, where a blog's header stamp has
    its entries' text under it."""
    topic = f.lines[headline - 1]
    if (
        not topic
        or _words(topic) > _KICKER_MAX_WORDS
        or _is_prose(topic)
        or f.is_meta(headline - 1)
    ):
        return None
    start = bisect_right(f.stamp_lines, headline)
    stamp = f.stamp_lines[start] if start < len(f.stamp_lines) else stop
    if stamp >= min(stop, headline + _TITLE_TO_STAMP) or not _stamp_closing_card(f, stamp):
        return None
    return topic.casefold()


def _bylined_header(f: _Features, headline: int) -> bool:
    """A byline right under ``headline``, or under the stamp right under it ("Ukraine war
    live: …" / "Updated 12 minutes ago" / "By Anna Kowalski and Tom Greene")."""
    under = headline + 1
    if under < len(f.lines) and f.stamp(under) is not None:
        under += 1
    return under < len(f.lines) and f.bylines[under]


def _under_clock(f: _Features, index: int) -> bool:
    """Line ``index`` is right under a clock-only stamp ("11:02 Uhr", "14:52 BST")."""
    clock = f.times[index - 1] if index > 0 else None
    return clock is not None and is_clock_only(clock)


def _title_chips_summary_stamp(c: _Cluster) -> _Card | None:
    """Title / ticker chips ("DIS" / "+8.04%", "BRENT" / "-0.88%") / summary / stamp: the
    quotes of the stocks the story is about, a widget between the card's title and its
    summary; the body is the summary."""
    f, summary = c.f, c.above
    if summary < c.begin or summary in c.taken or not _is_prose(f.lines[summary]):
        return None
    index = summary - 1
    while index >= max(c.begin, summary - _CHIPS_MAX) and index not in c.taken:
        line = f.lines[index]
        if not (line and _ticker_chip(line) and f.stamp(index) is None):
            break
        index -= 1
    if index == summary - 1 or not _free_title(f, index, c.taken):
        return None
    return c.card(index, index, summary)


def _slug_story(f: _Features, title: int) -> bool:
    """The URL's slug names the line ``title`` with a story's many words
    ("/2026/11/28/pension-funds-pull-billions-from-private-equity"), not a topic's few
    ("/topic/climate-crisis"): the page is that story's, its header no card of a list laid
    out like it."""
    return f.slug_shared(title) >= _SLUG_STORY_WORDS


def _block_opens(f: _Features, title: int, begin: int) -> bool:
    """A heading (a blank line where clean took one) right over the title line ``title``, or
    over a chip over it (blank / "Frankfurt" / title: a card's block, blank lines between
    the cards): a list's block ("More stories"), not a page's header under its menu; or the
    cards' lines begin at it (under a live blog's entries)."""
    if title > begin + 1 and _is_name(f.lines[title - 1]) and f.stamp(title - 1) is None:
        title -= 1  # (the chip's line opens the block)
    return title == begin > 0 or (title > begin and not f.lines[title - 1])


def _block_closes(f: _Features, index: int) -> bool:
    """The block of a card's lines ends at ``index``, under its stamp: the page ends, or a
    heading does with no text under it. A stamp under a title and its summary that open
    their block, with no title or text of its own under it, closes that card."""
    lines = f.lines
    if index < len(lines) and lines[index]:
        return _footer_links(f, index)
    under = next((row for row in range(index, len(lines)) if lines[row]), None)
    return under is None or not _is_prose(lines[under])


_FOOTER_MAX_LINES = 3  # the links left under a page's last card ("Mentions légales")


def _footer_links(f: _Features, index: int) -> bool:
    """Lines ``index`` to the page's end are a few footer links, no sentence and no stamp
    ("Politique d'utilisation des cookies"): the page's last card ends above them."""
    rows = range(index, len(f.lines))
    return len(rows) <= _FOOTER_MAX_LINES and not any(
        _is_prose(f.lines[row]) or f.stamp(row) is not None for row in rows
    )


def _title_source_summary_stamp(c: _Cluster) -> _Card | None:
    """Title / name / summary / stamp: the name is the card's publisher, unless it reads as
    a person's and nothing says the list's cards print publishers (then its author: null
    beats wrong)."""
    if not _sourced_summary(c.f, c.above, c.begin, c.taken):
        return None
    name = c.f.lines[c.above - 1]
    authored = (
        _person_name(name)
        and not (_outlet_name(name) or _brand(name))
        and not (c.sourced_list or c.sourced_under or c.meta_sources)
    )
    return c.card(c.above - 2, c.above - 2, c.above, None if authored else name)


def _title_chip_stamp(c: _Cluster) -> _Card | None:
    """Title / chip ("Public holiday") / stamp, when the title under the stamp has a stamp of
    its own (title / summary / stamp): the stamp closes the card above."""
    f, above = c.f, c.above
    if (
        c.title_after
        and above - 1 >= c.begin
        and not {above, above - 1} & c.taken
        and bool(f.lines[above])
        and _words(f.lines[above]) <= _KICKER_MAX_WORDS
        and not f.is_title(above)
        and not f.is_meta(above)
        and _free_title(f, above - 1, c.taken)
        and not _is_name(f.lines[above - 1])
        and _card_follows(f, c.end, title_after=True)
    ):
        return c.card(above - 1, above - 1, c.end)
    return None


_SHORT_TITLE_WORDS = 2  # an editorial's headline: "Smog season", "Budget arithmetic"
_SHORT_CARD_LINES = 3  # such a card's headline, summary and stamp


def _short_title_summary_stamp(c: _Cluster) -> _Card | None:
    """A two-word headline ("Smog season": too short for ``is_title``) / its summary
    sentence / stamp, in a run of such cards: the card right over it or right under its
    stamp printed the same way (``_short_card_at``). A short line over a sentence alone is a
    text's sub-heading, and a live blog's entry with a short headline stands among entries
    with longer ones."""
    f, title = c.f, c.above - 1
    if (
        title >= c.begin
        and not {title, c.above} & c.taken
        and _short_headline(f.lines[title])
        and _is_prose(f.lines[c.above])
        and (_short_card_at(f, title - _SHORT_CARD_LINES) or _short_card_at(f, c.end))
        and not _dated_headings(f, title)
    ):
        return c.card(title, title, c.above)
    return None


_MAX_RUN_WALK = 30  # cards walked to a run's ends (a timeline is a few dozen entries at most)


def _dated_headings(f: _Features, title: int) -> bool:
    """The run of two-word headline / sentence / stamp cards through ``title`` is a timeline
    printed the other way round, each date over its heading ("12 March 2024" / "First
    complaint" / sentence): a stamp stands right over the run's first headline and a
    heading and its sentence without a stamp close it (the last entry, dated over it)."""
    top = bottom = title
    for _ in range(_MAX_RUN_WALK):
        if not _short_card_at(f, top - _SHORT_CARD_LINES):
            break
        top -= _SHORT_CARD_LINES
    for _ in range(_MAX_RUN_WALK):
        if not _short_card_at(f, bottom + _SHORT_CARD_LINES):
            break
        bottom += _SHORT_CARD_LINES
    last = bottom + _SHORT_CARD_LINES  # the heading under the run's last stamp
    return (
        top > 0
        and f.stamp(top - 1) is not None
        and last + 1 < len(f.lines)
        and _short_headline(f.lines[last])
        and _is_prose(f.lines[last + 1])
        and (last + 2 >= len(f.lines) or f.stamp(last + 2) is None)
    )


def _short_headline(line: str) -> bool:
    """Two words, the first capitalised, no sentence's mark closing them, no name."""
    return (
        _words(line) == _SHORT_TITLE_WORDS
        and line[:1].isupper()
        and line[-1:].isalnum()
        and not _is_name(line)
    )


def _short_card_at(f: _Features, index: int) -> bool:
    """A two-word headline, its summary sentence and a stamp start at ``index``."""
    return (
        index >= 0
        and index + 2 < len(f.lines)
        and _short_headline(f.lines[index])
        and _is_prose(f.lines[index + 1])
        and f.stamp(index + 2) is not None
    )


def _sentences_title_stamp(c: _Cluster) -> _Card | None:
    """A headline of two sentences ("… over birthright citizenship. Here’s what to know."),
    with a summary or none, over a stamp, when the title under the stamp has a stamp of its
    own: the stamp closes the card above, as in the rest of the list."""
    f = c.f
    if not (c.title_after and c.end + 1 < len(f.lines) and f.stamp(c.end + 1) is not None):
        return None
    for headline in (c.above, c.above - 1):  # (title / stamp, title / summary / stamp)
        if not (
            headline >= c.begin
            and headline not in c.taken
            and bool(f.lines[headline])
            and _words(f.lines[headline]) <= _HEADLINE_MAX_WORDS
            and _two_sentences(f.lines[headline])
        ):
            continue
        if headline == c.above:
            return c.card(headline, headline, c.end)
        if c.above not in c.taken and _is_prose(f.lines[c.above]):
            return c.card(headline, headline, c.above)
    return None


def _sentences_title_credit_stamp(c: _Cluster) -> _Card | None:
    """A headline of two sentences ("Congress has one month. It won't use it wisely.") over
    a newsroom's credit ("The Editorial Board") over the stamp: the credit is the card's
    byline, so the line over it is its title, not a summary of the card above."""
    f = c.f
    credit, headline = c.above, c.above - 1
    if (
        headline >= c.begin
        and not {credit, headline} & c.taken
        and _credit_phrase(f.lines[credit]) == "newsroom"
        and bool(f.lines[headline])
        and _words(f.lines[headline]) <= _HEADLINE_MAX_WORDS
        and _two_sentences(f.lines[headline])
    ):
        return c.card(headline, headline, c.end)
    return None


def _stamp_over_title(c: _Cluster) -> _Card | None:
    """Stamp / title, on any page (not under a standfirst, whose stamp it is, unless a short
    heading and its description: ``_heading_over_meta``; not "Kiprotich M." / "3h": a
    reader's comment)."""
    if (
        c.title_after
        and (not c.under_standfirst or _heading_over_meta(c, c.above - 1))
        and not _commenter(c.f.lines[c.above])
    ):
        return c.card(c.start, c.end, c.end + 1)
    return None


# the card shapes a stamp can be in, tried in this order: the first that fits is the card
_CARD_SHAPES: tuple[Callable[[_Cluster], _Card | None], ...] = (
    _closing_stamp,
    _title_summary_chip_stamp,
    _source_stamp_title,
    _source_stamp_chips_title,
    _stamp_then_title,
    _title_name_stamp,
    _title_deck_name_stamp,
    _teaser_in_text,
    _title_summary_sublink_stamp,
    _title_stamp,
    _title_summary_stamp,
    _title_chips_summary_stamp,
    _title_source_summary_stamp,
    _title_chip_stamp,
    _sentences_title_stamp,
    _sentences_title_credit_stamp,
    _stamp_over_title,
    _short_title_summary_stamp,
)
_CARD_START = attrgetter("start")


def _story_around_card(f: _Features, cards: list[_Card]) -> bool:
    """The page's first stamped card is an article's header (a headline with its deck or
    byline over its stamp) and one stamp alone stands under its lines (one related card):
    the lines around that card (sub-headings over a paragraph or two) are the story's
    sections, not a list of cards without stamps (auditor C's P-1). Two or more stamps
    under it, whatever read them (a card the stamp-by-stamp reading missed), make a list."""
    header = next((card for card in cards if not card.inline and card.time_text), None)
    if header is None or not (
        header.deck is not None
        or any(f.bylines[index] for index in range(header.title, header.body_from))
    ):
        return False
    under = (f.stamp(index) for index in range(header.body_from, len(f.lines)))
    return sum(stamp is not None for stamp in under) < _STAMPED_LIST_MIN


def _clip_cards(f: _Features, begin: int, cards: list[_Card], taken: set[int]) -> list[_Card]:
    """Video cards without a stamp: a title clean found under a clip's length ("Video" /
    "4:03" / title, the length gone: ``f.clips``) over a publisher's line alone, right over
    the next video card of its rail (another title under a length, with its own source
    under it and a stamp, or a card of this kind itself). The module's shape tells the
    card, not a stamp: a video rail prints a length over each title, its meta line under it
    ("Channel 4 News", or "BBC News" / "2h ago"). Not a title over a section's name
    ("Régions") or the next card's kicker, nor one whose card would end on anything else
    (a crosshead, a blank line, a story: players inside a text, a strip over a story, whose
    lines would become the card's body)."""
    lines = f.lines
    # (rail cards read so far, bottom up: stamped ones printing their source under the
    # title; over a title with its kicker over it, "KONJUNKTUR" / title, the name is a chip)
    rail = {card.title for card in cards if card.title in f.clips and _closes_on_source(f, card)}
    found: list[_Card] = []
    for title in sorted(f.clips, reverse=True):
        name = title + 1
        if (
            title < begin
            or name + 1 not in rail
            or name in taken
            or not _free_title(f, title, taken)
            or _is_name(lines[title])
            or f.stamp(name) is not None
            or not _card_source_line(lines[name])
        ):
            continue
        found.append(_Card(title, title, name + 1, _clip_publisher(lines[name]), None))
        rail.add(title)
    return found[::-1]


def _lower_clip_title(f: _Features, card: _Card) -> _Card:
    """A card read on a clip's title (clean took the length over it) with another clip's
    title right under it, over the card's source or stamp: the lower title is the card's;
    the upper one is a video of a length and a title alone, no article and no summary
    (README), and its line stays in the card, out of every body. So is a bare title (a
    chip's link, no source, stamp or summary of its own) over a clip's title that the
    card's meta line closes: the clip's title is the card's, the bare link navigation."""
    under = card.title + 1
    meta = under + 1
    if (
        under not in f.clips
        or meta >= len(f.lines)
        or not (f.stamp(meta) is not None or _card_source_line(f.lines[meta]))
    ):
        return card
    if card.title not in f.clips:
        return _clip_under_bare_title(f, card)
    if card.body_from == under:  # (a card closing on its title: its body starts under it)
        return replace(card, title=under, body_from=meta)
    if card.deck == under and card.body_from > meta:  # (read as the summary over the meta)
        return replace(card, title=under, deck=None, deck_from=None)
    return card


def _clip_under_bare_title(f: _Features, card: _Card) -> _Card:
    """``_lower_clip_title``'s bare link over a clip: the card read on it closes on its
    title (its body starts on the clip's line), the link prints no stamp of its own (not a
    one-line card, "Title - Source - 5 h"), the clip's line is a headline, not the
    publisher's name clean read as the clip's first line ("VIDEO" / "1:32" / "Euronews"),
    and the meta line under the clip gives the card its stamp or its source."""
    under = card.title + 1
    meta = under + 1
    if (
        card.body_from != under
        or f.stamp(card.title) is not None
        or _card_source_line(f.lines[under])
        or not f.is_title(under)
        or not (f.stamp(meta) == card.time_text or f.meta_name(meta) == card.source)
    ):
        return card
    return replace(card, title=under, body_from=meta)


def _clip_publisher(name: str) -> str | None:
    """The publisher a video card's line under its title names: not a place's ("Nantes") nor
    a person's (a reporter's, "Priya Raman"; "Le Télégramme" is a masthead): None then."""
    person = _is_person(name) and not masthead_shape(name)
    return None if person or _place_line(name) else name


def _story_section(f: _Features, card: _Card) -> bool:
    """A card without a stamp whose title stands over two paragraphs or more (a card's
    summary is one line): under a story's header with one card (``_story_around_card``),
    a section of the story."""
    under = card.body_from + 1
    return (
        not card.inline
        and card.time_text is None
        and under < len(f.lines)
        and _is_prose(f.lines[card.body_from])
        and _is_prose(f.lines[under])
    )


def _stampless_cards(
    f: _Features, cards: list[_Card], taken: set[int], *, story: bool, ads: set[int]
) -> list[_Card]:
    """Cards without a stamp between two stamped cards (``_stampless_between``), over the
    first one (``_stampless_above``) and under the last; their lines are added to ``taken``.
    ``story``: a story's header over one card (``_story_around_card``) has none between its
    cards (its sub-headed sections). ``ads``: the lines of ad boxes (``_stampless_after``
    passes them)."""
    found: list[_Card] = []
    first, under = _source_phases(f, cards, taken)
    for before, after in itertools.pairwise(cards):
        if not (story or before.inline or after.inline):
            card = _stampless_between(
                f, before, after, taken, sourced=id(after) in first, under=id(after) in under
            )
            if card is not None:
                found.append(card)
                taken.update(range(card.start, card.body_from))
    listed = [card for card in cards if not card.inline]
    if listed:
        above = _stampless_above(f, listed[0], taken)
        found.extend(above)
        for card in above:
            taken.update(range(card.start, card.body_from))
    for card in listed:
        pair = _pair_under_closing_stamp(f, card, taken)
        if pair is not None:
            found.append(pair)
            taken.update(range(pair.start, pair.body_from + 1))  # (its publisher's line too)
    last = None
    if cards:
        last = _stampless_after(f, cards[-1], taken, listed=len(cards) > 1, ads=ads)
        # a list prints its sources first when two of its cards do: one alone may be the
        # lead's section label over its stamp ("World" / stamp / headline)
        if last is None and sum(_sourced_first(f, card) for card in cards) >= _SOURCED_FIRST_MIN:
            last = _sourced_after(f, cards[-1], taken)
        elif last is None and id(cards[-1]) in first and _opens_on_source(f, cards[-1], taken):
            last = _sourced_after(f, cards[-1], taken)  # (the run's phase: a publisher's name)
            last = last if last is not None and _run_publisher(last.source or "") else None
        if last is None and id(cards[-1]) in under:
            last = _published_after(f, cards[-1], taken)
    if last is not None:
        found.append(last)
        taken.update(range(last.start, last.body_from))
    return found


def _source_phases(f: _Features, cards: list[_Card], taken: set[int]) -> tuple[set[int], set[int]]:
    """The ids of the cards of each run that prints its cards' sources over their titles,
    and of each run that prints them under, read once for the run by all its cards: two or
    more of them open on their source's line or a "Source · 3h" line (``_sourced_first``,
    ``_meta_source_first``), or print it under their title (``_closes_on_source``). A run
    is the cards a few short lines apart (summaries, a card without a stamp, a heading
    clean left blank), no article's text between them."""
    first: set[int] = set()
    under: set[int] = set()
    run: list[_Card] = []
    for card in [*[card for card in cards if not card.inline], None]:
        if card is not None and (not run or _card_gap(f, run[-1], card, taken)):
            run.append(card)
            continue
        ids = {id(member) for member in run}
        if sum(_sourced_first(f, c) or _meta_source_first(f, c) for c in run) >= _SOURCED_FIRST_MIN:
            first |= ids
        if sum(_closes_on_source(f, c) for c in run) >= _SOURCED_FIRST_MIN:
            under |= ids
        run = [card] if card is not None else []
    return first, under


def _closes_on_source(f: _Features, card: _Card) -> bool:
    """Title / "Source" or "Source · 3h" / …: the card prints its source under its title."""
    return (
        card.source is not None
        and card.start == card.title
        and any(
            f.lines[index] == card.source or f.meta_name(index) == card.source
            for index in range(card.title + 1, card.body_from)
        )
    )


def _card_gap(f: _Features, card: _Card, following: _Card, taken: set[int]) -> bool:
    """Between two cards of one run: a few short lines no card took, blank lines apart."""
    rows = [
        f.lines[i] for i in range(card.body_from, following.start) if f.lines[i] and i not in taken
    ]
    return len(rows) <= _STAMPLESS_MAX_LINES and sum(map(_words, rows)) < _REAL_BODY_WORDS


def _stampless_above(f: _Features, first: _Card, taken: set[int]) -> list[_Card]:
    """Over the page's first stamped card, cards of its list printed without a stamp, read
    in the phase the list prints its cards: blocks (between blank lines) of [chip] / title /
    summary over a list whose first card is such a block closed by its stamp, or source /
    title pairs over a list whose first card prints its source over its title. Two such
    cards at least (one alone may be a lead's header and deck), not all questions, and no
    prose line or byline above them (their lines would be an article's subheadings and
    paragraphs): the stampless cards at a list's top are cards, not a lead."""
    if first.start < 2 or f.lines[first.start - 1]:
        return []
    if _block_card(f, first):
        found = _stampless_blocks_above(f, first.start - 1, taken)
    elif _sourced_first(f, first) or _meta_source_first(f, first):
        found = _source_pairs_above(f, first.start - 1, taken)
    else:
        return []
    if (
        len(found) < _STAMPLESS_ABOVE_MIN
        or _article_over(f, found[-1].start)
        or _title_block_over(f, found[-1].start)
        or all(f.lines[card.title].endswith("?") for card in found)
    ):
        return []  # (questions, each over its answer: an explainer's sections)
    return found


def _title_block_over(f: _Features, top: int) -> bool:
    """The block over line ``top`` ends on a headline (a title of a headline's length, no
    full stop: a topic's description is a sentence): the page's headline, alone or under its
    kicker ("Explainer" / "Council tax rise: what it means …"), whose sections the blocks
    under it are. A list's stampless cards stand under its furniture only: a menu, a short
    heading, a topic's name and description (auditor B's B-5). The block is the headline
    alone or under a kicker of a few words: a longer block is a page's header (menu, ticker
    line, topic's name and a description without its full stop, auditor E's E-5)."""
    lines = f.lines
    index = top - 1
    while index >= 0 and not lines[index]:
        index -= 1
    if index < 0:
        return False
    above = index - 1
    if above >= 0 and lines[above]:  # (a kicker over the headline, and nothing over it)
        kicker = _words(lines[above]) <= _SUBHEADING_MAX_WORDS
        if not kicker or (above > 0 and lines[above - 1]):
            return False
    line = lines[index]
    return f.is_title(index) and _words(line) > _SUBHEADING_MAX_WORDS and line[-1] != "."


def _article_over(f: _Features, top: int) -> bool:
    """A prose line or a byline above line ``top``: an article's paragraph (innerText prints
    each one as its own block, so its sections of subheading / paragraph follow it) or its
    header's byline, or a topic's description that is prose."""
    return any(
        line and (f.bylines[index] or _is_prose(line)) for index, line in enumerate(f.lines[:top])
    )


def _block_card(f: _Features, card: _Card) -> bool:
    """The card fills its block (between blank lines) and its stamp closes it: [chip] /
    title / [summary] / stamp."""
    end = next((row for row in range(card.title, len(f.lines)) if not f.lines[row]), len(f.lines))
    return end - 1 > card.title and f.stamp(end - 1) is not None


def _stampless_blocks_above(f: _Features, blank: int, taken: set[int]) -> list[_Card]:
    """The blocks over the blank line ``blank`` that are each a card without a stamp ([chip]
    / title / summary), upwards to the first that is none."""
    lines = f.lines
    found: list[_Card] = []
    while blank > 0 and not lines[blank]:
        lo = blank
        while lo > 0 and lines[lo - 1]:
            lo -= 1
        title = lo + 1 if blank - lo > 2 and _chip_over_title(f, lo, lo + 1) else lo
        text = range(title + 1, blank)
        if not (
            _card_title(f, title, taken)
            and 0 < len(text) <= _SUMMARY_RUN_MAX
            and all(row not in taken and _is_prose(lines[row]) for row in text)
            and sum(_words(lines[row]) for row in text) < _REAL_BODY_WORDS
        ):
            break
        found.append(_Card(lo, title, title + 1, None, None))
        blank = lo - 1
    return found


def _source_pairs_above(f: _Features, blank: int, taken: set[int]) -> list[_Card]:
    """The source / title pairs right over the blank line ``blank``, upwards to a line that
    pairs with none; no title over the top pair's source (title / source pairs read one off:
    the list under them prints its sources first, these print them under their titles)."""
    lines = f.lines
    found: list[_Card] = []
    title = blank - 1
    while (
        title > 0
        and _card_title(f, title, taken)
        and title - 1 not in taken
        and _card_source_line(lines[title - 1])
    ):
        found.append(_Card(title - 1, title, title + 1, lines[title - 1], None))
        title -= 2
    if found and _card_title(f, found[-1].start - 1, taken):
        return []
    return found


def _card_title(f: _Features, index: int, taken: set[int]) -> bool:
    """A card's title line: a free title of a headline's length, no name, no stamp."""
    return (
        _free_title(f, index, taken)  # (False at index -1, over the page's first line)
        and f.stamp(index) is None
        and not _is_name(f.lines[index])
        and _words(f.lines[index]) > _SUBHEADING_MAX_WORDS
    )


def _stampless_after(
    f: _Features, before: _Card, taken: set[int], *, listed: bool, ads: set[int]
) -> _Card | None:
    """Under the last teaser of a list whose title stands over its stamp (its stamp closes
    it): a title over a short summary is a card without a stamp, not that teaser's text.
    (Not under a "Source · 45 min" line: on a portal that heads the title under it.)
    ``listed``: the page has more cards than this one (a lone title / deck / author / stamp
    is an article's header, a question under it its interview's first). Under a card its
    stamp closed, the card searched may stand past cards with no summary and ad boxes
    (``_past_unsummarised``)."""
    # (title / deck / author / stamp in a list: a decked card its stamp closes, read whole)
    decked = before.deck is not None and listed and _stamp_closes(f, before)
    closed = before.title >= before.body_from - 1
    if (
        before.inline
        or (before.deck is not None and not decked)
        or before.source is not None
        or (closed and not listed)
    ):
        return None
    lines = f.lines
    start = _past_unsummarised(f, before.body_from, taken, ads) if decked else before.body_from
    closed = closed or decked
    if closed and not decked:  # (title / summary / author / stamp: the card ends at its stamp)
        # (a line between the summary and the stamp, its author's, shows the stamp closes
        # the card: a stamp right under a summary may head the next card as well)
        closing = _closing_stamp_row(f, before, taken)
        if closing is None or closing <= before.body_from or _is_prose(f.lines[closing - 1]):
            return None
        start = _past_unsummarised(f, closing + 1, taken, ads)
    if start >= len(lines) or not lines[start]:
        return None  # (past a blank line, where clean took a heading: another list's lines)
    rows = (index for index in range(start + 1, len(lines)) if lines[index])
    title: int | None = start
    # (under a stamp that closed its card, a short line over a longer one is the next
    # card's kicker, even title-like: "Dana en Valencia" / title / summary)
    kicker = closed and start + 1 < len(lines) and _short_line_over(f, start + 1)
    # (a section's name under the stamp was read as the card's label, "1h ago" / "Opinion"
    # / title: under a stamp that closed its card it is the next card's kicker)
    label = closed and is_section_name(lines[start])
    if (start not in taken or label) and (_chip_over_title(f, start, start + 1) or kicker):
        title = next(rows, None)  # ("Analysis" / title / summary)
    if title is None or title in taken or not _free_title(f, title, taken):
        return None
    text = list(itertools.takewhile(lambda row: row not in taken and _is_prose(lines[row]), rows))
    # (a summary over its author's name: the name under it is no next bare headline)
    authored = not text and closed and _unstopped_summary_over_author(f, title + 1, taken)
    if authored:
        text = [title + 1]
    if (
        not text
        or (closed and text[0] != title + 1)  # (a card's summary under its title, no gap)
        or sum(_words(lines[row]) for row in text) >= _REAL_BODY_WORDS
        or (not authored and _bare_headlines(f, title, text))
        or _is_name(lines[title])
        or _words(lines[title]) <= _SUBHEADING_MAX_WORDS
    ):
        return None
    return _Card(start, title, title + 1, None, None)


def _past_unsummarised(f: _Features, start: int, taken: set[int], ads: set[int]) -> int:
    """The first line at or under ``start`` past the list's cards that print no summary and
    its ad boxes: [chip] / title / its author's name in capitals (an opinion column's card:
    "Opinión" / "Europa ya no puede esperar" / "LOLA FERNÁNDEZ"), and an ad's lines
    (``ads``), the blank line clean left for its label over them. A front page mixes these
    among its cards; the stampless card under them is the list's, not their text."""
    lines = f.lines
    index = start
    while index < len(lines):
        if index in ads or (not lines[index] and index + 1 in ads):
            index += 1
            continue
        chip = is_section_name(lines[index])  # (a chip the stamp's card took as its label)
        if index in taken and not chip:
            break
        title = index + 1 if chip else index
        author = title + 1
        if not (
            author < len(lines)
            and not {title, author} & taken
            and f.is_title(title)
            and not _is_prose(lines[title])
            and capitals_name(lines[author])
        ):
            break
        index = author + 1
    return index


def capitals_name(line: str) -> bool:
    """A person's name in capitals alone on its line ("LOLA FERNÁNDEZ"): the author's slot a
    front page prints on its cards (``split_teasers.capitals_author`` takes a byline too)."""
    return line.isupper() and _person_name(line.title())


def _unstopped_summary_over_author(f: _Features, index: int, taken: set[int]) -> bool:
    """A summary printed with no full stop over its author's name, the shape of the card
    above it whose author's line and stamp closed it ("Cinco ciudades preparan …" / "Pablo
    Ibarra"): the line is a card's summary, not a headline of a run of bare links."""
    author = index + 1
    return (
        author < len(f.lines)
        and not {index, author} & taken
        and _words(f.lines[index]) > _SUBHEADING_MAX_WORDS
        and f.stamp(index) is None
        and _is_name(f.lines[author])
    )


def _pair_under_closing_stamp(f: _Features, before: _Card, taken: set[int]) -> _Card | None:
    """Right under a teaser whose own stamp closes it (title / short summary / [source] /
    stamp), a title over a publisher's line where the list's block ends (a blank line, the
    page's end) is a card without a stamp that prints its source under its title
    ("Scuole, 4 edifici …" / "Skuola.net"), not more text of the card before. Only a
    publisher the vocabulary knows, not by its shape alone (``_publisher_under_title``'s
    reason): a title over an advertiser is as often an ad whose label clean took, one over
    a place shaped as a masthead a local item's ("El Ejido"), and one over a name a
    story's subheading over its author."""
    lines = f.lines
    stamp = _closing_stamp_row(f, before, taken)
    if stamp is None:
        return None
    title, name = stamp + 1, stamp + 2
    if (
        name >= len(lines)
        or (name + 1 < len(lines) and bool(lines[name + 1]))  # (the block goes on)
        or name in taken
        or not _free_title(f, title, taken)
        or _is_name(lines[title])
        or _words(lines[title]) <= _SUBHEADING_MAX_WORDS
        or not _card_source_line(lines[name])
        or not _vocabulary_publisher(lines[name])
        or _is_person(lines[name])
        or _site_name(f, lines[name])
    ):
        return None
    return _Card(title, title, title + 1, lines[name], None)


def _closing_stamp_row(f: _Features, card: _Card, taken: set[int]) -> int | None:
    """The row of the stamp that closes a teaser under its short summary and its source
    line (a few rows of its block, no blank line between): the card's own stamp, the last
    line it prints."""
    if card.inline or card.time_text is None:
        return None
    if _stamp_closes(f, card):
        return card.body_from - 1  # (title / stamp: its meta lines close it)
    words = 0
    for index in range(card.body_from, min(card.body_from + _STAMPLESS_MAX_LINES, len(f.lines))):
        line = f.lines[index]
        if not line:
            return None
        if f.stamp(index) == card.time_text:
            return index
        words += _words(line)
        # (the line right under the title is its summary, printed with no full stop on a
        # continental portal: "La Aemet advierte de que …" / "Rafael Montero" / stamp)
        summary = index == card.body_from and _words(line) > _SUBHEADING_MAX_WORDS
        if words >= _REAL_BODY_WORDS or not (summary or _is_prose(line) or _card_source_line(line)):
            return None
    return None


def _bare_headlines(f: _Features, title: int, text: list[int]) -> bool:
    """Title / "summary" / title: a one-line summary that is a headline itself (a question:
    "Explainer: What is in the new budget?") with another headline under it is a run of
    bare links ("Most read"), not a card and its summary."""
    after = text[-1] + 1
    return (
        len(text) == 1
        and f.is_title(text[0])
        and after < len(f.lines)
        and bool(f.lines[after])
        and f.is_title(after)
        and not _is_prose(f.lines[after])
    )


def _sourced_after(f: _Features, before: _Card, taken: set[int]) -> _Card | None:
    """Under the last card of a list whose cards print their source first: a publisher's
    line and a title, with a short summary or none, is a card without a stamp."""
    lines = f.lines
    rows = (index for index in range(before.body_from, len(lines)) if lines[index])
    # (past the card before's summary and its stamp under it)
    own = itertools.islice(rows, _STAMPLESS_MAX_LINES)
    source = next((row for row in own if row not in taken and not _is_prose(lines[row])), None)
    title = next(rows, None)
    if (
        source is None
        or title != source + 1  # (not the card before's source, closing it: title / source)
        or source in taken
        or not _card_source_line(lines[source])
        or not _free_title(f, title, taken)
        or _is_name(lines[title])
        or _words(lines[title]) <= _SUBHEADING_MAX_WORDS
    ):
        return None
    text = itertools.takewhile(lambda row: row not in taken and _is_prose(lines[row]), rows)
    if sum(_words(lines[row]) for row in text) >= _REAL_BODY_WORDS:
        return None
    return _Card(source, title, title + 1, lines[source], None)


def _published_after(f: _Features, before: _Card, taken: set[int]) -> _Card | None:
    """Right under the last card of a run that prints sources under titles, a card that
    does too: a title over a publisher's line (``_publisher_under_title``), no stamp, where
    the list's block ends (a blank line, the page's end: not a footer's lines going on
    under a promo, "Follow our coverage …" / "The Harbour Times" / "Privacy Policy"), and
    not the page's own site (``_site_name``)."""
    title, name = before.body_from, before.body_from + 1
    if (
        name >= len(f.lines)
        or (name + 1 < len(f.lines) and bool(f.lines[name + 1]))  # (the block goes on)
        or _site_name(f, f.lines[name])
        or not f.lines[title]
        or title in taken
        or name in taken
        or not _free_title(f, title, taken)
        or _is_name(f.lines[title])
        or _words(f.lines[title]) <= _SUBHEADING_MAX_WORDS
        or not _publisher_under_title(f, (before,), [name])
    ):
        return None
    return _Card(title, title, title + 1, f.lines[name], None)


def _site_name(f: _Features, name: str) -> bool:
    """The page's own site's name, as its footer prints it under a tagline: the host spells
    it (``_own_site``: "Der Tagesspiegel" on tagesspiegel.de, "Münchner Merkur" on
    muenchnermerkur.de), or the page prints it as its masthead, its first line
    ("Süddeutsche Zeitung" on sueddeutsche.de). Not a name sharing only a first word or
    initials with the host: "Schwäbische Post" on schwaebische.de and "Saarbrücker
    Zeitung" on sz.de are other papers."""
    site = _site_keys(f.url)
    return (bool(name) and name == f.masthead()) or _own_site(name, site)


def _stampless_between(
    f: _Features, before: _Card, after: _Card, taken: set[int], *, sourced: bool, under: bool
) -> _Card | None:
    """After a card's summary and before the next card: a title and a summary, with the
    source over the title when both cards print theirs there ("Financial Times" / title /
    summary, or a source and a title alone, navigation under them) or either card prints a
    "Source · 3h" line over its title (a list of mixed shapes), is a card without a stamp,
    not more text of the card before; so is a title and a summary, a chip over them or
    none ("Editorial"), right under a card whose stamp closed it (title / stamp). Only
    between teasers: a few lines, and the card before has a short summary (not an
    article's text with a subheading), and an authors' line under it is that card's too."""
    lines = f.lines
    rows: list[int] = []
    for index in range(before.body_from, after.start):
        if lines[index] and index not in taken:
            rows.append(index)
            if len(rows) > _STAMPLESS_MAX_LINES:
                return None
    summary = 0  # the card before's own summary lines
    while summary < len(rows) and _is_prose(lines[rows[summary]]):
        summary += 1
    if sum(_words(lines[row]) for row in rows[:summary]) >= _REAL_BODY_WORDS:
        return None
    authors = summary < len(rows) and f.bylines[rows[summary]]  # ("Por Ana Ruiz": its author)
    rest = rows[summary + authors :]
    # (the run's cards and the next one print their sources first: so does a card between)
    run_first = sourced and _opens_on_source(f, after, taken)
    if (
        run_first
        and len(rest) > 2
        and _card_furniture_over_source(f, rest[0], rest[1], taken)
        and _run_publisher(lines[rest[1]])
    ):
        rest = rest[1:]  # ("Flipped into … by Name" / "The Hindu" / title: the card before's)
    if len(rest) > 1 and _chip_over_title(f, rest[-1], after.title):
        rest.pop()  # (the next card's chip over its title)
    chip = len(rest) > 2 and _chip_over_title(f, rest[0], rest[1])  # "Editorial" / title
    closed = _stamp_closes(f, before)
    source: str | None = None
    listed = _sourced_first(f, after)  # (the list's cards print their publishers)
    if (
        len(rest) > 1  # (source, title, a summary or none)
        and (
            (run_first and _run_publisher(lines[rest[0]]))
            or (listed and _sourced_first(f, before))
            or _meta_source_first(f, before)
            or _meta_source_first(f, after)
        )
        and _card_source_line(lines[rest[0]])
    ):
        source = lines[rest[0]]
    head = 1 if source or chip else 0
    if source is not None and len(rest) > 2 and _chip_over_title(f, rest[1], rest[2]):
        head = 2  # ("The Atlantic" / "Apple News+" / title, "Expansión" / "Opinión" / title)
    title = rest[head] if rest else -1
    # (a badge printed under several cards, "Premium", is no summary)
    text = [row for row in rest[head + 1 :] if not _badge(f, row)]
    if source is not None:  # (a source and a title: navigation under them is no text)
        text = list(itertools.takewhile(lambda row: _is_prose(lines[row]), text))
    if source is None and (
        # title / summary / "Irish Independent", stamp-less
        (len(text) > 1 and listed and _card_source_line(lines[text[-1]]))
        or (under and not summary and _publisher_under_title(f, (before, after), text))
    ):
        source = lines[text.pop()]
    if (
        not (text or source)  # (a source line and a title make a card too)
        # (a title right under the card's header is its kicker, unless its stamp closed it)
        or not (source or summary or closed)
        or sum(_words(lines[row]) for row in text) >= _REAL_BODY_WORDS
        or not _free_title(f, title, taken)
        or _is_name(lines[title])
        # ("What happens next": a subheading; not under a publisher over a summary)
        or (_words(lines[title]) <= _SUBHEADING_MAX_WORDS and not _published_short(source, text))
        or not all(_is_prose(lines[row]) for row in text)
    ):
        return None
    return _Card(rest[0], title, title + 1, source, None)


def _published_short(source: str | None, text: list[int]) -> bool:
    """A short title ("Gaza ceasefire holds") is a card's, not a subheading of the card
    before, when a publisher the vocabulary knows stands over it ("Associated Press"; not a
    label shaped as a masthead, "The Big Picture" / "Why it matters") and a summary under
    it: text goes on under a subheading with no publisher over it."""
    return source is not None and bool(text) and _vocabulary_publisher(source)


def _run_publisher(name: str) -> bool:
    """A name a run's phase alone may read as a stampless card's source: a publisher by the
    vocabulary or by a masthead's shape ("The Atlantic"), no place ("The Hague") and no
    person's name (a columnist's, "Priya Raman"; a region's kicker, "Occitanie": unknown)."""
    return _known_publisher(name) and not _place_line(name) and not _is_person(name)


def _publisher_under_title(f: _Features, beside: tuple[_Card, ...], text: list[int]) -> bool:
    """Title / "La Dépêche du Midi" right under a card's meta lines, in a run that prints
    sources under titles and next to a card that does (one of ``beside``, the cards around
    it): the name under it is its publisher.
    Only a publisher the vocabulary knows: a title over an advertiser is as often an ad
    whose label clean took ("Anzeige" / title / "Regionalbank …"), and one over a place
    shaped as a masthead a local item's ("El Ejido", "The Hague")."""
    return (
        len(text) == 1  # (a summary between them: the list's other rule)
        and any(_closes_on_source(f, card) for card in beside)
        and _card_source_line(f.lines[text[0]])
        and _vocabulary_publisher(f.lines[text[0]])  # (not by shape alone: "El Ejido")
    )


def _card_furniture_over_source(f: _Features, index: int, source: int, taken: set[int]) -> bool:
    """A line under a card's summary, over the next card's source line, that is no text
    and no publisher and opens as a line no card took above it does ("Flipped into … by
    Name" under several cards): the card's furniture, printed under each card."""
    line = f.lines[index]
    if _is_prose(line) or _card_source_line(line) or not _card_source_line(f.lines[source]):
        return False
    opening = _opening(line)
    return len(opening) == _FURNITURE_OPENING_WORDS and any(
        other not in taken and _opening(f.lines[other]) == opening
        for other in range(max(index - _ECHO_REACH, 0), index)
    )


def _opening(line: str) -> tuple[str, ...]:
    """A line's first words, casefolded."""
    return tuple(line.casefold().split()[:_FURNITURE_OPENING_WORDS])


def _stamp_closes(f: _Features, card: _Card) -> bool:
    """Title / stamp (and a label the stamp's meta lines took): the stamp under the title
    closes the card, no text follows it."""
    return not card.inline and any(
        f.stamp(index) is not None for index in range(card.title + 1, card.body_from)
    )


def _chip_over_title(f: _Features, index: int, title: int) -> bool:
    """A short label ("Editorial", "Security") right over the title line ``title``: its
    card's chip."""
    line = f.lines[index]
    return (
        title == index + 1
        and bool(line)
        and _words(line) <= _KICKER_MAX_WORDS
        and not f.is_title(index)
        and not f.is_meta(index)
        and not _is_prose(line)
        and not _is_person(line)  # ("Helen Marsh" / deck: the author's name over the text)
    )


def _card_source_line(line: str) -> bool:
    """A publisher's name on a card's own line ("Financial Times"), not a section's."""
    return _is_source_name(line) and _source_shape(line) and not is_section_name(line)


def _badge(f: _Features, index: int) -> bool:
    """A short line printed more than once that is no sentence: a badge or a label."""
    line = f.lines[index]
    return line.casefold() in f.repeated and not _is_prose(line)


def _meta_source_first(f: _Features, card: _Card) -> bool:
    """The card's first line is a "Source · 3h" line naming its source, over its title."""
    meta = f.metas[card.start]
    return card.start < card.title and meta is not None and meta[0] == card.source


def _opens_on_source(f: _Features, card: _Card, taken: set[int]) -> bool:
    """The card prints its source over its title: on its first line, on a "Source · 3h"
    line, or, its meta lines naming none, on the free line right over its title."""
    over = card.title - 1
    return (
        _sourced_first(f, card)
        or _meta_source_first(f, card)
        or (
            card.source is None
            and card.start == card.title
            and over >= 0
            and over not in taken
            and _card_source_line(f.lines[over])
        )
    )


def _one_line_cards(f: _Features, begin: int, taken: set[int]) -> list[_Card]:
    """ "Oil prices slip - Reuters - 2 hours ago": a card on one line, or "Title · 2h ago"
    under its source (added to ``taken``)."""
    cards: list[_Card] = []
    if not f.headlines:
        return cards
    for index in sorted(f.headlines):
        meta = f.metas[index]
        if index >= begin and index not in taken and meta is not None:
            card = _Card(index, index, index + 1, meta[0], meta[1])
            if card.source is None and index > begin:  # "Rappler" / "Title · 2h ago"
                _source_above(f, card, index - 1, taken)
            cards.append(card)
            taken.update(range(card.start, index + 1))
    return cards


def _under_card(f: _Features, index: int, begin: int) -> bool:
    """``index`` ends another card: its stamp, or a short label under that stamp (the next
    card's kicker or author: "2 hours ago" / "Politics" / title / summary / stamp; a region's
    chip of a few words with a particle: "Há 1 dia" / "Ribeirão Preto e Franca" / title)."""
    if index < begin:
        return False
    if f.stamp(index) is not None:
        return True
    line = f.lines[index]
    return (
        index > begin
        and bool(line)
        and f.stamp(index - 1) is not None
        and (
            (_words(line) <= _KICKER_MAX_WORDS and _is_name(line))
            or (_words(line) <= _SHORT_NAME_WORDS and _chip_of_capitals(line))
            or (_short_label(f, index) and index - 3 >= begin and _short_label(f, index - 3))
        )
    )


def _short_label(f: _Features, index: int) -> bool:
    """A chip of a few words, no sentence nor stamp ("Rental market", "Condo investors"):
    under a card's stamp it is the next card's when the card above prints one over its title
    too (chip / title / "December 1, 2026" / chip / title / summary / stamp)."""
    line = f.lines[index]
    return (
        bool(line)
        and _words(line) <= _KICKER_MAX_WORDS
        and line[-1].isalnum()
        and f.stamp(index) is None
    )


# a place name's joining words: a name's particles ("Vale do Paraíba") and "and" ("Ribeirão
# Preto e Franca"); a short verb or preposition ("Biden won Georgia") makes a headline
_PLACE_JOINS = NAME_PARTICLES | {"e", "and", "et", "und"}


def _chip_of_capitals(line: str) -> bool:
    """A label of capitalised words joined by lowercase particles ("Ribeirão Preto e Franca",
    "Vale do Paraíba"), no sentence: its first and last words capitalised, no punctuation."""
    words = line.split()
    return (
        len(words) >= 2
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(word.isalpha() for word in words)
        and all(word[:1].isupper() or word in _PLACE_JOINS for word in words)
    )


def _video_in_text(f: _Features, c: "_Cluster") -> bool:
    """A title over a clip's length ("00:57") between paragraphs of an article: a video
    player inside the text (its title and length), no teaser and no text; or a video card's
    title over its length in a list of dated cards (``_clip_under_dated_title``)."""
    return (
        c.end == c.anchor + 1
        and _clip_length(f.lines[c.anchor])
        and _inline_teaser(f, c.above, c.start, c.end)
    ) or (c.start == c.anchor == c.end - 1 and _clip_under_dated_title(f, c.anchor))


def _length_over_stamped_title(f: _Features, c: "_Cluster") -> bool:
    """A clip's length alone over a title with a stamp of its own under it ("03:12" / title /
    "Source · 2 hours ago": a video card's thumbnail and its meta line): no stamp of the
    card; a list's clock two lines under another clock stays a clock (``_in_clock_list``)."""
    under = c.end + 1
    return (
        c.start == c.anchor == c.end - 1
        and c.title_after
        and _clip_length(f.lines[c.anchor])
        and not _in_clock_list(f.lines, c.anchor, f.lines[c.anchor])
        and under < len(f.lines)
        and f.stamp(under) is not None
        and not _clip_length(f.lines[under])
    )


def _inline_teaser(f: _Features, title: int, start: int, end: int) -> bool:
    """Title / stamp between paragraphs of an article that go on under it: a teaser inside
    the text (a card list has one summary a card)."""
    lines = f.lines
    return (
        title >= _TEXT_AROUND
        and start == title + 1
        and end + _TEXT_AROUND <= len(lines)
        and f.is_title(title)
        and all(lines[i] and _is_prose(lines[i]) for i in range(title - _TEXT_AROUND, title))
        and all(lines[i] and _is_prose(lines[i]) for i in range(end, end + _TEXT_AROUND))
    )


def _closing_paragraph(f: _Features, index: int) -> bool:
    """A paragraph of sentences under another paragraph, not a headline, though it may end
    without a full stop ("… within the next 48 hours. PTI ABC XYZ" / "First Published: …")."""
    line = f.lines[index]
    return (
        index > 0
        and _words(line) >= _PROSE_ANY_WORDS
        and bool(_INNER_SENTENCE_END.search(line))
        and bool(f.lines[index - 1])
        and _is_prose(f.lines[index - 1])
    )


def _stamp_closing_card(f: _Features, index: int, *, meta: bool = False) -> bool:
    """Line ``index`` is a stamp with no prose under it (past a blank line, where clean took
    a label out): it closes a card of a list (the next card's chip or headline follows), where
    an article's header stamp has its text under it. With ``meta``, a "Source · stamp" line
    ("ANP · 2 uur geleden") closes its card too."""
    lines = f.lines
    under = index + 1
    if under < len(lines) and not lines[under]:
        under += 1
    stamp = f.stamp(index) if meta else f.times[index]
    return stamp is not None and (under >= len(lines) or not _is_prose(lines[under]))


def _author_with_role(f: _Features, name: int, taken: set[int]) -> bool:
    """An author's name over their role, paper or place ("Investigador del Instituto de
    Ingeniería", "Milwaukee Ledger-Star", "in Beijing"), under a standfirst or headline."""
    lines = f.lines
    role = lines[name + 1]
    return (
        name not in taken
        and name + 1 not in taken
        and name > 0
        and _person_name(lines[name])
        and bool(role)
        and not _is_prose(role)
        and _words(role) <= _RUN_MAX_WORDS
        and not _QUOTE_OPEN.search(role)  # (a headline quoting: "Gill says GT ‘fell short’")
        # (not a long headline under a name no person bears: "GMA News" / "PAGASA: Storm
        # may form east of …")
        and (
            _words(role) <= _HEADER_MAX_WORDS or not f.is_title(name + 1) or _is_person(lines[name])
        )
        and (
            (role[0].isupper() and _is_prose(lines[name - 1]))
            or (role[0].islower() and _words(role) <= _KICKER_MAX_WORDS)  # "in Beijing"
            # (under a card's headline or summary without its full stop: "Political editor")
            or (_role_line(role) and f.is_title(name - 1) and _stamp_closing_card(f, name + 2))
        )
        and not _source_over_headline(f, name)
        # (a headline opening with the name over it is a card's under its place chip:
        # "Buena Vista" / "Buena Vista trustees hear plan for …"; no role repeats its name)
        and not role.startswith(lines[name] + " ")
    )


def _source_over_headline(f: _Features, name: int) -> bool:
    """ "Bay Radio" / "Ferry fares: what changes in May" on a page whose cards print their
    sources: a publisher (no person's name) over a card's title, not an author and role."""
    line = f.lines[name]
    return (
        f.printed_sources >= _SOURCED_PAGE
        and f.is_title(name + 1)
        and _is_publisher(line, f)
        and not _is_person(line)
        and _outlet_words().isdisjoint(f.lines[name + 1].casefold().split())
    )  # ("Special to The Harbour Times": an author's role)


def _card_follows(f: _Features, index: int, *, title_after: bool, authored: bool = False) -> bool:
    """Another card starts at ``index``: a title and its stamp, or a kicker or source line
    over a title and a stamp (``authored``: also title / author / stamp)."""
    if index >= len(f.lines):
        return False
    if title_after:  # title / stamp, or title / summary / stamp
        after = index + 1
        line = f.lines[after] if after < len(f.lines) else ""
        if line and (_is_prose(line) or (authored and _is_name(line) and not f.stamp(after))):
            after += 1
        return after < len(f.lines) and f.stamp(after) is not None
    return bool(f.lines[index]) and _heads_card(f, index)


def _credit_only(lines: tuple[str, ...], index: int) -> bool:
    """ "Image: Andrej Isaković/AFP/Getty Images": a photo credit on a line of its own."""
    if index >= len(lines) or not lines[index]:
        return False
    credit = split_credit(lines[index])
    return credit is not None and not credit[0]


def _cluster_start(f: _Features, anchor: int, begin: int, taken: set[int]) -> int:
    """The first of the meta lines above a card's stamp (not an attribution closing text),
    with an author's name and role over them."""
    start = anchor
    while (
        start - 1 >= begin
        and start - 1 not in taken
        and f.is_meta(start - 1)
        and not _closes_text(f, start - 1)
    ):
        start -= 1
    if start - 2 >= begin and _author_with_role(f, start - 2, taken):
        start -= 2  # "Rodrigo Salinas Ortega" / "Investigador del Instituto …" / stamp
    elif start == anchor and _place_under_summary(f, anchor - 1, begin, taken):
        start -= 1  # title / summary / "Tokyo, Japan" / "6 hours ago"
    return start


def _place_under_summary(f: _Features, place: int, begin: int, taken: set[int]) -> bool:
    """The story's place on its own line between a card's summary and its stamp (title /
    summary / "Kanazawa, Japan" / "5 hours ago"): a meta line of the card, no title of a
    card of its own over the stamp."""
    return (
        place - 1 >= begin
        and not {place, place - 1} & taken
        and bool(f.lines[place])
        and _place_line(f.lines[place])
        and _is_prose(f.lines[place - 1])
    )


def _card_layout(f: _Features, begin: int, skip: set[int]) -> _Layout:
    """Do the page's cards print their stamp above the title ("09h42" / title / summary),
    or under their summary (title / summary / "2h")? Is a name over a stamp the card's
    author under its title (title / "Ana Medina" / "3h"), not the source of the next title
    ("Reuters" / "3h" / title)? A vote over its bare stamp lines (an ad's title, in
    ``skip``, under a stamp is no card's)."""
    lines = f.lines
    after = before = under_summary = author = source = author_under_summary = signed = 0
    following = False
    firsts: dict[int, int] = {}  # (``_chip_under_stamp``'s walks up a river, shared)
    stamps = f.stamp_lines[bisect_left(f.stamp_lines, begin) :]
    chips_first = bool(stamps) and _chip_title_stamp(f, stamps[0], begin, skip)
    for index in stamps:
        if index > begin and _commenter(lines[index - 1]):
            continue  # (a reader's comment's stamp, "Mira K." / "2h": no card's shape)
        chipped = not chips_first and _chip_under_stamp(f, index, skip, firsts)
        following = (
            index + 1 < len(lines)
            and bool(lines[index + 1])
            and index + 1 not in skip
            and f.is_title(index + 1)
            and not is_command(lines[index + 1])  # ("hier" / "Voir plus d’actualités": a link)
        ) or chipped
        over = _over_stamp(f, index, following=following, skip=skip)
        # (a chip between the stamp and the title under it ties the stamp to that title,
        # whatever title the card above ends with)
        preceding = over >= begin and bool(lines[over]) and f.is_title(over) and not chipped
        after += following and not preceding
        before += preceding and not following
        if index - 2 >= begin and lines[index - 1] and _voting_name(lines[index - 1]):
            titled = (
                bool(lines[index - 2])
                and f.is_title(index - 2)
                and _words(lines[index - 2]) > _KICKER_MAX_WORDS  # not "Plus pour vous"
            )
            summarised = not titled and _under_standfirst(f, index - 2, begin, set())
            # (a person's name under a summary is that card's author whatever follows it,
            # no publisher opening the next card: "Ana Medina" under title / summary)
            person = summarised and _is_person(lines[index - 1])
            signed += person
            author += titled or person
            author_under_summary += summarised and not person  # title / summary / name / stamp
            source += following and not titled and not person
        under_summary += (
            over - 1 >= begin
            and bool(lines[over])
            and (_is_prose(lines[over]) or _listed_unstopped_deck(f, over, begin, set()))
            and bool(lines[over - 1])
            and f.is_title(over - 1)
        )
    if not following:  # (the last card ends with its stamp: names close their cards)
        author += author_under_summary
    # (a stamp with a title over it and none under it closes a card as well)
    summary_first = under_summary >= _STAMP_FIRST_MIN and under_summary + before > after
    author_first = author >= _STAMP_FIRST_MIN and author > source
    stamp_first = (  # (and the last stamp heads a card too)
        not summary_first
        and not (signed >= _STAMP_FIRST_MIN and signed > source)
        and following
        and after >= _STAMP_FIRST_MIN
        and after > 2 * before
    )
    return _Layout(stamp_first, summary_first, author_first)


def _chip_title_stamp(f: _Features, stamp: int, begin: int, skip: set[int]) -> bool:
    """The first card prints a chip over its title and its stamp under it, and the next
    card's chip and title follow ("Cronaca" / title / "aggiornato alle 11:20" / "Economia"
    / title): a chip under a stamp is the next card's, over its own title, and ties that
    stamp to no title under it (a home page's cards, each under its section's name, their
    stamps under their titles; a list's heading and its short description over the
    river's first stamp, "Dépêches" / "L'actualité en continu", or over a date bar over its
    clocks, is no such card)."""
    title, chip = stamp - 1, stamp - 2
    return (
        chip >= begin
        and _stamp_chip_title(f, stamp, skip)
        and chip not in skip
        and _chip_over_title(f, chip, title)
        and _free_title(f, title, skip)
        and not _is_name(f.lines[title])
        and _words(f.lines[title]) > _KICKER_MAX_WORDS
        and not _summarised_clock_card_under(f, stamp)
    )


def _summarised_clock_card_under(f: _Features, stamp: int) -> bool:
    """A bare clock (no label) over a chip, a title and a summary ("11h48" / "Nantes" /
    title / "La portion … jusqu'à jeudi."): read chip / title / stamp, the list's next card
    would print a summary its first one lacks; the clocks head their cards, and the two
    lines over the first are the list's heading and strapline ("Fil info" / "Toute
    l'actualité en continu"), no card (auditor B's B-1). A labelled stamp ("aggiornato alle
    11:40" / "Politica" / title / summary) closes its card: chip / title / stamp cards."""
    summary = stamp + 3
    return (
        summary < len(f.lines)
        and f.lines[stamp][:1].isdigit()  # (bare: "aggiornato alle 11:40" closes its card)
        and is_clock_only(f.lines[stamp])
        and _is_prose(f.lines[summary])
        and f.stamp(summary) is None
    )


def _voting_name(line: str) -> bool:
    """A name over a stamp that tells the list's shape: also a domain or a lower-case brand
    ("n-tv.de", "t3n", "la Repubblica"), not a lower-case chip ("plus")."""
    return _is_name(line) or _is_domain(line) or lower_brand(line)


def _over_stamp(f: _Features, stamp: int, *, following: bool, skip: set[int]) -> int:
    """The line over a stamp's card meta: over a "Published" label (title / "Published" /
    stamp) or, when the stamp closes its card (``_stamp_ends_card``), a bare byline (title /
    summary / "By Tom Pickersgill" / stamp / the next card), which prints with the stamp,
    not instead of the title or summary; over the story's place between a card's summary
    and its stamp (``_place_under_summary``) as well. An article's header (title / deck /
    byline / stamp / its text) is no card's shape."""
    over = stamp - 1
    if (
        over in f.labels
        or (
            over > 0
            and f.bylines[over]
            and f.stamp(over) is None
            and _stamp_ends_card(f, stamp, following=following, skip=skip)
        )
        or _place_under_summary(f, over, 0, skip)
    ):
        over -= 1
    return over


def _stamp_ends_card(f: _Features, stamp: int, *, following: bool, skip: set[int]) -> bool:
    """The stamp closes a card: a title (``following``), a chip and a title, a blank or the
    block's end under it."""
    lines = f.lines
    return (
        following
        or stamp + 1 == len(lines)
        or not lines[stamp + 1]
        or _label_then_title(f, stamp + 1, skip)
    )


def _cluster_end(f: _Features, end: int, taken: set[int]) -> int:
    """The end of a card's meta lines from ``end`` on, with a label before the title."""
    n = len(f.lines)
    while (
        end < n
        and end not in taken
        and f.is_meta(end)
        and not _heads_next(f, end, taken)
        and not _stamp_of_next(f, end, taken)
        and not _byline_of_next(f, end, taken)
    ):
        end += 1
    # (no ``firsts`` memo: it holds only for one ``taken``, which grows between the calls)
    if _label_then_title(f, end, taken) or _chip_under_stamp(f, end - 1, taken):
        end += 1  # "The Atlantic" / "1h ago" / "Opinion" / title; "10:24 Uhr" / "Energie" / title
    return end


def _heads_next(f: _Features, index: int, taken: set[int]) -> bool:
    """ "Fox Business · 5h" over a title, under another card's stamp ("4h"): the next card's
    meta line, not more of this one's."""
    meta = f.metas[index]
    return (
        meta is not None
        and meta[0] is not None
        and index + 1 < len(f.lines)
        and bool(f.lines[index + 1])
        and _free_title(f, index + 1, taken)
    )


def _stamp_of_next(f: _Features, index: int, taken: set[int]) -> bool:
    """A whole stamp right under another one, between two cards of a list that mixes
    shapes ("Summary." / "4h ago" / "3h ago" / title): the first closes the card above,
    this one heads the title under it. Not a stamp's clock on its own line ("27 Nov 2026"
    / "10:05 GMT") nor an update under its publication stamp."""
    if not 2 <= index < len(f.lines) - 1:
        return False
    stamp, over = f.stamp(index), f.stamp(index - 1)
    return (
        stamp is not None
        and over is not None
        and bool(f.lines[index - 2])
        and f.stamp(index - 2) is None  # (a text or a title over the first stamp)
        and not is_clock_only(stamp)
        and not is_update_stamp(stamp)
        and not is_update_stamp(over)
        and _free_title(f, index + 1, taken)
    )


def _byline_of_next(f: _Features, index: int, taken: set[int]) -> bool:
    """A byline between a card's whole stamp and another stamp over a title ("Source · 3h"
    / "By Ana Ruiz" / "27 Nov 2026" / title, in a list that mixes shapes): the byline and
    the stamp under it head that title, the first stamp closes the card above."""
    if not 1 <= index < len(f.lines) - 2:
        return False
    over, under = f.stamp(index - 1), f.stamp(index + 1)
    return (
        f.bylines[index]
        and over is not None
        and under is not None
        and index + 1 not in f.headlines  # (a one-line card's stamp heads nothing)
        and not is_update_stamp(under)
        and not is_clock_only(under)
        and _free_title(f, index + 2, taken)
    )


def _label_then_title(f: _Features, index: int, taken: set[int]) -> bool:
    """A one-word label ("Opinion", "Analysis") between a card's stamp and its title."""
    return (
        index + 1 < len(f.lines)
        and _section_label(f, index, taken)  # not the next card's source ("Reuters")
        and _free_title(f, index + 1, taken)
        and not _is_name(f.lines[index + 1])
    )


def _chip_under_stamp(
    f: _Features, stamp: int, taken: set[int], firsts: dict[int, int] | None = None
) -> bool:
    """A topic chip between a stamp and its card's title: under a bare clock ("10:24 Uhr" /
    "Energie" / title, "08h02" / "Faits divers" / title: a fil info's card prints its clock
    first, its chip then, any short label, not only a known section's name, then its title),
    or under any stamp of a river of such cards under its heading
    (``_heading_over_stamp_pairs``: "Just In" / "Posted 12m ago" / "Queensland" / title / …).
    ``firsts``: the river's first stamp of each stamp walked, for a caller asking about every
    stamp with the same ``taken`` (one walk a river, not one a card: linear on a long river)."""
    if not _stamp_chip_title(f, stamp, taken):
        return False
    if is_clock_only(f.lines[stamp]) or _under_clock_chip_card(f, stamp, taken):
        return True
    first = _river_first(f, stamp, taken, {} if firsts is None else firsts)
    return first > 0 and _heading_over_stamp_pairs(f, first - 1)


def _under_clock_chip_card(f: _Features, stamp: int, taken: set[int]) -> bool:
    """A stamp with a clock under a bare clock's stamp / chip / title card: a fil info's
    older card prints its day with its clock ("13:31" / "Tech" / title / "gisteren 23:48" /
    "Binnenland" / title), the same card's shape (its cards' summaries and the ads between
    them keep ``_river_first``'s three-line walk from reaching it)."""
    at = bisect_left(f.stamp_lines, stamp)
    previous = f.stamp_lines[at - 1] if at > 0 else -1
    return (
        previous >= 0
        and has_clock(f.lines[stamp])
        and is_clock_only(f.lines[previous])
        and _stamp_chip_title(f, previous, taken)
    )


def _river_first(f: _Features, stamp: int, taken: set[int], firsts: dict[int, int]) -> int:
    """The first stamp of the river of stamp / chip / title cards that ends at ``stamp``,
    walking up a card (three lines) at a time, from where ``firsts`` already knows it."""
    walked = []
    first = stamp
    while first not in firsts and _stamp_chip_title(f, first - 3, taken):
        walked.append(first)
        first -= 3
    first = firsts.get(first, first)
    for index in walked:
        firsts[index] = first
    return first


def _stamp_chip_title(f: _Features, stamp: int, taken: set[int]) -> bool:
    """Stamp / short label / title (``_chip_under_stamp``)."""
    chip = stamp + 1
    return (
        stamp >= 0
        and chip + 1 < len(f.lines)
        and chip not in taken
        and f.stamp(stamp) is not None
        and _chip_over_title(f, chip, chip + 1)
        and _free_title(f, chip + 1, taken)
        and not _is_name(f.lines[chip + 1])
    )


def _sourced_summary(f: _Features, above: int, begin: int, taken: set[int]) -> bool:
    """The stamp sits under "Headline" / "Publisher" / "Summary": a card printing its source
    between its title and summary."""
    lines = f.lines
    return (
        above - 2 >= begin
        and above not in taken
        and above - 1 not in taken
        and _is_prose(lines[above])
        and _is_source_name(lines[above - 1])
        and _source_shape(lines[above - 1])
        and _free_title(f, above - 2, taken)
        and not _is_name(lines[above - 2])
    )


def _under_standfirst(f: _Features, above: int, begin: int, taken: set[int]) -> bool:
    """The stamp sits under "Headline" / "Standfirst": it is that article's, and a title-like
    line after it ("Explore our plans") heads no card."""
    return (
        above - 1 >= begin
        and above not in taken
        and (
            _is_prose(f.lines[above])
            or _brief_sentence(f.lines[above])
            or _listed_unstopped_deck(f, above, begin, taken)
            # (a deck without its full stop over a byline, about as long as the headline
            # over it: a card's header; a long kicker over a longer headline is no deck)
            or (
                f.bylines[above + 1]
                and _unstopped_deck(f, above, begin, taken)
                and _decked_pair(f.lines[above - 1], f.lines[above])
            )
        )
        and _free_title(f, above - 1, taken)
        # (a name over a text is its author's or publisher's; a Title Case headline of five
        # words or more is no name: "The Best Password Managers for 2027")
        and (not _is_name(f.lines[above - 1]) or _words(f.lines[above - 1]) > _SHORT_NAME_WORDS)
    )


def _comment_lines(f: _Features, page: CleanPage) -> set[int]:
    """Readers' comments under an article: a line of two sentences ("Another loan, another
    celebration. When will we stand on our own feet?") or a sentence under its writer's name
    and stamp, in a block that ends the article, heads no card, and its stamp closes none
    ("Showing 50 of 412 comments" / "NorthernSaver" / stamp / comment: no title over a
    name); a headline of two sentences under its stamp is printed in a "Related" block or
    above any mark."""
    marks = sorted(page.marks)
    out: set[int] = set()
    # (an "end" heading over the page's first sentence is a menu's: no article ends there)
    first_text = next((index for index, line in enumerate(f.lines) if _is_prose(line)), 0)
    for at, (mark, kind) in enumerate(marks):
        if kind != "end" or mark < first_text:
            continue
        stop = marks[at + 1][0] if at + 1 < len(marks) else len(f.lines)
        stamps = f.stamp_lines[bisect_left(f.stamp_lines, mark) : bisect_left(f.stamp_lines, stop)]
        for stamp in stamps:
            if stamp + 1 < stop and _comment_under(f, stamp):
                out.update((stamp, stamp + 1))
    return out


def _comment_under(f: _Features, stamp: int) -> bool:
    """Under a stamp in a block that ends the article: a comment of two sentences, or a
    sentence under its writer's name ("Terence Hill" / stamp / "And how much of that squid
    ends up in Spanish restaurants, I wonder?"). Not under a publisher's stamp line
    ("Fell Times · 20 min ago": it heads a card, its headline two sentences) nor
    under a stamp with a headline over it (title / stamp / a summary of two sentences)."""
    text, writer = f.lines[stamp + 1], f.lines[stamp - 1] if stamp > 0 else ""
    printed = f.meta_name(stamp)
    if (printed is not None and _is_publisher(printed, f)) or _headline_over(f, stamp):
        return False
    return bool(text) and (
        _two_sentences(text)
        or (
            _is_prose(text)
            and text[-1] in ".!?"
            and bool(writer)
            and _is_name(writer)
            and not f.is_title(stamp - 1)
            and not _card_over(f, stamp - 1)
        )
    )


def _headline_over(f: _Features, stamp: int) -> bool:
    """A headline right over the stamp (no reader's name): title / stamp / summary."""
    over = f.lines[stamp - 1] if stamp > 0 else ""
    return (
        bool(over)
        and f.is_title(stamp - 1)
        and _words(over) > _KICKER_MAX_WORDS
        and not _is_name(over)
    )


def _card_over(f: _Features, writer: int) -> bool:
    """A headline over a publisher's name ("Harbour Times") over the stamp: a card's title,
    source and summary, no reader's comment."""
    return writer > 0 and f.is_title(writer - 1) and _is_publisher(f.lines[writer], f)


def _ad_lines(f: _Features, page: CleanPage) -> set[int]:
    """Lines of advertising cards: the title after an "ad" mark and its text; also a card
    whose meta line starts with the ad label ("Ad • Cashflow Insider" / title)."""
    out: set[int] = set()
    lines = f.lines
    marks = {index for index, _ in page.marks}
    titles = [mark for mark, kind in page.marks if kind == "ad"]
    related = {mark for mark, kind in page.marks if kind == "related"}
    for label in f.ad_labels:
        out.add(label)
        titles.append(label + 1)
    named_stamps = [
        stamp
        for stamp in f.stamp_lines
        if stamp > 0 and lines[stamp - 1] and _is_source_name(lines[stamp - 1])
    ] if titles else []  # fmt: skip
    for mark in titles:
        closed = _ad_closed_by_label(f, mark) if mark not in related else []
        out.update(closed)
        if closed or _empty_slot_over_card(f, mark):
            continue  # (the label closed the ad over it, or the slot's ad did not render:
            # the lines under it are the next card)
        if _advertiser(f, mark, related, out):
            out.add(mark)  # "Sponsored" / "HomeBuddy": the advertiser, no card's source
            # (a name printed like a headline may be the ad's own title over its tagline:
            # "Home Loan Offers" / "Owners are switching …"; the line under it goes either way)
            if _ad_title_over_card(f, mark + 1) or (f.is_title(mark) and _tagline(f, mark + 1)):
                out.add(mark + 1)
            continue
        if mark >= len(lines) or not f.is_title(mark) or _words(lines[mark]) >= _PROSE_ANY_WORDS:
            continue  # an "Advertisement" slot inside an article (text under it) hides no card
        if mark - 1 not in f.ad_labels and _under_ad(f, mark, out):
            continue  # ("Sponsored" / ad / advertiser / "Ad": the next card's title follows)
        out.add(mark)
        if _listed_ad(f, mark):
            out.update((mark + 1, mark + 2))  # (its advertiser and its stamp: the ad's)
            continue
        index = mark + 1
        while index < len(lines) and lines[index] and index not in marks:
            if f.is_meta(index) or not (_is_prose(lines[index]) or _is_name(lines[index])):
                if index == mark + 1 and (_tagline(f, index) or _is_domain(lines[index])):
                    # "Home Insurance Quotes" / "Homeowners are saving …"; the ad's title
                    # over its advertiser's web address ("reifen-discount24.de")
                    out.add(index)
                break
            # "AquaTech Solutions": the advertiser, unless the page's cards print a name over
            # their stamps and a stamp is under this one (then it is the next card's source:
            # "Excélsior" / "hace 1 día"; over a title it is the ad's, "Ad title" / "Volta
            # Energy" / title / "Harbour Times" / "2h")
            advertiser = (
                index == mark + 1
                and _is_name(lines[index])
                and (
                    index + 1 == len(lines)
                    or f.stamp(index + 1) is None
                    or not any(stamp != index + 1 for stamp in named_stamps)
                )
            )
            if not advertiser and (
                _heads_card(f, index)
                or (f.is_title(index) and _card_under(f, index))
                or (index > mark + 1 and _headline_over_summary(f, index))
            ):
                # the source line of the next card, or its title (title / summary / stamp;
                # under the ad's title and advertiser, a stampless card's title / summary)
                break
            out.add(index)
            index += 1
    return out


def _ad_closed_by_label(f: _Features, mark: int) -> list[int]:
    """The lines of an ad printed over its label in a title-first list (title / [advertiser]
    / "Sponsored" / [advertiser], clean drops the label and marks the line under it):
    between the stamp of the card above and the label, a headline and at most two lines
    under it (its advertiser, its pitch), no stamp; at ``mark`` a card (title / source /
    stamp), or the advertiser's name over one. Read the other way, the label heads the next
    card and takes its title as the ad's. [] when the page is not so."""
    lines = f.lines
    advertiser = mark < len(lines) and bool(lines[mark]) and _voting_name(lines[mark])
    card = mark + 1 if advertiser and not f.is_title(mark) else mark
    if not (card < len(lines) and lines[card] and f.is_title(card) and _card_under(f, card)):
        return []
    bottom = _over_blanks(f, mark)
    if mark - bottom < 2 or bottom < 1 or f.stamp(bottom) is not None:
        return []  # (no blank line where clean dropped the label, or a card closes there)
    top = bottom
    while top > 0 and lines[top - 1] and f.stamp(top - 1) is None and bottom - top < 2:
        top -= 1
    if (
        top < 1
        or f.stamp(top - 1) is None
        or not f.is_title(top)
        or f.stamp(top) is not None
        or (card > mark and top < bottom)  # (the name under the label heads a card over
        # its stamp, the title and summary over the label its card's: "EFE" / "45 min" / …)
    ):
        return []
    # (the card above prints the next card's shape, title over its bare stamp, a summary
    # under the title or not: a list printed stamp first, "Source · 2h" / title / summary,
    # has the ad's card under the label)
    reach = range(card + 1, min(len(lines), card + 3))
    size = next((at for at in reach if f.times[at] is not None), card) - card
    above = top - 1 - size
    if above > 0 and _is_prose(lines[above]) and not f.is_title(above):
        above -= 1
    if (
        not size
        or above < 0
        or not f.is_title(above)
        or (size == 2 and not _is_name(lines[top - 2]))
    ):
        return []
    if _card_layout(f, 0, set()).stamp_first:
        return []  # ("3h ago" / title / source: the lines over the label are a card, the ad under)
    return [*range(top, bottom + 1), *range(mark, card)]


def _listed_ad(f: _Features, title: int) -> bool:
    """An ad printed like the title-first cards around it: its title, the advertiser and a
    stamp ("Sponsored" / "Five retirement mistakes …" / "Fidelity Investments" / "2 days
    ago"), under a card that closes with its name and stamp (title / "The Hill" / "1 hour
    ago") and over the next card's title. Left open, the advertiser and its stamp head the
    next card, and every source and stamp under it moves one card down."""
    lines = f.lines
    name, stamp = title + 1, title + 2
    above = _over_blanks(f, title)
    if above in f.ad_labels:
        above = _over_blanks(f, above)
    return (
        stamp + 1 < len(lines)
        and above >= 2
        and f.stamp(stamp) is not None
        and _is_name(lines[name])
        and f.is_title(stamp + 1)
        and f.stamp(above) is not None
        and _is_name(lines[above - 1])
        and f.is_title(above - 2)
    )


def _advertiser(f: _Features, mark: int, related: set[int], ads: set[int]) -> bool:
    """A name that is no headline right under an ad's label: the advertiser; so is a short
    name printed like a headline over the ad's longer headline ("Sponsored" / "Kestrel
    Garden Rooms" / "A garden office that pays for itself …"); so is a web address there
    ("Gesponsert" / "Vergleich.de": no publisher's source under an ad's label). Not when a
    "Related" heading stands there too, nor when the label closes the ad in the block above
    it (ad / "Ad" / the next card's source)."""
    return (
        mark < len(f.lines)
        and mark not in related
        and not _closes_ad(f, mark, ads)
        and bool(f.lines[mark])
        and (_is_name(f.lines[mark]) or _is_domain(f.lines[mark]))
        and (not f.is_title(mark) or _name_over_headline(f, mark))
    )


def _name_over_headline(f: _Features, name: int) -> bool:
    """The short name at ``name`` stands over a longer headline that is no name; not when
    the card above the ad's label closes with its stamp or source (title-first cards: the
    headline under the name is the next card's)."""
    under = name + 1
    above = name - 2 if name - 1 in f.ad_labels else name - 1
    while above > 0 and not f.lines[above] and above > name - 3:
        above -= 1  # (the label's own line, left blank)
    return (
        under < len(f.lines)
        and not (
            above >= 0
            and bool(f.lines[above])
            and (f.stamp(above) is not None or _is_name(f.lines[above]))
        )
        and _words(f.lines[name]) <= _SHORT_NAME_WORDS
        and bool(f.lines[under])
        and f.is_title(under)
        and not _is_name(f.lines[under])
        and _words(f.lines[under]) > _words(f.lines[name])
    )


def _empty_slot_over_card(f: _Features, mark: int) -> bool:
    """An empty ad slot in a title-first list (the card over the label closes with its
    source and stamp): the lines from ``mark`` to the next stamp print that card's shape
    (as many lines, or one more: a kicker or a dek; a source over the stamp as it has;
    "Anzeige" / "WEATHER" / title / source / stamp under "BUSINESS" / title / source), at
    most ``_SLOT_CARD_MAX_LINES``: one card, the next, and no ad's title and advertiser
    over it ("3 godziny temu" / "Anzeige" / "POLITYKA" / title / "Rzeczpospolita" / stamp:
    audit B's P-4). An ad over the next card adds two lines or more."""
    lines = f.lines
    closing = _over_blanks(f, mark)
    if closing < 1 or f.stamp(closing) is None:
        return False
    size = _lines_over_stamp(f, closing)
    if size < 2 or not _is_name(lines[closing - 1]):
        return False
    reach = range(mark, min(len(lines), mark + size + 2))
    stamp = next((at for at in reach if f.stamp(at) is not None), None)
    if (
        stamp is None
        or not size <= stamp - mark <= min(size + 1, _SLOT_CARD_MAX_LINES)
        or not all(lines[mark:stamp])
        or not _is_name(lines[stamp - 1])
    ):
        return False
    # (a kicker over the title, or one more line: a dek's sentence under the title; a
    # second headline there is the ad's, a video's title over the next card)
    kicker = _words(lines[mark]) <= _KICKER_MAX_WORDS and not _is_prose(lines[mark])
    if kicker and f.is_title(mark + 1):
        return True
    if stamp - mark == size:
        return f.is_title(mark)
    return f.is_title(mark) and _is_prose(lines[mark + 1])


def _lines_over_stamp(f: _Features, stamp: int) -> int:
    """How many lines a card prints over its stamp at ``stamp``, up to the stamp of the card
    above it (0: no card's stamp within a card's reach above)."""
    for index in range(stamp - 1, max(-1, stamp - _AD_BLOCK_MAX_LINES - 1), -1):
        if not f.lines[index]:
            return 0
        if f.stamp(index) is not None:
            return stamp - index - 1
    return 0


def _under_ad(f: _Features, mark: int, ads: set[int]) -> bool:
    """The nearest line over ``mark`` is an ad's: the label at ``mark`` closed that ad."""
    return _over_blanks(f, mark) in ads


def _over_blanks(f: _Features, mark: int) -> int:
    """The nearest line over ``mark`` past a few blank lines."""
    above = mark - 1
    while above >= 0 and not f.lines[above] and mark - above <= _AD_BLOCK_MAX_LINES:
        above -= 1
    return above


def _closes_ad(f: _Features, mark: int, ads: set[int]) -> bool:
    """The ad label at ``mark`` is printed under the ad it labels (title / advertiser / "Ad"):
    the block of lines over it ends at one of that ad's lines (a longer block is another
    card's or text)."""
    lines = f.lines
    above = _over_blanks(f, mark)
    floor = max(-1, above - _AD_BLOCK_MAX_LINES)
    while above > floor and lines[above] and above not in ads:
        above -= 1
    return above in ads


def _ad_title_over_card(f: _Features, index: int) -> bool:
    """A headline under the advertiser with no stamp of its own, over the next card's source
    ("Homeowners Are Switching to This Plan" / "Valley Weather Desk" / "5h ago") or over
    the next card's stamp printed first ("5h ago" / "Valley Weather Desk" / title, or
    "Valley Weather Desk · 5h ago" / a title with no stamp under it): the ad's."""
    lines = f.lines
    if not (index + 2 < len(lines) and lines[index] and f.is_title(index) and lines[index + 1]):
        return False
    if _is_name(lines[index + 1]) and _heads_card(f, index + 1):
        return True
    if f.stamp(index + 1) is None or not lines[index + 2]:
        return False
    if _is_name(lines[index + 2]):
        return index + 3 < len(lines) and f.is_title(index + 3) and not _is_name(lines[index + 3])
    # (a stamp under that title would make the list title-first: the stamp the headline's)
    return f.is_title(index + 2) and (index + 3 == len(lines) or f.stamp(index + 3) is None)


def _headline_over_summary(f: _Features, index: int) -> bool:
    """A headline over a sentence that is no headline: a card's title and summary (an ad
    prints one headline, its advertiser and at most a tagline)."""
    below = index + 1
    return (
        f.is_title(index)
        and below < len(f.lines)
        and _is_prose(f.lines[below])
        and not f.is_title(below)
    )


def _tagline(f: _Features, index: int) -> bool:
    """The line under an ad's title: headline-shaped, but no card's title (no stamp under
    it, nor a summary and then a stamp: title / summary / "Source · 2h" is the next card;
    nor a card's source line: title / "Source" / "3 hours ago")."""
    return f.is_title(index) and not _card_under(f, index)


def _card_under(f: _Features, index: int) -> bool:
    """Under ``index`` the rest of a card: its stamp, a summary and then a stamp (title /
    summary / "Source · 2h") or a source line and a stamp (title / summary / "USA TODAY" /
    "5h ago"), or its source line (title / "Source" / "3 hours ago")."""
    lines = f.lines
    summary = index + 2 < len(lines) and _is_prose(lines[index + 1])
    return bool(
        (index + 1 < len(lines) and f.stamp(index + 1))
        or (summary and f.stamp(index + 2))
        or (
            summary and index + 3 < len(lines) and _is_name(lines[index + 2]) and f.stamp(index + 3)
        )
        or (index + 1 < len(lines) and _is_name(lines[index + 1]) and _heads_card(f, index + 1))
    )


def _heads_card(f: _Features, index: int) -> bool:
    """``index`` is a card's source line: a stamp under it, or a title and then a stamp
    ("Bloomberg" / title / summary / "Yesterday")."""
    following = range(index + 1, min(len(f.lines), index + _SOURCE_TO_STAMP + 1))
    stamps = [at for at in following if f.stamp(at) is not None]
    return bool(stamps) and (
        stamps[0] == index + 1 or (_is_name(f.lines[index]) and f.is_title(index + 1))
    )


# --- a list's block read card by card -------------------------------------------------------
# ``_stamped_cards`` reads each stamp with the page's one vote on its layout; a list that
# changes shape partway (a card of another shape, one without a stamp, an ad's title) then
# loses a card at its ends or folds one into its neighbour. ``_card_by_card`` reads each block
# of a list (its lines between blank lines) again, card by card: each line is one token (a
# title "T", a short heading "H" (a menu's item as a list's heading "M"), a stamp "S", an
# update stamp "U", a one-line card "C", a clip's length "V", a short name "N": a chip or an
# author, "A": a publisher's, prose "P": a summary, another short line "O"), a card is one of
# ``_SEGMENT_SHAPES``, and the reading that leaves the fewest lines in no card
# (``_LEFTOVER_COST``; a card without a stamp, a list turning its cards over cost too; a list
# under its own heading may turn them) is found by dynamic programming. It replaces the stamp-by-
# stamp reading only where it is clearly cheaper (``_SEGMENT_MARGIN``); ties keep the vote's
# reading (fail-soft).

_SegmentPart = tuple[str, int, int]  # token kinds, fewest, most
_SEGMENT_SHAPES: tuple[tuple[_SegmentPart, ...], ...] = (
    # [source or chip] / stamp / [label] / [a clip's length: a video card's] / title / [summary]
    (
        ("NA", 0, 1),
        ("S", 1, 1),
        ("SU", 0, 1),
        ("NA", 0, 1),
        ("V", 0, 1),
        ("T", 1, 1),
        ("P", 0, 2),
    ),
    # [chip] / title / [summary] / [source, author or chip: two at most] / stamp (an
    # "Updated 12m ago" alone is one: the stamp-by-stamp reading takes it too)
    (("NA", 0, 1), ("T", 1, 1), ("P", 0, 2), ("NOA", 0, 2), ("SU", 1, 1), ("SU", 0, 1)),
    # [chip] / title / summary: a card without a stamp
    (("NA", 0, 1), ("T", 1, 1), ("P", 1, 2)),
    # [source] / "Title - Source - 2h ago"
    (("NA", 0, 1), ("C", 1, 1)),
    # [source] / a clip's length / title, or title / length: a video card, no article
    (("NA", 0, 1), ("V", 1, 1), ("T", 1, 1)),
    (("NA", 0, 1), ("T", 1, 1), ("V", 1, 1)),
    # [chip] / title / [summary] / publisher: a card without a stamp, its source in the place
    # the list's stamped cards print theirs (an author or a chip under a title is no source)
    (("NA", 0, 1), ("T", 1, 1), ("P", 0, 2), ("A", 1, 1)),
    # publisher / chip / title / [summary]: a card without a stamp, its source over its chip
    # where the list's stamped cards print theirs ("El Confidencial" / "Opinión" / title; an
    # advertiser over its ad's title prints no chip)
    (("A", 1, 1), ("N", 1, 1), ("T", 1, 1), ("P", 0, 2)),
    # [chip] / title / publisher / summary: a card without a stamp printing its summary under
    # its source, in a list whose card before printed title / source / stamp
    (("NA", 0, 1), ("T", 1, 1), ("A", 1, 1), ("P", 1, 2)),
    # publisher / title / [summary]: a card without a stamp, its source over its title where
    # the list's stamped cards print theirs ("The Telegraph" / title, among "Sky News" /
    # title / "Yesterday"), the next card's top or the block's end under it
    (("A", 1, 1), ("T", 1, 1), ("P", 0, 2)),
)
(
    _STAMP_OVER_TITLE,
    _STAMP_UNDER_TITLE,
    _NO_STAMP,
    _ONE_LINE,
    _VIDEO_OVER,
    _VIDEO_UNDER,
    _SOURCE_NO_STAMP,
    _SOURCE_OVER_NO_STAMP,
    _SOURCE_THEN_SUMMARY,
    _SOURCE_OVER_TITLE_NO_STAMP,
) = range(len(_SEGMENT_SHAPES))
_VIDEOS = (_VIDEO_OVER, _VIDEO_UNDER)
_STAMPLESS = (
    _NO_STAMP,
    _SOURCE_NO_STAMP,
    _SOURCE_OVER_NO_STAMP,
    _SOURCE_THEN_SUMMARY,
    _SOURCE_OVER_TITLE_NO_STAMP,
)
_OVER_SIDE, _UNDER_SIDE = 1, 2  # the reading's states after a stamp over or under its title
# each shape's side: the two stamped shapes first, the others 0 (the last card's)
_SHAPE_SIDES = (_OVER_SIDE, _UNDER_SIDE, *[0] * (len(_SEGMENT_SHAPES) - 2))
_CLIP_MARK = re.compile(r"^\W+")  # a play sign before a clip's length ("▶ 0:58")
_SHAPE_OPENERS = tuple(parts[0][0] + parts[1][0] for parts in _SEGMENT_SHAPES)  # first tokens
_SHAPE_REACH = tuple(sum(most for _, _, most in parts) for parts in _SEGMENT_SHAPES)  # most lines
_LEFTOVER_COST = {  # a line in no card: a card's title or stamp costs most
    **dict.fromkeys("CTSU", 300),
    **dict.fromkeys("AHMNOPV", 100),
}
_STAMPLESS_COST = 100  # a card without a stamp: a list's cards mostly print one
_SPLIT_META_COST = 300  # a card without a stamp right over a stamp another card takes
_TURN_COST = 150  # a card printed the other way up from the stamped card before it
_AGAINST_VOTE_COST = 1  # a card against the page's vote: breaks ties only
_SEGMENT_MARGIN = 200  # how much cheaper the card-by-card reading must be to be the block's
_SUMMARY_RUN_MAX = 2  # prose lines in a row a card's summary has (more: an article's text)
_NAME_RUNS = re.compile(r"[NOA]+")
# title / summary / a name: the name closes the card, its author's (a stamp follows it)
_AUTHOR_UNDER_SUMMARY = re.compile(r"TP{1,2}N$")
# a stamped card's publisher under its title (or summary) and over its stamp; over its title
_SOURCE_UNDER = re.compile(r"(?<=[TP])A(?=[SU])")
_SOURCE_OVER = re.compile(r"A(?=TP{0,2}[SU])")
# under a card's publisher, the next card's top: its chip over its title, or its title with
# its own publisher under it
_NEXT_OWN_TOP = re.compile(r"NT|TP{0,2}A[SU]")
_NAMES_IN_CARDS = 3  # names of a run the cards around it can take
_NEXT_CARD_TOP = frozenset("ANSUCHM")  # a token under a card without a stamp: the next's top
_CARD_TOKENS = frozenset("TSUC")  # a title's or a stamp's line: a card's
# under a stampless card headed by its publisher: the next card's publisher, a heading, a
# one-line card (no stamp, no name: those may be the card's own)
_NEXT_TOP_OVER_SOURCE = frozenset("AHMC")
# a list's heading over its first two cards, both title / publisher / stamp (the list's shape)
_HEADING_OVER_CARD = "TTASTAS"
_SHAPE_WINDOWS = 4096  # windows of tokens whose readings are kept (bounded: any page)


@dataclass(slots=True)
class _Segment:
    """One card of a block's reading: its shape, its first token, its parts' lengths."""

    shape: int
    at: int
    counts: tuple[int, ...]  # how many lines each of the shape's parts takes

    def parts(self, lo: int) -> list[list[int]]:
        """The lines of each part, in a block starting at line ``lo``."""
        first = lo + self.at
        bounds = list(itertools.accumulate(self.counts, initial=first))
        return [list(range(start, end)) for start, end in itertools.pairwise(bounds)]


def _marked_clip_length(line: str) -> bool:
    """A clip's length, perhaps after its play sign ("▶ 0:58", "01:24")."""
    return _clip_length(_CLIP_MARK.sub("", line))


def _segment_token(f: _Features, index: int) -> str:
    """The line's token for the card-by-card reading (``_SEGMENT_SHAPES``)."""
    line = f.lines[index]
    headline = index in f.headlines
    stamp = None if headline else f.stamp(index)
    if headline or stamp is not None:
        # a card on one line ("Title - Source - 2h ago"); a clip's length read as a clock; a
        # stamp (an update heads no card)
        return _stamp_token(f, index, stamp)
    if _marked_clip_length(line):
        return "V"  # a clip's length ("2:14", "▶ 0:58"), no stamp: a video card's
    if _summary_text(f, index):
        return "P"
    if _words(line) <= _SHORT_NAME_WORDS and (
        _is_name(line) or f.is_meta(index) or _domain_name(line)
    ):
        # (a publisher "A": it makes a card of the title over it; a chip, an author "N")
        return "A" if not f.is_meta(index) and _segment_source(f, line) else "N"
    if not f.is_title(index):
        # ("delhi news" over a card's title: its section chip, a name's slot)
        return "N" if _lower_chip(f, index) else "O"
    return "T" if _words(line) > _SUBHEADING_MAX_WORDS else "H"  # (a list's heading: no title)


def _lower_chip(f: _Features, index: int) -> bool:
    """A short line of lower-case words, no sentence end, right over a title: a card's
    section chip printed in lower case ("delhi news", "india news"), a name's slot in the
    card. (One word is a brand's as often: "ge", "g1" over a title in a list of pairs.)"""
    line = f.lines[index]
    return (
        line.islower()
        and 1 < _words(line) <= _SHORT_NAME_WORDS
        and line[-1].isalpha()
        and index + 1 < len(f.lines)
        and f.is_title(index + 1)
    )


def _stamp_token(f: _Features, index: int, stamp: str | None) -> str:
    """A one-line card's token "C" (``stamp`` None: a headline), a clip's length "V", an
    update stamp "U", another stamp "S"."""
    if stamp is None:
        return "C"
    if _clip_over_stamped_title(f, index) or _clip_under_dated_title(f, index):
        return "V"
    return "U" if is_update_stamp(stamp) else "S"


def _clip_over_stamped_title(f: _Features, index: int) -> bool:
    """A clock-like "02:45" over a title whose own stamp under it is a full date, in a list
    whose stamp above is a full date too: a video card's length, the odd one out, not its
    stamp. (A list of clock-stamped cards prints a clock for every card, "09:42" / title /
    "09:30"; one printing ages, clocks and day words, "45 min geleden" / … / "09:12" / title /
    "Gisteren" / title, prints an older card's clock between them.)"""
    if index + 2 >= len(f.lines) or not _marked_clip_length(f.lines[index]):
        return False  # (the cheap test first: every stamp in a block is asked)
    at = bisect_left(f.stamp_lines, index)  # (the stamps above it: the list's before it)
    above = f.stamp(f.stamp_lines[at - 1]) if at else None
    return _full_date(f.stamp(index + 2)) and _full_date(above) and f.is_title(index + 1)


def _clip_under_dated_title(f: _Features, index: int) -> bool:
    """A clock-like "01:24" right under a title, in a list whose stamp above is a full date
    ("29 novembre 2026, 09:58" / title / "01:24"): a video card's length, the odd one out
    (its "Video" label clean took), no stamp. (A list of clock-stamped cards prints a clock
    for every card, so the stamp above is a clock too; a text under it is an article's, the
    length its video player's, the card's stamp read elsewhere. A list that mixes dated cards
    with today's cards stamped by the clock alone prints a clock past a clip's length near
    it, "10:42": there a morning "09:05" is a stamp too.)"""
    if not index or not _marked_clip_length(f.lines[index]):
        return False  # (the cheap test first)
    stamp = f.stamp(index)
    at = bisect_left(f.stamp_lines, index - 1)  # (the stamps above its title)
    above = f.stamp(f.stamp_lines[at - 1]) if at else None
    return (
        stamp is not None
        and is_clock_only(stamp)
        and f.is_title(index - 1)
        and f.stamp(index - 1) is None
        and _full_date(above)
        and not (index + 1 < len(f.lines) and _is_prose(f.lines[index + 1]))
        and not _clock_stamps_near(f, at)
    )


_CLOCK_STAMPS_REACH = 3  # the stamps either side of a clip's length that show the list's shape


def _clock_stamps_near(f: _Features, at: int) -> bool:
    """A bare clock no clip's length can be ("10:42", "14:05") among the few stamps either
    side of ``f.stamp_lines[at]``: the list stamps today's cards by the clock alone."""
    near = f.stamp_lines[max(0, at - _CLOCK_STAMPS_REACH) : at + _CLOCK_STAMPS_REACH + 1]
    return any(
        (stamp := f.stamp(line)) is not None
        and is_clock_only(stamp)
        and not _marked_clip_length(f.lines[line])
        for line in near
    )


def _full_date(stamp: str | None) -> bool:
    """A stamp with its date, or a day's word and a clock (``is_dated``: "18 Nov 2026, 11:50
    AM IST", "Gisteren 09:12"): no bare clock ("09:12"), no age, no day word alone ("45 min
    geleden", "Gisteren")."""
    return stamp is not None and is_dated(stamp) and not is_clock_only(stamp)


@lru_cache(maxsize=_SHAPE_WINDOWS)
def _shape_matches(window: str, shape: int) -> tuple[tuple[int, tuple[int, ...]], ...]:
    """The ways the shape reads the tokens ``window`` (those from a position on, as many as the
    shape can take): how many tokens each way takes, and how many lines each part takes
    there (one way per length: the cost depends on the end only). Cached: windows repeat,
    over a small alphabet."""
    readings: dict[int, tuple[int, ...]] = {0: ()}
    for kinds, fewest, most in _SEGMENT_SHAPES[shape]:
        grown: dict[int, tuple[int, ...]] = {}
        for end, counts in readings.items():
            count = 0
            while True:
                if count >= fewest:
                    grown.setdefault(end + count, (*counts, count))
                if count == most or end + count >= len(window) or window[end + count] not in kinds:
                    break
                count += 1
        readings = grown
    return tuple(readings.items())


def _segment_block(
    tokens: str,
    stamp_first: bool,
    *,
    printed: str | None = None,
    labels: frozenset[int] = frozenset(),
    slotted: frozenset[int] = frozenset(),
) -> tuple[int, list[_Segment]]:
    """The cheapest reading of a block's tokens as cards and leftover lines. The state at a
    position is the orientation of the last stamped card (none yet, stamp over or under its
    title): a list that turns its cards over pays ``_TURN_COST`` (linear: a handful of
    shapes of a few lines at each position, three states). ``printed``: the tokens before
    prose lines were read as titles (``_prose_titles``), what a card's top is as printed;
    ``labels``: the positions of the names that are an opinion card's label or its author's
    name (``_column_label``); ``slotted``: the positions right under an ad slot's label clean
    dropped (``CleanPage.slotted``), where a title / name / summary card is the ad's."""
    printed = printed or tokens
    n = len(tokens)
    first_stamp = min((at for at, token in enumerate(tokens) if token in "SC"), default=n)
    # (the list's first stamped card prints title / summary / author / stamp: its names close
    # their cards, none is a chip over the next card's stamp)
    authors_close = _author_under_summary(tokens, first_stamp)
    # (a publisher under a title without a stamp is its source only in a list whose stamped
    # cards print theirs there, under their titles and over their stamps, more often than over
    # their titles; elsewhere it is the next card's)
    sourced_under = len(_SOURCE_UNDER.findall(printed))
    under = sourced_under > len(_SOURCE_OVER.findall(printed))
    # (a summary under a stampless card's publisher: where two cards or more print theirs so)
    summary_under = under and sourced_under >= _SOURCED_FIRST_MIN
    # (a publisher over a stampless title is its source where two stamped cards or more
    # print theirs there, more often than under their titles)
    sourced_over = not under and len(_SOURCE_OVER.findall(printed)) >= _SOURCED_FIRST_MIN
    # (a publisher over a stampless title heads an opinion card only under a label, on a page
    # whose stamped cards print their stamps over their titles: ``_opinion_card``)
    shapes = [
        shape
        for shape in range(len(_SEGMENT_SHAPES))
        if (under or shape != _SOURCE_NO_STAMP)
        and (summary_under or shape != _SOURCE_THEN_SUMMARY)
        and (shape != _SOURCE_OVER_NO_STAMP or (stamp_first and labels))
        and (sourced_over or shape != _SOURCE_OVER_TITLE_NO_STAMP)
    ]
    states = 3  # (no stamped card yet, stamp over its title, stamp under it)
    best: list[int | None] = [0] + [None] * (states * (n + 1) - 1)
    back: list[tuple[int, _Segment | None]] = [(0, None)] * (states * (n + 1))
    for state in range(states * n):
        cost = best[state]
        if cost is None:
            continue
        at, turned = divmod(state, states)
        # (a heading opens a list of its own: it may print its cards the other way up)
        after = (at + 1) * states + (0 if tokens[at] == "M" else turned)
        _relax(best, back, after, cost + _LEFTOVER_COST[tokens[at]], (state, None))
        for shape in shapes:
            if not _shape_opens(tokens[at], shape, turned):
                continue
            side = _SHAPE_SIDES[shape] or turned  # (a card without its own stamp: no turn)
            card = cost + (_TURN_COST if turned and side != turned else 0)
            card += _AGAINST_VOTE_COST if (shape == _STAMP_OVER_TITLE) != stamp_first else 0
            for length, counts in _shape_matches(tokens[at : at + _SHAPE_REACH[shape]], shape):
                end = at + length
                extra = 0
                if shape in _VIDEOS and turned == _UNDER_SIDE and end < n and tokens[end] in "SU":
                    # (in a list of stamps under titles, the stamp under it is the video card's:
                    # an article)
                    extra += _SPLIT_META_COST
                if (
                    _misread(shape, (tokens, printed), at, end, stamp_first=stamp_first)
                    or (
                        shape == _STAMP_OVER_TITLE
                        and authors_close
                        and _author_under_summary(tokens, at + 1)
                    )
                    or (
                        shape == _SOURCE_OVER_NO_STAMP
                        and not _opinion_card(tokens, at, end, labels)
                    )
                    or (shape == _SOURCE_THEN_SUMMARY and at in slotted)
                ):
                    continue
                if shape in _STAMPLESS:
                    extra += _STAMPLESS_COST
                    if end < n and tokens[end] == "S" and shape != _SOURCE_OVER_NO_STAMP:
                        extra += _SPLIT_META_COST  # (title / summary / its stamp: the stamp is its)
                    if at < first_stamp or (at and tokens[at - 1] in "HM"):
                        # (a heading and its text: a section's; a tie leaves them to it)
                        extra += _SPLIT_META_COST + 1
                target = end * states + side
                _relax(best, back, target, card + extra, (state, _Segment(shape, at, counts)))
    total, state = min(
        (cost, state)
        for state in range(n * states, (n + 1) * states)
        if (cost := best[state]) is not None
    )
    segments: list[_Segment] = []
    while state >= states:
        state, segment = back[state]
        if segment is not None:
            segments.append(segment)
    segments.reverse()
    return total, segments


def _author_under_summary(tokens: str, end: int) -> bool:
    """The token before ``end`` is a name under a card's title and summary (its author's)."""
    return _AUTHOR_UNDER_SUMMARY.search(tokens, max(0, end - 4), end) is not None


def _opinion_card(tokens: str, at: int, end: int, labels: frozenset[int]) -> bool:
    """Publisher / label / title read from ``at`` to ``end``: the line under the publisher is
    an opinion card's label or its author's name ("Opinión", "Matthew Parris"; a topic's chip
    over a widget, "Weather", is none), and the block's end, a heading or the next card's
    top follows it, no other line (a publisher's module of column titles: navigation)."""
    return at + 1 in labels and (end == len(tokens) or tokens[end] in _NEXT_CARD_TOP)


def _column_label(line: str) -> bool:
    """An opinion card's label ("Opinion", "Meinung", "Tribune") or an author's name."""
    return line.casefold() in _column_labels() or _author_name(line)


@cache
def _column_labels() -> frozenset[str]:
    return frozenset(line.casefold() for line in line_sections("column_labels.txt")[""])


def _shape_opens(token: str, shape: int, turned: int) -> bool:
    """A card of the shape may start at a line of this token, the last stamped card printed
    the way ``turned`` says: a publisher over a title without a stamp heads it only where the
    stamped cards head theirs (the card before; the page's vote: ``_segment_block``), and a
    summary under its publisher is one only where the card before printed its stamp under
    its title (over it, "2 hr ago" / title / source / summary, the summary is that card's)."""
    if token not in _SHAPE_OPENERS[shape]:
        return False
    if shape == _SOURCE_THEN_SUMMARY:  # (title / source / stamp over it: the source's slot)
        return turned == _UNDER_SIDE
    return shape != _SOURCE_OVER_NO_STAMP or turned == _OVER_SIDE


def _misread(shape: int, block: tuple[str, str], at: int, end: int, *, stamp_first: bool) -> bool:
    """The card of the shape read from token ``at`` to ``end`` of the block (its tokens and
    those as printed) takes another card's line. A publisher under a stampless title may head
    the next card ("Reuters" / title / stamp), unless that card shows its own top. A clip's
    length between a stamp and a title, the stamp right under a title, on a page whose cards
    print their stamps under their titles (the vote): title / stamp / length / video title,
    the stamp the card's above, the video a bare one (no article). A summary under a
    stampless card's publisher with a stamp under it (whose is the stamp?)."""
    tokens, printed = block
    if shape == _SOURCE_THEN_SUMMARY:  # (a stamp under the summary: title / source / summary /
        # stamp reads either way up, the stamp the card's or the next's; left to the stamps)
        return end < len(tokens) and tokens[end] in "SU"
    if shape == _SOURCE_NO_STAMP:
        return end < len(tokens) and not _NEXT_OWN_TOP.match(printed, end)
    if shape == _SOURCE_OVER_TITLE_NO_STAMP:  # (right under a stamped card's stamp, the
        # list's rhythm; a stamp or a name under it: the card's own)
        return (at == 0 or tokens[at - 1] not in "SU") or (
            end < len(tokens) and tokens[end] not in _NEXT_TOP_OVER_SOURCE
        )
    if shape == _STAMP_UNDER_TITLE and stamp_first:
        return _stamp_heads_title_under(tokens, end)
    return (
        shape == _STAMP_OVER_TITLE
        and not stamp_first
        and at > 0
        and tokens[at - 1] == "T"
        and "V" in tokens[at:end]
    )


_OVER_STAMP_LINES = 2  # short lines between a title and a stamp that heads the title under it


def _stamp_heads_title_under(tokens: str, end: int) -> bool:
    """A title-first card ending ``end`` on a stamp with a title right under it and two
    short lines, no publisher's, between its title and that stamp, on a page whose cards
    print their stamps over their titles (the vote): the stamp heads the title under it
    and the lines over it are a list's chip and the next section's heading ("Powerball
    jackpot" / "Money" / "Barron's · 6h" / title), not the card's. A title-first card
    prints its stamp right under its title, or under one line there (its source, unknown
    to the lists: "Inquirer.net"), or under its publisher ("A")."""
    return (
        end < len(tokens)
        and tokens[end] == "T"
        and tokens[end - 1] in "SU"
        and end >= _OVER_STAMP_LINES + 1
        and all(token in "NO" for token in tokens[end - 1 - _OVER_STAMP_LINES : end - 1])
    )


def _relax(
    best: list[int | None],
    back: list[tuple[int, _Segment | None]],
    target: int,
    cost: int,
    step: tuple[int, _Segment | None],
) -> None:
    if (known := best[target]) is None or cost < known:
        best[target], back[target] = cost, step


def _card_by_card(
    f: _Features,
    begin: int,
    cards: list[_Card],
    taken: set[int],
    skip: set[int],
    *,
    stamp_first: bool,
    text_over: bool,
) -> list[_Card]:
    """The cards with each block of a list read card by card (``_segment_block``) where that
    leaves clearly fewer lines outside a card than the stamp-by-stamp reading; the block's
    lines are then ``taken`` but for its prose (the cards' summaries, or text). ``begin``:
    where the cards were read from; ``stamp_first``: the page's vote; ``text_over``: as in
    ``_find_cards`` (whether the lines over the first card may be an article's text)."""
    blocks = _list_blocks(f, begin, cards, skip, text_over=text_over)
    inside: list[list[_Card]] = [[] for _ in blocks]
    heads = [lo for lo, _ in blocks]
    starts = [card.start for card in cards]
    for card in cards:
        at = bisect_right(heads, card.title) - 1
        if at >= 0 and card.title < blocks[at][1]:
            inside[at].append(card)
    kept: list[_Card] = []
    read: list[_Card] = []
    for at, (lo, hi) in enumerate(blocks):
        listed = inside[at]
        after = bisect_left(starts, hi)  # (the next card's first line: the block's text ends)
        stop = starts[after] if after < len(starts) else len(f.lines)
        page_first = listed[0] is cards[0]
        if page_first and _article_among(f, listed, hi, taken) and not _paragraph_above(f, lo):
            # (the page's first card: a lead's header over its short text; not under the
            # page's text, the lead's, a block above: a list's first card)
            continue
        segments = _better_reading(f, (lo, hi, stop), listed, taken, stamp_first=stamp_first)
        if segments is None:
            continue
        tokens, chosen = segments
        kept.extend(listed)
        taken.difference_update(range(lo, hi))
        # (lines over the first card read: the text's)
        first = min((lo + segment.at for segment in chosen), default=hi)
        taken.update(index for index in range(first, hi) if tokens[index - lo] != "P")
        was = {card.title: card for card in listed}
        read.extend(
            _segment_card(f, lo, segment, was) for segment in chosen if segment.shape not in _VIDEOS
        )
    if not kept:  # (a block read card by card keeps its cards: no read card without one)
        return cards
    replaced = {id(card) for card in kept}
    return sorted([card for card in cards if id(card) not in replaced] + read, key=_CARD_START)


def _better_reading(
    f: _Features,
    block: tuple[int, int, int],
    listed: list[_Card],
    taken: set[int],
    *,
    stamp_first: bool,
) -> tuple[str, list[_Segment]] | None:
    """The block's tokens and its card-by-card reading, when that is clearly better than
    the cards ``listed`` in it: None where the block holds text or is no list alone. (The
    block's lines are [lo, hi); the next card starts at ``stop``.)"""
    lo, hi, stop = block
    if any(card.inline or card.start < lo for card in listed) or _text_beyond(f, hi, stop, taken):
        return None
    titles = {card.title for card in listed if not _heading_over_stamp(f, card.title)}
    if _prose_run(f, range(lo, hi), titles):
        return None  # (an article's text: asked before the tokens, for most blocks are)
    printed = _menu_headings(
        f, lo, "".join(_listed_token(f, index, titles) for index in range(lo, hi))
    )
    tokens = _prose_titles(printed)
    if _holds_text(f, tokens, lo):
        return None
    today = _reading_cost(tokens, lo, listed, taken)
    if today is None or today < _SEGMENT_MARGIN + _leftover_floor(tokens):
        return None  # (no reading can be clearly better)
    labels = frozenset(
        at for at, token in enumerate(tokens) if token == "N" and _column_label(f.lines[lo + at])
    )
    slotted = frozenset(index - lo for index in f.slotted if lo <= index < hi)
    cost, segments = _segment_block(
        tokens, stamp_first, printed=printed, labels=labels, slotted=slotted
    )
    return (tokens, segments) if cost + _SEGMENT_MARGIN <= today else None


def _heading_over_stamp(f: _Features, title: int) -> bool:
    """A stamp's card took a short heading for its title, the stamp right under it over a
    title ("Le fil info" / "11h02" / title / "10h47" / title …), the stamp closing the card
    above over it (a heading between two lists; under a heading, "Latest" / "Markets rally"
    / "2h" / …, a short line is the first card's title) and its words printed again in the
    list's link under its cards ("Tout le fil info": ``_echoed_below``; a short title in a
    list, "Markets rally on rates", has no such echo): a list read one card off, each title
    paired with the stamp of the card above. The heading stays a heading ("H") in the
    block's tokens (``_reading_cost``), so a reading with the stamps over their titles can
    win, where no stamp is then left over at the list's other end."""
    under = title + 1
    return (
        title > 0
        and under + 1 < len(f.lines)
        and f.stamp(under) is not None
        and f.stamp(title - 1) is not None
        and _segment_token(f, title) in "HM"
        and _segment_token(f, under + 1) == "T"
        and _echoed_below(f, title)
    )


def _echoed_below(f: _Features, heading: int) -> bool:
    """A short line under the heading, in its block (a list's length at most), holds all its
    words of three letters or more but a section's name, two at least: the list's own link
    under its cards ("Le fil info Économie" … "Voir tout le fil info", "Top stories" … "More
    top stories"; a short title, "Premier League results roundup", is no part of "All
    Premier League results and fixtures"). The link stands under the last card's title, not
    under a stamp: read one card off, that stamp would make it a card's title (auditor B's
    B67, "Premier League results" / "2 hours ago" … "4 hours ago" / "All Premier League
    results and fixtures")."""
    lines = f.lines
    words = {
        word
        for word in lines[heading].casefold().split()
        if len(word) >= _ECHO_WORD_MIN and not is_section_name(word)
    }
    if len(words) < _ECHO_WORDS:
        return False
    below = itertools.takewhile(bool, lines[heading + 1 : heading + 1 + _ECHO_REACH])
    for row, line in enumerate(below, heading + 1):
        if (
            _words(line) <= _ECHO_LINK_MAX_WORDS
            and words.issubset(line.casefold().split())
            and f.stamp(row - 1) is None
        ):
            return True
    return False


def _prose_run(f: _Features, rows: range, titles: set[int]) -> bool:
    """More prose lines in a row than a summary has (tokens "P" in a row: an article's text)."""
    return _longer_than_summary(
        index not in titles
        and f.stamp(index) is None
        and index not in f.headlines
        and (_is_prose(f.lines[index]) or _brief_sentence(f.lines[index]))
        for index in rows
    )


def _listed_token(f: _Features, index: int, titles: set[int]) -> str:
    """The line's token; a title a stamp's card took is one ("T"), however it reads (a
    headline that reads as a sentence, a short one)."""
    token = _segment_token(f, index)
    return "T" if index in titles and token in "PNOHA" else token


def _menu_headings(f: _Features, lo: int, tokens: str) -> str:
    """The block's tokens (from line ``lo``) with a short line the page prints elsewhere
    (a menu's item) but once in the block read as a menu's heading "M" ("Laatste nieuws"
    over the list of that name): the list's, no card's line. (A chip repeated in the block's
    cards, "Topic:Drought", is the cards'.)"""
    keys = [line.casefold() for line in f.lines[lo : lo + len(tokens)]]
    counts = Counter(keys)
    tail = _stamp_first_tail(tokens)
    return "".join(
        "M"
        if token == "O"
        and counts[key] == 1
        and (_menu_item_above(f, key, lo) or (at == tail - 1 and tail < len(tokens)))
        else token
        for at, (token, key) in enumerate(zip(tokens, keys, strict=True))
    )


def _stamp_first_tail(tokens: str) -> int:
    """Where the block's closing run of two or more stamp / title [/ summary] cards starts
    (the tokens' length: no such run). A short line over such a run heads it ("Última hora"
    / "11:20" / title / "10:58" / title): the block ends on a title, so the run prints each
    stamp over its title, and the line over the first stamp is no card's."""
    start = end = len(tokens)
    cards = 0
    while True:
        at = end
        while at > 0 and tokens[at - 1] == "P" and end - at < _SUMMARY_RUN_MAX:
            at -= 1
        if at < 2 or tokens[at - 2 : at] != "ST":
            break
        end = at - 2
        cards += 1
        start = end if cards >= 2 else start
    return start


def _menu_item_above(f: _Features, key: str, lo: int) -> bool:
    """The short line ``key`` (case-folded) is first printed above line ``lo`` in a menu:
    between two short lines that are no stamp, no sentence (not a card's chip over its stamp)."""
    first = f.first_printed.get(key) if key in f.repeated else None
    return (
        first is not None
        and first < lo - 1
        and all(
            _segment_token(f, index) in "NOAH" for index in (first - 1, first + 1) if index >= 0
        )
    )


def _leftover_floor(tokens: str) -> int:
    """What any reading of the tokens leaves in no card at least: every short heading, and
    the names of a run (a menu) but three (a card's two under its title, the next one's)."""
    runs = (len(run) for run in _NAME_RUNS.findall(tokens))
    headings = tokens.count("H") + tokens.count("M")
    return _LEFTOVER_COST["H"] * headings + _LEFTOVER_COST["N"] * sum(
        max(0, length - _NAMES_IN_CARDS) for length in runs
    )


def _prose_titles(tokens: str) -> str:
    """The tokens with a prose line that no title or summary stands over and a stamp closes
    (under a name at most) read as a title: a headline of two sentences ("… a freak event. It
    isn't."), or one its summary was glued to, between cards (chip / headline / source / stamp)."""
    read = list(tokens)
    for at, token in enumerate(tokens):
        if token != "P" or (at and tokens[at - 1] in "TP"):
            continue
        under = at + 1 + (at + 1 < len(tokens) and tokens[at + 1] in "NOA")
        if under < len(tokens) and tokens[under] == "S":
            read[at] = "T"
    return "".join(read)


def _article_among(f: _Features, listed: list[_Card], hi: int, taken: set[int]) -> bool:
    """The first card of the block has more lines of its own under it than a card's summary:
    an article (a header over a short text, its deck, its closing attribution). A publisher's
    name aside (under a card's summary, over its stamp: a card's furniture, no text; an
    author's name under a headline is the header's)."""
    end = listed[1].start if len(listed) > 1 else hi
    head = listed[0]
    return (
        sum(
            index not in taken and _segment_token(f, index) != "A"
            for index in range(head.body_from, end)
        )
        > _SUMMARY_RUN_MAX
    )


def _text_beyond(f: _Features, hi: int, stop: int, taken: set[int]) -> bool:
    """The last card of the block has text under the block, before the next card's first
    line ``stop`` (an article's header over its text; a quoted headline that reads as a
    sentence, "« L’école ne peut pas tout réparer seule »" in a list, is none)."""
    return any(
        index not in taken
        and f.lines[index]
        and _is_prose(f.lines[index])
        and not f.is_title(index)
        for index in range(hi, stop)
    )


def _holds_text(f: _Features, tokens: str, lo: int) -> bool:
    """The block holds an article's text, not only cards: a real body's words
    (``_REAL_BODY_WORDS``) between two titles or stamps, names aside."""
    words = 0
    for index, token in enumerate(tokens, lo):
        if token in _CARD_TOKENS:
            words = 0
        elif token not in "NA":
            words += _words(f.lines[index])
            if words >= _REAL_BODY_WORDS:
                return True
    return False


def _list_blocks(
    f: _Features, begin: int, cards: list[_Card], skip: set[int], *, text_over: bool = True
) -> list[tuple[int, int]]:
    """The blocks (runs of lines between blank lines and an ad's) of the stamped cards, from
    the first card on: the lines over it in its block are an article's (the lead's header and
    text, a live blog's last entry), unless the page's text stands in a block above it. Not
    so without ``text_over``: from ``begin`` on (a text's end) a block is the rail's, whole
    (title / chip / "Posted 3h ago" / title: the first stamp does not open the block)."""
    blocks: list[tuple[int, int]] = []
    floor = max(begin, cards[0].start) if cards and text_over else begin
    for card in sorted(cards, key=attrgetter("title")):
        if card.time_text is None or card.inline or (blocks and card.title < blocks[-1][1]):
            continue
        lo = hi = card.title
        while lo > begin and f.lines[lo - 1] and lo - 1 not in skip:
            lo -= 1
        if lo < floor and (begin or not _paragraph_above(f, lo)) and not _cards_over(f, lo, floor):
            lo = floor
        while hi < len(f.lines) and f.lines[hi] and hi not in skip:
            hi += 1
        blocks.append((lo, hi))
    return blocks


def _cards_over(f: _Features, lo: int, first: int) -> bool:
    """Two stamps or more over the first card in its block [lo, first), each closing a
    title / [summary] / stamp of its own (a stamp two lines under a title or closer, under
    no other stamp): the block's top cards the stamp-by-stamp reading left out, no lead's
    header (which prints one stamp, or its publication and update stamps one under the
    other)."""
    closed = 0
    for index in range(lo + 1, first):
        if f.stamp(index) is None or f.stamp(index - 1) is not None:
            continue
        over = range(max(lo, index - _SUMMARY_RUN_MAX - 1), index)
        closed += any(f.is_title(at) and f.stamp(at) is None for at in over)
    return closed >= _CARDS_OVER_MIN


_CARDS_OVER_MIN = 2


def _paragraph_above(f: _Features, lo: int) -> bool:
    """A paragraph of text (more prose lines in a row than a summary has) above line ``lo``."""
    return _longer_than_summary(
        bool(f.lines[index]) and _is_prose(f.lines[index]) for index in range(lo)
    )


def _longer_than_summary(prose: Iterable[bool]) -> bool:
    """More prose lines in a row (``prose``: each line's) than a card's summary has."""
    run = 0
    for is_prose in prose:
        run = run + 1 if is_prose else 0
        if run > _SUMMARY_RUN_MAX:
            return True
    return False


def _reading_cost(tokens: str, lo: int, cards: list[_Card], taken: set[int]) -> int | None:
    """What ``_segment_block`` would count for the block's cards as they were read: lines
    neither taken nor a card's summary (a title in a card's text: a card folded into it).
    None when they leave no card's line (title, stamp) out and no card's title is a heading
    (``_headed``: its first card's title then reads as the heading's deck): no reading reads
    more cards."""
    covered = {index for index in range(lo, lo + len(tokens)) if index in taken}
    starts = {card.start for card in cards}
    for card in cards:
        index, summary = card.body_from, 0
        while index < lo + len(tokens) and index not in starts and summary < _SUMMARY_RUN_MAX:
            if index not in taken:
                if tokens[index - lo] != "P":
                    break
                covered.add(index)
                summary += 1
            index += 1
    left = [token for index, token in enumerate(tokens, lo) if index not in covered]
    # (a card whose title is a short heading over its stamp and the next title: the list
    # read one card off (``_heading_over_stamp``); the heading and the stamp are no card's:
    # the heading's own line, a short one or a title-shaped one, and a card's line)
    headed = sum(
        _LEFTOVER_COST[tokens[card.title - lo]] + _LEFTOVER_COST["S"]
        for card in cards
        if _headed(tokens, card.title - lo)
    )
    if not headed and not any(token in _CARD_TOKENS for token in left):
        return None
    stampless = sum(card.time_text is None for card in cards)
    # (a card read across a list's heading, its title over it and its stamp under it: the
    # heading is no card's line, and the two lists' cards are split wrong)
    across = sum(
        "M" in tokens[max(card.title, lo) - lo : min(card.body_from, lo + len(tokens)) - lo]
        for card in cards
    )
    return (
        stampless * _STAMPLESS_COST
        + across * (_SPLIT_META_COST + _LEFTOVER_COST["M"])
        + headed
        + sum(_LEFTOVER_COST[token] for token in left)
    )


def _headed(tokens: str, at: int) -> bool:
    """A card's title at token ``at`` is a heading: a short one, or, at the block's top, a
    title-shaped line over a list whose first two cards print title / publisher / stamp (a
    list's heading, "Nachrichten aus aller Welt" / title / "Tagesschau" / "vor 2 Std." / …:
    the first card's title is the line right over its publisher)."""
    if not 0 <= at < len(tokens):
        return False
    return tokens[at] in "HM" or (at == 0 and tokens.startswith(_HEADING_OVER_CARD))


def _segment_card(f: _Features, lo: int, segment: _Segment, was: dict[int, _Card]) -> _Card:
    """The card of one segment of the block starting at line ``lo``; a card read before with
    the same title and stamp keeps its source (the list's source and chip rules read it)."""
    shape = _SEGMENT_SHAPES[segment.shape]
    front, *rest = segment.parts(lo)
    rows = {kinds: lines for (kinds, _, _), lines in zip(shape[1:], rest, strict=True)}
    if "C" in rows:
        (line,) = rows["C"]
        name, stamp = f.metas[line] or (None, None)
        if name is None and front and _segment_source(f, f.lines[front[0]]):
            name = f.lines[front[0]]
        before = was.get(line)
        return before or _Card(min([*front, line]), line, line + 1, name, stamp)
    title = rows["T"][0]
    # (the lines of the stamp parts: a publication stamp, an update under it, or one alone)
    stamps = [
        i
        for (kinds, _, _), lines in zip(shape[1:], rest, strict=True)
        if "S" in kinds
        for i in lines
    ]
    # (not a label between stamp and title; a stampless card's publisher under its title)
    names = [*front, *rows.get("NOA", []), *rows.get("A", [])]
    source = next(filter(None, map(f.meta_name, stamps)), None)
    # (the name nearest the stamp; of an author and a publisher, only a known publisher; so
    # over a stampless card's summary, where a columnist's name stands as often)
    known_only = len(rows.get("NOA", [])) > 1 or segment.shape == _SOURCE_THEN_SUMMARY
    source = source or next(
        (
            f.lines[i]
            for i in reversed(names)
            if (_strong_publisher(f.lines[i]) if known_only else _segment_source(f, f.lines[i]))
        ),
        None,
    )
    time_text = _cluster_stamp(f, stamps[0], stamps[-1] + 1) if stamps else None
    before = was.get(title)
    if before is not None and before.time_text == time_text:
        source = before.source
    # (title / publisher / summary: the summary under the publisher's line is the body)
    body_from = rows["A"][-1] + 1 if segment.shape == _SOURCE_THEN_SUMMARY else title + 1
    return _Card(min([*front, title, *stamps]), title, body_from, source, time_text)


def _segment_source(f: _Features, line: str) -> bool:
    """A name in a card that reads as its publisher (not a chip, not a person)."""
    return _strong_publisher(line) or (
        _is_publisher(line, f) and not is_section_name(line) and not _person_shaped(line)
    )


# --- a block of title / publisher cards, no stamp anywhere -----------------------------------
# An aggregator's "Most read" or "More coverage" block prints each card as its title and its
# publisher's line under it, and no stamp: no stamp anchors the cards, so no reading above
# finds them. A whole block (blank lines, where clean took its heading, around it) of such
# pairs is a list of teasers; a bare title, an author's or a chip's line under a title
# (navigation, a byline) is none, and so is a block whose names could as well head the
# titles under them (a name first, or a title last).

_PAIR_CARDS_MIN = 2  # title / publisher pairs that make a block a list (one: an ad, a credit)


def _publisher_pair_cards(f: _Features, begin: int, taken: set[int]) -> list[_Card]:
    """The cards of the blocks at or after ``begin`` that are only title / publisher pairs
    (``_pair_block``), no line of them taken; their lines are added to ``taken``."""
    found: list[_Card] = []
    lo = begin
    n = len(f.lines)
    while lo < n:
        hi = lo
        while hi < n and f.lines[hi]:
            hi += 1
        if hi > lo and not any(index in taken for index in range(lo, hi)):
            pairs = _pair_block(f, lo, hi)
            if pairs is not None:
                found.extend(
                    _Card(title, title, title + 2, f.lines[title + 1], None) for title in pairs
                )
                taken.update(range(lo, hi))
        lo = hi + 1
    return found


def _pair_block(f: _Features, lo: int, hi: int) -> list[int] | None:
    """The titles of the block [lo, hi) when it is title / publisher pairs only: each title a
    headline's length, each name under it a publisher's ("A") or a one-word brand no
    sentence printed once ("g1"), one publisher's at least; its last line may be a short line
    that is no title (a footer's link: "Contact us")."""
    rows = hi - lo
    if rows % 2 and not (rows > 1 and _footer_line(f, hi - 1)):
        return None
    titles = list(range(lo, hi - 1, 2))
    publishers = 0
    for title in titles:
        line = f.lines[title]
        if _segment_token(f, title) != "T" or _words(line) <= _SUBHEADING_MAX_WORDS:
            return None
        token = _segment_token(f, title + 1)
        if token == "A":
            publishers += 1
        elif not (
            (token == "O" and _brand_word(f, title + 1))
            or (token == "N" and _slot_name(f, title + 1))
        ):
            return None
    if len(titles) < _PAIR_CARDS_MIN or not publishers:
        return None
    return titles


def _slot_name(f: _Features, index: int) -> bool:
    """A name printed once in the slot where the block's other cards print their publishers
    ("Yahoo Sports" under a title, "The Denver Post" under the one above): a publisher's, on a
    page where clean took the reading times that would have shown the cards print sources; a
    person's name (a byline) or a section's is none."""
    line = f.lines[index]
    return (
        line.casefold() not in f.repeated and not _person_shaped(line) and not is_section_name(line)
    )


def _brand_word(f: _Features, index: int) -> bool:
    """One word printed once on the page, no name's capital ("g1"): a brand's, no menu's."""
    line = f.lines[index]
    return " " not in line and line.casefold() not in f.repeated


def _footer_line(f: _Features, index: int) -> bool:
    """A short line that is no title, no name and no sentence (a footer's link)."""
    return _segment_token(f, index) == "O"
