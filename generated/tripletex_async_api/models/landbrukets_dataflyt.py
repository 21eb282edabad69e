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
)

T = TypeVar("T", bound="LandbruketsDataflyt")


@_attrs_define
class LandbruketsDataflyt(Model):
    """
    Attributes:
        submitted_to_landbrukets_dataflyt_by (str | Unset):
        submitted_to_landbrukets_dataflyt_date (str | Unset):
        submitted_to_nibio_by (str | Unset):
        submitted_to_nibio_date (str | Unset):
    """

    submitted_to_landbrukets_dataflyt_by: str | Unset = UNSET
    submitted_to_landbrukets_dataflyt_date: str | Unset = UNSET
    submitted_to_nibio_by: str | Unset = UNSET
    submitted_to_nibio_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.submitted_to_landbrukets_dataflyt_by
        if _v is not UNSET:
            field_dict["submittedToLandbruketsDataflytBy"] = _v
        _v = self.submitted_to_landbrukets_dataflyt_date
        if _v is not UNSET:
            field_dict["submittedToLandbruketsDataflytDate"] = _v
        _v = self.submitted_to_nibio_by
        if _v is not UNSET:
            field_dict["submittedToNibioBy"] = _v
        _v = self.submitted_to_nibio_date
        if _v is not UNSET:
            field_dict["submittedToNibioDate"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A LandbruketsDataflyt from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``LandbruketsDataflyt.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "submittedToLandbruketsDataflytBy",
                "submittedToLandbruketsDataflytDate",
                "submittedToNibioBy",
                "submittedToNibioDate",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("submittedToLandbruketsDataflytBy")
                if v is None:
                    o.submitted_to_landbrukets_dataflyt_by = u
                    if "submittedToLandbruketsDataflytBy" not in d:
                        m += 1
                else:
                    o.submitted_to_landbrukets_dataflyt_by = v
                v = g("submittedToLandbruketsDataflytDate")
                if v is None:
                    o.submitted_to_landbrukets_dataflyt_date = u
                    if "submittedToLandbruketsDataflytDate" not in d:
                        m += 1
                else:
                    o.submitted_to_landbrukets_dataflyt_date = v
                v = g("submittedToNibioBy")
                if v is None:
                    o.submitted_to_nibio_by = u
                    if "submittedToNibioBy" not in d:
                        m += 1
                else:
                    o.submitted_to_nibio_by = v
                v = g("submittedToNibioDate")
                if v is None:
                    o.submitted_to_nibio_date = u
                    if "submittedToNibioDate" not in d:
                        m += 1
                else:
                    o.submitted_to_nibio_date = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 4 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("submitted_to_landbrukets_dataflyt_by", "submittedToLandbruketsDataflytBy"),
            ("submitted_to_landbrukets_dataflyt_date", "submittedToLandbruketsDataflytDate"),
            ("submitted_to_nibio_by", "submittedToNibioBy"),
            ("submitted_to_nibio_date", "submittedToNibioDate"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.submitted_to_landbrukets_dataflyt_by
            o.submitted_to_landbrukets_dataflyt_by = u if v is None else v
            v = s.submitted_to_landbrukets_dataflyt_date
            o.submitted_to_landbrukets_dataflyt_date = u if v is None else v
            v = s.submitted_to_nibio_by
            o.submitted_to_nibio_by = u if v is None else v
            v = s.submitted_to_nibio_date
            o.submitted_to_nibio_date = u if v is None else v
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
