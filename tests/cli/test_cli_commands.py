"""The `tripletex` CLI through typer's CliRunner, against an in-process emulator (TRIPLETEX_CLI_EMULATOR)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.support.sync import cli_customers
from tripletex_async.cli import app

EMU = {"TRIPLETEX_CLI_EMULATOR": "small"}
COMMANDS = ["call", "get", "sync", "companies", "whoami", "emulator", "regen", "api-diff"]


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), env=EMU)
    return result.exit_code, result.stdout, result.stderr


def test_help_lists_every_command(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in COMMANDS:
        assert command in result.stdout


@pytest.mark.parametrize("command", [c for c in COMMANDS if c != "regen"])  # regen: its own process
def test_help_for_each_command(runner: CliRunner, command: str) -> None:
    for flag in ("--help", "-h"):
        result = runner.invoke(app, [command, flag])
        assert result.exit_code == 0, result.output
        assert "usage" in result.stdout.lower()


def test_whoami(runner: CliRunner) -> None:
    code, out, _ = run(runner, "whoami")
    assert code == 0
    data = json.loads(out)
    assert isinstance(data["employeeId"], int)
    assert isinstance(data["companyId"], int)


def test_companies_table_and_json(runner: CliRunner) -> None:
    code, out, _ = run(runner, "companies", "--json")
    assert code == 0
    rows = json.loads(out)
    assert len(rows) == 2  # the "small" emulator has two client companies
    code, table, _ = run(runner, "companies")
    assert code == 0
    for row in rows:
        assert str(row["id"]) in table


def test_call_with_coerced_params(runner: CliRunner) -> None:
    code, out, _ = run(runner, "call", "customer.search", "count=3", "fields=id,name", "isInactive=false")
    assert code == 0, out
    data = json.loads(out)
    assert len(data["values"]) == 3
    assert set(data["values"][0]) == {"id", "name"}


def test_call_required_date_params_and_company(runner: CliRunner) -> None:
    code, out, _ = run(runner, "companies", "--json")
    company = json.loads(out)[0]["id"]
    code, out, err = run(
        runner,
        "call",
        "invoice.search",
        "invoiceDateFrom=2000-01-01",
        "invoice_date_to=2100-01-01",
        "--company",
        str(company),
    )
    assert code == 0, err
    assert len(json.loads(out)["values"]) == 6
    code, _, err = run(runner, "call", "invoice.search")
    assert code == 2
    assert "invoice_date_from" in err


def test_call_unknown_operation_and_bad_value(runner: CliRunner) -> None:
    code, _, err = run(runner, "call", "customer.nope")
    assert code == 2
    assert "unknown operation" in err
    code, _, err = run(runner, "call", "customer.search", "count=many")
    assert code == 2


def test_api_error_is_one_line_with_status_code_and_request_id(runner: CliRunner) -> None:
    code, out, err = run(runner, "call", "customer.get", "id=1")
    assert code == 1
    assert out == ""
    (line,) = err.splitlines()
    assert line.startswith("error: ") and "Customer with id 1" in line
    assert "HTTP 404" in line and "code 6000" in line and "request id " in line
    assert "None" not in err  # no "developer message: None" lines


def test_get_raw_fields_company_and_all(runner: CliRunner) -> None:
    code, out, _ = run(runner, "companies", "--json")
    company = json.loads(out)[1]["id"]
    code, out, _ = run(
        runner, "get", "/customer", "count=4", "--fields", "id,name", "--company", str(company)
    )
    assert code == 0
    page = json.loads(out)
    assert len(page["values"]) == 4
    code, out, _ = run(
        runner, "get", "/customer", "count=4", "--all", "--fields", "id", "--company", str(company)
    )
    assert code == 0
    every = json.loads(out)["values"]
    assert len(every) == cli_customers(runner, EMU, company, default_listing=True)
    assert len({v["id"] for v in every}) == len(every)
    code, _, err = run(runner, "get", "/ledger/voucher")  # dateFrom/dateTo missing
    assert code == 1
    assert "dateFrom" in err


def test_sync_sqlite_then_skip(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    code, out, err = run(runner, "sync", "--out", str(db), "--no-progress")
    assert code == 0, err
    assert "records/s" in out
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM customers").fetchone()[0] == cli_customers(runner, EMU)
        assert conn.execute("SELECT count(*) FROM sync_digest").fetchone()[0] == 2 * 4
    code, out, _ = run(runner, "sync", "--out", str(db), "--no-progress")
    assert code == 0
    assert "8 of 8 data sets unchanged" in out


def test_sync_jsonl_one_resource(runner: CliRunner, tmp_path: Path) -> None:
    code, _, err = run(runner, "sync", "--store", "jsonl", "--out", str(tmp_path), "-r", "customers")
    assert code == 0, err
    files = sorted((tmp_path / "customers").glob("*.jsonl"))
    assert len(files) == 2
    assert sum(len(f.read_text().splitlines()) for f in files) == cli_customers(runner, EMU)
    code, _, err = run(runner, "sync", "--store", "nope", "--out", str(tmp_path))
    assert code == 2
    assert "sqlite or jsonl" in err


def test_api_diff_delegates(runner: CliRunner, tmp_path: Path) -> None:
    spec = {"openapi": "3.0.1", "info": {"title": "t", "version": "1"}, "paths": {}}
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps(spec))
    new.write_text(json.dumps(spec))
    result = runner.invoke(app, ["api-diff", str(old), str(new)])
    assert result.exit_code in (0, 1, 2), result.output  # delegated: its own exit codes


def test_regen_without_checkout_explains(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tripletex_async.cli import _tools

    monkeypatch.setattr(_tools, "checkout_root", lambda: None)
    result = runner.invoke(app, ["regen"])
    assert result.exit_code == 2
    assert "source checkout" in result.stderr


def test_sync_under_faults_preset_and_spec(runner: CliRunner, tmp_path: Path) -> None:
    code, out, err = run(runner, "sync", "--out", str(tmp_path / "f.sqlite"), "--no-progress", "--faults")
    assert code == 0, err
    assert "faults injected: 500 2%, 502 1.5%, 503 1.5%, dropped 1%, 429 1% (bursts of 4)" in out
    assert "session(s) created" in out and "retries" in out
    with sqlite3.connect(tmp_path / "f.sqlite") as conn:
        assert conn.execute("SELECT count(*) FROM customers").fetchone()[0] == cli_customers(runner, EMU)
    code, out, err = run(
        runner, "sync", "--out", str(tmp_path / "g.sqlite"), "--no-progress", "-r", "customers",
        "--fault-spec", "500=0.3",
    )  # fmt: skip
    assert code == 0, err
    assert "faults injected: 500 30%" in out
    assert " 0 retries" not in out


def test_sync_faults_need_the_emulator(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["sync", "--out", str(tmp_path / "x.sqlite"), "--faults"], env={"TRIPLETEX_CLI_EMULATOR": ""}
    )
    assert result.exit_code == 2
    assert "need --emulator" in result.stderr


def test_body_models_resolve_by_class_name_even_when_the_module_name_is_irregular() -> None:
    """`call ... body=` finds the model class through the generated models index (87 model modules
    are not the snake_case of their class name, e.g. altinn_2_reception_receipt)."""
    from tripletex_async.cli._call import model_class
    from tripletex_async.models import Altinn2ReceptionReceipt, AOReconciliationPeriod, Customer

    assert model_class(" Altinn2ReceptionReceipt") is Altinn2ReceptionReceipt
    assert model_class("AOReconciliationPeriod") is AOReconciliationPeriod
    assert model_class("Customer") is Customer
