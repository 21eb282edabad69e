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
    from ..models.opening_balance_balance_posting import OpeningBalanceBalancePosting
    from ..models.opening_balance_customer_posting import OpeningBalanceCustomerPosting
    from ..models.opening_balance_employee_posting import OpeningBalanceEmployeePosting
    from ..models.opening_balance_supplier_posting import OpeningBalanceSupplierPosting


T = TypeVar("T", bound="OpeningBalance")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("balancePostings", list, False),
    ("customerPostings", list, False),
    ("supplierPostings", list, False),
    ("employeePostings", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class OpeningBalance(LazyModel):
    """
    Attributes:
        voucher_date (str | Unset): The date for the opening balance
        balance_postings (list[OpeningBalanceBalancePosting] | Unset): Balance postings
        customer_postings (list[OpeningBalanceCustomerPosting] | Unset): Postings in the customer sub ledger
        supplier_postings (list[OpeningBalanceSupplierPosting] | Unset): Postings in the supplier sub ledger
        employee_postings (list[OpeningBalanceEmployeePosting] | Unset): Postings in the employee sub ledger
    """

    voucher_date: str | Unset = UNSET
    balance_postings: list[OpeningBalanceBalancePosting] | Unset = UNSET
    customer_postings: list[OpeningBalanceCustomerPosting] | Unset = UNSET
    supplier_postings: list[OpeningBalanceSupplierPosting] | Unset = UNSET
    employee_postings: list[OpeningBalanceEmployeePosting] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        voucher_date = self.voucher_date

        balance_postings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.balance_postings, Unset):
            balance_postings = []
            for balance_postings_item_data in self.balance_postings:
                balance_postings_item = balance_postings_item_data.to_dict()
                balance_postings.append(balance_postings_item)

        customer_postings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.customer_postings, Unset):
            customer_postings = []
            for customer_postings_item_data in self.customer_postings:
                customer_postings_item = customer_postings_item_data.to_dict()
                customer_postings.append(customer_postings_item)

        supplier_postings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.supplier_postings, Unset):
            supplier_postings = []
            for supplier_postings_item_data in self.supplier_postings:
                supplier_postings_item = supplier_postings_item_data.to_dict()
                supplier_postings.append(supplier_postings_item)

        employee_postings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.employee_postings, Unset):
            employee_postings = []
            for employee_postings_item_data in self.employee_postings:
                employee_postings_item = employee_postings_item_data.to_dict()
                employee_postings.append(employee_postings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if voucher_date is not UNSET:
            field_dict["voucherDate"] = voucher_date
        if balance_postings is not UNSET:
            field_dict["balancePostings"] = balance_postings
        if customer_postings is not UNSET:
            field_dict["customerPostings"] = customer_postings
        if supplier_postings is not UNSET:
            field_dict["supplierPostings"] = supplier_postings
        if employee_postings is not UNSET:
            field_dict["employeePostings"] = employee_postings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A OpeningBalance from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.opening_balance_balance_posting import OpeningBalanceBalancePosting  # noqa: PLC0415
        from ..models.opening_balance_customer_posting import OpeningBalanceCustomerPosting  # noqa: PLC0415
        from ..models.opening_balance_employee_posting import OpeningBalanceEmployeePosting  # noqa: PLC0415
        from ..models.opening_balance_supplier_posting import OpeningBalanceSupplierPosting  # noqa: PLC0415

        def _p_balance_postings(_tx_v: Any) -> list[OpeningBalanceBalancePosting] | Unset:
            _balance_postings = _tx_v
            balance_postings: list[OpeningBalanceBalancePosting] | Unset = UNSET
            if _balance_postings is not UNSET:
                balance_postings = []
                for balance_postings_item_data in _balance_postings:
                    if balance_postings_item_data is None:
                        continue
                    balance_postings_item = OpeningBalanceBalancePosting._tx_from_json(balance_postings_item_data)

                    balance_postings.append(balance_postings_item)

            return balance_postings

        def _p_customer_postings(_tx_v: Any) -> list[OpeningBalanceCustomerPosting] | Unset:
            _customer_postings = _tx_v
            customer_postings: list[OpeningBalanceCustomerPosting] | Unset = UNSET
            if _customer_postings is not UNSET:
                customer_postings = []
                for customer_postings_item_data in _customer_postings:
                    if customer_postings_item_data is None:
                        continue
                    customer_postings_item = OpeningBalanceCustomerPosting._tx_from_json(customer_postings_item_data)

                    customer_postings.append(customer_postings_item)

            return customer_postings

        def _p_supplier_postings(_tx_v: Any) -> list[OpeningBalanceSupplierPosting] | Unset:
            _supplier_postings = _tx_v
            supplier_postings: list[OpeningBalanceSupplierPosting] | Unset = UNSET
            if _supplier_postings is not UNSET:
                supplier_postings = []
                for supplier_postings_item_data in _supplier_postings:
                    if supplier_postings_item_data is None:
                        continue
                    supplier_postings_item = OpeningBalanceSupplierPosting._tx_from_json(supplier_postings_item_data)

                    supplier_postings.append(supplier_postings_item)

            return supplier_postings

        def _p_employee_postings(_tx_v: Any) -> list[OpeningBalanceEmployeePosting] | Unset:
            _employee_postings = _tx_v
            employee_postings: list[OpeningBalanceEmployeePosting] | Unset = UNSET
            if _employee_postings is not UNSET:
                employee_postings = []
                for employee_postings_item_data in _employee_postings:
                    if employee_postings_item_data is None:
                        continue
                    employee_postings_item = OpeningBalanceEmployeePosting._tx_from_json(employee_postings_item_data)

                    employee_postings.append(employee_postings_item)

            return employee_postings

        _tx_known: frozenset[str] = frozenset(
            (
                "voucherDate",
                "balancePostings",
                "customerPostings",
                "supplierPostings",
                "employeePostings",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "voucher_date": ("voucherDate", None),
            "balance_postings": ("balancePostings", _p_balance_postings),
            "customer_postings": ("customerPostings", _p_customer_postings),
            "supplier_postings": ("supplierPostings", _p_supplier_postings),
            "employee_postings": ("employeePostings", _p_employee_postings),
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
