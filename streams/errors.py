"""Errors that send a page to the dead-letter topic, labelled with the stage that raised them."""

from schemas.dlq import Stage


class PageError(Exception):
    """A page that cannot be processed; ``stage`` names where it failed."""

    stage: Stage = "process"


class IngestError(PageError):
    """The bytes on ``pages.raw`` are not a page pagewire can read."""

    stage: Stage = "ingest"


class PageTooLarge(IngestError):
    pass


class NotUtf8(IngestError):
    pass


class InvalidEnvelope(IngestError):
    pass


class EmptyPage(IngestError):
    pass


class HtmlTooDeep(IngestError):
    """HTML nested so deep that parsing it would take time quadratic in its size."""


class StageFailed(PageError):
    """An unexpected exception inside a processing stage, wrapped with the stage's name."""

    def __init__(self, stage: Stage, cause: BaseException) -> None:
        super().__init__(f"{type(cause).__name__}: {cause}")
        self.stage = stage
        self.cause = cause

    @property
    def error_class(self) -> str:
        return type(self.cause).__name__
