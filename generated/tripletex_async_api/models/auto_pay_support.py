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

T = TypeVar("T", bound="AutoPaySupport")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("requiredBankFieldIds", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class AutoPaySupport(LazyModel):
    """The autoPay support for this bank

    Attributes:
        id (int | Unset):
        upload_needed (bool | Unset):
        is_eika_type (bool | Unset):
        has_org_number (bool | Unset):
        is_psd_2_type (bool | Unset):
        has_approve_in_online_banking (bool | Unset):
        required_bank_field_ids (list[int] | Unset):
    """

    id: int | Unset = UNSET
    upload_needed: bool | Unset = UNSET
    is_eika_type: bool | Unset = UNSET
    has_org_number: bool | Unset = UNSET
    is_psd_2_type: bool | Unset = UNSET
    has_approve_in_online_banking: bool | Unset = UNSET
    required_bank_field_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        upload_needed = self.upload_needed

        is_eika_type = self.is_eika_type

        has_org_number = self.has_org_number

        is_psd_2_type = self.is_psd_2_type

        has_approve_in_online_banking = self.has_approve_in_online_banking

        required_bank_field_ids: list[int] | Unset = UNSET
        if not isinstance(self.required_bank_field_ids, Unset):
            required_bank_field_ids = self.required_bank_field_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if upload_needed is not UNSET:
            field_dict["uploadNeeded"] = upload_needed
        if is_eika_type is not UNSET:
            field_dict["isEikaType"] = is_eika_type
        if has_org_number is not UNSET:
            field_dict["hasOrgNumber"] = has_org_number
        if is_psd_2_type is not UNSET:
            field_dict["isPsd2Type"] = is_psd_2_type
        if has_approve_in_online_banking is not UNSET:
            field_dict["hasApproveInOnlineBanking"] = has_approve_in_online_banking
        if required_bank_field_ids is not UNSET:
            field_dict["requiredBankFieldIds"] = required_bank_field_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AutoPaySupport from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_required_bank_field_ids(_tx_v: Any) -> list[int] | Unset:
            required_bank_field_ids = cast(list[int], _tx_v)

            return required_bank_field_ids

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "uploadNeeded",
                "isEikaType",
                "hasOrgNumber",
                "isPsd2Type",
                "hasApproveInOnlineBanking",
                "requiredBankFieldIds",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "upload_needed": ("uploadNeeded", None),
            "is_eika_type": ("isEikaType", None),
            "has_org_number": ("hasOrgNumber", None),
            "is_psd_2_type": ("isPsd2Type", None),
            "has_approve_in_online_banking": ("hasApproveInOnlineBanking", None),
            "required_bank_field_ids": ("requiredBankFieldIds", _p_required_bank_field_ids),
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
