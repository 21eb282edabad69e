"""Issue 13 point 10: the fleet worker's database password belongs in the environment.

On today's main ``tripletex worker --pg postgresql://user:PASSWORD@host/db`` was the documented
form and drew no word: the password sat in the process list for every local user to read.
"""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from tripletex_async.cli import app
from tripletex_async.fleet.queue import REDIS_PASSWORD_ENV, queue_settings
from tripletex_async.fleet.worker import PG_ENV, QUEUE_ENV, parser, password_on_command_line


@pytest.mark.parametrize(
    "dsn",
    [
        "postgresql://sync:s3cret-pw@db.internal/tripletex",
        "host=db.internal user=sync password=s3cret-pw dbname=tripletex",
        "rediss://:s3cret-pw@redis.internal:6380/0",
    ],
)
def test_a_password_on_the_command_line_is_warned_about(dsn: str) -> None:
    warning = password_on_command_line("--pg", dsn, PG_ENV, environ={})
    assert warning is not None and PG_ENV in warning and "s3cret-pw" not in warning
    # the same value from the environment variable: nothing to warn about
    assert password_on_command_line("--pg", dsn, PG_ENV, environ={PG_ENV: dsn}) is None


def test_no_password_no_warning() -> None:
    assert (
        password_on_command_line("--pg", "postgresql://sync@db.internal/tripletex", PG_ENV, environ={})
        is None
    )
    assert password_on_command_line("--queue", "redis://127.0.0.1:6379/0", QUEUE_ENV, environ={}) is None


def test_the_worker_reads_both_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PG_ENV, "postgresql://sync:pw@db/t")
    monkeypatch.setenv(QUEUE_ENV, "rediss://:pw@redis:6380/0")
    args = parser().parse_args([])
    assert (args.pg, args.queue) == ("postgresql://sync:pw@db/t", "rediss://:pw@redis:6380/0")
    assert PG_ENV in parser().format_help()


def test_cli_help_says_to_prefer_the_environment() -> None:
    result = CliRunner().invoke(app, ["worker", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "TRIPLETEX_FLEET_PG" in result.output and "process list" in result.output
    assert "TRIPLETEX_FLEET_QUEUE" in result.output


def test_the_redis_password_can_come_from_the_environment() -> None:
    env = {REDIS_PASSWORD_ENV: "from-env-pw"}
    tls = queue_settings("rediss://redis.internal:6380/2", environ=env)
    assert (tls.password, tls.ssl, tls.host, tls.database) == ("from-env-pw", True, "redis.internal", 2)
    assert queue_settings("redis://:in-url-pw@redis.internal/0", environ=env).password == "in-url-pw"
    assert queue_settings("redis://redis.internal/0", environ={}).password is None
