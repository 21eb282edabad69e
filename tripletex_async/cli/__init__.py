"""``tripletex``: the command line of tripletex-async (typer; ``pip install tripletex-async[cli]``).

    tripletex whoami
    tripletex companies
    tripletex call customer.search customerName=Acme count=5
    tripletex get /ledger/voucher dateFrom=2025-01-01 dateTo=2026-01-01 --all --fields id,date
    tripletex sync --store sqlite --out tripletex.sqlite
    tripletex sync --emulator                    # against an embedded, in-process emulator
    tripletex sync --emulator --faults           # ... with 5xx, drops, 429 bursts, expiry and churn

Settings come from the global options or ``TRIPLETEX_*`` variables (tokens, ``TRIPLETEX_ENV``,
``TRIPLETEX_BASE_URL``, ``TRIPLETEX_TIMEOUT``); tokens also from ``--token-file``. Every command takes
``-h``; those that talk to the service take ``--timeout`` and ``-v``. ``TRIPLETEX_CLI_EMULATOR``
(``1``, ``small``, ``demo`` or a JSON/TOML emulator config file) makes every command talk to an
in-process emulator instead (tests, offline trials).

One module per command group: ``_call`` (call, get), ``_info`` (whoami, companies), ``_sync``,
``_tools`` (emulator, regen, api-diff, worker); ``_failures`` turns every failure into one line.
"""

from __future__ import annotations

from ._app import app, root_params
from ._call import call, get
from ._info import companies, whoami
from ._sync import sync
from ._tools import api_diff, emulator, regen, worker

__all__ = ["app", "main"]

app.command()(call)
app.command()(get)
app.command()(sync)
app.command()(companies)
app.command()(whoami)
app.command(context_settings=root_params(), add_help_option=False)(emulator)
app.command(context_settings=root_params(), add_help_option=False)(regen)
app.command("api-diff")(api_diff)
app.command()(worker)


def main() -> None:
    app(prog_name="tripletex")
