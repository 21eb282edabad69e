from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="AutoPaySupport")


@_attrs_define
class AutoPaySupport:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        upload_needed = d.pop("uploadNeeded", UNSET)

        is_eika_type = d.pop("isEikaType", UNSET)

        has_org_number = d.pop("hasOrgNumber", UNSET)

        is_psd_2_type = d.pop("isPsd2Type", UNSET)

        has_approve_in_online_banking = d.pop("hasApproveInOnlineBanking", UNSET)

        required_bank_field_ids = cast(list[int], d.pop("requiredBankFieldIds", UNSET))

        _obj = cls(
            id=id,
            upload_needed=upload_needed,
            is_eika_type=is_eika_type,
            has_org_number=has_org_number,
            is_psd_2_type=is_psd_2_type,
            has_approve_in_online_banking=has_approve_in_online_banking,
            required_bank_field_ids=required_bank_field_ids,
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
