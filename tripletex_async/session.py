"""``SessionManager``: creates, caches, refreshes and revokes Tripletex session tokens.

* ``POST /token/session/:create`` with a JSON body. The deprecated
  ``PUT /token/session/:create?consumerToken=..&employeeToken=..&expirationDate=..`` (both tokens in
  the query string, where access logs keep them) is tried on a 404/405 only when enabled with
  ``ClientConfig.session_put_fallback``: a 404/405 usually means a proxy, a WAF or a wrong base URL, not a
  server without the POST.
* A session dies at 00:00 Europe/Oslo after its ``expirationDate``; the manager refreshes once
  ``expires_at - refresh_margin <= now``.
* Single-flight: however many tasks ask at once, one session is created (anyio lock + double
  check); :meth:`SessionManager.invalidate` drops a token only if it is still the current one, so N
  concurrent 401s cause one refresh.
* Tokens never appear in exceptions or logs. The deprecated PUT (tokens in the query) and the
  DELETE (token in the path) go straight to the client's transport (which logs paths redacted),
  never through httpx's own INFO request line.
"""

from __future__ import annotations

import contextlib
import logging
from contextlib import AbstractAsyncContextManager
from datetime import date
from typing import Any
from urllib.parse import quote

import anyio
import httpx

from .clock import Clock, SystemClock, expiration_date_for, session_expiry
from .config import ClientConfig
from .errors import (
    APIError,
    SessionCreationError,
    TransportError,
    TripletexError,
    error_from_response,
)
from .token_store import LockingTokenStore, MemoryTokenStore, SessionToken, TokenStore
from .transport import RETRY_UNSAFE_EXTENSION

__all__ = ["CREATE_PATH", "SessionManager"]

logger = logging.getLogger("tripletex_async.session")

CREATE_PATH = "/token/session/:create"
_NO_AUTH = httpx.Auth()  # overrides any client-level auth: session calls are unauthenticated
_RETRY_OK = {RETRY_UNSAFE_EXTENSION: True}
#: Sessions remembered as having worked (has_worked); a few suffice: old ones are long dead.
_WORKING_SESSIONS_KEPT = 8


class SessionManager:
    """Owns the session token for one (base URL, consumer token, employee token).

    ``http`` is the *unauthenticated* ``httpx.AsyncClient`` whose ``base_url`` is the API base
    (e.g. ``https://tripletex.no/v2``); session requests are sent without authentication so the same
    client may also carry a :class:`~tripletex_async.auth.SessionAuth` for ordinary calls.

    Requests that carry a token in their URL (revoking, the PUT fallback of creation) go straight to
    ``transport`` (the client's ``RetryTransport``; it logs paths redacted) rather than through
    ``http``, whose own request log line would show the URL: nothing is installed on any logger.
    Pass the transport ``http`` was built with (``TripletexClient`` does); without one, those two
    requests go through ``http`` and httpx's INFO line for them shows the URL.
    """

    def __init__(
        self,
        http: httpx.AsyncClient,
        config: ClientConfig,
        *,
        store: TokenStore | None = None,
        clock: Clock | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        # ``config`` was validated when it was built (tokens cleaned, refresh margin, validity days,
        # environment): nothing here checks it again.
        self._http = http
        self._transport = transport
        self._config = config
        self._consumer_token = config.consumer_token
        self._employee_token = config.employee_token
        self._store: TokenStore = store if store is not None else MemoryTokenStore()
        self._clock: Clock = clock or SystemClock()
        self.refresh_margin = config.refresh_margin
        self.validity_days = config.validity_days
        self.base_url = str(http.base_url).rstrip("/")
        # the key the token store and a shared rate budget agree on
        self._key = config.session_key
        self._lock = anyio.Lock()
        # A LockingTokenStore (e.g. tripletex_async.fleet.RedisTokenStore) shares one session between
        # processes: its lock is held around "read the store, create if needed, write the store" and
        # around invalidation. With a plain TokenStore, single-flight is in-process only.
        self._locking_store = self._store if isinstance(self._store, LockingTokenStore) else None
        self._current: SessionToken | None = None
        self._attempts = 0
        self._last_error: TripletexError | None = None
        self.creations = 0
        self.creation_attempts = 0
        # Companies a session of these credentials has served a non-401 answer for (``has_worked``).
        self._working_companies: set[int] = set()
        # The last few sessions that served any non-401 answer (any company): a later 401 on one of
        # them means it was revoked, not refused. Insertion-ordered, trimmed to _WORKING_SESSIONS_KEPT.
        self._working_sessions: dict[str, None] = {}
        self.allow_put_fallback = config.session_put_fallback
        self.used_put_fallback = False

    # Public API -----------------------------------------------------------------------------
    def secrets(self) -> tuple[str, ...]:
        """Every secret this manager holds (both tokens, the current session token): what errors
        built from responses are scrubbed of."""
        current = self._current
        return (self._consumer_token, self._employee_token, *((current.token,) if current else ()))

    @property
    def store_key(self) -> str:
        return self._key

    @property
    def current(self) -> SessionToken | None:
        """The token in use (possibly expired), without any I/O."""
        return self._current

    def _usable(self, token: SessionToken | None) -> bool:
        return token is not None and token.is_usable(self._clock.now(), self.refresh_margin)

    async def get_token(self) -> SessionToken:
        """A token valid for at least ``refresh_margin``; creates one if needed (single-flight)."""
        token = self._current
        if token is not None and self._usable(token):
            return token
        seen_attempts = self._attempts
        async with self._lock:
            token = self._current
            if token is not None and self._usable(token):
                return token
            if self._attempts != seen_attempts and self._last_error is not None:
                # A creation attempt failed while we were queued: share its outcome instead of
                # hammering the token endpoint once per waiting task.
                raise self._last_error
            async with self._shared_lock():
                stored = await self._store.get(self._key)
                if stored is not None and self._usable(stored):
                    self._current = stored
                    return stored
                self._attempts += 1
                try:
                    token = await self._create()
                except TripletexError as exc:
                    self._last_error = exc
                    raise
                self._last_error = None
                await self._store.set(self._key, token)
                self._current = token
                return token

    def mark_working(self, token: SessionToken, company_id: int) -> None:
        """Note that a session of these credentials (``token``) got a non-401 answer acting on
        ``company_id``: the company is reachable with them."""
        self._working_companies.add(company_id)
        if token.token not in self._working_sessions:
            self._working_sessions[token.token] = None
            if len(self._working_sessions) > _WORKING_SESSIONS_KEPT:
                del self._working_sessions[next(iter(self._working_sessions))]

    def has_worked(self, token: SessionToken, company_id: int) -> bool:
        """True if a 401 on ``token`` for ``company_id`` means the session died (expired, revoked,
        replaced) rather than that the login lacks access: ``company_id`` has answered (non-401) with
        some session of these credentials, or ``token`` itself has served a non-401 answer for any
        company. (A fresh session revoked, e.g. by other processes or a per-session limit, before
        its first answer for this company must not look like a login without access.)"""
        return company_id in self._working_companies or token.token in self._working_sessions

    async def invalidate(self, token: SessionToken) -> None:
        """Forget ``token`` (e.g. after a 401) if it is still the current one."""
        async with self._lock:
            if self._current is not None and self._current.token == token.token:
                self._current = None
            async with self._shared_lock():
                stored = await self._store.get(self._key)
                if stored is not None and stored.token == token.token:
                    await self._store.delete(self._key)

    def _shared_lock(self) -> AbstractAsyncContextManager[Any]:
        """The store's cross-process lock for this key, or a no-op."""
        if self._locking_store is None:
            return contextlib.nullcontext()
        return self._locking_store.lock(self._key)

    async def revoke(self) -> bool:
        """Revoke the current session at Tripletex (``DELETE /token/session/{token}``) and forget it.

        Returns True if a token was revoked; False if there was none, or it was already unknown
        to Tripletex (401/404).
        """
        async with self._lock:
            token = self._current or await self._store.get(self._key)
            self._current = None
            await self._store.delete(self._key)
        if token is None:
            return False
        request = self._http.build_request(
            "DELETE", "/token/session/" + quote(token.token, safe=""), extensions=_RETRY_OK
        )
        next(httpx.BasicAuth("0", token.token).auth_flow(request))  # sets the Authorization header
        response = await self._send_unlogged(request)
        if response.status_code in (401, 404):
            return False
        if response.status_code >= 400:
            raise error_from_response(response, (*self.secrets(), token.token))
        logger.debug("revoked Tripletex session %s", token.session_id)
        return True

    async def _send_unlogged(self, request: httpx.Request) -> httpx.Response:
        """Send a request whose URL holds a token without httpx's request log line (see class doc)."""
        if self._transport is None:
            return await self._http.send(request, auth=_NO_AUTH)
        response = await self._transport.handle_async_request(request)
        response.request = request
        try:
            await response.aread()
        finally:
            await response.aclose()
        return response

    # Creation -------------------------------------------------------------------------------
    async def _create(self) -> SessionToken:
        self.creation_attempts += 1
        expiration = expiration_date_for(self._clock.now(), self.validity_days)
        payload = {
            "consumerToken": self._consumer_token,
            "employeeToken": self._employee_token,
            "expirationDate": expiration.isoformat(),
        }
        # Creating a spare session is harmless, so network failures may be retried for POST/PUT too.
        try:
            response = await self._http.post(CREATE_PATH, json=payload, auth=_NO_AUTH, extensions=_RETRY_OK)
            if response.status_code in (404, 405) and self.allow_put_fallback:
                logger.debug("POST %s answered %d; falling back to PUT", CREATE_PATH, response.status_code)
                self.used_put_fallback = True
                response = await self._send_unlogged(
                    self._http.build_request("PUT", CREATE_PATH, params=payload, extensions=_RETRY_OK)
                )
        except TransportError as exc:
            raise SessionCreationError(
                hint=(
                    "Could not create a Tripletex session: the session request kept failing on the "
                    f"network ({exc.attempts} attempt(s)); check connectivity and try again later."
                ),
                status=0,  # no HTTP answer
                method=exc.method,
                url=exc.url,
            ) from exc
        if response.status_code >= 400:
            cause = error_from_response(response, self.secrets())
            raise self._creation_error(cause) from cause
        token = self._parse(response, expiration)
        if not self._usable(token):
            raise SessionCreationError(
                hint=(
                    "Tripletex returned a session token that is already expired or inside the "
                    "refresh margin; check the system clock and refresh_margin."
                ),
                status=response.status_code,
                method=response.request.method,
            )
        self.creations += 1
        logger.debug(
            "created Tripletex session %s (expirationDate %s, expires %s)",
            token.session_id,
            token.expiration_date,
            token.expires_at.isoformat(),
        )
        return token

    def _parse(self, response: httpx.Response, requested: date) -> SessionToken:
        try:
            body: Any = response.json()
        except ValueError:
            body = None
        value = body.get("value") if isinstance(body, dict) else None
        raw_token = value.get("token") if isinstance(value, dict) else None
        if not isinstance(value, dict) or not isinstance(raw_token, str) or not raw_token:
            html = (
                "html" in response.headers.get("content-type", "").lower()
                or response.content.lstrip()[:1] == b"<"
            )
            hint = (
                f"{self.base_url} answered the session request with an HTML page, without a token: "
                "not the Tripletex API, the base URL looks wrong (Tripletex is https://tripletex.no/v2 or "
                "https://api-test.tripletex.tech/v2; an emulator or proxy needs its .../v2 URL)."
                if html
                else "Tripletex answered the session request without a token (unexpected response body)."
            )
            raise SessionCreationError(
                hint=hint,
                status=response.status_code,
                method=response.request.method,
                request_id=response.headers.get("x-tlx-request-id"),
            )
        expiration = requested
        raw_exp = value.get("expirationDate")
        if isinstance(raw_exp, str):
            with contextlib.suppress(ValueError):
                expiration = date.fromisoformat(raw_exp[:10])
        session_id = value.get("id")
        return SessionToken(
            token=raw_token,
            expires_at=session_expiry(expiration),
            company_id=None,
            expiration_date=expiration,
            session_id=session_id if isinstance(session_id, int) else None,
        )

    def _environment_hint(self) -> str:
        odd = [name.replace("_", " ") for name in self._config.tokens_of_another_environment()]
        if odd:
            target = self._config.environment
            other = "production" if target == "test" else "test"
            return (
                f" The client points at the {target} environment but the {' and '.join(odd)} "
                f"look(s) like {other} token(s) (test tokens carry the 'test-' prefix, inside the "
                "base64 wrapping when wrapped): tokens only work in the environment that issued them."
            )
        return (
            " Also check that both tokens were issued for this environment (test tokens only work "
            "against the test environment, production tokens only against production)."
        )

    def _creation_error(self, err: APIError) -> SessionCreationError:
        status = err.status or 0
        if status == 429 or status >= 500:
            # transient, not a credentials problem: say so, and that retries were spent
            hint = (
                f"Could not create a Tripletex session: the service kept answering HTTP {status} to "
                "the session request (retried as the retry policy allows); it is likely overloaded "
                "or down, try again later."
            )
            return SessionCreationError.from_api_error(err, hint)
        if status == 401:
            hint = (
                "Could not create a Tripletex session: the consumer token or employee token was "
                "rejected (invalid, expired or revoked, or the employee token does not belong to "
                "this consumer token)."
            )
        elif status == 422:
            hint = (
                "Could not create a Tripletex session: the request was rejected as invalid, "
                "usually a malformed or mismatched consumer/employee token, or an expirationDate "
                "the employee token does not allow."
            )
        elif status in (404, 405) and not self.used_put_fallback:
            hint = (
                f"Could not create a Tripletex session: POST {CREATE_PATH} answered HTTP {status}, "
                "so base_url does not reach the Tripletex API (a proxy or firewall in between, or a "
                "wrong path; it must end in /v2). The deprecated PUT fallback, which sends both "
                "tokens in the query string, is off; enable it with session_put_fallback=True only "
                "for a server known to lack the POST."
            )
        elif status == 403:
            hint = (
                "Could not create a Tripletex session: the employee token is not allowed to "
                "create sessions (API access not enabled for the company or employee)."
            )
        else:
            hint = f"Could not create a Tripletex session (HTTP {status})."
        wrong_place = status in (404, 405)  # not a token problem: no environment hint
        return SessionCreationError.from_api_error(
            err, hint + ("" if wrong_place else self._environment_hint())
        )

    def __repr__(self) -> str:
        return (
            f"SessionManager(base_url={self.base_url!r}, consumer_token='***', employee_token='***', "
            f"refresh_margin={self.refresh_margin}, creations={self.creations})"
        )
