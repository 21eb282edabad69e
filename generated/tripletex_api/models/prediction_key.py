from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="PredictionKey")


@_attrs_define
class PredictionKey:
    """
    Attributes:
        account (str | Unset):
        vat_number (str | Unset):
        project (str | Unset):
        department (str | Unset):
    """

    account: str | Unset = UNSET
    vat_number: str | Unset = UNSET
    project: str | Unset = UNSET
    department: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        account = self.account

        vat_number = self.vat_number

        project = self.project

        department = self.department

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if vat_number is not UNSET:
            field_dict["vatNumber"] = vat_number
        if project is not UNSET:
            field_dict["project"] = project
        if department is not UNSET:
            field_dict["department"] = department

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        account = d.pop("account", UNSET)

        vat_number = d.pop("vatNumber", UNSET)

        project = d.pop("project", UNSET)

        department = d.pop("department", UNSET)

        _obj = cls(
            account=account,
            vat_number=vat_number,
            project=project,
            department=department,
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
