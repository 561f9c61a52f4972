"""The bench report: rows of measurements, a printed table and one compact summary line."""

import math
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field


@dataclass(slots=True)
class Row:
    """One measurement. ``value`` is None when it could not be measured (``detail`` says why)."""

    key: str
    label: str
    value: float | None
    unit: str
    detail: str = ""
    target: str = ""
    met: bool | None = None


@dataclass(slots=True)
class Report:
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    def add(self, row: Row) -> Row:
        self.rows.append(row)
        return row

    def extend(self, rows: Sequence[Row]) -> None:
        self.rows.extend(rows)

    def get(self, key: str) -> Row | None:
        return next((row for row in self.rows if row.key == key), None)

    def value(self, key: str) -> float | None:
        row = self.get(key)
        return None if row is None else row.value

    def as_dict(self) -> dict[str, object]:
        return {
            "rows": [asdict(row) for row in self.rows],
            "notes": list(self.notes),
            "failures": list(self.failures),
            "summary": self.summary(),
        }

    def table(self) -> str:
        header = ("measurement", "result", "unit", "target", "", "detail")
        body = [
            (
                row.label,
                format_number(row.value),
                row.unit,
                row.target,
                {True: "ok", False: "MISS", None: ""}[row.met],
                row.detail,
            )
            for row in self.rows
        ]
        widths = [max(len(line[i]) for line in (header, *body)) for i in range(len(header) - 1)]

        def fmt(line: tuple[str, ...]) -> str:
            cells = [
                line[i].rjust(widths[i]) if i == 1 else line[i].ljust(widths[i])
                for i in range(len(widths))
            ]
            return ("  ".join(cells) + "  " + line[-1]).rstrip()

        rule = "-" * (sum(widths) + 2 * len(widths) + 6)
        lines = [fmt(header), rule, *(fmt(line) for line in body)]
        lines.extend(f"note: {note}" for note in self.notes)
        lines.extend(f"FAILED: {failure}" for failure in self.failures)
        return "\n".join(lines)

    def summary(self) -> str:
        """One line: the headline numbers and how many targets were met."""
        parts: list[str] = []

        def part(key: str, text: Callable[[float], str]) -> None:
            value = self.value(key)
            if value is not None:
                parts.append(text(value))

        part("stages.sample", lambda v: f"stages {v:,.0f} pages/s")
        part("stages.corpus", lambda v: f"corpus {v:,.0f} pages/s")
        part("tagger.words", lambda v: f"tagger {v / 1e3:,.0f}k words/s")
        part("e2e.pages", lambda v: f"e2e {v:,.0f} pages/s")
        part("e2e.pages.cpu", lambda v: f"{v:,.0f} per CPU-s")
        part("e2e.ratio", lambda v: f"{v:.2f}x passthrough")
        part("passthrough.pages", lambda v: f"(passthrough {v:,.0f} pages/s)")
        part("e2e.paced.p99", lambda v: f"p99 {v:,.1f} ms at half rate")
        part("worker.rss", lambda v: f"rss {v:,.0f} MB")
        part("scale.ratio", lambda v: f"2 workers {v:.2f}x")
        judged = [row for row in self.rows if row.met is not None]
        met = sum(1 for row in judged if row.met)
        parts.append(f"targets {met}/{len(judged)} met")
        if self.failures:
            parts.append(f"{len(self.failures)} FAILED")
        return "bench: " + "; ".join(parts)


def format_number(value: float | None) -> str:
    if value is None:
        return "n/a"
    if math.isnan(value) or math.isinf(value):
        return str(value)
    magnitude = abs(value)
    if magnitude >= 100:
        return f"{value:,.0f}"
    if magnitude >= 10:
        return f"{value:,.1f}"
    return f"{value:,.2f}"


def at_least(value: float | None, target: float) -> bool | None:
    return None if value is None else value >= target


def at_most(value: float | None, target: float) -> bool | None:
    return None if value is None else value <= target
