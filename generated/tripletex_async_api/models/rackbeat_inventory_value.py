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

T = TypeVar("T", bound="RackbeatInventoryValue")


@_attrs_define
class RackbeatInventoryValue(Model):
    """
    Attributes:
        rackbeat_inventory_value (str | Unset):
        tripletex_inventory_value (str | Unset):
        voucher_date (str | Unset):
        account_debit (int | Unset):
        account_credit (int | Unset):
    """

    rackbeat_inventory_value: str | Unset = UNSET
    tripletex_inventory_value: str | Unset = UNSET
    voucher_date: str | Unset = UNSET
    account_debit: int | Unset = UNSET
    account_credit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.rackbeat_inventory_value
        if _v is not UNSET:
            field_dict["rackbeatInventoryValue"] = _v
        _v = self.tripletex_inventory_value
        if _v is not UNSET:
            field_dict["tripletexInventoryValue"] = _v
        _v = self.voucher_date
        if _v is not UNSET:
            field_dict["voucherDate"] = _v
        _v = self.account_debit
        if _v is not UNSET:
            field_dict["accountDebit"] = _v
        _v = self.account_credit
        if _v is not UNSET:
            field_dict["accountCredit"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A RackbeatInventoryValue from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``RackbeatInventoryValue.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "rackbeatInventoryValue",
                "tripletexInventoryValue",
                "voucherDate",
                "accountDebit",
                "accountCredit",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("rackbeatInventoryValue")
                if v is None:
                    o.rackbeat_inventory_value = u
                    if "rackbeatInventoryValue" not in d:
                        m += 1
                else:
                    o.rackbeat_inventory_value = v
                v = g("tripletexInventoryValue")
                if v is None:
                    o.tripletex_inventory_value = u
                    if "tripletexInventoryValue" not in d:
                        m += 1
                else:
                    o.tripletex_inventory_value = v
                v = g("voucherDate")
                if v is None:
                    o.voucher_date = u
                    if "voucherDate" not in d:
                        m += 1
                else:
                    o.voucher_date = v
                v = g("accountDebit")
                if v is None:
                    o.account_debit = u
                    if "accountDebit" not in d:
                        m += 1
                else:
                    o.account_debit = v
                v = g("accountCredit")
                if v is None:
                    o.account_credit = u
                    if "accountCredit" not in d:
                        m += 1
                else:
                    o.account_credit = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 5 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("rackbeat_inventory_value", "rackbeatInventoryValue"),
            ("tripletex_inventory_value", "tripletexInventoryValue"),
            ("voucher_date", "voucherDate"),
            ("account_debit", "accountDebit"),
            ("account_credit", "accountCredit"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.rackbeat_inventory_value
            o.rackbeat_inventory_value = u if v is None else v
            v = s.tripletex_inventory_value
            o.tripletex_inventory_value = u if v is None else v
            v = s.voucher_date
            o.voucher_date = u if v is None else v
            v = s.account_debit
            o.account_debit = u if v is None else v
            v = s.account_credit
            o.account_credit = u if v is None else v
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
