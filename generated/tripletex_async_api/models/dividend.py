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
    from ..models.dividend_details import DividendDetails


T = TypeVar("T", bound="Dividend")


@_attrs_define
class Dividend(Model):
    """
    Attributes:
        accounted_dividend (list[DividendDetails] | Unset):
        accounted_group_contribution (list[DividendDetails] | Unset):
        annual_result_after_tax (list[DividendDetails] | Unset):
        equity_in_account (list[DividendDetails] | Unset):
        name (str | Unset):
        difference (float | Unset):
        equity (float | Unset):
        max_calculated_dividend (float | Unset):
    """

    accounted_dividend: list[DividendDetails] | Unset = UNSET
    accounted_group_contribution: list[DividendDetails] | Unset = UNSET
    annual_result_after_tax: list[DividendDetails] | Unset = UNSET
    equity_in_account: list[DividendDetails] | Unset = UNSET
    name: str | Unset = UNSET
    difference: float | Unset = UNSET
    equity: float | Unset = UNSET
    max_calculated_dividend: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.accounted_dividend
        if _v is not UNSET:
            field_dict["accountedDividend"] = [_e.to_dict() for _e in _v]
        _v = self.accounted_group_contribution
        if _v is not UNSET:
            field_dict["accountedGroupContribution"] = [_e.to_dict() for _e in _v]
        _v = self.annual_result_after_tax
        if _v is not UNSET:
            field_dict["annualResultAfterTax"] = [_e.to_dict() for _e in _v]
        _v = self.equity_in_account
        if _v is not UNSET:
            field_dict["equityInAccount"] = [_e.to_dict() for _e in _v]
        _v = self.name
        if _v is not UNSET and not _in_request:
            field_dict["name"] = _v
        _v = self.difference
        if _v is not UNSET and not _in_request:
            field_dict["difference"] = _v
        _v = self.equity
        if _v is not UNSET and not _in_request:
            field_dict["equity"] = _v
        _v = self.max_calculated_dividend
        if _v is not UNSET and not _in_request:
            field_dict["maxCalculatedDividend"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Dividend from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``Dividend.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.dividend_details import DividendDetails  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "accountedDividend",
                "accountedGroupContribution",
                "annualResultAfterTax",
                "equityInAccount",
                "name",
                "difference",
                "equity",
                "maxCalculatedDividend",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "name": "name",
            "difference": "difference",
            "equity": "equity",
            "maxCalculatedDividend": "max_calculated_dividend",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.accounted_dividend = o.accounted_group_contribution = o.annual_result_after_tax = (
                        o.equity_in_account
                    ) = o.name = o.difference = o.equity = o.max_calculated_dividend = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "accountedDividend"
                v = g("accountedDividend")
                if v is None:
                    o.accounted_dividend = u
                    if "accountedDividend" not in d:
                        m += 1
                else:
                    o.accounted_dividend = (
                        ([DividendDetails._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "accountedGroupContribution"
                v = g("accountedGroupContribution")
                if v is None:
                    o.accounted_group_contribution = u
                    if "accountedGroupContribution" not in d:
                        m += 1
                else:
                    o.accounted_group_contribution = (
                        ([DividendDetails._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "annualResultAfterTax"
                v = g("annualResultAfterTax")
                if v is None:
                    o.annual_result_after_tax = u
                    if "annualResultAfterTax" not in d:
                        m += 1
                else:
                    o.annual_result_after_tax = (
                        ([DividendDetails._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "equityInAccount"
                v = g("equityInAccount")
                if v is None:
                    o.equity_in_account = u
                    if "equityInAccount" not in d:
                        m += 1
                else:
                    o.equity_in_account = (
                        ([DividendDetails._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                v = g("difference")
                if v is None:
                    o.difference = u
                    if "difference" not in d:
                        m += 1
                else:
                    o.difference = v
                v = g("equity")
                if v is None:
                    o.equity = u
                    if "equity" not in d:
                        m += 1
                else:
                    o.equity = v
                v = g("maxCalculatedDividend")
                if v is None:
                    o.max_calculated_dividend = u
                    if "maxCalculatedDividend" not in d:
                        m += 1
                else:
                    o.max_calculated_dividend = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 8 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("accounted_dividend", "accountedDividend"),
            ("accounted_group_contribution", "accountedGroupContribution"),
            ("annual_result_after_tax", "annualResultAfterTax"),
            ("equity_in_account", "equityInAccount"),
            ("name", "name"),
            ("difference", "difference"),
            ("equity", "equity"),
            ("max_calculated_dividend", "maxCalculatedDividend"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.accounted_dividend
            o.accounted_dividend = (
                u
                if v is None or v is u
                else ([DividendDetails._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.accounted_group_contribution
            o.accounted_group_contribution = (
                u
                if v is None or v is u
                else ([DividendDetails._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.annual_result_after_tax
            o.annual_result_after_tax = (
                u
                if v is None or v is u
                else ([DividendDetails._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.equity_in_account
            o.equity_in_account = (
                u
                if v is None or v is u
                else ([DividendDetails._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.name
            o.name = u if v is None else v
            v = s.difference
            o.difference = u if v is None else v
            v = s.equity
            o.equity = u if v is None else v
            v = s.max_calculated_dividend
            o.max_calculated_dividend = u if v is None else v
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
