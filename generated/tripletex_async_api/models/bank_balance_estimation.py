from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bank_balance_estimation_category import BankBalanceEstimationCategory
from ..models.bank_balance_estimation_recurrence import BankBalanceEstimationRecurrence
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
    from ..models.change import Change


T = TypeVar("T", bound="BankBalanceEstimation")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("recurrence", str, False),
    ("category", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class BankBalanceEstimation(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        date (str | Unset):
        description (str | Unset):
        voucher_id (int | Unset):
        invoice_id (int | Unset):
        invoice_number (str | Unset):
        invoice_amount (float | Unset):
        is_incoming_invoice (bool | Unset): boolean
        recurrence (BankBalanceEstimationRecurrence | Unset): Recurrence type
        category (BankBalanceEstimationCategory | Unset): Category
        vendor_or_customer_name (str | Unset):
        is_manually_added (bool | Unset): boolean
        batch_id (str | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    date: str | Unset = UNSET
    description: str | Unset = UNSET
    voucher_id: int | Unset = UNSET
    invoice_id: int | Unset = UNSET
    invoice_number: str | Unset = UNSET
    invoice_amount: float | Unset = UNSET
    is_incoming_invoice: bool | Unset = UNSET
    recurrence: BankBalanceEstimationRecurrence | Unset = UNSET
    category: BankBalanceEstimationCategory | Unset = UNSET
    vendor_or_customer_name: str | Unset = UNSET
    is_manually_added: bool | Unset = UNSET
    batch_id: str | Unset = UNSET
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

        date = self.date

        description = self.description

        voucher_id = self.voucher_id

        invoice_id = self.invoice_id

        invoice_number = self.invoice_number

        invoice_amount = self.invoice_amount

        is_incoming_invoice = self.is_incoming_invoice

        recurrence: str | Unset = UNSET
        if not isinstance(self.recurrence, Unset):
            recurrence = self.recurrence.value

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.value

        vendor_or_customer_name = self.vendor_or_customer_name

        is_manually_added = self.is_manually_added

        batch_id = self.batch_id

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
        if date is not UNSET:
            field_dict["date"] = date
        if description is not UNSET:
            field_dict["description"] = description
        if voucher_id is not UNSET:
            field_dict["voucherId"] = voucher_id
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id
        if invoice_number is not UNSET:
            field_dict["invoiceNumber"] = invoice_number
        if invoice_amount is not UNSET:
            field_dict["invoiceAmount"] = invoice_amount
        if is_incoming_invoice is not UNSET:
            field_dict["isIncomingInvoice"] = is_incoming_invoice
        if recurrence is not UNSET:
            field_dict["recurrence"] = recurrence
        if category is not UNSET:
            field_dict["category"] = category
        if vendor_or_customer_name is not UNSET:
            field_dict["vendorOrCustomerName"] = vendor_or_customer_name
        if is_manually_added is not UNSET:
            field_dict["isManuallyAdded"] = is_manually_added
        if batch_id is not UNSET:
            field_dict["batchId"] = batch_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BankBalanceEstimation from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
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

        def _p_recurrence(_tx_v: Any) -> BankBalanceEstimationRecurrence | Unset:
            _recurrence = _tx_v
            recurrence: BankBalanceEstimationRecurrence | Unset
            if isinstance(_recurrence, Unset):
                recurrence = UNSET
            else:
                recurrence = BankBalanceEstimationRecurrence(_recurrence)

            return recurrence

        def _p_category(_tx_v: Any) -> BankBalanceEstimationCategory | Unset:
            _category = _tx_v
            category: BankBalanceEstimationCategory | Unset
            if isinstance(_category, Unset):
                category = UNSET
            else:
                category = BankBalanceEstimationCategory(_category)

            return category

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "date",
                "description",
                "voucherId",
                "invoiceId",
                "invoiceNumber",
                "invoiceAmount",
                "isIncomingInvoice",
                "recurrence",
                "category",
                "vendorOrCustomerName",
                "isManuallyAdded",
                "batchId",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "date": ("date", None),
            "description": ("description", None),
            "voucher_id": ("voucherId", None),
            "invoice_id": ("invoiceId", None),
            "invoice_number": ("invoiceNumber", None),
            "invoice_amount": ("invoiceAmount", None),
            "is_incoming_invoice": ("isIncomingInvoice", None),
            "recurrence": ("recurrence", _p_recurrence),
            "category": ("category", _p_category),
            "vendor_or_customer_name": ("vendorOrCustomerName", None),
            "is_manually_added": ("isManuallyAdded", None),
            "batch_id": ("batchId", None),
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
