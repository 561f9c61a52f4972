"""split_live: live blogs, read as one article.

A page is a live blog when a short "Live" kicker stands above the headline, a headline
starts or ends with "live" (or says "<topic> live:" or "LIVE!" over entry clocks), or a
headline followed by prose has at least ``_MIN_LIVE_ENTRIES`` clock-stamped entries (a
clock alone on its line, or before the entry's headline on one line: "11:40 Uhr: Sturm
erreicht Lausitz") or at least ``_MIN_LABELLED_ENTRIES`` whose stamps all print one label
("Posted at 15:32 28 Nov"). The headline is the title; the entries up to the first
"Related"/end heading (or the first card after the last entry) are paragraphs of its body,
each keeping its printed stamp and headline; the stamp printed with the headline is the
lead's ``time_text``; author lines and tags (name-like lines) are dropped. Signals: the
live words, clock-only stamps, prose, name-like lines, the cards.
"""

import itertools
import re
from collections.abc import Container, Iterator, Mapping
from functools import cache, partial

from schemas.article import Caption
from streams.captions import caption_like, credit_over_caption, picture_sentence, split_credit
from streams.data_files import line_sections
from streams.model import ArticleDraft, CleanPage
from streams.split_body import (
    _body_lines,
    _clock_led,
    _draft,
    _is_credit_line,
    _lines_under,
    _ticker_headline,
    is_match_minute,
    is_over_ball,
)
from streams.split_cards import _find_cards
from streams.split_header import _find_lead_title, agency_in_byline
from streams.split_lines import (
    _PROSE_MIN_WORDS,
    _SHORT_NAME_WORDS,
    _TITLE_MAX_CHARS,
    _author_and_role,
    _is_name,
    _is_prose,
    _role_line,
    _two_sentences,
    _word_in_place,
    _words,
)
from streams.split_page import (
    _HEADER_MAX_WORDS,
    _KICKER_MAX_WORDS,
    _Card,
    _cluster_stamp,
    _Features,
    _nonblank,
)
from streams.timestamps import (
    find_time,
    has_clock,
    is_clock_only,
    is_labelled_stamp,
    is_relative_age,
    is_update_stamp,
)

_LIVE_STAMP_LOOKAHEAD = 6
_CLOCK_LIST_HEADING_WORDS = 4  # a list's generic heading ("Toute l'actualité en continu")
_LIVE_WIDGET_LINES = 4  # an entry stamp this close under an "end" heading: the blog goes on
_LIVE_TITLE = re.compile(
    r"^live\b|\blive$|\blive updates\b|"
    r"^(?:en )?directo? ?[.:|–—-] |"  # "DIRECT. Tempête Ulla : …" ("Direct flights …": none)
    r"\b(?:en directo|en direct|en vivo|ao vivo|em direto|in diretta|"
    r"liveticker|live-ticker|live blog|liveblog|as it happened|minute by minute|minuto a minuto|"
    r"al minuto)\b",
    re.IGNORECASE,
)
# "Storm Hugo live: …": a topic's few words, "live" and a colon; a concert review's headline
# too ("Coldplay live: …"), so it marks a blog only over _MIN_TOPIC_LIVE_CLOCKS own-line clocks.
# The topic may be an election's long name ("Bihar assembly election results 2026 LIVE: …")
_TOPIC_LIVE_TITLE = re.compile(r"^[^:]{1,60} live: ", re.IGNORECASE)
_MIN_TOPIC_LIVE_CLOCKS = 2
# "Transfer deadline day LIVE! Latest deals …": a show's title may shout it too ("Coldplay
# LIVE! at Wembley"), so it marks a blog over own-line clocks as well
_EXCLAIMED_LIVE = re.compile(r"\blive!", re.IGNORECASE)
_LIVE_HEAD_LINES = 80  # a live blog says so near the top of the page
_LIVE_KICKER_CHARS = 20
_MIN_LIVE_ENTRIES = 3  # clock-stamped entries with text that make a page a live blog
_MIN_LABELLED_ENTRIES = 2  # ... or entries whose stamps print one label ("Posted at 15:32")
_MIN_KEY_EVENTS = 2  # stamp / entry headline pairs over the first entry: a list of links
_KEY_MARK_LINES = 3  # a mark's lines down to a key-events list's first stamp (its heading)
_KEY_CLOCK_WORDS = 3  # a key event's clock before its headline: "3:58 PM GMT+8"
_KEY_CLOCK_SEPARATORS = ":–—|- "  # ... and what stands between them
# an entry's attribution: "From" before its reporters' names, joined by commas or "and"
_CREDITED_FROM = "From "
_NAMES_JOINED = re.compile(r",? and |, ")
_NUMBER = re.compile(r"\d+")  # a match minute's parts ("90.+4'": 90, 4)
# a reporter's shift after the name in a blog's byline: "Josh Taylor (now)", "Ann Roth (earlier)";
# a word of time only (a caption's "(left)" / "(right)" places people in a photo)
_SHIFT_NOTE = re.compile(
    r" \((?:now|earlier|later|before|morning|afternoon|evening|overnight)\)(?= |$)"
)


@cache
def _live_kickers() -> frozenset[str]:
    """ "LIVE", "EN DIRECT", "Em direto", "DIRETTA": ``data/live_labels.txt``."""
    return frozenset(line.casefold() for line in line_sections("live_labels.txt")[""])


def _is_live_kicker(line: str) -> bool:
    return " ".join(line.casefold().split()) in _live_kickers()


def _has_live_word(folded: str) -> bool:
    return (
        "live" in folded
        or "direct" in folded
        or "direto" in folded
        or "vivo" in folded
        or "diretta" in folded
        or "ticker" in folded
        or "happened" in folded
        or "minut" in folded
    )


def _live_title(f: _Features, stop: int) -> int | None:
    """The headline of a live blog, if the page is one."""
    lines = f.lines
    for index in range(min(stop, _LIVE_HEAD_LINES)):
        line = lines[index]
        if not line:
            continue
        if len(line) <= _LIVE_KICKER_CHARS and _is_live_kicker(line):
            after = _under_kicker(f, index + 1, stop)
            if after < stop and f.is_title(after) and not _stream_widget(f, after, stop):
                return after + 1 if _topic_over_headline(f, after, stop) else after
            if after < stop and _short_blog_headline(f, after, stop):
                return after
        elif (
            len(line) <= _TITLE_MAX_CHARS
            and _words(line) > _SHORT_NAME_WORDS
            and _has_live_word(line.casefold())
            and (
                _LIVE_TITLE.search(line)
                or (
                    (_TOPIC_LIVE_TITLE.search(line) or _EXCLAIMED_LIVE.search(line))
                    and (_clocks_under(f, index, stop) or _live_strap_under(f, index))
                )
            )
            and f.is_title(index)
        ):
            return index
    return None


def _live_strap_under(f: _Features, title: int) -> bool:
    """The line under ``title`` is a strap that says "live" again ("Storm Bert live: …" /
    "Live updates as heavy rain sweeps the country"): the blog's headline over its strap, no
    concert review's ("Coldplay live: …" / its standfirst)."""
    under = _nonblank(f, title, 1)
    return (
        under is not None and f.is_title(under) and _LIVE_TITLE.search(f.lines[under]) is not None
    )


def _stream_widget(f: _Features, name: int, stop: int) -> bool:
    """A live kicker over a short name and a button of a few words that says "live" again
    ("EN DIRECTO" / "Canal Norte 24h" / "Ver directo", "LIVE" / "News 24" / "Watch live"): a
    channel's stream in the menu, no blog's headline (a blog's headline stands over its
    stamp, standfirst or entries; "Sigue el Clásico en directo" under a scoreline is a
    standfirst, longer than a button; "Minuto a minuto" over an entry's clock a ticker's
    strap)."""
    button = name + 1
    return (
        button + 1 < stop
        and _words(f.lines[name]) <= _SHORT_NAME_WORDS
        and bool(f.lines[button])
        and _words(f.lines[button]) <= _KICKER_MAX_WORDS
        and _has_live_word(f.lines[button].casefold())
        and not _is_prose(f.lines[button])
        and not f.is_meta(button)
        and f.times[button + 1] is None  # (a stamp under it: a ticker's strap over its entries)
    )


def _short_blog_headline(f: _Features, index: int, stop: int) -> bool:
    """A live kicker's headline of a word or two, too short for a title ("LIVE" / "Storm
    Ulla", "IN DIRETTA" / "Juventus-Inter"): a blog's when its entries' clocks follow right
    under it, nothing between but its stamp, a byline and a strap that says "live" again
    ("Follow it live"). A stream's name in the menu has a page's headline under it."""
    line = f.lines[index]
    if (
        not line
        or not (line[0].isupper() or line[0].isdigit())
        or _is_prose(line)
        or f.is_meta(index)  # (a stamp too)
    ):
        return False
    for after in range(index + 1, min(stop, index + _LIVE_STAMP_LOOKAHEAD)):
        if _clock_only(f, after):
            return _clocks_under(f, index, stop)
        below = f.lines[after]
        if below and not (
            f.times[after] is not None
            or f.bylines[after]
            or (_has_live_word(below.casefold()) and _words(below) <= _KICKER_MAX_WORDS)
        ):
            return False
    return False


def _clocks_under(f: _Features, title: int, stop: int) -> bool:
    """Bare clock stamps on their own lines under ``title`` ("10:52", "14:25 Uhr"), at least
    ``_MIN_TOPIC_LIVE_CLOCKS``: a blog's entries. A review's date, a card's "2 days ago"
    under its title, are no entry's clock; an entry's date and clock are ("Nov 27, 2026 02:10
    PM IST" / headline / text, under the text of the entry before: ``_dated_entry_clocks``)."""
    clocks = 0
    for index in range(title + 1, stop):
        if _clock_only(f, index):
            clocks += 1
            if clocks >= _MIN_TOPIC_LIVE_CLOCKS:
                return True
    return len(_dated_entry_clocks(f, title, stop)) >= _MIN_TOPIC_LIVE_CLOCKS


def _dated_entry_clocks(f: _Features, title: int, stop: int) -> list[int]:
    """The entries under ``title`` opened by a stamp with a date and a clock, no label, right
    under the text of the entry before (``_live_entries``): a blog's entries; a review's
    date prints no clock, nor does a card's "2 days ago"."""
    return [
        index
        for index in _live_entries(f, title + 1, stop, proving=True)
        if (stamp := f.times[index]) is not None
        and has_clock(stamp)
        and not is_clock_only(stamp)
        and not is_labelled_stamp(stamp)
    ]


def _topic_over_headline(f: _Features, index: int, stop: int) -> bool:
    """A topic's few words over a longer headline ("Ticker" / "Storm in the valley" /
    "Floods cut off three villages as the river breaks its banks"), or a topic over a ticker
    headline (``_lone_ticker_headline``) when it is shaped as a topic, no colon in it
    ("Hochwasser in Bayern: Pegel steigen" is a headline): the blog's topic, a second
    kicker; the headline is the line under it. So is a series' name that says "live" over a
    longer headline that calls itself live ("Politics live with Ann Lee" / "Starmer defends …
    – UK politics live"): the headline says what the blog is, the series' line only where it
    runs (a scoreline over a strap that says "live" is the blog's headline)."""
    under = index + 1
    return (
        under < stop
        and (
            _words(f.lines[index]) <= _KICKER_MAX_WORDS
            or (":" not in f.lines[index] and _lone_ticker_headline(f, under, stop))
            or (
                _has_live_word(f.lines[index].casefold())
                and _LIVE_TITLE.search(f.lines[under]) is not None
                and _words(f.lines[under]) > _words(f.lines[index])
            )
        )
        and not _LIVE_TITLE.search(f.lines[index])  # ("Election night live": the blog's title)
        and not _TOPIC_LIVE_TITLE.search(f.lines[index])
        and f.is_title(under)  # (no stamp or byline: is_title reads no meta line)
        and _words(f.lines[under]) > _SHORT_NAME_WORDS
    )


def _lone_ticker_headline(f: _Features, index: int, stop: int) -> bool:
    """A ticker headline at ``index`` with no other one under it: the blog's headline, under
    a topic line of any length ("Tarifkonflikt bei der Bahn"). Where the entries open with
    ticker marks too ("+++ Passau ruft den Katastrophenfall aus +++" / "11:40 Uhr" / …), the
    first is an entry's headline and the line over it the blog's; so is one right over a
    clock-only stamp ("+++ … +++" / "11:40 Uhr"), like the entries under it."""
    return (
        _ticker_headline(f.lines[index])
        and not (index + 1 < stop and _clock_only(f, index + 1))
        and not any(_ticker_headline(f.lines[below]) for below in range(index + 1, stop))
    )


def _under_kicker(f: _Features, index: int, stop: int) -> int:
    """The first line from ``index`` past blank lines and one more short live kicker
    ("Live" / "Business live" / headline): where the headline stands."""
    lines = f.lines
    kickers = 0
    while index < stop and (
        not lines[index]
        or (
            kickers < 1
            and len(lines[index]) <= _LIVE_KICKER_CHARS
            and _has_live_word(lines[index].casefold())
            and not f.is_title(index)
            and not f.is_meta(index)
            and not _is_prose(lines[index])
        )
    ):
        kickers += bool(lines[index])
        index += 1
    return index


def _blog_stop(f: _Features, related: list[int]) -> int:
    """Where a live blog's search ends: the first "Related" heading with text above it (one
    over the top menu, above any text, is the site's navigation)."""
    if not related:
        return len(f.lines)
    text = next((index for index in range(related[-1]) if _is_prose(f.lines[index])), None)
    return _blog_end(f, [] if text is None else [mark for mark in related if mark > text])


def _blog_end(f: _Features, related: list[int]) -> int:
    """The first "Related" heading that ends the blog: a "Read more" link between entries,
    an entry's clock-only stamp right under it, ends none (clock-led headlines under it are
    a list of other stories: "More news" / "11:42 Uhr: DAX startet …")."""
    listed = _listed_entries(f, related) | _over_key_events(f, related)
    return next(
        (
            mark
            for mark in related
            if not (_entry_under(f, mark) or _text_under(f, mark) or mark in listed)
        ),
        len(f.lines),
    )


def _over_key_events(f: _Features, related: list[int]) -> set[int]:
    """The marks right over a "Key Highlights" list (a heading read as "Related", a "Follow
    us" line): the first stamp under the mark, a line or two down, stands over a headline the
    page prints again further down right under another stamp ("14:20 IST" / "Congress crosses
    …" … "05 November 2025, 14:20 IST" / "Congress crosses …" / text). A link to the blog's
    own entry, no other story's card: the blog goes on under it. A headline printed again
    with no text under it is a card shown twice ("Related" and "Most read"): it ends the blog."""
    if not related:
        return set()
    lines = f.lines
    last = {line: at for at, line in enumerate(lines) if line}  # (where printed last)
    marks: set[int] = set()
    for mark in related:
        stamp = next(
            (at for at in range(mark, min(len(lines), mark + _KEY_MARK_LINES)) if f.times[at]),
            None,
        )
        if stamp is None or stamp + 1 >= len(lines) or not lines[stamp + 1]:
            continue
        again = last.get(lines[stamp + 1], stamp + 1)
        if (
            again > stamp + 1
            and f.times[again - 1] is not None
            and _is_prose(_line_after(f, again))
        ):
            marks.add(mark)
    return marks


def _listed_entries(f: _Features, related: list[int]) -> set[int]:
    """The marks over the blog's first entry whose stamp and headline a "Key events" list
    printed above it as a link (no text under it, no text between it and the mark): the
    heading over the entries (a "Latest" / "Oldest" sort toggle read as "Related") ends
    nothing. A "Related" block after the blog's text that repeats a rail's story ends it."""
    stamped = [mark for mark in related if mark < len(f.lines) and f.times[mark] is not None]
    if not stamped:
        return set()
    pairs: dict[tuple[str, str], int] = {}  # (stamp line, next line): where first printed
    for index in range(stamped[-1] + 1):
        if f.times[index] is not None and (pair := _stamp_pair(f, index)) is not None:
            pairs.setdefault(pair, index)
    return {
        mark
        for mark in stamped
        if (pair := _stamp_pair(f, mark)) is not None
        and (link := pairs[pair]) < mark
        and not any(_is_prose(line) for line in f.lines[link:mark])
        and _is_prose(_line_after(f, mark + 1))  # (an entry: its text under its headline)
    }


def _line_after(f: _Features, index: int) -> str:
    """The first line after line ``index`` that is neither blank nor a byline ("" if none)."""
    return next(
        (f.lines[at] for at in range(index + 1, len(f.lines)) if f.lines[at] and not f.bylines[at]),
        "",
    )


def _stamp_pair(f: _Features, index: int) -> tuple[str, str] | None:
    """The stamp on line ``index`` and the line under it (an entry's headline)."""
    under = index + 1
    if under >= len(f.lines) or not f.lines[under] or f.times[under] is not None:
        return None
    return f.lines[index], f.lines[under]


def _text_under(f: _Features, mark: int) -> bool:
    """Paragraphs right under a "Related" heading, then a stamp: an entry's text under its
    headline, read as a heading ("Latest from the Met Office" / text / "1 hour ago"), and
    the next entry. A list of links has no sentence under its heading, a card's title is no
    paragraph ("What is an amber warning?" / "3 hours ago")."""
    lines = f.lines
    if not (mark < len(lines) and _is_prose(lines[mark]) and not f.is_title(mark)):
        return False
    return _stamp_after_text(f, mark + 1)


def _stamp_after_text(f: _Features, index: int) -> bool:
    """The first line from ``index`` on that is neither blank nor prose carries a stamp:
    the text there runs to the next entry's stamp."""
    lines = f.lines
    while index < len(lines) and (not lines[index] or _is_prose(lines[index])):
        index += 1
    return index < len(lines) and f.times[index] is not None


def _widget_links(f: _Features, related: list[int], stop: int) -> set[int]:
    """The lines of the "Read more" links the blog goes on under (``_links_under``)."""
    return {at for mark in related if mark < stop for at in _links_under(f, mark, stop)}


def _links_under(f: _Features, mark: int, stop: int) -> range:
    """A "Read more" heading and the link headlines under it, up to the next clock (alone on
    its line or before a headline: an entry) or sentence (the entry's text goes on under its
    link): never a line of text."""
    end = mark
    while (
        end < stop
        and f.times[end] is None
        and not _clock_led(f.lines[end])
        and (end == mark or not _is_prose(f.lines[end]))
    ):
        end += 1
    return range(mark, end)


def _entry_under(f: _Features, mark: int) -> bool:
    """A box of links between the blog's entries ("Mehr zum Thema" / a headline link / its
    author) under ``mark``, then, a few lines under it, an entry (``_live_entries``): a
    clock-only stamp over the entry's own headline and text. A clock on the mark's line, or
    one right over text under a title, opens a card of a list of other stories under the
    heading ("Weitere Nachrichten" / "11:05 Uhr" / headline / text; headline / "11:05 Uhr" /
    text): the blog ends there, unless the blog's entries are untitled (``_untitled_box``)."""
    lines = f.lines
    if mark >= len(lines) or f.times[mark] is not None:
        return False
    stop = min(len(lines), mark + _LIVE_WIDGET_LINES)
    reach = min(len(lines), stop + _LIVE_STAMP_LOOKAHEAD)
    clock = next(  # (not a clock-led headline: a list of other stories under "More news")
        (at for at in range(mark + 1, stop) if _clock_only(f, at) or _stamp_as_above(f, mark, at)),
        None,
    )
    if clock is None:
        return False
    headline = next((at for at in range(clock + 1, reach) if lines[at] and not f.bylines[at]), None)
    if headline is None:
        return False
    if _is_prose(lines[headline]):
        return _untitled_box(f, mark, headline)
    if not _clock_only(f, clock):  # (a stamp as the entries' over the box: text under its headline)
        text = _nonblank(f, headline, 1)
        return text is not None and _is_prose(lines[text])
    return clock in _live_entries(f, clock, reach)


def _stamp_as_above(f: _Features, mark: int, at: int) -> bool:
    """The stamp on line ``at`` is printed as the last stamp over ``mark`` is, its figures
    aside ("30.11.2026 • 13:05 Uhr" / text / "Mehr zum Thema" / links / "30.11.2026 • 11:30
    Uhr"): the blog's entries go on under the box in their own rhythm, dated or not."""
    stamp = f.times[at]
    if stamp is None:
        return False
    above = next((index for index in range(mark - 1, -1, -1) if f.times[index] is not None), None)
    return above is not None and _figures_aside(f.times[above] or "") == _figures_aside(stamp)


def _figures_aside(stamp: str) -> str:
    return _NUMBER.sub("0", stamp)


def _untitled_box(f: _Features, mark: int, text: int) -> bool:
    """A box between untitled entries (clock / text): the entry right over ``mark`` is one,
    and the clock under the box stands over ``text`` that runs to the next stamp, the same
    rhythm. A ticker's cards print a title between one's text and the next clock
    ("DAX startet …" / "11:05 Uhr" / text / "Lufthansa streicht …" / "10:40 Uhr")."""
    lines = f.lines
    above = mark - 1
    while (
        above > mark - _LIVE_STAMP_LOOKAHEAD
        and above > 0
        and (not lines[above] or f.bylines[above] or _is_prose(lines[above]))
    ):
        above -= 1
    if not (
        above >= 0
        and _clock_only(f, above)
        and any(_is_prose(line) for line in lines[above + 1 : mark])
    ):
        return False
    return _stamp_after_text(f, text)


def _clock_only(f: _Features, index: int) -> bool:
    """Line ``index`` is a clock-only stamp ("11:35 Uhr", "7:38 a.m. EDT")."""
    stamp = f.times[index]
    return stamp is not None and is_clock_only(stamp)


def _has_entries(f: _Features, title: int, stop: int) -> bool:
    """A stamp after text that comes after the blog's first stamp: an entry of the blog (a
    match ticker's minute, "88'", a cricket ball's over and ball, too; a clock printed on
    its entry's headline line, ``_clock_led``: "11:30 - Evacuate 300 persone")."""
    stamped = texted = False
    for index in range(title + 1, stop):
        line = f.lines[index]
        if f.times[index] is not None or is_match_minute(f.lines, index) or _clock_led(line):
            if texted:
                return True
            stamped = True
        elif stamped and _is_prose(line) and split_credit(line) is None:
            texted = True
    return False


def _entries_live_title(
    f: _Features, related: list[int], ads: set[int]
) -> tuple[int | None, int | None]:
    """A live blog without a "Live" label: a headline followed by prose, then at least
    ``_MIN_LIVE_ENTRIES`` entries (``_live_entries``) over the first "Related" heading
    (``related``: the page's, sorted), unless the headline is a page's heading over a list
    of clock-stamped cards (``_heading_over_clock_list``) or its entries are aged cards
    (``_aged_cards``: "vor 2 Stunden" / headline / summary under a top card with a story's
    text). Also where the blog ends."""
    key_marks = _over_key_events(f, related)  # (a key-events list ends nothing)
    stop = next((mark for mark in related if mark not in key_marks), len(f.lines))
    # no label says "blog": a rail of cards under an article ("09:42" / "By …" / title /
    # summary; "March 10, 2026" / title / excerpt) has the rhythm of entries (``proving``);
    # under an article's text a card's byline is read as such, right under the header
    # ("14:52" / "By Jane Doe" / title / text) it is an entry's
    proved = _live_entries(f, 0, stop, proving=True)
    if proved and _prose_above(f, proved[0]):
        proved = _live_entries(f, 0, stop, proving=True, bylined=False)
    if proved and _bylined_header_stamp(f, proved[0]):
        proved = proved[1:]  # (the story's own stamp: the cards after its text are no entries)
    labelled = _labelled_entries(f, proved, stop)
    if (len(proved) < _MIN_LIVE_ENTRIES and not labelled) or _aged_cards(f, proved):
        return None, None  # (entries opened by ages only, no label: a list of cards, README)
    # a blog: its entries go on under a box inside it (``_blog_end``), bylined ones too
    entries = _live_entries(f, 0, _blog_end(f, related) if stop < len(f.lines) else stop)
    title = _find_lead_title(f, 0, entries[0], set())
    # a "Key events" list over the entries: the blog's headline is the stamped one over it
    # and its summary's bullets, no bullet ("Key events" / "Summary" cleaned) nor link
    listed = _key_events(f, 0, entries[-1] + 1)
    over_list = _stamped_title(f, min(listed)) if listed else None
    if over_list is not None and (title is None or over_list < title):
        title = over_list
    if title is None:  # (not ``or``: a headline on the page's first line is line 0)
        title = _stamped_title(f, entries[0])
    if title is None and labelled:
        title = _first_headline(f, entries[0])
    if title is None:
        title = _ticker_heading(f, entries)
    if title is None:
        return None, None
    if _topic_over_stamped_header(f, title):
        title += 1
    end = _after_entries(f, entries, ads)
    if all(f.times[at] is None for at in entries) and _sections_after(
        f, entries[-1], stop if end is None else end, ads
    ):
        return None, None  # (clock-led lines only: an explainer's timeline, then its sections)
    if _heading_over_clock_list(f, title):
        return None, None  # (a "fil info": every card related, README)
    return title, end


def _bylined_header_stamp(f: _Features, index: int) -> bool:
    """The stamp at ``index`` is a story's header's: a dated stamp (no clock alone) right
    under the byline under the headline, no text above it ("Ottawa pledges …" / "By: Jordan
    Omstead" / "Posted: 4:12 PM CST Sunday, Nov. 29, 2026"). Its text is the story's, no
    entry's: a blog's entries are the stamps after it."""
    stamp = f.times[index]
    above = [at for at in range(index) if f.lines[at]][-2:]
    return (
        stamp is not None
        and not is_clock_only(stamp)
        and len(above) == 2
        and f.bylines[above[1]]
        and f.is_title(above[0])
        and not _prose_above(f, index)
    )


def _topic_over_stamped_header(f: _Features, title: int) -> bool:
    """A blog's topic over its header ("News zum Krieg in der Ukraine" / headline /
    standfirst / "Aktualisiert am …"): a title-like line over a longer one, itself over a
    standfirst of sentences right over the blog's stamp; the longer line is the headline."""
    headline, standfirst, stamp = title + 1, title + 2, title + 3
    return (
        stamp < len(f.lines)
        and f.is_title(headline)
        and _words(f.lines[headline]) > _words(f.lines[title])
        and _is_prose(f.lines[standfirst])
        and f.stamp(stamp) is not None
    )


def _aged_cards(f: _Features, proved: list[int]) -> bool:
    """Entries that are a section front's cards: every one opens on an age (``_aged``), and
    either the page prints no blog's header over its first age (``_blog_header``: the top
    card's headline is opened by an age like the others, auditor E's E-1) or those between
    the first (a top card, with a story's text) and the last (its text may run into the
    page's footer) print no paragraph of two sentences under their headline: a card's
    summary is one. A blog's entries tell more ("12 minutes ago" / headline / two
    sentences, auditor A's L-7)."""
    if not all(_aged(f, at) for at in proved):
        return False
    if not _blog_header(f, proved[0]):
        return True
    return not any(
        _two_sentences(line)
        for at, following in itertools.pairwise(proved[1:])
        for line in f.lines[at + 2 : following]
    )


def _blog_header(f: _Features, stop: int) -> bool:
    """Over the page's first stamp (before line ``stop``) a blog's header: a standfirst or a
    byline under its headline, or the stamp is an update's ("Updated 12 minutes ago") and no
    bare age; a section front's top card opens on a bare age ("vor 1 Stunde" / headline)."""
    for index in range(stop):
        line = f.lines[index]
        if f.times[index] is not None:
            return f.stamp(index) != line
        if line and (f.bylines[index] or _is_prose(line)):
            return True
    return False


def _aged(f: _Features, index: int) -> bool:
    """The stamp at ``index`` is an age ("vor 2 Stunden", "3h ago"): a card's as much as an
    entry's; a blog no label announces opens its entries with clock times (README)."""
    stamp = f.stamp(index)
    return stamp is not None and is_relative_age(stamp)


def _heading_over_clock_list(f: _Features, title: int) -> bool:
    """The headline of a blog found by its clock-opened entries is a page's heading over
    a list of clock-stamped cards ("Toute l'actualité en continu" / the day's date /
    "11h05" / headline / summary): a generic label of a few words (no "Topic: …"
    headline, no topic's name), and under it, past the stamps, a card's headline (of a
    headline's length: a ticker's entry headline is short, "Bahn stellt Fernverkehr ein")
    where a blog prints its text
    (README: no headline with text stands above the entries of a "fil info")."""
    heading = f.lines[title]
    if _words(heading) > _CLOCK_LIST_HEADING_WORDS or ":" in heading or _names_a_topic(heading):
        return False
    for index in range(title + 1, len(f.lines)):
        line = f.lines[index]
        if line and f.stamp(index) is None:
            return f.is_title(index) and not _is_prose(line) and _words(line) >= _PROSE_MIN_WORDS
    return False


def _names_a_topic(heading: str) -> bool:
    """A capitalised word after the first: a topic's name ("Guerre en Ukraine", "Storm
    Eunice": a topic's blog), no list's generic label ("Toute l'actualité en continu",
    "Latest news")."""
    return any(word[:1].isupper() for word in heading.split()[1:])


def _prose_above(f: _Features, index: int) -> bool:
    """A sentence before line ``index``: an article's text over it, no blog's header."""
    return any(_is_prose(line) for line in f.lines[:index] if line)


def _sections_after(f: _Features, last: int, stop: int, ads: set[int]) -> bool:
    """Text under a sub-heading after the last entry ("7:03 p.m. – Governor declares an
    emergency" / text / "Millbrook" / text): the entries were a timeline inside an
    article, whose text goes on in sections; a blog's entries run to its end."""
    lines = f.lines
    heading = False  # the last non-blank line was a short line of no text
    for index in range(last + 1, stop):
        line = lines[index]
        if not line or index in ads:
            continue
        if _is_prose(line):
            if heading:
                return True
        elif split_credit(line) is None and not _clock_led(line):
            heading = True
            continue
        heading = False
    return False


def _after_entries(f: _Features, entries: list[int], ads: set[int]) -> int | None:
    """Where a live blog ends: the first card after its last entry (a teaser with a stamp
    of another kind), also when no "Related" heading stands over the cards. The search
    starts at the last entry's text (at its stamp when it prints none): its headline over
    that text and the next stamp ("24m ago" / headline / text / "1h ago") is shaped as a
    card, yet it is the entry's; so is a lone card that is the last entry printed without
    its text (``_headline_only_entry``)."""
    last = entries[-1] + 1
    text = next((at for at in range(last, len(f.lines)) if _is_prose(f.lines[at])), last - 1)
    cards, _ = _find_cards(f, text, ads)
    if not cards or _headline_only_entry(f, cards, entries[-1]):
        return None
    return cards[0].start


def _headline_only_entry(f: _Features, cards: list[_Card], entry: int) -> bool:
    """The page's one card under the blog's entries is its last entry printed without its
    text: opened by a stamp of the entries' kind (``entry``: the last one's; "24m ago" /
    … / "1h ago" / "Flights delayed at Sydney Airport"), no text under its headline. A rail
    of cards prints several, or a summary under each."""
    card = cards[0]
    stamp, opening = f.times[entry], f.times[card.start]
    return (
        len(cards) == 1
        and stamp is not None
        and opening is not None
        and _stamp_kind(stamp) == _stamp_kind(opening)
        and not any(f.lines[at] for at in range(card.title + 1, len(f.lines)))
    )


def _stamp_kind(stamp: str) -> tuple[bool, bool, bool]:
    """What a stamp prints: an age, a clock alone, a clock at all."""
    return is_relative_age(stamp), is_clock_only(stamp), has_clock(stamp)


def _live_entries(
    f: _Features,
    begin: int,
    stop: int,
    *,
    proving: bool = False,
    bylined: bool = True,
    widgets: Container[int] = (),
) -> list[int]:
    """Stamps in [begin, stop) that open an entry of a live blog: a clock-only stamp ("7:38
    a.m. EDT", "11:35 Uhr"), any stamp right after the text of the entry before, or one
    printing the label all the entries' stamps print (``_entry_labels``: "Posted at 15:32"),
    with text under it; also a clock-led headline (``_clock_led``) with text right under it,
    and unless ``proving`` a match minute or a cricket ball's over and ball with text (the
    ball's one line of commentary: ``_ball_commentary``) under it.
    An entry's byline between its stamp and headline counts for nothing, unless not
    ``bylined`` (a card's, under an article). While ``proving`` a blog no label announces
    a bare date ("March 10, 2026", a card's) opens no entry: a blog's entries print a clock
    or an age; nor once ``_MIN_LIVE_ENTRIES`` entries, and only they, opened on a clock alone
    (the cards under such a blog print dates, its entries never). Between its stamp and
    text an entry may print its headline and, unless ``proving``, an attribution under it
    (``_attribution``) or its list's lead-in (``_list_lead_in``), which count for nothing.
    The lines of ``widgets`` between entries (a reader poll) are passed over: the text above
    them is the entry's before."""
    entries: list[int] = []
    lines = f.lines
    previous = ""  # the last non-blank line
    previous_at = -1  # ... and where it stands
    clocks, other = 0, False  # entries so far opened by a clock alone; by another stamp
    stray = False  # a stamp that opened no entry since the last entry (a card's)
    minutes: list[tuple[int, ...]] = []  # the minutes of the entries a minute opened
    closing: dict[str, bool] = {}  # ``_stamps_close_cards`` by a stamp's shape, asked once
    posted = _entry_labels(f, begin, stop)
    for index in range(begin, stop):
        stamp = f.times[index]
        line, before, before_at = lines[index], previous, previous_at
        if line and index not in widgets and not f.bylines[index]:
            previous, previous_at = line, index  # (an entry's byline under its text: passed)
        led = stamp is None and _clock_led(line)  # (its headline is on its line: seen one)
        # (a minute under a card after the entries: a score widget's, "Live now" / "67'")
        minute = (
            not proving
            and stamp is None
            and is_match_minute(lines, index)
            and not (entries and stray and not _goes_on_ticking(minutes, line))
        )
        stray = stray or stamp is not None  # (until it opens an entry, below)
        if not (led or minute) and (
            stamp is None
            or not (
                is_clock_only(stamp)
                or (before and _is_prose(before))
                or _dated_clock_under_label(f, stamp, before_at)
                or _label_of(f, index) in posted
            )
            or (
                (proving or (clocks >= _MIN_LIVE_ENTRIES and not other))
                and not (has_clock(stamp) or is_relative_age(stamp))
            )
            or (
                clocks >= _MIN_LIVE_ENTRIES
                and not other
                and not (is_clock_only(stamp) or is_relative_age(stamp))
                and closing.setdefault(
                    _figures_aside(stamp), _stamps_close_cards(f, stamp, index, stop)
                )
            )
        ):
            continue  # "14:58 Uhr"; "2h ago" only right after the previous entry's text; a
            # card's date ("Sep 13, 2026"), or date and clock closing cards, under a blog
            # whose entries all print a clock alone
        seen = int(led)
        for after in range(index + 1, min(stop, index + _LIVE_STAMP_LOOKAHEAD)):
            if (
                not lines[after]
                or (f.bylines[after] and bylined)
                or (seen and not proving and _attribution(lines[after]))
                or (seen and not proving and _list_lead_in(f, after))
            ):
                continue  # (an entry's byline: "3:30pm" / "By Jess Warner" / headline / text;
                # an attribution under its headline: "From the Ledger's Ann Lee"; the
                # sentence that opens its list: "Here is what we know so far:" / items)
            if _is_prose(lines[after]) or (minute and _ball_commentary(f, line, after)):
                entries.append(index)
                stray = False
                if minute:
                    minutes.append(_minute_of(line))
                if led or minute or (stamp is not None and is_clock_only(stamp)):
                    clocks += 1
                else:
                    other = True
                break
            seen += 1
            if seen > 1:
                break
    return entries


def _stamps_close_cards(f: _Features, stamp: str, index: int, stop: int) -> bool:
    """The stamps printed as ``stamp`` is (figures aside) from line ``index`` to ``stop`` close
    what stands over them: the last one has no text under it in its block (a rail's cards,
    title / summary / "29. November 2026, 11:20"). A blog's older entries dated so
    ("29. November 2026, 23:10" / headline / text) open on their stamps, text under the last."""
    shape = _figures_aside(stamp)
    last = index
    for at in range(index + 1, stop):
        if (printed := f.times[at]) is not None and _figures_aside(printed) == shape:
            last = at
    under = itertools.takewhile(bool, f.lines[last + 1 : min(stop, last + _LIVE_STAMP_LOOKAHEAD)])
    return not any(_is_prose(line) for line in under)


def _ball_commentary(f: _Features, stamp: str, index: int) -> bool:
    """Line ``index``, under an over and ball (``stamp``: "42.6"), is that ball's commentary
    ("Hazlewood to Rahul, FOUR, cut hard past point"): its entry's text, a sentence without
    a full stop; not the next ball's stamp."""
    line = f.lines[index]
    return (
        is_over_ball(stamp)
        and f.times[index] is None
        and not is_match_minute(f.lines, index)
        and _words(line) > _SHORT_NAME_WORDS
    )


def _label_of(f: _Features, index: int) -> str | None:
    """The label word opening the stamp with a clock on line ``index`` ("posted" of "Posted
    at 15:32 28 Nov"), or None: no such stamp."""
    stamp = f.times[index]
    if stamp is None or not has_clock(stamp) or not is_labelled_stamp(stamp):
        return None
    return f.lines[index].split(maxsplit=1)[0].casefold()


def _stamp_labels(f: _Features, begin: int, stop: int) -> dict[int, str]:
    """The lines in [begin, stop) that hold a stamp with a label and a clock, each with its
    label (``_label_of``)."""
    return {index: label for index in range(begin, stop) if (label := _label_of(f, index))}


def _one_label(stamps: dict[int, str]) -> set[str]:
    """The label all ``stamps`` print, at least ``_MIN_LABELLED_ENTRIES`` of them (empty:
    fewer, or more than one label): the entries' ("Posted at 15:32 28 Nov" / headline /
    text, "Posted at 14:58 28 Nov" / …); a page's own stamp prints its label once, a list
    of cards prints whether each was published or updated."""
    labels = set(stamps.values())
    return labels if len(stamps) >= _MIN_LABELLED_ENTRIES and len(labels) == 1 else set()


def _entry_labels(f: _Features, begin: int, stop: int) -> set[str]:
    """The label that opens every stamp with a clock in [begin, stop), when they are the
    entries' (``_one_label``)."""
    return _one_label(_stamp_labels(f, begin, stop))


def _labelled_entries(f: _Features, proved: list[int], stop: int) -> bool:
    """The entries ``proved`` are the stamps with a label and a clock before ``stop``, at
    least ``_MIN_LABELLED_ENTRIES`` of them, all one label's (``_one_label``): a blog's
    entries ("Posted at 15:32 28 Nov" / headline / text, twice). A list of cards prints
    whether each was published or updated, or a stamp under a card's title that opens no
    entry."""
    stamps = _stamp_labels(f, 0, stop)
    return list(stamps) == proved and bool(_one_label(stamps))


def _list_lead_in(f: _Features, index: int) -> bool:
    """Line ``index`` opens a list with a colon, no stamp ("Here is what we know so far:"):
    under an entry's headline, the entry's text, its items under it."""
    line = f.lines[index]
    return line.endswith(":") and f.times[index] is None and _words(line) > _SHORT_NAME_WORDS


def _dated_clock_under_label(f: _Features, stamp: str, before_at: int) -> bool:
    """An entry's date and clock (``stamp``) right under the blog's labelled stamp on line
    ``before_at``: the first entry's ("Updated 28 Nov 2026, 04:12 PM IST" / "28 Nov 2026,
    03:45 PM IST" / headline / text), no text of its own above it."""
    label = f.times[before_at] if before_at >= 0 else None
    return (
        label is not None
        and is_labelled_stamp(label)
        and not is_labelled_stamp(stamp)
        and has_clock(stamp)
    )


def _minute_of(line: str) -> tuple[int, ...]:
    """A match minute's order ("90.+4'" → (90, 4), "67'" → (67,))."""
    return tuple(int(part) for part in _NUMBER.findall(line))


def _goes_on_ticking(minutes: list[tuple[int, ...]], line: str) -> bool:
    """The minute on ``line`` carries on the order of a ticker's minute entries (two or
    more, counting down or up): a ticker's entries under a card or a tweet embedded
    between them (audit B-L4). Another match's score widget under the cards after a
    ticker prints a minute out of that order ("1'" last, then "34'")."""
    if len(minutes) < 2 or minutes[0] == minutes[-1]:
        return False
    minute = _minute_of(line)
    return minute < minutes[-1] if minutes[0] > minutes[-1] else minute > minutes[-1]


def _attribution(line: str) -> bool:
    """A name-like line that credits a reporter of an outlet ("From the Ledger's Ann Lee"),
    or several ("From the Ledger's Ann Lee and Tom Ward"), or says "From" before a name
    ("From Ledger Meteorologist Ann Lee"): an entry's, under its headline. A card's source
    line ("Associated Press", "PA Media") under its title holds neither: the card is no
    entry (audit B-L3)."""
    if not ("'s " in line or "’s " in line or line.startswith(_CREDITED_FROM)):
        return False
    return all(_is_name(name) for name in _NAMES_JOINED.split(line))


def _first_headline(f: _Features, stop: int) -> int | None:
    """The first title-like line before ``stop`` longer than a name or a menu's item: a
    blog's headline over its summary's bullets ("Israel Gaza" / headline / bullet / …).
    None when no line stands between it and the first entry at ``stop``: a blog's header
    prints a summary, a standfirst or a byline there, a topic page's heading stands right
    over its cards ("Storm Darragh: the latest on closures" / "Posted at 15:32 28 Nov"). A
    headline that says it is live ("Storm Bert live: …") is the blog's, even right over its
    first entry."""
    headline = next(
        (index for index in _title_lines(f, stop) if _words(f.lines[index]) > _SHORT_NAME_WORDS),
        None,
    )
    if headline is None:
        return None
    line = f.lines[headline]
    says_live = _TOPIC_LIVE_TITLE.match(line) or _LIVE_TITLE.search(line)
    if not says_live and not any(f.lines[headline + 1 : stop]):
        return None
    return headline


def _ticker_heading(f: _Features, entries: list[int]) -> int | None:
    """The line right over a ticker's first entry when every entry's headline stands
    between ticker marks with its clock ("Der Tag" / "+++ 11:52 Kanzler reist nach Warschau
    +++" / text / …): the blog's headline, however short, no stamp nor sentence. The marks
    say the page is a ticker (README); a list of cards under its heading prints its clocks
    bare ("09h42" / title / summary: every card related)."""
    if not all(_ticker_headline(f.lines[at]) for at in entries):
        return None
    above = _nonblank(f, entries[0], -1)
    if above is None:
        return None
    line = f.lines[above]
    if not line[0].isupper() or _is_prose(line) or f.is_meta(above) or _ticker_headline(line):
        return None
    return above


def _stamped_title(f: _Features, stop: int) -> int | None:
    """The first title-like line before ``stop`` with a time stamp right under it, a byline
    between them passed ("Headline" / "By HT Sports Desk" / "Updated on: …": the blog's
    header, as under a card's headline)."""
    for index in _title_lines(f, stop):
        under = next((at for at in _lines_under(f, index, stop, stop) if not f.bylines[at]), None)
        if under is not None and f.stamp(under) is not None:
            return index
    return None


def _title_lines(f: _Features, stop: int) -> Iterator[int]:
    """The title-like lines before ``stop`` that are no name: where a blog's headline may
    stand (``_first_headline``, ``_stamped_title``)."""
    return (
        index
        for index in range(stop)
        if f.lines[index] and f.is_title(index) and not _is_name(f.lines[index])
    )


def _key_events(f: _Features, title: int, stop: int) -> set[int]:
    """The blog's "key events" list over its first entry: stamps, each over the headline of
    an entry printed again further down ("2h ago" / "Harbour reopens"), or before it on one
    line ("14:05 Bridge closed", "3:58 PM – Typhoon weakens"). Links to its own entries, no
    text (the entries print it again): the lines of at least ``_MIN_KEY_EVENTS`` such links."""
    entries = _live_entries(f, title + 1, stop)
    if not entries:
        return set()
    lines = f.lines
    last = {line: at for at, line in enumerate(lines[:stop])}  # (where printed last)
    unstamped = _unstamped_key_events(f, title, stop, last)
    if unstamped:
        return unstamped
    # (a link of the list may read as an entry, its headline as text: "41m ago" / "Bondi
    # lifeguards: ‘busiest rescue day in a decade’"; the first entry's headline is printed once)
    first = next(
        (
            entry
            for entry in entries
            if (headline := _nonblank(f, entry, 1)) is None
            or last.get(lines[headline], headline) <= headline
        ),
        entries[0],
    )
    later = set(lines[first:stop])
    found: set[int] = set()
    links = 0
    above = -1  # the last non-blank line
    for index in range(title + 1, first):
        if not lines[index]:
            continue
        if above >= 0 and f.times[above] is not None and lines[index] in later:
            found.update((above, index))
            links += 1
        elif _clock_before_entry(lines[index], later):
            found.add(index)
            links += 1
        above = index
    return found if links >= _MIN_KEY_EVENTS else set()


def _unstamped_key_events(f: _Features, title: int, stop: int, last: Mapping[str, int]) -> set[int]:
    """A "Key events" list printed without stamps: the run of short lines under the blog's
    header, over its first line of text, each printed again further down as an entry's
    headline ("Queues at Central" / "Unions to meet at 11am" / … / "Queues at Central" /
    text). Links to the entries, at least ``_MIN_KEY_EVENTS`` of them; a summary's bullets
    are printed once, and a reporter's name printed again with each entry of theirs ("Nina
    Patel" / "Tom Reilly" / stamp / … / text / "Nina Patel") is a byline, no link. ``last``:
    where each line is printed last, up to ``stop``."""
    lines = f.lines
    text = next((at for at in range(title + 1, stop) if _is_prose(lines[at])), stop)
    run: list[int] = []
    for index in range(title + 1, text):
        line = lines[index]
        if not line:
            continue
        if f.times[index] is None and last[line] > index and not _is_name(line):
            run.append(index)
        elif len(run) >= _MIN_KEY_EVENTS:
            break
        else:
            run = []
    return set(run) if len(run) >= _MIN_KEY_EVENTS else set()


def _clock_before_entry(line: str, later: Container[str]) -> bool:
    """A clock and, on the same line, a headline of ``later`` ("14:05 Bridge closed",
    "3:58 PM – Typhoon weakens": a key event's link to its entry, whose own clock stands over
    that headline). The clock is the line's first words, up to ``_KEY_CLOCK_WORDS``."""
    if not line[:1].isdigit():
        return False  # (the quick test)
    words = line.split()
    for cut in range(1, min(len(words), _KEY_CLOCK_WORDS + 1)):
        headline = " ".join(words[cut:]).lstrip(_KEY_CLOCK_SEPARATORS)
        if headline in later:
            clock = " ".join(words[:cut]).rstrip(_KEY_CLOCK_SEPARATORS)
            stamp = find_time(clock)
            return stamp is not None and is_clock_only(stamp)
    return False


def _header_lines(f: _Features, title: int, stop: int, key_events: Container[int]) -> Iterator[int]:
    """The lines under the blog's headline where its stamp may stand: up to
    ``_LIVE_STAMP_LOOKAHEAD`` of them, a byline's names and roles not counted (a byline
    printed a link a line: "By" / "Ann Lee" / "Live Reporter" / "and" / "Tom Ward"), nor
    the links of its key events list (the header's stamp may stand under it)."""
    counted = 0
    index = title + 1
    while index < stop and counted < _LIVE_STAMP_LOOKAHEAD:
        yield index
        line = f.lines[index]
        if index not in key_events and not (
            line and f.stamp(index) is None and (f.is_meta(index) or _is_name(line))
        ):
            counted += 1
        index += 1


def _byline_source(f: _Features, title: int, header: int | None) -> str | None:
    """The agency or newsroom a byline between the blog's headline and its header stamp
    names ("Lena Hofer, APA"): the blog's source, as an article's."""
    if header is None:
        return None
    return next(filter(None, map(partial(agency_in_byline, f), range(title + 1, header))), None)


def _live_blog(
    f: _Features,
    page: CleanPage,
    title: int,
    ads: set[int],
    drafts: list[tuple[int, ArticleDraft]],
    *,
    end: int | None = None,
) -> tuple[int, list[_Card], set[int]]:
    """The blog's draft added to ``drafts``; its first line (the lead's), the cards under it
    and the lines they and the blog use."""
    lines = f.lines
    related = sorted(index for index, kind in page.marks if kind == "related" and index > title)
    stop = _blog_end(f, related)
    if end is not None:
        stop = min(stop, end)
    header: int | None = None
    bullets = False  # summary bullets passed: "Brent crude falls below $70 a barrel"
    key_events = _key_events(f, title, stop)
    linked = False  # the key events list passed
    for index in _header_lines(f, title, stop, key_events):
        line = lines[index]
        stamp = f.stamp(index)
        labelled = stamp is not None and is_labelled_stamp(stamp)
        if not labelled and (index in key_events or _links_to_entry(f, index, stop)):
            linked = True  # (a link's "1h ago" is its entry's stamp, no header's "Updated …")
            continue
        if stamp is not None:
            if linked and not labelled and not _over_publication(f, index, stop):
                break  # ("2m ago" under the key events: the first entry's)
            if (
                not (bullets and is_clock_only(stamp))
                and not _first_entry_clock(f, index, stop)
                and not _first_entry_age(f, index, stop)
                and (
                    _label_of(f, index) not in _entry_labels(f, index, stop)
                    # (the label recurs, but no text stands under it before the next stamp:
                    # "Updated 9:40 a.m. CST" / "Live coverage" / "Updated at 9:40 a.m." / text)
                    or not (
                        _text_before_next_stamp(f, index, stop)
                        or _shaped_as_next_stamp(f, index, stop)
                    )
                )
            ):
                header = index  # (not "Posted at 19:52", an entry's: its label recurs)
            break
        if (
            line
            and index > title + 1  # (a standfirst right under the headline)
            and not f.is_meta(index)
            and (_is_prose(line) or _words(line) > _HEADER_MAX_WORDS)
            and split_credit(line) is None  # (the lead picture's caption: the header goes on)
        ):
            if _is_prose(line) or not f.is_title(index):
                break  # the blog's text has begun: its first entry's stamp is not the header's
            bullets = True
    skip = set(ads) | _widget_links(f, related, stop) | key_events
    pictures: list[Caption] = []  # captions under their credit inside entries
    above = ""  # the last non-blank line
    for index in range(title + 1, stop):
        line = lines[index]
        if (
            line
            and f.times[index] is None
            # (an entry's stamp, no tag: "90'" reads as a name)
            and not is_match_minute(lines, index)
            and (
                (
                    (_is_name(line) or _shift_byline(line))
                    and not _word_in_place(line)
                    and not _one_word_entry_headline(f, index, stop)
                )
                or f.bylines[index]
                or f.sources[index]
            )
            and not _credit_under_entry_caption(f, index)
        ):
            skip.add(index)
            caption = _entry_caption_under_credit(f, index, above, stop)
            if caption is not None:
                pictures.append(Caption(text=lines[caption], credit=line))
                skip.add(caption)
        above = line or above
    # (a role's name stands under the headline at the earliest: roles from title + 2 on)
    skip.update([index for index in range(title + 2, stop) if _sign_off_role(f, index, stop, skip)])
    skip.update([index for index in range(title + 3, stop) if _post_time(f, index, skip)])
    time_text: str | None = None
    if header is not None:
        header_end, time_text = _header_stamp(f, header, stop)
        # (and a link of the head right over the first entry's clock, ``_head_link``)
        skip.update(range(header, header_end + 1), _head_link(f, header_end + 1, stop, skip))
        time_text = _published_under_update(f, header_end, stop, time_text)
    ends = {  # (an "end" heading with entries under it is a widget inside the blog)
        index
        for index, kind in page.marks
        if kind == "end"
        and not any(
            f.times[at] or _clock_led(lines[at])
            for at in range(index, min(stop, index + _LIVE_WIDGET_LINES))
        )
    }
    credited: list[Caption] = []
    paragraphs = _body_lines(
        f,
        title + 1,
        stop,
        ends,
        skip,
        keep_stamps=True,
        captions=credited,
        linked={lines[at] for at in key_events},
    )
    credited.extend(pictures)
    drafts.append(
        (
            title,
            _draft(lines[title], paragraphs, _byline_source(f, title, header), time_text, credited),
        )
    )
    cards, taken = _find_cards(f, stop, ads, text_over=False)
    return title, cards, taken | set(range(stop))


def _head_link(f: _Features, begin: int, stop: int, skip: Container[int]) -> list[int]:
    """The one short line with no full stop between the blog's header (its stamp, byline and
    share bar from ``begin`` on) and its first entry's clock, naming an overview ("Alle
    Resultate im Überblick": ``_head_link_words``): a link of the head, no text of the
    blog's (auditor B's B-7). A deck there ("Sturmflut an der Ostsee erwartet") or a
    standfirst starts the body; two lines or more there are the blog's intro."""
    kept: list[int] = []
    index = begin
    while index < stop and f.stamp(index) is None and len(kept) < 2:
        if f.lines[index] and index not in skip:
            kept.append(index)
        index += 1
    if len(kept) != 1 or index >= stop or not is_clock_only(f.lines[index]):
        return []
    line = f.lines[kept[0]]
    short = _words(line) <= _HEADER_MAX_WORDS and line[-1] not in ".!?:…"
    linked = not _head_link_words().isdisjoint(_WORD.findall(line.casefold()))
    return kept if short and linked and not _is_prose(line) else []


@cache
def _head_link_words() -> frozenset[str]:
    """ "überblick", "overview": words of a live blog's head link (``data/live_labels.txt``)."""
    return frozenset(" ".join(line_sections("live_labels.txt")["head-link"]).split())


_WORD = re.compile(r"\w+")


def _post_time(f: _Features, index: int, skip: Container[int]) -> bool:
    """An embedded post's time under its text under its author's name, which the blog
    drops (``skip``) ("Kemi Badenoch" / the post / "3:12 PM · Nov 30, 2026"): a stamp that
    prints its clock before its date, as a post's does; an entry's stamp is a clock alone,
    an age or a date first, and opens an entry, under the text of the one before."""
    stamp = f.stamp(index)
    if stamp is None or not stamp[0].isdigit() or is_clock_only(stamp):
        return False
    text = _nonblank(f, index, -1)
    if text is None:
        return False
    author = _nonblank(f, text, -1)
    return (
        author is not None
        and author in skip
        and text not in skip
        and f.times[text] is None
        and has_clock(stamp.split(" ", 1)[0])
    )


def _links_to_entry(f: _Features, stamp: int, stop: int) -> bool:
    """A stamp that is a link of a key events list ``_key_events`` missed: the line under it
    is printed again further down right under a stamp, as its entry's headline ("15:02 GMT
    29 November" / "Bridge closed" … "15:02 GMT" / "Bridge closed" / text)."""
    headline = _nonblank(f, stamp, 1) if f.stamp(stamp) is not None else None
    if headline is None or f.times[headline] is not None:
        return False
    line = f.lines[headline]
    return any(
        f.lines[at] == line
        and (over := _nonblank(f, at, -1)) is not None
        and f.stamp(over) is not None
        for at in range(headline + 1, stop)
    )


def _shift_byline(line: str) -> bool:
    """The blog's reporters named with their shifts ("Josh Taylor (now) and Natasha May
    (earlier)"): names once the notes are dropped, a note for each of two reporters at
    least (one bracketed word after a headline's name is no byline: "Keswick (video)")."""
    notes, count = _SHIFT_NOTE.subn("", line)
    return count >= 2 and _is_name(notes)


def _sign_off_role(f: _Features, index: int, stop: int, skipped: Container[int]) -> bool:
    """The author's role under an entry's closing name (a name-like line right over it, in
    ``skipped``: the lines the blog's text leaves out, its names, bylines and sources, ads,
    widget links, key events), over the next entry's stamp or the blog's end ("Sam Coates" /
    "Deputy political editor" / "14:05"): the entry's sign-off, whatever the number of
    paragraphs read before it (auditor A's A-19)."""
    line = f.lines[index]
    if not (line and index - 1 in skipped and _is_name(f.lines[index - 1]) and _role_line(line)):
        return False
    under = next(_lines_under(f, index, stop, 1), None)
    return under is None or f.times[under] is not None


def _one_word_entry_headline(f: _Features, index: int, stop: int) -> bool:
    """Line ``index`` is one word right under an entry's stamp and over its text ("Nov 28,
    2026 11:15 AM IST" / "Lunch" / "Australia go to lunch at 152/3."): the entry's
    headline. An author prints a full name; an agency is a source line."""
    line = f.lines[index]
    above = _nonblank(f, index, -1)
    under = next(_lines_under(f, index, stop, 1), None)
    return (
        " " not in line
        and above is not None
        and f.times[above] is not None
        and under is not None
        and _is_prose(f.lines[under])
    )


def _credit_under_entry_caption(f: _Features, index: int) -> bool:
    """A picture's credit alone on line ``index`` ("APA/Erwin Scheriau", "PA Media") under a
    caption without a full stop that follows an entry's text ("… auf 5,3 Prozent." / "Jubel
    bei der Wahlfeier" / credit): no author's name or source but the picture's credit, left
    in the text (``_body_lines`` keeps an agency's there) for ``extract_captions`` to give
    that caption. An entry's headline stands under its stamp, not under text, and an
    author's line under a headline. A caption may end with its full stop ("… auf 5,3
    Prozent." / "Schneeräumung auf der Hardbrücke am Montagmorgen." / "KEYSTONE/Name"): one
    short sentence naming what is seen (``picture_sentence``), under the entry's text."""
    caption = _nonblank(f, index, -1)
    text = _nonblank(f, caption, -1) if caption is not None else None
    return (
        _is_credit_line(f.lines[index])
        and caption is not None
        and text is not None
        and (caption_like(f.lines[caption]) or picture_sentence(f.lines[caption]))
        and _is_prose(f.lines[text])
    )


def _entry_caption_under_credit(f: _Features, index: int, above: str, stop: int) -> int | None:
    """The caption under a picture's credit on line ``index`` inside an entry, after the
    entry's text (``above``: "… all night." / "PA Media" / "Waves crash over the harbour
    wall"); an entry's source under its headline ("Heathrow reopens runway" / "Reuters" /
    text) stands under no text. Nor is it the next entry's headline printed over its clock,
    the entry's text right under that or under its author (an agency closing an entry:
    "Reuters" / "Trains suspended" / "10:58 GMT" / text, auditor A's L-2 and L15)."""
    if not _is_prose(above):
        return None
    under = next(_lines_under(f, index, stop, 1), None)
    if under is None or f.times[under] is not None:
        return None
    clock = next(_lines_under(f, under, stop, 1), None)
    if clock is not None and f.times[clock] is not None:
        under_clock = _lines_under(f, clock, stop, stop)  # (all of them)
        text = next((at for at in under_clock if not _entry_author(f, at)), None)
        if text is None or _is_prose(f.lines[text]):
            return None
    return under if credit_over_caption(f.lines[index], f.lines[under]) else None


def _entry_author(f: _Features, index: int) -> bool:
    """Line ``index`` names an entry's author: a byline, a name, a name and newsroom role
    ("Yuki Tanaka, Tokyo correspondent")."""
    line = f.lines[index]
    return f.bylines[index] or _is_name(line) or _author_and_role(line)


def _first_entry_clock(f: _Features, index: int, stop: int) -> bool:
    """A bare clock under the headline with text right under it or under its headline, over
    more bare clocks: the first entry's ("11h42" / text / "10h58" / text; "9:45am" /
    headline / text), kept in the body as the entries' stamps are; a blog's own stamp is
    labelled or dated ("Mis à jour à 11h50")."""
    stamp = f.times[index]
    return (
        stamp is not None
        and is_clock_only(stamp)
        and not is_labelled_stamp(stamp)
        and _live_entries(f, index, min(stop, index + _LIVE_STAMP_LOOKAHEAD))[:1] == [index]
        and _clocks_under(f, index, stop)
    )


def _first_entry_age(f: _Features, index: int, stop: int) -> bool:
    """An age alone under the headline ("2h ago") that opens an entry (headline / text) over
    more entries opened by ages ("3h ago" / headline / text): the first entry's, no label
    says "Updated" ("Updated 2h ago" is the blog's stamp)."""
    stamp = f.times[index]
    if stamp is None or is_labelled_stamp(stamp) or not is_relative_age(stamp):
        return False
    headline = _nonblank(f, index, 1)
    if headline is None or f.times[headline] is not None:
        return False
    text = _nonblank(f, headline, 1)
    if text is None or not _is_prose(f.lines[text]):
        return False
    entries = _live_entries(f, text, stop)  # (each opened by the text of the one before)
    return bool(entries) and all(is_relative_age(f.times[at] or "") for at in entries)


def _header_stamp(f: _Features, header: int, stop: int) -> tuple[int, str | None]:
    """The last line of the blog's header stamps from ``header`` and the blog's stamp: one
    line, or two when the line under it is a stamp labelled as the other kind ("Updated …" /
    "Published …"; no entry's "Posted at 14:52"), the publication winning. A bare stamp over
    a labelled publication ("Tue 10 Mar 2026 15.41 GMT" / "First published on Tue 10 Mar
    2026 07.05 GMT") is the last update: the label says which is the publication, unless
    the blog's entries print it again ("Posted 10 Mar 2026 14:52": the first entry's)."""
    stamp = f.stamp(header) or ""
    following = f.stamp(header + 1) if header + 1 < stop else None
    if following is not None and is_labelled_stamp(following) and not is_clock_only(following):
        if is_labelled_stamp(stamp):
            if is_update_stamp(stamp) != is_update_stamp(following):
                return header + 1, _cluster_stamp(f, header, header + 2)
        elif (
            not is_update_stamp(following)
            and not is_relative_age(following)  # (an entry's "Posted 3h ago" is no header's)
            and not _label_recurs(f, header + 1, stop)
        ):
            return header + 1, following
    return header, _cluster_stamp(f, header, header + 1)


def _published_under_update(
    f: _Features, header_end: int, stop: int, header_stamp: str | None
) -> str | None:
    """The blog's stamp: its header's, unless that is an update ("Updated Sun 29 Nov 2026
    16.48 AEDT") or bare ("Mon 30 Nov 2026 15.47 GMT": a blog's header prints its last
    update) and one dated stamp labelled as a publication stands under the header
    ("First published on Sun 29 Nov 2026 07.02 AEDT" under the last entry): the
    publication wins. Entries' labels are printed more than once ("Posted 10 Mar 2026
    14:52"), an entry's age is relative ("Posted 3h ago")."""
    if header_stamp is None or (
        is_labelled_stamp(header_stamp) and not is_update_stamp(header_stamp)
    ):
        return header_stamp
    published = [
        stamp
        for index in range(header_end + 1, stop)
        if (stamp := f.stamp(index)) is not None
        and is_labelled_stamp(stamp)
        and not is_update_stamp(stamp)
        and not is_clock_only(stamp)
        and not is_relative_age(stamp)
    ]
    return published[0] if len(published) == 1 else header_stamp


def _over_publication(f: _Features, index: int, stop: int) -> bool:
    """The stamp on line ``index`` stands right over a labelled publication stamp ("Sun 29
    Nov 2026 22.15 AEDT" / "First published on Sun 29 Nov 2026 18.02 AEDT"): the blog's
    last update over its publication, the header's pair; an entry's stamp stands over its
    headline."""
    under = _nonblank(f, index, 1)
    following = f.stamp(under) if under is not None and under < stop else None
    return (
        following is not None
        and is_labelled_stamp(following)
        and not is_update_stamp(following)
        and not is_relative_age(following)
    )


def _text_before_next_stamp(f: _Features, index: int, stop: int) -> bool:
    """A line of prose stands under the stamp on line ``index`` before the next stamp (or
    ``stop``): the stamp opens an entry; the blog's own stands over the first entry's."""
    for under in range(index + 1, stop):
        if f.times[under] is not None:
            return False
        if _is_prose(f.lines[under]):
            return True
    return False


def _shaped_as_next_stamp(f: _Features, index: int, stop: int) -> bool:
    """The next labelled stamp under line ``index`` is printed in its shape, numbers aside
    ("Posted at 10:42" / a video and its "0:45" / "Posted at 10:30"): two entries' stamps,
    the first over an entry of no text; the blog's own is printed otherwise ("Updated 9:40
    a.m. CST" / "Updated at 9:40 a.m.")."""
    under = next((at for at in range(index + 1, stop) if _label_of(f, at) is not None), None)
    return under is not None and _NUMBER.sub("#", f.lines[under]) == _NUMBER.sub(
        "#", f.lines[index]
    )


def _label_recurs(f: _Features, index: int, stop: int) -> bool:
    """A later dated stamp line in [index + 1, stop) opens with the first word of line
    ``index``'s label: an entries' label ("Posted 10 Mar 2026 14:52", "Veröffentlicht am
    10.03.2026 um …"), no header's "First published on …", printed once. An entry's clock
    under the same word ("Published at 15:41") repeats no date: the header's stays its own."""
    label = f.lines[index].split(maxsplit=1)[0].casefold()
    return any(
        (stamp := f.times[at]) is not None
        and not is_clock_only(stamp)
        and f.lines[at].split(maxsplit=1)[0].casefold() == label
        for at in range(index + 1, stop)
    )
