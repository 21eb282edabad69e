"""The ``tripletex`` Typer app, its global options and the options every service command shares."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from ..client import TripletexClient

__all__ = ["Options", "TimeoutOption", "VerboseOption", "app", "options"]

app = typer.Typer(
    name="tripletex",
    help="Tripletex API v2 from the command line: typed calls, raw GETs, company sync, the emulator.",
    no_args_is_help=True,
    add_completion=True,  # --install-completion / --show-completion
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode=None,
)


@dataclass
class Options:
    """The global options, merged with a command's own ``--timeout`` / ``--verbose``."""

    base_url: str | None = None
    environment: str | None = None
    consumer_token: str | None = None
    employee_token: str | None = None
    token_file: Path | None = None
    timeout: float | None = None
    verbose: int = 0
    emulator: str | None = None  # in-process emulator spec (hidden option / TRIPLETEX_CLI_EMULATOR)
    #: clients this command opened (the "still waiting" notice reads their transport stats)
    clients: list[TripletexClient] = field(default_factory=list, repr=False)

    def __repr__(self) -> str:  # never the tokens
        return (
            f"Options(base_url={self.base_url!r}, environment={self.environment!r}, timeout={self.timeout})"
        )


TimeoutOption = Annotated[
    float | None,
    typer.Option(
        "--timeout",
        envvar="TRIPLETEX_TIMEOUT",
        help="Give up on a request after this many seconds, retries included (default 30 per attempt).",
        show_default=False,
    ),
]
VerboseOption = Annotated[
    int,
    typer.Option(
        "--verbose",
        "-v",
        count=True,
        show_default=False,
        help="Log each request (method, path, status, time; never tokens); -vv adds httpx's own lines.",
    ),
]


def options(ctx: typer.Context, timeout: float | None = None, verbose: int = 0) -> Options:
    """The root's options with this command's ``--timeout`` / ``-v`` on top."""
    obj = ctx.find_root().obj
    base = obj if isinstance(obj, Options) else Options()
    merged = replace(
        base,
        timeout=timeout if timeout is not None else base.timeout,
        verbose=max(verbose, base.verbose),
        clients=[],
    )
    if merged.timeout is not None and not merged.timeout > 0:
        raise typer.BadParameter("must be a positive number of seconds", param_hint="--timeout")
    return merged


def _version(value: bool) -> None:
    if not value:
        return
    from importlib.metadata import PackageNotFoundError, version

    try:
        ours = version("tripletex-async")
    except PackageNotFoundError:
        ours = "(not installed)"
    typer.echo(f"tripletex-async {ours}")
    raise typer.Exit()


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
    consumer_token: Annotated[
        str | None,
        typer.Option(
            "--consumer-token",
            show_default=False,
            help="Consumer token (else --token-file, else TRIPLETEX_CONSUMER_TOKEN). Other users can see "
            "command lines: prefer the file or the variable.",
        ),
    ] = None,
    employee_token: Annotated[
        str | None,
        typer.Option(
            "--employee-token",
            show_default=False,
            help="Employee token (else --token-file, else TRIPLETEX_EMPLOYEE_TOKEN).",
        ),
    ] = None,
    token_file: Annotated[
        Path | None,
        typer.Option(
            "--token-file",
            envvar="TRIPLETEX_TOKEN_FILE",
            help="File with TRIPLETEX_CONSUMER_TOKEN=... and TRIPLETEX_EMPLOYEE_TOKEN=... lines "
            "(`export` prefixes allowed, e.g. what `tripletex emulator` prints).",
        ),
    ] = None,
    timeout: TimeoutOption = None,
    verbose: VerboseOption = 0,
    emulator: Annotated[
        str | None,
        typer.Option("--in-process-emulator", envvar="TRIPLETEX_CLI_EMULATOR", hidden=True),
    ] = None,
    _show_version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    """Tripletex API v2 from the command line.

    Tokens: --consumer-token/--employee-token, TRIPLETEX_CONSUMER_TOKEN/TRIPLETEX_EMPLOYEE_TOKEN or
    --token-file. Tokens are never printed.
    """
    ctx.obj = Options(
        base_url=base_url,
        environment=environment,
        consumer_token=consumer_token,
        employee_token=employee_token,
        token_file=token_file,
        timeout=timeout,
        verbose=verbose,
        emulator=emulator or None,
    )


def echo_error(line: str) -> None:
    typer.echo(line, err=True)


def root_params() -> dict[str, Any]:
    """Context settings of the commands whose options belong to another parser (emulator, regen)."""
    return {"allow_extra_args": True, "ignore_unknown_options": True, "help_option_names": []}
