from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validation_reason_status_type import ValidationReasonStatusType
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
    serializing_request_body,
)

T = TypeVar("T", bound="ValidationReason")


@_attrs_define
class ValidationReason(Model):
    """The list of reasons of this error

    Attributes:
        status_type (ValidationReasonStatusType | Unset): The status of the reason
        error_code (str | Unset): Skatteetatens errorCode
        reason (str | Unset): The actual reason for the validation error
        developer_reason (str | Unset): Developer message for the error. In some cases it could be a xml error, then
            more info will be here.
    """

    status_type: ValidationReasonStatusType | Unset = UNSET
    error_code: str | Unset = UNSET
    reason: str | Unset = UNSET
    developer_reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.status_type
        if _v is not UNSET and not _in_request:
            field_dict["statusType"] = _v._value_
        _v = self.error_code
        if _v is not UNSET and not _in_request:
            field_dict["errorCode"] = _v
        _v = self.reason
        if _v is not UNSET and not _in_request:
            field_dict["reason"] = _v
        _v = self.developer_reason
        if _v is not UNSET and not _in_request:
            field_dict["developerReason"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ValidationReason from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ValidationReason.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_status_type: dict[Any, Any] = enum_members(ValidationReasonStatusType)
        _known: frozenset[str] = frozenset(
            (
                "statusType",
                "errorCode",
                "reason",
                "developerReason",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "statusType"
                v = g("statusType")
                if v is None:
                    o.status_type = u
                    if "statusType" not in d:
                        m += 1
                else:
                    o.status_type = (
                        e_ if (e_ := _e_status_type.get(v)) is not None else enum_value(ValidationReasonStatusType, v)
                    )
                v = g("errorCode")
                if v is None:
                    o.error_code = u
                    if "errorCode" not in d:
                        m += 1
                else:
                    o.error_code = v
                v = g("reason")
                if v is None:
                    o.reason = u
                    if "reason" not in d:
                        m += 1
                else:
                    o.reason = v
                v = g("developerReason")
                if v is None:
                    o.developer_reason = u
                    if "developerReason" not in d:
                        m += 1
                else:
                    o.developer_reason = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 4 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("status_type", "statusType"),
            ("error_code", "errorCode"),
            ("reason", "reason"),
            ("developer_reason", "developerReason"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.status_type
            o.status_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_status_type.get(v)) is not None
                else enum_value(ValidationReasonStatusType, v)
            )
            v = s.error_code
            o.error_code = u if v is None else v
            v = s.reason
            o.reason = u if v is None else v
            v = s.developer_reason
            o.developer_reason = u if v is None else v
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

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
