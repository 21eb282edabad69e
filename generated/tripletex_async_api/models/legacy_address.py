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
    from ..models.change import Change
    from ..models.company import Company
    from ..models.country import Country


T = TypeVar("T", bound="LegacyAddress")


@_attrs_define
class LegacyAddress(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        address_line_1 (str | Unset):
        address_line_2 (str | Unset):
        postal_code (str | Unset):
        city (str | Unset):
        country (Country | Unset):
        display_name (str | Unset):
        address_as_string (str | Unset):
        display_name_inkl_matrikkel (str | Unset):
        knr (int | Unset):
        gnr (int | Unset):
        bnr (int | Unset):
        fnr (int | Unset):
        snr (int | Unset):
        unit_number (str | Unset):
        name (str | Unset):
        customer_vendor (Company | Unset): Vendor of the product
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    address_line_1: str | Unset = UNSET
    address_line_2: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    city: str | Unset = UNSET
    country: Country | Unset = UNSET
    display_name: str | Unset = UNSET
    address_as_string: str | Unset = UNSET
    display_name_inkl_matrikkel: str | Unset = UNSET
    knr: int | Unset = UNSET
    gnr: int | Unset = UNSET
    bnr: int | Unset = UNSET
    fnr: int | Unset = UNSET
    snr: int | Unset = UNSET
    unit_number: str | Unset = UNSET
    name: str | Unset = UNSET
    customer_vendor: Company | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        _v = self.changes
        if _v is not UNSET and not _in_request:
            field_dict["changes"] = [_e.to_dict() for _e in _v]
        _v = self.url
        if _v is not UNSET and not _in_request:
            field_dict["url"] = _v
        _v = self.address_line_1
        if _v is not UNSET:
            field_dict["addressLine1"] = _v
        _v = self.address_line_2
        if _v is not UNSET:
            field_dict["addressLine2"] = _v
        _v = self.postal_code
        if _v is not UNSET:
            field_dict["postalCode"] = _v
        _v = self.city
        if _v is not UNSET:
            field_dict["city"] = _v
        _v = self.country
        if _v is not UNSET:
            field_dict["country"] = _v.to_dict()
        _v = self.display_name
        if _v is not UNSET and not _in_request:
            field_dict["displayName"] = _v
        _v = self.address_as_string
        if _v is not UNSET and not _in_request:
            field_dict["addressAsString"] = _v
        _v = self.display_name_inkl_matrikkel
        if _v is not UNSET and not _in_request:
            field_dict["displayNameInklMatrikkel"] = _v
        _v = self.knr
        if _v is not UNSET:
            field_dict["knr"] = _v
        _v = self.gnr
        if _v is not UNSET:
            field_dict["gnr"] = _v
        _v = self.bnr
        if _v is not UNSET:
            field_dict["bnr"] = _v
        _v = self.fnr
        if _v is not UNSET:
            field_dict["fnr"] = _v
        _v = self.snr
        if _v is not UNSET:
            field_dict["snr"] = _v
        _v = self.unit_number
        if _v is not UNSET:
            field_dict["unitNumber"] = _v
        _v = self.name
        if _v is not UNSET:
            field_dict["name"] = _v
        _v = self.customer_vendor
        if _v is not UNSET:
            field_dict["customerVendor"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A LegacyAddress from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``LegacyAddress.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.company import Company  # noqa: PLC0415
        from ..models.country import Country  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "addressLine1",
                "addressLine2",
                "postalCode",
                "city",
                "country",
                "displayName",
                "addressAsString",
                "displayNameInklMatrikkel",
                "knr",
                "gnr",
                "bnr",
                "fnr",
                "snr",
                "unitNumber",
                "name",
                "customerVendor",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "addressLine1": "address_line_1",
            "addressLine2": "address_line_2",
            "postalCode": "postal_code",
            "city": "city",
            "displayName": "display_name",
            "addressAsString": "address_as_string",
            "displayNameInklMatrikkel": "display_name_inkl_matrikkel",
            "knr": "knr",
            "gnr": "gnr",
            "bnr": "bnr",
            "fnr": "fnr",
            "snr": "snr",
            "unitNumber": "unit_number",
            "name": "name",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.address_line_1 = o.address_line_2 = o.postal_code = (
                        o.city
                    ) = o.country = o.display_name = o.address_as_string = o.display_name_inkl_matrikkel = o.knr = (
                        o.gnr
                    ) = o.bnr = o.fnr = o.snr = o.unit_number = o.name = o.customer_vendor = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 6 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.address_line_1 = o.address_line_2 = o.postal_code = (
                        o.city
                    ) = o.country = o.display_name = o.address_as_string = o.display_name_inkl_matrikkel = o.knr = (
                        o.gnr
                    ) = o.bnr = o.fnr = o.snr = o.unit_number = o.name = o.customer_vendor = UNSET
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
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                k = "changes"
                v = g("changes")
                if v is None:
                    o.changes = u
                    if "changes" not in d:
                        m += 1
                else:
                    o.changes = (
                        ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
                v = g("addressLine1")
                if v is None:
                    o.address_line_1 = u
                    if "addressLine1" not in d:
                        m += 1
                else:
                    o.address_line_1 = v
                v = g("addressLine2")
                if v is None:
                    o.address_line_2 = u
                    if "addressLine2" not in d:
                        m += 1
                else:
                    o.address_line_2 = v
                v = g("postalCode")
                if v is None:
                    o.postal_code = u
                    if "postalCode" not in d:
                        m += 1
                else:
                    o.postal_code = v
                v = g("city")
                if v is None:
                    o.city = u
                    if "city" not in d:
                        m += 1
                else:
                    o.city = v
                k = "country"
                v = g("country")
                if v is None:
                    o.country = u
                    if "country" not in d:
                        m += 1
                else:
                    o.country = Country._tx_parse(v)
                v = g("displayName")
                if v is None:
                    o.display_name = u
                    if "displayName" not in d:
                        m += 1
                else:
                    o.display_name = v
                v = g("addressAsString")
                if v is None:
                    o.address_as_string = u
                    if "addressAsString" not in d:
                        m += 1
                else:
                    o.address_as_string = v
                v = g("displayNameInklMatrikkel")
                if v is None:
                    o.display_name_inkl_matrikkel = u
                    if "displayNameInklMatrikkel" not in d:
                        m += 1
                else:
                    o.display_name_inkl_matrikkel = v
                v = g("knr")
                if v is None:
                    o.knr = u
                    if "knr" not in d:
                        m += 1
                else:
                    o.knr = v
                v = g("gnr")
                if v is None:
                    o.gnr = u
                    if "gnr" not in d:
                        m += 1
                else:
                    o.gnr = v
                v = g("bnr")
                if v is None:
                    o.bnr = u
                    if "bnr" not in d:
                        m += 1
                else:
                    o.bnr = v
                v = g("fnr")
                if v is None:
                    o.fnr = u
                    if "fnr" not in d:
                        m += 1
                else:
                    o.fnr = v
                v = g("snr")
                if v is None:
                    o.snr = u
                    if "snr" not in d:
                        m += 1
                else:
                    o.snr = v
                v = g("unitNumber")
                if v is None:
                    o.unit_number = u
                    if "unitNumber" not in d:
                        m += 1
                else:
                    o.unit_number = v
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                k = "customerVendor"
                v = g("customerVendor")
                if v is None:
                    o.customer_vendor = u
                    if "customerVendor" not in d:
                        m += 1
                else:
                    o.customer_vendor = Company._tx_parse(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 20 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("version", "version"),
            ("changes", "changes"),
            ("url", "url"),
            ("address_line_1", "addressLine1"),
            ("address_line_2", "addressLine2"),
            ("postal_code", "postalCode"),
            ("city", "city"),
            ("country", "country"),
            ("display_name", "displayName"),
            ("address_as_string", "addressAsString"),
            ("display_name_inkl_matrikkel", "displayNameInklMatrikkel"),
            ("knr", "knr"),
            ("gnr", "gnr"),
            ("bnr", "bnr"),
            ("fnr", "fnr"),
            ("snr", "snr"),
            ("unit_number", "unitNumber"),
            ("name", "name"),
            ("customer_vendor", "customerVendor"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.version
            o.version = u if v is None else v
            v = s.changes
            o.changes = (
                u
                if v is None or v is u
                else ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.url
            o.url = u if v is None else v
            v = s.address_line_1
            o.address_line_1 = u if v is None else v
            v = s.address_line_2
            o.address_line_2 = u if v is None else v
            v = s.postal_code
            o.postal_code = u if v is None else v
            v = s.city
            o.city = u if v is None else v
            v = s.country
            o.country = u if v is None or v is u else Country._tx_parse(v)
            v = s.display_name
            o.display_name = u if v is None else v
            v = s.address_as_string
            o.address_as_string = u if v is None else v
            v = s.display_name_inkl_matrikkel
            o.display_name_inkl_matrikkel = u if v is None else v
            v = s.knr
            o.knr = u if v is None else v
            v = s.gnr
            o.gnr = u if v is None else v
            v = s.bnr
            o.bnr = u if v is None else v
            v = s.fnr
            o.fnr = u if v is None else v
            v = s.snr
            o.snr = u if v is None else v
            v = s.unit_number
            o.unit_number = u if v is None else v
            v = s.name
            o.name = u if v is None else v
            v = s.customer_vendor
            o.customer_vendor = u if v is None or v is u else Company._tx_parse(v)
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
