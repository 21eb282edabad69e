from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="VatSettingsBuilder")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class VatSettingsBuilder(LazyModel):
    """
    Attributes:
        company_id (int | Unset):
        has_vat_out_medium (bool | Unset):
        has_vat_out_low (bool | Unset):
        has_vat_out_inside (bool | Unset):
        has_vat_out_medium_fish (bool | Unset):
        has_vat_in_medium (bool | Unset):
        vat_postings_per_department (bool | Unset):
        status (int | Unset):
    """

    company_id: int | Unset = UNSET
    has_vat_out_medium: bool | Unset = UNSET
    has_vat_out_low: bool | Unset = UNSET
    has_vat_out_inside: bool | Unset = UNSET
    has_vat_out_medium_fish: bool | Unset = UNSET
    has_vat_in_medium: bool | Unset = UNSET
    vat_postings_per_department: bool | Unset = UNSET
    status: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        company_id = self.company_id

        has_vat_out_medium = self.has_vat_out_medium

        has_vat_out_low = self.has_vat_out_low

        has_vat_out_inside = self.has_vat_out_inside

        has_vat_out_medium_fish = self.has_vat_out_medium_fish

        has_vat_in_medium = self.has_vat_in_medium

        vat_postings_per_department = self.vat_postings_per_department

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if has_vat_out_medium is not UNSET:
            field_dict["hasVatOutMedium"] = has_vat_out_medium
        if has_vat_out_low is not UNSET:
            field_dict["hasVatOutLow"] = has_vat_out_low
        if has_vat_out_inside is not UNSET:
            field_dict["hasVatOutInside"] = has_vat_out_inside
        if has_vat_out_medium_fish is not UNSET:
            field_dict["hasVatOutMediumFish"] = has_vat_out_medium_fish
        if has_vat_in_medium is not UNSET:
            field_dict["hasVatInMedium"] = has_vat_in_medium
        if vat_postings_per_department is not UNSET:
            field_dict["vatPostingsPerDepartment"] = vat_postings_per_department
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A VatSettingsBuilder from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "companyId",
                "hasVatOutMedium",
                "hasVatOutLow",
                "hasVatOutInside",
                "hasVatOutMediumFish",
                "hasVatInMedium",
                "vatPostingsPerDepartment",
                "status",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "company_id": ("companyId", None),
            "has_vat_out_medium": ("hasVatOutMedium", None),
            "has_vat_out_low": ("hasVatOutLow", None),
            "has_vat_out_inside": ("hasVatOutInside", None),
            "has_vat_out_medium_fish": ("hasVatOutMediumFish", None),
            "has_vat_in_medium": ("hasVatInMedium", None),
            "vat_postings_per_department": ("vatPostingsPerDepartment", None),
            "status": ("status", None),
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
