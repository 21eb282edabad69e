from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.inventories_details_closing_balance_post_type import InventoriesDetailsClosingBalancePostType
from ..models.inventories_details_opening_balance_post_type import InventoriesDetailsOpeningBalancePostType
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="InventoriesDetails")


@_attrs_define
class InventoriesDetails(Model):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        name (str | Unset):
        grouping (str | Unset):
        opening_balance (float | Unset):
        closing_balance (float | Unset):
        opening_balance_tax_value (float | Unset):
        closing_balance_tax_value (float | Unset):
        opening_balance_post_type (InventoriesDetailsOpeningBalancePostType | Unset):
        closing_balance_post_type (InventoriesDetailsClosingBalancePostType | Unset):
    """

    year_end_report: YearEndReport | Unset = UNSET
    name: str | Unset = UNSET
    grouping: str | Unset = UNSET
    opening_balance: float | Unset = UNSET
    closing_balance: float | Unset = UNSET
    opening_balance_tax_value: float | Unset = UNSET
    closing_balance_tax_value: float | Unset = UNSET
    opening_balance_post_type: InventoriesDetailsOpeningBalancePostType | Unset = UNSET
    closing_balance_post_type: InventoriesDetailsClosingBalancePostType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.year_end_report
        if _v is not UNSET:
            field_dict["yearEndReport"] = _v.to_dict()
        _v = self.name
        if _v is not UNSET and not _in_request:
            field_dict["name"] = _v
        _v = self.grouping
        if _v is not UNSET and not _in_request:
            field_dict["grouping"] = _v
        _v = self.opening_balance
        if _v is not UNSET and not _in_request:
            field_dict["openingBalance"] = _v
        _v = self.closing_balance
        if _v is not UNSET and not _in_request:
            field_dict["closingBalance"] = _v
        _v = self.opening_balance_tax_value
        if _v is not UNSET and not _in_request:
            field_dict["openingBalanceTaxValue"] = _v
        _v = self.closing_balance_tax_value
        if _v is not UNSET and not _in_request:
            field_dict["closingBalanceTaxValue"] = _v
        _v = self.opening_balance_post_type
        if _v is not UNSET and not _in_request:
            field_dict["openingBalancePostType"] = _v._value_
        _v = self.closing_balance_post_type
        if _v is not UNSET and not _in_request:
            field_dict["closingBalancePostType"] = _v._value_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A InventoriesDetails from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``InventoriesDetails.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        _new = object.__new__
        _e_opening_balance_post_type: dict[Any, Any] = enum_members(InventoriesDetailsOpeningBalancePostType)
        _e_closing_balance_post_type: dict[Any, Any] = enum_members(InventoriesDetailsClosingBalancePostType)
        _known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "name",
                "grouping",
                "openingBalance",
                "closingBalance",
                "openingBalanceTaxValue",
                "closingBalanceTaxValue",
                "openingBalancePostType",
                "closingBalancePostType",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "name": "name",
            "grouping": "grouping",
            "openingBalance": "opening_balance",
            "closingBalance": "closing_balance",
            "openingBalanceTaxValue": "opening_balance_tax_value",
            "closingBalanceTaxValue": "closing_balance_tax_value",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.year_end_report = o.name = o.grouping = o.opening_balance = o.closing_balance = (
                        o.opening_balance_tax_value
                    ) = o.closing_balance_tax_value = o.opening_balance_post_type = o.closing_balance_post_type = UNSET
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
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                v = g("grouping")
                if v is None:
                    o.grouping = u
                    if "grouping" not in d:
                        m += 1
                else:
                    o.grouping = v
                v = g("openingBalance")
                if v is None:
                    o.opening_balance = u
                    if "openingBalance" not in d:
                        m += 1
                else:
                    o.opening_balance = v
                v = g("closingBalance")
                if v is None:
                    o.closing_balance = u
                    if "closingBalance" not in d:
                        m += 1
                else:
                    o.closing_balance = v
                v = g("openingBalanceTaxValue")
                if v is None:
                    o.opening_balance_tax_value = u
                    if "openingBalanceTaxValue" not in d:
                        m += 1
                else:
                    o.opening_balance_tax_value = v
                v = g("closingBalanceTaxValue")
                if v is None:
                    o.closing_balance_tax_value = u
                    if "closingBalanceTaxValue" not in d:
                        m += 1
                else:
                    o.closing_balance_tax_value = v
                k = "openingBalancePostType"
                v = g("openingBalancePostType")
                if v is None:
                    o.opening_balance_post_type = u
                    if "openingBalancePostType" not in d:
                        m += 1
                else:
                    o.opening_balance_post_type = (
                        e_
                        if (e_ := _e_opening_balance_post_type.get(v)) is not None
                        else enum_value(InventoriesDetailsOpeningBalancePostType, v)
                    )
                k = "closingBalancePostType"
                v = g("closingBalancePostType")
                if v is None:
                    o.closing_balance_post_type = u
                    if "closingBalancePostType" not in d:
                        m += 1
                else:
                    o.closing_balance_post_type = (
                        e_
                        if (e_ := _e_closing_balance_post_type.get(v)) is not None
                        else enum_value(InventoriesDetailsClosingBalancePostType, v)
                    )
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
            ("year_end_report", "yearEndReport"),
            ("name", "name"),
            ("grouping", "grouping"),
            ("opening_balance", "openingBalance"),
            ("closing_balance", "closingBalance"),
            ("opening_balance_tax_value", "openingBalanceTaxValue"),
            ("closing_balance_tax_value", "closingBalanceTaxValue"),
            ("opening_balance_post_type", "openingBalancePostType"),
            ("closing_balance_post_type", "closingBalancePostType"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.year_end_report
            o.year_end_report = u if v is None or v is u else YearEndReport._tx_parse(v)
            v = s.name
            o.name = u if v is None else v
            v = s.grouping
            o.grouping = u if v is None else v
            v = s.opening_balance
            o.opening_balance = u if v is None else v
            v = s.closing_balance
            o.closing_balance = u if v is None else v
            v = s.opening_balance_tax_value
            o.opening_balance_tax_value = u if v is None else v
            v = s.closing_balance_tax_value
            o.closing_balance_tax_value = u if v is None else v
            v = s.opening_balance_post_type
            o.opening_balance_post_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_opening_balance_post_type.get(v)) is not None
                else enum_value(InventoriesDetailsOpeningBalancePostType, v)
            )
            v = s.closing_balance_post_type
            o.closing_balance_post_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_closing_balance_post_type.get(v)) is not None
                else enum_value(InventoriesDetailsClosingBalancePostType, v)
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
