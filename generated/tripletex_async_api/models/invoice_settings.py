from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_settings_default_send_type_b2b import InvoiceSettingsDefaultSendTypeB2B
from ..models.invoice_settings_default_send_type_b2c import InvoiceSettingsDefaultSendTypeB2C
from ..models.invoice_settings_invoices_due_in_type import InvoiceSettingsInvoicesDueInType
from ..models.invoice_settings_new_order_offer_our_contact_default_value import (
    InvoiceSettingsNewOrderOfferOurContactDefaultValue,
)
from ..models.invoice_settings_send_types_item import InvoiceSettingsSendTypesItem
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


T = TypeVar("T", bound="InvoiceSettings")


@_attrs_define
class InvoiceSettings(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        order_offer_email_signature (str | Unset):
        has_first_invoice_number (bool | Unset):
        next_invoice_number (int | Unset):
        bank_account_ready (bool | Unset):
        default_send_type_b2b (InvoiceSettingsDefaultSendTypeB2B | Unset):
        default_send_type_b2c (InvoiceSettingsDefaultSendTypeB2C | Unset):
        new_order_offer_our_contact_default_value (InvoiceSettingsNewOrderOfferOurContactDefaultValue | Unset):
        offer_from_current_user (bool | Unset):
        order_confirmation_current_user (bool | Unset):
        invoice_from_current_user (bool | Unset):
        invoice_from_email (str | Unset):
        offer_from_email (str | Unset):
        order_confirmation_email (str | Unset):
        default_order_invoice_comment (str | Unset):
        show_backorder (bool | Unset):
        set_deliver_to_available_stock (bool | Unset):
        available_inventory (bool | Unset):
        invoice_show_order_number (bool | Unset):
        send_types (list[InvoiceSettingsSendTypesItem] | Unset):
        is_automatic_soft_reminder_enabled (bool | Unset): Has automatic soft reminders enabled for this company. This
            setting need to be enabled both here and on each customer card to take effect.
        automatic_soft_reminder_days_after_due_date (int | Unset): Number of days after due date automatic soft
            reminders should be sent out if enabled.
        is_automatic_reminder_enabled (bool | Unset): Has automatic reminders enabled for this company. This setting
            need to be enabled both here and on each customer card to take effect.
        automatic_reminder_days_after_due_date (int | Unset): Number of days after due date automatic reminders should
            be sent ouf if enabled.
        is_automatic_notice_of_debt_collection_enabled (bool | Unset): Has automatic notices of debt collection enabled
            for this company. This setting need to be enabled both here and on each customer card to take effect.
        automatic_notice_of_debt_collection_days_after_due_date (int | Unset): Number of days after due date automatic
            notices of debt collection should be sent out if enabled.
        external_invoice_number (int | Unset): Highest external invoice number for this company
        has_sent_first_invoice (bool | Unset): Has company sent first invoice
        invoices_due_in (int | Unset): Sets the default value on customers for number of days/months in which invoices
            created from this order is due
        invoices_due_in_type (InvoiceSettingsInvoicesDueInType | Unset): Set the default time unit of invoicesDueIn. The
            special case RECURRING_DAY_OF_MONTH enables the due date to be fixed to a specific day of the month, in this
            case the fixed due date will automatically be set as standard on all invoices created from this order. Note that
            when RECURRING_DAY_OF_MONTH is set, the due date will be set to the last day of month if "31" is set in
            invoicesDueIn.
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    order_offer_email_signature: str | Unset = UNSET
    has_first_invoice_number: bool | Unset = UNSET
    next_invoice_number: int | Unset = UNSET
    bank_account_ready: bool | Unset = UNSET
    default_send_type_b2b: InvoiceSettingsDefaultSendTypeB2B | Unset = UNSET
    default_send_type_b2c: InvoiceSettingsDefaultSendTypeB2C | Unset = UNSET
    new_order_offer_our_contact_default_value: InvoiceSettingsNewOrderOfferOurContactDefaultValue | Unset = UNSET
    offer_from_current_user: bool | Unset = UNSET
    order_confirmation_current_user: bool | Unset = UNSET
    invoice_from_current_user: bool | Unset = UNSET
    invoice_from_email: str | Unset = UNSET
    offer_from_email: str | Unset = UNSET
    order_confirmation_email: str | Unset = UNSET
    default_order_invoice_comment: str | Unset = UNSET
    show_backorder: bool | Unset = UNSET
    set_deliver_to_available_stock: bool | Unset = UNSET
    available_inventory: bool | Unset = UNSET
    invoice_show_order_number: bool | Unset = UNSET
    send_types: list[InvoiceSettingsSendTypesItem] | Unset = UNSET
    is_automatic_soft_reminder_enabled: bool | Unset = UNSET
    automatic_soft_reminder_days_after_due_date: int | Unset = UNSET
    is_automatic_reminder_enabled: bool | Unset = UNSET
    automatic_reminder_days_after_due_date: int | Unset = UNSET
    is_automatic_notice_of_debt_collection_enabled: bool | Unset = UNSET
    automatic_notice_of_debt_collection_days_after_due_date: int | Unset = UNSET
    external_invoice_number: int | Unset = UNSET
    has_sent_first_invoice: bool | Unset = UNSET
    invoices_due_in: int | Unset = UNSET
    invoices_due_in_type: InvoiceSettingsInvoicesDueInType | Unset = UNSET
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
        _v = self.order_offer_email_signature
        if _v is not UNSET:
            field_dict["orderOfferEmailSignature"] = _v
        _v = self.has_first_invoice_number
        if _v is not UNSET:
            field_dict["hasFirstInvoiceNumber"] = _v
        _v = self.next_invoice_number
        if _v is not UNSET:
            field_dict["nextInvoiceNumber"] = _v
        _v = self.bank_account_ready
        if _v is not UNSET:
            field_dict["bankAccountReady"] = _v
        _v = self.default_send_type_b2b
        if _v is not UNSET:
            field_dict["defaultSendTypeB2B"] = _v._value_
        _v = self.default_send_type_b2c
        if _v is not UNSET:
            field_dict["defaultSendTypeB2C"] = _v._value_
        _v = self.new_order_offer_our_contact_default_value
        if _v is not UNSET:
            field_dict["newOrderOfferOurContactDefaultValue"] = _v._value_
        _v = self.offer_from_current_user
        if _v is not UNSET:
            field_dict["offerFromCurrentUser"] = _v
        _v = self.order_confirmation_current_user
        if _v is not UNSET:
            field_dict["orderConfirmationCurrentUser"] = _v
        _v = self.invoice_from_current_user
        if _v is not UNSET:
            field_dict["invoiceFromCurrentUser"] = _v
        _v = self.invoice_from_email
        if _v is not UNSET:
            field_dict["invoiceFromEmail"] = _v
        _v = self.offer_from_email
        if _v is not UNSET:
            field_dict["offerFromEmail"] = _v
        _v = self.order_confirmation_email
        if _v is not UNSET:
            field_dict["orderConfirmationEmail"] = _v
        _v = self.default_order_invoice_comment
        if _v is not UNSET and not _in_request:
            field_dict["defaultOrderInvoiceComment"] = _v
        _v = self.show_backorder
        if _v is not UNSET:
            field_dict["showBackorder"] = _v
        _v = self.set_deliver_to_available_stock
        if _v is not UNSET:
            field_dict["setDeliverToAvailableStock"] = _v
        _v = self.available_inventory
        if _v is not UNSET:
            field_dict["availableInventory"] = _v
        _v = self.invoice_show_order_number
        if _v is not UNSET:
            field_dict["invoiceShowOrderNumber"] = _v
        _v = self.send_types
        if _v is not UNSET:
            field_dict["sendTypes"] = [_e._value_ for _e in _v]
        _v = self.is_automatic_soft_reminder_enabled
        if _v is not UNSET and not _in_request:
            field_dict["isAutomaticSoftReminderEnabled"] = _v
        _v = self.automatic_soft_reminder_days_after_due_date
        if _v is not UNSET and not _in_request:
            field_dict["automaticSoftReminderDaysAfterDueDate"] = _v
        _v = self.is_automatic_reminder_enabled
        if _v is not UNSET and not _in_request:
            field_dict["isAutomaticReminderEnabled"] = _v
        _v = self.automatic_reminder_days_after_due_date
        if _v is not UNSET and not _in_request:
            field_dict["automaticReminderDaysAfterDueDate"] = _v
        _v = self.is_automatic_notice_of_debt_collection_enabled
        if _v is not UNSET and not _in_request:
            field_dict["isAutomaticNoticeOfDebtCollectionEnabled"] = _v
        _v = self.automatic_notice_of_debt_collection_days_after_due_date
        if _v is not UNSET and not _in_request:
            field_dict["automaticNoticeOfDebtCollectionDaysAfterDueDate"] = _v
        _v = self.external_invoice_number
        if _v is not UNSET and not _in_request:
            field_dict["externalInvoiceNumber"] = _v
        _v = self.has_sent_first_invoice
        if _v is not UNSET and not _in_request:
            field_dict["hasSentFirstInvoice"] = _v
        _v = self.invoices_due_in
        if _v is not UNSET:
            field_dict["invoicesDueIn"] = _v
        _v = self.invoices_due_in_type
        if _v is not UNSET:
            field_dict["invoicesDueInType"] = _v._value_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A InvoiceSettings from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``InvoiceSettings.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415

        _new = object.__new__
        _e_default_send_type_b2b: dict[Any, Any] = enum_members(InvoiceSettingsDefaultSendTypeB2B)
        _e_default_send_type_b2c: dict[Any, Any] = enum_members(InvoiceSettingsDefaultSendTypeB2C)
        _e_new_order_offer_our_contact_default_value: dict[Any, Any] = enum_members(
            InvoiceSettingsNewOrderOfferOurContactDefaultValue
        )
        _e_send_types: dict[Any, Any] = enum_members(InvoiceSettingsSendTypesItem)
        _e_invoices_due_in_type: dict[Any, Any] = enum_members(InvoiceSettingsInvoicesDueInType)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "orderOfferEmailSignature",
                "hasFirstInvoiceNumber",
                "nextInvoiceNumber",
                "bankAccountReady",
                "defaultSendTypeB2B",
                "defaultSendTypeB2C",
                "newOrderOfferOurContactDefaultValue",
                "offerFromCurrentUser",
                "orderConfirmationCurrentUser",
                "invoiceFromCurrentUser",
                "invoiceFromEmail",
                "offerFromEmail",
                "orderConfirmationEmail",
                "defaultOrderInvoiceComment",
                "showBackorder",
                "setDeliverToAvailableStock",
                "availableInventory",
                "invoiceShowOrderNumber",
                "sendTypes",
                "isAutomaticSoftReminderEnabled",
                "automaticSoftReminderDaysAfterDueDate",
                "isAutomaticReminderEnabled",
                "automaticReminderDaysAfterDueDate",
                "isAutomaticNoticeOfDebtCollectionEnabled",
                "automaticNoticeOfDebtCollectionDaysAfterDueDate",
                "externalInvoiceNumber",
                "hasSentFirstInvoice",
                "invoicesDueIn",
                "invoicesDueInType",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "orderOfferEmailSignature": "order_offer_email_signature",
            "hasFirstInvoiceNumber": "has_first_invoice_number",
            "nextInvoiceNumber": "next_invoice_number",
            "bankAccountReady": "bank_account_ready",
            "offerFromCurrentUser": "offer_from_current_user",
            "orderConfirmationCurrentUser": "order_confirmation_current_user",
            "invoiceFromCurrentUser": "invoice_from_current_user",
            "invoiceFromEmail": "invoice_from_email",
            "offerFromEmail": "offer_from_email",
            "orderConfirmationEmail": "order_confirmation_email",
            "defaultOrderInvoiceComment": "default_order_invoice_comment",
            "showBackorder": "show_backorder",
            "setDeliverToAvailableStock": "set_deliver_to_available_stock",
            "availableInventory": "available_inventory",
            "invoiceShowOrderNumber": "invoice_show_order_number",
            "isAutomaticSoftReminderEnabled": "is_automatic_soft_reminder_enabled",
            "automaticSoftReminderDaysAfterDueDate": "automatic_soft_reminder_days_after_due_date",
            "isAutomaticReminderEnabled": "is_automatic_reminder_enabled",
            "automaticReminderDaysAfterDueDate": "automatic_reminder_days_after_due_date",
            "isAutomaticNoticeOfDebtCollectionEnabled": "is_automatic_notice_of_debt_collection_enabled",
            "automaticNoticeOfDebtCollectionDaysAfterDueDate": "automatic_notice_of_debt_collection_days_after_due_date",
            "externalInvoiceNumber": "external_invoice_number",
            "hasSentFirstInvoice": "has_sent_first_invoice",
            "invoicesDueIn": "invoices_due_in",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.order_offer_email_signature = (
                        o.has_first_invoice_number
                    ) = o.next_invoice_number = o.bank_account_ready = o.default_send_type_b2b = (
                        o.default_send_type_b2c
                    ) = o.new_order_offer_our_contact_default_value = o.offer_from_current_user = (
                        o.order_confirmation_current_user
                    ) = o.invoice_from_current_user = o.invoice_from_email = o.offer_from_email = (
                        o.order_confirmation_email
                    ) = o.default_order_invoice_comment = o.show_backorder = o.set_deliver_to_available_stock = (
                        o.available_inventory
                    ) = o.invoice_show_order_number = o.send_types = o.is_automatic_soft_reminder_enabled = (
                        o.automatic_soft_reminder_days_after_due_date
                    ) = o.is_automatic_reminder_enabled = o.automatic_reminder_days_after_due_date = (
                        o.is_automatic_notice_of_debt_collection_enabled
                    ) = o.automatic_notice_of_debt_collection_days_after_due_date = o.external_invoice_number = (
                        o.has_sent_first_invoice
                    ) = o.invoices_due_in = o.invoices_due_in_type = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 11 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.order_offer_email_signature = (
                        o.has_first_invoice_number
                    ) = o.next_invoice_number = o.bank_account_ready = o.default_send_type_b2b = (
                        o.default_send_type_b2c
                    ) = o.new_order_offer_our_contact_default_value = o.offer_from_current_user = (
                        o.order_confirmation_current_user
                    ) = o.invoice_from_current_user = o.invoice_from_email = o.offer_from_email = (
                        o.order_confirmation_email
                    ) = o.default_order_invoice_comment = o.show_backorder = o.set_deliver_to_available_stock = (
                        o.available_inventory
                    ) = o.invoice_show_order_number = o.send_types = o.is_automatic_soft_reminder_enabled = (
                        o.automatic_soft_reminder_days_after_due_date
                    ) = o.is_automatic_reminder_enabled = o.automatic_reminder_days_after_due_date = (
                        o.is_automatic_notice_of_debt_collection_enabled
                    ) = o.automatic_notice_of_debt_collection_days_after_due_date = o.external_invoice_number = (
                        o.has_sent_first_invoice
                    ) = o.invoices_due_in = o.invoices_due_in_type = UNSET
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
                v = g("orderOfferEmailSignature")
                if v is None:
                    o.order_offer_email_signature = u
                    if "orderOfferEmailSignature" not in d:
                        m += 1
                else:
                    o.order_offer_email_signature = v
                v = g("hasFirstInvoiceNumber")
                if v is None:
                    o.has_first_invoice_number = u
                    if "hasFirstInvoiceNumber" not in d:
                        m += 1
                else:
                    o.has_first_invoice_number = v
                v = g("nextInvoiceNumber")
                if v is None:
                    o.next_invoice_number = u
                    if "nextInvoiceNumber" not in d:
                        m += 1
                else:
                    o.next_invoice_number = v
                v = g("bankAccountReady")
                if v is None:
                    o.bank_account_ready = u
                    if "bankAccountReady" not in d:
                        m += 1
                else:
                    o.bank_account_ready = v
                k = "defaultSendTypeB2B"
                v = g("defaultSendTypeB2B")
                if v is None:
                    o.default_send_type_b2b = u
                    if "defaultSendTypeB2B" not in d:
                        m += 1
                else:
                    o.default_send_type_b2b = (
                        e_
                        if (e_ := _e_default_send_type_b2b.get(v)) is not None
                        else enum_value(InvoiceSettingsDefaultSendTypeB2B, v)
                    )
                k = "defaultSendTypeB2C"
                v = g("defaultSendTypeB2C")
                if v is None:
                    o.default_send_type_b2c = u
                    if "defaultSendTypeB2C" not in d:
                        m += 1
                else:
                    o.default_send_type_b2c = (
                        e_
                        if (e_ := _e_default_send_type_b2c.get(v)) is not None
                        else enum_value(InvoiceSettingsDefaultSendTypeB2C, v)
                    )
                k = "newOrderOfferOurContactDefaultValue"
                v = g("newOrderOfferOurContactDefaultValue")
                if v is None:
                    o.new_order_offer_our_contact_default_value = u
                    if "newOrderOfferOurContactDefaultValue" not in d:
                        m += 1
                else:
                    o.new_order_offer_our_contact_default_value = (
                        e_
                        if (e_ := _e_new_order_offer_our_contact_default_value.get(v)) is not None
                        else enum_value(InvoiceSettingsNewOrderOfferOurContactDefaultValue, v)
                    )
                v = g("offerFromCurrentUser")
                if v is None:
                    o.offer_from_current_user = u
                    if "offerFromCurrentUser" not in d:
                        m += 1
                else:
                    o.offer_from_current_user = v
                v = g("orderConfirmationCurrentUser")
                if v is None:
                    o.order_confirmation_current_user = u
                    if "orderConfirmationCurrentUser" not in d:
                        m += 1
                else:
                    o.order_confirmation_current_user = v
                v = g("invoiceFromCurrentUser")
                if v is None:
                    o.invoice_from_current_user = u
                    if "invoiceFromCurrentUser" not in d:
                        m += 1
                else:
                    o.invoice_from_current_user = v
                v = g("invoiceFromEmail")
                if v is None:
                    o.invoice_from_email = u
                    if "invoiceFromEmail" not in d:
                        m += 1
                else:
                    o.invoice_from_email = v
                v = g("offerFromEmail")
                if v is None:
                    o.offer_from_email = u
                    if "offerFromEmail" not in d:
                        m += 1
                else:
                    o.offer_from_email = v
                v = g("orderConfirmationEmail")
                if v is None:
                    o.order_confirmation_email = u
                    if "orderConfirmationEmail" not in d:
                        m += 1
                else:
                    o.order_confirmation_email = v
                v = g("defaultOrderInvoiceComment")
                if v is None:
                    o.default_order_invoice_comment = u
                    if "defaultOrderInvoiceComment" not in d:
                        m += 1
                else:
                    o.default_order_invoice_comment = v
                v = g("showBackorder")
                if v is None:
                    o.show_backorder = u
                    if "showBackorder" not in d:
                        m += 1
                else:
                    o.show_backorder = v
                v = g("setDeliverToAvailableStock")
                if v is None:
                    o.set_deliver_to_available_stock = u
                    if "setDeliverToAvailableStock" not in d:
                        m += 1
                else:
                    o.set_deliver_to_available_stock = v
                v = g("availableInventory")
                if v is None:
                    o.available_inventory = u
                    if "availableInventory" not in d:
                        m += 1
                else:
                    o.available_inventory = v
                v = g("invoiceShowOrderNumber")
                if v is None:
                    o.invoice_show_order_number = u
                    if "invoiceShowOrderNumber" not in d:
                        m += 1
                else:
                    o.invoice_show_order_number = v
                k = "sendTypes"
                v = g("sendTypes")
                if v is None:
                    o.send_types = u
                    if "sendTypes" not in d:
                        m += 1
                else:
                    o.send_types = (
                        (
                            [
                                e_
                                if (e_ := _e_send_types.get(e)) is not None
                                else enum_value(InvoiceSettingsSendTypesItem, e)
                                for e in v
                                if e is not None
                            ]
                            if v
                            else []
                        )
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("isAutomaticSoftReminderEnabled")
                if v is None:
                    o.is_automatic_soft_reminder_enabled = u
                    if "isAutomaticSoftReminderEnabled" not in d:
                        m += 1
                else:
                    o.is_automatic_soft_reminder_enabled = v
                v = g("automaticSoftReminderDaysAfterDueDate")
                if v is None:
                    o.automatic_soft_reminder_days_after_due_date = u
                    if "automaticSoftReminderDaysAfterDueDate" not in d:
                        m += 1
                else:
                    o.automatic_soft_reminder_days_after_due_date = v
                v = g("isAutomaticReminderEnabled")
                if v is None:
                    o.is_automatic_reminder_enabled = u
                    if "isAutomaticReminderEnabled" not in d:
                        m += 1
                else:
                    o.is_automatic_reminder_enabled = v
                v = g("automaticReminderDaysAfterDueDate")
                if v is None:
                    o.automatic_reminder_days_after_due_date = u
                    if "automaticReminderDaysAfterDueDate" not in d:
                        m += 1
                else:
                    o.automatic_reminder_days_after_due_date = v
                v = g("isAutomaticNoticeOfDebtCollectionEnabled")
                if v is None:
                    o.is_automatic_notice_of_debt_collection_enabled = u
                    if "isAutomaticNoticeOfDebtCollectionEnabled" not in d:
                        m += 1
                else:
                    o.is_automatic_notice_of_debt_collection_enabled = v
                v = g("automaticNoticeOfDebtCollectionDaysAfterDueDate")
                if v is None:
                    o.automatic_notice_of_debt_collection_days_after_due_date = u
                    if "automaticNoticeOfDebtCollectionDaysAfterDueDate" not in d:
                        m += 1
                else:
                    o.automatic_notice_of_debt_collection_days_after_due_date = v
                v = g("externalInvoiceNumber")
                if v is None:
                    o.external_invoice_number = u
                    if "externalInvoiceNumber" not in d:
                        m += 1
                else:
                    o.external_invoice_number = v
                v = g("hasSentFirstInvoice")
                if v is None:
                    o.has_sent_first_invoice = u
                    if "hasSentFirstInvoice" not in d:
                        m += 1
                else:
                    o.has_sent_first_invoice = v
                v = g("invoicesDueIn")
                if v is None:
                    o.invoices_due_in = u
                    if "invoicesDueIn" not in d:
                        m += 1
                else:
                    o.invoices_due_in = v
                k = "invoicesDueInType"
                v = g("invoicesDueInType")
                if v is None:
                    o.invoices_due_in_type = u
                    if "invoicesDueInType" not in d:
                        m += 1
                else:
                    o.invoices_due_in_type = (
                        e_
                        if (e_ := _e_invoices_due_in_type.get(v)) is not None
                        else enum_value(InvoiceSettingsInvoicesDueInType, v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 33 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("order_offer_email_signature", "orderOfferEmailSignature"),
            ("has_first_invoice_number", "hasFirstInvoiceNumber"),
            ("next_invoice_number", "nextInvoiceNumber"),
            ("bank_account_ready", "bankAccountReady"),
            ("default_send_type_b2b", "defaultSendTypeB2B"),
            ("default_send_type_b2c", "defaultSendTypeB2C"),
            ("new_order_offer_our_contact_default_value", "newOrderOfferOurContactDefaultValue"),
            ("offer_from_current_user", "offerFromCurrentUser"),
            ("order_confirmation_current_user", "orderConfirmationCurrentUser"),
            ("invoice_from_current_user", "invoiceFromCurrentUser"),
            ("invoice_from_email", "invoiceFromEmail"),
            ("offer_from_email", "offerFromEmail"),
            ("order_confirmation_email", "orderConfirmationEmail"),
            ("default_order_invoice_comment", "defaultOrderInvoiceComment"),
            ("show_backorder", "showBackorder"),
            ("set_deliver_to_available_stock", "setDeliverToAvailableStock"),
            ("available_inventory", "availableInventory"),
            ("invoice_show_order_number", "invoiceShowOrderNumber"),
            ("send_types", "sendTypes"),
            ("is_automatic_soft_reminder_enabled", "isAutomaticSoftReminderEnabled"),
            ("automatic_soft_reminder_days_after_due_date", "automaticSoftReminderDaysAfterDueDate"),
            ("is_automatic_reminder_enabled", "isAutomaticReminderEnabled"),
            ("automatic_reminder_days_after_due_date", "automaticReminderDaysAfterDueDate"),
            ("is_automatic_notice_of_debt_collection_enabled", "isAutomaticNoticeOfDebtCollectionEnabled"),
            (
                "automatic_notice_of_debt_collection_days_after_due_date",
                "automaticNoticeOfDebtCollectionDaysAfterDueDate",
            ),
            ("external_invoice_number", "externalInvoiceNumber"),
            ("has_sent_first_invoice", "hasSentFirstInvoice"),
            ("invoices_due_in", "invoicesDueIn"),
            ("invoices_due_in_type", "invoicesDueInType"),
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
            v = s.order_offer_email_signature
            o.order_offer_email_signature = u if v is None else v
            v = s.has_first_invoice_number
            o.has_first_invoice_number = u if v is None else v
            v = s.next_invoice_number
            o.next_invoice_number = u if v is None else v
            v = s.bank_account_ready
            o.bank_account_ready = u if v is None else v
            v = s.default_send_type_b2b
            o.default_send_type_b2b = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_default_send_type_b2b.get(v)) is not None
                else enum_value(InvoiceSettingsDefaultSendTypeB2B, v)
            )
            v = s.default_send_type_b2c
            o.default_send_type_b2c = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_default_send_type_b2c.get(v)) is not None
                else enum_value(InvoiceSettingsDefaultSendTypeB2C, v)
            )
            v = s.new_order_offer_our_contact_default_value
            o.new_order_offer_our_contact_default_value = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_new_order_offer_our_contact_default_value.get(v)) is not None
                else enum_value(InvoiceSettingsNewOrderOfferOurContactDefaultValue, v)
            )
            v = s.offer_from_current_user
            o.offer_from_current_user = u if v is None else v
            v = s.order_confirmation_current_user
            o.order_confirmation_current_user = u if v is None else v
            v = s.invoice_from_current_user
            o.invoice_from_current_user = u if v is None else v
            v = s.invoice_from_email
            o.invoice_from_email = u if v is None else v
            v = s.offer_from_email
            o.offer_from_email = u if v is None else v
            v = s.order_confirmation_email
            o.order_confirmation_email = u if v is None else v
            v = s.default_order_invoice_comment
            o.default_order_invoice_comment = u if v is None else v
            v = s.show_backorder
            o.show_backorder = u if v is None else v
            v = s.set_deliver_to_available_stock
            o.set_deliver_to_available_stock = u if v is None else v
            v = s.available_inventory
            o.available_inventory = u if v is None else v
            v = s.invoice_show_order_number
            o.invoice_show_order_number = u if v is None else v
            v = s.send_types
            o.send_types = (
                u
                if v is None or v is u
                else (
                    [
                        e_ if (e_ := _e_send_types.get(e)) is not None else enum_value(InvoiceSettingsSendTypesItem, e)
                        for e in v
                        if e is not None
                    ]
                    if v
                    else []
                )
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.is_automatic_soft_reminder_enabled
            o.is_automatic_soft_reminder_enabled = u if v is None else v
            v = s.automatic_soft_reminder_days_after_due_date
            o.automatic_soft_reminder_days_after_due_date = u if v is None else v
            v = s.is_automatic_reminder_enabled
            o.is_automatic_reminder_enabled = u if v is None else v
            v = s.automatic_reminder_days_after_due_date
            o.automatic_reminder_days_after_due_date = u if v is None else v
            v = s.is_automatic_notice_of_debt_collection_enabled
            o.is_automatic_notice_of_debt_collection_enabled = u if v is None else v
            v = s.automatic_notice_of_debt_collection_days_after_due_date
            o.automatic_notice_of_debt_collection_days_after_due_date = u if v is None else v
            v = s.external_invoice_number
            o.external_invoice_number = u if v is None else v
            v = s.has_sent_first_invoice
            o.has_sent_first_invoice = u if v is None else v
            v = s.invoices_due_in
            o.invoices_due_in = u if v is None else v
            v = s.invoices_due_in_type
            o.invoices_due_in_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_invoices_due_in_type.get(v)) is not None
                else enum_value(InvoiceSettingsInvoicesDueInType, v)
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
