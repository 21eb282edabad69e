"""What each stateful resource looks like: fields, references, filters, required fields, templates."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal

from .config import RealismConfig
from .default_view import default_keys, known_keys
from .shape_builder import ShapeBuilder
from .store import Record, Urls

FilterKind = Literal[
    "ids", "eq", "like", "bool", "ref", "date_from", "date_to", "intlist", "changed", "ge", "le"
]

# Template markers: S = unset string, R = unset reference object.
S = object()
R = object()
_UNSET = object()


@dataclass(frozen=True)
class Filter:
    kind: FilterKind
    field: str = "id"


@dataclass(frozen=True)
class ResourceSpec:
    kind: str  # collection name and url kind
    path: str  # below /v2, without leading slash
    model: str  # model name used in messages
    template: dict[str, Any]
    refs: dict[str, str] = field(default_factory=dict)  # field -> kind of a single ref
    ref_lists: dict[str, str] = field(default_factory=dict)  # field -> kind of a list of refs
    required: tuple[str, ...] = ()
    filters: dict[str, Filter] = field(default_factory=dict)
    required_params: tuple[str, ...] = ()
    ops: frozenset[str] = frozenset({"list", "get", "post", "put", "delete"})
    inexact_size: bool = False
    extra_fields: tuple[str, ...] = ()  # valid in `fields` though never stored

    def known_fields(self) -> frozenset[str]:
        return self._known_fields

    @cached_property
    def _known_fields(self) -> frozenset[str]:  # specs are fixed: built once, not per request
        return frozenset(
            ("id", "version", "url", "changes", *self.template, *self.extra_fields)
        ) | known_keys(self.model)


def _cur() -> tuple[str, str, int]:
    return ("ref", "currency", 1)


def _vat(n: int) -> tuple[str, str, int]:
    return ("ref", "vatType", n)


_ALL_OPS = frozenset({"list", "get", "post", "put", "delete", "post_list", "put_list"})
_NAME = {"name": Filter("like", "name")}
_ID = {"id": Filter("ids")}

SPECS: dict[str, ResourceSpec] = {}


def _add(spec: ResourceSpec) -> None:
    SPECS[spec.kind] = spec


_add(
    ResourceSpec(
        kind="customer",
        path="customer",
        model="Customer",
        template={
            "name": S,
            "organizationNumber": S,
            "supplierNumber": 0,
            "customerNumber": 0,
            "isSupplier": False,
            "isCustomer": True,
            "isInactive": False,
            "accountManager": R,
            "department": R,
            "email": S,
            "invoiceEmail": S,
            "overdueNoticeEmail": S,
            "bankAccounts": [],
            "phoneNumber": S,
            "phoneNumberMobile": S,
            "description": S,
            "language": "NO",
            "displayName": S,
            "isPrivateIndividual": False,
            "singleCustomerInvoice": False,
            "invoiceSendMethod": "EMAIL",
            "emailAttachmentType": "LINK",
            "postalAddress": R,
            "physicalAddress": R,
            "deliveryAddress": R,
            "category1": R,
            "category2": R,
            "category3": R,
            "invoicesDueIn": 14,
            "invoicesDueInType": "DAYS",
            "currency": _cur(),
            "bankAccountPresentation": [],
            "ledgerAccount": R,
            "isFactoring": False,
            "website": S,
            "discountPercentage": 0,
        },
        refs={"accountManager": "employee", "department": "department", "ledgerAccount": "account"},
        required=("name",),
        filters={
            **_ID,
            "customerAccountNumber": Filter("eq", "customerNumber"),
            "organizationNumber": Filter("eq", "organizationNumber"),
            "email": Filter("eq", "email"),
            "invoiceEmail": Filter("eq", "invoiceEmail"),
            "customerName": Filter("like", "name"),
            "phoneNumberMobile": Filter("eq", "phoneNumberMobile"),
            "isInactive": Filter("bool", "isInactive"),
            "accountManagerId": Filter("ref", "accountManager"),
            "changedSince": Filter("changed"),
        },
        ops=_ALL_OPS,
        extra_fields=(
            "globalLocationNumber",
            "invoiceSendSMSNotification",
            "invoiceSMSNotificationNumber",
            "isAutomaticSoftReminderEnabled",
            "isAutomaticReminderEnabled",
            "isAutomaticNoticeOfDebtCollectionEnabled",
        ),
    )
)
_add(
    ResourceSpec(
        kind="supplier",
        path="supplier",
        model="Supplier",
        template={
            "name": S,
            "organizationNumber": S,
            "supplierNumber": 0,
            "customerNumber": 0,
            "isSupplier": True,
            "isCustomer": False,
            "isInactive": False,
            "email": S,
            "bankAccounts": [],
            "invoiceEmail": S,
            "overdueNoticeEmail": S,
            "phoneNumber": S,
            "phoneNumberMobile": S,
            "description": S,
            "isPrivateIndividual": False,
            "showProducts": False,
            "accountManager": R,
            "postalAddress": R,
            "physicalAddress": R,
            "deliveryAddress": R,
            "category1": R,
            "category2": R,
            "category3": R,
            "bankAccountPresentation": [],
            "currency": _cur(),
            "ledgerAccount": R,
            "language": "NO",
            "isWholesaler": False,
            "displayName": S,
            "website": S,
        },
        refs={"accountManager": "employee", "ledgerAccount": "account"},
        required=("name",),
        filters={
            **_ID,
            "supplierNumber": Filter("eq", "supplierNumber"),
            "organizationNumber": Filter("eq", "organizationNumber"),
            "email": Filter("eq", "email"),
            "invoiceEmail": Filter("eq", "invoiceEmail"),
            "isInactive": Filter("bool", "isInactive"),
            "accountManagerId": Filter("ref", "accountManager"),
            "changedSince": Filter("changed"),
            "isWholesaler": Filter("bool", "isWholesaler"),
            "showProducts": Filter("bool", "showProducts"),
        },
        ops=_ALL_OPS,
        extra_fields=("locale",),
    )
)
_add(
    ResourceSpec(
        kind="product",
        path="product",
        model="Product",
        template={
            "name": S,
            "number": S,
            "displayNumber": S,
            "description": S,
            "orderLineDescription": S,
            "ean": S,
            "costExcludingVatCurrency": 0,
            "expenses": 0,
            "costPrice": 0,
            "priceExcludingVatCurrency": 0,
            "priceIncludingVatCurrency": 0,
            "isInactive": False,
            "discountGroup": R,
            "productUnit": R,
            "isStockItem": False,
            "vatType": _vat(3),
            "currency": _cur(),
            "department": R,
            "account": R,
            "supplier": R,
            "isDeletable": True,
            "displayName": S,
        },
        refs={"department": "department", "account": "account", "supplier": "supplier"},
        required=("name",),
        filters={
            "ids": Filter("ids"),
            "number": Filter("eq", "number"),
            "productNumber": Filter("eq", "number"),
            "name": Filter("like", "name"),
            "ean": Filter("eq", "ean"),
            "isInactive": Filter("bool", "isInactive"),
            "isStockItem": Filter("bool", "isStockItem"),
            "supplierId": Filter("ref", "supplier"),
            "departmentId": Filter("ref", "department"),
            "accountId": Filter("ref", "account"),
        },
        ops=_ALL_OPS,
    )
)
_add(
    ResourceSpec(
        kind="order",
        path="order",
        model="Order",
        template={
            "customer": R,
            "contact": R,
            "attn": R,
            "receiverEmail": S,
            "overdueNoticeEmail": S,
            "number": S,
            "reference": S,
            "ourContact": R,
            "ourContactEmployee": R,
            "department": R,
            "orderDate": None,
            "project": R,
            "invoiceComment": S,
            "currency": _cur(),
            "invoicesDueIn": 14,
            "invoicesDueInType": "DAYS",
            "isShowOpenPostsOnInvoices": False,
            "isClosed": False,
            "deliveryDate": None,
            "deliveryAddress": R,
            "deliveryComment": S,
            "isPrioritizeAmountsIncludingVat": False,
            "orderLineSorting": "PRODUCT",
            "orderLines": [],
            "isSubscription": False,
            "preliminaryInvoice": R,
            "attachment": [],
            "displayName": S,
        },
        refs={
            "customer": "customer",
            "ourContactEmployee": "employee",
            "department": "department",
            "project": "project",
            "preliminaryInvoice": "invoice",
        },
        ref_lists={"orderLines": "orderline"},
        required=("customer", "orderDate", "deliveryDate"),
        filters={
            **_ID,
            "number": Filter("eq", "number"),
            "customerId": Filter("ref", "customer"),
            "projectId": Filter("ref", "project"),
            "orderDateFrom": Filter("date_from", "orderDate"),
            "orderDateTo": Filter("date_to", "orderDate"),
            "deliveryComment": Filter("like", "deliveryComment"),
            "isClosed": Filter("bool", "isClosed"),
            "isSubscription": Filter("bool", "isSubscription"),
        },
        required_params=("orderDateFrom", "orderDateTo"),
        ops=frozenset({"list", "get", "post", "put", "delete", "post_list"}),
        extra_fields=(
            "customerName",
            "projectManagerNameAndNumber",
            "travelReports",
            "orderGroups",
            "markUpOrderLines",
            "discountPercentage",
            "canCreateBackorder",
        ),
    )
)
_add(
    ResourceSpec(
        kind="orderline",
        path="order/orderline",
        model="OrderLine",
        template={
            "product": R,
            "inventory": R,
            "description": S,
            "displayName": S,
            "count": 1.0,
            "unitCostCurrency": 0,
            "unitPriceExcludingVatCurrency": 0,
            "currency": _cur(),
            "markup": 0,
            "discount": 0,
            "vatType": _vat(3),
            "amountExcludingVatCurrency": 0,
            "amountIncludingVatCurrency": 0,
            "order": R,
            "unitPriceIncludingVatCurrency": 0,
            "isSubscription": False,
            "subscriptionPeriodStart": None,
            "subscriptionPeriodEnd": None,
            "orderGroup": R,
        },
        refs={"product": "product", "order": "order"},
        required=("order",),
        ops=frozenset({"get", "post", "put", "delete", "post_list"}),
    )
)
_add(
    ResourceSpec(
        kind="invoice",
        path="invoice",
        model="Invoice",
        template={
            "invoiceNumber": 0,
            "invoiceDate": None,
            "customer": R,
            "creditedInvoice": 0,
            "isCredited": False,
            "invoiceDueDate": None,
            "kid": S,
            "invoiceComment": S,
            "comment": S,
            "orders": [],
            "orderLines": [],
            "travelReports": [],
            "projectInvoiceDetails": [],
            "voucher": R,
            "deliveryDate": None,
            "amount": 0,
            "amountCurrency": 0,
            "amountExcludingVat": 0,
            "amountExcludingVatCurrency": 0,
            "amountRoundoff": 0,
            "amountRoundoffCurrency": 0,
            "amountOutstanding": 0,
            "amountCurrencyOutstanding": 0,
            "amountOutstandingTotal": 0,
            "amountCurrencyOutstandingTotal": 0,
            "sumRemits": 0,
            "currency": _cur(),
            "isCreditNote": False,
            "isCharged": True,
            "isApproved": True,
            "postings": [],
            "reminders": [],
            "invoiceRemarks": S,
            "paymentTypeId": 0,
            "paidAmount": 0,
            "isPeriodizationPossible": False,
            "ehfSendStatus": "DO_NOT_SEND",
        },
        refs={"customer": "customer", "voucher": "voucher"},
        ref_lists={"orders": "order", "orderLines": "orderline", "postings": "posting"},
        required=("invoiceDate", "invoiceDueDate", "orders"),
        filters={
            **_ID,
            "invoiceDateFrom": Filter("date_from", "invoiceDate"),
            "invoiceDateTo": Filter("date_to", "invoiceDate"),
            "invoiceNumber": Filter("eq", "invoiceNumber"),
            "kid": Filter("eq", "kid"),
            "voucherId": Filter("ref", "voucher"),
            "customerId": Filter("ref", "customer"),
        },
        required_params=("invoiceDateFrom", "invoiceDateTo"),
        ops=frozenset({"list", "get", "post"}),
        extra_fields=("invoiceRemark", "documentId"),
    )
)
_add(
    ResourceSpec(
        kind="voucher",
        path="ledger/voucher",
        model="Voucher",
        template={
            "date": None,
            "number": 0,
            "tempNumber": 0,
            "year": 0,
            "description": S,
            "voucherType": R,
            "reverseVoucher": R,
            "postings": [],
            "document": R,
            "attachment": R,
            "externalVoucherNumber": S,
            "ediDocument": R,
            "supplierVoucherType": R,
            "wasAutoMatched": False,
            "vendorInvoiceNumber": None,
            "numberAsString": S,
            "displayName": S,
        },
        refs={"reverseVoucher": "voucher"},
        ref_lists={"postings": "posting"},
        required=("date", "description"),
        filters={
            **_ID,
            "number": Filter("eq", "number"),
            "numberFrom": Filter("ge", "number"),
            "numberTo": Filter("le", "number"),
            "dateFrom": Filter("date_from", "date"),
            "dateTo": Filter("date_to", "date"),
        },
        required_params=("dateFrom", "dateTo"),
        ops=frozenset({"list", "get", "post", "put", "delete"}),
    )
)
_add(
    ResourceSpec(
        kind="posting",
        path="ledger/posting",
        model="Posting",
        template={
            "voucher": R,
            "date": None,
            "description": S,
            "account": R,
            "customer": R,
            "supplier": R,
            "employee": R,
            "project": R,
            "product": R,
            "department": R,
            "vatType": R,
            "amount": 0,
            "amountCurrency": 0,
            "amountGross": 0,
            "amountGrossCurrency": 0,
            "currency": _cur(),
            "closeGroup": R,
            "invoiceNumber": S,
            "termOfPayment": None,
            "row": 0,
            "type": S,
            "systemGenerated": False,
        },
        refs={
            "voucher": "voucher",
            "account": "account",
            "customer": "customer",
            "supplier": "supplier",
            "employee": "employee",
            "project": "project",
            "product": "product",
            "department": "department",
        },
        filters={
            "dateFrom": Filter("date_from", "date"),
            "dateTo": Filter("date_to", "date"),
            "accountId": Filter("ref", "account"),
            "customerId": Filter("ref", "customer"),
            "supplierId": Filter("ref", "supplier"),
            "employeeId": Filter("ref", "employee"),
            "projectId": Filter("ref", "project"),
            "productId": Filter("ref", "product"),
            "departmentId": Filter("ref", "department"),
        },
        required_params=("dateFrom", "dateTo"),
        ops=frozenset({"list", "get"}),
    )
)
_add(
    ResourceSpec(
        kind="account",
        path="ledger/account",
        model="Account",
        template={
            "number": 0,
            "numberPretty": S,
            "name": S,
            "description": S,
            "type": "OPERATING_EXPENSES",
            "legalVatTypes": [],
            "ledgerType": "GENERAL",
            "balanceGroup": S,
            "vatType": R,
            "vatLocked": False,
            "currency": R,
            "isCloseable": False,
            "isApplicableForSupplierInvoice": False,
            "requireReconciliation": False,
            "isInactive": False,
            "isBankAccount": False,
            "isInvoiceAccount": False,
            "bankAccountNumber": S,
            "displayName": S,
            "requiresDepartment": False,
            "requiresProject": False,
            "isPostingsExist": False,
        },
        required=("number", "name"),
        filters={
            **_ID,
            "number": Filter("intlist", "number"),
            "isBankAccount": Filter("bool", "isBankAccount"),
            "isInactive": Filter("bool", "isInactive"),
            "ledgerType": Filter("eq", "ledgerType"),
        },
        ops=_ALL_OPS,
    )
)
_add(
    ResourceSpec(
        kind="employee",
        path="employee",
        model="Employee",
        template={
            "firstName": S,
            "lastName": S,
            "displayName": S,
            "employeeNumber": S,
            "dateOfBirth": None,
            "email": S,
            "phoneNumberMobileCountry": ("ref", "country", 161),  # Norway
            "phoneNumberMobile": S,
            "phoneNumberHome": S,
            "phoneNumberWork": S,
            "nationalIdentityNumber": S,
            "dnumber": S,
            "bankAccountNumber": S,
            "iban": S,
            "bic": S,
            "creditorBankCountryId": 0,
            "usesAbroadPayment": False,
            "allowInformationRegistration": True,
            "isContact": False,
            "isProxy": False,
            "comments": S,
            "address": R,
            "department": R,
            "employments": [],
            "employeeCategory": R,
            "companyId": 0,
            "userType": None,  # null on the service's answers (GET /employee/{id}, 2026)
        },
        refs={"department": "department"},
        required=("firstName", "lastName"),
        filters={
            **_ID,
            "firstName": Filter("like", "firstName"),
            "lastName": Filter("like", "lastName"),
            "employeeNumber": Filter("eq", "employeeNumber"),
            "email": Filter("eq", "email"),
            "departmentId": Filter("ref", "department"),
        },
        ops=frozenset({"list", "get", "post", "put", "post_list"}),
        inexact_size=True,
        extra_fields=("userType", "pictureId", "isAuthProjectOverviewURL", "vismaConnect2FAactive"),
    )
)
_add(
    ResourceSpec(
        kind="department",
        path="department",
        model="Department",
        template={
            "name": S,
            "departmentNumber": S,
            "departmentManager": R,
            "displayName": S,
            "isInactive": False,
            "businessActivityTypeId": 0,
        },
        refs={"departmentManager": "employee"},
        required=("name",),
        filters={
            **_ID,
            **_NAME,
            "departmentNumber": Filter("eq", "departmentNumber"),
            "departmentManagerId": Filter("ref", "departmentManager"),
            "isInactive": Filter("bool", "isInactive"),
        },
        ops=_ALL_OPS,
    )
)
_add(
    ResourceSpec(
        kind="project",
        path="project",
        model="Project",
        template={
            "name": S,
            "number": S,
            "displayName": S,
            "description": S,
            "projectManager": R,
            "department": R,
            "mainProject": R,
            "startDate": None,
            "endDate": None,
            "customer": R,
            "isClosed": False,
            "isReadyForInvoicing": False,
            "isInternal": False,
            "isOffer": False,
            "isFixedPrice": False,
            "projectCategory": R,
            "deliveryAddress": R,
            "reference": S,
            "externalAccountsNumber": S,
            "discountPercentage": 0,
            "vatType": _vat(3),
            "fixedprice": 0,
            "currency": _cur(),
            "markUpOrderLines": 0,
            "markUpFeesEarned": 0,
            "isPriceCeiling": False,
            "priceCeilingAmount": 0,
            "forParticipantsOnly": False,
            "participants": [],
            "contact": R,
            "attention": R,
            "invoiceComment": S,
            "projectActivities": [],
            "customerName": S,
        },
        refs={
            "projectManager": "employee",
            "department": "department",
            "mainProject": "project",
            "customer": "customer",
        },
        required=("name", "projectManager"),
        filters={
            **_ID,
            **_NAME,
            "number": Filter("eq", "number"),
            "isOffer": Filter("bool", "isOffer"),
            "projectManagerId": Filter("ref", "projectManager"),
            "departmentId": Filter("ref", "department"),
            "customerId": Filter("ref", "customer"),
            "isClosed": Filter("bool", "isClosed"),
            "isFixedPrice": Filter("bool", "isFixedPrice"),
            "startDateFrom": Filter("date_from", "startDate"),
            "startDateTo": Filter("date_to", "startDate"),
            "endDateFrom": Filter("date_from", "endDate"),
            "endDateTo": Filter("date_to", "endDate"),
        },
        ops=_ALL_OPS,
    )
)
_add(
    ResourceSpec(
        kind="activity",
        path="activity",
        model="Activity",
        template={
            "name": S,
            "number": S,
            "description": S,
            "activityType": "GENERAL_ACTIVITY",
            "isProjectActivity": False,
            "isGeneral": True,
            "isTask": False,
            "isDisabled": False,
            "isChargeable": False,
            "rate": 0,
            "costPercentage": 0,
            "displayName": S,
        },
        required=("name", "activityType"),
        filters={
            **_ID,
            **_NAME,
            "number": Filter("eq", "number"),
            "description": Filter("like", "description"),
            "isProjectActivity": Filter("bool", "isProjectActivity"),
            "isGeneral": Filter("bool", "isGeneral"),
            "isChargeable": Filter("bool", "isChargeable"),
            "isTask": Filter("bool", "isTask"),
            "isInactive": Filter("bool", "isDisabled"),
        },
        ops=frozenset({"list", "get", "post", "post_list"}),
        inexact_size=True,
        extra_fields=("deletable",),
    )
)
_add(
    ResourceSpec(
        kind="timesheetentry",
        path="timesheet/entry",
        model="TimesheetEntry",
        template={
            "project": R,
            "activity": R,
            "date": None,
            "hours": 0,
            "chargeableHours": 0,
            "employee": R,
            "timeClocks": [],
            "comment": S,
            "locked": False,
            "chargeable": False,
            "invoice": R,
            "hourlyRate": 0,
            "hourlyCost": 0,
            "hourlyCostPercentage": 0,
        },
        refs={"project": "project", "activity": "activity", "employee": "employee", "invoice": "invoice"},
        required=("employee", "activity", "date", "hours"),
        filters={
            **_ID,
            "employeeId": Filter("ref", "employee"),
            "projectId": Filter("ref", "project"),
            "activityId": Filter("ref", "activity"),
            "dateFrom": Filter("date_from", "date"),
            "dateTo": Filter("date_to", "date"),
            "comment": Filter("like", "comment"),
        },
        required_params=("dateFrom", "dateTo"),
        ops=_ALL_OPS,
        extra_fields=("projectChargeableHours",),
    )
)
_add(
    ResourceSpec(
        kind="subscription",
        path="event/subscription",
        model="Subscription",
        template={"event": S, "targetUrl": S, "fields": None, "status": "ACTIVE", "authHeaderName": None},
        required=("event", "targetUrl"),
        ops=_ALL_OPS,
    )
)

SPECS_BY_PATH: dict[str, ResourceSpec] = {s.path: s for s in SPECS.values()}
KIND_OF_SCHEMA: dict[str, str] = {s.model: s.kind for s in SPECS.values()}  # spec schema -> stored kind


class Templates:
    """Materialized new-record templates for one realism setting.

    A record's keys are its schema's default view (``default_view.default_keys``, from the spec);
    ``ResourceSpec.template`` gives the service's own defaults for some of them (currency NOK,
    invoicesDueIn 14, ...), every other key starts unset (``ShapeBuilder.blank``).
    """

    def __init__(self, urls: Urls, realism: RealismConfig, builder: ShapeBuilder) -> None:
        self.urls = urls
        self.realism = realism
        self.builder = builder
        self._cache: dict[str, Record] = {k: self._materialize(s) for k, s in SPECS.items()}
        self._keys = {k: frozenset(default_keys(s.model)) for k, s in SPECS.items()}
        self._lists = {
            k: tuple(f for f, v in t.items() if isinstance(v, list)) for k, t in self._cache.items()
        }

    def _materialize(self, spec: ResourceSpec) -> Record:
        out: Record = {}
        props = self.builder.shapes.properties(spec.model)
        for key in default_keys(spec.model):
            if key in ("id", "version", "url"):
                continue
            value = spec.template.get(key, _UNSET)
            if value is _UNSET:
                out[key] = self.builder.blank(spec.model, key, props[key], 0)
            elif value is S:
                out[key] = "" if self.realism.empty_strings else None
            elif value is R:
                if self.realism.null_references:
                    out[key] = None
            elif isinstance(value, tuple) and value and value[0] == "ref":
                out[key] = self.urls.ref(value[1], value[2])
            else:
                out[key] = value
        return out

    def new(self, kind: str, ident: int, values: Record) -> Record:
        """A fresh record: id/version/url first, template defaults, then the given values (keys of
        the default view only)."""
        record: Record = {"id": ident, "version": 0, "url": self.urls.url(kind, ident)}
        record.update(self._cache[kind])
        for key in self._lists[kind]:  # each record its own lists
            record[key] = list(record[key])
        keys = self._keys[kind]
        if values.keys() <= keys:
            record.update(values)
        else:
            record.update((k, v) for k, v in values.items() if k in keys)
        return record

    def keys(self, kind: str) -> frozenset[str]:
        """The default-view keys of a stored kind."""
        return self._keys[kind]

    def empty_string(self) -> str | None:
        return "" if self.realism.empty_strings else None
