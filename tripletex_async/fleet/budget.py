"""``RedisRateLimiter``: one rate budget in Redis for every worker using the same tokens.

Tripletex limits requests per (employee token, consumer token), not per process. Each worker's
client is built with ``TripletexClient(rate_limiter=RedisRateLimiter(redis, config.session_key))``
(a :class:`~tripletex_async.ratelimit.RateLimiter`; the transport awaits each of its steps):

* ``wait_for_budget`` reserves one request atomically (a Lua script): it decrements the shared
  ``remaining``; when that is spent it returns how long until the period ends, and every worker
  waits; while a 429 pause key exists (set by any worker) everyone waits for its TTL.
* ``observe`` sends each response's ``X-Rate-Limit-*`` headers to Redis (awaited, in the request):
  ``remaining`` only ever goes down within a period (min of our count and the service's), the
  period's end is the earliest estimate seen.
* When a period ends, or a header shows that the service began a new one, the budget goes back
  to "unknown" and a single probe request is let through; its headers tell every worker the real
  remaining of the new period (including requests that crossed the boundary). The answer that
  shows a new period is not trusted for it: requests reserved before it (in flight, or in a
  process the OS has not scheduled yet) may reach the service after it, so adopting its
  remaining would let the fleet spend them twice. Until a probe has
  answered, the others poll every ``poll`` seconds. A service that sends no headers at all is
  marked ``headerless`` and not gated.
* ``on_429`` pauses the whole fleet (``SET pause PX delay``; only ever lengthened).

Times are Redis server time (``TIME``), so worker clocks need not agree. Redis errors fall back
to the limiter's process-local :class:`~tripletex_async.ratelimit.RateLimitState` (which also
records every answer) with a warning.
"""

from __future__ import annotations

import logging
from typing import Any

import httpx
from redis.asyncio import Redis
from redis.exceptions import RedisError

from ..ratelimit import RateLimitSnapshot, RateLimitState

__all__ = ["RedisRateLimiter"]

logger = logging.getLogger("tripletex_async.fleet.budget")

_NOW = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
"""

# KEYS: state hash, pause key, probe key. ARGV: slack ms, poll ms, probe ms, ttl ms.
# Returns 0 when one request may go now, else the milliseconds to wait before asking again.
_RESERVE = (
    _NOW
    + """
local slack, poll, probe, ttl = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local paused = redis.call('PTTL', KEYS[2])
if paused > 0 then return paused end
local h = redis.call('HMGET', KEYS[1], 'remaining', 'reset_at', 'headerless')
local rem, reset_at = tonumber(h[1]), tonumber(h[2])
if reset_at and now >= reset_at then
  -- the period is over: the new one's remaining is unknown until a probe answers
  redis.call('HDEL', KEYS[1], 'remaining', 'reset_at')
  rem, reset_at = nil, nil
end
if rem ~= nil and rem > 0 then
  redis.call('HSET', KEYS[1], 'remaining', rem - 1)
  redis.call('PEXPIRE', KEYS[1], ttl)
  return 0
end
if rem ~= nil and reset_at then return math.max(1, reset_at - now + slack) end
if rem == nil and h[3] then return 0 end
-- remaining unknown (or spent with an unknown end): one probe at a time teaches everyone
if redis.call('SET', KEYS[3], '1', 'NX', 'PX', probe) then return 0 end
return poll
"""
)

# KEYS: state hash, probe key. ARGV: limit, remaining, reset ms ('' when absent), ttl ms, jump ms.
_OBSERVE = (
    _NOW
    + """
local limit, hrem, hreset = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local ttl, jump = tonumber(ARGV[4]), tonumber(ARGV[5])
if limit == nil and hrem == nil and hreset == nil then
  if redis.call('HEXISTS', KEYS[1], 'limit') == 0 then redis.call('HSET', KEYS[1], 'headerless', '1') end
  redis.call('PEXPIRE', KEYS[1], ttl)
  return 0
end
redis.call('HDEL', KEYS[1], 'headerless')
if limit then redis.call('HSET', KEYS[1], 'limit', limit) end
local h = redis.call('HMGET', KEYS[1], 'remaining', 'reset_at')
local rem, reset_at = tonumber(h[1]), tonumber(h[2])
if reset_at and now >= reset_at then rem, reset_at = nil, nil end
if hreset then
  local new_reset = now + hreset
  if reset_at and new_reset > reset_at + jump then
    -- a later period than the one tracked has begun. Its remaining is not this answer's: requests
    -- reserved before it may reach the service after it. Unknown until a probe answers.
    redis.call('HDEL', KEYS[1], 'remaining')
    redis.call('HSET', KEYS[1], 'reset_at', new_reset)
    redis.call('PEXPIRE', KEYS[1], ttl)
    return 0
  elseif reset_at == nil or new_reset < reset_at then
    reset_at = new_reset
  end
end
if hrem then
  if rem == nil or hrem < rem then rem = hrem end
end
if rem then redis.call('HSET', KEYS[1], 'remaining', rem) else redis.call('HDEL', KEYS[1], 'remaining') end
if reset_at then redis.call('HSET', KEYS[1], 'reset_at', reset_at) else redis.call('HDEL', KEYS[1], 'reset_at') end
if rem then redis.call('DEL', KEYS[2]) end
redis.call('PEXPIRE', KEYS[1], ttl)
return 0
"""
)

# KEYS: pause key, state hash. ARGV: pause ms. Lengthens the fleet-wide pause, never shortens it.
_PAUSE = """
local ms = tonumber(ARGV[1])
if redis.call('PTTL', KEYS[1]) < ms then redis.call('SET', KEYS[1], '1', 'PX', ms) end
if redis.call('EXISTS', KEYS[2]) == 1 then redis.call('HSET', KEYS[2], 'remaining', 0) end
return 0
"""


def _arg(value: float | None) -> str:
    return "" if value is None else repr(value)


class RedisRateLimiter:
    """A :class:`~tripletex_async.ratelimit.RateLimiter` whose budget and 429 pauses live in Redis
    under ``key`` (``ClientConfig.session_key``: one budget per tokens and base URL).

    ``local`` is the process-local gate it keeps in step and falls back to when Redis fails
    (default: ``RateLimitState(**local_settings)``; the fleet passes the one its retry policy gives).
    """

    def __init__(
        self,
        redis: Redis,
        key: str,
        *,
        local: RateLimitState | None = None,
        poll: float = 0.02,
        probe_interval: float = 2.0,
        new_period_jump: float = 1.5,
        ttl: float = 3600.0,
        min_slack: float = 0.05,
        **local_settings: Any,
    ) -> None:
        self.local = local if local is not None else RateLimitState(**local_settings)
        self.redis = redis
        self.key = key
        self._keys = (f"{key}:ratelimit", f"{key}:ratelimit:pause", f"{key}:ratelimit:probe")
        self._slack_ms = int(max(self.local.slack, min_slack) * 1000)
        self._poll_ms = max(1, int(poll * 1000))
        self._probe_ms = max(1, int(probe_interval * 1000))
        self._jump_ms = int(new_period_jump * 1000)
        self._ttl_ms = int(ttl * 1000)
        self._reserve = redis.register_script(_RESERVE)
        self._observe = redis.register_script(_OBSERVE)
        self._pause = redis.register_script(_PAUSE)
        self.redis_errors = 0
        self.shared_waits = 0  # times this process waited on the shared budget
        self.total_waited = 0.0

    # The gate ---------------------------------------------------------------------------------
    async def wait_for_budget(self) -> float:
        max_wait = self.local.max_wait
        waited = 0.0
        while True:
            try:
                wait_ms = int(
                    await self._reserve(
                        keys=list(self._keys),
                        args=[self._slack_ms, self._poll_ms, self._probe_ms, self._ttl_ms],
                    )
                )
            except RedisError as exc:
                self._redis_failed(exc)
                waited += await self.local.wait_for_budget()
                break
            if wait_ms <= 0:
                break
            delay = wait_ms / 1000.0
            if delay > max_wait - waited:
                logger.debug("shared budget: wait of %.1f s is beyond max_wait; not waiting", delay)
                break
            self.shared_waits += 1
            await self.local.sleep(delay)
            waited += delay
        self.total_waited += waited
        return waited

    async def observe(self, response: httpx.Response) -> None:
        snap = self.local.record(response)
        reset_ms = None if snap.reset_seconds is None else int(snap.reset_seconds * 1000)
        try:
            await self._observe(
                keys=[self._keys[0], self._keys[2]],
                args=[_arg(snap.limit), _arg(snap.remaining), _arg(reset_ms), self._ttl_ms, self._jump_ms],
            )
        except RedisError as exc:
            self._redis_failed(exc)

    async def on_429(self, retry_after: float | None = None) -> float:
        delay = self.local.pause(retry_after)
        try:
            await self._pause(keys=[self._keys[1], self._keys[0]], args=[max(1, int(delay * 1000))])
        except RedisError as exc:
            self._redis_failed(exc)
        return delay

    def snapshot(self) -> RateLimitSnapshot:
        """This process's view (the shared one: :meth:`shared_snapshot`)."""
        return self.local.snapshot()

    def _redis_failed(self, exc: BaseException) -> None:
        self.redis_errors += 1
        logger.warning("shared rate budget unavailable (%s); using the local view", exc)

    async def shared_snapshot(self) -> dict[str, str]:
        """The shared state as stored (for tests and diagnostics)."""
        raw = await self.redis.hgetall(self._keys[0])  # type: ignore[misc]
        return {k.decode() if isinstance(k, bytes) else str(k): v.decode() for k, v in raw.items()}

    def __repr__(self) -> str:
        return f"RedisRateLimiter(key={self.key!r}, shared_waits={self.shared_waits})"
