from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validation_link_severity import ValidationLinkSeverity
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

T = TypeVar("T", bound="ValidationLink")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("severity", str, False),)


@_attrs_define(on_setattr=mark_assigned)
class ValidationLink(LazyModel):
    """
    Attributes:
        message (str | Unset): [read-only]
        href (str | Unset): [read-only]
        link_description (str | Unset): [read-only]
        automated_action (bool | Unset): [read-only]
        severity (ValidationLinkSeverity | Unset): [read-only]
    """

    message: str | Unset = UNSET
    href: str | Unset = UNSET
    link_description: str | Unset = UNSET
    automated_action: bool | Unset = UNSET
    severity: ValidationLinkSeverity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        message = self.message

        href = self.href

        link_description = self.link_description

        automated_action = self.automated_action

        severity: str | Unset = UNSET
        if not isinstance(self.severity, Unset):
            severity = self.severity.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET and not _in_request:
            field_dict["message"] = message
        if href is not UNSET and not _in_request:
            field_dict["href"] = href
        if link_description is not UNSET and not _in_request:
            field_dict["linkDescription"] = link_description
        if automated_action is not UNSET and not _in_request:
            field_dict["automatedAction"] = automated_action
        if severity is not UNSET and not _in_request:
            field_dict["severity"] = severity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ValidationLink from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_severity(_tx_v: Any) -> ValidationLinkSeverity | Unset:
            _severity = _tx_v
            severity: ValidationLinkSeverity | Unset
            if isinstance(_severity, Unset):
                severity = UNSET
            else:
                severity = ValidationLinkSeverity(_severity)

            return severity

        _tx_known: frozenset[str] = frozenset(
            (
                "message",
                "href",
                "linkDescription",
                "automatedAction",
                "severity",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "message": ("message", None),
            "href": ("href", None),
            "link_description": ("linkDescription", None),
            "automated_action": ("automatedAction", None),
            "severity": ("severity", _p_severity),
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
