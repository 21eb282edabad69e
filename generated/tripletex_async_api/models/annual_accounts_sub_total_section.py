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
    from ..models.annual_accounts_sub_total_line import AnnualAccountsSubTotalLine


T = TypeVar("T", bound="AnnualAccountsSubTotalSection")


@_attrs_define
class AnnualAccountsSubTotalSection(Model):
    """
    Attributes:
        name (str | Unset):
        sum_opening_balance (float | Unset):
        sum_closing_balance (float | Unset):
        sub_total_lines (list[AnnualAccountsSubTotalLine] | Unset):
    """

    name: str | Unset = UNSET
    sum_opening_balance: float | Unset = UNSET
    sum_closing_balance: float | Unset = UNSET
    sub_total_lines: list[AnnualAccountsSubTotalLine] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.name
        if _v is not UNSET:
            field_dict["name"] = _v
        _v = self.sum_opening_balance
        if _v is not UNSET and not _in_request:
            field_dict["sumOpeningBalance"] = _v
        _v = self.sum_closing_balance
        if _v is not UNSET and not _in_request:
            field_dict["sumClosingBalance"] = _v
        _v = self.sub_total_lines
        if _v is not UNSET:
            field_dict["subTotalLines"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AnnualAccountsSubTotalSection from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``AnnualAccountsSubTotalSection.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.annual_accounts_sub_total_line import AnnualAccountsSubTotalLine  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "name",
                "sumOpeningBalance",
                "sumClosingBalance",
                "subTotalLines",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                v = g("sumOpeningBalance")
                if v is None:
                    o.sum_opening_balance = u
                    if "sumOpeningBalance" not in d:
                        m += 1
                else:
                    o.sum_opening_balance = v
                v = g("sumClosingBalance")
                if v is None:
                    o.sum_closing_balance = u
                    if "sumClosingBalance" not in d:
                        m += 1
                else:
                    o.sum_closing_balance = v
                k = "subTotalLines"
                v = g("subTotalLines")
                if v is None:
                    o.sub_total_lines = u
                    if "subTotalLines" not in d:
                        m += 1
                else:
                    o.sub_total_lines = (
                        ([AnnualAccountsSubTotalLine._tx_parse(e) for e in v if e is not None] if v else [])
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
            ("name", "name"),
            ("sum_opening_balance", "sumOpeningBalance"),
            ("sum_closing_balance", "sumClosingBalance"),
            ("sub_total_lines", "subTotalLines"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.name
            o.name = u if v is None else v
            v = s.sum_opening_balance
            o.sum_opening_balance = u if v is None else v
            v = s.sum_closing_balance
            o.sum_closing_balance = u if v is None else v
            v = s.sub_total_lines
            o.sub_total_lines = (
                u
                if v is None or v is u
                else ([AnnualAccountsSubTotalLine._tx_parse(e) for e in v if e is not None] if v else [])
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
