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

T = TypeVar("T", bound="ProductBuilder")


@_attrs_define
class ProductBuilder(Model):
    """
    Attributes:
        company_id (int | Unset):
        name (str | Unset):
        description (str | Unset):
        el_number (int | Unset):
        number (int | Unset):
        vat_type (int | Unset):
        product_unit_id (int | Unset):
    """

    company_id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    el_number: int | Unset = UNSET
    number: int | Unset = UNSET
    vat_type: int | Unset = UNSET
    product_unit_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.company_id
        if _v is not UNSET:
            field_dict["companyId"] = _v
        _v = self.name
        if _v is not UNSET:
            field_dict["name"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.el_number
        if _v is not UNSET:
            field_dict["elNumber"] = _v
        _v = self.number
        if _v is not UNSET:
            field_dict["number"] = _v
        _v = self.vat_type
        if _v is not UNSET:
            field_dict["vatType"] = _v
        _v = self.product_unit_id
        if _v is not UNSET:
            field_dict["productUnitId"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProductBuilder from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ProductBuilder.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "companyId",
                "name",
                "description",
                "elNumber",
                "number",
                "vatType",
                "productUnitId",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("companyId")
                if v is None:
                    o.company_id = u
                    if "companyId" not in d:
                        m += 1
                else:
                    o.company_id = v
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("elNumber")
                if v is None:
                    o.el_number = u
                    if "elNumber" not in d:
                        m += 1
                else:
                    o.el_number = v
                v = g("number")
                if v is None:
                    o.number = u
                    if "number" not in d:
                        m += 1
                else:
                    o.number = v
                v = g("vatType")
                if v is None:
                    o.vat_type = u
                    if "vatType" not in d:
                        m += 1
                else:
                    o.vat_type = v
                v = g("productUnitId")
                if v is None:
                    o.product_unit_id = u
                    if "productUnitId" not in d:
                        m += 1
                else:
                    o.product_unit_id = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 7 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("company_id", "companyId"),
            ("name", "name"),
            ("description", "description"),
            ("el_number", "elNumber"),
            ("number", "number"),
            ("vat_type", "vatType"),
            ("product_unit_id", "productUnitId"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.company_id
            o.company_id = u if v is None else v
            v = s.name
            o.name = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.el_number
            o.el_number = u if v is None else v
            v = s.number
            o.number = u if v is None else v
            v = s.vat_type
            o.vat_type = u if v is None else v
            v = s.product_unit_id
            o.product_unit_id = u if v is None else v
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
