"""split: clean lines → the lead article and its related teasers.

Signals, not site rules. Each line gets a few cheap features: is it a time stamp
(``streams.timestamps.find_time``), a meta line ("Reuters · 4 hours ago"), a source
echo ("- South China Morning Post"), an attribution ("Source: BBC News"), a byline
("By Jane Doe", "Story by …", "Written By: PTI"), name-like (a short Title Case line
without sentence punctuation: a publisher, an author, a section), title-like (a few
words, not ending like a sentence, not a photo caption), prose (a sentence: long or
ending with punctuation).

**Cards** are found around their time stamps. A card is a cluster of meta lines
(time stamps, bylines, echoes, attributions) with a title after it (portal cards:
source / time / title / summary) or before it (article headers: title / byline /
time / body). A name-like line right above the cluster is the card's source when a
title follows it; otherwise the title is the title-like line above the cluster. A
stamp printed over two lines ("June 3, 2025" / "8:42 AM GMT+9") is one stamp, and a
publication stamp wins over an "Updated …" one. A card's body runs to the next card,
a heading mark, or the end of the page.

**Teasers without a stamp**: in a block opened by a "Related" heading
(``CleanPage.marks``), a title-like line followed by summary prose is a teaser. A bare
list of headline links (title only) is navigation, not articles. An advertising card
(after a "Sponsored"/"Ad" label) is dropped with its title and text.

**The lead** is the article before the first card: its title is the first title-like
line followed (after bylines, stamps, author lines, at most two other lines) by prose;
lines above it are navigation. When the page's URL has a slug, a title-like line of more
than six words that shares at least two of its words, and twice as many as the first
choice, is the headline instead (an alert banner or a standfirst is not); no slug, no
change. With no such title over the first card, a story's header under a rail of cards
(title / stamp cards, then "headline / By … / date / paragraphs") is the lead, put first
(``_lead_header``). Its body runs to the first card or a heading that ends the article (a
text that resumes under a list of cards printed between its paragraphs, the cards printing
nothing under their stamps, goes on: ``_resumed_texts``); trailing lines that are not prose
("Explore what … can do for you:") are trimmed, and a body needs some substance
(``_LEAD_MIN_WORDS`` words, one real sentence) or the page has no lead (404, consent
and bot walls, login pages); on a page without cards, no stamp over a single short
paragraph is such a notice too, unless the lines from its headline on read as a list of
three or more stampless teasers (headline / summary: ``_listed_from``, also over stamped
cards), read as under a "Related" heading. If there is no such article above the cards,
the first card with a real body (``_REAL_BODY_WORDS`` words) is the lead, at position 0
even under a rail of cards; a page of bare cards (an aggregator's story cluster) has no
lead. A page whose only text is one short card (a headline over its stamp) gives the lead
when it tells a story (a two-sentence flash, a brief: ``_lone_story``); a stamp under its
heading keeps it an article either way. All other articles are ``related``.
The lead's source is what the page prints with it (a source or attribution line, a meta
line, a publisher line of two or more words, an acronym, a one-word agency or an
outlet's name above its title, also over a stamp over it); a dateline's "(Reuters)" is
article text, not a source, and a person's name between a headline and its stamp is its
author, not a source. A stamp glued to a byline after a comma ("By X, Staff,Updated …")
is the line's stamp, and a video player inside the text ("Play video" / "01:47" / its
title) is neither a card nor text.

**Live blogs** (a short "Live" kicker above the headline, or a headline that starts or
ends with "live") are one article: the headline is the title; the entries up to the
first "Related"/end heading are paragraphs of its body, each keeping its printed
time stamp ("21.41 BST", "Posted at 14:52") and headline; the stamp printed with the
headline ("Updated 5 mins ago") is the lead's ``time_text``; author lines and tags
(name-like lines) are dropped. Cards after the blog are teasers as usual.

Captions are taken out of every body (``streams.captions``).

**Modules.** This module composes the stage (``split_articles``) and gives each article
its role; the rules live in flat modules beside it, one concern each, imported in this
order (each imports only those before it, no cycles):

- ``split_lines``: what one line is, from its text alone (name, title, prose, byline, meta);
- ``split_page``: the page's line model (``_Features``: every line's features, computed
  once), its heading marks, the card record, and the predicates on it every stage shares;
- ``split_sources``: who published an article (publishers, agencies, a page's own site);
- ``split_header``: an article's header (the lead's headline, kicker, deck, byline, stamp);
- ``split_cards``: the cards (teasers) around time stamps, their layouts, ad cards;
- ``split_body``: an article's text: where it ends, what in it is not text, its draft;
- ``split_no_article``: whether a lead's text is a story or a page without one;
- ``split_live``: live blogs;
- ``split_teasers``: the related articles' drafts: cards, and teasers without a stamp.

Flat modules, not a ``streams/split/`` package: the stages under ``streams/`` are flat
modules (enrich is ``scan``, ``gazetteer``, ``countries``, ``actors``, … beside it), the
``split_`` prefix keeps this stage's modules together in a listing, and each module name
maps to one file for the mypyc build (pyproject.toml's ``[tool.pagewire.mypyc]``). The
helpers keep their leading underscore: they are private to this stage, imported by its
own modules only, never by another stage.
"""

import itertools
import re
from bisect import bisect_right
from collections.abc import Container
from dataclasses import replace
from datetime import date

from schemas.article import Caption
from streams.boilerplate import announces_list, is_section_name
from streams.captions import extract_captions, split_credit
from streams.model import ArticleDraft, CleanPage
from streams.split_body import (
    _SECTION_HEADING_MAX_WORDS,
    _body_lines,
    _draft,
    _echoes,
    _inline_widgets,
    _resumed_paragraphs,
    _resumed_texts,
    _text_under_lone_link,
)
from streams.split_cards import (
    _ad_lines,
    _chipped_cards_under,
    _comment_lines,
    _find_cards,
    _kicker_slot_chips,
    _kicker_word_sources,
    _source_over_title,
    _strong_publisher,
)
from streams.split_header import (
    _agency_or_outlet,
    _agency_over_stamp,
    _breadcrumb_kickers,
    _drop_author_sources,
    _header_agencies,
    _lead_header,
    _lead_meta,
    _masthead,
    _own_stamp,
    _published_under_update,
    _publisher_as_printed_over,
    _slug_card,
    _source_over_stamp,
    _sources_of_other_cards,
    _story_text,
    _teasers_from,
    _without_kicker,
)
from streams.split_lines import (
    _HEADLINE_MAX_WORDS,
    _PROSE_ANY_WORDS,
    _PROSE_MIN_WORDS,
    _SENTENCE_END,
    _SHORT_NAME_WORDS,
    _is_prose,
    _last_mark,
    _person_name,
    _two_sentences,
    _words,
)
from streams.split_live import (
    _after_entries,
    _blog_stop,
    _entries_live_title,
    _has_entries,
    _is_live_kicker,
    _live_blog,
    _live_entries,
    _live_title,
    _prose_above,
)
from streams.split_no_article import (
    _dated_or_counted,
    _has_substance,
    _lone_story,
    _weekdays,
    holds_story,
    offers_plans,
    widget_card,
)
from streams.split_page import (
    _KICKER_MAX_WORDS,
    _REAL_BODY_WORDS,
    _WORD,
    _Card,
    _Features,
    _features,
    _Marks,
    _nonblank,
    _poll_lines,
)
from streams.split_sources import (
    _closing_source,
    _own_site,
    _site_keys,
    masthead_address,
    masthead_shape,
    site_desk,
)
from streams.split_teasers import (
    _card_drafts,
    _Reading,
    _same_topic_shape,
    _teasers_without_stamp,
    capitals_author,
)
from streams.timestamps import (
    has_clock,
    is_clock_only,
    is_labelled_stamp,
    is_relative_age,
    is_update_stamp,
    resolve_time,
)

_LIST_MIN_CARDS = 3  # cards under a list's heading and description
_DAY_HEADING_WORDS = 4  # a page's heading under the day's date ("Aktuell aus der Region")
_HEADING_LIST_CARDS = 3  # cards from a heading's card down (a day's, a count's), its own one
_LIST_HEADER_GAP = 6  # short lines between a list's description and its first card
_LISTED_CARDS = 2  # other cards printing a source and stamp, as a teaser does: a list
_CLOSING_NOTE_LINES = 5  # lines over a closing stamp's "card" searched for the text over it
_TOP_TEASERS = 3  # stampless cards from the "lead's" headline down to the first stamped card
_AUTHORED_TEASERS = 2  # the same, when every card prints its author under its summary
_TEASER_SUMMARY_LINES = 1  # a card's summary: one line under its headline
# a sentence's end inside a line ("… stays at $2. Residents …"; an abbreviation, "Mr. Lee",
# reads as one too: such a line is no one-sentence summary, the cautious side). The widest of
# the five "sentence ends inside the line" tests: quotes and brackets about the stop, any run
# of spaces, and no letter before it ("$2.")
_INNER_STOP = re.compile(r"[.!?][\"”»’)]? +[\"“«]?[A-ZÀ-Þ]")


def _widgets_and_ends(f: _Features, page: CleanPage) -> tuple[set[int], set[int]]:
    """The lines of ad cards and reader polls (widgets, no text), and the marks that end an
    article: an "Ad" slot inside a text that goes on under it (no ad card) ends none; nor
    does a heading clean dropped over a poll's question ("Have your say"): the poll's label."""
    polls = _poll_lines(page.lines)
    ads = _ad_lines(f, page) | polls
    ends = {
        index for index, kind in page.marks if index not in polls and (kind != "ad" or index in ads)
    }
    return ads, ends


def split_articles(page: CleanPage) -> list[ArticleDraft]:
    lines = page.lines
    n = len(lines)
    if not n:
        return []
    day = page.raw.fetched_at.date() if page.raw.fetched_at is not None else None
    f = _features(
        lines,
        page.raw.url,
        page.clips,
        page.slotted,
        day,
        fetched_at=page.raw.fetched_at,
        chip_sources=page.chip_sources,
    )
    site = _site_keys(page.raw.url)
    page_marks = _Marks.of(page)
    related = page_marks.related
    ads, ends = _widgets_and_ends(f, page)
    drafts: list[tuple[int, ArticleDraft]] = []  # (first line, draft)
    lead_start: int | None = None  # the lead's first line (a rail of cards may stand over it)
    notice = range(0)  # the lines of a text judged no story (``holds_story``)
    inline: set[int] = set()  # "Related" marks of widgets inside the lead

    live, live_stop = _live_heading(f, related, ads)
    if live is not None:
        lead_start, cards, taken = _live_blog(f, page, live, ads, drafts, end=live_stop)
    else:
        cards, taken = _stamped_list(f, ads | _comment_lines(f, page), site, day, page.lists)
        lead_title, first_card, short, offered = _header_or_offered(
            f, cards, taken, page.raw.text, page_marks, site=site
        )
        if lead_title is not None:
            source, header_time = _lead_meta(f, lead_title, first_card)
            teasers = _teasers_from(
                f, page_marks.related_between(lead_title, first_card), first_card
            )
            time_text = _own_stamp(f, lead_title, teasers or first_card, header_time, first_card)
            source = (
                _closing_source(f, lead_title, first_card)
                or source
                or _agency_over_stamp(f, lead_title, first_card, time_text)
            )
            source = None if _author_over_summary(f, lead_title, source) else source
            widgets, widget_lines = _inline_widgets(f, page_marks, lead_title, first_card)
            inline |= widgets
            credited: list[Caption] = []
            paragraphs = _body_lines(
                f, lead_title + 1, first_card, ends,
                taken.difference(range(offered.start, offered.body_from)) if offered else taken,
                keep_stamps=False,
                widgets=widgets, widget_lines=widget_lines, captions=credited,
            )  # fmt: skip
            story = holds_story(
                lines,
                lead_title,
                first_card,
                paragraphs,
                url=page.raw.url,
                site=site,
                time_text=time_text,
                sourced=source is not None and not _own_site(source, site),
                short_heading=short,
                offered_under=any(
                    mark in page_marks.offers
                    for mark in page_marks.related_between(lead_title, first_card + 1)
                ),
            )
            listed = (
                _headed_list(f, page_marks, lead_title, first_card, taken | ads) if story else None
            )
            if listed is not None:  # the "lead" is the first card of a list: no lead
                page_marks = listed
            elif story:
                lead_start = lead_title
                drafts.append(
                    (
                        lead_title,
                        _draft(
                            _without_kicker(lines[lead_title]),
                            paragraphs,
                            source,
                            time_text,
                            credited,
                        ),
                    )
                )  # its lines are no teasers, even under a "Trending" menu item above it
                lead_end = min(first_card, page_marks.next_after(lead_title, n))
                taken = taken | set(range(lead_title, lead_end))  # (not the cards' summaries)
                cards = _not_over_lead_stamp(f, cards, lead_title, {time_text, header_time})
            else:
                notice = range(lead_title, first_card)
                if not offers_plans(lines, lead_title, first_card):
                    # no story, no paywall's offer: a list of stampless cards, maybe, also over
                    # stamped ones (else their headlines and summaries are lost)
                    page_marks = _listed_from(f, page_marks, lead_title, taken | ads)

    _add_related(
        f,
        cards,
        _Reading(
            _unheaded_front(f, page_marks, cards, taken | ads, lead=lead_start), ends, taken, inline
        ),
        ads,
        drafts,
    )
    # (the lead first, then page order)
    ordered = [draft for _, draft in sorted(drafts, key=lambda item: item[0] != lead_start)]
    lead_found = lead_start is not None
    if not lead_found:  # (no article when the only draft is the text judged no story)
        alone = _notice_alone(drafts, notice) or _widget_alone(drafts)
        ordered = [] if alone else _header_over_embed(ordered)
    own_header = not lead_found and _bylined_first(f, [start for start, _ in drafts])
    return _assign_roles(
        ordered,
        lead_found=lead_found,
        site=(site, next((line for line in lines if line), "")),  # (with the masthead)
        own_header=own_header,
        headed=bool(drafts) and min(start for start, _ in drafts) in page_marks.related,
    )


def _bylined_first(f: _Features, starts: list[int]) -> bool:
    """The first draft's headline stands over a byline ("By Priya Raman", "Von Eva Huber")
    and no other draft's does: the page's own story's header, the cards after it. (A rail
    of bylined cards prints a byline under every title; a portal's cards print none.)"""
    bylined = [start for start in starts if start + 1 < len(f.lines) and f.bylines[start + 1]]
    return bool(starts) and bylined == [min(starts)]


def _live_heading(f: _Features, related: list[int], ads: set[int]) -> tuple[int | None, int | None]:
    """A live blog's headline and the line its entries end at (None: to the page's end),
    or no headline: a "Live" label over entries, else entries opened by clock times."""
    labelled_stop = _blog_stop(f, related)  # (a "Live" label: a heading over the menu is no end)
    live = _live_title(f, labelled_stop)
    if live is not None and (
        not _has_entries(f, live, labelled_stop)
        or _chipped_cards_under(f, live, labelled_stop, topic=_topic_under_label(f, live))
    ):
        live = None  # "EN DIRECT" as a menu item over an ordinary article, or a card's chip
    if live is None:
        return _entries_live_title(f, related, ads)
    if entries := _live_entries(f, live + 1, labelled_stop, widgets=ads):
        return live, _after_entries(f, entries, ads)
    return live, None


def _topic_under_label(f: _Features, headline: int) -> bool:
    """A topic line stands between a live label and ``headline`` ("Liveticker" /
    "Ukraine-Verhandlungen" / headline): the label may be a menu's item over a card."""
    lines = f.lines
    return (
        headline >= 2
        and bool(lines[headline - 1])
        and not _is_live_kicker(lines[headline - 1])
        and _is_live_kicker(lines[headline - 2])
    )


def _notice_alone(drafts: list[tuple[int, ArticleDraft]], notice: range) -> bool:
    """The page's only draft is read from the lines the lead's verdict judged no story
    (``notice``: a topic's name over "No stories yet" / "We haven't found any coverage
    …"), as a teaser under a heading, with no stamp and no source: one such card is no
    list of teasers, and the page has no article."""
    if len(drafts) != 1:
        return False
    start, draft = drafts[0]
    return start in notice and draft.time_text is None and draft.source is None


def _widget_alone(drafts: list[tuple[int, ArticleDraft]]) -> bool:
    """The page's only draft, with no source, is a widget's card (``widget_card``: a
    listings page's prompt to the reader, a forecast's temperature): no article."""
    if len(drafts) != 1:
        return False
    draft = drafts[0][1]
    return draft.source is None and widget_card(draft.title, draft.body)


def _card_lead(drafts: list[ArticleDraft], *, own_header: bool, headed: bool) -> int | None:
    """The lead among the cards: the first with a real body, or a short story of several
    paragraphs over one-paragraph summaries, or over shorter cards when its headline alone
    stands over a byline (``own_header``: a card printing two lines after it is no rival,
    audit B's PE-9); none on a page of bare cards. Under a list's heading over the first
    card (``headed``: "Top stories"), a card's one paragraph is no real body when the
    cards print their source and stamp alike (``_listed_summary``)."""
    alike = [draft for draft in drafts if _sourced_and_stamped(draft)]  # (once per page)
    lead = next(
        (
            i
            for i, draft in enumerate(drafts)
            if _words(draft.body) >= _REAL_BODY_WORDS
            and not (headed and _listed_summary(alike, draft))
        ),
        None,
    )
    if lead is not None:
        return lead
    multi = [i for i, d in enumerate(drafts) if "\n\n" in d.body]
    if multi[:1] != [0] or len(drafts) < 2 or not _has_substance(drafts[0].body.split("\n\n")):
        return None
    if len(multi) == 1 or (own_header and _longest_first(drafts)):
        return 0
    return None


def _listed_summary(alike: list[ArticleDraft], draft: ArticleDraft) -> bool:
    """The draft's text is one paragraph under its source and stamp, the meta line
    ``_LISTED_CARDS`` other drafts print too (``alike``: the page's drafts printing both,
    ``_sourced_and_stamped``): a teaser's summary in a list of alike cards (a portal's "Top
    stories" with no main story), however long, no story's text. (A flash over such cards
    under a heading of their own, "More news", stays a story.) Alike cards print a summary
    too: text over bare headlines is a story over its links."""
    return (
        "\n\n" not in draft.body
        and _sourced_and_stamped(draft)
        and len(alike) > _LISTED_CARDS
        and any(other is not draft and other.body for other in alike)
    )


def _sourced_and_stamped(draft: ArticleDraft) -> bool:
    return draft.source is not None and draft.time_text is not None


def _longest_first(drafts: list[ArticleDraft]) -> bool:
    """The first draft's text is longer than any other's: a story over shorter cards."""
    first = _words(drafts[0].body)
    return all(_words(draft.body) < first for draft in drafts[1:])


def _header_or_offered(
    f: _Features,
    cards: list[_Card],
    taken: set[int],
    printed: str,
    marks: _Marks,
    *,
    site: frozenset[str],
) -> tuple[int | None, int, bool, _Card | None]:
    """``_lead_header``'s (headline, stop, short) over the first card and None, else a
    story printed under a rail card's summary (``_story_under_summary``), else the
    story read as the page's only card under a heading offering one more
    (``_offered_story``): its headline, the page's end, and the card (its header's lines, a
    standfirst among them, are the lead's, and no card's when its text proves a story;
    else the card's reading stands)."""
    listed = [card for card in cards if not card.inline]
    first_card = listed[0].start if listed else len(f.lines)
    title, stop, short = _lead_header(f, cards, first_card, taken, printed)
    if title is None and (column := _story_under_summary(f, listed, taken, site)) is not None:
        return (*column, False, None)
    offered = _offered_story(f, listed, marks) if title is None else None
    if offered is None:
        return title, stop, short, None
    return offered.title, len(f.lines), False, offered


def _story_under_summary(
    f: _Features, listed: list[_Card], taken: set[int], site: frozenset[str]
) -> tuple[int, int] | None:
    """(headline, stop) of a story printed under a rail card's one-line summary: its name
    line (an author's, a publisher's), a headline of more than a crosshead's words, and a
    story's text (``_story_text``) before the next card ("Bloomberg · 4h" / title / summary
    / "Nesrine Okafor" / "Our cities cannot keep building roads …" / paragraphs: audit B's
    s17B-B15). A teaser's summary is one paragraph; a name over a headline over paragraphs
    is a header, the page's lead, not more of the card. Only under a rail (a card above
    it) none of whose cards prints a story's text; a card's summary of several lines, a
    crosshead (short, no name over it) under it, or a text whose lede restates the card's
    headline or summary (``_echoes``: the card's own story under its author and a photo's
    caption or a crosshead),
    or a card the site itself signs (``_site_card``), keeps the card's reading."""
    for at, card in enumerate(listed):
        stop = listed[at + 1].start if at + 1 < len(listed) else len(f.lines)
        summary = _line_below(f, card.body_from - 1)
        name = _line_below(f, summary)
        headline = _line_below(f, name)
        if (
            at > 0
            and summary < name < headline < stop
            and summary not in taken
            and _is_prose(f.lines[summary])
            and _person_name(f.lines[name])
            and not f.is_meta(name)
            and f.is_title(headline)
            and not _is_prose(f.lines[headline])
            and _words(f.lines[headline]) > _SECTION_HEADING_MAX_WORDS
            and not _site_card(f, card, site)  # (last: the dearest test, per card)
        ):
            lede = _line_below(f, headline)
            return (
                (headline, stop)
                if _story_text(f, headline + 1, stop)
                and not _echoes(f"{f.lines[card.title]} {f.lines[summary]}", f.lines[lede])
                else None
            )
        if _story_text(f, card.body_from, stop):
            return None  # (a card with a story's text: no rail of teasers over one)
    return None


def _author_over_summary(f: _Features, title: int, source: str | None) -> bool:
    """The lead's source is a person's name printed bare over its headline, under a card's
    summary (a column under a rail, ``_story_under_summary``: "… the end of January." /
    "Nesrine Okafor" / headline): the column's author, no publisher (audit A's R-3); an
    agency's or an outlet's name there is one ("Evening Herald")."""
    name = _nonblank(f, title, -1)
    if source is None or name is None or f.lines[name] != source:
        return False
    above = _nonblank(f, name, -1)
    return (
        above is not None
        and _person_name(source)
        and not _agency_or_outlet(source)
        and _is_prose(f.lines[above])
    )


def _site_card(f: _Features, card: _Card, site: frozenset[str]) -> bool:
    """The card's source is the page's own site: the URL's (``_own_site``) or the masthead,
    the page's first line ("Harbour Times" over "Harbour Times · 1h"): the page's own story
    printed card-like, its text under its byline its own, not a rail's teaser (audit A's
    R-2, A15)."""
    source = card.source
    if source is None:
        return False
    return _own_site(source, site) or source.casefold() == f.masthead().casefold()


def _offered_story(f: _Features, listed: list[_Card], marks: _Marks) -> _Card | None:
    """A short story read as the page's only stamped card (``listed``: the page's cards but
    the inline ones): its header
    prints a byline over its stamp (an author's story, no teaser) and every heading under
    it offers one more story ("Lire aussi", "Lesen Sie auch", "Read next": only a story
    offers one) or ends the page; its text, shorter than a card list's lead, goes on
    under the label (audit A's B-4: a one-paragraph brief, the label, a link, the brief's
    last sentence)."""
    if len(listed) != 1:
        return None
    card = listed[0]
    under = [mark for mark in marks.positions if mark > card.title]
    if (
        not any(f.bylines[card.title + 1 : card.body_from])
        or not any(mark in marks.offers for mark in under)
        or not all(mark in marks.offers or mark in marks.ends for mark in under)
    ):
        return None
    return card


def _not_over_lead_stamp(
    f: _Features, cards: list[_Card], lead_title: int, times: Container[str | None]
) -> list[_Card]:
    """The cards but those that are the lead's own header (``_over_lead_stamp``) over the
    first stamp under the lead's headline, and the one read at the lead's headline (a short
    story read as a card: ``_offered_story``). ``times``: the lead's stamp and its header's
    (an "Updated" one, when the text prints the publication's further down)."""
    cards = [card for card in cards if card.title != lead_title]
    at = bisect_right(f.stamp_lines, lead_title)
    if at == len(f.stamp_lines):
        return cards
    own = f.stamp_lines[at]
    return [card for card in cards if not _over_lead_stamp(card, own, times)]


def _listed_from(
    f: _Features, marks: _Marks, title: int, taken: set[int], *, unstopped: bool = False
) -> _Marks:
    """A page whose first text is no story (``_lone_paragraph`` and the like judge a list
    of one-line summaries a notice), with or without stamped cards under it: when its
    lines from that headline on read as a list of teasers (a headline over its summary,
    ``_LIST_MIN_CARDS`` times or more, ``_teasers_without_stamp``), they are one, as under a
    "Related" heading; else the page stays without an article (a notice under its
    heading, a few headline links and one standfirst). A heading right over a headline
    and its summary (a notice's, "We can't find that page", its sentence gone) is no card:
    the list starts under it. ``unstopped``: a page with no header, card or heading reads
    the list from its top, summaries printed without their full stop too."""
    under = _line_below(f, title)
    if (
        f.is_title(under)
        and not _is_prose(f.lines[under])
        and _is_prose(f.lines[_line_below(f, under)])
    ):
        title = under
    listed = _with_heading(marks, title)
    stop = marks.next_after(title, len(f.lines))
    if unstopped:
        listed = replace(listed, unstopped=listed.unstopped | {title})
    teasers = _teasers_under(f, listed, range(title, stop), [], taken)
    return listed if len(teasers) >= _min_teasers(f, teasers, _LIST_MIN_CARDS) else marks


def _unheaded_front(
    f: _Features, marks: _Marks, cards: list[_Card], taken: set[int], *, lead: int | None
) -> _Marks:
    """A page with no lead, no stamped card and no heading over its first headline: a front
    page of stampless cards whose summaries print no full stop, maybe, read as a list from
    its top to its first heading (``_listed_from``); else the page has no article. An ad's
    box between two cards ("Contenuto sponsorizzato", its lines ``taken``) is no heading:
    the list goes on under it."""
    if lead is not None or cards or offers_plans(f.lines, 0, len(f.lines)):
        return marks  # (a paywall's plans and its questions under headings are no cards)
    unboxed = replace(marks, positions=[mark for mark in marks.positions if mark not in taken])
    listed = _listed_from(f, unboxed, 0, taken, unstopped=True)
    return marks if listed is unboxed else listed


def _line_below(f: _Features, index: int) -> int:
    """The first line under ``index`` that is not blank (the last line: none)."""
    below = _nonblank(f, index, 1)
    return len(f.lines) - 1 if below is None else below


def _headed_list(
    f: _Features, marks: _Marks, title: int, first_card: int, taken: set[int]
) -> _Marks | None:
    """The page's marks with the lead's headline read as a "Related" heading's first line,
    when the lead's text is the top of a list of stampless cards: from its headline to the
    first stamped card, a headline over one line of summary and a card's furniture under
    it (an author, a chip: ``_card_furniture``), ``_TOP_TEASERS`` times or more, every
    sentence of that text some card's summary. A story prints more text under its
    headline than a card's summary, a line no card holds, or its sections' sub-headings
    right under their paragraphs: its lead stays (None)."""
    stop = min(first_card, marks.next_outside(title, taken, len(f.lines)))
    listed = _with_heading(marks, title)
    found = _teasers_under(f, listed, range(title, stop), [first_card], taken)
    teasers = [draft for _, draft in found]
    one_card = _card_over_chipped_card(f, found, first_card, stop)
    if (
        len(teasers) < (1 if one_card else _min_teasers(f, found, _TOP_TEASERS))
        or found[0][0] != title
        or any(
            # (a subheading over a paragraph; a card's short headline prints its kicker)
            (_words(draft.title) <= _SHORT_NAME_WORDS and not _kicker_over(f, start))
            or _summary_lines(draft) > _TEASER_SUMMARY_LINES
            or _words(draft.body) >= _REAL_BODY_WORDS
            for start, draft in found
        )
    ):
        return None
    summaries = {paragraph for draft in teasers for paragraph in draft.body.split("\n\n")}
    if any(
        _is_prose(f.lines[index])
        and not f.is_title(index)
        and not f.bylines[index]  # ("Par Name (Kharkiv, envoyée spéciale)": a card's author)
        and f.lines[index] not in summaries
        for index in range(title, stop)
    ):
        return None  # (a sentence no card holds: text of a story; a bare headline is a link)
    if (
        title not in marks.related  # (the page's own list heading over it: no story's)
        and not all(
            _card_furniture(f, start + 1, after, summaries)
            for (start, _), (after, _) in itertools.pairwise(found)
        )
        and not all(_headline_over_sentence(draft) for draft in teasers)
    ):
        return None  # (a sub-heading right under a paragraph: a short story's sections)
    return listed


def _card_over_chipped_card(
    f: _Features, found: list[tuple[int, ArticleDraft]], first_card: int, stop: int
) -> bool:
    """The "lead" is one card, kicker / headline / summary / author ("Guerre en Ukraine" /
    … / "Par Name"), and the first stamped card starts under it with no heading between,
    under a kicker of its own ("Chili" / headline / "Publié aujourd'hui à 11h20"): a front's
    first card over the next, one card enough to make the list. A story's header has its
    text under the byline, not the next card's kicker."""
    if len(found) != 1 or stop != first_card or first_card >= len(f.lines):
        return False
    title, draft = found[0]
    headline = first_card if f.is_title(first_card) else first_card + 1
    summary = _line_below(f, title)
    return (
        _kicker_over(f, title)
        and f.lines[summary] == draft.body
        # (a byline: "Velo Weekly" under a summary is the next card's publisher, no author)
        and f.bylines[_line_below(f, summary)]
        and headline < len(f.lines)
        and f.is_title(headline)
        and _kicker_over(f, headline)
    )


def _kicker_over(f: _Features, headline: int) -> bool:
    """A kicker right over the short headline at ``headline`` ("Nahost" / "Waffenruhe in Gaza
    wackelt"): a line of fewer words, no sentence, no stamp. A story's sub-heading stands
    right under the paragraph before it."""
    above = f.lines[headline - 1] if headline > 0 else ""
    return (
        bool(above)
        and _words(above) < _words(f.lines[headline])
        and _last_mark(above) not in _SENTENCE_END
        and f.stamp(headline - 1) is None
        and not _is_prose(above)
    )


def _headline_over_sentence(draft: ArticleDraft) -> bool:
    """A card with no furniture: a headline of a headline's words (at least a section
    sub-heading's, ``_SECTION_HEADING_MAX_WORDS``) over a summary of one sentence. A story's
    sub-headings are shorter, or its sections longer, than every one of a front page's
    title / summary cards (audit A's A-5: "Man arrested after police chase on M60" / "Greater
    Manchester Police said …", three times)."""
    return (
        _words(draft.title) >= _SECTION_HEADING_MAX_WORDS and _INNER_STOP.search(draft.body) is None
    )


def _min_teasers(f: _Features, teasers: list[tuple[int, ArticleDraft]], least: int) -> int:
    """How many teasers make a list: ``least``, or ``_AUTHORED_TEASERS`` when every teaser's
    summary has its author's line under it ("By Nicole Yang, Globe Staff", "Irene Castro"),
    or every headline has one over it or its author in capitals right under it
    ("JAVIER CASQUEIRO" / "Madrid" / summary), or every headline a section's chip over it,
    or every card its source ("Quelle: dpa"): a front page prints that slot card after card,
    a story its byline once, over its text (audit A's A-6: two cards with a summary among
    links with only a byline)."""
    authored = (
        all(_author_under_summary(f, start, draft) for start, draft in teasers)
        or all(_author_over_headline(f, start) for start, _ in teasers)
        or all(capitals_author(f, _line_below(f, start)) for start, _ in teasers)
    )
    chipped = all(_section_over_headline(f, start) for start, _ in teasers)
    if (
        chipped
        and _chipped_headlines(f) >= _LIST_MIN_CARDS
        and not any(_same_topic_shape(draft.title, draft.body) for _, draft in teasers)
    ):
        # (a front page's chip / title links, one card with its deck among them; two
        # headlines printed alike under one chip are two links, no card and its deck)
        return 1
    sourced = all(draft.source is not None for _, draft in teasers)
    return _AUTHORED_TEASERS if authored or chipped or sourced else least


def _chipped_headlines(f: _Features) -> int:
    """How many headlines print a section's chip right over them ("Política" / title): a
    front page's cards, the links among them too (a story prints no chip over its lines)."""
    return sum(
        1
        for index in range(1, len(f.lines))
        if f.is_title(index) and _section_over_headline(f, index)
    )


def _section_over_headline(f: _Features, title: int) -> bool:
    """The line right over the teaser's headline is a section's name ("Politics", "Sport"):
    a front page prints its chip over card after card, a story its sub-headings under a
    paragraph, with no section's name over them (audit A's A-49: "Exclusive" / title /
    summary, "Sport" / title / summary)."""
    above = f.lines[title - 1] if title > 0 else ""
    return bool(above) and is_section_name(above)


def _author_over_headline(f: _Features, title: int) -> bool:
    """The line right over the teaser's headline is a byline or a person's name in capitals
    ("NATALIA JUNQUERA" / headline / summary): the author slot some fronts print over the
    title."""
    return title > 0 and bool(f.lines[title - 1]) and capitals_author(f, title - 1)


def _author_under_summary(f: _Features, title: int, draft: ArticleDraft) -> bool:
    """The line under the teaser's summary (printed right under its headline) is a byline
    or a person's name."""
    summary = _line_below(f, title)
    if f.lines[summary] != draft.body:
        return False  # (a label between headline and summary, a summary of several lines)
    author = _line_below(f, summary)
    return author > summary and (f.bylines[author] or _person_name(f.lines[author]))


def _teasers_under(
    f: _Features, listed: _Marks, lines: range, cards: list[int], taken: set[int]
) -> list[tuple[int, ArticleDraft]]:
    """The stampless teasers (``_teasers_without_stamp``; ``cards``: the stamped cards'
    first lines) that start inside ``lines``, the list under a heading's mark."""
    return [
        (start, draft)
        for start, draft in _teasers_without_stamp(f, listed, cards, taken, set())
        if start in lines
    ]


def _card_furniture(f: _Features, start: int, stop: int, summaries: set[str]) -> bool:
    """Lines [start, stop) between two headlines print a card's furniture besides the upper
    one's summary: a short line of no sentence, an author or a chip ("Harry Mallory",
    "By Ann Lee", "Exclusive"). A story's sub-heading follows its paragraph directly, or
    a photo's caption or credit ("… Photo: Valley Herald", "Getty Images"), or a pull
    quote and its speaker ("“We had no choice.”" / "— Mayor Jane Lee")."""
    return any(
        line
        and line not in summaries
        and line[0].isalnum()
        and _last_mark(line) not in _SENTENCE_END
        and _words(line) <= _SHORT_NAME_WORDS
        and not _is_prose(line)
        and split_credit(line) is None
        for line in f.lines[start:stop]
    )


def _summary_lines(draft: ArticleDraft) -> int:
    return draft.body.count("\n\n") + 1 if draft.body else 0


def _with_heading(marks: _Marks, title: int) -> _Marks:
    """The marks with a "Related" heading's mark at ``title``: a list's first line."""
    return replace(
        marks, positions=sorted({*marks.positions, title}), related=sorted({*marks.related, title})
    )


def _over_lead_stamp(card: _Card, stamp: int, times: Container[str | None]) -> bool:
    """A teaser inside the lead's text whose stamp is the first under the lead's headline
    (``stamp``) and one of the lead's ``times`` (deck / caption / "Ann Lee" / stamp / text):
    the lead's author over its own stamp, no teaser; a stamp is one article's."""
    return card.inline and card.time_text in times and card.title < stamp < card.body_from


def _page_cards(
    f: _Features, cards: list[_Card], taken: set[int], site: frozenset[str], day: date | None
) -> list[_Card]:
    """The cards as the page's headers read them: the site's own name on a line over the
    day's date ("Sat, Nov 28, 2026") is its masthead, no card; a headline the slug names
    over or under the first card, or over its header's furniture (``_slug_card``); an
    author in a card's byline place is no source; a card stamped only as updated takes the
    publication stamp its text prints; a lone "card" over the text's closing stamp is none
    (``_closing_stamp_card``)."""
    cards = [
        card
        for card in cards
        if not (_own_site(f.lines[card.title], site) or _masthead(f, card, site))
    ]
    if cards and (_day_heading(f, cards, day) or _counted_list_heading(f, cards)):
        del cards[0]
    if len(cards) == 1 and _closing_stamp_card(f, cards[0]):
        return []
    _slug_card(f, cards, taken)
    _source_over_stamp(f, cards, taken)
    _sources_of_other_cards(f, cards, taken)
    _drop_author_sources(f, cards)
    _breadcrumb_kickers(f, cards)
    _header_agencies(f, cards)
    _publisher_as_printed_over(f, cards, taken)
    _kicker_slot_chips(f, cards, taken)
    _kicker_word_sources(f, cards)
    _published_under_update(f, cards)
    return cards


def _closing_stamp_card(f: _Features, card: _Card) -> bool:
    """The page's one card is its text's closing stamp: a stamp labelled as the
    publication's ("Publiziert am 30.11.2026 09:12", "Stand: …") alone on the page's last
    line, under a link list's or a programme note's last line and no summary, the text's
    paragraphs over them (a teaser prints its bare date or age): the lead's stamp."""
    last = len(f.lines) - 1  # (clean drops the page's trailing blank lines)
    stamp = card.time_text
    return (
        stamp is not None
        and card.deck is None
        and card.source is None
        and f.lines[last] == stamp
        and card.title == last - 1
        and is_labelled_stamp(stamp)
        and not is_update_stamp(stamp)
        and any(
            _is_prose(line)
            for line in f.lines[max(0, card.start - _CLOSING_NOTE_LINES) : card.start]
        )
    )


def _day_heading(f: _Features, cards: list[_Card], day: date | None) -> bool:
    """The page's first card is its heading under the day's date ("Mercredi 18 février 2026"
    / "À la une", then "il y a 3 h" cards): a date with its day's name and no clock, the
    page's first stamp and the day the page was fetched (``day``), over a label of a few
    words that prints nothing of its own before the next card (chips of a few words at
    most, "International" / "Guerre en Ukraine"), when the next card is stamped to the hour
    or the minute ("il y a 3 h", "10:48"). A dated teaser over finer-stamped ones keeps its
    card when its title is a headline's length, it prints a deck or a line of a headline's
    size ("Storm hits coast" / "Thousands left without power as gales batter …"), or its
    date is another day's (a pinned editorial); a name over the date is left to the
    masthead's reading (``_masthead``: the site's own name only)."""
    first = cards[0]
    if day is None or first.inline or first.time_text is None or len(cards) < _HEADING_LIST_CARDS:
        return False
    printed_date = first.time_text
    stamps = f.stamp_lines
    if (
        has_clock(printed_date)
        or is_relative_age(printed_date)
        or not stamps
        or not first.start <= stamps[0] < first.title
        or first.deck is not None
        or _words(f.lines[first.title]) > _DAY_HEADING_WORDS
        or _weekdays().isdisjoint(_WORD.findall(printed_date.casefold()))
    ):
        return False
    resolved = resolve_time(printed_date, None)
    if resolved is None or resolved.date() != day:
        return False  # (another day's date is the card's own: a pinned editorial)
    after = cards[1]
    return (
        after.time_text is not None
        and (has_clock(after.time_text) or is_relative_age(after.time_text))
        and not any(
            _is_prose(line) or _words(line) > _KICKER_MAX_WORDS
            for line in f.lines[first.body_from : after.start]
        )
    )


def _list_update_unstamped(f: _Features, cards: list[_Card], lists: tuple[int, ...]) -> None:
    """The list's own "Updated …" stamp, right under its heading ("Ultime notizie" /
    "Aggiornato alle 09:20" / chip / title), says when the list was updated, not when its
    first story was published: that card has no stamp of its own (null beats wrong), when
    another card of the list prints its own stamp and none an update stamp."""
    if not cards:
        return
    first = cards[0]
    stamp = first.time_text
    if (
        stamp is not None
        and first.start in lists
        and first.start < first.title
        and f.stamp(first.start) == stamp
        and is_update_stamp(stamp)
        and any(card.time_text for card in cards[1:])
        and not any(card.time_text and is_update_stamp(card.time_text) for card in cards[1:])
    ):
        first.time_text = None


def _counted_list_heading(f: _Features, cards: list[_Card]) -> bool:
    """The page's first card is a story cluster's heading that counts its list, over the
    cluster's "updated" stamp ("Le sujet en 7 articles" / "Mis à jour il y a 12 min", then
    the publishers' cards): a short line with a number and a word of a list's label
    (``announces_list``: "articles", "stories", "Meldungen"), stamped only as updated,
    printing nothing before the next card, no source of its own, over the cards of
    several publishers. A teaser's headline counts no list of stories, and a teaser is
    stamped when published; one publisher's digest ("5 things to know today") keeps its
    card."""
    first = cards[0]
    if first.inline or first.time_text is None or len(cards) < _HEADING_LIST_CARDS:
        return False
    title = f.lines[first.title]
    publishers = {card.source for card in cards[1:_HEADING_LIST_CARDS] if card.source is not None}
    return (
        first.deck is None
        and first.source is None
        and len(publishers) > 1
        and is_update_stamp(first.time_text)
        and _words(title) < _PROSE_MIN_WORDS
        and any(char.isdigit() for char in title)
        and announces_list(title)
        and not any(f.lines[first.body_from : cards[1].start])
    )


def _stamped_list(
    f: _Features, skip: set[int], site: frozenset[str], day: date | None, lists: tuple[int, ...]
) -> tuple[list[_Card], set[int]]:
    """The page's cards as its headers read them, a list's heading, description and update
    stamp apart; ``day`` is the day the page was fetched (its date bar's), ``lists`` the
    marks of headings announcing a list of stories."""
    cards, taken = _read_cards(f, skip, site, day)
    cards, taken = _under_list_header(f, cards, taken, skip, site, day=day)
    _list_update_unstamped(f, cards, lists)
    return cards, taken


def _read_cards(
    f: _Features, skip: set[int], site: frozenset[str], day: date | None
) -> tuple[list[_Card], set[int]]:
    """The cards found outside ``skip``, as the page's headers read them."""
    cards, taken = _find_cards(f, 0, skip)
    return _page_cards(f, cards, taken, site, day), taken


def _under_list_header(
    f: _Features,
    cards: list[_Card],
    taken: set[int],
    skip: set[int],
    site: frozenset[str],
    *,
    day: date | None,
) -> tuple[list[_Card], set[int]]:
    """A list's heading and its description (a topic's or a storyboard's name over one
    sentence about the list, ``_list_header``) are no lead and no card: read as a card's
    title or deck, the cards are found again without them and kept when the first card
    then prints its meta lines over its own headline and a summary under it, and the first
    reading did not print every other card's title over its stamp (a kicker and a headline
    over a title-first list are its first card; the second reading would turn every card
    upside down), unless the first reading left the list's last title without a stamp that
    the second reading gives it (``_stamps_last_title``). Else the first reading stands:
    fail soft."""
    listed = [card for card in cards if not card.inline]
    header = _list_header(f, listed)
    if header is None:
        return cards, taken
    if header[1] < listed[0].start:  # no card holds them: kept from the lead, not from a text
        # (with the list's furniture under them, a curator's line or chips: a title and
        # summary right over a card may be a stampless card of the list)
        # and a "heading" under a story's sentences is its last section's sub-heading, a
        # "description" telling a day or a figure is a brief's paragraph under its headline
        # ("… sagte ein Sprecher am Dienstag."): the story's text, which no card holds either
        # (text lost is worse than a heading kept)
        held = (
            header[1] + 1 < listed[0].start
            and _summary(f, listed[0], listed[1].start)
            and not _prose_above(f, header[0])
            and not _dated_or_counted(f.lines[header[1]])
        )
        return cards, taken | set(header) if held else taken
    again, again_taken = _read_cards(f, skip | set(header), site, day)
    relisted = [card for card in again if not card.inline]
    if (
        len(relisted) >= _LIST_MIN_CARDS
        and (
            not all(card.title == card.start for card in listed[1:])
            or _stamps_last_title(listed, relisted)
        )
        and _stamped(again) >= _stamped(cards)  # (no stamp left without its card)
        and relisted[0].title > max(header[1], relisted[0].start)
        and _short_lines(f, header[1] + 1, relisted[0].title, meta=True)
        and _summary(f, relisted[0], relisted[1].start)
    ):
        return again, again_taken
    return cards, taken


def _stamps_last_title(listed: list[_Card], relisted: list[_Card]) -> bool:
    """The first reading left the list's last title without a stamp, and the second reading
    gives it one: the list prints each stamp over its title (stamp / chip / title / summary),
    so a title-first reading pairs each title with the next card's stamp, the heading's
    description takes the first stamp and the last title none."""
    last = listed[-1]
    return last.time_text is None and any(
        card.title == last.title and card.time_text is not None for card in relisted
    )


def _stamped(cards: list[_Card]) -> int:
    return sum(card.time_text is not None for card in cards)


def _summary(f: _Features, card: _Card, stop: int) -> bool:
    """The card's text is a summary: some prose, no article's text."""
    text = [f.lines[index] for index in range(card.body_from, stop) if f.lines[index]]
    return any(_is_prose(line) for line in text) and (
        sum(_words(line) for line in text) < _REAL_BODY_WORDS
    )


def _list_header(f: _Features, listed: list[_Card]) -> tuple[int, int] | None:
    """(heading, description) over the first of a list of cards: a short heading line, one
    sentence about the list under it (``_list_description``), read as the first card's
    title (its meta lines under it) or deck while that card is left without text, or over
    the first card with only short lines (a curator's line, chips, the list's own heading)
    between them. ``listed``: the page's cards that are no teasers inside a text."""
    if len(listed) < _LIST_MIN_CARDS:
        return None
    first = listed[0]
    held: list[int] = []
    # (no text: the next card took the line under it, or only the card's stamp stands there)
    if all(
        not f.lines[index] or f.stamp(index) is not None
        for index in range(first.body_from, listed[1].start)
    ):
        held = [first.deck] if first.deck is not None else []
        if first.title == first.start:
            held.append(first.title)
    lowest = max(1, first.start - _LIST_HEADER_GAP - 1)
    for description in itertools.chain(held, range(first.start - 2, lowest - 1, -1)):
        heading = description - 1
        if (
            _list_description(f, description)
            and _list_heading(f, heading)
            and _short_lines(f, description + 1, first.start)
        ):
            return heading, description
    return None


def _short_lines(f: _Features, start: int, stop: int, *, meta: bool = False) -> bool:
    """Lines [start, stop) are a few short ones (a curator's line, chips, a list's own
    heading), no stamp: what stands between a list's description and its first card;
    with ``meta``, also its stamp and source lines over its headline (no summary line: a
    card's orphan)."""
    return stop - start <= _LIST_HEADER_GAP and all(
        (meta and (f.stamp(index) is not None or f.sources[index] is not None))
        or (
            f.lines[index]
            and _words(f.lines[index]) <= _SHORT_NAME_WORDS
            and f.stamp(index) is None
        )
        for index in range(start, stop)
    )


def _list_heading(f: _Features, index: int) -> bool:
    """A heading's shape: a short line, no sentence, no stamp, source or byline."""
    line = f.lines[index]
    return (
        bool(line)
        and not f.is_meta(index)
        and _words(line) <= _HEADLINE_MAX_WORDS
        and line[-1] not in _SENTENCE_END
    )


def _list_description(f: _Features, index: int) -> bool:
    """One sentence about a list: a line of some words, no stamp, source or byline, no
    second sentence inside it."""
    line = f.lines[index]
    return (
        bool(line)
        and not f.is_meta(index)
        and _PROSE_MIN_WORDS <= _words(line) < _PROSE_ANY_WORDS
        and not _two_sentences(line)
    )


def _add_related(
    f: _Features,
    cards: list[_Card],
    reading: _Reading,
    ads: set[int],
    drafts: list[tuple[int, ArticleDraft]],
) -> None:
    """The cards' and stampless teasers' drafts added to ``drafts`` (sorted by first line);
    a text resuming under a list of cards (``_resumed_texts``) or under a "Related" box's lone
    link (``_text_under_lone_link``) joins the article above."""
    card_starts = sorted(card.start for card in cards if not card.inline)
    taken = reading.taken
    resumed = _resumed_texts(f, cards, reading.marks, taken, ads)
    _chips_in_own_box(f, cards, resumed, drafts)
    reading.taken = taken | _resumed_lines(resumed)
    drafts.extend(_card_drafts(f, cards, card_starts, reading))
    under_link = [  # (under a paragraph of a text read: a caption's box is left as read;
        # a text read already, its box a widget of the draft's, joins it no second time)
        text
        for text in _text_under_lone_link(f, reading.marks, reading.taken)
        if any(
            start < text[0]
            and f.lines[text[1]] in draft.body
            and not _read_into(f, text, draft.body)
            for start, draft in drafts
        )
    ]
    reading.taken |= _resumed_lines(under_link)
    resumed += under_link
    drafts.extend(
        _teasers_without_stamp(f, reading.marks, card_starts, reading.taken | ads, reading.inline)
    )
    drafts.sort(key=lambda item: item[0])
    for head, above, begin, stop in resumed:
        paragraphs = _resumed_paragraphs(f, begin, stop, reading.ends, taken)
        _join_resumed(drafts, head, f.lines[above], paragraphs)


def _read_into(f: _Features, text: tuple[int, int, int, int], body: str) -> bool:
    """A paragraph of the resumed ``text`` (``_resumed_texts``' tuple) is in ``body``
    already: the draft read it, the box over it a widget inside its text."""
    _, _, begin, stop = text
    return any(_is_prose(line) and line in body for line in f.lines[begin:stop])


def _resumed_lines(resumed: list[tuple[int, int, int, int]]) -> set[int]:
    """The lines of the texts that resume (``_resumed_texts``' tuples)."""
    return {index for _, _, begin, stop in resumed for index in range(begin, stop)}


def _box_owner(drafts: list[tuple[int, ArticleDraft]], head: int, above: str) -> int | None:
    """The index in ``drafts`` of the article whose text a list of cards at ``head``
    interrupts: the draft nearest above it whose text holds ``above``, the paragraph over the
    list, past the cards of a box higher in the same text (None: no such draft)."""
    return next(
        (
            at
            for at in range(len(drafts) - 1, -1, -1)
            if drafts[at][0] < head and above in drafts[at][1].body
        ),
        None,
    )


def _chips_in_own_box(
    f: _Features,
    cards: list[_Card],
    resumed: list[tuple[int, int, int, int]],
    drafts: list[tuple[int, ArticleDraft]],
) -> None:
    """A box of cards between the paragraphs of an article that prints no publisher
    (``resumed``: ``_resumed_texts``) holds the site's own stories: the short line over a
    card's title there is its chip ("Mehr zum Thema" / "Nahverkehr" / title / date), a topic,
    a place or a body the story is about ("Tramway", "Gundelfingen", "VAG"), no source,
    unless it is a known agency's or outlet's name or shaped as a masthead ("Ansa", "Le
    Monde"). A syndicated story's box (its publisher printed over its headline) may list
    other outlets' cards ("Sky TG24" / title / "3 ore fa"): their names stay sources."""
    for head, above, begin, _ in resumed:
        owner = _box_owner(drafts, head, f.lines[above])
        if owner is None or drafts[owner][1].source is not None:
            continue
        for card in cards:
            name = card.source
            if (
                head <= card.start < begin
                and name is not None
                and _source_over_title(f, card)
                and not (_strong_publisher(name) or masthead_shape(name))
            ):
                card.source = None


def _join_resumed(
    drafts: list[tuple[int, ArticleDraft]], head: int, above: str, paragraphs: list[str]
) -> None:
    """The text that resumes under the list of cards at ``head`` joins the article above the
    list (``_box_owner``)."""
    owner = _box_owner(drafts, head, above)
    if owner is None or not paragraphs:
        return
    start, draft = drafts[owner]
    body, captions = extract_captions(paragraphs)
    drafts[owner] = (
        start,
        replace(
            draft,
            body="\n\n".join(filter(None, (draft.body, *body))),
            captions=draft.captions + tuple(captions),
        ),
    )


def _header_over_embed(drafts: list[ArticleDraft]) -> list[ArticleDraft]:
    """A stamped headline with no text, right over a "card" that holds the page's only
    real text (a video's title and duration over the story): one article, the headline's.
    The card's title is the embed's; its text is the story's."""
    if len(drafts) < 2 or drafts[0].body or drafts[0].time_text is None:
        return drafts
    texts = [i for i, draft in enumerate(drafts) if _words(draft.body) >= _REAL_BODY_WORDS]
    if texts != [1]:
        return drafts
    header, text = drafts[0], drafts[1]
    if _schedule_over_story(header, text.time_text):
        return drafts
    merged = replace(
        header,
        body=text.body,
        source=header.source or text.source,
        captions=header.captions + text.captions,
    )
    return [merged, *drafts[2:]]


def _schedule_over_story(header: ArticleDraft, text_time: str | None) -> bool:
    """A fixture and its kick-off clock over a card dated or aged ("Liverpool v Everton" /
    "20:00" over "Arsenal 2-1 Chelsea: …" / "4 hours ago"): a score strip over the story's
    own header, no headline of it. A headline stamped with a clock alone over a dated embed
    is the story's (no fixture, or a labelled stamp: "Epic v Apple" / "Published 8:42 AM")."""
    return (
        header.time_text is not None
        and text_time is not None
        and _FIXTURE.match(header.title) is not None
        and _KICK_OFF.match(header.time_text) is not None
        and not is_clock_only(text_time)
    )


_KICK_OFF = re.compile(r"^\d{1,2}[:.h]\d{2}$")  # "20:00", a clock printed bare (no "Published")
# two sides joined by "v" / "vs." or a score: "Liverpool v Everton", "River 2 - 1 Racing"
_FIXTURE = re.compile(
    r"^[^\W\d][\w.'’-]*(?: [^\W\d][\w.'’-]*){0,3} (?:vs?\.?|\d{1,3} ?[-–:] ?\d{1,3}) "
    r"[^\W\d][\w.'’-]*(?: [^\W\d][\w.'’-]*){0,3}$",
    re.IGNORECASE,
)


def _names_site(source: str, keys: frozenset[str], masthead: str) -> bool:
    """The source names the page's own site: its URL's (``_own_site``), or its masthead, one
    of the two spelt as a web address ("www.ghanaweb.com" under "GhanaWeb"; "Redazione ANSA"
    under "ANSA.it")."""
    return (
        _own_site(source, keys)
        or masthead_address(source, masthead)
        or masthead_address(masthead, source)
        or site_desk(source, keys, masthead)
    )


def _assign_roles(
    drafts: list[ArticleDraft],
    *,
    lead_found: bool,
    site: tuple[frozenset[str], str],
    own_header: bool,
    headed: bool,
) -> list[ArticleDraft]:
    """Roles and positions: the lead at position 0 (the text above the cards, else
    ``_card_lead``), every other draft ``related`` in page order. The lead's source is
    none when it names the ``site`` (the URL's keys, the masthead)."""
    if not drafts:
        return []
    lead = 0 if lead_found else _card_lead(drafts, own_header=own_header, headed=headed)
    if lead is None and len(drafts) == 1 and _lone_story(drafts[0].body):
        lead = 0  # the page's only text, short, printed as a card, tells a story
    if lead is None and len(drafts) == 1 and own_header and "\n\n" in drafts[0].body:
        lead = 0  # ... or stands under its author's byline in several paragraphs: no teaser
    if lead:  # the cards printed above the main story follow it in page order
        drafts = [drafts[lead], *drafts[:lead], *drafts[lead + 1 :]]
        lead = 0
    return [
        ArticleDraft(
            position=position,
            role="lead" if position == lead else "related",
            title=draft.title,
            body=draft.body,
            source=(
                None
                if position == lead and draft.source and _names_site(draft.source, *site)
                else draft.source
            ),
            time_text=draft.time_text,
            captions=draft.captions,
        )
        for position, draft in enumerate(drafts)
    ]
