from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar, cast

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

T = TypeVar("T", bound="LegalVatTypesForAccount")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("legalVatTypeIds", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class LegalVatTypesForAccount(LazyModel):
    """
    Attributes:
        account_id (int | Unset): [read-only]
        legal_vat_type_ids (list[int] | Unset): [read-only]
    """

    account_id: int | Unset = UNSET
    legal_vat_type_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        account_id = self.account_id

        legal_vat_type_ids: list[int] | Unset = UNSET
        if not isinstance(self.legal_vat_type_ids, Unset):
            legal_vat_type_ids = self.legal_vat_type_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET and not _in_request:
            field_dict["accountId"] = account_id
        if legal_vat_type_ids is not UNSET and not _in_request:
            field_dict["legalVatTypeIds"] = legal_vat_type_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A LegalVatTypesForAccount from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_legal_vat_type_ids(_tx_v: Any) -> list[int] | Unset:
            legal_vat_type_ids = cast(list[int], _tx_v)

            return legal_vat_type_ids

        _tx_known: frozenset[str] = frozenset(
            (
                "accountId",
                "legalVatTypeIds",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "account_id": ("accountId", None),
            "legal_vat_type_ids": ("legalVatTypeIds", _p_legal_vat_type_ids),
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
