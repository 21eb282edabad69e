from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.travel_expense_rate_category import TravelExpenseRateCategory


T = TypeVar("T", bound="TravelExpenseRate")


@_attrs_define
class TravelExpenseRate:
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        rate_category (TravelExpenseRateCategory | Unset):
        zone (str | Unset):
        rate (float | Unset):
        breakfast_deduction_rate (float | Unset):
        lunch_deduction_rate (float | Unset):
        dinner_deduction_rate (float | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    rate_category: TravelExpenseRateCategory | Unset = UNSET
    zone: str | Unset = UNSET
    rate: float | Unset = UNSET
    breakfast_deduction_rate: float | Unset = UNSET
    lunch_deduction_rate: float | Unset = UNSET
    dinner_deduction_rate: float | Unset = UNSET
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

        rate_category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rate_category, Unset):
            rate_category = self.rate_category.to_dict()

        zone = self.zone

        rate = self.rate

        breakfast_deduction_rate = self.breakfast_deduction_rate

        lunch_deduction_rate = self.lunch_deduction_rate

        dinner_deduction_rate = self.dinner_deduction_rate

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
        if rate_category is not UNSET:
            field_dict["rateCategory"] = rate_category
        if zone is not UNSET:
            field_dict["zone"] = zone
        if rate is not UNSET:
            field_dict["rate"] = rate
        if breakfast_deduction_rate is not UNSET:
            field_dict["breakfastDeductionRate"] = breakfast_deduction_rate
        if lunch_deduction_rate is not UNSET:
            field_dict["lunchDeductionRate"] = lunch_deduction_rate
        if dinner_deduction_rate is not UNSET:
            field_dict["dinnerDeductionRate"] = dinner_deduction_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.change import Change  # noqa: PLC0415
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

        _rate_category = d.pop("rateCategory", UNSET)
        rate_category: TravelExpenseRateCategory | Unset
        if isinstance(_rate_category, Unset):
            rate_category = UNSET
        else:
            rate_category = TravelExpenseRateCategory.from_dict(_rate_category)

        zone = d.pop("zone", UNSET)

        rate = d.pop("rate", UNSET)

        breakfast_deduction_rate = d.pop("breakfastDeductionRate", UNSET)

        lunch_deduction_rate = d.pop("lunchDeductionRate", UNSET)

        dinner_deduction_rate = d.pop("dinnerDeductionRate", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            rate_category=rate_category,
            zone=zone,
            rate=rate,
            breakfast_deduction_rate=breakfast_deduction_rate,
            lunch_deduction_rate=lunch_deduction_rate,
            dinner_deduction_rate=dinner_deduction_rate,
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
