from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
    from ..models.holiday_allowance_summary_credit_prev_years_by_rate import (
        HolidayAllowanceSummaryCreditPrevYearsByRate,
    )
    from ..models.holiday_allowance_summary_credit_this_year_by_rate import HolidayAllowanceSummaryCreditThisYearByRate
    from ..models.holiday_allowance_summary_earned_and_paid_this_year_by_rate import (
        HolidayAllowanceSummaryEarnedAndPaidThisYearByRate,
    )
    from ..models.holiday_allowance_summary_earned_this_year_by_rate import HolidayAllowanceSummaryEarnedThisYearByRate


T = TypeVar("T", bound="HolidayAllowanceSummary")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("rates", list, False),
    ("creditPrevYearsByRate", dict, False),
    ("earnedThisYearByRate", dict, False),
    ("earnedAndPaidThisYearByRate", dict, False),
    ("creditThisYearByRate", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class HolidayAllowanceSummary(LazyModel):
    """
    Attributes:
        rates (list[float] | Unset): [read-only] List of holiday allowance rates
        credit_prev_years_by_rate (HolidayAllowanceSummaryCreditPrevYearsByRate | Unset): [read-only] Holiday allowance
            credit from previous years
        earned_this_year_by_rate (HolidayAllowanceSummaryEarnedThisYearByRate | Unset): [read-only] Holiday allowance
            earned this year
        earned_and_paid_this_year_by_rate (HolidayAllowanceSummaryEarnedAndPaidThisYearByRate | Unset): [read-only]
            Holiday allowance earned and paid this year
        credit_this_year_by_rate (HolidayAllowanceSummaryCreditThisYearByRate | Unset): [read-only] Holiday allowance
            credit this year
        total_credit_prev_years (float | Unset): [read-only] Total holiday allowance credit from previous years
        total_earned_this_year (float | Unset): [read-only] Total holiday allowance earned this year
        total_earned_and_paid_this_year (float | Unset): [read-only] Total holiday allowance earned and paid this year
        total_credit_this_year (float | Unset): [read-only] Total holiday allowance credit this year
    """

    rates: list[float] | Unset = UNSET
    credit_prev_years_by_rate: HolidayAllowanceSummaryCreditPrevYearsByRate | Unset = UNSET
    earned_this_year_by_rate: HolidayAllowanceSummaryEarnedThisYearByRate | Unset = UNSET
    earned_and_paid_this_year_by_rate: HolidayAllowanceSummaryEarnedAndPaidThisYearByRate | Unset = UNSET
    credit_this_year_by_rate: HolidayAllowanceSummaryCreditThisYearByRate | Unset = UNSET
    total_credit_prev_years: float | Unset = UNSET
    total_earned_this_year: float | Unset = UNSET
    total_earned_and_paid_this_year: float | Unset = UNSET
    total_credit_this_year: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        rates: list[float] | Unset = UNSET
        if not isinstance(self.rates, Unset):
            rates = self.rates

        credit_prev_years_by_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_prev_years_by_rate, Unset):
            credit_prev_years_by_rate = self.credit_prev_years_by_rate.to_dict()

        earned_this_year_by_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.earned_this_year_by_rate, Unset):
            earned_this_year_by_rate = self.earned_this_year_by_rate.to_dict()

        earned_and_paid_this_year_by_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.earned_and_paid_this_year_by_rate, Unset):
            earned_and_paid_this_year_by_rate = self.earned_and_paid_this_year_by_rate.to_dict()

        credit_this_year_by_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_this_year_by_rate, Unset):
            credit_this_year_by_rate = self.credit_this_year_by_rate.to_dict()

        total_credit_prev_years = self.total_credit_prev_years

        total_earned_this_year = self.total_earned_this_year

        total_earned_and_paid_this_year = self.total_earned_and_paid_this_year

        total_credit_this_year = self.total_credit_this_year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rates is not UNSET and not _in_request:
            field_dict["rates"] = rates
        if credit_prev_years_by_rate is not UNSET and not _in_request:
            field_dict["creditPrevYearsByRate"] = credit_prev_years_by_rate
        if earned_this_year_by_rate is not UNSET and not _in_request:
            field_dict["earnedThisYearByRate"] = earned_this_year_by_rate
        if earned_and_paid_this_year_by_rate is not UNSET and not _in_request:
            field_dict["earnedAndPaidThisYearByRate"] = earned_and_paid_this_year_by_rate
        if credit_this_year_by_rate is not UNSET and not _in_request:
            field_dict["creditThisYearByRate"] = credit_this_year_by_rate
        if total_credit_prev_years is not UNSET and not _in_request:
            field_dict["totalCreditPrevYears"] = total_credit_prev_years
        if total_earned_this_year is not UNSET and not _in_request:
            field_dict["totalEarnedThisYear"] = total_earned_this_year
        if total_earned_and_paid_this_year is not UNSET and not _in_request:
            field_dict["totalEarnedAndPaidThisYear"] = total_earned_and_paid_this_year
        if total_credit_this_year is not UNSET and not _in_request:
            field_dict["totalCreditThisYear"] = total_credit_this_year

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A HolidayAllowanceSummary from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.holiday_allowance_summary_credit_prev_years_by_rate import (
            HolidayAllowanceSummaryCreditPrevYearsByRate,  # noqa: PLC0415
        )
        from ..models.holiday_allowance_summary_credit_this_year_by_rate import (
            HolidayAllowanceSummaryCreditThisYearByRate,  # noqa: PLC0415
        )
        from ..models.holiday_allowance_summary_earned_and_paid_this_year_by_rate import (
            HolidayAllowanceSummaryEarnedAndPaidThisYearByRate,  # noqa: PLC0415
        )
        from ..models.holiday_allowance_summary_earned_this_year_by_rate import (
            HolidayAllowanceSummaryEarnedThisYearByRate,  # noqa: PLC0415
        )

        def _p_rates(_tx_v: Any) -> list[float] | Unset:
            rates = cast(list[float], _tx_v)

            return rates

        def _p_credit_prev_years_by_rate(_tx_v: Any) -> HolidayAllowanceSummaryCreditPrevYearsByRate | Unset:
            _credit_prev_years_by_rate = _tx_v
            credit_prev_years_by_rate: HolidayAllowanceSummaryCreditPrevYearsByRate | Unset
            if isinstance(_credit_prev_years_by_rate, Unset):
                credit_prev_years_by_rate = UNSET
            else:
                credit_prev_years_by_rate = HolidayAllowanceSummaryCreditPrevYearsByRate._tx_from_json(
                    _credit_prev_years_by_rate
                )

            return credit_prev_years_by_rate

        def _p_earned_this_year_by_rate(_tx_v: Any) -> HolidayAllowanceSummaryEarnedThisYearByRate | Unset:
            _earned_this_year_by_rate = _tx_v
            earned_this_year_by_rate: HolidayAllowanceSummaryEarnedThisYearByRate | Unset
            if isinstance(_earned_this_year_by_rate, Unset):
                earned_this_year_by_rate = UNSET
            else:
                earned_this_year_by_rate = HolidayAllowanceSummaryEarnedThisYearByRate._tx_from_json(
                    _earned_this_year_by_rate
                )

            return earned_this_year_by_rate

        def _p_earned_and_paid_this_year_by_rate(
            _tx_v: Any,
        ) -> HolidayAllowanceSummaryEarnedAndPaidThisYearByRate | Unset:
            _earned_and_paid_this_year_by_rate = _tx_v
            earned_and_paid_this_year_by_rate: HolidayAllowanceSummaryEarnedAndPaidThisYearByRate | Unset
            if isinstance(_earned_and_paid_this_year_by_rate, Unset):
                earned_and_paid_this_year_by_rate = UNSET
            else:
                earned_and_paid_this_year_by_rate = HolidayAllowanceSummaryEarnedAndPaidThisYearByRate._tx_from_json(
                    _earned_and_paid_this_year_by_rate
                )

            return earned_and_paid_this_year_by_rate

        def _p_credit_this_year_by_rate(_tx_v: Any) -> HolidayAllowanceSummaryCreditThisYearByRate | Unset:
            _credit_this_year_by_rate = _tx_v
            credit_this_year_by_rate: HolidayAllowanceSummaryCreditThisYearByRate | Unset
            if isinstance(_credit_this_year_by_rate, Unset):
                credit_this_year_by_rate = UNSET
            else:
                credit_this_year_by_rate = HolidayAllowanceSummaryCreditThisYearByRate._tx_from_json(
                    _credit_this_year_by_rate
                )

            return credit_this_year_by_rate

        _tx_known: frozenset[str] = frozenset(
            (
                "rates",
                "creditPrevYearsByRate",
                "earnedThisYearByRate",
                "earnedAndPaidThisYearByRate",
                "creditThisYearByRate",
                "totalCreditPrevYears",
                "totalEarnedThisYear",
                "totalEarnedAndPaidThisYear",
                "totalCreditThisYear",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "rates": ("rates", _p_rates),
            "credit_prev_years_by_rate": ("creditPrevYearsByRate", _p_credit_prev_years_by_rate),
            "earned_this_year_by_rate": ("earnedThisYearByRate", _p_earned_this_year_by_rate),
            "earned_and_paid_this_year_by_rate": ("earnedAndPaidThisYearByRate", _p_earned_and_paid_this_year_by_rate),
            "credit_this_year_by_rate": ("creditThisYearByRate", _p_credit_this_year_by_rate),
            "total_credit_prev_years": ("totalCreditPrevYears", None),
            "total_earned_this_year": ("totalEarnedThisYear", None),
            "total_earned_and_paid_this_year": ("totalEarnedAndPaidThisYear", None),
            "total_credit_this_year": ("totalCreditThisYear", None),
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
