from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    parse_error,
    parse_model,
    serializing_request_body,
)

T = TypeVar("T", bound="CspReportBody")


@_attrs_define
class CspReportBody(Model):
    """
    Attributes:
        blocked_url (str | Unset):
        column_number (int | Unset):
        disposition (str | Unset):
        document_url (str | Unset):
        effective_directive (str | Unset):
        line_number (int | Unset):
        original_policy (str | Unset):
        referrer (str | Unset):
        sample (str | Unset):
        source_file (str | Unset):
        status_code (int | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.blocked_url
        if _v is not UNSET and not _in_request:
            field_dict["blockedURL"] = _v
        _v = self.column_number
        if _v is not UNSET and not _in_request:
            field_dict["columnNumber"] = _v
        _v = self.disposition
        if _v is not UNSET and not _in_request:
            field_dict["disposition"] = _v
        _v = self.document_url
        if _v is not UNSET and not _in_request:
            field_dict["documentURL"] = _v
        _v = self.effective_directive
        if _v is not UNSET and not _in_request:
            field_dict["effectiveDirective"] = _v
        _v = self.line_number
        if _v is not UNSET and not _in_request:
            field_dict["lineNumber"] = _v
        _v = self.original_policy
        if _v is not UNSET and not _in_request:
            field_dict["originalPolicy"] = _v
        _v = self.referrer
        if _v is not UNSET and not _in_request:
            field_dict["referrer"] = _v
        _v = self.sample
        if _v is not UNSET and not _in_request:
            field_dict["sample"] = _v
        _v = self.source_file
        if _v is not UNSET and not _in_request:
            field_dict["sourceFile"] = _v
        _v = self.status_code
        if _v is not UNSET and not _in_request:
            field_dict["statusCode"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CspReportBody from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``CspReportBody.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "blockedURL": "blocked_url",
            "columnNumber": "column_number",
            "disposition": "disposition",
            "documentURL": "document_url",
            "effectiveDirective": "effective_directive",
            "lineNumber": "line_number",
            "originalPolicy": "original_policy",
            "referrer": "referrer",
            "sample": "sample",
            "sourceFile": "source_file",
            "statusCode": "status_code",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.blocked_url = o.column_number = o.disposition = o.document_url = o.effective_directive = (
                        o.line_number
                    ) = o.original_policy = o.referrer = o.sample = o.source_file = o.status_code = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("blockedURL")
                if v is None:
                    o.blocked_url = u
                    if "blockedURL" not in d:
                        m += 1
                else:
                    o.blocked_url = v
                v = g("columnNumber")
                if v is None:
                    o.column_number = u
                    if "columnNumber" not in d:
                        m += 1
                else:
                    o.column_number = v
                v = g("disposition")
                if v is None:
                    o.disposition = u
                    if "disposition" not in d:
                        m += 1
                else:
                    o.disposition = v
                v = g("documentURL")
                if v is None:
                    o.document_url = u
                    if "documentURL" not in d:
                        m += 1
                else:
                    o.document_url = v
                v = g("effectiveDirective")
                if v is None:
                    o.effective_directive = u
                    if "effectiveDirective" not in d:
                        m += 1
                else:
                    o.effective_directive = v
                v = g("lineNumber")
                if v is None:
                    o.line_number = u
                    if "lineNumber" not in d:
                        m += 1
                else:
                    o.line_number = v
                v = g("originalPolicy")
                if v is None:
                    o.original_policy = u
                    if "originalPolicy" not in d:
                        m += 1
                else:
                    o.original_policy = v
                v = g("referrer")
                if v is None:
                    o.referrer = u
                    if "referrer" not in d:
                        m += 1
                else:
                    o.referrer = v
                v = g("sample")
                if v is None:
                    o.sample = u
                    if "sample" not in d:
                        m += 1
                else:
                    o.sample = v
                v = g("sourceFile")
                if v is None:
                    o.source_file = u
                    if "sourceFile" not in d:
                        m += 1
                else:
                    o.source_file = v
                v = g("statusCode")
                if v is None:
                    o.status_code = u
                    if "statusCode" not in d:
                        m += 1
                else:
                    o.status_code = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 11 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("blocked_url", "blockedURL"),
            ("column_number", "columnNumber"),
            ("disposition", "disposition"),
            ("document_url", "documentURL"),
            ("effective_directive", "effectiveDirective"),
            ("line_number", "lineNumber"),
            ("original_policy", "originalPolicy"),
            ("referrer", "referrer"),
            ("sample", "sample"),
            ("source_file", "sourceFile"),
            ("status_code", "statusCode"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.blocked_url
            o.blocked_url = u if v is None else v
            v = s.column_number
            o.column_number = u if v is None else v
            v = s.disposition
            o.disposition = u if v is None else v
            v = s.document_url
            o.document_url = u if v is None else v
            v = s.effective_directive
            o.effective_directive = u if v is None else v
            v = s.line_number
            o.line_number = u if v is None else v
            v = s.original_policy
            o.original_policy = u if v is None else v
            v = s.referrer
            o.referrer = u if v is None else v
            v = s.sample
            o.sample = u if v is None else v
            v = s.source_file
            o.source_file = u if v is None else v
            v = s.status_code
            o.status_code = u if v is None else v
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
