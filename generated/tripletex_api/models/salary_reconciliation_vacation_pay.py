from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.rate_amount import RateAmount


T = TypeVar("T", bound="SalaryReconciliationVacationPay")


@_attrs_define
class SalaryReconciliationVacationPay:
    """
    Attributes:
        vacation_pay_basis (float | Unset): [read-only] The basis amount that the accrued vacation pay is derived from
        vacation_pay_rate_amounts (list[RateAmount] | Unset): [read-only] The list of vacation pay rates and their
            corresponding amounts
        extra_vacation_pay (float | Unset): [read-only] The total amount of extra vacation pay given to those over 60
            years old
        early_settled_vacation_pay (float | Unset): [read-only] The total amount of vacation pay that was paid in the
            same fiscal year as it was earned
        prev_year_owed_vacation_pay (float | Unset): [read-only] The total amount of owed vacation pay from the previous
            year
        prev_year_settled_vacation_pay (float | Unset): [read-only] The total amount of owed vacation pay disbursed in
            the current year
    """

    vacation_pay_basis: float | Unset = UNSET
    vacation_pay_rate_amounts: list[RateAmount] | Unset = UNSET
    extra_vacation_pay: float | Unset = UNSET
    early_settled_vacation_pay: float | Unset = UNSET
    prev_year_owed_vacation_pay: float | Unset = UNSET
    prev_year_settled_vacation_pay: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        vacation_pay_basis = self.vacation_pay_basis

        vacation_pay_rate_amounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vacation_pay_rate_amounts, Unset):
            vacation_pay_rate_amounts = []
            for vacation_pay_rate_amounts_item_data in self.vacation_pay_rate_amounts:
                vacation_pay_rate_amounts_item = vacation_pay_rate_amounts_item_data.to_dict()
                vacation_pay_rate_amounts.append(vacation_pay_rate_amounts_item)

        extra_vacation_pay = self.extra_vacation_pay

        early_settled_vacation_pay = self.early_settled_vacation_pay

        prev_year_owed_vacation_pay = self.prev_year_owed_vacation_pay

        prev_year_settled_vacation_pay = self.prev_year_settled_vacation_pay

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vacation_pay_basis is not UNSET and not _in_request:
            field_dict["vacationPayBasis"] = vacation_pay_basis
        if vacation_pay_rate_amounts is not UNSET and not _in_request:
            field_dict["vacationPayRateAmounts"] = vacation_pay_rate_amounts
        if extra_vacation_pay is not UNSET and not _in_request:
            field_dict["extraVacationPay"] = extra_vacation_pay
        if early_settled_vacation_pay is not UNSET and not _in_request:
            field_dict["earlySettledVacationPay"] = early_settled_vacation_pay
        if prev_year_owed_vacation_pay is not UNSET and not _in_request:
            field_dict["prevYearOwedVacationPay"] = prev_year_owed_vacation_pay
        if prev_year_settled_vacation_pay is not UNSET and not _in_request:
            field_dict["prevYearSettledVacationPay"] = prev_year_settled_vacation_pay

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.rate_amount import RateAmount  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        vacation_pay_basis = d.pop("vacationPayBasis", UNSET)

        _vacation_pay_rate_amounts = d.pop("vacationPayRateAmounts", UNSET)
        vacation_pay_rate_amounts: list[RateAmount] | Unset = UNSET
        if _vacation_pay_rate_amounts is not UNSET:
            vacation_pay_rate_amounts = []
            for vacation_pay_rate_amounts_item_data in _vacation_pay_rate_amounts:
                if vacation_pay_rate_amounts_item_data is None:
                    continue
                vacation_pay_rate_amounts_item = RateAmount.from_dict(vacation_pay_rate_amounts_item_data)

                vacation_pay_rate_amounts.append(vacation_pay_rate_amounts_item)

        extra_vacation_pay = d.pop("extraVacationPay", UNSET)

        early_settled_vacation_pay = d.pop("earlySettledVacationPay", UNSET)

        prev_year_owed_vacation_pay = d.pop("prevYearOwedVacationPay", UNSET)

        prev_year_settled_vacation_pay = d.pop("prevYearSettledVacationPay", UNSET)

        _obj = cls(
            vacation_pay_basis=vacation_pay_basis,
            vacation_pay_rate_amounts=vacation_pay_rate_amounts,
            extra_vacation_pay=extra_vacation_pay,
            early_settled_vacation_pay=early_settled_vacation_pay,
            prev_year_owed_vacation_pay=prev_year_owed_vacation_pay,
            prev_year_settled_vacation_pay=prev_year_settled_vacation_pay,
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
