"""One actor per person or organisation of an article: surnames, short company
names, acronyms and headline forms merged into the full name; lone words decided.

Runs after ``streams.actor_context.apply_context``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import Final, Literal

from schemas.article import ActorTag
from streams.actors import (
    AFTER_THE,
    COUNTRY_SECTORS,
    ENGLISH_WORDS,
    HEADLINE,
    ORG,
    PERSON,
    Mention,
    SpacedWords,
    individual_sport,
    initials,
)
from streams.fastmodel import build
from streams.gazetteer import Gazetteer
from streams.lexicon import NOT_NAMES, ORG_HEADS, ORG_PREFIXES
from streams.name_data import common_plural, common_word, surname_shaped

# What ``_single_kind`` makes of a lone word of a sports report that is no player.
_TEAM: Final[Literal["team"]] = "team"


@dataclass(slots=True)
class _Actor:
    name: str
    kind: str
    role: str | None
    country: str | None
    sector: str | None
    mentions: int
    aliases: list[str]
    cue: bool = False  # a mention was cued (an organisation's shape or descriptor)


def _single_kind(
    mention: Mention, gz: Gazetteer, sports: bool, spaced: SpacedWords
) -> Literal["person", "team"] | None:
    """A lone capitalised word that is not a known person's name: a person when a cue
    says so or it has a surname's ending; in a sports report a census name is a player
    and other words are teams (if the sport has teams); elsewhere nothing. A census
    name alone is no cue outside sports: in news it names a firm, a place or a
    chamber ("Ford gained", "Morgan Stanley", "the House") more often than a person."""
    if mention.cue:
        return PERSON
    name = mention.name
    if name in NOT_NAMES or name.lower() in spaced:
        return None  # "South", "Gold ... gold prices": a word, not a name
    shaped = surname_shaped(name)
    # "Shearer", "Platt", "Vuckovic": a census name or a surname's shape that names
    # no town is a player; other lone words of a sports report are teams.
    if (shaped or (sports and gz.is_census_name(name))) and name not in gz.towns:
        return PERSON
    return _TEAM if sports else None


def _plural_after_the(mention: Mention, text: str) -> bool:
    """ "the Sabres, who have lost three straight": in a sports report, a team."""
    return mention.name[-1] == "s" and text.endswith(AFTER_THE, 0, mention.start)


def _add_singles(
    singles: list[Mention],
    actors: dict[tuple[str, str], _Actor],
    by_token: dict[str, _Actor],
    gz: Gazetteer,
    *,
    sports: bool,
    text: str,
    spaced: SpacedWords,
) -> None:
    """Lone words: a known person's surname or first name, else decided alone (a
    team only in a report of a sport with teams, not tennis or golf)."""
    team_sport: bool | None = None  # read from the text once, when first needed
    # A word cued as a person once names him wherever it stands alone ("Kluivert 23",
    # then "Kluivert, Musampa, Overmars" in the line-up).
    cued = {m.name for m in singles if m.cue and not (sports and _plural_after_the(m, text))}
    for mention in singles:
        actor = by_token.get(mention.name)
        if actor is None:
            decided: Literal["person", "team"] | None
            if sports and _plural_after_the(mention, text):
                decided = _TEAM  # even when cued: "the Sabres, who have lost"
            elif common_plural(mention.name, ENGLISH_WORDS) and not gz.is_census_name(mention.name):
                # "Economists said", "Diplomats told": people, not a person's name
                # (a census name may be one: "Banks", "Woods").
                decided = _TEAM if sports else None
            elif mention.name in cued:
                decided = PERSON
            else:
                decided = _single_kind(mention, gz, sports, spaced)
            if decided == _TEAM:
                if team_sport is None:
                    team_sport = not individual_sport(text)
                if not team_sport:
                    continue
            elif decided is None:
                continue
            kind = ORG if decided == _TEAM else PERSON
            key = (kind, mention.name)
            actor = actors.get(key)
            if actor is None:
                actor = actors[key] = _Actor(mention.name, kind, None, None, None, 0, [])
        elif (
            actor.name.startswith(mention.name)
            and mention.name not in actor.aliases
            and not actor.name.endswith(" " + mention.name)
        ):
            # "Monica" after "Monica Seles": another form of the name, as a surname is
            actor.aliases.append(mention.name)
        actor.mentions += 1
        actor.role = actor.role or mention.role
        actor.country = actor.country or mention.country


def _headline_forms(lines: list[Mention], actors: dict[tuple[str, str], _Actor]) -> None:
    """ "GASCOIGNE" in a headline is another form of Paul Gascoigne; a headline's
    subject found to be a person ("KEVIN BROWN LOWERS ERA") is one even when the
    text names him no other way."""
    by_lower: dict[str, _Actor] = {}
    for actor in actors.values():
        by_lower.setdefault(actor.name.lower(), actor)
        if actor.kind == PERSON:
            by_lower.setdefault(actor.name.rsplit(" ", 1)[-1].lower(), actor)
    for line in lines:
        for word in [line.name] if line.cue else line.aliases:
            found = by_lower.get(word.lower())
            if found is None and line.cue:
                found = actors[(PERSON, word)] = _Actor(word, PERSON, None, None, None, 0, [])
                by_lower[word.lower()] = found
            elif found is not None and word not in found.aliases and word != found.name:
                found.aliases.append(word)
            if found is not None:
                found.mentions += 1


def _short_org_names(mentions: list[Mention]) -> dict[str, str]:
    """Short forms of the organisations named with a head word: the name without
    the head, and its first word after any initials ("Kia" for "Kia Motor Corp",
    "Goodrich" for "B.F. Goodrich Co")."""
    short: dict[str, str] = {}
    for mention in mentions:
        if mention.kind != ORG:
            continue
        words = mention.name.split()
        if len(words) > 1 and words[-1] in ORG_HEADS:
            short.setdefault(" ".join(words[:-1]), mention.name)
            first = next((w for w in words[:-1] if not initials(w)), words[0])
            if first not in ORG_HEADS and first not in ORG_PREFIXES:
                short.setdefault(first, mention.name)
    return short


def _person_words(mentions: list[Mention], short: dict[str, str]) -> set[str]:
    """Words of the people named in full: a lone "Clark" may be Mr Clark rather than
    the company ("Clark Equipment Co") only when someone in the text has that name."""
    return {
        w
        for m in mentions
        if m.kind == PERSON and " " in m.name and m.name not in short
        for w in m.name.split()
    }


def _tags(actors: dict[tuple[str, str], _Actor], default_country: str | None) -> list[ActorTag]:
    tags = []
    for actor in actors.values():
        country = actor.country
        if country is None and actor.kind == ORG and actor.sector in COUNTRY_SECTORS:
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
    tags.sort(key=attrgetter("mentions"), reverse=True)
    return tags


def merge(
    mentions: list[Mention],
    default_country: str | None,
    gz: Gazetteer,
    sports: bool = False,
    text: str = "",
    *,
    spaced: SpacedWords | None = None,
) -> list[ActorTag]:
    """One actor per person or organisation: surnames and acronyms merged into the
    full name; uncued single words dropped. ``spaced``: the text's ``SpacedWords``,
    if the caller has them (read once per text)."""
    if spaced is None:
        spaced = SpacedWords(text)
    actors: dict[tuple[str, str], _Actor] = {}
    by_token: dict[str, _Actor] = {}
    aliases: dict[str, _Actor] = {}
    singles: list[Mention] = []
    short = _short_org_names(mentions)
    headline = [m for m in mentions if m.kind == HEADLINE]
    mentions = [m for m in mentions if m.kind in (PERSON, ORG)]
    person_words = (
        _person_words(mentions, short)
        if short
        and any(m.kind == PERSON and m.name in short and " " not in m.name for m in mentions)
        else set()
    )
    for mention in mentions:
        name = mention.name
        if (
            mention.kind == PERSON
            and name in short
            and mention.role is None
            and (name.split()[0] not in gz.first_names if " " in name else name not in person_words)
        ):
            # "Hindustan Copper" after "Hindustan Copper Ltd", "Kia" after "Kia Motor Corp"
            mention.kind, mention.name = ORG, short[name]
        if mention.kind == PERSON and " " not in mention.name:
            singles.append(mention)
            continue
        if (
            mention.kind == PERSON
            and not mention.cue
            and not sports
            and common_word(mention.name.rsplit(" ", 1)[-1], ENGLISH_WORDS)
        ):
            # "Global Depositary Receipts", "Democracy Wall", "House Banking": words
            # with no first name, initial, title or cue that end in an English word
            # name a thing or a body (a sports report's "Donne Wall" is a player).
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
        actor.cue = actor.cue or mention.cue
        for alias in mention.aliases:
            if alias not in actor.aliases and alias != actor.name:
                actor.aliases.append(alias)
                aliases[alias] = actor
        if mention.kind == PERSON:
            words = mention.name.split()
            by_token.setdefault(words[-1], actor)
            by_token.setdefault(words[0], actor)
    _add_singles(singles, actors, by_token, gz, sports=sports, text=text, spaced=spaced)
    if headline:
        _headline_forms(headline, actors)
    _fold_people_into_orgs(actors)
    return _tags(actors, default_country)


def _fold_people_into_orgs(actors: dict[tuple[str, str], _Actor]) -> None:
    """A name cued as an organisation ("Zycie Warszawy daily said") and found as a
    person with no title ("Zycie Warszawy said") is the organisation: what cues a
    person there (a speech verb) fits an organisation too."""
    for (kind, name), actor in list(actors.items()):
        org = actors.get((ORG, name)) if kind == PERSON and actor.role is None else None
        if org is not None and org.cue:
            org.mentions += actor.mentions
            del actors[(kind, name)]


def person_tokens(tags: Sequence[ActorTag]) -> frozenset[str]:
    """Words of the people's names (a place word among them names the person)."""
    # One split of the names joined: the same words as a split of each.
    return frozenset(" ".join([t.name for t in tags if t.kind == PERSON]).split())
