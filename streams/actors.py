"""People and organisations of an article, from its scanned chunks.

Cues, all local and cheap: a title before a name ("General Dan Caine"), an
organisation head word ("Education Bureau", "University of Hong Kong"), an
apposition after a name ("Jiang Bin, a spokesman for the defence ministry in
Beijing"), a speech verb ("Caine said"), a first name from the census lists, a
demonym or a country's possessive before ("South Korea's Joint Chiefs of Staff",
"the Chinese defence ministry"), an acronym in brackets after an organisation
("University of Hong Kong (HKU)"). Later mentions by surname or acronym are merged
into the actor they refer to.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Final, Literal

from schemas.article import ActorTag
from streams.fastmodel import build
from streams.gazetteer import Gazetteer
from streams.lexicon import (
    CLUB_HEADS,
    KNOWN_ORGS,
    NON_ORG_ACRONYMS,
    ORG_DESCRIPTORS,
    ORG_HEADS,
    ORG_LEADERS,
    ORG_NOUNS,
    ORG_PREFIXES,
    OTHER_HEADS,
    PUBLISHERS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLE_MODIFIERS,
)
from streams.scan import CONNECTOR, PLACE, STOP, TITLE, WORD, Chunk, Seg, initial

PERSON: Final[Literal["person"]] = "person"
# A word of an all-capital line: kept only as another form of a name found elsewhere.
HEADLINE: Final = "headline"
ORG: Final[Literal["organization"]] = "organization"

_NAME_PARTICLES: Final = frozenset(
    [
        "de",
        "du",
        "des",
        "del",
        "della",
        "di",
        "da",
        "do",
        "dos",
        "das",
        "van",
        "von",
        "der",
        "den",
        "ter",
        "la",
        "le",
        "bin",
        "ibn",
        "al",
        "el",
        "y",
        "dello",
        "dei",
        "degli",
        "delle",
        "zu",
        "af",
    ]
)
_ORG_LINKS: Final = frozenset({"of", "the", "for", "and", "&", "de", "du", "des", "del"})
_CLAUSE_END: Final = ",.;:()\n\"“”'‘’"
_SOURCE_MARKERS: Final = ("Photo: ", "Photo:", "Photograph: ", "Source: ", "Credit: ", "Photo/")
_ADVERBS: Final = frozenset({"also", "then", "later", "again", "earlier", "further", "once"})
_APPOSITION_STARTS: Final = frozenset(
    {"a", "an", "the", "his", "her", "its", "their", "former", "deputy", "chief", "head"}
    | {"senior", "acting", "then", "now", "who", "whose"}
)
# Words of sports reports (whitespace-separated, as written).
_SPORTS: Final = frozenset(
    {"SOCCER", "CRICKET", "RUGBY", "TENNIS", "GOLF", "BASEBALL", "BASKETBALL", "HOCKEY"}
    | {"ATHLETICS", "CYCLING", "soccer", "football", "cricket", "rugby", "tennis", "golf"}
    | {"baseball", "basketball", "hockey", "innings", "wicket", "wickets", "goal", "goals"}
    | {"scored", "striker", "midfielder", "halftime", "half-time", "play-off", "play-offs"}
    | {"playoff", "playoffs", "standings", "seeded", "division", "league", "cup", "Cup"}
    | {"League", "Division", "match", "championship"}
)
_DATE_AFTER: Final = re.compile(r"\s*(?:\d{4}-\d\d-\d\d|,? [A-Z][a-z]{2,8}\.? \d)")
_NO_DIGIT: Final = re.compile(r"[^\d]+")
# Word → whether it looks like a name; words recur across articles, the test does not.
_NAME_LIKE: dict[str, bool] = {}
_CACHE_SIZE: Final = 200_000
_FIGURES: Final = re.compile(r" \d+(?:\.\d)?-\d+-\d+-\d+")
_RANK_OR_DISMISSAL: Final = re.compile(r"(?:^|\n|\s)(?:\d{1,2}\.|[bc]|lbw b|st) $")
_OPEN_QUOTES: Final = ('"', '" ', "“", "'", "' ", "‘")
_CLOSE_QUOTES: Final = ('"', ' "', "”", "'", " '", "’")
_SCORE_AFTER: Final = re.compile(r" \d+(?:$|\n| [A-Z(\d]|,)")
# A score then the other team, or the end of the line ("Crystal Palace 1").
_FIXTURE_SCORE: Final = re.compile(r" \d+(?:\n|$| [A-Z][a-z])")
_TABLE_ROW: Final = re.compile(
    r"\n[A-Z][\w.'() -]{1,40} \d+ (?:\d+ \d+ \d+|[A-Z][\w.'() -]{1,40} \d+\n)"
)
_POSSESSIVES: Final = ("'s ", "’s ")
_FIXTURE_WORDS: Final = frozenset({"AT", "VS", "V", "at", "vs", "v"})
_NAMED_SECTORS: Final = frozenset({"business", "media", "sport"})
_COUNTRY_SECTORS: Final = frozenset({"government", "military", "education", "party"})


@dataclass(slots=True)
class Mention:
    name: str
    kind: str
    start: int
    end: int
    chunk: int
    role: str | None = None
    country: str | None = None
    sector: str | None = None
    cue: bool = False
    aliases: list[str] = field(default_factory=list)
    initial: bool = False


def _code(seg: Seg) -> str | None:
    place = seg.place
    if place is None or len(place.codes) != 1:
        return None
    return place.codes[0]


def _name_like(word: str) -> bool:
    """Capitalised, not all capitals, no digits; or an initial ("C.")."""
    known = _NAME_LIKE.get(word)
    if known is None:
        if len(word) == 2 and word[1] == ".":
            known = word[0].isupper()
        else:
            known = (
                word[:1].isupper() and not word.isupper() and _NO_DIGIT.fullmatch(word) is not None
            )
        if len(_NAME_LIKE) > _CACHE_SIZE:
            _NAME_LIKE.clear()
        _NAME_LIKE[word] = known
    return known


def _acronym(word: str) -> bool:
    return (
        2 <= len(word) <= 6 and word.isupper() and word.isalpha() and word not in NON_ORG_ACRONYMS
    )


def _split_of(part: list[Seg]) -> list[list[Seg]]:
    """ "Faik Nerweyi of the Kurdistan Democratic Party": a name, then the organisation
    it belongs to (not "Bank of England", whose first words are an organisation's)."""
    k = next((i for i, s in enumerate(part) if s.kind == CONNECTOR and s.text == "of"), -1)
    if k < 0:
        return [part]
    before = part[:k]
    after = part[k + 1 :]
    while after and after[0].kind == CONNECTOR:
        after = after[1:]
    if not before or len(after) < 2:
        return [part]  # "Joint Chiefs of Staff"
    for seg in before:
        if seg.kind != WORD or seg.text in ORG_HEADS or seg.text in ORG_PREFIXES:
            return [part]
    last = after[-1].text
    if last in ORG_HEADS or last in CLUB_HEADS:
        return [before, after]
    return [part]


def _split_parts(segs: list[Seg], text: str) -> list[list[Seg]]:
    """Cut a chunk at "and"/"&", except inside one organisation's name ("Procter &
    Gamble Co", "Test and County Cricket Board"); then a name from the organisation
    it is "of"."""
    parts: list[list[Seg]] = [[]]
    for seg in segs:
        if seg.kind == CONNECTOR and seg.text in ("and", "&"):
            parts.append([])
        else:
            parts[-1].append(seg)
    parts = [p for p in parts if p]
    if len(parts) > 1:
        last = segs[-1]
        if last.kind == WORD and last.text in ORG_HEADS:
            head_before = any(s.kind == WORD and s.text in ORG_HEADS for s in parts[0])
            titled = any(s.kind == TITLE for s in segs)
            if not head_before and not titled and parts[0][0].kind == WORD:
                parts = [segs]
    if " of " in text:
        parts = [q for p in parts for q in _split_of(p)]
    return parts


def _fix_name_places(part: list[Seg], gz: Gazetteer) -> None:
    """A one-word place next to a first name is part of a person's name
    ("Michael Jordan", "Chad Johnson")."""
    for i, seg in enumerate(part):
        if seg.kind != PLACE or " " in seg.text or seg.place is None:
            continue
        if seg.place.kind not in ("name", "city", "state"):
            continue
        before = part[i - 1] if i else None
        after = part[i + 1] if i + 1 < len(part) else None
        if (before is not None and before.kind == WORD and before.text in gz.first_names) or (
            seg.text in gz.first_names
            and after is not None
            and after.kind == WORD
            and after.text in gz.surnames
            and after.text not in ORG_HEADS
        ):
            seg.kind = WORD
            seg.place = None


def _first_code(segs: Sequence[Seg]) -> str | None:
    for seg in segs:
        if seg.kind == PLACE:
            code = _code(seg)
            if code:
                return code
    return None


def _titled_person(part: list[Seg], chunk: Chunk, index: int) -> Mention | None:
    """ "General Dan Caine", "Former Malaysian Prime Minister Mahathir Mohamad"."""
    title_at = max((i for i, seg in enumerate(part) if seg.kind == TITLE), default=-1)
    if title_at < 0:
        return None
    name_segs = part[title_at + 1 :]
    if not name_segs or name_segs[0].kind != WORD:
        return None
    for seg in name_segs:
        if not (
            (seg.kind == WORD and _name_like(seg.text))
            or (seg.kind == CONNECTOR and seg.text in _NAME_PARTICLES)
        ):
            return None
    role: str | None = part[title_at].text
    if role in TITLE_MODIFIERS:
        role = None
    name = " ".join(s.text for s in name_segs)
    country = _first_code(part[:title_at])
    return Mention(name, PERSON, chunk.start, chunk.end, index, role, country, cue=True)


def _org_sector(part: list[Seg]) -> str | None:
    """The sector if the words have an organisation's shape, else None."""
    last = part[-1]
    if last.kind == WORD and last.text in ORG_HEADS and len(part) >= 2:
        return ORG_HEADS[last.text]
    lead = 1 if part[0].kind == PLACE and len(part) > 2 else 0
    head = part[lead]
    if head.kind != WORD:
        return None
    if (
        head.text in ORG_PREFIXES
        and len(part) > lead + 2
        and part[lead + 1].kind == CONNECTOR
        and part[lead + 1].text in _ORG_LINKS
    ):
        return ORG_HEADS.get(head.text, "government")
    if head.text in ORG_LEADERS and len(part) > lead + 1:
        return ORG_LEADERS[head.text]
    for i in range(lead + 1, min(len(part) - 2, lead + 3)):
        # "National Bank of Poland", "Association of Purchasing Management"
        seg = part[i]
        if seg.kind == WORD and seg.text in ORG_HEADS and part[i + 1].text in _ORG_LINKS:
            return ORG_HEADS[seg.text]
    return None


def _org(part: list[Seg], sector: str, chunk: Chunk, index: int) -> Mention:
    """An organisation; a leading country or demonym is its country, not its name."""
    first = part[0]
    name_segs = part
    country = None
    place = first.place
    if first.kind == PLACE and place is not None:
        if sector in _NAMED_SECTORS:
            # "Cyprus Minerals Co", "Japan Fund": the place is part of the name.
            first.weak = place.kind != "demonym"
        elif place.kind in ("name", "demonym"):
            country = _code(first)
            if country and len(part) >= 3:
                name_segs = part[1:]
    country = country or _first_code(part)
    for h in range(1, len(name_segs) - 2):
        seg = name_segs[h]
        if (
            seg.kind == WORD
            and seg.text in ORG_HEADS
            and name_segs[h + 1].text == "of"
            and all(s.kind in (PLACE, CONNECTOR) for s in name_segs[h + 2 :])
        ):
            # "Kia Motor Corp of South Korea": the name ends at its head word.
            name_segs = name_segs[: h + 1]
            break
    if sector in _NAMED_SECTORS:
        # "Real Madrid", "Ayer Hitam Tin Dredging Malaysia Bhd": the places name the
        # organisation; "Bank of England" and "British Petroleum" name its country.
        for i, seg in enumerate(part):
            if (
                seg.kind == PLACE
                and seg.place is not None
                and seg.place.kind != "demonym"
                and not (i and part[i - 1].text in ("of", "the"))
            ):
                seg.weak = True
    name = " ".join(s.text for s in name_segs)
    mention = Mention(name, ORG, chunk.start, chunk.end, index, None, country, sector, cue=True)
    surface = " ".join(s.text for s in part)
    if surface != name:
        mention.aliases.append(surface)
    return mention


def _single(
    word: str, chunk: Chunk, index: int, text: str, *, first: bool = True
) -> Mention | None:
    """A lone capitalised word as a name candidate, or None when it labels something
    ("Scorers:") or starts a sentence and is written in lower case elsewhere."""
    end = chunk.end
    if text.startswith(":", end) or word in ORG_HEADS:
        return None
    if word in CLUB_HEADS:
        return Mention(word, ORG, chunk.start, end, index, sector="sport")  # "the Cardinals"
    mention = Mention(word, PERSON, chunk.start, end, index)
    mention.initial = first and initial(text, chunk.start)
    if mention.initial and f" {word.lower()} " in text:
        return None
    before = text[max(0, chunk.start - 16) : chunk.start].split()
    if before and before[-1] in ROLE_NOUNS:
        # "striker Ince", "leader Arafat"
        mention.cue = True
        mention.role = before[-1]
    return mention


def _quoted(text: str, start: int, end: int) -> bool:
    return text[max(0, start - 2) : start].endswith(_OPEN_QUOTES) and text.startswith(
        _CLOSE_QUOTES, end
    )


def _multi_run(
    words: list[str], chunk: Chunk, index: int, gz: Gazetteer, text: str
) -> Mention | None:
    """A mention for several plain capitalised words, if they name someone."""
    start, end = chunk.start, chunk.end
    name = " ".join(words)
    other = words[-1] in OTHER_HEADS and not (
        len(words) == 2 and words[0] in gz.first_names and words[-1] in gz.surnames
    )
    if (other and not _SCORE_AFTER.match(text, end)) or _quoted(text, start, end):
        return None  # an event, a place, a title of a work: " Sleeping Bread "
    if words[-1] in CLUB_HEADS:
        return Mention(name, ORG, start, end, index, sector="sport")
    if len(words) <= 4 and all(
        (_name_like(w) and w not in ORG_HEADS) or w in _NAME_PARTICLES for w in words
    ):
        first = words[0]
        cue = first in gz.first_names or (len(first) == 2 and first[1] == ".")  # "J. Adams"
        return Mention(name, PERSON, start, end, index, cue=cue)
    return None


def _run(
    run: list[Seg], chunk: Chunk, index: int, gz: Gazetteer, *, text: str, first: bool
) -> Mention | None:
    """A mention for a run of plain capitalised words, if it names someone."""
    name = " ".join(s.text for s in run)
    sector = KNOWN_ORGS.get(name)
    if sector is not None:
        return Mention(name, ORG, chunk.start, chunk.end, index, sector=sector, cue=True)
    if len(run) > 1:
        return _multi_run([s.text for s in run], chunk, index, gz, text)
    if name in OTHER_HEADS:
        return None  # "Tiananmen Square"
    if _acronym(name):
        return Mention(name, ORG, chunk.start, chunk.end, index)
    if _name_like(name):
        return _single(name, chunk, index, text, first=first)
    return None


def _candidates(
    part: list[Seg], chunk: Chunk, index: int, gz: Gazetteer, out: list[Mention], *, text: str
) -> None:
    """Runs of plain capitalised words: acronyms and name candidates."""
    run: list[Seg] = []
    for seg in [*part, Seg(STOP, "")]:
        if seg.kind == WORD or (run and seg.kind == CONNECTOR and seg.text in _NAME_PARTICLES):
            run.append(seg)
            continue
        while run and run[-1].kind == CONNECTOR:
            run.pop()
        if run:
            mention = _run(run, chunk, index, gz, text=text, first=run[0] is part[0])
            if mention is not None:
                out.append(mention)
        run = []


def _seat(seg: Seg, chunk: Chunk, index: int, out: list[Mention]) -> None:
    """ "the White House said": a seat of power stands for its government."""
    if seg.place is not None and seg.place.kind == "seat":
        out.append(
            Mention(
                seg.text, ORG, chunk.start, chunk.end, index, None, _code(seg), "government", True
            )
        )


def _interpret(
    part: list[Seg], chunk: Chunk, index: int, gz: Gazetteer, out: list[Mention], *, text: str
) -> None:
    while part and part[0].kind in (STOP, CONNECTOR):
        part = part[1:]
    while part and part[-1].kind in (STOP, CONNECTOR):
        part = part[:-1]
    if not part:
        return
    if len(part) == 1 and part[0].kind == PLACE:
        _seat(part[0], chunk, index, out)
        return
    _fix_name_places(part, gz)
    last = part[-1]
    if last.kind == TITLE and len(part) > 1 and part[-2].kind == WORD and " " not in last.text:
        last.kind = WORD  # "Billie Jean King": a surname, not a title
    if last.kind == WORD and last.text not in ORG_HEADS:
        person = _titled_person(part, chunk, index)
        if person is not None:
            out.append(person)
            return
    sector = _org_sector(part)
    if sector is not None:
        out.append(_org(part, sector, chunk, index))
        return
    place = part[0].place
    if (
        place is not None
        and place.kind in ("city", "state")
        and len(part) > 1
        and all(s.kind == WORD for s in part[1:])
        and part[-1].text not in OTHER_HEADS
    ):
        # "Houston Astros", "Chicago Tribune": a city's name heading another name.
        part[0].weak = True
        out.append(Mention(" ".join(s.text for s in part), ORG, chunk.start, chunk.end, index))
        return
    _candidates(part, chunk, index, gz, out, text=text)


def _is_source(chunk: Chunk, text: str) -> bool:
    if chunk.text not in PUBLISHERS:
        return False
    before = text[max(0, chunk.start - 12) : chunk.start]
    return before.endswith(("(", "/ ")) or before.endswith(_SOURCE_MARKERS)


def is_sports(text: str) -> bool:
    """Whether the text reads as a sports report (teams are named after their towns)."""
    return not _SPORTS.isdisjoint(text.split()) or _TABLE_ROW.search(text) is not None


def _team(chunk: Chunk, text: str) -> bool:
    """A town or state named in a sports report as a team: not a dateline, not after
    "in" or "at", and in an all-capital line only before a score."""
    place = chunk.segs[0].place
    if place is None or place.kind not in ("city", "state"):
        return False
    after = text[chunk.end : chunk.end + 12]
    if _DATE_AFTER.match(after):
        return False
    if chunk.upper:
        return after.lstrip()[:1].isdigit()
    before = text[max(0, chunk.start - 6) : chunk.start].lower()
    return not before.endswith(("in ", "at ", "from ", "to ", "near ", "of "))


def _one_word(word: str, chunk: Chunk, index: int, text: str, out: list[Mention]) -> None:
    """Fast path for a one-word chunk (what ``_interpret`` would make of it)."""
    sector = KNOWN_ORGS.get(word)
    if sector is not None:
        out.append(Mention(word, ORG, chunk.start, chunk.end, index, sector=sector, cue=True))
    elif _acronym(word):
        out.append(Mention(word, ORG, chunk.start, chunk.end, index))
    elif _name_like(word):
        mention = _single(word, chunk, index, text)
        if mention is not None:
            out.append(mention)


def _headline_chunk(chunk: Chunk, index: int, out: list[Mention], sports: bool) -> None:
    """An all-capital line: fixtures of teams, and words kept as possible other forms
    of names found elsewhere."""
    if sports:
        _fixture(chunk, index, out)
    for seg in chunk.segs:
        if seg.kind != PLACE and len(seg.text) > 2 and seg.text.isalpha():
            out.append(Mention(seg.text, HEADLINE, chunk.start, chunk.end, index))


def _fixture(chunk: Chunk, index: int, out: list[Mention]) -> None:
    """ "BOSTON AT OAKLAND": towns meeting in a sports report are teams."""
    segs = chunk.segs
    if not all(s.kind == PLACE or s.text in _FIXTURE_WORDS for s in segs):
        return
    for seg in segs:
        if seg.place is not None and seg.place.kind in ("city", "state"):
            seg.weak = True
            out.append(Mention(seg.text, ORG, chunk.start, chunk.end, index, sector="sport"))


def extract(
    chunks: Sequence[Chunk], text: str, gz: Gazetteer, sports: bool = False
) -> list[Mention]:
    """Actor mentions in text order, with the cues found inside each chunk; may turn
    place segments that are part of a person's name into words. ``sports``: towns
    named alone may be teams."""
    out: list[Mention] = []
    for index, chunk in enumerate(chunks):
        segs = chunk.segs
        single_place = len(segs) == 1 and segs[0].kind == PLACE
        if sports and single_place and _team(chunk, text):
            segs[0].weak = True
            out.append(Mention(segs[0].text, ORG, chunk.start, chunk.end, index, sector="sport"))
            continue
        if chunk.upper:
            _headline_chunk(chunk, index, out, sports)
            continue
        if single_place:
            kind = segs[0].place.kind if segs[0].place is not None else ""
            if kind == "seat":
                _seat(segs[0], chunk, index, out)
            if kind == "demonym" or text.startswith(_POSSESSIVES, chunk.end):
                _lowercase_org(chunk, index, text, out)
            continue
        if chunk.text in PUBLISHERS and _is_source(chunk, text):
            continue
        if len(segs) == 1:
            if segs[0].kind == WORD:
                _one_word(segs[0].text, chunk, index, text, out)
            continue
        for part in _split_parts(segs, chunk.text):
            _interpret(part, chunk, index, gz, out, text=text)
        if segs[-1].kind == PLACE:
            _lowercase_org(chunk, index, text, out)
    if sports:
        _teams_by_score(out, text)
    return out


def _teams_by_score(mentions: list[Mention], text: str) -> None:
    """ "Greenock Morton 1 Falkirk 0": in a sports report, an uncued name followed by
    a score is a team."""
    for mention in mentions:
        if (
            mention.kind == PERSON
            and " " in mention.name
            and (_FIXTURE_SCORE if mention.cue else _SCORE_AFTER).match(text, mention.end)
        ):
            mention.kind, mention.sector = ORG, "sport"


def _lowercase_org(chunk: Chunk, index: int, text: str, out: list[Mention]) -> None:
    """ "the Chinese defence ministry", "Japan's foreign ministry"."""
    seg = chunk.segs[-1]
    code = _code(seg)
    if code is None or seg.place is None:
        return
    pos = chunk.end
    possessive = text.startswith(("'s ", "’s "), pos)
    if possessive:
        pos += 2
    elif seg.place.kind != "demonym":
        return
    words = text[pos : pos + 40].split(maxsplit=3)[:2]
    if not words or not words[0].islower():
        return
    for size in (2, 1):
        noun = " ".join(words[:size]).rstrip(",.;:'’\"")
        sector = ORG_NOUNS.get(noun)
        if sector:
            name = f"{seg.text}'s {noun}" if possessive else f"{seg.text} {noun}"
            out.append(
                Mention(
                    name, ORG, chunk.start, pos + len(noun) + 1, index, None, code, sector, True
                )
            )
            return


def _clause_after(text: str, end: int) -> tuple[int, str]:
    """The lower-case apposition after a name: ", a spokesman for ... in Beijing,"."""
    if not text.startswith(", ", end):
        return end, ""
    begin = end + 2
    stop = begin
    limit = min(len(text), begin + 160)
    while stop < limit and text[stop] not in _CLAUSE_END:
        stop += 1
    clause = text[begin:stop]
    first = clause.split(maxsplit=1)[0] if clause.strip() else ""
    if first.isdigit() or first in _APPOSITION_STARTS or first in ROLE_NOUNS:
        return begin, clause
    return begin, ""


def _person_context(chunks: Sequence[Chunk], index: int, text: str) -> bool:
    """Cues around a name that only a person has: a speech verb after it ("Tarango
    said."), a country in brackets ("Marion Clignet (France)"), bowling figures
    ("Gough 8-0-39-3"), a rank before it ("6. Breukink"), a cricket dismissal
    ("c Tillekeratne b Dharmasena")."""
    chunk = chunks[index]
    end = chunk.end
    tail = text[end : end + 16]
    if tail[1:2].islower():
        words = text[end : end + 24].split(maxsplit=2)
        if words[0] in _ADVERBS:
            words = words[1:]
        if words and words[0].rstrip(".,;:") in SPEECH_VERBS:
            return True
    if tail.startswith(" (") and index + 1 < len(chunks):
        after = chunks[index + 1]
        place = after.segs[0].place if len(after.segs) == 1 else None
        if (
            after.start == end + 2
            and place is not None
            and place.kind == "name"
            and text.startswith(")", after.end)
        ):
            # ... unless a team's score follows: "Benetton (Italy) 92 Dinamo (Russia) 81"
            return not _SCORE_AFTER.match(text, after.end + 1)
    if _FIGURES.match(tail):
        return True
    head = text[max(0, chunk.start - 6) : chunk.start]
    return _RANK_OR_DISMISSAL.search(head) is not None


def _after(
    group: list[Mention],
    index: int,
    chunks: Sequence[Chunk],
    text: str,
    by_chunk: dict[int, list[Mention]],
) -> None:
    """After the chunk: an apposition (role, country, age) or a speech verb."""
    chunk = chunks[index]
    last = group[-1]
    begin, clause = _clause_after(text, chunk.end)
    if not clause:
        if last.kind == PERSON and not last.cue:
            last.cue = _person_context(chunks, index, text)
        elif last.kind == ORG and last.country is None and text.startswith(" in ", chunk.end):
            # "the Ministry of National Defence in Seoul"
            last.country = _country_in(chunks, index + 1, chunk.end + 4, chunk.end + 5, by_chunk)
        return
    if last.kind == PERSON:
        words = clause.split()
        if (clause[0].isdigit() and len(words) == 1) or words[0] in ("who", "whose"):
            last.cue = True
        role = next((w for w in words[:6] if w in ROLE_NOUNS), None)
        if role is not None:
            last.cue = True
            last.role = last.role or role
    if last.country is None and (last.cue or last.kind == ORG):
        last.country = _country_in(chunks, index + 1, begin, begin + len(clause), by_chunk)


def _before(group: list[Mention], index: int, chunks: Sequence[Chunk], text: str) -> None:
    """Before the chunk: demonyms ("his South Korean and Japanese counterparts,
    Admiral Kim ... and General ...") or a country's possessive."""
    prev = chunks[index - 1]
    start = chunks[index].start
    if start - prev.end > 40 or prev.segs[-1].kind != PLACE:
        return
    gap = text[prev.end : start]
    if "." in gap or "\n" in gap:
        return
    if not all(s.kind in (PLACE, CONNECTOR, STOP) for s in prev.segs):
        return
    codes = [c for c in (_code(s) for s in prev.segs if s.kind == PLACE) if c]
    if not codes:
        return
    possessive = gap.startswith(("'s ", "’s "))
    gap_words = gap.replace(",", " ").split()
    if not possessive and not all(w.islower() for w in gap_words):
        return
    persons = [m for m in group if m.kind == PERSON]
    targets = [m for m in group if m.country is None and (m.kind == ORG or m.cue)]
    if len(codes) == len(persons) and all(p.country is None for p in persons):
        for person, code in zip(persons, codes, strict=True):
            person.country = code
    elif targets and len(codes) == 1:
        targets[0].country = codes[0]
    role = next((w for w in gap_words if w in ROLE_NOUNS), None)
    if role is not None:
        for person in persons:
            person.role = person.role or role


def _described(group: list[Mention], chunk: Chunk, text: str) -> None:
    """A name next to a lower-case organisation noun is an organisation ("the daily
    Sueddeutsche Zeitung", "Britain's Sun newspaper")."""
    mention = group[0] if len(group) == 1 else None
    if mention is None or mention.kind != PERSON or mention.role is not None:
        return
    start, end = chunk.start, chunk.end
    sector = None
    if text[max(0, start - 3) : start] == " v " or text.startswith(" v ", end):
        sector = "sport"  # "East Fife v Clydebank": a fixture between teams
    # Only a lower-case word right before or after can say so; most names have none.
    if sector is None and start > 1 and text[start - 2].islower():
        before = text[max(0, start - 14) : start].split()
        if before[-1] in ROLE_NOUNS:
            return
        sector = ORG_DESCRIPTORS.get(before[-1])
    if sector is None and text[end + 1 : end + 2].islower() and text.startswith(" ", end):
        after = text[end : end + 14].split(maxsplit=1)
        sector = ORG_DESCRIPTORS.get(after[0].rstrip(".,;:"))
    if sector is not None:
        mention.kind, mention.sector, mention.cue = ORG, sector, True


def apply_context(mentions: list[Mention], chunks: Sequence[Chunk], text: str) -> None:
    """Cues around the chunks: appositions, speech verbs, demonyms or possessives
    before a name, acronyms in brackets."""
    by_chunk: dict[int, list[Mention]] = {}
    for mention in mentions:
        by_chunk.setdefault(mention.chunk, []).append(mention)
    for index, group in by_chunk.items():
        _described(group, chunks[index], text)
        _after(group, index, chunks, text, by_chunk)
        if index:
            _before(group, index, chunks, text)
    # Acronym in brackets right after an organisation: an alias.
    for prev_m, mention in pairwise(mentions):
        if (
            mention.kind == ORG
            and prev_m.kind == ORG
            and mention.name.isupper()
            and text[prev_m.end : mention.start].strip() == "("
        ):
            mention.name = prev_m.name
            mention.country = mention.country or prev_m.country
            prev_m.aliases.append(chunks[mention.chunk].text)


def _country_in(
    chunks: Sequence[Chunk], index: int, begin: int, end: int, by_chunk: dict[int, list[Mention]]
) -> str | None:
    while index < len(chunks) and chunks[index].start < end:
        chunk = chunks[index]
        if chunk.start >= begin:
            for mention in by_chunk.get(index, ()):
                if mention.country:
                    return mention.country
            for seg in chunk.segs:
                if seg.kind == PLACE:
                    code = _code(seg)
                    if code:
                        return code
        index += 1
    return None


@dataclass(slots=True)
class _Actor:
    name: str
    kind: str
    role: str | None
    country: str | None
    sector: str | None
    mentions: int
    aliases: list[str]


def _single_kind(
    mention: Mention, gz: Gazetteer, sports: bool
) -> Literal["person", "organization"] | None:
    """A lone capitalised word that is not a known person's name: a person when a cue
    says so; in a sports report otherwise a team; elsewhere a person when it is a
    census name inside a sentence, else nothing (too often a place or an event)."""
    if mention.cue:
        return PERSON
    if sports:
        return ORG
    if not mention.initial and (mention.name in gz.surnames or mention.name in gz.first_names):
        return PERSON
    return None


def _add_singles(
    singles: list[Mention],
    actors: dict[tuple[str, str], _Actor],
    by_token: dict[str, _Actor],
    gz: Gazetteer,
    sports: bool,
) -> None:
    """Lone words: a known person's surname or first name, else decided alone."""
    for mention in singles:
        actor = by_token.get(mention.name)
        if actor is None:
            kind = _single_kind(mention, gz, sports)
            if kind is None:
                continue
            key = (kind, mention.name)
            actor = actors.get(key)
            if actor is None:
                actor = actors[key] = _Actor(mention.name, kind, None, None, None, 0, [])
        actor.mentions += 1
        actor.role = actor.role or mention.role
        actor.country = actor.country or mention.country


def _headline_forms(words: list[Mention], actors: dict[tuple[str, str], _Actor]) -> None:
    """ "GASCOIGNE" in a headline is another form of Paul Gascoigne."""
    by_lower: dict[str, _Actor] = {}
    for actor in actors.values():
        by_lower.setdefault(actor.name.lower(), actor)
        if actor.kind == PERSON:
            by_lower.setdefault(actor.name.rsplit(" ", 1)[-1].lower(), actor)
    for word in words:
        found = by_lower.get(word.name.lower())
        if found is not None:
            found.mentions += 1
            if word.name not in found.aliases:
                found.aliases.append(word.name)


def _short_org_names(mentions: list[Mention]) -> dict[str, str]:
    """Short forms of the organisations named with a head word: the name without
    the head, and its first word ("Kia" for "Kia Motor Corp")."""
    short: dict[str, str] = {}
    for mention in mentions:
        if mention.kind != ORG:
            continue
        words = mention.name.split()
        if len(words) > 1 and words[-1] in ORG_HEADS:
            short.setdefault(" ".join(words[:-1]), mention.name)
            if words[0] not in ORG_HEADS and words[0] not in ORG_PREFIXES:
                short.setdefault(words[0], mention.name)
    return short


def _tags(actors: dict[tuple[str, str], _Actor], default_country: str | None) -> list[ActorTag]:
    tags = []
    for actor in actors.values():
        country = actor.country
        if country is None and actor.kind == ORG and actor.sector in _COUNTRY_SECTORS:
            country = default_country
        tags.append(
            build(
                ActorTag,
                {
                    "name": actor.name,
                    "kind": actor.kind,
                    "role": actor.role,
                    "country": country,
                    "sector": actor.sector,
                    "mentions": actor.mentions,
                    "aliases": actor.aliases,
                },
            )
        )
    tags.sort(key=lambda t: -t.mentions)
    return tags


def merge(
    mentions: list[Mention], default_country: str | None, gz: Gazetteer, sports: bool = False
) -> list[ActorTag]:
    """One actor per person or organisation: surnames and acronyms merged into the
    full name; uncued single words dropped."""
    actors: dict[tuple[str, str], _Actor] = {}
    by_token: dict[str, _Actor] = {}
    aliases: dict[str, _Actor] = {}
    singles: list[Mention] = []
    short = _short_org_names(mentions)
    headline = [m for m in mentions if m.kind == HEADLINE]
    if headline:
        mentions = [m for m in mentions if m.kind != HEADLINE]
    for mention in mentions:
        if (
            mention.kind == PERSON
            and mention.name in short
            and mention.role is None
            and mention.name.split()[0] not in gz.first_names
        ):
            # "Hindustan Copper" after "Hindustan Copper Ltd"
            mention.kind, mention.name = ORG, short[mention.name]
        if mention.kind == PERSON and " " not in mention.name:
            singles.append(mention)
            continue
        key = (mention.kind, mention.name)
        actor = actors.get(key) or aliases.get(mention.name)
        if actor is None:
            actor = _Actor(
                mention.name, mention.kind, mention.role, mention.country, mention.sector, 0, []
            )
            actors[key] = actor
        actor.mentions += 1
        actor.role = actor.role or mention.role
        actor.country = actor.country or mention.country
        actor.sector = actor.sector or mention.sector
        for alias in mention.aliases:
            if alias not in actor.aliases and alias != actor.name:
                actor.aliases.append(alias)
                aliases[alias] = actor
        if mention.kind == PERSON:
            words = mention.name.split()
            by_token.setdefault(words[-1], actor)
            by_token.setdefault(words[0], actor)
    _add_singles(singles, actors, by_token, gz, sports)
    if headline:
        _headline_forms(headline, actors)
    return _tags(actors, default_country)


def person_tokens(tags: Sequence[ActorTag]) -> frozenset[str]:
    """Words of the people's names (a place word among them names the person)."""
    return frozenset(w for t in tags if t.kind == PERSON for w in t.name.split())
