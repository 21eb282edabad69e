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
    from ..models.account import Account
    from ..models.change import Change
    from ..models.currency import Currency
    from ..models.customer import Customer
    from ..models.department import Department
    from ..models.employee import Employee
    from ..models.product import Product
    from ..models.product_unit import ProductUnit
    from ..models.project import Project
    from ..models.supplier import Supplier
    from ..models.vat_type import VatType
    from ..models.voucher import Voucher


T = TypeVar("T", bound="HistoricalPosting")


@_attrs_define
class HistoricalPosting(Model):
    """The list of postings of the voucher. In postings, these fields must be provided: date, account, currency, amount,
    amountBasis, amountVat, amountCurrency, amountBasisCurrency.

        Attributes:
            id (int | Unset):
            version (int | Unset):
            changes (list[Change] | Unset):
            url (str | Unset):
            voucher (Voucher | Unset):
            date (str | Unset): The posting date.
            description (str | Unset): The description of the posting.
            account (Account | Unset):
            customer (Customer | Unset):
            supplier (Supplier | Unset):
            employee (Employee | Unset):
            project (Project | Unset):
            product (Product | Unset):
            department (Department | Unset): The department for this account. If multiple industries are activated, all
                postings on this account will be towards this department. If multiple industries are not activated, it is
                ignored.
            vat_type (VatType | Unset): The default vat type for this account.
            amount (float | Unset): The posting amount in company currency. Important: The amounts in this amount field must
                have sum = 0 on all the dates. If multiple postings with different dates, then the sum must be 0 on each of the
                dates.
            amount_currency (float | Unset): The posting amount in posting currency.
            amount_gross (float | Unset): The posting gross amount in company currency.
            amount_gross_currency (float | Unset): The posting gross amount in posting currency.
            amount_vat (float | Unset): The amount of vat on this posting in company currency (NOK).
            currency (Currency | Unset):
            invoice_number (str | Unset): Invoice number.
            term_of_payment (str | Unset): Due date.
            close_group (str | Unset): Optional. Used to create a close group for postings.
            quantity_amount_1 (float | Unset): The quantity amount associated with the posting
            quantity_type_1 (ProductUnit | Unset): The quantity type 2 that has been associated to this account
            quantity_amount_2 (float | Unset): The quantity amount associated with the posting
            quantity_type_2 (ProductUnit | Unset): The quantity type 2 that has been associated to this account
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    voucher: Voucher | Unset = UNSET
    date: str | Unset = UNSET
    description: str | Unset = UNSET
    account: Account | Unset = UNSET
    customer: Customer | Unset = UNSET
    supplier: Supplier | Unset = UNSET
    employee: Employee | Unset = UNSET
    project: Project | Unset = UNSET
    product: Product | Unset = UNSET
    department: Department | Unset = UNSET
    vat_type: VatType | Unset = UNSET
    amount: float | Unset = UNSET
    amount_currency: float | Unset = UNSET
    amount_gross: float | Unset = UNSET
    amount_gross_currency: float | Unset = UNSET
    amount_vat: float | Unset = UNSET
    currency: Currency | Unset = UNSET
    invoice_number: str | Unset = UNSET
    term_of_payment: str | Unset = UNSET
    close_group: str | Unset = UNSET
    quantity_amount_1: float | Unset = UNSET
    quantity_type_1: ProductUnit | Unset = UNSET
    quantity_amount_2: float | Unset = UNSET
    quantity_type_2: ProductUnit | Unset = UNSET
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
        _v = self.voucher
        if _v is not UNSET:
            field_dict["voucher"] = _v.to_dict()
        _v = self.date
        if _v is not UNSET:
            field_dict["date"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.account
        if _v is not UNSET:
            field_dict["account"] = _v.to_dict()
        _v = self.customer
        if _v is not UNSET:
            field_dict["customer"] = _v.to_dict()
        _v = self.supplier
        if _v is not UNSET:
            field_dict["supplier"] = _v.to_dict()
        _v = self.employee
        if _v is not UNSET:
            field_dict["employee"] = _v.to_dict()
        _v = self.project
        if _v is not UNSET:
            field_dict["project"] = _v.to_dict()
        _v = self.product
        if _v is not UNSET:
            field_dict["product"] = _v.to_dict()
        _v = self.department
        if _v is not UNSET:
            field_dict["department"] = _v.to_dict()
        _v = self.vat_type
        if _v is not UNSET:
            field_dict["vatType"] = _v.to_dict()
        _v = self.amount
        if _v is not UNSET:
            field_dict["amount"] = _v
        _v = self.amount_currency
        if _v is not UNSET:
            field_dict["amountCurrency"] = _v
        _v = self.amount_gross
        if _v is not UNSET:
            field_dict["amountGross"] = _v
        _v = self.amount_gross_currency
        if _v is not UNSET:
            field_dict["amountGrossCurrency"] = _v
        _v = self.amount_vat
        if _v is not UNSET:
            field_dict["amountVat"] = _v
        _v = self.currency
        if _v is not UNSET:
            field_dict["currency"] = _v.to_dict()
        _v = self.invoice_number
        if _v is not UNSET:
            field_dict["invoiceNumber"] = _v
        _v = self.term_of_payment
        if _v is not UNSET:
            field_dict["termOfPayment"] = _v
        _v = self.close_group
        if _v is not UNSET:
            field_dict["closeGroup"] = _v
        _v = self.quantity_amount_1
        if _v is not UNSET:
            field_dict["quantityAmount1"] = _v
        _v = self.quantity_type_1
        if _v is not UNSET:
            field_dict["quantityType1"] = _v.to_dict()
        _v = self.quantity_amount_2
        if _v is not UNSET:
            field_dict["quantityAmount2"] = _v
        _v = self.quantity_type_2
        if _v is not UNSET:
            field_dict["quantityType2"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A HistoricalPosting from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``HistoricalPosting.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.account import Account  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.customer import Customer  # noqa: PLC0415
        from ..models.department import Department  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.product import Product  # noqa: PLC0415
        from ..models.product_unit import ProductUnit  # noqa: PLC0415
        from ..models.project import Project  # noqa: PLC0415
        from ..models.supplier import Supplier  # noqa: PLC0415
        from ..models.vat_type import VatType  # noqa: PLC0415
        from ..models.voucher import Voucher  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "voucher",
                "date",
                "description",
                "account",
                "customer",
                "supplier",
                "employee",
                "project",
                "product",
                "department",
                "vatType",
                "amount",
                "amountCurrency",
                "amountGross",
                "amountGrossCurrency",
                "amountVat",
                "currency",
                "invoiceNumber",
                "termOfPayment",
                "closeGroup",
                "quantityAmount1",
                "quantityType1",
                "quantityAmount2",
                "quantityType2",
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
            "amount": "amount",
            "amountCurrency": "amount_currency",
            "amountGross": "amount_gross",
            "amountGrossCurrency": "amount_gross_currency",
            "amountVat": "amount_vat",
            "invoiceNumber": "invoice_number",
            "termOfPayment": "term_of_payment",
            "closeGroup": "close_group",
            "quantityAmount1": "quantity_amount_1",
            "quantityAmount2": "quantity_amount_2",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.voucher = o.date = o.description = o.account = (
                        o.customer
                    ) = o.supplier = o.employee = o.project = o.product = o.department = o.vat_type = o.amount = (
                        o.amount_currency
                    ) = o.amount_gross = o.amount_gross_currency = o.amount_vat = o.currency = o.invoice_number = (
                        o.term_of_payment
                    ) = o.close_group = o.quantity_amount_1 = o.quantity_type_1 = o.quantity_amount_2 = (
                        o.quantity_type_2
                    ) = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 9 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.voucher = o.date = o.description = o.account = (
                        o.customer
                    ) = o.supplier = o.employee = o.project = o.product = o.department = o.vat_type = o.amount = (
                        o.amount_currency
                    ) = o.amount_gross = o.amount_gross_currency = o.amount_vat = o.currency = o.invoice_number = (
                        o.term_of_payment
                    ) = o.close_group = o.quantity_amount_1 = o.quantity_type_1 = o.quantity_amount_2 = (
                        o.quantity_type_2
                    ) = UNSET
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
                k = "voucher"
                v = g("voucher")
                if v is None:
                    o.voucher = u
                    if "voucher" not in d:
                        m += 1
                else:
                    o.voucher = Voucher._tx_parse(v)
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
                k = "account"
                v = g("account")
                if v is None:
                    o.account = u
                    if "account" not in d:
                        m += 1
                else:
                    o.account = Account._tx_parse(v)
                k = "customer"
                v = g("customer")
                if v is None:
                    o.customer = u
                    if "customer" not in d:
                        m += 1
                else:
                    o.customer = Customer._tx_parse(v)
                k = "supplier"
                v = g("supplier")
                if v is None:
                    o.supplier = u
                    if "supplier" not in d:
                        m += 1
                else:
                    o.supplier = Supplier._tx_parse(v)
                k = "employee"
                v = g("employee")
                if v is None:
                    o.employee = u
                    if "employee" not in d:
                        m += 1
                else:
                    o.employee = Employee._tx_parse(v)
                k = "project"
                v = g("project")
                if v is None:
                    o.project = u
                    if "project" not in d:
                        m += 1
                else:
                    o.project = Project._tx_parse(v)
                k = "product"
                v = g("product")
                if v is None:
                    o.product = u
                    if "product" not in d:
                        m += 1
                else:
                    o.product = Product._tx_parse(v)
                k = "department"
                v = g("department")
                if v is None:
                    o.department = u
                    if "department" not in d:
                        m += 1
                else:
                    o.department = Department._tx_parse(v)
                k = "vatType"
                v = g("vatType")
                if v is None:
                    o.vat_type = u
                    if "vatType" not in d:
                        m += 1
                else:
                    o.vat_type = VatType._tx_parse(v)
                v = g("amount")
                if v is None:
                    o.amount = u
                    if "amount" not in d:
                        m += 1
                else:
                    o.amount = v
                v = g("amountCurrency")
                if v is None:
                    o.amount_currency = u
                    if "amountCurrency" not in d:
                        m += 1
                else:
                    o.amount_currency = v
                v = g("amountGross")
                if v is None:
                    o.amount_gross = u
                    if "amountGross" not in d:
                        m += 1
                else:
                    o.amount_gross = v
                v = g("amountGrossCurrency")
                if v is None:
                    o.amount_gross_currency = u
                    if "amountGrossCurrency" not in d:
                        m += 1
                else:
                    o.amount_gross_currency = v
                v = g("amountVat")
                if v is None:
                    o.amount_vat = u
                    if "amountVat" not in d:
                        m += 1
                else:
                    o.amount_vat = v
                k = "currency"
                v = g("currency")
                if v is None:
                    o.currency = u
                    if "currency" not in d:
                        m += 1
                else:
                    o.currency = Currency._tx_parse(v)
                v = g("invoiceNumber")
                if v is None:
                    o.invoice_number = u
                    if "invoiceNumber" not in d:
                        m += 1
                else:
                    o.invoice_number = v
                v = g("termOfPayment")
                if v is None:
                    o.term_of_payment = u
                    if "termOfPayment" not in d:
                        m += 1
                else:
                    o.term_of_payment = v
                v = g("closeGroup")
                if v is None:
                    o.close_group = u
                    if "closeGroup" not in d:
                        m += 1
                else:
                    o.close_group = v
                v = g("quantityAmount1")
                if v is None:
                    o.quantity_amount_1 = u
                    if "quantityAmount1" not in d:
                        m += 1
                else:
                    o.quantity_amount_1 = v
                k = "quantityType1"
                v = g("quantityType1")
                if v is None:
                    o.quantity_type_1 = u
                    if "quantityType1" not in d:
                        m += 1
                else:
                    o.quantity_type_1 = ProductUnit._tx_parse(v)
                v = g("quantityAmount2")
                if v is None:
                    o.quantity_amount_2 = u
                    if "quantityAmount2" not in d:
                        m += 1
                else:
                    o.quantity_amount_2 = v
                k = "quantityType2"
                v = g("quantityType2")
                if v is None:
                    o.quantity_type_2 = u
                    if "quantityType2" not in d:
                        m += 1
                else:
                    o.quantity_type_2 = ProductUnit._tx_parse(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 28 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("voucher", "voucher"),
            ("date", "date"),
            ("description", "description"),
            ("account", "account"),
            ("customer", "customer"),
            ("supplier", "supplier"),
            ("employee", "employee"),
            ("project", "project"),
            ("product", "product"),
            ("department", "department"),
            ("vat_type", "vatType"),
            ("amount", "amount"),
            ("amount_currency", "amountCurrency"),
            ("amount_gross", "amountGross"),
            ("amount_gross_currency", "amountGrossCurrency"),
            ("amount_vat", "amountVat"),
            ("currency", "currency"),
            ("invoice_number", "invoiceNumber"),
            ("term_of_payment", "termOfPayment"),
            ("close_group", "closeGroup"),
            ("quantity_amount_1", "quantityAmount1"),
            ("quantity_type_1", "quantityType1"),
            ("quantity_amount_2", "quantityAmount2"),
            ("quantity_type_2", "quantityType2"),
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
            v = s.voucher
            o.voucher = u if v is None or v is u else Voucher._tx_parse(v)
            v = s.date
            o.date = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.account
            o.account = u if v is None or v is u else Account._tx_parse(v)
            v = s.customer
            o.customer = u if v is None or v is u else Customer._tx_parse(v)
            v = s.supplier
            o.supplier = u if v is None or v is u else Supplier._tx_parse(v)
            v = s.employee
            o.employee = u if v is None or v is u else Employee._tx_parse(v)
            v = s.project
            o.project = u if v is None or v is u else Project._tx_parse(v)
            v = s.product
            o.product = u if v is None or v is u else Product._tx_parse(v)
            v = s.department
            o.department = u if v is None or v is u else Department._tx_parse(v)
            v = s.vat_type
            o.vat_type = u if v is None or v is u else VatType._tx_parse(v)
            v = s.amount
            o.amount = u if v is None else v
            v = s.amount_currency
            o.amount_currency = u if v is None else v
            v = s.amount_gross
            o.amount_gross = u if v is None else v
            v = s.amount_gross_currency
            o.amount_gross_currency = u if v is None else v
            v = s.amount_vat
            o.amount_vat = u if v is None else v
            v = s.currency
            o.currency = u if v is None or v is u else Currency._tx_parse(v)
            v = s.invoice_number
            o.invoice_number = u if v is None else v
            v = s.term_of_payment
            o.term_of_payment = u if v is None else v
            v = s.close_group
            o.close_group = u if v is None else v
            v = s.quantity_amount_1
            o.quantity_amount_1 = u if v is None else v
            v = s.quantity_type_1
            o.quantity_type_1 = u if v is None or v is u else ProductUnit._tx_parse(v)
            v = s.quantity_amount_2
            o.quantity_amount_2 = u if v is None else v
            v = s.quantity_type_2
            o.quantity_type_2 = u if v is None or v is u else ProductUnit._tx_parse(v)
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
