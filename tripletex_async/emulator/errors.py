"""The error envelope of the real service, raised from handlers as ApiError."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

DOC_LINK = "https://tripletex.no/v2-docs/"


@dataclass
class ValidationMessage:
    field: str | None
    message: str
    path: str | None = None
    root_id: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {"field": self.field, "message": self.message, "path": self.path, "rootId": self.root_id}


@dataclass
class ApiError(Exception):
    status: int
    code: int
    message: str | None
    developer_message: str | None = None
    validation: list[ValidationMessage] | None = None
    headers: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        super().__init__(f"{self.status}/{self.code}: {self.message}")

    def envelope(self, request_id: str, *, realistic_nulls: bool) -> dict[str, Any]:
        message = self.message
        validation: list[dict[str, Any]] | None
        if self.validation is not None:
            validation = [v.to_json() for v in self.validation]
        else:
            validation = None if realistic_nulls else []
        if message is None and not realistic_nulls:
            message = _DEFAULT_MESSAGES.get(self.status, "Error")
        return {
            "status": self.status,
            "code": self.code,
            "message": message,
            "link": DOC_LINK,
            "developerMessage": self.developer_message,
            "validationMessages": validation,
            "requestId": request_id,
        }


_DEFAULT_MESSAGES = {
    400: "Bad request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not found",
    409: "Conflict",
    422: "Validation failed.",
    429: "Too many requests",
    500: "Internal error",
}


def not_found(kind: str, ident: object) -> ApiError:
    return ApiError(404, 6000, f"Object not found: {kind} with id {ident}")


def route_not_found() -> ApiError:
    return ApiError(404, 21000, "HTTP 404 Not Found")


def validation(*messages: tuple[str | None, str], code: int = 18000) -> ApiError:
    return ApiError(
        422,
        code,
        "Validation failed.",
        "VALIDATION_ERROR",
        [ValidationMessage(f, m, path=f) for f, m in messages],
    )


def param_error(name: str, message: str) -> ApiError:
    return ApiError(
        422,
        18000,
        "Validation failed.",
        None,
        [ValidationMessage(f"arg:{name}", message, path=f"arg:{name}")],
    )


def revision_conflict(kind: str, ident: int, sent: object, current: int) -> ApiError:
    return ApiError(
        409,
        8000,
        f"RevisionException: {kind} {ident} has been changed by someone else "
        f"(version sent: {sent}, current version: {current}).",
        "This object has been changed since you fetched it. Fetch it again and retry.",
    )
