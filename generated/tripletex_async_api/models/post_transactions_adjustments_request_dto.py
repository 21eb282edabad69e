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

T = TypeVar("T", bound="PostTransactionsAdjustmentsRequestDTO")


@_attrs_define
class PostTransactionsAdjustmentsRequestDTO(Model):
    """
    Attributes:
        reconciliation_id (int | Unset): The id of the reconciliation where adjustments will be created
        transaction_ids (list[int] | Unset): Transaction Ids
        income_payment_type_id (int | Unset): Income Payment Type Id
        cost_payment_type_id (int | Unset): Cost Payment Type Id
    """

    reconciliation_id: int | Unset = UNSET
    transaction_ids: list[int] | Unset = UNSET
    income_payment_type_id: int | Unset = UNSET
    cost_payment_type_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.reconciliation_id
        if _v is not UNSET:
            field_dict["reconciliationId"] = _v
        _v = self.transaction_ids
        if _v is not UNSET:
            field_dict["transactionIds"] = _v
        _v = self.income_payment_type_id
        if _v is not UNSET:
            field_dict["incomePaymentTypeId"] = _v
        _v = self.cost_payment_type_id
        if _v is not UNSET:
            field_dict["costPaymentTypeId"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A PostTransactionsAdjustmentsRequestDTO from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``PostTransactionsAdjustmentsRequestDTO.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "reconciliationId",
                "transactionIds",
                "incomePaymentTypeId",
                "costPaymentTypeId",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("reconciliationId")
                if v is None:
                    o.reconciliation_id = u
                    if "reconciliationId" not in d:
                        m += 1
                else:
                    o.reconciliation_id = v
                k = "transactionIds"
                v = g("transactionIds")
                if v is None:
                    o.transaction_ids = u
                    if "transactionIds" not in d:
                        m += 1
                else:
                    o.transaction_ids = v
                v = g("incomePaymentTypeId")
                if v is None:
                    o.income_payment_type_id = u
                    if "incomePaymentTypeId" not in d:
                        m += 1
                else:
                    o.income_payment_type_id = v
                v = g("costPaymentTypeId")
                if v is None:
                    o.cost_payment_type_id = u
                    if "costPaymentTypeId" not in d:
                        m += 1
                else:
                    o.cost_payment_type_id = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 4 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("reconciliation_id", "reconciliationId"),
            ("transaction_ids", "transactionIds"),
            ("income_payment_type_id", "incomePaymentTypeId"),
            ("cost_payment_type_id", "costPaymentTypeId"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.reconciliation_id
            o.reconciliation_id = u if v is None else v
            v = s.transaction_ids
            o.transaction_ids = u if v is None or v is u else v
            v = s.income_payment_type_id
            o.income_payment_type_id = u if v is None else v
            v = s.cost_payment_type_id
            o.cost_payment_type_id = u if v is None else v
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
