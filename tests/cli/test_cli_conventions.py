"""CLI conventions: -h everywhere, --version, completion, -v request lines without secrets, --timeout on
every service command, tokens from options or a file (never echoed), real --help of emulator and regen,
tables with header rows, `sync --json`, the emulator's export lines."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer.completion
from typer.testing import CliRunner

from tests.support.shared import ROOT
from tests.support.sync import cli_customers
from tripletex_async.cli import app
from tripletex_async.emulator.config import DEFAULT_CONSUMER_TOKEN, DEFAULT_EMPLOYEE_TOKEN

EMU = {"TRIPLETEX_CLI_EMULATOR": "small"}
SERVICE_COMMANDS = ["call", "get", "sync", "companies", "whoami", "worker"]
CLI = [sys.executable, "-m", "tripletex_async.cli"]
PYTHONPATH = os.pathsep.join([str(ROOT), str(ROOT / "generated")])


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_dash_h_on_the_root_and_every_command(runner: CliRunner) -> None:
    result = runner.invoke(app, ["-h"])
    assert result.exit_code == 0 and "Commands" in result.stdout
    for command in ["call", "get", "sync", "companies", "whoami", "api-diff", "worker", "emulator"]:
        result = runner.invoke(app, [command, "-h"])
        assert result.exit_code == 0, (command, result.output)
        assert "usage" in result.stdout.lower(), command


def test_version(runner: CliRunner) -> None:
    from importlib.metadata import version

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"tripletex-async {version('tripletex-async')}"


def test_completion_is_installable(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    assert "--install-completion" in runner.invoke(app, ["--help"]).stdout
    # typer finds the shell from the process tree (shellingham): a test run without a parent shell
    # (a CI job, a detached process) would find none
    monkeypatch.setattr(typer.completion, "_get_shell_name", lambda: "bash")
    result = runner.invoke(app, ["--show-completion"], env={"SHELL": "/bin/bash"})
    assert result.exit_code == 0, result.output
    assert "complete" in result.stdout and "tripletex" in result.stdout.lower()


@pytest.mark.parametrize("command", SERVICE_COMMANDS)
def test_every_service_command_takes_timeout_and_verbose(runner: CliRunner, command: str) -> None:
    help_text = runner.invoke(app, [command, "--help"]).stdout
    assert "--timeout" in help_text and "--verbose" in help_text and "-v" in help_text


def test_verbose_logs_each_request_and_no_secret(runner: CliRunner) -> None:
    result = runner.invoke(app, ["get", "/customer", "count=2", "-v"], env=EMU)
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert any("POST /v2/token/session/:create -> 201" in line for line in lines), lines
    assert any("GET /v2/customer -> 200" in line for line in lines), lines
    for secret in (DEFAULT_CONSUMER_TOKEN, DEFAULT_EMPLOYEE_TOKEN):
        assert secret not in result.stderr and secret not in result.stdout
    json.loads(result.stdout)  # stdout stays the JSON answer
    quiet = runner.invoke(app, ["get", "/customer", "count=2"], env=EMU)
    assert quiet.stderr == ""


def test_timeout_must_be_positive(runner: CliRunner) -> None:
    result = runner.invoke(app, ["whoami", "--timeout", "0"], env=EMU)
    assert result.exit_code == 2
    assert "--timeout" in result.output


def _tokens_reach_the_service(
    tmp_path: Path, tripletex_server: str, *args: str
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIPLETEX_")}
    return subprocess.run(
        [*CLI, "--base-url", tripletex_server, *args, "whoami"],
        capture_output=True,
        text=True,
        env={**env, "PYTHONPATH": PYTHONPATH},
        cwd=tmp_path,
        check=False,
        timeout=60,
    )


def test_tokens_from_options_and_from_a_file_never_echoed(tmp_path: Path, tripletex_server: str) -> None:
    by_option = _tokens_reach_the_service(
        tmp_path,
        tripletex_server,
        "--consumer-token",
        DEFAULT_CONSUMER_TOKEN,
        "--employee-token",
        DEFAULT_EMPLOYEE_TOKEN,
        "-v",
    )
    assert by_option.returncode == 0, by_option.stderr
    assert isinstance(json.loads(by_option.stdout)["employeeId"], int)
    token_file = tmp_path / "tokens.env"
    token_file.write_text(
        f"# from tripletex emulator\nexport TRIPLETEX_CONSUMER_TOKEN={DEFAULT_CONSUMER_TOKEN}\n"
        f"TRIPLETEX_EMPLOYEE_TOKEN='{DEFAULT_EMPLOYEE_TOKEN}'\n"
    )
    token_file.chmod(0o600)
    by_file = _tokens_reach_the_service(tmp_path, tripletex_server, "--token-file", str(token_file), "-v")
    assert by_file.returncode == 0, by_file.stderr
    assert "warning" not in by_file.stderr
    for result in (by_option, by_file):
        for secret in (DEFAULT_CONSUMER_TOKEN, DEFAULT_EMPLOYEE_TOKEN):
            assert secret not in result.stdout and secret not in result.stderr
    token_file.chmod(0o644)
    loose = _tokens_reach_the_service(tmp_path, tripletex_server, "--token-file", str(token_file))
    assert loose.returncode == 0 and "readable by other users" in loose.stderr
    wrong = _tokens_reach_the_service(
        tmp_path,
        tripletex_server,
        "--consumer-token",
        "no-such-consumer-x1",
        "--employee-token",
        "no-such-employee-y2",
    )
    assert wrong.returncode == 1 and len(wrong.stderr.splitlines()) == 1
    assert "no-such-consumer-x1" not in wrong.stderr and "no-such-employee-y2" not in wrong.stderr


def test_token_file_problems_name_the_file_not_the_values(runner: CliRunner, tmp_path: Path) -> None:
    half = tmp_path / "half.env"
    half.write_text("TRIPLETEX_CONSUMER_TOKEN=abc-secret-1\n")
    result = runner.invoke(app, ["--token-file", str(half), "whoami"], env={"TRIPLETEX_CLI_EMULATOR": ""})
    assert result.exit_code == 2
    assert f"--token-file {half}: no TRIPLETEX_EMPLOYEE_TOKEN line" in result.stderr
    assert "abc-secret-1" not in result.output
    result = runner.invoke(app, ["--token-file", str(tmp_path / "nope.env"), "whoami"])
    assert result.exit_code == 2 and "cannot read it" in result.stderr


def test_help_never_shows_token_values(runner: CliRunner) -> None:
    env = {"TRIPLETEX_CONSUMER_TOKEN": "zz-consumer-secret", "TRIPLETEX_EMPLOYEE_TOKEN": "zz-employee-secret"}
    for args in (["--help"], ["sync", "--help"], ["call", "--help"]):
        result = runner.invoke(app, args, env=env)
        assert "zz-consumer-secret" not in result.output and "zz-employee-secret" not in result.output


def test_emulator_help_shows_its_real_options(runner: CliRunner) -> None:
    for flag in ("--help", "-h"):
        result = runner.invoke(app, ["emulator", flag])
        assert result.exit_code == 0
        assert result.stdout.startswith("usage: tripletex emulator")
        for option in ("--port", "--faults", "--latency-ms", "--clients", "--rate-limit"):
            assert option in result.stdout


def test_regen_help_shows_its_real_options() -> None:
    for flag in ("--help", "-h"):
        result = subprocess.run(
            [*CLI, "regen", flag], capture_output=True, text=True, cwd=ROOT, check=False, timeout=60,
            env={**os.environ, "PYTHONPATH": PYTHONPATH},
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("usage: tripletex regen")
        for option in ("--env", "--spec", "--fail-on-breaking", "--check"):
            assert option in result.stdout


def test_emulator_prints_the_export_lines() -> None:
    from tripletex_async.emulator.__main__ import export_lines
    from tripletex_async.emulator.config import EmulatorConfig

    lines = export_lines("http://127.0.0.1:8765/v2", EmulatorConfig())
    assert lines == [
        "export TRIPLETEX_BASE_URL=http://127.0.0.1:8765/v2",
        f"export TRIPLETEX_CONSUMER_TOKEN={DEFAULT_CONSUMER_TOKEN}",
        f"export TRIPLETEX_EMPLOYEE_TOKEN={DEFAULT_EMPLOYEE_TOKEN}",
    ]


def test_emulator_serves_and_its_export_lines_work(tmp_path: Path) -> None:
    """`tripletex emulator` prints the lines; pasted into the environment, `tripletex whoami` works."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIPLETEX_")}
    env["PYTHONPATH"] = PYTHONPATH
    server = subprocess.Popen(
        [*CLI, "emulator", "--port", str(port), "--scale", "0.05"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        assert server.stdout is not None
        exported: dict[str, str] = {}
        while len(exported) < 3:
            line = server.stdout.readline()
            assert line, "the emulator exited early"
            if line.startswith("export "):
                name, _, value = line.removeprefix("export ").strip().partition("=")
                exported[name] = value
        assert exported["TRIPLETEX_BASE_URL"] == f"http://127.0.0.1:{port}/v2"
        for _ in range(50):
            result = subprocess.run(
                [*CLI, "whoami"],
                capture_output=True,
                text=True,
                env={**env, **exported},
                check=False,
                timeout=60,
            )
            if result.returncode == 0:
                break
        assert result.returncode == 0, result.stderr
        assert isinstance(json.loads(result.stdout)["companyId"], int)
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_companies_table_has_a_header_row_and_json_is_the_same_rows(runner: CliRunner) -> None:
    table = runner.invoke(app, ["companies"], env=EMU)
    assert table.exit_code == 0
    header, rule, *rows = table.stdout.splitlines()
    assert header.split() == ["id", "organization", "number", "name"]
    assert set(rule.replace(" ", "")) == {"-"}
    listed = json.loads(runner.invoke(app, ["companies", "--json"], env=EMU).stdout)
    assert [int(r.split()[0]) for r in rows] == [c["id"] for c in listed]
    assert set(listed[0]) == {"id", "name", "organizationNumber"}


def test_sync_json_summary(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "j.sqlite"
    result = runner.invoke(app, ["sync", "--out", str(db), "--json", "-r", "customers"], env=EMU)
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)  # nothing but the JSON on stdout (no bar, no table)
    listed = cli_customers(runner, EMU)
    assert summary["records"] == listed and summary["records_by_resource"] == {"customers": listed}
    assert summary["data_sets"] == 2 and summary["failed"] == 0 and summary["unchanged"] == 0
    assert {r["company_id"] for r in summary["results"]} == set(summary["companies"])
    again = json.loads(
        runner.invoke(app, ["sync", "--out", str(db), "--json", "-r", "customers"], env=EMU).stdout
    )
    assert again["unchanged"] == 2 and all(r["skipped"] for r in again["results"])
