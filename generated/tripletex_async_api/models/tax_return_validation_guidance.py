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

T = TypeVar("T", bound="TaxReturnValidationGuidance")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class TaxReturnValidationGuidance(LazyModel):
    """
    Attributes:
        guidance_type (str | Unset): [read-only]
        occurrence_identifier (str | Unset): [read-only]
        help_text (str | Unset): [read-only]
        strategy_of_service (str | Unset): [read-only]
        path (str | Unset): [read-only]
    """

    guidance_type: str | Unset = UNSET
    occurrence_identifier: str | Unset = UNSET
    help_text: str | Unset = UNSET
    strategy_of_service: str | Unset = UNSET
    path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        guidance_type = self.guidance_type

        occurrence_identifier = self.occurrence_identifier

        help_text = self.help_text

        strategy_of_service = self.strategy_of_service

        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if guidance_type is not UNSET and not _in_request:
            field_dict["guidanceType"] = guidance_type
        if occurrence_identifier is not UNSET and not _in_request:
            field_dict["occurrenceIdentifier"] = occurrence_identifier
        if help_text is not UNSET and not _in_request:
            field_dict["helpText"] = help_text
        if strategy_of_service is not UNSET and not _in_request:
            field_dict["strategyOfService"] = strategy_of_service
        if path is not UNSET and not _in_request:
            field_dict["path"] = path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TaxReturnValidationGuidance from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "guidanceType",
                "occurrenceIdentifier",
                "helpText",
                "strategyOfService",
                "path",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "guidance_type": ("guidanceType", None),
            "occurrence_identifier": ("occurrenceIdentifier", None),
            "help_text": ("helpText", None),
            "strategy_of_service": ("strategyOfService", None),
            "path": ("path", None),
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
