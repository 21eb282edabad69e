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
    from ..models.accountant_client_access_category_model import AccountantClientAccessCategoryModel


T = TypeVar("T", bound="AccountantClientAccessModel")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("categories", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class AccountantClientAccessModel(LazyModel):
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
        self._tx_load()
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
        """A AccountantClientAccessModel from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.accountant_client_access_category_model import AccountantClientAccessCategoryModel  # noqa: PLC0415

        def _p_categories(_tx_v: Any) -> list[AccountantClientAccessCategoryModel] | Unset:
            _categories = _tx_v
            categories: list[AccountantClientAccessCategoryModel] | Unset = UNSET
            if _categories is not UNSET:
                categories = []
                for categories_item_data in _categories:
                    if categories_item_data is None:
                        continue
                    categories_item = AccountantClientAccessCategoryModel._tx_from_json(categories_item_data)

                    categories.append(categories_item)

            return categories

        _tx_known: frozenset[str] = frozenset(
            (
                "employeeId",
                "employeeName",
                "companyId",
                "customerId",
                "categories",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "employee_id": ("employeeId", None),
            "employee_name": ("employeeName", None),
            "company_id": ("companyId", None),
            "customer_id": ("customerId", None),
            "categories": ("categories", _p_categories),
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
