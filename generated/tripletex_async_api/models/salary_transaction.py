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
    from ..models.payslip import Payslip


T = TypeVar("T", bound="SalaryTransaction")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("payslips", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class SalaryTransaction(LazyModel):
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
        """A SalaryTransaction from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.payslip import Payslip  # noqa: PLC0415

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

        def _p_payslips(_tx_v: Any) -> list[Payslip] | Unset:
            _payslips = _tx_v
            payslips: list[Payslip] | Unset = UNSET
            if _payslips is not UNSET:
                payslips = []
                for payslips_item_data in _payslips:
                    if payslips_item_data is None:
                        continue
                    payslips_item = Payslip._tx_from_json(payslips_item_data)

                    payslips.append(payslips_item)

            return payslips

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "date",
                "year",
                "month",
                "isHistorical",
                "paySlipsAvailableDate",
                "payslips",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "date": ("date", None),
            "year": ("year", None),
            "month": ("month", None),
            "is_historical": ("isHistorical", None),
            "pay_slips_available_date": ("paySlipsAvailableDate", None),
            "payslips": ("payslips", _p_payslips),
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
