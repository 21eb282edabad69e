from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sales_module_name import SalesModuleName
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="SalesModule")


@_attrs_define
class SalesModule:
    """Sales modules (functionality in the application) to activate for the newly created account. Some modules have extra
    costs.

        Attributes:
            name (SalesModuleName | Unset):
            cost_start_date (str | Unset):
    """

    name: SalesModuleName | Unset = UNSET
    cost_start_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        name: str | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.value

        cost_start_date = self.cost_start_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if cost_start_date is not UNSET:
            field_dict["costStartDate"] = cost_start_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _name = d.pop("name", UNSET)
        name: SalesModuleName | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = SalesModuleName(_name)

        cost_start_date = d.pop("costStartDate", UNSET)

        _obj = cls(
            name=name,
            cost_start_date=cost_start_date,
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
