"""``tripletex``: the command line of tripletex-async (typer; ``pip install tripletex-async[cli]``).

    tripletex whoami
    tripletex companies
    tripletex call customer.search customerName=Acme count=5
    tripletex get /ledger/voucher dateFrom=2025-01-01 dateTo=2026-01-01 --all --fields id,date
    tripletex sync --store sqlite --out tripletex.sqlite
    tripletex sync --emulator                    # against an embedded, in-process emulator
    tripletex sync --emulator --faults           # ... with 5xx, drops, 429 bursts, expiry and churn

Settings come from ``TRIPLETEX_*`` variables (tokens, ``TRIPLETEX_ENV``, ``TRIPLETEX_BASE_URL``) or
the global options. ``TRIPLETEX_CLI_EMULATOR`` (``1``, ``small``, ``demo`` or a JSON/TOML emulator
config file) makes every command talk to an in-process emulator instead (tests, offline trials).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Annotated, Any, TypeVar

import anyio
import typer

from .errors import APIError, ConfigurationError, TripletexError

__all__ = ["app", "main"]

T = TypeVar("T")

app = typer.Typer(
    name="tripletex",
    help="Tripletex API v2 from the command line: typed calls, raw GETs, company sync, the emulator.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@dataclass
class Options:
    base_url: str | None = None
    environment: str | None = None
    emulator: str | None = None  # in-process emulator spec (hidden option / TRIPLETEX_CLI_EMULATOR)


def _options(ctx: typer.Context) -> Options:
    obj = ctx.find_root().obj
    return obj if isinstance(obj, Options) else Options()


@app.callback()
def _root(
    ctx: typer.Context,
    base_url: Annotated[
        str | None,
        typer.Option(
            "--base-url", envvar="TRIPLETEX_BASE_URL", help="API base URL, e.g. an emulator's .../v2."
        ),
    ] = None,
    environment: Annotated[
        str | None,
        typer.Option("--env", envvar="TRIPLETEX_ENV", help="production (default) or test."),
    ] = None,
    emulator: Annotated[
        str | None,
        typer.Option("--in-process-emulator", envvar="TRIPLETEX_CLI_EMULATOR", hidden=True),
    ] = None,
) -> None:
    """Tripletex API v2 from the command line (tokens from TRIPLETEX_CONSUMER_TOKEN / TRIPLETEX_EMPLOYEE_TOKEN)."""
    ctx.obj = Options(base_url=base_url, environment=environment, emulator=emulator or None)


# ---------------------------------------------------------------- plumbing


def _emulator_config(spec: str) -> Any:
    from .emulator import EmulatorConfig, SizeConfig

    if spec in {"1", "true", "yes", "default"}:
        return EmulatorConfig()
    if spec == "small":
        return EmulatorConfig(
            client_companies=2,
            sizes=SizeConfig(customers=25, invoices=6, vouchers=8, orders=8, products=5, employees=3),
        )
    if spec == "demo":
        from .demo import DEMO_CONFIG

        return DEMO_CONFIG
    return EmulatorConfig.from_file(spec)


@asynccontextmanager
async def _client(opts: Options, emulator: str | None = None, *, faults: Any = None) -> AsyncIterator[Any]:
    """A TripletexClient for the options; against an in-process emulator when one is asked for
    (with ``faults``, an emulator FaultConfig, injected: see ``demo.with_faults``)."""
    from .client import TripletexClient

    spec = emulator or opts.emulator
    if spec:
        from .emulator import create_app
        from .emulator.connect import emulator_client

        config = _emulator_config(spec)
        if faults is not None:
            from .demo import with_faults

            config = with_faults(config, faults)
        emu_app = create_app(config)
        async with emulator_client(emu_app) as tx:
            yield tx
        return
    async with TripletexClient(base_url=opts.base_url, environment=opts.environment) as tx:
        yield tx


def _fail(error: BaseException) -> typer.Exit:
    if isinstance(error, APIError):
        typer.echo(f"error: {error.message or error}", err=True)
        typer.echo(f"  status: {error.status}", err=True)
        typer.echo(f"  code: {error.code}", err=True)
        typer.echo(f"  developer message: {error.developer_message}", err=True)
        for vm in error.validation_messages:
            typer.echo(f"  validation: {vm}", err=True)
        typer.echo(f"  request id: {error.request_id}", err=True)
        return typer.Exit(1)
    typer.echo(f"error: {error}", err=True)
    return typer.Exit(2 if isinstance(error, ConfigurationError | ValueError) else 1)


def _run(fn: Callable[[], Awaitable[T]]) -> T:
    """Run a coroutine function; Tripletex and usage errors become a message on stderr and an exit code."""
    try:
        return anyio.run(fn)
    except (TripletexError, ValueError) as exc:
        raise _fail(exc) from None


def _jsonable(value: Any) -> Any:
    if value is None or isinstance(value, str | int | float | bool):
        return value
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return str(value)


def _print_json(value: Any) -> None:
    typer.echo(json.dumps(_jsonable(value), indent=2, ensure_ascii=False, default=str))


def _pairs(items: list[str] | None) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in items or []:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise typer.BadParameter(f"expected key=value, got {item!r}")
        out[key.strip()] = value
    return out


# ---------------------------------------------------------------- call


_CAMEL_RE = re.compile(r"(?<=[a-z0-9])([A-Z])")


def _snake(name: str) -> str:
    return _CAMEL_RE.sub(r"_\1", name).lower()


def _resolve_operation(tx: Any, dotted: str) -> tuple[Any, Any]:
    """``group.name`` -> (bound facade method, OperationInfo or None)."""
    from tripletex_async_api.operations import OPERATIONS

    from .bound_operation import operation_index

    group, sep, name = dotted.rpartition(".")
    if not sep:
        raise ValueError(f"operation must be group.name (e.g. customer.search), got {dotted!r}")
    group, name = _snake(group.replace("/", "_")), _snake(name)
    info = operation_index().get((group, name))
    ops = getattr(tx, group, None) if not group.startswith("_") else None
    method = getattr(ops, name, None) if ops is not None and not name.startswith("_") else None
    if method is None or not callable(method):
        near = sorted({f"{op.tag}.{op.name}" for op in OPERATIONS if op.tag == group or op.name == name})[:12]
        hint = f"; did you mean one of: {', '.join(near)}" if near else ""
        raise ValueError(f"unknown operation {dotted!r}{hint}")
    return method, info


def _model_class(annotation: str) -> Any:
    from tripletex_async_api import models  # its lazy __getattr__ knows every model's module

    return getattr(models, annotation.strip())


def _coerce(annotation: Any, raw: str) -> Any:
    """Coerce a command-line string by the facade annotation (a string; simple types only)."""
    text = str(annotation).replace("Unset", "").replace("None", "")
    parts = {p.strip() for p in text.split("|") if p.strip()}
    if parts == {"bool"}:
        lowered = raw.strip().lower()
        if lowered not in {"true", "false", "1", "0", "yes", "no"}:
            raise ValueError(f"expected a boolean, got {raw!r}")
        return lowered in {"true", "1", "yes"}
    if parts == {"int"}:
        return int(raw)
    if parts == {"float"}:
        return float(raw)
    if parts == {"list[int]"}:
        return [int(p) for p in raw.split(",") if p.strip()]
    if parts == {"list[str]"}:
        return [p for p in raw.split(",") if p]
    if parts <= {"str", "Any", ""}:
        return raw
    (only,) = parts if len(parts) == 1 else (None,)
    if only is not None:
        data = json.loads(Path(raw[1:]).read_text() if raw.startswith("@") else raw)
        match = re.fullmatch(r"list\[(\w+)\]", only)
        if match:
            cls = _model_class(match.group(1))
            return [cls.from_dict(d) for d in data]
        if re.fullmatch(r"\w+", only):
            cls = _model_class(only)
            return cls.from_dict(data) if hasattr(cls, "from_dict") else cls(raw)
    return raw


def _call_kwargs(method: Any, info: Any, params: dict[str, str]) -> dict[str, Any]:
    import inspect

    signature = inspect.signature(method)
    wire = {}
    if info is not None:
        wire = {p.name: p.python_name for p in (*info.path_params, *info.query_params)}
    out: dict[str, Any] = {}
    for key, raw in params.items():
        name = wire.get(key) or (key if key in signature.parameters else _snake(key))
        if name == "from":
            name = "from_"
        if name not in signature.parameters:
            known = ", ".join(signature.parameters)
            raise ValueError(f"{key!r} is not a parameter of this operation; parameters: {known}")
        out[name] = _coerce(signature.parameters[name].annotation, raw)
    missing = [
        n
        for n, p in signature.parameters.items()
        if p.default is inspect.Parameter.empty and n not in out and n != "self"
    ]
    if missing:
        raise ValueError(f"missing required parameter(s): {', '.join(missing)}")
    return out


@app.command()
def call(
    ctx: typer.Context,
    operation: Annotated[str, typer.Argument(help="group.name, e.g. customer.search or ledger_voucher.get.")],
    params: Annotated[
        list[str] | None,
        typer.Argument(
            help="key=value (wire or Python names; body=JSON or body=@file.json).", show_default=False
        ),
    ] = None,
    company: Annotated[
        int | None, typer.Option("--company", "-c", help="Act on this client company.")
    ] = None,
) -> None:
    """Call any operation through the typed facade and print the answer as JSON."""
    opts = _options(ctx)
    pairs = _pairs(params)

    async def run() -> Any:
        async with _client(opts) as tx:
            target = tx.as_company(company) if company is not None else tx
            method, info = _resolve_operation(target, operation)
            return await method(**_call_kwargs(method, info, pairs))

    _print_json(_run(run))


# ---------------------------------------------------------------- get


@app.command()
def get(
    ctx: typer.Context,
    path: Annotated[str, typer.Argument(help="Path below /v2, e.g. /customer or /invoice/123.")],
    params: Annotated[
        list[str] | None, typer.Argument(help="Query parameters as key=value.", show_default=False)
    ] = None,
    fields: Annotated[str | None, typer.Option("--fields", "-f", help="fields expression.")] = None,
    company: Annotated[
        int | None, typer.Option("--company", "-c", help="Act on this client company.")
    ] = None,
    all_pages: Annotated[
        bool, typer.Option("--all", help="Follow pagination and print every value as one list.")
    ] = False,
) -> None:
    """Raw GET (with the session's auth) and print the JSON answer."""
    opts = _options(ctx)
    query = _pairs(params)
    if fields:
        query["fields"] = fields
    url = "/" + path.strip().lstrip("/")
    if url.startswith("/v2/"):
        url = url[3:]

    async def run() -> Any:
        async with _client(opts) as tx:
            target = tx.as_company(company) if company is not None else tx
            if all_pages:
                method, info = _list_operation(target, url)
                values = await target.paginate(
                    method, raw=True, **_call_kwargs(method, info, query)
                ).collect()
                return {"fullResultSize": len(values), "values": values}
            response = await target.executor.send({"method": "GET", "url": url, "params": query})
            return response.json() if response.content else None

    _print_json(_run(run))


def _list_operation(target: Any, url: str) -> tuple[Any, Any]:
    """The paginated GET operation of a path (``/customer`` -> customer.search), for ``get --all``."""
    from tripletex_async_api.operations import OPERATIONS

    info = next((op for op in OPERATIONS if op.method == "GET" and op.path == url and op.paginated), None)
    if info is None:
        raise ValueError(f"--all needs a list path (an operation with from/count); {url} is not one")
    return getattr(getattr(target, info.tag), info.name), info


# ---------------------------------------------------------------- whoami / companies


@app.command()
def whoami(ctx: typer.Context) -> None:
    """Who the tokens stand for: employee, company and session (token/session/>whoAmI)."""
    opts = _options(ctx)

    async def run() -> Any:
        async with _client(opts) as tx:
            answer = await tx.token_session.who_am_i()
            return answer.value

    _print_json(_run(run))


@app.command()
def companies(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """The companies this login has access to (an accountant's client companies)."""
    opts = _options(ctx)

    async def run() -> list[dict[str, Any]]:
        async with _client(opts) as tx:
            answer = await tx.company.get_with_login_access(fields="id,name,organizationNumber")
            return [_jsonable(c) for c in answer.values or []]

    rows = _run(run)
    if as_json:
        _print_json(rows)
        return
    for row in rows:
        typer.echo(
            f"{row.get('id')!s:>12}  {row.get('organizationNumber') or '':<11}  {row.get('name') or ''}"
        )


# ---------------------------------------------------------------- sync


@app.command()
def sync(
    ctx: typer.Context,
    store: Annotated[str, typer.Option("--store", help="sqlite (default) or jsonl.")] = "sqlite",
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            help="SQLite file or JSONL directory (default tripletex-sync.sqlite / tripletex-sync).",
        ),
    ] = None,
    company: Annotated[
        list[int] | None,
        typer.Option("--company", "-c", help="Company id (repeatable); default: all with login access."),
    ] = None,
    resource: Annotated[
        list[str] | None,
        typer.Option("--resource", "-r", help="customers, invoices, vouchers, postings (repeatable)."),
    ] = None,
    date_from: Annotated[str, typer.Option(help="First date for invoices/vouchers/postings.")] = "2000-01-01",
    date_to: Annotated[str, typer.Option(help="Date after the last (exclusive).")] = "2100-01-01",
    emulator: Annotated[
        bool, typer.Option("--emulator", help="Run against an embedded in-process emulator (demo data).")
    ] = False,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Live progress bar.")] = True,
    full: Annotated[bool, typer.Option("--full", help="Ignore stored checksums; fetch everything.")] = False,
    faults: Annotated[
        bool,
        typer.Option(
            "--faults",
            help="With --emulator: inject faults (5% 500/502/503, dropped connections, 429 bursts without "
            "a Reset header, forced session expiry, records created/deleted while paging).",
        ),
    ] = False,
    fault_spec: Annotated[
        str | None,
        typer.Option(
            "--fault-spec",
            help="With --emulator: faults to inject instead of the --faults preset, e.g. "
            "500=0.05,drop=0.01,429=0.01,burst=4,session_requests=100,churn=0.1.",
        ),
    ] = None,
    queue: Annotated[
        str | None,
        typer.Option(
            "--queue",
            help="Fleet mode: enqueue one job per (company, resource) on this Redis "
            "(redis://...) for `tripletex worker` processes (PostgreSQL store), wait, print the summary.",
        ),
    ] = None,
) -> None:
    """Sync customers, invoices, vouchers and postings of client companies to a local store."""
    from .sync import RichProgress, open_store, print_summary, resolve_resources, sync_companies

    opts = _options(ctx)
    if queue:  # fleet mode (tripletex_async.fleet): workers do the fetching
        raise typer.Exit(_sync_via_queue(opts, queue, company, resource, date_from, date_to, full))
    try:
        chosen = [r.name for r in resolve_resources(resource)]
        lo, hi = date.fromisoformat(date_from), date.fromisoformat(date_to)
        injected = _sync_faults(faults, fault_spec, emulator or bool(opts.emulator))
        target = open_store(store, out)
    except ValueError as exc:
        raise _fail(exc) from None

    async def run() -> Any:
        spec = "demo" if emulator and not opts.emulator else None
        async with _client(opts, spec, faults=injected) as tx:
            kwargs: dict[str, Any] = {
                "companies": company or None,
                "resources": chosen,
                "date_from": lo,
                "date_to": hi,
                "use_digests": not full,
            }
            if progress:
                with RichProgress(chosen) as bar:
                    return await sync_companies(tx, target, progress=bar, **kwargs)
            return await sync_companies(tx, target, **kwargs)

    try:
        report = _run(run)
    finally:
        target.close()
    if injected is not None:
        from .demo import describe_faults

        report.faults = describe_faults(injected)
    print_summary(report)
    if report.errors:
        raise typer.Exit(1)


def _sync_faults(preset: bool, spec: str | None, emulated: bool) -> Any:
    """The emulator FaultConfig for ``sync --faults`` / ``--fault-spec`` (None: no faults)."""
    if not preset and spec is None:
        return None
    if not emulated:
        raise ValueError("--faults and --fault-spec need --emulator (faults are injected by the emulator)")
    from .demo import SYNC_FAULTS
    from .emulator.config import FaultConfig, parse_faults

    return FaultConfig(**parse_faults(spec)) if spec is not None else SYNC_FAULTS


# ---------------------------------------------------------------- delegates


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def emulator(ctx: typer.Context) -> None:
    """Serve the emulator with uvicorn (options as `python -m tripletex_async.emulator --help`)."""
    from .emulator.__main__ import main as emulator_main

    raise typer.Exit(emulator_main(list(ctx.args)))


def _checkout_root() -> Path | None:
    for root in (Path.cwd(), Path(__file__).resolve().parents[1]):
        if (root / "scripts" / "regen").is_dir() and (root / "openapi").is_dir():
            return root
    return None


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def regen(ctx: typer.Context) -> None:
    """Regenerate the client from the OpenAPI spec (`python -m scripts.regen`; needs a checkout)."""
    root = _checkout_root()
    if root is None:
        typer.echo(
            "error: regen needs a source checkout of tripletex-async (scripts/regen and openapi/ "
            "were not found here or beside the package); run it from the repository root.",
            err=True,
        )
        raise typer.Exit(2)
    raise typer.Exit(subprocess.call([sys.executable, "-m", "scripts.regen", *ctx.args], cwd=root))


@app.command("api-diff")
def api_diff(
    old: Annotated[str, typer.Argument(help="Old OpenAPI spec (path or URL).")],
    new: Annotated[str, typer.Argument(help="New OpenAPI spec (path or URL).")],
) -> None:
    """Compare two OpenAPI specs: operations, parameters and schemas added, removed or retyped."""
    from .spec.__main__ import main as spec_main

    raise typer.Exit(spec_main(["diff", old, new]))


# ---------------------------------------------------------------- fleet (tripletex_async.fleet)


def _sync_via_queue(
    opts: Options,
    queue: str,
    company: list[int] | None,
    resource: list[str] | None,
    date_from: str,
    date_to: str,
    full: bool,
) -> int:
    from .fleet.commands import sync_via_queue

    try:
        return sync_via_queue(
            queue,
            base_url=opts.base_url,
            environment=opts.environment,
            companies=company or None,
            resources=resource or None,
            date_from=date.fromisoformat(date_from),
            date_to=date.fromisoformat(date_to),
            use_digests=not full,
        )
    except (TripletexError, ValueError) as exc:
        raise _fail(exc) from None


@app.command()
def worker(
    ctx: typer.Context,
    queue: Annotated[
        str,
        typer.Option(
            "--queue",
            envvar="TRIPLETEX_FLEET_QUEUE",
            help="Redis URL of the fleet, e.g. rediss://host:6380/0; its password from "
            "TRIPLETEX_FLEET_REDIS_PASSWORD when the URL has none (keep it off the command line).",
        ),
    ],
    pg: Annotated[
        str,
        typer.Option(
            "--pg",
            envvar="TRIPLETEX_FLEET_PG",
            help="PostgreSQL DSN the records go to. Prefer the env var: a password on the command "
            "line is visible to every user in the process list (a warning says so).",
        ),
    ],
    max_jobs: Annotated[int, typer.Option("--max-jobs", help="Data sets synced at once.")] = 4,
    lease: Annotated[
        float, typer.Option("--lease", help="Seconds before a dead worker's job is retried.")
    ] = 30.0,
    burst: Annotated[bool, typer.Option("--burst", help="Exit once the queue is empty.")] = False,
) -> None:
    """Run fleet sync jobs enqueued by `tripletex sync --queue` (one session and rate budget per fleet)."""
    from .fleet.worker import main as worker_main

    opts = _options(ctx)
    args = ["--queue", queue, "--pg", pg, "--max-jobs", str(max_jobs), "--lease", str(lease)]
    args += ["--base-url", opts.base_url] if opts.base_url else []
    args += ["--env", opts.environment] if opts.environment else []
    raise typer.Exit(worker_main([*args, "--burst"] if burst else args))


def main() -> None:
    app()


if __name__ == "__main__":
    main()
