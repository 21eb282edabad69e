from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incoming_invoice_account_current_account_book import IncomingInvoiceAccountCurrentAccountBook
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

T = TypeVar("T", bound="IncomingInvoiceAccount")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("currentAccountBook", str, False),)


@_attrs_define(on_setattr=mark_assigned)
class IncomingInvoiceAccount(LazyModel):
    """
    Attributes:
        id (int | Unset): [read-only]
        number (str | Unset): [read-only]
        name (str | Unset): [read-only]
        display_name (str | Unset): [read-only]
        department_id (int | Unset): [read-only]
        vat_type_id (int | Unset): [read-only]
        vat_locked (bool | Unset): [read-only]
        department_locked (bool | Unset): [read-only]
        requires_department (bool | Unset): [read-only]
        requires_project (bool | Unset): [read-only]
        product_unit_1_id (int | Unset): [read-only]
        product_unit_2_id (int | Unset): [read-only]
        current_account_book (IncomingInvoiceAccountCurrentAccountBook | Unset): [read-only]
        requires_free_dimension_1 (bool | Unset): [read-only]
        requires_free_dimension_2 (bool | Unset): [read-only]
        requires_free_dimension_3 (bool | Unset): [read-only]
    """

    id: int | Unset = UNSET
    number: str | Unset = UNSET
    name: str | Unset = UNSET
    display_name: str | Unset = UNSET
    department_id: int | Unset = UNSET
    vat_type_id: int | Unset = UNSET
    vat_locked: bool | Unset = UNSET
    department_locked: bool | Unset = UNSET
    requires_department: bool | Unset = UNSET
    requires_project: bool | Unset = UNSET
    product_unit_1_id: int | Unset = UNSET
    product_unit_2_id: int | Unset = UNSET
    current_account_book: IncomingInvoiceAccountCurrentAccountBook | Unset = UNSET
    requires_free_dimension_1: bool | Unset = UNSET
    requires_free_dimension_2: bool | Unset = UNSET
    requires_free_dimension_3: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        number = self.number

        name = self.name

        display_name = self.display_name

        department_id = self.department_id

        vat_type_id = self.vat_type_id

        vat_locked = self.vat_locked

        department_locked = self.department_locked

        requires_department = self.requires_department

        requires_project = self.requires_project

        product_unit_1_id = self.product_unit_1_id

        product_unit_2_id = self.product_unit_2_id

        current_account_book: str | Unset = UNSET
        if not isinstance(self.current_account_book, Unset):
            current_account_book = self.current_account_book.value

        requires_free_dimension_1 = self.requires_free_dimension_1

        requires_free_dimension_2 = self.requires_free_dimension_2

        requires_free_dimension_3 = self.requires_free_dimension_3

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and not _in_request:
            field_dict["id"] = id
        if number is not UNSET and not _in_request:
            field_dict["number"] = number
        if name is not UNSET and not _in_request:
            field_dict["name"] = name
        if display_name is not UNSET and not _in_request:
            field_dict["displayName"] = display_name
        if department_id is not UNSET and not _in_request:
            field_dict["departmentId"] = department_id
        if vat_type_id is not UNSET and not _in_request:
            field_dict["vatTypeId"] = vat_type_id
        if vat_locked is not UNSET and not _in_request:
            field_dict["vatLocked"] = vat_locked
        if department_locked is not UNSET and not _in_request:
            field_dict["departmentLocked"] = department_locked
        if requires_department is not UNSET and not _in_request:
            field_dict["requiresDepartment"] = requires_department
        if requires_project is not UNSET and not _in_request:
            field_dict["requiresProject"] = requires_project
        if product_unit_1_id is not UNSET and not _in_request:
            field_dict["productUnit1Id"] = product_unit_1_id
        if product_unit_2_id is not UNSET and not _in_request:
            field_dict["productUnit2Id"] = product_unit_2_id
        if current_account_book is not UNSET and not _in_request:
            field_dict["currentAccountBook"] = current_account_book
        if requires_free_dimension_1 is not UNSET and not _in_request:
            field_dict["requiresFreeDimension1"] = requires_free_dimension_1
        if requires_free_dimension_2 is not UNSET and not _in_request:
            field_dict["requiresFreeDimension2"] = requires_free_dimension_2
        if requires_free_dimension_3 is not UNSET and not _in_request:
            field_dict["requiresFreeDimension3"] = requires_free_dimension_3

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomingInvoiceAccount from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_current_account_book(_tx_v: Any) -> IncomingInvoiceAccountCurrentAccountBook | Unset:
            _current_account_book = _tx_v
            current_account_book: IncomingInvoiceAccountCurrentAccountBook | Unset
            if isinstance(_current_account_book, Unset):
                current_account_book = UNSET
            else:
                current_account_book = IncomingInvoiceAccountCurrentAccountBook(_current_account_book)

            return current_account_book

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "number",
                "name",
                "displayName",
                "departmentId",
                "vatTypeId",
                "vatLocked",
                "departmentLocked",
                "requiresDepartment",
                "requiresProject",
                "productUnit1Id",
                "productUnit2Id",
                "currentAccountBook",
                "requiresFreeDimension1",
                "requiresFreeDimension2",
                "requiresFreeDimension3",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "number": ("number", None),
            "name": ("name", None),
            "display_name": ("displayName", None),
            "department_id": ("departmentId", None),
            "vat_type_id": ("vatTypeId", None),
            "vat_locked": ("vatLocked", None),
            "department_locked": ("departmentLocked", None),
            "requires_department": ("requiresDepartment", None),
            "requires_project": ("requiresProject", None),
            "product_unit_1_id": ("productUnit1Id", None),
            "product_unit_2_id": ("productUnit2Id", None),
            "current_account_book": ("currentAccountBook", _p_current_account_book),
            "requires_free_dimension_1": ("requiresFreeDimension1", None),
            "requires_free_dimension_2": ("requiresFreeDimension2", None),
            "requires_free_dimension_3": ("requiresFreeDimension3", None),
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
