from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
)

if TYPE_CHECKING:
    from ..models.company import Company
    from ..models.employee import Employee


T = TypeVar("T", bound="Checkout")


@_attrs_define
class Checkout(Model):
    """
    Attributes:
        paying_customer (bool | Unset):
        proxy_or_client (bool | Unset):
        company (Company | Unset): Vendor of the product
        employee (Employee | Unset):
        is_paying_customer (bool | Unset): Returns whether the company category is paying.
        is_proxy_or_client (bool | Unset): Returns whether employee is proxy or not
    """

    paying_customer: bool | Unset = UNSET
    proxy_or_client: bool | Unset = UNSET
    company: Company | Unset = UNSET
    employee: Employee | Unset = UNSET
    is_paying_customer: bool | Unset = UNSET
    is_proxy_or_client: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.paying_customer
        if _v is not UNSET:
            field_dict["payingCustomer"] = _v
        _v = self.proxy_or_client
        if _v is not UNSET:
            field_dict["proxyOrClient"] = _v
        _v = self.company
        if _v is not UNSET:
            field_dict["company"] = _v.to_dict()
        _v = self.employee
        if _v is not UNSET:
            field_dict["employee"] = _v.to_dict()
        _v = self.is_paying_customer
        if _v is not UNSET:
            field_dict["isPayingCustomer"] = _v
        _v = self.is_proxy_or_client
        if _v is not UNSET:
            field_dict["isProxyOrClient"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Checkout from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``Checkout.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.company import Company  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "payingCustomer",
                "proxyOrClient",
                "company",
                "employee",
                "isPayingCustomer",
                "isProxyOrClient",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("payingCustomer")
                if v is None:
                    o.paying_customer = u
                    if "payingCustomer" not in d:
                        m += 1
                else:
                    o.paying_customer = v
                v = g("proxyOrClient")
                if v is None:
                    o.proxy_or_client = u
                    if "proxyOrClient" not in d:
                        m += 1
                else:
                    o.proxy_or_client = v
                k = "company"
                v = g("company")
                if v is None:
                    o.company = u
                    if "company" not in d:
                        m += 1
                else:
                    o.company = Company._tx_parse(v)
                k = "employee"
                v = g("employee")
                if v is None:
                    o.employee = u
                    if "employee" not in d:
                        m += 1
                else:
                    o.employee = Employee._tx_parse(v)
                v = g("isPayingCustomer")
                if v is None:
                    o.is_paying_customer = u
                    if "isPayingCustomer" not in d:
                        m += 1
                else:
                    o.is_paying_customer = v
                v = g("isProxyOrClient")
                if v is None:
                    o.is_proxy_or_client = u
                    if "isProxyOrClient" not in d:
                        m += 1
                else:
                    o.is_proxy_or_client = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 6 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("paying_customer", "payingCustomer"),
            ("proxy_or_client", "proxyOrClient"),
            ("company", "company"),
            ("employee", "employee"),
            ("is_paying_customer", "isPayingCustomer"),
            ("is_proxy_or_client", "isProxyOrClient"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.paying_customer
            o.paying_customer = u if v is None else v
            v = s.proxy_or_client
            o.proxy_or_client = u if v is None else v
            v = s.company
            o.company = u if v is None or v is u else Company._tx_parse(v)
            v = s.employee
            o.employee = u if v is None or v is u else Employee._tx_parse(v)
            v = s.is_paying_customer
            o.is_paying_customer = u if v is None else v
            v = s.is_proxy_or_client
            o.is_proxy_or_client = u if v is None else v
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
