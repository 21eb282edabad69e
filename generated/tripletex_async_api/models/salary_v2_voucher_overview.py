from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.salary_v2_voucher_overview_amelding_status import SalaryV2VoucherOverviewAmeldingStatus
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.employee import Employee


T = TypeVar("T", bound="SalaryV2VoucherOverview")


@_attrs_define
class SalaryV2VoucherOverview(Model):
    """
    Attributes:
        id (int | Unset):
        voucher_number_as_string (str | Unset):
        date_period (str | Unset):
        voucher_date (str | Unset):
        display_name (str | Unset):
        amelding_wage_id (int | Unset):
        voucher_id (int | Unset):
        amelding_due_date (str | Unset):
        amelding_status (SalaryV2VoucherOverviewAmeldingStatus | Unset):
        eni_basis (float | Unset):
        payment_date (str | Unset):
        comment (str | Unset):
        is_reversed (bool | Unset):
        wage_period_transaction_id (int | Unset):
        wage_period_transaction_voucher_number (str | Unset):
        reversed_voucher_display_name (str | Unset):
        reversed_by (str | Unset):
        completed_log_id (int | Unset):
        is_historical (bool | Unset):
        approved_by (Employee | Unset):
        approval_date (str | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET and not _in_request:
            field_dict["id"] = _v
        _v = self.voucher_number_as_string
        if _v is not UNSET and not _in_request:
            field_dict["voucherNumberAsString"] = _v
        _v = self.date_period
        if _v is not UNSET and not _in_request:
            field_dict["datePeriod"] = _v
        _v = self.voucher_date
        if _v is not UNSET:
            field_dict["voucherDate"] = _v
        _v = self.display_name
        if _v is not UNSET and not _in_request:
            field_dict["displayName"] = _v
        _v = self.amelding_wage_id
        if _v is not UNSET and not _in_request:
            field_dict["ameldingWageId"] = _v
        _v = self.voucher_id
        if _v is not UNSET and not _in_request:
            field_dict["voucherId"] = _v
        _v = self.amelding_due_date
        if _v is not UNSET:
            field_dict["ameldingDueDate"] = _v
        _v = self.amelding_status
        if _v is not UNSET and not _in_request:
            field_dict["ameldingStatus"] = _v._value_
        _v = self.eni_basis
        if _v is not UNSET and not _in_request:
            field_dict["eniBasis"] = _v
        _v = self.payment_date
        if _v is not UNSET:
            field_dict["paymentDate"] = _v
        _v = self.comment
        if _v is not UNSET:
            field_dict["comment"] = _v
        _v = self.is_reversed
        if _v is not UNSET and not _in_request:
            field_dict["isReversed"] = _v
        _v = self.wage_period_transaction_id
        if _v is not UNSET and not _in_request:
            field_dict["wagePeriodTransactionId"] = _v
        _v = self.wage_period_transaction_voucher_number
        if _v is not UNSET and not _in_request:
            field_dict["wagePeriodTransactionVoucherNumber"] = _v
        _v = self.reversed_voucher_display_name
        if _v is not UNSET and not _in_request:
            field_dict["reversedVoucherDisplayName"] = _v
        _v = self.reversed_by
        if _v is not UNSET and not _in_request:
            field_dict["reversedBy"] = _v
        _v = self.completed_log_id
        if _v is not UNSET and not _in_request:
            field_dict["completedLogId"] = _v
        _v = self.is_historical
        if _v is not UNSET and not _in_request:
            field_dict["isHistorical"] = _v
        _v = self.approved_by
        if _v is not UNSET:
            field_dict["approvedBy"] = _v.to_dict()
        _v = self.approval_date
        if _v is not UNSET and not _in_request:
            field_dict["approvalDate"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalaryV2VoucherOverview from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SalaryV2VoucherOverview.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.employee import Employee  # noqa: PLC0415

        _new = object.__new__
        _e_amelding_status: dict[Any, Any] = enum_members(SalaryV2VoucherOverviewAmeldingStatus)
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "voucherNumberAsString": "voucher_number_as_string",
            "datePeriod": "date_period",
            "voucherDate": "voucher_date",
            "displayName": "display_name",
            "ameldingWageId": "amelding_wage_id",
            "voucherId": "voucher_id",
            "ameldingDueDate": "amelding_due_date",
            "eniBasis": "eni_basis",
            "paymentDate": "payment_date",
            "comment": "comment",
            "isReversed": "is_reversed",
            "wagePeriodTransactionId": "wage_period_transaction_id",
            "wagePeriodTransactionVoucherNumber": "wage_period_transaction_voucher_number",
            "reversedVoucherDisplayName": "reversed_voucher_display_name",
            "reversedBy": "reversed_by",
            "completedLogId": "completed_log_id",
            "isHistorical": "is_historical",
            "approvalDate": "approval_date",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 7 and _sparse_keys.issuperset(d):
                    o.id = o.voucher_number_as_string = o.date_period = o.voucher_date = o.display_name = (
                        o.amelding_wage_id
                    ) = o.voucher_id = o.amelding_due_date = o.amelding_status = o.eni_basis = o.payment_date = (
                        o.comment
                    ) = o.is_reversed = o.wage_period_transaction_id = o.wage_period_transaction_voucher_number = (
                        o.reversed_voucher_display_name
                    ) = o.reversed_by = o.completed_log_id = o.is_historical = o.approved_by = o.approval_date = UNSET
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
                v = g("voucherNumberAsString")
                if v is None:
                    o.voucher_number_as_string = u
                    if "voucherNumberAsString" not in d:
                        m += 1
                else:
                    o.voucher_number_as_string = v
                v = g("datePeriod")
                if v is None:
                    o.date_period = u
                    if "datePeriod" not in d:
                        m += 1
                else:
                    o.date_period = v
                v = g("voucherDate")
                if v is None:
                    o.voucher_date = u
                    if "voucherDate" not in d:
                        m += 1
                else:
                    o.voucher_date = v
                v = g("displayName")
                if v is None:
                    o.display_name = u
                    if "displayName" not in d:
                        m += 1
                else:
                    o.display_name = v
                v = g("ameldingWageId")
                if v is None:
                    o.amelding_wage_id = u
                    if "ameldingWageId" not in d:
                        m += 1
                else:
                    o.amelding_wage_id = v
                v = g("voucherId")
                if v is None:
                    o.voucher_id = u
                    if "voucherId" not in d:
                        m += 1
                else:
                    o.voucher_id = v
                v = g("ameldingDueDate")
                if v is None:
                    o.amelding_due_date = u
                    if "ameldingDueDate" not in d:
                        m += 1
                else:
                    o.amelding_due_date = v
                k = "ameldingStatus"
                v = g("ameldingStatus")
                if v is None:
                    o.amelding_status = u
                    if "ameldingStatus" not in d:
                        m += 1
                else:
                    o.amelding_status = (
                        e_
                        if (e_ := _e_amelding_status.get(v)) is not None
                        else enum_value(SalaryV2VoucherOverviewAmeldingStatus, v)
                    )
                v = g("eniBasis")
                if v is None:
                    o.eni_basis = u
                    if "eniBasis" not in d:
                        m += 1
                else:
                    o.eni_basis = v
                v = g("paymentDate")
                if v is None:
                    o.payment_date = u
                    if "paymentDate" not in d:
                        m += 1
                else:
                    o.payment_date = v
                v = g("comment")
                if v is None:
                    o.comment = u
                    if "comment" not in d:
                        m += 1
                else:
                    o.comment = v
                v = g("isReversed")
                if v is None:
                    o.is_reversed = u
                    if "isReversed" not in d:
                        m += 1
                else:
                    o.is_reversed = v
                v = g("wagePeriodTransactionId")
                if v is None:
                    o.wage_period_transaction_id = u
                    if "wagePeriodTransactionId" not in d:
                        m += 1
                else:
                    o.wage_period_transaction_id = v
                v = g("wagePeriodTransactionVoucherNumber")
                if v is None:
                    o.wage_period_transaction_voucher_number = u
                    if "wagePeriodTransactionVoucherNumber" not in d:
                        m += 1
                else:
                    o.wage_period_transaction_voucher_number = v
                v = g("reversedVoucherDisplayName")
                if v is None:
                    o.reversed_voucher_display_name = u
                    if "reversedVoucherDisplayName" not in d:
                        m += 1
                else:
                    o.reversed_voucher_display_name = v
                v = g("reversedBy")
                if v is None:
                    o.reversed_by = u
                    if "reversedBy" not in d:
                        m += 1
                else:
                    o.reversed_by = v
                v = g("completedLogId")
                if v is None:
                    o.completed_log_id = u
                    if "completedLogId" not in d:
                        m += 1
                else:
                    o.completed_log_id = v
                v = g("isHistorical")
                if v is None:
                    o.is_historical = u
                    if "isHistorical" not in d:
                        m += 1
                else:
                    o.is_historical = v
                k = "approvedBy"
                v = g("approvedBy")
                if v is None:
                    o.approved_by = u
                    if "approvedBy" not in d:
                        m += 1
                else:
                    o.approved_by = Employee._tx_parse(v)
                v = g("approvalDate")
                if v is None:
                    o.approval_date = u
                    if "approvalDate" not in d:
                        m += 1
                else:
                    o.approval_date = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 21 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("voucher_number_as_string", "voucherNumberAsString"),
            ("date_period", "datePeriod"),
            ("voucher_date", "voucherDate"),
            ("display_name", "displayName"),
            ("amelding_wage_id", "ameldingWageId"),
            ("voucher_id", "voucherId"),
            ("amelding_due_date", "ameldingDueDate"),
            ("amelding_status", "ameldingStatus"),
            ("eni_basis", "eniBasis"),
            ("payment_date", "paymentDate"),
            ("comment", "comment"),
            ("is_reversed", "isReversed"),
            ("wage_period_transaction_id", "wagePeriodTransactionId"),
            ("wage_period_transaction_voucher_number", "wagePeriodTransactionVoucherNumber"),
            ("reversed_voucher_display_name", "reversedVoucherDisplayName"),
            ("reversed_by", "reversedBy"),
            ("completed_log_id", "completedLogId"),
            ("is_historical", "isHistorical"),
            ("approved_by", "approvedBy"),
            ("approval_date", "approvalDate"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.voucher_number_as_string
            o.voucher_number_as_string = u if v is None else v
            v = s.date_period
            o.date_period = u if v is None else v
            v = s.voucher_date
            o.voucher_date = u if v is None else v
            v = s.display_name
            o.display_name = u if v is None else v
            v = s.amelding_wage_id
            o.amelding_wage_id = u if v is None else v
            v = s.voucher_id
            o.voucher_id = u if v is None else v
            v = s.amelding_due_date
            o.amelding_due_date = u if v is None else v
            v = s.amelding_status
            o.amelding_status = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_amelding_status.get(v)) is not None
                else enum_value(SalaryV2VoucherOverviewAmeldingStatus, v)
            )
            v = s.eni_basis
            o.eni_basis = u if v is None else v
            v = s.payment_date
            o.payment_date = u if v is None else v
            v = s.comment
            o.comment = u if v is None else v
            v = s.is_reversed
            o.is_reversed = u if v is None else v
            v = s.wage_period_transaction_id
            o.wage_period_transaction_id = u if v is None else v
            v = s.wage_period_transaction_voucher_number
            o.wage_period_transaction_voucher_number = u if v is None else v
            v = s.reversed_voucher_display_name
            o.reversed_voucher_display_name = u if v is None else v
            v = s.reversed_by
            o.reversed_by = u if v is None else v
            v = s.completed_log_id
            o.completed_log_id = u if v is None else v
            v = s.is_historical
            o.is_historical = u if v is None else v
            v = s.approved_by
            o.approved_by = u if v is None or v is u else Employee._tx_parse(v)
            v = s.approval_date
            o.approval_date = u if v is None else v
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
