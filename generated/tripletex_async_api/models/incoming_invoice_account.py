from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incoming_invoice_account_current_account_book import IncomingInvoiceAccountCurrentAccountBook
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
    serializing_request_body,
)

T = TypeVar("T", bound="IncomingInvoiceAccount")


@_attrs_define
class IncomingInvoiceAccount(Model):
    """
    Attributes:
        id (int | Unset):
        number (str | Unset):
        name (str | Unset):
        display_name (str | Unset):
        department_id (int | Unset):
        vat_type_id (int | Unset):
        vat_locked (bool | Unset):
        department_locked (bool | Unset):
        requires_department (bool | Unset):
        requires_project (bool | Unset):
        product_unit_1_id (int | Unset):
        product_unit_2_id (int | Unset):
        current_account_book (IncomingInvoiceAccountCurrentAccountBook | Unset):
        requires_free_dimension_1 (bool | Unset):
        requires_free_dimension_2 (bool | Unset):
        requires_free_dimension_3 (bool | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET and not _in_request:
            field_dict["id"] = _v
        _v = self.number
        if _v is not UNSET and not _in_request:
            field_dict["number"] = _v
        _v = self.name
        if _v is not UNSET and not _in_request:
            field_dict["name"] = _v
        _v = self.display_name
        if _v is not UNSET and not _in_request:
            field_dict["displayName"] = _v
        _v = self.department_id
        if _v is not UNSET and not _in_request:
            field_dict["departmentId"] = _v
        _v = self.vat_type_id
        if _v is not UNSET and not _in_request:
            field_dict["vatTypeId"] = _v
        _v = self.vat_locked
        if _v is not UNSET and not _in_request:
            field_dict["vatLocked"] = _v
        _v = self.department_locked
        if _v is not UNSET and not _in_request:
            field_dict["departmentLocked"] = _v
        _v = self.requires_department
        if _v is not UNSET and not _in_request:
            field_dict["requiresDepartment"] = _v
        _v = self.requires_project
        if _v is not UNSET and not _in_request:
            field_dict["requiresProject"] = _v
        _v = self.product_unit_1_id
        if _v is not UNSET and not _in_request:
            field_dict["productUnit1Id"] = _v
        _v = self.product_unit_2_id
        if _v is not UNSET and not _in_request:
            field_dict["productUnit2Id"] = _v
        _v = self.current_account_book
        if _v is not UNSET and not _in_request:
            field_dict["currentAccountBook"] = _v._value_
        _v = self.requires_free_dimension_1
        if _v is not UNSET and not _in_request:
            field_dict["requiresFreeDimension1"] = _v
        _v = self.requires_free_dimension_2
        if _v is not UNSET and not _in_request:
            field_dict["requiresFreeDimension2"] = _v
        _v = self.requires_free_dimension_3
        if _v is not UNSET and not _in_request:
            field_dict["requiresFreeDimension3"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomingInvoiceAccount from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``IncomingInvoiceAccount.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_current_account_book: dict[Any, Any] = enum_members(IncomingInvoiceAccountCurrentAccountBook)
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "number": "number",
            "name": "name",
            "displayName": "display_name",
            "departmentId": "department_id",
            "vatTypeId": "vat_type_id",
            "vatLocked": "vat_locked",
            "departmentLocked": "department_locked",
            "requiresDepartment": "requires_department",
            "requiresProject": "requires_project",
            "productUnit1Id": "product_unit_1_id",
            "productUnit2Id": "product_unit_2_id",
            "requiresFreeDimension1": "requires_free_dimension_1",
            "requiresFreeDimension2": "requires_free_dimension_2",
            "requiresFreeDimension3": "requires_free_dimension_3",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 5 and _sparse_keys.issuperset(d):
                    o.id = o.number = o.name = o.display_name = o.department_id = o.vat_type_id = o.vat_locked = (
                        o.department_locked
                    ) = o.requires_department = o.requires_project = o.product_unit_1_id = o.product_unit_2_id = (
                        o.current_account_book
                    ) = o.requires_free_dimension_1 = o.requires_free_dimension_2 = o.requires_free_dimension_3 = UNSET
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
                v = g("number")
                if v is None:
                    o.number = u
                    if "number" not in d:
                        m += 1
                else:
                    o.number = v
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                v = g("displayName")
                if v is None:
                    o.display_name = u
                    if "displayName" not in d:
                        m += 1
                else:
                    o.display_name = v
                v = g("departmentId")
                if v is None:
                    o.department_id = u
                    if "departmentId" not in d:
                        m += 1
                else:
                    o.department_id = v
                v = g("vatTypeId")
                if v is None:
                    o.vat_type_id = u
                    if "vatTypeId" not in d:
                        m += 1
                else:
                    o.vat_type_id = v
                v = g("vatLocked")
                if v is None:
                    o.vat_locked = u
                    if "vatLocked" not in d:
                        m += 1
                else:
                    o.vat_locked = v
                v = g("departmentLocked")
                if v is None:
                    o.department_locked = u
                    if "departmentLocked" not in d:
                        m += 1
                else:
                    o.department_locked = v
                v = g("requiresDepartment")
                if v is None:
                    o.requires_department = u
                    if "requiresDepartment" not in d:
                        m += 1
                else:
                    o.requires_department = v
                v = g("requiresProject")
                if v is None:
                    o.requires_project = u
                    if "requiresProject" not in d:
                        m += 1
                else:
                    o.requires_project = v
                v = g("productUnit1Id")
                if v is None:
                    o.product_unit_1_id = u
                    if "productUnit1Id" not in d:
                        m += 1
                else:
                    o.product_unit_1_id = v
                v = g("productUnit2Id")
                if v is None:
                    o.product_unit_2_id = u
                    if "productUnit2Id" not in d:
                        m += 1
                else:
                    o.product_unit_2_id = v
                k = "currentAccountBook"
                v = g("currentAccountBook")
                if v is None:
                    o.current_account_book = u
                    if "currentAccountBook" not in d:
                        m += 1
                else:
                    o.current_account_book = (
                        e_
                        if (e_ := _e_current_account_book.get(v)) is not None
                        else enum_value(IncomingInvoiceAccountCurrentAccountBook, v)
                    )
                v = g("requiresFreeDimension1")
                if v is None:
                    o.requires_free_dimension_1 = u
                    if "requiresFreeDimension1" not in d:
                        m += 1
                else:
                    o.requires_free_dimension_1 = v
                v = g("requiresFreeDimension2")
                if v is None:
                    o.requires_free_dimension_2 = u
                    if "requiresFreeDimension2" not in d:
                        m += 1
                else:
                    o.requires_free_dimension_2 = v
                v = g("requiresFreeDimension3")
                if v is None:
                    o.requires_free_dimension_3 = u
                    if "requiresFreeDimension3" not in d:
                        m += 1
                else:
                    o.requires_free_dimension_3 = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 16 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("number", "number"),
            ("name", "name"),
            ("display_name", "displayName"),
            ("department_id", "departmentId"),
            ("vat_type_id", "vatTypeId"),
            ("vat_locked", "vatLocked"),
            ("department_locked", "departmentLocked"),
            ("requires_department", "requiresDepartment"),
            ("requires_project", "requiresProject"),
            ("product_unit_1_id", "productUnit1Id"),
            ("product_unit_2_id", "productUnit2Id"),
            ("current_account_book", "currentAccountBook"),
            ("requires_free_dimension_1", "requiresFreeDimension1"),
            ("requires_free_dimension_2", "requiresFreeDimension2"),
            ("requires_free_dimension_3", "requiresFreeDimension3"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.number
            o.number = u if v is None else v
            v = s.name
            o.name = u if v is None else v
            v = s.display_name
            o.display_name = u if v is None else v
            v = s.department_id
            o.department_id = u if v is None else v
            v = s.vat_type_id
            o.vat_type_id = u if v is None else v
            v = s.vat_locked
            o.vat_locked = u if v is None else v
            v = s.department_locked
            o.department_locked = u if v is None else v
            v = s.requires_department
            o.requires_department = u if v is None else v
            v = s.requires_project
            o.requires_project = u if v is None else v
            v = s.product_unit_1_id
            o.product_unit_1_id = u if v is None else v
            v = s.product_unit_2_id
            o.product_unit_2_id = u if v is None else v
            v = s.current_account_book
            o.current_account_book = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_current_account_book.get(v)) is not None
                else enum_value(IncomingInvoiceAccountCurrentAccountBook, v)
            )
            v = s.requires_free_dimension_1
            o.requires_free_dimension_1 = u if v is None else v
            v = s.requires_free_dimension_2
            o.requires_free_dimension_2 = u if v is None else v
            v = s.requires_free_dimension_3
            o.requires_free_dimension_3 = u if v is None else v
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
