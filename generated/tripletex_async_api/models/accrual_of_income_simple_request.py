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
)

if TYPE_CHECKING:
    from ..models.accrual_source_item_request import AccrualSourceItemRequest


T = TypeVar("T", bound="AccrualOfIncomeSimpleRequest")


@_attrs_define
class AccrualOfIncomeSimpleRequest(Model):
    """
    Attributes:
        sources (list[AccrualSourceItemRequest] | Unset):
        income_account_id (int | Unset):
        accrual_account_id (int | Unset):
        month (int | Unset):
        year (int | Unset):
        number_of_periods (int | Unset):
    """

    sources: list[AccrualSourceItemRequest] | Unset = UNSET
    income_account_id: int | Unset = UNSET
    accrual_account_id: int | Unset = UNSET
    month: int | Unset = UNSET
    year: int | Unset = UNSET
    number_of_periods: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.sources
        if _v is not UNSET:
            field_dict["sources"] = [_e.to_dict() for _e in _v]
        _v = self.income_account_id
        if _v is not UNSET:
            field_dict["incomeAccountId"] = _v
        _v = self.accrual_account_id
        if _v is not UNSET:
            field_dict["accrualAccountId"] = _v
        _v = self.month
        if _v is not UNSET:
            field_dict["month"] = _v
        _v = self.year
        if _v is not UNSET:
            field_dict["year"] = _v
        _v = self.number_of_periods
        if _v is not UNSET:
            field_dict["numberOfPeriods"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AccrualOfIncomeSimpleRequest from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``AccrualOfIncomeSimpleRequest.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.accrual_source_item_request import AccrualSourceItemRequest  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "sources",
                "incomeAccountId",
                "accrualAccountId",
                "month",
                "year",
                "numberOfPeriods",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "sources"
                v = g("sources")
                if v is None:
                    o.sources = u
                    if "sources" not in d:
                        m += 1
                else:
                    o.sources = (
                        ([AccrualSourceItemRequest._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("incomeAccountId")
                if v is None:
                    o.income_account_id = u
                    if "incomeAccountId" not in d:
                        m += 1
                else:
                    o.income_account_id = v
                v = g("accrualAccountId")
                if v is None:
                    o.accrual_account_id = u
                    if "accrualAccountId" not in d:
                        m += 1
                else:
                    o.accrual_account_id = v
                v = g("month")
                if v is None:
                    o.month = u
                    if "month" not in d:
                        m += 1
                else:
                    o.month = v
                v = g("year")
                if v is None:
                    o.year = u
                    if "year" not in d:
                        m += 1
                else:
                    o.year = v
                v = g("numberOfPeriods")
                if v is None:
                    o.number_of_periods = u
                    if "numberOfPeriods" not in d:
                        m += 1
                else:
                    o.number_of_periods = v
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
            ("sources", "sources"),
            ("income_account_id", "incomeAccountId"),
            ("accrual_account_id", "accrualAccountId"),
            ("month", "month"),
            ("year", "year"),
            ("number_of_periods", "numberOfPeriods"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.sources
            o.sources = (
                u
                if v is None or v is u
                else ([AccrualSourceItemRequest._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.income_account_id
            o.income_account_id = u if v is None else v
            v = s.accrual_account_id
            o.accrual_account_id = u if v is None else v
            v = s.month
            o.month = u if v is None else v
            v = s.year
            o.year = u if v is None else v
            v = s.number_of_periods
            o.number_of_periods = u if v is None else v
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
