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
    from ..models.travel_expense import TravelExpense
    from ..models.travel_expense_rate import TravelExpenseRate
    from ..models.travel_expense_rate_category import TravelExpenseRateCategory


T = TypeVar("T", bound="AccommodationAllowance")


@_attrs_define
class AccommodationAllowance(Model):
    """Link to individual accommodation allowances.

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        travel_expense (TravelExpense | Unset): Travel reports connected to the order.
        rate_type (TravelExpenseRate | Unset):
        rate_category (TravelExpenseRateCategory | Unset):
        zone (str | Unset):
        location (str | Unset):
        address (str | Unset):
        count (int | Unset):
        rate (float | Unset):
        amount (float | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    travel_expense: TravelExpense | Unset = UNSET
    rate_type: TravelExpenseRate | Unset = UNSET
    rate_category: TravelExpenseRateCategory | Unset = UNSET
    zone: str | Unset = UNSET
    location: str | Unset = UNSET
    address: str | Unset = UNSET
    count: int | Unset = UNSET
    rate: float | Unset = UNSET
    amount: float | Unset = UNSET
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
        _v = self.zone
        if _v is not UNSET:
            field_dict["zone"] = _v
        _v = self.location
        if _v is not UNSET:
            field_dict["location"] = _v
        _v = self.address
        if _v is not UNSET:
            field_dict["address"] = _v
        _v = self.count
        if _v is not UNSET:
            field_dict["count"] = _v
        _v = self.rate
        if _v is not UNSET:
            field_dict["rate"] = _v
        _v = self.amount
        if _v is not UNSET:
            field_dict["amount"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AccommodationAllowance from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``AccommodationAllowance.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
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
                "zone",
                "location",
                "address",
                "count",
                "rate",
                "amount",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "zone": "zone",
            "location": "location",
            "address": "address",
            "count": "count",
            "rate": "rate",
            "amount": "amount",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.travel_expense = o.rate_type = o.rate_category = o.zone = (
                        o.location
                    ) = o.address = o.count = o.rate = o.amount = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.travel_expense = o.rate_type = o.rate_category = o.zone = (
                        o.location
                    ) = o.address = o.count = o.rate = o.amount = UNSET
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
                v = g("zone")
                if v is None:
                    o.zone = u
                    if "zone" not in d:
                        m += 1
                else:
                    o.zone = v
                v = g("location")
                if v is None:
                    o.location = u
                    if "location" not in d:
                        m += 1
                else:
                    o.location = v
                v = g("address")
                if v is None:
                    o.address = u
                    if "address" not in d:
                        m += 1
                else:
                    o.address = v
                v = g("count")
                if v is None:
                    o.count = u
                    if "count" not in d:
                        m += 1
                else:
                    o.count = v
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
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 13 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("zone", "zone"),
            ("location", "location"),
            ("address", "address"),
            ("count", "count"),
            ("rate", "rate"),
            ("amount", "amount"),
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
            v = s.zone
            o.zone = u if v is None else v
            v = s.location
            o.location = u if v is None else v
            v = s.address
            o.address = u if v is None else v
            v = s.count
            o.count = u if v is None else v
            v = s.rate
            o.rate = u if v is None else v
            v = s.amount
            o.amount = u if v is None else v
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
