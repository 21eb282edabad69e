from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change


T = TypeVar("T", bound="CompanyHoliday")


@_attrs_define
class CompanyHoliday:
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        year (int | Unset):
        days (float | Unset):
        vacation_pay_percentage_1 (float | Unset):
        vacation_pay_percentage_2 (float | Unset):
        is_max_percentage_2_amount_6g (bool | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    year: int | Unset = UNSET
    days: float | Unset = UNSET
    vacation_pay_percentage_1: float | Unset = UNSET
    vacation_pay_percentage_2: float | Unset = UNSET
    is_max_percentage_2_amount_6g: bool | Unset = UNSET
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

        year = self.year

        days = self.days

        vacation_pay_percentage_1 = self.vacation_pay_percentage_1

        vacation_pay_percentage_2 = self.vacation_pay_percentage_2

        is_max_percentage_2_amount_6g = self.is_max_percentage_2_amount_6g

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
        if year is not UNSET:
            field_dict["year"] = year
        if days is not UNSET:
            field_dict["days"] = days
        if vacation_pay_percentage_1 is not UNSET:
            field_dict["vacationPayPercentage1"] = vacation_pay_percentage_1
        if vacation_pay_percentage_2 is not UNSET:
            field_dict["vacationPayPercentage2"] = vacation_pay_percentage_2
        if is_max_percentage_2_amount_6g is not UNSET:
            field_dict["isMaxPercentage2Amount6G"] = is_max_percentage_2_amount_6g

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.change import Change  # noqa: PLC0415

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

        year = d.pop("year", UNSET)

        days = d.pop("days", UNSET)

        vacation_pay_percentage_1 = d.pop("vacationPayPercentage1", UNSET)

        vacation_pay_percentage_2 = d.pop("vacationPayPercentage2", UNSET)

        is_max_percentage_2_amount_6g = d.pop("isMaxPercentage2Amount6G", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            year=year,
            days=days,
            vacation_pay_percentage_1=vacation_pay_percentage_1,
            vacation_pay_percentage_2=vacation_pay_percentage_2,
            is_max_percentage_2_amount_6g=is_max_percentage_2_amount_6g,
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
