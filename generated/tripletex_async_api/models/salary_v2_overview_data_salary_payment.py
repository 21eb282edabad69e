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
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.employee import Employee


T = TypeVar("T", bound="SalaryV2OverviewDataSalaryPayment")


@_attrs_define
class SalaryV2OverviewDataSalaryPayment(Model):
    """
    Attributes:
        salary_payment_id (int | Unset):
        display_name (str | Unset):
        payment_amount (float | Unset):
        payroll_tax_basis_amount (float | Unset):
        employee (Employee | Unset):
    """

    salary_payment_id: int | Unset = UNSET
    display_name: str | Unset = UNSET
    payment_amount: float | Unset = UNSET
    payroll_tax_basis_amount: float | Unset = UNSET
    employee: Employee | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.salary_payment_id
        if _v is not UNSET and not _in_request:
            field_dict["salaryPaymentId"] = _v
        _v = self.display_name
        if _v is not UNSET and not _in_request:
            field_dict["displayName"] = _v
        _v = self.payment_amount
        if _v is not UNSET and not _in_request:
            field_dict["paymentAmount"] = _v
        _v = self.payroll_tax_basis_amount
        if _v is not UNSET and not _in_request:
            field_dict["payrollTaxBasisAmount"] = _v
        _v = self.employee
        if _v is not UNSET:
            field_dict["employee"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalaryV2OverviewDataSalaryPayment from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SalaryV2OverviewDataSalaryPayment.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.employee import Employee  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "salaryPaymentId",
                "displayName",
                "paymentAmount",
                "payrollTaxBasisAmount",
                "employee",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("salaryPaymentId")
                if v is None:
                    o.salary_payment_id = u
                    if "salaryPaymentId" not in d:
                        m += 1
                else:
                    o.salary_payment_id = v
                v = g("displayName")
                if v is None:
                    o.display_name = u
                    if "displayName" not in d:
                        m += 1
                else:
                    o.display_name = v
                v = g("paymentAmount")
                if v is None:
                    o.payment_amount = u
                    if "paymentAmount" not in d:
                        m += 1
                else:
                    o.payment_amount = v
                v = g("payrollTaxBasisAmount")
                if v is None:
                    o.payroll_tax_basis_amount = u
                    if "payrollTaxBasisAmount" not in d:
                        m += 1
                else:
                    o.payroll_tax_basis_amount = v
                k = "employee"
                v = g("employee")
                if v is None:
                    o.employee = u
                    if "employee" not in d:
                        m += 1
                else:
                    o.employee = Employee._tx_parse(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 5 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("salary_payment_id", "salaryPaymentId"),
            ("display_name", "displayName"),
            ("payment_amount", "paymentAmount"),
            ("payroll_tax_basis_amount", "payrollTaxBasisAmount"),
            ("employee", "employee"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.salary_payment_id
            o.salary_payment_id = u if v is None else v
            v = s.display_name
            o.display_name = u if v is None else v
            v = s.payment_amount
            o.payment_amount = u if v is None else v
            v = s.payroll_tax_basis_amount
            o.payroll_tax_basis_amount = u if v is None else v
            v = s.employee
            o.employee = u if v is None or v is u else Employee._tx_parse(v)
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
