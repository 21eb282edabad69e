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
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="TemporaryDifferences")


@_attrs_define
class TemporaryDifferences(Model):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        name (str | Unset):
        grouping (str | Unset):
        object_identifier (str | Unset):
        negate (bool | Unset):
        read_only (bool | Unset):
        source (str | Unset):
        type_ (str | Unset):
        opening_balance_account_value (float | Unset):
        opening_balance_tax_value (float | Unset):
        opening_balance_differences (float | Unset):
        closing_balance_account_value (float | Unset):
        closing_balance_tax_value (float | Unset):
        closing_balance_differences (float | Unset):
        changes (float | Unset):
        show_accounting (bool | Unset):
        show_tax (bool | Unset):
        profit_transfered_to_profit_and_loss_account (float | Unset):
        loss_transfered_to_profit_and_loss_account (float | Unset):
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
        _v = self.object_identifier
        if _v is not UNSET and not _in_request:
            field_dict["objectIdentifier"] = _v
        _v = self.negate
        if _v is not UNSET and not _in_request:
            field_dict["negate"] = _v
        _v = self.read_only
        if _v is not UNSET and not _in_request:
            field_dict["readOnly"] = _v
        _v = self.source
        if _v is not UNSET and not _in_request:
            field_dict["source"] = _v
        _v = self.type_
        if _v is not UNSET and not _in_request:
            field_dict["type"] = _v
        _v = self.opening_balance_account_value
        if _v is not UNSET and not _in_request:
            field_dict["openingBalanceAccountValue"] = _v
        _v = self.opening_balance_tax_value
        if _v is not UNSET and not _in_request:
            field_dict["openingBalanceTaxValue"] = _v
        _v = self.opening_balance_differences
        if _v is not UNSET and not _in_request:
            field_dict["openingBalanceDifferences"] = _v
        _v = self.closing_balance_account_value
        if _v is not UNSET and not _in_request:
            field_dict["closingBalanceAccountValue"] = _v
        _v = self.closing_balance_tax_value
        if _v is not UNSET and not _in_request:
            field_dict["closingBalanceTaxValue"] = _v
        _v = self.closing_balance_differences
        if _v is not UNSET and not _in_request:
            field_dict["closingBalanceDifferences"] = _v
        _v = self.changes
        if _v is not UNSET and not _in_request:
            field_dict["changes"] = _v
        _v = self.show_accounting
        if _v is not UNSET and not _in_request:
            field_dict["showAccounting"] = _v
        _v = self.show_tax
        if _v is not UNSET and not _in_request:
            field_dict["showTax"] = _v
        _v = self.profit_transfered_to_profit_and_loss_account
        if _v is not UNSET and not _in_request:
            field_dict["profitTransferedToProfitAndLossAccount"] = _v
        _v = self.loss_transfered_to_profit_and_loss_account
        if _v is not UNSET and not _in_request:
            field_dict["lossTransferedToProfitAndLossAccount"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TemporaryDifferences from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TemporaryDifferences.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "name": "name",
            "grouping": "grouping",
            "objectIdentifier": "object_identifier",
            "negate": "negate",
            "readOnly": "read_only",
            "source": "source",
            "type": "type_",
            "openingBalanceAccountValue": "opening_balance_account_value",
            "openingBalanceTaxValue": "opening_balance_tax_value",
            "openingBalanceDifferences": "opening_balance_differences",
            "closingBalanceAccountValue": "closing_balance_account_value",
            "closingBalanceTaxValue": "closing_balance_tax_value",
            "closingBalanceDifferences": "closing_balance_differences",
            "changes": "changes",
            "showAccounting": "show_accounting",
            "showTax": "show_tax",
            "profitTransferedToProfitAndLossAccount": "profit_transfered_to_profit_and_loss_account",
            "lossTransferedToProfitAndLossAccount": "loss_transfered_to_profit_and_loss_account",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 6 and _sparse_keys.issuperset(d):
                    o.year_end_report = o.name = o.grouping = o.object_identifier = o.negate = o.read_only = (
                        o.source
                    ) = o.type_ = o.opening_balance_account_value = o.opening_balance_tax_value = (
                        o.opening_balance_differences
                    ) = o.closing_balance_account_value = o.closing_balance_tax_value = (
                        o.closing_balance_differences
                    ) = o.changes = o.show_accounting = o.show_tax = o.profit_transfered_to_profit_and_loss_account = (
                        o.loss_transfered_to_profit_and_loss_account
                    ) = UNSET
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
                v = g("objectIdentifier")
                if v is None:
                    o.object_identifier = u
                    if "objectIdentifier" not in d:
                        m += 1
                else:
                    o.object_identifier = v
                v = g("negate")
                if v is None:
                    o.negate = u
                    if "negate" not in d:
                        m += 1
                else:
                    o.negate = v
                v = g("readOnly")
                if v is None:
                    o.read_only = u
                    if "readOnly" not in d:
                        m += 1
                else:
                    o.read_only = v
                v = g("source")
                if v is None:
                    o.source = u
                    if "source" not in d:
                        m += 1
                else:
                    o.source = v
                v = g("type")
                if v is None:
                    o.type_ = u
                    if "type" not in d:
                        m += 1
                else:
                    o.type_ = v
                v = g("openingBalanceAccountValue")
                if v is None:
                    o.opening_balance_account_value = u
                    if "openingBalanceAccountValue" not in d:
                        m += 1
                else:
                    o.opening_balance_account_value = v
                v = g("openingBalanceTaxValue")
                if v is None:
                    o.opening_balance_tax_value = u
                    if "openingBalanceTaxValue" not in d:
                        m += 1
                else:
                    o.opening_balance_tax_value = v
                v = g("openingBalanceDifferences")
                if v is None:
                    o.opening_balance_differences = u
                    if "openingBalanceDifferences" not in d:
                        m += 1
                else:
                    o.opening_balance_differences = v
                v = g("closingBalanceAccountValue")
                if v is None:
                    o.closing_balance_account_value = u
                    if "closingBalanceAccountValue" not in d:
                        m += 1
                else:
                    o.closing_balance_account_value = v
                v = g("closingBalanceTaxValue")
                if v is None:
                    o.closing_balance_tax_value = u
                    if "closingBalanceTaxValue" not in d:
                        m += 1
                else:
                    o.closing_balance_tax_value = v
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
                v = g("showAccounting")
                if v is None:
                    o.show_accounting = u
                    if "showAccounting" not in d:
                        m += 1
                else:
                    o.show_accounting = v
                v = g("showTax")
                if v is None:
                    o.show_tax = u
                    if "showTax" not in d:
                        m += 1
                else:
                    o.show_tax = v
                v = g("profitTransferedToProfitAndLossAccount")
                if v is None:
                    o.profit_transfered_to_profit_and_loss_account = u
                    if "profitTransferedToProfitAndLossAccount" not in d:
                        m += 1
                else:
                    o.profit_transfered_to_profit_and_loss_account = v
                v = g("lossTransferedToProfitAndLossAccount")
                if v is None:
                    o.loss_transfered_to_profit_and_loss_account = u
                    if "lossTransferedToProfitAndLossAccount" not in d:
                        m += 1
                else:
                    o.loss_transfered_to_profit_and_loss_account = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 19 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("object_identifier", "objectIdentifier"),
            ("negate", "negate"),
            ("read_only", "readOnly"),
            ("source", "source"),
            ("type_", "type"),
            ("opening_balance_account_value", "openingBalanceAccountValue"),
            ("opening_balance_tax_value", "openingBalanceTaxValue"),
            ("opening_balance_differences", "openingBalanceDifferences"),
            ("closing_balance_account_value", "closingBalanceAccountValue"),
            ("closing_balance_tax_value", "closingBalanceTaxValue"),
            ("closing_balance_differences", "closingBalanceDifferences"),
            ("changes", "changes"),
            ("show_accounting", "showAccounting"),
            ("show_tax", "showTax"),
            ("profit_transfered_to_profit_and_loss_account", "profitTransferedToProfitAndLossAccount"),
            ("loss_transfered_to_profit_and_loss_account", "lossTransferedToProfitAndLossAccount"),
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
            v = s.object_identifier
            o.object_identifier = u if v is None else v
            v = s.negate
            o.negate = u if v is None else v
            v = s.read_only
            o.read_only = u if v is None else v
            v = s.source
            o.source = u if v is None else v
            v = s.type_
            o.type_ = u if v is None else v
            v = s.opening_balance_account_value
            o.opening_balance_account_value = u if v is None else v
            v = s.opening_balance_tax_value
            o.opening_balance_tax_value = u if v is None else v
            v = s.opening_balance_differences
            o.opening_balance_differences = u if v is None else v
            v = s.closing_balance_account_value
            o.closing_balance_account_value = u if v is None else v
            v = s.closing_balance_tax_value
            o.closing_balance_tax_value = u if v is None else v
            v = s.closing_balance_differences
            o.closing_balance_differences = u if v is None else v
            v = s.changes
            o.changes = u if v is None else v
            v = s.show_accounting
            o.show_accounting = u if v is None else v
            v = s.show_tax
            o.show_tax = u if v is None else v
            v = s.profit_transfered_to_profit_and_loss_account
            o.profit_transfered_to_profit_and_loss_account = u if v is None else v
            v = s.loss_transfered_to_profit_and_loss_account
            o.loss_transfered_to_profit_and_loss_account = u if v is None else v
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
