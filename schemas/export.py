"""Write the JSON Schema of every message shape into ``schemas/json/``.

Run ``python -m schemas.export`` (``make schemas``) after changing a model;
``tests/unit/test_schemas.py`` fails when the committed files are out of date.
"""

import sys
from pathlib import Path

import orjson
from pydantic import BaseModel

from schemas.article import ArticleEvent
from schemas.dlq import DeadLetterHeaders
from schemas.page import PageEnvelope

SCHEMA_DIR = Path(__file__).parent / "json"
MODELS: dict[str, type[BaseModel]] = {
    "page-envelope": PageEnvelope,
    "article-event": ArticleEvent,
    "dead-letter-headers": DeadLetterHeaders,
}


def render(model: type[BaseModel]) -> bytes:
    schema = model.model_json_schema(mode="serialization")
    return orjson.dumps(schema, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n"


def expected_files() -> dict[Path, bytes]:
    return {SCHEMA_DIR / f"{name}.schema.json": render(model) for name, model in MODELS.items()}


def main() -> int:
    SCHEMA_DIR.mkdir(exist_ok=True)
    for path, content in expected_files().items():
        path.write_bytes(content)
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
