"""Build frozen pydantic models from values already known to be valid, fast.

The tagger makes many small tags per article; ``model_construct`` spends most of its
time on defaults and alias handling these values do not need. ``build`` sets the
instance state directly, as ``model_construct`` would for a complete set of fields.
``tests/unit/test_enrich.py`` checks that the result equals a validated model.
"""

from typing import Any, TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)


def build(cls: type[M], values: dict[str, Any]) -> M:
    """An instance of ``cls`` holding ``values`` (every field, no validation)."""
    obj = cls.__new__(cls)
    object.__setattr__(obj, "__dict__", values)
    object.__setattr__(obj, "__pydantic_fields_set__", set(values))
    object.__setattr__(obj, "__pydantic_extra__", None)
    object.__setattr__(obj, "__pydantic_private__", None)
    return obj
