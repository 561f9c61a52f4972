"""The readers of the word lists in ``streams/data/`` shared by modules that import no one
another (``timestamps`` under ``boilerplate``): one loader, read once per process."""

from functools import cache
from importlib import resources


@cache
def line_sections(name: str) -> dict[str, tuple[str, ...]]:
    """A data file's lines by ``[section]`` (lines before any heading under ""), without
    comments; read once per process."""
    text = resources.files("streams").joinpath(f"data/{name}").read_text("utf-8")
    sections: dict[str, list[str]] = {"": []}
    section = ""
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            sections.setdefault(section, [])
        elif line:
            sections[section].append(line)
    return {heading: tuple(lines) for heading, lines in sections.items()}
