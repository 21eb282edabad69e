"""Issue 13 point 5: a payload planted in the fleet's Redis must not run code on the workers.

On today's main the pool and the worker used arq's default ``pickle``: a job whose bytes are a
pickle naming any callable ran it inside every worker that picked the job up (here: a harmless
``Path.touch`` of a marker file). Now jobs are JSON on both ends and the planted job fails unrun.
"""

from __future__ import annotations

import pickle
import time
from pathlib import Path
from typing import Any

import pytest
from arq.constants import job_key_prefix

from tests.support.fleet import fleet_config, in_process_client_kwargs
from tripletex_async.emulator import create_app
from tripletex_async.errors import ConfigurationError
from tripletex_async.fleet.jobs import build_worker
from tripletex_async.fleet.queue import QUEUE_CODEC, connect_queue, dumps, loads
from tripletex_async.fleet.runs import QUEUE_NAME

pytestmark = pytest.mark.filterwarnings("ignore:Call to deprecated close:DeprecationWarning")


class Planted:
    """Unpickling this calls ``Path.touch(marker)``: stands for any code an attacker names."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[Any, ...]:
        return (Path.touch, (self.marker,))


def planted_job(marker: Path) -> bytes:
    job = {"t": 1, "f": "sync_dataset", "a": ["r", 1, "customers", "2000-01-01", "2100-01-01", 10],
           "k": {}, "et": int(time.time() * 1000), "x": Planted(marker)}  # fmt: skip
    return pickle.dumps(job, protocol=4)


def test_the_codec_refuses_a_pickle_without_running_it(tmp_path: Path) -> None:
    marker = tmp_path / "owned"
    with pytest.raises(ValueError):
        loads(planted_job(marker))
    assert not marker.exists()
    job = {"t": 1, "f": "sync_dataset", "a": ("run", 3, "customers", "2024-01-01"), "k": {}, "et": 5}
    assert loads(dumps(job)) == {**job, "a": ["run", 3, "customers", "2024-01-01"]}
    assert loads(dumps({"r": RuntimeError("boom"), "s": False}))["r"] == "RuntimeError: boom"
    with pytest.raises(ConfigurationError, match="plain values"):
        dumps({"a": [object()]})


@pytest.mark.asyncio
async def test_a_planted_pickle_job_is_not_executed_by_a_worker(
    redis_url: str, pg_dsn: str, tmp_path: Path
) -> None:
    marker = tmp_path / "owned"
    app = create_app(fleet_config())
    client_kwargs = in_process_client_kwargs(app)
    attacker = await connect_queue(redis_url, QUEUE_NAME)  # anyone who can write to the Redis
    try:
        await attacker.set(job_key_prefix + "planted", planted_job(marker))
        await attacker.zadd(QUEUE_NAME, {"planted": int(time.time() * 1000)})
    finally:
        await attacker.aclose()
    own = await connect_queue(redis_url, QUEUE_NAME)
    worker = build_worker(own, pg_dsn, client_kwargs=client_kwargs, burst=True, handle_signals=False)
    assert worker.job_deserializer is QUEUE_CODEC["job_deserializer"]
    try:
        await worker.async_run()
    finally:
        await worker.close()
    assert not marker.exists(), "the worker unpickled the planted job and ran its code"
    assert worker.jobs_failed == 1 and worker.jobs_complete == 0
