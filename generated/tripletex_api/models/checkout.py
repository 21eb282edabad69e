from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.company import Company
    from ..models.employee import Employee


T = TypeVar("T", bound="Checkout")


@_attrs_define
class Checkout:
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
        from ..models.company import Company  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        paying_customer = d.pop("payingCustomer", UNSET)

        proxy_or_client = d.pop("proxyOrClient", UNSET)

        _company = d.pop("company", UNSET)
        company: Company | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = Company.from_dict(_company)

        _employee = d.pop("employee", UNSET)
        employee: Employee | Unset
        if isinstance(_employee, Unset):
            employee = UNSET
        else:
            employee = Employee.from_dict(_employee)

        is_paying_customer = d.pop("isPayingCustomer", UNSET)

        is_proxy_or_client = d.pop("isProxyOrClient", UNSET)

        _obj = cls(
            paying_customer=paying_customer,
            proxy_or_client=proxy_or_client,
            company=company,
            employee=employee,
            is_paying_customer=is_paying_customer,
            is_proxy_or_client=is_proxy_or_client,
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
