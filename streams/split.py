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
lines above it are navigation. Its body runs to the first card or a heading that ends
the article; trailing lines that are not prose ("Explore what … can do for you:") are
trimmed, and a body needs some substance (``_LEAD_MIN_WORDS`` words, one real
sentence) or the page has no lead (404, consent and bot walls, login pages). If there
is no such article above the cards, the first card with a real body
(``_REAL_BODY_WORDS`` words) is the lead; a page of bare cards (an aggregator's story
cluster) has no lead. All other articles are ``related``. The lead's source is what
the page prints with it (a source or attribution line, a meta line, a publisher line
of two or more words or an acronym above its title); a dateline's "(Reuters)" is
article text, not a source.

**Live blogs** (a short "Live" kicker above the headline, or a headline that starts or
ends with "live") are one article: the headline is the title; the entries up to the
first "Related"/end heading are paragraphs of its body, each keeping its printed
time stamp ("21.41 BST", "Posted at 14:52") and headline; the stamp printed with the
headline ("Updated 5 mins ago") is the lead's ``time_text``; author lines and tags
(name-like lines) are dropped. Cards after the blog are teasers as usual.

Captions are taken out of every body (``streams.captions``).
"""

import itertools
import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter

from schemas.article import Caption
from streams.boilerplate import (
    Kind,
    addresses_reader,
    author_roles,
    classify,
    is_price_offer,
    is_section_name,
    word_sections,
)
from streams.captions import extract_captions, split_credit
from streams.gazetteer import get_gazetteer
from streams.model import ArticleDraft, CleanPage
from streams.timestamps import (
    find_time,
    has_clock,
    is_bare_minutes,
    is_clock_only,
    is_compact_stamp,
    is_labelled_stamp,
    is_stamp_label,
    is_update_stamp,
)

_LEAD_MIN_WORDS = 20
_LEAD_MIN_SENTENCE_WORDS = 10
_REAL_BODY_WORDS = 40
_TITLE_MIN_WORDS = 3
_TITLE_MIN_CHARS = 20
_PERSON_MAX_WORDS = 3  # "Jan van Wyk": a name this short over a card is a commenter
_SURNAME_PARTICLES = frozenset({"van", "von", "de", "der", "den", "da", "di", "du", "del", "le"})
_TITLE_MAX_WORDS = 40
_TITLE_MAX_CHARS = 300
_HEADLINE_MAX_WORDS = 16  # a question or quote-ended line this short is a headline
_NAME_MAX_WORDS = 6
_NAME_MAX_CHARS = 50
_CACHE_LINES = 8192
_SHORT_NAME_WORDS = 4
_ACRONYM_MAX_CHARS = 5
_HEADING_WORDS = frozenset(
    {"in", "on", "from", "more", "about", "for", "at", "with", "by", "im", "aus", "mehr", "von",
     "zum", "zur", "en", "dans", "plus", "sur", "más", "sobre", "con"}
)  # fmt: skip
_BRAND_MAX_CHARS = 15
_PROSE_MIN_WORDS = 6
_PROSE_ANY_WORDS = 25
_UNSTOPPED_SUMMARY_WORDS = 12  # a card's summary without a full stop
_META_MAX_CHARS = 120
_MAX_BETWEEN = 3  # other lines allowed between a lead title and its first sentence
_MAX_NAMES_BETWEEN = 3  # author / publisher lines allowed there too
_LIVE_STAMP_LOOKAHEAD = 6
_LIVE_WIDGET_LINES = 4  # an entry stamp this close under an "end" heading: the blog goes on
_SOURCE_TO_STAMP = 3  # lines from a card's source line to its stamp (title, summary)
_SOURCED_PAGE = 2  # printed sources that make a page one whose cards carry their publisher

_SENTENCE_END = frozenset(".!?…\"'”’»)")
_TITLE_BAD_END = frozenset(".,;:")
_AGENCY_SIGNATURE = re.compile(r"[a-z0-9][.!?] [A-Z]{2,6}$")
_DESK_CODES = re.compile(r"(?<=[a-z0-9][.!?]) [A-Z]{2,6}(?: [A-Z]{2,6}){2,}$")  # "PTI ABC XYZ"
_INNER_SENTENCE_END = re.compile(r"[a-z0-9][.!?] [A-Z]")
_INITIALISM_TAIL = 40  # the end of a line an initialism is looked for in
_INITIALISM_END = re.compile(r"(?<![^\s(])(?:[A-Z]\.){2,}$")  # "… in southwestern N.S."
_QUALIFIED_NAME = re.compile(r"(.+) \([A-Z][a-z]+(?: [A-Z][a-z]+)?\)$")
_ELIDED_CAPITAL = re.compile(r"[a-z]{1,4}['’][A-ZÀ-Þ]")
_NAME_BAD = re.compile(r"[.!?:;,\"“”()\[\]|]")
_NAME_LOWER_WORDS = frozenset(
    {"of", "the", "and", "for", "de", "la", "le", "du", "des", "der", "die", "das", "del",
     "di", "da", "do", "on", "at", "in", "&", "y", "e", "et", "und"}
)  # fmt: skip
_ECHO = re.compile(r"^[-–—•·|] ?(?P<name>\S.{0,60})$")
_ATTRIBUTION = re.compile(
    r"^(?:source|quelle|fuente|fonte|bron|źródło|källa|kilde|via)(?: ?: ?| )(?P<name>\S.{0,50})$",
    re.IGNORECASE,
)
_ATTRIBUTION_FIRST = frozenset("SsQqFfBbVvŹźKk")
# "Sarah Perez / TechCrunch:" over a headline: the author and the publisher of a river item
_AUTHOR_SLASH_SOURCE = re.compile(
    r"^[A-ZÀ-Þ][\w.'’-]*(?: [A-ZÀ-Þ][\w.'’-]*){0,3} / (?P<name>[A-ZÀ-Þ][^:/]{0,40}):$"
)
_DOMAIN = re.compile(
    r"^(?:www\.)?[a-z0-9-]{2,30}(?:\.[a-z0-9-]{2,20}){0,2}\.[a-z]{2,6}$", re.IGNORECASE
)
_META_SEPARATORS = re.compile(r" [·•|/–—-] | ?[·•|] ?")
_META_MARK = re.compile(r"[·•|]| [-–—/] ")  # "Global Nation Daily / 10:14 AM November 28, 2026"
_BYLINE = re.compile(
    r"^(?:by|story by|written by|words by|reported by|von|geschichte von|ein artikel von|"
    r"text von|par|por|di|door|texto|autor|auteur|author|"
    r"(?:aus|from|de|desde|da) \S+ (?:berichtet|berichten|reports|reporting)|"
    r"(?:ein|eine|a|an|une|un|una) \S+ (?:von|by|par|por|de)|"  # "Un texte de …"
    r"(?-i:[A-Z][a-z]{3,15}(?<!ed)) by)(?: ?: ?| )"  # "Analysis by Nic Robertson, CNN"
    r"[A-ZÀ-Þ]",
    re.IGNORECASE,
)
_BYLINE_MAX_WORDS = 12
_WITH_AGENCY = re.compile(
    r"^(?P<name>[^\W\d].{1,40}) (?:avec|with|mit|con|com) (?:[A-Z]{2,5}|agencies)$"
)
_AUTHOR_PLACE_MAX_WORDS = 6
_AUTHORS_IN_PLACES_MAX_WORDS = 16
_AUTHOR_AND = re.compile(r", | [·|] ")
_BIO = re.compile(
    r"^(?:(?:Mr|Ms|Mrs|Dr|Prof|Herr|Frau|M|Mme)\.? )?(?P<name>[A-ZÀ-Þ][\w'’-]*"
    r"(?: [A-ZÀ-Þ][\w'’-]*){0,2}) (?:is|was|ist|war|est|était|es|fue|covers|writes|reports) "
)
_BIO_MAX_WORDS = 30
_WRITER_NOTE = re.compile(r"^The (?:writer|author)s? (?:is|are|was|were) ")
_BIO_VERBS = frozenset(
    {"is", "was", "ist", "war", "est", "était", "es", "fue", "covers", "writes", "reports"}
)
_BIO_VERB_AT = 4  # the verb follows a name of at most three words and an honorific
_NAME_LIST = re.compile(r",| and | und | et | y | & ")
_BIO_ROLE_WORDS = 6  # words after "is" that say what the author is
_QUOTE_OPEN = re.compile(r"[‘“«„\"]")
_QUOTES = frozenset('"“”„«»')
_WORD_RUNS = re.compile(r"[^\W\d_]+")
_STAFF_WORDS = frozenset(
    {"staff", "staffers", "desk", "newsroom", "redaktion", "rédaction", "redacción", "redação",
     "redazione", "redactie"}
)  # fmt: skip
_NEWSROOMS = frozenset({"redaktion", "rédaction", "redacción", "redação", "redazione", "redactie"})
_STAFF_MAX_WORDS = 4  # spaces: a credit line has at most four words
_STAFF_LEAD_WORDS = 3  # "Redacción Valencia": a newsroom word first, then a place
_LIVE_KICKER = re.compile(
    r"^(?:live|live updates?|live blog|liveblog|liveticker|live-ticker|ticker|en direct|"
    r"en vivo|en directo|directo|ao vivo|in diretta|as it happened|minuto a minuto|al minuto)$",
    re.IGNORECASE,
)
_LIVE_TITLE = re.compile(
    r"^live\b|\blive$|\blive updates\b|\b(?:en directo|en direct|en vivo|ao vivo|in diretta|"
    r"liveticker|live-ticker|live blog|liveblog|as it happened|minute by minute|minuto a minuto|"
    r"al minuto)\b",
    re.IGNORECASE,
)
_LIVE_HEAD_LINES = 80  # a live blog says so near the top of the page
_LIVE_KICKER_CHARS = 20
_CONTINUES_MIN_PARAGRAPHS = 1  # long paragraphs after a "Related" widget: the lead goes on
_CONTINUES_MIN_WORDS = 20
_SUBHEADING_MAX_WORDS = 4
_HEADER_MAX_WORDS = 6  # a non-prose line this short before the first paragraph: header UI
_TEXT_AROUND = 2  # paragraphs over and under a teaser inside an article's text
_RUN_MAX_WORDS = 10  # lines of a link list / widget inside a body
_META_TAIL_WORDS = 5  # a note after the stamp of a meta line: "• aus DER BLICK 3/2026"
_TITLE_CASE_MAX_WORDS = 20
_TITLE_CASE_LONG = 4  # words of this many characters are capitalised in Title Case
_TITLE_CASE_MIN_LONG = 5
_TITLE_CASE_SHARE = 0.85
_TITLE_CASE_MAX_LOWER = 3  # lower-case long words a Title Case line of 20 words can have
_KICKER_MAX_WORDS = 3
_KICKER_PARTS = 2  # "Section | fly-title"; more pipes make a menu
_LABEL_SEPARATOR = re.compile(r"\||\s[›»>]\s")
_MAX_DECK_LINES = 3  # standfirst lines (summary bullets) between a headline and its byline
_DECK_MIN_WORDS = 10  # a standfirst under a headline, with an author or widget between
_WIDGET_MAX_LINES = 6  # short data lines between a headline and its standfirst (a scoreboard)
_WIDGET_MAX_WORDS = 2
_STAMP_FIRST_MIN = 2  # cards with the stamp above the title that make it the page's layout
_AGE_WORDS = 3  # "5 months ago"
_STAMPLESS_MAX_LINES = 5  # between two teasers: a summary, a title and a summary, a source
_MIN_LIVE_ENTRIES = 3  # clock-stamped entries with text that make a page a live blog


def _words(line: str) -> int:
    return line.count(" ") + 1


@lru_cache(maxsize=_CACHE_LINES)
def _is_name(line: str) -> bool:
    """A publisher or author as printed: short, Title Case, no sentence punctuation.

    Cached: the stages ask about the same short lines many times a page."""
    if not line or len(line) > _NAME_MAX_CHARS or not (line[0].isupper() or line[0].isdigit()):
        return False
    if line[-1] == ")" and (qualified := _QUALIFIED_NAME.match(line)):
        line = qualified[1]  # "ABC News (Australia)"
    words = line.split()
    if len(words) > _NAME_MAX_WORDS or _NAME_BAD.search(line):
        return False
    lower = sum(
        1
        for word in words
        if not (
            word[0].isupper()
            or word[0].isdigit()
            or word.casefold() in _NAME_LOWER_WORDS
            or _ELIDED_CAPITAL.match(word)  # "Le Courrier de l'Ouest", "Cassa dell'Umbria"
        )
    )
    # "FOCUS online": one lower-case word next to an upper-case brand word
    return lower == 0 or (
        lower == 1 and len(words) <= 3 and any(len(w) > 1 and w.isupper() for w in words)
    )


def _is_source_name(line: str) -> bool:
    """A card's source line: a name, one short lower-case brand ("ntv", "dpa"), or a domain
    ("reuters.com"); a number ("1 day | 44": a comment count) is none."""
    return not line.isdigit() and (
        _is_name(line)
        or (bool(line) and " " not in line and len(line) <= _BRAND_MAX_CHARS and line.isalnum())
        or bool(_DOMAIN.match(line))
    )


def _is_place(name: str) -> bool:
    """A country, region or city the gazetteer knows ("Madrid", "NAIROBI"): a place
    printed in a header or over a card, never its publisher."""
    places = get_gazetteer()
    return name in places.places or name in places.upper_places


def _brand(line: str) -> str | None:
    """A publisher's acronym, domain or agency name ("NOS", "NU.nl", "The Canadian Press")
    where a card prints an author's name (a one-word name may as well be a kicker or a
    place: "Unwetter", "Sevilla")."""
    acronym = line.isupper() and line.isalpha() and len(line) <= _ACRONYM_MAX_CHARS
    domain = " " not in line and "." in line and bool(_DOMAIN.match(line))
    agency = not (acronym or domain) and _agency_name(line)  # "The Canadian Press"
    return line if (acronym or domain or agency) and not is_section_name(line) else None


def _source_shape(line: str) -> bool:
    """Not a heading ("In Sport", "More from Reuters") nor a reporter at a place ("Ciarán
    Mac Aodha at Fitzgerald Stadium")."""
    first = line[: line.find(" ")].casefold() if " " in line else ""
    return first not in _HEADING_WORDS and " at " not in line and " in " not in line


def _is_publisher(line: str, f: "_Features") -> bool:
    """A name above a headline that is a publisher, not a section kicker ("Europe", "WORLD").

    Acronyms ("AFP") pass. Other names must be capitalised throughout, must not repeat a
    navigation item and must not be a known section name ("Economy", "Long read"), and
    only on a page whose cards print their sources: elsewhere a name over the headline
    ("Reuters", but as often "Bundestag", "Markets", "Middle East") is a section kicker.
    """
    words = line.split()
    if is_section_name(line) or " & " in line:
        return False  # ("Nation & World", "Politics & Policy": two sections in one kicker)
    if line.isupper() and len(words) == 1 and len(line) <= _ACRONYM_MAX_CHARS:
        return True  # "BBC", "AFP" (also when printed again as the author)
    if len(words) == 1 and "." in line and _DOMAIN.match(line):
        return f.printed_sources >= _SOURCED_PAGE  # "tagesschau.de" over a card's title
    if not _is_name(line) or line.casefold() in f.repeated or not _source_shape(line):
        return False
    if f.printed_sources < _SOURCED_PAGE:
        return False
    return all(word[0].isupper() or word in _NAME_LOWER_WORDS for word in words) and not (
        line.isupper() and any(len(word) > _ACRONYM_MAX_CHARS for word in words)
    )  # "The Independent", "Deutsche Welle"; not "Popular stories", "WORLD NEWS"


def _title_case(line: str) -> bool:
    """A headline set in Title Case ("I Replaced Our Cron Jobs With a Queue. Here’s What
    Broke."): nearly every long word capitalised, as no sentence of prose is."""
    if line.count(" ") >= _TITLE_CASE_MAX_WORDS:
        return False
    long_words = upper = 0
    for word in line.split():
        if len(word) >= _TITLE_CASE_LONG:
            long_words += 1
            if word[0].isupper():
                upper += 1
            elif long_words - upper > _TITLE_CASE_MAX_LOWER:
                return False  # (the quick end for a sentence of prose)
    return long_words >= _TITLE_CASE_MIN_LONG and upper >= _TITLE_CASE_SHARE * long_words


def _is_title(line: str) -> bool:
    if not line or len(line) > _TITLE_MAX_CHARS:
        return False
    if line[-1] in _TITLE_BAD_END and not (
        line[-1] == "." and (_title_case(line) or _INITIALISM_END.search(line[-_INITIALISM_TAIL:]))
    ):
        return False  # (a full stop ends a sentence, not "… from southwestern N.S.")
    first = line[0] if line[0] != "+" else line.lstrip("+ ")[:1]  # "+++ Ticker +++"
    if first in "([" and (close := line.find(")" if first == "(" else "]")) > 0:
        first = line[close + 1 : close + 3].strip()[:1]  # "(LEAD) N. Korea fires …"
    if not (first.isupper() or first.isdigit() or first in "'\"‘“«¿¡"):
        return False
    if ("|" in line or " › " in line or " » " in line or " > " in line) and _is_label_pair(line):
        return False  # "News | Sport | What's On": a menu; "Middle East & Africa | Tea": a kicker
    words = _words(line)
    return (
        (words >= _TITLE_MIN_WORDS or len(line) >= _TITLE_MIN_CHARS)
        and words <= _TITLE_MAX_WORDS
        and not (words <= _PERSON_MAX_WORDS and _is_person(line))
    )


def _is_person(line: str) -> bool:
    """A first name and a surname ("Jan van Wyk" over a reader's comment): not a headline."""
    words = line.split()
    return (
        len(words) > 1
        and words[0] in get_gazetteer().first_names
        and words[-1][0].isupper()
        and all(word[0].isupper() or word in _SURNAME_PARTICLES for word in words[1:-1])
    )


_COMMENTER = re.compile(r"^[A-ZÀ-Þ][\w'’-]+ [A-ZÀ-Þ]\.$")


def _commenter(line: str) -> bool:
    """A reader's display name, a first name and an initial ("Kiprotich M."): over a stamp,
    it heads a comment, not a card."""
    return bool(line) and _COMMENTER.match(line) is not None


def _is_label_pair(line: str) -> bool:
    """Labels joined by pipes or arrows: a menu, a breadcrumb ("Home › World › Europe"), or
    a section and fly-title kicker ("Middle East & Africa | Kenya’s tea industry")."""
    parts = _LABEL_SEPARATOR.split(line)
    return len(parts) > _KICKER_PARTS or (
        len(parts) == _KICKER_PARTS
        and all(part.strip().count(" ") < _SHORT_NAME_WORDS for part in parts)
    )


@lru_cache(maxsize=_CACHE_LINES)
def _is_prose(line: str) -> bool:
    """A sentence: long, or ending with punctuation (not a Title Case headline). Cached: the
    stages ask about the same lines many times a page."""
    words = _words(line)
    return words >= _PROSE_ANY_WORDS or (
        words >= _PROSE_MIN_WORDS
        and line[-1] in _SENTENCE_END
        and not (line[-1] == "." and _title_case(line))
    )


@lru_cache(maxsize=_CACHE_LINES)
def _is_byline(line: str) -> bool:
    """ "By Jane Doe", a staff credit, an author and place, a newsroom with an agency. Cached
    (sites print the same author and credit lines on every page)."""
    words = _words(line)
    if words > _AUTHORS_IN_PLACES_MAX_WORDS:
        return False  # (the quick test: no byline form is that long)
    return (
        (words <= _BYLINE_MAX_WORDS and bool(_BYLINE.match(line)))
        or _is_staff_credit(line)
        or _author_and_place(line)
        or _with_agency(line)
    )


def _with_agency(line: str) -> bool:
    """ "Le Quotidien de Paris avec AFP", "Staff and agencies": a newsroom credit with an
    agency (the site's own name: no source)."""
    match = _WITH_AGENCY.match(line)
    return match is not None and _is_name(match["name"])


def _author_and_place(line: str) -> bool:
    """ "Beat Kälin, Bern", "Frances Willick · CBC News": an author's name and where they
    write from or for."""
    if " in " in line:
        return _authors_in_places(line)
    if len(line) > _NAME_MAX_CHARS or not ("," in line or "·" in line or "|" in line):
        return False
    parts = _AUTHOR_AND.split(line)
    if len(parts) != 2 or line.count(" ") > _AUTHOR_PLACE_MAX_WORDS:
        return False
    name, place = (part.strip() for part in parts)
    return (
        " " in name
        and _person_name(name)
        and bool(place)
        and _is_name(place)
        and not place[0].isdigit()
        and find_time(place) is None  # "ABC News (Australia) · Yesterday": a card's meta line
    )


def _authors_in_places(line: str) -> bool:
    """ "Alexandra Ruiz in Mexico City and Owen Walker in London": authors and where each
    writes from."""
    after = line.find(" in ") + len(" in ")
    if not line[after : after + 1].isupper() or line[-1] in _SENTENCE_END:
        return False  # (the quick test: "… in the …")
    if line.count(" ") > _AUTHORS_IN_PLACES_MAX_WORDS:
        return False
    for author in line.split(" and "):
        name, _, place = author.partition(" in ")
        if not (" " in name and _person_name(name) and place and _is_name(place)):
            return False
    return True


def _is_staff_credit(line: str) -> bool:
    """A credit to a newsroom, not a person: "Market Wire staff", "Redacción Valencia"."""
    if line.count(" ") >= _STAFF_MAX_WORDS or line[-1] in ".!?:":
        return False
    words = line.casefold().split()
    return words[-1] in _STAFF_WORDS or (len(words) <= _STAFF_LEAD_WORDS and words[0] in _NEWSROOMS)


def _named(pattern: re.Pattern[str], line: str) -> str | None:
    match = pattern.match(line)
    if match is None:
        return None
    name = match["name"].strip()
    return name if _is_source_name(name) else None


def _meta(line: str) -> tuple[str | None, str] | None:
    """(source, time text) of a meta line such as "Reuters · 4 hours ago"."""
    parts = [part.strip() for part in _META_SEPARATORS.split(line)]
    parts = [part for part in parts if part]
    if len(parts) < 2:
        return None
    time_text: str | None = None
    source: str | None = None
    for part in parts:
        stamp = find_time(part)
        if (
            stamp is not None
            and time_text is not None
            and is_clock_only(stamp)
            and not is_update_stamp(stamp)
        ):
            time_text = f"{time_text} {stamp}"  # "03 jun 2025 - 07:15 CEST"
        elif stamp is not None and time_text is not None:
            if is_update_stamp(time_text) and not is_update_stamp(stamp):
                time_text = stamp  # "Published: … | Updated: …": the publication wins
            elif not (is_update_stamp(stamp) or is_update_stamp(time_text)):
                return None
        elif time_text is None and (
            stamp is not None or (source is not None and is_bare_minutes(part))
        ):  # ("Expressen · 45 min": after the source, the card's age, not a reading time)
            time_text = stamp or part
        elif _is_byline(part) or is_section_name(part):
            continue  # (a section: "Business · 1 day ago")
        elif source is None and _is_source_name(part):
            source = part
        elif (time_text is None or _words(part) > _META_TAIL_WORDS) and classify(part) is None:
            return None  # (a UI part, "5 min read", is neither)
        # a short note after the stamp ("aus DER BLICK 3/2026") is neither source nor title
    if time_text is None:
        return None
    if source is not None and has_clock(time_text) and _is_name(source):
        source = None  # "Sevilla - 03 jun 2025 - 07:15 CEST": a place in an article header
    return source, time_text


def _titled_meta(line: str) -> tuple[str, str, str] | None:
    """(title, source, time text) of a one-line card: "Oil prices slip - Reuters - 2 hours
    ago"."""
    separators = list(_META_SEPARATORS.finditer(line))
    if len(separators) < 2:
        return None
    title = line[: separators[-2].start()].strip()
    source = line[separators[-2].end() : separators[-1].start()].strip()
    stamp = find_time(line[separators[-1].end() :].strip())
    if (
        stamp is None
        or _words(title) < _TITLE_MIN_WORDS
        or not _is_title(title)
        or not _is_source_name(source)
    ):
        return None
    return title, source, stamp


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
    labels: frozenset[int] = frozenset()  # "Published" on its own line over its stamp
    stamp_lines: list[int] = field(default_factory=list)  # time stamps, bare or in a meta line
    headlines: dict[int, str] = field(default_factory=dict)  # one-line cards' titles
    ad_labels: list[int] = field(default_factory=list)  # "Ad • Advertiser" over an ad's title
    first_printed: dict[str, int] = field(default_factory=dict)  # short lines (case-folded)
    via_sources: bool | None = None  # the page prints "via Publisher" lines (on first use)

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

    def is_title(self, index: int) -> bool:
        known = self.titles[index]
        if known is None:
            line = self.lines[index]
            known = (
                _is_title(line)
                and not self.is_meta(index)
                and split_credit(line) is None
                and not (index > 0 and _over_role(self.lines, index - 1))
            )  # (not "Housing Correspondent" under the author's name)
            self.titles[index] = known
        return known


def _features(lines: tuple[str, ...]) -> _Features:
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
    for index, line in enumerate(lines):
        if not line or len(line) > _META_MAX_CHARS:
            continue
        stamp = find_time(line)
        if stamp is not None:
            times[index] = stamp
            stamps.append(index)
            continue
        sources[index] = _source_line(lines, index)
        if sources[index] is None:
            # "Source: Gulf Horizon and news agencies": an attribution, not a publisher name
            bylines[index] = _is_byline(line) or bool(
                line[0] in _ATTRIBUTION_FIRST and ":" in line and _ATTRIBUTION.match(line)
            )
            if not bylines[index] and _META_MARK.search(line):
                metas[index] = _meta(line)
                card = None if metas[index] else _titled_meta(line)
                if card is not None:
                    headlines[index] = card[0]
                    metas[index] = card[1:]
                elif metas[index] is None and _ad_label(line):
                    ad_labels.append(index)
        if sources[index] or (metas[index] or (None,))[0]:
            named.append(index)
    _role_lines(lines, bylines, metas)
    _compact_minutes(lines, times, stamps)
    labels = frozenset(
        stamp - 1
        for stamp in stamps
        if stamp > 0
        and times[stamp - 1] is None
        and lines[stamp - 1]
        and is_stamp_label(lines[stamp - 1])
    )
    for index in labels:
        times[index + 1] = f"{lines[index]} {times[index + 1]}"  # "Updated" / "3 hours ago"
    printed_sources = len(named) + sum(
        1 for stamp in stamps if _name_over(lines, bylines, labels, stamp)
    )
    return _Features(
        lines, times, metas, sources, bylines, frozenset(repeated), [None] * n,
        _authors(lines, bylines), printed_sources, labels,
        sorted(stamps + [index for index in named if metas[index] is not None]), headlines,
        ad_labels, seen,
    )  # fmt: skip


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
    """ "Ad • Cashflow Insider", "Sponsored | Brand": an ad's label and its advertiser."""
    first = _META_SEPARATORS.split(line, 1)[0].strip()
    return bool(first) and classify(first) is Kind.AD


def _compact_minutes(lines: tuple[str, ...], times: list[str | None], stamps: list[int]) -> None:
    """ "40 min" under a card's source, on a page whose cards print compact stamps ("2 h",
    "1 d"): that card's stamp, not a reading time."""
    if not any(is_compact_stamp(times[index] or "") for index in stamps):
        return
    for index, line in enumerate(lines):
        if (
            index > 0
            and times[index] is None
            and line
            and is_bare_minutes(line)
            and bool(lines[index - 1])
            and _is_source_name(lines[index - 1])
        ):
            times[index] = line
            insort(stamps, index)


def _source_line(lines: tuple[str, ...], index: int) -> str | None:
    """The publisher a line names: "- Reuters", "Source: BBC", "Sarah Perez / TechCrunch:"."""
    line = lines[index]
    if line[0] in "-–—•·|":
        return _echoed(lines, index)
    source = None
    if (line[0] in _ATTRIBUTION_FIRST and ":" in line) or line[:4].casefold() == "via ":
        source = _named(_ATTRIBUTION, line)
    if source is None and line[-1] == ":" and " / " in line:
        source = _named(_AUTHOR_SLASH_SOURCE, line)
    return source


def _echoed(lines: tuple[str, ...], index: int) -> str | None:
    """The source a "- Reuters" echo line names; not the place of the dateline under it
    ("- ROME" over "ROME, June 2 (ANSA) - …")."""
    name = _named(_ECHO, lines[index])
    following = lines[index + 1] if index + 1 < len(lines) else ""
    return None if name and following.startswith(f"{name},") else name


def _name_over(
    lines: tuple[str, ...], bylines: list[bool], labels: frozenset[int], stamp: int
) -> bool:
    """A source name over a card's stamp, or over its title and stamp ("CNBC" / title /
    "2 hours ago")."""
    for above in (stamp - 1, stamp - 2):
        if above < 0 or bylines[above] or not lines[above] or above in labels:
            return False
        if _is_source_name(lines[above]) and _source_shape(lines[above]):
            return above == stamp - 1 or _is_title(lines[stamp - 1])
    return False


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
        bool(role)
        and role.count(" ") < _RUN_MAX_WORDS
        and _person_name(line)
        and not author_roles().isdisjoint(_WORD_RUNS.findall(role.casefold()))
    )


def _role_line(line: str) -> bool:
    """What the author is, under the byline ("Football Writer @BenGrounds"): part of it."""
    return (
        line.count(" ") < _RUN_MAX_WORDS
        and line[-1] not in _SENTENCE_END
        and not author_roles().isdisjoint(_WORD_RUNS.findall(line.casefold()))
    )


def _is_bio(line: str, authors: frozenset[str]) -> bool:
    """A note on the author ("Ms. Chen is an urban planner.", "Laura Chen is a professor of
    …"): the byline's name, or an honorific and its surname, then "is"; or a full name, then
    "is" and what an author is ("Sarah Quinlan is a housing policy researcher")."""
    if line.count(" ") >= _BIO_MAX_WORDS or not line[0].isupper():
        return False
    if _BIO_VERBS.isdisjoint(line.split(" ", _BIO_VERB_AT + 1)[1 : _BIO_VERB_AT + 1]):
        return False  # (the quick test: no "is" among its first words)
    match = _BIO.match(line)
    if match is None:  # "The writer is a public finance analyst and …"
        return _WRITER_NOTE.match(line) is not None
    if match["name"] in authors:
        return True
    if " " not in match["name"] or not _QUOTES.isdisjoint(line):
        return False
    said = _WORD_RUNS.findall(line[match.end() :].casefold())[:_BIO_ROLE_WORDS]
    return not author_roles().isdisjoint(said)


@dataclass(slots=True)
class _Marks:
    """The page's heading marks, sorted for bisection (pages can have thousands)."""

    positions: list[int]  # every mark
    related: list[int]  # "related" marks
    ends: set[int]  # "end" marks

    @classmethod
    def of(cls, page: CleanPage) -> "_Marks":
        return cls(
            positions=sorted(index for index, _ in page.marks),
            related=sorted(index for index, kind in page.marks if kind == "related"),
            ends={index for index, kind in page.marks if kind == "end"},
        )

    def at(self, index: int) -> bool:
        at = bisect_left(self.positions, index)
        return at < len(self.positions) and self.positions[at] == index

    def next_after(self, index: int, default: int) -> int:
        at = bisect_right(self.positions, index)
        return self.positions[at] if at < len(self.positions) else default

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


_BYLINE_TAIL = re.compile(r",| [-–—·|] ")  # "Von dpa, t-online", "By: AFP - @handle"


def _agency_byline(line: str, f: _Features, index: int) -> str | None:
    """ "Written By: PTI", "By AFP", "By: Agence France-Presse - @handle": a byline naming
    one word or a news agency's name is an agency, a source."""
    if not f.bylines[index]:
        return None
    if _is_staff_credit(line):  # "Redazione ANSA": a newsroom credit naming an agency
        last = line.rsplit(" ", 1)[-1]
        return last if last.isupper() and len(last) <= _ACRONYM_MAX_CHARS else None
    match = _BYLINE.match(line)
    name = _BYLINE_TAIL.split(line[match.end() - 1 :], 1)[0].strip() if match else ""
    one_word = " " not in name and len(name) <= _NAME_MAX_CHARS
    return name if name and (one_word or _agency_name(name)) else None


def _agency_name(line: str) -> bool:
    """A news agency's name on a line of its own: a name ending in a word such as "Press"
    ("The Canadian Press", "Associated Press")."""
    return (
        " " in line and _is_name(line) and line[line.rfind(" ") + 1 :].casefold() in _agency_words()
    )


@lru_cache(maxsize=1)
def _agency_words() -> frozenset[str]:
    return frozenset(word_sections("agency_words.txt")[""])


def _bare_acronym(line: str, f: _Features) -> bool:
    """ "PTI", "AFP" on a line of its own (not a repeated button such as "A", nor a section)."""
    return (
        1 < len(line) <= _ACRONYM_MAX_CHARS
        and line.isupper()
        and line.isalpha()
        and line.casefold() not in f.repeated
        and not is_section_name(line)
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
            ):
                stamp = f"{stamp} {following}"  # "June 4, 2025" / "8:42 AM GMT+9"
                index += 1
            stamps.append(stamp)
        index += 1
    published = [stamp for stamp in stamps if not is_update_stamp(stamp)]
    chosen = published or stamps
    return chosen[0] if chosen else None


def _named_over(f: _Features, index: int, begin: int, taken: set[int]) -> bool:
    """A publisher's name at ``index``, over a card's title."""
    return (
        index >= begin
        and index not in taken
        and bool(f.lines[index])
        and _is_publisher(f.lines[index], f)  # (not a kicker: "Monsoon" / headline / deck)
    )


def _above_card(f: _Features, card: _Card, anchor: int, taken: set[int]) -> None:
    """What a card whose title stands over its stamp has above it: a publisher, or a
    header (headline over a deck, author lines)."""
    if card.body_from < anchor:
        _source_above(f, card, card.title - 1, taken)  # "Reuters" / title / summary / stamp
    elif card.title < anchor:
        _header_above(f, card, taken)


def _source_header(f: _Features, index: int) -> bool:
    """ "Sarah Perez / TechCrunch:" over a headline: a river item's card without a stamp."""
    return f.sources[index] is not None and f.lines[index][-1] == ":"


def _free_title(f: _Features, index: int, taken: set[int]) -> bool:
    return index >= 0 and index not in taken and bool(f.lines[index]) and f.is_title(index)


def _find_cards(f: _Features, begin: int, skip: set[int]) -> tuple[list[_Card], set[int]]:
    """Cards at or after ``begin``, in page order; also every line they use."""
    cards, taken = _stamped_cards(f, begin, skip)
    cards.extend(_stampless_cards(f, cards, taken))
    cards.sort(key=_CARD_START)
    return cards, taken


def _stamped_cards(f: _Features, begin: int, skip: set[int]) -> tuple[list[_Card], set[int]]:
    """Cards anchored on time stamps at or after ``begin`` (sorted); the lines they use."""
    taken: set[int] = set(skip)
    cards = _one_line_cards(f, begin, taken)
    layout = _card_layout(f, begin, skip)
    for anchor in range(begin, len(f.lines)):
        if anchor in taken or (f.stamp(anchor) is None and not _source_header(f, anchor)):
            continue
        cluster = _cluster(f, anchor, begin, taken, layout)
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
            _above_card(f, card, anchor, taken)
        taken.update(range(card.start, card.body_from), range(anchor, cluster.end))
        cards.append(card)
    cards.sort(key=_CARD_START)
    return cards, taken


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

    def card(self, start: int, title: int, body_from: int, source: str | None = None) -> _Card:
        """A card of these meta lines; ``source`` when they print none."""
        return _Card(start, title, body_from, self.source or source, self.time_text)


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
    above = start - 1
    named_above = above >= begin and above not in taken and _is_source_name(lines[above])
    return _Cluster(
        f,
        begin,
        taken,
        layout,
        anchor,
        start,
        end,
        above,
        _cluster_source(f, start, end),
        _cluster_stamp(f, start, end),
        title_after,
        named_above,
        _under_standfirst(f, above, begin, taken),
        named_above and _under_standfirst(f, above - 1, begin, taken),
    )


def _cluster_source(f: _Features, start: int, end: int) -> str | None:
    """The publisher a card's meta lines print: "- Reuters", "BBC · 2h", "By AFP"."""
    for index in range(start, end):
        named = f.sources[index] or (f.metas[index] or (None,))[0]
        if named or (named := _agency_byline(f.lines[index], f, index)):
            return named
    return None


def _source_stamp_title(c: _Cluster) -> _Card | None:
    """ "Source" / "4 hours ago" / title (not a kicker: "Economy"; not an author on a page
    whose names over stamps are authors, under a title or summary)."""
    if not (c.named_above and c.title_after) or (
        c.layout.author_first and (c.under_summary or _free_title(c.f, c.above - 1, c.taken))
    ):
        return None
    name = c.f.lines[c.above]
    return c.card(c.above, c.end, c.end + 1, None if is_section_name(name) else name)


def _stamp_then_title(c: _Cluster) -> _Card | None:
    """ "09h42" / title / summary on a page of such cards; "Author / Site:" / title."""
    if c.title_after and (c.layout.stamp_first or c.f.stamp(c.anchor) is None):
        return c.card(c.start, c.end, c.end + 1)
    return None


def _title_name_stamp(c: _Cluster) -> _Card | None:
    """Title / author / stamp: the name is no source, unless a one-word brand ("NOS")."""
    if c.named_above and _free_title(c.f, c.above - 1, c.taken):
        return c.card(c.above - 1, c.above - 1, c.end, _brand(c.f.lines[c.above]))
    return None


def _title_deck_name_stamp(c: _Cluster) -> _Card | None:
    """Title / deck / name / stamp."""
    if (c.under_summary and c.layout.author_first) or (
        _person_name(c.f.lines[c.above]) and _under_standfirst(c.f, c.above - 1, c.begin, c.taken)
    ):
        return c.card(c.above - 2, c.above - 2, c.above - 1, _brand(c.f.lines[c.above]))
    return None


def _teaser_in_text(c: _Cluster) -> _Card | None:
    """A teaser inside an article's text: the text goes on under it."""
    if _inline_teaser(c.f, c.above, c.start, c.end):
        return _Card(c.above, c.above, c.end, c.source, c.time_text, inline=True)
    return None


def _title_stamp(c: _Cluster) -> _Card | None:
    """Title / stamp (not a closing paragraph; not under a note on the author: "Contributed
    to The Ledger" heads no card)."""
    f, above = c.f, c.above
    if (
        _free_title(f, above, c.taken)
        and not _closing_paragraph(f, above)
        and not (above > 0 and f.lines[above - 1] and _is_bio(f.lines[above - 1], f.authors))
    ):
        return c.card(above, above, c.end)
    return None


def _title_summary_stamp(c: _Cluster) -> _Card | None:
    """Title / summary / stamp, in a list of such cards (or under a publisher: "Variety" /
    title / summary / stamp)."""
    f, above = c.f, c.above
    if c.under_standfirst and (
        c.layout.summary_first
        or _card_follows(f, c.end, title_after=c.title_after)
        or _named_over(f, above - 2, c.begin, c.taken)
        or _under_card(f, above - 2, c.begin)
    ):
        return c.card(above - 1, above - 1, above)
    return None


def _title_source_summary_stamp(c: _Cluster) -> _Card | None:
    if _sourced_summary(c.f, c.above, c.begin, c.taken):
        return c.card(c.above - 2, c.above - 2, c.above, c.f.lines[c.above - 1])
    return None


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


def _stamp_over_title(c: _Cluster) -> _Card | None:
    """Stamp / title, on any page (not under a standfirst, whose stamp it is; not
    "Kiprotich M." / "3h": a reader's comment)."""
    if c.title_after and not c.under_standfirst and not _commenter(c.f.lines[c.above]):
        return c.card(c.start, c.end, c.end + 1)
    return None


# the card shapes a stamp can be in, tried in this order: the first that fits is the card
_CARD_SHAPES: tuple[Callable[[_Cluster], _Card | None], ...] = (
    _source_stamp_title,
    _stamp_then_title,
    _title_name_stamp,
    _title_deck_name_stamp,
    _teaser_in_text,
    _title_stamp,
    _title_summary_stamp,
    _title_source_summary_stamp,
    _title_chip_stamp,
    _stamp_over_title,
)


_CARD_START = attrgetter("start")


def _stampless_cards(f: _Features, cards: list[_Card], taken: set[int]) -> list[_Card]:
    """Cards without a stamp between two stamped cards (``_stampless_between``); their lines
    are added to ``taken``."""
    found: list[_Card] = []
    for before, after in itertools.pairwise(cards):
        if not (before.inline or after.inline):
            card = _stampless_between(f, before, after, taken)
            if card is not None:
                found.append(card)
                taken.update(range(card.start, card.body_from))
    last = _stampless_after(f, cards[-1], taken) if cards else None
    if last is not None:
        found.append(last)
        taken.add(last.title)
    return found


def _stampless_after(f: _Features, before: _Card, taken: set[int]) -> _Card | None:
    """Under the last teaser of a list whose title stands over its stamp (its stamp closes
    it): a title over a short summary is a card without a stamp, not that teaser's text.
    (Not under a "Source · 45 min" line: on a portal that heads the title under it.)"""
    if (
        before.inline
        or before.deck is not None
        or before.source is not None
        or before.title >= before.body_from - 1
    ):
        return None
    lines = f.lines
    rows = (index for index in range(before.body_from, len(lines)) if lines[index])
    title = next(rows, None)
    if title is None or title in taken or not _free_title(f, title, taken):
        return None
    text = list(itertools.takewhile(lambda row: row not in taken and _is_prose(lines[row]), rows))
    if (
        not text
        or sum(_words(lines[row]) for row in text) >= _REAL_BODY_WORDS
        or _is_name(lines[title])
        or _words(lines[title]) <= _SUBHEADING_MAX_WORDS
    ):
        return None
    return _Card(title, title, title + 1, None, None)


def _stampless_between(f: _Features, before: _Card, after: _Card, taken: set[int]) -> _Card | None:
    """After a card's summary and before the next card: a title and a summary, with the
    source over the title when both cards print theirs there ("Financial Times" / title /
    summary), is a card without a stamp, not more text of the card before. Only between
    teasers: a few lines, and the card before has a short summary (not an article's text
    with a subheading)."""
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
    rest = rows[summary:]
    source: str | None = None
    if (
        len(rest) > 2  # (source, title, summary)
        and _sourced_first(f, before)
        and _sourced_first(f, after)
        and _is_source_name(lines[rest[0]])
        and _source_shape(lines[rest[0]])
        and not is_section_name(lines[rest[0]])
    ):
        source = lines[rest[0]]
    title = rest[1 if source else 0] if rest else -1
    text = rest[2 if source else 1 :]
    if (
        not text
        or not (source or summary)  # (a title right under the card's header: its kicker)
        or sum(_words(lines[row]) for row in text) >= _REAL_BODY_WORDS
        or not _free_title(f, title, taken)
        or _is_name(lines[title])
        or _words(lines[title]) <= _SUBHEADING_MAX_WORDS  # ("What happens next": a subheading)
        or not all(_is_prose(lines[row]) for row in text)
    ):
        return None
    return _Card(rest[0], title, title + 1, source, None)


def _sourced_first(f: _Features, card: _Card) -> bool:
    """The card's first line is its source, over its stamp and title."""
    return (
        card.source is not None and card.start < card.title and f.lines[card.start] == card.source
    )


def _one_line_cards(f: _Features, begin: int, taken: set[int]) -> list[_Card]:
    """ "Oil prices slip - Reuters - 2 hours ago": a card on one line (added to ``taken``)."""
    cards: list[_Card] = []
    if not f.headlines:
        return cards
    for index in sorted(f.headlines):
        meta = f.metas[index]
        if index >= begin and index not in taken and meta is not None:
            cards.append(_Card(index, index, index + 1, meta[0], meta[1]))
            taken.add(index)
    return cards


def _under_card(f: _Features, index: int, begin: int) -> bool:
    """``index`` ends another card: its stamp, or a short label under that stamp (the next
    card's kicker or author: "2 hours ago" / "Politics" / title / summary / stamp)."""
    if index < begin:
        return False
    if f.stamp(index) is not None:
        return True
    line = f.lines[index]
    return (
        index > begin
        and bool(line)
        and _words(line) <= _KICKER_MAX_WORDS
        and _is_name(line)
        and f.stamp(index - 1) is not None
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
        and (
            (role[0].isupper() and _is_prose(lines[name - 1]))
            or (role[0].islower() and _words(role) <= _KICKER_MAX_WORDS)  # "in Beijing"
        )
    )


def _card_follows(f: _Features, index: int, *, title_after: bool) -> bool:
    """Another card starts at ``index``: a title and its stamp, or a kicker or source line
    over a title and a stamp."""
    if index >= len(f.lines):
        return False
    if title_after:  # title / stamp, or title / summary / stamp
        after = index + 1
        if after < len(f.lines) and f.lines[after] and _is_prose(f.lines[after]):
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
    return start


def _card_layout(f: _Features, begin: int, skip: set[int]) -> _Layout:
    """Do the page's cards print their stamp above the title ("09h42" / title / summary),
    or under their summary (title / summary / "2h")? Is a name over a stamp the card's
    author under its title (title / "Ana Medina" / "3h"), not the source of the next title
    ("Reuters" / "3h" / title)? A vote over its bare stamp lines (an ad's title, in
    ``skip``, under a stamp is no card's)."""
    lines = f.lines
    after = before = under_summary = author = source = author_under_summary = 0
    following = False
    for index in f.stamp_lines[bisect_left(f.stamp_lines, begin) :]:
        following = (
            index + 1 < len(lines)
            and bool(lines[index + 1])
            and index + 1 not in skip
            and f.is_title(index + 1)
        )
        preceding = index > begin and bool(lines[index - 1]) and f.is_title(index - 1)
        after += following and not preceding
        before += preceding and not following
        if index - 2 >= begin and lines[index - 1] and _is_name(lines[index - 1]):
            titled = (
                bool(lines[index - 2])
                and f.is_title(index - 2)
                and _words(lines[index - 2]) > _KICKER_MAX_WORDS  # not "Plus pour vous"
            )
            summarised = not titled and _under_standfirst(f, index - 2, begin, set())
            author += titled
            author_under_summary += summarised  # title / summary / name / stamp
            source += following and not titled
        under_summary += (
            index - 2 >= begin
            and bool(lines[index - 1])
            and _is_prose(lines[index - 1])
            and bool(lines[index - 2])
            and f.is_title(index - 2)
        )
    if not following:  # (the last card ends with its stamp: names close their cards)
        author += author_under_summary
    summary_first = under_summary >= _STAMP_FIRST_MIN and under_summary > after
    author_first = author >= _STAMP_FIRST_MIN and author > source
    stamp_first = (  # (and the last stamp heads a card too)
        not summary_first and following and after >= _STAMP_FIRST_MIN and after > 2 * before
    )
    return _Layout(stamp_first, summary_first, author_first)


def _cluster_end(f: _Features, end: int, taken: set[int]) -> int:
    """The end of a card's meta lines from ``end`` on, with a label before the title."""
    n = len(f.lines)
    while end < n and end not in taken and f.is_meta(end):
        end += 1
    if _label_then_title(f, end, taken):
        end += 1  # "The Atlantic" / "1h ago" / "Opinion" / title
    return end


def _label_then_title(f: _Features, index: int, taken: set[int]) -> bool:
    """A one-word label ("Opinion", "Analysis") between a card's stamp and its title."""
    lines = f.lines
    return (
        index + 1 < len(lines)
        and index not in taken
        and bool(lines[index])
        and " " not in lines[index]
        and is_section_name(lines[index])  # not the next card's source ("Reuters")
        and _free_title(f, index + 1, taken)
        and not _is_name(lines[index + 1])
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
        and _is_prose(f.lines[above])
        and _free_title(f, above - 1, taken)
        and not _is_name(f.lines[above - 1])
    )


def _header_above(f: _Features, card: _Card, taken: set[int]) -> None:
    """Headline over a deck ("Title" / "Standfirst" / author / stamp), publisher over both."""
    above = card.title - 1
    if _author_role(f, card.title, taken):
        card.title = card.start = above - 1  # "Headline" / "JAVIER SORIA" / "Periodista" / stamp
        above = card.title - 1
    headline = _headline_over_deck(f, card.title, taken)
    if headline is not None:
        card.deck = card.deck_from = card.title
        card.title = card.start = headline
        above = headline - 1
    elif (
        _free_title(f, above, taken)
        and not _is_name(f.lines[above])
        and not _breadcrumb_over(f.lines[above], f.lines[card.title])
    ):
        line = f.lines[card.title]
        if _is_name(line) or (_words(line) <= _HEADER_MAX_WORDS and not _is_prose(line)):
            if _is_name(line) or not _is_name(f.lines[card.title + 1]):
                card.title, card.start = above, above  # "Title" / "MARÍA LÓPEZ" / stamp
                if _deck_under_headline(f, above, taken):
                    card.deck = card.deck_from = above  # "Headline" / "Deck" / name / stamp
                    card.title = card.start = above = above - 1
            # (title / "Ana Medina" / stamp: the author already stands under this title)
        else:
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
    _source_above(f, card, above, taken)


def _deck_under_headline(f: _Features, index: int, taken: set[int]) -> bool:
    """``index`` is a standfirst without a full stop under a shorter headline ("HDB resale
    prices rise 1.8% …" / "Over 7,000 resale flats changed hands …"), not under a kicker."""
    above = index - 1
    return (
        _words(f.lines[index]) >= _DECK_MIN_WORDS
        and _free_title(f, above, taken)
        and not _is_name(f.lines[above])
        and _TITLE_MIN_WORDS <= _words(f.lines[above]) < _words(f.lines[index])
    )


def _summary_under(title: str, deck: str) -> bool:
    """A teaser's summary of sentences under its shorter title ("… verdubbeld. Wat betekent
    dat voor hun toekomst?"), not a title under its kicker."""
    return (
        deck[-1] in ".!?"
        and _INNER_SENTENCE_END.search(deck) is not None
        and (_words(deck) > _words(title))
    )


def _source_above(f: _Features, card: _Card, above: int, taken: set[int]) -> None:
    """The publisher printed over a card's headline ("Source: BBC News", "Reuters")."""
    if card.source is None and above >= 0 and above not in taken:
        if f.sources[above] and not _closes_text(f, above):  # "Source: BBC News"
            card.source, card.start = f.sources[above], above
        elif _is_publisher(f.lines[above], f) and not _topic_kicker(
            f, f.lines[above], f.lines[card.title]
        ):
            card.source, card.start = f.lines[above], above


def _topic_kicker(f: _Features, name: str, headline: str) -> bool:
    """A name over a headline that names it again is its topic ("URC" / "… into URC final"),
    not its publisher; unless the page's cards print their sources (a portal: "BBC" / "BBC to
    cut 500 jobs")."""
    return f.printed_sources < _SOURCED_PAGE and name in headline.split()


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
    ):
        return None
    return above


def _person_name(line: str) -> bool:
    """ "Sarah Quinlan": a name of two to four words, without digits (not "The Hottest
    Housing Market": no name starts with a function word)."""
    return (
        0 < line.count(" ") < _SHORT_NAME_WORDS
        and _is_name(line)
        and line[: line.find(" ")].casefold() not in _NAME_LOWER_WORDS
        and not any(char.isdigit() for char in line)
        and _source_shape(line)  # not a heading ("Más de Opinión")
    )


def _closes_text(f: _Features, index: int) -> bool:
    """ "Quelle: dpa" right under a paragraph: the attribution of the text above."""
    return (
        f.sources[index] is not None
        and f.lines[index][0] not in "-–—•·|"  # not an echo ("- BBC") heading a card
        and index > 0
        and _is_prose(f.lines[index - 1])
    )


def _closing_source(f: _Features, title: int, stop: int) -> str | None:
    """The source an article's text closes with ("Quelle: dpa"), if any."""
    return next((f.sources[i] for i in range(title + 1, stop) if _closes_text(f, i)), None)


def _own_stamp(f: _Features, title: int, stop: int, header: str | None) -> str | None:
    """The article's stamp: the one in its header, unless that is missing or only an update
    and its own lines print another ("Stand: 02.04.2026 15:12 Uhr" under the text; "First
    published on: …" under the text, "Updated: …" with the headline)."""
    if header is not None and not is_update_stamp(header):
        return header
    found = header
    for index in range(title + 1, stop):
        stamp = f.stamp(index)
        if stamp is not None and not is_update_stamp(stamp):
            return stamp
        found = found or stamp
    return found


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


def _find_lead_title(f: _Features, begin: int, stop: int, skip: set[int]) -> int | None:
    """First title-like line in [begin, stop) that is followed by prose."""
    lines = f.lines
    for index in range(begin, stop):
        line = lines[index]
        if not line or index in skip or not f.is_title(index):
            continue
        if _is_name(line) and _words(line) <= _SHORT_NAME_WORDS:
            continue  # a site or section name, not a headline
        if index + 1 < stop and is_price_offer(lines[index + 1]):
            continue  # an offer's name over its price: "Digital + Print" / "$6.99 a week"
        if index + 1 < stop and _breadcrumb_over(line, lines[index + 1]):
            continue  # "Home / India / Headline" over the headline
        others = names = 0
        for after in range(index + 1, stop):
            other = lines[after]
            if not other or f.is_meta(after) or after in skip:
                continue
            if _is_prose(other):
                return _after_kicker(f, index, after, skip)
            if _is_name(other) and names < _MAX_NAMES_BETWEEN:
                names += 1
                continue
            others += 1
            if others > _MAX_BETWEEN:
                break
    return None


_CRUMB_SEPARATORS = frozenset("/>›»|")


def _breadcrumb_over(line: str, headline: str) -> bool:
    """ "Home / India / SC seeks Centre's reply …" over "SC seeks Centre's reply …": a path
    of sections that ends with the headline under it."""
    return (
        len(headline) < len(line)
        and line.endswith(headline)
        and line[: -len(headline)].rstrip()[-1:] in _CRUMB_SEPARATORS
    )


def _after_kicker(f: _Features, title: int, prose: int, skip: set[int]) -> int:
    """The headline between ``title`` and its first sentence when a section kicker stands
    between them: "S'abonner à partir de 1 €" / "Politique" / headline / standfirst; also
    under a notice of the story's age ("This was published 5 months ago")."""
    lines = f.lines
    # "Finance & economics" / headline
    kicker = _words(lines[title]) <= _KICKER_MAX_WORDS or _age_notice(lines[title])
    for index in range(title + 1, prose):
        line = lines[index]
        if not line or f.is_meta(index) or index in skip:
            continue
        if (
            kicker
            and f.is_title(index)
            and not _is_name(line)
            and _words(line) > _words(lines[title])
        ):
            return index
        kicker = _is_name(line) and (
            " " not in line or is_section_name(line) or line.casefold() in f.repeated
        )
    return title


def _age_notice(line: str) -> bool:
    """A sentence that ends with the story's age: "This was published 5 months ago"."""
    words = line.rsplit(" ", _AGE_WORDS)
    return len(words) > _AGE_WORDS and find_time(" ".join(words[1:])) is not None


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
) -> list[str]:
    """Content lines in [begin, stop): up to a heading mark once text has begun.

    ``widgets`` are marks of "Related" blocks inside the article (text goes on after
    them) and ``widget_lines`` their headline lines, which are left out. A caption printed
    under its credit above the text is added to ``captions``.
    """
    out: list[str] = []
    started = False
    widgets = widgets or set()
    widget_lines = widget_lines or set()
    run: list[int] = []  # positions in ``out`` of the current run of short non-prose lines
    stamped = False  # a live blog's first entry stamp was kept
    entry_stamp = -1  # where in ``out`` the last line was a stamp
    closed = False  # a note on the author closed the text
    text = stop  # where the text's second paragraph is (above it: the header and deck)
    after_meta = False  # the last line seen was a byline or stamp (the article's header)
    paragraphs = 0
    for index in range(begin, stop):
        if index in ends and started and _ends_text(f, index, after_meta, paragraphs, widgets):
            break
        line = f.lines[index]
        if not line:
            continue
        # (a header widget's short lines under the stamp, "Abc" / "Small" / "Large", are part
        # of the header: an "end" heading under them is still a counter)
        meta, after_meta = (
            after_meta,
            f.is_meta(index) or (after_meta and not keep_stamps and _header_widget(line)),
        )
        _drop_author_lines(  # deck / "Sarah Okafor" / "Reporter" / stamp
            out,
            run,
            header=(after_meta or index in skip)
            and paragraphs <= _MAX_DECK_LINES
            # (not a live blog entry's headline under its stamp: "10:41 a.m. ET" / headline)
            and not (keep_stamps and run and run[0] == entry_stamp + 1),
        )
        if paragraphs > 1 and not keep_stamps and f.bylines[index] and not widgets:
            break  # "Written by …" after the text: the author box, the article has ended
        # after the text, a note on the author ("Ms. Chen is an urban planner.") or the
        # author's name printed again (an author box): only a caption follows
        box = _is_bio(line, f.authors) or (paragraphs > 1 and _printed_above(f, line, text))
        closed = closed or (box and paragraphs > 1 and not keep_stamps and not widgets)
        if box or index in skip or index in widget_lines or (closed and not split_credit(line)):
            after_meta = after_meta or meta  # (a card's lines: what came before still counts)
            continue
        stamp = f.times[index] is not None
        if after_meta and not (keep_stamps and stamp):
            continue
        prose = _is_prose(line)
        if (
            not started
            and not stamp
            and _above_text(
                f, index, prose, (begin, stop), live=keep_stamps and stamped, captions=captions
            )
        ):
            continue
        stamped = stamped or (keep_stamps and stamp)
        if (
            prose
            or stamp
            or (_words(line) > _RUN_MAX_WORDS and not _title_case(line))  # (a headline link)
            or split_credit(line) is not None
        ):
            if prose:  # (a live blog entry's headline under its stamp stays, not its author)
                _end_run(out, run, keep_first=keep_stamps and run[:1] == [entry_stamp + 1])
            run = []
            entry_stamp = len(out) if stamp else -1
        elif started:
            run.append(len(out))
        started = started or (prose and split_credit(line) is None)  # (not at a caption)
        text = index if prose and paragraphs == 1 else text
        paragraphs += prose
        out.append(line)
    _trim_tail(out)
    return out


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
    credit ("PA Media" / "The chancellor is …"), which is added to ``captions``."""
    line = f.lines[index]
    if _header_line(line, prose, live=live):
        return True
    if not prose and _credit_first(f, index, *span):
        captions.append(Caption(text=line, credit=f.lines[index - 1]))
        return True
    return False


def _printed_above(f: _Features, line: str, text: int) -> bool:
    """A person's name printed again, first above the text (the byline's): an author box."""
    return (
        len(line) <= _NAME_MAX_CHARS
        and f.first_printed.get(line.casefold(), text) < text
        and _person_name(line)
    )


def _end_run(out: list[str], run: list[int], *, keep_first: bool) -> None:
    """A run of short lines between paragraphs is a link list or widget, left out (a list
    under its own "Key figures:" heading stays)."""
    if len(run) > 1 and out[run[0]][-1] != ":":
        for position in reversed(run[1:] if keep_first else run):
            del out[position]


def _trim_tail(out: list[str]) -> None:
    """Trailing UI and link lines go; a photo caption stays (it has a credit), and so does
    a closing signature ("… in Mexico City. EFE"), but not a wire's desk codes glued after
    it ("… against any company. PTI ABC DEF RT")."""
    desk_codes = _DESK_CODES.search(out[-1]) if out else None
    if desk_codes is not None:
        out[-1] = out[-1][: desk_codes.start()]
    while (
        out
        and not _is_prose(out[-1])
        and not _short_sentence(out[-1])
        and not _AGENCY_SIGNATURE.search(out[-1])
        and split_credit(out[-1]) is None
    ):
        out.pop()


def _header_widget(line: str) -> bool:
    """A widget's short line ("Abc", "Small", "Font size") in an article's header."""
    return _words(line) <= _WIDGET_MAX_WORDS and not _is_prose(line)


def _drop_author_lines(out: list[str], run: list[int], *, header: bool) -> None:
    """Short lines right above a byline or stamp under the standfirst (``header``) are the
    author's name and role, not text."""
    if header and run and all(_words(out[position]) <= _HEADER_MAX_WORDS for position in run):
        for position in reversed(run):
            del out[position]
        run.clear()


def _short_sentence(line: str) -> bool:
    """ "Referee: S Hurson (Tyrone).": a few words ending with a full stop."""
    return line[-1] == "." and line.count(" ") >= _TITLE_MIN_WORDS - 1


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
        and _is_name(lines[index - 1])
        and bool(lines[role])
        and f.stamp(role) is None  # (an author's role line is a byline's: "BBC News, Cornwall")
        and not _is_name(lines[role])
        and not _is_prose(lines[role])
        and _is_prose(lines[index + 1])
    )


def _header_line(line: str, prose: bool, *, live: bool) -> bool:
    """Before an article's text: an author or place line, or a short UI line (not in a live
    blog once its entries have begun)."""
    if _is_name(line):
        return True
    return (
        not prose and not live and _words(line) <= _HEADER_MAX_WORDS and split_credit(line) is None
    )


def _has_substance(paragraphs: list[str]) -> bool:
    """Enough words, one real sentence, and not a notice that speaks to the reader."""
    words = sum(_words(p) for p in paragraphs)
    if words < _LEAD_MIN_WORDS:
        return False
    sentences = [p for p in paragraphs if _is_prose(p)]
    if not any(_words(p) >= _LEAD_MIN_SENTENCE_WORDS for p in sentences):
        return False
    addressed = sum(1 for p in sentences if addresses_reader(p))
    return addressed * 2 < len(sentences)  # "Our website is not available in your region"


def _plans(lines: tuple[str, ...], title: int, stop: int) -> bool:
    """Subscription plans under the title, not a story: a price per period on a line of its
    own ("R$ 1,90 nos 3 primeiros meses") before a story's worth of text (a paywalled
    story shows its first paragraphs before the offer)."""
    words = 0
    for line in lines[title + 1 : stop]:
        if words >= _REAL_BODY_WORDS:
            return False
        if line and is_price_offer(line):
            return True
        words += _words(line) if line and _is_prose(line) else 0
    return False


def _notice(title: str, paragraphs: list[str], time_text: str | None) -> bool:
    """A notice under its heading, not a story: no stamp, and its first sentence restates the
    heading ("This article has been removed" / "This article has been removed following a
    complaint. We are reviewing …")."""
    return time_text is None and bool(paragraphs) and paragraphs[0].startswith(f"{title} ")


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


def _ad_lines(f: _Features, page: CleanPage) -> set[int]:
    """Lines of advertising cards: the title after an "ad" mark and its text; also a card
    whose meta line starts with the ad label ("Ad • Cashflow Insider" / title)."""
    out: set[int] = set()
    lines = f.lines
    marks = {index for index, _ in page.marks}
    titles = [mark for mark, kind in page.marks if kind == "ad"]
    for label in f.ad_labels:
        out.add(label)
        titles.append(label + 1)
    named_stamps = [
        stamp
        for stamp in f.stamp_lines
        if stamp > 0 and lines[stamp - 1] and _is_source_name(lines[stamp - 1])
    ] if titles else []  # fmt: skip
    for mark in titles:
        if mark >= len(lines) or not f.is_title(mark) or _words(lines[mark]) >= _PROSE_ANY_WORDS:
            continue  # an "Advertisement" slot inside an article (text under it) hides no card
        out.add(mark)
        index = mark + 1
        while index < len(lines) and lines[index] and index not in marks:
            if f.is_meta(index) or not (_is_prose(lines[index]) or _is_name(lines[index])):
                if index == mark + 1 and _tagline(f, index):
                    out.add(index)  # "Home Insurance Quotes" / "Homeowners are saving …"
                break
            # "AquaTech Solutions": the advertiser, unless the page's cards print a name over
            # their stamps (then it is the next card's source: "Excélsior" / "hace 1 día")
            advertiser = (
                index == mark + 1
                and _is_name(lines[index])
                and not any(stamp != index + 1 for stamp in named_stamps)
            )
            if not advertiser and _heads_card(f, index):
                break  # the source line of the next card
            out.add(index)
            index += 1
    return out


def _tagline(f: _Features, index: int) -> bool:
    """The line under an ad's title: headline-shaped, but no card's title (no stamp under)."""
    return f.is_title(index) and not (index + 1 < len(f.lines) and f.stamp(index + 1))


def _heads_card(f: _Features, index: int) -> bool:
    """``index`` is a card's source line: a stamp under it, or a title and then a stamp
    ("Bloomberg" / title / summary / "Yesterday")."""
    following = range(index + 1, min(len(f.lines), index + _SOURCE_TO_STAMP + 1))
    stamps = [at for at in following if f.stamp(at) is not None]
    return bool(stamps) and (
        stamps[0] == index + 1 or (_is_name(f.lines[index]) and f.is_title(index + 1))
    )


def _has_live_word(folded: str) -> bool:
    return (
        "live" in folded
        or "direct" in folded
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
        if len(line) <= _LIVE_KICKER_CHARS and _LIVE_KICKER.match(line):
            after = index + 1
            while after < stop and not lines[after]:
                after += 1
            if after < stop and f.is_title(after):  # the headline right under the kicker
                return after
        elif (
            len(line) <= _TITLE_MAX_CHARS
            and _words(line) > _SHORT_NAME_WORDS
            and _has_live_word(line.casefold())
            and _LIVE_TITLE.search(line)
            and f.is_title(index)
        ):
            return index
    return None


def split_articles(page: CleanPage) -> list[ArticleDraft]:
    lines = page.lines
    n = len(lines)
    if not n:
        return []
    f = _features(lines)
    page_marks = _Marks.of(page)
    related = page_marks.related
    ads = _ad_lines(f, page)
    # an "Ad" slot inside a text that goes on under it (no ad card) ends no article
    ends = {index for index, kind in page.marks if kind != "ad" or index in ads}
    drafts: list[tuple[int, ArticleDraft]] = []  # (first line, draft)
    lead_found = False
    inline: set[int] = set()  # "Related" marks of widgets inside the lead

    first_related = related[0] if related else n
    live = _live_title(f, first_related)
    if live is not None and not _has_entries(f, live, first_related):
        live = None  # "EN DIRECT" as a menu item over an ordinary article
    live_stop: int | None = None
    if live is None:
        live, live_stop = _entries_live_title(f, first_related, ads)
    elif entries := _live_entries(f, live + 1, first_related):
        live_stop = _after_entries(f, entries, ads)
    if live is not None:
        lead_found, cards, taken = _live_blog(f, page, live, ads, drafts, end=live_stop)
    else:
        cards, taken = _find_cards(f, 0, ads)
        first_card = next((card.start for card in cards if not card.inline), n)
        lead_title = _find_lead_title(f, 0, first_card, taken)
        if lead_title is not None:
            source, time_text = _lead_meta(f, lead_title, first_card)
            time_text = _own_stamp(f, lead_title, first_card, time_text)
            source = _closing_source(f, lead_title, first_card) or source
            widgets, widget_lines = _inline_widgets(f, page_marks, lead_title, first_card)
            inline |= widgets
            credited: list[Caption] = []
            paragraphs = _body_lines(
                f, lead_title + 1, first_card, ends, taken, keep_stamps=False,
                widgets=widgets, widget_lines=widget_lines, captions=credited,
            )  # fmt: skip
            if (
                _has_substance(paragraphs)
                and not _notice(lines[lead_title], paragraphs, time_text)
                and not (time_text is None and _plans(lines, lead_title, first_card))
            ):
                lead_found = True
                drafts.append(
                    (
                        lead_title,
                        _draft(lines[lead_title], paragraphs, source, time_text, credited),
                    )
                )  # its lines are no teasers, even under a "Trending" menu item above it
                lead_end = min(first_card, page_marks.next_after(lead_title, n))
                taken = taken | set(range(lead_title, lead_end))  # (not the cards' summaries)

    card_starts = sorted(card.start for card in cards if not card.inline)
    drafts.extend(_card_drafts(f, cards, card_starts, _Reading(page_marks, ends, taken, inline)))
    drafts.extend(_teasers_without_stamp(f, page_marks, card_starts, taken | ads, inline))
    drafts.sort(key=lambda item: item[0])
    site = _site_keys(page.raw.url)
    return _assign_roles([draft for _, draft in drafts], lead_found=lead_found, site=site)


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
    for card in cards:
        if card.inline:  # (the text under it is the article's around it)
            title = f.headline(card.title)
            drafts.append((card.start, _draft(title, [], card.source, card.time_text)))
            continue
        following = bisect_right(card_starts, card.start)
        stop = card_starts[following] if following < len(card_starts) else len(lines)
        widgets, widget_lines = _inline_widgets(f, reading.marks, card.title, stop)
        reading.inline |= widgets
        credited: list[Caption] = []
        paragraphs = _body_lines(
            f, card.body_from, stop, reading.ends, reading.taken, keep_stamps=False,
            widgets=widgets, widget_lines=widget_lines, captions=credited,
        )  # fmt: skip
        if not paragraphs and _unstopped_summary(f, card.body_from, stop, reading.taken):
            paragraphs = [lines[card.body_from]]
        if card.deck is not None:
            if (
                _words(" ".join(paragraphs)) < _REAL_BODY_WORDS
                and not _summary_under(lines[card.title], lines[card.deck])
                # (a headline that opens a block, under its heading, is no card's summary)
                and not reading.marks.at(card.title)
            ):
                card.title, card.deck = card.deck, None  # a card list, not an article header
            else:
                start = card.deck if card.deck_from is None else card.deck_from
                paragraphs[0:0] = [line for line in lines[start : card.deck + 1] if line]
        source = _closing_source(f, card.title, stop) or card.source  # "Bron: Belga" wins
        title, via = _via_source(f, f.headline(card.title))
        source = source or via
        drafts.append((card.start, _draft(title, paragraphs, source, card.time_text, credited)))
    return drafts


_VIA = re.compile(r"^(?P<title>.{20,}) via (?P<name>[A-ZÀ-Þ].{0,49})$")


def _via_source(f: _Features, title: str) -> tuple[str, str | None]:
    """A card's title and the publisher it ends with: "Laos says dams are not to blame via
    The Diplomat" (a "via" line under the title, joined to it), on a page whose other cards
    print "via Publisher" lines (not "Pope flies to Mexico via Cuba")."""
    match = _VIA.match(title) if " via " in title else None
    if match is None or not _is_name(match["name"]) or not _via_page(f):
        return title, None
    return match["title"], match["name"]


def _via_page(f: _Features) -> bool:
    """The page's cards print their source as "via Publisher" lines (asked once a page)."""
    if f.via_sources is None:
        f.via_sources = any(
            source is not None and line[:4].casefold() == "via "
            for line, source in zip(f.lines, f.sources, strict=True)
        )
    return f.via_sources


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


def _has_entries(f: _Features, title: int, stop: int) -> bool:
    """A stamp after text that comes after the blog's first stamp: an entry of the blog."""
    stamped = texted = False
    for index in range(title + 1, stop):
        if f.times[index] is not None:
            if texted:
                return True
            stamped = True
        elif stamped and _is_prose(f.lines[index]) and split_credit(f.lines[index]) is None:
            texted = True
    return False


def _entries_live_title(f: _Features, stop: int, ads: set[int]) -> tuple[int | None, int | None]:
    """A live blog without a "Live" label: a headline followed by prose, then at least
    ``_MIN_LIVE_ENTRIES`` entries (``_live_entries``). Also where the blog ends."""
    entries = _live_entries(f, 0, stop)
    if len(entries) < _MIN_LIVE_ENTRIES:
        return None, None
    title = _find_lead_title(f, 0, entries[0], set()) or _stamped_title(f, entries[0])
    if title is None:
        return None, None
    return title, _after_entries(f, entries, ads)


def _after_entries(f: _Features, entries: list[int], ads: set[int]) -> int | None:
    """Where a live blog ends: the first card after its last entry (a teaser with a stamp
    of another kind), also when no "Related" heading stands over the cards."""
    cards, _ = _find_cards(f, entries[-1] + 1, ads)
    return cards[0].start if cards else None


def _live_entries(f: _Features, begin: int, stop: int) -> list[int]:
    """Stamps in [begin, stop) that open an entry of a live blog: a clock-only stamp ("7:38
    a.m. EDT", "11:35 Uhr"), or any stamp right after the text of the entry before, with
    text under it."""
    entries: list[int] = []
    lines = f.lines
    previous = ""  # the last non-blank line
    for index in range(begin, stop):
        stamp = f.times[index]
        line, before = lines[index], previous
        previous = line or previous
        if stamp is None or not (is_clock_only(stamp) or (before and _is_prose(before))):
            continue  # "14:58 Uhr"; "2h ago" only right after the previous entry's text
        seen = 0
        for after in range(index + 1, min(stop, index + 6)):
            if not lines[after]:
                continue
            if _is_prose(lines[after]):
                entries.append(index)
                break
            seen += 1
            if seen > 1:
                break
    return entries


def _stamped_title(f: _Features, stop: int) -> int | None:
    """The first title-like line before ``stop`` with a time stamp right under it."""
    for index in range(stop):
        line = f.lines[index]
        if not line or not f.is_title(index) or _is_name(line):
            continue
        after = index + 1
        while after < stop and not f.lines[after]:
            after += 1
        if after < stop and f.stamp(after) is not None:
            return index
    return None


def _live_blog(
    f: _Features,
    page: CleanPage,
    title: int,
    ads: set[int],
    drafts: list[tuple[int, ArticleDraft]],
    *,
    end: int | None = None,
) -> tuple[bool, list[_Card], set[int]]:
    lines = f.lines
    n = len(lines)
    stop = min(
        (index for index, kind in page.marks if kind == "related" and index > title),
        default=n,
    )
    if end is not None:
        stop = min(stop, end)
    header: int | None = None
    bullets = False  # summary bullets passed: "Brent crude falls below $70 a barrel"
    for index in range(title + 1, min(stop, title + 1 + _LIVE_STAMP_LOOKAHEAD)):
        line = lines[index]
        stamp = f.stamp(index)
        if stamp is not None:
            if not (bullets and is_clock_only(stamp)):  # (not "Posted at 19:52", an entry's)
                header = index
            break
        if (
            line
            and index > title + 1  # (a standfirst right under the headline)
            and not f.is_meta(index)
            and (_is_prose(line) or _words(line) > _HEADER_MAX_WORDS)
        ):
            if _is_prose(line) or not f.is_title(index):
                break  # the blog's text has begun: its first entry's stamp is not the header's
            bullets = True
    skip = set(ads)
    for index in range(title + 1, stop):
        line = lines[index]
        if (
            line
            and f.times[index] is None
            and (_is_name(line) or f.bylines[index] or f.sources[index])
        ):
            skip.add(index)
    header_end = header
    if header is not None and header + 1 < stop:  # "Updated …" / "Published …" (not an entry)
        stamp, following = f.stamp(header) or "", f.stamp(header + 1)
        if (
            following is not None
            and is_labelled_stamp(stamp)
            and is_labelled_stamp(following)
            and not is_clock_only(following)  # ("Posted at 14:52": an entry's)
            and is_update_stamp(stamp) != is_update_stamp(following)
        ):
            header_end = header + 1
    if header is not None and header_end is not None:
        skip.update(range(header, header_end + 1))
    ends = {  # (an "end" heading with entries under it is a widget inside the blog)
        index
        for index, kind in page.marks
        if kind == "end"
        and not any(f.times[at] for at in range(index, min(stop, index + _LIVE_WIDGET_LINES)))
    }
    credited: list[Caption] = []
    paragraphs = _body_lines(f, title + 1, stop, ends, skip, keep_stamps=True, captions=credited)
    time_text = (
        _cluster_stamp(f, header, header_end + 1)
        if header is not None and header_end is not None
        else None
    )
    drafts.append((title, _draft(lines[title], paragraphs, None, time_text, credited)))
    cards, taken = _find_cards(f, stop, ads)
    return True, cards, taken | set(range(stop))


def _noted_author(f: _Features, name: str, begin: int, stop: int) -> bool:
    """``name`` is the author the article's note is about ("Maria Gonzalez is a senior
    fellow at …"), not a publisher."""
    names = frozenset({name})
    return any(
        f.lines[index].startswith(f"{name} ") and _is_bio(f.lines[index], names)
        for index in range(begin, stop)
    )


def _lead_meta(f: _Features, title: int, stop: int) -> tuple[str | None, str | None]:
    """Source and time printed with the lead: above its title and in its header."""
    source: str | None = None
    if title > 0 and f.sources[title - 1]:
        source = f.sources[title - 1]  # "Source: BBC News" above the headline
    elif (
        title > 0
        and _is_publisher(f.lines[title - 1], f)
        and not _noted_author(f, f.lines[title - 1], title + 1, stop)
        and not _topic_kicker(f, f.lines[title - 1], f.lines[title])
    ):
        source = f.lines[title - 1]
    end, deck = title + 1, False
    while end < stop:
        line = f.lines[end]
        if not line or f.is_meta(end) or _is_name(line) or split_credit(line) is not None:
            end += 1
        elif not deck and end + 1 < stop and (f.is_meta(end + 1) or _is_name(f.lines[end + 1])):
            deck, end = True, end + 1  # a standfirst between the title and the byline/stamp
        else:
            break
    stamped = False
    for index in range(title + 1, end):
        line = f.lines[index]
        named = (
            f.sources[index]
            or (f.metas[index] or (None,))[0]
            or _agency_byline(line, f, index)
            # "PTI" alone in the byline's place (after the stamp: a ticker chip, "ASML")
            or (line if not stamped and _bare_acronym(line, f) else None)
            or (line if _agency_name(line) else None)  # "Associated Press" under the byline
        )
        stamped = stamped or f.stamp(index) is not None
        if named:
            source = source or named
    return source, _cluster_stamp(f, title + 1, end)


def _inline_widgets(
    f: _Features, page_marks: _Marks, title: int, stop: int
) -> tuple[set[int], set[int]]:
    """ "Related" blocks inside the lead (article text goes on after them), and their lines.

    A widget's items are the headline-length lines and list numbers before the text
    resumes; a short line right before a paragraph is the article's subheading. Not after
    an "end" heading under the article's text: the article has ended there.
    """
    marks: set[int] = set()
    items: set[int] = set()
    lines = f.lines
    end_marks = page_marks.ends
    related = page_marks.related_between(title, stop)
    if not related:
        return marks, items
    text_end = _text_end(f, page_marks, title, related[-1] + 1)
    for mark in related:
        if mark >= text_end:
            break
        if mark in end_marks:
            continue  # "Reuse this content" / "More from …": the article has ended there
        block_end = page_marks.next_after(mark, stop)
        long_paragraphs = sum(
            1
            for index in range(mark, min(block_end, stop))
            if _is_prose(lines[index])
            and _words(lines[index]) >= _CONTINUES_MIN_WORDS
            and not _before_footer(index, lines, end_marks)
        )
        if long_paragraphs < _CONTINUES_MIN_PARAGRAPHS:
            continue
        marks.add(mark)
        for index in range(mark, min(block_end, stop)):
            line = lines[index]
            if not line:
                continue
            if _is_prose(line):
                break
            following = lines[index + 1] if index + 1 < len(lines) else ""
            subheading = _words(line) <= _SUBHEADING_MAX_WORDS and _is_prose(following)
            if not subheading:
                items.add(index)
    return marks, items


def _text_end(f: _Features, page_marks: _Marks, title: int, stop: int) -> int:
    """The first "end" heading under a paragraph of the article's text (or ``stop``); one
    right under the header's byline or stamp is a counter ("12 Comments")."""
    texted = False  # a paragraph since the last byline or stamp
    scanned = title + 1  # the lines before this one are read
    mark = page_marks.next_after(title, stop)
    while mark < stop:
        if mark in page_marks.ends:  # (only an "end" heading asks what stands above it)
            for index in range(scanned, mark):
                if f.lines[index]:
                    texted = not f.is_meta(index) and (texted or _is_prose(f.lines[index]))
            scanned = max(scanned, mark)
            if texted:
                return mark
        mark = page_marks.next_after(mark, stop)
    return stop


def _before_footer(index: int, lines: tuple[str, ...], end_marks: set[int]) -> bool:
    """The last text before the copyright line or footer links: site footer prose."""
    after = index + 1
    while after < len(lines) and not lines[after] and after not in end_marks:
        after += 1
    return after in end_marks


def _teasers_without_stamp(
    f: _Features, page_marks: _Marks, card_starts: list[int], taken: set[int], inline: set[int]
) -> list[tuple[int, ArticleDraft]]:
    """In a block opened by a "Related" heading: titles followed by summary prose.

    When most titles of the block have a summary, all those; otherwise only those with
    another headline after their summary: a list of headlines whose last one is followed
    by footer text is navigation.
    """
    out: list[tuple[int, ArticleDraft]] = []
    lines = f.lines
    n = len(lines)
    for mark in page_marks.related:
        if mark in inline:
            continue
        next_mark = page_marks.next_after(mark, n)
        at = bisect_left(card_starts, mark)
        next_card = card_starts[at] if at < len(card_starts) else n
        stop = min(next_mark, next_card)
        found: list[tuple[int, ArticleDraft]] = []
        titles = 0
        last_title = -1
        index = mark
        while index < stop:
            line = lines[index]
            if not line or index in taken or not f.is_title(index) or _is_name(line):
                index += 1
                continue
            titles += 1
            last_title = index
            summary: list[str] = []
            after = index + 1
            while (
                after < stop
                and after not in taken
                and lines[after]
                and _is_prose(lines[after])
                and not _headline_shaped(lines[after])
            ):
                summary.append(lines[after])
                after += 1
            if not summary and _rubric(f, index, stop, taken):
                summary, after = [lines[index + 1]], index + 2  # fly-title / title / rubric
            if summary:
                found.append((index, _draft(line, summary, None, None)))
            index = after
        if len(found) * 2 > titles:
            out.extend(found)
        else:  # "Title" / summary / "Title" (a bare link): a teaser among links
            out.extend(item for item in found if item[0] != last_title)
    return out


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
        and bool(lines[rubric])
        and not _is_name(lines[rubric])
        and _words(lines[rubric]) >= max(_PROSE_MIN_WORDS, _words(lines[title]) + 1)
        and not _headline_shaped(lines[rubric])
    )


def _headline_shaped(line: str) -> bool:
    """ "Who is the new leader of Japan’s ruling party?", "N. Korea slams drills as
    'dangerous provocation'": a headline, not a summary sentence."""
    quoted_end = line[-1] in "\"'”’»" and len(line) > 1 and line[-2].isalnum()
    headline_end = (
        line[-1] == "?" or quoted_end or bool(_INITIALISM_END.search(line[-_INITIALISM_TAIL:]))
    )
    return headline_end and _words(line) <= _HEADLINE_MAX_WORDS and _is_title(line)


_HOST = re.compile(r"^[a-z][a-z0-9+.-]*://(?:[^/@]*@)?(?P<host>[^/:?#]+)", re.IGNORECASE)
_NOT_ALNUM = re.compile(r"[\W_]+")


def _site_keys(url: str | None) -> frozenset[str]:
    """The page's own site as a name would print it: each label of its host and the labels
    before the top-level domain together ("www.ansa.example" → "ansa";
    "spanish.news.example" → "spanish", "news", "spanishnews")."""
    match = _HOST.match(url) if url else None
    if match is None:
        return frozenset()
    labels = [label for label in match["host"].casefold().split(".")[:-1] if label != "www"]
    return frozenset({*labels, "".join(labels)})


def _own_site(source: str, site: frozenset[str]) -> bool:
    """The lead's source is the page's own site ("Redazione ANSA" on ansa.it,
    "Spanish.news.cn | …" on spanish.news.cn): its masthead or newsroom, not a publisher
    printed with the article (a teaser card naming the site keeps it: its source line)."""
    name = source.casefold().removeprefix("the ")
    if "." in name and " " not in name:
        name = name.rsplit(".", 1)[0]  # "spanish.news.cn" → "spanish.news"
    return _NOT_ALNUM.sub("", name) in site


def _assign_roles(
    drafts: list[ArticleDraft], *, lead_found: bool, site: frozenset[str] = frozenset()
) -> list[ArticleDraft]:
    if not drafts:
        return []
    lead: int | None = 0
    if not lead_found:  # the first card with a real body; a page of bare cards has no lead
        lead = next(
            (i for i, draft in enumerate(drafts) if _words(draft.body) >= _REAL_BODY_WORDS), None
        )
        if lead is None:  # a short story of several paragraphs over one-paragraph summaries
            multi = [i for i, d in enumerate(drafts) if "\n\n" in d.body]
            if multi == [0] and len(drafts) > 1 and _has_substance(drafts[0].body.split("\n\n")):
                lead = 0
    return [
        ArticleDraft(
            position=position,
            role="lead" if position == lead else "related",
            title=draft.title,
            body=draft.body,
            source=(
                None
                if position == lead and draft.source and _own_site(draft.source, site)
                else draft.source
            ),
            time_text=draft.time_text,
            captions=draft.captions,
        )
        for position, draft in enumerate(drafts)
    ]
