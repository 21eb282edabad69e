from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bank_dashboard_advice_advice_type import BankDashboardAdviceAdviceType
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
    from ..models.change import Change


T = TypeVar("T", bound="BankDashboardAdvice")


@_attrs_define
class BankDashboardAdvice(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        advice_type (BankDashboardAdviceAdviceType | Unset): The advice type.
        is_active (bool | Unset): The advice is active.
        date_updated (str | Unset): The date the advice was updated.
        is_cancelled (bool | Unset): The advice has been cancelled.
        date_cancelled (str | Unset): The date the advice has been cancelled by the user.
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    advice_type: BankDashboardAdviceAdviceType | Unset = UNSET
    is_active: bool | Unset = UNSET
    date_updated: str | Unset = UNSET
    is_cancelled: bool | Unset = UNSET
    date_cancelled: str | Unset = UNSET
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
        _v = self.advice_type
        if _v is not UNSET:
            field_dict["adviceType"] = _v._value_
        _v = self.is_active
        if _v is not UNSET:
            field_dict["isActive"] = _v
        _v = self.date_updated
        if _v is not UNSET:
            field_dict["dateUpdated"] = _v
        _v = self.is_cancelled
        if _v is not UNSET:
            field_dict["isCancelled"] = _v
        _v = self.date_cancelled
        if _v is not UNSET:
            field_dict["dateCancelled"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BankDashboardAdvice from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``BankDashboardAdvice.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415

        _new = object.__new__
        _e_advice_type: dict[Any, Any] = enum_members(BankDashboardAdviceAdviceType)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "adviceType",
                "isActive",
                "dateUpdated",
                "isCancelled",
                "dateCancelled",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "isActive": "is_active",
            "dateUpdated": "date_updated",
            "isCancelled": "is_cancelled",
            "dateCancelled": "date_cancelled",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.advice_type = o.is_active = o.date_updated = (
                        o.is_cancelled
                    ) = o.date_cancelled = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.advice_type = o.is_active = o.date_updated = (
                        o.is_cancelled
                    ) = o.date_cancelled = UNSET
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
                k = "adviceType"
                v = g("adviceType")
                if v is None:
                    o.advice_type = u
                    if "adviceType" not in d:
                        m += 1
                else:
                    o.advice_type = (
                        e_
                        if (e_ := _e_advice_type.get(v)) is not None
                        else enum_value(BankDashboardAdviceAdviceType, v)
                    )
                v = g("isActive")
                if v is None:
                    o.is_active = u
                    if "isActive" not in d:
                        m += 1
                else:
                    o.is_active = v
                v = g("dateUpdated")
                if v is None:
                    o.date_updated = u
                    if "dateUpdated" not in d:
                        m += 1
                else:
                    o.date_updated = v
                v = g("isCancelled")
                if v is None:
                    o.is_cancelled = u
                    if "isCancelled" not in d:
                        m += 1
                else:
                    o.is_cancelled = v
                v = g("dateCancelled")
                if v is None:
                    o.date_cancelled = u
                    if "dateCancelled" not in d:
                        m += 1
                else:
                    o.date_cancelled = v
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
            ("advice_type", "adviceType"),
            ("is_active", "isActive"),
            ("date_updated", "dateUpdated"),
            ("is_cancelled", "isCancelled"),
            ("date_cancelled", "dateCancelled"),
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
            v = s.advice_type
            o.advice_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_advice_type.get(v)) is not None
                else enum_value(BankDashboardAdviceAdviceType, v)
            )
            v = s.is_active
            o.is_active = u if v is None else v
            v = s.date_updated
            o.date_updated = u if v is None else v
            v = s.is_cancelled
            o.is_cancelled = u if v is None else v
            v = s.date_cancelled
            o.date_cancelled = u if v is None else v
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
