"""split_header: an article's header: its headline, kicker, deck, byline and stamp.

Finds the lead's title (the first title-like line followed by prose, past bylines,
stamps, author lines, a section kicker or breadcrumb; among the title-like lines before
the prose the one the URL's slug names; never a line that prints a time of day, an
alert's, over another; over a run of prose under a byline or stamp the line above that
header, whatever its shape, or the nearest short one; over the page's first card, a
title-like line the slug names rather than the card's title; under a rail of title /
stamp cards, a headline over a byline or stamp and a story's text), and above a card's stamp
its headline over a deck (standfirst) with an author, role or scoreboard between them and
a publisher over both (an alert's time of day or the slug hand the headline to the
"deck"); reads the lead's source and stamp from its header (a publication
stamp before an "Updated …" one, or one under the text). Signals: the line model's
title-like, name-like, prose, meta and byline features, and word counts.
"""

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Container
from functools import lru_cache
from itertools import islice

from streams.boilerplate import is_price_offer, is_section_name, word_sections
from streams.captions import (
    captioned_by_agency,
    credits_a_picture,
    ends_with_photo_note,
    is_agency,
    press_words,
    split_credit,
)
from streams.data_files import line_sections
from streams.split_lines import (
    _ACRONYM_MAX_CHARS,
    _BYLINE,
    _HEADLINE_MAX_WORDS,
    _PROSE_MIN_WORDS,
    _SENTENCE_END,
    _SHORT_NAME_WORDS,
    _STAFF_ROLES,
    _STAFF_WORDS,
    _TITLE_MIN_WORDS,
    _age_notice,
    _agency_name,
    _breadcrumb_over,
    _headline_shaped,
    _is_bio,
    _is_name,
    _is_prose,
    _newsroom_names,
    _newsroom_roles,
    _outlet_name,
    _person_name,
    _place_line,
    _section_path,
    _two_sentences,
    _words,
)
from streams.split_no_article import tells_headline
from streams.split_page import (
    _HEADER_MAX_WORDS,
    _KICKER_MAX_WORDS,
    _MAX_DECK_LINES,
    _REAL_BODY_WORDS,
    _WIDGET_MAX_WORDS,
    _WORD,
    _Card,
    _closes_text,
    _cluster_stamp,
    _Features,
    _free_title,
    _nonblank,
    _over_role,
)
from streams.split_sources import (
    _BYLINE_TAIL,
    _SOURCED_PAGE,
    _agency_byline,
    _author_name,
    _bare_acronym,
    _is_publisher,
    _noted_author,
    _own_site,
    _topic_kicker,
    outlet_shaped,
)
from streams.timestamps import has_clock, is_labelled_stamp, is_update_stamp, opens_with_weekday

_MAX_BETWEEN = 3  # other lines allowed between a lead title and its first sentence
_MAX_NAMES_BETWEEN = 3  # author / publisher lines allowed there too
# the marks around a quotation printed in full on its line ("“…”", "«…»", "„…“")
_OPENING_QUOTES = frozenset('"“„«‘')
_CLOSING_QUOTES = frozenset('"”»“’')
_DECK_MIN_WORDS = 10  # a standfirst under a headline, with an author or widget between
_SHORT_DECK_MIN_WORDS = 6  # one right under a headline named by the URL's slug (``_retitle``)
_WIDGET_MAX_LINES = 6  # short data lines between a headline and its standfirst (a scoreboard)
_SLUG_HEADER_LINES = 4  # lines over a card, or under its stamp, where its headline may stand
_AGENCY_SCAN_LINES = 8  # lines under a card's headline where its agency's credit may stand
_AGENCY_SERVICE_WORDS = 2  # "dpa International", "Kyodo News", "AFP Relax News"
_TEXT_MIN_PARAGRAPHS = 3  # a run of prose paragraphs this long under a header is an article
_HEADER_LINES = 8  # a header's lines under its headline: deck, byline, publisher, stamp
_HEADLINE_DECK_LINES = 2  # a sentence headline and its standfirst over the byline
_HEADER_NOTE_MAX_WORDS = 3  # a site name, kicker, menu item or an author's role
_STAFF_ROLE_WORDS = 3  # a byline's role under a headline: "Chief political correspondent"
_DACHZEILE_MAX_WORDS = 5  # a nominal kicker over a headline: "Votations du 30 novembre"
# "ANGOP", "RNZ": an agency's or outlet's initials
_ACRONYM = re.compile(rf"^[A-Z]{{2,{_ACRONYM_MAX_CHARS}}}$")
# a time of day ("until 9 PM", "10:00 a.m."): an alert's or a schedule's, seldom a headline's
# (a match's minute, "2:45 into overtime", prints no am/pm)
_TIME_OF_DAY = re.compile(r"\b\d{1,2}(?:[:.][0-5]\d)? ?(?:[ap]\.m\.|[ap]m\b)", re.IGNORECASE)


def _header_above(f: _Features, card: _Card, taken: set[int]) -> None:
    """Headline over a deck ("Title" / "Standfirst" / author / stamp), publisher over both."""
    above = card.title - 1
    while above > 0 and f.lines[above] and not any(char.isalnum() for char in f.lines[above]):
        above -= 1  # (a rating between them, "★★★★☆", is no line of the header)
    author = _author_role(f, card.title, taken)
    role = not author and _retitled_over_role(f, card, taken)
    above = card.title - 1 if role else above
    # "Headline" / "Corrections column editor" / stamp: the headline over the byline's slot
    # is the card's whole header (no deck or kicker over it)
    staffed = not author and _staff_role(f, card.title) and _free_title(f, above, taken)
    if author or staffed:  # "Headline" / "JAVIER SORIA" / "Periodista" / stamp
        card.title = card.start = above - 1 if author else above
        above = card.title - 1
    headline = _headline_over_deck(f, card.title, taken)
    if headline is not None:
        card.deck = card.deck_from = card.title
        card.title = card.start = headline
        above = headline - 1
    elif (
        not staffed
        and _free_title(f, above, taken)
        and not _is_name(f.lines[above])
        and not _breadcrumb_over(f.lines[above], f.lines[card.title])
        and not _section_path(f.lines[above])
    ):
        line = f.lines[card.title]
        if (
            _title_over_stamp(f, card.body_from)
            and not _deck_of_card_under_stamp(f, card.title, taken)
            and not _deck_under_chipped_headline(f, card.title, taken)
        ):
            pass  # in a list of title / stamp cards the line above is no headline over a deck
        elif (
            _is_name(line)
            or (_words(line) <= _HEADER_MAX_WORDS and not _is_prose(line))
            or _is_bio(line, f.authors)  # "Ana Medina is our rugby writer" in the byline's place
        ):
            if _is_name(line) or not _is_name(f.lines[card.title + 1]):
                card.title, card.start = above, above  # "Title" / "MARÍA LÓPEZ" / stamp
                if _deck_under_headline(f, above, taken):
                    card.deck = card.deck_from = above  # "Headline" / "Deck" / name / stamp
                    card.title = card.start = above = above - 1
            # (title / "Ana Medina" / stamp: the author already stands under this title)
        elif not _kicker_over_headline(f, above, card.title):
            card.deck, card.title, card.start = card.title, above, above
            card.deck_from = card.deck
            while (  # "Headline" / "bullet" / "bullet" / "bullet" / byline / stamp
                card.deck - above < _MAX_DECK_LINES
                and _free_title(f, above - 1, taken)
                and not _is_name(f.lines[above - 1])
                # (a line shorter than the one under it is a kicker: "19 comments" / headline)
                and _words(f.lines[above - 1]) >= _words(f.lines[above])
            ):
                above -= 1
                card.deck_from, card.title, card.start = card.title, above, above
        above -= 1
    if card.deck is not None:
        # an alert or a promo over the headline ("Flood Watch until 9 PM", one
        # the URL's slug does not name): the "deck" starts with the headline
        first = card.deck if card.deck_from is None else card.deck_from
        if _time_of_day(f.lines[card.title]) or f.slug_prefers(first, card.title):
            card.title = card.start = first
            card.deck, card.deck_from = (
                (None, None) if first == card.deck else (card.deck, first + 1)
            )
    _source_above(f, card, above, taken)


def _slug_headline_over_deck(f: _Features, card: _Card, taken: set[int]) -> None:
    """The card's title is a standfirst (``_DECK_MIN_WORDS`` or more) right under a short
    title-like line the URL's slug spells ("Margaret Ellison obituary" on
    ".../margaret-ellison-obituary") and does not spell itself: that line is the headline
    and the card's title its deck ("Structural engineer who led …" / caption / author /
    stamp). A kicker over a headline is no slug of the page."""
    above = card.title - 1
    if (
        above >= 0
        and _free_title(f, above, taken)
        and f.is_title(above)
        and f.slug_spelled(above)
        and not f.slug_spelled(card.title)
        and _words(f.lines[card.title]) >= _DECK_MIN_WORDS
    ):
        card.deck = card.deck_from = card.title
        card.title = card.start = above


def _masthead(f: _Features, card: _Card, site: frozenset[str]) -> bool:
    """The page's first line, the site's name over the day's date and no text ("Harbour Times
    Online" / "Thursday, July 9, 2026" / menu): the masthead, no card. The name is the site's
    when the host spells it, or all its words but a last one ("Online", "Daily", "Live")."""
    name = f.lines[card.title]
    words = name.split()
    return (
        card.time_text is not None
        and not has_clock(card.time_text)
        and not any(f.lines[: card.title])
        and len(words) <= _SHORT_NAME_WORDS + 1
        and _is_name(name)
        and (_own_site(name, site) or _own_site(" ".join(words[:-1]), site))
        and not (card.body_from < len(f.lines) and _is_prose(f.lines[card.body_from]))
    )


def _time_of_day(line: str) -> bool:
    """The line prints a time of day ("until 9 PM"): an alert or a schedule, no headline."""
    return _TIME_OF_DAY.search(line) is not None


def _slug_card(f: _Features, cards: list[_Card], taken: set[int]) -> None:
    """The page's first card, when the URL's slug names a title-like line a few lines over
    it rather than its title (a photo's caption or a video's title under the stamp taken
    for the headline of source / stamp / title / text): that line is its headline. Or one
    under its stamp, before its text (publisher / stamp / ticker chips / headline / text):
    the publisher taken for the title is its source. With no line the slug names, a story
    read as a card whose title is its header's furniture takes the headline over it
    (``_headline_over_furniture``)."""
    card = next((card for card in cards if not card.inline), None)
    if card is None or not _first_stamped(f, card):
        return
    if _claim_over_named_card(f, cards, card):
        cards.remove(card)
        taken.update(range(card.start, card.body_from))  # (no headline, no text of the story)
        return
    read_from = card.start  # (the line the card's reading took its source from, if any)
    named = _slug_headline_above(f, card, taken)
    if named is not None:
        _retitle(f, card, named)
        _retitled_source(f, card, read_from, taken)
    elif (named := _slug_headline_under(f, card, taken)) is not None:
        printed = f.lines[card.title]
        card.source = card.source or (printed if _is_publisher(printed, f) else None)
        card.title, card.body_from = named, named + 1
    elif (named := _headline_over_furniture(f, card, cards, taken)) is not None:
        _retitle(f, card, named)
        _retitled_source(f, card, read_from, taken)
    else:
        return
    taken.update(range(card.start, card.body_from))


def _claim_over_named_card(f: _Features, cards: list[_Card], card: _Card) -> bool:
    """The page's first card is a quotation in full over its stamp ("“The FDA approved
    microchips in flu vaccines.”" / "False" / "Published November 27, 2026") right over
    another stamped card whose headline the URL's slug names rather than the quotation: a
    fact check's claim (and verdict) over the story's own header, no card of its own. A
    teaser's quoted headline stands over its summary or another headline, not right over
    the page's headline. A card under it stamped only "Last modified …" is the quoted
    headline's own standfirst, byline and update stamp (an interview's header), no story of
    its own."""
    line = f.lines[card.title]
    following = next((other for other in cards if other.start > card.start), None)
    return (
        following is not None
        and following.start == card.body_from
        and line[:1] in _OPENING_QUOTES
        and line[-1:] in _CLOSING_QUOTES
        and f.slug_prefers(following.title, card.title)
        and not (following.time_text is not None and is_update_stamp(following.time_text))
    )


def _retitled_source(f: _Features, card: _Card, read_from: int, taken: set[int]) -> None:
    """A card retitled to a headline over it: the name the card's reading took for its
    source over its stamp now stands in the header's byline place, under the headline. A
    byline there is no source: its authors ("Mei Tanabe and Kenji Oshiro"), a name over its
    role or the role under it ("Transport Reporter"); any other name is the publisher's
    ("Bloomberg", "Der Spiegel", "Reuters"). Without a source, the publisher over the
    headline is it ("Reuters" / headline / authors), as over any card's headline."""
    if (
        card.source is not None
        and read_from > card.title
        and f.lines[read_from] == card.source
        and (
            _authors_names(card.source)
            or _over_role(f.lines, read_from)
            or _over_role(f.lines, read_from - 1)
        )
    ):
        card.source = None
    if card.source is None:
        _source_above(f, card, card.title - 1, taken)


def _authors_names(line: str) -> bool:
    """ "Ana Ruiz", "Mei Tanabe and Kenji Oshiro": persons' names, one at least with a first
    name the gazetteer knows ("Sky News", "Fox Business" are shaped like a name, no
    person's)."""
    names = _AUTHORS_JOINED.split(line)
    return all(map(_person_name, names)) and any(map(_author_name, names))


def _slug_headline_under(f: _Features, card: _Card, taken: set[int]) -> int | None:
    """A title-like line the URL's slug names rather than the card's title, under the card's
    stamp and before its first sentence (``_SLUG_HEADER_LINES`` lines at most)."""
    for index in range(card.body_from, min(card.body_from + _SLUG_HEADER_LINES, len(f.lines))):
        line = f.lines[index]
        if index in taken or (line and _is_prose(line)):
            return None
        if f.is_title(index) and f.slug_prefers(index, card.title):  # (a blank line is none)
            return index
    return None


def _headline_over_furniture(
    f: _Features, card: _Card, cards: list[_Card], taken: set[int]
) -> int | None:
    """A story read as a card whose title is a line of its header's furniture (``_furniture``:
    the author's name or role, a byline under the standfirst, the standfirst's sentences),
    or a line under its stamp shorter than the headline over its byline (a control, a
    promo, a video's title: "Headline" / "ANN LEE" / stamp / "Font size" / text, read as
    source / stamp / title): its headline is the nearest title-like line over the card that
    is no name, no kicker and no sentence, or the one over that when it is the standfirst
    (``_deck_under``: "Headline" / "Standfirst" / "Ann Lee" / "Chief economist, Harbour
    Bank" / stamp / text), with no blank line or stamp between them (``_SLUG_HEADER_LINES``
    lines at most). Only over a story's text (a list's card has none), and not when the
    URL's slug names the title rather than that line."""
    top = card.start  # (the card's own lines over its stamp: "ANN LEE" / stamp / title)
    if card.start == card.title and not _furniture(f, card.title):
        return None
    following = next((other.start for other in cards if other.start > card.start), len(f.lines))
    if not _story_text(f, card.body_from, following):
        return None
    headline: int | None = None
    for index in range(top - 1, max(top - _SLUG_HEADER_LINES, 0) - 1, -1):
        if not f.lines[index] or index in taken or f.stamp(index) is not None:
            break
        if not _header_headline(f, index):
            continue
        if headline is not None and not _deck_under(f, headline, index):
            break  # (a shorter line over the headline: a kicker, an alert, a tagline)
        headline = index
    if (
        headline is None
        or f.slug_prefers(card.title, headline)
        or (top < card.title and _words(f.lines[headline]) <= _words(f.lines[card.title]))
    ):
        return None
    return headline


def _furniture(f: _Features, index: int) -> bool:
    """A header's line that is no headline: a name (the author's, the newsroom's), one
    under a person's name under a headline (the author's role: a section kicker over the
    headline may read as a name too), a sentence (the standfirst) or one under it (the
    byline), or the standfirst under a headline (``_deck_under``; one longer than a
    header's UI line: "Listen to this story" over a headline is none)."""
    line = f.lines[index]
    above = f.lines[index - 1] if index > 0 else ""
    return (
        _is_name(line)
        or _is_prose(line)
        or (bool(above) and _is_prose(above))
        or (index > 1 and _person_name(above) and _header_headline(f, index - 2))
        or (
            index > 0
            and _words(above) > _HEADER_MAX_WORDS
            and _header_headline(f, index - 1)
            and _deck_under(f, index, index - 1)
        )
    )


def _kicker_over_headline(f: _Features, kicker: int, headline: int) -> bool:
    """A page's or section's heading ("À la une", "Top story": ``is_section_name``) over a
    longer headline right over its byline: the heading is no headline over a deck. Any other
    short line there is a headline over its standfirst ("Brexit deal agreed" / a deck without
    a full stop / "By …")."""
    return (
        is_section_name(f.lines[kicker])
        and _words(f.lines[kicker]) < _words(f.lines[headline])
        and not _is_prose(f.lines[headline])
        and f.bylines[headline + 1]
    )


def _header_headline(f: _Features, index: int) -> bool:
    """A title-like line of a header that may be its headline: no name, no kicker, no
    sentence."""
    line = f.lines[index]
    return (
        f.is_title(index)
        and not _is_name(line)
        and not _is_prose(line)
        and _words(line) > _KICKER_MAX_WORDS
    )


def _deck_under(f: _Features, deck: int, headline: int) -> bool:
    """``deck`` is a standfirst right under ``headline``: under a shorter one, or under one
    of a standfirst's length itself (a kicker, an alert or a tagline is shorter); not the
    headline printed again under a breadcrumb glued to it ("Markets›Stocks›Headline")."""
    return (
        deck == headline + 1
        and (
            _words(f.lines[headline]) >= _DECK_MIN_WORDS
            or _DECK_MIN_WORDS <= _words(f.lines[deck]) > _words(f.lines[headline])
        )
        and not f.lines[headline].endswith(f.lines[deck])
    )


def _first_stamped(f: _Features, card: _Card) -> bool:
    """No time stamp stands over the card: its header is the page's first (the lead's, or a
    page of cards' first; the URL's slug names the lead's headline only)."""
    return not f.stamp_lines or f.stamp_lines[0] > card.start


def _slug_headline_above(f: _Features, card: _Card, taken: set[int]) -> int | None:
    """A title-like line a few lines over a card that the URL's slug names rather than the
    card's title (an author or role line, the standfirst, a caption taken for the
    headline)."""
    best: int | None = None
    for index in range(card.start - 1, max(card.start - _SLUG_HEADER_LINES, 0) - 1, -1):
        if not f.lines[index] or index in taken:
            break
        if (
            f.is_title(index)
            and not _is_name(f.lines[index])
            and f.slug_prefers(index, card.title)
            and (best is None or f.slug_shared(index) > f.slug_shared(best))
        ):
            best = index
    return best


def _retitle(f: _Features, card: _Card, headline: int) -> None:
    """``headline`` is the card's title; the long lines right under it are its standfirst
    (author, role and place lines are not); right under the headline a shorter one too
    (``_SHORT_DECK_MIN_WORDS``: "Officers say 14 vehicles were targeted in a fortnight"), no
    picture's caption with its credit."""
    deck = headline
    if (
        deck + 1 < card.body_from
        and _deck_line(f, deck + 1, _SHORT_DECK_MIN_WORDS)
        and split_credit(f.lines[deck + 1]) is None
    ):
        deck += 1
    while deck + 1 < card.body_from and _deck_line(f, deck + 1):
        deck += 1
    card.title = card.start = headline
    card.deck, card.deck_from = (deck, headline + 1) if deck > headline else (None, None)


def _deck_line(f: _Features, index: int, min_words: int = _DECK_MIN_WORDS) -> bool:
    """A standfirst's line: long (``min_words`` words or more), no name, no meta line."""
    line = f.lines[index]
    return bool(line) and not f.is_meta(index) and not _is_name(line) and _words(line) >= min_words


def _title_over_stamp(f: _Features, index: int) -> bool:
    """Another card, title / stamp, starts at ``index``."""
    return (
        index + 1 < len(f.lines)
        and bool(f.lines[index])
        and f.is_title(index)
        and f.stamp(index + 1) is not None
    )


def _deck_under_headline(f: _Features, index: int, taken: set[int]) -> bool:
    """``index`` is a standfirst without a full stop under a shorter headline ("HDB resale
    prices rise 1.8% …" / "Over 7,000 resale flats changed hands …"), not under a kicker."""
    above = index - 1
    return (
        _words(f.lines[index]) >= _DECK_MIN_WORDS
        and _free_title(f, above, taken)
        and not _is_name(f.lines[above])
        and _TITLE_MIN_WORDS <= _words(f.lines[above]) < _words(f.lines[index])
        and not _live_kicker(f.lines[above])
    )


def _live_kicker(line: str) -> bool:
    """A topic's label for its running coverage ("Ukraine-Krieg im News-Ticker", "Brexit
    live", "Élections en direct"), a kicker's few words: the line under it is the
    headline, no deck."""
    return _words(line) <= _KICKER_MAX_WORDS and _LIVE_LABEL_END.search(line) is not None


# the words a live coverage's label ends on ("… im Liveticker", "… live", "… en directo");
# "ticker" also glued to its topic ("Newsticker"), but the word "sticker" is none
_LIVE_LABEL_END = re.compile(
    r"(?:(?<!\bs)ticker|\blive|\blive-?blog|\ben direct|\ben directo|\ben vivo|\bao vivo"
    r"|\bin diretta)$",
    re.IGNORECASE,
)


def _deck_of_card_under_stamp(f: _Features, deck: int, taken: set[int]) -> bool:
    """``deck`` is a standfirst without a full stop under a shorter headline
    (``_deck_under_headline``) that stands right under another card's stamp ("Yesterday" /
    headline / standfirst / "45 mins ago"): a card opens under a card's stamp, so in a list
    that mixes title / stamp cards with title / deck / stamp ones the line over the deck is
    its headline, not a bare link."""
    headline = deck - 1
    return (
        headline > 0 and f.stamp(headline - 1) is not None and _deck_under_headline(f, deck, taken)
    )


def _deck_under_chipped_headline(f: _Features, deck: int, taken: set[int]) -> bool:
    """Chip / headline / deck / stamp ("Manchete" / "Governo anuncia bloqueio …" /
    "Congelamento atinge emendas …" / "há 25 min") among chip / title / stamp cards: the
    headline, title-like, has a card's chip right over it (a word or a few, no headline, no
    stamp, no sentence), so the card opens there and the longer line over the stamp is its
    deck. A bare title / stamp card's title has the previous card's stamp over it, or a
    stampless title: no chip."""
    headline, chip = deck - 1, deck - 2
    return (
        chip >= 0
        and chip not in taken
        and _free_title(f, headline, taken)
        and _chipped_headline_over_deck(f, headline, deck)
    )


def _chipped_headline_over_deck(f: _Features, headline: int, deck: int) -> bool:
    """Chip / headline / deck / stamp, and the next card right under that stamp prints
    chip / title / stamp: the list's template puts the chip over the title, so the card's
    title is the title-like ``headline`` under its chip and the longer line under it (more
    than a header's UI, shorter than the headline: a kicker over a headline is the shorter)
    its deck. A lone label over two headlines ("Live" / a stampless headline / a title over
    its stamp) has no chipped card under it."""
    stamp = deck + 1
    return (
        _chip(f, headline - 1)
        and f.is_title(headline)
        and not _is_name(f.lines[headline])
        and _HEADER_MAX_WORDS < _words(f.lines[deck]) < _words(f.lines[headline])
        and stamp + 3 < len(f.lines)
        and f.stamp(stamp) is not None
        and _chip(f, stamp + 1)
        and f.is_title(stamp + 2)
        and f.stamp(stamp + 3) is not None
    )


def _chip(f: _Features, index: int) -> bool:
    """A card's chip at ``index``: a word or a few, no headline, no stamp, no sentence."""
    line = f.lines[index] if index >= 0 else ""
    return (
        bool(line)
        and _words(line) <= _KICKER_MAX_WORDS
        and line[0].isupper()
        and line[-1].isalnum()
        and not f.is_title(index)
        and not f.is_meta(index)
    )


def _source_above(f: _Features, card: _Card, above: int, taken: set[int]) -> None:
    """The publisher printed over a card's headline ("Source: BBC News", "Reuters"), or
    over its count of followers there ("The Independent" / "812.4K Followers" / headline)."""
    if above not in taken:
        above = _over_audience(f, above)
    if card.source is None and above >= 0 and above not in taken:
        if f.sources[above] and not _closes_text(f, above):  # "Source: BBC News"
            card.source, card.start = f.sources[above], above
        elif (
            _publisher_over(f, f.lines[above])
            and not f.bylines[above]  # ("Local Democracy Reporter" under "By Ann Lee": a role)
            and not _menu_link_again(f, above)
            and not _topic_kicker(f, f.lines[above], f.lines[card.title])
            and not _topic_under_folder(f, above)
        ):
            card.source, card.start = f.lines[above], above
        elif (publisher := _publisher_over_section(f, above, taken)) is not None:
            card.source, card.start = f.lines[publisher], publisher
        elif _portal_story_under(f, card.title) and outlet_shaped(f.lines[above]):
            # "Der Tagesspiegel" / title / "Story von …"
            card.source, card.start = f.lines[above], above


def _portal_story_under(f: _Features, title: int) -> bool:
    """A portal's byline and stamp under the headline ("Story von Jan Meier • 2 Std.",
    "Histoire de Marie Dubois • 3 h"): the portal reprints a partner's story, whose name,
    printed over the headline, is its publisher."""
    under = title + 1
    return (
        under < len(f.lines)
        and f.stamp(under) is not None
        and f.lines[under].casefold().startswith(_portal_story_openings())
    )


@lru_cache(maxsize=1)
def _portal_story_openings() -> tuple[str, ...]:
    """``data/credit_phrases.txt``'s [portal-story] openings, folded, each with its space."""
    return tuple(
        " ".join(phrase.casefold().split()) + " "
        for phrase in line_sections("credit_phrases.txt")["portal-story"]
    )


def _topic_under_folder(f: _Features, index: int) -> bool:
    """A name right under a section the page's URL names as a folder, over a headline
    ("Valencia" / "DANA" / headline on ".../valencia/<slug>"): the breadcrumb's topic, not
    the publisher (an agency's or an outlet's name there is one: ``_subsection``)."""
    return index > 0 and f.names_section(f.lines[index - 1]) and _subsection(f, index)


def _over_audience(f: _Features, index: int) -> int:
    """The line over a publisher's count of followers at ``index`` ("The Independent" /
    "812.4K Followers"), where the publisher stands; ``index`` itself when it is no count."""
    return index - 1 if index > 0 and _audience_count(f.lines[index]) else index


def _audience_count(line: str) -> bool:
    """A publisher's count of followers under its Follow button ("812.4K Followers",
    "96,1K Follower", "1,2 Mio. Abonnenten"): a number, at most one word of its unit, and
    a word of who follows (``[audience]`` in data/ui_words.txt)."""
    words = line.split()
    return (
        1 < len(words) <= _AUDIENCE_MAX_WORDS
        and words[0][0].isdigit()
        and words[-1].casefold() in _audience_words()
    )


_AUDIENCE_MAX_WORDS = 3


@lru_cache(maxsize=1)
def _audience_words() -> frozenset[str]:
    """The words of who follows a publisher (``[audience]`` in ``data/ui_words.txt``)."""
    return frozenset(word_sections("ui_words.txt")["audience"])


def _publisher_over_section(f: _Features, kicker: int, taken: set[int]) -> int | None:
    """An agency's or an outlet's name right over the section kicker over a headline, under
    the menu ("Sport" / "Norwire" / "ECONOMY" / headline): the line of the publisher. Only a
    known section's name or a folder of the URL for the kicker, and only a name the agency
    and outlet tests take for the publisher (a menu's last item stands there as often); the
    site's masthead over its menu ("Harbour Courier" / "News" / headline) is none."""
    publisher = kicker - 1
    if (
        not _among_menu_links(f, publisher)  # (first: no line over the page's top)
        or publisher in taken
        or not f.lines[publisher]
        or not (is_section_name(f.lines[kicker]) or f.names_section(f.lines[kicker]))
    ):
        return None
    return publisher if _agency_or_outlet(f.lines[publisher]) else None


def _headline_over_deck(f: _Features, deck: int, taken: set[int]) -> int | None:
    """The headline over ``deck`` when lines stand between them: "Headline" / "Sarah
    Quinlan" / standfirst, or a scoreboard ("Kerry" / "1-19" / "Cork" / "0-17"). The deck is
    a long line, longer than the headline."""
    lines = f.lines
    if _words(lines[deck]) < _DECK_MIN_WORDS or _is_name(lines[deck]):
        return None
    above = deck - 1
    if above >= 0 and above not in taken and _person_name(lines[above]) and not f.is_title(above):
        above -= 1  # the author's name
    elif (
        above >= 1
        and {above, above - 1}.isdisjoint(taken)
        and _person_name(lines[above - 1])
        and bool(lines[above])
        and not _is_prose(lines[above])
        and _words(lines[above]) <= _SHORT_NAME_WORDS
        and not f.is_title(above)
    ):
        above -= 2  # the author's name and role: "Jane Doe" / "Economics editor"
    else:
        data = False
        while (
            deck - above <= _WIDGET_MAX_LINES
            and above >= 0
            and above not in taken
            and lines[above]
            and _words(lines[above]) <= _WIDGET_MAX_WORDS
            and not f.is_title(above)
        ):
            data = data or any(char.isdigit() for char in lines[above])
            above -= 1
        if above < 0 or not data or _words(lines[above]) <= _SHORT_NAME_WORDS:
            return None  # (a widget's own line over a headline: "Guimarães 35', Isak 71'")
    if (
        above < 0
        or not _free_title(f, above, taken)
        or _is_name(lines[above])
        or _words(lines[above]) >= _words(lines[deck])
        or f.slug_prefers(deck, above)  # the "deck" is the headline, under a weather alert
    ):
        return None
    return above


def _own_stamp(
    f: _Features, title: int, stop: int, header: str | None, end: int | None = None
) -> str | None:
    """The article's stamp: the one in its header, unless that is missing or only an update
    and its own lines print another ("Stand: 02.04.2026 15:12 Uhr" under the text; "First
    published on: …" under the text, "Updated: …" with the headline), a date joined with the
    clock on the line under it ("09 aprile 2026" / "07:41"). Past ``stop`` (a box of
    teasers inside the text) up to ``end``, only a stamp labelled as the publication's
    ("Publicado: …", "This story was originally published …" under the text): a teaser
    prints its bare date or age."""
    if header is not None and not is_update_stamp(header):
        return header
    found = header
    for index in range(title + 1, stop):
        if f.stamp(index) is None:
            continue
        stamp = _cluster_stamp(f, index, min(index + 2, stop))  # (a date over its clock)
        if stamp is not None and not is_update_stamp(stamp):
            return stamp
        found = found or stamp
    for index in range(stop, stop if end is None else end):
        stamp = f.stamp(index)
        if stamp is not None and is_labelled_stamp(stamp) and not is_update_stamp(stamp):
            return stamp
    return found or _date_over_chip(f, title)


def _agency_over_stamp(f: _Features, title: int, stop: int, stamp: str | None) -> str | None:
    """A news agency's name alone on the line over the lead's stamp, the byline's place
    ("Belga" / "Publié le 30 novembre 2026 à 10:05"), past a key points box under the
    headline, where the header's scan stops: the story's source. (Known agencies only: a
    word in capitals over a stamp, "LIVE", is as often a label.) Under one line past the
    deck's place it is a photo's credit under its caption, no source (deck / "Protesters
    march on Saturday." / "AFP" / stamp): a box of points prints two lines or more."""
    if stamp is None:
        return None
    at = next((i for i in range(title + 1, stop) if f.stamp(i) == stamp), None)
    above = _nonblank(f, at, -1) if at is not None else None
    if above is None or above == title or not _agency_name(f.lines[above]):
        return None
    deck = _nonblank(f, title, 1)
    over = _nonblank(f, above, -1)
    second = _nonblank(f, over, -1) if over is not None else None
    return f.lines[above] if deck is not None and second is not None and second > deck else None


def _date_over_chip(f: _Features, title: int) -> str | None:
    """A date alone over a section chip right over the headline ("28.11.2026" / "Bundestag"
    / headline) under the menu, asked when the story prints no stamp of its own: the
    story's date (a masthead's date stands over the menu or prints its weekday first,
    "Domenica 29 novembre 2026"; a date under a card's title over the chip is the card's)."""
    chip = _nonblank(f, title, -1)
    if chip is None or f.is_meta(chip) or not _header_note(f.lines[chip]):
        return None
    date = _nonblank(f, chip, -1)
    if date is None or f.times[date] is None:
        return None
    stamp = f.stamp(date)
    if stamp is None or opens_with_weekday(stamp):  # (the masthead's "Domenica 29 novembre")
        return None
    above = _nonblank(f, date, -1)  # (a menu, no card's title over its stamp)
    return stamp if above is None or _header_note(f.lines[above]) else None


def _published_under_update(f: _Features, cards: list[_Card]) -> None:
    """A card stamped only "Updated: …" (a story read as a card: no lead title found) whose
    own lines print its publication stamp further down is stamped with that one: a stamp
    over the text's first paragraph ("Updated 27 May" / author / "May 27, 2026 21:34"), or
    a labelled one anywhere ("First published: …" under the text; unlabelled there, it is
    as likely a teaser's)."""
    starts = sorted(card.start for card in cards if not card.inline)
    for card in cards:
        if card.inline or card.time_text is None or not is_update_stamp(card.time_text):
            continue
        following = bisect_right(starts, card.start)
        stop = starts[following] if following < len(starts) else len(f.lines)
        in_header = True
        for index in range(card.body_from, stop):
            stamp = f.stamp(index)
            if (
                stamp is not None
                and (in_header or is_labelled_stamp(stamp))
                and not is_update_stamp(stamp)
            ):
                card.time_text = stamp
                break
            # (the header's lines stand together: a blank line closes it, "Updated 27 Feb" /
            # blank / "Closed" / "Khalid | 2 hours ago" is a comment's stamp)
            in_header = in_header and bool(f.lines[index]) and not _is_prose(f.lines[index])


def _teasers_from(f: _Features, related: list[int], stop: int) -> int | None:
    """Where teasers start among the "Related" headings (sorted) before ``stop``: the heading
    over the first summary sentence. A stamp past it is a teaser's ("More from …" / title /
    summary / "45 minutes ago"), not the article's; one under bare links ("Stand: …") is."""
    if not related:
        return None
    summary = next(
        (i for i in range(related[0], stop) if f.lines[i] and _is_prose(f.lines[i])), None
    )
    return None if summary is None else related[bisect_right(related, summary) - 1]


def _author_role(f: _Features, index: int, taken: set[int]) -> bool:
    """``index`` is an author's role ("Periodista y escritor") under the author's name, under
    a longer headline: a short lower-case line, a name above it, a free title above that."""
    line = f.lines[index]
    if _words(line) > _SHORT_NAME_WORDS or _is_prose(line) or _is_name(line) or index < 2:
        return False
    name, title = index - 1, index - 2
    return (
        name not in taken
        and _is_name(f.lines[name])
        and _free_title(f, title, taken)
        and not _is_name(f.lines[title])
        and _words(f.lines[title]) > _words(line)
    )


def _role_under_byline(f: _Features, index: int, taken: set[int]) -> bool:
    """ "By Colin Reyes" / "Parliament Bureau Chief" / "Daily Courier" / "Posted …": a short
    line that is no sentence right under a byline, right over a stamp or a publisher's name,
    under a free title, is the author's role (the byline's second line), never a headline."""
    line = f.lines[index]
    byline = _nonblank(f, index, -1)
    under = _nonblank(f, index, 1)
    return (
        byline is not None
        and under is not None
        and byline not in taken
        and f.bylines[byline]
        and _words(line) <= _SHORT_NAME_WORDS
        and not _is_prose(line)
        and (f.stamp(under) is not None or _is_name(f.lines[under]))
        and _free_title(f, byline - 1, taken)
    )


def _retitled_over_role(f: _Features, card: _Card, taken: set[int]) -> bool:
    """When the card's title is an author's role under a byline (``_role_under_byline``),
    retitle the card with the line over the byline, or with the headline over that line
    when it is a short standfirst (``_short_deck_under``); whether it was."""
    if not _role_under_byline(f, card.title, taken):
        return False
    byline = card.title - 1
    while not f.lines[byline]:
        byline -= 1
    card.title = card.start = byline - 1
    if _short_deck_under(f, card.title, taken):  # headline / deck / "By …" / role
        card.deck = card.deck_from = card.title
        card.title = card.start = card.title - 1
    return True


def _short_deck_under(f: _Features, deck: int, taken: set[int]) -> bool:
    """``deck``, over the byline, is a short standfirst ("Rules start in March") under a
    longer free title, the headline: a kicker over a headline is shorter than it, not
    longer."""
    above = deck - 1
    return (
        _free_title(f, above, taken)
        and not _is_name(f.lines[above])
        and not _is_prose(f.lines[deck])
        and _words(f.lines[above]) > _words(f.lines[deck])
    )


def _find_lead_title(f: _Features, begin: int, stop: int, skip: set[int]) -> int | None:
    """First title-like line in [begin, stop) that is followed by prose; another title-like
    line before the prose is the headline when a menu stands between them (``_under_menu``),
    when a kicker does (``_after_kicker``) or when it shares clearly more words with the URL's
    slug. Between them, summary bullets under a short colon heading ("Key points:") are one
    line of the header, however many."""
    lines = f.lines
    for index in range(begin, stop):
        line = lines[index]
        if not line or index in skip or not f.is_title(index):
            continue
        if _is_name(line) and _words(line) <= _SHORT_NAME_WORDS:
            continue  # a site or section name, not a headline
        if ends_with_photo_note(line):
            continue  # a caption: "… in Tokyo. (File photo)" / "Image: AFP"
        if index + 1 < stop and is_price_offer(lines[index + 1]):
            continue  # an offer's name over its price: "Digital + Print" / "$6.99 a week"
        if (index + 1 < stop and _breadcrumb_over(line, lines[index + 1])) or _bylined_pair_in_list(
            f, index
        ):
            continue  # "Home / India / Headline" over the headline; title / "di Author" / title
            # / "di Author": a list's items, no header
        others = names = 0
        listed = False  # under a list's colon heading ("Key points:"): its items are one line
        for after in range(index + 1, stop):
            other = lines[after]
            if not other or f.is_meta(after) or after in skip or _lead_picture(f, after):
                continue
            if _is_prose(other) and not _quote_headline_under_kicker(f, index, after):
                title = _after_kicker(f, _under_menu(f, index, after, skip), after, skip)
                return _own_headline(f, title, after, stop, skip)
            if _is_name(other) and names < _MAX_NAMES_BETWEEN:
                names += 1
                continue
            if listed and f.is_title(after):
                continue
            listed = other[-1] == ":" and _words(other) <= _KICKER_MAX_WORDS
            others += 1
            if others > _MAX_BETWEEN:
                break
    return None


def _lead_picture(f: _Features, index: int) -> bool:
    """A picture's labelled credit alone on its line ("Photograph: Jane Bown/The Observer"),
    or the caption right over it: a photo printed over the header or under it, neither the
    text's first sentence nor a line of the header. A caption reads as prose; under a
    masthead and its menu, it would make the masthead a headline over text."""
    credit = _nonblank(f, index, 1) if _is_prose(f.lines[index]) else index
    return credit is not None and _picture_credit_alone(f.lines[credit])


def _picture_credit_alone(line: str) -> bool:
    """A credit line that says it is a picture's, with no caption before it on the line."""
    found = split_credit(line)
    return found is not None and not found[0] and credits_a_picture(line)


def _bylined_pair_in_list(f: _Features, title: int) -> bool:
    """Whether ``title`` and the byline right under it are one of a run of such pairs (title
    / "di Tommaso Ciriaco" / title / "di Paolo Mastrolilli"): a home page's list of cards
    that print only their author (README: a title with only a byline is navigation). An
    article's header prints one headline over its byline; the text, a stamp or a deck
    stands under it, not the next headline and its byline. A stamp right under the lower
    pair closes a header (headline / "By Ann Lee" / a question deck / "Photographs by Tom
    Hart" / stamp): a list of cards that print only their author prints no stamp."""
    byline = _nonblank(f, title, 1)
    if byline is None or not f.bylines[byline]:
        return False
    below = _nonblank(f, byline, 1)
    above = _nonblank(f, title, -1)
    stamped = below is not None and f.times[below] is not None  # (under this title's byline)
    return (
        below is not None and _bylined_title(f, below, 1) and not _stamp_under_byline(f, below)
    ) or (not stamped and above is not None and _bylined_title(f, above, -1))


def _stamp_under_byline(f: _Features, title: int) -> bool:
    """Whether a time stamp stands right under the byline under ``title``."""
    byline = _nonblank(f, title, 1)
    stamp = _nonblank(f, byline, 1) if byline is not None else None
    return stamp is not None and f.times[stamp] is not None


def _bylined_title(f: _Features, line: int, step: int) -> bool:
    """Whether the line at ``line`` is a title with a byline on the side ``step`` points to
    away from it (1: under it, a title; -1: it is the byline and a title is over it). The
    title is title-like or a headline of a quote or question (``_headline_shaped``)."""
    title, byline = (line, _nonblank(f, line, 1)) if step == 1 else (_nonblank(f, line, -1), line)
    return (
        title is not None
        and byline is not None
        and f.bylines[byline]
        and (f.is_title(title) or _headline_shaped(f.lines[title]))
    )


def _quote_headline_under_kicker(f: _Features, kicker: int, line: int) -> bool:
    """ "Interview zum Pendlerverkehr" / "«Der Halbstundentakt nach Bern ist am Anschlag»":
    a headline that is a quote or a question (``_headline_shaped``: no full stop closes it)
    right under a kicker of at most ``_KICKER_MAX_WORDS`` words, and longer: it ends like a
    sentence but is the headline, and the kicker is none (``_after_kicker`` takes it)."""
    return (
        _nonblank(f, kicker, 1) == line
        and _words(f.lines[kicker]) <= _KICKER_MAX_WORDS
        and _words(f.lines[line]) > _words(f.lines[kicker])
        and _headline_shaped(f.lines[line])
    )


def _lead_title(f: _Features, stop: int, skip: set[int]) -> int | None:
    """The lead's headline before ``stop`` (the first card): a sentence headline over the
    page's first byline or stamp (``_sentence_headline``), else the first title-like line
    over prose, unless a run of prose stands above it (``_title_over_text``)."""
    if (sentence := _sentence_headline(f, stop, skip)) is not None:
        return sentence
    title: int | None = _find_lead_title(f, 0, stop, skip)
    over_text = _title_over_text(f, stop if title is None else title, skip)
    if over_text is not None:
        return over_text
    if title is None:
        return None
    return _short_headline_under(f, title, skip)


def _sentence_headline(f: _Features, stop: int, skip: set[int]) -> int | None:
    """ "The Fed cut rates again. It may not be enough." / standfirst / "By …" / date: a
    headline written as a sentence, which its full stop keeps from being title-like. The
    header's shape proves it: the upper of at most ``_HEADLINE_DECK_LINES`` lines (headline,
    standfirst) over the page's first byline or stamp, with only a few short author lines
    between (name, role) and only short lines above (site name, kicker, menu), and a
    sentence under the stamp. The headline holds the full stop (a kicker over a sentence
    headline stays no headline), and no title-like line stands right over it ("Incendie à
    Bourges" over its standfirst is the headline, short as it is)."""
    header = next((i for i in range(stop) if f.bylines[i] or f.stamp(i) is not None), None)
    if header is None or not _sentence_under(f, header, stop):
        return None
    above = [i for i in range(header) if f.lines[i] and not f.is_meta(i)]
    while len(above) > 1 and _header_note(f.lines[above[-1]]):
        above.pop()  # the author's name and role over the stamp
    notes = [_header_note(f.lines[i]) for i in above]
    count = len(notes) - notes[::-1].index(True) if True in notes else 0
    if not 1 <= len(notes) - count <= _HEADLINE_DECK_LINES or not all(notes[:count]):
        return None  # (over the headline and standfirst: the kicker, menu and site name only)
    headline = above[count]
    line = f.lines[headline]
    return (
        headline
        if headline not in skip
        and not f.is_title(headline)
        and not (count and f.is_title(above[count - 1]))  # (a short headline over a standfirst)
        and _words(line) <= _HEADLINE_MAX_WORDS
        and line[0].isupper()
        and (line[-1] == "." or _two_sentences(line))
        else None
    )


def _header_note(line: str) -> bool:
    """A short line of a header that is no sentence: a site or author name, a kicker, a role."""
    return _is_name(line) or (
        _words(line) <= _HEADER_NOTE_MAX_WORDS and line[-1] not in _SENTENCE_END
    )


def _sentence_under(f: _Features, header: int, stop: int) -> bool:
    """The first line under a header's byline and stamp lines is a sentence. A line without
    a letter there is a button's count ("Comment" / "214"), no line of the text."""
    under = next(
        (
            i
            for i in range(header + 1, stop)
            if f.lines[i] and not f.is_meta(i) and _has_letter(f.lines[i])
        ),
        None,
    )
    return under is not None and f.lines[under][-1] in _SENTENCE_END


def _has_letter(line: str) -> bool:
    return any(char.isalpha() for char in line)


def _short_headline_under(f: _Features, title: int, skip: set[int]) -> int:
    """The headline too short to read as a title (``_short_heading``: "Brücke gesperrt")
    right under ``title`` and right over the header (byline, stamp) over the text, when its
    news is the text's first sentence's (``tells_headline``) and ``title``'s is not: ``title``
    is then a module's heading over the story ("Aktuell aus der Region"), else ``title``."""
    heading = _nonblank(f, title, 1)
    header = None if heading is None else _nonblank(f, heading, 1)
    if heading is None or header is None or not f.is_meta(header):
        return title
    prose = next((i for i in range(header, len(f.lines)) if f.lines[i] and not f.is_meta(i)), None)
    if prose is None or not _is_prose(f.lines[prose]):
        return title
    sentence = f.lines[prose]
    return (
        heading
        if _short_heading(f, heading, skip)
        and tells_headline(f.lines[heading], sentence)
        and not tells_headline(f.lines[title], sentence)
        else title
    )


def _short_headline(f: _Features, stop: int, skip: set[int], printed: str) -> int | None:
    """The headline of a page's only text (no card under it: ``stop`` is the page's end)
    whose heading is too short to read as a title ("Our appeal", "Farewell, Tom", "Award
    for Courier" over two paragraphs): the line right over the page's first sentence, of
    at most ``_KICKER_MAX_WORDS`` words, no sentence, no meta line, no menu link
    (``_menu_item``: "News") and no name (``_is_name``: a columnist's "Margaret Hill" over
    her column, "Dr Aisha Khan" over a bio), printed right over it in the page as fetched
    (``printed``, ``_printed_over``). Fail soft: a story must give its article; whether the text is
    one or a wall's notice is the lead's verdict's (``split_no_article.holds_story``). A
    short heading over a stamp over a few sentences is as likely a placeholder ("Election
    night" / "Updated 5 minutes ago" / "Our live coverage will begin here at 9pm")."""
    if stop != len(f.lines):
        return None
    prose = next(
        (i for i in range(stop) if f.lines[i] and _is_prose(f.lines[i]) and not f.is_meta(i)),
        None,
    )
    if prose is None:
        return None
    heading = next((index for index in range(prose - 1, -1, -1) if f.lines[index]), None)
    if heading is None:
        return None
    short = _short_heading(f, heading, skip)
    return heading if short and _printed_over(printed, f.lines[heading], f.lines[prose]) else None


def _short_heading(f: _Features, index: int, skip: set[int]) -> bool:
    """A heading too short to read as a title: at most ``_KICKER_MAX_WORDS`` words, no
    sentence, no meta line, no menu link (``_menu_item``: "News") and no name
    (``_is_name``: a columnist's "Margaret Hill", a section's "Local News")."""
    line = f.lines[index]
    return (
        index not in skip
        and not f.is_meta(index)
        and _words(line) <= _KICKER_MAX_WORDS
        and line[-1] not in _SENTENCE_END
        and (line[0].isupper() or line[0].isdigit())
        and not _menu_item(f, line)
        and not _is_name(line)
    )


def _short_headline_over_stamp(
    f: _Features, cards: list[_Card], skip: set[int]
) -> tuple[int, int] | None:
    """(headline, the next card: where its text stops) of a story whose headline is a short
    one (``_short_heading`` and a title's length: "Sturmwarnung für Sonntag", read as a
    card's title over its stamp) printed over its stamp, its standfirst without a full stop
    (a longer title-like line) and its text: the page's first stamp, a bare one (a topic's
    name over "Source · stamp" heads a list), with no sentence above it, has such a heading
    right over it and the standfirst right under it, over ``_SHORT_STORY_PARAGRAPHS`` paragraphs
    (a card's summary is one) whose first tells the heading's news (``tells_headline``: a
    tagline over the day's date speaks of other things). Else the standfirst reads as the
    headline, or the heading as a card's title over its stamp. The cards read from the
    header leave ``cards`` and their lines ``skip``."""
    if not f.stamp_lines:
        return None
    stamp = f.stamp_lines[0]
    heading = _nonblank(f, stamp, -1)
    deck = _nonblank(f, stamp, 1)
    prose = None if deck is None else _nonblank(f, deck, 1)
    if heading is None or deck is None or prose is None or f.metas[stamp] or f.bylines[stamp]:
        return None  # (a "Source · stamp" line under a topic's name opens its first card)
    if any(line and _is_prose(line) for line in f.lines[:heading]):
        return None  # (a text above: the heading is no story's headline)
    header = [card for card in cards if heading <= card.title <= deck]  # (read as cards)
    own = {index for card in header for index in range(card.start, card.body_from)}
    if not (
        _short_heading(f, heading, skip - own)
        and f.is_title(heading)  # (a shorter one is as likely a kicker: "Ukraine war")
        and f.is_title(deck)
        and _words(f.lines[deck]) > _words(f.lines[heading])
        and _is_prose(f.lines[prose])
        and not f.is_meta(prose)
        and tells_headline(f.lines[heading], f.lines[prose])
    ):
        return None
    stop = next((c.start for c in cards if not c.inline and c.start > deck), len(f.lines))
    texts = (i for i in range(prose, stop) if _is_prose(f.lines[i]) and not f.is_meta(i))
    paragraphs = sum(1 for _ in islice(texts, _SHORT_STORY_PARAGRAPHS))
    if paragraphs < _SHORT_STORY_PARAGRAPHS or _closed_by_bare_stamp(f, prose):
        return None  # (a card's summary: a list's heading over its first card; E-7)
    for card in header:  # (the header's lines are the lead's: no card's)
        cards.remove(card)
    skip.difference_update(own)
    return heading, stop


_SHORT_STORY_PARAGRAPHS = 2


def _closed_by_bare_stamp(f: _Features, prose: int) -> bool:
    """The paragraphs from line ``prose`` end on a bare stamp line ("09.03.2026"): a card's
    summary closed by its date, as the next cards' are (auditor E's E-7); a story's text
    runs on to a heading ("Weitere Meldungen") or the page's end."""
    index = prose
    while index < len(f.lines) and (not f.lines[index] or _is_prose(f.lines[index])):
        index += 1
    return index < len(f.lines) and f.stamp(index) == f.lines[index] and not f.metas[index]


def _printed_over(printed: str, heading: str, sentence: str) -> bool:
    """The page as fetched (``printed``) prints the ``heading`` right over the ``sentence``
    (blank lines aside): clean took no line out between them. A wall's own heading ("Error
    500", "This article is no longer available") goes as furniture and leaves the masthead
    or a menu link right over its text. A line clean joined or reworded finds no match:
    fail soft, no heading (the page gives what it gave without one)."""
    previous = ""
    for raw in printed.split("\n"):
        line = " ".join(raw.split())
        if not line:
            continue
        if previous == heading and sentence.startswith(line[:_PRINTED_PREFIX_CHARS]):
            return True
        previous = line
    return False


_PRINTED_PREFIX_CHARS = 40  # (the sentence's opening: clean may have joined lines after it)


def _lead_header(
    f: _Features, cards: list[_Card], stop: int, skip: set[int], printed: str
) -> tuple[int | None, int, bool]:
    """(the lead's headline, where its text stops, whether the headline is only a short
    heading): over the first card (``_lead_title``), else under a rail of cards
    (``_lead_under_rail``), else a short heading over the page's only text
    (``_short_headline``; ``printed``: the page as fetched); ``stop`` is the first card."""
    title = _lead_title(f, stop, skip)
    if title is not None:
        return title, _past_bylined_card(f, cards, title, skip) or stop, False
    if (over_card := _sentence_headline_over_card(f, cards, skip)) is not None:
        return (*over_card, False)
    if (over_stamp := _short_headline_over_stamp(f, cards, skip)) is not None:
        return (*over_stamp, False)
    if (under_rail := _lead_under_rail(f, cards, skip)) is not None:
        return (*under_rail, False)
    return _short_headline(f, stop, skip, printed), stop, True


def _sentence_headline_over_card(
    f: _Features, cards: list[_Card], skip: set[int]
) -> tuple[int, int] | None:
    """(headline, the next card: where its text stops) of a story whose headline is a
    sentence (``_sentence_headline``: "Rents are not the problem. Zoning is.") right over
    its standfirst without a full stop, which reads as the first card's title over the
    byline and stamp: the card is the lead's header (it leaves ``cards``, its lines
    ``skip``), and the standfirst is the text's first line. The byline proves it: a
    topic's description over its first teaser (title / date / summary) is no headline."""
    listed = [card for card in cards if not card.inline]
    if not listed:
        return None
    card = listed[0]
    stop = listed[1].start if len(listed) > 1 else len(f.lines)
    if not any(f.bylines[card.title + 1 : card.body_from]):
        return None
    own = set(range(card.start, card.body_from))
    headline = _sentence_headline(f, stop, skip - own)
    if headline is None or _nonblank(f, headline, 1) != card.start:
        return None
    cards.remove(card)
    skip.difference_update(own)
    return headline, stop


def _past_bylined_card(f: _Features, cards: list[_Card], title: int, skip: set[int]) -> int | None:
    """The next card (where the lead's text stops) when the first card, right under the
    headline and its standfirst, opens with a person's bare name over its stamp
    ("Anne Hähnig" / "30. November 2026" / "Wie geht es der Stadt?" / answer / question …)
    and its text runs on for lines: that name and stamp are the lead's byline and date,
    and the short line under them its text's first (an interview's first question), no
    card's title. The card leaves ``cards``, its lines ``skip``. A list's card prints one
    summary line, and a headline with no standfirst is no lead's over a card."""
    listed = [card for card in cards if not card.inline]
    if not listed:
        return None
    card = listed[0]
    stop = listed[1].start if len(listed) > 1 else len(f.lines)
    deck = _nonblank(f, title, 1)
    if (
        deck is None
        or _nonblank(f, deck, 1) != card.start
        or card.source is None
        or f.lines[card.start] != card.source
        or not (
            _author_name(card.source)
            or (_person_name(card.source) and not outlet_shaped(card.source))
        )  # ("Laurent Léger", a first name the census does not know)
        or sum(1 for line in f.lines[card.body_from : stop] if line) < _RUN_ON_LINES
    ):
        return None
    cards.remove(card)
    skip.difference_update(range(card.start, card.body_from))
    return stop


_RUN_ON_LINES = 2  # text lines under a card's title that make it a text's first ones


def _lead_under_rail(f: _Features, cards: list[_Card], skip: set[int]) -> tuple[int, int] | None:
    """(headline, stop) of a story printed under a rail of cards (title / stamp, no text,
    over "headline / By … / date / paragraphs"): a card after the first whose stamp, its
    last line, has a headline right under it (or under a kicker), over a byline or stamp (a
    standfirst may stand over them: ``_text_under_header``) and a story's text
    (``_story_text``) before the next card; no card over it prints a story's
    text. The header wins over the card's reading (the rail's last title closed at the
    headline); ``stop`` is the next card."""
    listed = [card for card in cards if not card.inline]
    for at, card in enumerate(listed):
        stop = listed[at + 1].start if at + 1 < len(listed) else len(f.lines)
        begin = _past_own_meta(f, card, stop, skip)
        under = next((i for i in range(begin, stop) if f.lines[i]), stop)
        if under == stop:
            continue  # (a bare card of the rail)
        if under in skip:
            return None
        if _is_prose(f.lines[under]):
            if _story_text(f, under, stop):
                return None  # (a card with a story's text: the lead among the cards, if any)
            continue  # (a card's summary)
        if at == 0 or f.stamp(begin - 1) is None:
            continue  # (one card over a header is its own; a rail's card ends with its stamp)
        headline = _find_lead_title(f, under, stop, skip)
        if (
            headline is None
            or not all(  # (a kicker over the headline: "Heritage")
                _words(line) <= _KICKER_MAX_WORDS and not _is_prose(line)
                for line in f.lines[under:headline]
            )
        ):
            continue
        text = _text_under_header(f, headline, stop)
        # (a header without a stamp only over paragraphs in a row: "By …" over three cards'
        # summaries is a column list, audit A's M-A4)
        reach = range(headline + 1, min(stop, headline + _HEADER_LINES))  # (deck, byline, stamp)
        if text is not None and (
            (any(f.stamp(i) is not None for i in reach) and _story_text(f, text, stop))
            or _paragraphs_in_a_row(f, text, stop)
        ):
            return headline, stop
        if (
            headline + 1 < stop
            and _person_name(f.lines[headline + 1])
            and _paragraphs_in_a_row(f, headline + 2, stop)
        ):
            return headline, stop  # (a bare author's name over the text: "Maria Gonzalez")
        return None
    return None


def _paragraphs_in_a_row(f: _Features, begin: int, stop: int) -> bool:
    """``_TEXT_MIN_PARAGRAPHS`` prose paragraphs or more in a row from ``begin``, of
    ``_REAL_BODY_WORDS`` words together: a short story's text under its header (a list's
    summaries have a headline between them)."""
    run = words = 0
    for index in range(begin, stop):
        line = f.lines[index]
        if not line:
            continue
        if not _is_prose(line) or f.is_meta(index):
            break
        run, words = run + 1, words + _words(line)
    return run >= _TEXT_MIN_PARAGRAPHS and words >= _REAL_BODY_WORDS


def _past_own_meta(f: _Features, card: _Card, stop: int, skip: set[int]) -> int:
    """The line under a card's own source and stamp lines printed under its title (title /
    source / stamp: the card's text starts at its source line, taken with its stamp)."""
    index = card.body_from
    while (
        index < stop
        and index in skip
        and (f.stamp(index) is not None or f.lines[index] == card.source)
    ):
        index += 1
    return index


def _text_under_header(f: _Features, headline: int, stop: int) -> int | None:
    """The first line of a story's text under its headline: a standfirst of at most
    ``_MAX_DECK_LINES`` sentences over a byline or stamp ("headline / deck / By … / date /
    text"), else the paragraph under them; None when no byline or stamp stands over the
    text."""
    deck: list[int] = []
    meta = False
    for index in range(headline + 1, stop):
        if f.bylines[index] or f.stamp(index) is not None:
            meta = True
        elif f.lines[index] and _is_prose(f.lines[index]):
            if meta:
                return deck[0] if deck else index
            if len(deck) == _MAX_DECK_LINES:
                return None
            deck.append(index)
    return None


def _title_over_text(f: _Features, stop: int, skip: set[int]) -> int | None:
    """The headline of a text no title-like line stands over (``stop``: the first card, or
    the title-like line found under the text): the first run of prose paragraphs in
    [0, stop) (``_TEXT_MIN_PARAGRAPHS``, twice ``_REAL_BODY_WORDS``) under a header with a
    byline or stamp; the headline is the line over that header, whatever its shape (a
    headline glued to its standfirst), or the nearest of the short lines over it when no
    other stands there (the headline was not in the page's text). Fail soft: an article
    with an odd title rather than none; a notice (404, consent wall) prints no byline or
    stamp over its text."""
    if not (f.stamp_lines and f.stamp_lines[0] < stop) and not any(f.bylines[:stop]):
        return None  # (no header to stand under: the quick test)
    first = _prose_run(f, stop, skip)
    if first is None:
        return None
    header = False
    nearest = None  # the short line nearest over the header
    for index in range(first - 1, -1, -1):
        line = f.lines[index]
        if not line or f.is_meta(index):
            header = header or f.stamp(index) is not None or f.bylines[index]
        elif not (_is_name(line) or (_words(line) <= _HEADER_MAX_WORDS and not _is_prose(line))):
            return index if header and index not in skip else None
        elif header and nearest is None:
            nearest = index
    return nearest if nearest not in skip else None


def _own_headline(f: _Features, title: int, prose: int, stop: int, skip: set[int]) -> int:
    """The headline among the title-like lines from ``title`` to the first sentence, or on
    to the first stamp under it (a consent banner's sentence over the headline): one that
    shares clearly more words with the URL's slug than ``title`` (``title`` is then a
    weather alert, a promo or a skip link over the story's headline), ``title``'s own
    end printed again on its own (a sticky header's "Section|Headline" over the headline),
    or the first one under a ``title`` that prints a time of day ("Flood Watch until 9 PM"
    over the headline)."""
    best, best_shared = title, 0
    at = bisect_right(f.stamp_lines, title)
    stamp = f.stamp_lines[at] if at < len(f.stamp_lines) else stop
    timed = _time_of_day(f.lines[title])
    for index in range(title + 1, max(prose, min(stamp, stop))):
        line = f.lines[index]
        if index in skip or not f.is_title(index):  # (a blank line is no title)
            continue
        if index < prose and f.lines[title].endswith(line) and len(f.lines[title]) > len(line):
            return index
        if timed and index < prose and not _is_name(line):
            return index
        if (shared := f.slug_shared(index)) > best_shared and f.slug_prefers(index, title):
            best, best_shared = index, shared
    return best


def _under_menu(f: _Features, title: int, prose: int, skip: set[int]) -> int:
    """The headline nearest the first sentence (that sentence itself when it reads as a
    title: a headline with a full stop) when a menu stands between it and ``title``
    (``_MENU_LINKS`` one-word, section or repeated names: "Skip navigation" / site /
    "Economy" / "Retail" / headline / text): ``title`` is the page's chrome over the menu, not
    the headline (an author's and a newsroom's names between a headline and its
    standfirst are no menu); or when ``title`` is itself one of the menu's links
    (``_inside_menu``: "News / Traffic and travel / Sport / What's On / headline / text")."""
    nearest = next(
        (
            index
            for index in range(prose, title, -1)
            if _menu_headline(f, index, skip) and not _unstopped_deck_under(f, index, title, skip)
        ),
        title,
    )
    menu = sum(1 for index in range(title + 1, nearest) if _menu_item(f, f.lines[index]))
    return nearest if menu >= _MENU_LINKS or _inside_menu(f, title, nearest) else title


def _menu_headline(f: _Features, index: int, skip: set[int]) -> bool:
    """A title-like line at ``index`` longer than a kicker, no name and no caption: a
    headline under a menu (``_under_menu``)."""
    return (
        _free_title(f, index, skip)
        and not _is_name(f.lines[index])
        and _words(f.lines[index]) > _KICKER_MAX_WORDS
        and not ends_with_photo_note(f.lines[index])  # (the lead photo's caption)
    )


def _unstopped_deck_under(f: _Features, index: int, title: int, skip: set[int]) -> bool:
    """The line at ``index`` is a standfirst printed without its full stop right under a
    headline (under ``title``): both of a standfirst's length (``_DECK_MIN_WORDS``; a kicker
    is shorter), so the upper one is the headline ("Los agricultores cortan carreteras en
    seis comunidades …" / "Las organizaciones agrarias mantienen las movilizaciones …")."""
    above = index - 1
    return (
        above > title
        and f.lines[index][-1] not in _SENTENCE_END
        and _words(f.lines[above]) >= _DECK_MIN_WORDS
        and _words(f.lines[index]) >= _DECK_MIN_WORDS
        and _menu_headline(f, above, skip)
    )


def _inside_menu(f: _Features, title: int, nearest: int) -> bool:
    """A section's name (``is_section_name``: "News", "Sport"; not a source's "Reuters" nor
    an author's name the page prints again) stands right over ``title`` and right under
    it, over the ``nearest`` headline: ``title``, of at most ``_KICKER_MAX_WORDS`` words,
    is a menu's link ("Traffic and travel")."""
    if not 0 < title < nearest - 1 or _words(f.lines[title]) > _KICKER_MAX_WORDS:
        return False  # (a longer line between a kicker and a chip is the headline)
    return is_section_name(f.lines[title - 1]) and is_section_name(f.lines[title + 1])


def _menu_item(f: _Features, line: str) -> bool:
    """A menu's link or a section kicker: a one-word name, a section's, or one the page
    prints again."""
    return _is_name(line) and (
        " " not in line or is_section_name(line) or line.casefold() in f.repeated
    )


def _after_kicker(f: _Features, title: int, prose: int, skip: set[int]) -> int:
    """The headline between ``title`` and its first sentence when a section kicker stands
    between them: "S'abonner à partir de 1 €" / "Politique" / headline / standfirst; also
    under a notice of the story's age ("This was published 5 months ago"), and a longer line
    in lower case under a ``title`` in capitals (a kicker: sites set headlines in lower case).
    """
    lines = f.lines
    # "Finance & economics" / headline; a short headline the URL's slug spells is none
    kicker = (
        _words(lines[title]) <= _KICKER_MAX_WORDS
        or _age_notice(lines[title])
        or _dachzeile(f, title, prose)
    ) and not _slug_headline(f, title)
    capitals = lines[title].isupper()  # "CUP FINAL | ROVERS 2 - CITY 1" / headline
    for index in range(title + 1, prose):
        line = lines[index]
        if not line or f.is_meta(index) or index in skip:
            continue
        if (
            (kicker or (capitals and not line.isupper()))
            and f.is_title(index)
            and not _is_name(line)
            and _words(line) > _words(lines[title])
        ):
            return index
        kicker = _menu_item(f, line) or (kicker and _chip_under_kicker(f, index))
    return title


def _chip_under_kicker(f: _Features, index: int) -> bool:
    """A short line at ``index`` that is neither a title nor a sentence ("Fausse
    information", a fact check's rating; "Français", a language switch) under a kicker or a
    menu's link: one more chip of that run over the headline, no headline itself."""
    line = f.lines[index]
    return (
        _words(line) <= _KICKER_MAX_WORDS
        and line[-1] not in _SENTENCE_END
        and not f.is_title(index)
        and not _is_prose(line)
    )


def _dachzeile(f: _Features, title: int, prose: int) -> bool:
    """ "Streik bei der Bahn" / "GDL kündigt 48-stündigen Ausstand an" / standfirst / stamp:
    a kicker of a few words (at most ``_DACHZEILE_MAX_WORDS``) stacked right over a longer
    headline, which stands right over the standfirst, and the header's stamp right under
    that, or under the byline there ("Ein Interview von Tim Bartz" / stamp; then a headline
    of fewer than twice the kicker's words, no deck): the headline is
    the line next to the standfirst, not the shorter one over it (a
    headline over a longer caption has no stamp under the text that follows; a short
    headline over its deck, standfirst and byline is the title, the deck no headline). A
    line longer than a headline runs under a short one is that headline's sub-headline
    ("Tesla cuts prices again" / "Carmaker lowers prices of its … for a third time this
    year")."""
    headline = _nonblank(f, title, 1)
    under = _nonblank(f, prose, 1)
    if under is not None and f.bylines[under]:
        under = _nonblank(f, under, 1)
        # (a deck over a byline runs much longer than its short headline: "Airline cuts
        # winter flights" / "The carrier will drop twelve routes from January" / "By …")
        if headline is None or _words(f.lines[headline]) >= 2 * _words(f.lines[title]):
            return False
    return (
        _words(f.lines[title]) <= _DACHZEILE_MAX_WORDS
        and headline is not None
        and _nonblank(f, headline, 1) == prose
        and _words(f.lines[title]) < _words(f.lines[headline]) <= _HEADLINE_MAX_WORDS
        and under is not None
        and f.stamp(under) is not None
    )


def _slug_headline(f: _Features, title: int) -> bool:
    """A short headline the URL's slug spells (``slug_spelled``: "Margaret Hale obituary"
    on ".../margaret-hale-obituary") over its header: a standfirst, a byline or stamp, then
    the text (``_text_under_header``). A topic page's slug spells its heading too, but a
    card's stamp under its summary makes no header over a text."""
    return f.slug_spelled(title) and _text_under_header(f, title, len(f.lines)) is not None


def _staff_role(f: _Features, index: int) -> bool:
    """``index`` ends on a newsroom's role ("Chief political correspondent", "Corrections and
    clarifications column editor" under "Corrections and clarifications"): the byline's
    slot under the headline, not a longer headline under a kicker. A few words, or the line
    over it repeated before the role: a headline ending on a role ("Harbour Gazette names
    Ann Lee as its new editor") tells of someone, in more words."""
    line = f.lines[index]
    if line[-1] in _SENTENCE_END or line.casefold().rsplit(" ", 1)[-1] not in _newsroom_roles():
        return False
    over = f.lines[index - 1] if index > 0 else ""
    return _words(line) <= _STAFF_ROLE_WORDS or (bool(over) and line.startswith(f"{over} "))


def _without_kicker(headline: str) -> str:
    """The headline without a kicker of two or more words in capitals glued before it by a
    dash or a bar ("HARBOUR WATCH — Ferry operator cuts …"): sites set headlines in lower
    case. Fail soft: a headline left in capitals, a one-word one ("NHS: …", "EU – …") and
    one with no words in lower case after the mark stay whole."""
    match = _GLUED_KICKER.match(headline)
    if (
        match is None
        or not match["kicker"][0].isalpha()
        or len(match["kicker"].split()) < 2  # (a one-word kicker is part of the headline)
        or not match["kicker"].isupper()
        or match["rest"].isupper()
        or not match["rest"][0].isupper()  # (a headline starts with a capital)
    ):
        return headline
    return match["rest"]


# (no lower case in the kicker: the first run of capitals before " — ", " – ", " | "; one
# lazy class so a long line of capitals without a mark is read once)
_GLUED_KICKER = re.compile(r"^(?P<kicker>[^a-z|—–]+?) [—–|] (?P<rest>\S.+)$")


def _lead_meta(f: _Features, title: int, stop: int) -> tuple[str | None, str | None]:
    """Source and time printed with the lead: above its title and in its header."""
    source: str | None = None
    kicker = False  # a name over the headline: the publisher, or as likely a section kicker
    over = _over_audience(f, title - 1)
    if over >= 0 and f.sources[over]:
        source = f.sources[over]  # "Source: BBC News" above the headline
    elif (
        over >= 0
        and _publisher_over(f, f.lines[over])
        and not _noted_author(f, f.lines[over], title + 1, stop)
        and not _topic_kicker(f, f.lines[over], f.lines[title])
        and not _subsection(f, over)
        and not _menu_link_again(f, over)
    ):
        source = f.lines[over]
        kicker = not _agency_name(source)
    elif over >= 0 and (publisher := _publisher_over_section(f, over, set())) is not None:
        source = f.lines[publisher]  # "Norwire" / "ECONOMY" / headline
    end, deck = title + 1, False
    while end < stop:
        line = f.lines[end]
        if not line or _header_line(f, end):
            end += 1
        elif not deck and (under := _nonblank(f, end, 1)) is not None and under < stop:
            if not _header_line(f, under):
                break
            # a standfirst between the title and the byline/stamp (a links box between them
            # taken out: "Más información" / link)
            deck, end = True, end + 1
        else:
            break
    stamped = False
    for index in range(title + 1, end):
        line = f.lines[index]
        named = (
            f.sources[index]
            or f.meta_name(index)
            or _agency_byline(line, f, index)
            or _reporters_agency(f, index)
            # "PTI" alone in the byline's place (after the stamp: a ticker chip, "ASML")
            or (line if not stamped and _bare_acronym(line, f) else None)
            or (line if _agency_name(line) else None)  # "Associated Press" under the byline
            or _agency_before_place(line)
            # a publisher over the story's reading time ("Valley Tribune" / "·" / "3 min
            # read": a portal's attribution, ``CleanPage.chip_sources``)
            or (line if index in f.chip_sources and _is_publisher(line, f) else None)
        )
        newsroom = _newsroom_byline(f, index) if not named and (source is None or kicker) else None
        stamped = stamped or f.stamp(index) is not None
        if newsroom:  # (asked only while source is None or kicker)
            source, kicker = newsroom, False  # "By PA Media" outranks "National News" over it
        elif named and (source is None or (kicker and _agency_name(named))):
            # a news agency the header names ("By <NAME>" / "<agency>") outranks a name
            # over the headline ("<section>" / headline)
            source, kicker = named, False
    return source, _cluster_stamp(f, title + 1, end)


def _header_line(f: _Features, index: int) -> bool:
    """A line of the lead's header under its headline: a byline or stamp, a name, a photo's
    caption with its credit, an agency's name and the story's place ("Press Trust of India
    New Delhi")."""
    line = f.lines[index]
    return (
        f.is_meta(index)
        or _is_name(line)
        or split_credit(line) is not None
        or _agency_before_place(line) is not None
    )


def _menu_link_again(f: _Features, kicker: int) -> bool:
    """The name over the headline was printed first among the menu's links, a short line
    between two others ("Fox Sports" / "NRL" / "AFL" … "NRL" / headline): the section the
    story is filed in, as a kicker, even in capitals ("NRL", "NFL"), no publisher."""
    first = f.first_printed.get(f.lines[kicker].casefold())
    return (
        first is not None
        and 0 < first < kicker - 1
        and all(
            f.lines[near]
            and _words(f.lines[near]) <= _KICKER_MAX_WORDS
            and not _is_prose(f.lines[near])
            for near in (first - 1, first + 1)
        )
    )


def _newsroom_byline(f: _Features, index: int) -> str | None:
    """A newsroom's name in the byline's place: after its reporters' names past a comma
    ("Ann Lee and Tom Ward, Harbour News"), or alone or after "By" right over the stamp
    ("PA Media", "By Harbour Wire", a known agency's desk: "Estadão Conteúdo"; there a
    "News" or "Press" name is as often a section's or a staff line's, and a name over a
    caption is its credit): the story's source."""
    line = f.lines[index]
    over_stamp = index + 1 < len(f.lines) and f.stamp(index + 1) is not None
    if not over_stamp and ", " not in line:
        return None  # (the quick test: most lines are neither form)
    credit = _without_by(line)
    names, _, tail = credit.rpartition(", ")
    if names:
        # (a news agency's name there too: "Anna Berger, APA", "Jan Peeters, Belga")
        newsroom = _newsroom(tail, _newsroom_words()[1]) or _agency_name(tail)
        return tail if newsroom and _reporters(names) else None
    newsroom = _newsroom(credit, _newsroom_words()[0]) or _agency_led(credit)
    return credit if over_stamp and newsroom else None


def _without_by(line: str) -> str:
    """The byline's names without its "By" ("By Ann Lee, PA" → "Ann Lee, PA")."""
    match = _BYLINE.match(line)
    return line[match.end() - 1 :] if match is not None else line


def _reporters(names: str) -> bool:
    """ "Ann Lee and Tom Ward": one or more persons' names, joined."""
    return all(map(_person_name, _AUTHORS_JOINED.split(names)))


def _named_after_reporters(f: _Features, name: str, begin: int, stop: int) -> bool:
    """The name is printed again after the reporters' names in a byline of the header
    ("USA TODAY" / headline / "Doyle Rice, USA TODAY"): the story's publisher, whatever its
    case, and no section's kicker (no byline names its section)."""
    tail = ", " + name
    return any(
        line.endswith(tail) and _reporters(_without_by(line)[: -len(tail)])
        for line in f.lines[begin : min(stop, begin + _BYLINE_ECHO_LINES)]
    )


_BYLINE_ECHO_LINES = 3  # (a standfirst, the byline, the stamp: under the headline)


def agency_in_byline(f: _Features, index: int) -> str | None:
    """A news agency or newsroom the byline names after its reporters or in their place
    ("Anna Berger, APA", "By Jane Doe | Associated Press", "PA Media" over the stamp): the
    story's source, also a live blog's, whose header prints it the same way."""
    return _reporters_agency(f, index) or _newsroom_byline(f, index)


def _newsroom(name: str, last_words: frozenset[str]) -> bool:
    """A name that ends in a word a newsroom calls itself by (``last_words``: "PA Media",
    "Harbour Wire"), two to four words: no person's name."""
    words = name.split()
    return (
        1 < len(words) <= _NEWSROOM_MAX_WORDS
        and _is_name(name)
        and not is_section_name(name)
        and words[-1].casefold() in last_words
    )


_NEWSROOM_MAX_WORDS = 4
_AUTHORS_JOINED = re.compile(r", | and | & | und | et | y | e | en ")


@lru_cache(maxsize=1)
def _newsroom_words() -> tuple[frozenset[str], frozenset[str]]:
    """What newsrooms call themselves (data/newsroom_words.txt): alone
    (``_newsroom_names``), and after the reporters' names."""
    alone = _newsroom_names()
    return alone, alone | word_sections("newsroom_words.txt")["reporters"]


def _reporters_agency(f: _Features, index: int) -> str | None:
    """A news agency named in a byline after its reporters, past a comma or a bar ("By Jane
    Doe, Associated Press", "By JANE DOE | The Associated Press"), in brackets ("Author: JANE
    DOE (Associated Press)") or after their names set in capitals ("By JANE DOE and JOHN ROE
    Associated Press"): the story's source. A bracket naming no agency is a note, passed
    over ("By Jane Doe, Associated Press (Updated)"). A byline printed with its stamp is
    read without it ("By Jane Doe, The Canadian Press on November 28, 2026.")."""
    line, stamp = f.lines[index], f.stamp(index)
    if stamp is not None and line.endswith(stamp) and line != stamp:
        line = line[: -len(stamp)].rstrip(" ,|·-–—")
    elif not f.bylines[index]:
        return None
    match = _BYLINE.match(line)
    if match is None:
        return None
    bracketed = _BRACKETED_TAIL.search(line, match.end())
    if bracketed is not None:
        if _agency_name(bracketed["name"]):
            return bracketed["name"]
        line = line[: bracketed.start()]
    parts = _BYLINE_TAIL.split(line[match.end() - 1 :])
    tail = parts[-1].strip()
    if len(parts) > 1:
        return tail if _agency_name(tail) else None
    words = tail.split()
    last_capitals = max((i for i, word in enumerate(words) if _in_capitals(word)), default=-1)
    rest = " ".join(words[last_capitals + 1 :])
    return rest if last_capitals > 0 and rest and _agency_name(rest) else None


_BRACKETED_TAIL = re.compile(r" \((?P<name>[^()]{2,40})\)$")  # "… DOE (Associated Press)"


def _in_capitals(word: str) -> bool:
    """A name set in capitals, also one whose prefix keeps its lower case ("McFETRIDGE",
    "MacDONALD", "DeSANTIS"): past the prefix, every letter in capitals."""
    return word.isupper() or (
        len(word) > _CAPITALS_PREFIX + 1 and word[_CAPITALS_PREFIX:].isupper()
    )


_CAPITALS_PREFIX = 3  # "Mc", "Mac", "De", "Le" and the capital after it


def _breadcrumb_kickers(f: _Features, cards: list[_Card]) -> None:
    """A card over a story's text (``_story_text``) is a story: a name over or under its
    headline that is a section of the site (``_section_kicker``) is no publisher."""
    sources = Counter(card.source for card in cards if card.source is not None)
    for number, card in enumerate(cards):
        stop = cards[number + 1].start if number + 1 < len(cards) else len(f.lines)
        if (
            card.source is not None
            and _section_kicker(
                f, card, stop, shared=sources[card.source] > 1, alone=sources.total() == 1
            )
            and _story_text(f, card.body_from, stop)
        ):
            sources[card.source] -= 1
            card.source = None


def _section_kicker(f: _Features, card: _Card, stop: int, *, shared: bool, alone: bool) -> bool:
    """The card's source is the breadcrumb's next step, not its publisher. Never a name
    the publisher tests accept (an agency's, an outlet's, an acronym) nor one another card
    prints as its source; and only with a section's evidence: right under a menu item
    printed again ("Sport" in the menu and over "County Final" / headline), a known section
    name, itself a menu item printed again ("Research" among the menu's links and over the
    stamp; a name printed first at the top of the page is the masthead), or a label right
    under the headline over the text it labels ("Synopsis"), or a name over the headline
    that the story under it [card.title, stop) uses (``_named_in_story``) while no other
    card prints a source (``alone``: a portal's cards print their publishers, and a
    publisher's story may name it: "… told Harbour News")."""
    source = card.source
    if (
        source is None
        or _agency_or_outlet(source)
        or _ACRONYM.match(source)
        or shared  # (another card prints it as its source)
    ):
        return False
    if _signs_story(f, source, card.title):
        return False  # (the newsroom signs the story: "Al Jazeera and news agencies")
    first = f.first_printed.get(source.casefold())
    label = card.title + 1
    return (
        _under_menu_item(f, card)
        or is_section_name(source)
        or (
            first is not None
            and first + 1 < card.start  # (not a logo's text right over the name)
            and _among_menu_links(f, first)
        )
        or (
            " " not in source
            and label + 1 < len(f.lines)
            and f.lines[label] == source
            and _is_prose(f.lines[label + 1])
        )
        or (
            alone
            and source in f.lines[card.start : card.title]
            and _named_in_story(f, source, card.title, stop)
        )
    )


def _signs_story(f: _Features, name: str, title: int) -> bool:
    """A short line of the header under the headline (past a standfirst) opens with ``name``
    joined to others ("Al Jazeera and news agencies", "Harbour News with AFP"): the newsroom
    credits itself with the story, so the name over the headline is the publisher's, not a
    section's, even where a breadcrumb or the URL's folders print it (a desk's or a role's
    credit, "Africa and Middle East desk", "Politics and Policy Reporter", is the section's
    staff)."""
    return any(
        line.startswith(name)
        and _CREDIT_JOINED.match(line, len(name)) is not None
        and not _is_prose(line)
        and line.rsplit(maxsplit=1)[-1].casefold() not in _STAFF_CREDIT_WORDS
        for line in f.lines[title + 1 : title + 2 + _MAX_BETWEEN]
    )


# a newsroom's name joined to others in its credit line
_CREDIT_JOINED = re.compile(r"(?:,| and| &| und| et| y| e| with| avec| mit| con| com) \w")
# the last word of a desk's or a role's credit ("Africa and Middle East desk")
_STAFF_CREDIT_WORDS = _STAFF_WORDS | _STAFF_ROLES


def _named_in_story(f: _Features, name: str, begin: int, stop: int) -> bool:
    """Every capitalised word of ``name`` (over a headline) is a word of the story's
    sentences in [begin, stop), inflected or not ("Forestry" over a story quoting the
    "Forestry Officer"; "Rent-Reform" over "… the reform of the rent …"): the story's topic
    or section, not its publisher."""
    words = [word.casefold() for word in _NAME_PARTS.split(name) if word[:1].isupper()]
    if not words:
        return False
    used: set[str] = set()
    for index in range(begin, stop):
        line = f.lines[index]
        if line and _is_prose(line):
            used.update(_WORD.findall(line.casefold()))
    return all(
        any(word == used_word[: len(word)] and len(used_word) - len(word) <= _INFLECTION_CHARS
            for used_word in used)
        for word in words
    )  # fmt: skip


_NAME_PARTS = re.compile(r"[\s-]+")  # "Rent-Reform", "Forestry Officer"
_INFLECTION_CHARS = 2  # "Mietrecht" / "Mietrechts"


def _among_menu_links(f: _Features, index: int) -> bool:
    """The line comes after ``_MENU_LINKS`` short link lines in a row (no prose, no blank;
    the masthead and a menu item over it at least): an item of a menu, not the masthead at
    its top."""
    return index >= _MENU_LINKS and all(
        f.lines[above]
        and not _is_prose(f.lines[above])
        and _words(f.lines[above]) <= _KICKER_MAX_WORDS
        for above in range(index - _MENU_LINKS, index)
    )


_MENU_LINKS = 2


def _under_menu_item(f: _Features, card: _Card) -> bool:
    """The card's source is the line its header starts with, right under a line printed
    again on the page (a menu item: the section the source is a subsection of)."""
    return (
        0 < card.start < card.title
        and f.lines[card.start] == card.source
        and f.lines[card.start - 1].casefold() in f.repeated
    )


def _prose_run(f: _Features, stop: int, skip: Container[int] = ()) -> int | None:
    """Where the first run of ``_TEXT_MIN_PARAGRAPHS`` prose paragraphs in a row (twice
    ``_REAL_BODY_WORDS`` words; no meta line, no line in ``skip``) over ``stop`` starts: an
    article's text, not a card's summary (``_story_text`` counts paragraphs in a row or not).
    A credited caption between two paragraphs (a photo under the first one) is no break."""
    first, run, words = -1, 0, 0
    for index in range(stop):
        line = f.lines[index]
        if not line or (run and _caption_in_text(f, index, stop)):
            continue
        if not _is_prose(line) or index in skip or f.is_meta(index):
            run = words = 0
            continue
        first = index if run == 0 else first
        run, words = run + 1, words + _words(line)
        if run >= _TEXT_MIN_PARAGRAPHS and words >= 2 * _REAL_BODY_WORDS:
            return first
    return None


def _caption_in_text(f: _Features, index: int, stop: int) -> bool:
    """A photo's caption with its credit ("Text. Fot. PAP/Name") right over another prose
    paragraph: a picture inside the text, not the text's end."""
    after = index + 1
    return (
        after < stop
        and not _is_prose(f.lines[index])
        and _is_prose(f.lines[after])
        and not f.is_meta(after)
        and split_credit(f.lines[index]) is not None
    )


def _story_text(f: _Features, begin: int, stop: int) -> bool:
    """Prose paragraphs in [begin, stop) that make a story's text (``_TEXT_MIN_PARAGRAPHS``,
    twice ``_REAL_BODY_WORDS`` words), in a row or not: an inline widget or a caption
    between them is no end of the text, and a card's summary is one paragraph."""
    paragraphs = words = 0
    for index in range(begin, stop):
        line = f.lines[index]
        if line and _is_prose(line) and not f.is_meta(index):
            paragraphs, words = paragraphs + 1, words + _words(line)
    return paragraphs >= _TEXT_MIN_PARAGRAPHS and words >= 2 * _REAL_BODY_WORDS


def _subsection(f: _Features, index: int) -> bool:
    """A name under a section kicker ("Opinion" / "Columnists", a menu item / its
    subsection) over a headline: the breadcrumb's second step, not its publisher (an
    agency's or an outlet's name there is one: "Money" / "The Independent")."""
    line = f.lines[index]
    above = f.lines[index - 1] if index > 0 else ""
    return (
        bool(above)
        and (is_section_name(above) or above.casefold() in f.repeated)
        and not _agency_or_outlet(line)
    )


def _agency_or_outlet(line: str) -> bool:
    """A news agency's name ("EFE", "Agencia Serrana", "Kyodo News"), an outlet's ("The
    Independent") or a newsroom's ("Harbour Wire", ``_newsroom``)."""
    return (
        _agency_name(line)
        or _agency_led(line)
        or _outlet_name(line)
        or _newsroom(line, _newsroom_words()[0])
    )


def _agency_led(line: str) -> bool:
    """A known agency's one-word name joined to a partner's ("dpa-AFX", "Keystone-SDA") or
    followed by one or two words of its service ("dpa International", "Kyodo News"): an
    agency's desk or edition, not a section (a name starting with an agency word such as
    "Press" is as often one: "Press Releases"), nor a photo credit (the agency's name and
    the last word read as one: "Getty Images", "Alamy Stock Photo")."""
    words = line.split()
    if len(words) == 1:
        return _agency_name(line)
    return (
        1 < len(words) <= _AGENCY_SERVICE_WORDS + 1
        and is_agency(words[0])
        and all(word[:1].isupper() for word in words[1:])
        and split_credit(f"{words[0]} {words[-1]}") is None
    )


def _publisher_over(f: _Features, line: str) -> bool:
    """A name over a headline that is its publisher: one ``_is_publisher`` takes, a news
    agency's one-word name ("dpa") or its desk's ("dpa International", "dpa-AFX"), an
    agency's name of words ending in a press word ("Associated Press": one starting
    with it is as often a section, "Press Releases"; one ending in "Agency" as often a
    topic's public body, "Environment Agency") or an outlet's name ("The
    Independent"), also when the page's cards print it again; not a folder of the page's
    URL (its section: "URC" on ".../rugby/urc/<slug>")."""
    return (
        _is_publisher(line, f)
        or _agency_led(line)
        or _outlet_name(line)
        or (_agency_name(line) and line.rsplit(" ", 1)[-1].casefold() in press_words())
    ) and not f.names_section(line)


def _source_over_stamp(f: _Features, cards: list[_Card], taken: set[int]) -> None:
    """A publisher over a card's stamp, the title under both ("EFE" / "• 4 hours ago" /
    title): the card's source. Only an agency's or an outlet's name: a section word there
    ("Transport" / "2h ago" / title) is the card's chip; or any name over its count of
    followers, its place between the count and the stamp (``_audience_count``)."""
    for card in cards:
        over = card.start - 1
        if card.source is None and card.start < card.title and over >= 0:
            if _agency_or_outlet(f.lines[over]):
                _source_above(f, card, over, taken)
            elif (
                over > 0
                and _audience_count(f.lines[over - 1])
                and _counted_name(f, over - 2, taken)
            ):
                # "News 5 Cleveland" / "1.2K followers" / "Cleveland, OH" / stamp / title: only
                # a publisher counts followers, its place printed under the count
                card.source, card.start = f.lines[over - 2], over - 2


def _counted_name(f: _Features, index: int, taken: set[int]) -> bool:
    """A free short line at ``index``, no sentence: a name over its count of followers."""
    line = f.lines[index] if index >= 0 else ""
    return (
        bool(line)
        and index not in taken
        and _words(line) <= _HEADER_MAX_WORDS
        and not _is_prose(line)
    )


def _sources_of_other_cards(f: _Features, cards: list[_Card], taken: set[int]) -> None:
    """A name over a card's headline that the page's other cards print as their source is
    this card's publisher too ("Harbour Wire" / headline / stamp on a portal whose cards
    print "Harbour Wire" / "3h" / headline): printed again on the page, but as a publisher,
    not as a menu item (``_is_publisher`` refuses a name printed twice). And an outlet's or
    agency's name over a card's "source", a word right over the headline that is neither
    (a chip, a kicker, a button: "Harbour Gazette" / "Next" / headline), is its publisher;
    not a name right under the card before's headline (a list of mixed shapes)."""
    sources = {card.source for card in cards if card.source is not None}
    titles = {card.title for card in cards}
    for card in cards:
        above = card.start - 1
        if above < 0 or above in taken or above - 1 in titles:
            continue  # (a name right under the card before's headline: that card's source)
        if card.source is None:
            publisher = f.lines[above] in sources
        else:
            publisher = (
                card.start == card.title - 1
                and f.lines[card.start] == card.source
                and _agency_or_outlet(f.lines[above])
                and not _agency_or_outlet(card.source)
            )
        if publisher and not _topic_kicker(f, f.lines[above], f.lines[card.title]):
            card.source, card.start = f.lines[above], above


def _drop_author_sources(f: _Features, cards: list[_Card]) -> None:
    """A card's "source" that is a person's name in its byline place under its headline
    (headline / "Tomas Brennick" / stamp, or further down: headline / standfirst / name /
    role / stamp) is its author: no source (an agency's or an outlet's name there is one).
    Right under the headline only on a page whose cards print no publishers (on a portal
    that is where a card prints its publisher)."""
    sourced_page = f.printed_sources >= _SOURCED_PAGE
    for card in cards:
        source = card.source
        if (
            source is not None
            and card.start == card.title
            and source in f.lines[card.title + 1 : card.body_from]
            and not (sourced_page and f.lines[card.title + 1] == source)
            and _person_name(source)
            and not _agency_or_outlet(source)
        ):
            card.source = None


def _header_agencies(f: _Features, cards: list[_Card]) -> None:
    """A card with no source whose header credits a news agency under its headline, before
    its text: that agency is its source ("Keystone-SDA" or "EUROPA PRESS" alone on a line
    over or under the stamp, or after the reporters in the byline: "By <Name>, Associated
    Press"; an acronym alone there is as often the site's or a ticker's, and an agency
    "with" the reporters a co-credit: "By <Name> with AFP"). It
    outranks a name over the headline that is no agency's or outlet's (as likely a section
    kicker: "International" / headline / "EFE")."""
    for number, card in enumerate(cards):
        if card.deck is not None and card.deck_from in (None, card.deck):
            newsroom = _newsroom_byline(f, card.deck)
            if newsroom is not None:  # its reporters and newsroom, read as a one-line deck
                card.source, card.deck = newsroom, None
        if card.source is None or not _agency_or_outlet(card.source):
            stop = cards[number + 1].start if number + 1 < len(cards) else len(f.lines)
            card.source = _header_agency(f, card, stop) or card.source


def _publisher_as_printed_over(f: _Features, cards: list[_Card], taken: set[int]) -> None:
    """A publisher printed right over a card's headline and again in its header under it,
    spelt another way ("AFP" / headline / "Agence France-Presse", "Agencia EFE" / headline /
    "EFE"): the source is the name as printed over the headline (a portal's attribution;
    the byline's place spells the agency out or cuts it short). A card without a source
    whose byline prints the name over its headline again after its reporters ("USA TODAY" /
    headline / "Doyle Rice, USA TODAY") takes it too: a publisher, whatever its case."""
    for card in cards:
        above = card.title - 1
        if card.start != card.title or above < 0 or above in taken or not f.lines[above]:
            continue
        line = f.lines[above]
        if above > 0 and f.lines[above - 1] and _is_prose(f.lines[above - 1]):
            continue  # (the source closing the card above, under its summary: not this card's)
        if (
            _named_after_reporters(f, line, card.title + 1, card.body_from)
            if card.source is None
            else _agency_or_outlet(line) and _same_publisher(line, card.source)
        ):
            card.source, card.start = line, above


def _same_publisher(one: str, other: str) -> bool:
    """Two spellings of one publisher: a word of the other ("EFE", "Agencia EFE"; "ANSA",
    "Articolo di Redazione ANSA") or its initials ("AFP", "Agence France-Presse")."""
    short, long = sorted((one, other), key=len)
    if short == long or " " in short:
        return False
    parts = _NAME_PARTS.split(long)
    return short in parts or short == "".join(part[:1] for part in parts if part[:1].isupper())


def _header_agency(f: _Features, card: _Card, stop: int) -> str | None:
    """The agency named on a line of the card's header, between its headline (and deck) and
    its text, when text follows (an agency's name under a last title with no text is the
    page's footer); ``_AGENCY_SCAN_LINES`` lines at most."""
    named: str | None = None
    first = (card.deck if card.deck is not None else card.title) + 1
    for index in range(first, min(stop, first + _AGENCY_SCAN_LINES)):
        line = f.lines[index]
        if not line:
            continue
        if f.stamp(index) is not None:
            # (a byline and its stamp on one line: "By Jane Doe, The Canadian Press on …")
            named = named or _reporters_agency(f, index)
            continue
        if _is_prose(line) and not f.bylines[index] and split_credit(line) is None:
            return named  # (the text begins; a photo's caption with its credit is no text)
        if named is None:
            candidate = (
                line
                if _agency_name(line)
                else _agency_before_place(line) or agency_in_byline(f, index)
            )
            if (
                candidate is not None
                and not _credit_over_caption(f, first, index, stop)
                and not _credit_under_caption(f, first, index)
            ):
                named = candidate
    return None


def _agency_before_place(line: str) -> str | None:
    """ "Press Trust of India New Delhi": a news agency's name in the byline's place and the
    story's place after it on one line (printed on two, "Press Trust of India" / "New Delhi",
    on other pages): the agency. The place is the line's last words, up to
    ``_PLACE_MAX_WORDS``."""
    words = line.split()
    for cut in range(len(words) - 1, max(0, len(words) - _PLACE_MAX_WORDS - 1), -1):
        name = " ".join(words[:cut])
        # (the name ends on a capitalised word: "Press Trust of" / "India" is no agency)
        if (
            words[cut - 1][0].isupper()
            and _place_line(" ".join(words[cut:]))
            and _agency_name(name)
        ):
            return name
    return None


_PLACE_MAX_WORDS = 3  # "New Delhi", "Rio de Janeiro"


def _credit_under_caption(f: _Features, first: int, index: int) -> bool:
    """An agency's name alone right under a short sentence under the header's stamp
    ("Publié à 10:05" / "Des immeubles locatifs à Lausanne." / "KEYSTONE" / text): the
    photo's caption and its credit, no source of the story (over the stamp, or under a
    byline, such a name is the byline's place)."""
    caption = index - 1
    line = f.lines[caption]
    return (
        caption > first
        and bool(line)
        # (a caption without its full stop: "Reizigers op het perron van Utrecht" / "ANP")
        and (line[-1] == "." or captioned_by_agency(line, f.lines[index]))
        and _words(line) <= _CAPTION_UNDER_STAMP_MAX_WORDS
        and not f.is_meta(caption)
        and is_agency(f.lines[index])
        and f.stamp(caption - 1) is not None
    )


_CAPTION_UNDER_STAMP_MAX_WORDS = 15  # a caption's one short sentence, no standfirst


def _credit_over_caption(f: _Features, first: int, index: int, stop: int) -> bool:
    """A name over a caption over the text, under a byline that already names the story's
    newsroom ("Ann Lee" / "Harbour News, Lakeside" / "Reuters" / "Ferries wait at the quay
    in Lakeside" / first paragraph): the photo's credit, no source of the story. A caption
    is a line of words that is no sentence, no name and no header line, with no credit of
    its own (under "AFP", "… in Toulouse. © AFP" credits itself: "AFP" is the wire's).
    Without that byline the line under the name may as well be a standfirst without a
    full stop, and the name the wire's."""
    caption, text = index + 1, index + 2
    return (
        text < stop
        and any(f.bylines[above] for above in range(first, index))
        and bool(f.lines[caption])
        and split_credit(f.lines[caption]) is None
        and not f.is_meta(caption)
        and not _is_name(f.lines[caption])
        and not _is_prose(f.lines[caption])
        and _words(f.lines[caption]) >= _PROSE_MIN_WORDS
        and bool(f.lines[text])
        and _is_prose(f.lines[text])
    )
