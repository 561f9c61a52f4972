"""split: clean lines → the lead article and its related teasers.

Signals, not site rules. Each line gets a few cheap features: is it a time stamp
(``streams.timestamps.find_time``), a meta line ("Reuters · 4 hours ago"), a source
echo ("- South China Morning Post"), a byline ("By Jane Doe"), name-like (a short
Title Case line without sentence punctuation: a publisher), title-like (a few words,
not ending like a sentence), prose (a sentence: long, ends with punctuation).

Teaser cards are found around their time stamps. A card is a cluster of meta lines
(source line, time stamp, byline, "- source" echo) with a title after it (portal
cards: source / time / title / summary) or before it (article headers: title /
byline / time / body). Its body runs to the next card, a blank line followed by a
heading mark, or the end of the page. In a block opened by a "Related" heading
(``CleanPage.marks``), title-like lines with no time stamp are teasers too (title
only, or title and summary).

The lead is the article before the first card: its title is the first title-like
line followed (after bylines, stamps, blank lines) by prose; lines above it are
navigation. Its body runs to the first card or a heading that ends the article
(comments, tags, footer); trailing lines that are not prose ("Explore what ... can do
for you:") are trimmed. If there is no such article above the cards, the first card
with a real body (≥ ``_LEAD_MIN_WORDS`` words) is the lead, else the first card.
All other articles are ``related``. The lead's source is what the page prints next to
it (a source line, a meta line, or a wire dateline "SEOUL (Reuters) -"); otherwise
``None``.

Captions are taken out of every body (``streams.captions``).

Live blogs: a page whose lead title or one of its first lines says it is live
("LIVE", "Live updates", "Liveticker", "En direct", "En vivo", "Ao vivo", "In
diretta", "As it happened") is one article, not one article per entry: the entries
(time stamp, optional entry headline, text) before the first Related/end heading are
the lead's body in page order, without their time stamps; the lead's ``time_text`` is
the first stamp printed (the latest update, as live blogs print newest first). Cards
after a Related heading are still teasers.

A page with no title followed by prose and no card with a title gives no drafts.
"""

import re
from dataclasses import dataclass, field

from streams.captions import extract_captions
from streams.model import ArticleDraft, CleanPage
from streams.timestamps import find_time

_LEAD_MIN_WORDS = 40
_TITLE_MIN_WORDS = 3
_TITLE_MIN_CHARS = 20
_TITLE_MAX_WORDS = 40
_TITLE_MAX_CHARS = 300
_NAME_MAX_WORDS = 6
_NAME_MAX_CHARS = 50
_PROSE_MIN_WORDS = 6
_PROSE_ANY_WORDS = 25
_META_MAX_CHARS = 120
_LOOKAHEAD = 4
_MAX_BETWEEN = 2  # non-prose lines allowed between a lead title and its text
_LIVE_HEAD_LINES = 8

_SENTENCE_END = frozenset(".!?…\"'”’»)")
_TITLE_BAD_END = frozenset(".,;:")
_NAME_BAD_CHARS = frozenset('.!?:;,"“”()[]|')
_NAME_LOWER_WORDS = frozenset(
    {"of", "the", "and", "for", "de", "la", "le", "du", "des", "der", "die", "das", "del",
     "di", "da", "do", "on", "at", "in", "&", "y", "e", "et", "und"}
)  # fmt: skip
_ECHO = re.compile(r"^[-–—•·|] ?(?P<name>\S.{0,60})$")
_META_SEPARATORS = re.compile(r" [·•|–—-] | ?[·•|] ?")
_BYLINE = re.compile(r"^(?:by|von|par|por|di|door|de) [A-ZÀ-Þ]", re.IGNORECASE)
_BYLINE_MAX_WORDS = 12
_DATELINE = re.compile(
    r"^[A-ZÀ-Þ][\w .,'’-]{1,60}?\((?P<source>[A-Z][\w .&'-]{1,30})\) ?[-–—]", re.UNICODE
)
_LIVE = re.compile(
    r"^(?:live|live updates?|live blog|liveblog|liveticker|ticker|en direct|en vivo|"
    r"ao vivo|in diretta|as it happened)\b",
    re.IGNORECASE,
)


@dataclass(slots=True)
class _Card:
    start: int  # first line of the card (title-before or first meta line)
    title: int | None
    body_from: int
    source: str | None = None
    time_text: str | None = None
    consumed: set[int] = field(default_factory=set)


def _words(line: str) -> int:
    return line.count(" ") + 1


def _is_name(line: str) -> bool:
    """A publisher name as printed: short, Title Case, no sentence punctuation."""
    if not line or len(line) > _NAME_MAX_CHARS or not (line[0].isupper() or line[0].isdigit()):
        return False
    words = line.split()
    if len(words) > _NAME_MAX_WORDS or any(char in _NAME_BAD_CHARS for char in line):
        return False
    capitalised = sum(1 for word in words if word[0].isupper() or word[0].isdigit())
    return capitalised * 2 > len(words) and all(
        word[0].isupper() or word[0].isdigit() or word.casefold() in _NAME_LOWER_WORDS
        for word in words
    )


def _is_title(line: str) -> bool:
    if not line or len(line) > _TITLE_MAX_CHARS or line[-1] in _TITLE_BAD_END:
        return False
    first = line[0]
    if not (first.isupper() or first.isdigit() or first in "'\"‘“«¿¡"):
        return False
    words = _words(line)
    return (words >= _TITLE_MIN_WORDS or len(line) >= _TITLE_MIN_CHARS) and (
        words <= _TITLE_MAX_WORDS
    )


def _is_prose(line: str) -> bool:
    words = _words(line)
    return words >= _PROSE_ANY_WORDS or (words >= _PROSE_MIN_WORDS and line[-1] in _SENTENCE_END)


def _is_byline(line: str) -> bool:
    return _words(line) <= _BYLINE_MAX_WORDS and bool(_BYLINE.match(line))


def _echo_name(line: str) -> str | None:
    if line[0] not in "-–—•·|":
        return None
    match = _ECHO.match(line)
    if match is None:
        return None
    name = match["name"].strip()
    return name if _is_name(name) else None


def _meta(line: str) -> tuple[str | None, str] | None:
    """(source, time text) of a meta line such as "Reuters · 4 hours ago"."""
    if len(line) > _META_MAX_CHARS:
        return None
    parts = [part.strip() for part in _META_SEPARATORS.split(line)]
    parts = [part for part in parts if part]
    if len(parts) < 2:
        return None
    time_text: str | None = None
    source: str | None = None
    for part in parts:
        stamp = find_time(part) if time_text is None else None
        if stamp is not None:
            time_text = stamp
        elif _is_byline(part):
            continue
        elif source is None and _is_name(part):
            source = part
        else:
            return None
    return (source, time_text) if time_text is not None else None


@dataclass(slots=True)
class _Features:
    lines: tuple[str, ...]
    times: list[str | None]
    metas: list[tuple[str | None, str] | None]
    echoes: list[str | None]
    bylines: list[bool]


def _features(lines: tuple[str, ...]) -> _Features:
    times: list[str | None] = []
    metas: list[tuple[str | None, str] | None] = []
    echoes: list[str | None] = []
    bylines: list[bool] = []
    for line in lines:
        if not line or len(line) > _META_MAX_CHARS:
            times.append(None)
            metas.append(None)
            echoes.append(None)
            bylines.append(False)
            continue
        stamp = find_time(line)
        times.append(stamp)
        metas.append(None if stamp is not None else _meta(line))
        echoes.append(None if stamp is not None else _echo_name(line))
        bylines.append(stamp is None and _is_byline(line))
    return _Features(lines, times, metas, echoes, bylines)


def _is_meta_line(f: _Features, index: int) -> bool:
    return bool(
        f.times[index] is not None
        or f.metas[index] is not None
        or f.echoes[index] is not None
        or f.bylines[index]
    )


def _find_cards(f: _Features) -> list[_Card]:
    lines = f.lines
    n = len(lines)
    cards: list[_Card] = []
    taken: set[int] = set()
    for anchor in range(n):
        if anchor in taken:
            continue
        meta = f.metas[anchor]
        stamp = f.times[anchor] if meta is None else meta[1]
        if stamp is None:
            continue
        source = meta[0] if meta is not None else None
        start, end = anchor, anchor + 1
        # extend over adjacent meta lines: bylines, echoes, more stamps
        while start > 0 and start - 1 not in taken and _is_meta_line(f, start - 1):
            start -= 1
        while end < n and _is_meta_line(f, end) and f.times[end] is None:
            end += 1
        for index in range(start, end):
            source = source or f.echoes[index] or (f.metas[index] or (None, ""))[0]
        title_after = end < n and bool(lines[end]) and _is_title(lines[end])
        # a publisher line right above the cluster ("South China Morning Post" / "4 hours ago")
        above = start - 1
        if (
            above >= 0
            and above not in taken
            and _is_name(lines[above])
            and (
                title_after
                or (above > 0 and above - 1 not in taken and _is_title(lines[above - 1]))
            )
        ):
            source = source or lines[above]
            start = above
        cluster = set(range(start, end))
        title: int | None = None
        body_from = end
        if title_after:
            title, body_from = end, end + 1
        elif start - 1 >= 0 and start - 1 not in taken and _is_title(lines[start - 1]):
            title, start = start - 1, start - 1
        if title is None:
            taken |= cluster
            continue
        taken |= cluster | {title}
        cards.append(
            _Card(start=start, title=title, body_from=body_from, source=source,
                  time_text=stamp, consumed=cluster | {title})
        )  # fmt: skip
    return cards


def _free_title(lines: tuple[str, ...], index: int, taken: set[int]) -> bool:
    return index >= 0 and index not in taken and _is_title(lines[index])


def _find_lead_title(f: _Features, begin: int, stop: int) -> int | None:
    """First title-like line in [begin, stop) that is followed by prose."""
    lines = f.lines
    for index in range(begin, stop):
        line = lines[index]
        if not line or not _is_title(line) or _is_meta_line(f, index):
            continue
        seen = 0
        for after in range(index + 1, stop):
            other = lines[after]
            if not other or _is_meta_line(f, after):
                continue
            if _is_prose(other):
                return index
            if _is_name(other):
                continue  # an author or publisher line
            seen += 1
            if seen >= _MAX_BETWEEN:
                break
    return None


def _body_lines(f: _Features, begin: int, stop: int, ends: set[int], skip: set[int]) -> list[str]:
    """Content lines of an article in [begin, stop): up to an end mark once text has begun."""
    out: list[str] = []
    for index in range(begin, stop):
        if index in ends and out:
            break
        line = f.lines[index]
        if not line or index in skip or _is_meta_line(f, index):
            continue
        out.append(line)
    while out and not _is_prose(out[-1]):
        out.pop()
    return out


def _dateline_source(paragraphs: list[str]) -> str | None:
    if not paragraphs:
        return None
    match = _DATELINE.match(paragraphs[0])
    return match["source"].strip() if match else None


def _draft(
    title: str,
    paragraphs: list[str],
    source: str | None,
    time_text: str | None,
) -> ArticleDraft:
    body, captions = extract_captions(paragraphs)
    return ArticleDraft(
        position=0,
        role="related",
        title=title,
        body="\n\n".join(body),
        source=source,
        time_text=time_text,
        captions=tuple(captions),
    )


def _is_live(f: _Features, title_index: int) -> bool:
    if _LIVE.match(f.lines[title_index]):
        return True
    head = [line for line in f.lines[: title_index + _LIVE_HEAD_LINES] if line]
    return any(_words(line) <= 3 and _LIVE.match(line) for line in head)


def split_articles(page: CleanPage) -> list[ArticleDraft]:
    lines = page.lines
    n = len(lines)
    if not n:
        return []
    f = _features(lines)
    ends = {index for index, kind in page.marks}  # any heading stops a body
    related_from = min((index for index, kind in page.marks if kind == "related"), default=n)
    cards = _find_cards(f)
    first_card = cards[0].start if cards else n
    drafts: list[tuple[int, ArticleDraft]] = []  # (first line, draft)

    lead_title = _find_lead_title(f, 0, first_card)
    live = lead_title is not None and _is_live(f, lead_title)
    if live and lead_title is not None:
        stop = min(related_from, n)
        entries = [card for card in cards if card.start < stop and card.source is None]
        skip: set[int] = set()
        for card in entries:
            skip |= card.consumed - {card.title} if card.title is not None else card.consumed
        paragraphs = _body_lines(f, lead_title + 1, stop, ends, skip)
        stamps = [f.times[i] for i in range(lead_title, stop) if f.times[i] is not None]
        time_text = stamps[0] if stamps else None
        drafts.append(
            (lead_title, _draft(lines[lead_title], paragraphs, _dateline_source(paragraphs),
                                time_text))
        )  # fmt: skip
        cards = [card for card in cards if card not in entries]
    elif lead_title is not None:
        stop = min(first_card, n)
        source, time_text = _lead_meta(f, lead_title, stop)
        paragraphs = _body_lines(f, lead_title + 1, stop, ends, set())
        if not paragraphs:
            lead_title = None
        else:
            drafts.append(
                (lead_title, _draft(lines[lead_title], paragraphs,
                                    source or _dateline_source(paragraphs), time_text))
            )  # fmt: skip

    card_starts = sorted(card.start for card in cards)
    claimed: set[int] = set()
    for card in cards:
        claimed |= card.consumed
    for card in cards:
        following = [start for start in card_starts if start > card.start]
        stop = following[0] if following else n
        paragraphs = _body_lines(f, card.body_from, stop, ends, claimed)
        assert card.title is not None
        drafts.append(
            (card.start, _draft(lines[card.title], paragraphs, card.source, card.time_text))
        )

    drafts.extend(_title_only_teasers(f, page, cards, claimed, ends))
    drafts.sort(key=lambda item: item[0])
    return _assign_roles([draft for _, draft in drafts], has_lead=lead_title is not None)


def _lead_meta(f: _Features, title: int, stop: int) -> tuple[str | None, str | None]:
    """Source and time printed in the lead's header (the lines right after its title)."""
    source: str | None = None
    time_text: str | None = None
    for index in range(title + 1, min(stop, title + 1 + _LOOKAHEAD)):
        line = f.lines[index]
        if not line:
            continue
        if f.times[index] is not None:
            time_text = time_text or f.times[index]
        elif f.metas[index] is not None:
            meta = f.metas[index]
            assert meta is not None
            source, time_text = source or meta[0], time_text or meta[1]
        elif f.echoes[index] is not None:
            source = source or f.echoes[index]
        elif not f.bylines[index]:
            if _is_prose(line):
                break
            if _is_name(line) and index + 1 < stop and f.times[index + 1] is not None:
                source = source or line
    return source, time_text


def _title_only_teasers(
    f: _Features, page: CleanPage, cards: list[_Card], claimed: set[int], ends: set[int]
) -> list[tuple[int, ArticleDraft]]:
    """In a block opened by a "Related" heading, title-like lines without a time stamp."""
    out: list[tuple[int, ArticleDraft]] = []
    lines = f.lines
    n = len(lines)
    card_lines = set(claimed)
    for card in cards:
        card_lines |= set(range(card.start, card.body_from))
    for mark_index, kind in page.marks:
        if kind != "related":
            continue
        next_mark = min((index for index, _ in page.marks if index > mark_index), default=n)
        next_card = min((card.start for card in cards if card.start >= mark_index), default=n)
        stop = min(next_mark, next_card)
        index = mark_index
        while index < stop:
            line = lines[index]
            if not line or index in card_lines or not _is_title(line) or _is_meta_line(f, index):
                index += 1
                continue
            summary: list[str] = []
            after = index + 1
            while after < stop and lines[after] and _is_prose(lines[after]):
                summary.append(lines[after])
                after += 1
            out.append((index, _draft(line, summary, None, None)))
            index = after
    return out


def _assign_roles(drafts: list[ArticleDraft], *, has_lead: bool) -> list[ArticleDraft]:
    if not drafts:
        return []
    lead = 0
    if not has_lead:
        lead = next(
            (i for i, draft in enumerate(drafts) if _words(draft.body) >= _LEAD_MIN_WORDS), 0
        )
    out = []
    for position, draft in enumerate(drafts):
        out.append(
            ArticleDraft(
                position=position,
                role="lead" if position == lead else "related",
                title=draft.title,
                body=draft.body,
                source=draft.source,
                time_text=draft.time_text,
                captions=draft.captions,
            )
        )
    return out
