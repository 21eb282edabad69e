from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.posting_type import PostingType
from ..types import UNSET, Unset, serializing_request_body

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


@_attrs_define
class Posting:
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

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        version = d.pop("version", UNSET)

        _changes = d.pop("changes", UNSET)
        changes: list[Change] | Unset = UNSET
        if _changes is not UNSET:
            changes = []
            for changes_item_data in _changes:
                if changes_item_data is None:
                    continue
                changes_item = Change.from_dict(changes_item_data)

                changes.append(changes_item)

        url = d.pop("url", UNSET)

        _voucher = d.pop("voucher", UNSET)
        voucher: Voucher | Unset
        if isinstance(_voucher, Unset):
            voucher = UNSET
        else:
            voucher = Voucher.from_dict(_voucher)

        date = d.pop("date", UNSET)

        description = d.pop("description", UNSET)

        _account = d.pop("account", UNSET)
        account: Account | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = Account.from_dict(_account)

        _amortization_account = d.pop("amortizationAccount", UNSET)
        amortization_account: Account | Unset
        if isinstance(_amortization_account, Unset):
            amortization_account = UNSET
        else:
            amortization_account = Account.from_dict(_amortization_account)

        amortization_start_date = d.pop("amortizationStartDate", UNSET)

        amortization_end_date = d.pop("amortizationEndDate", UNSET)

        _customer = d.pop("customer", UNSET)
        customer: Customer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = Customer.from_dict(_customer)

        _supplier = d.pop("supplier", UNSET)
        supplier: Supplier | Unset
        if isinstance(_supplier, Unset):
            supplier = UNSET
        else:
            supplier = Supplier.from_dict(_supplier)

        _employee = d.pop("employee", UNSET)
        employee: Employee | Unset
        if isinstance(_employee, Unset):
            employee = UNSET
        else:
            employee = Employee.from_dict(_employee)

        _project = d.pop("project", UNSET)
        project: Project | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = Project.from_dict(_project)

        _product = d.pop("product", UNSET)
        product: Product | Unset
        if isinstance(_product, Unset):
            product = UNSET
        else:
            product = Product.from_dict(_product)

        _department = d.pop("department", UNSET)
        department: Department | Unset
        if isinstance(_department, Unset):
            department = UNSET
        else:
            department = Department.from_dict(_department)

        _vat_type = d.pop("vatType", UNSET)
        vat_type: VatType | Unset
        if isinstance(_vat_type, Unset):
            vat_type = UNSET
        else:
            vat_type = VatType.from_dict(_vat_type)

        amount = d.pop("amount", UNSET)

        amount_currency = d.pop("amountCurrency", UNSET)

        amount_gross = d.pop("amountGross", UNSET)

        amount_gross_currency = d.pop("amountGrossCurrency", UNSET)

        _currency = d.pop("currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = Currency.from_dict(_currency)

        _close_group = d.pop("closeGroup", UNSET)
        close_group: CloseGroup | Unset
        if isinstance(_close_group, Unset):
            close_group = UNSET
        else:
            close_group = CloseGroup.from_dict(_close_group)

        invoice_number = d.pop("invoiceNumber", UNSET)

        term_of_payment = d.pop("termOfPayment", UNSET)

        row = d.pop("row", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: PostingType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = PostingType(_type_)

        external_ref = d.pop("externalRef", UNSET)

        system_generated = d.pop("systemGenerated", UNSET)

        tax_transaction_type = d.pop("taxTransactionType", UNSET)

        tax_transaction_type_id = d.pop("taxTransactionTypeId", UNSET)

        matched = d.pop("matched", UNSET)

        quantity_amount_1 = d.pop("quantityAmount1", UNSET)

        _quantity_type_1 = d.pop("quantityType1", UNSET)
        quantity_type_1: ProductUnit | Unset
        if isinstance(_quantity_type_1, Unset):
            quantity_type_1 = UNSET
        else:
            quantity_type_1 = ProductUnit.from_dict(_quantity_type_1)

        quantity_amount_2 = d.pop("quantityAmount2", UNSET)

        _quantity_type_2 = d.pop("quantityType2", UNSET)
        quantity_type_2: ProductUnit | Unset
        if isinstance(_quantity_type_2, Unset):
            quantity_type_2 = UNSET
        else:
            quantity_type_2 = ProductUnit.from_dict(_quantity_type_2)

        is_vat_readonly = d.pop("isVatReadonly", UNSET)

        is_amount_vat_closed = d.pop("isAmountVatClosed", UNSET)

        posting_rule_id = d.pop("postingRuleId", UNSET)

        _free_accounting_dimension_1 = d.pop("freeAccountingDimension1", UNSET)
        free_accounting_dimension_1: AccountingDimensionValue | Unset
        if isinstance(_free_accounting_dimension_1, Unset):
            free_accounting_dimension_1 = UNSET
        else:
            free_accounting_dimension_1 = AccountingDimensionValue.from_dict(_free_accounting_dimension_1)

        _free_accounting_dimension_2 = d.pop("freeAccountingDimension2", UNSET)
        free_accounting_dimension_2: AccountingDimensionValue | Unset
        if isinstance(_free_accounting_dimension_2, Unset):
            free_accounting_dimension_2 = UNSET
        else:
            free_accounting_dimension_2 = AccountingDimensionValue.from_dict(_free_accounting_dimension_2)

        _free_accounting_dimension_3 = d.pop("freeAccountingDimension3", UNSET)
        free_accounting_dimension_3: AccountingDimensionValue | Unset
        if isinstance(_free_accounting_dimension_3, Unset):
            free_accounting_dimension_3 = UNSET
        else:
            free_accounting_dimension_3 = AccountingDimensionValue.from_dict(_free_accounting_dimension_3)

        _asset = d.pop("asset", UNSET)
        asset: Asset | Unset
        if isinstance(_asset, Unset):
            asset = UNSET
        else:
            asset = Asset.from_dict(_asset)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            voucher=voucher,
            date=date,
            description=description,
            account=account,
            amortization_account=amortization_account,
            amortization_start_date=amortization_start_date,
            amortization_end_date=amortization_end_date,
            customer=customer,
            supplier=supplier,
            employee=employee,
            project=project,
            product=product,
            department=department,
            vat_type=vat_type,
            amount=amount,
            amount_currency=amount_currency,
            amount_gross=amount_gross,
            amount_gross_currency=amount_gross_currency,
            currency=currency,
            close_group=close_group,
            invoice_number=invoice_number,
            term_of_payment=term_of_payment,
            row=row,
            type_=type_,
            external_ref=external_ref,
            system_generated=system_generated,
            tax_transaction_type=tax_transaction_type,
            tax_transaction_type_id=tax_transaction_type_id,
            matched=matched,
            quantity_amount_1=quantity_amount_1,
            quantity_type_1=quantity_type_1,
            quantity_amount_2=quantity_amount_2,
            quantity_type_2=quantity_type_2,
            is_vat_readonly=is_vat_readonly,
            is_amount_vat_closed=is_amount_vat_closed,
            posting_rule_id=posting_rule_id,
            free_accounting_dimension_1=free_accounting_dimension_1,
            free_accounting_dimension_2=free_accounting_dimension_2,
            free_accounting_dimension_3=free_accounting_dimension_3,
            asset=asset,
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
