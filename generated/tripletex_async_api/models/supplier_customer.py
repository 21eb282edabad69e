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
    from ..models.address import Address
    from ..models.change import Change


T = TypeVar("T", bound="SupplierCustomer")


@_attrs_define
class SupplierCustomer(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        display_name (str | Unset):
        organization_number (str | Unset):
        customer_type (int | Unset):
        is_inactive (bool | Unset):
        is_private_individual (bool | Unset):
        phone_number_mobile (str | Unset):
        postal_address (Address | Unset): Address tied to the employee
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    display_name: str | Unset = UNSET
    organization_number: str | Unset = UNSET
    customer_type: int | Unset = UNSET
    is_inactive: bool | Unset = UNSET
    is_private_individual: bool | Unset = UNSET
    phone_number_mobile: str | Unset = UNSET
    postal_address: Address | Unset = UNSET
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
        _v = self.display_name
        if _v is not UNSET:
            field_dict["displayName"] = _v
        _v = self.organization_number
        if _v is not UNSET:
            field_dict["organizationNumber"] = _v
        _v = self.customer_type
        if _v is not UNSET:
            field_dict["customerType"] = _v
        _v = self.is_inactive
        if _v is not UNSET:
            field_dict["isInactive"] = _v
        _v = self.is_private_individual
        if _v is not UNSET:
            field_dict["isPrivateIndividual"] = _v
        _v = self.phone_number_mobile
        if _v is not UNSET:
            field_dict["phoneNumberMobile"] = _v
        _v = self.postal_address
        if _v is not UNSET:
            field_dict["postalAddress"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SupplierCustomer from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SupplierCustomer.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.address import Address  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "displayName",
                "organizationNumber",
                "customerType",
                "isInactive",
                "isPrivateIndividual",
                "phoneNumberMobile",
                "postalAddress",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "displayName": "display_name",
            "organizationNumber": "organization_number",
            "customerType": "customer_type",
            "isInactive": "is_inactive",
            "isPrivateIndividual": "is_private_individual",
            "phoneNumberMobile": "phone_number_mobile",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.display_name = o.organization_number = o.customer_type = (
                        o.is_inactive
                    ) = o.is_private_individual = o.phone_number_mobile = o.postal_address = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.display_name = o.organization_number = o.customer_type = (
                        o.is_inactive
                    ) = o.is_private_individual = o.phone_number_mobile = o.postal_address = UNSET
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
                v = g("displayName")
                if v is None:
                    o.display_name = u
                    if "displayName" not in d:
                        m += 1
                else:
                    o.display_name = v
                v = g("organizationNumber")
                if v is None:
                    o.organization_number = u
                    if "organizationNumber" not in d:
                        m += 1
                else:
                    o.organization_number = v
                v = g("customerType")
                if v is None:
                    o.customer_type = u
                    if "customerType" not in d:
                        m += 1
                else:
                    o.customer_type = v
                v = g("isInactive")
                if v is None:
                    o.is_inactive = u
                    if "isInactive" not in d:
                        m += 1
                else:
                    o.is_inactive = v
                v = g("isPrivateIndividual")
                if v is None:
                    o.is_private_individual = u
                    if "isPrivateIndividual" not in d:
                        m += 1
                else:
                    o.is_private_individual = v
                v = g("phoneNumberMobile")
                if v is None:
                    o.phone_number_mobile = u
                    if "phoneNumberMobile" not in d:
                        m += 1
                else:
                    o.phone_number_mobile = v
                k = "postalAddress"
                v = g("postalAddress")
                if v is None:
                    o.postal_address = u
                    if "postalAddress" not in d:
                        m += 1
                else:
                    o.postal_address = Address._tx_parse(v)
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
            ("id", "id"),
            ("version", "version"),
            ("changes", "changes"),
            ("url", "url"),
            ("display_name", "displayName"),
            ("organization_number", "organizationNumber"),
            ("customer_type", "customerType"),
            ("is_inactive", "isInactive"),
            ("is_private_individual", "isPrivateIndividual"),
            ("phone_number_mobile", "phoneNumberMobile"),
            ("postal_address", "postalAddress"),
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
            v = s.display_name
            o.display_name = u if v is None else v
            v = s.organization_number
            o.organization_number = u if v is None else v
            v = s.customer_type
            o.customer_type = u if v is None else v
            v = s.is_inactive
            o.is_inactive = u if v is None else v
            v = s.is_private_individual
            o.is_private_individual = u if v is None else v
            v = s.phone_number_mobile
            o.phone_number_mobile = u if v is None else v
            v = s.postal_address
            o.postal_address = u if v is None or v is u else Address._tx_parse(v)
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
