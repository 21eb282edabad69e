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
    from ..models.generic_data_overview import GenericDataOverview
    from ..models.profit_and_loss_deduction_department_map import ProfitAndLossDeductionDepartmentMap
    from ..models.profit_and_loss_income_recognition_department_map import ProfitAndLossIncomeRecognitionDepartmentMap
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="ProfitAndLoss")


@_attrs_define
class ProfitAndLoss(Model):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        sum_profit (float | Unset):
        sum_loss (float | Unset):
        sum_profit_and_loss (float | Unset):
        opening_balance (float | Unset):
        opening_balance_profit (float | Unset):
        opening_balance_loss (float | Unset):
        closing_balance_profit (float | Unset):
        closing_balance_loss (float | Unset):
        posted_opening_balance_profit (float | Unset):
        posted_opening_balance_loss (float | Unset):
        posted_closing_balance_profit (float | Unset):
        posted_closing_balance_loss (float | Unset):
        closing_balance (float | Unset):
        annual_income_recognition (float | Unset):
        annual_deduction (float | Unset):
        amount_to_be_posted_on_income_recognition_account (float | Unset):
        amount_to_be_posted_on_deduction_account (float | Unset):
        deduction_department_map (ProfitAndLossDeductionDepartmentMap | Unset):
        income_recognition_department_map (ProfitAndLossIncomeRecognitionDepartmentMap | Unset):
        generic_data_overviews (list[GenericDataOverview] | Unset):
    """

    year_end_report: YearEndReport | Unset = UNSET
    sum_profit: float | Unset = UNSET
    sum_loss: float | Unset = UNSET
    sum_profit_and_loss: float | Unset = UNSET
    opening_balance: float | Unset = UNSET
    opening_balance_profit: float | Unset = UNSET
    opening_balance_loss: float | Unset = UNSET
    closing_balance_profit: float | Unset = UNSET
    closing_balance_loss: float | Unset = UNSET
    posted_opening_balance_profit: float | Unset = UNSET
    posted_opening_balance_loss: float | Unset = UNSET
    posted_closing_balance_profit: float | Unset = UNSET
    posted_closing_balance_loss: float | Unset = UNSET
    closing_balance: float | Unset = UNSET
    annual_income_recognition: float | Unset = UNSET
    annual_deduction: float | Unset = UNSET
    amount_to_be_posted_on_income_recognition_account: float | Unset = UNSET
    amount_to_be_posted_on_deduction_account: float | Unset = UNSET
    deduction_department_map: ProfitAndLossDeductionDepartmentMap | Unset = UNSET
    income_recognition_department_map: ProfitAndLossIncomeRecognitionDepartmentMap | Unset = UNSET
    generic_data_overviews: list[GenericDataOverview] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.year_end_report
        if _v is not UNSET:
            field_dict["yearEndReport"] = _v.to_dict()
        _v = self.sum_profit
        if _v is not UNSET and not _in_request:
            field_dict["sumProfit"] = _v
        _v = self.sum_loss
        if _v is not UNSET and not _in_request:
            field_dict["sumLoss"] = _v
        _v = self.sum_profit_and_loss
        if _v is not UNSET and not _in_request:
            field_dict["sumProfitAndLoss"] = _v
        _v = self.opening_balance
        if _v is not UNSET and not _in_request:
            field_dict["openingBalance"] = _v
        _v = self.opening_balance_profit
        if _v is not UNSET and not _in_request:
            field_dict["openingBalanceProfit"] = _v
        _v = self.opening_balance_loss
        if _v is not UNSET and not _in_request:
            field_dict["openingBalanceLoss"] = _v
        _v = self.closing_balance_profit
        if _v is not UNSET and not _in_request:
            field_dict["closingBalanceProfit"] = _v
        _v = self.closing_balance_loss
        if _v is not UNSET and not _in_request:
            field_dict["closingBalanceLoss"] = _v
        _v = self.posted_opening_balance_profit
        if _v is not UNSET and not _in_request:
            field_dict["postedOpeningBalanceProfit"] = _v
        _v = self.posted_opening_balance_loss
        if _v is not UNSET and not _in_request:
            field_dict["postedOpeningBalanceLoss"] = _v
        _v = self.posted_closing_balance_profit
        if _v is not UNSET and not _in_request:
            field_dict["postedClosingBalanceProfit"] = _v
        _v = self.posted_closing_balance_loss
        if _v is not UNSET and not _in_request:
            field_dict["postedClosingBalanceLoss"] = _v
        _v = self.closing_balance
        if _v is not UNSET and not _in_request:
            field_dict["closingBalance"] = _v
        _v = self.annual_income_recognition
        if _v is not UNSET and not _in_request:
            field_dict["annualIncomeRecognition"] = _v
        _v = self.annual_deduction
        if _v is not UNSET and not _in_request:
            field_dict["annualDeduction"] = _v
        _v = self.amount_to_be_posted_on_income_recognition_account
        if _v is not UNSET and not _in_request:
            field_dict["amountToBePostedOnIncomeRecognitionAccount"] = _v
        _v = self.amount_to_be_posted_on_deduction_account
        if _v is not UNSET and not _in_request:
            field_dict["amountToBePostedOnDeductionAccount"] = _v
        _v = self.deduction_department_map
        if _v is not UNSET and not _in_request:
            field_dict["deductionDepartmentMap"] = _v.to_dict()
        _v = self.income_recognition_department_map
        if _v is not UNSET and not _in_request:
            field_dict["incomeRecognitionDepartmentMap"] = _v.to_dict()
        _v = self.generic_data_overviews
        if _v is not UNSET:
            field_dict["genericDataOverviews"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProfitAndLoss from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ProfitAndLoss.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.generic_data_overview import GenericDataOverview  # noqa: PLC0415
        from ..models.profit_and_loss_deduction_department_map import ProfitAndLossDeductionDepartmentMap  # noqa: PLC0415
        from ..models.profit_and_loss_income_recognition_department_map import (
            ProfitAndLossIncomeRecognitionDepartmentMap,  # noqa: PLC0415
        )
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "sumProfit",
                "sumLoss",
                "sumProfitAndLoss",
                "openingBalance",
                "openingBalanceProfit",
                "openingBalanceLoss",
                "closingBalanceProfit",
                "closingBalanceLoss",
                "postedOpeningBalanceProfit",
                "postedOpeningBalanceLoss",
                "postedClosingBalanceProfit",
                "postedClosingBalanceLoss",
                "closingBalance",
                "annualIncomeRecognition",
                "annualDeduction",
                "amountToBePostedOnIncomeRecognitionAccount",
                "amountToBePostedOnDeductionAccount",
                "deductionDepartmentMap",
                "incomeRecognitionDepartmentMap",
                "genericDataOverviews",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "sumProfit": "sum_profit",
            "sumLoss": "sum_loss",
            "sumProfitAndLoss": "sum_profit_and_loss",
            "openingBalance": "opening_balance",
            "openingBalanceProfit": "opening_balance_profit",
            "openingBalanceLoss": "opening_balance_loss",
            "closingBalanceProfit": "closing_balance_profit",
            "closingBalanceLoss": "closing_balance_loss",
            "postedOpeningBalanceProfit": "posted_opening_balance_profit",
            "postedOpeningBalanceLoss": "posted_opening_balance_loss",
            "postedClosingBalanceProfit": "posted_closing_balance_profit",
            "postedClosingBalanceLoss": "posted_closing_balance_loss",
            "closingBalance": "closing_balance",
            "annualIncomeRecognition": "annual_income_recognition",
            "annualDeduction": "annual_deduction",
            "amountToBePostedOnIncomeRecognitionAccount": "amount_to_be_posted_on_income_recognition_account",
            "amountToBePostedOnDeductionAccount": "amount_to_be_posted_on_deduction_account",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 7 and _sparse_keys.issuperset(d):
                    o.year_end_report = o.sum_profit = o.sum_loss = o.sum_profit_and_loss = o.opening_balance = (
                        o.opening_balance_profit
                    ) = o.opening_balance_loss = o.closing_balance_profit = o.closing_balance_loss = (
                        o.posted_opening_balance_profit
                    ) = o.posted_opening_balance_loss = o.posted_closing_balance_profit = (
                        o.posted_closing_balance_loss
                    ) = o.closing_balance = o.annual_income_recognition = o.annual_deduction = (
                        o.amount_to_be_posted_on_income_recognition_account
                    ) = o.amount_to_be_posted_on_deduction_account = o.deduction_department_map = (
                        o.income_recognition_department_map
                    ) = o.generic_data_overviews = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "yearEndReport"
                v = g("yearEndReport")
                if v is None:
                    o.year_end_report = u
                    if "yearEndReport" not in d:
                        m += 1
                else:
                    o.year_end_report = YearEndReport._tx_parse(v)
                v = g("sumProfit")
                if v is None:
                    o.sum_profit = u
                    if "sumProfit" not in d:
                        m += 1
                else:
                    o.sum_profit = v
                v = g("sumLoss")
                if v is None:
                    o.sum_loss = u
                    if "sumLoss" not in d:
                        m += 1
                else:
                    o.sum_loss = v
                v = g("sumProfitAndLoss")
                if v is None:
                    o.sum_profit_and_loss = u
                    if "sumProfitAndLoss" not in d:
                        m += 1
                else:
                    o.sum_profit_and_loss = v
                v = g("openingBalance")
                if v is None:
                    o.opening_balance = u
                    if "openingBalance" not in d:
                        m += 1
                else:
                    o.opening_balance = v
                v = g("openingBalanceProfit")
                if v is None:
                    o.opening_balance_profit = u
                    if "openingBalanceProfit" not in d:
                        m += 1
                else:
                    o.opening_balance_profit = v
                v = g("openingBalanceLoss")
                if v is None:
                    o.opening_balance_loss = u
                    if "openingBalanceLoss" not in d:
                        m += 1
                else:
                    o.opening_balance_loss = v
                v = g("closingBalanceProfit")
                if v is None:
                    o.closing_balance_profit = u
                    if "closingBalanceProfit" not in d:
                        m += 1
                else:
                    o.closing_balance_profit = v
                v = g("closingBalanceLoss")
                if v is None:
                    o.closing_balance_loss = u
                    if "closingBalanceLoss" not in d:
                        m += 1
                else:
                    o.closing_balance_loss = v
                v = g("postedOpeningBalanceProfit")
                if v is None:
                    o.posted_opening_balance_profit = u
                    if "postedOpeningBalanceProfit" not in d:
                        m += 1
                else:
                    o.posted_opening_balance_profit = v
                v = g("postedOpeningBalanceLoss")
                if v is None:
                    o.posted_opening_balance_loss = u
                    if "postedOpeningBalanceLoss" not in d:
                        m += 1
                else:
                    o.posted_opening_balance_loss = v
                v = g("postedClosingBalanceProfit")
                if v is None:
                    o.posted_closing_balance_profit = u
                    if "postedClosingBalanceProfit" not in d:
                        m += 1
                else:
                    o.posted_closing_balance_profit = v
                v = g("postedClosingBalanceLoss")
                if v is None:
                    o.posted_closing_balance_loss = u
                    if "postedClosingBalanceLoss" not in d:
                        m += 1
                else:
                    o.posted_closing_balance_loss = v
                v = g("closingBalance")
                if v is None:
                    o.closing_balance = u
                    if "closingBalance" not in d:
                        m += 1
                else:
                    o.closing_balance = v
                v = g("annualIncomeRecognition")
                if v is None:
                    o.annual_income_recognition = u
                    if "annualIncomeRecognition" not in d:
                        m += 1
                else:
                    o.annual_income_recognition = v
                v = g("annualDeduction")
                if v is None:
                    o.annual_deduction = u
                    if "annualDeduction" not in d:
                        m += 1
                else:
                    o.annual_deduction = v
                v = g("amountToBePostedOnIncomeRecognitionAccount")
                if v is None:
                    o.amount_to_be_posted_on_income_recognition_account = u
                    if "amountToBePostedOnIncomeRecognitionAccount" not in d:
                        m += 1
                else:
                    o.amount_to_be_posted_on_income_recognition_account = v
                v = g("amountToBePostedOnDeductionAccount")
                if v is None:
                    o.amount_to_be_posted_on_deduction_account = u
                    if "amountToBePostedOnDeductionAccount" not in d:
                        m += 1
                else:
                    o.amount_to_be_posted_on_deduction_account = v
                k = "deductionDepartmentMap"
                v = g("deductionDepartmentMap")
                if v is None:
                    o.deduction_department_map = u
                    if "deductionDepartmentMap" not in d:
                        m += 1
                else:
                    o.deduction_department_map = ProfitAndLossDeductionDepartmentMap._tx_parse(v)
                k = "incomeRecognitionDepartmentMap"
                v = g("incomeRecognitionDepartmentMap")
                if v is None:
                    o.income_recognition_department_map = u
                    if "incomeRecognitionDepartmentMap" not in d:
                        m += 1
                else:
                    o.income_recognition_department_map = ProfitAndLossIncomeRecognitionDepartmentMap._tx_parse(v)
                k = "genericDataOverviews"
                v = g("genericDataOverviews")
                if v is None:
                    o.generic_data_overviews = u
                    if "genericDataOverviews" not in d:
                        m += 1
                else:
                    o.generic_data_overviews = (
                        ([GenericDataOverview._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
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
            ("year_end_report", "yearEndReport"),
            ("sum_profit", "sumProfit"),
            ("sum_loss", "sumLoss"),
            ("sum_profit_and_loss", "sumProfitAndLoss"),
            ("opening_balance", "openingBalance"),
            ("opening_balance_profit", "openingBalanceProfit"),
            ("opening_balance_loss", "openingBalanceLoss"),
            ("closing_balance_profit", "closingBalanceProfit"),
            ("closing_balance_loss", "closingBalanceLoss"),
            ("posted_opening_balance_profit", "postedOpeningBalanceProfit"),
            ("posted_opening_balance_loss", "postedOpeningBalanceLoss"),
            ("posted_closing_balance_profit", "postedClosingBalanceProfit"),
            ("posted_closing_balance_loss", "postedClosingBalanceLoss"),
            ("closing_balance", "closingBalance"),
            ("annual_income_recognition", "annualIncomeRecognition"),
            ("annual_deduction", "annualDeduction"),
            ("amount_to_be_posted_on_income_recognition_account", "amountToBePostedOnIncomeRecognitionAccount"),
            ("amount_to_be_posted_on_deduction_account", "amountToBePostedOnDeductionAccount"),
            ("deduction_department_map", "deductionDepartmentMap"),
            ("income_recognition_department_map", "incomeRecognitionDepartmentMap"),
            ("generic_data_overviews", "genericDataOverviews"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.year_end_report
            o.year_end_report = u if v is None or v is u else YearEndReport._tx_parse(v)
            v = s.sum_profit
            o.sum_profit = u if v is None else v
            v = s.sum_loss
            o.sum_loss = u if v is None else v
            v = s.sum_profit_and_loss
            o.sum_profit_and_loss = u if v is None else v
            v = s.opening_balance
            o.opening_balance = u if v is None else v
            v = s.opening_balance_profit
            o.opening_balance_profit = u if v is None else v
            v = s.opening_balance_loss
            o.opening_balance_loss = u if v is None else v
            v = s.closing_balance_profit
            o.closing_balance_profit = u if v is None else v
            v = s.closing_balance_loss
            o.closing_balance_loss = u if v is None else v
            v = s.posted_opening_balance_profit
            o.posted_opening_balance_profit = u if v is None else v
            v = s.posted_opening_balance_loss
            o.posted_opening_balance_loss = u if v is None else v
            v = s.posted_closing_balance_profit
            o.posted_closing_balance_profit = u if v is None else v
            v = s.posted_closing_balance_loss
            o.posted_closing_balance_loss = u if v is None else v
            v = s.closing_balance
            o.closing_balance = u if v is None else v
            v = s.annual_income_recognition
            o.annual_income_recognition = u if v is None else v
            v = s.annual_deduction
            o.annual_deduction = u if v is None else v
            v = s.amount_to_be_posted_on_income_recognition_account
            o.amount_to_be_posted_on_income_recognition_account = u if v is None else v
            v = s.amount_to_be_posted_on_deduction_account
            o.amount_to_be_posted_on_deduction_account = u if v is None else v
            v = s.deduction_department_map
            o.deduction_department_map = u if v is None or v is u else ProfitAndLossDeductionDepartmentMap._tx_parse(v)
            v = s.income_recognition_department_map
            o.income_recognition_department_map = (
                u if v is None or v is u else ProfitAndLossIncomeRecognitionDepartmentMap._tx_parse(v)
            )
            v = s.generic_data_overviews
            o.generic_data_overviews = (
                u
                if v is None or v is u
                else ([GenericDataOverview._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
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
