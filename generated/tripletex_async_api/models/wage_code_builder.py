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

T = TypeVar("T", bound="WageCodeBuilder")


@_attrs_define
class WageCodeBuilder(Model):
    """
    Attributes:
        company_id (int | Unset):
        number (str | Unset):
        name (str | Unset):
        description (str | Unset):
        inactive (bool | Unset):
        hourlist_restrict_access (bool | Unset):
        show_in_hourlist (bool | Unset):
        force_tax_percentage_deduction (bool | Unset):
    """

    company_id: int | Unset = UNSET
    number: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    inactive: bool | Unset = UNSET
    hourlist_restrict_access: bool | Unset = UNSET
    show_in_hourlist: bool | Unset = UNSET
    force_tax_percentage_deduction: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.company_id
        if _v is not UNSET:
            field_dict["companyId"] = _v
        _v = self.number
        if _v is not UNSET:
            field_dict["number"] = _v
        _v = self.name
        if _v is not UNSET:
            field_dict["name"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.inactive
        if _v is not UNSET:
            field_dict["inactive"] = _v
        _v = self.hourlist_restrict_access
        if _v is not UNSET:
            field_dict["hourlistRestrictAccess"] = _v
        _v = self.show_in_hourlist
        if _v is not UNSET:
            field_dict["showInHourlist"] = _v
        _v = self.force_tax_percentage_deduction
        if _v is not UNSET:
            field_dict["forceTaxPercentageDeduction"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A WageCodeBuilder from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``WageCodeBuilder.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "companyId",
                "number",
                "name",
                "description",
                "inactive",
                "hourlistRestrictAccess",
                "showInHourlist",
                "forceTaxPercentageDeduction",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "companyId": "company_id",
            "number": "number",
            "name": "name",
            "description": "description",
            "inactive": "inactive",
            "hourlistRestrictAccess": "hourlist_restrict_access",
            "showInHourlist": "show_in_hourlist",
            "forceTaxPercentageDeduction": "force_tax_percentage_deduction",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.company_id = o.number = o.name = o.description = o.inactive = o.hourlist_restrict_access = (
                        o.show_in_hourlist
                    ) = o.force_tax_percentage_deduction = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
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
                v = g("number")
                if v is None:
                    o.number = u
                    if "number" not in d:
                        m += 1
                else:
                    o.number = v
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
                v = g("inactive")
                if v is None:
                    o.inactive = u
                    if "inactive" not in d:
                        m += 1
                else:
                    o.inactive = v
                v = g("hourlistRestrictAccess")
                if v is None:
                    o.hourlist_restrict_access = u
                    if "hourlistRestrictAccess" not in d:
                        m += 1
                else:
                    o.hourlist_restrict_access = v
                v = g("showInHourlist")
                if v is None:
                    o.show_in_hourlist = u
                    if "showInHourlist" not in d:
                        m += 1
                else:
                    o.show_in_hourlist = v
                v = g("forceTaxPercentageDeduction")
                if v is None:
                    o.force_tax_percentage_deduction = u
                    if "forceTaxPercentageDeduction" not in d:
                        m += 1
                else:
                    o.force_tax_percentage_deduction = v
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
            ("company_id", "companyId"),
            ("number", "number"),
            ("name", "name"),
            ("description", "description"),
            ("inactive", "inactive"),
            ("hourlist_restrict_access", "hourlistRestrictAccess"),
            ("show_in_hourlist", "showInHourlist"),
            ("force_tax_percentage_deduction", "forceTaxPercentageDeduction"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.company_id
            o.company_id = u if v is None else v
            v = s.number
            o.number = u if v is None else v
            v = s.name
            o.name = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.inactive
            o.inactive = u if v is None else v
            v = s.hourlist_restrict_access
            o.hourlist_restrict_access = u if v is None else v
            v = s.show_in_hourlist
            o.show_in_hourlist = u if v is None else v
            v = s.force_tax_percentage_deduction
            o.force_tax_percentage_deduction = u if v is None else v
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
