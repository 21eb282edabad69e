from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    from ..models.company_transaction_aggregates import CompanyTransactionAggregates


T = TypeVar("T", bound="BankTransactionAggregates")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("topCustomers", list, False),
    ("topSuppliers", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class BankTransactionAggregates(LazyModel):
    """
    Attributes:
        total_incoming_amount (float | Unset): [read-only] Total incoming amount on given transactions.
        total_outgoing_amount (float | Unset): [read-only] Total outgoing amount on given transactions.
        top_customers (list[CompanyTransactionAggregates] | Unset): [read-only]
        top_suppliers (list[CompanyTransactionAggregates] | Unset): [read-only]
    """

    total_incoming_amount: float | Unset = UNSET
    total_outgoing_amount: float | Unset = UNSET
    top_customers: list[CompanyTransactionAggregates] | Unset = UNSET
    top_suppliers: list[CompanyTransactionAggregates] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        total_incoming_amount = self.total_incoming_amount

        total_outgoing_amount = self.total_outgoing_amount

        top_customers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.top_customers, Unset):
            top_customers = []
            for top_customers_item_data in self.top_customers:
                top_customers_item = top_customers_item_data.to_dict()
                top_customers.append(top_customers_item)

        top_suppliers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.top_suppliers, Unset):
            top_suppliers = []
            for top_suppliers_item_data in self.top_suppliers:
                top_suppliers_item = top_suppliers_item_data.to_dict()
                top_suppliers.append(top_suppliers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_incoming_amount is not UNSET and not _in_request:
            field_dict["totalIncomingAmount"] = total_incoming_amount
        if total_outgoing_amount is not UNSET and not _in_request:
            field_dict["totalOutgoingAmount"] = total_outgoing_amount
        if top_customers is not UNSET and not _in_request:
            field_dict["topCustomers"] = top_customers
        if top_suppliers is not UNSET and not _in_request:
            field_dict["topSuppliers"] = top_suppliers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BankTransactionAggregates from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.company_transaction_aggregates import CompanyTransactionAggregates  # noqa: PLC0415

        def _p_top_customers(_tx_v: Any) -> list[CompanyTransactionAggregates] | Unset:
            _top_customers = _tx_v
            top_customers: list[CompanyTransactionAggregates] | Unset = UNSET
            if _top_customers is not UNSET:
                top_customers = []
                for top_customers_item_data in _top_customers:
                    if top_customers_item_data is None:
                        continue
                    top_customers_item = CompanyTransactionAggregates._tx_from_json(top_customers_item_data)

                    top_customers.append(top_customers_item)

            return top_customers

        def _p_top_suppliers(_tx_v: Any) -> list[CompanyTransactionAggregates] | Unset:
            _top_suppliers = _tx_v
            top_suppliers: list[CompanyTransactionAggregates] | Unset = UNSET
            if _top_suppliers is not UNSET:
                top_suppliers = []
                for top_suppliers_item_data in _top_suppliers:
                    if top_suppliers_item_data is None:
                        continue
                    top_suppliers_item = CompanyTransactionAggregates._tx_from_json(top_suppliers_item_data)

                    top_suppliers.append(top_suppliers_item)

            return top_suppliers

        _tx_known: frozenset[str] = frozenset(
            (
                "totalIncomingAmount",
                "totalOutgoingAmount",
                "topCustomers",
                "topSuppliers",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "total_incoming_amount": ("totalIncomingAmount", None),
            "total_outgoing_amount": ("totalOutgoingAmount", None),
            "top_customers": ("topCustomers", _p_top_customers),
            "top_suppliers": ("topSuppliers", _p_top_suppliers),
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
