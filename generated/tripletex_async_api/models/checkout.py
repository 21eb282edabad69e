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
    from ..models.company import Company
    from ..models.employee import Employee


T = TypeVar("T", bound="Checkout")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("company", dict, False),
    ("employee", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class Checkout(LazyModel):
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
        self._tx_load()
        _in_request = serializing_request_body()
        paying_customer = self.paying_customer

        proxy_or_client = self.proxy_or_client

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee, Unset):
            employee = self.employee.to_dict()

        is_paying_customer = self.is_paying_customer

        is_proxy_or_client = self.is_proxy_or_client

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if paying_customer is not UNSET:
            field_dict["payingCustomer"] = paying_customer
        if proxy_or_client is not UNSET:
            field_dict["proxyOrClient"] = proxy_or_client
        if company is not UNSET:
            field_dict["company"] = company
        if employee is not UNSET:
            field_dict["employee"] = employee
        if is_paying_customer is not UNSET:
            field_dict["isPayingCustomer"] = is_paying_customer
        if is_proxy_or_client is not UNSET:
            field_dict["isProxyOrClient"] = is_proxy_or_client

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Checkout from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.company import Company  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415

        def _p_company(_tx_v: Any) -> Company | Unset:
            _company = _tx_v
            company: Company | Unset
            if isinstance(_company, Unset):
                company = UNSET
            else:
                company = Company._tx_from_json(_company)

            return company

        def _p_employee(_tx_v: Any) -> Employee | Unset:
            _employee = _tx_v
            employee: Employee | Unset
            if isinstance(_employee, Unset):
                employee = UNSET
            else:
                employee = Employee._tx_from_json(_employee)

            return employee

        _tx_known: frozenset[str] = frozenset(
            (
                "payingCustomer",
                "proxyOrClient",
                "company",
                "employee",
                "isPayingCustomer",
                "isProxyOrClient",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "paying_customer": ("payingCustomer", None),
            "proxy_or_client": ("proxyOrClient", None),
            "company": ("company", _p_company),
            "employee": ("employee", _p_employee),
            "is_paying_customer": ("isPayingCustomer", None),
            "is_proxy_or_client": ("isProxyOrClient", None),
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
