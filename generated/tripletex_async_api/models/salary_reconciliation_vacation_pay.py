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
    from ..models.rate_amount import RateAmount


T = TypeVar("T", bound="SalaryReconciliationVacationPay")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("vacationPayRateAmounts", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class SalaryReconciliationVacationPay(LazyModel):
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
        self._tx_load()
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
        """A SalaryReconciliationVacationPay from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.rate_amount import RateAmount  # noqa: PLC0415

        def _p_vacation_pay_rate_amounts(_tx_v: Any) -> list[RateAmount] | Unset:
            _vacation_pay_rate_amounts = _tx_v
            vacation_pay_rate_amounts: list[RateAmount] | Unset = UNSET
            if _vacation_pay_rate_amounts is not UNSET:
                vacation_pay_rate_amounts = []
                for vacation_pay_rate_amounts_item_data in _vacation_pay_rate_amounts:
                    if vacation_pay_rate_amounts_item_data is None:
                        continue
                    vacation_pay_rate_amounts_item = RateAmount._tx_from_json(vacation_pay_rate_amounts_item_data)

                    vacation_pay_rate_amounts.append(vacation_pay_rate_amounts_item)

            return vacation_pay_rate_amounts

        _tx_known: frozenset[str] = frozenset(
            (
                "vacationPayBasis",
                "vacationPayRateAmounts",
                "extraVacationPay",
                "earlySettledVacationPay",
                "prevYearOwedVacationPay",
                "prevYearSettledVacationPay",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "vacation_pay_basis": ("vacationPayBasis", None),
            "vacation_pay_rate_amounts": ("vacationPayRateAmounts", _p_vacation_pay_rate_amounts),
            "extra_vacation_pay": ("extraVacationPay", None),
            "early_settled_vacation_pay": ("earlySettledVacationPay", None),
            "prev_year_owed_vacation_pay": ("prevYearOwedVacationPay", None),
            "prev_year_settled_vacation_pay": ("prevYearSettledVacationPay", None),
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
