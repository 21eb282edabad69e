from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="WageTransactionBuilder")


@_attrs_define
class WageTransactionBuilder:
    """
    Attributes:
        company_id (int | Unset):
        comment (str | Unset):
        historical (bool | Unset):
        payroll_tax_calc_method (str | Unset):
    """

    company_id: int | Unset = UNSET
    comment: str | Unset = UNSET
    historical: bool | Unset = UNSET
    payroll_tax_calc_method: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        company_id = self.company_id

        comment = self.comment

        historical = self.historical

        payroll_tax_calc_method = self.payroll_tax_calc_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if comment is not UNSET:
            field_dict["comment"] = comment
        if historical is not UNSET:
            field_dict["historical"] = historical
        if payroll_tax_calc_method is not UNSET:
            field_dict["payrollTaxCalcMethod"] = payroll_tax_calc_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        company_id = d.pop("companyId", UNSET)

        comment = d.pop("comment", UNSET)

        historical = d.pop("historical", UNSET)

        payroll_tax_calc_method = d.pop("payrollTaxCalcMethod", UNSET)

        _obj = cls(
            company_id=company_id,
            comment=comment,
            historical=historical,
            payroll_tax_calc_method=payroll_tax_calc_method,
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
