"""split_page: the page's line model, computed once a page, and what every stage shares.

``_Features`` holds each line's features (``_features``): its time stamp (a compact "40
min" under a card's source too; a video's length is none, "01:12 - Source: KTXW" inside a
text neither), meta line, source echo or attribution ("- Reuters", "Source: BBC News"),
byline (with the role line under it; "County by county" is none), title-likeness (on first
use), ad labels, the short lines printed more than once, the authors the page names; ``_Marks``
the page's heading marks ("Related", end, ad) for bisection; ``_Card`` a found card
(title, start, source, stamp). The predicates on them used by several stages live here
too: a card's stamp (``_cluster_stamp``: a publication stamp before an update), a free
title-like line, a source line closing a text ("Quelle: dpa"); and the thresholds
several stages share (a real body's words, a header line's and a deck's sizes).
"""

import itertools
import re
import unicodedata
from bisect import bisect_left, bisect_right, insort
from collections.abc import Container, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from urllib.parse import urlsplit

from streams.boilerplate import (
    SOURCE_ATTRIBUTION,
    Kind,
    _ui_words,
    classify,
    is_section_name,
    line_key,
    word_sections,
)
from streams.captions import (
    credit_under_caption,
    credits_a_picture,
    is_agency,
    opens_with_file_picture,
    phrase_bar_agency,
    split_credit,
)
from streams.data_files import line_sections
from streams.model import CleanPage
from streams.split_lines import (
    _BYLINE,
    _META_SEPARATORS,
    _NAME_MAX_CHARS,
    _PROSE_MIN_WORDS,
    _RUN_MAX_WORDS,
    _SHORT_NAME_WORDS,
    _agency_name,
    _credit_under_title,
    _is_byline,
    _is_person,
    _is_place,
    _is_prose,
    _is_source_name,
    _is_title,
    _meta,
    _named,
    _names_role,
    _outlet_name,
    _person_name,
    _place_line,
    _reports_of_others,
    _role_bylines,
    _role_line,
    _section_part,
    _source_shape,
    _titled_meta,
    _words,
    dated_meta_name,
    submitted_credit,
)
from streams.timestamps import (
    dateline_stamp,
    dateline_stamp_of_day,
    find_time,
    has_clock,
    is_bare_minutes,
    is_clock_only,
    is_compact_stamp,
    is_labelled_stamp,
    is_month_word,
    is_relative_age,
    is_stamp_label,
    is_update_stamp,
    labelled_clock_date,
)

_REAL_BODY_WORDS = 40
_POLL_BUTTON_CHARS = 25  # "Jetzt abstimmen": a button's label is short
_POLL_MIN_OPTIONS = 2
_POLL_MAX_OPTIONS = 8
_POLL_OPTION_MAX_WORDS = 10  # an answer: "Oui, je passe par le San Bernardino"
_POLL_QUESTION_MAX_WORDS = 30
_POLL_TRAILER_LINES = 3  # "Ergebnis anzeigen" / "1.873 Stimmen" under the button
_POLL_COUNT_MAX_WORDS = 8  # "4,318 votes · Results are not scientific"
_META_MAX_CHARS = 120
# "By", "Von", "Autor" alone on a line: some of ``_BYLINE``'s words (split_lines), only a
# pre-filter for ``_split_bylines`` (``_is_byline`` decides on the line and the name under it)
_BYLINE_WORDS = frozenset({"by", "von", "par", "por", "door", "di", "autor", "texto"})
# a deck's sentence ended inside it: a lower-case letter or a digit before the stop (not an
# initial, "J. Brandt"), a capital after; ASCII letters only, unlike split_lines._INNER_SENTENCE
_INNER_SENTENCE_END = re.compile(r"[a-z0-9][.!?] [A-Z]")
# a wire's editor codes between its text and its source line ("/mne/stk", "dpa/lni/wk" has
# an agency: a credit line of its own)
_EDITOR_CODES = re.compile(r"(?:/[a-z]{2,4}){2,4}")
_ECHO = re.compile(r"^[-–—•·|] ?(?P<name>\S.{1,60})$")  # (not a font button: "-A" / "+A")
_ATTRIBUTION_FIRST = frozenset("SsQqFfBbVvŹźKk")
# An author's two to four capitalised names ("Sarah Perez", "The Editorial Board")
_AUTHOR_NAMES = r"[A-ZÀ-Þ][\w.'’-]*(?: [A-ZÀ-Þ][\w.'’-]*){1,3}"
# "Sarah Perez / TechCrunch:" over a headline: the author (not a label pair: "Tags /
# Keywords:") and the publisher of a river item
_AUTHOR_SLASH_SOURCE = re.compile("^" + _AUTHOR_NAMES + r" / (?P<name>[A-ZÀ-Þ][^:/]{0,40}):$")
# a card's numeric date, a dash and its summary on one line ("29.11.2026 – Analyse der …")
_DATE_THEN_SUMMARY = re.compile(r"^(\d{1,2}\.\d{1,2}\.\d{4}) [–—-] (\S.*)$")
_META_MARK = re.compile(r"[·•|]| [-–—/] ")  # "Global Nation Daily / 10:14 AM November 28, 2026"
# "… lifts off on Saturday. | JIJI", "… in Ranchi. Getty Images": a sentence of some length,
# then a short credit of capitalised words with no sentence of its own
# (the sentence's last word no dotted abbreviation: "… beginning 9 p.m. Saturday" is a headline)
_SENTENCE_THEN_CREDIT = re.compile(
    r"^\S+(?: \S+){4,} [^\s.]*[a-z0-9)](?P<stop>[.!?])[\"”’]? (?:[|/] )?"
    r"[A-ZÀ-Þ][\w'’&-]*(?:[ /][A-ZÀ-Þ][\w'’&-]*){0,2}$"
)
# "… von 6,4 Mrd. Euro": the full stop of an amount's abbreviated unit ends no sentence
_AMOUNT_UNIT_STOP = re.compile(r"\d [A-Z][a-z]{1,3}\.$")
_DAY_NUMBER_END = re.compile(r"(?:^|\s)\d{1,2}$")  # "… ab 13" before ". Dezember"
_CREDIT_MARK = re.compile(r"[.!?][\"”’]? [|/] ")  # "… on Saturday. | JIJI": a credit's bar
_DURATION = re.compile(r"^0?\d:[0-5]\d$")  # (a clip's length: minutes under ten)
_DURATION_MAX_CHARS = len("09:59")
_MEDIUM_HEADING_MAX_WORDS = 3  # "More top videos": a rail's heading
_AGED_CARD_REACH = 3  # a clip card's lines down to its stamp: title, its source (over or under)
_PLAYER_AT_REST = "0:00"  # a player's position before it plays
_LIST_CLOCK = re.compile(r"\d[:.][0-5]\d(?!\d)")  # a card's clock: "11:42", "ieri, 22:51"
_RAIL_CARDS_READ = 8  # cards read up a video rail for its phase (bounded: linear in the page)
_LIST_CLOCK_EARLIEST_HOUR = 6  # a list's bare clock before ten reads as one from six on
_LIST_CLOCK_TIME = re.compile(r"(\d{1,2})[:.]([0-5]\d)")  # a bare clock line's hour and minutes
_TEMPERATURE = re.compile(r"^-?\d{1,3} ?°")  # "64°", "12 °C", "64° Showers"
_DATED_LINE_MAX_WORDS = 8
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_DATE_NOTE_MAX_WORDS = 2  # "page 3"
# a label of one to three words before one token of four characters or more with a digit
# in it: an error page's code or ID field ("Kod błędu: GEO-403", "Ray ID: 8f3a2c1d",
# "Adres IP: 203.0.113.47", "Error code: 1020"), not "Page: 2"
_CODE_LINE = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+){0,2} ?[:#] ?(?=[\w.#/-]*\d)[\w.#/-]{4,}$")
_NAME_LIST = re.compile(r",| and | und | et | y | & ")
_SUBHEADING_MAX_WORDS = 4
_HEADER_MAX_WORDS = 6  # a non-prose line this short before the first paragraph: header UI
_KICKER_MAX_WORDS = 3
_MAX_DECK_LINES = 3  # standfirst lines (summary bullets) between a headline and its byline
_WIDGET_MAX_WORDS = 2
_SLUG_SPLIT = re.compile(r"[-_.+]")
_SLUG_MIN_WORDS = 3  # a path segment of this many words is a slug ("road-closed-for-repairs")
_SLUG_WORD_MIN_CHARS = 3  # shorter words ("a", "of", "de") match any line
_SLUG_MIN_SHARED = 2  # slug words a line must share to outrank another line by them
_WORD = re.compile(r"\w+")
_BY_PHRASE = re.compile(r"^(?:\S+ by|By the) (?P<word>[a-zß-ÿ][\w'’-]*)")
# "By the editorial board", "By the newsroom staff": a staff byline, no "By the numbers"
_BY_THE_STAFF = frozenset({"staff", "board", "desk", "editors", "team", "newsroom"})


@dataclass(slots=True)
class _Features:
    lines: tuple[str, ...]
    times: list[str | None]  # the line is a time stamp (the stamp as printed)
    metas: list[tuple[str | None, str] | None]  # "Source · time" lines
    sources: list[str | None]  # "- Source" echoes and "Source: X" attributions
    bylines: list[bool]
    repeated: frozenset[str]  # short lines (case-folded) printed more than once
    titles: list[bool | None]  # is_title, computed on first use
    authors: frozenset[str] = frozenset()  # names in the page's bylines, and their surnames
    printed_sources: int = 0  # "Reuters · 2h", "- BBC", a name over a stamp: cards' sources
    printed_kickers: int = 0  # of those, one-word names over a title ("Wetter": ``_kicker_word``)
    labels: frozenset[int] = frozenset()  # "Published" on its own line over its stamp
    stamp_lines: list[int] = field(default_factory=list)  # time stamps, bare or in a meta line
    headlines: dict[int, str] = field(default_factory=dict)  # one-line cards' titles
    ad_labels: list[int] = field(default_factory=list)  # "Ad • Advertiser" over an ad's title
    first_printed: dict[str, int] = field(default_factory=dict)  # short lines (case-folded)
    via_sources: bool | None = None  # the page prints "via Publisher" lines (on first use)
    decked_cards: int | None = None  # title / deck / bare stamp cards (``_decked_list``)
    name_forms: dict[str, int] | None = (
        None  # printed names and their first/last words (on first use)
    )
    url: str | None = None  # the page's URL
    slug_words: frozenset[str] | None = None  # its slug's words (``_slug_words``, on first use)
    path_sections: frozenset[str] | None = None  # its folders (``_path_sections``, on first use)
    clips: frozenset[int] = frozenset()  # video cards' titles under a length clean took
    slotted: frozenset[int] = frozenset()  # lines right under an ad slot's label clean took
    chip_sources: frozenset[int] = frozenset()  # publishers over a reading time clean took
    fetched_at: datetime | None = None  # when the page was fetched: what an age counts back from

    def masthead(self) -> str:
        """The page's first printed line: its masthead, the site's name, when it prints one."""
        return next((line for line in self.lines if line), "")

    def _slug(self) -> frozenset[str]:
        """The URL slug's words, read on first use."""
        if self.slug_words is None:
            self.slug_words = _slug_words(self.url)
        return self.slug_words

    def slug_shared(self, index: int) -> int:
        """How many of the URL slug's words the line holds."""
        slug = self._slug()
        return len(_slug_forms(self.lines[index]) & slug) if slug else 0

    def slug_spelled(self, index: int) -> bool:
        """Line ``index`` holds every word of the URL's slug, two or more ("Margaret Hale
        obituary" on ".../margaret-hale-obituary"): the URL names it, as a page names its
        story's headline, however short (a section's kicker is no slug of its own)."""
        slug = self._slug()
        return len(slug) >= _SLUG_MIN_SHARED and slug <= _slug_forms(self.lines[index])

    def slug_prefers(self, index: int, other: int) -> bool:
        """The URL's slug names line ``index`` rather than line ``other``: a headline's length
        (a topic page's slug names its short heading, "Harbour bridge repairs"), at least two of
        the slug's words, and more than twice as many as ``other``."""
        if _words(self.lines[index]) <= _HEADER_MAX_WORDS:
            return False
        shared = self.slug_shared(index)
        return shared >= _SLUG_MIN_SHARED and shared > 2 * self.slug_shared(other)

    def names_section(self, name: str) -> bool:
        """The URL's path holds ``name`` as a folder ("URC" on ".../rugby/urc/<slug>",
        "South Africa" on ".../news/south-africa/<slug>"): the site's section, no publisher."""
        if self.path_sections is None:
            self.path_sections = _path_sections(self.url)
        return bool(self.path_sections) and _path_form(name) in self.path_sections

    def headline(self, index: int) -> str:
        return self.headlines.get(index) or self.lines[index]

    def is_meta(self, index: int) -> bool:
        return bool(
            self.times[index] is not None
            or self.metas[index] is not None
            or self.sources[index] is not None
            or self.bylines[index]
            or index in self.labels
        )

    def stamp(self, index: int) -> str | None:
        meta = self.metas[index]
        return meta[1] if meta is not None else self.times[index]

    def meta_name(self, index: int) -> str | None:
        """The name a "Source · stamp" line prints before its stamp."""
        meta = self.metas[index]
        return meta[0] if meta is not None else None

    def is_title(self, index: int) -> bool:
        known = self.titles[index]
        if known is None:
            line = self.lines[index]
            known = (
                _is_title(line)
                and not self.is_meta(index)
                and (split_credit(line) is None or self._sourced_card_title(index))
                and not opens_with_file_picture(line)  # (a caption: "File photo: …")
                and not (_sentence_then_credit(line) and not self._over_source_and_stamp(index))
                and not _dated_line(line)
                and not (index > 0 and _over_role(self.lines, index - 1))
                and not self._byline_place(index)
            )  # (not "Housing Correspondent" under the author's name)
            self.titles[index] = known
        return known

    def _over_source_and_stamp(self, index: int) -> bool:
        """Line ``index`` stands over a publisher's name (no person's: an author under a
        caption is a header's) on a line of its own over a stamp
        ("The deal is better than nothing. Barely" / "Financial Times" / "4 hours ago"): a
        card's headline, whatever word ends it; a photo's credit closes its caption on the
        line itself, and no publisher and stamp follow a caption (a bar or slash before the
        word is a credit's mark, and so are capitals: "… martes. MÒNICA TORRES")."""
        return (
            index + 2 < len(self.lines)
            and _publisher_line(self.lines[index + 1])
            and not self.bylines[index + 1]
            and self.stamp(index + 2) is not None
            and not _CREDIT_MARK.search(self.lines[index])
            and not self.lines[index].rsplit(" ", 1)[-1].isupper()
        )

    def _sourced_card_title(self, index: int) -> bool:
        """A headline and its agency after a bar ("Oil prices slip as producers meet |
        Reuters", the shape of a caption and its credit, ``phrase_bar_agency``) over a
        summary's sentence and a stamp: a card's title, as a list prints its cards; no
        picture's caption has a summary and a stamp under it."""
        return (
            index + 2 < len(self.lines)
            and _sentence_line(self.lines[index + 1])
            and self.stamp(index + 2) is not None
            and phrase_bar_agency(self.lines[index]) is not None
        )

    def _byline_place(self, index: int) -> bool:
        """A line between a "By …" byline and a stamp ("Reporting from Washington") continues
        the byline: a headline stands over its byline, not under it. Only a headline-length
        line that is no UI phrase, under a byline that closes a card above (title / summary
        sentence / byline), is the next card's title; under a story's own header it stays the
        byline's. A byline printed with its stamp ("By Norwire · 3h") waits for none: the
        line under it is the next card's."""
        return (
            0 < index < len(self.lines) - 1
            and self.bylines[index - 1]
            and _BYLINE.match(self.lines[index - 1]) is not None
            and self.stamp(index - 1) is None
            and self.is_meta(index + 1)
            and not (
                _words(self.lines[index]) > _HEADER_MAX_WORDS
                and self._closes_card(index - 1)
                and classify(self.lines[index]) is None
            )
        )

    def _closes_card(self, byline: int) -> bool:
        """The byline stands under a card's one-sentence summary, or under its stamp (title /
        "2026-11-20" / "By Ian Quinn"), which stands under its title."""
        return (
            byline > 1
            and (_is_prose(self.lines[byline - 1]) or self.stamp(byline - 1) is not None)
            and self.is_title(byline - 2)
        )


def _nonblank(f: _Features, index: int, step: int) -> int | None:
    """The nearest line with text above (``step`` -1) or under (1) ``index``."""
    index += step
    while 0 <= index < len(f.lines):
        if f.lines[index]:
            return index
        index += step
    return None


def _features(
    lines: tuple[str, ...],
    url: str | None = None,
    clips: Iterable[int] = (),
    slotted: Iterable[int] = (),
    day: date | None = None,
    *,
    fetched_at: datetime | None = None,
    chip_sources: Iterable[int] = (),  # publishers over a card's reading time clean took
) -> _Features:
    n = len(lines)
    times: list[str | None] = [None] * n
    metas: list[tuple[str | None, str] | None] = [None] * n
    sources: list[str | None] = [None] * n
    bylines = [False] * n
    seen: dict[str, int] = {}  # short lines (case-folded) and where they are first printed
    repeated: set[str] = set()
    previous = ""
    for index, line in enumerate(lines):
        if line and len(line) <= _NAME_MAX_CHARS:
            key = line.casefold()
            if key in seen and key != previous:  # (a logo's text over the name: printed once)
                repeated.add(key)
            seen.setdefault(key, index)
            previous = key
    stamps: list[int] = []
    named: list[int] = []  # source and meta lines
    headlines: dict[int, str] = {}
    ad_labels: list[int] = []
    # source and meta lines that name a publisher; a card's name over its reading time is one
    publishers = len(chipped := frozenset(chip_sources))
    for index, line in enumerate(lines):
        if not line or len(line) > _META_MAX_CHARS:
            continue
        stamp = (
            find_time(line) or _lone_dateline(lines, index, day) or _date_over_summary(lines, index)
        )
        if (
            stamp is not None
            and not _semicolon_list_entry(lines, index)
            and not _video_duration(lines, index, line, times)
            and not _player_counter(lines, index)
            and not _forecast(lines, index)
            and not _error_detail(lines, index)
        ):
            times[index] = stamp
            stamps.append(index)
            continue
        sources[index], metas[index] = _source_or_submitted(lines, index)
        if sources[index] is None and metas[index] is None:
            # "Source: Gulf Horizon and news agencies": an attribution, not a publisher name
            bylines[index] = (
                (
                    _is_byline(line)
                    and not _picture_credit_in_text(lines, index)
                    and not _by_phrase(line)
                    and not _by_sentence(line)
                    and not _by_headline(line)
                )
                or (
                    line[0] in _ATTRIBUTION_FIRST
                    and ":" in line
                    and bool(SOURCE_ATTRIBUTION.match(line))
                    # (not a picture's: "Quelle: picture alliance/dpa/Name" under its caption)
                    and not credits_a_picture(line)
                )
                or (index > 0 and times[index - 1] is None and _credit_under_title(lines, index))
            )
            # (also a byline with its stamp: "By AFP - Sep 14,2025"; a name and a labelled
            # stamp after a comma: "AFP, publié le 10 mars 2026 à 14h12")
            if _META_MARK.search(line) or _comma_meta_shape(line):
                metas[index] = _meta_line(lines, index)
                card = None if bylines[index] else _one_line_card(line, metas[index], day)
                if card is not None:
                    headlines[index] = card[0]
                    clip = _clip_length_over_stamp(lines, index, card[2])
                    metas[index] = None if clip else card[1:]  # (a clip's: the stamp under it)
                elif metas[index] is None and not bylines[index] and _ad_label(line):
                    ad_labels.append(index)
        name = sources[index] or (metas[index] or (None,))[0]
        # (a place's or an author's dated stamp, "Madrid - 28 nov 2026 - 05:40 CET", closes
        # a card as a source's does: a stamp line too)
        if name or (metas[index] is not None and dated_meta_name(line) is not None):
            named.append(index)
        if name:
            publishers += not _place_line(name)  # (a place, "Thailand · 1 day ago", is none)
    _split_bylines(lines, bylines, metas, seen)
    _role_lines(lines, bylines, metas)
    _compact_minutes(lines, times, stamps)
    _glued_stamps(lines, times, bylines, stamps)
    _role_bylines(lines, times, metas, bylines)  # ("Name, Health correspondent" over its stamp)
    labels = _labelled_stamps(lines, times, stamps)
    names_over, kickers = _names_over_stamps(lines, bylines, labels, times, stamps)
    return _Features(
        lines, times, metas, sources, bylines, frozenset(repeated), [None] * n,
        _authors(lines, bylines), publishers + names_over, kickers, labels,
        sorted(stamps + [index for index in named if metas[index] is not None]), headlines,
        ad_labels, seen, url=url, clips=frozenset(clips), slotted=frozenset(slotted),
        chip_sources=chipped, fetched_at=fetched_at,
    )  # fmt: skip


def _labelled_stamps(
    lines: tuple[str, ...], times: list[str | None], stamps: list[int]
) -> frozenset[int]:
    """The stamp labels on their own lines (``_label_over``); each label joins the stamp it
    labels in ``times`` ("Updated" / "3 hours ago" → "Updated 3 hours ago")."""
    labelled = {
        label: stamp for stamp in stamps if (label := _label_over(lines, times, stamp)) is not None
    }
    for label, stamp in labelled.items():
        times[stamp] = f"{lines[label]} {times[stamp]}"
    return frozenset(labelled)


def _label_over(lines: tuple[str, ...], times: list[str | None], stamp: int) -> int | None:
    """The stamp label ("Published", "Updated:") on its own line right over line ``stamp``,
    or over one blank line between them ("Updated" / blank / "Nov 29, 2026, 10:30 AM": a
    page that sets each label and value in its own block)."""
    above = stamp - 1
    if above > 0 and not lines[above]:
        above -= 1
    if above < 0 or times[above] is not None or not lines[above]:
        return None
    return above if is_stamp_label(lines[above]) else None


def _by_phrase(line: str) -> bool:
    """ "County by county", "Goals by half", "By the numbers": "by" with a common word
    after it (no name, no agency: "Report by AFP"), a sub-heading or a label, no byline; but
    "By the" a newsroom's staff ("By the editorial board") is a byline."""
    match = _BY_PHRASE.match(line)
    if match is None or is_agency(match["word"]):
        return False
    return not line.startswith("By the ") or _BY_THE_STAFF.isdisjoint(line.casefold().split())


def _by_sentence(line: str) -> bool:
    """A sentence that opens with a byline's word ("By nightfall, the ferry had …", "Texto
    segue para …"): the word after it in lower case, and a sentence's end: text, no byline
    ("By staff reporters." is too short for a sentence)."""
    if line[-1] not in ".!?" or not _is_prose(line):
        return False
    match = _BYLINE.match(line)
    return match is not None and line[match.end() : match.end() + 1].islower()


def _by_headline(line: str) -> bool:
    """A headline that opens with a byline's word and goes on in lower case, no name after
    it ("Por qué la vivienda no deja de subir", "Par ici la sortie des bouchons du week-end"):
    no byline ("par la rédaction", "by staff reporters" are too short for one)."""
    match = _BYLINE.match(line)  # (it ends on the first letter of the word after it)
    rest = line[match.end() - 1 :].split() if match is not None else []
    return len(rest) >= _BY_HEADLINE_MIN_WORDS and (
        all(word[0].islower() for word in rest) or rest[0].casefold() in _why_words()
    )


_BY_HEADLINE_MIN_WORDS = 5  # the words after the byline's word


@cache
def _why_words() -> frozenset[str]:
    """``question_words.txt`` [why-after-by]: "Por qué" / "Por que" is "why", no byline, even
    with names after it ("Por qué Junts no …")."""
    return frozenset(word_sections("question_words.txt")["why-after-by"])


def _picture_credit_in_text(lines: tuple[str, ...], index: int) -> bool:
    """ "Mark Lennihan | AP" under a caption ("A worker stacks boxes at a depot.") under a
    line of the text (a paragraph, a short sentence ending with a full stop, or another
    picture's credit): a picture's credit in the text, not an author line starting an
    article (under a title or a standfirst, the shape is a byline; a title may end with "?"
    or "!", rarely with a full stop)."""
    if index < 2 or not credit_under_caption(lines[index - 1], lines[index]):
        return False
    over = lines[index - 2]
    return (
        over[-1:] == "."
        or (over[-1:] in '!?"”»' and _is_prose(over))
        or credit_under_caption(lines[index - 3] if index > 2 else "", over)
    )


_UMLAUTS_SPELLED = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _slug_words(url: str | None) -> frozenset[str]:
    """The words of the URL's slugs ("/2025/11/20/bakery-owner-rebuilds-shop/" →
    bakery, owner, rebuilds, shop), folded like ``_folded_words``; a date
    ("2026-11-27") is no slug."""
    if not url:
        return frozenset()
    words: set[str] = set()
    for segment in urlsplit(url).path.split("/"):
        parts = _SLUG_SPLIT.split(segment)
        if len(parts) >= _SLUG_MIN_WORDS and not all(part.isdigit() for part in parts):
            words.update(_folded_words(" ".join(parts)))
    return frozenset(words)


def _path_sections(url: str | None) -> frozenset[str]:
    """The folders of the URL's path, the last segment (the slug, an id) left out, in
    ``_path_form``."""
    if not url:
        return frozenset()
    segments = [segment for segment in urlsplit(url).path.split("/") if segment]
    return frozenset(_path_form(segment) for segment in segments[:-1])


def _path_form(text: str) -> str:
    """Letters and digits only, folded ("All Blacks", "all-blacks" → "allblacks")."""
    folded = unicodedata.normalize("NFKD", text.casefold()).encode("ascii", "ignore").decode()
    return "".join(char for char in folded if char.isalnum())


def _folded_words(text: str) -> set[str]:
    """Words without accents and case, shorter ones left out ("Déficit" → "deficit";
    "Millbrook’s" → "millbrook")."""
    words = set()
    for word in _WORD.findall(text.casefold()):
        if len(word) >= _SLUG_WORD_MIN_CHARS or word.isdigit():
            words.add(unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode())
    return words


def _slug_forms(text: str) -> set[str]:
    """The words of ``text`` as a URL's slug may spell them: folded (``_folded_words``), and
    with German umlauts written out ("höhere" → "hohere", "hoehere"), as German sites'
    slugs print them."""
    folded = _folded_words(text)
    casefolded = text.casefold()
    spelled = casefolded.translate(_UMLAUTS_SPELLED)
    return folded if spelled == casefolded else folded | _folded_words(spelled)


def _publisher_line(line: str) -> bool:
    """ "Financial Times", "BBC", "reuters.com": a source's name, no person's."""
    return bool(line) and _is_source_name(line) and not _is_person(line)


def _sentence_then_credit(line: str) -> bool:
    """ "… lifts off on Saturday. | JIJI": a caption and its credit (a headline rarely holds
    a full stop; the quick test first)."""
    if not ("." in line or "!" in line or "?" in line):
        return False
    match = _SENTENCE_THEN_CREDIT.match(line)
    return (
        match is not None
        and not _AMOUNT_UNIT_STOP.search(line, 0, match.end("stop"))
        and not _ordinal_date_stop(line, match.start("stop"))
    )


def _ordinal_date_stop(line: str, stop: int) -> bool:
    """The full stop at ``stop`` follows a day's number and a month's name follows it ("…
    ändert sich ab 13. Dezember"): a German ordinal date, no sentence's end before a credit."""
    after = line[stop + 1 :].split(maxsplit=1)
    return (
        bool(after)
        and _DAY_NUMBER_END.search(line, 0, stop) is not None
        and is_month_word(after[0])
    )


def _date_over_summary(lines: tuple[str, ...], index: int) -> str | None:
    """The numeric date a card prints before its summary on one line under its title ("ÖVP
    hofft …" / "29.11.2026 – Analyse der Wahlnacht aus Sicht der Parteizentralen"): the card's
    stamp (its summary: ``dated_summary``). Under a sentence, a heading or next to another
    such line it is an article's timeline ("12.03.2008 – Der Gemeinderat beschließt …"), its
    text; over a paragraph it is the text's own (a chronology's one entry under a sub-heading,
    a press release's first paragraph opening on its date under the headline)."""
    line = lines[index]
    above = lines[index - 1] if index > 0 else ""
    below = lines[index + 1] if index + 1 < len(lines) else ""
    if (
        dated_summary(line) is None
        or not above
        or _is_prose(above)
        or not _is_title(above)
        or dated_summary(above) is not None
        or dated_summary(below) is not None
        or _is_prose(below)
    ):
        return None
    return find_time(line.split(" ", 1)[0])


def dated_summary(line: str) -> str | None:
    """The summary after a card's numeric date and a dash on one line ("29.11.2026 – Analyse
    der Wahlnacht …" → "Analyse der Wahlnacht …"): words enough for a sentence, no stamp."""
    dated = _DATE_THEN_SUMMARY.match(line)
    if dated is None or _words(dated.group(2)) < _PROSE_MIN_WORDS:
        return None
    return dated.group(2)


def _lone_dateline(lines: tuple[str, ...], index: int, day: date | None) -> str | None:
    """The stamp of a dateline printed alone, as a header prints it ("Sevilla, 10 de marzo
    de 2026 - 13:20 CET" under the byline; without a zone, of the day the page was fetched):
    not under a line that opens a list (":") and no neighbour of the same shape, as a text's
    list of fixtures, hearings or broadcasts prints ("The fixtures are:" / "Toronto, 12 June
    2026, 15:00 EDT" / "Vancouver, …")."""
    stamp = _header_line_stamp(lines[index])
    if stamp is None and day is not None and lines[index][-1:].isdigit():
        stamp = dateline_stamp_of_day(lines[index], day)
    if stamp is None:
        return None
    above = lines[index - 1] if index > 0 else ""
    below = lines[index + 1] if index + 1 < len(lines) else ""
    if above.endswith(":") or _header_line_stamp(above) or _header_line_stamp(below):
        return None
    return stamp


def _header_line_stamp(line: str) -> str | None:
    """A dateline's stamp, or the clock and date after a section's name ("All News 22:17
    November 28, 2026", "Health Nov 30, 2026 4:12 PM EST")."""
    stamp = dateline_stamp(line)
    if stamp is None and line[-1:].isalnum():
        labelled = labelled_clock_date(line)
        if labelled is not None and is_section_name(labelled[0]):
            stamp = labelled[1]
    return stamp


def _error_detail(lines: tuple[str, ...], index: int) -> bool:
    """A clock printed among an error page's code fields, as a server prints it when it
    served the page, no story's stamp: to the second ("Data: 20.02.2026, 08:15:33 CET"),
    within ``_ERROR_FIELD_REACH`` lines of two code lines, both labelled as an error page
    labels them and one by an error's own label ("Kod błędu: GEO-403" / "Adres IP:
    203.0.113.47"; ``_error_label``), on a page that reports nobody's speech
    (``_reports_of_others``). A story's data fields by its stamp are no such block: a court
    brief's case number and reference, a police release's "Aktenzeichen", a stock flash's
    "WKN" and "ISIN", an outage story's "Error code" and "Incident ID" over its stamp to the
    minute."""
    if _CLOCK_SECONDS.search(lines[index]) is None:
        return False
    fields = 0
    strong = False
    for near in range(index - _ERROR_FIELD_REACH, index + _ERROR_FIELD_REACH + 1):
        if near == index or not 0 <= near < len(lines):
            continue
        line = lines[near]
        # ("Updated: 2026-03-15" is a stamp, no code)
        if _CODE_LINE.match(line) is not None and find_time(line) is None:
            label = _error_label(line)
            fields += label is not None
            strong = strong or label == "error-field"
    return (
        fields >= _ERROR_FIELDS
        and strong
        and not any(line and _is_prose(line) and _reports_of_others(line) for line in lines)
    )


_ERROR_FIELD_REACH = 2
_ERROR_FIELDS = 2
_CLOCK_SECONDS = re.compile(r"\b\d{1,2}:\d\d:\d\d\b")  # "08:15:33"


def _error_label(code_line: str) -> str | None:
    """The section of ``data/wall_words.txt`` a word of the field's label (before its ":"
    or "#") is in: ``[error-field]``, an error's own (error, Fehler, błędu, IP, Ray …), or
    ``[code-field]``, a code's or reference's that a story's data fields use too (code, ID,
    Referenz, riferimento …); None for neither."""
    label = re.split(r"[:#]", code_line, maxsplit=1)[0]
    words = {_path_form(word) for word in _WORD.findall(label)}
    for section in ("error-field", "code-field"):
        if words & _field_label_words(section):
            return section
    return None


@cache
def _field_label_words(section: str) -> frozenset[str]:
    """A ``section`` of ``data/wall_words.txt``, as ``_path_form`` spells its words."""
    return frozenset(_path_form(word) for word in word_sections("wall_words.txt")[section])


def _dated_line(line: str) -> bool:
    """ "Sat, Nov 28, 2026 page 3": a date with a short note after it (a print edition's
    page) is no headline."""
    words = line.split(" ")
    if len(words) > _DATED_LINE_MAX_WORDS or _YEAR.search(line) is None:
        return False
    return any(
        find_time(" ".join(words[:-cut])) is not None for cut in range(1, _DATE_NOTE_MAX_WORDS + 1)
    )


def _clip_length(line: str) -> bool:
    """ "00:57", "0:57", "3:12": a clock-like line as short as a clip's length."""
    return len(line) <= _DURATION_MAX_CHARS and _DURATION.match(line) is not None


def _unpadded_clip_length(line: str) -> bool:
    """A clip's length (``_clip_length``) as players print it, the minutes unpadded ("3:08"):
    a clock printed as a date's second line is "08:42" or "8:42 AM GMT+9"."""
    return _clip_length(line) and line[1] == ":"


def _early_clip_length(line: str) -> bool:
    """A clip's length (``_clip_length``) of fewer minutes than ``_LIST_CLOCK_EARLIEST_HOUR``
    ("00:52", "3:12"): from six on, a bare "9:05" reads as a list's clock as often."""
    return _clip_length(line) and int(line.split(":", 1)[0]) < _LIST_CLOCK_EARLIEST_HOUR


def _player_counter(lines: tuple[str, ...], index: int) -> bool:
    """A player at rest: its position "0:00" over its length ("0:00" / "3:51"), printed on
    two lines, no clock. An early clock over a clip's length ("09:41" / "1:02": an entry or a
    card opening with a video) is a stamp: the position must be "0:00"."""
    line = lines[index]
    return (
        line == _PLAYER_AT_REST and index + 1 < len(lines) and _clip_length(lines[index + 1])
    ) or (index > 0 and lines[index - 1] == _PLAYER_AT_REST and _clip_length(line))


def _video_duration(
    lines: tuple[str, ...], index: int, stamp: str, times: list[str | None] | None = None
) -> bool:
    """A bare "1:36" (``stamp``: the line's, or its meta line's, "1:36 - Source: KTXW") under
    a title-like line with no summary under it, or with a text's paragraphs over and under
    it, is a video's length, no clock: a card of a title and a clock alone is a video list's
    item ("Latest Videos"), a teaser inside a text prints a date, and a story's stamp goes
    with its date. A "09:10" a card away from a card's clock is that list's clock too."""
    return (
        (
            (
                _clip_under_title(lines, index, stamp)
                or _clip_under_card_stamp(lines, index, stamp, times)
            )
            and not _in_clock_list(lines, index, stamp, times)
        )
        or _first_clip_of_list(lines, index, stamp)
        or _length_under_medium(lines, index, stamp)
        or _lone_clip_block(lines, index, stamp)
        or _length_over_aged_card(lines, index, stamp, times)
    )


def _length_over_aged_card(
    lines: tuple[str, ...], index: int, stamp: str, times: list[str | None] | None
) -> bool:
    """A clip's length of a few minutes over a card that prints its source and an age under
    it ("YouTube" / "3:21" / title / "CNBC Television" / "2 hours ago"; "0:45" / "CBS News" /
    title / "2h"): no card prints two stamps, and a list of clock-stamped cards prints
    clocks, not ages, so the clock-like line is the video's length. (A date under a name
    may be the next section's: "Timeline" / "29 Nov 2026"; with the source over the length,
    "NOS" / "2:14" / title / "1h", the rail's reading takes the line as its stamp still.)"""
    if not _early_clip_length(stamp) or (
        times is not None
        and index > 0
        and times[index - 1] is not None
        and _card_opens_on_stamp(lines, index - 1, times)
    ):
        return False  # (a rail of source / age / length / title cards: the age over it is its)
    card = lines[index + 1 : index + _AGED_CARD_REACH + 1]
    for at, line in enumerate(card[1:], start=1):
        below = find_time(line) if line else None
        if below is not None:
            over = card[:at]
            return (
                is_relative_age(below)
                and any(_is_title(part) for part in over)
                and any(_is_source_name(part) and not _is_title(part) for part in over)
            )
        if not (_is_title(line) or _is_source_name(line)):
            return False
    return False


def _lone_clip_block(lines: tuple[str, ...], index: int, stamp: str) -> bool:
    """A clip's length of a few minutes alone over one title-like line, a block of its own
    (a blank or the page's top over it, a blank or the page's end under the title): a video
    rail's item whose label clean took ("Video" / "0:58" / title), no card's clock (a
    clock's card prints a summary, a source or a next card under it)."""
    under = index + 2
    return (
        _early_clip_length(stamp)
        and (index == 0 or not lines[index - 1])
        and index + 1 < len(lines)
        and _is_title(lines[index + 1])
        and (under == len(lines) or not lines[under])
    )


def _length_under_medium(lines: tuple[str, ...], index: int, stamp: str) -> bool:
    """A clip's length of a few minutes right under a medium's label on its own line and
    over a title ("Vidéos" / "01:32" / title, "Trending Videos" / "03:12" / title): a video
    rail's first card, no clock. Not over a title with text under it (a live blog's entry in
    the small hours with a video: "Video" / "03:42" / entry headline / text)."""
    return (
        _early_clip_length(stamp)
        and index > 0
        and _medium_heading(lines[index - 1])
        and index + 1 < len(lines)
        and _is_title(lines[index + 1])
        and not (index + 2 < len(lines) and _sentence_line(lines[index + 2]))
    )


def _medium_heading(line: str) -> bool:
    """A medium's label ("Video", "Vidéos") or a short heading ending on one ("Trending
    Videos", "Latest videos"): a rail of clips under it."""
    words = line.casefold().split()
    return 0 < len(words) <= _MEDIUM_HEADING_MAX_WORDS and words[-1] in _ui_words().medium


def _clip_under_card_stamp(
    lines: tuple[str, ...], index: int, stamp: str, times: list[str | None] | None
) -> bool:
    """A clip's length of a few minutes ("00:52") right under a card's stamp and over a
    title: an age ("vor 1 Stunde"), a stamp with its clock ("27.11.2026, 18:30") or a
    "Source | date" line closes the card above, and no card prints two stamps in a row, so
    the clock-like line opens a video rail's next card. Not under a date alone or a day's
    word ("27.11.2026" / "18:30": one stamp on two lines), nor under an update stamp (a live
    blog's "Updated 2h ago" over its first entry's clock), nor over a title with text under
    it (a live blog's entry in the small hours: "03:42" / entry headline / text), nor
    in a rail whose cards open on their source and stamp (``_card_opens_on_stamp``)."""
    if (
        times is None
        or not _early_clip_length(stamp)
        or index < 2
        or index + 1 >= len(lines)
        or not _is_title(lines[index + 1])
        or (index + 2 < len(lines) and _sentence_line(lines[index + 2]))
    ):
        return False
    above = times[index - 1]
    if above is None:
        meta = _meta(lines[index - 1])
        closed = meta is not None and meta[0] is not None and not is_update_stamp(meta[1])
    else:
        closed = not is_update_stamp(above) and (
            is_relative_age(above) or (has_clock(above) and not is_clock_only(above))
        )
    return closed and not _card_opens_on_stamp(lines, index - 1, times)


def _sentence_line(line: str) -> bool:
    """Text under a title, long or short ("Das meldet AP."): a live blog's entry, no video
    card's (its title has a source, a stamp, a length or the next title under it)."""
    return _is_prose(line) or line.endswith((".", "!", "?", "…"))


def _card_opens_on_stamp(lines: tuple[str, ...], stamp_line: int, times: list[str | None]) -> bool:
    """The rail's cards, read up from the card closing on ``stamp_line`` (its title over it,
    a line between them: its source or summary), open on their source and stamp: its
    length's line over its title has a stamp over it, and so on up to a first card with no
    title over its stamp ("Associated Press" / "2h" / "1:12" / title / "Reuters" / "3h"):
    the stamp over the next length is that length's card's. Not when the first card up
    the rail prints a title, a heading or nothing over it ("02:14" / title / "glomex" /
    "vor 1 Stunde"; "Top stories" / title / summary / "2 hours ago" / "02:14" / title)."""
    for _ in range(_RAIL_CARDS_READ):
        title = stamp_line - 1
        if title > 0 and not _is_title(lines[title]):
            title -= 1  # (its source's or summary's line between the title and the stamp)
        if title < 1 or not _is_title(lines[title]):
            return True  # (no title over the stamp: the rail's first card opens on it)
        over = title - 1
        if _clip_length(lines[over]) and over > 0:
            over -= 1  # (the card's own length over its title)
        if times[over] is None and _meta(lines[over]) is None:
            return False  # (a title-first card: the rail's stamps close their cards)
        stamp_line = over
    return True


def _first_clip_of_list(lines: tuple[str, ...], index: int, stamp: str) -> bool:
    """A video list's first length, printed over its title under no title of its own (under
    the text, a card's stamp, or a heading clean took out): "1:42" / title / "2:08" / title,
    where the next length stands under a title (``_clip_under_title``). Only a length under
    ``_LIST_CLOCK_EARLIEST_HOUR`` (a list's bare clock of the small hours under a title is
    read as a length already: a latest-news list's "9:05" / title / "8:47" stays clocks), and
    not when the next one is a list's clock under it (``_in_clock_list``: "02:48" / title /
    "01:55", a list after midnight, auditor A's L-1)."""
    after = index + 2
    return (
        _early_clip_length(stamp)
        and after < len(lines)
        and _clip_under_title(lines, after, lines[after])  # (a title at index + 1 over it)
        and not _in_clock_list(lines, after, lines[after])
    )


def _in_clock_list(
    lines: tuple[str, ...], index: int, stamp: str, times: list[str | None] | None = None
) -> bool:
    """ "09:10" two lines under a card's clock that is no clip's length ("11:42" / title /
    "09:10", "08:15" / title / "07:40"): a list of clock-stamped cards ("Latest news"),
    where a clock before ten o'clock reads like a clip's length; a video list's lengths stay
    lengths ("02:48" two lines under "1:36", a length itself). With ``times`` (the stamps
    read so far, top down) the list is read as a chain: a clock of the morning two lines
    under a bare clock read as a stamp, and no later, is one too ("Última hora" / "9:05" /
    title / "8:47" / title / "8:12"; a "latest" list runs back in time). A video rail's
    lengths of a few minutes ("3:12" / title / "2:04") stay lengths, also when they fall.
    A card's chip may stand between its clock and its title ("10:12" / "Panorama" / title /
    "09:58"): the clock is then three lines up."""
    above = index - 2
    if above > 0 and _chip_under_clock(lines, above):
        above -= 1
    if (
        above < 0
        or _LIST_CLOCK.search(lines[above]) is None
        or len(lines[above].split()) > _DATED_LINE_MAX_WORDS
        or find_time(lines[above]) is None
    ):
        return False
    if len(stamp) == _DURATION_MAX_CHARS and not (
        _clip_under_title(lines, above, lines[above])
        or _clip_under_card_stamp(lines, above, lines[above], times)
    ):
        return True  # ("09:10": a clip's length has its leading 0)
    return (
        times is not None and times[above] is not None and _morning_clock_under(stamp, lines[above])
    )


def _chip_under_clock(lines: tuple[str, ...], chip: int) -> bool:
    """The line at ``chip`` is a card's short chip (a word or two, no stamp, no sentence)
    right under a bare clock of the day ("10:12" / "Panorama"), no clip's short length."""
    line = lines[chip]
    return (
        bool(line)
        and len(line.split()) <= _CHIP_MAX_WORDS
        and line[-1].isalpha()
        and find_time(line) is None
        and _LIST_CLOCK_TIME.fullmatch(lines[chip - 1]) is not None
        # (a clip's length of a few minutes over a topic chip is a video rail's: "02:10" /
        # "Fußball" / title / "01:45"; a list's clock is one of the day, "10:12")
        and not _early_clip_length(lines[chip - 1])
        # (not a medium's label over a clip's length: "02:10" / "Video" / title)
        and line.casefold() not in _ui_words().medium
        and classify(line) is None
    )


_CHIP_MAX_WORDS = 2  # a card's chip between its clock and its title: "Panorama", "Faits divers"


def _morning_clock_under(clock: str, above: str) -> bool:
    """``clock`` ("8:47") is a clock of the morning or later (a clip runs a few minutes: "3:12"
    is a length), no later in the day than ``above``, a bare clock line too ("9:05"; not
    "gisteren, 21:14" over a player's "4:12")."""
    mine, theirs = _LIST_CLOCK_TIME.fullmatch(clock), _LIST_CLOCK_TIME.fullmatch(above)
    return (
        mine is not None
        and theirs is not None
        and int(mine[1]) >= _LIST_CLOCK_EARLIEST_HOUR
        and (int(mine[1]), int(mine[2])) <= (int(theirs[1]), int(theirs[2]))
    )


def _clip_under_title(lines: tuple[str, ...], index: int, stamp: str) -> bool:
    """A clip-like "1:36" under a title-like line with no summary under it, or between a
    text's paragraphs (``_video_duration``). Not over a title with text under it: a live
    blog's entry under a caption ("… Antwerpen-Centraal. Belga" / "08:30" / headline / text)."""
    return (
        _clip_length(stamp)
        and index > 0
        and _is_title(lines[index - 1])
        and find_time(lines[index - 1]) is None  # (not a stamp's date: "2 June 2026" / "02:05")
        and (
            index + 1 == len(lines)
            or not _is_prose(lines[index + 1])
            or (index > 1 and _is_prose(lines[index - 2]))  # (a video inside a text)
        )
        and not _entry_under_caption(lines, index)
    )


def _entry_under_caption(lines: tuple[str, ...], index: int) -> bool:
    """A caption over the clock at ``index`` (a sentence, then its credit: "… perron. Belga";
    a labelled credit: "… in Dresden Foto: dpa") and a title with a sentence under it: the
    next entry of a live blog, under the picture closing the entry before. A video's title
    prints no sentence and credit."""
    return (
        (_sentence_then_credit(lines[index - 1]) or split_credit(lines[index - 1]) is not None)
        and index + 2 < len(lines)
        and _is_title(lines[index + 1])
        and _sentence_line(lines[index + 2])
    )


def _clip_length_over_stamp(lines: tuple[str, ...], index: int, clock: str) -> bool:
    """ "Old café serves its last chai – 03:26" over "Published - March 13, 2026 04:10 pm
    IST": a clip-like clock after a video card's title is its length, the card's stamp the
    line under it."""
    return (
        _clip_length(clock)
        and index + 1 < len(lines)
        and find_time(lines[index + 1]) is not None
        and not is_clock_only(lines[index + 1])  # (a list of clocks: "… – 03:26" / "02:10")
    )


_COMMA_META_MAX_CHARS = 80  # "Agence France-Presse, publié le mercredi 10 mars 2026 à 14h12"


def _comma_meta_shape(line: str) -> bool:
    """The quick test of a name and its labelled stamp after a comma (``_meta`` reads it)."""
    return len(line) <= _COMMA_META_MAX_CHARS and ", " in line


def _one_line_card(
    line: str, meta: tuple[str | None, str] | None, day: date | None = None
) -> tuple[str, str | None, str] | None:
    """(title, source, time text) of a line that is a card on its own; a meta line is one
    only when what it prints after its stamp is the card's headline ("MDR — vor 5 Std. —
    Die Ergebnisse im Detail": the same source and stamp, then a headline of several
    words), not a short note ("• aus DER BLICK 3/2026"). ``day``: the day the page was
    fetched (``_after_day``)."""
    card = _titled_meta(line)
    if card is not None and _after_day(card[2], day):
        return None
    if meta is None or card is None:
        return card
    return card if card[1:] == meta and line.rstrip().endswith(card[0]) else None


# a numeric date alone, day first: "28.11.2026"
_NUMERIC_DAY = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


def _after_day(stamp: str, day: date | None) -> bool:
    """The numeric date ``stamp`` ("06.12.2026") is later than ``day`` (the fetch's): an
    event's date in a list of dates ("Adventskonzert in der Stadtkirche, 06.12.2026"), for a
    story's card prints a day that has come."""
    numeric = _NUMERIC_DAY.fullmatch(stamp)
    if day is None or numeric is None:
        return False
    try:
        printed = date(int(numeric[3]), int(numeric[2]), int(numeric[1]))
    except ValueError:
        return False
    return printed > day


def _source_or_submitted(
    lines: tuple[str, ...], index: int
) -> tuple[str | None, tuple[str | None, str] | None]:
    """The line's source (``_source_line``), or an aggregator's credit line's domain: as a
    source line, or with the stamp after it as a meta line ("por user a eldiario.es
    publicado hace 2 horas": ``submitted_credit``)."""
    submitted = submitted_credit(lines[index])
    if submitted is None:
        return _source_line(lines, index), None
    domain, stamp = submitted
    return (domain, None) if stamp is None else (None, (domain, stamp))


def _meta_line(lines: tuple[str, ...], index: int) -> tuple[str | None, str] | None:
    """The line's source and stamp ("Reuters · 2h"); "01:12 - Source: KTXW" between paragraphs
    is a video's length and source, no meta line."""
    meta = _meta(lines[index])
    return None if meta is not None and _clip_in_text(lines, index, meta[1]) else meta


def _clip_in_text(lines: tuple[str, ...], index: int, stamp: str) -> bool:
    """A video's length (``_video_duration``) between paragraphs of a text: over the player,
    its title and length are header lines ("Video title" / "01:12 - Source: KTXW" / text)."""
    return (
        _video_duration(lines, index, stamp)
        and index > 1
        and _is_prose(lines[index - 2])
        and index + 1 < len(lines)
        and _is_prose(lines[index + 1])
    )


def _forecast(lines: tuple[str, ...], index: int) -> bool:
    """ "Today" / "64°": a weather widget's day over its temperature, no stamp."""
    following = index + 1
    return following < len(lines) and _TEMPERATURE.match(lines[following]) is not None


def _split_bylines(
    lines: tuple[str, ...],
    bylines: list[bool],
    metas: list[tuple[str | None, str] | None],
    printed: dict[str, int],
) -> None:
    """ "By" on its own line over "Nina Park, senior energy reporter" (the name was a link):
    both lines are the byline. ``printed``: the page's short lines, case-folded."""
    if _BYLINE_WORDS.isdisjoint(printed):
        return  # (most pages: no line is a byline word alone)
    for index in range(len(lines) - 1):
        line = lines[index]
        if line.casefold() not in _BYLINE_WORDS:
            continue
        name = index + 1
        if lines[name] and metas[name] is None and _is_byline(f"{line} {lines[name]}"):
            bylines[index] = bylines[name] = True


def _role_lines(
    lines: tuple[str, ...], bylines: list[bool], metas: list[tuple[str | None, str] | None]
) -> None:
    """A role line under a byline ("Football Writer @BenGrounds" under "By Ben Grounds") is
    part of it."""
    for index in itertools.compress(range(len(lines)), bylines):
        role = index + 1
        if (
            role < len(lines)
            and lines[role]
            and not bylines[role]
            and metas[role] is None
            and _role_line(lines[role])
        ):
            bylines[role] = True


def _ad_label(line: str) -> bool:
    """ "Ad • Cashflow Insider", "Sponsored | Brand": an ad's label and its advertiser; so
    is an ad slot's word that clean drops alone as clutter ("Anzeige", "Publicité") opening
    a line of parts ("Anzeige — Depot eröffnen — Trade Republic")."""
    parts = _META_SEPARATORS.split(line, 1)
    first = parts[0].strip()
    return bool(first) and (
        classify(first) is Kind.AD or (len(parts) > 1 and first.casefold() in _ui_words().ad)
    )


_GLUE = re.compile(r", *")
_BYLINE_GLUE = re.compile(r",? +|,")


def _glued_stamps(
    lines: tuple[str, ...], times: list[str | None], bylines: list[bool], stamps: list[int]
) -> None:
    """A byline, or an author's name, with its stamp glued on after a comma ("By Dana
    Whitfield, Staff,Updated Nov 20, 2025 at 3:45 PM"; "Dana Whitfield, Staff Writer,
    Published …"): the line is the article's stamp too (read from the first comma that
    leaves a whole stamp after it). A line closed by a semicolon is an item of a list in
    the text ("Laternenumzug der Grundschulen, 11.12.2026, 17:30 Uhr;"), no header's."""
    for index, line in enumerate(lines):
        if (
            times[index] is not None
            or "," not in line
            or len(line) > _META_MAX_CHARS
            or line.endswith(";")
        ):
            continue
        if not (bylines[index] or _person_name(line[: line.find(",")])):
            continue
        # (a byline's stamp may follow a space too: "…, Staff Writer Updated Nov 20, 2025")
        for match in (_BYLINE_GLUE if bylines[index] else _GLUE).finditer(line):
            stamp = find_time(line[match.end() :])
            if stamp is not None and (
                "," in match.group() or any(map(str.isdigit, stamp)) or is_labelled_stamp(stamp)
            ):  # (a day's word after a space ends a paper's name: "Jorge L. Ortiz, USA TODAY")
                times[index] = stamp
                stamps.append(index)
                break


def _compact_minutes(lines: tuple[str, ...], times: list[str | None], stamps: list[int]) -> None:
    """ "40 min" under a card's source, or under a title with the source over it, on a page
    whose cards print compact stamps ("2 h", "1 d"); or under a card's title and summary
    where another card prints its compact stamp ("2 u" under title / summary: auditor B's
    B-3): that card's stamp, not a reading time (a reading time stands in an article's
    header or says so: "5 min read")."""
    compact = [index for index in stamps if is_compact_stamp(times[index] or "")]
    if not compact:
        return
    summarised = any(_under_title_and_summary(lines, index) for index in compact)
    for index, line in enumerate(lines):
        if (
            index > 0
            and times[index] is None
            and line
            and is_bare_minutes(line)
            and (
                _sourced(lines, index - 1)
                or (_is_title(lines[index - 1]) and _sourced(lines, index - 2))
                or (
                    summarised
                    and _under_title_and_summary(lines, index)
                    and not _text_under(lines, index)
                )
            )
        ):
            times[index] = line
            insort(stamps, index)


def _under_title_and_summary(lines: tuple[str, ...], index: int) -> bool:
    """The line at ``index`` stands right under a card's summary (a sentence) under its
    title."""
    return (
        index > 1
        and bool(lines[index - 1])
        and bool(lines[index - 2])
        and _is_prose(lines[index - 1])
        and _is_title(lines[index - 2])
    )


def _text_under(lines: tuple[str, ...], index: int) -> bool:
    """A sentence right under the line at ``index``: an article's header over its text
    ("5 min" under the standfirst, a reading time), no card's."""
    return index + 1 < len(lines) and bool(lines[index + 1]) and _is_prose(lines[index + 1])


def _sourced(lines: tuple[str, ...], index: int) -> bool:
    return index >= 0 and bool(lines[index]) and _is_source_name(lines[index])


def _source_line(lines: tuple[str, ...], index: int) -> str | None:
    """The publisher a line names: "- Reuters", "Source: BBC", "Sarah Perez / TechCrunch:"."""
    line = lines[index]
    if line[0] in "-–—•·|":
        return _echoed(lines, index)
    source = None
    if (line[0] in _ATTRIBUTION_FIRST and ":" in line) or (
        line[:4].casefold() == "via " and not _between_prose(lines, index)
    ):
        source = _named(SOURCE_ATTRIBUTION, line)
    if source is None and line[-1] == ":" and " / " in line:
        source = _named(_AUTHOR_SLASH_SOURCE, line)
    return source


def _semicolon_list_entry(lines: tuple[str, ...], index: int) -> bool:
    """An info box's entry: the line and one next to it both closed by a semicolon
    ("Mittwoch, 2.12.2026, 14:00 Uhr;" / "Anmeldung bis Freitag, 4.12.2026, 12:00 Uhr;"),
    dates listed, not the stamp (a lone "SRF 4 News, 30.11.2026, 12:00 Uhr;" still is, and so
    is one its stamp label opens: "Publié le 30/11/2026 à 08h45;" / "Mis à jour le …;")."""
    return (
        lines[index].endswith(";")
        and not is_labelled_stamp(lines[index])
        and any(
            0 <= near < len(lines) and lines[near].endswith(";") for near in (index - 1, index + 1)
        )
    )


def _between_prose(lines: tuple[str, ...], index: int) -> bool:
    """Text's sentences right over and right under the line at ``index``: a "Via Bluetooth"
    there is the text's sub-heading, not the "via Reuters" of a header or of a closing line."""
    return (
        0 < index < len(lines) - 1
        and bool(lines[index - 1])
        and bool(lines[index + 1])
        and _is_prose(lines[index - 1])
        and _is_prose(lines[index + 1])
    )


def _echoed(lines: tuple[str, ...], index: int) -> str | None:
    """The source a "- Reuters" echo line names; not the place of the dateline under it
    ("- ROME" over "ROME, June 2 (ANSA) - …")."""
    name = _named(_ECHO, lines[index])
    following = lines[index + 1] if index + 1 < len(lines) else ""
    if name and _section_part(name):
        return None  # ("— Em Política" under a card's stamp: the section it is filed under)
    return None if name and following.startswith(f"{name},") else name


def _names_over_stamps(
    lines: tuple[str, ...],
    bylines: list[bool],
    labels: frozenset[int],
    times: list[str | None],
    stamps: list[int],
) -> tuple[int, int]:
    """How many stamps print a source name over them or over their title (``_name_over``),
    and how many of those names stand over a title and are one word (``_kicker_word``):
    the kicker's slot as often as the publisher's."""
    names = [(stamp, _name_over(lines, bylines, labels, times, stamp)) for stamp in stamps]
    over = [(stamp, name) for stamp, name in names if name is not None]
    kickers = sum(1 for stamp, name in over if name == stamp - 2 and _kicker_word(lines[name]))
    return len(over), kickers


def _name_over(
    lines: tuple[str, ...],
    bylines: list[bool],
    labels: frozenset[int],
    times: list[str | None],
    stamp: int,
) -> int | None:
    """The line of a source name over a card's stamp, or over its title and stamp ("CNBC" /
    title / "2 hours ago"); another stamp ("yesterday", "Updated: …") is no name."""
    for above in (stamp - 1, stamp - 2):
        if (
            above < 0
            or bylines[above]
            or not lines[above]
            or above in labels
            or times[above] is not None
        ):
            return None
        if _is_source_name(lines[above]) and _source_shape(lines[above]):
            return above if above == stamp - 1 or _is_title(lines[stamp - 1]) else None
    return None


def _kicker_word(line: str) -> bool:
    """ "Bahnstreik", "Wetter", "Manovra" over a card's title: one capitalised word, lower
    case after its capital, is as often the card's topic kicker (a Dachzeile, an occhiello)
    as its publisher ("Handelsblatt"), so it is no evidence that the page's cards print their
    publishers; an agency's name ("Reuters", "Ansa") is. The agency test is the one
    ``split_cards._vocabulary_publisher`` makes of a name (``_agency_name``, which reads a
    one-word name in the agencies' list), not the outlets' list: an outlet's one-word name is
    spelt as a kicker is."""
    return _topic_word(line) and not _agency_name(line)


def _topic_word(line: str) -> bool:
    """One capitalised word, lower case after its capital ("Wetter"); also a compound's
    capitalised parts joined by hyphens ("Ukraine-Krieg", "Nahost-Konflikt"), and a word
    and the year it is about ("Haushalt 2027", "Wahl 2026"): a topic's shapes. A compound
    the outlets' vocabulary reads ("Rhein-Zeitung"), or one ending on a place ("Ouest-France":
    a topic ends on its head noun), is a masthead's."""
    word, space, year = line.partition(" ")
    if space and not _TOPIC_YEAR.fullmatch(year):
        return False
    parts = word.split("-")
    return all(part.isalpha() and part[:1].isupper() and part[1:].islower() for part in parts) and (
        len(parts) == 1 or not (_outlet_name(" ".join(parts)) or _is_place(parts[-1]))
    )


_TOPIC_YEAR = re.compile(r"(?:19|20)\d\d")  # "Haushalt 2027": the year a topic is about


def _authors(lines: tuple[str, ...], bylines: list[bool]) -> frozenset[str]:
    """Names printed in the page's bylines, or over a role ("Thandeka Mokoena" / "Energy
    analyst and contributor"), and their surnames ("Laura Chen", "Chen")."""
    authors: set[str] = set()
    for index, line in enumerate(lines):
        if bylines[index]:
            match = _BYLINE.match(line)
            names = line[match.end() - 1 :] if match else ""
        elif 0 < line.count(" ") < _SHORT_NAME_WORDS and _over_role(lines, index):
            names = line
        else:
            continue
        for printed in _NAME_LIST.split(names):  # "By Stefanno Sulaiman and Gayatri Suroyo"
            name = printed.strip()
            if " " in name:  # "By JIM GOMEZ": the note says "Gomez is …"
                for form in (name, name.title()) if name.isupper() else (name,):
                    authors.update((form, form.rsplit(" ", 1)[1]))
    return frozenset(authors)


def _over_role(lines: tuple[str, ...], index: int) -> bool:
    """A person's name over a short line naming what an author is ("Energy analyst")."""
    line = lines[index]
    if not (0 < line.count(" ") < _SHORT_NAME_WORDS and line[0].isupper()):
        return False  # (the quick test)
    role = lines[index + 1] if index + 1 < len(lines) else ""
    return (
        bool(role) and role.count(" ") < _RUN_MAX_WORDS and _person_name(line) and _names_role(role)
    )


@dataclass(slots=True)
class _Marks:
    """The page's heading marks, sorted for bisection (pages can have thousands)."""

    positions: list[int]  # every mark
    related: list[int]  # "related" marks
    ends: set[int]  # "end" marks
    lists: frozenset[int] = frozenset()  # marks whose heading announces a list of stories
    streams: frozenset[int] = frozenset()  # ... the next story ("Up next", "More news")
    offers: frozenset[int] = frozenset()  # ... one more story ("Lire aussi", "Read next")
    # related marks over a front page's cards whose summaries print no full stop
    unstopped: frozenset[int] = frozenset()

    @classmethod
    def of(cls, page: CleanPage) -> "_Marks":
        return cls(
            positions=sorted(index for index, _ in page.marks),
            related=sorted(index for index, kind in page.marks if kind == "related"),
            ends={index for index, kind in page.marks if kind == "end"},
            lists=frozenset(page.lists),
            streams=frozenset(page.streams),
            offers=frozenset(page.offers),
        )

    def at(self, index: int) -> bool:
        at = bisect_left(self.positions, index)
        return at < len(self.positions) and self.positions[at] == index

    def next_after(self, index: int, default: int) -> int:
        at = bisect_right(self.positions, index)
        return self.positions[at] if at < len(self.positions) else default

    def next_outside(self, index: int, taken: Container[int], default: int) -> int:
        """The first mark under ``index`` on no line already taken: the mark of an ad's card
        a list prints among its teasers ("Ofrecido por Banco X" / the ad's title) ends no
        list."""
        at = self.next_after(index, default)
        while at in taken:
            at = self.next_after(at, default)
        return at

    def last_before(self, index: int, default: int) -> int:
        at = bisect_left(self.positions, index)
        return self.positions[at - 1] if at > 0 else default

    def related_between(self, low: int, high: int) -> list[int]:
        """Related marks with low < mark < high."""
        return self.related[bisect_right(self.related, low) : bisect_left(self.related, high)]


@dataclass(slots=True)
class _Card:
    start: int  # first line of the card
    title: int
    body_from: int
    source: str | None
    time_text: str | None
    deck: int | None = None  # a standfirst between the headline and the meta lines
    deck_from: int | None = None  # its first line when it has several (summary bullets)
    inline: bool = False  # a teaser inside an article's text: the text goes on under it
    summary_under_meta: bool = False  # body_from: a summary under title / source / stamp


def _sourced_first(f: _Features, card: _Card) -> bool:
    """The card's first line is its source, over its stamp and title."""
    return (
        card.source is not None and card.start < card.title and f.lines[card.start] == card.source
    )


def _cluster_stamp(f: _Features, start: int, end: int) -> str | None:
    """The card's time: two-line dates joined; a publication stamp before an update."""
    stamps: list[str] = []
    index = start
    while index < end:
        stamp = f.stamp(index)
        if stamp is not None:
            following = f.times[index + 1] if index + 1 < end else None
            if (
                following
                and is_clock_only(following)
                and not has_clock(stamp)
                and not is_update_stamp(following)  # "Feb. 9, 2026" / "Updated 9:12 a.m. ET"
                and not is_relative_age(stamp)  # ("35 minutes ago" / "1:48": a clip's length)
                and not _length_over_clip(f, index + 1)  # ("Yesterday" / "3:08", the same)
            ):
                stamp = f"{stamp} {following}"  # "June 4, 2025" / "8:42 AM GMT+9"
                index += 1
            stamps.append(stamp)
        index += 1
    published = [stamp for stamp in stamps if not is_update_stamp(stamp)]
    chosen = published or stamps
    return chosen[0] if chosen else None


def _length_over_clip(f: _Features, index: int) -> bool:
    """An unpadded clock over a title with its source under it ("3:08" / "Inside the new
    terminal" / "Harbour Herald Video · 2 hours ago", or a name every card prints, "Sky
    News"): the video card's length, printed first. A ticker prints day / clock / title with
    no source: there the clock is the day's ("Today" / "9:41" / title / "Today", and the
    list's "All news" link under the last)."""
    source = index + 2
    return (
        _unpadded_clip_length(f.lines[index])
        and source < len(f.lines)
        and (
            f.metas[source] is not None
            or (
                f.times[source] is None  # ("Today" over the next card names no one)
                and f.lines[source].casefold() in f.repeated
                and _sourced(f.lines, source)
            )
        )
    )


def _free_title(f: _Features, index: int, taken: set[int]) -> bool:
    """A title line no card has taken; false past the page's ends (a scan of chips or
    labels under a stamp may stop on the last line)."""
    return (
        0 <= index < len(f.lines)
        and index not in taken
        and bool(f.lines[index])
        and f.is_title(index)
    )


def _prose_words(f: _Features, begin: int, stop: int) -> int:
    """Words of the prose lines in [begin, stop) (headlines, names and chips left out)."""
    return sum(_words(line) for line in f.lines[begin:stop] if line and _is_prose(line))


def _deck_of_sentences(headline: str, deck: str) -> bool:
    """ "Maltempo a Genova, scuole chiuse e allerta rossa" / "Il sindaco ha firmato
    l'ordinanza. Attese piogge fino a 300 millimetri": a standfirst of two sentences printed
    without its final stop (Italian decks print none), right under a longer-than-kicker
    headline in fewer words that ends no sentence: the headline's deck, never the headline
    (a kicker over a two-sentence headline is a few words)."""
    return (
        _words(headline) > _KICKER_MAX_WORDS
        and headline[-1] not in ".!?:"
        and _words(deck) > _words(headline)
        and _INNER_SENTENCE_END.search(deck) is not None
    )


def _closes_text(f: _Features, index: int) -> bool:
    """ "Quelle: dpa" right under a paragraph (under the wire's editor codes at most), or a
    news agency's under the place of a line clean removed under it (the wire's copyright
    line, "© dpa-infocom, dpa:…"): the
    attribution of the text above. Over a gap, an agency's name only (``_agency_name``): a
    chart's "Fonte: Istat" under its removed graphic credits the chart, not the text."""
    source = f.sources[index]
    gap = index > 1 and not f.lines[index - 1] and source is not None and _agency_name(source)
    above = index - 1 if gap else index
    if above > 1 and _EDITOR_CODES.fullmatch(f.lines[above - 1]):
        above -= 1  # (the text / "/mne/stk" / "Quelle: dpa-AFX")
    return (
        source is not None
        and f.lines[index][0] not in "-–—•·|"  # not an echo ("- BBC") heading a card
        and above > 0
        and _is_prose(f.lines[above - 1])
    )


def _poll_lines(lines: tuple[str, ...]) -> set[int]:
    """The lines of reader polls: a question ("Sind Sie vom Unwetter betroffen?"), its short
    answers, a vote button (``data/poll_words.txt``), with the poll's label over the question
    ("Umfrage") or its vote count under the button ("1.873 Stimmen"): a button alone is no
    proof (an explainer's steps end in "Vote"; a debate's headline stands over "Yes" / "No"
    / "Vote"). A widget inside a text: a question with no text above it is a headline."""
    out: set[int] = set()
    first_text = len(lines)  # the first line of text before the current one
    for index, line in enumerate(lines):
        if first_text == len(lines) and index and _is_prose(lines[index - 1]):
            first_text = index - 1
        if (
            not line
            or len(line) > _POLL_BUTTON_CHARS
            or line_key(line) not in _poll_words("button")
        ):
            continue
        question = _poll_question(lines, index)
        if question is None or first_text >= question:
            continue
        start = question
        if question > 0 and line_key(lines[question - 1]) in _poll_words("label"):
            start -= 1
        end = index + 1
        while end < min(len(lines), index + 1 + _POLL_TRAILER_LINES) and _poll_trailer(lines[end]):
            end += 1
        # a results link alone proves a poll under the blank a dropped label left ("Have your
        # say"); an explainer's steps ending in "Votar" / "Resultados" run on from the text
        counted = _vote_count(lines[end - 1]) or not lines[question - 1]
        if start < question or (end > index + 1 and counted):
            out.update(range(start, end))
    return out


def _poll_question(lines: tuple[str, ...], button: int) -> int | None:
    """The poll's question over the answers right over ``button``: at least
    ``_POLL_MIN_OPTIONS`` short lines that are no sentences, stamps or bylines, under a line
    ending in "?"."""
    for index in range(button - 1, max(-1, button - 2 - _POLL_MAX_OPTIONS), -1):
        line = lines[index]
        if not line:
            return None
        if line.endswith("?") and button - 1 - index >= _POLL_MIN_OPTIONS:  # (answers under it)
            return index if _words(line) <= _POLL_QUESTION_MAX_WORDS else None
        if (
            _words(line) > _POLL_OPTION_MAX_WORDS
            or _is_prose(line)
            or find_time(line) is not None
            or _is_byline(line)
        ):
            return None
    return None


def _poll_trailer(line: str) -> bool:
    """A results link ("Ver resultados") or a vote count ("2 316 participations")."""
    return bool(line) and (line_key(line) in _poll_words("results") or _vote_count(line))


def _vote_count(line: str) -> bool:
    """A poll's vote count: "1.873 Stimmen", "4,318 votes · Results are not scientific"."""
    return (
        line[:1].isdigit()
        and _words(line) <= _POLL_COUNT_MAX_WORDS
        and line_key(line).partition(" ")[0] in _poll_words("count")
    )


@cache
def _poll_words(section: str) -> frozenset[str]:
    """A ``section`` of ``data/poll_words.txt``: phrases as ``line_key`` spells them."""
    return frozenset(line_key(phrase) for phrase in line_sections("poll_words.txt")[section])
