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
    from ..models.customer import Customer
    from ..models.supplier import Supplier
    from ..models.vat_type import VatType


T = TypeVar("T", bound="PaymentType")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("debitAccount", dict, False),
    ("creditAccount", dict, False),
    ("vatType", dict, False),
    ("customer", dict, False),
    ("supplier", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class PaymentType(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        description (str | Unset):
        display_name (str | Unset):
        debit_account (Account | Unset):
        credit_account (Account | Unset):
        vat_type (VatType | Unset): The default vat type for this account.
        sequence (int | Unset): Defines the priority of order, when displayed in a list with order payment types
        customer (Customer | Unset):
        supplier (Supplier | Unset):
        currency_id (int | Unset): [read-only]
        currency_code (str | Unset): [read-only]
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    description: str | Unset = UNSET
    display_name: str | Unset = UNSET
    debit_account: Account | Unset = UNSET
    credit_account: Account | Unset = UNSET
    vat_type: VatType | Unset = UNSET
    sequence: int | Unset = UNSET
    customer: Customer | Unset = UNSET
    supplier: Supplier | Unset = UNSET
    currency_id: int | Unset = UNSET
    currency_code: str | Unset = UNSET
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

        description = self.description

        display_name = self.display_name

        debit_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debit_account, Unset):
            debit_account = self.debit_account.to_dict()

        credit_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_account, Unset):
            credit_account = self.credit_account.to_dict()

        vat_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_type, Unset):
            vat_type = self.vat_type.to_dict()

        sequence = self.sequence

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        supplier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = self.supplier.to_dict()

        currency_id = self.currency_id

        currency_code = self.currency_code

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
        if description is not UNSET:
            field_dict["description"] = description
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if debit_account is not UNSET:
            field_dict["debitAccount"] = debit_account
        if credit_account is not UNSET:
            field_dict["creditAccount"] = credit_account
        if vat_type is not UNSET:
            field_dict["vatType"] = vat_type
        if sequence is not UNSET:
            field_dict["sequence"] = sequence
        if customer is not UNSET:
            field_dict["customer"] = customer
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if currency_id is not UNSET and not _in_request:
            field_dict["currencyId"] = currency_id
        if currency_code is not UNSET and not _in_request:
            field_dict["currencyCode"] = currency_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A PaymentType from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.account import Account  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.customer import Customer  # noqa: PLC0415
        from ..models.supplier import Supplier  # noqa: PLC0415
        from ..models.vat_type import VatType  # noqa: PLC0415

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

        def _p_debit_account(_tx_v: Any) -> Account | Unset:
            _debit_account = _tx_v
            debit_account: Account | Unset
            if isinstance(_debit_account, Unset):
                debit_account = UNSET
            else:
                debit_account = Account._tx_from_json(_debit_account)

            return debit_account

        def _p_credit_account(_tx_v: Any) -> Account | Unset:
            _credit_account = _tx_v
            credit_account: Account | Unset
            if isinstance(_credit_account, Unset):
                credit_account = UNSET
            else:
                credit_account = Account._tx_from_json(_credit_account)

            return credit_account

        def _p_vat_type(_tx_v: Any) -> VatType | Unset:
            _vat_type = _tx_v
            vat_type: VatType | Unset
            if isinstance(_vat_type, Unset):
                vat_type = UNSET
            else:
                vat_type = VatType._tx_from_json(_vat_type)

            return vat_type

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

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "description",
                "displayName",
                "debitAccount",
                "creditAccount",
                "vatType",
                "sequence",
                "customer",
                "supplier",
                "currencyId",
                "currencyCode",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "description": ("description", None),
            "display_name": ("displayName", None),
            "debit_account": ("debitAccount", _p_debit_account),
            "credit_account": ("creditAccount", _p_credit_account),
            "vat_type": ("vatType", _p_vat_type),
            "sequence": ("sequence", None),
            "customer": ("customer", _p_customer),
            "supplier": ("supplier", _p_supplier),
            "currency_id": ("currencyId", None),
            "currency_code": ("currencyCode", None),
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
