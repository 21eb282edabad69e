from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.per_diem_compensation_overnight_accommodation import PerDiemCompensationOvernightAccommodation
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
    from ..models.travel_expense import TravelExpense
    from ..models.travel_expense_rate import TravelExpenseRate
    from ..models.travel_expense_rate_category import TravelExpenseRateCategory


T = TypeVar("T", bound="PerDiemCompensation")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("travelExpense", dict, False),
    ("rateType", dict, False),
    ("rateCategory", dict, False),
    ("overnightAccommodation", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class PerDiemCompensation(LazyModel):
    """Link to individual per diem compensations.

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        travel_expense (TravelExpense | Unset): Travel reports connected to the order.
        rate_type (TravelExpenseRate | Unset):
        rate_category (TravelExpenseRateCategory | Unset):
        country_code (str | Unset):
        travel_expense_zone_id (int | Unset): Optional travel expense zone id. If not specified, the value from field
            zone will be used.
        overnight_accommodation (PerDiemCompensationOvernightAccommodation | Unset): Set what sort of accommodation was
            had overnight.
        location (str | Unset):
        address (str | Unset):
        count (int | Unset):
        rate (float | Unset):
        amount (float | Unset):
        is_deduction_for_breakfast (bool | Unset):
        is_deduction_for_lunch (bool | Unset):
        is_deduction_for_dinner (bool | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    travel_expense: TravelExpense | Unset = UNSET
    rate_type: TravelExpenseRate | Unset = UNSET
    rate_category: TravelExpenseRateCategory | Unset = UNSET
    country_code: str | Unset = UNSET
    travel_expense_zone_id: int | Unset = UNSET
    overnight_accommodation: PerDiemCompensationOvernightAccommodation | Unset = UNSET
    location: str | Unset = UNSET
    address: str | Unset = UNSET
    count: int | Unset = UNSET
    rate: float | Unset = UNSET
    amount: float | Unset = UNSET
    is_deduction_for_breakfast: bool | Unset = UNSET
    is_deduction_for_lunch: bool | Unset = UNSET
    is_deduction_for_dinner: bool | Unset = UNSET
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

        travel_expense: dict[str, Any] | Unset = UNSET
        if not isinstance(self.travel_expense, Unset):
            travel_expense = self.travel_expense.to_dict()

        rate_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rate_type, Unset):
            rate_type = self.rate_type.to_dict()

        rate_category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rate_category, Unset):
            rate_category = self.rate_category.to_dict()

        country_code = self.country_code

        travel_expense_zone_id = self.travel_expense_zone_id

        overnight_accommodation: str | Unset = UNSET
        if not isinstance(self.overnight_accommodation, Unset):
            overnight_accommodation = self.overnight_accommodation.value

        location = self.location

        address = self.address

        count = self.count

        rate = self.rate

        amount = self.amount

        is_deduction_for_breakfast = self.is_deduction_for_breakfast

        is_deduction_for_lunch = self.is_deduction_for_lunch

        is_deduction_for_dinner = self.is_deduction_for_dinner

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
        if travel_expense is not UNSET:
            field_dict["travelExpense"] = travel_expense
        if rate_type is not UNSET:
            field_dict["rateType"] = rate_type
        if rate_category is not UNSET:
            field_dict["rateCategory"] = rate_category
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if travel_expense_zone_id is not UNSET:
            field_dict["travelExpenseZoneId"] = travel_expense_zone_id
        if overnight_accommodation is not UNSET:
            field_dict["overnightAccommodation"] = overnight_accommodation
        if location is not UNSET:
            field_dict["location"] = location
        if address is not UNSET:
            field_dict["address"] = address
        if count is not UNSET:
            field_dict["count"] = count
        if rate is not UNSET:
            field_dict["rate"] = rate
        if amount is not UNSET:
            field_dict["amount"] = amount
        if is_deduction_for_breakfast is not UNSET:
            field_dict["isDeductionForBreakfast"] = is_deduction_for_breakfast
        if is_deduction_for_lunch is not UNSET:
            field_dict["isDeductionForLunch"] = is_deduction_for_lunch
        if is_deduction_for_dinner is not UNSET:
            field_dict["isDeductionForDinner"] = is_deduction_for_dinner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A PerDiemCompensation from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.travel_expense import TravelExpense  # noqa: PLC0415
        from ..models.travel_expense_rate import TravelExpenseRate  # noqa: PLC0415
        from ..models.travel_expense_rate_category import TravelExpenseRateCategory  # noqa: PLC0415

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

        def _p_travel_expense(_tx_v: Any) -> TravelExpense | Unset:
            _travel_expense = _tx_v
            travel_expense: TravelExpense | Unset
            if isinstance(_travel_expense, Unset):
                travel_expense = UNSET
            else:
                travel_expense = TravelExpense._tx_from_json(_travel_expense)

            return travel_expense

        def _p_rate_type(_tx_v: Any) -> TravelExpenseRate | Unset:
            _rate_type = _tx_v
            rate_type: TravelExpenseRate | Unset
            if isinstance(_rate_type, Unset):
                rate_type = UNSET
            else:
                rate_type = TravelExpenseRate._tx_from_json(_rate_type)

            return rate_type

        def _p_rate_category(_tx_v: Any) -> TravelExpenseRateCategory | Unset:
            _rate_category = _tx_v
            rate_category: TravelExpenseRateCategory | Unset
            if isinstance(_rate_category, Unset):
                rate_category = UNSET
            else:
                rate_category = TravelExpenseRateCategory._tx_from_json(_rate_category)

            return rate_category

        def _p_overnight_accommodation(_tx_v: Any) -> PerDiemCompensationOvernightAccommodation | Unset:
            _overnight_accommodation = _tx_v
            overnight_accommodation: PerDiemCompensationOvernightAccommodation | Unset
            if isinstance(_overnight_accommodation, Unset):
                overnight_accommodation = UNSET
            else:
                overnight_accommodation = PerDiemCompensationOvernightAccommodation(_overnight_accommodation)

            return overnight_accommodation

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "travelExpense",
                "rateType",
                "rateCategory",
                "countryCode",
                "travelExpenseZoneId",
                "overnightAccommodation",
                "location",
                "address",
                "count",
                "rate",
                "amount",
                "isDeductionForBreakfast",
                "isDeductionForLunch",
                "isDeductionForDinner",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "travel_expense": ("travelExpense", _p_travel_expense),
            "rate_type": ("rateType", _p_rate_type),
            "rate_category": ("rateCategory", _p_rate_category),
            "country_code": ("countryCode", None),
            "travel_expense_zone_id": ("travelExpenseZoneId", None),
            "overnight_accommodation": ("overnightAccommodation", _p_overnight_accommodation),
            "location": ("location", None),
            "address": ("address", None),
            "count": ("count", None),
            "rate": ("rate", None),
            "amount": ("amount", None),
            "is_deduction_for_breakfast": ("isDeductionForBreakfast", None),
            "is_deduction_for_lunch": ("isDeductionForLunch", None),
            "is_deduction_for_dinner": ("isDeductionForDinner", None),
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
