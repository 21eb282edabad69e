from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="AltinnCompanyModule")


@_attrs_define
class AltinnCompanyModule:
    """
    Attributes:
        alt_inn_id (int | Unset):
        alt_inn_password (str | Unset):
    """

    alt_inn_id: int | Unset = UNSET
    alt_inn_password: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        alt_inn_id = self.alt_inn_id

        alt_inn_password = self.alt_inn_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alt_inn_id is not UNSET:
            field_dict["altInnId"] = alt_inn_id
        if alt_inn_password is not UNSET:
            field_dict["altInnPassword"] = alt_inn_password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        alt_inn_id = d.pop("altInnId", UNSET)

        alt_inn_password = d.pop("altInnPassword", UNSET)

        _obj = cls(
            alt_inn_id=alt_inn_id,
            alt_inn_password=alt_inn_password,
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
