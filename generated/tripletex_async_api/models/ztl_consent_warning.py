from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ztl_consent_warning_type import ZtlConsentWarningType
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

T = TypeVar("T", bound="ZtlConsentWarning")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("type", str, False),)


@_attrs_define(on_setattr=mark_assigned)
class ZtlConsentWarning(LazyModel):
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
        self._tx_load()
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
        """A ZtlConsentWarning from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_type_(_tx_v: Any) -> ZtlConsentWarningType | Unset:
            _type_ = _tx_v
            type_: ZtlConsentWarningType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = ZtlConsentWarningType(_type_)

            return type_

        _tx_known: frozenset[str] = frozenset(
            (
                "type",
                "message",
                "mustRenewConsentBankId",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "type_": ("type", _p_type_),
            "message": ("message", None),
            "must_renew_consent_bank_id": ("mustRenewConsentBankId", None),
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
