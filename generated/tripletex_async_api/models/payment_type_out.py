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
    from ..models.account import Account
    from ..models.change import Change


T = TypeVar("T", bound="PaymentTypeOut")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("creditAccount", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class PaymentTypeOut(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        description (str | Unset):
        is_brutto_wage_deduction (bool | Unset): true if it should be a deduction from the wage. The module
            PROVISIONSALARY is required to both view and change this setting
        credit_account (Account | Unset):
        show_incoming_invoice (bool | Unset): true if the payment type should be available in supplier invoices
        show_wage_payment (bool | Unset): true if the payment type should be available in wage payments. The wage module
            is required to both view and change this setting
        show_vat_returns (bool | Unset): true if the payment type should be available in vat returns
        show_wage_period_transaction (bool | Unset): true if the payment type should be available in period
            transactionsThe wage module is required to both view and change this setting
        requires_separate_voucher (bool | Unset): true if a separate voucher is required
        sequence (int | Unset): determines in which order the types should be listed. No 1 is listed first
        is_inactive (bool | Unset): true if the payment type should be hidden from available payment types
        display_name (str | Unset): Value of a Dropdown Type used in the payment type dropdown
        currency_id (int | Unset): currency Id
        currency_code (str | Unset): currency code
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    description: str | Unset = UNSET
    is_brutto_wage_deduction: bool | Unset = UNSET
    credit_account: Account | Unset = UNSET
    show_incoming_invoice: bool | Unset = UNSET
    show_wage_payment: bool | Unset = UNSET
    show_vat_returns: bool | Unset = UNSET
    show_wage_period_transaction: bool | Unset = UNSET
    requires_separate_voucher: bool | Unset = UNSET
    sequence: int | Unset = UNSET
    is_inactive: bool | Unset = UNSET
    display_name: str | Unset = UNSET
    currency_id: int | Unset = UNSET
    currency_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        version = self.version

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        url = self.url

        description = self.description

        is_brutto_wage_deduction = self.is_brutto_wage_deduction

        credit_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_account, Unset):
            credit_account = self.credit_account.to_dict()

        show_incoming_invoice = self.show_incoming_invoice

        show_wage_payment = self.show_wage_payment

        show_vat_returns = self.show_vat_returns

        show_wage_period_transaction = self.show_wage_period_transaction

        requires_separate_voucher = self.requires_separate_voucher

        sequence = self.sequence

        is_inactive = self.is_inactive

        display_name = self.display_name

        currency_id = self.currency_id

        currency_code = self.currency_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if description is not UNSET:
            field_dict["description"] = description
        if is_brutto_wage_deduction is not UNSET:
            field_dict["isBruttoWageDeduction"] = is_brutto_wage_deduction
        if credit_account is not UNSET:
            field_dict["creditAccount"] = credit_account
        if show_incoming_invoice is not UNSET:
            field_dict["showIncomingInvoice"] = show_incoming_invoice
        if show_wage_payment is not UNSET:
            field_dict["showWagePayment"] = show_wage_payment
        if show_vat_returns is not UNSET:
            field_dict["showVatReturns"] = show_vat_returns
        if show_wage_period_transaction is not UNSET:
            field_dict["showWagePeriodTransaction"] = show_wage_period_transaction
        if requires_separate_voucher is not UNSET:
            field_dict["requiresSeparateVoucher"] = requires_separate_voucher
        if sequence is not UNSET:
            field_dict["sequence"] = sequence
        if is_inactive is not UNSET:
            field_dict["isInactive"] = is_inactive
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if currency_id is not UNSET:
            field_dict["currencyId"] = currency_id
        if currency_code is not UNSET:
            field_dict["currencyCode"] = currency_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A PaymentTypeOut from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.account import Account  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415

        def _p_changes(_tx_v: Any) -> list[Change] | Unset:
            _changes = _tx_v
            changes: list[Change] | Unset = UNSET
            if _changes is not UNSET:
                changes = []
                for changes_item_data in _changes:
                    if changes_item_data is None:
                        continue
                    changes_item = Change._tx_from_json(changes_item_data)

                    changes.append(changes_item)

            return changes

        def _p_credit_account(_tx_v: Any) -> Account | Unset:
            _credit_account = _tx_v
            credit_account: Account | Unset
            if isinstance(_credit_account, Unset):
                credit_account = UNSET
            else:
                credit_account = Account._tx_from_json(_credit_account)

            return credit_account

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "description",
                "isBruttoWageDeduction",
                "creditAccount",
                "showIncomingInvoice",
                "showWagePayment",
                "showVatReturns",
                "showWagePeriodTransaction",
                "requiresSeparateVoucher",
                "sequence",
                "isInactive",
                "displayName",
                "currencyId",
                "currencyCode",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "description": ("description", None),
            "is_brutto_wage_deduction": ("isBruttoWageDeduction", None),
            "credit_account": ("creditAccount", _p_credit_account),
            "show_incoming_invoice": ("showIncomingInvoice", None),
            "show_wage_payment": ("showWagePayment", None),
            "show_vat_returns": ("showVatReturns", None),
            "show_wage_period_transaction": ("showWagePeriodTransaction", None),
            "requires_separate_voucher": ("requiresSeparateVoucher", None),
            "sequence": ("sequence", None),
            "is_inactive": ("isInactive", None),
            "display_name": ("displayName", None),
            "currency_id": ("currencyId", None),
            "currency_code": ("currencyCode", None),
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
