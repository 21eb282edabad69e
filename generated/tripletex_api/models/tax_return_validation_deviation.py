from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="TaxReturnValidationDeviation")


@_attrs_define
class TaxReturnValidationDeviation:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        deviation_type = d.pop("deviationType", UNSET)

        occurrence_identifier = d.pop("occurrenceIdentifier", UNSET)

        received_value = d.pop("receivedValue", UNSET)

        calculated_value = d.pop("calculatedValue", UNSET)

        deviation_in_value = d.pop("deviationInValue", UNSET)

        received_text = d.pop("receivedText", UNSET)

        calculated_text = d.pop("calculatedText", UNSET)

        path = d.pop("path", UNSET)

        other_information = d.pop("otherInformation", UNSET)

        _obj = cls(
            deviation_type=deviation_type,
            occurrence_identifier=occurrence_identifier,
            received_value=received_value,
            calculated_value=calculated_value,
            deviation_in_value=deviation_in_value,
            received_text=received_text,
            calculated_text=calculated_text,
            path=path,
            other_information=other_information,
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
