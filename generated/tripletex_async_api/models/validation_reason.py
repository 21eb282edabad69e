from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validation_reason_status_type import ValidationReasonStatusType
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

T = TypeVar("T", bound="ValidationReason")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("statusType", str, False),)


@_attrs_define(on_setattr=mark_assigned)
class ValidationReason(LazyModel):
    """The list of reasons of this error

    Attributes:
        status_type (ValidationReasonStatusType | Unset): [read-only] The status of the reason
        error_code (str | Unset): [read-only] Skatteetatens errorCode
        reason (str | Unset): [read-only] The actual reason for the validation error
        developer_reason (str | Unset): [read-only] Developer message for the error. In some cases it could be a xml
            error, then more info will be here.
    """

    status_type: ValidationReasonStatusType | Unset = UNSET
    error_code: str | Unset = UNSET
    reason: str | Unset = UNSET
    developer_reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        status_type: str | Unset = UNSET
        if not isinstance(self.status_type, Unset):
            status_type = self.status_type.value

        error_code = self.error_code

        reason = self.reason

        developer_reason = self.developer_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status_type is not UNSET and not _in_request:
            field_dict["statusType"] = status_type
        if error_code is not UNSET and not _in_request:
            field_dict["errorCode"] = error_code
        if reason is not UNSET and not _in_request:
            field_dict["reason"] = reason
        if developer_reason is not UNSET and not _in_request:
            field_dict["developerReason"] = developer_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ValidationReason from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_status_type(_tx_v: Any) -> ValidationReasonStatusType | Unset:
            _status_type = _tx_v
            status_type: ValidationReasonStatusType | Unset
            if isinstance(_status_type, Unset):
                status_type = UNSET
            else:
                status_type = ValidationReasonStatusType(_status_type)

            return status_type

        _tx_known: frozenset[str] = frozenset(
            (
                "statusType",
                "errorCode",
                "reason",
                "developerReason",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "status_type": ("statusType", _p_status_type),
            "error_code": ("errorCode", None),
            "reason": ("reason", None),
            "developer_reason": ("developerReason", None),
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
