from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.legal_vat_types_for_account import LegalVatTypesForAccount


T = TypeVar("T", bound="LegalVatTypesForAccounts")


@_attrs_define
class LegalVatTypesForAccounts:
    """
    Attributes:
        date (str | Unset): [read-only]
        legal_vat_types (list[LegalVatTypesForAccount] | Unset): [read-only]
    """

    date: str | Unset = UNSET
    legal_vat_types: list[LegalVatTypesForAccount] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        date = self.date

        legal_vat_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.legal_vat_types, Unset):
            legal_vat_types = []
            for legal_vat_types_item_data in self.legal_vat_types:
                legal_vat_types_item = legal_vat_types_item_data.to_dict()
                legal_vat_types.append(legal_vat_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET and not _in_request:
            field_dict["date"] = date
        if legal_vat_types is not UNSET and not _in_request:
            field_dict["legalVatTypes"] = legal_vat_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.legal_vat_types_for_account import LegalVatTypesForAccount  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        date = d.pop("date", UNSET)

        _legal_vat_types = d.pop("legalVatTypes", UNSET)
        legal_vat_types: list[LegalVatTypesForAccount] | Unset = UNSET
        if _legal_vat_types is not UNSET:
            legal_vat_types = []
            for legal_vat_types_item_data in _legal_vat_types:
                if legal_vat_types_item_data is None:
                    continue
                legal_vat_types_item = LegalVatTypesForAccount.from_dict(legal_vat_types_item_data)

                legal_vat_types.append(legal_vat_types_item)

        _obj = cls(
            date=date,
            legal_vat_types=legal_vat_types,
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
