"""py3langid's model held compactly: the same scores in under a sixth of the memory.

py3langid (pinned 0.4.0) keeps ~72 MB per process: its byte automaton expanded to a
256-wide row of uint32 per distinct state (39 MB), the feature table ``ptc`` as dense
float16 (28 MB) and the state outputs as a list of Python ints (4 MB). Here:

* The automaton is an Aho-Corasick automaton, so its trie edges (one per state) and
  failure links give the same walk: states are renumbered in breadth-first order, so
  the children of a state are one contiguous, byte-sorted run of ``labels`` (~1.3 MB).
* ``ptc`` stores, per language, its most common value (mostly the smoothing floor)
  and only the entries that differ, by feature; the common features, where most
  entries differ, stay dense rows (~8 MB in all). ``table[idx]`` rebuilds the same
  dense float16 rows the scorer multiplies.

A classification costs ~2x py3langid's (~170 µs instead of ~85 µs for 300
characters: the walk follows failure links where py3langid reads a full row), and
``streams.language`` calls it only for the texts its function-word check cannot
decide (62 of 222 articles in ``tests/pages``: +4 ms over the 124 pages).

Scoring, normalisation and labels stay py3langid's own code (``CompactIdentifier``
only replaces where the feature counts and rows come from), so results are
bit-identical; ``tests/unit/test_langid_model.py`` checks the automaton state by
state against py3langid's rows and the scores against py3langid's classifier.
"""

import lzma
import shutil
import tempfile
from array import array
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from py3langid.langid import MODEL_DIR, MODEL_FILE, RAW_FLOOR, LanguageIdentifier

_CHUNK = 4096  # states or feature rows per vectorised step: bounds the transient memory
DENSE_SHARE = 0.4  # rows with at least this share of non-default entries stay dense


@dataclass(frozen=True, slots=True)
class Automaton:
    """Aho-Corasick walk over bytes, states numbered breadth-first (0 is the root)."""

    labels: bytes  # labels[k]: the byte on the trie edge into state k + 1
    first_edge: array  # type: ignore[type-arg]  # state s's edges: labels[first_edge[s]:first_edge[s + 1]]
    fail: array  # type: ignore[type-arg]  # longest proper suffix of a state that is a state
    output: array  # type: ignore[type-arg]  # feature index a state emits, or -1

    def counts(self, data: bytes) -> Counter[int] | None:
        """Feature → occurrences in ``data`` (py3langid's ``visit_counts``), None if none."""
        labels, first_edge, fail, output = self.labels, self.first_edge, self.fail, self.output
        state = 0
        found: list[int] = []
        append = found.append
        for byte in data:
            while True:
                edge = labels.find(byte, first_edge[state], first_edge[state + 1])
                if edge >= 0:
                    state = edge + 1
                    break
                if not state:
                    break
                state = fail[state]
            feature = output[state]
            if feature >= 0:
                append(feature)
        return Counter(found) if found else None


def compact_automaton(
    rows: np.ndarray[Any, Any], state_row: np.ndarray[Any, Any], output: np.ndarray[Any, Any]
) -> tuple[Automaton, np.ndarray[Any, Any]]:
    """The trie and failure links of py3langid's expanded automaton, and ``order`` (new → old id).

    A transition s → t is a trie edge exactly when t is one level deeper than s, so a
    breadth-first walk that takes the not yet seen targets finds every edge once.
    """
    n = len(state_row)
    depth = np.full(n, -1, dtype=np.int32)
    depth[0] = 0
    parent = np.zeros(n, dtype=np.int64)
    label = np.zeros(n, dtype=np.uint8)
    fail = np.zeros(n, dtype=np.int64)
    levels, frontier, level = [np.zeros(1, dtype=np.int64)], np.zeros(1, dtype=np.int64), 0
    while frontier.size:
        found = []
        for start in range(0, frontier.size, _CHUNK):
            states = frontier[start : start + _CHUNK]
            targets = rows[state_row[states]].astype(np.int64)
            which, byte = np.nonzero(depth[targets] == -1)  # row-major: by parent, then byte
            children = targets[which, byte]
            parent[children], label[children] = states[which], byte
            depth[children] = level + 1
            found.append(children)
        frontier, level = np.concatenate(found), level + 1
        if frontier.size:
            # fail(p + b) = delta(fail(p), b), or the root for children of the root
            via = rows[state_row[fail[parent[frontier]]], label[frontier]]
            fail[frontier] = np.where(parent[frontier] == 0, 0, via)
            levels.append(frontier)
    order = np.concatenate(levels)
    new_id = np.empty(n, dtype=np.int64)
    new_id[order] = np.arange(n)
    edge_parent = new_id[parent[order[1:]]]  # non-decreasing: children follow parents
    first_edge = np.searchsorted(edge_parent, np.arange(n + 1))
    automaton = Automaton(
        labels=label[order[1:]].tobytes(),
        first_edge=array("I", first_edge.astype(np.uint32).tobytes()),
        fail=array("I", new_id[fail[order]].astype(np.uint32).tobytes()),
        output=array("i", np.asarray(output, dtype=np.int32)[order].tobytes()),
    )
    return automaton, order


class SparseRows:
    """A 2-D float16 table as a per-column default plus, by row, the entries that differ.

    Rows where many entries differ (the common features, most of every lookup) stay
    dense: a plain copy is faster to gather, and hardly bigger.
    """

    __slots__ = ("_columns", "_default", "_dense", "_dense_at", "_row_start", "_values")

    def __init__(self, dense: np.ndarray[Any, Any], dense_share: float = DENSE_SHARE) -> None:
        bits = dense.view(np.uint16)
        default_bits = np.array(
            [np.bincount(bits[:, c], minlength=1 << 16).argmax() for c in range(bits.shape[1])],
            dtype=np.uint16,
        )
        columns, values, per_row, dense_rows = [], [], [], []
        for start in range(0, len(bits), _CHUNK):
            differs = bits[start : start + _CHUNK] != default_bits
            keep_dense = differs.sum(axis=1) >= dense_share * bits.shape[1]
            differs[keep_dense] = False
            dense_rows.append(start + np.flatnonzero(keep_dense))
            row, column = np.nonzero(differs)
            columns.append(column.astype(np.uint8 if dense.shape[1] <= 256 else np.uint16))
            values.append(dense[start + row, column])
            per_row.append(differs.sum(axis=1))
        self._default = default_bits.view(np.float16)
        self._columns = np.concatenate(columns)
        self._values = np.concatenate(values)
        counts = np.concatenate([[0], np.cumsum(np.concatenate(per_row))])
        self._row_start = counts.astype(np.uint32)
        kept = np.concatenate(dense_rows)
        self._dense = dense[kept]
        self._dense_at = np.full(len(dense), -1, dtype=np.int32)
        self._dense_at[kept] = np.arange(len(kept))

    def __getitem__(self, rows: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
        """``dense[rows]``: the same values, dtype and layout."""
        table = np.tile(self._default, (len(rows), 1))
        at = self._dense_at[rows]
        stored = at >= 0
        table[stored] = self._dense[at[stored]]
        starts = self._row_start[rows].astype(np.intp)  # dense rows have no entries here
        lengths = self._row_start[rows + 1] - starts
        total = int(lengths.sum())
        if total:
            which = np.repeat(np.arange(len(rows)), lengths)
            # position of each entry: its row's start plus its rank inside the row
            ends = np.cumsum(lengths)
            entries = np.arange(total) - np.repeat(ends - lengths, lengths) + starts[which]
            flat = which * table.shape[1] + self._columns[entries]
            table.ravel()[flat] = self._values[entries]  # faster than 2-D fancy indexing
        return table


class CompactIdentifier(LanguageIdentifier):  # type: ignore[misc]  # py3langid is untyped
    """py3langid's ``LanguageIdentifier`` reading features from ``Automaton`` and ``SparseRows``."""

    __slots__ = ("_automaton",)

    def __init__(self, automaton: Automaton, ptc: SparseRows, pc: Any, classes: list[str]) -> None:
        # The expanded automaton arguments are unused: _raw_score walks ``automaton``.
        super().__init__(ptc, pc, classes, None, None, norm_probs=True, tk_row=())
        self._automaton = automaton

    def probabilities(self, text: str) -> np.ndarray[Any, Any]:
        """Every class's probability for ``text`` (what ``classify`` takes the best of), so
        one run gives both the answer and how likely any other language is."""
        return self._decide(text)  # type: ignore[no-any-return]

    def _raw_score(self, text: bytes) -> Any:
        visits = self._automaton.counts(text)
        if visits:
            return self._sparse_score(visits, self.nb_ptc)
        fill = 0.0 if self._norm_probs else RAW_FLOOR
        return np.full(len(self.nb_classes), fill, dtype=np.float32)


def load_arrays(path: Path = MODEL_DIR / MODEL_FILE) -> dict[str, np.ndarray[Any, Any]]:
    """The arrays of py3langid's model file (npz inside LZMA), as stored."""
    with tempfile.TemporaryFile(suffix=".npz") as tmp:
        with lzma.open(path) as src:
            shutil.copyfileobj(src, tmp, length=1 << 20)
        tmp.seek(0)
        with np.load(tmp, allow_pickle=False) as data:
            return {name: data[name] for name in data.files}


def load_identifier() -> CompactIdentifier:
    """py3langid's model as a ``CompactIdentifier`` (normalised probabilities)."""
    arrays = load_arrays()
    rows = arrays.pop("nextmove").reshape(-1, 256)
    automaton, _ = compact_automaton(rows, arrays.pop("nextmove_row"), arrays.pop("out_feat"))
    del rows  # the expanded automaton (39 MB) goes before the table is rebuilt
    ptc = SparseRows(arrays.pop("ptc"))
    return CompactIdentifier(automaton, ptc, arrays["pc"], arrays["classes"].tolist())
