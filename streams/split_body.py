"""split_body: an article's text: where it ends, what in it is not text, and its draft.

A body runs to the next card, a heading mark that ends it, or the end of the page; a
"Related" widget inside it is skipped when the text goes on under it (a card of it whose
summary a stamp closes is a teaser, ``_box_cards``: a sub-heading's paragraph has no stamp),
and a text that resumes under a list of cards printed between its paragraphs is the
article's above the list (``_resumed_texts``). Left out: header lines (author, place, short
UI lines such as "Vorlesen"), captions under their credit above the text, author boxes and
notes, runs of short lines (link lists, widgets; a sub-heading over its own one-sentence
paragraph or list of amounts stays, but not under a "Related" heading), and trailing lines
that are not prose (a closing agency signature stays), a photo credit not right under a line
of the text. A byline after the text ends it (an author box) unless long paragraphs follow
under it (a sub-heading) or it stands over the stamp under a standfirst (the header). A note
on the author after the text ends it, in any language (the full name printed above, then a
verb: "<Name> writes every <weekday> …"), but the text's correction note printed right under
it stays; a pull quote's attribution inside it ("<Name>, <organisation>" under a quote) is
no text; a labelled line under a labelled list at its end ("Referee: …" under the team
lines) stays. ``_draft`` builds the article with its captions taken out
(``streams.captions``). Signals: prose and name-like lines, word counts, heading marks,
stamps, bylines and a wire's sign-off ("-- AGENCY", "(END)"), after which the text has
ended.
"""

import re
from collections.abc import Callable, Container, Iterator, Sequence
from functools import cache, partial
from itertools import pairwise

from schemas.article import Caption
from streams.boilerplate import (
    addresses_reader,
    has_quote,
    is_ui_control,
    join_words,
    links_back,
    names_life_span,
    notes_correction,
    reports_speech,
    speaks_of_site,
    word_sections,
)
from streams.captions import (
    _BY_WORDS,
    agency_copyright_over_caption,
    caption_over_text,
    caption_with_credit,
    captioned_by_agency,
    credit_over_caption,
    credit_under_caption,
    credits_a_picture,
    extract_captions,
    image_source_line,
    is_agency,
    is_agency_line,
    phrase_caption_under_labelled_credit,
    question_openings,
    split_credit,
)
from streams.model import ArticleDraft
from streams.split_lines import (
    _BIO,
    _BIO_MAX_WORDS,
    _BIO_VERBS,
    _NAME_MAX_CHARS,
    _PROSE_ANY_WORDS,
    _PROSE_MIN_WORDS,
    _QUOTES,
    _RUN_MAX_WORDS,
    _SENTENCE_END,
    _TITLE_MIN_WORDS,
    _WORD_RUNS,
    _authors_in_places,
    _brief_sentence,
    _headline_shaped,
    _is_bio,
    _is_name,
    _is_place,
    _is_prose,
    _last_mark,
    _newsroom_roles,
    _outlet_words,
    _person_name,
    _role_line,
    _short_sentence,
    _title_case,
    _word_in_place,
    _words,
    names_newsroom,
)
from streams.split_page import (
    _HEADER_MAX_WORDS,
    _KICKER_MAX_WORDS,
    _MAX_DECK_LINES,
    _META_MARK,
    _SUBHEADING_MAX_WORDS,
    _WIDGET_MAX_WORDS,
    _Card,
    _Features,
    _folded_words,
    _Marks,
    _nonblank,
    _over_role,
)
from streams.timestamps import (
    find_time,
    has_clock,
    is_clock_only,
    is_labelled_stamp,
    is_relative_age,
    is_update_stamp,
    resolve_time,
)

_AGENCY_SIGNATURE = re.compile(r"[a-z0-9][.!?] [A-Z]{2,6}$")
_DESK_CODES = re.compile(r"(?<=[a-z0-9][.!?]) [A-Z]{2,6}(?: [A-Z]{2,6}){2,}$")  # "PTI ABC XYZ"
_NAME_LINE_WORDS = 3  # a printed name: "Anjali Gurung", "Maria de Souza"
_CONTINUES_MIN_PARAGRAPHS = 1  # long paragraphs after a "Related" widget: the lead goes on
_CONTINUES_MIN_WORDS = 20
# ... or as many letters: a language of long compounds says as much in fewer words
# ("Hollis sagte, das frühe Laichen gefährde die Wiederherstellung nicht, …": 19 words)
_CONTINUES_MIN_CHARS = 120
# under a byline-like line after the text ("County by county"): long paragraphs among
# the next lines say the text goes on under a sub-heading, no author box
_GOES_ON_PARAGRAPHS = 2
_GOES_ON_LINES = 4
_RUN_MAX_LINES = 6  # short lines inside a text: a tag list or share bar
_CAPTION_PAIR = 2  # a run of a caption and its credit line
_SHOUTED_MIN_WORDS = 3  # a call to action in capitals after the text: "SIGN UP NOW!"
# a fact box's line, a label and its value: "Erste Fahrt: 2005", "4 of 6: chillers …"
_FACT = re.compile(r"[^:]{1,40}: \S")
_FIGURE = re.compile(r"\d")
# the figure is the fact: its line's label or value is the figure with its unit, at most
# three words ("9h 12m: …", "4 of 6: …", "Erste Fahrt: 2005", "Fahrgäste 2025: rund
# 612.000"); a headline's sits in a phrase ("Pensions: 3 ways to boost your payout")
_FACT_PART_MAX_WORDS = 3
_FIGURE_FIRST = re.compile(r"[^\w\s]?\d")
_FIGURE_EARLY = re.compile(r"(?:\S+ )?[^\w\s]?\d")
# a signed change ("+0.4%", "(-0.2 %)", "▲"): a market ticker's chip, no fact
_TICKER_CHANGE = re.compile(r"[▲▼△▽]|(?<![^\s(])[+\-−][\d.,]*\d ?%")
_FACT_BOX_MIN_ITEMS = 3
_AMOUNT_LIST_MIN_ITEMS = 3  # an ingredient list, a list of measures: amounts with their things
# what an author box's note says of the author after the name ("Harriet writes about …",
# "Priya has covered …", "Anna schreibt über …"): a bio's verbs and more
_AUTHOR_NOTE_VERBS = _BIO_VERBS | frozenset(
    {"has", "joined", "edits", "leads", "schreibt", "berichtet", "écrit", "couvre"}
    | {"escribe", "cubre", "è", "scrive", "é", "escreve", "cobre", "schrijft"}
)
# "Need help? Reach us here.": two sentences; any mark after the stop ('. "We', "? ¿Qué"):
# a paragraph of one short sentence is the narrow side (split_page's wants a capital after)
_INNER_SENTENCE_END = re.compile(r"[.!?] \S")
# a bullet's amount and the phrase it opens ("£2.5bn for new wards", "3 new stations"), no
# clock, score or duration ("02:14 - Source: CNN", "1 - Betis: …")
# (a recipe's fraction too: "1/2 cup", "1 1/2 cups")
_AMOUNT = re.compile(r"[^\w\s]?\d[\w.,%]*(?:/\d+)?(?: \d/\d+)? ")
# a match ticker's entry opens with the match minute alone on its line ("67'", "90.+4'",
# "45+2'", "90'+3"): its clock, counted from the kick-off
_MATCH_MINUTE = re.compile(r"\d{1,3}(?:\.?\+\d{1,2})?['’′](?:\+\d{1,2})?")
# ... and a cricket commentary's ball opens with its over and ball ("43.0", "42.6")
_OVER_BALL = re.compile(r"\d{1,2}\.[0-6]")
# ... whose commentary opens on the bowler "to" the batter and a comma ("Hazlewood to Gill, 1
# run", "Shaheen Shah Afridi to de Kock, FOUR")
_BALL_COMMENTARY = re.compile(r"\S+(?: \S+){0,2} to \S+(?: \S+){0,2},")
# a typographic end mark after the last sentence ("… officials said. ■"): still text
_END_MARK = re.compile(r"(?<=[.!?\"”’]) ?[■◼◾∎]$")
# a wire's sign-off on its own line under the text ("-- AGENCY", "(END)"): what follows is
# the site's, not the story's
_SIGN_OFF = re.compile(r"^(?:(?:--|—|–) ?[A-Z]{2,10}|\(END\))$")
_LABELLED = re.compile(r"[^\W\d_][\w'’.-]*(?: [\w'’.-]+){0,2}: ")  # "Referee: …", "TEAM A: …"
_LABELLED_LIST_MIN_WORDS = 12  # a team line: fifteen names
_HEADER_LINES_TO_STAMP = 2  # lines under a byline where the header's stamp may stand
_FIGURE_UNIT_END = re.compile(r"\d\s+[^\W\d]{1,4}\.$")  # "4 Min.", "5 min."
_ITEM_NUMBER = re.compile(r"\d{1,2}[.)]")
_RANK_MAX_DIGITS = 2  # a list's item numbers: "1" … "99"
_OPENING_SENTENCES_MAX = 3  # short sentences opening a text over its first paragraph of prose
# a standfirst under the header's stamp: "Sturmflut an der Ostsee erwartet" (split_header's
# _DECK_MIN_WORDS is a standfirst's under a headline)
_STAMP_DECK_MIN_WORDS = 4
_STOPPED_CAPTION_MIN_WORDS = 2  # a caption with its full stop over a labelled credit
# a rail of cards after the text: (headline, summary) pairs, each summary a card's sentence
# or two ("Councils were promised a plan. They are still waiting.")
_RAIL_MIN_CARDS = 2
_RAIL_SUMMARY_MAX_WORDS = 40
_FOOTER_LINE_MAX_WORDS = 6  # a site's footer line under a rail: "Newsquest Media Group Ltd"
_BOX_SUMMARY_MAX_LINES = 2  # a box card's summary over its stamp
# (headline, summary) pairs under a label offering one more story: two, no more (one
# stampless pair is also a bare link over the text's own next paragraph, which only a
# stamp tells apart: ``_stamp_under_summary``; the link alone leaves the text)
_OFFER_CARDS = 2
# a sub-heading of the text: a few words ("Le richieste dei balneari", "Un coût de 1,2
# million d'euros"), fewer than a box's headline over it (``_section_heading``)
_SECTION_HEADING_MAX_WORDS = 6
_OFFER_SUMMARY_MIN_WORDS = 8  # a box card's summary; shorter: the text's brief paragraph
_LINKS_OVER_SENTENCES = 2  # a box's bare headlines, and the text's sentences under them
_PHOTOS_GO_ON = 2  # credited photos under a box inside a photo story: its text goes on
_ECHO_STEM_CHARS = 5  # a headline's word and its lede's, across inflections ("theft(s)")
_ECHO_MIN_WORDS = 2  # a lede restating its headline shares this many of its word stems


# an entry's clock printed on its headline's line ("11:40 Uhr: Sturm erreicht Lausitz",
# "7:38 a.m. – Roads close", "Ore 11:40 - Mosca: …"): a short clock, a word of the hour
# before it at most, then a colon, dash or bar and the headline
_CLOCK_LED = re.compile(
    r"^(?P<clock>(?:[^\W\d_]{2,5} )?\d{1,2}[:.h]\d\d[^:–—|]{0,12}?) ?[:–—|-] (?=\S)"
)
# ... or between ticker marks, nothing between clock and headline ("+++ 11:52 Dax steigt +++")
_TICKER_CLOCK = re.compile(r"^\+{2,} ?(?P<clock>\d{1,2}[:.]\d\d(?: Uhr)?) (?=\S)")


def _ticker_headline(line: str) -> bool:
    """A headline between ticker marks ("++ GDL kündigt Streik ab Montag an ++")."""
    return line.startswith("++") and line.endswith("++") and len(line) > len("++ ++")


def _clock_led(line: str) -> bool:
    """An entry's headline after its clock on one line ("11:40 Uhr: Sturm erreicht
    Lausitz", "Ore 11:40 - Mosca: …", "+++ 11:52 Dax startet freundlich +++"); not a
    sentence that starts with a clock ("15:00 Uhr: Die Polizei sperrt die Straße." is a
    timeline's paragraph, its text on the line). The word before the clock must make a
    clock-only stamp with it ("Ore 11:40"; not a day's "Heute 11:40")."""
    ticker = _ticker_headline(line)
    if not ticker and not line[:1].isalnum():
        return False  # (the quick test)
    match = (_TICKER_CLOCK if ticker else _CLOCK_LED).match(line)
    if match is None:
        return False
    stamp = find_time(match["clock"])
    return stamp is not None and is_clock_only(stamp) and not _is_prose(line[match.end() :])


def _schedule_lines(f: _Features, begin: int, stop: int) -> set[int]:
    """The lines of a programme printed inside the text: clock-led lines ("Ore 21:30 -
    Concerto in piazza", ``_clock_led``), two or more in a row, with a sentence right above
    and right under the run. A live blog's entries have their text under each clock, and a
    card list stands under its heading, not between two paragraphs."""
    schedule: set[int] = set()
    first = -1  # the first line of the current run of clock-led lines (-1: none)
    for index in range(begin, stop):
        if _clock_led(f.lines[index]):
            first = index if first < 0 else first
            continue
        if (
            first > begin
            and index - first > 1
            and _is_prose(f.lines[first - 1])
            and _is_prose(f.lines[index])
        ):
            schedule.update(range(first, index))
        first = -1
    return schedule


def _body_lines(
    f: _Features,
    begin: int,
    stop: int,
    ends: set[int],
    skip: set[int],
    *,
    keep_stamps: bool,
    widgets: set[int] | None = None,
    widget_lines: set[int] | None = None,
    captions: list[Caption],
    linked: Container[str] = (),
) -> list[str]:
    """Content lines in [begin, stop): up to a heading mark once text has begun.

    ``widgets`` are marks of "Related" blocks inside the article (text goes on after
    them) and ``widget_lines`` their headline lines, which are left out. A caption printed
    under its credit above the text is added to ``captions``. ``linked``: the headlines a
    live blog's "Key events" list links to; one printed over the text is its first entry's
    headline, no header line, even before any entry's stamp (stamps under entries' text).
    """
    out: list[str] = []
    started = False
    widgets = widgets or set()
    widget_lines = widget_lines or set()
    run: list[int] = []  # positions in ``out`` of the current run of short non-prose lines
    stamped = False  # a live blog's first entry stamp was kept
    entry_stamp = -1  # where in ``out`` the last line was a stamp
    closing = -1  # the last line of a note on the author that closed the text (-1: none)
    text = stop  # where the text's second paragraph is (above it: the header and deck)
    after_meta = False  # the last line seen was a byline or stamp (the article's header)
    paragraphs = 0
    kept = -1  # the last line added to ``out``
    boxes, schedule = (
        _under_marks(f, begin, stop, widgets | ends),  # (where a "Related" box may stand)
        set() if keep_stamps else _schedule_lines(f, begin, stop),  # (a live blog's clocks)
    )
    for index in range(begin, stop):
        if (
            index in ends
            and started
            and _ends_text(f, index, after_meta, paragraphs, widgets)
            and not _prose_under_run(f, index, stop)
            and not (paragraphs == 1 and _counter_over_photo(f, index, stop))
        ):
            break
        line = f.lines[index]
        if not line:
            continue
        # a byline after the text: an author box, or a sub-heading the text goes on under
        author_box = (
            paragraphs > 1
            and not keep_stamps
            and f.bylines[index]
            and not widgets
            and not _header_byline(f, index, stop, paragraphs)
        )
        subheading = author_box and (
            _text_goes_on(f, index, stop, ends)
            or _sentences_go_on(f, index, stop, ends)
            or _people_in_place_over_text(f, index, stop, ends)
        )
        # (a header widget's short lines under the stamp, "Abc" / "Small" / "Large", are part
        # of the header: an "end" heading under them is still a counter)
        meta, after_meta = (
            after_meta,
            (
                f.is_meta(index)
                and not subheading
                and not _timeline_date(f, index, kept, stop)
                and index not in schedule
            )
            or (
                after_meta
                and not keep_stamps
                and _header_widget(line)
                and not _opening_sentence(f, index, stop)
            ),
        )
        _drop_author_lines(  # deck / "Sarah Okafor" / "Reporter" / stamp
            out,
            run,
            header=(after_meta or index in skip)
            and paragraphs <= _MAX_DECK_LINES
            # (not a live blog entry's headline under its stamp: "10:41 a.m. ET" / headline;
            # nor one over it: headline / "10:58 GMT" / text)
            and not (keep_stamps and run and run[0] == entry_stamp + 1)
            and not (
                keep_stamps and index not in skip and _headline_over_clock(f, index, kept, run)
            ),
        )
        if (author_box and not subheading) or (
            paragraphs > 1 and not keep_stamps and _SIGN_OFF.match(line)
        ):
            break  # "Written by …" or "-- AGENCY" after the text: the article has ended
        # after the text, a note on the author ("Ms. Chen is an urban planner.") or the
        # author's name printed again (an author box): only a caption follows
        box = (
            _is_bio(line, f.authors)
            or _note_under_author(f, index, stop, after_text=paragraphs > 1)
            or (
                paragraphs > 1
                and (
                    # (the name alone with the text going on under it: a pull quote's
                    # attribution, "“A bus route is not a luxury.”" / "Helen Marsh" / text)
                    # (nor the outlet's name over the header's stamp, printed first as the
                    # site's: "France Info" / … / deck / "France Info" / "Published 18:05")
                    (
                        _printed_above(f, line, text)
                        and not _paragraphs_under(f, index, stop, _is_prose, ends)
                        and not _header_byline(f, index, stop, paragraphs)
                    )
                    or (
                        _note_on_name_above(f, line, text, begin)
                        # (a picture's credit under it: the caption of a photo of the team
                        # a score widget names, "Hearts of Oak players celebrate …")
                        and not _over_picture_credit(f, index, stop)
                    )
                )
            )
        ) and not (paragraphs > 1 and _prose_under_note(f, index, stop, ends))
        closing = index if box and paragraphs > 1 and not keep_stamps else closing
        if (
            box
            or (
                index in skip and not _timeline_date(f, index, kept, stop) and index not in schedule
            )
            or index in widget_lines
            or (
                closing >= 0
                and not split_credit(line)
                # (sites print the text's correction note last, under the note on the author)
                and not (_line_above(f, index) == closing and _correction_note(line))
            )
            # a pull quote's attribution ("<Name>, <organisation>"), not a sub-heading
            or (subheading and kept >= 0 and f.lines[kept][-1] in _QUOTES)
        ):
            # (a card's lines: what came before still counts; a box's inside the text, a
            # stamp among them, are no header of the text under them)
            after_meta = meta if index in widget_lines else after_meta or meta
            continue
        # (a live entry's stamp: a clock, an age or a match ticker's minute; or its clock on
        # its headline's line, "11:30 - Evacuate 300 persone", the headline kept with it)
        stamp = f.times[index] is not None or (
            keep_stamps and (is_match_minute(f.lines, index) or _clock_led(line))
        )
        # (a standfirst under the header's stamp is the text's start, a sentence or not)
        prose = (
            _is_prose(line)
            or (not started and _deck_under_stamp(f, index, stop, live=keep_stamps))
            # (right under the header, or under a sentence kept, short or prose: not a UI
            # line's sentence further down, "This is a modal window.")
            or (
                paragraphs <= _MAX_DECK_LINES
                and (meta or not started or (kept >= 0 and _brief_full_stop(f.lines[kept])))
                and _opening_sentence(f, index, stop)
            )
        )
        if (
            (after_meta and not (keep_stamps and stamp))
            # (a photo's credit not right under a line of the text credits none of it)
            or (_bare_credit(line) and (meta or _line_above(f, index) != kept))
            # (a caption under its credit, in the header: taken into ``captions``)
            or (
                not keep_stamps
                and paragraphs <= _MAX_DECK_LINES
                and _caption_under_credit(f, index, stop, kept, captions)
            )
            # a UI line right under the header's byline or stamp, also once a standfirst of
            # sentences has begun the text ("Share this story"): the header's, not the text's
            or (
                meta
                and not keep_stamps
                and paragraphs <= _MAX_DECK_LINES
                and _header_line(line, prose, live=False)
                # (a caption right under the stamp, over its picture's credit: for the captions)
                and not _caption_over_picture_credit(f, index, stop)
            )
        ):
            continue
        if (
            not started
            and not stamp
            and not (kept == index - 1 and not keep_stamps and _between_bullets(f, index, stop))
            and line not in linked
            and _above_text(
                f,
                index,
                prose,
                (begin, stop),
                live=keep_stamps and (stamped or _live_strap(f, index, begin)),
                captions=captions,
            )
        ):
            continue
        stamped = stamped or (keep_stamps and stamp)
        if (
            prose
            or stamp
            or (_words(line) > _RUN_MAX_WORDS and not _title_case(line))  # (a headline link)
            or split_credit(line) is not None
            or (kept >= 0 and credit_under_caption(f.lines[kept], line))  # "Name | AP"
            # (in a live blog's entry, an agency's name under the caption kept, over the next
            # entry's stamp: "Sandbags outside a café" / "PA Media"; an article's may be the
            # wire's byline under a paragraph short of its full stop, "… urged the government" /
            # "PTI")
            or (keep_stamps and kept >= 0 and captioned_by_agency(f.lines[kept], line))
        ):
            if prose:  # (a live blog entry's headline under its stamp stays, not its author)
                _end_run(
                    out,
                    run,
                    keep_first=keep_stamps and run[:1] == [entry_stamp + 1],
                    boxed=index - 1 in boxes,
                )
            run = []
            entry_stamp = len(out) if stamp else -1
        elif started:
            run.append(len(out))
        started = started or (prose and split_credit(line) is None)  # (not at a caption)
        text = index if prose and paragraphs == 1 else text
        paragraphs += _is_prose(line)  # (a deck under the stamp is no paragraph of the text)
        out.append(line)
        kept = index
    _trim_tail(out, entry_stamp if keep_stamps else -1)
    return out


def _textless_last_entry(out: list[str], entry_stamp: int) -> bool:
    """A live blog's last entry printed without its text, its stamp (at ``entry_stamp`` in
    ``out``; -1: none, or no blog) and headline closing the body ("1h ago" / "Flights
    delayed at Sydney Airport"): the entry's, no trailing link."""
    return entry_stamp >= 0 and len(out) == entry_stamp + 2 and _words(out[-1]) >= _TITLE_MIN_WORDS


def _lines_under(
    f: _Features,
    index: int,
    stop: int,
    count: int,
    ends: Container[int] = (),
    *,
    widgets: Container[int] = (),
) -> Iterator[int]:
    """The first ``count`` lines under ``index`` that are not blank nor a widget's (a reader
    poll's, an ad's: ``widgets``), before ``stop`` and before an "end" heading in ``ends``."""
    seen = 0
    following = index + 1
    while following < stop and seen < count and following not in ends:
        if f.lines[following] and following not in widgets:
            yield following
            seen += 1
        following += 1


def _header_byline(f: _Features, index: int, stop: int, paragraphs: int) -> bool:
    """A byline or a name at ``index`` over the stamp, under a standfirst of sentences (at most
    ``_MAX_DECK_LINES`` ``paragraphs`` kept): the header's, not an author box after the text."""
    return paragraphs <= _MAX_DECK_LINES and _over_stamp(f, index, stop)


def _over_stamp(f: _Features, index: int, stop: int) -> bool:
    """A time stamp among the two lines under ``index`` (a byline, a role line, a stamp)."""
    return any(
        f.stamp(following) is not None
        for following in _lines_under(f, index, stop, _HEADER_LINES_TO_STAMP)
    )


def _timeline_date(f: _Features, index: int, kept: int, stop: int) -> bool:
    """A timeline's date inside the text ("… how it happened." / "Oct. 1, 2026" / "Funding
    lapses at midnight." / "Oct. 15, 2026" / …): a line that is a date alone, no clock,
    between two sentences of the text, with another such date two lines over or under
    it. It is the entry's sub-heading, the story's fact, not a header's stamp (a card's
    stamp stands under its headline, no sentence). ``kept``: the last line the text kept."""
    under = _nonblank(f, index, 1)
    if (
        kept < 0
        or under is None
        or under >= stop
        or not _bare_date(f, index)
        or f.lines[kept][-1] not in _SENTENCE_END
        or f.lines[under][-1] not in _SENTENCE_END
        or f.is_meta(under)
    ):
        return False
    after = _nonblank(f, under, 1)
    before = _nonblank(f, kept, -1)
    return (after is not None and after < stop and _bare_date(f, after)) or (
        before is not None and _bare_date(f, before)
    )


def _bare_date(f: _Features, index: int) -> bool:
    """The line is a stamp and nothing else, a date without a clock ("Nov. 10, 2026")."""
    line = f.lines[index]
    return f.times[index] == line and not has_clock(line)


def _long_paragraph(line: str) -> bool:
    return _is_prose(line) and _words(line) >= _CONTINUES_MIN_WORDS


def _long_text_paragraph(line: str) -> bool:
    """A long paragraph (``_long_paragraph``), or one as long in letters: the text under a
    box in a language of long compounds (audit A's B-5: a German text resuming under a
    stamped two-card box)."""
    return _long_paragraph(line) or (_is_prose(line) and len(line) >= _CONTINUES_MIN_CHARS)


def _text_resumes(
    f: _Features,
    index: int,
    stop: int,
    ends: set[int],
    *,
    short: Callable[[], bool],
    above: str,
    widgets: Container[int] = (),
) -> bool:
    """The text above a box going on under its last card (``index``): ``_GOES_ON_PARAGRAPHS``
    long paragraphs (long in letters too: ``_long_text_paragraph``) among the
    ``_GOES_ON_LINES`` lines under it, before an "end" heading; with ``short()`` (asked last,
    for it reads the run's every card: the site's own
    story: its header prints no outlet, unlike a news reader's story card over a list of
    other outlets' cards; a box of bare headlines: cards printing a summary over their stamp
    may end on a stampless one), as many prose paragraphs ending in a full stop, long or
    short ("… 19 words." / "… 12 words." under "Noticias relacionadas" / two cards; auditor
    D's P-D4, audit B's P-3, F-1). A card's summary is one paragraph, an author box holds
    one note, a next card's headline under its kicker prints no full stop ("Sport" /
    'Coach: "No title talk"' / its summary), and the next story under its headline restates
    it (``_next_headline``) or stands under its headline (``_next_story_headline``: audit
    B's F-3) sharing no word stem with the paragraph ``above`` the box (a crosshead of the
    text going on does: "Mieterverein kritisiert …" under "… wo Mieter …", auditor D's
    D11b): no text going on. A reader poll or an ad between the box and the text
    (``widgets``) is no line of either."""
    lines = list(_lines_under(f, index, stop, _GOES_ON_LINES, ends, widgets=widgets))
    if sum(_long_text_paragraph(f.lines[line]) for line in lines) >= _GOES_ON_PARAGRAPHS:
        return True
    sentences = [f.lines[line] for line in lines if _is_prose(f.lines[line])]
    opening = [index, *lines[:2]]  # (the line over the text: a stampless card's headline)
    return (
        len(sentences) >= _GOES_ON_PARAGRAPHS
        and all(map(_full_stop, sentences))
        # (a card's stamp line is no headline, labelled or not: "Updated on Nov 29, 2026 …")
        and not (
            f.stamp(index) is None
            and _next_story_headline(f.lines[index])
            and not _echo_count(f.lines[index], above)
        )
        and not any(
            _next_headline(f.lines[head], f.lines[lede]) for head, lede in pairwise(opening)
        )
        and short()
    )


def _next_headline(line: str, lede: str) -> bool:
    """A headline's line (more words than a sub-heading's, no sentence) whose ``lede``
    under it restates it (``_ECHO_MIN_WORDS`` of its word stems): the next story printed in
    full under a box ("Teachers in Scotland vote to accept pay offer" / "Teachers in
    Scotland have voted to accept a pay offer …": audit B's F-2), no sub-heading of the text
    resuming ("What happens next")."""
    return _headline_line(line) and _echo_count(line, lede) >= _ECHO_MIN_WORDS


def _headline_line(line: str) -> bool:
    """More words than a sub-heading's (``_SECTION_HEADING_MAX_WORDS``) and no sentence:
    a story's headline ("Library opening hours cut as budget pressures bite"), not the
    crosshead of a text going on ("What happens next")."""
    return _words(line) > _SECTION_HEADING_MAX_WORDS and not _is_prose(line)


def _next_story_headline(line: str) -> bool:
    """A headline's line (``_headline_line``: "Library opening hours cut as budget pressures
    bite") that does not open on a question word: a long crosshead of the text going on asks
    ("How much more will households in the city pay", "Ce que prévoit le texte …"; auditor
    D's D-2)."""
    return _headline_line(line) and not line.casefold().startswith(question_openings())


def _full_stop(line: str) -> bool:
    """The line ends in a full stop, also inside a closing quote ('… in a decade."')."""
    return _last_mark(line) == "."


def _text_goes_on(f: _Features, index: int, stop: int, ends: set[int]) -> bool:
    """Long paragraphs (``_GOES_ON_PARAGRAPHS``) among the ``_GOES_ON_LINES`` lines under
    ``index``, before an "end" heading: the text goes on there (an author box holds one
    note on the author at most; long in words, for a German author's bio is long in
    letters: audit E's E-4, E27)."""
    long_paragraphs = sum(
        1
        for following in _lines_under(f, index, stop, _GOES_ON_LINES, ends)
        if _long_paragraph(f.lines[following])
    )
    return long_paragraphs >= _GOES_ON_PARAGRAPHS


def _sentences_go_on(f: _Features, index: int, stop: int, ends: set[int]) -> bool:
    """Prose paragraphs, short or long, fill the ``_GOES_ON_LINES`` lines under a name but
    one (its role line): more than an author box's one note, the text going on under a
    pull quote's or a photo's name and role ("Daniel Reyes" / "Moscow correspondent" /
    "Reyes was arrested …" / "His newspaper …" / "He was sentenced …": a story about a
    journalist; audit C's P-1). Only a bare name: a byline ("By Tom Hadley") under a
    headline starts the next story of the page (audit C's C-6)."""
    if not _person_name(f.lines[index]):
        return False
    under = list(_lines_under(f, index, stop, _GOES_ON_LINES, ends))
    return len(under) == _GOES_ON_LINES and sum(_is_prose(f.lines[i]) for i in under) >= (
        _GOES_ON_LINES - 1
    )


def _people_in_place_over_text(f: _Features, index: int, stop: int, ends: set[int]) -> bool:
    """Names and the place they are in, with no "By" ("Taylor Swift and Travis Kelce in
    Kansas City"), after the text and over prose paragraphs: a photo's line (who, where)
    inside the text, which goes on under it. A byline of that shape stands over its stamp,
    in a header or a card ("Fiona Harvey and Damian Carrington in Antalya" / "1h ago")."""
    return _authors_in_places(f.lines[index]) and _paragraphs_under(f, index, stop, _is_prose, ends)


def _prose_under_note(f: _Features, index: int, stop: int, ends: set[int]) -> bool:
    """A sentence naming one word of a name ("Reyes was arrested …") with prose paragraphs
    right under it (``_paragraphs_under``) after the text: the text goes on, the sentence is
    the story's ("… / His newspaper …" / "He was sentenced …"). An author box's note names
    the author in full ("Ingrid Solvang is a columnist …", "Ms. Chen is …"), or stands over
    a link, a button, a card or the page's end."""
    words = f.lines[index].split(" ", 2)
    return (
        len(words) >= 2
        and words[1][:1].islower()
        and _paragraphs_under(f, index, stop, _is_prose, ends)
    )


def _under_marks(f: _Features, begin: int, stop: int, marks: Container[int]) -> set[int]:
    """The lines in [begin, stop) from a heading mark down to the next long paragraph: a
    "Related" box's cards may stand there, a headline over a short summary among them, in
    the shape of a sub-heading over a short paragraph (a box card's summary is short)."""
    under: set[int] = set()
    boxed = False
    for index in range(begin, stop):
        boxed = (boxed or index in marks) and not _long_paragraph(f.lines[index])
        if boxed:
            under.add(index)
    return under


def _prose_under_run(f: _Features, index: int, stop: int) -> bool:
    """Under an "end" heading at ``index``, a short run of short lines (a tag list, a share
    bar printed inside the text) and right under it long paragraphs in a row
    (``_GOES_ON_PARAGRAPHS``): the text goes on there, the heading ends nothing (not an
    author box: that holds one; not a list of headlines with summaries: a headline is no
    short line, and stands between the summaries)."""
    run = _short_run(f, index, stop, photos=False)
    return run is not None and _paragraphs_under(f, run[0] - 1, stop, _long_paragraph)


def _counter_over_photo(f: _Features, index: int, stop: int) -> bool:
    """Under the standfirst, an "end" heading right over the lead photo's credited caption
    and sentences under that (``_GOES_ON_PARAGRAPHS``): the header's counter ("Comments
    (4)"), the text's first paragraphs under it, short ones too (an author box or a comment
    thread prints no photo over its sentences). Only the photo's lines stand between
    (``_photo_lines``): tags, a commenter's or an author's name, or the next story's
    headline over its photo say the heading ended the text."""
    run = _short_run(f, index, stop, photos=True)
    return (
        run is not None
        and run[1]
        and _photo_lines(f, index, run[0])
        and _paragraphs_under(f, run[0] - 1, stop, _is_prose)
    )


def _photo_lines(f: _Features, begin: int, stop: int) -> bool:
    """Every line in [begin, stop) is a photo's: a credited caption or a credit line, or a
    caption over its credit line (no person's name: an author's headshot)."""
    block = _filled(f, begin, stop)
    return all(
        split_credit(f.lines[index]) is not None
        or (
            at + 1 < len(block)
            and _bare_credit(f.lines[block[at + 1]])
            and not _is_name(f.lines[index])
        )
        for at, index in enumerate(block)
    )


def _short_run(f: _Features, index: int, stop: int, *, photos: bool) -> tuple[int, bool] | None:
    """(the first line under it, whether a photo's credited caption is in it) of the run of
    short lines from ``index`` (``_RUN_MAX_LINES`` at most, else None); with ``photos``, a
    credited caption is one of the run's lines."""
    following, short, photo = index, 0, False
    while following < stop and short <= _RUN_MAX_LINES:
        line = f.lines[following]
        if line and (_is_prose(line) or _words(line) > _HEADER_MAX_WORDS):
            if not photos or split_credit(line) is None:
                break
            photo = True
        short += bool(line)
        following += 1
    return None if short > _RUN_MAX_LINES else (following, photo)


def _paragraphs_under(
    f: _Features,
    index: int,
    stop: int,
    paragraph: Callable[[str], bool],
    ends: Container[int] = (),
) -> bool:
    """The ``_GOES_ON_PARAGRAPHS`` lines under ``index`` (before an "end" heading in
    ``ends``) are all ``paragraph``s."""
    under = list(_lines_under(f, index, stop, _GOES_ON_PARAGRAPHS, ends))
    return len(under) == _GOES_ON_PARAGRAPHS and all(paragraph(f.lines[i]) for i in under)


def _ends_text(
    f: _Features, index: int, after_meta: bool, paragraphs: int, widgets: set[int]
) -> bool:
    """An "end" heading at ``index`` ends the text once it has begun: not before the text
    nor at / right under the stamp, where it is a counter ("Kommentare lesen" in the
    toolbar over the stamp), nor at a "Related" widget inside the text."""
    return (
        not ((after_meta or f.is_meta(index)) and paragraphs <= _MAX_DECK_LINES)
        and index not in widgets
    )


def _above_text(
    f: _Features,
    index: int,
    prose: bool,
    span: tuple[int, int],
    *,
    live: bool,
    captions: list[Caption],
) -> bool:
    """A line above the text that is none of it: "ANE MENDIETA", "From staff reports",
    "Vorlesen" (a live blog's first entry stamp, "14h02", is none), or a caption under its
    credit ("PA Media" / "The chancellor is …"), which is added to ``captions``. A credit
    under a caption under the header's stamp (``_credit_under_stamp``) stays for the
    captions stage."""
    line = f.lines[index]
    if (
        _credit_under_stamp(f, index)
        or _caption_over_picture_credit(f, index, span[1])
        or image_source_line(line)  # ("Image source, Reuters" over the first "Image caption, …")
    ):
        return False  # (the caption's credit, for ``extract_captions``; no byline)
    if _header_line(line, prose, live=live):
        return True
    if not prose and index > 0 and _over_role(f.lines, index - 1):
        return True  # the author's role under the name: "Senior lecturer, University of Eastport"
    if not prose and _credit_first(f, index, *span):
        captions.append(Caption(text=line, credit=f.lines[index - 1]))
        return True
    return False


def _live_strap(f: _Features, index: int, begin: int) -> bool:
    """A live blog's strap right under its headline (``begin``: the line under it), a
    standfirst's few words, stamp or none ("Latest updates as the storm nears"); a shorter
    line there is the header's ("Staff reporters", "in World"), and so is a longer one that
    credits its writers ("By Ann Lee and Tom Ward", "Politics team and agencies")."""
    return (
        _line_above(f, index) < begin
        and _words(f.lines[index]) >= _STAMP_DECK_MIN_WORDS
        and not f.bylines[index]
        and not names_newsroom(f.lines[index])
    )


def _deck_under_stamp(f: _Features, index: int, stop: int, *, live: bool) -> bool:
    """A standfirst printed right under the header's stamp or byline, or under a reading time
    under them ("Von Anna Wolf" / "12.03.2026, 09:40 Uhr" / "4 Min." / "Kultusministerin will
    marode Gebäude schneller sanieren" / text: audit C's P-1): a line of
    ``_STAMP_DECK_MIN_WORDS`` words up to a header line's most, right over the text's first
    paragraph (in a live blog, over its first entry's stamp: an entry's headline under its stamp
    has text under it). The deck is the start of the body. The header's other lines of that
    length stay out: a stamp, a name, the author's role, a credit, a label, a UI control, a line
    with a figure (a reading time, an update: "Aktualisiert 12h05"), a notice speaking of the
    site or to the reader ("Cet article vous est offert"); so does a caption under a photo's
    credit ("Getty Images" / caption), and the shorter lines ("Share this story", "Reporting
    from Kyiv")."""
    line = f.lines[index]
    if (
        not _STAMP_DECK_MIN_WORDS <= _words(line) <= _HEADER_MAX_WORDS
        or not line[0].isupper()
        or line[-1] == ":"
        or _FIGURE.search(line) is not None
        or f.is_meta(index)
        or _is_name(line)
        or _role_line(line)
        or split_credit(line) is not None
        or is_ui_control(line)
        or speaks_of_site(line)
        or addresses_reader(line)
    ):
        return False
    above = _line_above(f, index)
    if above >= 0 and not f.is_meta(above) and _reading_time(f.lines[above]):
        above = _line_above(f, above)
    under = next(_lines_under(f, index, stop, 1), stop)
    return (
        above >= 0
        and f.is_meta(above)
        and under < stop
        and (f.times[under] is not None if live else _is_prose(f.lines[under]))
    )


def _reading_time(line: str) -> bool:
    """A header's short line with a figure, no sentence: a reading time ("4 Min.", "5 min
    read", "Lesezeit: 3 Min.")."""
    return (
        _words(line) <= _HEADER_MAX_WORDS
        and not _is_prose(line)
        and any(char.isdigit() for char in line)
    )


def _credit_under_stamp(f: _Features, index: int) -> bool:
    """A photo's credit under a caption that stands right under the header's stamp or byline
    (stamp / "Rowers carry their boat to the slipway" / "Name/Outlet"), or an agency's name
    alone under such a caption without its full stop ("… Utrecht Centraal" / "ANP",
    ``captioned_by_agency``)."""
    caption = _line_above(f, index)
    line = f.lines[index]
    return (
        caption > 0
        and not f.is_meta(caption)
        and f.is_meta(_line_above(f, caption))
        and (_bare_credit(line) or captioned_by_agency(f.lines[caption], line))
    )


def _caption_over_picture_credit(f: _Features, index: int, stop: int) -> bool:
    """A caption over its picture's labelled credit over the text's first paragraph, under the
    header ("By Sapa" / "President Cyril Ramaphosa. File photo." / "Image: GCIS" / text): both
    stay for ``extract_captions``. The credit says it is a picture's (``credits_a_picture``: a
    label, "Image:", "Photo:"); the caption has a caption's words (``_STAMP_DECK_MIN_WORDS``
    at least: a header's "Share" over a lead photo's credit is no caption; fewer with its
    full stop, "Nieuwbouwwijk in Almere." / "Beeld ANP / Name", as no UI line ends) and no
    credit of its own."""
    line = f.lines[index]
    credit = next(_lines_under(f, index, stop, 1), stop)
    text = next(_lines_under(f, credit, stop, 1), stop)
    return (
        text < stop
        and (
            _words(line) >= _STAMP_DECK_MIN_WORDS
            or (line[-1] == "." and _words(line) >= _STOPPED_CAPTION_MIN_WORDS)
        )
        and f.stamp(index) is None
        and split_credit(line) is None
        and _bare_credit(f.lines[credit])
        and credits_a_picture(f.lines[credit])
        and _is_prose(f.lines[text])
    )


def _caption_under_credit(
    f: _Features, index: int, stop: int, kept: int, captions: list[Caption]
) -> bool:
    """A caption under a picture's credit in the article's header, over the text
    ("Published: …" / "Ann Cole/Photo Editor" / "Fishermen haul sargassum from their boats
    on Thursday." / text), which is added to ``captions``: a one-sentence caption
    (``caption_over_text``) under a credit line that is no line of the text (not ``kept``),
    with a paragraph of the text under it. The credit is printed without a label, as a
    caption's is: a lead photo printed without a caption labels its credit ("Photo:
    Courtesy", "Photograph: Name"), and the sentence under that may be the text's first. It
    says it is a picture's (``credits_a_picture``): a byline of its shape ("Ann Cole/Staff
    Writer") over a short lede is none. A picture agency's name alone over a caption without a
    full stop ("Getty Images" / "Ofgem sets the cap every three months", ``credit_over_caption``)
    credits it as it does in the text; a wire's or a team's name alone ("AGF" / "Brøndby
    Stadion · Superliga, 16. runde") over a score widget's line is no picture's."""
    line = f.lines[index]
    credit = _line_above(f, index)
    if f.stamp(index) is not None or not 0 <= credit != kept:
        return False
    above = f.lines[credit]
    under = next(_lines_under(f, index, stop, 1), stop)
    if (
        under < stop
        and _is_prose(f.lines[under])
        and (
            (
                split_credit(above) == ("", above)
                and credits_a_picture(above)
                and (caption_over_text(line) or credit_over_caption(above, line))
            )
            # (an agency's copyright over the caption's line: "© BELGA" / "Trucks on the dock.")
            or (above[:1] == "©" and agency_copyright_over_caption(line, above))
        )
        and not _credits_caption_over(f, credit)
    ):
        # (the credit as ``split_credit`` gives it: "© BELGA" credits "BELGA")
        captions.append(Caption(text=line, credit=(split_credit(above) or ("", above))[1]))
        return True
    return False


def _credits_caption_over(f: _Features, credit: int) -> bool:
    """An agency's name alone under a caption without a full stop ("Passengers at Glasgow
    Queen Street station" / "Getty Images"): that caption's credit, not the sentence's
    under it (the text's first paragraph)."""
    over = _line_above(f, credit)
    return over >= 0 and captioned_by_agency(f.lines[over], f.lines[credit])


def _bare_credit(line: str) -> bool:
    """A photo credit with no caption on its line ("Photo: Name/Agency")."""
    found = split_credit(line)
    return found is not None and not found[0]


def _correction_note(line: str) -> bool:
    """A sentence on the text's own corrections ("An earlier version of this story gave the
    wrong date.", ``notes_correction``'s words): text still right under the note on the
    author that closes the text."""
    return _is_prose(line) and notes_correction(line)


def _line_above(f: _Features, index: int) -> int:
    """The first line above ``index`` that is not blank (-1: none)."""
    above = _nonblank(f, index, -1)
    return -1 if above is None else above


def _line_under(f: _Features, index: int) -> int:
    """The first line under ``index`` that is not blank (the page's end: none)."""
    under = _nonblank(f, index, 1)
    return len(f.lines) if under is None else under


def _between_bullets(f: _Features, index: int, stop: int) -> bool:
    """A short headline-like line under a kept line, over a run of them in which one is
    longer (``_MAX_DECK_LINES`` at most), is one of the standfirst's summary bullets
    ("Miners lead gains in London" / "Pipeline flows restart after halt" / a longer one),
    no header UI."""
    if not f.is_title(index):
        return False
    for following in range(index + 1, min(stop, index + 1 + _MAX_DECK_LINES)):
        if not f.is_title(following):  # (a blank line is no title)
            return False
        if _words(f.lines[following]) > _HEADER_MAX_WORDS:
            return True
    return False


def _printed_above(f: _Features, line: str, text: int) -> bool:
    """A person's name printed again, first above the text (the byline's, alone on its line or
    after a byline's word, ``_BY_WORDS``: "By Ann Cole" / … / "Ann Cole"): an author box."""
    return (
        len(line) <= _NAME_MAX_CHARS
        and any(
            f.first_printed.get(f"{by} {line}".strip().casefold(), text) < text
            for by in ("", *_BY_WORDS)
        )
        and _person_name(line)
    )


def _note_under_author(f: _Features, index: int, stop: int, *, after_text: bool) -> bool:
    """An author box's note: a sentence right under an author's name over a newsroom role
    ("Harriet Cole" / "Consumer Affairs Correspondent" / "Harriet writes about energy bills
    …", "Priya has covered …"), opening with the name, its first or its last word and a
    bio's verb (``_AUTHOR_NOTE_VERBS``), over the header's stamp or after the text. Not the
    text's first paragraph under its byline box, whatever its words ("Alan Little" /
    "Special correspondent" / "Little is known about …"; "Will the opposition …"); not a
    quoted expert's box ("Jane Smith" / "Economist, Northbank" / "Smith is …": no newsroom
    role); no quotation (the text's speech)."""
    line = f.lines[index]
    if line[-1] not in _SENTENCE_END or line.count(" ") >= _BIO_MAX_WORDS or has_quote(line):
        return False
    role = _line_above(f, index)
    name = _line_above(f, role) if role >= 0 else -1
    if name < 0 or not _over_role(f.lines, name):
        return False  # (the quick test: most lines have no name over a role over them)
    if _newsroom_roles().isdisjoint(_WORD_RUNS.findall(f.lines[role].casefold())):
        return False
    if not after_text and not any(f.is_meta(under) for under in _lines_under(f, index, stop, 1)):
        return False  # (over the text, the box stands over the stamp)
    names = f.lines[name].split()
    words = line.split(" ", len(names) + 1)
    return any(
        words[: len(form)] == form and words[len(form)] in _AUTHOR_NOTE_VERBS
        for form in (names, names[:1], names[-1:])
        if len(words) > len(form)
    )


def _note_on_name_above(f: _Features, line: str, text: int, begin: int) -> bool:
    """After the text, "<Name> is …" where the name is a byline's author or a name printed on
    its own line above the text, whole or its first or last word ("By Tova Ennick" …
    "Tova is a correspondent"; "Brin Haldor" … "Haldor is a researcher at …"):
    the note on the author. In any language, the full name printed above then a verb
    ("<Name> writes every <weekday> …" in the page's language), printed under the headline
    (``begin``: the text's first line) or a byline's."""
    if line.count(" ") >= _BIO_MAX_WORDS:
        return False
    match = _BIO.match(line)
    if match is not None:
        return _name_forms(f).get(match["name"].casefold(), text) < text
    if line.rstrip("\"'”’»)")[-1:] not in ".!?":  # (a sentence, also one closing a quote,
        return False  # not a credit: "Ann Lee for The Review")
    forms = _name_forms(f)
    words = line.split(" ", _NAME_LINE_WORDS + 1)
    return any(  # (a lower-case word after the name: a verb, not more of a name)
        words[length][:1].islower() and _author_named(forms, " ".join(words[:length]), text, begin)
        for length in range(2, min(len(words), _NAME_LINE_WORDS + 1))
    )


def _over_picture_credit(f: _Features, index: int, stop: int) -> bool:
    """The line under ``index`` credits a picture ("Photo credit: Hearts of Oak Media"):
    the line is its caption."""
    return index + 1 < stop and credits_a_picture(f.lines[index + 1])


def _author_named(forms: dict[str, int], name: str, text: int, begin: int) -> bool:
    """``name`` was printed on a line of its own above the text, and is no place's: a menu's
    or a topic list's "Western Australia" opens the text's sentences as often ("Western
    Australia has had its driest spring …"), an author's note never. Nor is a name printed
    first over the headline (above ``begin``) an author's: a score widget's team ("Hearts of
    Oak" / "2") opens the text's sentences too; a byline's authors are at 0."""
    at = forms.get(name.casefold(), text)
    return at < text and not 0 < at < begin and not _is_place(name)


def _name_forms(f: _Features) -> dict[str, int]:
    """Where each name printed on a line of its own (two or three words: not a menu's
    "Japan"; not an outlet's), its first word and its last word are first printed; the
    byline's authors at 0. Built once a page (kept on the page's features), so the test
    above stays linear."""
    if f.name_forms is None:
        forms: dict[str, int] = {}
        printed = list(f.first_printed.items())
        printed += [(author.casefold(), 0) for author in f.authors]
        for name, at in printed:
            words = name.split(" ")
            # (not a publisher's name: "Het Polderblad Dagblad" names no "Het is …")
            if 1 < len(words) <= _NAME_LINE_WORDS and _outlet_words().isdisjoint(words):
                for form in (name, words[0], words[-1]):
                    forms[form] = min(at, forms.get(form, at))
        f.name_forms = forms
    return f.name_forms


def _end_run(out: list[str], run: list[int], *, keep_first: bool, boxed: bool) -> None:
    """A run of short lines between paragraphs is a link list or widget, left out (a list
    under its own heading stays: "Key figures:", "What changes now?", also past a longer
    item of it: "Key points:" / a long bullet / short bullets; a fact box too; and a
    sub-heading over its own short lines, ``_headed_items``, unless a "Related" heading
    stands over the run with no long paragraph between: ``boxed``). A one-sentence paragraph
    opening the run ("None needed hospital treatment.") is the text's, closing its section
    over a sub-heading: a link list's headlines print no full stop; the rest is judged alone.
    Short paragraphs of one sentence each, and nothing else, are the text's under a box too
    ("Teachers' unions backed the measure." / "Some parents opposed it."), unless one speaks
    as the site or to the reader ("Thank you for reading.": ``speaks_of_site``); so are a
    numbered list's items of one sentence under their numbers ("4." / "The contractor blamed
    the weather." / "5."): a link list's numbered headlines print no full stop. A caption
    and its agency's line, in either order (``captioned_by_agency``: "The Spirit of the Tyne
    ferry at North Shields landing" / "PA Media"), or a labelled credit over its labelled
    caption ("Image source, …" / "Image caption, …"), are a photo's: left to the captions
    stage."""
    if (
        not run
        or (
            all(_one_sentence(out[position]) or _item_number(out[position]) for position in run)
            and not all(_item_number(out[position]) for position in run)
            and not any(speaks_of_site(out[position]) for position in run)
        )
        or _answers_question(out, run)
        or _numbered_items(out, run)
        or all(_clock_led(out[position]) for position in run)  # (a programme: ``_schedule_lines``)
        or (len(run) == _CAPTION_PAIR and _entry_heading(out[run[-1]]))
    ):
        return
    if len(run) == _CAPTION_PAIR:
        first, second = (out[position] for position in run)
        if (
            captioned_by_agency(first, second)
            or captioned_by_agency(second, first)
            or image_source_line(first)  # "Image source, RCEM Wales" / "Image caption, …"
        ):
            return
    if not boxed and _one_sentence(out[run[0]]):
        run, keep_first = run[1:], False
    if run and _announces_quote(out[run[-1]]):
        run = run[:-1]  # (the text's: it announces the quote under it)
    lines = [out[position] for position in run]
    if (
        len(run) > 1
        and out[run[0]][-1] not in ":?"
        and not _in_list(out, run[0])
        and not _fact_box(lines)
        and not _amount_list(lines)
        and (boxed or not _headed_items(lines))
    ):
        for position in reversed(run[1:] if keep_first else run):
            del out[position]


def _announces_quote(line: str) -> bool:
    """A sentence of the text announcing the speech quoted under it ("Speaking to reporters,
    the minister said:"): a lead-in with a colon (``_resumes_text``) that reports speech. A
    box's lead-in ("Our sources for this fact check:") reports none."""
    return line[-1] == ":" and _resumes_text(line) and reports_speech(line)


def _answers_question(out: list[str], run: list[int]) -> bool:
    """An interview's exchange: a run of short lines under a question ("Chega a tempo do
    próximo Verão?" / "Não." / "Porquê?" / answer), each a sentence or a question, the first
    a sentence (the answer). A link list's headlines print no full stop."""
    return (
        run[0] > 0
        and out[run[0] - 1][-1] == "?"
        and out[run[0]][-1] in ".!"
        and all(out[position][-1] in ".!?" for position in run)
    )


def _headed_items(run: list[str]) -> bool:
    """Under the run's first line (a sub-heading), only the text's own short lines: one-
    sentence paragraphs ("What happens next" / "Work will start in June.") or list items
    (``_list_item``: "The main measures" / "£2.5bn for new hospital wards …"). A link list's
    headlines open with a capital or a figure and a capital and print no full stop; a
    widget's lines are a word or two or a prompt of two sentences ("Need help? Reach us
    here.")."""
    return all(_one_sentence(line) or _list_item(line) for line in run[1:])


def _amount_list(run: list[str]) -> bool:
    """A list of the text set under its headings: most of the run's lines an amount and a
    thing (``_amount_phrase``), ``_AMOUNT_LIST_MIN_ITEMS`` of them or more ("Serves 4" /
    "Ingredients" / "2 red onions, quartered" / "1 tsp fennel seeds" / "50g butter" / … /
    "Method"); no ticker's chips. A link list's headlines rarely open on an amount and a
    word in lower case; a listicle's one or two among them are no majority."""
    items = sum(1 for line in run if _amount_phrase(line) and _TICKER_CHANGE.search(line) is None)
    return items >= _AMOUNT_LIST_MIN_ITEMS and 2 * items > len(run)


def _item_number(line: str) -> bool:
    """A list item's number on its own line: "4.", "12)"."""
    return _ITEM_NUMBER.fullmatch(line) is not None


def _numbered_items(out: list[str], run: list[int]) -> bool:
    """A numbered list of the text: each item under its number alone on a line, the numbers
    counting up from "1" ("1" / "Heat the oven to 200C" / "2" / "Roll out the pastry" / …),
    perhaps under its own heading ("Method"), or from the number after the one over the
    item above the run (the list's last items, under an item of a sentence: "3" / "Add the
    eggs, then fold in the flour." / "4" / "Bake for 45 minutes"). Clean keeps bare numbers
    only of a list set between the text's sentences; a most-read list's ranks went with it.
    A count over its label ("312" / "meneos") starts from no such number."""
    lines = [out[position] for position in run]
    if not _rank(lines[0]):
        lines = lines[1:]  # the list's heading
    numbers, items = lines[0::2], lines[1::2]
    if not items or len(numbers) != len(items):
        return False
    first = _rank(numbers[0])
    before = run[0] - 2  # the number over the item above the run
    if not (first == 1 or (first > 1 and before >= 0 and _rank(out[before]) == first - 1)):
        return False
    return all(
        _rank(number) == first + step and not _rank(item)
        for step, (number, item) in enumerate(zip(numbers, items, strict=True))
    )


def _rank(line: str) -> int:
    """A list item's bare number alone on its line ("4"), 0 if the line is none. (Clean drops
    a bare rank but in the text's own list; "4." over a headline may be a link list's.)"""
    return int(line) if line.isdigit() and len(line) <= _RANK_MAX_DIGITS else 0


def _entry_heading(line: str) -> bool:
    """The first sub-heading of a Q&A or a timeline, under the section's own heading, the text
    going on under it ("Your questions answered" / "How much will bills rise?" / answer;
    "Timeline" / "October 14: Strike begins" / entry): a question, or a date with its
    label."""
    label, colon, _ = line.partition(": ")
    return line[-1] == "?" or (bool(colon) and find_time(label) is not None)


def _one_sentence(line: str) -> bool:
    """A paragraph of one short sentence ("Die Grünen stimmten dagegen.")."""
    return _brief_sentence(line) and _INNER_SENTENCE_END.search(line) is None


def _list_item(line: str) -> bool:
    """A bullet of a list in the text: a phrase of a few words that opens with an amount and
    a word in lower case ("£800m to cut waiting lists …", "12 bays for repairs"), as no
    headline does; a ticker's chip ("+1.24%") or a clock, a score, a duration ("02:14 -
    Source: CNN") is none. (A bullet in lower case is joined to the line above by clean.)"""
    return (
        _words(line) >= _TITLE_MIN_WORDS
        and _amount_phrase(line)
        and _TICKER_CHANGE.search(line) is None
    )


def _amount_phrase(line: str) -> bool:
    """ "£2.5bn for new wards", "3 new stations": an amount, then a word in lower case."""
    amount = _AMOUNT.match(line)
    return amount is not None and line[amount.end() :][:1].islower()


def _fact_box(run: list[str]) -> bool:
    """A fact box inside the text ("By the numbers" / "9h 12m: total outage …", "Erste
    Fahrt: 2005" …): each line a label and a value with a figure in it, under a heading at
    most, ``_FACT_BOX_MIN_ITEMS`` of them or more led by their figure (``_figure_led``), and
    no ticker chip among them (``_TICKER_CHANGE``). A link list's "Topic: headline" lines do
    not print a figure each, and a listicle's ("Pensions: 3 ways to boost your payout") is in
    a phrase, no figure with its unit."""
    if any(_TICKER_CHANGE.search(line) for line in run):
        return False
    facts = [line for line in run if _FACT.match(line) and _FIGURE.search(line)]
    led = sum(1 for line in facts if _figure_led(line))
    return led >= _FACT_BOX_MIN_ITEMS and len(facts) >= len(run) - 1


def _figure_led(line: str) -> bool:
    """A fact box's line whose label or value is its figure (``_FACT_PART_MAX_WORDS``)."""
    label, _, value = line.partition(": ")
    return bool(
        (len(label.split()) <= _FACT_PART_MAX_WORDS and _FIGURE_FIRST.match(label))
        or (len(value.split()) <= _FACT_PART_MAX_WORDS and _FIGURE_EARLY.match(value))
    )


def _in_list(out: list[str], position: int) -> bool:
    """Above ``out[position]``, lines that are no sentences up to a heading ending with a
    colon: the items of a list under its heading."""
    for above in range(position - 1, -1, -1):
        if out[above][-1] == ":":
            return True
        if _is_prose(out[above]):
            return False
    return False


def _trim_tail(out: list[str], entry_stamp: int = -1) -> None:
    """Trailing UI and link lines go; a photo caption stays (it has a credit, on its line or
    over it in a run of such pictures: ``_under_credits``), a paragraph closed by an end mark
    ("… officials said. ■") too, a labelled line under a labelled list ("TEAM A: …" /
    "Referee: …", a match report's) too, and so does a closing signature ("… in Mexico City.
    EFE"), but not a wire's desk codes glued after it ("… against any company. PTI ABC DEF
    RT"), nor a call to action in capitals (``_shouted``). A live blog's last entry without
    its text stays (``_textless_last_entry``: ``entry_stamp``, where its stamp is in ``out``)."""
    if _textless_last_entry(out, entry_stamp) or _closing_entry_stamp(out, entry_stamp):
        return
    desk_codes = _DESK_CODES.search(out[-1]) if out else None
    if desk_codes is not None:
        out[-1] = out[-1][: desk_codes.start()]
    while (
        out
        and (not _is_prose(_END_MARK.sub("", out[-1])) or _quoting_headline(out) or _shouted(out))
        and not _short_sentence(out[-1])
        and not _AGENCY_SIGNATURE.search(out[-1])
        and split_credit(out[-1]) is None
        and not (len(out) > 1 and _LABELLED.match(out[-1]) and _labelled_list(out[-2]))
        and not _under_credits(out)
        and not _caption_under_credit_line(out)
        and not _quote_goes_on(out)
        and not _life_span(out[-1])
        and not _answer_to_question(out)
        and not _sentence_then_more(out[-1])
    ):
        out.pop()


def _answer_to_question(out: list[str]) -> bool:
    """The last line is a sentence of two words or more ending in a full stop under a
    question ("Do you see prices coming down?" / "Not soon."): an interview's answer, the
    text's own, however short; a link or a button prints no full stop (``_answers_question``
    on the last line alone)."""
    answer = out[-1]
    return (
        answer.endswith(".")
        and answer[:1].isupper()
        and " " in answer
        and _answers_question(out, [len(out) - 1])
    )


def _sentence_then_more(line: str) -> bool:
    """A sentence of prose, then more words of prose after it ("… sobre el tráfico. Lo firma
    la asociación AVV SAN ROQUE"): a paragraph of the text that ends without its full stop,
    no link nor button (a UI line is no sentence of ``_PROSE_MIN_WORDS`` words then more),
    nor a lead-in to a box's links ("… to the community. This is how you can continue …:"),
    nor a promotion pointing to a web address ("… in italiano. Le top news anche su https://…")."""
    head, stop, rest = line.partition(". ")
    return (
        bool(stop)
        and line[-1] != ":"
        and "://" not in rest
        and "www." not in line
        and _is_prose(head + ".")
        and _words(rest) >= _PROSE_MIN_WORDS
        and not addresses_reader(line)
    )


def _closing_entry_stamp(out: list[str], entry_stamp: int) -> bool:
    """A live blog's last line is an entry's stamp (``entry_stamp``: where it is in ``out``),
    kept as every entry's is: a blog whose entries close with their stamp ends on one ("… with
    the red box." / "Martin Kessler12 March 2026 13:20"), no trailing link."""
    return entry_stamp >= 0 and entry_stamp == len(out) - 1


def _life_span(line: str) -> bool:
    """The text's closing facts line of an obituary: a word of ``[life-span]`` and two full
    dates ("Ann Lee, engineer, born 3 May 1938; died 12 November 2026"). A link's headline
    may span two dates ("Brexit timeline: from 23 June 2016 to 31 January 2020"), not a
    life, and so may a gallery's link that goes on after the dates ("Born March 3rd, 1941,
    died November 27th, 2026: her life in photos"): the facts line ends on its last date."""
    dates = list(_FULL_DATE.finditer(line))
    return (
        len(dates) >= _LIFE_SPAN_DATES
        and not line[dates[-1].end() :].strip(_LIFE_SPAN_CLOSE)
        and names_life_span(line)
    )


_LIFE_SPAN_DATES = 2
_LIFE_SPAN_CLOSE = " .;)"  # what may close the facts line after its last date
# "3 May 1938", "May 3, 1938", "May 3 1938": a day, a word (the month's) and a year; the day
# may print its ordinal ("March 14th, 1938", "14th March 1938")
_FULL_DATE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)? [^\W\d_]+ \d{4}\b|\b[^\W\d_]+\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}\b"
)


# a whole quoted sentence on its line: “It isn’t.”, "No.", «Jamais.»
_QUOTED_SENTENCE = re.compile(r"^[\"“„«][^\"“”„«»]+[.!?][\"”»]$")


def _quote_goes_on(out: list[str]) -> bool:
    """The last line is a whole quoted sentence under a paragraph of the text that quotes
    someone (“People think the danger is over,” Lyle said. / “It isn’t.”): the quote's last
    words, short as they are; no UI line or link is printed in quotation marks with its full
    stop inside. Under a paragraph that quotes no one it opens no speech: a pull quote or a
    testimonial after the text ("We will not back down.")."""
    return (
        len(out) > 1
        and _QUOTED_SENTENCE.match(out[-1]) is not None
        and _is_prose(out[-2])
        and not _QUOTES.isdisjoint(out[-2])
    )


def _shouted(out: list[str]) -> bool:
    """The last line is in capitals throughout, under a line that is not ("WANT YOUR
    COMPANY'S NEWS FEATURED ON …?" under the release): a site's call to action after the
    text, no sentence of it (a text printed in capitals has its lines above in capitals
    too). A credit in capitals ("… IN SEOUL. REUTERS/NAME") is a caption's."""
    last = out[-1]
    return (
        len(out) > 1
        and last.count(" ") >= _SHOUTED_MIN_WORDS - 1
        and last.isupper()
        and not out[-2].isupper()
        and split_credit(last) is None
    )


def _under_credits(out: list[str]) -> bool:
    """The last line is a caption under its credit line in a run of such pairs ("PA Media" /
    caption / "Getty Images" / caption): a photo story's last picture. An agency's name alone
    after the text is a wire's sign-off, and what follows it no caption."""
    return len(out) > 3 and is_agency_line(out[-2]) and is_agency_line(out[-4])


def _caption_under_credit_line(out: list[str]) -> bool:
    """The last line is a caption printed under its picture's credit line, itself under the
    text's last sentence ("… banning cash." / "Image courtesy of Facebook" / "A screenshot of
    the post"): the caption, for ``extract_captions``, no link after the text."""
    return (
        len(out) > 2
        and _bare_credit(out[-2])
        and phrase_caption_under_labelled_credit(out[-3], out[-2], out[-1])
    )


def _quoting_headline(out: list[str]) -> bool:
    """A last line under the text that is a headline ending in a quote ("Coach on the win:
    'This group never quits'"): a link after the text (a text's closing quote ends inside
    it with its sentence: "… never quits."'); a closing question stays. Titled as headlines
    are: the speaker before a colon, or Title Case; a sentence of the text may end on a
    quoted phrase without its full stop ("The union called the offer 'an insult'")."""
    last = out[-1]  # (``_trim_tail`` asks with lines left)
    return (
        len(out) > 1
        and last[-1] != "?"
        and _headline_shaped(last)
        and (": " in last or _title_case(last))
    )


def _labelled_list(line: str) -> bool:
    """A labelled list in the text ("TEAM A: A Name; B Name, …"): a label, then a run of
    names or items (not a staff credit, "Editor: Ann Lee")."""
    return _LABELLED.match(line) is not None and _words(line) >= _LABELLED_LIST_MIN_WORDS


def _header_widget(line: str) -> bool:
    """A widget's short line ("Abc", "Small", "Font size") in an article's header."""
    return _words(line) <= _WIDGET_MAX_WORDS and not _is_prose(line)


def _headline_over_clock(f: _Features, index: int, kept: int, run: list[int]) -> bool:
    """A live blog entry's headline (``kept``, the run's one line) printed over its clock on
    line ``index``, between the entry before's text and its own ("… small." / "Tsunami
    warning lifted" / "11:32 GMT" / text). A reporter's role under a name ("Ann Lee" /
    "Reporting from Tokyo") follows no text; a staff credit ("Posted by the Tokyo desk",
    auditor A's L16) opens on a byline's word, first or second."""
    stamp = f.times[index]
    if len(run) != 1 or stamp is None or not is_clock_only(stamp):
        return False
    if not _BY_WORDS.isdisjoint(f.lines[kept].casefold().split()[:2]):
        return False
    under = next(_lines_under(f, index, len(f.lines), 1), None)
    above = _line_above(f, kept)
    return (
        under is not None and above >= 0 and _is_prose(f.lines[under]) and _is_prose(f.lines[above])
    )


def _drop_author_lines(out: list[str], run: list[int], *, header: bool) -> None:
    """Short lines right above a byline or stamp under the standfirst (``header``) are the
    author's name and role, not text. A short sentence among them ("Niemand raakte
    gewond." over a closing "Door: ANP") is the text's, and so is what stands above it: a
    name or a role ends in no word and full stop, so only the lines under it go."""
    if header and run and all(_words(out[position]) <= _HEADER_MAX_WORDS for position in run):
        last = max(
            (at for at, position in enumerate(run) if _ends_sentence(out[position])), default=-1
        )
        for position in reversed(run[last + 1 :]):
            del out[position]
        run.clear()


def _ends_sentence(line: str) -> bool:
    """A line ending in a word and a sentence stop ("Niemand raakte gewond."), not in an
    initial ("Ann B."), nor a name a site prints with a full stop ("Yann Le Gall.")."""
    return line[-1] in ".!?" and line[-2:-1].islower() and not _is_name(line[:-1])


def _credit_first(f: _Features, index: int, begin: int, stop: int) -> bool:
    """A caption under its credit, before the text: a sentence without a full stop between
    a short name ("PA Media") under an author's role or place line ("Reporting from
    Westminster") and the first paragraph."""
    lines = f.lines
    role = index - 2
    return (
        role >= begin
        and index + 1 < stop
        and lines[index][-1] not in ".!?:"
        and split_credit(lines[index]) is None  # (a caption with its own credit: "… © AFP")
        and _is_name(lines[index - 1])
        and bool(lines[role])
        and f.stamp(role) is None  # (an author's role line is a byline's: "BBC News, Cornwall")
        and not _is_name(lines[role])
        and not _is_prose(lines[role])
        # (text follows; or match data does, under a photo agency's credit: "Getty Images")
        and (_is_prose(lines[index + 1]) or is_agency(lines[index - 1].split()[0]))
    )


def _opening_sentence(f: _Features, index: int, stop: int) -> bool:
    """ "Spend big." / "The filibuster survived another week." / prose: a sentence too short
    for prose opening the text under the header, with only such sentences between it and a
    paragraph of prose (``_OPENING_SENTENCES_MAX`` at most); a UI line ("Listen", "Share this
    story") ends in no full stop. So may an interview's first question over its answer
    ("Wie geht es der Stadt?" / "Finanziell schlecht." / prose; not a list of questions)."""
    question = f.lines[index][-1] == "?"
    if not _brief_full_stop(f.lines[index], ".?"):
        return False
    for under in _lines_under(f, index, stop, _OPENING_SENTENCES_MAX):
        if question and f.lines[under][-1] == "?":
            return False  # (questions over questions: an FAQ box's)
        if _is_prose(f.lines[under]):
            return True
        if not _brief_full_stop(f.lines[under]):
            return False
    return False


def _brief_full_stop(line: str, ends: str = ".") -> bool:
    """A line that is a sentence, of any length: a capital first, a full stop last (or
    ``ends``' other marks), no Title Case, no name, no figure with an abbreviated unit last
    (a reading time: "Artikel vorlesen lassen 4 Min.")."""
    return (
        line[0].isupper()
        and line[-1] in ends
        and not _title_case(line)
        and not _is_name(line)
        and _FIGURE_UNIT_END.search(line) is None
    )


def _header_line(line: str, prose: bool, *, live: bool) -> bool:
    """Before an article's text: an author or place line, or a short UI line (not in a live
    blog once its entries have begun)."""
    if _is_name(line):
        return not (live and _word_in_place(line))  # (an entry's headline: "Rust in Transvaal")
    return (
        not prose and not live and _words(line) <= _HEADER_MAX_WORDS and split_credit(line) is None
    )


def _draft(
    title: str,
    paragraphs: list[str],
    source: str | None,
    time_text: str | None,
    credited_first: Sequence[Caption] = (),
) -> ArticleDraft:
    """``credited_first``: captions printed under their credit above the text."""
    body, found = extract_captions(paragraphs)
    captions = [*credited_first, *found]
    if source is not None and _is_place(source):
        source = None  # "Jun 4th 2026|NAIROBI", "Russia" over a card: a dateline or kicker
    return ArticleDraft(
        position=0,
        role="related",
        title=title,
        body="\n\n".join(body),
        source=source,
        time_text=time_text,
        captions=tuple(captions),
    )


def _inline_widgets(
    f: _Features, page_marks: _Marks, title: int, stop: int
) -> tuple[set[int], set[int]]:
    """ "Related" blocks inside the lead (article text goes on after them), and their lines.

    A widget's items are the headline-length lines and list numbers before the text
    resumes; a short line right before a paragraph (or a list's lead-in, "… will be able
    to:") is the article's subheading. Not after an "end" heading under the article's
    text: the article has ended there; nor a rail of (headline, summary) cards under a note
    on the author (``_summary_rail``, ``_under_note_on_author``).
    """
    marks: set[int] = set()
    items: set[int] = set()
    lines = f.lines
    end_marks = page_marks.ends
    related = page_marks.related_between(title, stop)
    if not related:
        return marks, items
    text_end = _text_end(f, page_marks, title, related[-1] + 1)
    # blocks of headlines alone right before the current block: widgets too when the text
    # resumes under the last of them ("Read more" / headline / "Read more" / headline / text)
    headlines: list[tuple[int, int]] = []
    for mark in related:
        if mark >= text_end:
            break
        if mark in end_marks:
            continue  # "Reuse this content" / "More from …": the article has ended there
        block_end = min(page_marks.next_after(mark, stop), stop)
        if _sentences_only(f, mark, block_end):
            marks.add(mark)  # the text's own closing lines under a heading ("Up next")
            continue
        if _summary_rail(f, mark, block_end) and _under_note_on_author(f, mark):
            continue  # cards after the text (an "end" heading stops the loop above)
        if _rail_closes_page(f, mark, block_end):
            continue  # cards after the text: no text goes on under them
        long_paragraphs = sum(
            1
            for index in range(mark, block_end)
            if _long_paragraph(lines[index]) and not _before_footer(index, lines, end_marks)
        )
        adjacent = headlines if headlines and headlines[-1][1] == mark else []
        offered = _box_pairs(f, page_marks, mark, block_end)
        if (
            long_paragraphs < _CONTINUES_MIN_PARAGRAPHS
            and not _photos_go_on(f, mark, block_end)
            and not _sentences_under_links(f, title, mark, block_end)
            and not offered
            and not _resumes_under_stamped_card(f, page_marks, mark, block_end)
            and not _link_over_last_paragraph(
                f, page_marks, title, mark, block_end=block_end, stop=stop
            )
        ):
            headlines = (
                [*adjacent, (mark, block_end)]
                if _headlines_only(f, mark, block_end) or _topic_chips_only(f, mark, block_end)
                else []
            )
            continue
        for earlier, end in adjacent:
            marks.add(earlier)
            items.update(_filled(f, earlier, end))
        headlines = []
        marks.add(mark)
        items.update(_box_lines(f, mark, block_end, page_marks, offered)[0])
    return marks, items


def _resumes_under_stamped_card(f: _Features, marks: _Marks, mark: int, block_end: int) -> bool:
    """The box at ``mark`` closes its last card's summary with the card's stamp
    (``_stamp_under_summary``: "Correlati" / headline / summary / "27 novembre 2026") and
    the text goes on under the stamp in two sentences or a long paragraph
    (``_text_resumes_at``): a text's paragraph prints no stamp over it, so the box ends
    there however short the paragraphs under it are (audit P's s22C-c13)."""
    cards = _box_lines(f, mark, block_end, marks, [])[1]
    stamp = cards[-1][3] if cards else None
    return stamp is not None and _text_resumes_at(f, stamp + 1, block_end)


def _link_over_last_paragraph(
    f: _Features, marks: _Marks, title: int, mark: int, *, block_end: int, stop: int
) -> bool:
    """Under a label offering one more story ("Leggi anche", "Lire aussi": ``_Marks.offers``),
    one headline over one sentence that closes the text (the lead's end or an "end" heading
    under it) and speaks of what the text from the headline at ``title`` spoke of
    (``_carries_on``; the site's imprint does not): the headline is a bare link and the
    sentence the text's last paragraph, as under the same label inside the text
    (``_offered_pairs``: one pair is no box; audit B's B-05: "Leggi anche" / link / "Le
    opposizioni hanno convocato …" / paywall)."""
    filled = [index for index in range(mark, block_end) if f.lines[index]]
    if mark not in marks.offers or len(filled) != 2 or filled[0] != mark:
        return False
    sentence = f.lines[filled[1]]
    return (
        (block_end == stop or block_end in marks.ends)
        and f.is_title(mark)
        and not _is_prose(f.lines[mark])
        and _is_prose(sentence)
        and _full_stop(sentence)
        and _carries_on(f, title, mark, filled[1:])
    )


# a box card: its title, the first and past-the-last lines of its summary, and its stamp
# line (None: a card of a listing box, headline and summary only)
BoxCard = tuple[int, int, int, int | None]


def _box_cards(f: _Features, mark: int, block_end: int, marks: _Marks) -> list[BoxCard]:
    """The cards of the box at ``mark`` whose summary its stamp closes
    (``_stamp_under_summary``), or, under a heading announcing a list (``_Marks.lists``) or
    offering one more story (``_Marks.offers``), that the box's shape makes cards
    (``_listed_pairs``, ``_offered_pairs``)."""
    return _box_lines(f, mark, block_end, marks, _box_pairs(f, marks, mark, block_end))[1]


def _box_lines(
    f: _Features, mark: int, block_end: int, marks: _Marks, offered: list[int]
) -> tuple[list[int], list[BoxCard]]:
    """The box's lines under its heading at ``mark`` and its cards: headlines up to where
    the text resumes (in a photo story, ``_photos_go_on``, its next credit line), but a
    subheading over the text; a card's summary closed by its stamp (``_stamp_under_summary``)
    and the stamp are the box's too, and so are the (headline, summary) pairs right under a
    heading that announces a list (``_listed_pairs``) or offers one more story, the text
    resuming right under them (``offered``, the box's ``_offered_pairs``, which its callers
    test too)."""
    lines = f.lines
    items: list[int] = []
    cards: list[BoxCard] = []
    photos = _photos_go_on(f, mark, block_end)
    index = mark
    listed = _listed_pairs(f, mark, block_end) if mark in marks.lists else []
    offered = [] if listed else offered  # (a listed box's pairs are its cards)
    if len(offered) == 1:
        return offered, cards  # (a link, or one card: its sentence and the text stay text)
    for title in listed or offered:
        cards.append((title, title + 1, title + 2, None))
        items.extend((title, title + 1))
        index = title + 2
    if offered:
        return items, cards  # (the text resumes under them: a sub-heading or a sentence)
    while index < block_end:
        line = lines[index]
        if not line:
            index += 1
            continue
        stamp = _stamp_under_summary(f, mark, index, block_end)
        if stamp is not None:
            cards.append((_line_above(f, index), index, stamp, stamp))
            items.extend(range(index, stamp + 1))
            index = stamp + 1
            continue
        if (
            (
                _resumes_text(line)
                or (photos and _is_credit_line(line))
                or caption_with_credit(line)  # (a box's links never print a photo)
            )
            and not (index == mark and f.is_title(index))
            and not _question_link(f, items, index)
        ):
            break  # (the text or its photos resume; a quote-ended headline at the mark is a link)
        following = index + 1
        subheading = (
            _words(line) <= _SUBHEADING_MAX_WORDS
            and following < len(lines)
            and _resumes_text(lines[following])
            and _stamp_under_summary(f, mark, following, block_end) is None
        )
        if not subheading:
            items.append(index)
        index += 1
    return items, cards


def _question_link(f: _Features, items: list[int], index: int) -> bool:
    """The line at ``index`` is a headline that asks, right under the box's last link
    ("Amber warning issued as strong winds forecast" / "Can you claim compensation for a
    power cut?"): a link too (``_link_over_text``); a sub-heading's question is shorter
    (``_SUBHEADING_MAX_WORDS``), and the text resuming under links opens on a statement
    that does not answer it (``_answers``)."""
    return (
        bool(items)
        and items[-1] == _line_above(f, index)
        and f.lines[index].endswith("?")
        and _words(f.lines[index]) > _SUBHEADING_MAX_WORDS
        and _link_over_text(f, index)
        and not _answers(f, index)
    )


def _answers(f: _Features, question: int) -> bool:
    """The line under the ``question`` answers it: a sub-heading's answer is short ("About
    £50 a year.", under a box's summary's length ``_OFFER_SUMMARY_MIN_WORDS``) or repeats
    its words ("How much will a household pay?" / "A typical household will pay …"); the
    text resuming under a box's question link goes on with the story ("Can you claim
    compensation for a power cut?" / "Police said they had dealt with 60 calls …")."""
    under = _line_under(f, question)
    if under >= len(f.lines):
        return False
    line = f.lines[under]
    return _words(line) < _OFFER_SUMMARY_MIN_WORDS or _echo_count(f.lines[question], line) > 0


def _listed_pairs(f: _Features, mark: int, stop: int) -> list[int]:
    """The titles of the (headline, summary) pairs right under the heading at ``mark``, line
    after line, when there are ``_RAIL_MIN_CARDS`` or more of them (``_rail_pair``) and the
    text resumes right under the last (a long paragraph; no question heading a section):
    the list its heading announces ("Related stories", "Editors' Picks") inside the text.
    Under any other heading the same lines may be a link, the text's short paragraph, a
    sub-heading and another short paragraph, which only the heading's words tell apart;
    pairs running to the end of the text (nothing resumes under them) may be the text's
    own closing sections under a box of one card."""
    titles: list[int] = []
    index = mark
    while index + 1 < stop and _rail_pair(f, index, index + 1):
        titles.append(index)
        index += 2
    resumes = index < stop and _long_paragraph(f.lines[index])
    return titles if resumes and len(titles) >= _RAIL_MIN_CARDS else []


def _box_pairs(f: _Features, marks: _Marks, mark: int, stop: int) -> list[int]:
    """The titles of the box's (headline, summary) pairs the text resumes under: offered
    (``_offered_pairs``) or each summary telling of its headline (``_echoing_pairs``)."""
    return _offered_pairs(f, marks, mark, stop) or _echoing_pairs(f, mark, stop)


def _echoing_pairs(f: _Features, mark: int, stop: int) -> list[int]:
    """The titles of ``_RAIL_MIN_CARDS`` or more (headline, summary) pairs right under a
    "Related" heading, line after line, each summary a card's sentence (``_offer_summary``)
    using a word stem of its headline (``_echo_count``: "Teachers' pay offer accepted by
    unions" / "Members voted by 80% to accept the deal."), when the text resumes under the
    last in two sentences or a long paragraph (``_text_resumes_at``). A link over the
    text's next paragraph shares no word with it: the paragraph stays text (audit A's
    A-40, A-51)."""
    titles: list[int] = []
    index = mark
    while (
        index + 1 < stop
        and _rail_pair(f, index, index + 1)
        and _offer_summary(f.lines[index + 1])
        and _echo_count(f.lines[index], f.lines[index + 1]) > 0
    ):
        titles.append(index)
        index += 2
    return titles if len(titles) >= _RAIL_MIN_CARDS and _text_resumes_at(f, index, stop) else []


def _text_resumes_at(f: _Features, index: int, stop: int) -> bool:
    """At ``index`` the text goes on: a long paragraph, or ``_GOES_ON_PARAGRAPHS`` sentences
    with their full stops line after line (a card's summary is one)."""
    filled = [line for line in f.lines[index:stop] if line][:_GOES_ON_PARAGRAPHS]
    return bool(filled) and (
        _long_paragraph(filled[0])
        or (
            len(filled) == _GOES_ON_PARAGRAPHS
            and all(_is_prose(line) and _full_stop(line) for line in filled)
        )
    )


def _offered_pairs(f: _Features, marks: _Marks, mark: int, stop: int) -> list[int]:
    """The titles of the (headline, summary) pairs (``_rail_pair``), one or two, right under
    a label offering one more story ("Lire aussi", "Auch interessant", "Read next":
    ``_Marks.offers``), line after line, when the article's text resumes under the last
    with a sub-heading (``_resumes_under``). Two are a box of cards (``_box_lines``). Under
    "Related" alone, or no label, the same lines may be a link, the text's short
    paragraph, its sub-heading and another short paragraph; one pair may be a bare link
    over the text's next paragraph (audit A's A73: "Lire aussi" / link / "Société Générale
    a progressé de 1,8 % …" / "L'euro en hausse" / text; round 26's B-1: no length or word
    of it tells that paragraph from a card's summary), so recall keeps its sentence and
    the text under it in the lead, the link alone left out."""
    if mark not in marks.offers:
        return []
    titles: list[int] = []
    index = mark
    while (
        len(titles) < _OFFER_CARDS
        and index + 1 < stop
        and _rail_pair(f, index, index + 1, quoted=True)
        and _offer_summary(f.lines[index + 1])
        and not (
            titles
            and _section_heading(f, index, titles)
            and not _pair_off_text(f, marks, mark, index)
        )
    ):
        titles.append(index)
        index += 2
    return titles if titles and _resumes_under(f, marks, mark, titles, index) else []


def _pair_off_text(f: _Features, marks: _Marks, mark: int, title: int) -> bool:
    """The pair at ``title`` under the box at ``mark`` is a second card, however short its
    headline: its summary uses no word of the text above the box, and the paragraph under it
    does (``_carries_on``): the summary tells another story, the text resumes under it
    ("Lees ook" / headline / summary / "Huurders in Woensel boos over sloopplannen" /
    "Woningcorporatie Trudo wil …" / "De plannen … nieuwe woningen …"). The text's own
    sub-heading over its paragraph speaks of what the text spoke of (auditor B's B-2)."""
    above = marks.last_before(mark, 0)
    under = title + 2
    return (
        under < len(f.lines)
        and _resumes_text(f.lines[under])
        and not _carries_on(f, above, mark, [title + 1])
        and _carries_on(f, above, mark, [under])
    )


def _section_heading(f: _Features, index: int, titles: list[int]) -> bool:
    """The line at ``index``, under a box's pairs whose headlines are ``titles``, is short
    enough to be the text's sub-heading: ``_SECTION_HEADING_MAX_WORDS`` words or fewer, and
    fewer than every headline of the box. A card's headline as short as the box's first
    ("EZB lässt Leitzins unverändert" / "Ölpreis fällt auf Dreimonatstief") is a second card."""
    words = _words(f.lines[index])
    return words <= _SECTION_HEADING_MAX_WORDS and all(
        words < _words(f.lines[title]) for title in titles
    )


def _offer_summary(line: str) -> bool:
    """A box card's summary: a sentence in the site's voice, ``_OFFER_SUMMARY_MIN_WORDS`` to
    ``_PROSE_ANY_WORDS`` words. A shorter line ("Stellantis a reculé de 2,4 %."), a longer
    one, one opening with a quote ("«È una manovra seria …», ha detto") or tied to the
    sentence before it ("Société Générale a également …", ``links_back``), is the text's own
    paragraph under a label over a link alone."""
    return (
        _OFFER_SUMMARY_MIN_WORDS <= _words(line) < _PROSE_ANY_WORDS
        and line[:1] not in _QUOTES
        and not links_back(line)
    )


def _resumes_under(f: _Features, marks: _Marks, mark: int, titles: list[int], index: int) -> bool:
    """The article's text resumes at ``index`` (past blank lines and an ad's slot, no other
    heading) under the box at ``mark`` whose headlines are ``titles``: its sub-heading over
    a sentence (``_section_heading``; no stamp or clock: an update note, "Update, 14:30
    Uhr:", opens the text's next section under the text's own short paragraph), which
    carries on the text above the box (``_carries_on``: the site's closing lines after the
    text do not), or goes on under one pair (``_paragraphs_run``). A sentence right under
    the pairs may be the text going on under a link and its own short paragraph ("Leggi
    anche" / link / "In calo invece Stellantis, …" / "Lo spread …"), or the next story's
    lede under its standfirst: no box then."""
    lines = f.lines
    while index < len(lines) and not lines[index]:
        index += 1
    heading = marks.next_after(mark, len(lines))
    if index >= len(lines) or (
        heading <= index and (heading in marks.ends or heading in marks.related)
    ):
        return False
    under = index + 1
    if len(titles) == _OFFER_CARDS and _resumes_text(lines[index]):
        return _carries_on(f, marks.last_before(mark, 0), mark, [index])
    if (
        _resumes_text(lines[index])
        or f.stamp(index) is not None
        or has_clock(lines[index])
        or not _section_heading(f, index, titles)
        or under >= len(lines)
        or not lines[under]
        or not _resumes_text(lines[under])
    ):
        return False
    return _carries_on(f, marks.last_before(mark, 0), mark, [index, under]) or (
        len(titles) == 1 and _paragraphs_run(f, under)
    )


def _paragraphs_run(f: _Features, index: int) -> bool:
    """A second paragraph right under the one at ``index``: a sub-heading over two is the
    text's section, where a card's headline has one summary ("Auch interessant" / link /
    sentence / "Wetter am Wochenende: Frost kehrt zurück" / sentence / "Impressum"). Under
    one offered pair, whose link alone leaves the text (``_box_lines``), it keeps the text
    that shares no word with the text above (audit A's B-3: "Mehr zum Thema" / link /
    sentence / "Kritik der Opposition" / two paragraphs), which else would be lost."""
    following = index + 1
    return following < len(f.lines) and _resumes_text(f.lines[following])


def _rail_pair(f: _Features, title: int, summary: int, *, quoted: bool = False) -> bool:
    """A card's headline (no sentence; ``quoted``: or one ending on a quote, "Bce, Lagarde:
    "Tassi fermi …"", ``_headline_shaped``) over its summary (a sentence and no headline,
    short enough to be one card's, ``_RAIL_SUMMARY_MAX_WORDS``)."""
    lines = f.lines
    return (
        bool(lines[title])
        and bool(lines[summary])
        and f.is_title(title)
        and (not _is_prose(lines[title]) or (quoted and _headline_shaped(lines[title])))
        and _is_prose(lines[summary])
        and not _headline_shaped(lines[summary])
        and _words(lines[summary]) <= _RAIL_SUMMARY_MAX_WORDS
    )


def _is_credit_line(line: str) -> bool:
    """A photo's credit alone on its line ("PA Media", "Photo: Name/Agency")."""
    return is_agency_line(line) or _bare_credit(line)


def _photos_go_on(f: _Features, begin: int, stop: int) -> bool:
    """A photo story's pictures, whose captions are its text, go on under the box at
    ``begin``: the text above it ends in credit / caption pairs and the box's lines from its
    first credit on are such pairs, ``_PHOTOS_GO_ON`` of them or more each. A rail under an
    ordinary text (its last paragraph above the box) printing its cards' thumbnail credits
    is none, nor are cards of headline and summary under their credits (no pairs)."""
    above = _line_above(f, begin)
    for _ in range(_PHOTOS_GO_ON):
        credit = _line_above(f, above)
        if credit < 0 or _is_credit_line(f.lines[above]) or not _is_credit_line(f.lines[credit]):
            return False
        above = _line_above(f, credit)
    box = [line for line in f.lines[begin + 1 : stop] if line]
    first = next((at for at, line in enumerate(box) if _is_credit_line(line)), len(box))
    pairs = box[first:]
    return (
        len(pairs) >= 2 * _PHOTOS_GO_ON
        and len(pairs) % 2 == 0
        and all(_is_credit_line(line) == (at % 2 == 0) for at, line in enumerate(pairs))
    )


def _stamp_under_summary(f: _Features, mark: int, index: int, stop: int) -> int | None:
    """The stamp line closing a box card's summary that starts at ``index``: a sentence or two
    (``_BOX_SUMMARY_MAX_LINES`` lines, a card's length) right under a headline of the box,
    then a stamp ("Title" / "Wer zu spät kommt, …" / "vor 3 Stunden"). A sub-heading's
    paragraph is never closed by a stamp: the stamp tells the box's card from the text. An
    update note or a clock alone ("Updated at 11:40 a.m.", "Update 14:30 Uhr") is the text's
    own, opening its next section: a card prints an age or a date; so is a publication's
    labelled stamp closing the block (``_closing_stamp``: the article's, under its text)."""
    title = _line_above(f, index)
    if title < mark or not f.is_title(title) or _is_prose(f.lines[title]):
        return None
    words = 0
    for following in range(index, min(stop, index + _BOX_SUMMARY_MAX_LINES + 1)):
        line = f.lines[following]
        if not line:
            return None
        if (stamp := f.stamp(following)) is not None:
            card = following > index and not (
                is_update_stamp(stamp)
                or is_clock_only(stamp)
                or (_closing_stamp(f, following) and not _filled(f, following + 1, stop))
            )
            return following if card else None
        words += _words(line)
        if not _is_prose(line) or words > _RAIL_SUMMARY_MAX_WORDS:
            return None
    return None


def _summary_rail(f: _Features, begin: int, stop: int) -> bool:
    """The lines in [begin, stop) are (headline, summary) pairs and nothing else, at least
    ``_RAIL_MIN_CARDS`` of them: a headline is no sentence, a summary is a sentence and no
    headline, short enough to be one card's (``_RAIL_SUMMARY_MAX_WORDS``). A list's repeated
    shape: the summaries are cards', not paragraphs of a text resuming under the heading."""
    block = [index for index in _filled(f, begin, stop) if not _chip_over_headline(f, index)]
    if len(block) % 2 and _next_list_heading(f, block[-1]):
        block.pop()  # (the heading of the list under the rail: "Just In")
    if len(block) < 2 * _RAIL_MIN_CARDS or len(block) % 2:
        return False
    return all(
        _rail_pair(f, title, summary)
        for title, summary in zip(block[::2], block[1::2], strict=True)
    )


def _rail_closes_page(f: _Features, mark: int, block_end: int) -> bool:
    """The box at ``mark`` is a rail of (headline, summary) cards (``_summary_rail``) whose
    titles are headlines, longer than a text's sub-headings (``_headline_line``), and the
    page goes on under it with no paragraph of text, only furniture: the site's footer line
    under the last card, a short line of no sentence ("More from the Herald" / cards /
    "Newsquest Media Group Ltd"), or an ad's label or an end heading. The cards after the
    text, as a box inside a text has the text going on under it (a text's sub-headed
    paragraphs closing the page are no rail: nothing says the text has ended)."""
    block = _filled(f, mark, block_end)
    footer = (
        len(block) % 2 == 1
        and _words(f.lines[block[-1]]) <= _FOOTER_LINE_MAX_WORDS
        and not _is_prose(f.lines[block[-1]])
    )
    rail = block[:-1] if footer else block
    return (
        (footer or block_end < len(f.lines))
        and _summary_rail(f, mark, block[-1] if footer else block_end)
        and all(_headline_line(f.lines[title]) for title in rail[::2])
        and not any(_is_prose(line) for line in f.lines[block_end:])
    )


def _next_list_heading(f: _Features, index: int) -> bool:
    """The rail's last line at ``index``, right over where the next list starts, is a short
    heading of no sentence ("Just In", "Most read"): that list's, not the rail's."""
    line = f.lines[index]
    return _words(line) <= _KICKER_MAX_WORDS and not _is_prose(line) and not f.is_meta(index)


def _chip_over_headline(f: _Features, index: int) -> bool:
    """A one-word label over a card's headline ("Analysis" / headline / summary): the
    card's chip, neither headline nor summary."""
    line = f.lines[index]
    return (
        " " not in line
        and _is_name(line)
        and index + 1 < len(f.lines)
        and bool(f.lines[index + 1])
        and f.is_title(index + 1)
    )


def _under_note_on_author(f: _Features, mark: int) -> bool:
    """A note on the author between the text's last paragraph and a heading at ``mark``
    (up to ``_RUN_MAX_LINES`` lines above it): the text has ended above the heading. A
    sentence that is no such note ends the search: a box inside the text, whose shape alone
    does not tell its cards from the text's own sub-headings over short paragraphs."""
    above = _line_above(f, mark)
    for _ in range(_RUN_MAX_LINES):
        if above < 0:
            return False
        line = f.lines[above]
        if _is_bio(line, f.authors) or f.stamp(above) is not None:
            return True  # (or the text's closing date line: "Posted 29 Nov, updated 30 Nov")
        if _is_prose(line):
            return False
        above = _line_above(f, above)
    return False


def _resumes_text(line: str) -> bool:
    """A line of the article's text: a sentence, or one leading into a list ("Under the
    ruling, shops will be able to:"), which no headline ends with."""
    return _is_prose(line) or (
        line[-1:] == ":" and _words(line) >= _PROSE_MIN_WORDS and not _title_case(line)
    )


def _filled(f: _Features, begin: int, stop: int) -> list[int]:
    """The lines in [begin, stop) that are not blank."""
    return [index for index in range(begin, stop) if f.lines[index]]


def _headlines_only(f: _Features, begin: int, stop: int) -> bool:
    """Every line in [begin, stop) is a headline (a link), and there is one."""
    block = _filled(f, begin, stop)
    return bool(block) and all(f.is_title(index) for index in block)


def _topic_chips_only(f: _Features, begin: int, stop: int) -> bool:
    """Every line in [begin, stop) is a topic's chip, and there is one: a few words
    (``_KICKER_MAX_WORDS``), no sentence, stamp or source ("Related topics" / "Weather" /
    "Met Office" / "Ceredigion"). Right over a box of links the text resumes under, the
    chips are that box's furniture too, no end of the text."""
    block = _filled(f, begin, stop)
    return bool(block) and all(
        _words(f.lines[index]) <= _KICKER_MAX_WORDS
        and not _is_prose(f.lines[index])
        and not f.is_meta(index)
        for index in block
    )


def _sentences_only(f: _Features, begin: int, stop: int) -> bool:
    """Every line in [begin, stop) is a sentence with a full stop ("Hawks: Host Portland on
    Saturday.", also inside a closing quote: '… in a decade."'), and there is one: the text
    goes on under the heading; teasers print headlines (a question's too: "Why are ticket
    prices rising again?") and stamps ("Agentur · vor 2 Std.")."""
    block = _filled(f, begin, stop)
    return bool(block) and _all_sentences(f, block)


def _all_sentences(f: _Features, block: list[int]) -> bool:
    """Every line of ``block`` is a sentence with a full stop, no stamp or source in it."""
    return all(
        _full_stop(f.lines[index])
        and _META_MARK.search(f.lines[index]) is None
        and (_is_prose(f.lines[index]) or _short_sentence(f.lines[index]))
        for index in block
    )


def _sentences_under_links(f: _Features, title: int, begin: int, stop: int) -> bool:
    """The box at ``begin`` holds headlines alone (links, ``_LINKS_OVER_SENTENCES`` or more)
    and every line under them to ``stop`` is a sentence with a full stop, that many or more
    (``_all_sentences``): the text resuming in short paragraphs under a box of links
    ("Related Stories" / two headlines / "Teachers' unions backed the measure." / "Some
    parents opposed it."). One headline over sentences may be the next story printed in
    full or a card over its summary; a list of teasers prints stamps or more headlines
    between its sentences; the site's closing lines speak as the site or to the reader
    ("Our journalism relies on readers like you.", "We are committed to …":
    ``speaks_of_site``, quotes aside) or of it in the third person, naming the site and its
    owner ("The Daily Courier is part of Northern Courier Media."): the text going on shares
    a word with the text over the box (``_carries_on``); the text's own publication stamp
    under its last sentence is none of them (``_without_closing_stamp``)."""
    block = _without_closing_stamp(f, _filled(f, begin, stop))
    links = 0
    while links < len(block) and _link_over_text(f, block[links]):
        links += 1
    return (
        links >= _LINKS_OVER_SENTENCES
        and len(block) - links >= _LINKS_OVER_SENTENCES
        and _all_sentences(f, block[links:])
        and not any(speaks_of_site(f.lines[index]) for index in block[links:])
        and (
            _carries_on(f, title, begin, block[links:])
            or any(_refers_back(f.lines[index]) for index in block[links:])
        )
    )


def _without_closing_stamp(f: _Features, block: list[int]) -> list[int]:
    """The lines of ``block`` without its last when that is the text's own publication
    stamp under it (``_closing_stamp``)."""
    return block[:-1] if block and _closing_stamp(f, block[-1]) else block


def _closing_stamp(f: _Features, index: int) -> bool:
    """The line at ``index`` is a stamp alone labelled as the publication's ("Originally
    Published: November 29, 2026 at 4:30 PM MST", "Published: …"): printed under the last
    sentences of a block, the article's own stamp under its text, no teaser's (a teaser
    prints its bare date or age, as ``_own_stamp`` reads it)."""
    stamp = f.stamp(index)
    return (
        stamp is not None
        and f.lines[index] == stamp
        and is_labelled_stamp(stamp)
        and not is_update_stamp(stamp)
    )


@cache
def _referring_words() -> frozenset[str]:
    return frozenset(word_sections("referring_words.txt")[""])


def _refers_back(line: str) -> bool:
    """The sentence's subject is a pronoun for someone named before it (``data/
    referring_words.txt``): its first word ("He also mentioned Ukraine and Sudan."), or
    the one after a quote's closing comma ('"Do not forget them," he said.')."""
    after_quote = _QUOTE_THEN_WORD.match(line)
    first = after_quote or _FIRST_WORD.match(line)
    return first is not None and first.group(1).casefold() in _referring_words()


_QUOTE_THEN_WORD = re.compile(r"[\"“«„][^\"”»“]*[,!?][\"”»] (\w+)")
_FIRST_WORD = re.compile(r"(\w+)")


def _link_over_text(f: _Features, index: int) -> bool:
    """A box's headline over the text going on: a title line that is no sentence, or one
    that asks ("Why are energy bills going up again?"): a question is a headline's shape,
    and the text's own sentences under the box end with a full stop (``_all_sentences``)."""
    line = f.lines[index]
    return f.is_title(index) and (not _is_prose(line) or line.endswith("?"))


def _carries_on(f: _Features, title: int, begin: int, resumed: list[int]) -> bool:
    """A line of ``resumed`` uses a word of the text from the headline at ``title`` to the
    box at ``begin`` (``_ECHO_STEM_CHARS`` letters or more, function words aside; whole
    words: "public" is no "Published"), a name's words aside: the story going on speaks of
    what it spoke of ("… banning phones" / "Schools will have to provide … for phones");
    the site's imprint under a closing box speaks of its masthead, owner and address (names
    only: "Published by Northern Courier Media Ltd, 12 High Street, …", whose "Street" a
    local story's "Main Street" prints too)."""
    above = _content_words(" ".join(f.lines[title:begin]))
    return any(
        not above.isdisjoint(_folded_words(_without_names(f.lines[index]))) for index in resumed
    )


def _without_names(line: str) -> str:
    """The line without its names: runs of two or more capitalised words ("The Daily
    Courier", "Northern Courier Media Ltd"); a word capitalised alone stays (a sentence's
    first word, a German noun)."""
    words = line.split(" ")
    capital = [word[:1].isupper() for word in words]
    return " ".join(
        word
        for at, word in enumerate(words)
        if not (
            capital[at]
            and ((at > 0 and capital[at - 1]) or (at + 1 < len(words) and capital[at + 1]))
        )
    )


def _text_end(f: _Features, page_marks: _Marks, title: int, stop: int) -> int:
    """The first "end" heading under a paragraph of the article's text (or ``stop``); one
    right under the header's byline or stamp is a counter ("12 Comments"), and so is one
    under the standfirst over the lead photo and the text (``_counter_over_photo``)."""
    texted = 0  # paragraphs since the last byline or stamp
    scanned = title + 1  # the lines before this one are read
    mark = page_marks.next_after(title, stop)
    while mark < stop:
        if mark in page_marks.ends:  # (only an "end" heading asks what stands above it)
            for index in range(scanned, mark):
                if f.lines[index]:
                    texted = 0 if f.is_meta(index) else texted + _is_prose(f.lines[index])
            scanned = max(scanned, mark)
            if texted and not (texted == 1 and _counter_over_photo(f, mark, len(f.lines))):
                return mark
        mark = page_marks.next_after(mark, stop)
    return stop


def _before_footer(index: int, lines: tuple[str, ...], end_marks: set[int]) -> bool:
    """The last text before the copyright line or footer links: site footer prose."""
    after = index + 1
    while after < len(lines) and not lines[after] and after not in end_marks:
        after += 1
    return after in end_marks


def _resumed_texts(
    f: _Features,
    cards: Sequence[_Card],
    marks: _Marks,
    taken: Container[int],
    widgets: Container[int] = (),
) -> list[tuple[int, int, int, int]]:
    """(list's first line, the paragraph over it, first line, stop) of each text that
    resumes under a list of cards printed between its paragraphs: cards that print nothing
    under their stamps (a title, a summary over its stamp), the last of which has long
    paragraphs under its own (``_GOES_ON_PARAGRAPHS``) with a paragraph right above the
    list, no "end" heading between. The list's repeated shape says those paragraphs are not
    the last card's: they are the text above the list going on (fail soft: a list whose
    cards print text under their stamps keeps it). A kicker over the next card is no text
    under a card (``_kicker_over``); a run opened by the page's header (headline /
    standfirst / stamp) over two or more cards that print no standfirst is that header over
    a rail when its stamp is a date among the rail's ages (``_header_stamp_apart``) and the
    text's lede restates the header, not the last card (``_lede_of``): its standfirst is the
    paragraph over the list (audit B's s17B-B32). The lines of ``widgets`` (a reader poll,
    an ad) under the list are no line of the text going on (``_text_resumes``)."""
    listed = sorted((card for card in cards if not card.inline), key=lambda card: card.start)
    found: list[tuple[int, int, int, int]] = []
    first = 0  # the first card of the current run of cards with nothing under their stamps
    # the first card of that run printed in the run's shape: a card under a kicker where the
    # run's first card prints none is the next story's header (kicker / headline / date), which
    # a text resumes under only as a lone card in a box (``_boxed_card``; audit A's M-1, R-5)
    plain = 0
    n = len(f.lines)
    for at, card in enumerate(listed):
        stop = listed[at + 1].start if at + 1 < len(listed) else n
        under = _under_own_lines(f, card, stop, taken)
        if under >= stop or _kicker_over(f, under, stop):
            # (nothing under its stamp, or the next card's kicker: the run goes on)
            if (
                _kicker_over_next(f, card, stop)
                and not _kickered(f, listed[first])
                and not _boxed_run(f, listed[first], marks)
            ):
                plain = at + 1  # (a kicker the run's first card prints none of: a new header)
            continue
        # (the next story's lede restates its headline; a text resuming under an unlabelled
        # box with a chip on one card does not: the run is whole again, auditor D's D-4)
        lead = listed[first - 1] if first > 0 else None
        run_first = plain if _next_story_lede(f, lead, card, under) else first
        head = listed[run_first].start
        above = _paragraph_over_list(f, head, marks)
        if (
            at > first + 1
            and (standfirst := _standfirst_over_stamp(f, listed[first])) >= 0
            and all(_standfirst_over_stamp(f, rail) < 0 for rail in listed[first + 1 : at + 1])
            and _header_stamp_apart(listed[first], listed[first + 1 : at + 1])
            and _lede_of(f, listed[first], standfirst, card, under)
        ):  # (the run opens with the page's header: its standfirst is the paragraph over the
            # rail of cards under it, which print none)
            head, above = listed[first + 1].start, standfirst
            run_first = first
        end = min(stop, marks.next_after(under - 1, n))
        if (
            # (a byline among the last card's own lines: an article's header, no teaser's,
            # unless every card of the run prints one: the list's shape)
            (
                not any(f.bylines[index] for index in range(card.start, under))
                or _bylined_run(f, listed[run_first : at + 1], under)
            )
            and above >= 0
            and _is_prose(f.lines[above])
            and (at > run_first or _boxed_card(f, card, above, under, marks, lead=lead))
            and not any(index in marks.ends for index in range(head, under))
            and (
                _text_resumes(
                    f,
                    under - 1,
                    end,
                    marks.ends,
                    short=partial(
                        _own_box, f, lead, listed[run_first : at + 1], marks, under=under
                    ),
                    above=f.lines[above],
                    widgets=widgets,
                )
                or (
                    at == run_first
                    and (end < stop or end == n)
                    and _closing_paragraph(
                        f, card, under, end, widgets, text=_text_over_box(f, lead, above)
                    )
                )
            )
        ):
            found.append((head, above, under, end))
        first = plain = at + 1
    return found


def _closing_paragraph(
    f: _Features, card: _Card, under: int, end: int, widgets: Container[int], *, text: str
) -> bool:
    """The one line under a lone boxed card (``_boxed_card``), before an "end" heading or
    the next block, is a sentence ending in a full stop that uses no word of the card's
    headline and a word of the ``text`` above the box ("Lesen Sie auch" / "Stadion wird
    ausgebaut" / date / "Für den Trainer ist die Sache klar: …." / "Mehr zum Thema"): the
    text above the box closing under it, not the card's summary, which restates its headline.
    A sentence using neither ("Der bisherige Kaderplaner unterschreibt bis 2029.") tells the
    card's own story more often than it closes the text."""
    lines = [index for index in range(under, end) if f.lines[index] and index not in widgets]
    stamp = _line_above(f, under)  # (the card's stamp under its headline, not over it)
    if len(lines) != 1 or stamp <= card.title or f.stamp(stamp) is None:
        return False
    line = f.lines[lines[0]]
    return (
        _is_prose(line)
        and _full_stop(line)
        and not _echoes(f.lines[card.title], line)
        and _echoes(text, line)
    )


def _text_over_box(f: _Features, lead: _Card | None, above: int) -> str:
    """The text over a box whose paragraph over it is ``above``, from the ``lead``'s
    headline (``_text_top``)."""
    return " ".join(f.lines[_text_top(lead, above) : above + 1])


def _bylined_run(f: _Features, run: Sequence[_Card], under: int) -> bool:
    """Two cards or more, each printing a byline among its own lines ("Gold steadies …" /
    "By Investing.com - Nov 27, 2026" / "Dollar heads …" / "By Reuters - Nov 27, 2026"):
    a list's repeated meta line, so the last card's byline heads no article of its own."""
    ends = [*(card.start for card in run[1:]), under]
    return len(run) > 1 and all(
        any(f.bylines[index] for index in range(card.start, end))
        for card, end in zip(run, ends, strict=True)
    )


def _own_box(
    f: _Features, lead: _Card | None, run: Sequence[_Card], marks: _Marks, *, under: int
) -> bool:
    """``_text_resumes``'s ``short``: the card over the run prints no outlet (``lead``: none,
    or one with no source) or no card of the run prints one (a news reader's list names
    other outlets; a box of the site's own stories names none, whatever line over the
    headline was read as its outlet: "NSW" / headline / … / "Related Article" / card, audit
    A's A-7), and no card of the ``run`` prints a standfirst over its stamp; or the run is a
    labelled box of bylined cards (``_labelled_bylined_box``)."""
    return (
        (lead is None or lead.source is None or all(box.source is None for box in run))
        and all(_standfirst_over_stamp(f, box) < 0 for box in run)
    ) or _labelled_bylined_box(f, run, marks, under)


def _labelled_bylined_box(f: _Features, run: Sequence[_Card], marks: _Marks, under: int) -> bool:
    """A related box's label over two cards or more that each print a byline ("Related
    Articles" / title / "By Reuters - Nov 28, 2026" / title / "By …"): the box's own list
    printed inside a story, whatever outlet its header names, so the short paragraphs under
    its last card are that story going on (audit C's C-7 of round 21)."""
    return _boxed_run(f, run[0], marks) and _bylined_run(f, run, under)


def _kicker_over_next(f: _Features, card: _Card, stop: int) -> bool:
    """The next card (its first line ``stop``) prints a kicker over its title, under this
    card's own lines ("Business" / "Family bakery to open …" / date), whether the card
    reading took the kicker into a card or not."""
    above = _line_above(f, stop)
    return above > card.title and _kicker_over(f, above, stop)


def _boxed_run(f: _Features, first: _Card, marks: _Marks) -> bool:
    """A box's label stands right over the run's first card ("Related" / card / "Analysis" /
    card / the text going on): a box whose cards print a chip on some cards only, not the next
    story's header; a label announcing the next story ("Read next", ``_Marks.streams``) is
    none (audit A's A25, auditor D's D-4)."""
    labels = marks.related_between(_line_above(f, first.start) - 1, first.start + 1)
    return any(label not in marks.streams for label in labels)


def _kickered(f: _Features, card: _Card) -> bool:
    """The card prints a kicker right over its title ("Innenstadt" / headline / date)."""
    return _kicker_over(f, _line_above(f, card.title), card.title)


def _kicker_over(f: _Features, index: int, stop: int) -> bool:
    """The line at ``index`` is the only one over the next card's first line ``stop``, and a
    kicker's: a few words, no sentence, no stamp ("Schools" / "Transport" over a rail card's
    title): the next card's, no text under the card above."""
    line = f.lines[index]
    return (
        _line_above(f, stop) == index
        and _words(line) <= _KICKER_MAX_WORDS
        and not _is_prose(line)
        and not f.is_meta(index)
    )


def _standfirst_over_stamp(f: _Features, card: _Card) -> int:
    """The line of a headline's standfirst printed between it and its stamp, nothing under
    the stamp (headline / "Finance chiefs warned …" / "10 March 2026"), or -1. The page's
    header over a rail of cards that print no such line: the text under the rail's last
    card is the header's story going on."""
    standfirst = card.body_from
    stamp = standfirst + 1
    return (
        standfirst
        if stamp < len(f.lines)
        and _is_prose(f.lines[standfirst])
        and f.stamp(stamp) is not None
        and card.time_text is not None
        else -1
    )


def _header_stamp_apart(header: _Card, rail: Sequence[_Card]) -> bool:
    """The header's stamp is a date or a clock while every card of the rail under it prints
    an age ("10 March 2026" over "3h", "4h"): the page's own story over a rail of others. A
    strip of cards over an article prints ages or dates alike, its first card's among them,
    and the article's header under it is the one apart (audit A's R-1, A14)."""
    return (
        header.time_text is not None
        and not is_relative_age(header.time_text)
        and all(card.time_text is not None and is_relative_age(card.time_text) for card in rail)
    )


def _lede_of(f: _Features, header: _Card, standfirst: int, card: _Card, lede: int) -> bool:
    """The paragraph at ``lede``, under the rail's last ``card``, restates the header's
    headline or standfirst and not the card's headline (``_echoes``): the header's story
    going on under the rail, not the card's own story printed in full under a strip of cards
    whose first prints a summary (audit A's R-1)."""
    line = f.lines[lede]
    return _echoes(f"{f.lines[header.title]} {f.lines[standfirst]}", line) and not _echoes(
        f.lines[card.title], line
    )


def _resumed_paragraphs(
    f: _Features, begin: int, stop: int, ends: set[int], taken: set[int]
) -> list[str]:
    """The lines of a text resuming at ``begin`` under a list of cards (``_resumed_texts``),
    its sub-heading first: a line of ``_SECTION_HEADING_MAX_WORDS`` words or fewer, no
    sentence, stamp or person's name (the author's, "Sam Nguyen": audit A's A21), over a
    sentence ("Wed 25 Nov" / "Rearing the next generation"
    / "Teams will collect …"), which ``_body_lines`` leaves out as a header's short line
    over a text's first paragraph: a text resuming mid-story has no header."""
    paragraphs = _body_lines(f, begin, stop, ends, taken, keep_stamps=False, captions=[])
    line = f.lines[begin]
    heading = (
        begin + 1 < stop
        and _words(line) <= _SECTION_HEADING_MAX_WORDS
        and not _is_prose(line)
        and not f.is_meta(begin)
        and not _person_name(line)
        and _is_prose(f.lines[begin + 1])
    )
    return [line, *paragraphs] if heading and paragraphs[:1] != [line] else paragraphs


def _boxed_card(
    f: _Features, card: _Card, above: int, under: int, marks: _Marks, *, lead: _Card | None
) -> bool:
    """A lone card under a box's label (a "Related" mark between the paragraph ``above`` and
    the card) stamped with a date or an age, whose headline the line ``under`` it echoes
    (``_echo_count``) no more than the text over the box does (``_text_over_box``: from the
    ``lead``'s headline down to the paragraph ``above``): that text going on. The next story
    printed in full under a label ("Up next" / headline / date / paragraphs) has the same
    shape, but its lede says what its headline says; the text resuming under a box speaks of
    its own topic, and a word it shares with the box's headline it shares with the text
    above too ("Spiel" / "Spielen"). A label announcing the next story or a list ("Up next",
    "More news", "Related stories": ``_Marks.streams``, ``_Marks.lists``) is no box of one
    card. An update note or a clock alone is the text's own."""
    stamp = card.time_text
    echo = _echo_count(f.lines[card.title], f.lines[under])
    # an older story on the topic, boxed inside the story: the next story of a page is the
    # lead's day's (``_next_story_lede``), and an update note of the text is no older than
    # the text's own stamp ("Related" / headline / "Updated 2 days ago" under a text
    # stamped today: audit A's A-8)
    older = lead is not None and _dated_before(f, card, lead)
    return (
        stamp is not None
        and (older or not is_update_stamp(stamp))
        and not is_clock_only(stamp)
        and bool(labels := marks.related_between(above, card.start + 1))
        and not any(label in marks.streams or label in marks.lists for label in labels)
        and (
            echo <= _echo_count(_text_over_box(f, lead, above), f.lines[under])
            # (a word of its headline under it but no restated headline: its lede restates it)
            or (older and echo < _ECHO_MIN_WORDS)
        )
    )


def _text_top(lead: _Card | None, above: int) -> int:
    """The first line of the text over a box whose paragraph over it is ``above``: the
    headline of the ``lead`` (the card above the box), whose story's words the text going on
    under the box uses ("Antwerpen" / "… de Antwerpenaren …"), or the paragraph alone."""
    return lead.title if lead is not None and lead.title < above else above


def _next_story_lede(f: _Features, lead: _Card | None, card: _Card, under: int) -> bool:
    """The line ``under`` a kickered card opens that card's story, not the text of the
    ``lead`` (the card whose text runs over the list) going on: it restates the card's
    headline, no less than the lead's, and the card is dated no earlier than the lead. A box
    inside a story holds older stories on its topic, whose words the story's own text uses
    ("Why the border checks may never end", two days older: auditor D's D-4); the next story
    of a page is the lead's day's (audit A's A05, A06)."""
    line = f.lines[under]
    echo = _echo_count(f.lines[card.title], line)
    if lead is None:
        return echo > 0
    return (
        echo > 0
        and echo >= _echo_count(f.lines[lead.title], line)
        and not _dated_before(f, card, lead)
    )


def _dated_before(f: _Features, card: _Card, lead: _Card) -> bool:
    """The card prints a date earlier than the lead's date (an age or a clock counted back
    from the fetch time; without it, nothing: no judgement)."""
    card_time = resolve_time(card.time_text, f.fetched_at)
    lead_time = resolve_time(lead.time_text, f.fetched_at)
    return card_time is not None and lead_time is not None and card_time.date() < lead_time.date()


def _echoes(headline: str, line: str) -> bool:
    """The line uses a word of the headline (function words aside), inflected or not
    (``_ECHO_STEM_CHARS``): a story's lede restates its headline."""
    return _echo_count(headline, line) > 0


def _echo_count(headline: str, line: str) -> int:
    """How many of the headline's word stems (``_ECHO_STEM_CHARS``, function words aside)
    the line uses, inflected or not."""
    stems = {word[:_ECHO_STEM_CHARS] for word in _content_words(headline)}
    return len(stems.intersection(word[:_ECHO_STEM_CHARS] for word in _folded_words(line)))


def _content_words(text: str) -> set[str]:
    """The words of ``text`` that can say what it is about (``_folded_words``):
    ``_ECHO_STEM_CHARS`` letters or more, function words aside."""
    glue = join_words()[0]
    return {
        word for word in _folded_words(text) if len(word) >= _ECHO_STEM_CHARS and word not in glue
    }


def _paragraph_over_list(f: _Features, head: int, marks: _Marks) -> int:
    """The line over a list of cards whose first line is ``head``, over a kicker its first
    card prints above its title ("Rail strike" / title / stamp) under the list's heading
    (a mark): no line of a text. With no mark over it, the short line may be the list's."""
    above = _line_above(f, head)
    if above >= 0 and _words(f.lines[above]) <= _KICKER_MAX_WORDS and not f.is_meta(above):
        over = _line_above(f, above)
        if marks.next_after(over, above + 1) <= above:  # (a mark in (over, above])
            return over
    return above


def _under_own_lines(f: _Features, card: _Card, stop: int, taken: Container[int]) -> int:
    """The first line under a card's own lines (its title and meta lines, a summary over its
    stamp or over its author's name over its stamp) before ``stop``."""
    index = card.body_from
    while index < stop:
        if not f.lines[index] or index in taken:
            index += 1
        elif index + 1 < stop and index + 1 in taken and f.stamp(index + 1) is not None:
            index += 2  # a summary over the card's stamp
        elif (
            index + 2 < stop
            and index + 2 in taken
            and f.stamp(index + 2) is not None
            and _person_name(f.lines[index + 1])
        ):
            index += 3  # a summary over the card's author over its stamp ("PEDRO GARCÍA")
        else:
            break
    return index


def is_match_minute(lines: Sequence[str], index: int) -> bool:
    """A match ticker's minute alone on line ``index`` ("67'", "90.+4'"), or a cricket ball's
    over and ball over that ball's commentary (``_ball_over_commentary``): a live entry's
    stamp."""
    line = lines[index]
    return line[:1].isdigit() and (
        _MATCH_MINUTE.fullmatch(line) is not None or _ball_over_commentary(lines, index)
    )


def _ball_over_commentary(lines: Sequence[str], index: int) -> bool:
    """An over and ball on line ``index`` ("42.6") over the ball's commentary, the next line
    but blanks ("Hazlewood to Rahul, FOUR, cut hard past point"); a number alone over other
    text ("4.5" over a review's verdict, a quake's magnitude) is no ball."""
    if not is_over_ball(lines[index]):
        return False
    under = next((line for line in lines[index + 1 : index + 3] if line), "")
    return _BALL_COMMENTARY.match(under) is not None


def is_over_ball(line: str) -> bool:
    """A ball-by-ball commentary's over and ball alone on the line ("43.0", "42.6")."""
    return _OVER_BALL.fullmatch(line) is not None


def _text_under_lone_link(
    f: _Features, marks: _Marks, taken: Container[int]
) -> list[tuple[int, int, int, int]]:
    """(the box's heading, the paragraph over it, first line, stop) of a text going on
    under a "Related" box holding one bare headline (audit A's A-2: "Related" / a link /
    the story's last paragraphs): a teaser's summary is one paragraph, so
    ``_GOES_ON_PARAGRAPHS`` prose lines or more, up to the next heading, that speak of what
    the text over the box spoke of (``_carries_on``) are that text going on; the link alone
    is navigation."""
    found: list[tuple[int, int, int, int]] = []
    n = len(f.lines)
    for mark in marks.related:
        if mark >= n:
            continue
        link = mark if f.lines[mark] else _line_under(f, mark)  # (the heading's line is blank)
        begin = _line_under(f, link)
        stop = marks.next_after(mark, n)
        above = _line_above(f, mark)
        text = _without_closing_stamp(f, _filled(f, begin, stop))
        if (
            link < begin < stop
            and above >= 0
            and f.is_title(link)
            and not _is_prose(f.lines[link])
            and len(text) >= _GOES_ON_PARAGRAPHS
            and all(index not in taken and _is_prose(f.lines[index]) for index in text)
            and _carries_on(f, marks.last_before(mark, 0), mark, text)
        ):
            found.append((mark, above, begin, stop))
    return found
