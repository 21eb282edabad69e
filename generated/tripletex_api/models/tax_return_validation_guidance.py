from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="TaxReturnValidationGuidance")


@_attrs_define
class TaxReturnValidationGuidance:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        guidance_type = d.pop("guidanceType", UNSET)

        occurrence_identifier = d.pop("occurrenceIdentifier", UNSET)

        help_text = d.pop("helpText", UNSET)

        strategy_of_service = d.pop("strategyOfService", UNSET)

        path = d.pop("path", UNSET)

        _obj = cls(
            guidance_type=guidance_type,
            occurrence_identifier=occurrence_identifier,
            help_text=help_text,
            strategy_of_service=strategy_of_service,
            path=path,
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
