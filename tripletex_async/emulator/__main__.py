"""Serve the Tripletex emulator on a local port (uvicorn) and print the `export TRIPLETEX_...=` lines
that point `tripletex` and `TripletexClient()` at it (`python -m tripletex_async.emulator`,
`tripletex emulator`, `make emulator`)."""

from __future__ import annotations

import argparse
import dataclasses
import shlex
import sys
from collections.abc import Sequence

from .config import EmulatorConfig, FaultConfig, LatencyConfig, RateLimitConfig, RealismConfig, parse_faults


def build_config(args: argparse.Namespace) -> EmulatorConfig:
    cfg = EmulatorConfig.from_file(args.config) if args.config else EmulatorConfig()
    changes: dict[str, object] = {}
    if args.seed is not None:
        changes["seed"] = args.seed
    if args.consumer_token:
        changes["consumer_tokens"] = list(args.consumer_token)
    if args.employee_token:
        changes["employee_tokens"] = list(args.employee_token)
    if args.clients is not None:
        changes["client_companies"] = args.clients
    if args.scale is not None:
        changes["sizes"] = dataclasses.replace(
            cfg.sizes,
            **{
                f.name: max(0, int(getattr(cfg.sizes, f.name) * args.scale))
                for f in dataclasses.fields(cfg.sizes)
                if f.name not in ("order_lines_per_order", "postings_per_voucher")
            },
        )
    if args.latency_ms is not None or args.jitter_ms is not None:
        changes["latency"] = LatencyConfig(
            fixed_ms=args.latency_ms if args.latency_ms is not None else cfg.latency.fixed_ms,
            jitter_ms=args.jitter_ms if args.jitter_ms is not None else cfg.latency.jitter_ms,
        )
    if args.faults:
        changes["faults"] = dataclasses.replace(cfg.faults, **parse_faults(args.faults))
    if args.rate_limit is not None or args.rate_period is not None:
        changes["rate_limit"] = RateLimitConfig(
            limit=args.rate_limit if args.rate_limit is not None else cfg.rate_limit.limit,
            period_seconds=args.rate_period
            if args.rate_period is not None
            else cfg.rate_limit.period_seconds,
        )
    if args.no_realism:
        changes["realism"] = RealismConfig(**{f.name: False for f in dataclasses.fields(RealismConfig)})
    return cfg.replace(**changes)


def parser(prog: str = "python -m tripletex_async.emulator") -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=prog, description=__doc__)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8765)
    p.add_argument("--config", help="JSON or TOML file with EmulatorConfig fields")
    p.add_argument("--seed", type=int)
    p.add_argument("--consumer-token", action="append")
    p.add_argument("--employee-token", action="append")
    p.add_argument("--clients", type=int, help="number of client companies of the accountant")
    p.add_argument("--scale", type=float, help="multiply the seeded sizes")
    p.add_argument("--latency-ms", type=float)
    p.add_argument("--jitter-ms", type=float)
    p.add_argument("--faults", help="e.g. 429=0.01,500=0.01,502=0,503=0,drop=0.001,expiry=0.001,churn=0.1")
    p.add_argument("--rate-limit", type=int, help="requests per period (<=0 disables)")
    p.add_argument("--rate-period", type=float, help="rate limit period in seconds")
    p.add_argument("--no-realism", action="store_true", help="switch every realism quirk off")
    p.add_argument("--log-level", default="warning")
    return p


def export_lines(base_url: str, config: EmulatorConfig) -> list[str]:
    """The shell lines that point ``tripletex`` and ``TripletexClient()`` at this emulator."""
    values = {
        "TRIPLETEX_BASE_URL": base_url,
        "TRIPLETEX_CONSUMER_TOKEN": config.consumer_tokens[0],
        "TRIPLETEX_EMPLOYEE_TOKEN": config.employee_tokens[0],
    }
    return [f"export {name}={shlex.quote(value)}" for name, value in values.items()]


def main(argv: Sequence[str] | None = None, prog: str | None = None) -> int:
    args = (parser(prog) if prog else parser()).parse_args(argv)
    try:
        config = build_config(args)
    except (ValueError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    import uvicorn

    from .app import create_app

    app = create_app(config)
    state = app.emulator
    base_url = f"http://{args.host}:{args.port}/v2"
    print(
        f"# Tripletex emulator on {base_url}: owner company {state.store.owner_company_id}, clients "
        f"{state.store.client_company_ids}, {state.record_count()} records seeded in "
        f"{state.seed_seconds * 1000:.0f} ms. Paste into another shell:",
        flush=True,
    )
    for line in export_lines(base_url, config):
        print(line, flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level, access_log=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


__all__ = ["FaultConfig", "build_config", "export_lines", "main", "parser"]
