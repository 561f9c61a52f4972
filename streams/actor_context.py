"""Cues around an actor's mention: appositions, speech verbs, demonyms or a
country's possessive before a name, organisation nouns next to it, acronyms in
brackets ("University of Hong Kong (HKU)").

Runs after ``streams.actors.extract`` on its mentions, in place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import Final

from streams.actors import (
    AFTER_THE,
    HEADLINE,
    NOT_ACTOR,
    ORG,
    PERSON,
    POSSESSIVES,
    SCORE_AFTER,
    WORLD_FIRST_NAMES,
    Mention,
    place_code,
)
from streams.lexicon import (
    COMPANY_NOUNS,
    NON_ACTOR_NOUNS,
    ORG_DESCRIPTORS,
    ORG_HEADS,
    PERSON_PASSIVES,
    PERSON_VERBS,
    PERSONAL_NOUNS,
    ROLE_NOUNS,
    SPEECH_VERBS,
)
from streams.name_data import surname_shaped
from streams.scan import CONNECTOR, PLACE, STOP, Chunk

_CLAUSE_END: Final = ",.;:()\n\"“”'‘’"
_CLAUSE_END_CHAR: Final = re.compile("[" + re.escape(_CLAUSE_END) + "]")
_PASSIVE_AUXILIARIES: Final = frozenset({"was", "is"})
_ADVERBS: Final = frozenset({"also", "then", "later", "again", "earlier", "further", "once"})
_ARTICLES: Final = frozenset({"a", "an", "the"})
# Words that end a noun phrase: "a subsidiary of", "the company that".
_PHRASE_ENDS: Final = frozenset(
    {"of", "for", "that", "which", "who", "whose", "in", "at", "with", "to", "and"}
    | {"from", "on", "by", "since", "based"}
)
_APPOSITION_STARTS: Final = frozenset(
    {"a", "an", "the", "his", "her", "its", "their", "former", "deputy", "chief", "head"}
    | {"senior", "acting", "then", "now", "who", "whose"}
)
# A speech verb right before a name that ends the clause: '..., " said Cotti.'
_SPEECH_BEFORE: Final = (" said ", " says ", '" said ', '" says ')
# Between two items of a list of names: a comma, "and", or the semicolon or dash
# between the lines of a team's line-up, after an optional bracketed country ("Dave
# Barr (Canada), Mike Sullivan"); around a substitute in brackets, the bracket, then
# his minute ("Belous (Sischin 60), Popovici").
_LIST_GAP: Final = re.compile(
    r"(?: \([A-Za-z. ]{2,30}\))?(?:[,;] (?:and )?| and | - )"
    r"| \(| \d{1,3}(?:st|nd|rd|th)?\)(?:[,;] | - )?"
)
# Names in a team's line-up, at least (eleven, less those named in full).
_LINE_UP: Final = 6
_FIGURES: Final = re.compile(r"\s\d+(?:\.\d)?-\d+-\d+-\d+")
_RANK_OR_DISMISSAL: Final = re.compile(r"(?:^|\n|\s)(?:\d{1,2}\.|[bc]|lbw b|st) $")
# The minute of a goal after a scorer's name: "Haim Hajaj (47th)", "(2nd minute, 75th)".
_MINUTE: Final = re.compile(r" \(\d{1,3}(?:st|nd|rd|th)\b")
# A minute then the next scorer or the closing bracket: "(Nilis 15, Jonk 43)",
# "(Vialli 67 penalty)".
_GOAL_MINUTE: Final = re.compile(r" \d{1,3}(?: (?:penalty|pen|own goal|og))?(?:, |\))")
_LIST_OPENERS: Final = ("(", ", ")
_SCORERS_REACH: Final = 80
# A nickname in quotes, then the surname: ' " Hands of Stone " Duran'.
_NICKNAME: Final = re.compile(r' " [A-Z][^"\n]{0,30} " [A-Z][\w\'-]+')
_RANK_ENDS: Final = (". ", "b ", "c ", "t ")
# Between a sportsman's name and what follows on a results line: his country.
_AFTER_COUNTRY: Final = re.compile(r" \([A-Z][A-Za-z. ]{1,30}\),? ")
# What a player did, in figures: "Hasek made 30 saves", "Jagr added a goal and two
# assists", "Lindros scoring twice", "Levens rushed for 100 yards".
_STAT_LINE: Final = re.compile(
    r" (?:also )?(?:scored|scoring|had|added|adding|made|grabbed|collected|recorded|kicked"
    r"|hit|hitting|struck|converted|took|taking|threw|throwing|rushed|rushing|caught"
    r"|completed|ran|served)(?: for)?"
    r" (?:twice\b|three times\b|a hat-trick\b|(?:\d{1,3}|a|an|one|two|three|four|five|six"
    r"|seven|eight|nine|ten)(?: of \d+)?(?: [a-z-]+){0,2} (?:points?|rebounds?|assists?"
    r"|saves?|goals?|shots?|steals?|blocks?|strikeouts?|hits?|runs?|yards?|touchdowns?|tries"
    r"|try|wickets?|birdies|birdie|aces?|homers?|home runs?|three-pointers?|free throws?"
    r"|penalties|penalty|conversions?|drop goals?|passes|catches|receptions?|interceptions?"
    r"|sacks?|carries|tackles?)\b)"
)
_TIME_AFTER: Final = re.compile(r",? \d")
# The rest of a firm's name after a partner's ("Kidder, Peabody and Co"): names
# joined by commas, "and" or "&", then a company's head word.
_PARTNER_JOINS: Final = (",", " and ", " & ")
_BUSINESS_HEADS: Final = sorted(
    (w for w, s in ORG_HEADS.items() if s == "business"), key=len, reverse=True
)
_PARTNERS: Final = re.compile(
    r"(?:, (?:and |& )?| and | & )(?:[A-Z][\w'.-]*(?:, (?:and |& )?| and | & | )){0,6}?"
    r"(?:" + "|".join(re.escape(w) for w in _BUSINESS_HEADS) + r")(?![\w'])"
)
_PARTNERS_REACH: Final = 90
# How a batsman was out, after his name in a scorecard: "Ijaz Ahmed c Thorpe b Croft".
_DISMISSAL: Final = re.compile(r" (?:(?:c|b|st) [A-Z]|c and b |lbw |run out|not out|retired hurt)")


def _clause_after(text: str, end: int) -> tuple[int, str]:
    """The lower-case apposition after a name: ", a spokesman for ... in Beijing,"."""
    if not text.startswith(", ", end):
        return end, ""
    begin = end + 2
    stop = begin
    limit = min(len(text), begin + 160)
    # One search per punctuation mark, not a Python step per character.
    while (found := _CLAUSE_END_CHAR.search(text, stop, limit)) is not None:
        stop = found.start()
        if text[stop] != "." or not text[stop - 1].isupper() or text[stop - 2] not in " .":
            break
        stop += 1  # through "U.S."
    else:
        stop = limit
    clause = text[begin:stop]
    first = clause.split(maxsplit=1)[0] if clause.strip() else ""
    if first.isdigit() or first in _APPOSITION_STARTS or first in ROLE_NOUNS:
        return begin, clause
    return begin, ""


def _person_context(chunks: Sequence[Chunk], index: int, text: str) -> bool:
    """Cues around a name that only a person has: a speech verb after it ("Tarango
    said."), a possessive of what only a person has ("Netanyahu's refusal"), a country
    in brackets ("Marion Clignet (France)"), bowling figures ("Gough 8-0-39-3"), how a
    batsman was out ("Ijaz Ahmed c Thorpe b Croft"), the minute of a goal ("(Nilis
    15, Jonk 43)"), a rank before it ("6. Breukink"), a cricket dismissal ("c
    Tillekeratne b Dharmasena"), a player's figures ("Hasek made 30 saves")."""
    chunk = chunks[index]
    end = chunk.end
    tail = text[end : end + 16]
    if tail[1:2].islower() and (_person_verb(text, end) or _STAT_LINE.match(text, end)):
        return True
    if tail.startswith(POSSESSIVES):
        words = text[end + 3 : end + 40].split(maxsplit=2)[:2]
        return any(w.rstrip(".,;:") in PERSONAL_NOUNS for w in words)
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
            return not SCORE_AFTER.match(text, after.end + 1)
    if (
        (tail[1:2].isdigit() and _FIGURES.match(tail))
        or (tail[2:3].isdigit() and _MINUTE.match(tail))
        or (tail[1:2].isdigit() and _scorer_in_brackets(text, chunk.start, tail))
        or (tail[1:2].islower() and _DISMISSAL.match(tail))
    ):
        return True  # "Gough 8-0-39-3", "Rebrov (79th minute)", "Ijaz Ahmed c Thorpe"
    return _person_before(text[max(0, chunk.start - 8) : chunk.start], tail)


def _person_verb(text: str, end: int) -> bool:
    """A verb after a name that only a person's can be: "Tarango said", "Halvorsen
    died", "Wang was jailed"."""
    words = text[end : end + 24].split(maxsplit=2)
    if words[0] in _ADVERBS:
        words = words[1:]
    verb = words[0].rstrip(".,;:") if words else ""
    if verb in SPEECH_VERBS or verb in PERSON_VERBS:
        return True
    return (
        verb in _PASSIVE_AUXILIARIES
        and len(words) > 1
        and words[1].rstrip(".,;:") in PERSON_PASSIVES
    )


def _scorer_in_brackets(text: str, start: int, tail: str) -> bool:
    """ "PSV 4 (Nilis 15, Jonk 43) Groningen 1 (Gorre 63)": a name and a minute in
    the brackets after a team's score."""
    if _GOAL_MINUTE.match(tail) is None or not text.endswith(_LIST_OPENERS, 0, start):
        return False
    window = max(0, start - _SCORERS_REACH)
    return text.rfind("(", window, start) > text.rfind(")", window, start)  # inside brackets


def _person_before(head: str, tail: str) -> bool:
    """Cues before a name (``head``, with the ``tail`` after it) that only a person
    has: '..., " said Cotti.', "Interfax quoted Chernomyrdin as saying", a rank or a
    cricket dismissal."""
    if head.endswith(_SPEECH_BEFORE) and (not tail or tail[0] in ".,;\n"):
        return True
    if head.endswith("quoted ") and tail.startswith(" as "):
        return True
    return head.endswith(_RANK_ENDS) and _RANK_OR_DISMISSAL.search(head[-6:]) is not None


def _after(
    group: list[Mention],
    index: int,
    chunks: Sequence[Chunk],
    text: str,
    by_chunk: dict[int, list[Mention]],
) -> None:
    """After the chunk: an apposition (role, country, age, or what organisation it
    is) or a speech verb."""
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
        sector = None if last.cue else _org_apposition(words)
        if sector is not None:
            last.kind, last.sector, last.cue = ORG, sector, True
        else:
            if (clause[0].isdigit() and len(words) == 1) or words[0] in ("who", "whose"):
                last.cue = True
            role = next((w for w in words[:6] if w in ROLE_NOUNS), None)
            if role is not None:
                last.cue = True
                last.role = last.role or role
    if last.country is None and (last.cue or last.kind == ORG):
        last.country = _country_in(chunks, index + 1, begin, begin + len(clause), by_chunk)


def _org_apposition(words: list[str]) -> str | None:
    """The sector of an apposition that calls a name an organisation: "Nova, the
    Canadian company that owns ...", "Leo, a subsidiary of Pharmacia": the last
    noun of its first noun phrase ("a bank manager" names a person). ``words``: the
    apposition's words, at least one."""
    if words[0] not in _ARTICLES:
        return None
    head = ""
    for word in words[1:]:
        if word in _PHRASE_ENDS or "'" in word or "’" in word:
            break  # "the group's chairman"
        head = word
    return ORG_DESCRIPTORS.get(head)


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
    codes = [c for c in (place_code(s) for s in prev.segs if s.kind == PLACE) if c]
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
    Sueddeutsche Zeitung", "Britain's Sun newspaper", "Bergamo-based Atalanta"); next
    to a noun of a place, an event or a market measure, or an uncued full name after
    "the", no actor ("Charles de Gaulle airport", "the Boxer Rising")."""
    mention = group[0] if len(group) == 1 else None
    if mention is None or mention.kind != PERSON or mention.role is not None:
        return
    start, end = chunk.start, chunk.end
    if "-based " in mention.name:
        # "Bergamo-based Atalanta": what is based somewhere is an organisation.
        based, _, rest = mention.name.partition(" ")
        if based.endswith("-based"):
            mention.kind, mention.name, mention.cue = ORG, rest, True
            return
    sector = None
    if text.endswith(" v ", 0, start) or text.startswith((" v ", " v\n"), end):
        sector = "sport"  # "East Fife v Clydebank": a fixture between teams
    # Only a lower-case word right before or after can say so; most names have none.
    noun = ""
    if sector is None and start > 1 and text[start - 2].islower():
        noun = text[max(0, start - 14) : start].rsplit(maxsplit=1)[-1]
        if noun in ROLE_NOUNS:
            return
        sector = ORG_DESCRIPTORS.get(noun)
    if (
        sector is None
        and noun not in NON_ACTOR_NOUNS
        and text[end + 1 : end + 2].islower()
        and text.startswith(" ", end)
    ):
        noun = text[end : end + 14].split(maxsplit=1)[0].rstrip(".,;:")
        sector = ORG_DESCRIPTORS.get(noun) or ("business" if noun in COMPANY_NOUNS else None)
    if sector is not None:
        mention.kind, mention.sector, mention.cue = ORG, sector, True
    elif noun in NON_ACTOR_NOUNS:
        mention.kind = NOT_ACTOR
    elif " " in mention.name and not mention.cue and text.endswith(AFTER_THE, 0, start):
        # "the Dow Jones industrial average", "the Boxer Rising": an uncued full name
        # after "the" is a thing's name, not a person's.
        mention.kind = NOT_ACTOR


def _lists(mentions: list[Mention], text: str, sports: bool, census: Callable[[str], bool]) -> None:
    """A list of names ("Given, Breen, Staunton, Irwin, McAteer"): when most items are
    known people (a cue, a full name, a census name or a surname's shape, a word of a
    full name of the text or a name cued elsewhere in it), the lone words among the
    rest are people too, as are the items of a squad list; when most are not, a
    surname's shape alone is no cue."""
    tokens: set[str] | None = None
    # The run is ``mentions[begin:k]``: indices, not a new list per mention.
    begin = 0
    count = len(mentions)
    for k in range(1, count + 1):
        if k < count:
            start = mentions[k].start
            end = mentions[k - 1].end
            # Every gap starts with a comma, a semicolon or a space and is short.
            if (
                start - end <= 40
                and text.startswith((",", ";", " "), end)
                and _LIST_GAP.fullmatch(text, end, start)
            ):
                continue
        if k - begin >= 3:
            run = mentions[begin:k]
            if tokens is None:
                # Words of full names, and lone names cued elsewhere in the text.
                tokens = {
                    w
                    for m in mentions
                    if m.kind == PERSON and (" " in m.name or m.cue)
                    for w in m.name.split()
                }
            known = sum(
                1
                for m in run
                if m.kind == PERSON
                and (
                    m.cue
                    or " " in m.name
                    or m.name in tokens
                    or census(m.name)
                    or surname_shaped(m.name)
                )
            )
            people = (known >= 2 and 2 * known > len(run)) or _squad(run, text, sports)
            for m in run:
                if m.kind != PERSON or m.cue:
                    continue
                if people:
                    m.cue = True
                elif surname_shaped(m.name):
                    m.kind = NOT_ACTOR  # "Exports went to Qatrana, Velmoor, Dzhabarov"
        begin = k


def _squad(run: list[Mention], text: str, sports: bool) -> bool:
    """ "Did not bat: Dharmasena, Vaas, Muralitharan.": in a sports report, a list of
    lone words after a label and a colon names players, as does a team's line-up, its
    lines cut by semicolons or dashes ("Romanenco; Secu, Testimitanu, Spynu, Nani;
    Curtianu, Rebeja, Belous (Sischin 60), Popovici; Miterev, Rosca")."""
    if not all(m.kind == PERSON for m in run):
        return False
    if len(run) >= _LINE_UP:
        span = text[run[0].end : run[-1].start]
        if (";" in span or " - " in span) and sports:
            return True
    return text.endswith(": ", 0, run[0].start) and all(" " not in m.name for m in run) and sports


def _partner(mention: Mention, text: str) -> bool:
    """ "Kidder, Peabody and Co", "Howard, Weil, Labouisse, Friedrichs Inc": a lone
    person's name joined by commas or "and" to more names and a company's head word
    is a partner's name in a firm's, no person."""
    end = mention.end
    return (
        text.startswith(_PARTNER_JOINS, end)  # a cheap exit before the pattern
        and " " not in mention.name
        and _PARTNERS.match(text, end, end + _PARTNERS_REACH) is not None
    )


def _nicknames(mentions: list[Mention], text: str) -> None:
    """'Roberto " Hands of Stone " Duran': a first name, a nickname in quotes and a
    surname are one person's name; the words inside are no other mention."""
    if ' " ' not in text:
        return  # one search of the text, not a look per mention
    for i, mention in enumerate(mentions):
        if (
            mention.kind != PERSON
            or not text.startswith(' " ', mention.end)
            or mention.name not in WORLD_FIRST_NAMES
        ):
            continue
        found = _NICKNAME.match(text, mention.end)
        if found is None:
            continue
        mention.name = text[mention.start : found.end()]
        mention.end, mention.cue = found.end(), True
        for inner in mentions[i + 1 :]:
            if inner.start >= found.end():
                break
            inner.kind = NOT_ACTOR


def apply_context(
    mentions: list[Mention],
    chunks: Sequence[Chunk],
    text: str,
    sports: bool,
    census: Callable[[str], bool] | None = None,
) -> None:
    """Cues around the chunks: appositions, speech verbs, demonyms or possessives
    before a name, lists of names, nicknames, acronyms in brackets, teams on results
    lines; mentions found to name no actor become ``NOT_ACTOR``. ``sports``:
    ``actors.is_sports(text)``, which the caller has already worked out."""
    by_chunk: dict[int, list[Mention]] = {}
    for mention in mentions:
        by_chunk.setdefault(mention.chunk, []).append(mention)
    for index, group in by_chunk.items():
        first = group[0]
        if first.kind == HEADLINE:
            continue  # words of an all-capital line: no context read there
        if len(group) == 1 and first.kind == PERSON and first.role is None:
            _described(group, chunks[index], text)
        _after(group, index, chunks, text, by_chunk)
        if index:
            prev = chunks[index - 1]
            if chunks[index].start - prev.end <= 40 and prev.segs[-1].kind == PLACE:
                _before(group, index, chunks, text)
    if census is not None:
        _lists(mentions, text, sports, census)
    _nicknames(mentions, text)
    # Acronym in brackets right after an organisation: an alias; a lone word whose
    # possessive precedes a person: his organisation; a name right after a
    # sportsman's country: his team; a partner's name before the rest of his firm's.
    for prev_m, mention in pairwise(mentions):
        if prev_m.kind == PERSON and _partner(prev_m, text):
            prev_m.kind = NOT_ACTOR  # his firm's head word is a mention after him
        if (
            mention.kind == ORG
            and prev_m.kind == ORG
            and mention.name.isupper()
            and text[prev_m.end : mention.start].strip() == "("
        ):
            mention.name = prev_m.name
            mention.country = mention.country or prev_m.country
            prev_m.aliases.append(chunks[mention.chunk].text)
        elif (
            prev_m.kind == PERSON
            and mention.kind == PERSON
            and " " not in prev_m.name
            and not prev_m.cue
            and prev_m.role is None
            and (" " in mention.name or mention.cue)
            and mention.start == prev_m.end + 3
            and text.startswith(POSSESSIVES, prev_m.end)
        ):
            # "Everton's Duncan Ferguson", "Microsoft's Bill Gates": whose he is.
            prev_m.kind = ORG
        elif (
            mention.kind == PERSON
            and prev_m.kind == PERSON
            and text.startswith(" (", prev_m.end)
            and _AFTER_COUNTRY.fullmatch(text, prev_m.end, mention.start)
            and _TIME_AFTER.match(text, mention.end)
        ):
            # "Alex Zanardi (Italy), Reynard Honda, 53.980": the team of the one before,
            # then his time.
            mention.kind, mention.sector = ORG, "sport"


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
                    code = place_code(seg)
                    if code:
                        return code
        index += 1
    return None
