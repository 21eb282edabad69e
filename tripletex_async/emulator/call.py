"""One request as handlers see it."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .errors import ApiError

if TYPE_CHECKING:
    from .auth import AuthContext
    from .state import EmulatorState


@dataclass
class Call:
    state: EmulatorState
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
