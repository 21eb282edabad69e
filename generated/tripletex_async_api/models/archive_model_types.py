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

T = TypeVar("T", bound="ArchiveModelTypes")


@_attrs_define
class ArchiveModelTypes(Model):
    """
    Attributes:
        supplier (bool | Unset):
        customer (bool | Unset):
        project (bool | Unset):
        order (bool | Unset):
        offer (bool | Unset):
        product (bool | Unset):
        employee (bool | Unset):
        account (bool | Unset):
        asset (bool | Unset):
    """

    supplier: bool | Unset = UNSET
    customer: bool | Unset = UNSET
    project: bool | Unset = UNSET
    order: bool | Unset = UNSET
    offer: bool | Unset = UNSET
    product: bool | Unset = UNSET
    employee: bool | Unset = UNSET
    account: bool | Unset = UNSET
    asset: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.supplier
        if _v is not UNSET and not _in_request:
            field_dict["supplier"] = _v
        _v = self.customer
        if _v is not UNSET and not _in_request:
            field_dict["customer"] = _v
        _v = self.project
        if _v is not UNSET and not _in_request:
            field_dict["project"] = _v
        _v = self.order
        if _v is not UNSET and not _in_request:
            field_dict["order"] = _v
        _v = self.offer
        if _v is not UNSET and not _in_request:
            field_dict["offer"] = _v
        _v = self.product
        if _v is not UNSET and not _in_request:
            field_dict["product"] = _v
        _v = self.employee
        if _v is not UNSET and not _in_request:
            field_dict["employee"] = _v
        _v = self.account
        if _v is not UNSET and not _in_request:
            field_dict["account"] = _v
        _v = self.asset
        if _v is not UNSET and not _in_request:
            field_dict["asset"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ArchiveModelTypes from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ArchiveModelTypes.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "supplier",
                "customer",
                "project",
                "order",
                "offer",
                "product",
                "employee",
                "account",
                "asset",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "supplier": "supplier",
            "customer": "customer",
            "project": "project",
            "order": "order",
            "offer": "offer",
            "product": "product",
            "employee": "employee",
            "account": "account",
            "asset": "asset",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.supplier = o.customer = o.project = o.order = o.offer = o.product = o.employee = o.account = (
                        o.asset
                    ) = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("supplier")
                if v is None:
                    o.supplier = u
                    if "supplier" not in d:
                        m += 1
                else:
                    o.supplier = v
                v = g("customer")
                if v is None:
                    o.customer = u
                    if "customer" not in d:
                        m += 1
                else:
                    o.customer = v
                v = g("project")
                if v is None:
                    o.project = u
                    if "project" not in d:
                        m += 1
                else:
                    o.project = v
                v = g("order")
                if v is None:
                    o.order = u
                    if "order" not in d:
                        m += 1
                else:
                    o.order = v
                v = g("offer")
                if v is None:
                    o.offer = u
                    if "offer" not in d:
                        m += 1
                else:
                    o.offer = v
                v = g("product")
                if v is None:
                    o.product = u
                    if "product" not in d:
                        m += 1
                else:
                    o.product = v
                v = g("employee")
                if v is None:
                    o.employee = u
                    if "employee" not in d:
                        m += 1
                else:
                    o.employee = v
                v = g("account")
                if v is None:
                    o.account = u
                    if "account" not in d:
                        m += 1
                else:
                    o.account = v
                v = g("asset")
                if v is None:
                    o.asset = u
                    if "asset" not in d:
                        m += 1
                else:
                    o.asset = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 9 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("supplier", "supplier"),
            ("customer", "customer"),
            ("project", "project"),
            ("order", "order"),
            ("offer", "offer"),
            ("product", "product"),
            ("employee", "employee"),
            ("account", "account"),
            ("asset", "asset"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.supplier
            o.supplier = u if v is None else v
            v = s.customer
            o.customer = u if v is None else v
            v = s.project
            o.project = u if v is None else v
            v = s.order
            o.order = u if v is None else v
            v = s.offer
            o.offer = u if v is None else v
            v = s.product
            o.product = u if v is None else v
            v = s.employee
            o.employee = u if v is None else v
            v = s.account
            o.account = u if v is None else v
            v = s.asset
            o.asset = u if v is None else v
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
