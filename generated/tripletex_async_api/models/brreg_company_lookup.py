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

T = TypeVar("T", bound="BrregCompanyLookup")


@_attrs_define
class BrregCompanyLookup(Model):
    """Lookup of organization number from smartScan

    Attributes:
        id (int | Unset):
        name (str | Unset):
        number (str | Unset):
        address (str | Unset):
        postal_code (str | Unset):
        postal_area (str | Unset):
        business_address (str | Unset):
        business_postal_code (str | Unset):
        business_postal_area (str | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    number: str | Unset = UNSET
    address: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    postal_area: str | Unset = UNSET
    business_address: str | Unset = UNSET
    business_postal_code: str | Unset = UNSET
    business_postal_area: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET and not _in_request:
            field_dict["id"] = _v
        _v = self.name
        if _v is not UNSET and not _in_request:
            field_dict["name"] = _v
        _v = self.number
        if _v is not UNSET and not _in_request:
            field_dict["number"] = _v
        _v = self.address
        if _v is not UNSET and not _in_request:
            field_dict["address"] = _v
        _v = self.postal_code
        if _v is not UNSET and not _in_request:
            field_dict["postalCode"] = _v
        _v = self.postal_area
        if _v is not UNSET and not _in_request:
            field_dict["postalArea"] = _v
        _v = self.business_address
        if _v is not UNSET and not _in_request:
            field_dict["businessAddress"] = _v
        _v = self.business_postal_code
        if _v is not UNSET and not _in_request:
            field_dict["businessPostalCode"] = _v
        _v = self.business_postal_area
        if _v is not UNSET and not _in_request:
            field_dict["businessPostalArea"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BrregCompanyLookup from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``BrregCompanyLookup.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "id",
                "name",
                "number",
                "address",
                "postalCode",
                "postalArea",
                "businessAddress",
                "businessPostalCode",
                "businessPostalArea",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "name": "name",
            "number": "number",
            "address": "address",
            "postalCode": "postal_code",
            "postalArea": "postal_area",
            "businessAddress": "business_address",
            "businessPostalCode": "business_postal_code",
            "businessPostalArea": "business_postal_area",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.id = o.name = o.number = o.address = o.postal_code = o.postal_area = o.business_address = (
                        o.business_postal_code
                    ) = o.business_postal_area = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                v = g("number")
                if v is None:
                    o.number = u
                    if "number" not in d:
                        m += 1
                else:
                    o.number = v
                v = g("address")
                if v is None:
                    o.address = u
                    if "address" not in d:
                        m += 1
                else:
                    o.address = v
                v = g("postalCode")
                if v is None:
                    o.postal_code = u
                    if "postalCode" not in d:
                        m += 1
                else:
                    o.postal_code = v
                v = g("postalArea")
                if v is None:
                    o.postal_area = u
                    if "postalArea" not in d:
                        m += 1
                else:
                    o.postal_area = v
                v = g("businessAddress")
                if v is None:
                    o.business_address = u
                    if "businessAddress" not in d:
                        m += 1
                else:
                    o.business_address = v
                v = g("businessPostalCode")
                if v is None:
                    o.business_postal_code = u
                    if "businessPostalCode" not in d:
                        m += 1
                else:
                    o.business_postal_code = v
                v = g("businessPostalArea")
                if v is None:
                    o.business_postal_area = u
                    if "businessPostalArea" not in d:
                        m += 1
                else:
                    o.business_postal_area = v
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
            ("id", "id"),
            ("name", "name"),
            ("number", "number"),
            ("address", "address"),
            ("postal_code", "postalCode"),
            ("postal_area", "postalArea"),
            ("business_address", "businessAddress"),
            ("business_postal_code", "businessPostalCode"),
            ("business_postal_area", "businessPostalArea"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.name
            o.name = u if v is None else v
            v = s.number
            o.number = u if v is None else v
            v = s.address
            o.address = u if v is None else v
            v = s.postal_code
            o.postal_code = u if v is None else v
            v = s.postal_area
            o.postal_area = u if v is None else v
            v = s.business_address
            o.business_address = u if v is None else v
            v = s.business_postal_code
            o.business_postal_code = u if v is None else v
            v = s.business_postal_area
            o.business_postal_area = u if v is None else v
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
