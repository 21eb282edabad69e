from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.salary_v2_overview_reimbursements_amelding_status import SalaryV2OverviewReimbursementsAmeldingStatus
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

T = TypeVar("T", bound="SalaryV2OverviewReimbursements")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("ameldingStatus", str, False),)


@_attrs_define(on_setattr=mark_assigned)
class SalaryV2OverviewReimbursements(LazyModel):
    """
    Attributes:
        id (int | Unset): [read-only]
        voucher_number_as_string (str | Unset): [read-only]
        date_period (str | Unset): [read-only]
        voucher_date (str | Unset):
        display_name (str | Unset): [read-only]
        amelding_wage_id (int | Unset): [read-only]
        voucher_id (int | Unset): [read-only]
        amelding_due_date (str | Unset):
        amelding_status (SalaryV2OverviewReimbursementsAmeldingStatus | Unset): [read-only]
        eni_basis (float | Unset): [read-only]
    """

    id: int | Unset = UNSET
    voucher_number_as_string: str | Unset = UNSET
    date_period: str | Unset = UNSET
    voucher_date: str | Unset = UNSET
    display_name: str | Unset = UNSET
    amelding_wage_id: int | Unset = UNSET
    voucher_id: int | Unset = UNSET
    amelding_due_date: str | Unset = UNSET
    amelding_status: SalaryV2OverviewReimbursementsAmeldingStatus | Unset = UNSET
    eni_basis: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        voucher_number_as_string = self.voucher_number_as_string

        date_period = self.date_period

        voucher_date = self.voucher_date

        display_name = self.display_name

        amelding_wage_id = self.amelding_wage_id

        voucher_id = self.voucher_id

        amelding_due_date = self.amelding_due_date

        amelding_status: str | Unset = UNSET
        if not isinstance(self.amelding_status, Unset):
            amelding_status = self.amelding_status.value

        eni_basis = self.eni_basis

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and not _in_request:
            field_dict["id"] = id
        if voucher_number_as_string is not UNSET and not _in_request:
            field_dict["voucherNumberAsString"] = voucher_number_as_string
        if date_period is not UNSET and not _in_request:
            field_dict["datePeriod"] = date_period
        if voucher_date is not UNSET:
            field_dict["voucherDate"] = voucher_date
        if display_name is not UNSET and not _in_request:
            field_dict["displayName"] = display_name
        if amelding_wage_id is not UNSET and not _in_request:
            field_dict["ameldingWageId"] = amelding_wage_id
        if voucher_id is not UNSET and not _in_request:
            field_dict["voucherId"] = voucher_id
        if amelding_due_date is not UNSET:
            field_dict["ameldingDueDate"] = amelding_due_date
        if amelding_status is not UNSET and not _in_request:
            field_dict["ameldingStatus"] = amelding_status
        if eni_basis is not UNSET and not _in_request:
            field_dict["eniBasis"] = eni_basis

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalaryV2OverviewReimbursements from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_amelding_status(_tx_v: Any) -> SalaryV2OverviewReimbursementsAmeldingStatus | Unset:
            _amelding_status = _tx_v
            amelding_status: SalaryV2OverviewReimbursementsAmeldingStatus | Unset
            if isinstance(_amelding_status, Unset):
                amelding_status = UNSET
            else:
                amelding_status = SalaryV2OverviewReimbursementsAmeldingStatus(_amelding_status)

            return amelding_status

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "voucherNumberAsString",
                "datePeriod",
                "voucherDate",
                "displayName",
                "ameldingWageId",
                "voucherId",
                "ameldingDueDate",
                "ameldingStatus",
                "eniBasis",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "voucher_number_as_string": ("voucherNumberAsString", None),
            "date_period": ("datePeriod", None),
            "voucher_date": ("voucherDate", None),
            "display_name": ("displayName", None),
            "amelding_wage_id": ("ameldingWageId", None),
            "voucher_id": ("voucherId", None),
            "amelding_due_date": ("ameldingDueDate", None),
            "amelding_status": ("ameldingStatus", _p_amelding_status),
            "eni_basis": ("eniBasis", None),
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
