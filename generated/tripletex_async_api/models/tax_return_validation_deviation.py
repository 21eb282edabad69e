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

T = TypeVar("T", bound="TaxReturnValidationDeviation")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class TaxReturnValidationDeviation(LazyModel):
    """
    Attributes:
        deviation_type (str | Unset): [read-only]
        occurrence_identifier (str | Unset): [read-only]
        received_value (float | Unset): [read-only]
        calculated_value (float | Unset): [read-only]
        deviation_in_value (float | Unset): [read-only]
        received_text (str | Unset): [read-only]
        calculated_text (str | Unset): [read-only]
        path (str | Unset): [read-only]
        other_information (str | Unset): [read-only]
    """

    deviation_type: str | Unset = UNSET
    occurrence_identifier: str | Unset = UNSET
    received_value: float | Unset = UNSET
    calculated_value: float | Unset = UNSET
    deviation_in_value: float | Unset = UNSET
    received_text: str | Unset = UNSET
    calculated_text: str | Unset = UNSET
    path: str | Unset = UNSET
    other_information: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        deviation_type = self.deviation_type

        occurrence_identifier = self.occurrence_identifier

        received_value = self.received_value

        calculated_value = self.calculated_value

        deviation_in_value = self.deviation_in_value

        received_text = self.received_text

        calculated_text = self.calculated_text

        path = self.path

        other_information = self.other_information

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deviation_type is not UNSET and not _in_request:
            field_dict["deviationType"] = deviation_type
        if occurrence_identifier is not UNSET and not _in_request:
            field_dict["occurrenceIdentifier"] = occurrence_identifier
        if received_value is not UNSET and not _in_request:
            field_dict["receivedValue"] = received_value
        if calculated_value is not UNSET and not _in_request:
            field_dict["calculatedValue"] = calculated_value
        if deviation_in_value is not UNSET and not _in_request:
            field_dict["deviationInValue"] = deviation_in_value
        if received_text is not UNSET and not _in_request:
            field_dict["receivedText"] = received_text
        if calculated_text is not UNSET and not _in_request:
            field_dict["calculatedText"] = calculated_text
        if path is not UNSET and not _in_request:
            field_dict["path"] = path
        if other_information is not UNSET and not _in_request:
            field_dict["otherInformation"] = other_information

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TaxReturnValidationDeviation from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "deviationType",
                "occurrenceIdentifier",
                "receivedValue",
                "calculatedValue",
                "deviationInValue",
                "receivedText",
                "calculatedText",
                "path",
                "otherInformation",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "deviation_type": ("deviationType", None),
            "occurrence_identifier": ("occurrenceIdentifier", None),
            "received_value": ("receivedValue", None),
            "calculated_value": ("calculatedValue", None),
            "deviation_in_value": ("deviationInValue", None),
            "received_text": ("receivedText", None),
            "calculated_text": ("calculatedText", None),
            "path": ("path", None),
            "other_information": ("otherInformation", None),
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
