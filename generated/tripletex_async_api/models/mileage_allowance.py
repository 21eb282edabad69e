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
    from ..models.change import Change
    from ..models.cost import Cost
    from ..models.driving_stop import DrivingStop
    from ..models.passenger import Passenger
    from ..models.travel_expense import TravelExpense
    from ..models.travel_expense_rate import TravelExpenseRate
    from ..models.travel_expense_rate_category import TravelExpenseRateCategory


T = TypeVar("T", bound="MileageAllowance")


@_attrs_define
class MileageAllowance(Model):
    """Link to individual mileage allowances.

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
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
        passengers (list[Passenger] | Unset): Link to individual passengers.
        passenger_supplement (MileageAllowance | Unset): Link to individual mileage allowances.
        trailer_supplement (MileageAllowance | Unset): Link to individual mileage allowances.
        toll_cost (Cost | Unset): Link to individual costs.
        driving_stops (list[DrivingStop] | Unset): Link to individual mileage stops.
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
        _v = self.travel_expense
        if _v is not UNSET:
            field_dict["travelExpense"] = _v.to_dict()
        _v = self.rate_type
        if _v is not UNSET:
            field_dict["rateType"] = _v.to_dict()
        _v = self.rate_category
        if _v is not UNSET:
            field_dict["rateCategory"] = _v.to_dict()
        _v = self.date
        if _v is not UNSET:
            field_dict["date"] = _v
        _v = self.departure_location
        if _v is not UNSET:
            field_dict["departureLocation"] = _v
        _v = self.destination
        if _v is not UNSET:
            field_dict["destination"] = _v
        _v = self.km
        if _v is not UNSET:
            field_dict["km"] = _v
        _v = self.rate
        if _v is not UNSET:
            field_dict["rate"] = _v
        _v = self.amount
        if _v is not UNSET:
            field_dict["amount"] = _v
        _v = self.is_company_car
        if _v is not UNSET:
            field_dict["isCompanyCar"] = _v
        _v = self.vehicle_type
        if _v is not UNSET:
            field_dict["vehicleType"] = _v
        _v = self.passengers
        if _v is not UNSET and not _in_request:
            field_dict["passengers"] = [_e.to_dict() for _e in _v]
        _v = self.passenger_supplement
        if _v is not UNSET:
            field_dict["passengerSupplement"] = _v.to_dict()
        _v = self.trailer_supplement
        if _v is not UNSET:
            field_dict["trailerSupplement"] = _v.to_dict()
        _v = self.toll_cost
        if _v is not UNSET:
            field_dict["tollCost"] = _v.to_dict()
        _v = self.driving_stops
        if _v is not UNSET and not _in_request:
            field_dict["drivingStops"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A MileageAllowance from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``MileageAllowance.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.cost import Cost  # noqa: PLC0415
        from ..models.driving_stop import DrivingStop  # noqa: PLC0415
        from ..models.passenger import Passenger  # noqa: PLC0415
        from ..models.travel_expense import TravelExpense  # noqa: PLC0415
        from ..models.travel_expense_rate import TravelExpenseRate  # noqa: PLC0415
        from ..models.travel_expense_rate_category import TravelExpenseRateCategory  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "date": "date",
            "departureLocation": "departure_location",
            "destination": "destination",
            "km": "km",
            "rate": "rate",
            "amount": "amount",
            "isCompanyCar": "is_company_car",
            "vehicleType": "vehicle_type",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.travel_expense = o.rate_type = o.rate_category = o.date = (
                        o.departure_location
                    ) = o.destination = o.km = o.rate = o.amount = o.is_company_car = o.vehicle_type = o.passengers = (
                        o.passenger_supplement
                    ) = o.trailer_supplement = o.toll_cost = o.driving_stops = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 6 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.travel_expense = o.rate_type = o.rate_category = o.date = (
                        o.departure_location
                    ) = o.destination = o.km = o.rate = o.amount = o.is_company_car = o.vehicle_type = o.passengers = (
                        o.passenger_supplement
                    ) = o.trailer_supplement = o.toll_cost = o.driving_stops = UNSET
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
                k = "travelExpense"
                v = g("travelExpense")
                if v is None:
                    o.travel_expense = u
                    if "travelExpense" not in d:
                        m += 1
                else:
                    o.travel_expense = TravelExpense._tx_parse(v)
                k = "rateType"
                v = g("rateType")
                if v is None:
                    o.rate_type = u
                    if "rateType" not in d:
                        m += 1
                else:
                    o.rate_type = TravelExpenseRate._tx_parse(v)
                k = "rateCategory"
                v = g("rateCategory")
                if v is None:
                    o.rate_category = u
                    if "rateCategory" not in d:
                        m += 1
                else:
                    o.rate_category = TravelExpenseRateCategory._tx_parse(v)
                v = g("date")
                if v is None:
                    o.date = u
                    if "date" not in d:
                        m += 1
                else:
                    o.date = v
                v = g("departureLocation")
                if v is None:
                    o.departure_location = u
                    if "departureLocation" not in d:
                        m += 1
                else:
                    o.departure_location = v
                v = g("destination")
                if v is None:
                    o.destination = u
                    if "destination" not in d:
                        m += 1
                else:
                    o.destination = v
                v = g("km")
                if v is None:
                    o.km = u
                    if "km" not in d:
                        m += 1
                else:
                    o.km = v
                v = g("rate")
                if v is None:
                    o.rate = u
                    if "rate" not in d:
                        m += 1
                else:
                    o.rate = v
                v = g("amount")
                if v is None:
                    o.amount = u
                    if "amount" not in d:
                        m += 1
                else:
                    o.amount = v
                v = g("isCompanyCar")
                if v is None:
                    o.is_company_car = u
                    if "isCompanyCar" not in d:
                        m += 1
                else:
                    o.is_company_car = v
                v = g("vehicleType")
                if v is None:
                    o.vehicle_type = u
                    if "vehicleType" not in d:
                        m += 1
                else:
                    o.vehicle_type = v
                k = "passengers"
                v = g("passengers")
                if v is None:
                    o.passengers = u
                    if "passengers" not in d:
                        m += 1
                else:
                    o.passengers = (
                        ([Passenger._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "passengerSupplement"
                v = g("passengerSupplement")
                if v is None:
                    o.passenger_supplement = u
                    if "passengerSupplement" not in d:
                        m += 1
                else:
                    o.passenger_supplement = MileageAllowance._tx_parse(v)
                k = "trailerSupplement"
                v = g("trailerSupplement")
                if v is None:
                    o.trailer_supplement = u
                    if "trailerSupplement" not in d:
                        m += 1
                else:
                    o.trailer_supplement = MileageAllowance._tx_parse(v)
                k = "tollCost"
                v = g("tollCost")
                if v is None:
                    o.toll_cost = u
                    if "tollCost" not in d:
                        m += 1
                else:
                    o.toll_cost = Cost._tx_parse(v)
                k = "drivingStops"
                v = g("drivingStops")
                if v is None:
                    o.driving_stops = u
                    if "drivingStops" not in d:
                        m += 1
                else:
                    o.driving_stops = (
                        ([DrivingStop._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 20 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("travel_expense", "travelExpense"),
            ("rate_type", "rateType"),
            ("rate_category", "rateCategory"),
            ("date", "date"),
            ("departure_location", "departureLocation"),
            ("destination", "destination"),
            ("km", "km"),
            ("rate", "rate"),
            ("amount", "amount"),
            ("is_company_car", "isCompanyCar"),
            ("vehicle_type", "vehicleType"),
            ("passengers", "passengers"),
            ("passenger_supplement", "passengerSupplement"),
            ("trailer_supplement", "trailerSupplement"),
            ("toll_cost", "tollCost"),
            ("driving_stops", "drivingStops"),
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
            v = s.travel_expense
            o.travel_expense = u if v is None or v is u else TravelExpense._tx_parse(v)
            v = s.rate_type
            o.rate_type = u if v is None or v is u else TravelExpenseRate._tx_parse(v)
            v = s.rate_category
            o.rate_category = u if v is None or v is u else TravelExpenseRateCategory._tx_parse(v)
            v = s.date
            o.date = u if v is None else v
            v = s.departure_location
            o.departure_location = u if v is None else v
            v = s.destination
            o.destination = u if v is None else v
            v = s.km
            o.km = u if v is None else v
            v = s.rate
            o.rate = u if v is None else v
            v = s.amount
            o.amount = u if v is None else v
            v = s.is_company_car
            o.is_company_car = u if v is None else v
            v = s.vehicle_type
            o.vehicle_type = u if v is None else v
            v = s.passengers
            o.passengers = (
                u
                if v is None or v is u
                else ([Passenger._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.passenger_supplement
            o.passenger_supplement = u if v is None or v is u else MileageAllowance._tx_parse(v)
            v = s.trailer_supplement
            o.trailer_supplement = u if v is None or v is u else MileageAllowance._tx_parse(v)
            v = s.toll_cost
            o.toll_cost = u if v is None or v is u else Cost._tx_parse(v)
            v = s.driving_stops
            o.driving_stops = (
                u
                if v is None or v is u
                else ([DrivingStop._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
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
