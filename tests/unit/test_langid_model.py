"""langid_model: py3langid's model held compactly gives exactly py3langid's answers."""

import random
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from streams.langid_model import (
    CompactIdentifier,
    SparseRows,
    compact_automaton,
    load_arrays,
    load_identifier,
)

PAGES = Path(__file__).resolve().parents[1] / "pages"


@pytest.fixture(scope="module")
def arrays() -> dict[str, Any]:
    return load_arrays()


@pytest.fixture(scope="module")
def compact() -> CompactIdentifier:
    return load_identifier()


def test_the_automaton_makes_the_same_move_from_every_state_on_every_byte(
    arrays: dict[str, Any],
) -> None:
    rows = arrays["nextmove"].reshape(-1, 256)
    state_row = arrays["nextmove_row"]
    automaton, order = compact_automaton(rows, state_row, arrays["out_feat"])
    n = len(order)
    new_id = np.empty(n, dtype=np.int64)
    new_id[order] = np.arange(n)
    edges = np.frombuffer(automaton.labels, dtype=np.uint8)
    first_edge = np.frombuffer(automaton.first_edge, dtype=np.uint32).astype(np.int64)
    fail = np.frombuffer(automaton.fail, dtype=np.uint32).astype(np.int64)
    # By induction on depth: a state moves like its failure state, except on its own
    # edges; the root moves to its children, else stays.
    for start in range(0, n, 4096):
        states = np.arange(start, min(start + 4096, n))
        expected = new_id[rows[state_row[order[states]]].astype(np.int64)]
        inherited = new_id[rows[state_row[order[fail[states]]]].astype(np.int64)]
        moves = np.where(states[:, None] == 0, 0, inherited)
        for i, state in enumerate(states):
            lo, hi = first_edge[state], first_edge[state + 1]
            moves[i, edges[lo:hi]] = np.arange(lo, hi) + 1
        assert np.array_equal(moves, expected), f"states {start}..{states[-1]}"
    outputs = np.frombuffer(automaton.output, dtype=np.int32)
    assert np.array_equal(outputs, np.asarray(arrays["out_feat"])[order])


def test_sparse_rows_give_the_dense_rows(arrays: dict[str, Any]) -> None:
    dense = arrays["ptc"]
    table = SparseRows(dense)
    rng = np.random.default_rng(0)
    for size in (1, 7, 300):
        rows = rng.integers(0, len(dense), size).astype(np.intp)
        got = table[rows]
        assert got.dtype == dense.dtype and got.flags.c_contiguous
        assert np.array_equal(got, dense[rows])


def _texts() -> list[str]:
    texts = ["", "A", "HELLO WORLD", "12:30", "Привет, как дела?", "你好世界", "\ud800 broken"]
    for path in sorted(PAGES.glob("**/*.txt"))[:40]:
        text = path.read_text(encoding="utf-8", errors="replace")
        texts += [text[i : i + 300] for i in range(0, min(len(text), 3000), 300)]
    rng = random.Random(0)
    for _ in range(200):
        size = rng.randrange(1, 300)
        texts.append("".join(chr(rng.randrange(32, 0x3000)) for _ in range(size)))
    return texts


def test_the_same_language_and_probability_as_py3langid(compact: CompactIdentifier) -> None:
    reference = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    texts = _texts()
    assert len(texts) > 300
    for text in texts:
        assert compact.classify(text) == reference.classify(text), repr(text[:60])


def test_probabilities_give_classify_s_answer_and_every_other_language(
    compact: CompactIdentifier,
) -> None:
    text = "Tribunal Supremo anula la multa contra la empresa eléctrica"
    probabilities = compact.probabilities(text)
    lang, probability = compact.classify(text)
    best = int(probabilities.argmax())
    assert (compact.nb_classes[best], float(probabilities[best])) == (lang, probability)
    assert len(probabilities) == len(compact.nb_classes)
    assert float(probabilities.sum()) == pytest.approx(1.0, abs=1e-4)
