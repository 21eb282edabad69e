from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.basic_data_business_activity_type import BasicDataBusinessActivityType
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.change import Change


T = TypeVar("T", bound="BasicData")


@_attrs_define
class BasicData(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        national_identity_number (str | Unset):
        business_activity_type (BasicDataBusinessActivityType | Unset):
        business_activity_description (str | Unset):
        is_company_liquidated (bool | Unset):
        company_liquidated_year (int | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    national_identity_number: str | Unset = UNSET
    business_activity_type: BasicDataBusinessActivityType | Unset = UNSET
    business_activity_description: str | Unset = UNSET
    is_company_liquidated: bool | Unset = UNSET
    company_liquidated_year: int | Unset = UNSET
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
        _v = self.national_identity_number
        if _v is not UNSET:
            field_dict["nationalIdentityNumber"] = _v
        _v = self.business_activity_type
        if _v is not UNSET:
            field_dict["businessActivityType"] = _v._value_
        _v = self.business_activity_description
        if _v is not UNSET:
            field_dict["businessActivityDescription"] = _v
        _v = self.is_company_liquidated
        if _v is not UNSET:
            field_dict["isCompanyLiquidated"] = _v
        _v = self.company_liquidated_year
        if _v is not UNSET:
            field_dict["companyLiquidatedYear"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BasicData from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``BasicData.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415

        _new = object.__new__
        _e_business_activity_type: dict[Any, Any] = enum_members(BasicDataBusinessActivityType)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "nationalIdentityNumber",
                "businessActivityType",
                "businessActivityDescription",
                "isCompanyLiquidated",
                "companyLiquidatedYear",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "nationalIdentityNumber": "national_identity_number",
            "businessActivityDescription": "business_activity_description",
            "isCompanyLiquidated": "is_company_liquidated",
            "companyLiquidatedYear": "company_liquidated_year",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.national_identity_number = o.business_activity_type = (
                        o.business_activity_description
                    ) = o.is_company_liquidated = o.company_liquidated_year = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.national_identity_number = o.business_activity_type = (
                        o.business_activity_description
                    ) = o.is_company_liquidated = o.company_liquidated_year = UNSET
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
                v = g("nationalIdentityNumber")
                if v is None:
                    o.national_identity_number = u
                    if "nationalIdentityNumber" not in d:
                        m += 1
                else:
                    o.national_identity_number = v
                k = "businessActivityType"
                v = g("businessActivityType")
                if v is None:
                    o.business_activity_type = u
                    if "businessActivityType" not in d:
                        m += 1
                else:
                    o.business_activity_type = (
                        e_
                        if (e_ := _e_business_activity_type.get(v)) is not None
                        else enum_value(BasicDataBusinessActivityType, v)
                    )
                v = g("businessActivityDescription")
                if v is None:
                    o.business_activity_description = u
                    if "businessActivityDescription" not in d:
                        m += 1
                else:
                    o.business_activity_description = v
                v = g("isCompanyLiquidated")
                if v is None:
                    o.is_company_liquidated = u
                    if "isCompanyLiquidated" not in d:
                        m += 1
                else:
                    o.is_company_liquidated = v
                v = g("companyLiquidatedYear")
                if v is None:
                    o.company_liquidated_year = u
                    if "companyLiquidatedYear" not in d:
                        m += 1
                else:
                    o.company_liquidated_year = v
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
            ("version", "version"),
            ("changes", "changes"),
            ("url", "url"),
            ("national_identity_number", "nationalIdentityNumber"),
            ("business_activity_type", "businessActivityType"),
            ("business_activity_description", "businessActivityDescription"),
            ("is_company_liquidated", "isCompanyLiquidated"),
            ("company_liquidated_year", "companyLiquidatedYear"),
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
            v = s.national_identity_number
            o.national_identity_number = u if v is None else v
            v = s.business_activity_type
            o.business_activity_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_business_activity_type.get(v)) is not None
                else enum_value(BasicDataBusinessActivityType, v)
            )
            v = s.business_activity_description
            o.business_activity_description = u if v is None else v
            v = s.is_company_liquidated
            o.is_company_liquidated = u if v is None else v
            v = s.company_liquidated_year
            o.company_liquidated_year = u if v is None else v
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
