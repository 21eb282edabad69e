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

T = TypeVar("T", bound="IncomingInvoiceProject")


@_attrs_define
class IncomingInvoiceProject(Model):
    """
    Attributes:
        id (int | Unset):
        display_name (str | Unset):
        department_id (int | Unset):
        vat_type_id (int | Unset):
        fixed_price (bool | Unset):
        internal_project (bool | Unset):
        closed (bool | Unset):
        currency_id (int | Unset):
        markup (float | Unset):
        discount (float | Unset):
        use_product_net_price (bool | Unset):
    """

    id: int | Unset = UNSET
    display_name: str | Unset = UNSET
    department_id: int | Unset = UNSET
    vat_type_id: int | Unset = UNSET
    fixed_price: bool | Unset = UNSET
    internal_project: bool | Unset = UNSET
    closed: bool | Unset = UNSET
    currency_id: int | Unset = UNSET
    markup: float | Unset = UNSET
    discount: float | Unset = UNSET
    use_product_net_price: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET and not _in_request:
            field_dict["id"] = _v
        _v = self.display_name
        if _v is not UNSET and not _in_request:
            field_dict["displayName"] = _v
        _v = self.department_id
        if _v is not UNSET and not _in_request:
            field_dict["departmentId"] = _v
        _v = self.vat_type_id
        if _v is not UNSET and not _in_request:
            field_dict["vatTypeId"] = _v
        _v = self.fixed_price
        if _v is not UNSET and not _in_request:
            field_dict["fixedPrice"] = _v
        _v = self.internal_project
        if _v is not UNSET and not _in_request:
            field_dict["internalProject"] = _v
        _v = self.closed
        if _v is not UNSET and not _in_request:
            field_dict["closed"] = _v
        _v = self.currency_id
        if _v is not UNSET and not _in_request:
            field_dict["currencyId"] = _v
        _v = self.markup
        if _v is not UNSET and not _in_request:
            field_dict["markup"] = _v
        _v = self.discount
        if _v is not UNSET and not _in_request:
            field_dict["discount"] = _v
        _v = self.use_product_net_price
        if _v is not UNSET and not _in_request:
            field_dict["useProductNetPrice"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomingInvoiceProject from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``IncomingInvoiceProject.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "id",
                "displayName",
                "departmentId",
                "vatTypeId",
                "fixedPrice",
                "internalProject",
                "closed",
                "currencyId",
                "markup",
                "discount",
                "useProductNetPrice",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "displayName": "display_name",
            "departmentId": "department_id",
            "vatTypeId": "vat_type_id",
            "fixedPrice": "fixed_price",
            "internalProject": "internal_project",
            "closed": "closed",
            "currencyId": "currency_id",
            "markup": "markup",
            "discount": "discount",
            "useProductNetPrice": "use_product_net_price",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.id = o.display_name = o.department_id = o.vat_type_id = o.fixed_price = o.internal_project = (
                        o.closed
                    ) = o.currency_id = o.markup = o.discount = o.use_product_net_price = UNSET
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
                v = g("fixedPrice")
                if v is None:
                    o.fixed_price = u
                    if "fixedPrice" not in d:
                        m += 1
                else:
                    o.fixed_price = v
                v = g("internalProject")
                if v is None:
                    o.internal_project = u
                    if "internalProject" not in d:
                        m += 1
                else:
                    o.internal_project = v
                v = g("closed")
                if v is None:
                    o.closed = u
                    if "closed" not in d:
                        m += 1
                else:
                    o.closed = v
                v = g("currencyId")
                if v is None:
                    o.currency_id = u
                    if "currencyId" not in d:
                        m += 1
                else:
                    o.currency_id = v
                v = g("markup")
                if v is None:
                    o.markup = u
                    if "markup" not in d:
                        m += 1
                else:
                    o.markup = v
                v = g("discount")
                if v is None:
                    o.discount = u
                    if "discount" not in d:
                        m += 1
                else:
                    o.discount = v
                v = g("useProductNetPrice")
                if v is None:
                    o.use_product_net_price = u
                    if "useProductNetPrice" not in d:
                        m += 1
                else:
                    o.use_product_net_price = v
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
            ("id", "id"),
            ("display_name", "displayName"),
            ("department_id", "departmentId"),
            ("vat_type_id", "vatTypeId"),
            ("fixed_price", "fixedPrice"),
            ("internal_project", "internalProject"),
            ("closed", "closed"),
            ("currency_id", "currencyId"),
            ("markup", "markup"),
            ("discount", "discount"),
            ("use_product_net_price", "useProductNetPrice"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.display_name
            o.display_name = u if v is None else v
            v = s.department_id
            o.department_id = u if v is None else v
            v = s.vat_type_id
            o.vat_type_id = u if v is None else v
            v = s.fixed_price
            o.fixed_price = u if v is None else v
            v = s.internal_project
            o.internal_project = u if v is None else v
            v = s.closed
            o.closed = u if v is None else v
            v = s.currency_id
            o.currency_id = u if v is None else v
            v = s.markup
            o.markup = u if v is None else v
            v = s.discount
            o.discount = u if v is None else v
            v = s.use_product_net_price
            o.use_product_net_price = u if v is None else v
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
