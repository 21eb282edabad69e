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

T = TypeVar("T", bound="TaxAdminProperty")


@_attrs_define
class TaxAdminProperty(Model):
    """
    Attributes:
        serg_property_identifier (int | Unset):
        unique_property_identifier (int | Unset):
        property_created_date (str | Unset):
        municipality_no (str | Unset):
        municipality_name (str | Unset):
        cadastral_unit_no (int | Unset):
        property_unit_no (int | Unset):
        leasehold_no (int | Unset):
        section_no (int | Unset):
        historical (bool | Unset):
        highlight (str | Unset):
    """

    serg_property_identifier: int | Unset = UNSET
    unique_property_identifier: int | Unset = UNSET
    property_created_date: str | Unset = UNSET
    municipality_no: str | Unset = UNSET
    municipality_name: str | Unset = UNSET
    cadastral_unit_no: int | Unset = UNSET
    property_unit_no: int | Unset = UNSET
    leasehold_no: int | Unset = UNSET
    section_no: int | Unset = UNSET
    historical: bool | Unset = UNSET
    highlight: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.serg_property_identifier
        if _v is not UNSET and not _in_request:
            field_dict["sergPropertyIdentifier"] = _v
        _v = self.unique_property_identifier
        if _v is not UNSET and not _in_request:
            field_dict["uniquePropertyIdentifier"] = _v
        _v = self.property_created_date
        if _v is not UNSET and not _in_request:
            field_dict["propertyCreatedDate"] = _v
        _v = self.municipality_no
        if _v is not UNSET and not _in_request:
            field_dict["municipalityNo"] = _v
        _v = self.municipality_name
        if _v is not UNSET and not _in_request:
            field_dict["municipalityName"] = _v
        _v = self.cadastral_unit_no
        if _v is not UNSET and not _in_request:
            field_dict["cadastralUnitNo"] = _v
        _v = self.property_unit_no
        if _v is not UNSET and not _in_request:
            field_dict["propertyUnitNo"] = _v
        _v = self.leasehold_no
        if _v is not UNSET and not _in_request:
            field_dict["leaseholdNo"] = _v
        _v = self.section_no
        if _v is not UNSET and not _in_request:
            field_dict["sectionNo"] = _v
        _v = self.historical
        if _v is not UNSET and not _in_request:
            field_dict["historical"] = _v
        _v = self.highlight
        if _v is not UNSET and not _in_request:
            field_dict["highlight"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TaxAdminProperty from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TaxAdminProperty.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "sergPropertyIdentifier",
                "uniquePropertyIdentifier",
                "propertyCreatedDate",
                "municipalityNo",
                "municipalityName",
                "cadastralUnitNo",
                "propertyUnitNo",
                "leaseholdNo",
                "sectionNo",
                "historical",
                "highlight",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "sergPropertyIdentifier": "serg_property_identifier",
            "uniquePropertyIdentifier": "unique_property_identifier",
            "propertyCreatedDate": "property_created_date",
            "municipalityNo": "municipality_no",
            "municipalityName": "municipality_name",
            "cadastralUnitNo": "cadastral_unit_no",
            "propertyUnitNo": "property_unit_no",
            "leaseholdNo": "leasehold_no",
            "sectionNo": "section_no",
            "historical": "historical",
            "highlight": "highlight",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.serg_property_identifier = o.unique_property_identifier = o.property_created_date = (
                        o.municipality_no
                    ) = o.municipality_name = o.cadastral_unit_no = o.property_unit_no = o.leasehold_no = (
                        o.section_no
                    ) = o.historical = o.highlight = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("sergPropertyIdentifier")
                if v is None:
                    o.serg_property_identifier = u
                    if "sergPropertyIdentifier" not in d:
                        m += 1
                else:
                    o.serg_property_identifier = v
                v = g("uniquePropertyIdentifier")
                if v is None:
                    o.unique_property_identifier = u
                    if "uniquePropertyIdentifier" not in d:
                        m += 1
                else:
                    o.unique_property_identifier = v
                v = g("propertyCreatedDate")
                if v is None:
                    o.property_created_date = u
                    if "propertyCreatedDate" not in d:
                        m += 1
                else:
                    o.property_created_date = v
                v = g("municipalityNo")
                if v is None:
                    o.municipality_no = u
                    if "municipalityNo" not in d:
                        m += 1
                else:
                    o.municipality_no = v
                v = g("municipalityName")
                if v is None:
                    o.municipality_name = u
                    if "municipalityName" not in d:
                        m += 1
                else:
                    o.municipality_name = v
                v = g("cadastralUnitNo")
                if v is None:
                    o.cadastral_unit_no = u
                    if "cadastralUnitNo" not in d:
                        m += 1
                else:
                    o.cadastral_unit_no = v
                v = g("propertyUnitNo")
                if v is None:
                    o.property_unit_no = u
                    if "propertyUnitNo" not in d:
                        m += 1
                else:
                    o.property_unit_no = v
                v = g("leaseholdNo")
                if v is None:
                    o.leasehold_no = u
                    if "leaseholdNo" not in d:
                        m += 1
                else:
                    o.leasehold_no = v
                v = g("sectionNo")
                if v is None:
                    o.section_no = u
                    if "sectionNo" not in d:
                        m += 1
                else:
                    o.section_no = v
                v = g("historical")
                if v is None:
                    o.historical = u
                    if "historical" not in d:
                        m += 1
                else:
                    o.historical = v
                v = g("highlight")
                if v is None:
                    o.highlight = u
                    if "highlight" not in d:
                        m += 1
                else:
                    o.highlight = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 11 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("serg_property_identifier", "sergPropertyIdentifier"),
            ("unique_property_identifier", "uniquePropertyIdentifier"),
            ("property_created_date", "propertyCreatedDate"),
            ("municipality_no", "municipalityNo"),
            ("municipality_name", "municipalityName"),
            ("cadastral_unit_no", "cadastralUnitNo"),
            ("property_unit_no", "propertyUnitNo"),
            ("leasehold_no", "leaseholdNo"),
            ("section_no", "sectionNo"),
            ("historical", "historical"),
            ("highlight", "highlight"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.serg_property_identifier
            o.serg_property_identifier = u if v is None else v
            v = s.unique_property_identifier
            o.unique_property_identifier = u if v is None else v
            v = s.property_created_date
            o.property_created_date = u if v is None else v
            v = s.municipality_no
            o.municipality_no = u if v is None else v
            v = s.municipality_name
            o.municipality_name = u if v is None else v
            v = s.cadastral_unit_no
            o.cadastral_unit_no = u if v is None else v
            v = s.property_unit_no
            o.property_unit_no = u if v is None else v
            v = s.leasehold_no
            o.leasehold_no = u if v is None else v
            v = s.section_no
            o.section_no = u if v is None else v
            v = s.historical
            o.historical = u if v is None else v
            v = s.highlight
            o.highlight = u if v is None else v
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
