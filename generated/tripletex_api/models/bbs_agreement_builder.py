from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="BbsAgreementBuilder")


@_attrs_define
class BbsAgreementBuilder:
    """
    Attributes:
        company_id (int | Unset):
        account_id (int | Unset):
        service_code (int | Unset):
        number (int | Unset):
    """

    company_id: int | Unset = UNSET
    account_id: int | Unset = UNSET
    service_code: int | Unset = UNSET
    number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        company_id = self.company_id

        account_id = self.account_id

        service_code = self.service_code

        number = self.number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if service_code is not UNSET:
            field_dict["serviceCode"] = service_code
        if number is not UNSET:
            field_dict["number"] = number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        company_id = d.pop("companyId", UNSET)

        account_id = d.pop("accountId", UNSET)

        service_code = d.pop("serviceCode", UNSET)

        number = d.pop("number", UNSET)

        _obj = cls(
            company_id=company_id,
            account_id=account_id,
            service_code=service_code,
            number=number,
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
