from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="PayrollTaxContextRequest")


@_attrs_define
class PayrollTaxContextRequest:
    """
    Attributes:
        customer_id (int | Unset): The ID of the customer for whom the reconciliation context is requested
        year (int | Unset): The year for the reconciliation context
        term (int | Unset): The term of the reconciliation context
    """

    customer_id: int | Unset = UNSET
    year: int | Unset = UNSET
    term: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        customer_id = self.customer_id

        year = self.year

        term = self.term

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if year is not UNSET:
            field_dict["year"] = year
        if term is not UNSET:
            field_dict["term"] = term

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        customer_id = d.pop("customerId", UNSET)

        year = d.pop("year", UNSET)

        term = d.pop("term", UNSET)

        _obj = cls(
            customer_id=customer_id,
            year=year,
            term=term,
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
