from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ProductUnitBuilder")


@_attrs_define
class ProductUnitBuilder:
    """
    Attributes:
        company_id (int | Unset):
        name (str | Unset):
        name_short (str | Unset):
        common_code (str | Unset):
    """

    company_id: int | Unset = UNSET
    name: str | Unset = UNSET
    name_short: str | Unset = UNSET
    common_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        company_id = self.company_id

        name = self.name

        name_short = self.name_short

        common_code = self.common_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if name is not UNSET:
            field_dict["name"] = name
        if name_short is not UNSET:
            field_dict["nameShort"] = name_short
        if common_code is not UNSET:
            field_dict["commonCode"] = common_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        company_id = d.pop("companyId", UNSET)

        name = d.pop("name", UNSET)

        name_short = d.pop("nameShort", UNSET)

        common_code = d.pop("commonCode", UNSET)

        _obj = cls(
            company_id=company_id,
            name=name,
            name_short=name_short,
            common_code=common_code,
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
