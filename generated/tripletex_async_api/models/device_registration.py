from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_registration_device_type import DeviceRegistrationDeviceType
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
)

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.mobile_subscription import MobileSubscription


T = TypeVar("T", bound="DeviceRegistration")


@_attrs_define
class DeviceRegistration(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        mobile_subscription (MobileSubscription | Unset):
        device_registration_token (str | Unset): Device registration token.
        device_type (DeviceRegistrationDeviceType | Unset): Device type (ANDROID or IOS)
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    mobile_subscription: MobileSubscription | Unset = UNSET
    device_registration_token: str | Unset = _attrs_field(default=UNSET, repr=secret_repr)
    device_type: DeviceRegistrationDeviceType | Unset = UNSET
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
        _v = self.mobile_subscription
        if _v is not UNSET:
            field_dict["mobileSubscription"] = _v.to_dict()
        _v = self.device_registration_token
        if _v is not UNSET:
            field_dict["deviceRegistrationToken"] = _v
        _v = self.device_type
        if _v is not UNSET:
            field_dict["deviceType"] = _v._value_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A DeviceRegistration from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``DeviceRegistration.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.mobile_subscription import MobileSubscription  # noqa: PLC0415

        _new = object.__new__
        _e_device_type: dict[Any, Any] = enum_members(DeviceRegistrationDeviceType)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "mobileSubscription",
                "deviceRegistrationToken",
                "deviceType",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
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
                k = "mobileSubscription"
                v = g("mobileSubscription")
                if v is None:
                    o.mobile_subscription = u
                    if "mobileSubscription" not in d:
                        m += 1
                else:
                    o.mobile_subscription = MobileSubscription._tx_parse(v)
                v = g("deviceRegistrationToken")
                if v is None:
                    o.device_registration_token = u
                    if "deviceRegistrationToken" not in d:
                        m += 1
                else:
                    o.device_registration_token = v
                k = "deviceType"
                v = g("deviceType")
                if v is None:
                    o.device_type = u
                    if "deviceType" not in d:
                        m += 1
                else:
                    o.device_type = (
                        e_ if (e_ := _e_device_type.get(v)) is not None else enum_value(DeviceRegistrationDeviceType, v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 7 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("mobile_subscription", "mobileSubscription"),
            ("device_registration_token", "deviceRegistrationToken"),
            ("device_type", "deviceType"),
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
            v = s.mobile_subscription
            o.mobile_subscription = u if v is None or v is u else MobileSubscription._tx_parse(v)
            v = s.device_registration_token
            o.device_registration_token = u if v is None else v
            v = s.device_type
            o.device_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_device_type.get(v)) is not None
                else enum_value(DeviceRegistrationDeviceType, v)
            )
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
