from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="LastVendorInvoice")


@_attrs_define
class LastVendorInvoice(Model):
    """
    Attributes:
        currency_id (int | Unset):
        description (str | Unset):
        vat_type_id (int | Unset):
        account_id (int | Unset):
        project_id (int | Unset):
        product_id (int | Unset):
        employee_id (int | Unset):
        department_id (int | Unset):
        free_dimension_1_id (int | Unset):
        free_dimension_2_id (int | Unset):
        free_dimension_3_id (int | Unset):
    """

    currency_id: int | Unset = UNSET
    description: str | Unset = UNSET
    vat_type_id: int | Unset = UNSET
    account_id: int | Unset = UNSET
    project_id: int | Unset = UNSET
    product_id: int | Unset = UNSET
    employee_id: int | Unset = UNSET
    department_id: int | Unset = UNSET
    free_dimension_1_id: int | Unset = UNSET
    free_dimension_2_id: int | Unset = UNSET
    free_dimension_3_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.currency_id
        if _v is not UNSET and not _in_request:
            field_dict["currencyId"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.vat_type_id
        if _v is not UNSET and not _in_request:
            field_dict["vatTypeId"] = _v
        _v = self.account_id
        if _v is not UNSET and not _in_request:
            field_dict["accountId"] = _v
        _v = self.project_id
        if _v is not UNSET and not _in_request:
            field_dict["projectId"] = _v
        _v = self.product_id
        if _v is not UNSET and not _in_request:
            field_dict["productId"] = _v
        _v = self.employee_id
        if _v is not UNSET and not _in_request:
            field_dict["employeeId"] = _v
        _v = self.department_id
        if _v is not UNSET and not _in_request:
            field_dict["departmentId"] = _v
        _v = self.free_dimension_1_id
        if _v is not UNSET and not _in_request:
            field_dict["freeDimension1Id"] = _v
        _v = self.free_dimension_2_id
        if _v is not UNSET and not _in_request:
            field_dict["freeDimension2Id"] = _v
        _v = self.free_dimension_3_id
        if _v is not UNSET and not _in_request:
            field_dict["freeDimension3Id"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A LastVendorInvoice from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``LastVendorInvoice.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "currencyId",
                "description",
                "vatTypeId",
                "accountId",
                "projectId",
                "productId",
                "employeeId",
                "departmentId",
                "freeDimension1Id",
                "freeDimension2Id",
                "freeDimension3Id",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "currencyId": "currency_id",
            "description": "description",
            "vatTypeId": "vat_type_id",
            "accountId": "account_id",
            "projectId": "project_id",
            "productId": "product_id",
            "employeeId": "employee_id",
            "departmentId": "department_id",
            "freeDimension1Id": "free_dimension_1_id",
            "freeDimension2Id": "free_dimension_2_id",
            "freeDimension3Id": "free_dimension_3_id",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.currency_id = o.description = o.vat_type_id = o.account_id = o.project_id = o.product_id = (
                        o.employee_id
                    ) = o.department_id = o.free_dimension_1_id = o.free_dimension_2_id = o.free_dimension_3_id = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("currencyId")
                if v is None:
                    o.currency_id = u
                    if "currencyId" not in d:
                        m += 1
                else:
                    o.currency_id = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("vatTypeId")
                if v is None:
                    o.vat_type_id = u
                    if "vatTypeId" not in d:
                        m += 1
                else:
                    o.vat_type_id = v
                v = g("accountId")
                if v is None:
                    o.account_id = u
                    if "accountId" not in d:
                        m += 1
                else:
                    o.account_id = v
                v = g("projectId")
                if v is None:
                    o.project_id = u
                    if "projectId" not in d:
                        m += 1
                else:
                    o.project_id = v
                v = g("productId")
                if v is None:
                    o.product_id = u
                    if "productId" not in d:
                        m += 1
                else:
                    o.product_id = v
                v = g("employeeId")
                if v is None:
                    o.employee_id = u
                    if "employeeId" not in d:
                        m += 1
                else:
                    o.employee_id = v
                v = g("departmentId")
                if v is None:
                    o.department_id = u
                    if "departmentId" not in d:
                        m += 1
                else:
                    o.department_id = v
                v = g("freeDimension1Id")
                if v is None:
                    o.free_dimension_1_id = u
                    if "freeDimension1Id" not in d:
                        m += 1
                else:
                    o.free_dimension_1_id = v
                v = g("freeDimension2Id")
                if v is None:
                    o.free_dimension_2_id = u
                    if "freeDimension2Id" not in d:
                        m += 1
                else:
                    o.free_dimension_2_id = v
                v = g("freeDimension3Id")
                if v is None:
                    o.free_dimension_3_id = u
                    if "freeDimension3Id" not in d:
                        m += 1
                else:
                    o.free_dimension_3_id = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 11 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("currency_id", "currencyId"),
            ("description", "description"),
            ("vat_type_id", "vatTypeId"),
            ("account_id", "accountId"),
            ("project_id", "projectId"),
            ("product_id", "productId"),
            ("employee_id", "employeeId"),
            ("department_id", "departmentId"),
            ("free_dimension_1_id", "freeDimension1Id"),
            ("free_dimension_2_id", "freeDimension2Id"),
            ("free_dimension_3_id", "freeDimension3Id"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.currency_id
            o.currency_id = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.vat_type_id
            o.vat_type_id = u if v is None else v
            v = s.account_id
            o.account_id = u if v is None else v
            v = s.project_id
            o.project_id = u if v is None else v
            v = s.product_id
            o.product_id = u if v is None else v
            v = s.employee_id
            o.employee_id = u if v is None else v
            v = s.department_id
            o.department_id = u if v is None else v
            v = s.free_dimension_1_id
            o.free_dimension_1_id = u if v is None else v
            v = s.free_dimension_2_id
            o.free_dimension_2_id = u if v is None else v
            v = s.free_dimension_3_id
            o.free_dimension_3_id = u if v is None else v
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
