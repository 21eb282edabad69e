from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.supplier_automation_ready_for_automation import SupplierAutomationReadyForAutomation
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.automation_rule_details import AutomationRuleDetails


T = TypeVar("T", bound="SupplierAutomation")


@_attrs_define
class SupplierAutomation(Model):
    """
    Attributes:
        vendor_id (int | Unset):
        name (str | Unset):
        vendor_account_number (int | Unset):
        activated (bool | Unset): Is automation activated?
        automated_count (int | Unset): Number of automated vouchers
        voucher_count_last_190_days_ehf (int | Unset): Number of EHF vouchers last 190 days.
        voucher_count_last_190_days_non_ehf (int | Unset): Number of non-EHF vouchers last 190 days.
        voucher_count (int | Unset): Number of EHF vouchers send from this supplier regardless of time.
        can_send_ehf (bool | Unset): Whether the vendor can send EHF
        email (str | Unset): email of the vendor
        automation_rules_details (AutomationRuleDetails | Unset): The vendor rule details of the vendor if he/she has
            chosen to have his own rules on the automation instead of FabricAi.
        payment_type_fabric_ai (int | Unset): If set, the payment type to be used when automating an invoice from this
            vendor.
        payment_type_name (str | Unset): Description of the payment type
        invoices_with_valid_prediction_count (int | Unset): Number of invoices with valid predictions
        amount_max_fabric_ai_vendor_invoice (int | Unset): If set, gives the amount limit for automating invoices for
            this vendor, it the total invoice amount is above the limit, the invoice is not automated.
        date_request_ehf_sent (str | Unset): The date the user has sent the request to a supplier to receive EHF.
        allow_send_ehf_request (bool | Unset): Whether to allow sending EHF requests
        voucher_count_last_90_days_non_ehf (int | Unset): Number of non-EHF vouchers last 90 days.
        ready_for_automation (SupplierAutomationReadyForAutomation | Unset): Ready for automation status
        last_changed_by (str | Unset): Last Changed By which employee
        last_changed_date (str | Unset): Last changed Date for the activation
    """

    vendor_id: int | Unset = UNSET
    name: str | Unset = UNSET
    vendor_account_number: int | Unset = UNSET
    activated: bool | Unset = UNSET
    automated_count: int | Unset = UNSET
    voucher_count_last_190_days_ehf: int | Unset = UNSET
    voucher_count_last_190_days_non_ehf: int | Unset = UNSET
    voucher_count: int | Unset = UNSET
    can_send_ehf: bool | Unset = UNSET
    email: str | Unset = UNSET
    automation_rules_details: AutomationRuleDetails | Unset = UNSET
    payment_type_fabric_ai: int | Unset = UNSET
    payment_type_name: str | Unset = UNSET
    invoices_with_valid_prediction_count: int | Unset = UNSET
    amount_max_fabric_ai_vendor_invoice: int | Unset = UNSET
    date_request_ehf_sent: str | Unset = UNSET
    allow_send_ehf_request: bool | Unset = UNSET
    voucher_count_last_90_days_non_ehf: int | Unset = UNSET
    ready_for_automation: SupplierAutomationReadyForAutomation | Unset = UNSET
    last_changed_by: str | Unset = UNSET
    last_changed_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.vendor_id
        if _v is not UNSET:
            field_dict["vendorId"] = _v
        _v = self.name
        if _v is not UNSET:
            field_dict["name"] = _v
        _v = self.vendor_account_number
        if _v is not UNSET:
            field_dict["vendorAccountNumber"] = _v
        _v = self.activated
        if _v is not UNSET:
            field_dict["activated"] = _v
        _v = self.automated_count
        if _v is not UNSET:
            field_dict["automatedCount"] = _v
        _v = self.voucher_count_last_190_days_ehf
        if _v is not UNSET:
            field_dict["voucherCountLast190DaysEhf"] = _v
        _v = self.voucher_count_last_190_days_non_ehf
        if _v is not UNSET:
            field_dict["voucherCountLast190DaysNonEhf"] = _v
        _v = self.voucher_count
        if _v is not UNSET and not _in_request:
            field_dict["voucherCount"] = _v
        _v = self.can_send_ehf
        if _v is not UNSET:
            field_dict["canSendEhf"] = _v
        _v = self.email
        if _v is not UNSET:
            field_dict["email"] = _v
        _v = self.automation_rules_details
        if _v is not UNSET:
            field_dict["automationRulesDetails"] = _v.to_dict()
        _v = self.payment_type_fabric_ai
        if _v is not UNSET:
            field_dict["paymentTypeFabricAi"] = _v
        _v = self.payment_type_name
        if _v is not UNSET:
            field_dict["paymentTypeName"] = _v
        _v = self.invoices_with_valid_prediction_count
        if _v is not UNSET:
            field_dict["invoicesWithValidPredictionCount"] = _v
        _v = self.amount_max_fabric_ai_vendor_invoice
        if _v is not UNSET:
            field_dict["amountMaxFabricAiVendorInvoice"] = _v
        _v = self.date_request_ehf_sent
        if _v is not UNSET:
            field_dict["dateRequestEhfSent"] = _v
        _v = self.allow_send_ehf_request
        if _v is not UNSET:
            field_dict["allowSendEhfRequest"] = _v
        _v = self.voucher_count_last_90_days_non_ehf
        if _v is not UNSET:
            field_dict["voucherCountLast90DaysNonEhf"] = _v
        _v = self.ready_for_automation
        if _v is not UNSET:
            field_dict["readyForAutomation"] = _v._value_
        _v = self.last_changed_by
        if _v is not UNSET:
            field_dict["lastChangedBy"] = _v
        _v = self.last_changed_date
        if _v is not UNSET:
            field_dict["lastChangedDate"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SupplierAutomation from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SupplierAutomation.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.automation_rule_details import AutomationRuleDetails  # noqa: PLC0415

        _new = object.__new__
        _e_ready_for_automation: dict[Any, Any] = enum_members(SupplierAutomationReadyForAutomation)
        _known: frozenset[str] = frozenset(
            (
                "vendorId",
                "name",
                "vendorAccountNumber",
                "activated",
                "automatedCount",
                "voucherCountLast190DaysEhf",
                "voucherCountLast190DaysNonEhf",
                "voucherCount",
                "canSendEhf",
                "email",
                "automationRulesDetails",
                "paymentTypeFabricAi",
                "paymentTypeName",
                "invoicesWithValidPredictionCount",
                "amountMaxFabricAiVendorInvoice",
                "dateRequestEhfSent",
                "allowSendEhfRequest",
                "voucherCountLast90DaysNonEhf",
                "readyForAutomation",
                "lastChangedBy",
                "lastChangedDate",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "vendorId": "vendor_id",
            "name": "name",
            "vendorAccountNumber": "vendor_account_number",
            "activated": "activated",
            "automatedCount": "automated_count",
            "voucherCountLast190DaysEhf": "voucher_count_last_190_days_ehf",
            "voucherCountLast190DaysNonEhf": "voucher_count_last_190_days_non_ehf",
            "voucherCount": "voucher_count",
            "canSendEhf": "can_send_ehf",
            "email": "email",
            "paymentTypeFabricAi": "payment_type_fabric_ai",
            "paymentTypeName": "payment_type_name",
            "invoicesWithValidPredictionCount": "invoices_with_valid_prediction_count",
            "amountMaxFabricAiVendorInvoice": "amount_max_fabric_ai_vendor_invoice",
            "dateRequestEhfSent": "date_request_ehf_sent",
            "allowSendEhfRequest": "allow_send_ehf_request",
            "voucherCountLast90DaysNonEhf": "voucher_count_last_90_days_non_ehf",
            "lastChangedBy": "last_changed_by",
            "lastChangedDate": "last_changed_date",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 7 and _sparse_keys.issuperset(d):
                    o.vendor_id = o.name = o.vendor_account_number = o.activated = o.automated_count = (
                        o.voucher_count_last_190_days_ehf
                    ) = o.voucher_count_last_190_days_non_ehf = o.voucher_count = o.can_send_ehf = o.email = (
                        o.automation_rules_details
                    ) = o.payment_type_fabric_ai = o.payment_type_name = o.invoices_with_valid_prediction_count = (
                        o.amount_max_fabric_ai_vendor_invoice
                    ) = o.date_request_ehf_sent = o.allow_send_ehf_request = o.voucher_count_last_90_days_non_ehf = (
                        o.ready_for_automation
                    ) = o.last_changed_by = o.last_changed_date = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("vendorId")
                if v is None:
                    o.vendor_id = u
                    if "vendorId" not in d:
                        m += 1
                else:
                    o.vendor_id = v
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                v = g("vendorAccountNumber")
                if v is None:
                    o.vendor_account_number = u
                    if "vendorAccountNumber" not in d:
                        m += 1
                else:
                    o.vendor_account_number = v
                v = g("activated")
                if v is None:
                    o.activated = u
                    if "activated" not in d:
                        m += 1
                else:
                    o.activated = v
                v = g("automatedCount")
                if v is None:
                    o.automated_count = u
                    if "automatedCount" not in d:
                        m += 1
                else:
                    o.automated_count = v
                v = g("voucherCountLast190DaysEhf")
                if v is None:
                    o.voucher_count_last_190_days_ehf = u
                    if "voucherCountLast190DaysEhf" not in d:
                        m += 1
                else:
                    o.voucher_count_last_190_days_ehf = v
                v = g("voucherCountLast190DaysNonEhf")
                if v is None:
                    o.voucher_count_last_190_days_non_ehf = u
                    if "voucherCountLast190DaysNonEhf" not in d:
                        m += 1
                else:
                    o.voucher_count_last_190_days_non_ehf = v
                v = g("voucherCount")
                if v is None:
                    o.voucher_count = u
                    if "voucherCount" not in d:
                        m += 1
                else:
                    o.voucher_count = v
                v = g("canSendEhf")
                if v is None:
                    o.can_send_ehf = u
                    if "canSendEhf" not in d:
                        m += 1
                else:
                    o.can_send_ehf = v
                v = g("email")
                if v is None:
                    o.email = u
                    if "email" not in d:
                        m += 1
                else:
                    o.email = v
                k = "automationRulesDetails"
                v = g("automationRulesDetails")
                if v is None:
                    o.automation_rules_details = u
                    if "automationRulesDetails" not in d:
                        m += 1
                else:
                    o.automation_rules_details = AutomationRuleDetails._tx_parse(v)
                v = g("paymentTypeFabricAi")
                if v is None:
                    o.payment_type_fabric_ai = u
                    if "paymentTypeFabricAi" not in d:
                        m += 1
                else:
                    o.payment_type_fabric_ai = v
                v = g("paymentTypeName")
                if v is None:
                    o.payment_type_name = u
                    if "paymentTypeName" not in d:
                        m += 1
                else:
                    o.payment_type_name = v
                v = g("invoicesWithValidPredictionCount")
                if v is None:
                    o.invoices_with_valid_prediction_count = u
                    if "invoicesWithValidPredictionCount" not in d:
                        m += 1
                else:
                    o.invoices_with_valid_prediction_count = v
                v = g("amountMaxFabricAiVendorInvoice")
                if v is None:
                    o.amount_max_fabric_ai_vendor_invoice = u
                    if "amountMaxFabricAiVendorInvoice" not in d:
                        m += 1
                else:
                    o.amount_max_fabric_ai_vendor_invoice = v
                v = g("dateRequestEhfSent")
                if v is None:
                    o.date_request_ehf_sent = u
                    if "dateRequestEhfSent" not in d:
                        m += 1
                else:
                    o.date_request_ehf_sent = v
                v = g("allowSendEhfRequest")
                if v is None:
                    o.allow_send_ehf_request = u
                    if "allowSendEhfRequest" not in d:
                        m += 1
                else:
                    o.allow_send_ehf_request = v
                v = g("voucherCountLast90DaysNonEhf")
                if v is None:
                    o.voucher_count_last_90_days_non_ehf = u
                    if "voucherCountLast90DaysNonEhf" not in d:
                        m += 1
                else:
                    o.voucher_count_last_90_days_non_ehf = v
                k = "readyForAutomation"
                v = g("readyForAutomation")
                if v is None:
                    o.ready_for_automation = u
                    if "readyForAutomation" not in d:
                        m += 1
                else:
                    o.ready_for_automation = (
                        e_
                        if (e_ := _e_ready_for_automation.get(v)) is not None
                        else enum_value(SupplierAutomationReadyForAutomation, v)
                    )
                v = g("lastChangedBy")
                if v is None:
                    o.last_changed_by = u
                    if "lastChangedBy" not in d:
                        m += 1
                else:
                    o.last_changed_by = v
                v = g("lastChangedDate")
                if v is None:
                    o.last_changed_date = u
                    if "lastChangedDate" not in d:
                        m += 1
                else:
                    o.last_changed_date = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 21 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("vendor_id", "vendorId"),
            ("name", "name"),
            ("vendor_account_number", "vendorAccountNumber"),
            ("activated", "activated"),
            ("automated_count", "automatedCount"),
            ("voucher_count_last_190_days_ehf", "voucherCountLast190DaysEhf"),
            ("voucher_count_last_190_days_non_ehf", "voucherCountLast190DaysNonEhf"),
            ("voucher_count", "voucherCount"),
            ("can_send_ehf", "canSendEhf"),
            ("email", "email"),
            ("automation_rules_details", "automationRulesDetails"),
            ("payment_type_fabric_ai", "paymentTypeFabricAi"),
            ("payment_type_name", "paymentTypeName"),
            ("invoices_with_valid_prediction_count", "invoicesWithValidPredictionCount"),
            ("amount_max_fabric_ai_vendor_invoice", "amountMaxFabricAiVendorInvoice"),
            ("date_request_ehf_sent", "dateRequestEhfSent"),
            ("allow_send_ehf_request", "allowSendEhfRequest"),
            ("voucher_count_last_90_days_non_ehf", "voucherCountLast90DaysNonEhf"),
            ("ready_for_automation", "readyForAutomation"),
            ("last_changed_by", "lastChangedBy"),
            ("last_changed_date", "lastChangedDate"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.vendor_id
            o.vendor_id = u if v is None else v
            v = s.name
            o.name = u if v is None else v
            v = s.vendor_account_number
            o.vendor_account_number = u if v is None else v
            v = s.activated
            o.activated = u if v is None else v
            v = s.automated_count
            o.automated_count = u if v is None else v
            v = s.voucher_count_last_190_days_ehf
            o.voucher_count_last_190_days_ehf = u if v is None else v
            v = s.voucher_count_last_190_days_non_ehf
            o.voucher_count_last_190_days_non_ehf = u if v is None else v
            v = s.voucher_count
            o.voucher_count = u if v is None else v
            v = s.can_send_ehf
            o.can_send_ehf = u if v is None else v
            v = s.email
            o.email = u if v is None else v
            v = s.automation_rules_details
            o.automation_rules_details = u if v is None or v is u else AutomationRuleDetails._tx_parse(v)
            v = s.payment_type_fabric_ai
            o.payment_type_fabric_ai = u if v is None else v
            v = s.payment_type_name
            o.payment_type_name = u if v is None else v
            v = s.invoices_with_valid_prediction_count
            o.invoices_with_valid_prediction_count = u if v is None else v
            v = s.amount_max_fabric_ai_vendor_invoice
            o.amount_max_fabric_ai_vendor_invoice = u if v is None else v
            v = s.date_request_ehf_sent
            o.date_request_ehf_sent = u if v is None else v
            v = s.allow_send_ehf_request
            o.allow_send_ehf_request = u if v is None else v
            v = s.voucher_count_last_90_days_non_ehf
            o.voucher_count_last_90_days_non_ehf = u if v is None else v
            v = s.ready_for_automation
            o.ready_for_automation = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_ready_for_automation.get(v)) is not None
                else enum_value(SupplierAutomationReadyForAutomation, v)
            )
            v = s.last_changed_by
            o.last_changed_by = u if v is None else v
            v = s.last_changed_date
            o.last_changed_date = u if v is None else v
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
