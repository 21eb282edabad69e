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
    from ..models.account import Account
    from ..models.mandatory_deduction_period_overview import MandatoryDeductionPeriodOverview


T = TypeVar("T", bound="MandatoryDeductionOverview")


@_attrs_define
class MandatoryDeductionOverview(Model):
    """
    Attributes:
        account (Account | Unset):
        ledger_sum (float | Unset): Total ledger sum of mandatory deduction
        amelding_sum (float | Unset): Total amelding sum of mandatory deduction
        discrepancy (float | Unset): Total discrepancy of mandatory deduction overview
        period_overviews (list[MandatoryDeductionPeriodOverview] | Unset): Mandatory deduction overview per period
    """

    account: Account | Unset = UNSET
    ledger_sum: float | Unset = UNSET
    amelding_sum: float | Unset = UNSET
    discrepancy: float | Unset = UNSET
    period_overviews: list[MandatoryDeductionPeriodOverview] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.account
        if _v is not UNSET:
            field_dict["account"] = _v.to_dict()
        _v = self.ledger_sum
        if _v is not UNSET and not _in_request:
            field_dict["ledgerSum"] = _v
        _v = self.amelding_sum
        if _v is not UNSET and not _in_request:
            field_dict["ameldingSum"] = _v
        _v = self.discrepancy
        if _v is not UNSET and not _in_request:
            field_dict["discrepancy"] = _v
        _v = self.period_overviews
        if _v is not UNSET and not _in_request:
            field_dict["periodOverviews"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A MandatoryDeductionOverview from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``MandatoryDeductionOverview.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.account import Account  # noqa: PLC0415
        from ..models.mandatory_deduction_period_overview import MandatoryDeductionPeriodOverview  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "account",
                "ledgerSum",
                "ameldingSum",
                "discrepancy",
                "periodOverviews",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "account"
                v = g("account")
                if v is None:
                    o.account = u
                    if "account" not in d:
                        m += 1
                else:
                    o.account = Account._tx_parse(v)
                v = g("ledgerSum")
                if v is None:
                    o.ledger_sum = u
                    if "ledgerSum" not in d:
                        m += 1
                else:
                    o.ledger_sum = v
                v = g("ameldingSum")
                if v is None:
                    o.amelding_sum = u
                    if "ameldingSum" not in d:
                        m += 1
                else:
                    o.amelding_sum = v
                v = g("discrepancy")
                if v is None:
                    o.discrepancy = u
                    if "discrepancy" not in d:
                        m += 1
                else:
                    o.discrepancy = v
                k = "periodOverviews"
                v = g("periodOverviews")
                if v is None:
                    o.period_overviews = u
                    if "periodOverviews" not in d:
                        m += 1
                else:
                    o.period_overviews = (
                        ([MandatoryDeductionPeriodOverview._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
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
            ("account", "account"),
            ("ledger_sum", "ledgerSum"),
            ("amelding_sum", "ameldingSum"),
            ("discrepancy", "discrepancy"),
            ("period_overviews", "periodOverviews"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.account
            o.account = u if v is None or v is u else Account._tx_parse(v)
            v = s.ledger_sum
            o.ledger_sum = u if v is None else v
            v = s.amelding_sum
            o.amelding_sum = u if v is None else v
            v = s.discrepancy
            o.discrepancy = u if v is None else v
            v = s.period_overviews
            o.period_overviews = (
                u
                if v is None or v is u
                else ([MandatoryDeductionPeriodOverview._tx_parse(e) for e in v if e is not None] if v else [])
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
