from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.travel_expense_rate_category_type import TravelExpenseRateCategoryType
from ..types import (
    ADDITIONAL_PROPERTIES,
    UNSET,
    LazyModel,
    ParserTable,
    Shape,
    Unset,
    lazy_model,
    mark_assigned,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.change import Change


T = TypeVar("T", bound="TravelExpenseRateCategory")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("type", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class TravelExpenseRateCategory(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        name (str | Unset): [read-only]
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
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        version = self.version

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        url = self.url

        name = self.name

        amelding_wage_code = self.amelding_wage_code

        wage_code_number = self.wage_code_number

        is_valid_day_trip = self.is_valid_day_trip

        is_valid_accommodation = self.is_valid_accommodation

        is_valid_domestic = self.is_valid_domestic

        is_valid_foreign_travel = self.is_valid_foreign_travel

        is_requires_zone = self.is_requires_zone

        is_requires_overnight_accommodation = self.is_requires_overnight_accommodation

        from_date = self.from_date

        to_date = self.to_date

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if name is not UNSET and not _in_request:
            field_dict["name"] = name
        if amelding_wage_code is not UNSET:
            field_dict["ameldingWageCode"] = amelding_wage_code
        if wage_code_number is not UNSET:
            field_dict["wageCodeNumber"] = wage_code_number
        if is_valid_day_trip is not UNSET:
            field_dict["isValidDayTrip"] = is_valid_day_trip
        if is_valid_accommodation is not UNSET:
            field_dict["isValidAccommodation"] = is_valid_accommodation
        if is_valid_domestic is not UNSET:
            field_dict["isValidDomestic"] = is_valid_domestic
        if is_valid_foreign_travel is not UNSET:
            field_dict["isValidForeignTravel"] = is_valid_foreign_travel
        if is_requires_zone is not UNSET:
            field_dict["isRequiresZone"] = is_requires_zone
        if is_requires_overnight_accommodation is not UNSET:
            field_dict["isRequiresOvernightAccommodation"] = is_requires_overnight_accommodation
        if from_date is not UNSET:
            field_dict["fromDate"] = from_date
        if to_date is not UNSET:
            field_dict["toDate"] = to_date
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TravelExpenseRateCategory from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415

        def _p_changes(_tx_v: Any) -> list[Change] | Unset:
            _changes = _tx_v
            changes: list[Change] | Unset = UNSET
            if _changes is not UNSET:
                changes = []
                for changes_item_data in _changes:
                    if changes_item_data is None:
                        continue
                    changes_item = Change._tx_from_json(changes_item_data)

                    changes.append(changes_item)

            return changes

        def _p_type_(_tx_v: Any) -> TravelExpenseRateCategoryType | Unset:
            _type_ = _tx_v
            type_: TravelExpenseRateCategoryType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = TravelExpenseRateCategoryType(_type_)

            return type_

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "name": ("name", None),
            "amelding_wage_code": ("ameldingWageCode", None),
            "wage_code_number": ("wageCodeNumber", None),
            "is_valid_day_trip": ("isValidDayTrip", None),
            "is_valid_accommodation": ("isValidAccommodation", None),
            "is_valid_domestic": ("isValidDomestic", None),
            "is_valid_foreign_travel": ("isValidForeignTravel", None),
            "is_requires_zone": ("isRequiresZone", None),
            "is_requires_overnight_accommodation": ("isRequiresOvernightAccommodation", None),
            "from_date": ("fromDate", None),
            "to_date": ("toDate", None),
            "type_": ("type", _p_type_),
            "additional_properties": (ADDITIONAL_PROPERTIES, _p_additional_properties),
        }

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
