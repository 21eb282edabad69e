from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.payslip import Payslip


T = TypeVar("T", bound="SalaryTransaction")


@_attrs_define
class SalaryTransaction:
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        date (str | Unset): Voucher date.
        year (int | Unset):
        month (int | Unset):
        is_historical (bool | Unset): With historical wage vouchers you can update the wage system with information
            dated before the opening balance.
        pay_slips_available_date (str | Unset): The date payslips are made available to the employee. Defaults to
            voucherDate.
        payslips (list[Payslip] | Unset): Link to individual payslip objects.
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    date: str | Unset = UNSET
    year: int | Unset = UNSET
    month: int | Unset = UNSET
    is_historical: bool | Unset = UNSET
    pay_slips_available_date: str | Unset = UNSET
    payslips: list[Payslip] | Unset = UNSET
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

        date = self.date

        year = self.year

        month = self.month

        is_historical = self.is_historical

        pay_slips_available_date = self.pay_slips_available_date

        payslips: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payslips, Unset):
            payslips = []
            for payslips_item_data in self.payslips:
                payslips_item = payslips_item_data.to_dict()
                payslips.append(payslips_item)

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
        if date is not UNSET:
            field_dict["date"] = date
        if year is not UNSET:
            field_dict["year"] = year
        if month is not UNSET:
            field_dict["month"] = month
        if is_historical is not UNSET:
            field_dict["isHistorical"] = is_historical
        if pay_slips_available_date is not UNSET:
            field_dict["paySlipsAvailableDate"] = pay_slips_available_date
        if payslips is not UNSET:
            field_dict["payslips"] = payslips

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.payslip import Payslip  # noqa: PLC0415

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

        date = d.pop("date", UNSET)

        year = d.pop("year", UNSET)

        month = d.pop("month", UNSET)

        is_historical = d.pop("isHistorical", UNSET)

        pay_slips_available_date = d.pop("paySlipsAvailableDate", UNSET)

        _payslips = d.pop("payslips", UNSET)
        payslips: list[Payslip] | Unset = UNSET
        if _payslips is not UNSET:
            payslips = []
            for payslips_item_data in _payslips:
                if payslips_item_data is None:
                    continue
                payslips_item = Payslip.from_dict(payslips_item_data)

                payslips.append(payslips_item)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            date=date,
            year=year,
            month=month,
            is_historical=is_historical,
            pay_slips_available_date=pay_slips_available_date,
            payslips=payslips,
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
