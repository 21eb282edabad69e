"""errors: the exception hierarchy and error_from_response against real and malformed bodies."""

from __future__ import annotations

import ast
import importlib
import json
import pickle
from pathlib import Path
from typing import Any

import httpx
import pytest

import tripletex_async
from tripletex_async.errors import (
    APIError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    DuplicateError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RevisionConflictError,
    ServerError,
    SessionCreationError,
    TransportError,
    TripletexError,
    ValidationError,
    ValidationMessage,
    error_class_for,
    error_from_response,
    parse_retry_after,
    raise_for_status,
    redact_path,
    redact_text,
    redact_url,
)

EXPECTED_CLASS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: ValidationError,
    429: RateLimitError,
    500: ServerError,
    502: ServerError,
    503: ServerError,
}


def make_response(
    status: int,
    body: Any = None,
    *,
    text: str | None = None,
    headers: dict[str, str] | None = None,
    method: str = "GET",
    url: str = "https://tripletex.no/v2/customer",
) -> httpx.Response:
    request = httpx.Request(method, url)
    if text is not None:
        return httpx.Response(status, text=text, headers=headers, request=request)
    if body is None:
        return httpx.Response(status, headers=headers, request=request)
    return httpx.Response(status, json=body, headers=headers, request=request)


def envelope(status: int, code: int | None, message: str | None = "Boom", **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "status": status,
        "code": code,
        "message": message,
        "link": "https://tripletex.no/v2-docs/",
        "developerMessage": None,
        "validationMessages": None,
        "requestId": "req-123",
    }
    body.update(extra)
    return body


# --- real bodies from ../shared/real-responses ------------------------------------------------


def test_real_error_bodies(real_error_file: Path) -> None:
    data = json.loads(real_error_file.read_text(encoding="utf-8"))
    body = data["body"]
    status = data["status"]
    query = data.get("query") or {}
    path = data.get("path") or "/v2/unknown"
    url = httpx.URL("https://tripletex.no" + path, params=query)
    response = make_response(status, body, method=data.get("method") or "POST", url=str(url))

    err = error_from_response(response)

    assert type(err) is EXPECTED_CLASS[status]
    assert isinstance(err, APIError)
    assert err.status == status
    assert err.code == body["code"]
    assert err.request_id == body["requestId"]
    assert err.link == body["link"]
    assert err.message == body["message"]
    assert err.url is not None and err.url.startswith("https://tripletex.no/v2/")
    if query:
        assert "?" in err.url  # query kept
    expected_vms = body["validationMessages"] or []
    assert len(err.validation_messages) == len(expected_vms)
    text = str(err)
    assert text
    for vm in expected_vms:
        assert vm["message"] in text
        if vm["field"]:
            assert f"{vm['field']}: {vm['message']}" in text
    if body["message"]:
        assert text.startswith(body["message"])
    else:
        assert str(status) in text  # generic text names the status
    rep = repr(err)
    assert str(status) in rep and str(body["code"]) in rep and body["requestId"] in rep
    clone = pickle.loads(pickle.dumps(err))  # noqa: S301 - our own bytes
    assert type(clone) is type(err)
    assert (clone.status, clone.code, clone.request_id, str(clone)) == (
        err.status,
        err.code,
        err.request_id,
        str(err),
    )


# --- hierarchy -------------------------------------------------------------------------------


#: Parts of the package outside this rule: the CLI turns errors into exit codes and messages; the
#: emulator plays the service's side (its own errors become HTTP answers); the models' runtime
#: (_runtime) raises TypeError/ValueError from ``from_dict``, which the client's one parse guard
#: turns into ResponseParseError.
_OUTSIDE_THE_HIERARCHY = ("tripletex_async/cli", "tripletex_async/emulator", "tripletex_async/_runtime")
_BUILTIN_ERRORS = {"ValueError", "TypeError", "RuntimeError", "LookupError", "Exception"}


def _package_sources() -> list[Path]:
    package = Path(tripletex_async.__file__).parent
    root = package.parent
    return [
        path
        for path in sorted(package.rglob("*.py"))
        if not str(path.relative_to(root).with_suffix("")).startswith(_OUTSIDE_THE_HIERARCHY)
    ]


def test_every_exception_the_package_raises_is_a_tripletex_error() -> None:
    """No bare built-in error is raised, and every exception class defined derives from TripletexError,
    so ``except TripletexError`` catches whatever the client raises."""
    bare: list[str] = []
    classes: list[str] = []
    for path in _package_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
                func = node.exc.func
                if isinstance(func, ast.Name) and func.id in _BUILTIN_ERRORS:
                    bare.append(f"{path.name}:{node.lineno} raise {func.id}")
            if isinstance(node, ast.ClassDef) and node.name.endswith("Error"):
                classes.append(
                    f"{path.relative_to(Path(tripletex_async.__file__).parent.parent)}:{node.name}"
                )
    assert bare == []
    assert len(classes) > 15  # the scan sees the package's error classes
    for where in classes:
        module_path, name = where.rsplit(":", 1)
        module = importlib.import_module(module_path.removesuffix(".py").replace("/", "."))
        cls = getattr(module, name)
        if isinstance(cls, type) and issubclass(cls, BaseException):
            assert issubclass(cls, TripletexError), where


def test_error_classes_live_in_errors() -> None:
    """One error hierarchy: exception classes are defined in the tripletex_async/errors package only."""
    defined_elsewhere = []
    for path in _package_sources():
        if path.parent.name == "errors" and path.parent.parent.name == "tripletex_async":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                isinstance(base, ast.Name) and base.id.endswith(("Error", "Exception")) for base in node.bases
            ):
                defined_elsewhere.append(f"{path.name}:{node.name}")
    assert defined_elsewhere == []


@pytest.mark.parametrize(
    ("status", "code", "cls"),
    [
        (409, 8000, RevisionConflictError),
        (409, 7000, DuplicateError),
        (409, 14000, DuplicateError),
        (409, 10000, ConflictError),
        (409, None, ConflictError),
        (404, 21000, NotFoundError),
        (400, 11000, BadRequestError),
        (422, 23000, ValidationError),
        (418, None, APIError),
        (504, None, ServerError),
        (401, 3000, AuthenticationError),
    ],
)
def test_error_class_for(status: int, code: int | None, cls: type[APIError]) -> None:
    assert error_class_for(status, code) is cls
    err = error_from_response(make_response(status, envelope(status, code)))
    assert type(err) is cls


# --- malformed and partial envelopes ----------------------------------------------------------


def test_message_null_on_500_gives_generic_text() -> None:
    err = error_from_response(make_response(500, envelope(500, 1000, message=None)))
    assert isinstance(err, ServerError)
    assert err.message is None
    assert "HTTP 500" in str(err) and "code 1000" in str(err)


def test_developer_message_used_when_message_missing() -> None:
    body = envelope(422, 18000, message=None, developerMessage="VALIDATION_ERROR")
    assert str(error_from_response(make_response(422, body))) == "VALIDATION_ERROR"


@pytest.mark.parametrize("vms", [None, [], "oops", [None, 3]])
def test_useless_validation_messages(vms: Any) -> None:
    err = error_from_response(make_response(422, envelope(422, 18000, validationMessages=vms)))
    assert err.validation_messages == ()
    assert str(err) == "Boom"


def test_validation_message_with_null_field_and_message() -> None:
    body = envelope(
        422,
        18000,
        message="Validering feilet.",
        validationMessages=[
            {"field": None, "message": "Noe er galt"},
            {"field": "name", "message": None},
            {"field": "orderLines.externalId", "message": "Kan ikke være null.", "path": "orderLines[0].x"},
        ],
    )
    err = error_from_response(make_response(422, body))
    assert err.validation_messages[0] == ValidationMessage(None, "Noe er galt")
    assert err.validation_messages[2].path == "orderLines[0].x"
    assert str(err) == (
        "Validering feilet. (Noe er galt; name: invalid value; orderLines.externalId: Kan ikke være null.)"
    )


def test_missing_fields_and_header_request_id() -> None:
    err = error_from_response(make_response(409, {"code": "8000"}, headers={"x-tlx-request-id": "hdr-1"}))
    assert isinstance(err, RevisionConflictError)
    assert err.code == 8000
    assert err.request_id == "hdr-1"
    assert "409" in str(err) and "revision conflict" in str(err)


def test_body_request_id_wins_over_header() -> None:
    err = error_from_response(make_response(404, envelope(404, 6000), headers={"x-tlx-request-id": "hdr"}))
    assert err.request_id == "req-123"


def test_wrong_types_in_envelope() -> None:
    body = {"status": "x", "code": {"a": 1}, "message": ["no"], "requestId": 5, "validationMessages": {}}
    err = error_from_response(make_response(400, body))
    assert isinstance(err, BadRequestError)
    assert err.code is None and err.message is None and err.request_id == "5"
    assert "HTTP 400" in str(err)


HTML_PAGE = """<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>
<body><h1>Bad Gateway</h1><p>nginx</p></body></html>"""


def test_html_error_page() -> None:
    resp = make_response(
        502, text=HTML_PAGE, headers={"content-type": "text/html", "x-tlx-request-id": "html-req"}
    )
    err = error_from_response(resp)
    assert isinstance(err, ServerError)
    assert err.code is None
    assert err.request_id == "html-req"
    assert "HTML" in str(err) and "502 Bad Gateway" in str(err)
    assert err.raw_body.startswith("<!DOCTYPE html>")


def test_html_page_with_200_like_json_content_type() -> None:
    resp = make_response(503, text="<html><body><h1>Maintenance</h1></body></html>")
    err = error_from_response(resp)
    assert isinstance(err, ServerError) and "Maintenance" in str(err)


@pytest.mark.parametrize("text", ["", "   ", "{not json", "[]", "null", "plain text failure"])
def test_odd_bodies_never_crash(text: str) -> None:
    err = error_from_response(make_response(500, text=text))
    assert isinstance(err, ServerError)
    assert str(err)
    assert err.status == 500


def test_raw_body_truncated() -> None:
    err = error_from_response(make_response(500, text="x" * 50_000))
    assert len(err.raw_body) <= 2000


def test_response_without_request() -> None:
    err = error_from_response(httpx.Response(404, json=envelope(404, 6000)))
    assert isinstance(err, NotFoundError) and err.method is None and err.url is None


def test_unread_stream_does_not_crash() -> None:
    async def gen() -> Any:
        yield b'{"code": 6000}'

    resp = httpx.Response(404, content=gen(), request=httpx.Request("GET", "https://tripletex.no/v2/x"))
    err = error_from_response(resp)
    assert isinstance(err, NotFoundError)
    assert err.code is None  # body not read: not used


def test_rate_limit_error_retry_after() -> None:
    err = error_from_response(make_response(429, None, headers={"X-Rate-Limit-Reset": "17"}))
    assert isinstance(err, RateLimitError)
    assert err.retry_after == 17.0
    assert "17" in str(err)
    err2 = error_from_response(make_response(429, text=""))
    assert isinstance(err2, RateLimitError) and err2.retry_after is None
    assert "rate limit" in str(err2).lower()


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"x-rate-limit-reset": "3"}, 3.0),
        ({"retry-after": "2.5"}, 2.5),
        ({"x-rate-limit-reset": "junk", "retry-after": "4"}, 4.0),
        ({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"}, 0.0),  # an HTTP date in the past: go now
        ({"x-rate-limit-reset": "-1"}, 0.0),  # the period has ended
        ({"x-rate-limit-reset": "nan"}, None),
        ({}, None),
    ],
)
def test_parse_retry_after(headers: dict[str, str], expected: float | None) -> None:
    assert parse_retry_after(httpx.Headers(headers)) == expected


def test_raise_for_status() -> None:
    raise_for_status(make_response(200, {"value": {}}))
    with pytest.raises(ValidationError) as info:
        raise_for_status(make_response(422, envelope(422, 18000)))
    assert info.value.status == 422


def test_url_is_redacted_but_query_kept() -> None:
    url = (
        "https://user:pw@tripletex.no/v2/token/session/:create"
        "?consumerToken=c-secret&employeeToken=e-secret&expirationDate=2024-01-02"
    )
    err = error_from_response(make_response(401, envelope(401, 3000), method="PUT", url=url))
    assert err.url is not None
    assert "c-secret" not in err.url and "e-secret" not in err.url and "pw" not in err.url
    assert "expirationDate=2024-01-02" in err.url
    assert "consumerToken=***" in err.url
    assert err.method == "PUT"


def test_redaction_helpers() -> None:
    assert (
        redact_url("https://tripletex.no/v2/token/session/abc123")
        == "https://tripletex.no/v2/token/session/***"
    )
    assert redact_url("https://tripletex.no/v2/token/session/>whoAmI").endswith("whoAmI")
    assert redact_text("GET https://t.no/v2/token/session/%3EwhoAmI").endswith("%3EwhoAmI")
    assert redact_path(httpx.URL("https://tripletex.no/v2/customer?token=x&id=1")) == "/v2/customer"
    line = 'HTTP Request: PUT https://t.no/v2/token/session/:create?consumerToken=aa&employeeToken=bb "200"'
    red = redact_text(line)
    assert "aa" not in red.split("?")[1] and "=bb" not in red
    assert (
        redact_text("DELETE https://t.no/v2/token/session/sEcReT")
        == "DELETE https://t.no/v2/token/session/***"
    )


def test_session_creation_error_message() -> None:
    base = error_from_response(make_response(401, envelope(401, 3000, message="Unauthorized")))
    err = SessionCreationError.from_api_error(base, "Bad tokens.")
    assert isinstance(err, AuthenticationError)
    assert str(err) == "Bad tokens. Tripletex said: Unauthorized"
    assert err.hint == "Bad tokens."
    clone = pickle.loads(pickle.dumps(err))  # noqa: S301 - our own bytes
    assert str(clone) == str(err) and clone.hint == "Bad tokens."


def test_transport_error_repr_and_pickle() -> None:
    err = TransportError("GET x failed", method="GET", url="https://x/v2/a", attempts=3)
    assert "attempts=3" in repr(err)
    clone = pickle.loads(pickle.dumps(err))  # noqa: S301 - our own bytes
    assert clone.attempts == 3 and str(clone) == "GET x failed"
