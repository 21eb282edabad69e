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
    from ..models.company_representative import CompanyRepresentative


T = TypeVar("T", bound="SignatureCombination")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("companyRepresentativeDTOList", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class SignatureCombination(LazyModel):
    """
    Attributes:
        signature_combination_description (str | Unset): [read-only]
        unique_key (str | Unset): [read-only]
        company_representative_dto_list (list[CompanyRepresentative] | Unset): [read-only]
    """

    signature_combination_description: str | Unset = UNSET
    unique_key: str | Unset = UNSET
    company_representative_dto_list: list[CompanyRepresentative] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        signature_combination_description = self.signature_combination_description

        unique_key = self.unique_key

        company_representative_dto_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.company_representative_dto_list, Unset):
            company_representative_dto_list = []
            for company_representative_dto_list_item_data in self.company_representative_dto_list:
                company_representative_dto_list_item = company_representative_dto_list_item_data.to_dict()
                company_representative_dto_list.append(company_representative_dto_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if signature_combination_description is not UNSET and not _in_request:
            field_dict["signatureCombinationDescription"] = signature_combination_description
        if unique_key is not UNSET and not _in_request:
            field_dict["uniqueKey"] = unique_key
        if company_representative_dto_list is not UNSET and not _in_request:
            field_dict["companyRepresentativeDTOList"] = company_representative_dto_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SignatureCombination from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.company_representative import CompanyRepresentative  # noqa: PLC0415

        def _p_company_representative_dto_list(_tx_v: Any) -> list[CompanyRepresentative] | Unset:
            _company_representative_dto_list = _tx_v
            company_representative_dto_list: list[CompanyRepresentative] | Unset = UNSET
            if _company_representative_dto_list is not UNSET:
                company_representative_dto_list = []
                for company_representative_dto_list_item_data in _company_representative_dto_list:
                    if company_representative_dto_list_item_data is None:
                        continue
                    company_representative_dto_list_item = CompanyRepresentative._tx_from_json(
                        company_representative_dto_list_item_data
                    )

                    company_representative_dto_list.append(company_representative_dto_list_item)

            return company_representative_dto_list

        _tx_known: frozenset[str] = frozenset(
            (
                "signatureCombinationDescription",
                "uniqueKey",
                "companyRepresentativeDTOList",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "signature_combination_description": ("signatureCombinationDescription", None),
            "unique_key": ("uniqueKey", None),
            "company_representative_dto_list": ("companyRepresentativeDTOList", _p_company_representative_dto_list),
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
