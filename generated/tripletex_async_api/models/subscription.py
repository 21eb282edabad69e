from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_status import SubscriptionStatus
from ..types import (
    ADDITIONAL_PROPERTIES,
    UNSET,
    LazyModel,
    ParserTable,
    Shape,
    Unset,
    lazy_model,
    mark_assigned,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.change import Change


T = TypeVar("T", bound="Subscription")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("status", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class Subscription(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        event (str | Unset): Event name (from /v2/event) you wish to subscribe to. Form should be: *subject.verb*.
            Example: customer.create.
        target_url (str | Unset): The callback URL used for subscriptions (including authentication tokens). Must be
            absolute and use HTTPS. Basic authentication is supported. Example:
            https://username:password@myintegration.example/tripletexCallback.
        fields (str | Unset): The fields in the object delivered with the notification callback, nested as in other API
            calls. Example: id,version,number.
        status (SubscriptionStatus | Unset): The status of the subscription.
        auth_header_name (str | Unset): Custom authentication header name Example: Authorization.
        auth_header_value (str | Unset): Custom authentication header value (write only) Example: Basic
            dXNlcm5hbWU6cGFzc3dvcmQ=.
        hmac_shared_secret (str | Unset): HMAC signing shared secret (write only). Optionally add this field to enable
            hmac signing. Calculation is header('x-request-signature') = base64(HmacSHA512(header('idempotency-key') + '&' +
            body)) Example: S5Yd3Dz6FWmj7q2uA4Uy9KcQMGBVpJHeCbTgEnaw.
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    event: str | Unset = UNSET
    target_url: str | Unset = UNSET
    fields: str | Unset = UNSET
    status: SubscriptionStatus | Unset = UNSET
    auth_header_name: str | Unset = UNSET
    auth_header_value: str | Unset = UNSET
    hmac_shared_secret: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        version = self.version

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        url = self.url

        event = self.event

        target_url = self.target_url

        fields = self.fields

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        auth_header_name = self.auth_header_name

        auth_header_value = self.auth_header_value

        hmac_shared_secret = self.hmac_shared_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if event is not UNSET:
            field_dict["event"] = event
        if target_url is not UNSET:
            field_dict["targetUrl"] = target_url
        if fields is not UNSET:
            field_dict["fields"] = fields
        if status is not UNSET:
            field_dict["status"] = status
        if auth_header_name is not UNSET:
            field_dict["authHeaderName"] = auth_header_name
        if auth_header_value is not UNSET:
            field_dict["authHeaderValue"] = auth_header_value
        if hmac_shared_secret is not UNSET:
            field_dict["hmacSharedSecret"] = hmac_shared_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Subscription from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415

        def _p_changes(_tx_v: Any) -> list[Change] | Unset:
            _changes = _tx_v
            changes: list[Change] | Unset = UNSET
            if _changes is not UNSET:
                changes = []
                for changes_item_data in _changes:
                    if changes_item_data is None:
                        continue
                    changes_item = Change._tx_from_json(changes_item_data)

                    changes.append(changes_item)

            return changes

        def _p_status(_tx_v: Any) -> SubscriptionStatus | Unset:
            _status = _tx_v
            status: SubscriptionStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = SubscriptionStatus(_status)

            return status

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "event",
                "targetUrl",
                "fields",
                "status",
                "authHeaderName",
                "authHeaderValue",
                "hmacSharedSecret",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "event": ("event", None),
            "target_url": ("targetUrl", None),
            "fields": ("fields", None),
            "status": ("status", _p_status),
            "auth_header_name": ("authHeaderName", None),
            "auth_header_value": ("authHeaderValue", None),
            "hmac_shared_secret": ("hmacSharedSecret", None),
            "additional_properties": (ADDITIONAL_PROPERTIES, _p_additional_properties),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
