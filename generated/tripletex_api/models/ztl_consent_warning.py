from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ztl_consent_warning_type import ZtlConsentWarningType
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ZtlConsentWarning")


@_attrs_define
class ZtlConsentWarning:
    """
    Attributes:
        type_ (ZtlConsentWarningType | Unset): [read-only]
        message (str | Unset): [read-only]
        must_renew_consent_bank_id (int | Unset): [read-only]
    """

    type_: ZtlConsentWarningType | Unset = UNSET
    message: str | Unset = UNSET
    must_renew_consent_bank_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        message = self.message

        must_renew_consent_bank_id = self.must_renew_consent_bank_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and not _in_request:
            field_dict["type"] = type_
        if message is not UNSET and not _in_request:
            field_dict["message"] = message
        if must_renew_consent_bank_id is not UNSET and not _in_request:
            field_dict["mustRenewConsentBankId"] = must_renew_consent_bank_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _type_ = d.pop("type", UNSET)
        type_: ZtlConsentWarningType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ZtlConsentWarningType(_type_)

        message = d.pop("message", UNSET)

        must_renew_consent_bank_id = d.pop("mustRenewConsentBankId", UNSET)

        _obj = cls(
            type_=type_,
            message=message,
            must_renew_consent_bank_id=must_renew_consent_bank_id,
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
