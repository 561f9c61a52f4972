"""The article event published to ``articles.enriched``: the contract for consumers."""

from datetime import UTC, datetime
from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, field_serializer

Role = Literal["lead", "related"]
ActorKind = Literal["person", "organization"]


class Caption(BaseModel):
    """A photo caption taken out of an article body."""

    model_config = ConfigDict(frozen=True)

    text: str
    credit: str | None = Field(description="Who the photo is credited to, e.g. 'AFP'")


class CountryTag(BaseModel):
    """A country the article mentions."""

    model_config = ConfigDict(frozen=True)

    code: str = Field(pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2")
    name: str = Field(description="English short name")
    mentions: int = Field(ge=1)
    primary: bool = Field(description="Whether the article is mainly about this country")


class ActorTag(BaseModel):
    """A person or organisation the article mentions."""

    model_config = ConfigDict(frozen=True)

    name: str
    kind: ActorKind
    role: str | None = Field(default=None, description="Title or function, e.g. 'General'")
    country: str | None = Field(
        default=None, pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2 the actor belongs to"
    )
    sector: str | None = Field(
        default=None,
        description="Kind of actor, CAMEO-like: government, military, party, business, "
        "education, media, ngo, religion, sport, health; null when the text does not say",
    )
    mentions: int = Field(default=1, ge=1)
    aliases: list[str] = Field(default_factory=list, description="Other forms seen, e.g. 'HKU'")


class ArticleEvent(BaseModel):
    """One article found on a page, cleaned and tagged."""

    # Every field is always present on the wire, so the exported schema says so.
    model_config = ConfigDict(frozen=True, json_schema_serialization_defaults_required=True)

    article_id: str = Field(description="Deterministic: same source and text give the same id")
    page_id: str = Field(description="Deterministic id of the page the article came from")
    url: str | None = Field(default=None, description="Address of the page")
    position: int = Field(ge=0, description="0-based order of the article on its page")
    role: Role
    source: str | None = Field(description="Publisher name as printed on the page")
    title: str
    body: str = Field(description="Cleaned text, paragraphs separated by a blank line")
    captions: list[Caption]
    relative_time: str | None = Field(
        default=None, description="The time stamp as printed, e.g. '4 hours ago'"
    )
    published_at: AwareDatetime | None = Field(description="ISO 8601 UTC")
    language: str = Field(description="ISO 639-1")
    countries: list[CountryTag]
    actors: list[ActorTag]

    @field_serializer("published_at")
    def _utc(self, value: datetime | None) -> str | None:
        return None if value is None else value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
