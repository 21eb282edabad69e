from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="LinkMobilityReport")


@_attrs_define
class LinkMobilityReport:
    """
    Attributes:
        ref_id (str | Unset):
        operator (str | Unset):
        result_code (int | Unset):
    """

    ref_id: str | Unset = UNSET
    operator: str | Unset = UNSET
    result_code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        ref_id = self.ref_id

        operator = self.operator

        result_code = self.result_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ref_id is not UNSET:
            field_dict["refId"] = ref_id
        if operator is not UNSET:
            field_dict["operator"] = operator
        if result_code is not UNSET:
            field_dict["resultCode"] = result_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        ref_id = d.pop("refId", UNSET)

        operator = d.pop("operator", UNSET)

        result_code = d.pop("resultCode", UNSET)

        _obj = cls(
            ref_id=ref_id,
            operator=operator,
            result_code=result_code,
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
