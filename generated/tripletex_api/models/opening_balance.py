from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.opening_balance_balance_posting import OpeningBalanceBalancePosting
    from ..models.opening_balance_customer_posting import OpeningBalanceCustomerPosting
    from ..models.opening_balance_employee_posting import OpeningBalanceEmployeePosting
    from ..models.opening_balance_supplier_posting import OpeningBalanceSupplierPosting


T = TypeVar("T", bound="OpeningBalance")


@_attrs_define
class OpeningBalance:
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
        from ..models.opening_balance_balance_posting import OpeningBalanceBalancePosting  # noqa: PLC0415
        from ..models.opening_balance_customer_posting import OpeningBalanceCustomerPosting  # noqa: PLC0415
        from ..models.opening_balance_employee_posting import OpeningBalanceEmployeePosting  # noqa: PLC0415
        from ..models.opening_balance_supplier_posting import OpeningBalanceSupplierPosting  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        voucher_date = d.pop("voucherDate", UNSET)

        _balance_postings = d.pop("balancePostings", UNSET)
        balance_postings: list[OpeningBalanceBalancePosting] | Unset = UNSET
        if _balance_postings is not UNSET:
            balance_postings = []
            for balance_postings_item_data in _balance_postings:
                if balance_postings_item_data is None:
                    continue
                balance_postings_item = OpeningBalanceBalancePosting.from_dict(balance_postings_item_data)

                balance_postings.append(balance_postings_item)

        _customer_postings = d.pop("customerPostings", UNSET)
        customer_postings: list[OpeningBalanceCustomerPosting] | Unset = UNSET
        if _customer_postings is not UNSET:
            customer_postings = []
            for customer_postings_item_data in _customer_postings:
                if customer_postings_item_data is None:
                    continue
                customer_postings_item = OpeningBalanceCustomerPosting.from_dict(customer_postings_item_data)

                customer_postings.append(customer_postings_item)

        _supplier_postings = d.pop("supplierPostings", UNSET)
        supplier_postings: list[OpeningBalanceSupplierPosting] | Unset = UNSET
        if _supplier_postings is not UNSET:
            supplier_postings = []
            for supplier_postings_item_data in _supplier_postings:
                if supplier_postings_item_data is None:
                    continue
                supplier_postings_item = OpeningBalanceSupplierPosting.from_dict(supplier_postings_item_data)

                supplier_postings.append(supplier_postings_item)

        _employee_postings = d.pop("employeePostings", UNSET)
        employee_postings: list[OpeningBalanceEmployeePosting] | Unset = UNSET
        if _employee_postings is not UNSET:
            employee_postings = []
            for employee_postings_item_data in _employee_postings:
                if employee_postings_item_data is None:
                    continue
                employee_postings_item = OpeningBalanceEmployeePosting.from_dict(employee_postings_item_data)

                employee_postings.append(employee_postings_item)

        _obj = cls(
            voucher_date=voucher_date,
            balance_postings=balance_postings,
            customer_postings=customer_postings,
            supplier_postings=supplier_postings,
            employee_postings=employee_postings,
        )

        _obj.additional_properties = d
        return _obj

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
