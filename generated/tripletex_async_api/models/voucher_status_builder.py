from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    parse_error,
    parse_model,
)

T = TypeVar("T", bound="VoucherStatusBuilder")


@_attrs_define
class VoucherStatusBuilder(Model):
    """
    Attributes:
        company_id (int | Unset):
        voucher_id (int | Unset):
        status (int | Unset):
        type_ (int | Unset):
        timestamp (str | Unset):
        process_owner (int | Unset):
    """

    company_id: int | Unset = UNSET
    voucher_id: int | Unset = UNSET
    status: int | Unset = UNSET
    type_: int | Unset = UNSET
    timestamp: str | Unset = UNSET
    process_owner: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.company_id
        if _v is not UNSET:
            field_dict["companyId"] = _v
        _v = self.voucher_id
        if _v is not UNSET:
            field_dict["voucherId"] = _v
        _v = self.status
        if _v is not UNSET:
            field_dict["status"] = _v
        _v = self.type_
        if _v is not UNSET:
            field_dict["type"] = _v
        _v = self.timestamp
        if _v is not UNSET:
            field_dict["timestamp"] = _v
        _v = self.process_owner
        if _v is not UNSET:
            field_dict["processOwner"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A VoucherStatusBuilder from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``VoucherStatusBuilder.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "companyId",
                "voucherId",
                "status",
                "type",
                "timestamp",
                "processOwner",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("companyId")
                if v is None:
                    o.company_id = u
                    if "companyId" not in d:
                        m += 1
                else:
                    o.company_id = v
                v = g("voucherId")
                if v is None:
                    o.voucher_id = u
                    if "voucherId" not in d:
                        m += 1
                else:
                    o.voucher_id = v
                v = g("status")
                if v is None:
                    o.status = u
                    if "status" not in d:
                        m += 1
                else:
                    o.status = v
                v = g("type")
                if v is None:
                    o.type_ = u
                    if "type" not in d:
                        m += 1
                else:
                    o.type_ = v
                v = g("timestamp")
                if v is None:
                    o.timestamp = u
                    if "timestamp" not in d:
                        m += 1
                else:
                    o.timestamp = v
                v = g("processOwner")
                if v is None:
                    o.process_owner = u
                    if "processOwner" not in d:
                        m += 1
                else:
                    o.process_owner = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 6 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("company_id", "companyId"),
            ("voucher_id", "voucherId"),
            ("status", "status"),
            ("type_", "type"),
            ("timestamp", "timestamp"),
            ("process_owner", "processOwner"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.company_id
            o.company_id = u if v is None else v
            v = s.voucher_id
            o.voucher_id = u if v is None else v
            v = s.status
            o.status = u if v is None else v
            v = s.type_
            o.type_ = u if v is None else v
            v = s.timestamp
            o.timestamp = u if v is None else v
            v = s.process_owner
            o.process_owner = u if v is None else v
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
