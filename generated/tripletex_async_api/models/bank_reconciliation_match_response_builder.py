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

T = TypeVar("T", bound="BankReconciliationMatchResponseBuilder")


@_attrs_define
class BankReconciliationMatchResponseBuilder(Model):
    """
    Attributes:
        bank_reconciliation_id (int | Unset):
        posting_ids (list[int] | Unset):
        transaction_ids (list[int] | Unset):
    """

    bank_reconciliation_id: int | Unset = UNSET
    posting_ids: list[int] | Unset = UNSET
    transaction_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.bank_reconciliation_id
        if _v is not UNSET:
            field_dict["bankReconciliationId"] = _v
        _v = self.posting_ids
        if _v is not UNSET:
            field_dict["postingIds"] = _v
        _v = self.transaction_ids
        if _v is not UNSET:
            field_dict["transactionIds"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BankReconciliationMatchResponseBuilder from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``BankReconciliationMatchResponseBuilder.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "bankReconciliationId",
                "postingIds",
                "transactionIds",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("bankReconciliationId")
                if v is None:
                    o.bank_reconciliation_id = u
                    if "bankReconciliationId" not in d:
                        m += 1
                else:
                    o.bank_reconciliation_id = v
                k = "postingIds"
                v = g("postingIds")
                if v is None:
                    o.posting_ids = u
                    if "postingIds" not in d:
                        m += 1
                else:
                    o.posting_ids = v
                k = "transactionIds"
                v = g("transactionIds")
                if v is None:
                    o.transaction_ids = u
                    if "transactionIds" not in d:
                        m += 1
                else:
                    o.transaction_ids = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 3 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("bank_reconciliation_id", "bankReconciliationId"),
            ("posting_ids", "postingIds"),
            ("transaction_ids", "transactionIds"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.bank_reconciliation_id
            o.bank_reconciliation_id = u if v is None else v
            v = s.posting_ids
            o.posting_ids = u if v is None or v is u else v
            v = s.transaction_ids
            o.transaction_ids = u if v is None or v is u else v
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
