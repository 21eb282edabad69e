from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.travel_expense_rate_category_type import TravelExpenseRateCategoryType
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


T = TypeVar("T", bound="TravelExpenseRateCategory")


@_attrs_define
class TravelExpenseRateCategory(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        name (str | Unset):
        amelding_wage_code (int | Unset):
        wage_code_number (str | Unset):
        is_valid_day_trip (bool | Unset):
        is_valid_accommodation (bool | Unset):
        is_valid_domestic (bool | Unset):
        is_valid_foreign_travel (bool | Unset):
        is_requires_zone (bool | Unset):
        is_requires_overnight_accommodation (bool | Unset):
        from_date (str | Unset):
        to_date (str | Unset):
        type_ (TravelExpenseRateCategoryType | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    name: str | Unset = UNSET
    amelding_wage_code: int | Unset = UNSET
    wage_code_number: str | Unset = UNSET
    is_valid_day_trip: bool | Unset = UNSET
    is_valid_accommodation: bool | Unset = UNSET
    is_valid_domestic: bool | Unset = UNSET
    is_valid_foreign_travel: bool | Unset = UNSET
    is_requires_zone: bool | Unset = UNSET
    is_requires_overnight_accommodation: bool | Unset = UNSET
    from_date: str | Unset = UNSET
    to_date: str | Unset = UNSET
    type_: TravelExpenseRateCategoryType | Unset = UNSET
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
        _v = self.name
        if _v is not UNSET and not _in_request:
            field_dict["name"] = _v
        _v = self.amelding_wage_code
        if _v is not UNSET:
            field_dict["ameldingWageCode"] = _v
        _v = self.wage_code_number
        if _v is not UNSET:
            field_dict["wageCodeNumber"] = _v
        _v = self.is_valid_day_trip
        if _v is not UNSET:
            field_dict["isValidDayTrip"] = _v
        _v = self.is_valid_accommodation
        if _v is not UNSET:
            field_dict["isValidAccommodation"] = _v
        _v = self.is_valid_domestic
        if _v is not UNSET:
            field_dict["isValidDomestic"] = _v
        _v = self.is_valid_foreign_travel
        if _v is not UNSET:
            field_dict["isValidForeignTravel"] = _v
        _v = self.is_requires_zone
        if _v is not UNSET:
            field_dict["isRequiresZone"] = _v
        _v = self.is_requires_overnight_accommodation
        if _v is not UNSET:
            field_dict["isRequiresOvernightAccommodation"] = _v
        _v = self.from_date
        if _v is not UNSET:
            field_dict["fromDate"] = _v
        _v = self.to_date
        if _v is not UNSET:
            field_dict["toDate"] = _v
        _v = self.type_
        if _v is not UNSET:
            field_dict["type"] = _v._value_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TravelExpenseRateCategory from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TravelExpenseRateCategory.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415

        _new = object.__new__
        _e_type_: dict[Any, Any] = enum_members(TravelExpenseRateCategoryType)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "name",
                "ameldingWageCode",
                "wageCodeNumber",
                "isValidDayTrip",
                "isValidAccommodation",
                "isValidDomestic",
                "isValidForeignTravel",
                "isRequiresZone",
                "isRequiresOvernightAccommodation",
                "fromDate",
                "toDate",
                "type",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "name": "name",
            "ameldingWageCode": "amelding_wage_code",
            "wageCodeNumber": "wage_code_number",
            "isValidDayTrip": "is_valid_day_trip",
            "isValidAccommodation": "is_valid_accommodation",
            "isValidDomestic": "is_valid_domestic",
            "isValidForeignTravel": "is_valid_foreign_travel",
            "isRequiresZone": "is_requires_zone",
            "isRequiresOvernightAccommodation": "is_requires_overnight_accommodation",
            "fromDate": "from_date",
            "toDate": "to_date",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.name = o.amelding_wage_code = o.wage_code_number = (
                        o.is_valid_day_trip
                    ) = o.is_valid_accommodation = o.is_valid_domestic = o.is_valid_foreign_travel = (
                        o.is_requires_zone
                    ) = o.is_requires_overnight_accommodation = o.from_date = o.to_date = o.type_ = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 5 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.name = o.amelding_wage_code = o.wage_code_number = (
                        o.is_valid_day_trip
                    ) = o.is_valid_accommodation = o.is_valid_domestic = o.is_valid_foreign_travel = (
                        o.is_requires_zone
                    ) = o.is_requires_overnight_accommodation = o.from_date = o.to_date = o.type_ = UNSET
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
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                v = g("ameldingWageCode")
                if v is None:
                    o.amelding_wage_code = u
                    if "ameldingWageCode" not in d:
                        m += 1
                else:
                    o.amelding_wage_code = v
                v = g("wageCodeNumber")
                if v is None:
                    o.wage_code_number = u
                    if "wageCodeNumber" not in d:
                        m += 1
                else:
                    o.wage_code_number = v
                v = g("isValidDayTrip")
                if v is None:
                    o.is_valid_day_trip = u
                    if "isValidDayTrip" not in d:
                        m += 1
                else:
                    o.is_valid_day_trip = v
                v = g("isValidAccommodation")
                if v is None:
                    o.is_valid_accommodation = u
                    if "isValidAccommodation" not in d:
                        m += 1
                else:
                    o.is_valid_accommodation = v
                v = g("isValidDomestic")
                if v is None:
                    o.is_valid_domestic = u
                    if "isValidDomestic" not in d:
                        m += 1
                else:
                    o.is_valid_domestic = v
                v = g("isValidForeignTravel")
                if v is None:
                    o.is_valid_foreign_travel = u
                    if "isValidForeignTravel" not in d:
                        m += 1
                else:
                    o.is_valid_foreign_travel = v
                v = g("isRequiresZone")
                if v is None:
                    o.is_requires_zone = u
                    if "isRequiresZone" not in d:
                        m += 1
                else:
                    o.is_requires_zone = v
                v = g("isRequiresOvernightAccommodation")
                if v is None:
                    o.is_requires_overnight_accommodation = u
                    if "isRequiresOvernightAccommodation" not in d:
                        m += 1
                else:
                    o.is_requires_overnight_accommodation = v
                v = g("fromDate")
                if v is None:
                    o.from_date = u
                    if "fromDate" not in d:
                        m += 1
                else:
                    o.from_date = v
                v = g("toDate")
                if v is None:
                    o.to_date = u
                    if "toDate" not in d:
                        m += 1
                else:
                    o.to_date = v
                k = "type"
                v = g("type")
                if v is None:
                    o.type_ = u
                    if "type" not in d:
                        m += 1
                else:
                    o.type_ = (
                        e_ if (e_ := _e_type_.get(v)) is not None else enum_value(TravelExpenseRateCategoryType, v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 16 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("name", "name"),
            ("amelding_wage_code", "ameldingWageCode"),
            ("wage_code_number", "wageCodeNumber"),
            ("is_valid_day_trip", "isValidDayTrip"),
            ("is_valid_accommodation", "isValidAccommodation"),
            ("is_valid_domestic", "isValidDomestic"),
            ("is_valid_foreign_travel", "isValidForeignTravel"),
            ("is_requires_zone", "isRequiresZone"),
            ("is_requires_overnight_accommodation", "isRequiresOvernightAccommodation"),
            ("from_date", "fromDate"),
            ("to_date", "toDate"),
            ("type_", "type"),
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
            v = s.name
            o.name = u if v is None else v
            v = s.amelding_wage_code
            o.amelding_wage_code = u if v is None else v
            v = s.wage_code_number
            o.wage_code_number = u if v is None else v
            v = s.is_valid_day_trip
            o.is_valid_day_trip = u if v is None else v
            v = s.is_valid_accommodation
            o.is_valid_accommodation = u if v is None else v
            v = s.is_valid_domestic
            o.is_valid_domestic = u if v is None else v
            v = s.is_valid_foreign_travel
            o.is_valid_foreign_travel = u if v is None else v
            v = s.is_requires_zone
            o.is_requires_zone = u if v is None else v
            v = s.is_requires_overnight_accommodation
            o.is_requires_overnight_accommodation = u if v is None else v
            v = s.from_date
            o.from_date = u if v is None else v
            v = s.to_date
            o.to_date = u if v is None else v
            v = s.type_
            o.type_ = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_type_.get(v)) is not None
                else enum_value(TravelExpenseRateCategoryType, v)
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
