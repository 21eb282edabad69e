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


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("account", dict, False),
    ("customer", dict, False),
    ("vatType", dict, False),
    ("product", dict, False),
    ("project", dict, False),
    ("employee", dict, False),
    ("department", dict, False),
    ("asset", dict, False),
    ("currency", dict, False),
    ("productUnit1", dict, False),
    ("productUnit2", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class IncomeVoucherPosting(LazyModel):
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
        is_vat_closed (bool | Unset): [read-only] Is vat code closed?
        is_amount_vat_closed (bool | Unset): [read-only] Is amount of this posting (for VAT purposes) changeable
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
        self._tx_load()
        _in_request = serializing_request_body()
        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        vat_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_type, Unset):
            vat_type = self.vat_type.to_dict()

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee, Unset):
            employee = self.employee.to_dict()

        department: dict[str, Any] | Unset = UNSET
        if not isinstance(self.department, Unset):
            department = self.department.to_dict()

        asset: dict[str, Any] | Unset = UNSET
        if not isinstance(self.asset, Unset):
            asset = self.asset.to_dict()

        income_description = self.income_description

        posting_id = self.posting_id

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        client_id = self.client_id

        amount = self.amount

        quantity1 = self.quantity1

        product_unit_1: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_unit_1, Unset):
            product_unit_1 = self.product_unit_1.to_dict()

        quantity2 = self.quantity2

        product_unit_2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_unit_2, Unset):
            product_unit_2 = self.product_unit_2.to_dict()

        date = self.date

        amount_gross = self.amount_gross

        is_vat_closed = self.is_vat_closed

        is_amount_vat_closed = self.is_amount_vat_closed

        amount_gross_currency = self.amount_gross_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if customer is not UNSET:
            field_dict["customer"] = customer
        if vat_type is not UNSET:
            field_dict["vatType"] = vat_type
        if product is not UNSET:
            field_dict["product"] = product
        if project is not UNSET:
            field_dict["project"] = project
        if employee is not UNSET:
            field_dict["employee"] = employee
        if department is not UNSET:
            field_dict["department"] = department
        if asset is not UNSET:
            field_dict["asset"] = asset
        if income_description is not UNSET:
            field_dict["incomeDescription"] = income_description
        if posting_id is not UNSET:
            field_dict["postingId"] = posting_id
        if currency is not UNSET:
            field_dict["currency"] = currency
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if quantity1 is not UNSET:
            field_dict["quantity1"] = quantity1
        if product_unit_1 is not UNSET:
            field_dict["productUnit1"] = product_unit_1
        if quantity2 is not UNSET:
            field_dict["quantity2"] = quantity2
        if product_unit_2 is not UNSET:
            field_dict["productUnit2"] = product_unit_2
        if date is not UNSET:
            field_dict["date"] = date
        if amount_gross is not UNSET:
            field_dict["amountGross"] = amount_gross
        if is_vat_closed is not UNSET and not _in_request:
            field_dict["isVatClosed"] = is_vat_closed
        if is_amount_vat_closed is not UNSET and not _in_request:
            field_dict["isAmountVatClosed"] = is_amount_vat_closed
        if amount_gross_currency is not UNSET:
            field_dict["amountGrossCurrency"] = amount_gross_currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomeVoucherPosting from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
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

        def _p_account(_tx_v: Any) -> Account | Unset:
            _account = _tx_v
            account: Account | Unset
            if isinstance(_account, Unset):
                account = UNSET
            else:
                account = Account._tx_from_json(_account)

            return account

        def _p_customer(_tx_v: Any) -> Customer | Unset:
            _customer = _tx_v
            customer: Customer | Unset
            if isinstance(_customer, Unset):
                customer = UNSET
            else:
                customer = Customer._tx_from_json(_customer)

            return customer

        def _p_vat_type(_tx_v: Any) -> VatType | Unset:
            _vat_type = _tx_v
            vat_type: VatType | Unset
            if isinstance(_vat_type, Unset):
                vat_type = UNSET
            else:
                vat_type = VatType._tx_from_json(_vat_type)

            return vat_type

        def _p_product(_tx_v: Any) -> Product | Unset:
            _product = _tx_v
            product: Product | Unset
            if isinstance(_product, Unset):
                product = UNSET
            else:
                product = Product._tx_from_json(_product)

            return product

        def _p_project(_tx_v: Any) -> Project | Unset:
            _project = _tx_v
            project: Project | Unset
            if isinstance(_project, Unset):
                project = UNSET
            else:
                project = Project._tx_from_json(_project)

            return project

        def _p_employee(_tx_v: Any) -> Employee | Unset:
            _employee = _tx_v
            employee: Employee | Unset
            if isinstance(_employee, Unset):
                employee = UNSET
            else:
                employee = Employee._tx_from_json(_employee)

            return employee

        def _p_department(_tx_v: Any) -> Department | Unset:
            _department = _tx_v
            department: Department | Unset
            if isinstance(_department, Unset):
                department = UNSET
            else:
                department = Department._tx_from_json(_department)

            return department

        def _p_asset(_tx_v: Any) -> Asset | Unset:
            _asset = _tx_v
            asset: Asset | Unset
            if isinstance(_asset, Unset):
                asset = UNSET
            else:
                asset = Asset._tx_from_json(_asset)

            return asset

        def _p_currency(_tx_v: Any) -> Currency | Unset:
            _currency = _tx_v
            currency: Currency | Unset
            if isinstance(_currency, Unset):
                currency = UNSET
            else:
                currency = Currency._tx_from_json(_currency)

            return currency

        def _p_product_unit_1(_tx_v: Any) -> ProductUnit | Unset:
            _product_unit_1 = _tx_v
            product_unit_1: ProductUnit | Unset
            if isinstance(_product_unit_1, Unset):
                product_unit_1 = UNSET
            else:
                product_unit_1 = ProductUnit._tx_from_json(_product_unit_1)

            return product_unit_1

        def _p_product_unit_2(_tx_v: Any) -> ProductUnit | Unset:
            _product_unit_2 = _tx_v
            product_unit_2: ProductUnit | Unset
            if isinstance(_product_unit_2, Unset):
                product_unit_2 = UNSET
            else:
                product_unit_2 = ProductUnit._tx_from_json(_product_unit_2)

            return product_unit_2

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "account": ("account", _p_account),
            "customer": ("customer", _p_customer),
            "vat_type": ("vatType", _p_vat_type),
            "product": ("product", _p_product),
            "project": ("project", _p_project),
            "employee": ("employee", _p_employee),
            "department": ("department", _p_department),
            "asset": ("asset", _p_asset),
            "income_description": ("incomeDescription", None),
            "posting_id": ("postingId", None),
            "currency": ("currency", _p_currency),
            "client_id": ("clientId", None),
            "amount": ("amount", None),
            "quantity1": ("quantity1", None),
            "product_unit_1": ("productUnit1", _p_product_unit_1),
            "quantity2": ("quantity2", None),
            "product_unit_2": ("productUnit2", _p_product_unit_2),
            "date": ("date", None),
            "amount_gross": ("amountGross", None),
            "is_vat_closed": ("isVatClosed", None),
            "is_amount_vat_closed": ("isAmountVatClosed", None),
            "amount_gross_currency": ("amountGrossCurrency", None),
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
