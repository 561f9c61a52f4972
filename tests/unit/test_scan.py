"""scan: its shortcuts (one-word chunks cut in the loop, plain words told apart by one
look-up) give what the full cut gives."""

import re
from pathlib import Path

import pytest

from streams import scan as scan_module
from streams.gazetteer import Gazetteer, Place, get_gazetteer
from streams.scan import (
    ASCII_CHUNK_RE,
    CHUNK_RE,
    CONNECTORS,
    PLACE,
    Chunk,
    _alternation,
    _chunk,
    _pieces,
    scan,
    scan_places,
    segment,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

TEXTS = [
    "SEOUL, March 2 - South Korea's Joint Chiefs of Staff said General Dan Caine met "
    "Admiral Kim Myung-soo in Seoul. The U.S.-led talks in Washington D.C. went on.",
    "JAPAN AND CHINA TRADE WORDS OVER ISLANDS\n\nTokyo said Beijing's ships entered "
    "Japanese waters. Henry VIII and Elizabeth I. Jan Kroslak met Will Carling.",
    "<Cyprus Minerals Co> said its <CYPM> unit and <UK> would merge. Mr. Smith, of "
    "Henkel KGaA of Dusseldorf, said the U.K. and U.S.A. agreed. St. Louis Cardinals.",
    "SOCCER - ENGLISH LEAGUE RESULTS\nLONDON 1996-08-24\nCrystal Palace 1 Ipswich 0\n"
    "NATO and the EU met. US-Japan ties. NEW YORK (Reuters) - IBM said so. ACME",
    "Paris St Germain beat Real Madrid. Osama bin Laden and Ludwig van Beethoven. "
    "Mrs. Thatcher. Calif. Gov. Pete Wilson. A. B. C. Dept. Inc. Ltd. Corp. Prime "
    "Minister Jean Chretien and President Bill Clinton of the United States. The Hague",
    (FIXTURES / "seed-page.txt").read_text(),
]


class _EveryWord:
    """A special-word set that holds every word: ``segment`` then takes none for plain."""

    def __contains__(self, word: object) -> bool:
        return True


def _reference(text: str, gz: Gazetteer) -> list[Chunk]:
    """``scan`` without its shortcuts: every chunk cut in full by ``_chunk``."""
    chunks: list[Chunk] = []
    for match in CHUNK_RE.finditer(text):
        start, end = match.span()
        bracketed = start > 0 and text[start - 1] == "<"
        if bracketed and text.startswith(">", end) and " " not in match.group():
            continue
        for piece_start, piece_end in _pieces(text, start, end):
            chunk = _chunk(text, piece_start, piece_end, gz, bracketed)
            if chunk is not None:
                chunks.append(chunk)
    return chunks


@pytest.mark.parametrize("index", range(len(TEXTS)))
def test_scan_cuts_as_in_full(index: int) -> None:
    gz = get_gazetteer()
    assert scan(TEXTS[index], gz) == _reference(TEXTS[index], gz)


def test_segment_cuts_as_in_full(monkeypatch: pytest.MonkeyPatch) -> None:
    """The words ``segment`` takes for plain words at one look-up are plain words."""
    gz = get_gazetteer()
    runs = {m.group() for text in TEXTS for m in CHUNK_RE.finditer(text)}
    runs |= {" ".join(run.upper().split()) for run in runs}
    cases = [
        (run.split(), upper, headline)
        for run in sorted(runs)
        for upper in (False, True)
        for headline in (False, True)
    ]
    shortcut = [segment(words, gz, upper, headline) for words, upper, headline in cases]
    monkeypatch.setattr(scan_module, "_special_words", lambda gz, upper: _EveryWord())
    in_full = [segment(words, gz, upper, headline) for words, upper, headline in cases]
    for case, fast, full in zip(cases, shortcut, in_full, strict=True):
        assert fast == full, case


def test_the_chunks_with_places_are_listed_apart() -> None:
    gz = get_gazetteer()
    for text in TEXTS:
        chunks, with_places = scan_places(text, gz)
        ids = {id(c) for c in with_places}
        assert all(id(c) in ids for c in chunks if any(s.kind == PLACE for s in c.segs))
        assert [c for c in chunks if id(c) in ids] == with_places  # in text order


def test_each_gazetteer_has_its_own_special_words() -> None:
    gz = get_gazetteer()
    text = "Officials of Atlantis Prime said Atlantis Prime would stay."
    before = scan(text, gz)
    assert not any(s.kind == PLACE for c in before for s in c.segs)
    other = Gazetteer(
        places={"Atlantis Prime": Place(("AT",), "name")},
        upper_places={},
        place_span={"Atlantis": 2},
        upper_span={},
        names={},
        first_names=frozenset(),
        surnames=frozenset(),
    )
    assert scan(text, other) == _reference(text, other)
    places = [s.text for c in scan(text, other) for s in c.segs if s.kind == PLACE]
    assert places == ["Atlantis Prime", "Atlantis Prime"]
    assert scan(text, gz) == before


def test_an_ascii_text_is_cut_as_by_the_full_pattern() -> None:
    texts = [text for text in TEXTS if text.isascii()]
    texts.append("Osama bin Laden, Charles de Gaulle and Procter & Gamble met Della Smith")
    assert len(texts) > 2
    for text in texts:
        spans = [m.span() for m in CHUNK_RE.finditer(text)]
        assert [m.span() for m in ASCII_CHUNK_RE.finditer(text)] == spans


def test_the_alternation_matches_the_words_and_nothing_else() -> None:
    pattern = re.compile(_alternation(CONNECTORS))
    assert all(pattern.fullmatch(word) for word in CONNECTORS)
    others = {w[:-1] for w in CONNECTORS} | {w + "s" for w in CONNECTORS} | {"dell", "degl"}
    assert not any(pattern.fullmatch(word) for word in others - CONNECTORS)
