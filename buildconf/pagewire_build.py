"""In-tree PEP 517 backend: setuptools, plus mypyc when ``PAGEWIRE_COMPILE=1``.

The default build (``pip install -e '.[dev]'``, ``pip install .``) is plain
setuptools with the ``[build-system] requires`` of pyproject.toml, nothing more.

With ``PAGEWIRE_COMPILE=1`` a wheel build (``pip wheel .``, ``pip install .``)
also asks pip to put into its isolated build environment everything mypyc needs
to see the same types as ``make lint``: mypy and the ``types-*`` stubs pinned in
the ``dev`` extra, and the pinned runtime dependencies (pydantic's mypy plugin
is configured in ``[tool.mypy]``). Every version comes from pyproject.toml, so
there is one place to pin. ``setup.py`` then compiles the stage modules.

Editable builds are never compiled: compiled ``.so`` files next to the sources
would silently shadow later edits of the ``.py`` files.
"""

from __future__ import annotations

import os
import sys
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from setuptools import build_meta as _setuptools
from setuptools.build_meta import (  # noqa: F401  (re-exported hooks)
    build_sdist,
    build_wheel,
    get_requires_for_build_sdist,
)

COMPILE_VARIABLE = "PAGEWIRE_COMPILE"
_STUB_PREFIXES = ("mypy==", "types-")

ConfigSettings = dict[str, Any] | None


def compiling() -> bool:
    return os.environ.get(COMPILE_VARIABLE, "") not in ("", "0")


def compile_requirements() -> list[str]:
    """mypy + stubs (pinned in the dev extra) + the pinned runtime dependencies."""
    project = tomllib.loads(Path("pyproject.toml").read_text("utf-8"))["project"]
    dev = project["optional-dependencies"]["dev"]
    tools = [req for req in dev if req.startswith(_STUB_PREFIXES)]
    if not any(req.startswith("mypy==") for req in tools):
        raise RuntimeError("pyproject.toml: the dev extra must pin mypy (mypy==X.Y.Z)")
    return [*tools, *project["dependencies"]]


@contextmanager
def _not_compiling() -> Iterator[None]:
    """For hooks that run setup.py without building (mypy may not be there yet)."""
    saved = os.environ.get(COMPILE_VARIABLE)
    os.environ[COMPILE_VARIABLE] = "0"
    try:
        yield
    finally:
        if saved is None:
            del os.environ[COMPILE_VARIABLE]
        else:
            os.environ[COMPILE_VARIABLE] = saved


def get_requires_for_build_wheel(config_settings: ConfigSettings = None) -> list[str]:
    extra = compile_requirements() if compiling() else []
    with _not_compiling():
        requires: list[str] = _setuptools.get_requires_for_build_wheel(config_settings)
    return [*requires, *extra]


def prepare_metadata_for_build_wheel(
    metadata_directory: str, config_settings: ConfigSettings = None
) -> str:
    # The metadata does not depend on compiling; the wheel's tags come from build_wheel.
    with _not_compiling():
        name: str = _setuptools.prepare_metadata_for_build_wheel(
            metadata_directory, config_settings
        )
    return name


def _pure(action: str) -> None:
    if compiling():
        print(
            f"pagewire: {COMPILE_VARIABLE} ignored for an editable {action} "
            "(compiled modules would shadow the sources); building pure Python",
            file=sys.stderr,
        )
        os.environ[COMPILE_VARIABLE] = "0"


# pip runs each hook in a fresh process: every editable hook drops the variable.


def get_requires_for_build_editable(config_settings: ConfigSettings = None) -> list[str]:
    _pure("install")
    requires: list[str] = _setuptools.get_requires_for_build_editable(config_settings)
    return requires


def prepare_metadata_for_build_editable(
    metadata_directory: str, config_settings: ConfigSettings = None
) -> str:
    _pure("install")
    name: str = _setuptools.prepare_metadata_for_build_editable(metadata_directory, config_settings)
    return name


def build_editable(
    wheel_directory: str,
    config_settings: ConfigSettings = None,
    metadata_directory: str | None = None,
) -> str:
    _pure("install")
    name: str = _setuptools.build_editable(wheel_directory, config_settings, metadata_directory)
    return name
