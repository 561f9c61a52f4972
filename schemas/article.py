"""The article event published to ``articles.enriched``: the contract for consumers."""

from datetime import UTC, datetime
from typing import Annotated, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, field_serializer

Role = Literal["lead", "related"]
ActorKind = Literal["person", "organization"]
# How ``published_at`` is written: ISO 8601 in UTC, to the second (the exported schema
# takes its format from this type, the serializer's return type).
UtcTimestamp = Annotated[
    str,
    Field(
        pattern=r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", json_schema_extra={"format": "date-time"}
    ),
]


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
    language: str = Field(
        pattern=r"^[a-z]{2,3}$",
        description="ISO 639-1; ISO 639-3 for a language without a 639-1 code (e.g. 'yue'); "
        "'und' (undetermined) when the text gives nothing to decide on",
    )
    countries: list[CountryTag]
    actors: list[ActorTag]

    @field_serializer("published_at")
    def _utc(self, value: datetime | None) -> UtcTimestamp | None:
        return None if value is None else value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
