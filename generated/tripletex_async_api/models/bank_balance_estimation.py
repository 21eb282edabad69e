from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bank_balance_estimation_category import BankBalanceEstimationCategory
from ..models.bank_balance_estimation_recurrence import BankBalanceEstimationRecurrence
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.change import Change


T = TypeVar("T", bound="BankBalanceEstimation")


@_attrs_define
class BankBalanceEstimation(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        _v = self.changes
        if _v is not UNSET and not _in_request:
            field_dict["changes"] = [_e.to_dict() for _e in _v]
        _v = self.url
        if _v is not UNSET and not _in_request:
            field_dict["url"] = _v
        _v = self.date
        if _v is not UNSET:
            field_dict["date"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.voucher_id
        if _v is not UNSET:
            field_dict["voucherId"] = _v
        _v = self.invoice_id
        if _v is not UNSET:
            field_dict["invoiceId"] = _v
        _v = self.invoice_number
        if _v is not UNSET:
            field_dict["invoiceNumber"] = _v
        _v = self.invoice_amount
        if _v is not UNSET:
            field_dict["invoiceAmount"] = _v
        _v = self.is_incoming_invoice
        if _v is not UNSET:
            field_dict["isIncomingInvoice"] = _v
        _v = self.recurrence
        if _v is not UNSET:
            field_dict["recurrence"] = _v._value_
        _v = self.category
        if _v is not UNSET:
            field_dict["category"] = _v._value_
        _v = self.vendor_or_customer_name
        if _v is not UNSET:
            field_dict["vendorOrCustomerName"] = _v
        _v = self.is_manually_added
        if _v is not UNSET:
            field_dict["isManuallyAdded"] = _v
        _v = self.batch_id
        if _v is not UNSET:
            field_dict["batchId"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BankBalanceEstimation from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``BankBalanceEstimation.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415

        _new = object.__new__
        _e_recurrence: dict[Any, Any] = enum_members(BankBalanceEstimationRecurrence)
        _e_category: dict[Any, Any] = enum_members(BankBalanceEstimationCategory)
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "date": "date",
            "description": "description",
            "voucherId": "voucher_id",
            "invoiceId": "invoice_id",
            "invoiceNumber": "invoice_number",
            "invoiceAmount": "invoice_amount",
            "isIncomingInvoice": "is_incoming_invoice",
            "vendorOrCustomerName": "vendor_or_customer_name",
            "isManuallyAdded": "is_manually_added",
            "batchId": "batch_id",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.date = o.description = o.voucher_id = o.invoice_id = (
                        o.invoice_number
                    ) = o.invoice_amount = o.is_incoming_invoice = o.recurrence = o.category = (
                        o.vendor_or_customer_name
                    ) = o.is_manually_added = o.batch_id = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 5 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.date = o.description = o.voucher_id = o.invoice_id = (
                        o.invoice_number
                    ) = o.invoice_amount = o.is_incoming_invoice = o.recurrence = o.category = (
                        o.vendor_or_customer_name
                    ) = o.is_manually_added = o.batch_id = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                k = "changes"
                v = g("changes")
                if v is None:
                    o.changes = u
                    if "changes" not in d:
                        m += 1
                else:
                    o.changes = (
                        ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
                v = g("date")
                if v is None:
                    o.date = u
                    if "date" not in d:
                        m += 1
                else:
                    o.date = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("voucherId")
                if v is None:
                    o.voucher_id = u
                    if "voucherId" not in d:
                        m += 1
                else:
                    o.voucher_id = v
                v = g("invoiceId")
                if v is None:
                    o.invoice_id = u
                    if "invoiceId" not in d:
                        m += 1
                else:
                    o.invoice_id = v
                v = g("invoiceNumber")
                if v is None:
                    o.invoice_number = u
                    if "invoiceNumber" not in d:
                        m += 1
                else:
                    o.invoice_number = v
                v = g("invoiceAmount")
                if v is None:
                    o.invoice_amount = u
                    if "invoiceAmount" not in d:
                        m += 1
                else:
                    o.invoice_amount = v
                v = g("isIncomingInvoice")
                if v is None:
                    o.is_incoming_invoice = u
                    if "isIncomingInvoice" not in d:
                        m += 1
                else:
                    o.is_incoming_invoice = v
                k = "recurrence"
                v = g("recurrence")
                if v is None:
                    o.recurrence = u
                    if "recurrence" not in d:
                        m += 1
                else:
                    o.recurrence = (
                        e_
                        if (e_ := _e_recurrence.get(v)) is not None
                        else enum_value(BankBalanceEstimationRecurrence, v)
                    )
                k = "category"
                v = g("category")
                if v is None:
                    o.category = u
                    if "category" not in d:
                        m += 1
                else:
                    o.category = (
                        e_ if (e_ := _e_category.get(v)) is not None else enum_value(BankBalanceEstimationCategory, v)
                    )
                v = g("vendorOrCustomerName")
                if v is None:
                    o.vendor_or_customer_name = u
                    if "vendorOrCustomerName" not in d:
                        m += 1
                else:
                    o.vendor_or_customer_name = v
                v = g("isManuallyAdded")
                if v is None:
                    o.is_manually_added = u
                    if "isManuallyAdded" not in d:
                        m += 1
                else:
                    o.is_manually_added = v
                v = g("batchId")
                if v is None:
                    o.batch_id = u
                    if "batchId" not in d:
                        m += 1
                else:
                    o.batch_id = v
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
            ("id", "id"),
            ("version", "version"),
            ("changes", "changes"),
            ("url", "url"),
            ("date", "date"),
            ("description", "description"),
            ("voucher_id", "voucherId"),
            ("invoice_id", "invoiceId"),
            ("invoice_number", "invoiceNumber"),
            ("invoice_amount", "invoiceAmount"),
            ("is_incoming_invoice", "isIncomingInvoice"),
            ("recurrence", "recurrence"),
            ("category", "category"),
            ("vendor_or_customer_name", "vendorOrCustomerName"),
            ("is_manually_added", "isManuallyAdded"),
            ("batch_id", "batchId"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.version
            o.version = u if v is None else v
            v = s.changes
            o.changes = (
                u
                if v is None or v is u
                else ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.url
            o.url = u if v is None else v
            v = s.date
            o.date = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.voucher_id
            o.voucher_id = u if v is None else v
            v = s.invoice_id
            o.invoice_id = u if v is None else v
            v = s.invoice_number
            o.invoice_number = u if v is None else v
            v = s.invoice_amount
            o.invoice_amount = u if v is None else v
            v = s.is_incoming_invoice
            o.is_incoming_invoice = u if v is None else v
            v = s.recurrence
            o.recurrence = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_recurrence.get(v)) is not None
                else enum_value(BankBalanceEstimationRecurrence, v)
            )
            v = s.category
            o.category = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_category.get(v)) is not None
                else enum_value(BankBalanceEstimationCategory, v)
            )
            v = s.vendor_or_customer_name
            o.vendor_or_customer_name = u if v is None else v
            v = s.is_manually_added
            o.is_manually_added = u if v is None else v
            v = s.batch_id
            o.batch_id = u if v is None else v
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
