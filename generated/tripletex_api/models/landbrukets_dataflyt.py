from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="LandbruketsDataflyt")


@_attrs_define
class LandbruketsDataflyt:
    """
    Attributes:
        submitted_to_landbrukets_dataflyt_by (str | Unset):
        submitted_to_landbrukets_dataflyt_date (str | Unset):
        submitted_to_nibio_by (str | Unset):
        submitted_to_nibio_date (str | Unset):
    """

    submitted_to_landbrukets_dataflyt_by: str | Unset = UNSET
    submitted_to_landbrukets_dataflyt_date: str | Unset = UNSET
    submitted_to_nibio_by: str | Unset = UNSET
    submitted_to_nibio_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        submitted_to_landbrukets_dataflyt_by = self.submitted_to_landbrukets_dataflyt_by

        submitted_to_landbrukets_dataflyt_date = self.submitted_to_landbrukets_dataflyt_date

        submitted_to_nibio_by = self.submitted_to_nibio_by

        submitted_to_nibio_date = self.submitted_to_nibio_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if submitted_to_landbrukets_dataflyt_by is not UNSET:
            field_dict["submittedToLandbruketsDataflytBy"] = submitted_to_landbrukets_dataflyt_by
        if submitted_to_landbrukets_dataflyt_date is not UNSET:
            field_dict["submittedToLandbruketsDataflytDate"] = submitted_to_landbrukets_dataflyt_date
        if submitted_to_nibio_by is not UNSET:
            field_dict["submittedToNibioBy"] = submitted_to_nibio_by
        if submitted_to_nibio_date is not UNSET:
            field_dict["submittedToNibioDate"] = submitted_to_nibio_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        submitted_to_landbrukets_dataflyt_by = d.pop("submittedToLandbruketsDataflytBy", UNSET)

        submitted_to_landbrukets_dataflyt_date = d.pop("submittedToLandbruketsDataflytDate", UNSET)

        submitted_to_nibio_by = d.pop("submittedToNibioBy", UNSET)

        submitted_to_nibio_date = d.pop("submittedToNibioDate", UNSET)

        _obj = cls(
            submitted_to_landbrukets_dataflyt_by=submitted_to_landbrukets_dataflyt_by,
            submitted_to_landbrukets_dataflyt_date=submitted_to_landbrukets_dataflyt_date,
            submitted_to_nibio_by=submitted_to_nibio_by,
            submitted_to_nibio_date=submitted_to_nibio_date,
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
