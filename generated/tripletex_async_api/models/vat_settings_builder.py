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

T = TypeVar("T", bound="VatSettingsBuilder")


@_attrs_define
class VatSettingsBuilder(Model):
    """
    Attributes:
        company_id (int | Unset):
        has_vat_out_medium (bool | Unset):
        has_vat_out_low (bool | Unset):
        has_vat_out_inside (bool | Unset):
        has_vat_out_medium_fish (bool | Unset):
        has_vat_in_medium (bool | Unset):
        vat_postings_per_department (bool | Unset):
        status (int | Unset):
    """

    company_id: int | Unset = UNSET
    has_vat_out_medium: bool | Unset = UNSET
    has_vat_out_low: bool | Unset = UNSET
    has_vat_out_inside: bool | Unset = UNSET
    has_vat_out_medium_fish: bool | Unset = UNSET
    has_vat_in_medium: bool | Unset = UNSET
    vat_postings_per_department: bool | Unset = UNSET
    status: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.company_id
        if _v is not UNSET:
            field_dict["companyId"] = _v
        _v = self.has_vat_out_medium
        if _v is not UNSET:
            field_dict["hasVatOutMedium"] = _v
        _v = self.has_vat_out_low
        if _v is not UNSET:
            field_dict["hasVatOutLow"] = _v
        _v = self.has_vat_out_inside
        if _v is not UNSET:
            field_dict["hasVatOutInside"] = _v
        _v = self.has_vat_out_medium_fish
        if _v is not UNSET:
            field_dict["hasVatOutMediumFish"] = _v
        _v = self.has_vat_in_medium
        if _v is not UNSET:
            field_dict["hasVatInMedium"] = _v
        _v = self.vat_postings_per_department
        if _v is not UNSET:
            field_dict["vatPostingsPerDepartment"] = _v
        _v = self.status
        if _v is not UNSET:
            field_dict["status"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A VatSettingsBuilder from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``VatSettingsBuilder.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "companyId",
                "hasVatOutMedium",
                "hasVatOutLow",
                "hasVatOutInside",
                "hasVatOutMediumFish",
                "hasVatInMedium",
                "vatPostingsPerDepartment",
                "status",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "companyId": "company_id",
            "hasVatOutMedium": "has_vat_out_medium",
            "hasVatOutLow": "has_vat_out_low",
            "hasVatOutInside": "has_vat_out_inside",
            "hasVatOutMediumFish": "has_vat_out_medium_fish",
            "hasVatInMedium": "has_vat_in_medium",
            "vatPostingsPerDepartment": "vat_postings_per_department",
            "status": "status",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.company_id = o.has_vat_out_medium = o.has_vat_out_low = o.has_vat_out_inside = (
                        o.has_vat_out_medium_fish
                    ) = o.has_vat_in_medium = o.vat_postings_per_department = o.status = UNSET
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
                v = g("hasVatOutMedium")
                if v is None:
                    o.has_vat_out_medium = u
                    if "hasVatOutMedium" not in d:
                        m += 1
                else:
                    o.has_vat_out_medium = v
                v = g("hasVatOutLow")
                if v is None:
                    o.has_vat_out_low = u
                    if "hasVatOutLow" not in d:
                        m += 1
                else:
                    o.has_vat_out_low = v
                v = g("hasVatOutInside")
                if v is None:
                    o.has_vat_out_inside = u
                    if "hasVatOutInside" not in d:
                        m += 1
                else:
                    o.has_vat_out_inside = v
                v = g("hasVatOutMediumFish")
                if v is None:
                    o.has_vat_out_medium_fish = u
                    if "hasVatOutMediumFish" not in d:
                        m += 1
                else:
                    o.has_vat_out_medium_fish = v
                v = g("hasVatInMedium")
                if v is None:
                    o.has_vat_in_medium = u
                    if "hasVatInMedium" not in d:
                        m += 1
                else:
                    o.has_vat_in_medium = v
                v = g("vatPostingsPerDepartment")
                if v is None:
                    o.vat_postings_per_department = u
                    if "vatPostingsPerDepartment" not in d:
                        m += 1
                else:
                    o.vat_postings_per_department = v
                v = g("status")
                if v is None:
                    o.status = u
                    if "status" not in d:
                        m += 1
                else:
                    o.status = v
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
            ("has_vat_out_medium", "hasVatOutMedium"),
            ("has_vat_out_low", "hasVatOutLow"),
            ("has_vat_out_inside", "hasVatOutInside"),
            ("has_vat_out_medium_fish", "hasVatOutMediumFish"),
            ("has_vat_in_medium", "hasVatInMedium"),
            ("vat_postings_per_department", "vatPostingsPerDepartment"),
            ("status", "status"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.company_id
            o.company_id = u if v is None else v
            v = s.has_vat_out_medium
            o.has_vat_out_medium = u if v is None else v
            v = s.has_vat_out_low
            o.has_vat_out_low = u if v is None else v
            v = s.has_vat_out_inside
            o.has_vat_out_inside = u if v is None else v
            v = s.has_vat_out_medium_fish
            o.has_vat_out_medium_fish = u if v is None else v
            v = s.has_vat_in_medium
            o.has_vat_in_medium = u if v is None else v
            v = s.vat_postings_per_department
            o.vat_postings_per_department = u if v is None else v
            v = s.status
            o.status = u if v is None else v
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
