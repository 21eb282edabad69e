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
    from ..models.budget_item import BudgetItem
    from ..models.budget_summary import BudgetSummary


T = TypeVar("T", bound="Budget")


@_attrs_define
class Budget(Model):
    """
    Attributes:
        show_income (bool | Unset): Indicates if income should be shown in the budget
        budget_items (list[BudgetItem] | Unset):
        no_budget_item (BudgetItem | Unset): Budget item representing the 'No Budget' category
        summary (BudgetSummary | Unset): Summary row for the budget
        currency_code (str | Unset): Currency code for the budget amounts
    """

    show_income: bool | Unset = UNSET
    budget_items: list[BudgetItem] | Unset = UNSET
    no_budget_item: BudgetItem | Unset = UNSET
    summary: BudgetSummary | Unset = UNSET
    currency_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.show_income
        if _v is not UNSET and not _in_request:
            field_dict["showIncome"] = _v
        _v = self.budget_items
        if _v is not UNSET and not _in_request:
            field_dict["budgetItems"] = [_e.to_dict() for _e in _v]
        _v = self.no_budget_item
        if _v is not UNSET:
            field_dict["noBudgetItem"] = _v.to_dict()
        _v = self.summary
        if _v is not UNSET:
            field_dict["summary"] = _v.to_dict()
        _v = self.currency_code
        if _v is not UNSET and not _in_request:
            field_dict["currencyCode"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Budget from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``Budget.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.budget_item import BudgetItem  # noqa: PLC0415
        from ..models.budget_summary import BudgetSummary  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "showIncome",
                "budgetItems",
                "noBudgetItem",
                "summary",
                "currencyCode",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("showIncome")
                if v is None:
                    o.show_income = u
                    if "showIncome" not in d:
                        m += 1
                else:
                    o.show_income = v
                k = "budgetItems"
                v = g("budgetItems")
                if v is None:
                    o.budget_items = u
                    if "budgetItems" not in d:
                        m += 1
                else:
                    o.budget_items = (
                        ([BudgetItem._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "noBudgetItem"
                v = g("noBudgetItem")
                if v is None:
                    o.no_budget_item = u
                    if "noBudgetItem" not in d:
                        m += 1
                else:
                    o.no_budget_item = BudgetItem._tx_parse(v)
                k = "summary"
                v = g("summary")
                if v is None:
                    o.summary = u
                    if "summary" not in d:
                        m += 1
                else:
                    o.summary = BudgetSummary._tx_parse(v)
                v = g("currencyCode")
                if v is None:
                    o.currency_code = u
                    if "currencyCode" not in d:
                        m += 1
                else:
                    o.currency_code = v
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
            ("show_income", "showIncome"),
            ("budget_items", "budgetItems"),
            ("no_budget_item", "noBudgetItem"),
            ("summary", "summary"),
            ("currency_code", "currencyCode"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.show_income
            o.show_income = u if v is None else v
            v = s.budget_items
            o.budget_items = (
                u
                if v is None or v is u
                else ([BudgetItem._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.no_budget_item
            o.no_budget_item = u if v is None or v is u else BudgetItem._tx_parse(v)
            v = s.summary
            o.summary = u if v is None or v is u else BudgetSummary._tx_parse(v)
            v = s.currency_code
            o.currency_code = u if v is None else v
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
