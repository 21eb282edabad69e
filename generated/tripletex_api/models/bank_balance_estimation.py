from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bank_balance_estimation_category import BankBalanceEstimationCategory
from ..models.bank_balance_estimation_recurrence import BankBalanceEstimationRecurrence
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change


T = TypeVar("T", bound="BankBalanceEstimation")


@_attrs_define
class BankBalanceEstimation:
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
        from ..models.change import Change  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        version = d.pop("version", UNSET)

        _changes = d.pop("changes", UNSET)
        changes: list[Change] | Unset = UNSET
        if _changes is not UNSET:
            changes = []
            for changes_item_data in _changes:
                if changes_item_data is None:
                    continue
                changes_item = Change.from_dict(changes_item_data)

                changes.append(changes_item)

        url = d.pop("url", UNSET)

        date = d.pop("date", UNSET)

        description = d.pop("description", UNSET)

        voucher_id = d.pop("voucherId", UNSET)

        invoice_id = d.pop("invoiceId", UNSET)

        invoice_number = d.pop("invoiceNumber", UNSET)

        invoice_amount = d.pop("invoiceAmount", UNSET)

        is_incoming_invoice = d.pop("isIncomingInvoice", UNSET)

        _recurrence = d.pop("recurrence", UNSET)
        recurrence: BankBalanceEstimationRecurrence | Unset
        if isinstance(_recurrence, Unset):
            recurrence = UNSET
        else:
            recurrence = BankBalanceEstimationRecurrence(_recurrence)

        _category = d.pop("category", UNSET)
        category: BankBalanceEstimationCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = BankBalanceEstimationCategory(_category)

        vendor_or_customer_name = d.pop("vendorOrCustomerName", UNSET)

        is_manually_added = d.pop("isManuallyAdded", UNSET)

        batch_id = d.pop("batchId", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            date=date,
            description=description,
            voucher_id=voucher_id,
            invoice_id=invoice_id,
            invoice_number=invoice_number,
            invoice_amount=invoice_amount,
            is_incoming_invoice=is_incoming_invoice,
            recurrence=recurrence,
            category=category,
            vendor_or_customer_name=vendor_or_customer_name,
            is_manually_added=is_manually_added,
            batch_id=batch_id,
        )

        _obj.additional_properties = d
        return _obj

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
