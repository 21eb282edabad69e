"""Managing webhook subscriptions through the typed client (``tx.event`` / ``tx.event_subscription``).

subs = WebhookSubscriptions(tx)                  # a TripletexClient or tx.as_company(id)
created = await subs.create("customer.update", "https://example.com/hooks/tripletex",
                            hmac_secret=True)   # True: generate one (created.hmac_secret)
for problem in await subs.disabled():            # subscriptions the service switched off
    print(problem.id, problem.event, problem.status)
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from tripletex_async_api.models.subscription import Subscription
from tripletex_async_api.models.subscription_status import SubscriptionStatus

from tripletex_async._runtime import UNSET, Unset

from ..errors import ConfigurationError, ResponseParseError
from .events import EventName, validate_event_name
from .signing import generate_secret

if TYPE_CHECKING:
    from tripletex_async_api.facade import Operations

__all__ = ["CreatedSubscription", "DisabledSubscription", "WebhookSubscriptions"]

_PAGE = 1000


@dataclass(frozen=True, repr=False)
class CreatedSubscription:
    """The subscription as stored, plus the write-only secrets it was created with (keep them).

    ``repr`` masks the secrets (the HMAC secret and the auth header's value)."""

    subscription: Subscription
    hmac_secret: str | None
    auth_header: tuple[str, str] | None

    def __repr__(self) -> str:
        sub = self.subscription
        header = None if self.auth_header is None else (self.auth_header[0], "***")
        return (
            f"CreatedSubscription(id={sub.id!r}, event={sub.event!r}, target_url={sub.target_url!r}, "
            f"hmac_secret={None if self.hmac_secret is None else '***'!r}, auth_header={header!r})"
        )

    __str__ = __repr__

    @property
    def id(self) -> int:
        ident = self.subscription.id
        assert isinstance(ident, int)
        return ident


@dataclass(frozen=True)
class DisabledSubscription:
    """A subscription the service no longer delivers (``status`` is not ACTIVE)."""

    id: int
    event: str
    target_url: str
    status: SubscriptionStatus

    @property
    def too_many_errors(self) -> bool:
        return self.status == SubscriptionStatus.DISABLED_TOO_MANY_ERRORS


def _check_target_url(url: str, *, allow_http: bool) -> str:
    parts = urlsplit(url)
    schemes = ("https", "http") if allow_http else ("https",)
    if parts.scheme not in schemes or not parts.hostname:
        need = "an absolute http(s) URL" if allow_http else "an absolute https URL (as the service requires)"
        raise ConfigurationError(f"targetUrl must be {need}, got {url!r}")
    return url


def _opt(value: Any) -> Any:
    return UNSET if value is None else value


class WebhookSubscriptions:
    """Event types and subscription CRUD for one company (the client's, or a ``CompanyView``'s).

    ``allow_http`` lets target URLs use plain http (emulator and local tests; the service wants https).
    """

    def __init__(self, tx: Operations, *, allow_http: bool = False) -> None:
        self._tx = tx
        self.allow_http = allow_http

    # Event types --------------------------------------------------------------------------
    async def event_types(self) -> dict[str, str]:
        """``GET /event``: every event name the service offers, with its description."""
        wrapper = await self._tx.event.get()
        value = wrapper.value
        if value is None:
            return {}
        out: dict[str, str] = {}
        for name, info in value.additional_properties.items():
            description = info.description
            out[name] = description if isinstance(description, str) else ""
        return out

    async def check_event(self, name: EventName) -> str:
        """``name`` if well-formed *and* offered by the service, else ``ValueError``."""
        event = validate_event_name(str(name))
        known = await self.event_types()
        if known and event not in known:
            raise ConfigurationError(f"the service offers no event {event!r} (GET /event lists {len(known)})")
        return event

    # Subscriptions ------------------------------------------------------------------------
    async def list(self) -> list[Subscription]:
        """Every subscription (all pages of ``GET /event/subscription``)."""
        from ..pagination import paginate  # imported on use, as the client does

        found: list[Subscription] = await paginate(self._tx.event_subscription.search, count=_PAGE).collect()
        return found

    async def get(self, subscription_id: int) -> Subscription:
        wrapper = await self._tx.event_subscription.get(subscription_id)
        value = wrapper.value
        if value is None:
            raise ResponseParseError(f"subscription {subscription_id} came back without a value")
        return value

    async def create(
        self,
        event: EventName,
        target_url: str,
        *,
        fields: str | None = None,
        hmac_secret: str | bool = True,
        auth_header: tuple[str, str] | None = None,
        check_event: bool = False,
    ) -> CreatedSubscription:
        """Subscribe ``target_url`` to ``event``.

        ``hmac_secret=True`` (default) generates a secret (returned in ``.hmac_secret``; the service
        never shows it again); a string uses that secret; False sends none. ``auth_header`` is sent
        as-is with every delivery. ``check_event`` also checks the name against ``GET /event``.
        """
        name = await self.check_event(event) if check_event else validate_event_name(str(event))
        _check_target_url(target_url, allow_http=self.allow_http)
        secret = generate_secret() if hmac_secret is True else (hmac_secret or None)
        body = Subscription(
            event=name,
            target_url=target_url,
            fields=_opt(fields),
            hmac_shared_secret=_opt(secret),
            auth_header_name=_opt(auth_header[0] if auth_header else None),
            auth_header_value=_opt(auth_header[1] if auth_header else None),
        )
        wrapper = await self._tx.event_subscription.post(body=body)
        if wrapper.value is None:
            raise ResponseParseError("the created subscription came back without a value")
        return CreatedSubscription(wrapper.value, secret, auth_header)

    async def update(
        self,
        subscription_id: int,
        *,
        event: EventName | None = None,
        target_url: str | None = None,
        fields: str | None = None,
        hmac_secret: str | None = None,
        auth_header: tuple[str, str] | None = None,
        reactivate: bool = False,
    ) -> Subscription:
        """Change a subscription (read, then ``PUT`` with its version); ``reactivate`` sets ACTIVE."""
        current = await self.get(subscription_id)
        body = Subscription(id=subscription_id, version=current.version)
        body.event = validate_event_name(str(event)) if event is not None else current.event
        body.target_url = (
            _check_target_url(target_url, allow_http=self.allow_http) if target_url else current.target_url
        )
        body.fields = fields if fields is not None else current.fields
        if hmac_secret is not None:
            body.hmac_shared_secret = hmac_secret
        if auth_header is not None:
            body.auth_header_name, body.auth_header_value = auth_header
        if reactivate:
            body.status = SubscriptionStatus.ACTIVE
        wrapper = await self._tx.event_subscription.put(subscription_id, body=body)
        if wrapper.value is None:
            raise ResponseParseError(f"subscription {subscription_id} came back without a value")
        return wrapper.value

    async def reactivate(self, subscription_id: int) -> Subscription:
        """Switch a disabled subscription back on (after fixing the receiver)."""
        return await self.update(subscription_id, reactivate=True)

    async def delete(self, subscription_id: int) -> None:
        await self._tx.event_subscription.delete(subscription_id)

    async def delete_many(self, subscription_ids: Iterable[int]) -> None:
        ids = ",".join(str(int(i)) for i in subscription_ids)
        if ids:
            await self._tx.event_subscription.delete_by_ids(ids=ids)

    # Health -------------------------------------------------------------------------------
    async def disabled(self) -> builtins.list[DisabledSubscription]:
        """Subscriptions the service has switched off (DISABLED_TOO_MANY_ERRORS and the like)."""
        out: builtins.list[DisabledSubscription] = []
        for sub in await self.list():
            status = sub.status
            if isinstance(status, Unset) or status == SubscriptionStatus.ACTIVE:
                continue
            out.append(
                DisabledSubscription(
                    id=sub.id if isinstance(sub.id, int) else -1,
                    event=sub.event if isinstance(sub.event, str) else "",
                    target_url=sub.target_url if isinstance(sub.target_url, str) else "",
                    status=status,
                )
            )
        return out
