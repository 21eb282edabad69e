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

T = TypeVar("T", bound="TaxReturnValidationDeviation")


@_attrs_define
class TaxReturnValidationDeviation(Model):
    """
    Attributes:
        deviation_type (str | Unset):
        occurrence_identifier (str | Unset):
        received_value (float | Unset):
        calculated_value (float | Unset):
        deviation_in_value (float | Unset):
        received_text (str | Unset):
        calculated_text (str | Unset):
        path (str | Unset):
        other_information (str | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.deviation_type
        if _v is not UNSET and not _in_request:
            field_dict["deviationType"] = _v
        _v = self.occurrence_identifier
        if _v is not UNSET and not _in_request:
            field_dict["occurrenceIdentifier"] = _v
        _v = self.received_value
        if _v is not UNSET and not _in_request:
            field_dict["receivedValue"] = _v
        _v = self.calculated_value
        if _v is not UNSET and not _in_request:
            field_dict["calculatedValue"] = _v
        _v = self.deviation_in_value
        if _v is not UNSET and not _in_request:
            field_dict["deviationInValue"] = _v
        _v = self.received_text
        if _v is not UNSET and not _in_request:
            field_dict["receivedText"] = _v
        _v = self.calculated_text
        if _v is not UNSET and not _in_request:
            field_dict["calculatedText"] = _v
        _v = self.path
        if _v is not UNSET and not _in_request:
            field_dict["path"] = _v
        _v = self.other_information
        if _v is not UNSET and not _in_request:
            field_dict["otherInformation"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TaxReturnValidationDeviation from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TaxReturnValidationDeviation.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "deviationType": "deviation_type",
            "occurrenceIdentifier": "occurrence_identifier",
            "receivedValue": "received_value",
            "calculatedValue": "calculated_value",
            "deviationInValue": "deviation_in_value",
            "receivedText": "received_text",
            "calculatedText": "calculated_text",
            "path": "path",
            "otherInformation": "other_information",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.deviation_type = o.occurrence_identifier = o.received_value = o.calculated_value = (
                        o.deviation_in_value
                    ) = o.received_text = o.calculated_text = o.path = o.other_information = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("deviationType")
                if v is None:
                    o.deviation_type = u
                    if "deviationType" not in d:
                        m += 1
                else:
                    o.deviation_type = v
                v = g("occurrenceIdentifier")
                if v is None:
                    o.occurrence_identifier = u
                    if "occurrenceIdentifier" not in d:
                        m += 1
                else:
                    o.occurrence_identifier = v
                v = g("receivedValue")
                if v is None:
                    o.received_value = u
                    if "receivedValue" not in d:
                        m += 1
                else:
                    o.received_value = v
                v = g("calculatedValue")
                if v is None:
                    o.calculated_value = u
                    if "calculatedValue" not in d:
                        m += 1
                else:
                    o.calculated_value = v
                v = g("deviationInValue")
                if v is None:
                    o.deviation_in_value = u
                    if "deviationInValue" not in d:
                        m += 1
                else:
                    o.deviation_in_value = v
                v = g("receivedText")
                if v is None:
                    o.received_text = u
                    if "receivedText" not in d:
                        m += 1
                else:
                    o.received_text = v
                v = g("calculatedText")
                if v is None:
                    o.calculated_text = u
                    if "calculatedText" not in d:
                        m += 1
                else:
                    o.calculated_text = v
                v = g("path")
                if v is None:
                    o.path = u
                    if "path" not in d:
                        m += 1
                else:
                    o.path = v
                v = g("otherInformation")
                if v is None:
                    o.other_information = u
                    if "otherInformation" not in d:
                        m += 1
                else:
                    o.other_information = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 9 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("deviation_type", "deviationType"),
            ("occurrence_identifier", "occurrenceIdentifier"),
            ("received_value", "receivedValue"),
            ("calculated_value", "calculatedValue"),
            ("deviation_in_value", "deviationInValue"),
            ("received_text", "receivedText"),
            ("calculated_text", "calculatedText"),
            ("path", "path"),
            ("other_information", "otherInformation"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.deviation_type
            o.deviation_type = u if v is None else v
            v = s.occurrence_identifier
            o.occurrence_identifier = u if v is None else v
            v = s.received_value
            o.received_value = u if v is None else v
            v = s.calculated_value
            o.calculated_value = u if v is None else v
            v = s.deviation_in_value
            o.deviation_in_value = u if v is None else v
            v = s.received_text
            o.received_text = u if v is None else v
            v = s.calculated_text
            o.calculated_text = u if v is None else v
            v = s.path
            o.path = u if v is None else v
            v = s.other_information
            o.other_information = u if v is None else v
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
