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
    from ..models.company_info import CompanyInfo
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="CompanyInfoOverview")


@_attrs_define
class CompanyInfoOverview(Model):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        sum_opening_balance_share_capital (float | Unset):
        sum_closing_balance_share_capital (float | Unset):
        company_info (list[CompanyInfo] | Unset):
    """

    year_end_report: YearEndReport | Unset = UNSET
    sum_opening_balance_share_capital: float | Unset = UNSET
    sum_closing_balance_share_capital: float | Unset = UNSET
    company_info: list[CompanyInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.year_end_report
        if _v is not UNSET:
            field_dict["yearEndReport"] = _v.to_dict()
        _v = self.sum_opening_balance_share_capital
        if _v is not UNSET and not _in_request:
            field_dict["sumOpeningBalanceShareCapital"] = _v
        _v = self.sum_closing_balance_share_capital
        if _v is not UNSET and not _in_request:
            field_dict["sumClosingBalanceShareCapital"] = _v
        _v = self.company_info
        if _v is not UNSET:
            field_dict["companyInfo"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CompanyInfoOverview from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``CompanyInfoOverview.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.company_info import CompanyInfo  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "sumOpeningBalanceShareCapital",
                "sumClosingBalanceShareCapital",
                "companyInfo",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
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
                v = g("sumOpeningBalanceShareCapital")
                if v is None:
                    o.sum_opening_balance_share_capital = u
                    if "sumOpeningBalanceShareCapital" not in d:
                        m += 1
                else:
                    o.sum_opening_balance_share_capital = v
                v = g("sumClosingBalanceShareCapital")
                if v is None:
                    o.sum_closing_balance_share_capital = u
                    if "sumClosingBalanceShareCapital" not in d:
                        m += 1
                else:
                    o.sum_closing_balance_share_capital = v
                k = "companyInfo"
                v = g("companyInfo")
                if v is None:
                    o.company_info = u
                    if "companyInfo" not in d:
                        m += 1
                else:
                    o.company_info = (
                        ([CompanyInfo._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 4 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("year_end_report", "yearEndReport"),
            ("sum_opening_balance_share_capital", "sumOpeningBalanceShareCapital"),
            ("sum_closing_balance_share_capital", "sumClosingBalanceShareCapital"),
            ("company_info", "companyInfo"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.year_end_report
            o.year_end_report = u if v is None or v is u else YearEndReport._tx_parse(v)
            v = s.sum_opening_balance_share_capital
            o.sum_opening_balance_share_capital = u if v is None else v
            v = s.sum_closing_balance_share_capital
            o.sum_closing_balance_share_capital = u if v is None else v
            v = s.company_info
            o.company_info = (
                u
                if v is None or v is u
                else ([CompanyInfo._tx_parse(e) for e in v if e is not None] if v else [])
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
