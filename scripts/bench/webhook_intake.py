"""`make bench-webhooks`: what an unauthenticated sender costs the webhook receiver.

Drives the receiver through its ASGI interface only (so the same script measures any version of
it) with forged deliveries, and prints:

* the traced peak memory of one unauthenticated 10 MiB body (wrong signature), with and without a
  declared ``Content-Length``;
* the memory held by 16 uploads that send 9 MiB each and then stall (no declared length), and by
  16 that send 0.9 MiB (under the cap) and stall;
* the time until a body trickled at 1 KiB / 10 ms with a wrong auth header is refused, and how
  many of its bytes the receiver consumed first.

Memory is measured with tracemalloc (Python allocations: what the receiver buffers). Last line:
`key=value` pairs for bench/results.json.
"""

from __future__ import annotations

import asyncio
import gc
import time
import tracemalloc
import warnings
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from tripletex_async.webhooks import WebhookReceiver

MiB = 1024 * 1024
SECRET = "bench-secret-0123456789abcdef"  # noqa: S105 - a throwaway test secret
CHUNK = 64 * 1024

Message = dict[str, Any]


def _scope(length: int | None, auth: bytes | None = None) -> dict[str, Any]:
    headers = [
        (b"content-type", b"application/json"),
        (b"idempotency-key", b"k-1"),
        (b"x-request-signature", b"Zm9yZ2Vk"),
    ]
    if length is not None:
        headers.append((b"content-length", str(length).encode()))
    if auth is not None:
        headers.append((b"x-hook-auth", auth))
    return {"type": "http", "method": "POST", "path": "/", "headers": headers}


class Sender:
    """An ASGI ``receive`` that sends ``total`` bytes in chunks, then stalls (or ends)."""

    def __init__(self, total: int, *, stall: asyncio.Event | None = None, delay: float = 0.0) -> None:
        self.total = total
        self.sent = 0
        self.stall = stall
        self.delay = delay
        self.status: int | None = None
        self.reached_stall = asyncio.Event()

    async def receive(self) -> Message:
        if self.sent >= self.total and self.stall is not None:
            self.reached_stall.set()
            await self.stall.wait()
            return {"type": "http.disconnect"}
        if self.delay:
            await asyncio.sleep(self.delay)
        size = min(CHUNK if not self.delay else 1024, self.total - self.sent)
        self.sent += size
        more = self.sent < self.total or self.stall is not None
        return {"type": "http.request", "body": b"x" * size, "more_body": more}

    async def send(self, message: MutableMapping[str, Any]) -> None:
        if message["type"] == "http.response.start":
            self.status = message["status"]
            self.reached_stall.set()


async def _traced(run: Callable[[], Awaitable[Any]]) -> tuple[float, Any]:
    gc.collect()
    tracemalloc.start()
    tracemalloc.reset_peak()
    base = tracemalloc.get_traced_memory()[0]
    result = await run()
    peak = tracemalloc.get_traced_memory()[1] - base
    tracemalloc.stop()
    return peak / MiB, result


async def one_body(declared: bool) -> tuple[float, int | None]:
    receiver = WebhookReceiver(hmac_secret=SECRET)
    total = 10 * MiB
    sender = Sender(total)

    async def run() -> int | None:
        await receiver(_scope(total if declared else None), sender.receive, sender.send)
        return sender.status

    peak, status = await _traced(run)
    return peak, status


def _receiver(**limits: float) -> WebhookReceiver | None:
    """A receiver with these limits; None when this version of the receiver has none."""
    try:
        return WebhookReceiver(hmac_secret=SECRET, **limits)  # type: ignore[arg-type]
    except TypeError:
        return None


async def stalled(
    per_upload: int, count: int = 16, read_timeout: float | None = None
) -> tuple[float, list[int | None]] | None:
    """Memory held while ``count`` uploads of ``per_upload`` bytes are stalled (or refused); with
    ``read_timeout``, once that has passed (None if this receiver has no read deadline)."""
    receiver = _receiver(read_timeout=read_timeout) if read_timeout else _receiver()
    if receiver is None:
        return None
    stall = asyncio.Event()
    senders = [Sender(per_upload, stall=stall) for _ in range(count)]
    gc.collect()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    tasks = [asyncio.create_task(receiver(_scope(None), s.receive, s.send)) for s in senders]
    if read_timeout:
        await asyncio.sleep(read_timeout * 2)
        await asyncio.gather(*tasks)  # the deadline answered them all
    else:
        await asyncio.gather(*(s.reached_stall.wait() for s in senders))
    gc.collect()
    held = (tracemalloc.get_traced_memory()[0] - base) / MiB
    tracemalloc.stop()
    stall.set()
    await asyncio.gather(*tasks)
    return held, [s.status for s in senders]


async def trickle() -> tuple[float, int, int | None]:
    """Seconds until a trickled body with a wrong auth header is refused; bytes consumed."""
    with warnings.catch_warnings():  # the header-only warning is the point of another test
        warnings.simplefilter("ignore")
        receiver = WebhookReceiver(auth_header=("x-hook-auth", "the-right-value-0123"))
    total = 64 * 1024
    sender = Sender(total, delay=0.01)
    started = time.perf_counter()
    await receiver(_scope(total, auth=b"a-wrong-value"), sender.receive, sender.send)
    return time.perf_counter() - started, sender.sent, sender.status


async def main_async() -> dict[str, float]:
    declared_peak, declared_status = await one_body(declared=True)
    chunked_peak, chunked_status = await one_body(declared=False)
    print(
        f"one unauthenticated 10 MiB body, Content-Length declared: peak {declared_peak:.2f} MiB, "
        f"answer {declared_status}"
    )
    print(
        f"one unauthenticated 10 MiB body, no Content-Length:      peak {chunked_peak:.2f} MiB, "
        f"answer {chunked_status}"
    )
    stalls = {}
    for label, size, timeout in (("9 MiB", 9 * MiB, None), ("0.9 MiB", 9 * MiB // 10, None)):
        measured = await stalled(size, read_timeout=timeout)
        assert measured is not None
        stalls[label] = measured
        print(
            f"16 uploads of {label} that stall: {measured[0]:.1f} MiB held while stalled "
            f"(answers: {sorted(set(map(str, measured[1])))})"
        )
    released = await stalled(9 * MiB // 10, read_timeout=0.5)
    if released is not None:
        print(
            f"the same 16 x 0.9 MiB once read_timeout has passed: {released[0]:.1f} MiB held "
            f"(answers: {sorted(set(map(str, released[1])))})"
        )
    seconds, consumed, status = await trickle()
    print(
        f"trickled 64 KiB body (1 KiB / 10 ms), wrong auth header: refused after {seconds:.3f} s, "
        f"{consumed} body bytes consumed, answer {status}"
    )
    return {
        "webhook_peak_declared_mib": round(declared_peak, 2),
        "webhook_peak_chunked_mib": round(chunked_peak, 2),
        "webhook_stalled_9mib_x16_held_mib": round(stalls["9 MiB"][0], 1),
        "webhook_stalled_09mib_x16_held_mib": round(stalls["0.9 MiB"][0], 1),
        **({"webhook_stalled_after_deadline_mib": round(released[0], 1)} if released else {}),
        "webhook_trickle_refused_seconds": round(seconds, 3),
        "webhook_trickle_bytes_consumed": consumed,
    }


def main() -> None:
    figures = asyncio.run(main_async())
    print(" ".join(f"{k}={v}" for k, v in figures.items()))


if __name__ == "__main__":
    main()
