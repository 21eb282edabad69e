from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.tax_admin_property import TaxAdminProperty


T = TypeVar("T", bound="TaxAdminPhysicalAddress")


@_attrs_define
class TaxAdminPhysicalAddress(Model):
    """
    Attributes:
        serg_property_identifier (int | Unset):
        unique_property_identifier (int | Unset):
        address_name (str | Unset):
        house_no (int | Unset):
        zip_code (str | Unset):
        postal_place_name (str | Unset):
        highlight (str | Unset):
        properties (list[TaxAdminProperty] | Unset):
    """

    serg_property_identifier: int | Unset = UNSET
    unique_property_identifier: int | Unset = UNSET
    address_name: str | Unset = UNSET
    house_no: int | Unset = UNSET
    zip_code: str | Unset = UNSET
    postal_place_name: str | Unset = UNSET
    highlight: str | Unset = UNSET
    properties: list[TaxAdminProperty] | Unset = UNSET
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
        _v = self.address_name
        if _v is not UNSET and not _in_request:
            field_dict["addressName"] = _v
        _v = self.house_no
        if _v is not UNSET and not _in_request:
            field_dict["houseNo"] = _v
        _v = self.zip_code
        if _v is not UNSET and not _in_request:
            field_dict["zipCode"] = _v
        _v = self.postal_place_name
        if _v is not UNSET and not _in_request:
            field_dict["postalPlaceName"] = _v
        _v = self.highlight
        if _v is not UNSET and not _in_request:
            field_dict["highlight"] = _v
        _v = self.properties
        if _v is not UNSET and not _in_request:
            field_dict["properties"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TaxAdminPhysicalAddress from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TaxAdminPhysicalAddress.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.tax_admin_property import TaxAdminProperty  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "sergPropertyIdentifier",
                "uniquePropertyIdentifier",
                "addressName",
                "houseNo",
                "zipCode",
                "postalPlaceName",
                "highlight",
                "properties",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "sergPropertyIdentifier": "serg_property_identifier",
            "uniquePropertyIdentifier": "unique_property_identifier",
            "addressName": "address_name",
            "houseNo": "house_no",
            "zipCode": "zip_code",
            "postalPlaceName": "postal_place_name",
            "highlight": "highlight",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.serg_property_identifier = o.unique_property_identifier = o.address_name = o.house_no = (
                        o.zip_code
                    ) = o.postal_place_name = o.highlight = o.properties = UNSET
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
                v = g("addressName")
                if v is None:
                    o.address_name = u
                    if "addressName" not in d:
                        m += 1
                else:
                    o.address_name = v
                v = g("houseNo")
                if v is None:
                    o.house_no = u
                    if "houseNo" not in d:
                        m += 1
                else:
                    o.house_no = v
                v = g("zipCode")
                if v is None:
                    o.zip_code = u
                    if "zipCode" not in d:
                        m += 1
                else:
                    o.zip_code = v
                v = g("postalPlaceName")
                if v is None:
                    o.postal_place_name = u
                    if "postalPlaceName" not in d:
                        m += 1
                else:
                    o.postal_place_name = v
                v = g("highlight")
                if v is None:
                    o.highlight = u
                    if "highlight" not in d:
                        m += 1
                else:
                    o.highlight = v
                k = "properties"
                v = g("properties")
                if v is None:
                    o.properties = u
                    if "properties" not in d:
                        m += 1
                else:
                    o.properties = (
                        ([TaxAdminProperty._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 8 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("serg_property_identifier", "sergPropertyIdentifier"),
            ("unique_property_identifier", "uniquePropertyIdentifier"),
            ("address_name", "addressName"),
            ("house_no", "houseNo"),
            ("zip_code", "zipCode"),
            ("postal_place_name", "postalPlaceName"),
            ("highlight", "highlight"),
            ("properties", "properties"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.serg_property_identifier
            o.serg_property_identifier = u if v is None else v
            v = s.unique_property_identifier
            o.unique_property_identifier = u if v is None else v
            v = s.address_name
            o.address_name = u if v is None else v
            v = s.house_no
            o.house_no = u if v is None else v
            v = s.zip_code
            o.zip_code = u if v is None else v
            v = s.postal_place_name
            o.postal_place_name = u if v is None else v
            v = s.highlight
            o.highlight = u if v is None else v
            v = s.properties
            o.properties = (
                u
                if v is None or v is u
                else ([TaxAdminProperty._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
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
