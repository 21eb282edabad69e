from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.supplier_customer import SupplierCustomer


T = TypeVar("T", bound="ExistingSupplierCustomerWrapper")


@_attrs_define
class ExistingSupplierCustomerWrapper:
    """
    Attributes:
        found_by_number (bool | Unset): [read-only]
        found_by_name (bool | Unset): [read-only]
        supplier_customer (SupplierCustomer | Unset):
    """

    found_by_number: bool | Unset = UNSET
    found_by_name: bool | Unset = UNSET
    supplier_customer: SupplierCustomer | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        found_by_number = self.found_by_number

        found_by_name = self.found_by_name

        supplier_customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier_customer, Unset):
            supplier_customer = self.supplier_customer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if found_by_number is not UNSET and not _in_request:
            field_dict["foundByNumber"] = found_by_number
        if found_by_name is not UNSET and not _in_request:
            field_dict["foundByName"] = found_by_name
        if supplier_customer is not UNSET:
            field_dict["supplierCustomer"] = supplier_customer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.supplier_customer import SupplierCustomer  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        found_by_number = d.pop("foundByNumber", UNSET)

        found_by_name = d.pop("foundByName", UNSET)

        _supplier_customer = d.pop("supplierCustomer", UNSET)
        supplier_customer: SupplierCustomer | Unset
        if isinstance(_supplier_customer, Unset):
            supplier_customer = UNSET
        else:
            supplier_customer = SupplierCustomer.from_dict(_supplier_customer)

        _obj = cls(
            found_by_number=found_by_number,
            found_by_name=found_by_name,
            supplier_customer=supplier_customer,
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
