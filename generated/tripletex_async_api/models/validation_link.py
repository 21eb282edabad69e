from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validation_link_severity import ValidationLinkSeverity
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

T = TypeVar("T", bound="ValidationLink")


@_attrs_define
class ValidationLink(Model):
    """
    Attributes:
        message (str | Unset):
        href (str | Unset):
        link_description (str | Unset):
        automated_action (bool | Unset):
        severity (ValidationLinkSeverity | Unset):
    """

    message: str | Unset = UNSET
    href: str | Unset = UNSET
    link_description: str | Unset = UNSET
    automated_action: bool | Unset = UNSET
    severity: ValidationLinkSeverity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.message
        if _v is not UNSET and not _in_request:
            field_dict["message"] = _v
        _v = self.href
        if _v is not UNSET and not _in_request:
            field_dict["href"] = _v
        _v = self.link_description
        if _v is not UNSET and not _in_request:
            field_dict["linkDescription"] = _v
        _v = self.automated_action
        if _v is not UNSET and not _in_request:
            field_dict["automatedAction"] = _v
        _v = self.severity
        if _v is not UNSET and not _in_request:
            field_dict["severity"] = _v._value_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ValidationLink from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ValidationLink.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_severity: dict[Any, Any] = enum_members(ValidationLinkSeverity)
        _known: frozenset[str] = frozenset(
            (
                "message",
                "href",
                "linkDescription",
                "automatedAction",
                "severity",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("message")
                if v is None:
                    o.message = u
                    if "message" not in d:
                        m += 1
                else:
                    o.message = v
                v = g("href")
                if v is None:
                    o.href = u
                    if "href" not in d:
                        m += 1
                else:
                    o.href = v
                v = g("linkDescription")
                if v is None:
                    o.link_description = u
                    if "linkDescription" not in d:
                        m += 1
                else:
                    o.link_description = v
                v = g("automatedAction")
                if v is None:
                    o.automated_action = u
                    if "automatedAction" not in d:
                        m += 1
                else:
                    o.automated_action = v
                k = "severity"
                v = g("severity")
                if v is None:
                    o.severity = u
                    if "severity" not in d:
                        m += 1
                else:
                    o.severity = e_ if (e_ := _e_severity.get(v)) is not None else enum_value(ValidationLinkSeverity, v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 5 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("message", "message"),
            ("href", "href"),
            ("link_description", "linkDescription"),
            ("automated_action", "automatedAction"),
            ("severity", "severity"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.message
            o.message = u if v is None else v
            v = s.href
            o.href = u if v is None else v
            v = s.link_description
            o.link_description = u if v is None else v
            v = s.automated_action
            o.automated_action = u if v is None else v
            v = s.severity
            o.severity = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_severity.get(v)) is not None
                else enum_value(ValidationLinkSeverity, v)
            )
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
