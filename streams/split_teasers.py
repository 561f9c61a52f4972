"""split_teasers: the related articles' drafts.

Each card's draft (``_card_drafts``): its title, source (a "via" line, a closing source)
and stamp, its body up to the next card, a summary under a shorter title or without its
full stop. Teasers without a stamp: in a block opened by a "Related" heading, a
title-like line followed by summary prose (or a rubric) is a teaser; a bare list of
headline links is navigation. In a box inside an article's text, a card whose summary its
stamp closes is a teaser. Signals: the cards, heading marks, prose, title shapes.
"""

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

from schemas.article import Caption
from streams.boilerplate import (
    SOURCE_ATTRIBUTION,
    is_more_of_section,
    is_section_name,
    reports_speech,
)
from streams.data_files import line_sections
from streams.model import ArticleDraft
from streams.name_data import common_word, english_words
from streams.split_body import (
    _body_lines,
    _box_cards,
    _draft,
    _inline_widgets,
    _long_paragraph,
)
from streams.split_cards import (
    _chip_over_title,
    _headline_under_kicker,
    _kicker_line,
    _site_name,
    _unstopped_deck,
    _vocabulary_publisher,
    capitals_name,
)
from streams.split_header import _authors_names, _chipped_headline_over_deck
from streams.split_lines import (
    _PROSE_MIN_WORDS,
    _SHORT_NAME_WORDS,
    _brief_sentence,
    _headline_shaped,
    _is_byline,
    _is_name,
    _is_prose,
    _person_name,
    _title_case,
    _words,
)
from streams.split_page import (
    _AUTHOR_NAMES,
    _INNER_SENTENCE_END,
    _KICKER_MAX_WORDS,
    _MAX_DECK_LINES,
    _REAL_BODY_WORDS,
    _Card,
    _deck_of_sentences,
    _Features,
    _Marks,
    _prose_words,
    dated_summary,
)
from streams.split_sources import (
    _closing_source,
    _is_publisher,
    _own_site,
    _site_keys,
    _via_source,
    host_labels,
    outlet_shaped,
)
from streams.timestamps import find_time, is_bare_minutes

_STAMP_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")  # a date's year: "27 novembre 2026"
_LISTED_GAP = 4  # lines from a card's start to the next card's in a list of cards
_MENU_MIN_LINES = 4  # short lines in a row that make a menu, no card's summary
_FOOTER_MAX_PROSE = 2  # sentences of a footer's notes under a menu (more: a story's text)
_UNSTOPPED_SUMMARY_WORDS = 12  # a card's summary without a full stop
_CHIPPED_SUMMARY_WORDS = 5  # a chipped card's summary without a full stop (no label, no name)
# "The Editorial Board: …", "Jennifer Liu: …": an opinion list's headline, its author first
_AUTHOR_HEADLINE = re.compile("^" + _AUTHOR_NAMES + r": [A-ZÀ-Þ\"“‘']")
# a headline opening on its topic and a comma ("Pensioni, la manovra …", "Mps-Mediobanca, via …")
_TOPIC_COMMA = re.compile(r"[A-ZÀ-Þ][\w'’-]*(?: [\w'’-]+)?, ")
_RANK = re.compile(r"^(\d{1,2})[.)] +(?=\S)")  # "3. ", "3) " before a ranked card's title
_RANK_RUN_MIN = 3  # cards in a row numbered 1, 2, 3 … (or two that are a whole list)
_TEXT_RUN = 2  # long paragraphs in a row under a heading: the text goes on there
_SUFFIX_MAX_CHARS = 3  # a host's second-level suffix ("co", "com"), no brand
_READER_MIN_SOURCES = 2  # other publishers' names on the cards: a reader of their stories
_STORY_MIN_PARAGRAPHS = 3  # sentences under a card's header: a short story's text


def _summary_under(title: str, deck: str) -> bool:
    """A teaser's summary of sentences under its shorter title ("… verdubbeld. Wat betekent
    dat voor hun toekomst?"), or a standfirst of two sentences without its final stop under
    a headline (``_deck_of_sentences``), not a title under its kicker."""
    return (
        deck[-1] in ".!?"
        and _INNER_SENTENCE_END.search(deck) is not None
        and (_words(deck) > _words(title))
    ) or _deck_of_sentences(title, deck)


def _story_paragraphs(paragraphs: list[str], *, unsourced: bool) -> bool:
    """The text under a card's header holds ``_STORY_MIN_PARAGRAPHS`` sentences or more
    (``_is_prose``): a short story's text under its headline and standfirst, however few
    its words; a card's summary is one paragraph. Under a header that names no publisher
    (an article's own: headline / standfirst / date), two sentences are a story's text."""
    least = _STORY_MIN_PARAGRAPHS - 1 if unsourced else _STORY_MIN_PARAGRAPHS
    return sum(1 for paragraph in paragraphs if _is_prose(paragraph)) >= least


def _headline_over_summary(f: _Features, card: _Card) -> bool:
    """A headline's length right over a longer line ("Police seal off street in Splott after
    man found seriously injured" / "Officers were called to … and a cordon remains in
    place" / byline / stamp): the card's summary, even without a full stop; a kicker over
    its headline is a few words ("Streit um die Elbvertiefung" / headline). Not over a
    publisher (bare title / headline / "Europa Press" / stamp: the longer line is the
    headline its publisher's name stands under)."""
    if card.deck != card.title + 1:
        return False
    words = _words(f.lines[card.title])
    return (
        card.source is None and words >= _FLY_HEADLINE_WORDS and _words(f.lines[card.deck]) > words
    )


def _standfirst_over_byline(f: _Features, card: _Card, paragraphs: list[str]) -> bool:
    """Headline / standfirst / "Por Name" / date / text: a line longer than a kicker's few
    words over another as long right over the byline, with sentences of text under the
    header, is the article's headline over its standfirst, whichever is longer ("Council
    approves 14 new bus routes for next spring" / "New services include Eastbay and Crane
    Point" / "By Ann Cole"): a kicker is a few words, a standfirst is not (audit A's A-14)."""
    return (
        card.deck == card.title + 1
        and card.deck + 1 < len(f.lines)
        and f.bylines[card.deck + 1]
        and _words(f.lines[card.title]) >= _FLY_HEADLINE_WORDS
        and _words(f.lines[card.deck]) >= _FLY_HEADLINE_WORDS
        and sum(1 for paragraph in paragraphs if _is_prose(paragraph)) >= _TEXT_RUN
    )


def _headline_over_subheadline(f: _Features, card: _Card) -> bool:
    """Title / sub-headline / publisher / stamp ("Bundestag beschließt Haushalt für 2027" /
    "Nach langer Nachtsitzung stimmt die Koalition geschlossen zu" / "Tagesschau" / "vor 2
    Std."): over a card's publisher (read as its source, or a name) right over its stamp, a
    first line longer than a kicker's few words is the
    headline and the line under it its sub-headline (audit D's P-D6); a long kicker stands
    over a headline with its date or byline ("Por Ana Rodríguez"), no publisher."""
    publisher = card.title + 2
    return (
        card.deck == card.title + 1
        and publisher + 1 < len(f.lines)
        and not f.bylines[publisher]
        and (
            card.source is not None
            # (a bare author's name there is an own-site list's: kicker / title / author;
            # "El País", "Sky News" read as names are outlets')
            or (_is_name(f.lines[publisher]) and not _author_slot(f.lines[publisher]))
        )
        and f.stamp(publisher + 1) is not None
        and _words(f.lines[card.title]) > _KICKER_MAX_WORDS + 1
    )


def _author_slot(name: str) -> bool:
    """A person's name ("María Sánchez") in a card's publisher slot, not an outlet's that
    reads as one ("El Mundo", "Europa Press")."""
    return _person_name(name) and not outlet_shaped(name)


def _subheadlined_list(f: _Features, cards: list[_Card]) -> list[bool]:
    """For each card, whether it prints title / sub-headline / publisher / stamp
    (``_headline_over_subheadline``) as the list's shape: only where half the page's cards
    or more, and two at least, do. One such card among cards of one title line is a
    heading or an ad's title over a card's headline ("32 stories in the last week" /
    headline / source / stamp)."""
    shaped = [not card.inline and _headline_over_subheadline(f, card) for card in cards]
    listed = sum(not card.inline for card in cards)
    count = sum(shaped)
    if count >= _SUBHEADLINED_MIN_CARDS and 2 * count >= listed:
        return shaped
    return [False] * len(cards)


def _summarised_list(f: _Features, cards: list[_Card]) -> list[bool]:
    """For each card, whether it prints a headline over its summary (``_headline_over_summary``)
    as the list shows it. Only in a list whose other cards print a headline of that length
    alone (title / byline / stamp): there the longer line is the extra one, a summary; where
    every card prints two such lines the first may be a long kicker over the headline
    ("Der Streit um die Elbvertiefung geht in die nächste Runde" / headline / date). Never
    the page's first card: over it a heading of a headline's length ("The weekend's travel
    rush, from airports to highways" / headline / "CNN · 3h") or a long kicker ("Il caso
    nel quartiere Carmine …" / headline / byline / date) is as likely, and no card above
    shows the list's shape; unless a chip stands right over its title and its date right
    under the longer line ("Analysis" / headline / standfirst / date, as the list's other
    cards print it; a long kicker under a chip is printed over headline / byline / date)."""
    if not any(
        card.deck is None and not card.inline and _words(f.lines[card.title]) >= _FLY_HEADLINE_WORDS
        for card in cards
    ):
        return [False] * len(cards)
    return [
        (at > 0 or (_kicker_line(f, card.title - 1) and _fly_dated(f, card)))
        and _headline_over_summary(f, card)
        for at, card in enumerate(cards)
    ]


def _listed_summary(f: _Features, card: _Card) -> bool:
    """A card right under the stamp that closed the card before (title / stamp, title /
    summary / stamp): its first line is its title, as the card before's was, and a longer
    line right under it its summary, with or without a full stop; not a title under its
    kicker."""
    title = f.lines[card.title]
    return (
        card.deck == card.title + 1
        and card.title > 0
        and f.stamp(card.title - 1) is not None
        and _words(title) > _KICKER_MAX_WORDS
        and _words(f.lines[card.deck]) > _words(title)
    )


def _fly_over(f: _Features, card: _Card, marks: _Marks) -> bool:
    """A short line right over the card's title that is not its source (a fly-title, a
    column's name: "Banyan", "Japan's economy"), no heading, stamp, meta line or sentence
    (``_kicker_line``);
    no section's or genre's chip either ("Analysis", "Exclusive", "FÚTBOL": a chip over a
    kicker over the headline, no fly-title)."""
    above = card.title - 1
    if not _kicker_line(f, above):
        return False
    line = f.lines[above]
    return (
        line != card.source
        and not marks.at(above)
        and not line.isupper()
        and not is_section_name(line)
        and _words(f.lines[card.title]) > _KICKER_MAX_WORDS
    )


def _fly_dated(f: _Features, card: _Card) -> bool:
    """The line under the card's last line (its rubric, else its title) is a date alone,
    no source printed with it."""
    under = (card.deck if card.deck is not None else card.title) + 1
    return under < len(f.lines) and f.stamp(under) is not None and f.metas[under] is None


def _fly_lists(f: _Features, cards: list[_Card], flown: list[bool]) -> list[bool]:
    """For each card in a run of cards in a row printed under a short line (``flown``):
    whether a card of the run is fly-title / headline / date, no rubric, or every card of
    a run of ``_FLY_RUN_MIN`` prints a headline over its rubric (``_headline_over_rubric``).
    That shows the line under the list's short lines is the headline; otherwise short line
    / line / line / date is as often a chip over a kicker over the headline ("Hamburg" /
    "Streit um die Elbvertiefung" / headline / date), where the kicker swap stands."""
    shown = [False] * len(cards)
    begin = 0
    for at in range(len(cards) + 1):  # (one past the last card: a run ends there)
        if at < len(cards) and flown[at]:
            continue
        run = cards[begin:at]
        if any(card.deck is None and _fly_dated(f, card) for card in run) or (
            len(run) >= _FLY_RUN_MIN and all(_headline_over_rubric(f, card) for card in run)
        ):
            shown[begin:at] = [True] * len(run)
        begin = at + 1
    return shown


_FLY_RUN_MIN = 3
_SUBHEADLINED_MIN_CARDS = 2  # cards of a list printing title / sub-headline / publisher / stamp
_FLY_HEADLINE_WORDS = 7  # more than a kicker's few words ("Streit um die Elbvertiefung")


def _headline_over_rubric(f: _Features, card: _Card) -> bool:
    """Line / line / date under the short line, the first a headline's length and about as
    long as the line under it ("The Bank of Japan edges towards another rate rise" / "Wages
    are finally rising faster than prices"): no kicker, which is a few words over a longer
    headline ("Why the housing market stalled" / "Mortgage approvals fell for a fourth month
    as buyers wait for rate cuts")."""
    if card.deck is None or not _fly_dated(f, card):
        return False
    words = _words(f.lines[card.title])
    return words >= _FLY_HEADLINE_WORDS and 4 * words >= 3 * _words(f.lines[card.deck])


def _flytitled(f: _Features, card: _Card, shown: bool) -> bool:
    """Fly-title / headline / rubric / date ("Banyan" / "Why Asia's middle powers …" /
    "America's allies are quietly buying insurance" / date), in a run of cards printed so
    whose list shows the shape (``shown``, ``_fly_lists``): the short line is the list's
    label over each headline, so the title is the headline and the line under it its
    rubric, not a headline under its kicker. Only when the rubric stands right over the
    date: "Tribunales" / title / title / "Europa Press" / stamp is a chip over a bare link,
    then a card."""
    return shown and _fly_dated(f, card)


@dataclass(slots=True)
class _Reading:
    """What reading the cards' bodies needs: the page's marks and the lines already used;
    ``inline`` collects the marks of widgets inside their texts."""

    marks: _Marks
    ends: set[int]
    taken: set[int]
    inline: set[int]


def _card_drafts(
    f: _Features, cards: list[_Card], card_starts: list[int], reading: _Reading
) -> list[tuple[int, ArticleDraft]]:
    """Each card's draft: its body runs to the next card (a teaser inside an article's text
    has none)."""
    lines = f.lines
    drafts: list[tuple[int, ArticleDraft]] = []
    titles = {card.start: card.title for card in cards if not card.inline}
    brand = _reader_brand(f, cards)
    flown = [not card.inline and _fly_over(f, card, reading.marks) for card in cards]
    shown = _fly_lists(f, cards, flown)
    summarised = _summarised_list(f, cards)
    subheadlined = _subheadlined_list(f, cards)
    for at, card in enumerate(cards):
        if card.inline:  # (the text under it is the article's around it)
            title = f.headline(card.title)
            drafts.append((card.start, _draft(title, [], card.source, card.time_text)))
            continue
        following = bisect_right(card_starts, card.start)
        stop = card_starts[following] if following < len(card_starts) else len(lines)
        # (a card a few lines under the one before: the last of a list, no article; its
        # title a few lines under the one before's, the day's date over its clock aside)
        previous = card_starts[following - 2] if following > 1 else None
        listed = previous is not None and (
            _printed_lines(f, previous, card.start) <= _LISTED_GAP
            or card.title - titles[previous] <= _LISTED_GAP
        )
        stop = _closed_at(f, card, stop, reading, listed=listed)
        if listed:
            stop = _stop_at_closing_source(f, card, stop, reading.taken)
        if brand and following == len(card_starts):
            stop = _site_note_at(f, card.body_from, stop, brand)
        widgets, widget_lines = _inline_widgets(f, reading.marks, card.title, stop)
        reading.inline |= widgets
        credited: list[Caption] = []
        paragraphs = _body_lines(
            f, card.body_from, stop, reading.ends, reading.taken, keep_stamps=False,
            widgets=widgets, widget_lines=widget_lines, captions=credited,
        )  # fmt: skip
        if not paragraphs:  # ("29.11.2026 – Analyse der Wahlnacht …": its date and summary)
            paragraphs = _summary_beside_date(f, card)
        if not paragraphs and (
            card.summary_under_meta  # (headline-shaped: no text's shape)
            or _unstopped_summary(f, card.body_from, stop, reading.taken)
            or _short_summary(f, card, stop, reading.taken)
        ):
            paragraphs = [lines[card.body_from]]
        if card.deck is not None:
            if (
                _words(" ".join(paragraphs)) < _REAL_BODY_WORDS
                and not _story_paragraphs(paragraphs, unsourced=card.source is None)
                and not _summary_under(lines[card.title], lines[card.deck])
                and not _listed_summary(f, card)
                and not summarised[at]
                and not _flytitled(f, card, shown[at])
                and not subheadlined[at]
                and not _standfirst_over_byline(f, card, paragraphs)
                # (a headline under the kicker the card before prints too: no kicker itself)
                and not _headline_under_kicker(f, card.title)
                # (a headline that opens a block, under its heading, is no card's summary)
                and not reading.marks.at(card.title)
                # (chip / headline / deck: the chip shows where the card's title is)
                and not _chipped_headline_over_deck(f, card.title, card.deck)
            ):
                card.title, card.deck = card.deck, None  # a card list, not an article header
            else:
                start = card.deck if card.deck_from is None else card.deck_from
                paragraphs[0:0] = [line for line in lines[start : card.deck + 1] if line]
        source = _closing_source(f, card.title, stop) or card.source  # "Bron: Belga" wins
        if source is not None and is_more_of_section(source):
            source = None  # ("Meer Economie" / title / age: the rail's heading over the card)
        title, via = _via_source(f, f.headline(card.title))
        source = source or via
        drafts.append((card.start, _draft(title, paragraphs, source, card.time_text, credited)))
    return _without_ranks(drafts, reading.marks)


def _summary_beside_date(f: _Features, card: _Card) -> list[str]:
    """The summary a card prints after its date on its stamp's line (``dated_summary``), as
    its body: title / "29.11.2026 – Analyse der Wahlnacht aus Sicht der Parteizentralen"."""
    for index in range(card.title + 1, card.body_from):
        if f.times[index] is not None and (summary := dated_summary(f.lines[index])):
            return [summary]
    return []


def _reader_brand(f: _Features, cards: list[_Card]) -> frozenset[str]:
    """The brand of a news reader's site (``_news_reader``, ``_brand_key``) whose note on
    itself may close its last card's summary; none on any other page, nor where a card's
    title names the brand (a story about it: "Google fined …" on news.google.com)."""
    if not _news_reader(cards, _site_keys(f.url)):
        return frozenset()
    brand = _brand_key(f.url)
    if any(key in f.lines[card.title].casefold() for card in cards for key in brand):
        return frozenset()
    return brand


def _news_reader(cards: list[_Card], site: frozenset[str]) -> bool:
    """The page's cards print other publishers' names (``_READER_MIN_SOURCES`` or more): a
    reader of their stories, whose own name opens no card's summary."""
    names = {card.source for card in cards if card.source and not _own_site(card.source, site)}
    return len(names) >= _READER_MIN_SOURCES


def _brand_key(url: str | None) -> frozenset[str]:
    """The site's brand as its host spells it: the last label before the top-level domain
    once second-level suffixes are left out ("co" of "bbc.co.uk", "com" of "news.com.au":
    three letters or fewer), when it is longer and no English word ("newsfold.com" →
    "newsfold"; "news.google.com" → "google"; "news.com.au" → none). An edition's or a
    section's label ("in", "uk", "es", "news") is no brand, nor a word of time that opens
    sentences in the languages we read ("heute.at": "Heute hat der Nationalrat …")."""
    labels = host_labels(url)
    if labels is None:
        return frozenset()
    while len(labels) > 1 and len(labels[-1]) <= _SUFFIX_MAX_CHARS:
        labels.pop()
    brand = labels[-1] if labels else ""
    if (
        len(brand) <= _SUFFIX_MAX_CHARS
        or common_word(brand, english_words())
        or find_time(brand) is not None
    ):
        return frozenset()
    return frozenset({brand})


def _site_note_at(f: _Features, begin: int, stop: int, site: frozenset[str]) -> int:
    """Under a news reader's last card, the first sentence that opens with the reader's own
    name ("Newsfold picks stories from thousands of sources.", "Worldline is an independent
    reader."): the page's note on itself, where its footer begins (only furniture from it
    on, ``_furniture``); the card's summary ends over it. A story's text over the sentence
    (``_REAL_BODY_WORDS`` or more: the lead as the last card) keeps it, a sentence of its
    own ("Worldline has asked the ministry for comment."), as does a sentence that reports
    speech ("Google said it would appeal …") or has text under it (the note is the last
    sentence over the footer). ``stop`` when there is none."""
    for row in range(begin, stop):
        line = f.lines[row]
        if line and _is_prose(line) and _opens_with_site(line, site):
            summary = _words(" ".join(f.lines[begin:row]))
            note = (
                summary < _REAL_BODY_WORDS
                and not reports_speech(line)
                and _no_text(f, row + 1, stop)
                and _furniture(f, row, stop)
            )
            return row if note else stop
    return stop


def _opens_with_site(line: str, site: frozenset[str]) -> bool:
    """The line's first word, or its first two ("The Reader"), is the site's name."""
    words = line.split(" ", 2)
    first = words[0].rstrip(",:;")
    return _own_site(first, site) or (len(words) > 2 and _own_site(f"{first} {words[1]}", site))


def _printed_lines(f: _Features, begin: int, end: int) -> int:
    """Lines from ``begin`` to ``end`` that are not blank (a blank line is where clean took a
    label out: "Advertisement" between two cards of a list)."""
    return sum(1 for line in f.lines[begin:end] if line)


def _without_ranks(
    drafts: list[tuple[int, ArticleDraft]], marks: _Marks
) -> list[tuple[int, ArticleDraft]]:
    """A ranked list's numbers are no part of its titles: cards in a row (page order) whose
    titles open with 1, 2, 3 … ("1. ", "2) ") lose them; a headline that opens with a figure
    ("3 things to know", "10,000 march") keeps it, as does a lone "1. " with no "2. " under
    it."""
    ordered = sorted(drafts, key=lambda item: item[0])
    run: list[tuple[int, int]] = []  # (card, where its title starts) of the cards 1, 2 … so far
    for at in range(len(ordered) + 1):  # (one past the last card: a run ends there)
        rank = _RANK.match(ordered[at][1].title) if at < len(ordered) else None
        if rank is not None and int(rank[1]) == len(run) + 1:
            run.append((at, rank.end()))
            continue
        if len(run) >= _RANK_RUN_MIN or (len(run) > 1 and _whole_list(ordered, at, run, marks)):
            for index, title_at in run:
                start, ranked = ordered[index]
                ordered[index] = (start, replace(ranked, title=ranked.title[title_at:]))
        run = [(at, rank.end())] if rank is not None and int(rank[1]) == 1 else []
    return ordered


def _whole_list(
    ordered: list[tuple[int, ArticleDraft]], after: int, run: list[tuple[int, int]], marks: _Marks
) -> bool:
    """The ranked cards are all of their list: a heading stands over the first, and the
    next card (``ordered[after]``), if any, is under another heading. Two numbered titles
    among other cards ("1. FC …" over "2. Bundesliga …") are no ranks."""
    first = ordered[run[0][0]][0]
    last = ordered[run[-1][0]][0]
    following = ordered[after][0] if after < len(ordered) else None
    return marks.at(first) and (
        following is None or marks.next_after(last, following + 1) <= following
    )


def _closed_at(f: _Features, card: _Card, stop: int, reading: _Reading, *, listed: bool) -> int:
    """Title / summary / stamp: an end heading under the stamp ("Disclaimer & comment
    rules") ends the card there; the card's text is its summary. A listed title / stamp
    with a headline under it: that is the list's next entry (a headline and its author, no
    stamp), no text of the card."""
    closing = card.body_from
    if _bare_link_under(f, card, stop, reading) or _block_under_stamp(
        f, closing, stop, reading.taken
    ):
        return closing
    limit = min(stop, closing + _MAX_DECK_LINES)  # (a summary of a few lines, no article)
    while closing < limit and f.lines[closing] and _is_prose(f.lines[closing]):
        closing += 1
    if closing > card.body_from and _source_over_stamp(f, card, closing, stop):
        closing += 1  # title / summary / source / stamp: the card's source, then its stamp
    if closing == card.body_from:
        if not listed:
            return stop
        if _entry_under(f, closing, stop, reading.taken) or _menu_under(f, closing, stop):
            return closing
        # a listed title / stamp, no summary under: a heading before any text opens another
        # block (a heading / "Top Stories" / links), not the card's text
        end = reading.marks.next_after(closing - 1, stop)
        return end if end < stop and end in reading.ends and _no_text(f, closing, end) else stop
    if closing >= stop or f.stamp(closing) is None:
        return stop
    end = reading.marks.next_after(closing, stop)
    # (not over a text that goes on under a "Related" box: the card is a story's header)
    return end if end < stop and end in reading.ends and not _text_under(f, end, stop) else stop


def _stop_at_closing_source(f: _Features, card: _Card, stop: int, taken: set[int]) -> int:
    """Stamp / title / [summary] / source: the card's source line under its summary, taken
    as the line that closes it (``_sources_closing_cards``), ends the card; what follows
    (a "Load more" link, a notice) is no text of the card."""
    index = card.body_from
    while index < min(stop, card.body_from + _MAX_DECK_LINES) and _is_prose(f.lines[index]):
        index += 1
    closes = index < stop and index in taken and f.lines[index] == card.source
    return index if closes else stop


def _block_under_stamp(f: _Features, index: int, stop: int, taken: set[int]) -> bool:
    """Title / stamp, then a bare headline with a short line under it that is no text, no
    byline, stamp or source (a heading, a chip, an author's name: "Opinião", "Editoriali e
    commenti"), and another headline under that before any text (the block's entries,
    ``_headline_before_text``): a stampless card (a clip's title) over another block, no
    text of the card the stamp closed. A story's text under the stamp (prose of
    ``_REAL_BODY_WORDS`` or more) stays the card's: a lead's clip title and its length over
    its paragraphs (the lead's text is what made the card a lead; an opinion block's one
    summary is not); so does a summary printed like a headline over a name and a sentence,
    a card's summary under a box of short figures, or a summary sentence without its full
    stop over the card's comment count (``_unstopped_summary``)."""
    under = index + 1
    return (
        under + 1 < stop
        and f.stamp(index - 1) is not None
        and bool(f.lines[index])
        and f.is_title(index)
        and not _is_prose(f.lines[index])
        and not _unstopped_summary(f, index, stop, taken)
        and bool(f.lines[under])
        and _words(f.lines[under]) <= _SHORT_NAME_WORDS
        and not _is_prose(f.lines[under])
        and not f.is_meta(under)
        and _headline_before_text(f, under + 1, stop)
        and _prose_words(f, index, stop) < _REAL_BODY_WORDS
    )


def _headline_before_text(f: _Features, begin: int, stop: int) -> bool:
    """A headline's length of title line in [begin, stop) before any prose: another block's
    entries (an opinion list's headlines), not a box's short figures over the card's own
    summary ("Excedente de 0,3%" / "Dívida abaixo de 90%" / summary)."""
    for row in range(begin, stop):
        line = f.lines[row]
        if line and _is_prose(line):
            return False
        if line and _words(line) > _SHORT_NAME_WORDS and f.is_title(row):
            return True
    return False


def _text_under(f: _Features, begin: int, stop: int) -> bool:
    """Two long paragraphs in a row in [begin, stop): a story's text going on, no card's
    summary or footer's note (one sentence about the site)."""
    run = 0
    for line in f.lines[begin:stop]:
        if line:
            run = run + 1 if _long_paragraph(line) else 0
            if run == _TEXT_RUN:
                return True
    return False


def _source_over_stamp(f: _Features, card: _Card, index: int, stop: int) -> bool:
    """The line at ``index`` is the card's own source line, its stamp right under it."""
    return (
        card.source is not None
        and index + 1 < stop
        and f.lines[index] == card.source
        and f.stamp(index + 1) is not None
    )


def _entry_under(f: _Features, index: int, stop: int, taken: set[int]) -> bool:
    """A headline and its byline right under a listed card: the list's next entry (a
    headline and byline over paragraphs is an article's header, not a list entry)."""
    return (
        index + 1 < stop
        and f.is_title(index)
        and f.bylines[index + 1]
        and sum(_is_prose(line) for line in f.lines[index + 2 : min(stop, index + 5)]) < 2
        and not _unstopped_summary(f, index, stop, taken)
    )


def _menu_under(f: _Features, index: int, stop: int) -> bool:
    """A run of short lines right under a listed card that prints no summary ("Shows" /
    "Landline" / "Four Corners" / … / "More shows"), over the page's furniture: a menu, a
    heading and its links, that opens another block; what follows it is not the card's
    text. Not over a story (a breadcrumb, "Millbrook" / "News" / "Local News" / "Crime",
    over a headline, its byline or stamp and its paragraphs: the story keeps its text)."""
    end = index + _MENU_MIN_LINES
    return (
        end <= stop
        and all(
            (line := f.lines[row])
            and _words(line) <= _SHORT_NAME_WORDS
            and not _is_prose(line)
            and f.stamp(row) is None
            for row in range(index, end)
        )
        and _furniture(f, end, stop)
    )


def _furniture(f: _Features, begin: int, stop: int) -> bool:
    """Lines [begin, stop) hold no story: no stamp, no byline, a few prose lines at most (a
    footer's notes)."""
    prose = 0
    for row in range(begin, stop):
        if f.stamp(row) is not None or f.bylines[row]:
            return False
        prose += _is_prose(f.lines[row])
        if prose > _FOOTER_MAX_PROSE:
            return False
    return True


def _no_text(f: _Features, begin: int, end: int) -> bool:
    return not any(_is_prose(line) for line in f.lines[begin:end])


def _bare_link_under(f: _Features, card: _Card, stop: int, reading: _Reading) -> bool:
    """Source / title / stamp, then a headline alone in its block: a bare link of the list
    (a ranked entry without a stamp), not the text of the card its stamp closed."""
    under = card.body_from
    after = under + 1
    return (
        card.source is not None
        and f.stamp(under - 1) is not None
        and under < stop
        and f.is_title(under)
        and not _is_prose(f.lines[under])
        and (after >= len(f.lines) or not f.lines[after] or reading.marks.at(after))
    )


def _unstopped_summary(f: _Features, index: int, stop: int, taken: set[int]) -> bool:
    """A card's summary sentence without its full stop right under the title ("The European
    Commission says Meta made it unnecessarily hard … to rival services")."""
    line = f.lines[index] if index < stop else ""
    return (
        bool(line)
        and index not in taken
        and _words(line) >= _UNSTOPPED_SUMMARY_WORDS
        and line[-1] not in ":|"
        and not _title_case(line)
        and not f.is_meta(index)
    )


def _chipped_summary(
    f: _Features, title: int, index: int, stop: int, taken: set[int], *, listed: bool
) -> bool:
    """[Chip] / title / a sentence without its full stop, then the next card's section chip
    over its title or a byline, or the list's end under a chipped card right under such a
    card (``listed``): "Economia" / "Mps-Mediobanca, via libera …" / "Il nuovo gruppo avrà
    sede a Siena" / "Fisco" / …. A front page's card prints its summary so, however short
    (auditor B's B-10); chips or bylines part the cards (a bare headline under a chip, over
    a bare headline, is a link; a "Live" badge's headline over one more is none)."""
    line = f.lines[index] if index < stop else ""
    if not line:
        return False
    after = index + 1
    chipped = title > 0 and _next_chip(f, title - 1, stop, taken)  # (a section's, no "Live")
    bylined = (
        after < stop and bool(f.lines[after]) and (f.bylines[after] or _is_byline(f.lines[after]))
    )
    parted = bylined or _next_chip(f, after, stop, taken)
    ends = after >= stop or not f.lines[after]
    # (a card whose chip clean dropped, as a list's first one: a summary longer than its title)
    own = chipped or _words(line) > _words(f.lines[title])
    return (
        ((parted and own) or (chipped and ends and listed))
        and index not in taken
        and not _chip_over_title(f, index - 1, index)  # (a title under its chip)
        # (a byline under the line closes the card: "Inter-Juventus 2-1, …" / "Doppietta
        # dell'argentino, …" / "di Paolo Tomaselli" is title / deck / author)
        and (bylined or not _same_topic_shape(f.lines[title], line))
        and _words(line) >= _CHIPPED_SUMMARY_WORDS
        and line[-1] not in ":|"
        and not _title_case(line)
        and not f.is_meta(index)
        and f.stamp(index) is None
    )


def _same_topic_shape(title: str, line: str) -> bool:
    """Title and line both open on a topic and a comma ("Mps-Mediobanca, via libera …" /
    "Pensioni, la manovra rinvia …"): two headlines printed alike under one chip, the
    second a link of its own, no summary (a summary tells the story: "L’attacco con …")."""
    return _TOPIC_COMMA.match(title) is not None and _TOPIC_COMMA.match(line) is not None


def _next_chip(f: _Features, index: int, stop: int, taken: set[int]) -> bool:
    """Line ``index`` is the next card's chip over its title: a section's name ("Fisco",
    "Economie"; a label over a block, "In:" or "Ontdek ook", or a video's length is none)."""
    title = index + 1
    return (
        title < stop
        and index not in taken
        and title not in taken
        and is_section_name(f.lines[index])
        and f.is_title(title)
        and _chip_over_title(f, index, title)
    )


def _short_summary(f: _Features, card: _Card, stop: int, taken: set[int]) -> bool:
    """A card's summary of one short sentence between its title and its stamp (title /
    "The keeper stays until 2031." / stamp), or its deck printed without a stop in a list
    of title / deck / stamp cards (``_unstopped_deck``)."""
    index = card.body_from
    return (
        index + 1 < stop
        and index not in taken
        and f.stamp(index + 1) is not None
        and (_brief_sentence(f.lines[index]) or _unstopped_deck(f, index, card.title, set()))
    )


def _teasers_without_stamp(
    f: _Features, page_marks: _Marks, card_starts: list[int], taken: set[int], inline: set[int]
) -> list[tuple[int, ArticleDraft]]:
    """In a block opened by a "Related" heading: titles followed by summary prose.

    When most titles of the block have a summary, all those; otherwise only those with
    another headline after their summary: a list of headlines whose last one is followed
    by footer text is navigation. Under a mark of ``unstopped`` (a front page of nothing but
    cards), a summary printed without its full stop, longer than its headline, counts too
    (``_unstopped_summary``).
    """
    out: list[tuple[int, ArticleDraft]] = []
    lines = f.lines
    n = len(lines)
    for mark in page_marks.related:
        next_mark = page_marks.next_outside(mark, taken, n)
        if mark in inline:  # a box inside a text: its cards that a stamp closes
            out.extend(_box_teasers(f, mark, next_mark, page_marks))
            continue
        at = bisect_left(card_starts, mark)
        next_card = card_starts[at] if at < len(card_starts) else n
        stop = min(next_mark, next_card)
        unstopped = mark in page_marks.unstopped
        found: list[tuple[int, ArticleDraft]] = []
        titles = 0
        last_title = -1
        index = mark
        while index < stop:
            line = lines[index]
            if (
                not line
                or index in taken
                or not f.is_title(index)
                or (_is_name(line) and not _authored_card(f, index, stop))
                or (unstopped and _kicker_over_authored_card(f, index, stop, taken))
            ):
                index += 1
                continue
            titles += 1
            last_title = index
            summary: list[str] = []
            after = index + 1
            if after < stop and _card_label(f, after, taken):
                after += 1  # title / "Analysis" / summary: the card's label, no text
            after = _past_author_slot(f, after, stop, taken)
            author_first = _AUTHOR_HEADLINE.match(line) is not None
            while (
                after < stop
                and after not in taken
                and lines[after]
                and (
                    _is_prose(lines[after])
                    or (
                        unstopped
                        and not summary
                        and _unstopped_summary(f, after, stop, taken)
                        # (no next headline: longer than the title, or its author under it)
                        and (_words(lines[after]) > _words(line) or _author_under(f, after, stop))
                    )
                )
                and not _headline_shaped(lines[after])
                # (the next headline of a list whose headlines all name their author first)
                and not (author_first and _AUTHOR_HEADLINE.match(lines[after]))
                and not (not summary and _next_headline_over_summary(f, after, stop, taken))
                # (the card's author under its summary: "Par Name (Kharkiv, envoyée spéciale)")
                and not (summary and f.bylines[after])
            ):
                summary.append(lines[after])
                after += 1
            listed = bool(found) and found[-1][0] + 3 == index  # (title / summary / chip)
            if not summary and _chipped_summary(f, index, after, stop, taken, listed=listed):
                summary, after = [lines[after]], after + 1  # (even a quote's: a chip's card)
            elif not summary and _rubric(f, index, stop, taken):
                summary, after = [lines[index + 1]], index + 2  # fly-title / title / rubric
            elif (
                not summary
                and after < stop
                and _brief_sentence(lines[after])
                and _source_under_summary(f, after + 1, stop, taken) is not None
            ):
                summary, after = [lines[after]], after + 1  # (a short one over its source)
            labelled = None if summary else _labelled_source(f, after, stop, taken)
            source = _source_under_summary(f, after, stop, taken) if summary else labelled
            stamp = _bare_stamp_under(f, after, stop) if summary and source is None else None
            if summary or labelled is not None:  # (title / "Quelle: dpa": a sourced card)
                found.append((index, _draft(line, summary, source, stamp)))
            index = after + (source is not None or stamp is not None)
        found = _misread_sources_dropped(f, mark, stop, taken, found)
        if len(found) * 2 > titles or _kickered_card_at_foot(f, page_marks, last_title, stop):
            out.extend(found)
        else:  # "Title" / summary / "Title" (a bare link): a teaser among links
            out.extend(item for item in found if item[0] != last_title)
    return out


def _bare_stamp_under(f: _Features, index: int, stop: int) -> str | None:
    """The bare date with its year ("27 novembre 2026", "27.11.2026") right under a
    stampless card's summary, that no card's shape read (a lone card under its chip): that
    card's stamp. Not an age, a day's word or a clock ("vor 6 Std.", "Gisteren", "2:48": a
    list's next card or a clip's length may print those there)."""
    if index >= stop or f.metas[index] is not None:
        return None
    stamp = f.times[index]
    return stamp if stamp is not None and _STAMP_YEAR.search(stamp) is not None else None


def _next_headline_over_summary(f: _Features, index: int, stop: int, taken: set[int]) -> bool:
    """Title / title / sentence: the line at ``index``, under a headline, is title-like and
    closes on no sentence's mark, and a summary ending in one stands right under it. It is
    the next card's headline, the upper one a card whose author line went ("Análisis" /
    headline / author, the author dropped as repeated): no summary of the upper one's."""
    below = index + 1
    return (
        f.is_title(index)
        and f.lines[index][-1] not in ".!?"
        and below < stop
        and below not in taken
        and bool(f.lines[below])
        and f.lines[below][-1] == "."
        and _is_prose(f.lines[below])
        and not f.is_title(below)
    )


def _source_under_summary(f: _Features, index: int, stop: int, taken: set[int]) -> str | None:
    """The card's source printed alone on the line under its summary (title / summary /
    "dpa", "Europa Press", "Agencias"): an agency's or an outlet's name by the vocabulary,
    or the wires' plural word. A story's paragraph is no name, a kicker or a section's chip
    over the next card is no publisher's, and the page's own site's name under the last card
    opens its footer ("ORF.at" / "Impressum")."""
    if index >= stop or index in taken or _site_name(f, f.lines[index]):
        return None
    line = f.lines[index]
    wires = line.casefold() in _wires_words()
    if wires or (_vocabulary_publisher(line) and not is_section_name(line)):
        return line
    if index in f.chip_sources and _is_publisher(line, f, slot=True):
        return line  # (a name over the card's reading time, which clean took: "2 min read")
    return _labelled_source(f, index, stop, taken)


def _labelled_source(f: _Features, index: int, stop: int, taken: set[int]) -> str | None:
    """ "Quelle: dpa", "Fuente: spot on news" on the line under a card's title or summary:
    the card's source, its label saying so (any name after it, lower-case brands too)."""
    if index >= stop or index in taken or not f.lines[index]:
        return None
    match = SOURCE_ATTRIBUTION.match(f.lines[index])
    if match is None or f.lines[index][:4].casefold() == "via ":
        return None  # ("via Reuters": a card's title ends so, ``_via_source``)
    return match["name"].strip()


def _misread_sources_dropped(
    f: _Features, mark: int, stop: int, taken: set[int], found: list[tuple[int, ArticleDraft]]
) -> list[tuple[int, ArticleDraft]]:
    """The block's cards without the sources read under their summaries when those names
    are no sources of theirs (audit E's e01, e02): the first card's title stands under such a
    name ("Related" / "Reuters" / title / summary / "AFP" / title …: the cards print their
    sources over their titles, a name under a summary is the next card's), or the name under
    the last card is the only one (a list prints its sources under every card: that name
    opens the footer, "Europa Press" / "Aviso legal")."""
    if not found or all(draft.source is None for _, draft in found):
        return found
    first = found[0][0]
    names_over = first > mark and _source_under_summary(f, first - 1, stop, taken) is not None
    footer_name = len(found) > 1 and all(draft.source is None for _, draft in found[:-1])
    if not (names_over or footer_name):
        return found
    return [(start, replace(draft, source=None)) for start, draft in found]


@lru_cache(maxsize=1)
def _wires_words() -> frozenset[str]:
    """``data/credit_phrases.txt``'s [with-agencies] words, case-folded ("agencias")."""
    return frozenset(
        word.casefold() for word in line_sections("credit_phrases.txt")["with-agencies"]
    )


def _author_under(f: _Features, index: int, stop: int) -> bool:
    """The line under ``index`` is a card's author in capitals or a byline."""
    return index + 1 < stop and capitals_author(f, index + 1)


def _kicker_over_authored_card(f: _Features, index: int, stop: int, taken: set[int]) -> bool:
    """A kicker of a few words over a title, its summary without a full stop and its
    author ("Elecciones en Chile" / title / summary / "ROCÍO MONTES"): the card's kicker,
    not a headline whose summary is the title under it."""
    title, summary = index + 1, index + 2
    return (
        _words(f.lines[index]) <= _KICKER_MAX_WORDS
        and summary < stop
        and title not in taken
        and f.is_title(title)
        and not _is_prose(f.lines[title])
        and _words(f.lines[title]) > _words(f.lines[index])
        and (_is_prose(f.lines[summary]) or _unstopped_summary(f, summary, stop, taken))
        and _author_under(f, summary, stop)
    )


def capitals_author(f: _Features, index: int) -> bool:
    """A byline, or a person's name in capitals alone on its line ("NATALIA JUNQUERA"): the
    author's slot a front page prints on every card (a name in Title Case there may be a
    masthead's or an app store's: "Diário do Vale")."""
    return bool(f.bylines[index]) or capitals_name(f.lines[index])


def author_slot(f: _Features, index: int) -> bool:
    """A card's author line: ``capitals_author``, or persons' names in Title Case, one at
    least a first name the gazetteer knows ("Marisa Okafor and Lila Brenner"), printed
    between a card's headline and its summary."""
    return capitals_author(f, index) or _authors_names(f.lines[index])


def _past_author_slot(f: _Features, index: int, stop: int, taken: set[int]) -> int:
    """The line of a teaser's summary when its title has its author in capitals under it,
    and the author's place under that ("JAVIER CASQUEIRO" / "Madrid" / summary): the
    card's furniture, no text. ``index`` itself otherwise: a story prints its text under
    its byline, and a name over no sentence is a bare link's byline (navigation)."""
    if index >= stop or index in taken or not author_slot(f, index):
        return index
    under = index + 1
    if (
        under + 1 < stop
        and under + 1 not in taken
        and _is_name(f.lines[under])
        and _words(f.lines[under]) <= _SHORT_NAME_WORDS
        and not f.is_meta(under)
    ):
        under += 1  # (the author's place: "São Paulo", "Santiago de Chile")
    return under if under < stop and _is_prose(f.lines[under]) else index


def _kickered_card_at_foot(f: _Features, page_marks: _Marks, title: int, stop: int) -> bool:
    """The block's last headline stands under a section's name ("Panorama" / title /
    summary: a front page's card) and the block ends at the next "Related" heading
    ("Meistgelesen"), no footer: the text under it is that card's summary, not footer text
    read as one, though the headlines over it are bare links."""
    return stop in page_marks.related and title > 0 and is_section_name(f.lines[title - 1])


def _authored_card(f: _Features, title: int, stop: int) -> bool:
    """A Title Case headline that reads as a name ("The Last Great Public Library Fight") over
    a card's summary and its author's byline ("By Elaine Godfrey"), or under a section's
    chip ("TECHNOLOGY" / "The Chatbot Will See You Now" / summary: an author page's cards,
    whose bylines clean took as the page's repeated line): the card shape of a front page.
    A publisher's or an author's own name prints no sentence with a byline under it, nor a
    section's name over it."""
    summary, author = title + 1, title + 2
    chipped = title > 0 and is_section_name(f.lines[title - 1])
    return (
        summary < stop
        and _is_prose(f.lines[summary])
        and (chipped or (author < stop and bool(f.bylines[author])))
    )


def _box_teasers(
    f: _Features, mark: int, stop: int, marks: _Marks
) -> list[tuple[int, ArticleDraft]]:
    """The cards of a "Related" box inside an article's text whose summary a stamp closes
    (title / summary / "vor 3 Stunden", ``_box_cards``), or headline and summary pairs under
    a heading announcing a list or offering one more story: teasers; the text goes on under
    them."""
    return [
        (
            title,
            _draft(
                f.headline(title),
                list(f.lines[summary:past]),
                None,
                None if stamp is None else f.stamp(stamp),
            ),
        )
        for title, summary, past, stamp in _box_cards(f, mark, stop, marks)
    ]


def _card_label(f: _Features, index: int, taken: set[int]) -> bool:
    """A one-word label under a teaser's title ("Analysis", "Editorial"), or its reading
    time ("3 Min.": no card stamp took it): no text."""
    line = f.lines[index]
    return index not in taken and ((" " not in line and _is_name(line)) or is_bare_minutes(line))


def _rubric(f: _Features, title: int, stop: int, taken: set[int]) -> bool:
    """A card's rubric without a full stop, under a title that has a fly-title over it
    ("Nigeria’s economy" / title / "A reformist central bank has not yet won …"). Longer
    than the title, as a standfirst is: a shorter line is the next headline of a list."""
    lines = f.lines
    rubric = title + 1
    return (
        rubric < stop
        and rubric not in taken
        and title > 0
        and bool(lines[title - 1])
        and _words(lines[title - 1]) <= _SHORT_NAME_WORDS
        and not _is_prose(lines[title - 1])
        and not f.is_title(title - 1)  # (a list's headline over the next: "Storm: ferries cut")
        and bool(lines[rubric])
        and not _is_name(lines[rubric])
        and _words(lines[rubric]) >= max(_PROSE_MIN_WORDS, _words(lines[title]) + 1)
        and not _headline_shaped(lines[rubric])
        and not _headline_run(f, rubric, stop)
        and not _next_headline_over_summary(f, rubric, stop, taken)
    )


def _headline_run(f: _Features, rubric: int, stop: int) -> bool:
    """A headline right under the line read as a rubric, longer than a fly-title and no
    longer than that line, or of any length with a third headline under it: the lines are
    a list of bare headlines ("Markets" / headline / headline / headline), no card's title
    and rubric (a site's long tagline under a rubric is no headline of its list)."""
    under = rubric + 1
    return (
        under < stop
        and bool(f.lines[under])
        and _words(f.lines[under]) > _SHORT_NAME_WORDS
        and f.is_title(under)
        and (
            _words(f.lines[under]) <= _words(f.lines[rubric])
            or _listed_headline(f, under + 1, stop)
        )
    )


def _listed_headline(f: _Features, index: int, stop: int) -> bool:
    """A third headline in a row at ``index`` (under the line read as a rubric and the
    longer one under it): the lines are a list of bare headlines of any lengths ("Most
    viewed": "Live" / headline / headline / headline), no card's rubric."""
    return (
        index < stop
        and bool(f.lines[index])
        and _words(f.lines[index]) > _SHORT_NAME_WORDS
        and f.is_title(index)
        and not _is_prose(f.lines[index])
    )
