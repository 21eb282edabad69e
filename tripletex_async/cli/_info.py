"""``tripletex whoami`` and ``tripletex companies``."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from ._app import TimeoutOption, VerboseOption, options
from ._connect import open_client
from ._failures import run
from ._output import jsonable, print_json, print_table

__all__ = ["JsonOption", "companies", "whoami"]

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON (for scripts) instead of a table.")]


def whoami(ctx: typer.Context, timeout: TimeoutOption = None, verbose: VerboseOption = 0) -> None:
    """Who the tokens stand for: employee, company and session (token/session/>whoAmI), as JSON."""
    opts = options(ctx, timeout, verbose)

    async def go() -> Any:
        async with open_client(opts) as tx:
            answer = await tx.token_session.who_am_i()
            return answer.value

    print_json(run(opts, go))


def companies(
    ctx: typer.Context, as_json: JsonOption = False, timeout: TimeoutOption = None, verbose: VerboseOption = 0
) -> None:
    """The companies this login has access to (an accountant's client companies): the ids that
    --company takes. A table, or with --json the list `call company.get_with_login_access` gives."""
    opts = options(ctx, timeout, verbose)

    async def go() -> list[dict[str, Any]]:
        async with open_client(opts) as tx:
            answer = await tx.company.get_with_login_access(fields="id,name,organizationNumber")
            return [jsonable(c) for c in answer.values or []]

    rows = run(opts, go)
    if as_json:
        print_json(rows)
        return
    print_table(
        ["id", "organization number", "name"],
        [[r.get("id"), r.get("organizationNumber"), r.get("name")] for r in rows],
        right=[0],
    )
