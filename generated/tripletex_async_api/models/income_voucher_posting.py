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
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.account import Account
    from ..models.asset import Asset
    from ..models.currency import Currency
    from ..models.customer import Customer
    from ..models.department import Department
    from ..models.employee import Employee
    from ..models.product import Product
    from ..models.product_unit import ProductUnit
    from ..models.project import Project
    from ..models.vat_type import VatType


T = TypeVar("T", bound="IncomeVoucherPosting")


@_attrs_define
class IncomeVoucherPosting(Model):
    """Income postings

    Attributes:
        account (Account | Unset):
        customer (Customer | Unset):
        vat_type (VatType | Unset): The default vat type for this account.
        product (Product | Unset):
        project (Project | Unset):
        employee (Employee | Unset):
        department (Department | Unset): The department for this account. If multiple industries are activated, all
            postings on this account will be towards this department. If multiple industries are not activated, it is
            ignored.
        asset (Asset | Unset): The asset ('anleggsmiddel' / 'eiendel') connected to this posting
        income_description (str | Unset):
        posting_id (int | Unset):
        currency (Currency | Unset):
        client_id (str | Unset):
        amount (float | Unset):
        quantity1 (float | Unset):
        product_unit_1 (ProductUnit | Unset): The quantity type 2 that has been associated to this account
        quantity2 (float | Unset):
        product_unit_2 (ProductUnit | Unset): The quantity type 2 that has been associated to this account
        date (str | Unset):
        amount_gross (float | Unset):
        is_vat_closed (bool | Unset): Is vat code closed?
        is_amount_vat_closed (bool | Unset): Is amount of this posting (for VAT purposes) changeable
        amount_gross_currency (float | Unset):
    """

    account: Account | Unset = UNSET
    customer: Customer | Unset = UNSET
    vat_type: VatType | Unset = UNSET
    product: Product | Unset = UNSET
    project: Project | Unset = UNSET
    employee: Employee | Unset = UNSET
    department: Department | Unset = UNSET
    asset: Asset | Unset = UNSET
    income_description: str | Unset = UNSET
    posting_id: int | Unset = UNSET
    currency: Currency | Unset = UNSET
    client_id: str | Unset = UNSET
    amount: float | Unset = UNSET
    quantity1: float | Unset = UNSET
    product_unit_1: ProductUnit | Unset = UNSET
    quantity2: float | Unset = UNSET
    product_unit_2: ProductUnit | Unset = UNSET
    date: str | Unset = UNSET
    amount_gross: float | Unset = UNSET
    is_vat_closed: bool | Unset = UNSET
    is_amount_vat_closed: bool | Unset = UNSET
    amount_gross_currency: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.account
        if _v is not UNSET:
            field_dict["account"] = _v.to_dict()
        _v = self.customer
        if _v is not UNSET:
            field_dict["customer"] = _v.to_dict()
        _v = self.vat_type
        if _v is not UNSET:
            field_dict["vatType"] = _v.to_dict()
        _v = self.product
        if _v is not UNSET:
            field_dict["product"] = _v.to_dict()
        _v = self.project
        if _v is not UNSET:
            field_dict["project"] = _v.to_dict()
        _v = self.employee
        if _v is not UNSET:
            field_dict["employee"] = _v.to_dict()
        _v = self.department
        if _v is not UNSET:
            field_dict["department"] = _v.to_dict()
        _v = self.asset
        if _v is not UNSET:
            field_dict["asset"] = _v.to_dict()
        _v = self.income_description
        if _v is not UNSET:
            field_dict["incomeDescription"] = _v
        _v = self.posting_id
        if _v is not UNSET:
            field_dict["postingId"] = _v
        _v = self.currency
        if _v is not UNSET:
            field_dict["currency"] = _v.to_dict()
        _v = self.client_id
        if _v is not UNSET:
            field_dict["clientId"] = _v
        _v = self.amount
        if _v is not UNSET:
            field_dict["amount"] = _v
        _v = self.quantity1
        if _v is not UNSET:
            field_dict["quantity1"] = _v
        _v = self.product_unit_1
        if _v is not UNSET:
            field_dict["productUnit1"] = _v.to_dict()
        _v = self.quantity2
        if _v is not UNSET:
            field_dict["quantity2"] = _v
        _v = self.product_unit_2
        if _v is not UNSET:
            field_dict["productUnit2"] = _v.to_dict()
        _v = self.date
        if _v is not UNSET:
            field_dict["date"] = _v
        _v = self.amount_gross
        if _v is not UNSET:
            field_dict["amountGross"] = _v
        _v = self.is_vat_closed
        if _v is not UNSET and not _in_request:
            field_dict["isVatClosed"] = _v
        _v = self.is_amount_vat_closed
        if _v is not UNSET and not _in_request:
            field_dict["isAmountVatClosed"] = _v
        _v = self.amount_gross_currency
        if _v is not UNSET:
            field_dict["amountGrossCurrency"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomeVoucherPosting from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``IncomeVoucherPosting.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.account import Account  # noqa: PLC0415
        from ..models.asset import Asset  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.customer import Customer  # noqa: PLC0415
        from ..models.department import Department  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.product import Product  # noqa: PLC0415
        from ..models.product_unit import ProductUnit  # noqa: PLC0415
        from ..models.project import Project  # noqa: PLC0415
        from ..models.vat_type import VatType  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "account",
                "customer",
                "vatType",
                "product",
                "project",
                "employee",
                "department",
                "asset",
                "incomeDescription",
                "postingId",
                "currency",
                "clientId",
                "amount",
                "quantity1",
                "productUnit1",
                "quantity2",
                "productUnit2",
                "date",
                "amountGross",
                "isVatClosed",
                "isAmountVatClosed",
                "amountGrossCurrency",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "incomeDescription": "income_description",
            "postingId": "posting_id",
            "clientId": "client_id",
            "amount": "amount",
            "quantity1": "quantity1",
            "quantity2": "quantity2",
            "date": "date",
            "amountGross": "amount_gross",
            "isVatClosed": "is_vat_closed",
            "isAmountVatClosed": "is_amount_vat_closed",
            "amountGrossCurrency": "amount_gross_currency",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 7 and _sparse_keys.issuperset(d):
                    o.account = o.customer = o.vat_type = o.product = o.project = o.employee = o.department = (
                        o.asset
                    ) = o.income_description = o.posting_id = o.currency = o.client_id = o.amount = o.quantity1 = (
                        o.product_unit_1
                    ) = o.quantity2 = o.product_unit_2 = o.date = o.amount_gross = o.is_vat_closed = (
                        o.is_amount_vat_closed
                    ) = o.amount_gross_currency = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
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
                k = "vatType"
                v = g("vatType")
                if v is None:
                    o.vat_type = u
                    if "vatType" not in d:
                        m += 1
                else:
                    o.vat_type = VatType._tx_parse(v)
                k = "product"
                v = g("product")
                if v is None:
                    o.product = u
                    if "product" not in d:
                        m += 1
                else:
                    o.product = Product._tx_parse(v)
                k = "project"
                v = g("project")
                if v is None:
                    o.project = u
                    if "project" not in d:
                        m += 1
                else:
                    o.project = Project._tx_parse(v)
                k = "employee"
                v = g("employee")
                if v is None:
                    o.employee = u
                    if "employee" not in d:
                        m += 1
                else:
                    o.employee = Employee._tx_parse(v)
                k = "department"
                v = g("department")
                if v is None:
                    o.department = u
                    if "department" not in d:
                        m += 1
                else:
                    o.department = Department._tx_parse(v)
                k = "asset"
                v = g("asset")
                if v is None:
                    o.asset = u
                    if "asset" not in d:
                        m += 1
                else:
                    o.asset = Asset._tx_parse(v)
                v = g("incomeDescription")
                if v is None:
                    o.income_description = u
                    if "incomeDescription" not in d:
                        m += 1
                else:
                    o.income_description = v
                v = g("postingId")
                if v is None:
                    o.posting_id = u
                    if "postingId" not in d:
                        m += 1
                else:
                    o.posting_id = v
                k = "currency"
                v = g("currency")
                if v is None:
                    o.currency = u
                    if "currency" not in d:
                        m += 1
                else:
                    o.currency = Currency._tx_parse(v)
                v = g("clientId")
                if v is None:
                    o.client_id = u
                    if "clientId" not in d:
                        m += 1
                else:
                    o.client_id = v
                v = g("amount")
                if v is None:
                    o.amount = u
                    if "amount" not in d:
                        m += 1
                else:
                    o.amount = v
                v = g("quantity1")
                if v is None:
                    o.quantity1 = u
                    if "quantity1" not in d:
                        m += 1
                else:
                    o.quantity1 = v
                k = "productUnit1"
                v = g("productUnit1")
                if v is None:
                    o.product_unit_1 = u
                    if "productUnit1" not in d:
                        m += 1
                else:
                    o.product_unit_1 = ProductUnit._tx_parse(v)
                v = g("quantity2")
                if v is None:
                    o.quantity2 = u
                    if "quantity2" not in d:
                        m += 1
                else:
                    o.quantity2 = v
                k = "productUnit2"
                v = g("productUnit2")
                if v is None:
                    o.product_unit_2 = u
                    if "productUnit2" not in d:
                        m += 1
                else:
                    o.product_unit_2 = ProductUnit._tx_parse(v)
                v = g("date")
                if v is None:
                    o.date = u
                    if "date" not in d:
                        m += 1
                else:
                    o.date = v
                v = g("amountGross")
                if v is None:
                    o.amount_gross = u
                    if "amountGross" not in d:
                        m += 1
                else:
                    o.amount_gross = v
                v = g("isVatClosed")
                if v is None:
                    o.is_vat_closed = u
                    if "isVatClosed" not in d:
                        m += 1
                else:
                    o.is_vat_closed = v
                v = g("isAmountVatClosed")
                if v is None:
                    o.is_amount_vat_closed = u
                    if "isAmountVatClosed" not in d:
                        m += 1
                else:
                    o.is_amount_vat_closed = v
                v = g("amountGrossCurrency")
                if v is None:
                    o.amount_gross_currency = u
                    if "amountGrossCurrency" not in d:
                        m += 1
                else:
                    o.amount_gross_currency = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 22 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("account", "account"),
            ("customer", "customer"),
            ("vat_type", "vatType"),
            ("product", "product"),
            ("project", "project"),
            ("employee", "employee"),
            ("department", "department"),
            ("asset", "asset"),
            ("income_description", "incomeDescription"),
            ("posting_id", "postingId"),
            ("currency", "currency"),
            ("client_id", "clientId"),
            ("amount", "amount"),
            ("quantity1", "quantity1"),
            ("product_unit_1", "productUnit1"),
            ("quantity2", "quantity2"),
            ("product_unit_2", "productUnit2"),
            ("date", "date"),
            ("amount_gross", "amountGross"),
            ("is_vat_closed", "isVatClosed"),
            ("is_amount_vat_closed", "isAmountVatClosed"),
            ("amount_gross_currency", "amountGrossCurrency"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.account
            o.account = u if v is None or v is u else Account._tx_parse(v)
            v = s.customer
            o.customer = u if v is None or v is u else Customer._tx_parse(v)
            v = s.vat_type
            o.vat_type = u if v is None or v is u else VatType._tx_parse(v)
            v = s.product
            o.product = u if v is None or v is u else Product._tx_parse(v)
            v = s.project
            o.project = u if v is None or v is u else Project._tx_parse(v)
            v = s.employee
            o.employee = u if v is None or v is u else Employee._tx_parse(v)
            v = s.department
            o.department = u if v is None or v is u else Department._tx_parse(v)
            v = s.asset
            o.asset = u if v is None or v is u else Asset._tx_parse(v)
            v = s.income_description
            o.income_description = u if v is None else v
            v = s.posting_id
            o.posting_id = u if v is None else v
            v = s.currency
            o.currency = u if v is None or v is u else Currency._tx_parse(v)
            v = s.client_id
            o.client_id = u if v is None else v
            v = s.amount
            o.amount = u if v is None else v
            v = s.quantity1
            o.quantity1 = u if v is None else v
            v = s.product_unit_1
            o.product_unit_1 = u if v is None or v is u else ProductUnit._tx_parse(v)
            v = s.quantity2
            o.quantity2 = u if v is None else v
            v = s.product_unit_2
            o.product_unit_2 = u if v is None or v is u else ProductUnit._tx_parse(v)
            v = s.date
            o.date = u if v is None else v
            v = s.amount_gross
            o.amount_gross = u if v is None else v
            v = s.is_vat_closed
            o.is_vat_closed = u if v is None else v
            v = s.is_amount_vat_closed
            o.is_amount_vat_closed = u if v is None else v
            v = s.amount_gross_currency
            o.amount_gross_currency = u if v is None else v
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
