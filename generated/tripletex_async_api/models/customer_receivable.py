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
    from ..models.generic_data_overview import GenericDataOverview
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="CustomerReceivable")


@_attrs_define
class CustomerReceivable(Model):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        opening_balance_receivable_and_non_invoiced_revenue (float | Unset):
        closing_balance_receivable_and_non_invoiced_revenue (float | Unset):
        opening_balance_ascertained_loss (float | Unset):
        closing_balance_ascertained_loss (float | Unset):
        opening_balance_write_down (float | Unset):
        closing_balance_write_down (float | Unset):
        sum_tax_value (float | Unset):
        amount_to_be_posted_on_account (float | Unset):
        accounted_value (float | Unset):
        opening_balance_differences (float | Unset):
        closing_balance_differences (float | Unset):
        changes (float | Unset):
        opening_balance_accounting_values (float | Unset):
        closing_balance_accounting_values (float | Unset):
        generic_data_overviews (list[GenericDataOverview] | Unset):
    """

    year_end_report: YearEndReport | Unset = UNSET
    opening_balance_receivable_and_non_invoiced_revenue: float | Unset = UNSET
    closing_balance_receivable_and_non_invoiced_revenue: float | Unset = UNSET
    opening_balance_ascertained_loss: float | Unset = UNSET
    closing_balance_ascertained_loss: float | Unset = UNSET
    opening_balance_write_down: float | Unset = UNSET
    closing_balance_write_down: float | Unset = UNSET
    sum_tax_value: float | Unset = UNSET
    amount_to_be_posted_on_account: float | Unset = UNSET
    accounted_value: float | Unset = UNSET
    opening_balance_differences: float | Unset = UNSET
    closing_balance_differences: float | Unset = UNSET
    changes: float | Unset = UNSET
    opening_balance_accounting_values: float | Unset = UNSET
    closing_balance_accounting_values: float | Unset = UNSET
    generic_data_overviews: list[GenericDataOverview] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.year_end_report
        if _v is not UNSET:
            field_dict["yearEndReport"] = _v.to_dict()
        _v = self.opening_balance_receivable_and_non_invoiced_revenue
        if _v is not UNSET and not _in_request:
            field_dict["openingBalanceReceivableAndNonInvoicedRevenue"] = _v
        _v = self.closing_balance_receivable_and_non_invoiced_revenue
        if _v is not UNSET and not _in_request:
            field_dict["closingBalanceReceivableAndNonInvoicedRevenue"] = _v
        _v = self.opening_balance_ascertained_loss
        if _v is not UNSET and not _in_request:
            field_dict["openingBalanceAscertainedLoss"] = _v
        _v = self.closing_balance_ascertained_loss
        if _v is not UNSET and not _in_request:
            field_dict["closingBalanceAscertainedLoss"] = _v
        _v = self.opening_balance_write_down
        if _v is not UNSET and not _in_request:
            field_dict["openingBalanceWriteDown"] = _v
        _v = self.closing_balance_write_down
        if _v is not UNSET and not _in_request:
            field_dict["closingBalanceWriteDown"] = _v
        _v = self.sum_tax_value
        if _v is not UNSET and not _in_request:
            field_dict["sumTaxValue"] = _v
        _v = self.amount_to_be_posted_on_account
        if _v is not UNSET and not _in_request:
            field_dict["amountToBePostedOnAccount"] = _v
        _v = self.accounted_value
        if _v is not UNSET and not _in_request:
            field_dict["accountedValue"] = _v
        _v = self.opening_balance_differences
        if _v is not UNSET and not _in_request:
            field_dict["openingBalanceDifferences"] = _v
        _v = self.closing_balance_differences
        if _v is not UNSET and not _in_request:
            field_dict["closingBalanceDifferences"] = _v
        _v = self.changes
        if _v is not UNSET and not _in_request:
            field_dict["changes"] = _v
        _v = self.opening_balance_accounting_values
        if _v is not UNSET and not _in_request:
            field_dict["openingBalanceAccountingValues"] = _v
        _v = self.closing_balance_accounting_values
        if _v is not UNSET and not _in_request:
            field_dict["closingBalanceAccountingValues"] = _v
        _v = self.generic_data_overviews
        if _v is not UNSET:
            field_dict["genericDataOverviews"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CustomerReceivable from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``CustomerReceivable.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.generic_data_overview import GenericDataOverview  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "openingBalanceReceivableAndNonInvoicedRevenue",
                "closingBalanceReceivableAndNonInvoicedRevenue",
                "openingBalanceAscertainedLoss",
                "closingBalanceAscertainedLoss",
                "openingBalanceWriteDown",
                "closingBalanceWriteDown",
                "sumTaxValue",
                "amountToBePostedOnAccount",
                "accountedValue",
                "openingBalanceDifferences",
                "closingBalanceDifferences",
                "changes",
                "openingBalanceAccountingValues",
                "closingBalanceAccountingValues",
                "genericDataOverviews",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "openingBalanceReceivableAndNonInvoicedRevenue": "opening_balance_receivable_and_non_invoiced_revenue",
            "closingBalanceReceivableAndNonInvoicedRevenue": "closing_balance_receivable_and_non_invoiced_revenue",
            "openingBalanceAscertainedLoss": "opening_balance_ascertained_loss",
            "closingBalanceAscertainedLoss": "closing_balance_ascertained_loss",
            "openingBalanceWriteDown": "opening_balance_write_down",
            "closingBalanceWriteDown": "closing_balance_write_down",
            "sumTaxValue": "sum_tax_value",
            "amountToBePostedOnAccount": "amount_to_be_posted_on_account",
            "accountedValue": "accounted_value",
            "openingBalanceDifferences": "opening_balance_differences",
            "closingBalanceDifferences": "closing_balance_differences",
            "changes": "changes",
            "openingBalanceAccountingValues": "opening_balance_accounting_values",
            "closingBalanceAccountingValues": "closing_balance_accounting_values",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 5 and _sparse_keys.issuperset(d):
                    o.year_end_report = o.opening_balance_receivable_and_non_invoiced_revenue = (
                        o.closing_balance_receivable_and_non_invoiced_revenue
                    ) = o.opening_balance_ascertained_loss = o.closing_balance_ascertained_loss = (
                        o.opening_balance_write_down
                    ) = o.closing_balance_write_down = o.sum_tax_value = o.amount_to_be_posted_on_account = (
                        o.accounted_value
                    ) = o.opening_balance_differences = o.closing_balance_differences = o.changes = (
                        o.opening_balance_accounting_values
                    ) = o.closing_balance_accounting_values = o.generic_data_overviews = UNSET
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
                v = g("openingBalanceReceivableAndNonInvoicedRevenue")
                if v is None:
                    o.opening_balance_receivable_and_non_invoiced_revenue = u
                    if "openingBalanceReceivableAndNonInvoicedRevenue" not in d:
                        m += 1
                else:
                    o.opening_balance_receivable_and_non_invoiced_revenue = v
                v = g("closingBalanceReceivableAndNonInvoicedRevenue")
                if v is None:
                    o.closing_balance_receivable_and_non_invoiced_revenue = u
                    if "closingBalanceReceivableAndNonInvoicedRevenue" not in d:
                        m += 1
                else:
                    o.closing_balance_receivable_and_non_invoiced_revenue = v
                v = g("openingBalanceAscertainedLoss")
                if v is None:
                    o.opening_balance_ascertained_loss = u
                    if "openingBalanceAscertainedLoss" not in d:
                        m += 1
                else:
                    o.opening_balance_ascertained_loss = v
                v = g("closingBalanceAscertainedLoss")
                if v is None:
                    o.closing_balance_ascertained_loss = u
                    if "closingBalanceAscertainedLoss" not in d:
                        m += 1
                else:
                    o.closing_balance_ascertained_loss = v
                v = g("openingBalanceWriteDown")
                if v is None:
                    o.opening_balance_write_down = u
                    if "openingBalanceWriteDown" not in d:
                        m += 1
                else:
                    o.opening_balance_write_down = v
                v = g("closingBalanceWriteDown")
                if v is None:
                    o.closing_balance_write_down = u
                    if "closingBalanceWriteDown" not in d:
                        m += 1
                else:
                    o.closing_balance_write_down = v
                v = g("sumTaxValue")
                if v is None:
                    o.sum_tax_value = u
                    if "sumTaxValue" not in d:
                        m += 1
                else:
                    o.sum_tax_value = v
                v = g("amountToBePostedOnAccount")
                if v is None:
                    o.amount_to_be_posted_on_account = u
                    if "amountToBePostedOnAccount" not in d:
                        m += 1
                else:
                    o.amount_to_be_posted_on_account = v
                v = g("accountedValue")
                if v is None:
                    o.accounted_value = u
                    if "accountedValue" not in d:
                        m += 1
                else:
                    o.accounted_value = v
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
                v = g("openingBalanceAccountingValues")
                if v is None:
                    o.opening_balance_accounting_values = u
                    if "openingBalanceAccountingValues" not in d:
                        m += 1
                else:
                    o.opening_balance_accounting_values = v
                v = g("closingBalanceAccountingValues")
                if v is None:
                    o.closing_balance_accounting_values = u
                    if "closingBalanceAccountingValues" not in d:
                        m += 1
                else:
                    o.closing_balance_accounting_values = v
                k = "genericDataOverviews"
                v = g("genericDataOverviews")
                if v is None:
                    o.generic_data_overviews = u
                    if "genericDataOverviews" not in d:
                        m += 1
                else:
                    o.generic_data_overviews = (
                        ([GenericDataOverview._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 16 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("year_end_report", "yearEndReport"),
            ("opening_balance_receivable_and_non_invoiced_revenue", "openingBalanceReceivableAndNonInvoicedRevenue"),
            ("closing_balance_receivable_and_non_invoiced_revenue", "closingBalanceReceivableAndNonInvoicedRevenue"),
            ("opening_balance_ascertained_loss", "openingBalanceAscertainedLoss"),
            ("closing_balance_ascertained_loss", "closingBalanceAscertainedLoss"),
            ("opening_balance_write_down", "openingBalanceWriteDown"),
            ("closing_balance_write_down", "closingBalanceWriteDown"),
            ("sum_tax_value", "sumTaxValue"),
            ("amount_to_be_posted_on_account", "amountToBePostedOnAccount"),
            ("accounted_value", "accountedValue"),
            ("opening_balance_differences", "openingBalanceDifferences"),
            ("closing_balance_differences", "closingBalanceDifferences"),
            ("changes", "changes"),
            ("opening_balance_accounting_values", "openingBalanceAccountingValues"),
            ("closing_balance_accounting_values", "closingBalanceAccountingValues"),
            ("generic_data_overviews", "genericDataOverviews"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.year_end_report
            o.year_end_report = u if v is None or v is u else YearEndReport._tx_parse(v)
            v = s.opening_balance_receivable_and_non_invoiced_revenue
            o.opening_balance_receivable_and_non_invoiced_revenue = u if v is None else v
            v = s.closing_balance_receivable_and_non_invoiced_revenue
            o.closing_balance_receivable_and_non_invoiced_revenue = u if v is None else v
            v = s.opening_balance_ascertained_loss
            o.opening_balance_ascertained_loss = u if v is None else v
            v = s.closing_balance_ascertained_loss
            o.closing_balance_ascertained_loss = u if v is None else v
            v = s.opening_balance_write_down
            o.opening_balance_write_down = u if v is None else v
            v = s.closing_balance_write_down
            o.closing_balance_write_down = u if v is None else v
            v = s.sum_tax_value
            o.sum_tax_value = u if v is None else v
            v = s.amount_to_be_posted_on_account
            o.amount_to_be_posted_on_account = u if v is None else v
            v = s.accounted_value
            o.accounted_value = u if v is None else v
            v = s.opening_balance_differences
            o.opening_balance_differences = u if v is None else v
            v = s.closing_balance_differences
            o.closing_balance_differences = u if v is None else v
            v = s.changes
            o.changes = u if v is None else v
            v = s.opening_balance_accounting_values
            o.opening_balance_accounting_values = u if v is None else v
            v = s.closing_balance_accounting_values
            o.closing_balance_accounting_values = u if v is None else v
            v = s.generic_data_overviews
            o.generic_data_overviews = (
                u
                if v is None or v is u
                else ([GenericDataOverview._tx_parse(e) for e in v if e is not None] if v else [])
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
