from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="CspReportBody")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class CspReportBody(LazyModel):
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
        self._tx_load()
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
        """A CspReportBody from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "blockedURL",
                "columnNumber",
                "disposition",
                "documentURL",
                "effectiveDirective",
                "lineNumber",
                "originalPolicy",
                "referrer",
                "sample",
                "sourceFile",
                "statusCode",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "blocked_url": ("blockedURL", None),
            "column_number": ("columnNumber", None),
            "disposition": ("disposition", None),
            "document_url": ("documentURL", None),
            "effective_directive": ("effectiveDirective", None),
            "line_number": ("lineNumber", None),
            "original_policy": ("originalPolicy", None),
            "referrer": ("referrer", None),
            "sample": ("sample", None),
            "source_file": ("sourceFile", None),
            "status_code": ("statusCode", None),
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
