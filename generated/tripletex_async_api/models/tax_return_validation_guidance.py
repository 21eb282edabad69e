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

T = TypeVar("T", bound="TaxReturnValidationGuidance")


@_attrs_define
class TaxReturnValidationGuidance(Model):
    """
    Attributes:
        guidance_type (str | Unset):
        occurrence_identifier (str | Unset):
        help_text (str | Unset):
        strategy_of_service (str | Unset):
        path (str | Unset):
    """

    guidance_type: str | Unset = UNSET
    occurrence_identifier: str | Unset = UNSET
    help_text: str | Unset = UNSET
    strategy_of_service: str | Unset = UNSET
    path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.guidance_type
        if _v is not UNSET and not _in_request:
            field_dict["guidanceType"] = _v
        _v = self.occurrence_identifier
        if _v is not UNSET and not _in_request:
            field_dict["occurrenceIdentifier"] = _v
        _v = self.help_text
        if _v is not UNSET and not _in_request:
            field_dict["helpText"] = _v
        _v = self.strategy_of_service
        if _v is not UNSET and not _in_request:
            field_dict["strategyOfService"] = _v
        _v = self.path
        if _v is not UNSET and not _in_request:
            field_dict["path"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TaxReturnValidationGuidance from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TaxReturnValidationGuidance.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "guidanceType",
                "occurrenceIdentifier",
                "helpText",
                "strategyOfService",
                "path",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("guidanceType")
                if v is None:
                    o.guidance_type = u
                    if "guidanceType" not in d:
                        m += 1
                else:
                    o.guidance_type = v
                v = g("occurrenceIdentifier")
                if v is None:
                    o.occurrence_identifier = u
                    if "occurrenceIdentifier" not in d:
                        m += 1
                else:
                    o.occurrence_identifier = v
                v = g("helpText")
                if v is None:
                    o.help_text = u
                    if "helpText" not in d:
                        m += 1
                else:
                    o.help_text = v
                v = g("strategyOfService")
                if v is None:
                    o.strategy_of_service = u
                    if "strategyOfService" not in d:
                        m += 1
                else:
                    o.strategy_of_service = v
                v = g("path")
                if v is None:
                    o.path = u
                    if "path" not in d:
                        m += 1
                else:
                    o.path = v
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
            ("guidance_type", "guidanceType"),
            ("occurrence_identifier", "occurrenceIdentifier"),
            ("help_text", "helpText"),
            ("strategy_of_service", "strategyOfService"),
            ("path", "path"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.guidance_type
            o.guidance_type = u if v is None else v
            v = s.occurrence_identifier
            o.occurrence_identifier = u if v is None else v
            v = s.help_text
            o.help_text = u if v is None else v
            v = s.strategy_of_service
            o.strategy_of_service = u if v is None else v
            v = s.path
            o.path = u if v is None else v
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
