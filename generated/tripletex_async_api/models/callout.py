from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.callout_severity import CalloutSeverity
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

T = TypeVar("T", bound="Callout")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("severity", str, False),)


@_attrs_define(on_setattr=mark_assigned)
class Callout(LazyModel):
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
        self._tx_load()
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
        """A Callout from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_severity(_tx_v: Any) -> CalloutSeverity | Unset:
            _severity = _tx_v
            severity: CalloutSeverity | Unset
            if isinstance(_severity, Unset):
                severity = UNSET
            else:
                severity = CalloutSeverity(_severity)

            return severity

        _tx_known: frozenset[str] = frozenset(
            (
                "severity",
                "message",
                "id",
                "pageSpecific",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "severity": ("severity", _p_severity),
            "message": ("message", None),
            "id": ("id", None),
            "page_specific": ("pageSpecific", None),
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
