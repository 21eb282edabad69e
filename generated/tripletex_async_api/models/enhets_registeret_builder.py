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

T = TypeVar("T", bound="EnhetsRegisteretBuilder")


@_attrs_define
class EnhetsRegisteretBuilder(Model):
    """
    Attributes:
        org_number (int | Unset):
        name (str | Unset):
        address (str | Unset):
        postal_code (str | Unset):
        post_city (str | Unset):
    """

    org_number: int | Unset = UNSET
    name: str | Unset = UNSET
    address: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    post_city: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.org_number
        if _v is not UNSET:
            field_dict["orgNumber"] = _v
        _v = self.name
        if _v is not UNSET:
            field_dict["name"] = _v
        _v = self.address
        if _v is not UNSET:
            field_dict["address"] = _v
        _v = self.postal_code
        if _v is not UNSET:
            field_dict["postalCode"] = _v
        _v = self.post_city
        if _v is not UNSET:
            field_dict["postCity"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A EnhetsRegisteretBuilder from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``EnhetsRegisteretBuilder.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "orgNumber",
                "name",
                "address",
                "postalCode",
                "postCity",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("orgNumber")
                if v is None:
                    o.org_number = u
                    if "orgNumber" not in d:
                        m += 1
                else:
                    o.org_number = v
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
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
                v = g("postCity")
                if v is None:
                    o.post_city = u
                    if "postCity" not in d:
                        m += 1
                else:
                    o.post_city = v
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
            ("org_number", "orgNumber"),
            ("name", "name"),
            ("address", "address"),
            ("postal_code", "postalCode"),
            ("post_city", "postCity"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.org_number
            o.org_number = u if v is None else v
            v = s.name
            o.name = u if v is None else v
            v = s.address
            o.address = u if v is None else v
            v = s.postal_code
            o.postal_code = u if v is None else v
            v = s.post_city
            o.post_city = u if v is None else v
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
