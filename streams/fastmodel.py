"""Build frozen pydantic models from values already known to be valid, fast.

The tagger makes many small tags per article; ``model_construct`` spends most of its
time on defaults and alias handling these values do not need. ``build`` sets the
instance state directly, as ``model_construct`` would for a complete set of fields.
``tests/unit/test_enrich.py`` checks that the result equals a validated model.
"""

from typing import Any, TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)


# ``BaseModel``'s own slots, set through their descriptors (``object.__setattr__``
# looks each one up by name first).
_set_dict = object.__setattr__
_set_fields_set = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__


def build(cls: type[M], values: dict[str, Any]) -> M:
    """An instance of ``cls`` holding ``values`` (every field, no validation)."""
    obj = cls.__new__(cls)
    _set_dict(obj, "__dict__", values)
    _set_fields_set(obj, set(values))
    _set_extra(obj, None)
    _set_private(obj, None)
    return obj
