from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.accountant_client_access_category_model import AccountantClientAccessCategoryModel


T = TypeVar("T", bound="AccountantClientAccessModel")


@_attrs_define
class AccountantClientAccessModel:
    """
    Attributes:
        employee_id (int | Unset): [read-only]
        employee_name (str | Unset): [read-only]
        company_id (int | Unset): [read-only]
        customer_id (int | Unset): [read-only]
        categories (list[AccountantClientAccessCategoryModel] | Unset): [read-only]
    """

    employee_id: int | Unset = UNSET
    employee_name: str | Unset = UNSET
    company_id: int | Unset = UNSET
    customer_id: int | Unset = UNSET
    categories: list[AccountantClientAccessCategoryModel] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        employee_id = self.employee_id

        employee_name = self.employee_name

        company_id = self.company_id

        customer_id = self.customer_id

        categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = []
            for categories_item_data in self.categories:
                categories_item = categories_item_data.to_dict()
                categories.append(categories_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if employee_id is not UNSET and not _in_request:
            field_dict["employeeId"] = employee_id
        if employee_name is not UNSET and not _in_request:
            field_dict["employeeName"] = employee_name
        if company_id is not UNSET and not _in_request:
            field_dict["companyId"] = company_id
        if customer_id is not UNSET and not _in_request:
            field_dict["customerId"] = customer_id
        if categories is not UNSET and not _in_request:
            field_dict["categories"] = categories

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.accountant_client_access_category_model import AccountantClientAccessCategoryModel  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        employee_id = d.pop("employeeId", UNSET)

        employee_name = d.pop("employeeName", UNSET)

        company_id = d.pop("companyId", UNSET)

        customer_id = d.pop("customerId", UNSET)

        _categories = d.pop("categories", UNSET)
        categories: list[AccountantClientAccessCategoryModel] | Unset = UNSET
        if _categories is not UNSET:
            categories = []
            for categories_item_data in _categories:
                if categories_item_data is None:
                    continue
                categories_item = AccountantClientAccessCategoryModel.from_dict(categories_item_data)

                categories.append(categories_item)

        _obj = cls(
            employee_id=employee_id,
            employee_name=employee_name,
            company_id=company_id,
            customer_id=customer_id,
            categories=categories,
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
