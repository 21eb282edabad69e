from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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

if TYPE_CHECKING:
    from ..models.company_chooser_company import CompanyChooserCompany


T = TypeVar("T", bound="CompanyChooserDTO")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("currentCompany", dict, False),)


@_attrs_define(on_setattr=mark_assigned)
class CompanyChooserDTO(LazyModel):
    """
    Attributes:
        current_company (CompanyChooserCompany | Unset):
        has_access_to_multiple_companies (bool | Unset): [read-only]
    """

    current_company: CompanyChooserCompany | Unset = UNSET
    has_access_to_multiple_companies: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        current_company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current_company, Unset):
            current_company = self.current_company.to_dict()

        has_access_to_multiple_companies = self.has_access_to_multiple_companies

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_company is not UNSET:
            field_dict["currentCompany"] = current_company
        if has_access_to_multiple_companies is not UNSET and not _in_request:
            field_dict["hasAccessToMultipleCompanies"] = has_access_to_multiple_companies

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CompanyChooserDTO from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.company_chooser_company import CompanyChooserCompany  # noqa: PLC0415

        def _p_current_company(_tx_v: Any) -> CompanyChooserCompany | Unset:
            _current_company = _tx_v
            current_company: CompanyChooserCompany | Unset
            if isinstance(_current_company, Unset):
                current_company = UNSET
            else:
                current_company = CompanyChooserCompany._tx_from_json(_current_company)

            return current_company

        _tx_known: frozenset[str] = frozenset(
            (
                "currentCompany",
                "hasAccessToMultipleCompanies",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "current_company": ("currentCompany", _p_current_company),
            "has_access_to_multiple_companies": ("hasAccessToMultipleCompanies", None),
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
