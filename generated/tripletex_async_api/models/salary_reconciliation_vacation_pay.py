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
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.rate_amount import RateAmount


T = TypeVar("T", bound="SalaryReconciliationVacationPay")


@_attrs_define
class SalaryReconciliationVacationPay(Model):
    """
    Attributes:
        vacation_pay_basis (float | Unset): The basis amount that the accrued vacation pay is derived from
        vacation_pay_rate_amounts (list[RateAmount] | Unset): The list of vacation pay rates and their corresponding
            amounts
        extra_vacation_pay (float | Unset): The total amount of extra vacation pay given to those over 60 years old
        early_settled_vacation_pay (float | Unset): The total amount of vacation pay that was paid in the same fiscal
            year as it was earned
        prev_year_owed_vacation_pay (float | Unset): The total amount of owed vacation pay from the previous year
        prev_year_settled_vacation_pay (float | Unset): The total amount of owed vacation pay disbursed in the current
            year
    """

    vacation_pay_basis: float | Unset = UNSET
    vacation_pay_rate_amounts: list[RateAmount] | Unset = UNSET
    extra_vacation_pay: float | Unset = UNSET
    early_settled_vacation_pay: float | Unset = UNSET
    prev_year_owed_vacation_pay: float | Unset = UNSET
    prev_year_settled_vacation_pay: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.vacation_pay_basis
        if _v is not UNSET and not _in_request:
            field_dict["vacationPayBasis"] = _v
        _v = self.vacation_pay_rate_amounts
        if _v is not UNSET and not _in_request:
            field_dict["vacationPayRateAmounts"] = [_e.to_dict() for _e in _v]
        _v = self.extra_vacation_pay
        if _v is not UNSET and not _in_request:
            field_dict["extraVacationPay"] = _v
        _v = self.early_settled_vacation_pay
        if _v is not UNSET and not _in_request:
            field_dict["earlySettledVacationPay"] = _v
        _v = self.prev_year_owed_vacation_pay
        if _v is not UNSET and not _in_request:
            field_dict["prevYearOwedVacationPay"] = _v
        _v = self.prev_year_settled_vacation_pay
        if _v is not UNSET and not _in_request:
            field_dict["prevYearSettledVacationPay"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalaryReconciliationVacationPay from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SalaryReconciliationVacationPay.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.rate_amount import RateAmount  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "vacationPayBasis",
                "vacationPayRateAmounts",
                "extraVacationPay",
                "earlySettledVacationPay",
                "prevYearOwedVacationPay",
                "prevYearSettledVacationPay",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("vacationPayBasis")
                if v is None:
                    o.vacation_pay_basis = u
                    if "vacationPayBasis" not in d:
                        m += 1
                else:
                    o.vacation_pay_basis = v
                k = "vacationPayRateAmounts"
                v = g("vacationPayRateAmounts")
                if v is None:
                    o.vacation_pay_rate_amounts = u
                    if "vacationPayRateAmounts" not in d:
                        m += 1
                else:
                    o.vacation_pay_rate_amounts = (
                        ([RateAmount._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("extraVacationPay")
                if v is None:
                    o.extra_vacation_pay = u
                    if "extraVacationPay" not in d:
                        m += 1
                else:
                    o.extra_vacation_pay = v
                v = g("earlySettledVacationPay")
                if v is None:
                    o.early_settled_vacation_pay = u
                    if "earlySettledVacationPay" not in d:
                        m += 1
                else:
                    o.early_settled_vacation_pay = v
                v = g("prevYearOwedVacationPay")
                if v is None:
                    o.prev_year_owed_vacation_pay = u
                    if "prevYearOwedVacationPay" not in d:
                        m += 1
                else:
                    o.prev_year_owed_vacation_pay = v
                v = g("prevYearSettledVacationPay")
                if v is None:
                    o.prev_year_settled_vacation_pay = u
                    if "prevYearSettledVacationPay" not in d:
                        m += 1
                else:
                    o.prev_year_settled_vacation_pay = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 6 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("vacation_pay_basis", "vacationPayBasis"),
            ("vacation_pay_rate_amounts", "vacationPayRateAmounts"),
            ("extra_vacation_pay", "extraVacationPay"),
            ("early_settled_vacation_pay", "earlySettledVacationPay"),
            ("prev_year_owed_vacation_pay", "prevYearOwedVacationPay"),
            ("prev_year_settled_vacation_pay", "prevYearSettledVacationPay"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.vacation_pay_basis
            o.vacation_pay_basis = u if v is None else v
            v = s.vacation_pay_rate_amounts
            o.vacation_pay_rate_amounts = (
                u
                if v is None or v is u
                else ([RateAmount._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.extra_vacation_pay
            o.extra_vacation_pay = u if v is None else v
            v = s.early_settled_vacation_pay
            o.early_settled_vacation_pay = u if v is None else v
            v = s.prev_year_owed_vacation_pay
            o.prev_year_owed_vacation_pay = u if v is None else v
            v = s.prev_year_settled_vacation_pay
            o.prev_year_settled_vacation_pay = u if v is None else v
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
