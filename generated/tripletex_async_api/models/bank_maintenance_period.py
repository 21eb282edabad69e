from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bank_maintenance_period_integration import BankMaintenancePeriodIntegration
from ..models.bank_maintenance_period_platform import BankMaintenancePeriodPlatform
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
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.bank import Bank
    from ..models.change import Change


T = TypeVar("T", bound="BankMaintenancePeriod")


@_attrs_define
class BankMaintenancePeriod(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        bank (Bank | Unset):
        integration (BankMaintenancePeriodIntegration | Unset): The integration for witch maintenance period if for.
        start_date_time (str | Unset): The start date time of maintenance period.
        end_date_time (str | Unset): The end date time of maintenance period.
        platform (BankMaintenancePeriodPlatform | Unset): Bank platform
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    bank: Bank | Unset = UNSET
    integration: BankMaintenancePeriodIntegration | Unset = UNSET
    start_date_time: str | Unset = UNSET
    end_date_time: str | Unset = UNSET
    platform: BankMaintenancePeriodPlatform | Unset = UNSET
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
        _v = self.bank
        if _v is not UNSET:
            field_dict["bank"] = _v.to_dict()
        _v = self.integration
        if _v is not UNSET:
            field_dict["integration"] = _v._value_
        _v = self.start_date_time
        if _v is not UNSET:
            field_dict["startDateTime"] = _v
        _v = self.end_date_time
        if _v is not UNSET:
            field_dict["endDateTime"] = _v
        _v = self.platform
        if _v is not UNSET:
            field_dict["platform"] = _v._value_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BankMaintenancePeriod from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``BankMaintenancePeriod.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.bank import Bank  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415

        _new = object.__new__
        _e_integration: dict[Any, Any] = enum_members(BankMaintenancePeriodIntegration)
        _e_platform: dict[Any, Any] = enum_members(BankMaintenancePeriodPlatform)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "bank",
                "integration",
                "startDateTime",
                "endDateTime",
                "platform",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "startDateTime": "start_date_time",
            "endDateTime": "end_date_time",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.bank = o.integration = o.start_date_time = (
                        o.end_date_time
                    ) = o.platform = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.bank = o.integration = o.start_date_time = (
                        o.end_date_time
                    ) = o.platform = UNSET
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
                k = "bank"
                v = g("bank")
                if v is None:
                    o.bank = u
                    if "bank" not in d:
                        m += 1
                else:
                    o.bank = Bank._tx_parse(v)
                k = "integration"
                v = g("integration")
                if v is None:
                    o.integration = u
                    if "integration" not in d:
                        m += 1
                else:
                    o.integration = (
                        e_
                        if (e_ := _e_integration.get(v)) is not None
                        else enum_value(BankMaintenancePeriodIntegration, v)
                    )
                v = g("startDateTime")
                if v is None:
                    o.start_date_time = u
                    if "startDateTime" not in d:
                        m += 1
                else:
                    o.start_date_time = v
                v = g("endDateTime")
                if v is None:
                    o.end_date_time = u
                    if "endDateTime" not in d:
                        m += 1
                else:
                    o.end_date_time = v
                k = "platform"
                v = g("platform")
                if v is None:
                    o.platform = u
                    if "platform" not in d:
                        m += 1
                else:
                    o.platform = (
                        e_ if (e_ := _e_platform.get(v)) is not None else enum_value(BankMaintenancePeriodPlatform, v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 9 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("bank", "bank"),
            ("integration", "integration"),
            ("start_date_time", "startDateTime"),
            ("end_date_time", "endDateTime"),
            ("platform", "platform"),
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
            v = s.bank
            o.bank = u if v is None or v is u else Bank._tx_parse(v)
            v = s.integration
            o.integration = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_integration.get(v)) is not None
                else enum_value(BankMaintenancePeriodIntegration, v)
            )
            v = s.start_date_time
            o.start_date_time = u if v is None else v
            v = s.end_date_time
            o.end_date_time = u if v is None else v
            v = s.platform
            o.platform = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_platform.get(v)) is not None
                else enum_value(BankMaintenancePeriodPlatform, v)
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
