from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="TemporaryDifferences")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("yearEndReport", dict, False),)


@_attrs_define(on_setattr=mark_assigned)
class TemporaryDifferences(LazyModel):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        name (str | Unset): [read-only]
        grouping (str | Unset): [read-only]
        object_identifier (str | Unset): [read-only]
        negate (bool | Unset): [read-only]
        read_only (bool | Unset): [read-only]
        source (str | Unset): [read-only]
        type_ (str | Unset): [read-only]
        opening_balance_account_value (float | Unset): [read-only]
        opening_balance_tax_value (float | Unset): [read-only]
        opening_balance_differences (float | Unset): [read-only]
        closing_balance_account_value (float | Unset): [read-only]
        closing_balance_tax_value (float | Unset): [read-only]
        closing_balance_differences (float | Unset): [read-only]
        changes (float | Unset): [read-only]
        show_accounting (bool | Unset): [read-only]
        show_tax (bool | Unset): [read-only]
        profit_transfered_to_profit_and_loss_account (float | Unset): [read-only]
        loss_transfered_to_profit_and_loss_account (float | Unset): [read-only]
    """

    year_end_report: YearEndReport | Unset = UNSET
    name: str | Unset = UNSET
    grouping: str | Unset = UNSET
    object_identifier: str | Unset = UNSET
    negate: bool | Unset = UNSET
    read_only: bool | Unset = UNSET
    source: str | Unset = UNSET
    type_: str | Unset = UNSET
    opening_balance_account_value: float | Unset = UNSET
    opening_balance_tax_value: float | Unset = UNSET
    opening_balance_differences: float | Unset = UNSET
    closing_balance_account_value: float | Unset = UNSET
    closing_balance_tax_value: float | Unset = UNSET
    closing_balance_differences: float | Unset = UNSET
    changes: float | Unset = UNSET
    show_accounting: bool | Unset = UNSET
    show_tax: bool | Unset = UNSET
    profit_transfered_to_profit_and_loss_account: float | Unset = UNSET
    loss_transfered_to_profit_and_loss_account: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        year_end_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.year_end_report, Unset):
            year_end_report = self.year_end_report.to_dict()

        name = self.name

        grouping = self.grouping

        object_identifier = self.object_identifier

        negate = self.negate

        read_only = self.read_only

        source = self.source

        type_ = self.type_

        opening_balance_account_value = self.opening_balance_account_value

        opening_balance_tax_value = self.opening_balance_tax_value

        opening_balance_differences = self.opening_balance_differences

        closing_balance_account_value = self.closing_balance_account_value

        closing_balance_tax_value = self.closing_balance_tax_value

        closing_balance_differences = self.closing_balance_differences

        changes = self.changes

        show_accounting = self.show_accounting

        show_tax = self.show_tax

        profit_transfered_to_profit_and_loss_account = self.profit_transfered_to_profit_and_loss_account

        loss_transfered_to_profit_and_loss_account = self.loss_transfered_to_profit_and_loss_account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year_end_report is not UNSET:
            field_dict["yearEndReport"] = year_end_report
        if name is not UNSET and not _in_request:
            field_dict["name"] = name
        if grouping is not UNSET and not _in_request:
            field_dict["grouping"] = grouping
        if object_identifier is not UNSET and not _in_request:
            field_dict["objectIdentifier"] = object_identifier
        if negate is not UNSET and not _in_request:
            field_dict["negate"] = negate
        if read_only is not UNSET and not _in_request:
            field_dict["readOnly"] = read_only
        if source is not UNSET and not _in_request:
            field_dict["source"] = source
        if type_ is not UNSET and not _in_request:
            field_dict["type"] = type_
        if opening_balance_account_value is not UNSET and not _in_request:
            field_dict["openingBalanceAccountValue"] = opening_balance_account_value
        if opening_balance_tax_value is not UNSET and not _in_request:
            field_dict["openingBalanceTaxValue"] = opening_balance_tax_value
        if opening_balance_differences is not UNSET and not _in_request:
            field_dict["openingBalanceDifferences"] = opening_balance_differences
        if closing_balance_account_value is not UNSET and not _in_request:
            field_dict["closingBalanceAccountValue"] = closing_balance_account_value
        if closing_balance_tax_value is not UNSET and not _in_request:
            field_dict["closingBalanceTaxValue"] = closing_balance_tax_value
        if closing_balance_differences is not UNSET and not _in_request:
            field_dict["closingBalanceDifferences"] = closing_balance_differences
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if show_accounting is not UNSET and not _in_request:
            field_dict["showAccounting"] = show_accounting
        if show_tax is not UNSET and not _in_request:
            field_dict["showTax"] = show_tax
        if profit_transfered_to_profit_and_loss_account is not UNSET and not _in_request:
            field_dict["profitTransferedToProfitAndLossAccount"] = profit_transfered_to_profit_and_loss_account
        if loss_transfered_to_profit_and_loss_account is not UNSET and not _in_request:
            field_dict["lossTransferedToProfitAndLossAccount"] = loss_transfered_to_profit_and_loss_account

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TemporaryDifferences from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        def _p_year_end_report(_tx_v: Any) -> YearEndReport | Unset:
            _year_end_report = _tx_v
            year_end_report: YearEndReport | Unset
            if isinstance(_year_end_report, Unset):
                year_end_report = UNSET
            else:
                year_end_report = YearEndReport._tx_from_json(_year_end_report)

            return year_end_report

        _tx_known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "name",
                "grouping",
                "objectIdentifier",
                "negate",
                "readOnly",
                "source",
                "type",
                "openingBalanceAccountValue",
                "openingBalanceTaxValue",
                "openingBalanceDifferences",
                "closingBalanceAccountValue",
                "closingBalanceTaxValue",
                "closingBalanceDifferences",
                "changes",
                "showAccounting",
                "showTax",
                "profitTransferedToProfitAndLossAccount",
                "lossTransferedToProfitAndLossAccount",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "year_end_report": ("yearEndReport", _p_year_end_report),
            "name": ("name", None),
            "grouping": ("grouping", None),
            "object_identifier": ("objectIdentifier", None),
            "negate": ("negate", None),
            "read_only": ("readOnly", None),
            "source": ("source", None),
            "type_": ("type", None),
            "opening_balance_account_value": ("openingBalanceAccountValue", None),
            "opening_balance_tax_value": ("openingBalanceTaxValue", None),
            "opening_balance_differences": ("openingBalanceDifferences", None),
            "closing_balance_account_value": ("closingBalanceAccountValue", None),
            "closing_balance_tax_value": ("closingBalanceTaxValue", None),
            "closing_balance_differences": ("closingBalanceDifferences", None),
            "changes": ("changes", None),
            "show_accounting": ("showAccounting", None),
            "show_tax": ("showTax", None),
            "profit_transfered_to_profit_and_loss_account": ("profitTransferedToProfitAndLossAccount", None),
            "loss_transfered_to_profit_and_loss_account": ("lossTransferedToProfitAndLossAccount", None),
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
