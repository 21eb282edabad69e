from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

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


T = TypeVar("T", bound="IncomeVoucherPaymentPosting")


@_attrs_define
class IncomeVoucherPaymentPosting:
    """Payment postings

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
        payment_type_id (int | Unset):
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
    payment_type_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        payment_type_id = self.payment_type_id

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
        if payment_type_id is not UNSET:
            field_dict["paymentTypeId"] = payment_type_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
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

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _account = d.pop("account", UNSET)
        account: Account | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = Account.from_dict(_account)

        _customer = d.pop("customer", UNSET)
        customer: Customer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = Customer.from_dict(_customer)

        _vat_type = d.pop("vatType", UNSET)
        vat_type: VatType | Unset
        if isinstance(_vat_type, Unset):
            vat_type = UNSET
        else:
            vat_type = VatType.from_dict(_vat_type)

        _product = d.pop("product", UNSET)
        product: Product | Unset
        if isinstance(_product, Unset):
            product = UNSET
        else:
            product = Product.from_dict(_product)

        _project = d.pop("project", UNSET)
        project: Project | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = Project.from_dict(_project)

        _employee = d.pop("employee", UNSET)
        employee: Employee | Unset
        if isinstance(_employee, Unset):
            employee = UNSET
        else:
            employee = Employee.from_dict(_employee)

        _department = d.pop("department", UNSET)
        department: Department | Unset
        if isinstance(_department, Unset):
            department = UNSET
        else:
            department = Department.from_dict(_department)

        _asset = d.pop("asset", UNSET)
        asset: Asset | Unset
        if isinstance(_asset, Unset):
            asset = UNSET
        else:
            asset = Asset.from_dict(_asset)

        income_description = d.pop("incomeDescription", UNSET)

        posting_id = d.pop("postingId", UNSET)

        _currency = d.pop("currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = Currency.from_dict(_currency)

        client_id = d.pop("clientId", UNSET)

        amount = d.pop("amount", UNSET)

        quantity1 = d.pop("quantity1", UNSET)

        _product_unit_1 = d.pop("productUnit1", UNSET)
        product_unit_1: ProductUnit | Unset
        if isinstance(_product_unit_1, Unset):
            product_unit_1 = UNSET
        else:
            product_unit_1 = ProductUnit.from_dict(_product_unit_1)

        quantity2 = d.pop("quantity2", UNSET)

        _product_unit_2 = d.pop("productUnit2", UNSET)
        product_unit_2: ProductUnit | Unset
        if isinstance(_product_unit_2, Unset):
            product_unit_2 = UNSET
        else:
            product_unit_2 = ProductUnit.from_dict(_product_unit_2)

        date = d.pop("date", UNSET)

        amount_gross = d.pop("amountGross", UNSET)

        is_vat_closed = d.pop("isVatClosed", UNSET)

        is_amount_vat_closed = d.pop("isAmountVatClosed", UNSET)

        amount_gross_currency = d.pop("amountGrossCurrency", UNSET)

        payment_type_id = d.pop("paymentTypeId", UNSET)

        _obj = cls(
            account=account,
            customer=customer,
            vat_type=vat_type,
            product=product,
            project=project,
            employee=employee,
            department=department,
            asset=asset,
            income_description=income_description,
            posting_id=posting_id,
            currency=currency,
            client_id=client_id,
            amount=amount,
            quantity1=quantity1,
            product_unit_1=product_unit_1,
            quantity2=quantity2,
            product_unit_2=product_unit_2,
            date=date,
            amount_gross=amount_gross,
            is_vat_closed=is_vat_closed,
            is_amount_vat_closed=is_amount_vat_closed,
            amount_gross_currency=amount_gross_currency,
            payment_type_id=payment_type_id,
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
