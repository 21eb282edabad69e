from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ArchiveModelTypes")


@_attrs_define
class ArchiveModelTypes:
    """
    Attributes:
        supplier (bool | Unset): [read-only]
        customer (bool | Unset): [read-only]
        project (bool | Unset): [read-only]
        order (bool | Unset): [read-only]
        offer (bool | Unset): [read-only]
        product (bool | Unset): [read-only]
        employee (bool | Unset): [read-only]
        account (bool | Unset): [read-only]
        asset (bool | Unset): [read-only]
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
        _in_request = serializing_request_body()
        supplier = self.supplier

        customer = self.customer

        project = self.project

        order = self.order

        offer = self.offer

        product = self.product

        employee = self.employee

        account = self.account

        asset = self.asset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if supplier is not UNSET and not _in_request:
            field_dict["supplier"] = supplier
        if customer is not UNSET and not _in_request:
            field_dict["customer"] = customer
        if project is not UNSET and not _in_request:
            field_dict["project"] = project
        if order is not UNSET and not _in_request:
            field_dict["order"] = order
        if offer is not UNSET and not _in_request:
            field_dict["offer"] = offer
        if product is not UNSET and not _in_request:
            field_dict["product"] = product
        if employee is not UNSET and not _in_request:
            field_dict["employee"] = employee
        if account is not UNSET and not _in_request:
            field_dict["account"] = account
        if asset is not UNSET and not _in_request:
            field_dict["asset"] = asset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        supplier = d.pop("supplier", UNSET)

        customer = d.pop("customer", UNSET)

        project = d.pop("project", UNSET)

        order = d.pop("order", UNSET)

        offer = d.pop("offer", UNSET)

        product = d.pop("product", UNSET)

        employee = d.pop("employee", UNSET)

        account = d.pop("account", UNSET)

        asset = d.pop("asset", UNSET)

        _obj = cls(
            supplier=supplier,
            customer=customer,
            project=project,
            order=order,
            offer=offer,
            product=product,
            employee=employee,
            account=account,
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
