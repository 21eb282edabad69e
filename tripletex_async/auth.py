"""``SessionAuth``: httpx authentication with Tripletex session tokens (HTTP Basic).

Username is the company id (0 = the token owner's company; accountants use a client company id),
password is the session token from a :class:`~tripletex_async.session.SessionManager`.
On a 401 the token is invalidated, a fresh one fetched and the request retried. A further 401 is
retried again only when its session had already worked for this company (so it was revoked or
replaced in the meantime, e.g. by another process or a server-side limit) and at most
``MAX_SESSION_REFRESHES`` times per request; a 401 on a session that never worked for the company
(bad credentials, no access to that company) is returned as is (the caller raises).
"""

from __future__ import annotations

import base64
import logging
from collections.abc import AsyncGenerator, Generator

import httpx

from .errors import ConfigurationError
from .redaction import redact_path
from .session import SessionManager

__all__ = ["MAX_SESSION_REFRESHES", "SessionAuth", "basic_auth_header"]

logger = logging.getLogger("tripletex_async.auth")

#: Session refreshes one request may cause (401 -> new session -> retry), however often it is revoked.
MAX_SESSION_REFRESHES = 3


def basic_auth_header(company_id: int, token: str) -> str:
    """The ``Authorization`` header value ``Basic base64(<company_id>:<token>)``."""
    raw = f"{company_id}:{token}".encode()
    return "Basic " + base64.b64encode(raw).decode("ascii")


def _check_company_id(company_id: int) -> int:
    if isinstance(company_id, bool) or not isinstance(company_id, int) or company_id < 0:
        raise ConfigurationError("company_id must be a non-negative integer (0 = the token owner's company)")
    return company_id


class SessionAuth(httpx.Auth):
    """Async-only ``httpx.Auth`` for Tripletex. Cheap to copy with :meth:`with_company`."""

    def __init__(self, manager: SessionManager, company_id: int = 0) -> None:
        self.manager = manager
        self.company_id = _check_company_id(company_id)

    def with_company(self, company_id: int) -> SessionAuth:
        """A new auth acting on ``company_id``, sharing this one's session manager."""
        return SessionAuth(self.manager, company_id)

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        raise ConfigurationError("SessionAuth is async-only: use it with httpx.AsyncClient, not httpx.Client")

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        raise ConfigurationError("SessionAuth is async-only: use it with httpx.AsyncClient, not httpx.Client")

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        await request.aread()  # so the request can be sent again after a 401
        manager, company = self.manager, self.company_id
        token = await manager.get_token()
        refreshes = 0
        while True:
            request.headers["Authorization"] = basic_auth_header(company, token.token)
            response = yield request
            if response.status_code != 401:
                manager.mark_working(token, company)
                return
            # The first 401 always earns a refresh (the session may have expired or been revoked);
            # later ones only if the session they came with had worked for this company before.
            if refreshes == MAX_SESSION_REFRESHES or (refreshes and not manager.has_worked(token, company)):
                return
            # Read (and so close) the 401 before waiting for a new session: an open response holds
            # one of the transport's in-flight slots, and with every slot held by a 401 the session
            # request could never be sent (deadlock when a session expires under full concurrency).
            await response.aread()
            refreshes += 1
            logger.debug(
                "401 on %s %s with session %s; refreshing the session and retrying (%d of at most %d)",
                request.method,
                redact_path(request.url),
                token.session_id,
                refreshes,
                MAX_SESSION_REFRESHES,
            )
            await manager.invalidate(token)
            token = await manager.get_token()

    def __repr__(self) -> str:
        return f"SessionAuth(company_id={self.company_id})"
