"""The raw page envelope published by scrapers to ``pages.raw``."""

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, model_validator
from pydantic.config import JsonDict

# What ``_has_content`` checks, for the exported JSON Schema: ``text`` or ``html`` is a
# string with something other than white space in it.
_TEXT_OR_HTML: JsonDict = {
    "anyOf": [
        {"required": [field], "properties": {field: {"type": "string", "pattern": r"\S"}}}
        for field in ("text", "html")
    ]
}


class PageEnvelope(BaseModel):
    """One scraped page. ``text`` is the page's visible text; ``html`` may be sent instead."""

    model_config = ConfigDict(extra="allow", frozen=True, json_schema_extra=_TEXT_OR_HTML)

    url: str | None = Field(default=None, description="Address the page was fetched from")
    fetched_at: AwareDatetime | None = Field(
        default=None, description="When the scraper fetched the page (anchors relative times)"
    )
    source: str | None = Field(default=None, description="Scraper or site name, if known")
    text: str | None = Field(default=None, description="The page's visible text (innerText)")
    html: str | None = Field(default=None, description="The page's HTML, when text is absent")

    @model_validator(mode="after")
    def _has_content(self) -> "PageEnvelope":
        if not (self.text and self.text.strip()) and not (self.html and self.html.strip()):
            raise ValueError("envelope has no text (fields 'text' and 'html' are empty or absent)")
        return self
