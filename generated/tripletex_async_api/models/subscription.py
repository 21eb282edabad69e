from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_status import SubscriptionStatus
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    not_an_array,
    parse_error,
    parse_model,
    secret_repr,
    serializing_request_body,
    url_credentials_repr,
)

if TYPE_CHECKING:
    from ..models.change import Change


T = TypeVar("T", bound="Subscription")


@_attrs_define
class Subscription(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
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
    target_url: str | Unset = _attrs_field(default=UNSET, repr=url_credentials_repr)
    fields: str | Unset = UNSET
    status: SubscriptionStatus | Unset = UNSET
    auth_header_name: str | Unset = UNSET
    auth_header_value: str | Unset = _attrs_field(default=UNSET, repr=secret_repr)
    hmac_shared_secret: str | Unset = _attrs_field(default=UNSET, repr=secret_repr)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        _v = self.changes
        if _v is not UNSET and not _in_request:
            field_dict["changes"] = [_e.to_dict() for _e in _v]
        _v = self.url
        if _v is not UNSET and not _in_request:
            field_dict["url"] = _v
        _v = self.event
        if _v is not UNSET:
            field_dict["event"] = _v
        _v = self.target_url
        if _v is not UNSET:
            field_dict["targetUrl"] = _v
        _v = self.fields
        if _v is not UNSET:
            field_dict["fields"] = _v
        _v = self.status
        if _v is not UNSET:
            field_dict["status"] = _v._value_
        _v = self.auth_header_name
        if _v is not UNSET:
            field_dict["authHeaderName"] = _v
        _v = self.auth_header_value
        if _v is not UNSET:
            field_dict["authHeaderValue"] = _v
        _v = self.hmac_shared_secret
        if _v is not UNSET:
            field_dict["hmacSharedSecret"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Subscription from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``Subscription.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415

        _new = object.__new__
        _e_status: dict[Any, Any] = enum_members(SubscriptionStatus)
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "event": "event",
            "targetUrl": "target_url",
            "fields": "fields",
            "authHeaderName": "auth_header_name",
            "authHeaderValue": "auth_header_value",
            "hmacSharedSecret": "hmac_shared_secret",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.event = o.target_url = o.fields = o.status = (
                        o.auth_header_name
                    ) = o.auth_header_value = o.hmac_shared_secret = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.event = o.target_url = o.fields = o.status = (
                        o.auth_header_name
                    ) = o.auth_header_value = o.hmac_shared_secret = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                k = "changes"
                v = g("changes")
                if v is None:
                    o.changes = u
                    if "changes" not in d:
                        m += 1
                else:
                    o.changes = (
                        ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
                v = g("event")
                if v is None:
                    o.event = u
                    if "event" not in d:
                        m += 1
                else:
                    o.event = v
                v = g("targetUrl")
                if v is None:
                    o.target_url = u
                    if "targetUrl" not in d:
                        m += 1
                else:
                    o.target_url = v
                v = g("fields")
                if v is None:
                    o.fields = u
                    if "fields" not in d:
                        m += 1
                else:
                    o.fields = v
                k = "status"
                v = g("status")
                if v is None:
                    o.status = u
                    if "status" not in d:
                        m += 1
                else:
                    o.status = e_ if (e_ := _e_status.get(v)) is not None else enum_value(SubscriptionStatus, v)
                v = g("authHeaderName")
                if v is None:
                    o.auth_header_name = u
                    if "authHeaderName" not in d:
                        m += 1
                else:
                    o.auth_header_name = v
                v = g("authHeaderValue")
                if v is None:
                    o.auth_header_value = u
                    if "authHeaderValue" not in d:
                        m += 1
                else:
                    o.auth_header_value = v
                v = g("hmacSharedSecret")
                if v is None:
                    o.hmac_shared_secret = u
                    if "hmacSharedSecret" not in d:
                        m += 1
                else:
                    o.hmac_shared_secret = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 11 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("version", "version"),
            ("changes", "changes"),
            ("url", "url"),
            ("event", "event"),
            ("target_url", "targetUrl"),
            ("fields", "fields"),
            ("status", "status"),
            ("auth_header_name", "authHeaderName"),
            ("auth_header_value", "authHeaderValue"),
            ("hmac_shared_secret", "hmacSharedSecret"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.version
            o.version = u if v is None else v
            v = s.changes
            o.changes = (
                u
                if v is None or v is u
                else ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.url
            o.url = u if v is None else v
            v = s.event
            o.event = u if v is None else v
            v = s.target_url
            o.target_url = u if v is None else v
            v = s.fields
            o.fields = u if v is None else v
            v = s.status
            o.status = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_status.get(v)) is not None
                else enum_value(SubscriptionStatus, v)
            )
            v = s.auth_header_name
            o.auth_header_name = u if v is None else v
            v = s.auth_header_value
            o.auth_header_value = u if v is None else v
            v = s.hmac_shared_secret
            o.hmac_shared_secret = u if v is None else v
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

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
