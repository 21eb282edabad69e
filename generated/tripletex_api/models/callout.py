from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.callout_severity import CalloutSeverity
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="Callout")


@_attrs_define
class Callout:
    """
    Attributes:
        severity (CalloutSeverity | Unset): [read-only]
        message (str | Unset): [read-only]
        id (int | Unset): [read-only]
        page_specific (bool | Unset): [read-only]
    """

    severity: CalloutSeverity | Unset = UNSET
    message: str | Unset = UNSET
    id: int | Unset = UNSET
    page_specific: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        severity: str | Unset = UNSET
        if not isinstance(self.severity, Unset):
            severity = self.severity.value

        message = self.message

        id = self.id

        page_specific = self.page_specific

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if severity is not UNSET and not _in_request:
            field_dict["severity"] = severity
        if message is not UNSET and not _in_request:
            field_dict["message"] = message
        if id is not UNSET and not _in_request:
            field_dict["id"] = id
        if page_specific is not UNSET and not _in_request:
            field_dict["pageSpecific"] = page_specific

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _severity = d.pop("severity", UNSET)
        severity: CalloutSeverity | Unset
        if isinstance(_severity, Unset):
            severity = UNSET
        else:
            severity = CalloutSeverity(_severity)

        message = d.pop("message", UNSET)

        id = d.pop("id", UNSET)

        page_specific = d.pop("pageSpecific", UNSET)

        _obj = cls(
            severity=severity,
            message=message,
            id=id,
            page_specific=page_specific,
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
