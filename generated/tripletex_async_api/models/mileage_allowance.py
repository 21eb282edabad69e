from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    from ..models.cost import Cost
    from ..models.driving_stop import DrivingStop
    from ..models.passenger import Passenger
    from ..models.travel_expense import TravelExpense
    from ..models.travel_expense_rate import TravelExpenseRate
    from ..models.travel_expense_rate_category import TravelExpenseRateCategory


T = TypeVar("T", bound="MileageAllowance")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("travelExpense", dict, False),
    ("rateType", dict, False),
    ("rateCategory", dict, False),
    ("passengers", list, False),
    ("passengerSupplement", dict, False),
    ("trailerSupplement", dict, False),
    ("tollCost", dict, False),
    ("drivingStops", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class MileageAllowance(LazyModel):
    """Link to individual mileage allowances.

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        travel_expense (TravelExpense | Unset): Travel reports connected to the order.
        rate_type (TravelExpenseRate | Unset):
        rate_category (TravelExpenseRateCategory | Unset):
        date (str | Unset):
        departure_location (str | Unset):
        destination (str | Unset):
        km (float | Unset):
        rate (float | Unset):
        amount (float | Unset):
        is_company_car (bool | Unset):
        vehicle_type (int | Unset): The corresponded number for the vehicleType. Default value = 0.
        passengers (list[Passenger] | Unset): [read-only] Link to individual passengers.
        passenger_supplement (MileageAllowance | Unset): Link to individual mileage allowances.
        trailer_supplement (MileageAllowance | Unset): Link to individual mileage allowances.
        toll_cost (Cost | Unset): Link to individual costs.
        driving_stops (list[DrivingStop] | Unset): [read-only] Link to individual mileage stops.
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    travel_expense: TravelExpense | Unset = UNSET
    rate_type: TravelExpenseRate | Unset = UNSET
    rate_category: TravelExpenseRateCategory | Unset = UNSET
    date: str | Unset = UNSET
    departure_location: str | Unset = UNSET
    destination: str | Unset = UNSET
    km: float | Unset = UNSET
    rate: float | Unset = UNSET
    amount: float | Unset = UNSET
    is_company_car: bool | Unset = UNSET
    vehicle_type: int | Unset = UNSET
    passengers: list[Passenger] | Unset = UNSET
    passenger_supplement: MileageAllowance | Unset = UNSET
    trailer_supplement: MileageAllowance | Unset = UNSET
    toll_cost: Cost | Unset = UNSET
    driving_stops: list[DrivingStop] | Unset = UNSET
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

        date = self.date

        departure_location = self.departure_location

        destination = self.destination

        km = self.km

        rate = self.rate

        amount = self.amount

        is_company_car = self.is_company_car

        vehicle_type = self.vehicle_type

        passengers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.passengers, Unset):
            passengers = []
            for passengers_item_data in self.passengers:
                passengers_item = passengers_item_data.to_dict()
                passengers.append(passengers_item)

        passenger_supplement: dict[str, Any] | Unset = UNSET
        if not isinstance(self.passenger_supplement, Unset):
            passenger_supplement = self.passenger_supplement.to_dict()

        trailer_supplement: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trailer_supplement, Unset):
            trailer_supplement = self.trailer_supplement.to_dict()

        toll_cost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.toll_cost, Unset):
            toll_cost = self.toll_cost.to_dict()

        driving_stops: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.driving_stops, Unset):
            driving_stops = []
            for driving_stops_item_data in self.driving_stops:
                driving_stops_item = driving_stops_item_data.to_dict()
                driving_stops.append(driving_stops_item)

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
        if date is not UNSET:
            field_dict["date"] = date
        if departure_location is not UNSET:
            field_dict["departureLocation"] = departure_location
        if destination is not UNSET:
            field_dict["destination"] = destination
        if km is not UNSET:
            field_dict["km"] = km
        if rate is not UNSET:
            field_dict["rate"] = rate
        if amount is not UNSET:
            field_dict["amount"] = amount
        if is_company_car is not UNSET:
            field_dict["isCompanyCar"] = is_company_car
        if vehicle_type is not UNSET:
            field_dict["vehicleType"] = vehicle_type
        if passengers is not UNSET and not _in_request:
            field_dict["passengers"] = passengers
        if passenger_supplement is not UNSET:
            field_dict["passengerSupplement"] = passenger_supplement
        if trailer_supplement is not UNSET:
            field_dict["trailerSupplement"] = trailer_supplement
        if toll_cost is not UNSET:
            field_dict["tollCost"] = toll_cost
        if driving_stops is not UNSET and not _in_request:
            field_dict["drivingStops"] = driving_stops

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A MileageAllowance from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.cost import Cost  # noqa: PLC0415
        from ..models.driving_stop import DrivingStop  # noqa: PLC0415
        from ..models.passenger import Passenger  # noqa: PLC0415
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

        def _p_passengers(_tx_v: Any) -> list[Passenger] | Unset:
            _passengers = _tx_v
            passengers: list[Passenger] | Unset = UNSET
            if _passengers is not UNSET:
                passengers = []
                for passengers_item_data in _passengers:
                    if passengers_item_data is None:
                        continue
                    passengers_item = Passenger._tx_from_json(passengers_item_data)

                    passengers.append(passengers_item)

            return passengers

        def _p_passenger_supplement(_tx_v: Any) -> MileageAllowance | Unset:
            _passenger_supplement = _tx_v
            passenger_supplement: MileageAllowance | Unset
            if isinstance(_passenger_supplement, Unset):
                passenger_supplement = UNSET
            else:
                passenger_supplement = MileageAllowance._tx_from_json(_passenger_supplement)

            return passenger_supplement

        def _p_trailer_supplement(_tx_v: Any) -> MileageAllowance | Unset:
            _trailer_supplement = _tx_v
            trailer_supplement: MileageAllowance | Unset
            if isinstance(_trailer_supplement, Unset):
                trailer_supplement = UNSET
            else:
                trailer_supplement = MileageAllowance._tx_from_json(_trailer_supplement)

            return trailer_supplement

        def _p_toll_cost(_tx_v: Any) -> Cost | Unset:
            _toll_cost = _tx_v
            toll_cost: Cost | Unset
            if isinstance(_toll_cost, Unset):
                toll_cost = UNSET
            else:
                toll_cost = Cost._tx_from_json(_toll_cost)

            return toll_cost

        def _p_driving_stops(_tx_v: Any) -> list[DrivingStop] | Unset:
            _driving_stops = _tx_v
            driving_stops: list[DrivingStop] | Unset = UNSET
            if _driving_stops is not UNSET:
                driving_stops = []
                for driving_stops_item_data in _driving_stops:
                    if driving_stops_item_data is None:
                        continue
                    driving_stops_item = DrivingStop._tx_from_json(driving_stops_item_data)

                    driving_stops.append(driving_stops_item)

            return driving_stops

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "travelExpense",
                "rateType",
                "rateCategory",
                "date",
                "departureLocation",
                "destination",
                "km",
                "rate",
                "amount",
                "isCompanyCar",
                "vehicleType",
                "passengers",
                "passengerSupplement",
                "trailerSupplement",
                "tollCost",
                "drivingStops",
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
            "date": ("date", None),
            "departure_location": ("departureLocation", None),
            "destination": ("destination", None),
            "km": ("km", None),
            "rate": ("rate", None),
            "amount": ("amount", None),
            "is_company_car": ("isCompanyCar", None),
            "vehicle_type": ("vehicleType", None),
            "passengers": ("passengers", _p_passengers),
            "passenger_supplement": ("passengerSupplement", _p_passenger_supplement),
            "trailer_supplement": ("trailerSupplement", _p_trailer_supplement),
            "toll_cost": ("tollCost", _p_toll_cost),
            "driving_stops": ("drivingStops", _p_driving_stops),
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
