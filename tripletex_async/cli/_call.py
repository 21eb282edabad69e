"""``tripletex call`` (any operation through the typed facade) and ``tripletex get`` (a raw GET)."""

from __future__ import annotations

import inspect
import json
import re
from pathlib import Path
from typing import Annotated, Any

import typer

from ..errors import NotFoundError, PermissionDeniedError
from ._app import TimeoutOption, VerboseOption, options
from ._connect import open_client
from ._failures import CommandError, run
from ._output import print_json

__all__ = ["call", "get", "not_a_client_line", "not_clients"]

_CAMEL_RE = re.compile(r"(?<=[a-z0-9])([A-Z])")

CompanyOption = Annotated[int | None, typer.Option("--company", "-c", help="Act on this client company.")]


def _snake(name: str) -> str:
    return _CAMEL_RE.sub(r"_\1", name).lower()


def pairs(items: list[str] | None) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in items or []:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise CommandError(f"error: expected key=value, got {item!r}")
        out[key.strip()] = value
    return out


def _resolve_operation(tx: Any, dotted: str) -> tuple[Any, Any]:
    """``group.name`` -> (bound facade method, its Operation or None)."""
    group, sep, name = dotted.rpartition(".")
    if not sep:
        raise CommandError(f"error: operation must be group.name (e.g. customer.search), got {dotted!r}")
    group, name = _snake(group.replace("/", "_")), _snake(name)
    ops = getattr(tx, group, None) if not group.startswith("_") else None
    method = getattr(ops, name, None) if ops is not None and not name.startswith("_") else None
    if ops is None or method is None or not callable(method):
        from tripletex_async_api.operations import OPERATIONS

        near = sorted({f"{op.group}.{op.name}" for op in OPERATIONS if op.group == group or op.name == name})[
            :12
        ]
        hint = f"; did you mean one of: {', '.join(near)}" if near else ""
        raise CommandError(f"error: unknown operation {dotted!r}{hint}")
    return method, type(ops).OPERATIONS.get(name.removesuffix("_with_response"))


def model_class(annotation: str) -> Any:
    from tripletex_async_api import models  # its lazy __getattr__ knows every model's module

    return getattr(models, annotation.strip())


def _json_argument(key: str, raw: str) -> Any:
    """A JSON value given inline or as ``@file.json``; failures name the parameter (and the file)."""
    if raw.startswith("@"):
        path = Path(raw[1:])
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise CommandError(f"error: {key}: cannot read {path} ({exc.strerror or exc})") from None
        where = f"{path} (given as {key}=@{path})"
    else:
        text, where = raw, f"the {key} value"
    try:
        return json.loads(text)
    except ValueError as exc:
        raise CommandError(f"error: {where} is not valid JSON: {exc}") from None


_SIMPLE = {"int": (int, "an integer"), "float": (float, "a number")}


def _coerce(key: str, annotation: Any, raw: str) -> Any:
    """Coerce a command-line string by the facade annotation; errors name the parameter."""
    text = str(annotation).replace("Unset", "").replace("None", "")
    parts = {p.strip() for p in text.split("|") if p.strip()}
    (only,) = parts if len(parts) == 1 else (None,)
    if only == "bool":
        lowered = raw.strip().lower()
        if lowered not in {"true", "false", "1", "0", "yes", "no"}:
            raise CommandError(f"error: {key}: expected true or false, got {raw!r}")
        return lowered in {"true", "1", "yes"}
    if only in _SIMPLE or only in {"list[int]"}:
        kind, words = _SIMPLE["int" if only == "list[int]" else only]
        items = [p for p in raw.split(",") if p.strip()] if only == "list[int]" else [raw]
        try:
            values = [kind(p) for p in items]
        except ValueError:
            raise CommandError(f"error: {key}: expected {words}, got {raw!r}") from None
        return values if only == "list[int]" else values[0]
    if only == "list[str]":
        return [p for p in raw.split(",") if p]
    if parts <= {"str", "Any", ""} or only is None:
        return raw
    data = _json_argument(key, raw)
    match = re.fullmatch(r"list\[(\w+)\]", only)
    name = match.group(1) if match else only if re.fullmatch(r"\w+", only) else None
    if name is None:
        return raw
    cls = model_class(name)
    if not hasattr(cls, "from_dict"):
        return cls(raw)
    try:
        return [cls.from_dict(d) for d in data] if match else cls.from_dict(data)
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise CommandError(f"error: {key}: not a {only} ({type(exc).__name__}: {exc})") from None


def call_kwargs(method: Any, info: Any, params: dict[str, str]) -> dict[str, Any]:
    signature = inspect.signature(method)
    wire = {}
    if info is not None:
        wire = {p.name: p.python_name for p in info.parameters}
    out: dict[str, Any] = {}
    for key, raw in params.items():
        name = wire.get(key) or (key if key in signature.parameters else _snake(key))
        if name == "from":
            name = "from_"
        if name not in signature.parameters:
            known = ", ".join(signature.parameters)
            raise CommandError(f"error: {key!r} is not a parameter of this operation; parameters: {known}")
        out[name] = _coerce(key, signature.parameters[name].annotation, raw)
    missing = [
        n
        for n, p in signature.parameters.items()
        if p.default is inspect.Parameter.empty and n not in out and n != "self"
    ]
    if missing:
        raise CommandError(f"error: missing required parameter(s): {', '.join(missing)}")
    return out


async def not_clients(tx: Any, companies: list[int]) -> tuple[list[int], int]:
    """Which of ``companies`` are not among the login's client companies, and how many there are
    (nothing when the list cannot be had: only a better message is at stake)."""
    from ..sync import list_companies

    try:
        ids = await list_companies(tx)
    except Exception:
        return [], 0
    return [c for c in companies if c not in ids], len(ids)


def not_a_client_line(company: int, clients: int) -> str:
    return (
        f"company {company} is not among your client companies ({clients} with login access: "
        "`tripletex companies` lists them)"
    )


async def _explain_denied(tx: Any, company: int | None, err: PermissionDeniedError) -> None:
    """A 403 acting on a company that is not among the login's client companies says so."""
    if company is None:
        return
    missing, clients = await not_clients(tx, [company])
    if missing:
        raise CommandError(
            f"error: {not_a_client_line(company, clients)} (HTTP {err.status}, request id {err.request_id})",
            code=1,
        ) from err


def _path_in_api(url: str) -> bool:
    from tripletex_async_api.operations import OPERATIONS

    def pattern(path: str) -> re.Pattern[str]:
        return re.compile(re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(path)) + "/?")

    return any(pattern(op.path).fullmatch(url) for op in OPERATIONS)


def call(
    ctx: typer.Context,
    operation: Annotated[str, typer.Argument(help="group.name, e.g. customer.search or ledger_voucher.get.")],
    params: Annotated[
        list[str] | None,
        typer.Argument(
            help="key=value (wire or Python names; body=JSON or body=@file.json).", show_default=False
        ),
    ] = None,
    company: CompanyOption = None,
    timeout: TimeoutOption = None,
    verbose: VerboseOption = 0,
) -> None:
    """Call any operation through the typed facade and print the answer as JSON."""
    opts = options(ctx, timeout, verbose)

    async def go() -> Any:
        async with open_client(opts) as tx:
            target = tx.as_company(company) if company is not None else tx
            method, info = _resolve_operation(target, operation)
            kwargs = call_kwargs(method, info, pairs(params))
            try:
                return await method(**kwargs)
            except PermissionDeniedError as err:
                await _explain_denied(tx, company, err)
                raise

    print_json(run(opts, go))


def get(
    ctx: typer.Context,
    path: Annotated[str, typer.Argument(help="Path below /v2, e.g. /customer or /invoice/123.")],
    params: Annotated[
        list[str] | None, typer.Argument(help="Query parameters as key=value.", show_default=False)
    ] = None,
    fields: Annotated[str | None, typer.Option("--fields", "-f", help="fields expression.")] = None,
    company: CompanyOption = None,
    all_pages: Annotated[
        bool, typer.Option("--all", help="Follow pagination and print every value as one list.")
    ] = False,
    timeout: TimeoutOption = None,
    verbose: VerboseOption = 0,
) -> None:
    """Raw GET (with the session's auth) and print the JSON answer."""
    opts = options(ctx, timeout, verbose)
    url = "/" + path.strip().lstrip("/")
    if url.startswith("/v2/"):
        url = url[3:]

    async def go() -> Any:
        query = pairs(params)
        if fields:
            query["fields"] = fields
        async with open_client(opts) as tx:
            target = tx.as_company(company) if company is not None else tx
            try:
                if all_pages:
                    method, info = _list_operation(target, url)
                    values = await target.paginate(
                        method, raw=True, **call_kwargs(method, info, query)
                    ).collect()
                    return {"fullResultSize": len(values), "values": values}
                response = await target.executor.send({"method": "GET", "url": url, "params": query})
                return response.json() if response.content else None
            except NotFoundError as err:
                if not _path_in_api(url):
                    raise CommandError(
                        f"error: {url} is not a path of the Tripletex API (no operation has it; "
                        f"`tripletex call --help` and the API docs list them) (HTTP 404)",
                        code=1,
                    ) from err
                raise
            except PermissionDeniedError as err:
                await _explain_denied(tx, company, err)
                raise

    print_json(run(opts, go))


def _list_operation(target: Any, url: str) -> tuple[Any, Any]:
    """The paginated GET operation of a path (``/customer`` -> customer.search), for ``get --all``."""
    from tripletex_async_api.operations import OPERATIONS

    info = next((op for op in OPERATIONS if op.method == "GET" and op.path == url and op.paginated), None)
    if info is None:
        raise CommandError(f"error: --all needs a list path (an operation with from/count); {url} is not one")
    return getattr(getattr(target, info.group), info.name), info
