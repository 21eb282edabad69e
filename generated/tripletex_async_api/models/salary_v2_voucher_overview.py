from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.salary_v2_voucher_overview_amelding_status import SalaryV2VoucherOverviewAmeldingStatus
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
    from ..models.employee import Employee


T = TypeVar("T", bound="SalaryV2VoucherOverview")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("ameldingStatus", str, False),
    ("approvedBy", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class SalaryV2VoucherOverview(LazyModel):
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
        amelding_status (SalaryV2VoucherOverviewAmeldingStatus | Unset): [read-only]
        eni_basis (float | Unset): [read-only]
        payment_date (str | Unset):
        comment (str | Unset):
        is_reversed (bool | Unset): [read-only]
        wage_period_transaction_id (int | Unset): [read-only]
        wage_period_transaction_voucher_number (str | Unset): [read-only]
        reversed_voucher_display_name (str | Unset): [read-only]
        reversed_by (str | Unset): [read-only]
        completed_log_id (int | Unset): [read-only]
        is_historical (bool | Unset): [read-only]
        approved_by (Employee | Unset):
        approval_date (str | Unset): [read-only]
    """

    id: int | Unset = UNSET
    voucher_number_as_string: str | Unset = UNSET
    date_period: str | Unset = UNSET
    voucher_date: str | Unset = UNSET
    display_name: str | Unset = UNSET
    amelding_wage_id: int | Unset = UNSET
    voucher_id: int | Unset = UNSET
    amelding_due_date: str | Unset = UNSET
    amelding_status: SalaryV2VoucherOverviewAmeldingStatus | Unset = UNSET
    eni_basis: float | Unset = UNSET
    payment_date: str | Unset = UNSET
    comment: str | Unset = UNSET
    is_reversed: bool | Unset = UNSET
    wage_period_transaction_id: int | Unset = UNSET
    wage_period_transaction_voucher_number: str | Unset = UNSET
    reversed_voucher_display_name: str | Unset = UNSET
    reversed_by: str | Unset = UNSET
    completed_log_id: int | Unset = UNSET
    is_historical: bool | Unset = UNSET
    approved_by: Employee | Unset = UNSET
    approval_date: str | Unset = UNSET
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

        payment_date = self.payment_date

        comment = self.comment

        is_reversed = self.is_reversed

        wage_period_transaction_id = self.wage_period_transaction_id

        wage_period_transaction_voucher_number = self.wage_period_transaction_voucher_number

        reversed_voucher_display_name = self.reversed_voucher_display_name

        reversed_by = self.reversed_by

        completed_log_id = self.completed_log_id

        is_historical = self.is_historical

        approved_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.approved_by, Unset):
            approved_by = self.approved_by.to_dict()

        approval_date = self.approval_date

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
        if payment_date is not UNSET:
            field_dict["paymentDate"] = payment_date
        if comment is not UNSET:
            field_dict["comment"] = comment
        if is_reversed is not UNSET and not _in_request:
            field_dict["isReversed"] = is_reversed
        if wage_period_transaction_id is not UNSET and not _in_request:
            field_dict["wagePeriodTransactionId"] = wage_period_transaction_id
        if wage_period_transaction_voucher_number is not UNSET and not _in_request:
            field_dict["wagePeriodTransactionVoucherNumber"] = wage_period_transaction_voucher_number
        if reversed_voucher_display_name is not UNSET and not _in_request:
            field_dict["reversedVoucherDisplayName"] = reversed_voucher_display_name
        if reversed_by is not UNSET and not _in_request:
            field_dict["reversedBy"] = reversed_by
        if completed_log_id is not UNSET and not _in_request:
            field_dict["completedLogId"] = completed_log_id
        if is_historical is not UNSET and not _in_request:
            field_dict["isHistorical"] = is_historical
        if approved_by is not UNSET:
            field_dict["approvedBy"] = approved_by
        if approval_date is not UNSET and not _in_request:
            field_dict["approvalDate"] = approval_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalaryV2VoucherOverview from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.employee import Employee  # noqa: PLC0415

        def _p_amelding_status(_tx_v: Any) -> SalaryV2VoucherOverviewAmeldingStatus | Unset:
            _amelding_status = _tx_v
            amelding_status: SalaryV2VoucherOverviewAmeldingStatus | Unset
            if isinstance(_amelding_status, Unset):
                amelding_status = UNSET
            else:
                amelding_status = SalaryV2VoucherOverviewAmeldingStatus(_amelding_status)

            return amelding_status

        def _p_approved_by(_tx_v: Any) -> Employee | Unset:
            _approved_by = _tx_v
            approved_by: Employee | Unset
            if isinstance(_approved_by, Unset):
                approved_by = UNSET
            else:
                approved_by = Employee._tx_from_json(_approved_by)

            return approved_by

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
                "paymentDate",
                "comment",
                "isReversed",
                "wagePeriodTransactionId",
                "wagePeriodTransactionVoucherNumber",
                "reversedVoucherDisplayName",
                "reversedBy",
                "completedLogId",
                "isHistorical",
                "approvedBy",
                "approvalDate",
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
            "payment_date": ("paymentDate", None),
            "comment": ("comment", None),
            "is_reversed": ("isReversed", None),
            "wage_period_transaction_id": ("wagePeriodTransactionId", None),
            "wage_period_transaction_voucher_number": ("wagePeriodTransactionVoucherNumber", None),
            "reversed_voucher_display_name": ("reversedVoucherDisplayName", None),
            "reversed_by": ("reversedBy", None),
            "completed_log_id": ("completedLogId", None),
            "is_historical": ("isHistorical", None),
            "approved_by": ("approvedBy", _p_approved_by),
            "approval_date": ("approvalDate", None),
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
