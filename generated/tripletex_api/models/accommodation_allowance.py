from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.travel_expense import TravelExpense
    from ..models.travel_expense_rate import TravelExpenseRate
    from ..models.travel_expense_rate_category import TravelExpenseRateCategory


T = TypeVar("T", bound="AccommodationAllowance")


@_attrs_define
class AccommodationAllowance:
    """Link to individual accommodation allowances.

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
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

        zone = self.zone

        location = self.location

        address = self.address

        count = self.count

        rate = self.rate

        amount = self.amount

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
        if zone is not UNSET:
            field_dict["zone"] = zone
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.travel_expense import TravelExpense  # noqa: PLC0415
        from ..models.travel_expense_rate import TravelExpenseRate  # noqa: PLC0415
        from ..models.travel_expense_rate_category import TravelExpenseRateCategory  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        version = d.pop("version", UNSET)

        _changes = d.pop("changes", UNSET)
        changes: list[Change] | Unset = UNSET
        if _changes is not UNSET:
            changes = []
            for changes_item_data in _changes:
                if changes_item_data is None:
                    continue
                changes_item = Change.from_dict(changes_item_data)

                changes.append(changes_item)

        url = d.pop("url", UNSET)

        _travel_expense = d.pop("travelExpense", UNSET)
        travel_expense: TravelExpense | Unset
        if isinstance(_travel_expense, Unset):
            travel_expense = UNSET
        else:
            travel_expense = TravelExpense.from_dict(_travel_expense)

        _rate_type = d.pop("rateType", UNSET)
        rate_type: TravelExpenseRate | Unset
        if isinstance(_rate_type, Unset):
            rate_type = UNSET
        else:
            rate_type = TravelExpenseRate.from_dict(_rate_type)

        _rate_category = d.pop("rateCategory", UNSET)
        rate_category: TravelExpenseRateCategory | Unset
        if isinstance(_rate_category, Unset):
            rate_category = UNSET
        else:
            rate_category = TravelExpenseRateCategory.from_dict(_rate_category)

        zone = d.pop("zone", UNSET)

        location = d.pop("location", UNSET)

        address = d.pop("address", UNSET)

        count = d.pop("count", UNSET)

        rate = d.pop("rate", UNSET)

        amount = d.pop("amount", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            travel_expense=travel_expense,
            rate_type=rate_type,
            rate_category=rate_category,
            zone=zone,
            location=location,
            address=address,
            count=count,
            rate=rate,
            amount=amount,
        )

        _obj.additional_properties = d
        return _obj

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
