"""One request as handlers see it, and what handlers see of the emulator's state through it.

``HandlerState`` (what a handler reads of ``EmulatorState``) and ``WebhookHook`` (what the state holds
of the webhook dispatcher) are declared here, so that neither ``call`` nor ``state`` imports the other's
module cycle-wise: ``state`` -> ``call``, never back (tests/emulator/test_emu_layout.py checks it).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from .errors import ApiError

if TYPE_CHECKING:
    import random

    from .auth import Auth, AuthContext
    from .clock import Clock
    from .config import EmulatorConfig
    from .counters import Counters
    from .resources import Templates
    from .shape_builder import ShapeBuilder
    from .store import Record, Store, Urls


class WebhookHook(Protocol):
    """What the state holds of the webhook dispatcher (``emulator.webhooks.EmulatorWebhooks``)."""

    def notify(
        self, call: Call, verb: str, kind: str, record: Record, sent: Mapping[str, Any] | None = None
    ) -> None:
        """A record of ``kind`` was created / updated / deleted by ``call``."""

    async def aclose(self) -> None:
        """Stop the deliveries (the app's lifespan calls it on shutdown)."""


class HandlerState(Protocol):
    """What a handler reads of the emulator's state (``EmulatorState`` provides it)."""

    @property
    def config(self) -> EmulatorConfig: ...
    @property
    def clock(self) -> Clock: ...
    @property
    def urls(self) -> Urls: ...
    @property
    def builder(self) -> ShapeBuilder: ...
    @property
    def templates(self) -> Templates: ...
    @property
    def store(self) -> Store: ...
    @property
    def auth(self) -> Auth: ...
    @property
    def rng(self) -> random.Random: ...
    @property
    def counters(self) -> Counters: ...
    @property
    def webhooks(self) -> WebhookHook | None: ...


@dataclass
class Call:
    state: HandlerState
    method: str
    path: str
    params: dict[str, str]
    query: Mapping[str, str]
    headers: Mapping[str, str]
    body: bytes
    request_id: str
    auth: AuthContext | None = None
    churn: bool = False
    _json: Any = field(default=None, repr=False)
    _parsed: bool = field(default=False, repr=False)

    @property
    def ctx(self) -> AuthContext:
        if self.auth is None:
            raise ApiError(401, 3000, "Unauthorized")
        return self.auth

    def json(self) -> Any:
        if not self._parsed:
            if not self.body.strip():
                self._json = None
            else:
                try:
                    self._json = json.loads(self.body)
                except ValueError as exc:
                    raise ApiError(422, 22000, f"Invalid JSON: {exc}") from exc
            self._parsed = True
        return self._json

    def json_object(self) -> dict[str, Any]:
        data = self.json()
        if not isinstance(data, dict):
            raise ApiError(422, 16000, "Mapping failed: expected a JSON object as request body.")
        return data

    def json_list(self) -> list[dict[str, Any]]:
        data = self.json()
        if not isinstance(data, list) or not all(isinstance(x, dict) for x in data):
            raise ApiError(422, 16000, "Mapping failed: expected a JSON array of objects as request body.")
        return data

    def path_int(self, name: str = "id") -> int:
        raw = self.params.get(name, "")
        try:
            value = int(raw)
        except ValueError as exc:
            raise ApiError(400, 12000, f"Path parameter '{name}' must be an integer, got '{raw}'.") from exc
        return value
