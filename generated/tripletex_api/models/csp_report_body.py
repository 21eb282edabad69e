from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="CspReportBody")


@_attrs_define
class CspReportBody:
    """
    Attributes:
        blocked_url (str | Unset): [read-only]
        column_number (int | Unset): [read-only]
        disposition (str | Unset): [read-only]
        document_url (str | Unset): [read-only]
        effective_directive (str | Unset): [read-only]
        line_number (int | Unset): [read-only]
        original_policy (str | Unset): [read-only]
        referrer (str | Unset): [read-only]
        sample (str | Unset): [read-only]
        source_file (str | Unset): [read-only]
        status_code (int | Unset): [read-only]
    """

    blocked_url: str | Unset = UNSET
    column_number: int | Unset = UNSET
    disposition: str | Unset = UNSET
    document_url: str | Unset = UNSET
    effective_directive: str | Unset = UNSET
    line_number: int | Unset = UNSET
    original_policy: str | Unset = UNSET
    referrer: str | Unset = UNSET
    sample: str | Unset = UNSET
    source_file: str | Unset = UNSET
    status_code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        blocked_url = self.blocked_url

        column_number = self.column_number

        disposition = self.disposition

        document_url = self.document_url

        effective_directive = self.effective_directive

        line_number = self.line_number

        original_policy = self.original_policy

        referrer = self.referrer

        sample = self.sample

        source_file = self.source_file

        status_code = self.status_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if blocked_url is not UNSET and not _in_request:
            field_dict["blockedURL"] = blocked_url
        if column_number is not UNSET and not _in_request:
            field_dict["columnNumber"] = column_number
        if disposition is not UNSET and not _in_request:
            field_dict["disposition"] = disposition
        if document_url is not UNSET and not _in_request:
            field_dict["documentURL"] = document_url
        if effective_directive is not UNSET and not _in_request:
            field_dict["effectiveDirective"] = effective_directive
        if line_number is not UNSET and not _in_request:
            field_dict["lineNumber"] = line_number
        if original_policy is not UNSET and not _in_request:
            field_dict["originalPolicy"] = original_policy
        if referrer is not UNSET and not _in_request:
            field_dict["referrer"] = referrer
        if sample is not UNSET and not _in_request:
            field_dict["sample"] = sample
        if source_file is not UNSET and not _in_request:
            field_dict["sourceFile"] = source_file
        if status_code is not UNSET and not _in_request:
            field_dict["statusCode"] = status_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        blocked_url = d.pop("blockedURL", UNSET)

        column_number = d.pop("columnNumber", UNSET)

        disposition = d.pop("disposition", UNSET)

        document_url = d.pop("documentURL", UNSET)

        effective_directive = d.pop("effectiveDirective", UNSET)

        line_number = d.pop("lineNumber", UNSET)

        original_policy = d.pop("originalPolicy", UNSET)

        referrer = d.pop("referrer", UNSET)

        sample = d.pop("sample", UNSET)

        source_file = d.pop("sourceFile", UNSET)

        status_code = d.pop("statusCode", UNSET)

        _obj = cls(
            blocked_url=blocked_url,
            column_number=column_number,
            disposition=disposition,
            document_url=document_url,
            effective_directive=effective_directive,
            line_number=line_number,
            original_policy=original_policy,
            referrer=referrer,
            sample=sample,
            source_file=source_file,
            status_code=status_code,
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
