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


T = TypeVar("T", bound="InvoiceSettings")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("defaultSendTypeB2B", str, False),
    ("defaultSendTypeB2C", str, False),
    ("newOrderOfferOurContactDefaultValue", str, False),
    ("sendTypes", list, False),
    ("invoicesDueInType", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class InvoiceSettings(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
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
        default_order_invoice_comment (str | Unset): [read-only]
        show_backorder (bool | Unset):
        set_deliver_to_available_stock (bool | Unset):
        available_inventory (bool | Unset):
        invoice_show_order_number (bool | Unset):
        send_types (list[InvoiceSettingsSendTypesItem] | Unset):
        is_automatic_soft_reminder_enabled (bool | Unset): [read-only] Has automatic soft reminders enabled for this
            company. This setting need to be enabled both here and on each customer card to take effect.
        automatic_soft_reminder_days_after_due_date (int | Unset): [read-only] Number of days after due date automatic
            soft reminders should be sent out if enabled.
        is_automatic_reminder_enabled (bool | Unset): [read-only] Has automatic reminders enabled for this company. This
            setting need to be enabled both here and on each customer card to take effect.
        automatic_reminder_days_after_due_date (int | Unset): [read-only] Number of days after due date automatic
            reminders should be sent ouf if enabled.
        is_automatic_notice_of_debt_collection_enabled (bool | Unset): [read-only] Has automatic notices of debt
            collection enabled for this company. This setting need to be enabled both here and on each customer card to take
            effect.
        automatic_notice_of_debt_collection_days_after_due_date (int | Unset): [read-only] Number of days after due date
            automatic notices of debt collection should be sent out if enabled.
        external_invoice_number (int | Unset): [read-only] Highest external invoice number for this company
        has_sent_first_invoice (bool | Unset): [read-only] Has company sent first invoice
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

        order_offer_email_signature = self.order_offer_email_signature

        has_first_invoice_number = self.has_first_invoice_number

        next_invoice_number = self.next_invoice_number

        bank_account_ready = self.bank_account_ready

        default_send_type_b2b: str | Unset = UNSET
        if not isinstance(self.default_send_type_b2b, Unset):
            default_send_type_b2b = self.default_send_type_b2b.value

        default_send_type_b2c: str | Unset = UNSET
        if not isinstance(self.default_send_type_b2c, Unset):
            default_send_type_b2c = self.default_send_type_b2c.value

        new_order_offer_our_contact_default_value: str | Unset = UNSET
        if not isinstance(self.new_order_offer_our_contact_default_value, Unset):
            new_order_offer_our_contact_default_value = self.new_order_offer_our_contact_default_value.value

        offer_from_current_user = self.offer_from_current_user

        order_confirmation_current_user = self.order_confirmation_current_user

        invoice_from_current_user = self.invoice_from_current_user

        invoice_from_email = self.invoice_from_email

        offer_from_email = self.offer_from_email

        order_confirmation_email = self.order_confirmation_email

        default_order_invoice_comment = self.default_order_invoice_comment

        show_backorder = self.show_backorder

        set_deliver_to_available_stock = self.set_deliver_to_available_stock

        available_inventory = self.available_inventory

        invoice_show_order_number = self.invoice_show_order_number

        send_types: list[str] | Unset = UNSET
        if not isinstance(self.send_types, Unset):
            send_types = []
            for send_types_item_data in self.send_types:
                send_types_item = send_types_item_data.value
                send_types.append(send_types_item)

        is_automatic_soft_reminder_enabled = self.is_automatic_soft_reminder_enabled

        automatic_soft_reminder_days_after_due_date = self.automatic_soft_reminder_days_after_due_date

        is_automatic_reminder_enabled = self.is_automatic_reminder_enabled

        automatic_reminder_days_after_due_date = self.automatic_reminder_days_after_due_date

        is_automatic_notice_of_debt_collection_enabled = self.is_automatic_notice_of_debt_collection_enabled

        automatic_notice_of_debt_collection_days_after_due_date = (
            self.automatic_notice_of_debt_collection_days_after_due_date
        )

        external_invoice_number = self.external_invoice_number

        has_sent_first_invoice = self.has_sent_first_invoice

        invoices_due_in = self.invoices_due_in

        invoices_due_in_type: str | Unset = UNSET
        if not isinstance(self.invoices_due_in_type, Unset):
            invoices_due_in_type = self.invoices_due_in_type.value

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
        if order_offer_email_signature is not UNSET:
            field_dict["orderOfferEmailSignature"] = order_offer_email_signature
        if has_first_invoice_number is not UNSET:
            field_dict["hasFirstInvoiceNumber"] = has_first_invoice_number
        if next_invoice_number is not UNSET:
            field_dict["nextInvoiceNumber"] = next_invoice_number
        if bank_account_ready is not UNSET:
            field_dict["bankAccountReady"] = bank_account_ready
        if default_send_type_b2b is not UNSET:
            field_dict["defaultSendTypeB2B"] = default_send_type_b2b
        if default_send_type_b2c is not UNSET:
            field_dict["defaultSendTypeB2C"] = default_send_type_b2c
        if new_order_offer_our_contact_default_value is not UNSET:
            field_dict["newOrderOfferOurContactDefaultValue"] = new_order_offer_our_contact_default_value
        if offer_from_current_user is not UNSET:
            field_dict["offerFromCurrentUser"] = offer_from_current_user
        if order_confirmation_current_user is not UNSET:
            field_dict["orderConfirmationCurrentUser"] = order_confirmation_current_user
        if invoice_from_current_user is not UNSET:
            field_dict["invoiceFromCurrentUser"] = invoice_from_current_user
        if invoice_from_email is not UNSET:
            field_dict["invoiceFromEmail"] = invoice_from_email
        if offer_from_email is not UNSET:
            field_dict["offerFromEmail"] = offer_from_email
        if order_confirmation_email is not UNSET:
            field_dict["orderConfirmationEmail"] = order_confirmation_email
        if default_order_invoice_comment is not UNSET and not _in_request:
            field_dict["defaultOrderInvoiceComment"] = default_order_invoice_comment
        if show_backorder is not UNSET:
            field_dict["showBackorder"] = show_backorder
        if set_deliver_to_available_stock is not UNSET:
            field_dict["setDeliverToAvailableStock"] = set_deliver_to_available_stock
        if available_inventory is not UNSET:
            field_dict["availableInventory"] = available_inventory
        if invoice_show_order_number is not UNSET:
            field_dict["invoiceShowOrderNumber"] = invoice_show_order_number
        if send_types is not UNSET:
            field_dict["sendTypes"] = send_types
        if is_automatic_soft_reminder_enabled is not UNSET and not _in_request:
            field_dict["isAutomaticSoftReminderEnabled"] = is_automatic_soft_reminder_enabled
        if automatic_soft_reminder_days_after_due_date is not UNSET and not _in_request:
            field_dict["automaticSoftReminderDaysAfterDueDate"] = automatic_soft_reminder_days_after_due_date
        if is_automatic_reminder_enabled is not UNSET and not _in_request:
            field_dict["isAutomaticReminderEnabled"] = is_automatic_reminder_enabled
        if automatic_reminder_days_after_due_date is not UNSET and not _in_request:
            field_dict["automaticReminderDaysAfterDueDate"] = automatic_reminder_days_after_due_date
        if is_automatic_notice_of_debt_collection_enabled is not UNSET and not _in_request:
            field_dict["isAutomaticNoticeOfDebtCollectionEnabled"] = is_automatic_notice_of_debt_collection_enabled
        if automatic_notice_of_debt_collection_days_after_due_date is not UNSET and not _in_request:
            field_dict["automaticNoticeOfDebtCollectionDaysAfterDueDate"] = (
                automatic_notice_of_debt_collection_days_after_due_date
            )
        if external_invoice_number is not UNSET and not _in_request:
            field_dict["externalInvoiceNumber"] = external_invoice_number
        if has_sent_first_invoice is not UNSET and not _in_request:
            field_dict["hasSentFirstInvoice"] = has_sent_first_invoice
        if invoices_due_in is not UNSET:
            field_dict["invoicesDueIn"] = invoices_due_in
        if invoices_due_in_type is not UNSET:
            field_dict["invoicesDueInType"] = invoices_due_in_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A InvoiceSettings from the service's JSON object; each property is parsed when first read."""
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

        def _p_default_send_type_b2b(_tx_v: Any) -> InvoiceSettingsDefaultSendTypeB2B | Unset:
            _default_send_type_b2b = _tx_v
            default_send_type_b2b: InvoiceSettingsDefaultSendTypeB2B | Unset
            if isinstance(_default_send_type_b2b, Unset):
                default_send_type_b2b = UNSET
            else:
                default_send_type_b2b = InvoiceSettingsDefaultSendTypeB2B(_default_send_type_b2b)

            return default_send_type_b2b

        def _p_default_send_type_b2c(_tx_v: Any) -> InvoiceSettingsDefaultSendTypeB2C | Unset:
            _default_send_type_b2c = _tx_v
            default_send_type_b2c: InvoiceSettingsDefaultSendTypeB2C | Unset
            if isinstance(_default_send_type_b2c, Unset):
                default_send_type_b2c = UNSET
            else:
                default_send_type_b2c = InvoiceSettingsDefaultSendTypeB2C(_default_send_type_b2c)

            return default_send_type_b2c

        def _p_new_order_offer_our_contact_default_value(
            _tx_v: Any,
        ) -> InvoiceSettingsNewOrderOfferOurContactDefaultValue | Unset:
            _new_order_offer_our_contact_default_value = _tx_v
            new_order_offer_our_contact_default_value: InvoiceSettingsNewOrderOfferOurContactDefaultValue | Unset
            if isinstance(_new_order_offer_our_contact_default_value, Unset):
                new_order_offer_our_contact_default_value = UNSET
            else:
                new_order_offer_our_contact_default_value = InvoiceSettingsNewOrderOfferOurContactDefaultValue(
                    _new_order_offer_our_contact_default_value
                )

            return new_order_offer_our_contact_default_value

        def _p_send_types(_tx_v: Any) -> list[InvoiceSettingsSendTypesItem] | Unset:
            _send_types = _tx_v
            send_types: list[InvoiceSettingsSendTypesItem] | Unset = UNSET
            if _send_types is not UNSET:
                send_types = []
                for send_types_item_data in _send_types:
                    if send_types_item_data is None:
                        continue
                    send_types_item = InvoiceSettingsSendTypesItem(send_types_item_data)

                    send_types.append(send_types_item)

            return send_types

        def _p_invoices_due_in_type(_tx_v: Any) -> InvoiceSettingsInvoicesDueInType | Unset:
            _invoices_due_in_type = _tx_v
            invoices_due_in_type: InvoiceSettingsInvoicesDueInType | Unset
            if isinstance(_invoices_due_in_type, Unset):
                invoices_due_in_type = UNSET
            else:
                invoices_due_in_type = InvoiceSettingsInvoicesDueInType(_invoices_due_in_type)

            return invoices_due_in_type

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "order_offer_email_signature": ("orderOfferEmailSignature", None),
            "has_first_invoice_number": ("hasFirstInvoiceNumber", None),
            "next_invoice_number": ("nextInvoiceNumber", None),
            "bank_account_ready": ("bankAccountReady", None),
            "default_send_type_b2b": ("defaultSendTypeB2B", _p_default_send_type_b2b),
            "default_send_type_b2c": ("defaultSendTypeB2C", _p_default_send_type_b2c),
            "new_order_offer_our_contact_default_value": (
                "newOrderOfferOurContactDefaultValue",
                _p_new_order_offer_our_contact_default_value,
            ),
            "offer_from_current_user": ("offerFromCurrentUser", None),
            "order_confirmation_current_user": ("orderConfirmationCurrentUser", None),
            "invoice_from_current_user": ("invoiceFromCurrentUser", None),
            "invoice_from_email": ("invoiceFromEmail", None),
            "offer_from_email": ("offerFromEmail", None),
            "order_confirmation_email": ("orderConfirmationEmail", None),
            "default_order_invoice_comment": ("defaultOrderInvoiceComment", None),
            "show_backorder": ("showBackorder", None),
            "set_deliver_to_available_stock": ("setDeliverToAvailableStock", None),
            "available_inventory": ("availableInventory", None),
            "invoice_show_order_number": ("invoiceShowOrderNumber", None),
            "send_types": ("sendTypes", _p_send_types),
            "is_automatic_soft_reminder_enabled": ("isAutomaticSoftReminderEnabled", None),
            "automatic_soft_reminder_days_after_due_date": ("automaticSoftReminderDaysAfterDueDate", None),
            "is_automatic_reminder_enabled": ("isAutomaticReminderEnabled", None),
            "automatic_reminder_days_after_due_date": ("automaticReminderDaysAfterDueDate", None),
            "is_automatic_notice_of_debt_collection_enabled": ("isAutomaticNoticeOfDebtCollectionEnabled", None),
            "automatic_notice_of_debt_collection_days_after_due_date": (
                "automaticNoticeOfDebtCollectionDaysAfterDueDate",
                None,
            ),
            "external_invoice_number": ("externalInvoiceNumber", None),
            "has_sent_first_invoice": ("hasSentFirstInvoice", None),
            "invoices_due_in": ("invoicesDueIn", None),
            "invoices_due_in_type": ("invoicesDueInType", _p_invoices_due_in_type),
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
