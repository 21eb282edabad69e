from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.posting_type import PostingType
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
    from ..models.accounting_dimension_value import AccountingDimensionValue
    from ..models.asset import Asset
    from ..models.change import Change
    from ..models.close_group import CloseGroup
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


T = TypeVar("T", bound="Posting")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("voucher", dict, False),
    ("account", dict, False),
    ("amortizationAccount", dict, False),
    ("customer", dict, False),
    ("supplier", dict, False),
    ("employee", dict, False),
    ("project", dict, False),
    ("product", dict, False),
    ("department", dict, False),
    ("vatType", dict, False),
    ("currency", dict, False),
    ("closeGroup", dict, False),
    ("type", str, False),
    ("quantityType1", dict, False),
    ("quantityType2", dict, False),
    ("freeAccountingDimension1", dict, False),
    ("freeAccountingDimension2", dict, False),
    ("freeAccountingDimension3", dict, False),
    ("asset", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class Posting(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        voucher (Voucher | Unset):
        date (str | Unset):
        description (str | Unset):
        account (Account | Unset):
        amortization_account (Account | Unset):
        amortization_start_date (str | Unset): Amortization start date. AmortizationAccountId, amortizationStartDate and
            amortizationEndDate should be provided.
        amortization_end_date (str | Unset):
        customer (Customer | Unset):
        supplier (Supplier | Unset):
        employee (Employee | Unset):
        project (Project | Unset):
        product (Product | Unset):
        department (Department | Unset): The department for this account. If multiple industries are activated, all
            postings on this account will be towards this department. If multiple industries are not activated, it is
            ignored.
        vat_type (VatType | Unset): The default vat type for this account.
        amount (float | Unset):
        amount_currency (float | Unset):
        amount_gross (float | Unset):
        amount_gross_currency (float | Unset):
        currency (Currency | Unset):
        close_group (CloseGroup | Unset):
        invoice_number (str | Unset):
        term_of_payment (str | Unset):
        row (int | Unset):
        type_ (PostingType | Unset): [read-only]
        external_ref (str | Unset): [read-only] External reference for identifying payment basis of the posting, e.g.,
            KID, customer identification or credit note number.
        system_generated (bool | Unset): [read-only]
        tax_transaction_type (str | Unset): [read-only]
        tax_transaction_type_id (int | Unset): [read-only]
        matched (bool | Unset): [read-only]
        quantity_amount_1 (float | Unset): The quantity amount associated with the posting
        quantity_type_1 (ProductUnit | Unset): The quantity type 2 that has been associated to this account
        quantity_amount_2 (float | Unset): The quantity amount associated with the posting
        quantity_type_2 (ProductUnit | Unset): The quantity type 2 that has been associated to this account
        is_vat_readonly (bool | Unset): [read-only] Is vat code readonly?
        is_amount_vat_closed (bool | Unset): [read-only] Is amount of this posting (for VAT purposes) changeable
        posting_rule_id (int | Unset): The payment type id associated with the posting. This ID will only be set if the
            payment types used is an internal payment type like 'Nettbank' - it is not set if the payment is a bank payment
            like AutoPay or ZTL.
        free_accounting_dimension_1 (AccountingDimensionValue | Unset): Free dimensions for the project connected to the
            order.
        free_accounting_dimension_2 (AccountingDimensionValue | Unset): Free dimensions for the project connected to the
            order.
        free_accounting_dimension_3 (AccountingDimensionValue | Unset): Free dimensions for the project connected to the
            order.
        asset (Asset | Unset): The asset ('anleggsmiddel' / 'eiendel') connected to this posting
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    voucher: Voucher | Unset = UNSET
    date: str | Unset = UNSET
    description: str | Unset = UNSET
    account: Account | Unset = UNSET
    amortization_account: Account | Unset = UNSET
    amortization_start_date: str | Unset = UNSET
    amortization_end_date: str | Unset = UNSET
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
    currency: Currency | Unset = UNSET
    close_group: CloseGroup | Unset = UNSET
    invoice_number: str | Unset = UNSET
    term_of_payment: str | Unset = UNSET
    row: int | Unset = UNSET
    type_: PostingType | Unset = UNSET
    external_ref: str | Unset = UNSET
    system_generated: bool | Unset = UNSET
    tax_transaction_type: str | Unset = UNSET
    tax_transaction_type_id: int | Unset = UNSET
    matched: bool | Unset = UNSET
    quantity_amount_1: float | Unset = UNSET
    quantity_type_1: ProductUnit | Unset = UNSET
    quantity_amount_2: float | Unset = UNSET
    quantity_type_2: ProductUnit | Unset = UNSET
    is_vat_readonly: bool | Unset = UNSET
    is_amount_vat_closed: bool | Unset = UNSET
    posting_rule_id: int | Unset = UNSET
    free_accounting_dimension_1: AccountingDimensionValue | Unset = UNSET
    free_accounting_dimension_2: AccountingDimensionValue | Unset = UNSET
    free_accounting_dimension_3: AccountingDimensionValue | Unset = UNSET
    asset: Asset | Unset = UNSET
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

        amortization_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amortization_account, Unset):
            amortization_account = self.amortization_account.to_dict()

        amortization_start_date = self.amortization_start_date

        amortization_end_date = self.amortization_end_date

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

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        close_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.close_group, Unset):
            close_group = self.close_group.to_dict()

        invoice_number = self.invoice_number

        term_of_payment = self.term_of_payment

        row = self.row

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        external_ref = self.external_ref

        system_generated = self.system_generated

        tax_transaction_type = self.tax_transaction_type

        tax_transaction_type_id = self.tax_transaction_type_id

        matched = self.matched

        quantity_amount_1 = self.quantity_amount_1

        quantity_type_1: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quantity_type_1, Unset):
            quantity_type_1 = self.quantity_type_1.to_dict()

        quantity_amount_2 = self.quantity_amount_2

        quantity_type_2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quantity_type_2, Unset):
            quantity_type_2 = self.quantity_type_2.to_dict()

        is_vat_readonly = self.is_vat_readonly

        is_amount_vat_closed = self.is_amount_vat_closed

        posting_rule_id = self.posting_rule_id

        free_accounting_dimension_1: dict[str, Any] | Unset = UNSET
        if not isinstance(self.free_accounting_dimension_1, Unset):
            free_accounting_dimension_1 = self.free_accounting_dimension_1.to_dict()

        free_accounting_dimension_2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.free_accounting_dimension_2, Unset):
            free_accounting_dimension_2 = self.free_accounting_dimension_2.to_dict()

        free_accounting_dimension_3: dict[str, Any] | Unset = UNSET
        if not isinstance(self.free_accounting_dimension_3, Unset):
            free_accounting_dimension_3 = self.free_accounting_dimension_3.to_dict()

        asset: dict[str, Any] | Unset = UNSET
        if not isinstance(self.asset, Unset):
            asset = self.asset.to_dict()

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
        if amortization_account is not UNSET:
            field_dict["amortizationAccount"] = amortization_account
        if amortization_start_date is not UNSET:
            field_dict["amortizationStartDate"] = amortization_start_date
        if amortization_end_date is not UNSET:
            field_dict["amortizationEndDate"] = amortization_end_date
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
        if currency is not UNSET:
            field_dict["currency"] = currency
        if close_group is not UNSET:
            field_dict["closeGroup"] = close_group
        if invoice_number is not UNSET:
            field_dict["invoiceNumber"] = invoice_number
        if term_of_payment is not UNSET:
            field_dict["termOfPayment"] = term_of_payment
        if row is not UNSET:
            field_dict["row"] = row
        if type_ is not UNSET and not _in_request:
            field_dict["type"] = type_
        if external_ref is not UNSET and not _in_request:
            field_dict["externalRef"] = external_ref
        if system_generated is not UNSET and not _in_request:
            field_dict["systemGenerated"] = system_generated
        if tax_transaction_type is not UNSET and not _in_request:
            field_dict["taxTransactionType"] = tax_transaction_type
        if tax_transaction_type_id is not UNSET and not _in_request:
            field_dict["taxTransactionTypeId"] = tax_transaction_type_id
        if matched is not UNSET and not _in_request:
            field_dict["matched"] = matched
        if quantity_amount_1 is not UNSET:
            field_dict["quantityAmount1"] = quantity_amount_1
        if quantity_type_1 is not UNSET:
            field_dict["quantityType1"] = quantity_type_1
        if quantity_amount_2 is not UNSET:
            field_dict["quantityAmount2"] = quantity_amount_2
        if quantity_type_2 is not UNSET:
            field_dict["quantityType2"] = quantity_type_2
        if is_vat_readonly is not UNSET and not _in_request:
            field_dict["isVatReadonly"] = is_vat_readonly
        if is_amount_vat_closed is not UNSET and not _in_request:
            field_dict["isAmountVatClosed"] = is_amount_vat_closed
        if posting_rule_id is not UNSET:
            field_dict["postingRuleId"] = posting_rule_id
        if free_accounting_dimension_1 is not UNSET:
            field_dict["freeAccountingDimension1"] = free_accounting_dimension_1
        if free_accounting_dimension_2 is not UNSET:
            field_dict["freeAccountingDimension2"] = free_accounting_dimension_2
        if free_accounting_dimension_3 is not UNSET:
            field_dict["freeAccountingDimension3"] = free_accounting_dimension_3
        if asset is not UNSET:
            field_dict["asset"] = asset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Posting from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.account import Account  # noqa: PLC0415
        from ..models.accounting_dimension_value import AccountingDimensionValue  # noqa: PLC0415
        from ..models.asset import Asset  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.close_group import CloseGroup  # noqa: PLC0415
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

        def _p_amortization_account(_tx_v: Any) -> Account | Unset:
            _amortization_account = _tx_v
            amortization_account: Account | Unset
            if isinstance(_amortization_account, Unset):
                amortization_account = UNSET
            else:
                amortization_account = Account._tx_from_json(_amortization_account)

            return amortization_account

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

        def _p_close_group(_tx_v: Any) -> CloseGroup | Unset:
            _close_group = _tx_v
            close_group: CloseGroup | Unset
            if isinstance(_close_group, Unset):
                close_group = UNSET
            else:
                close_group = CloseGroup._tx_from_json(_close_group)

            return close_group

        def _p_type_(_tx_v: Any) -> PostingType | Unset:
            _type_ = _tx_v
            type_: PostingType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = PostingType(_type_)

            return type_

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

        def _p_free_accounting_dimension_1(_tx_v: Any) -> AccountingDimensionValue | Unset:
            _free_accounting_dimension_1 = _tx_v
            free_accounting_dimension_1: AccountingDimensionValue | Unset
            if isinstance(_free_accounting_dimension_1, Unset):
                free_accounting_dimension_1 = UNSET
            else:
                free_accounting_dimension_1 = AccountingDimensionValue._tx_from_json(_free_accounting_dimension_1)

            return free_accounting_dimension_1

        def _p_free_accounting_dimension_2(_tx_v: Any) -> AccountingDimensionValue | Unset:
            _free_accounting_dimension_2 = _tx_v
            free_accounting_dimension_2: AccountingDimensionValue | Unset
            if isinstance(_free_accounting_dimension_2, Unset):
                free_accounting_dimension_2 = UNSET
            else:
                free_accounting_dimension_2 = AccountingDimensionValue._tx_from_json(_free_accounting_dimension_2)

            return free_accounting_dimension_2

        def _p_free_accounting_dimension_3(_tx_v: Any) -> AccountingDimensionValue | Unset:
            _free_accounting_dimension_3 = _tx_v
            free_accounting_dimension_3: AccountingDimensionValue | Unset
            if isinstance(_free_accounting_dimension_3, Unset):
                free_accounting_dimension_3 = UNSET
            else:
                free_accounting_dimension_3 = AccountingDimensionValue._tx_from_json(_free_accounting_dimension_3)

            return free_accounting_dimension_3

        def _p_asset(_tx_v: Any) -> Asset | Unset:
            _asset = _tx_v
            asset: Asset | Unset
            if isinstance(_asset, Unset):
                asset = UNSET
            else:
                asset = Asset._tx_from_json(_asset)

            return asset

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
                "amortizationAccount",
                "amortizationStartDate",
                "amortizationEndDate",
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
                "currency",
                "closeGroup",
                "invoiceNumber",
                "termOfPayment",
                "row",
                "type",
                "externalRef",
                "systemGenerated",
                "taxTransactionType",
                "taxTransactionTypeId",
                "matched",
                "quantityAmount1",
                "quantityType1",
                "quantityAmount2",
                "quantityType2",
                "isVatReadonly",
                "isAmountVatClosed",
                "postingRuleId",
                "freeAccountingDimension1",
                "freeAccountingDimension2",
                "freeAccountingDimension3",
                "asset",
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
            "amortization_account": ("amortizationAccount", _p_amortization_account),
            "amortization_start_date": ("amortizationStartDate", None),
            "amortization_end_date": ("amortizationEndDate", None),
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
            "currency": ("currency", _p_currency),
            "close_group": ("closeGroup", _p_close_group),
            "invoice_number": ("invoiceNumber", None),
            "term_of_payment": ("termOfPayment", None),
            "row": ("row", None),
            "type_": ("type", _p_type_),
            "external_ref": ("externalRef", None),
            "system_generated": ("systemGenerated", None),
            "tax_transaction_type": ("taxTransactionType", None),
            "tax_transaction_type_id": ("taxTransactionTypeId", None),
            "matched": ("matched", None),
            "quantity_amount_1": ("quantityAmount1", None),
            "quantity_type_1": ("quantityType1", _p_quantity_type_1),
            "quantity_amount_2": ("quantityAmount2", None),
            "quantity_type_2": ("quantityType2", _p_quantity_type_2),
            "is_vat_readonly": ("isVatReadonly", None),
            "is_amount_vat_closed": ("isAmountVatClosed", None),
            "posting_rule_id": ("postingRuleId", None),
            "free_accounting_dimension_1": ("freeAccountingDimension1", _p_free_accounting_dimension_1),
            "free_accounting_dimension_2": ("freeAccountingDimension2", _p_free_accounting_dimension_2),
            "free_accounting_dimension_3": ("freeAccountingDimension3", _p_free_accounting_dimension_3),
            "asset": ("asset", _p_asset),
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
