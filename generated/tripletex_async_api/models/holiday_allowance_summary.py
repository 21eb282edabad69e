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
    from ..models.holiday_allowance_summary_credit_prev_years_by_rate import (
        HolidayAllowanceSummaryCreditPrevYearsByRate,
    )
    from ..models.holiday_allowance_summary_credit_this_year_by_rate import HolidayAllowanceSummaryCreditThisYearByRate
    from ..models.holiday_allowance_summary_earned_and_paid_this_year_by_rate import (
        HolidayAllowanceSummaryEarnedAndPaidThisYearByRate,
    )
    from ..models.holiday_allowance_summary_earned_this_year_by_rate import HolidayAllowanceSummaryEarnedThisYearByRate


T = TypeVar("T", bound="HolidayAllowanceSummary")


@_attrs_define
class HolidayAllowanceSummary(Model):
    """
    Attributes:
        rates (list[float] | Unset): List of holiday allowance rates
        credit_prev_years_by_rate (HolidayAllowanceSummaryCreditPrevYearsByRate | Unset): Holiday allowance credit from
            previous years
        earned_this_year_by_rate (HolidayAllowanceSummaryEarnedThisYearByRate | Unset): Holiday allowance earned this
            year
        earned_and_paid_this_year_by_rate (HolidayAllowanceSummaryEarnedAndPaidThisYearByRate | Unset): Holiday
            allowance earned and paid this year
        credit_this_year_by_rate (HolidayAllowanceSummaryCreditThisYearByRate | Unset): Holiday allowance credit this
            year
        total_credit_prev_years (float | Unset): Total holiday allowance credit from previous years
        total_earned_this_year (float | Unset): Total holiday allowance earned this year
        total_earned_and_paid_this_year (float | Unset): Total holiday allowance earned and paid this year
        total_credit_this_year (float | Unset): Total holiday allowance credit this year
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.rates
        if _v is not UNSET and not _in_request:
            field_dict["rates"] = _v
        _v = self.credit_prev_years_by_rate
        if _v is not UNSET and not _in_request:
            field_dict["creditPrevYearsByRate"] = _v.to_dict()
        _v = self.earned_this_year_by_rate
        if _v is not UNSET and not _in_request:
            field_dict["earnedThisYearByRate"] = _v.to_dict()
        _v = self.earned_and_paid_this_year_by_rate
        if _v is not UNSET and not _in_request:
            field_dict["earnedAndPaidThisYearByRate"] = _v.to_dict()
        _v = self.credit_this_year_by_rate
        if _v is not UNSET and not _in_request:
            field_dict["creditThisYearByRate"] = _v.to_dict()
        _v = self.total_credit_prev_years
        if _v is not UNSET and not _in_request:
            field_dict["totalCreditPrevYears"] = _v
        _v = self.total_earned_this_year
        if _v is not UNSET and not _in_request:
            field_dict["totalEarnedThisYear"] = _v
        _v = self.total_earned_and_paid_this_year
        if _v is not UNSET and not _in_request:
            field_dict["totalEarnedAndPaidThisYear"] = _v
        _v = self.total_credit_this_year
        if _v is not UNSET and not _in_request:
            field_dict["totalCreditThisYear"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A HolidayAllowanceSummary from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``HolidayAllowanceSummary.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
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

        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "totalCreditPrevYears": "total_credit_prev_years",
            "totalEarnedThisYear": "total_earned_this_year",
            "totalEarnedAndPaidThisYear": "total_earned_and_paid_this_year",
            "totalCreditThisYear": "total_credit_this_year",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.rates = o.credit_prev_years_by_rate = o.earned_this_year_by_rate = (
                        o.earned_and_paid_this_year_by_rate
                    ) = o.credit_this_year_by_rate = o.total_credit_prev_years = o.total_earned_this_year = (
                        o.total_earned_and_paid_this_year
                    ) = o.total_credit_this_year = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "rates"
                v = g("rates")
                if v is None:
                    o.rates = u
                    if "rates" not in d:
                        m += 1
                else:
                    o.rates = v
                k = "creditPrevYearsByRate"
                v = g("creditPrevYearsByRate")
                if v is None:
                    o.credit_prev_years_by_rate = u
                    if "creditPrevYearsByRate" not in d:
                        m += 1
                else:
                    o.credit_prev_years_by_rate = HolidayAllowanceSummaryCreditPrevYearsByRate._tx_parse(v)
                k = "earnedThisYearByRate"
                v = g("earnedThisYearByRate")
                if v is None:
                    o.earned_this_year_by_rate = u
                    if "earnedThisYearByRate" not in d:
                        m += 1
                else:
                    o.earned_this_year_by_rate = HolidayAllowanceSummaryEarnedThisYearByRate._tx_parse(v)
                k = "earnedAndPaidThisYearByRate"
                v = g("earnedAndPaidThisYearByRate")
                if v is None:
                    o.earned_and_paid_this_year_by_rate = u
                    if "earnedAndPaidThisYearByRate" not in d:
                        m += 1
                else:
                    o.earned_and_paid_this_year_by_rate = HolidayAllowanceSummaryEarnedAndPaidThisYearByRate._tx_parse(
                        v
                    )
                k = "creditThisYearByRate"
                v = g("creditThisYearByRate")
                if v is None:
                    o.credit_this_year_by_rate = u
                    if "creditThisYearByRate" not in d:
                        m += 1
                else:
                    o.credit_this_year_by_rate = HolidayAllowanceSummaryCreditThisYearByRate._tx_parse(v)
                v = g("totalCreditPrevYears")
                if v is None:
                    o.total_credit_prev_years = u
                    if "totalCreditPrevYears" not in d:
                        m += 1
                else:
                    o.total_credit_prev_years = v
                v = g("totalEarnedThisYear")
                if v is None:
                    o.total_earned_this_year = u
                    if "totalEarnedThisYear" not in d:
                        m += 1
                else:
                    o.total_earned_this_year = v
                v = g("totalEarnedAndPaidThisYear")
                if v is None:
                    o.total_earned_and_paid_this_year = u
                    if "totalEarnedAndPaidThisYear" not in d:
                        m += 1
                else:
                    o.total_earned_and_paid_this_year = v
                v = g("totalCreditThisYear")
                if v is None:
                    o.total_credit_this_year = u
                    if "totalCreditThisYear" not in d:
                        m += 1
                else:
                    o.total_credit_this_year = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 9 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("rates", "rates"),
            ("credit_prev_years_by_rate", "creditPrevYearsByRate"),
            ("earned_this_year_by_rate", "earnedThisYearByRate"),
            ("earned_and_paid_this_year_by_rate", "earnedAndPaidThisYearByRate"),
            ("credit_this_year_by_rate", "creditThisYearByRate"),
            ("total_credit_prev_years", "totalCreditPrevYears"),
            ("total_earned_this_year", "totalEarnedThisYear"),
            ("total_earned_and_paid_this_year", "totalEarnedAndPaidThisYear"),
            ("total_credit_this_year", "totalCreditThisYear"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.rates
            o.rates = u if v is None or v is u else v
            v = s.credit_prev_years_by_rate
            o.credit_prev_years_by_rate = (
                u if v is None or v is u else HolidayAllowanceSummaryCreditPrevYearsByRate._tx_parse(v)
            )
            v = s.earned_this_year_by_rate
            o.earned_this_year_by_rate = (
                u if v is None or v is u else HolidayAllowanceSummaryEarnedThisYearByRate._tx_parse(v)
            )
            v = s.earned_and_paid_this_year_by_rate
            o.earned_and_paid_this_year_by_rate = (
                u if v is None or v is u else HolidayAllowanceSummaryEarnedAndPaidThisYearByRate._tx_parse(v)
            )
            v = s.credit_this_year_by_rate
            o.credit_this_year_by_rate = (
                u if v is None or v is u else HolidayAllowanceSummaryCreditThisYearByRate._tx_parse(v)
            )
            v = s.total_credit_prev_years
            o.total_credit_prev_years = u if v is None else v
            v = s.total_earned_this_year
            o.total_earned_this_year = u if v is None else v
            v = s.total_earned_and_paid_this_year
            o.total_earned_and_paid_this_year = u if v is None else v
            v = s.total_credit_this_year
            o.total_credit_this_year = u if v is None else v
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
