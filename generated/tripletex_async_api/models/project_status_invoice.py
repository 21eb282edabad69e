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
    from ..models.project_invoice import ProjectInvoice


T = TypeVar("T", bound="ProjectStatusInvoice")


@_attrs_define
class ProjectStatusInvoice(Model):
    """
    Attributes:
        invoices (list[ProjectInvoice] | Unset): Charged invoices for project
        total_invoiced_akonto_amount_absolute_currency (float | Unset):
        total_invoiced_fee_absolute_currency (float | Unset):
        invoiced_amount_expenses_currency (float | Unset):
        invoiced_amount_ex_vat_currency (float | Unset):
    """

    invoices: list[ProjectInvoice] | Unset = UNSET
    total_invoiced_akonto_amount_absolute_currency: float | Unset = UNSET
    total_invoiced_fee_absolute_currency: float | Unset = UNSET
    invoiced_amount_expenses_currency: float | Unset = UNSET
    invoiced_amount_ex_vat_currency: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.invoices
        if _v is not UNSET and not _in_request:
            field_dict["invoices"] = [_e.to_dict() for _e in _v]
        _v = self.total_invoiced_akonto_amount_absolute_currency
        if _v is not UNSET and not _in_request:
            field_dict["totalInvoicedAkontoAmountAbsoluteCurrency"] = _v
        _v = self.total_invoiced_fee_absolute_currency
        if _v is not UNSET and not _in_request:
            field_dict["totalInvoicedFeeAbsoluteCurrency"] = _v
        _v = self.invoiced_amount_expenses_currency
        if _v is not UNSET and not _in_request:
            field_dict["invoicedAmountExpensesCurrency"] = _v
        _v = self.invoiced_amount_ex_vat_currency
        if _v is not UNSET and not _in_request:
            field_dict["invoicedAmountExVatCurrency"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProjectStatusInvoice from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ProjectStatusInvoice.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.project_invoice import ProjectInvoice  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "invoices",
                "totalInvoicedAkontoAmountAbsoluteCurrency",
                "totalInvoicedFeeAbsoluteCurrency",
                "invoicedAmountExpensesCurrency",
                "invoicedAmountExVatCurrency",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "invoices"
                v = g("invoices")
                if v is None:
                    o.invoices = u
                    if "invoices" not in d:
                        m += 1
                else:
                    o.invoices = (
                        ([ProjectInvoice._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("totalInvoicedAkontoAmountAbsoluteCurrency")
                if v is None:
                    o.total_invoiced_akonto_amount_absolute_currency = u
                    if "totalInvoicedAkontoAmountAbsoluteCurrency" not in d:
                        m += 1
                else:
                    o.total_invoiced_akonto_amount_absolute_currency = v
                v = g("totalInvoicedFeeAbsoluteCurrency")
                if v is None:
                    o.total_invoiced_fee_absolute_currency = u
                    if "totalInvoicedFeeAbsoluteCurrency" not in d:
                        m += 1
                else:
                    o.total_invoiced_fee_absolute_currency = v
                v = g("invoicedAmountExpensesCurrency")
                if v is None:
                    o.invoiced_amount_expenses_currency = u
                    if "invoicedAmountExpensesCurrency" not in d:
                        m += 1
                else:
                    o.invoiced_amount_expenses_currency = v
                v = g("invoicedAmountExVatCurrency")
                if v is None:
                    o.invoiced_amount_ex_vat_currency = u
                    if "invoicedAmountExVatCurrency" not in d:
                        m += 1
                else:
                    o.invoiced_amount_ex_vat_currency = v
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
            ("invoices", "invoices"),
            ("total_invoiced_akonto_amount_absolute_currency", "totalInvoicedAkontoAmountAbsoluteCurrency"),
            ("total_invoiced_fee_absolute_currency", "totalInvoicedFeeAbsoluteCurrency"),
            ("invoiced_amount_expenses_currency", "invoicedAmountExpensesCurrency"),
            ("invoiced_amount_ex_vat_currency", "invoicedAmountExVatCurrency"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.invoices
            o.invoices = (
                u
                if v is None or v is u
                else ([ProjectInvoice._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.total_invoiced_akonto_amount_absolute_currency
            o.total_invoiced_akonto_amount_absolute_currency = u if v is None else v
            v = s.total_invoiced_fee_absolute_currency
            o.total_invoiced_fee_absolute_currency = u if v is None else v
            v = s.invoiced_amount_expenses_currency
            o.invoiced_amount_expenses_currency = u if v is None else v
            v = s.invoiced_amount_ex_vat_currency
            o.invoiced_amount_ex_vat_currency = u if v is None else v
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
