"""Values passed between the pure stages (not messages: those live in ``schemas``)."""

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from schemas.article import Caption


@dataclass(frozen=True, slots=True)
class RawPage:
    """A decoded page: what ``ingest`` makes of the bytes on ``pages.raw``."""

    text: str
    url: str | None = None
    fetched_at: datetime | None = None
    source: str | None = None
    key: str | None = None


@dataclass(frozen=True, slots=True)
class CleanPage:
    """A page after ``clean``: normalised lines, boilerplate removed, link-split lines rejoined.

    Empty strings in ``lines`` mark blank lines, which ``split`` uses as block separators.
    ``marks`` records where section headings were removed, as ``(index, kind)``: the
    heading stood just before ``lines[index]`` (``index == len(lines)``: after the last
    line); ``kind`` is ``"related"`` (a block of
    teasers follows, e.g. "Related Articles") or ``"end"`` (the article before it has
    ended: comments, tags, footer).
    """

    lines: tuple[str, ...]
    raw: RawPage
    marks: tuple[tuple[int, str], ...] = ()
    # the marks whose heading's words announce a list of stories ("Related stories",
    # "Editors' Picks"; not "Related" alone): their index in ``lines``
    lists: tuple[int, ...] = ()
    # the marks whose heading's words announce the next story or a stream of them ("Up
    # next", "Read next", "More news"): their index in ``lines``
    streams: tuple[int, ...] = ()
    # the marks whose heading's words offer one more story to read ("Lire aussi", "Leggi
    # anche", "Read next"): their index in ``lines``
    offers: tuple[int, ...] = ()
    # the lines that are a video card's title printed under its length, which clean took
    # ("Video" / "02:15" / title / source): their index in ``lines``
    clips: tuple[int, ...] = ()
    # the lines right under an ad slot's label that clean dropped as clutter ("Reklama",
    # "Annons": no ad label of its own, ``clean.ad_slot_word``): their index in ``lines``
    slotted: tuple[int, ...] = ()
    # the lines that are a card's publisher printed over a reading time clean took ("Source"
    # / "·" / "2 min read", "Source · 2 min read"): their index in ``lines``
    chip_sources: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class ArticleDraft:
    """One article as ``split`` finds it, before time resolution and tagging."""

    position: int
    role: Literal["lead", "related"]
    title: str
    body: str
    source: str | None = None
    time_text: str | None = None
    captions: tuple[Caption, ...] = ()
