"""``SessionAuth``: httpx authentication with Tripletex session tokens (HTTP Basic).

Username is the company id (0 = the token owner's company; accountants use a client company id),
password is the session token from a :class:`~tripletex_async.session.SessionManager`.
Authorization is applied per attempt: the transport re-signs every retry with the session current
at that moment. On a 401:

* with a session other tasks have already replaced: sent again with the current one (at most
  ``MAX_STALE_RESENDS`` times) -- it says nothing about the credentials;
* with the current session: it is invalidated, a fresh one fetched and the request retried. A
  further 401 on the current session is retried only when this company has answered with these
  credentials before, or that session has answered for any company (either way the session died
  in the meantime: revoked by another process or a server-side limit), and at most ``MAX_SESSION_REFRESHES`` times per request; a 401 for a company
  that never answered with them (bad credentials, no access to that company) is returned as is
  (the caller raises).
"""

from __future__ import annotations

import base64
import logging
from collections.abc import AsyncGenerator, Generator

import httpx

from .errors import ConfigurationError
from .redaction import redact_path
from .session import SessionManager
from .token_store import SessionToken
from .transport import AUTHORIZE_EXTENSION

__all__ = ["MAX_SESSION_REFRESHES", "MAX_STALE_RESENDS", "SessionAuth", "basic_auth_header"]

logger = logging.getLogger("tripletex_async.auth")

#: Session refreshes one request may cause (401 -> new session -> retry), however often it is revoked.
MAX_SESSION_REFRESHES = 3
#: Re-sends one request may make after 401s on sessions other tasks had already replaced.
MAX_STALE_RESENDS = 8


def basic_auth_header(company_id: int, token: str) -> str:
    """The ``Authorization`` header value ``Basic base64(<company_id>:<token>)``."""
    raw = f"{company_id}:{token}".encode()
    return "Basic " + base64.b64encode(raw).decode("ascii")


class _AttemptSigner:
    """Signs each attempt of one request with the session current at that moment (an
    ``AttemptAuthorizer`` for the transport) and remembers which session the last attempt carried."""

    __slots__ = ("company", "manager", "token")

    def __init__(self, manager: SessionManager, company: int) -> None:
        self.manager = manager
        self.company = company
        self.token: SessionToken

    async def authorize(self, request: httpx.Request) -> None:
        self.token = await self.manager.get_token()
        request.headers["Authorization"] = basic_auth_header(self.company, self.token.token)


class SessionAuth(httpx.Auth):
    """Async-only ``httpx.Auth`` for Tripletex. Cheap to copy with :meth:`with_company`."""

    def __init__(self, manager: SessionManager, company_id: int = 0) -> None:
        self.manager = manager
        #: a validated company id (``ClientConfig.company_id``, or a view's, checked by
        #: ``config.check_company_id``): not checked again here
        self.company_id = company_id

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
        signer = _AttemptSigner(manager, company)
        await signer.authorize(request)
        # The transport signs every retry again (a 5xx retry must not re-send a replaced session).
        request.extensions = {**request.extensions, AUTHORIZE_EXTENSION: signer}
        refreshes = stale = 0
        while True:
            response = yield request
            token = signer.token  # the session the answered attempt carried
            if response.status_code != 401:
                manager.mark_working(token, company)
                return
            current = manager.current
            replaced = current is None or current.token != token.token
            if replaced:
                # Other tasks already replaced (or dropped) that session: this 401 says nothing
                # about the credentials; sign with the current session and send again.
                if stale == MAX_STALE_RESENDS:
                    return
                stale += 1
            else:
                # The first 401 on the current session earns a refresh (it may have expired or
                # been revoked); later ones only if this company has answered with these credentials
                # or this session has answered for any company (it was revoked, not refused).
                if refreshes == MAX_SESSION_REFRESHES or (
                    refreshes and not manager.has_worked(token, company)
                ):
                    return
                refreshes += 1
            # Read (and so close) the 401 before waiting for a new session: an open response holds
            # one of the transport's in-flight slots, and with every slot held by a 401 the session
            # request could never be sent (deadlock when a session expires under full concurrency).
            await response.aread()
            logger.debug(
                "401 on %s %s with %s session %s; %s and retrying",
                request.method,
                redact_path(request.url),
                "a replaced" if replaced else "the current",
                token.session_id,
                "using the current session"
                if replaced
                else f"refreshing ({refreshes} of at most {MAX_SESSION_REFRESHES})",
            )
            if not replaced:
                await manager.invalidate(token)
            await signer.authorize(request)

    def __repr__(self) -> str:
        return f"SessionAuth(company_id={self.company_id})"
