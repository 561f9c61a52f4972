"""People and organisations of an article, from its scanned chunks.

Cues, all local and cheap: a title before a name ("General Dan Caine"), an
organisation head word ("Education Bureau", "University of Hong Kong"), an
apposition after a name ("Jiang Bin, a spokesman for the defence ministry in
Beijing"), a speech verb ("Caine said"), a first name from the census lists, a
demonym or a country's possessive before ("South Korea's Joint Chiefs of Staff",
"the Chinese defence ministry"), an acronym in brackets after an organisation
("University of Hong Kong (HKU)"). Later mentions by surname or acronym are merged
into the actor they refer to.

This module finds the mentions inside each chunk (``extract``); the cues around
them are ``streams.actor_context``, the merging into actors ``streams.actor_merge``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final, Literal

from streams.gazetteer import Gazetteer
from streams.lexicon import (
    CLUB_HEADS,
    HEADLINE_PLURALS,
    KNOWN_ORGS,
    NON_ORG_ACRONYMS,
    ORG_HEADS,
    ORG_LEADERS,
    ORG_NOUNS,
    ORG_PREFIXES,
    OTHER_HEADS,
    PUBLISHERS,
    ROLE_NOUNS,
    STOPWORDS,
    TITLE_MODIFIERS,
    TITLES_MAP,
)
from streams.name_data import common_word, english_words, world_first_names
from streams.scan import CONNECTOR, NAME_PARTICLES, PLACE, STOP, TITLE, WORD, Chunk, Seg, initial

PERSON: Final[Literal["person"]] = "person"
# An all-capital line (its words in ``aliases``), or its subject found to be a person
# (``cue``): kept only as other forms of names found elsewhere.
HEADLINE: Final = "headline"
ORG: Final[Literal["organization"]] = "organization"
# A mention found by its context to name no actor ("the Dow Jones index").
NOT_ACTOR: Final = "none"

_ORG_LINKS: Final = frozenset({"of", "the", "for", "and", "&", "de", "du", "des", "del"})
_SOURCE_MARKERS: Final = ("Photo: ", "Photo:", "Photograph: ", "Source: ", "Credit: ", "Photo/")
# Words of sports reports (whitespace-separated, as written). One strong word makes a
# sports report; the weak ones are common in business news too ("the division",
# "a goal of"), so it takes two different ones.
# Sports of one player against another: a lone name there is a player, not a team.
_INDIVIDUAL_SPORTS: Final = frozenset(
    {"TENNIS", "GOLF", "ATHLETICS", "CYCLING", "BOXING", "SQUASH", "SWIMMING", "SKIING"}
    | {"BADMINTON", "tennis", "golf", "seeded", "birdie", "birdies", "bogey", "bogeys"}
    | {"eagled", "PGA"}
)
_TEAM_SPORTS: Final = frozenset(
    {"SOCCER", "CRICKET", "RUGBY", "BASEBALL", "BASKETBALL", "HOCKEY", "FOOTBALL", "NFL"}
    | {"VOLLEYBALL", "HANDBALL", "NBA", "NHL", "FIFA", "UEFA", "soccer", "football"}
    | {"cricket", "rugby", "baseball", "basketball", "hockey", "innings", "wicket"}
    | {"wickets", "striker", "midfielder", "halftime", "half-time", "standings", "homer"}
    | {"homers", "homered", "inning", "pitcher", "quarterback", "touchdown", "touchdowns"}
    | {"goalkeeper", "goalless"}
)
_SPORTS_STRONG: Final = (
    _INDIVIDUAL_SPORTS
    | _TEAM_SPORTS
    | {"ROWING", "RACING", "play-off", "play-offs", "playoff", "playoffs", "semifinal"}
    | {"semifinals", "semi-final", "semi-finals", "quarter-final", "quarter-finals"}
    | {"quarterfinal", "quarterfinals"}
)
_SPORTS_WEAK: Final = frozenset(
    {"goal", "goals", "scored", "division", "league", "cup", "Cup", "League", "Division"}
    | {"match", "championship"}
)
_SPORTS: Final = _SPORTS_STRONG | _SPORTS_WEAK
_DATE_AFTER: Final = re.compile(r"\s*(?:\d{4}-\d\d-\d\d|,? [A-Z][a-z]{2,8}\.? \d)")
_NO_DIGIT: Final = re.compile(r"[^\d]+")
# An article joined to a capitalised name: Arabic ("Hassan al-Turabi") or French
# ("Valery Giscard d'Estaing").
_PREFIXED_NAME: Final = re.compile(r"(?:al-|el-|d'|d’)[A-Z]")
# Word → whether it looks like a name; words recur across articles, the test does not.
_NAME_LIKE: dict[str, bool] = {}
_CACHE_SIZE: Final = 200_000
# Questions to ``SpacedWords`` answered by searching the text before its words are read:
# reading them into a set costs some 20 failed searches (measured), and 16 searches
# before it gave the fewest instructions of 3, 8, 16 and 24 on the corpora.
_SEARCHES: Final = 16
_OPEN_QUOTES: Final = ('"', '" ', "“", "'", "' ", "‘")
_CLOSE_QUOTES: Final = ('"', ' "', "”", "'", " '", "’")
# "the" right before a name ("the Sabres", "the Boxer Rising").
AFTER_THE: Final = (" the ", "\nthe ", "The ")
_SPEAKS: Final = (" said", " says", " told")
_SPOKE_BEFORE: Final = (" said ", " says ")
SCORE_AFTER: Final = re.compile(r" \d+(?:$|\n| [A-Z(\d]|,)")
# A score then the other team, its scorers in brackets, or the end of the line or
# sentence ("Crystal Palace 1", "Everton 2 (Kanchelskis 24)").
_FIXTURE_SCORE: Final = re.compile(r" \d+(?:\n|$| [A-Z][a-z]| \([A-Z][a-z]|\.(?:\s|$))")
# Played, won, drawn, lost, goals for and against, points: five numbers, one of them
# below ten (a golfer's four rounds and total are all above 60).
_STANDINGS_ROW: Final = re.compile(r"(?= \d+ \d+ \d+ \d+ \d+)(?: \d+){0,4}? \d\b")
# A golfer's rounds: "Retief Goosen 67 70 71 68".
# A bowler's overs, maidens, runs and wickets ("Law 2-0-23-0", "McGrath 9.5-0-44-1"):
# a cricket scorecard, whatever words it has.
_BOWLING_FIGURES: Final = re.compile(r" \d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}\b")
# Their last three numbers: a search that opens with a literal "-" is several times
# faster over a whole text than one that opens with a space.
_FIGURES_TAIL: Final = re.compile(r"-\d{1,2}-\d{1,3}-\d{1,2}\b")
# Definite articles of other languages: they open the names of papers and firms
# (and of a few places the gazetteer lacks), never a person's ("El" and "Le" may:
# "El Hassane Lahssini", "Le Kha Phieu").
_FOREIGN_ARTICLES: Final = frozenset({"Der", "Die", "Das", "Il", "La", "Los", "Las", "Het"})
_COUNTRY_IN_BRACKETS: Final = re.compile(r" \(([A-Z][A-Za-z. ]{1,30})\)")
_ROUNDS: Final = re.compile(r"(?: [6-8]\d){2}\b")
# A bowler or fielder before a batsman's runs: "c Tillekeratne b Dharmasena 13".
_BOWLER: Final = re.compile(r"(?:^|\s)(?:b|c|st) $")
# A rank opening a line of a results list: "2. Gerg 250".
_RANK_BEFORE: Final = re.compile(r"(?:^|\n)\d{1,3}\. $")
_TABLE_ROW: Final = re.compile(
    r"\n[A-Z][\w.'() -]{1,40} \d+ (?:\d+ \d+ \d+|[A-Z][\w.'() -]{1,40} \d+\n)"
)
POSSESSIVES: Final = ("'s ", "’s ")
# "of" then a bare lower-case noun after a lone word: a thing's name or a quantity
# ("Fall of wickets", "Tens of thousands"), not a person ("Arafat of the PLO").
_OF_NOUN: Final = re.compile(r" of (?!the |a |an |his |her |their |its )[a-z]")
_PLACE_OF: Final = ("town of ", "city of ", "village of ", "port of ")
_PLACE_WORDS: Final = (" in ", " at ", "(at ", "\nat ", *_PLACE_OF)
_FIXTURE_WORDS: Final = frozenset({"AT", "VS", "V", "at", "vs", "v"})
_NAMED_SECTORS: Final = frozenset({"business", "media", "sport"})
# Places that may be a person's surname after a first name ("Michael Jordan").
_NAME_PLACE_KINDS: Final = frozenset({"name", "city", "state", "demonym"})
# First words of place names that are also first names ("Rio Grande", "Santa Fe").
_PLACE_PREFIXES: Final = frozenset(
    {"San", "Santa", "Santo", "Sao", "Rio", "Porto", "Puerto", "Fort", "Mount", "Saint"}
    | {"Los", "Las", "El", "La", "Le", "New", "Port", "Lake", "Cape", "Ciudad"}
)
# Role nouns that also qualify the noun after them ("Executive Life", "General
# Motors", "King Kong"): at a sentence's start they begin a name, not a role.
_QUALIFYING_ROLES: Final = frozenset(
    {"executive", "chief", "general", "deputy", "head", "premier", "official", "king"}
    | {"queen", "prince", "cardinal", "chair", "partner", "pope", "officials", "spokesmen"}
)
# Initials that abbreviate a compass point ("W. Germany", "N. Korea").
_COMPASS_INITIALS: Final = frozenset({"N.", "S.", "E.", "W."})
# Month names are also first names ("in May Chinese exports rose").
_MONTHS: Final = frozenset(
    {"January", "February", "March", "April", "May", "June", "July", "August"}
    | {"September", "October", "November", "December"}
)
# Read when the module is imported (some 0.15 s and 0.1 s), as the gazetteer is built
# before any text is tagged, not on the first text.
WORLD_FIRST_NAMES: Final = world_first_names()
ENGLISH_WORDS: Final = english_words()
COUNTRY_SECTORS: Final = frozenset({"government", "military", "education", "party"})


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


class SpacedWords:
    """Whether a word stands between two spaces in a text (``f" {word} " in text``).

    Asked once per lone name, a search of the whole text made tagging quadratic in
    its length (minutes for a few megabytes). The first ``_SEARCHES`` questions are
    answered by a search (most texts are asked a few, and a search is cheaper than
    reading the words); then the text's space-separated words are read into a set
    once, and each answer is a look-up: at most ``_SEARCHES`` passes over the text.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._words: frozenset[str] | None = None
        self._searches = 0

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        if self._words is None:
            if self._searches < _SEARCHES or not word or " " in word:
                self._searches += 1
                return f" {word} " in self._text  # also "Henry VIII"
            # A piece of ``split(" ")`` other than the first and the last stands
            # between two spaces, and every such word is one.
            self._words = frozenset(self._text.split(" ")[1:-1])
        if not word or " " in word:
            return f" {word} " in self._text
        return word in self._words


def place_code(seg: Seg) -> str | None:
    """The code of a place segment that names one country, else None."""
    place = seg.place
    if place is None or len(place.codes) != 1:
        return None
    return place.codes[0]


def _name_like(word: str) -> bool:
    """Capitalised (or after a joined article: "al-Turabi", "d'Estaing"), not all
    capitals, no digits; or an initial ("C.")."""
    known = _NAME_LIKE.get(word)
    if known is None:
        if len(word) == 2 and word[1] == ".":
            known = word[0].isupper()
        else:
            known = (
                (word[:1].isupper() or _PREFIXED_NAME.match(word) is not None)
                and not word.isupper()
                and _NO_DIGIT.fullmatch(word) is not None
            )
        if len(_NAME_LIKE) > _CACHE_SIZE:
            _NAME_LIKE.clear()
        _NAME_LIKE[word] = known
    return known


def first_name(word: str, gz: Gazetteer) -> bool:
    """A first name of the census lists or of many countries' ("Vladimir")."""
    return word in gz.first_names or word in WORLD_FIRST_NAMES


def initials(word: str) -> bool:
    """ "B.F.", "J.": capitals, each with its full stop."""
    return (
        word.endswith(".") and word.replace(".", "").isupper() and word.count(".") * 2 == len(word)
    )


def _is_initial(word: str) -> bool:
    """ "J." of "J. Adams": one capital's initials."""
    return len(word) == 2 and initials(word)


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
    if "and" not in text and "&" not in text:
        # No "and" to cut at (the common case): one part, unless "of" splits it.
        return _split_of(segs) if " of " in text else [segs]
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


def _fix_name_places(
    part: list[Seg], gz: Gazetteer, chunk: Chunk, text: str, *, sports: bool
) -> None:
    """A one-word place next to a first name is part of a person's name ("Michael
    Jordan", "Chad Johnson", "Richard Finn"). For a sportsman (in a sports report, or
    before a bracket: "Vladimir Dubrovshchik (Belarus)") any name after a first name
    is a surname; a demonym opening a sentence before a lower-case word qualifies it
    ("Major Japanese banks")."""
    for i, seg in enumerate(part):
        if seg.kind != PLACE or " " in seg.text or seg.place is None:
            continue
        kind = seg.place.kind
        if kind not in _NAME_PLACE_KINDS:
            continue
        before = part[i - 1] if i else None
        after = part[i + 1] if i + 1 < len(part) else None
        named_before = (
            before is not None and before.kind == WORD and _names_place(before.text, seg, gz)
        )
        if kind == "demonym":
            named = named_before and not (
                text[chunk.end + 1 : chunk.end + 2].islower() and initial(text, chunk.start)
            )
        else:
            named = named_before or (
                after is not None
                and after.kind == WORD
                and seg.text not in _PLACE_PREFIXES
                and first_name(seg.text, gz)
                and _surname_after(
                    after.text,
                    gz,
                    alone=len(part) == 2 and (sports or text.startswith(" (", chunk.end)),
                )
            )
        if named:
            seg.kind = WORD
            seg.place = None


def _names_place(word: str, place: Seg, gz: Gazetteer) -> bool:
    """Whether a word before a one-word place makes the place a surname: a first name
    ("Richard Finn"), or an initial before a town ("I. Austin", not "W. Virginia")."""
    if word in _MONTHS or word in ORG_PREFIXES or word in ORG_HEADS:
        return False  # "in May Chinese exports", "Royal Dutch"
    if _is_initial(word):
        return (
            word not in _COMPASS_INITIALS
            and place.place is not None
            and place.place.kind in ("city", "state")
            and "." not in place.text
        )
    return first_name(word, gz)


def _surname_after(word: str, gz: Gazetteer, *, alone: bool) -> bool:
    """Whether a word after a first name reads as a surname: a census one, or, when
    the two words are the whole name (``alone``), any name but a plural ("Houston
    Astros" is a team) or an organisation's head ("Paris St Germain" is a club)."""
    if word in ORG_HEADS or word in CLUB_HEADS:
        return False
    return word in gz.surnames or (alone and word[-1:] != "s" and _name_like(word))


def _first_place_code(segs: Sequence[Seg]) -> str | None:
    for seg in segs:
        if seg.kind == PLACE:
            code = place_code(seg)
            if code:
                return code
    return None


def _titled_person(part: list[Seg], chunk: Chunk, index: int, gz: Gazetteer) -> Mention | None:
    """ "General Dan Caine", "Former Malaysian Prime Minister Mahathir Mohamad"; no
    actor for a title before one English word that is no census name ("General
    Dynamics", "General Accident", "King World": a firm's or a thing's name)."""
    title_at = len(part) - 1  # the last title: read from the end
    while title_at >= 0 and part[title_at].kind != TITLE:
        title_at -= 1
    if title_at < 0:
        return None
    name_segs = part[title_at + 1 :]
    if not name_segs or name_segs[0].kind != WORD or name_segs[-1].text in OTHER_HEADS:
        return None  # "General Agreement": no one's name
    for seg in name_segs:
        if not (
            (seg.kind == WORD and _name_like(seg.text))
            or (seg.kind == CONNECTOR and seg.text in NAME_PARTICLES)
        ):
            return None
    # Names are joined from lists, not generators, here and below: str.join makes a
    # list of a generator first, and the list form measured a third faster per call.
    name = " ".join([s.text for s in name_segs])
    if len(name_segs) == 1 and not gz.is_census_name(name) and common_word(name, ENGLISH_WORDS):
        return Mention(name, NOT_ACTOR, chunk.start, chunk.end, index)
    role: str | None = part[title_at].text
    if role in TITLE_MODIFIERS:
        role = None
    country = _first_place_code(part[:title_at])
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
            country = place_code(first)
            if country and len(part) >= 3:
                name_segs = part[1:]
    country = country or _first_place_code(part)
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
    name = " ".join([s.text for s in name_segs])
    mention = Mention(name, ORG, chunk.start, chunk.end, index, None, country, sector, cue=True)
    surface = " ".join([s.text for s in part])
    if surface != name:
        mention.aliases.append(surface)
    return mention


def _single(
    word: str, chunk: Chunk, index: int, text: str, spaced: SpacedWords, *, first: bool = True
) -> Mention | None:
    """A lone capitalised word as a name candidate, or None when it labels something
    ("Scorers:") or starts a sentence and is written in lower case elsewhere."""
    end = chunk.end
    if (
        text.startswith(":", end)
        or word in ORG_HEADS
        or (
            text.startswith("of ", chunk.start - 3)
            and text.endswith(_PLACE_OF, max(0, chunk.start - 9), chunk.start)
        )
        or (text.startswith(" of ", end) and _OF_NOUN.match(text, end) is not None)
    ):
        return None  # "Scorers:", "the town of Chatelet", "Fall of wickets"
    if word in CLUB_HEADS:
        return Mention(word, ORG, chunk.start, end, index, sector="sport")  # "the Cardinals"
    if first and initial(text, chunk.start) and word.lower() in spaced:
        return None  # "Sales rose ... sales": a sentence's first word, not a name
    mention = Mention(word, PERSON, chunk.start, end, index)
    start = chunk.start
    if start > 1 and text[start - 2].islower():
        # Role nouns are lower-case words: "striker Ince", "leader Arafat".
        before = text[max(0, start - 16) : start].split()
        if before[-1] in ROLE_NOUNS:
            mention.cue = True
            mention.role = before[-1]
    return mention


def _quoted(text: str, start: int, end: int) -> bool:
    return text.startswith(_CLOSE_QUOTES, end) and text.endswith(
        _OPEN_QUOTES, max(0, start - 2), start
    )


def _multi_run(
    words: list[str], chunk: Chunk, index: int, gz: Gazetteer, text: str
) -> Mention | None:
    """A mention for several plain capitalised words, if they name someone."""
    start, end = chunk.start, chunk.end
    other = words[-1] in OTHER_HEADS
    if other and len(words) == 2 and not _after_place_word(text, start):
        # "Damon Hill", "J. Law": a name after all ("at Ellis Park" is a place)
        other = not (
            _is_initial(words[0])
            or (words[0] in gz.first_names and words[-1] in gz.surnames)
            or _player_after(text, end, gz)
        )
    if (other and not SCORE_AFTER.match(text, end)) or _quoted(text, start, end):
        return None  # an event, a place, a title of a work: " Sleeping Bread "
    if words[-1] in CLUB_HEADS:
        return Mention(" ".join(words), ORG, start, end, index, sector="sport")
    if words[-1][-1] == "s" and _people_of(words[-1][:-1], gz):
        return None  # "North Africans", "Sri Lankans": a people, not a person
    if words[0] in _FOREIGN_ARTICLES:
        return Mention(" ".join(words), ORG, start, end, index)  # "Der Spiegel", "La Stampa"
    if len(words) <= 4 and all(
        (_name_like(w) and w not in ORG_HEADS) or w in NAME_PARTICLES for w in words
    ):
        return _person_run(words, chunk, index, gz, text)
    return None


def _person_run(
    words: list[str], chunk: Chunk, index: int, gz: Gazetteer, text: str
) -> Mention | None:
    """A person named by name-like words, cued by a first name or an initial; none
    where the words name a place or label what follows."""
    start, end = chunk.start, chunk.end
    first = words[0]
    role = first.lower()
    if role in ROLE_NOUNS and role not in _QUALIFYING_ROLES and initial(text, start):
        # "Defender Ferrara was sent off": a role noun opening a sentence.
        return Mention(" ".join(words[1:]), PERSON, start, end, index, role=role, cue=True)
    initialled = _is_initial(first)  # "J. Adams"
    cue = initialled or (first not in _PLACE_PREFIXES and first_name(first, gz))
    if (
        not initialled
        and first not in gz.first_names
        and _after_place_word(text, start)
        and not text.startswith(POSSESSIVES, end)
    ):
        return None  # "at Tunbridge Wells", "in Silver Spring": a place
    if not cue and text.startswith(":", end):
        return None  # "Tunbridge Wells: Nottinghamshire 214"
    return Mention(" ".join(words), PERSON, start, end, index, cue=cue)


def _people_of(word: str, gz: Gazetteer) -> bool:
    """Whether a word names where a people lives or what it is called ("African")."""
    place = gz.places.get(word)
    return place is not None and place.kind in ("demonym", "region")


def _player_after(text: str, end: int, gz: Gazetteer) -> bool:
    """Whether what follows a name makes it a player's: his country in brackets
    ("Darryn Hill (Australia) beat"), his bowling figures ("Law 2-0-23-0")."""
    if _BOWLING_FIGURES.match(text, end):
        return True
    country = _COUNTRY_IN_BRACKETS.match(text, end)
    if country is None:
        return False
    place = gz.places.get(country.group(1))
    return place is not None and place.kind == "name"


def _after_place_word(text: str, start: int) -> bool:
    """Whether the words before ``start`` place what follows: "in", "at", "town of"."""
    before = text[max(0, start - 9) : start].lower()
    return before.endswith(_PLACE_WORDS)


def _run(
    run: list[Seg],
    chunk: Chunk,
    index: int,
    gz: Gazetteer,
    *,
    text: str,
    spaced: SpacedWords,
    first: bool,
) -> Mention | None:
    """A mention for a run of plain capitalised words, if it names someone."""
    name = " ".join([s.text for s in run])
    sector = KNOWN_ORGS.get(name)
    if sector is not None:
        return Mention(name, ORG, chunk.start, chunk.end, index, sector=sector, cue=True)
    if len(run) > 1:
        return _multi_run([s.text for s in run], chunk, index, gz, text)
    if name in OTHER_HEADS and not _player_after(text, chunk.end, gz):
        return None  # "Tiananmen Square"
    if _acronym(name):
        return Mention(name, ORG, chunk.start, chunk.end, index)
    if _name_like(name):
        return _single(name, chunk, index, text, spaced, first=first)
    return None


# Closes the last run of ``_candidates`` (read, never changed).
_END_OF_PART: Final = Seg(STOP, "")


def _candidates(
    part: list[Seg],
    chunk: Chunk,
    index: int,
    gz: Gazetteer,
    out: list[Mention],
    *,
    text: str,
    spaced: SpacedWords,
) -> None:
    """Runs of plain capitalised words: acronyms and name candidates."""
    run: list[Seg] = []
    for seg in [*part, _END_OF_PART]:
        if seg.kind == WORD or (run and seg.kind == CONNECTOR and seg.text in NAME_PARTICLES):
            run.append(seg)
            continue
        while run and run[-1].kind == CONNECTOR:
            run.pop()
        if run:
            mention = _run(run, chunk, index, gz, text=text, spaced=spaced, first=run[0] is part[0])
            if mention is not None:
                out.append(mention)
        run = []


def _seat(seg: Seg, chunk: Chunk, index: int, out: list[Mention]) -> None:
    """ "the White House said": a seat of power stands for its government."""
    if seg.place is not None and seg.place.kind == "seat":
        out.append(
            Mention(
                seg.text,
                ORG,
                chunk.start,
                chunk.end,
                index,
                None,
                place_code(seg),
                "government",
                True,
            )
        )


def _interpret(
    part: list[Seg],
    chunk: Chunk,
    index: int,
    gz: Gazetteer,
    out: list[Mention],
    *,
    text: str,
    spaced: SpacedWords,
    sports: bool,
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
    _fix_name_places(part, gz, chunk, text, sports=sports)
    last = part[-1]
    if (
        last.kind == TITLE
        and len(part) > 1
        and part[-2].kind == WORD
        and " " not in last.text
        and (first_name(part[-2].text, gz) or last.text in gz.surnames)
    ):
        # "Billie Jean King", "Burger King": a surname or a name, not a title (but
        # "Trade Representative" is one)
        last.kind = WORD
    if last.kind == WORD and last.text not in ORG_HEADS:
        person = _titled_person(part, chunk, index, gz)
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
        out.append(Mention(" ".join([s.text for s in part]), ORG, chunk.start, chunk.end, index))
        return
    _candidates(part, chunk, index, gz, out, text=text, spaced=spaced)


def _is_source(chunk: Chunk, text: str) -> bool:
    if chunk.text not in PUBLISHERS:
        return False
    before = text[max(0, chunk.start - 12) : chunk.start]
    return before.endswith(("(", "/ ")) or before.endswith(_SOURCE_MARKERS)


def is_sports(text: str) -> bool:
    """Whether the text reads as a sports report (teams are named after their towns)."""
    hits = _SPORTS.intersection(text.split())
    if hits and (len(hits) > 1 or not hits.isdisjoint(_SPORTS_STRONG)):
        return True
    return _TABLE_ROW.search(text) is not None or _FIGURES_TAIL.search(text) is not None


def individual_sport(text: str) -> bool:
    """Whether a sports report is of a sport of one player against another (tennis,
    golf, boxing) and of no team sport."""
    hits = _SPORTS_STRONG.intersection(text.split())
    return not hits.isdisjoint(_INDIVIDUAL_SPORTS) and hits.isdisjoint(_TEAM_SPORTS)


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


def _one_word(
    seg: Seg,
    chunk: Chunk,
    index: int,
    text: str,
    out: list[Mention],
    *,
    gz: Gazetteer,
    spaced: SpacedWords,
) -> None:
    """Fast path for a one-word chunk (what ``_interpret`` would make of it); a
    title alone names someone only when it is a surname speaking ("said King.")."""
    word = seg.text
    if seg.kind != WORD:
        if seg.kind == TITLE and _speaker(chunk, text, gz):
            out.append(Mention(chunk.text, PERSON, chunk.start, chunk.end, index, cue=True))
        return
    sector = KNOWN_ORGS.get(word)
    if sector is not None:
        out.append(Mention(word, ORG, chunk.start, chunk.end, index, sector=sector, cue=True))
    elif _acronym(word):
        out.append(Mention(word, ORG, chunk.start, chunk.end, index))
    elif word in OTHER_HEADS and not _player_after(text, chunk.end, gz):
        return  # "Others said"
    elif _name_like(word):
        mention = _single(word, chunk, index, text, spaced)
        if mention is not None:
            out.append(mention)


def _headline_chunk(
    chunk: Chunk,
    index: int,
    out: list[Mention],
    sports: bool,
    *,
    text: str,
    gz: Gazetteer,
    spaced: SpacedWords,
) -> None:
    """An all-capital line: fixtures of teams, its subject if a person, and words
    kept as possible other forms of names found elsewhere."""
    if sports:
        _fixture(chunk, index, out)
        if text.endswith(" - ", 0, chunk.start):
            _headline_subject(chunk, index, out, gz, spaced)
    words = [s.text for s in chunk.segs if s.kind != PLACE and len(s.text) > 2 and s.text.isalpha()]
    if words:
        # One mention for the line; its words are read as other forms of names.
        out.append(Mention(chunk.text, HEADLINE, chunk.start, chunk.end, index, aliases=words))


def _singular_verb(word: str) -> bool:
    """ "TAKES", "RETIRES", "WINS": a verb agreeing with one subject, as a headline's
    verb does with a person (teams take the plural: "LEICESTERSHIRE TAKE OVER")."""
    return (
        len(word) > 3
        and word[-1] == "S"
        and word[-2] not in "S'"
        and word.isalpha()
        and word not in HEADLINE_PLURALS
    )


def _headline_subject(
    chunk: Chunk, index: int, out: list[Mention], gz: Gazetteer, spaced: SpacedWords
) -> None:
    """ "SOCCER - BARATELLI TO COACH NICE", "BASEBALL - KEVIN BROWN LOWERS ERA": in a
    sports headline, the one name before a singular verb or "TO" and a verb is a
    person (kept as a cued headline mention)."""
    segs = chunk.segs
    for v in range(1, min(len(segs), 4)):
        verb = segs[v].text
        if not (_singular_verb(verb) or (verb == "TO" and v + 1 < len(segs))):
            continue
        subject = segs[v - 1]
        word = subject.text
        if (
            subject.kind == PLACE
            or len(word) < 3
            or not word.replace("'", "").isalpha()
            or word in HEADLINE_PLURALS
            or word.title() in STOPWORDS
            or word.lower() in spaced
            or word.title() in KNOWN_ORGS
        ):
            return
        name = word
        before = segs[v - 2].text.title() if v > 1 else ""
        if before not in TITLES_MAP and segs[v - 2].kind != PLACE and first_name(before, gz):
            name = f"{segs[v - 2].text} {word}"  # "KEVIN BROWN"
        out.append(Mention(name, HEADLINE, chunk.start, chunk.end, index, cue=True))
        return


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
    chunks: Sequence[Chunk],
    text: str,
    gz: Gazetteer,
    sports: bool = False,
    *,
    spaced: SpacedWords | None = None,
) -> list[Mention]:
    """Actor mentions in text order, with the cues found inside each chunk; may turn
    place segments that are part of a person's name into words. ``sports``: towns
    named alone may be teams; ``spaced``: the text's ``SpacedWords``, if the caller
    has them (read once per text)."""
    spaced = SpacedWords(text) if spaced is None else spaced
    out: list[Mention] = []
    for index, chunk in enumerate(chunks):
        segs = chunk.segs
        single_place = len(segs) == 1 and segs[0].kind == PLACE
        if sports and single_place and _team(chunk, text):
            segs[0].weak = True
            out.append(Mention(segs[0].text, ORG, chunk.start, chunk.end, index, sector="sport"))
            continue
        if chunk.upper:
            _headline_chunk(chunk, index, out, sports, text=text, gz=gz, spaced=spaced)
            continue
        if single_place:
            kind = segs[0].place.kind if segs[0].place is not None else ""
            if kind == "seat":
                _seat(segs[0], chunk, index, out)
            if kind == "demonym" or text.startswith(POSSESSIVES, chunk.end):
                _lowercase_org(chunk, index, text, out)
            continue
        if chunk.text in PUBLISHERS and _is_source(chunk, text):
            continue
        if len(segs) == 1:
            _one_word(segs[0], chunk, index, text, out, gz=gz, spaced=spaced)
            continue
        for part in _split_parts(segs, chunk.text):
            _interpret(part, chunk, index, gz, out, text=text, spaced=spaced, sports=sports)
        if segs[-1].kind == PLACE:
            _lowercase_org(chunk, index, text, out)
    if sports:
        _teams_by_score(out, text)
    return out


def _speaker(chunk: Chunk, text: str, gz: Gazetteer) -> bool:
    """A title alone that is also a surname, speaking with no article before it:
    '" I got the right horses, " said King.', "King told reporters"."""
    start, end = chunk.start, chunk.end
    if chunk.text not in gz.surnames or text.endswith(AFTER_THE, 0, start):
        return False
    return text.startswith(_SPEAKS, end) or (
        text.endswith(_SPOKE_BEFORE, 0, start) and text[end : end + 1] in (".", ",", "\n", "")
    )


def _teams_by_score(mentions: list[Mention], text: str) -> None:
    """ "Greenock Morton 1 Falkirk 0", "Orrell 13 Bath 56", "Clyde 3 1 0 2 2 5 3": in a
    sports report, a name followed by a score and the other team, or by a row of a
    standings table, is a team; an uncued full name followed by any score too, unless
    a rank opens its line ("2. Gerg 250")."""
    for mention in mentions:
        end = mention.end
        if mention.kind != PERSON or not text[end + 1 : end + 2].isdigit():
            continue  # every score reads " 1"
        if _BOWLER.search(text, max(0, mention.start - 4), mention.start) or _ROUNDS.match(
            text, end
        ):
            continue  # "c Tillekeratne b Dharmasena 13", "Retief Goosen 67 70": a player
        if _STANDINGS_ROW.match(text, end):
            mention.kind, mention.sector = ORG, "sport"
        elif _RANK_BEFORE.search(text, max(0, mention.start - 5), mention.start):
            continue  # "2. Gerg 250": a ranked competitor and his points, a player or a team
        elif (
            " " in mention.name and not mention.cue and SCORE_AFTER.match(text, end)
        ) or _FIXTURE_SCORE.match(text, end):
            mention.kind, mention.sector = ORG, "sport"


def _lowercase_org(chunk: Chunk, index: int, text: str, out: list[Mention]) -> None:
    """ "the Chinese defence ministry", "Japan's foreign ministry"."""
    seg = chunk.segs[-1]
    pos = chunk.end
    possessive = text.startswith(POSSESSIVES, pos)
    if seg.place is None or not (possessive or seg.place.kind == "demonym"):
        return
    code = place_code(seg)
    if code is None:
        return
    if possessive:
        pos += 2
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
