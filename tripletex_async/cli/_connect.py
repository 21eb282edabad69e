"""From the command line's options to a client: tokens (options, variables or a file), the timeout,
request logging (``-v``), or an in-process emulator (``TRIPLETEX_CLI_EMULATOR`` / ``sync --emulator``)."""

from __future__ import annotations

import logging
import os
import stat
import sys
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ConfigurationError
from ..redaction import redact_text, scrub_secrets
from ._app import Options

if TYPE_CHECKING:
    from ..client import TripletexClient
    from ..config import ClientConfig

__all__ = ["client_config", "export_settings", "open_client", "read_token_file"]

_TOKEN_KEYS = {
    "TRIPLETEX_CONSUMER_TOKEN": "consumer_token",
    "TRIPLETEX_EMPLOYEE_TOKEN": "employee_token",
}


def read_token_file(path: Path) -> dict[str, str]:
    """``TRIPLETEX_CONSUMER_TOKEN=...`` / ``TRIPLETEX_EMPLOYEE_TOKEN=...`` lines (``export``, quotes and
    ``#`` comments allowed). Errors name the file and the line number, never a value."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigurationError(f"--token-file {path}: cannot read it ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise ConfigurationError(f"--token-file {path}: not a text file") from None
    found: dict[str, str] = {}
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        line = line.removeprefix("export ").strip()
        key, sep, value = line.partition("=")
        if not sep:
            raise ConfigurationError(f"--token-file {path}: line {number} is not NAME=value")
        name = _TOKEN_KEYS.get(key.strip())
        if name is not None:
            found[name] = value.strip().strip("'\"")
    missing = [key for key, name in _TOKEN_KEYS.items() if name not in found]
    if missing:
        raise ConfigurationError(f"--token-file {path}: no {' or '.join(missing)} line")
    if os.name == "posix" and path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        print(
            f"warning: --token-file {path} is readable by other users (chmod 600 {path})",
            file=sys.stderr,
        )
    return found


def _tokens(opts: Options) -> dict[str, str]:
    """The option, else the file, else the variable."""
    tokens = read_token_file(opts.token_file) if opts.token_file is not None else {}
    for env_var, name in _TOKEN_KEYS.items():
        given = getattr(opts, name) or tokens.get(name) or os.environ.get(env_var, "")
        if given.strip():
            tokens[name] = given
    return tokens


def client_config(opts: Options) -> ClientConfig:
    """The validated settings of a real client (raises ConfigurationError before anything is opened)."""
    from ..config import ClientConfig
    from ..transport import RetryPolicy

    settings: dict[str, Any] = {}
    if opts.timeout is not None:
        # the per-attempt timeout, and no retry that would start after it: the command gives up in time
        settings["timeout"] = opts.timeout
        settings["retry"] = RetryPolicy(max_total_time=opts.timeout)
    tokens = _tokens(opts)
    if not tokens.get("consumer_token") or not tokens.get("employee_token"):
        which = [n for n in ("consumer", "employee") if not tokens.get(f"{n}_token")]
        raise ConfigurationError(
            f"no {' or '.join(which)} token: pass --{which[0]}-token, set "
            f"TRIPLETEX_{which[0].upper()}_TOKEN, or use --token-file"
        )
    return ClientConfig.from_env(
        base_url=opts.base_url,
        environment=opts.environment,
        consumer_token=tokens["consumer_token"],
        employee_token=tokens["employee_token"],
        **settings,
    )


def export_settings(opts: Options) -> None:
    """Hand the command line's tokens and timeout to code that reads ``TRIPLETEX_*`` (the fleet)."""
    config = client_config(opts)
    os.environ.update(
        TRIPLETEX_CONSUMER_TOKEN=config.consumer_token,
        TRIPLETEX_EMPLOYEE_TOKEN=config.employee_token,
        TRIPLETEX_TIMEOUT=str(config.timeout),
    )


def emulator_config(spec: str) -> Any:
    """The EmulatorConfig of ``1``, ``small``, ``demo`` or a JSON/TOML file."""
    from ..emulator import EmulatorConfig, SizeConfig

    if spec in {"1", "true", "yes", "default"}:
        return EmulatorConfig()
    if spec == "small":
        return EmulatorConfig(
            client_companies=2,
            sizes=SizeConfig(customers=25, invoices=6, vouchers=8, orders=8, products=5, employees=3),
        )
    if spec == "demo":
        from ..demo import DEMO_CONFIG

        return DEMO_CONFIG
    return EmulatorConfig.from_file(spec)


class _Scrub(logging.Filter):
    """Masks the tokens in use in every log line the CLI prints (the library never logs them)."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self._secrets = [s for s in secrets if s]

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        scrubbed = redact_text(scrub_secrets(message, self._secrets))
        if scrubbed != message:
            record.msg, record.args = scrubbed, None
        return True


@contextmanager
def _request_log(level: int, secrets: list[str]) -> Iterator[None]:
    """``-v``: one stderr line per request attempt (the transport's DEBUG lines) and session events;
    ``-vv`` adds httpx's own lines. Undone when the command ends."""
    if not level:
        yield
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s: %(message)s", "%H:%M:%S"))
    handler.addFilter(_Scrub(secrets))
    loggers = {"tripletex_async": logging.DEBUG, "tripletex_async.emulator": logging.WARNING}
    if level > 1:
        loggers["httpx"] = logging.DEBUG
    saved = {name: logging.getLogger(name).level for name in loggers}
    for name, wanted in loggers.items():
        logging.getLogger(name).setLevel(wanted)
    logging.getLogger("tripletex_async").addHandler(handler)
    if level > 1:
        logging.getLogger("httpx").addHandler(handler)
    try:
        yield
    finally:
        for name in ("tripletex_async", "httpx"):
            logging.getLogger(name).removeHandler(handler)
        for name, old in saved.items():
            logging.getLogger(name).setLevel(old)


@asynccontextmanager
async def open_client(
    opts: Options, emulator: str | None = None, *, faults: Any = None
) -> AsyncIterator[TripletexClient]:
    """A client for the options (``client_config``); an in-process emulator's when one is asked for
    (with ``faults``, an emulator FaultConfig, injected: see ``demo.with_faults``)."""
    from ..client import TripletexClient

    spec = emulator or opts.emulator
    if spec:
        from ..emulator import create_app
        from ..emulator.connect import emulator_client, emulator_tokens

        config = emulator_config(spec)
        if faults is not None:
            from ..demo import with_faults

            config = with_faults(config, faults)
        emu_app = create_app(config)
        settings: dict[str, Any] = {} if opts.timeout is None else {"timeout": opts.timeout}
        with _request_log(opts.verbose, list(emulator_tokens(emu_app))):
            async with emulator_client(emu_app, **settings) as tx:
                opts.clients.append(tx)
                yield tx
        return
    config = client_config(opts)
    with _request_log(opts.verbose, [config.consumer_token, config.employee_token]):
        async with TripletexClient(config=config) as tx:
            opts.clients.append(tx)
            yield tx
