"""Emulator throughput: ``python -m scripts.bench.emulator [--seconds 3]``.

Measures requests/second for a 1000-item page and a tiny page (count=1, fields=id), in-process
(httpx.ASGITransport) and over a real uvicorn socket (server in a subprocess, one core).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import time

import httpx

from tripletex_async.emulator.app import create_app
from tripletex_async.emulator.config import (
    DEFAULT_CONSUMER_TOKEN,
    DEFAULT_EMPLOYEE_TOKEN,
    EmulatorConfig,
    RateLimitConfig,
    SizeConfig,
)
from tripletex_async.emulator.serve import free_port

CASES = {
    "page1000": {"count": "1000"},
    "tiny": {"count": "1", "fields": "id"},
}


def bench_config() -> EmulatorConfig:
    return EmulatorConfig(
        client_companies=1,
        sizes=SizeConfig(customers=1500),
        rate_limit=RateLimitConfig(limit=0),
    )


async def _session(client: httpx.AsyncClient) -> httpx.BasicAuth:
    r = await client.put(
        "/token/session/:create",
        params={
            "consumerToken": DEFAULT_CONSUMER_TOKEN,
            "employeeToken": DEFAULT_EMPLOYEE_TOKEN,
            "expirationDate": "2099-12-31",
        },
    )
    r.raise_for_status()
    return httpx.BasicAuth("0", r.json()["value"]["token"])


async def _run(client: httpx.AsyncClient, seconds: float, concurrency: int) -> dict[str, float]:
    auth = await _session(client)
    out: dict[str, float] = {}
    for name, params in CASES.items():
        done = 0
        deadline = time.perf_counter() + seconds

        async def worker(params: dict[str, str] = params, deadline: float = deadline) -> None:
            nonlocal done
            while time.perf_counter() < deadline:
                r = await client.get("/customer", params=params, auth=auth)
                assert r.status_code == 200
                done += 1

        t0 = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        out[name] = done / (time.perf_counter() - t0)
    return out


async def in_process(seconds: float) -> dict[str, float]:
    app = create_app(bench_config())
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://emulator/v2") as c:
        return await _run(c, seconds, concurrency=1)


def start_server() -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    code = (
        "import uvicorn\n"
        "from tripletex_async.emulator.app import create_app\n"
        "from scripts.bench.emulator import bench_config\n"
        f"uvicorn.run(create_app(bench_config()), host='127.0.0.1', port={port}, log_level='error',"
        " access_log=False)\n"
    )
    return subprocess.Popen([sys.executable, "-c", code], env=dict(os.environ)), port


async def over_socket(port: int, seconds: float, concurrency: int) -> dict[str, float]:
    base = f"http://127.0.0.1:{port}/v2"
    async with httpx.AsyncClient(base_url=base, limits=httpx.Limits(max_connections=concurrency)) as c:
        for _ in range(500):
            try:
                await c.get("/customer")
                break
            except httpx.TransportError:
                await asyncio.sleep(0.02)
        return await _run(c, seconds, concurrency)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--seconds", type=float, default=3.0)
    p.add_argument("--concurrency", type=int, default=1)
    args = p.parse_args()
    print(
        "in-process (ASGITransport):", {k: round(v) for k, v in asyncio.run(in_process(args.seconds)).items()}
    )
    proc, port = start_server()
    try:
        sock = asyncio.run(over_socket(port, args.seconds, args.concurrency))
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    print("uvicorn socket:", {k: round(v) for k, v in sock.items()})


if __name__ == "__main__":
    main()
