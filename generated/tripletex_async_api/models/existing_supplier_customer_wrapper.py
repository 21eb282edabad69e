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
    from ..models.supplier_customer import SupplierCustomer


T = TypeVar("T", bound="ExistingSupplierCustomerWrapper")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("supplierCustomer", dict, False),)


@_attrs_define(on_setattr=mark_assigned)
class ExistingSupplierCustomerWrapper(LazyModel):
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
        self._tx_load()
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
        """A ExistingSupplierCustomerWrapper from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.supplier_customer import SupplierCustomer  # noqa: PLC0415

        def _p_supplier_customer(_tx_v: Any) -> SupplierCustomer | Unset:
            _supplier_customer = _tx_v
            supplier_customer: SupplierCustomer | Unset
            if isinstance(_supplier_customer, Unset):
                supplier_customer = UNSET
            else:
                supplier_customer = SupplierCustomer._tx_from_json(_supplier_customer)

            return supplier_customer

        _tx_known: frozenset[str] = frozenset(
            (
                "foundByNumber",
                "foundByName",
                "supplierCustomer",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "found_by_number": ("foundByNumber", None),
            "found_by_name": ("foundByName", None),
            "supplier_customer": ("supplierCustomer", _p_supplier_customer),
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
