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
    from ..models.inventories_details import InventoriesDetails
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="InventoriesOverview")


@_attrs_define
class InventoriesOverview(Model):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        inventories (list[InventoriesDetails] | Unset):
        total_opening_balance (float | Unset):
        total_closing_balance (float | Unset):
        total_opening_balance_tax_value (float | Unset):
        total_closing_balance_tax_value (float | Unset):
        opening_balance_differences (float | Unset):
        closing_balance_differences (float | Unset):
        changes (float | Unset):
    """

    year_end_report: YearEndReport | Unset = UNSET
    inventories: list[InventoriesDetails] | Unset = UNSET
    total_opening_balance: float | Unset = UNSET
    total_closing_balance: float | Unset = UNSET
    total_opening_balance_tax_value: float | Unset = UNSET
    total_closing_balance_tax_value: float | Unset = UNSET
    opening_balance_differences: float | Unset = UNSET
    closing_balance_differences: float | Unset = UNSET
    changes: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.year_end_report
        if _v is not UNSET:
            field_dict["yearEndReport"] = _v.to_dict()
        _v = self.inventories
        if _v is not UNSET:
            field_dict["inventories"] = [_e.to_dict() for _e in _v]
        _v = self.total_opening_balance
        if _v is not UNSET and not _in_request:
            field_dict["totalOpeningBalance"] = _v
        _v = self.total_closing_balance
        if _v is not UNSET and not _in_request:
            field_dict["totalClosingBalance"] = _v
        _v = self.total_opening_balance_tax_value
        if _v is not UNSET and not _in_request:
            field_dict["totalOpeningBalanceTaxValue"] = _v
        _v = self.total_closing_balance_tax_value
        if _v is not UNSET and not _in_request:
            field_dict["totalClosingBalanceTaxValue"] = _v
        _v = self.opening_balance_differences
        if _v is not UNSET and not _in_request:
            field_dict["openingBalanceDifferences"] = _v
        _v = self.closing_balance_differences
        if _v is not UNSET and not _in_request:
            field_dict["closingBalanceDifferences"] = _v
        _v = self.changes
        if _v is not UNSET and not _in_request:
            field_dict["changes"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A InventoriesOverview from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``InventoriesOverview.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.inventories_details import InventoriesDetails  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "inventories",
                "totalOpeningBalance",
                "totalClosingBalance",
                "totalOpeningBalanceTaxValue",
                "totalClosingBalanceTaxValue",
                "openingBalanceDifferences",
                "closingBalanceDifferences",
                "changes",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "totalOpeningBalance": "total_opening_balance",
            "totalClosingBalance": "total_closing_balance",
            "totalOpeningBalanceTaxValue": "total_opening_balance_tax_value",
            "totalClosingBalanceTaxValue": "total_closing_balance_tax_value",
            "openingBalanceDifferences": "opening_balance_differences",
            "closingBalanceDifferences": "closing_balance_differences",
            "changes": "changes",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.year_end_report = o.inventories = o.total_opening_balance = o.total_closing_balance = (
                        o.total_opening_balance_tax_value
                    ) = o.total_closing_balance_tax_value = o.opening_balance_differences = (
                        o.closing_balance_differences
                    ) = o.changes = UNSET
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
                k = "inventories"
                v = g("inventories")
                if v is None:
                    o.inventories = u
                    if "inventories" not in d:
                        m += 1
                else:
                    o.inventories = (
                        ([InventoriesDetails._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("totalOpeningBalance")
                if v is None:
                    o.total_opening_balance = u
                    if "totalOpeningBalance" not in d:
                        m += 1
                else:
                    o.total_opening_balance = v
                v = g("totalClosingBalance")
                if v is None:
                    o.total_closing_balance = u
                    if "totalClosingBalance" not in d:
                        m += 1
                else:
                    o.total_closing_balance = v
                v = g("totalOpeningBalanceTaxValue")
                if v is None:
                    o.total_opening_balance_tax_value = u
                    if "totalOpeningBalanceTaxValue" not in d:
                        m += 1
                else:
                    o.total_opening_balance_tax_value = v
                v = g("totalClosingBalanceTaxValue")
                if v is None:
                    o.total_closing_balance_tax_value = u
                    if "totalClosingBalanceTaxValue" not in d:
                        m += 1
                else:
                    o.total_closing_balance_tax_value = v
                v = g("openingBalanceDifferences")
                if v is None:
                    o.opening_balance_differences = u
                    if "openingBalanceDifferences" not in d:
                        m += 1
                else:
                    o.opening_balance_differences = v
                v = g("closingBalanceDifferences")
                if v is None:
                    o.closing_balance_differences = u
                    if "closingBalanceDifferences" not in d:
                        m += 1
                else:
                    o.closing_balance_differences = v
                v = g("changes")
                if v is None:
                    o.changes = u
                    if "changes" not in d:
                        m += 1
                else:
                    o.changes = v
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
            ("inventories", "inventories"),
            ("total_opening_balance", "totalOpeningBalance"),
            ("total_closing_balance", "totalClosingBalance"),
            ("total_opening_balance_tax_value", "totalOpeningBalanceTaxValue"),
            ("total_closing_balance_tax_value", "totalClosingBalanceTaxValue"),
            ("opening_balance_differences", "openingBalanceDifferences"),
            ("closing_balance_differences", "closingBalanceDifferences"),
            ("changes", "changes"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.year_end_report
            o.year_end_report = u if v is None or v is u else YearEndReport._tx_parse(v)
            v = s.inventories
            o.inventories = (
                u
                if v is None or v is u
                else ([InventoriesDetails._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.total_opening_balance
            o.total_opening_balance = u if v is None else v
            v = s.total_closing_balance
            o.total_closing_balance = u if v is None else v
            v = s.total_opening_balance_tax_value
            o.total_opening_balance_tax_value = u if v is None else v
            v = s.total_closing_balance_tax_value
            o.total_closing_balance_tax_value = u if v is None else v
            v = s.opening_balance_differences
            o.opening_balance_differences = u if v is None else v
            v = s.closing_balance_differences
            o.closing_balance_differences = u if v is None else v
            v = s.changes
            o.changes = u if v is None else v
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
