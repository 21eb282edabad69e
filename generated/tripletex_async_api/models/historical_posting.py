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


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("voucher", dict, False),
    ("account", dict, False),
    ("customer", dict, False),
    ("supplier", dict, False),
    ("employee", dict, False),
    ("project", dict, False),
    ("product", dict, False),
    ("department", dict, False),
    ("vatType", dict, False),
    ("currency", dict, False),
    ("quantityType1", dict, False),
    ("quantityType2", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class HistoricalPosting(LazyModel):
    """The list of postings of the voucher. In postings, these fields must be provided: date, account, currency, amount,
    amountBasis, amountVat, amountCurrency, amountBasisCurrency.

        Attributes:
            id (int | Unset):
            version (int | Unset):
            changes (list[Change] | Unset): [read-only]
            url (str | Unset): [read-only]
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

        voucher: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voucher, Unset):
            voucher = self.voucher.to_dict()

        date = self.date

        description = self.description

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        supplier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = self.supplier.to_dict()

        employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee, Unset):
            employee = self.employee.to_dict()

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        department: dict[str, Any] | Unset = UNSET
        if not isinstance(self.department, Unset):
            department = self.department.to_dict()

        vat_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_type, Unset):
            vat_type = self.vat_type.to_dict()

        amount = self.amount

        amount_currency = self.amount_currency

        amount_gross = self.amount_gross

        amount_gross_currency = self.amount_gross_currency

        amount_vat = self.amount_vat

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        invoice_number = self.invoice_number

        term_of_payment = self.term_of_payment

        close_group = self.close_group

        quantity_amount_1 = self.quantity_amount_1

        quantity_type_1: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quantity_type_1, Unset):
            quantity_type_1 = self.quantity_type_1.to_dict()

        quantity_amount_2 = self.quantity_amount_2

        quantity_type_2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quantity_type_2, Unset):
            quantity_type_2 = self.quantity_type_2.to_dict()

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
        if voucher is not UNSET:
            field_dict["voucher"] = voucher
        if date is not UNSET:
            field_dict["date"] = date
        if description is not UNSET:
            field_dict["description"] = description
        if account is not UNSET:
            field_dict["account"] = account
        if customer is not UNSET:
            field_dict["customer"] = customer
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if employee is not UNSET:
            field_dict["employee"] = employee
        if project is not UNSET:
            field_dict["project"] = project
        if product is not UNSET:
            field_dict["product"] = product
        if department is not UNSET:
            field_dict["department"] = department
        if vat_type is not UNSET:
            field_dict["vatType"] = vat_type
        if amount is not UNSET:
            field_dict["amount"] = amount
        if amount_currency is not UNSET:
            field_dict["amountCurrency"] = amount_currency
        if amount_gross is not UNSET:
            field_dict["amountGross"] = amount_gross
        if amount_gross_currency is not UNSET:
            field_dict["amountGrossCurrency"] = amount_gross_currency
        if amount_vat is not UNSET:
            field_dict["amountVat"] = amount_vat
        if currency is not UNSET:
            field_dict["currency"] = currency
        if invoice_number is not UNSET:
            field_dict["invoiceNumber"] = invoice_number
        if term_of_payment is not UNSET:
            field_dict["termOfPayment"] = term_of_payment
        if close_group is not UNSET:
            field_dict["closeGroup"] = close_group
        if quantity_amount_1 is not UNSET:
            field_dict["quantityAmount1"] = quantity_amount_1
        if quantity_type_1 is not UNSET:
            field_dict["quantityType1"] = quantity_type_1
        if quantity_amount_2 is not UNSET:
            field_dict["quantityAmount2"] = quantity_amount_2
        if quantity_type_2 is not UNSET:
            field_dict["quantityType2"] = quantity_type_2

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A HistoricalPosting from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
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

        def _p_voucher(_tx_v: Any) -> Voucher | Unset:
            _voucher = _tx_v
            voucher: Voucher | Unset
            if isinstance(_voucher, Unset):
                voucher = UNSET
            else:
                voucher = Voucher._tx_from_json(_voucher)

            return voucher

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

        def _p_supplier(_tx_v: Any) -> Supplier | Unset:
            _supplier = _tx_v
            supplier: Supplier | Unset
            if isinstance(_supplier, Unset):
                supplier = UNSET
            else:
                supplier = Supplier._tx_from_json(_supplier)

            return supplier

        def _p_employee(_tx_v: Any) -> Employee | Unset:
            _employee = _tx_v
            employee: Employee | Unset
            if isinstance(_employee, Unset):
                employee = UNSET
            else:
                employee = Employee._tx_from_json(_employee)

            return employee

        def _p_project(_tx_v: Any) -> Project | Unset:
            _project = _tx_v
            project: Project | Unset
            if isinstance(_project, Unset):
                project = UNSET
            else:
                project = Project._tx_from_json(_project)

            return project

        def _p_product(_tx_v: Any) -> Product | Unset:
            _product = _tx_v
            product: Product | Unset
            if isinstance(_product, Unset):
                product = UNSET
            else:
                product = Product._tx_from_json(_product)

            return product

        def _p_department(_tx_v: Any) -> Department | Unset:
            _department = _tx_v
            department: Department | Unset
            if isinstance(_department, Unset):
                department = UNSET
            else:
                department = Department._tx_from_json(_department)

            return department

        def _p_vat_type(_tx_v: Any) -> VatType | Unset:
            _vat_type = _tx_v
            vat_type: VatType | Unset
            if isinstance(_vat_type, Unset):
                vat_type = UNSET
            else:
                vat_type = VatType._tx_from_json(_vat_type)

            return vat_type

        def _p_currency(_tx_v: Any) -> Currency | Unset:
            _currency = _tx_v
            currency: Currency | Unset
            if isinstance(_currency, Unset):
                currency = UNSET
            else:
                currency = Currency._tx_from_json(_currency)

            return currency

        def _p_quantity_type_1(_tx_v: Any) -> ProductUnit | Unset:
            _quantity_type_1 = _tx_v
            quantity_type_1: ProductUnit | Unset
            if isinstance(_quantity_type_1, Unset):
                quantity_type_1 = UNSET
            else:
                quantity_type_1 = ProductUnit._tx_from_json(_quantity_type_1)

            return quantity_type_1

        def _p_quantity_type_2(_tx_v: Any) -> ProductUnit | Unset:
            _quantity_type_2 = _tx_v
            quantity_type_2: ProductUnit | Unset
            if isinstance(_quantity_type_2, Unset):
                quantity_type_2 = UNSET
            else:
                quantity_type_2 = ProductUnit._tx_from_json(_quantity_type_2)

            return quantity_type_2

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "voucher": ("voucher", _p_voucher),
            "date": ("date", None),
            "description": ("description", None),
            "account": ("account", _p_account),
            "customer": ("customer", _p_customer),
            "supplier": ("supplier", _p_supplier),
            "employee": ("employee", _p_employee),
            "project": ("project", _p_project),
            "product": ("product", _p_product),
            "department": ("department", _p_department),
            "vat_type": ("vatType", _p_vat_type),
            "amount": ("amount", None),
            "amount_currency": ("amountCurrency", None),
            "amount_gross": ("amountGross", None),
            "amount_gross_currency": ("amountGrossCurrency", None),
            "amount_vat": ("amountVat", None),
            "currency": ("currency", _p_currency),
            "invoice_number": ("invoiceNumber", None),
            "term_of_payment": ("termOfPayment", None),
            "close_group": ("closeGroup", None),
            "quantity_amount_1": ("quantityAmount1", None),
            "quantity_type_1": ("quantityType1", _p_quantity_type_1),
            "quantity_amount_2": ("quantityAmount2", None),
            "quantity_type_2": ("quantityType2", _p_quantity_type_2),
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
