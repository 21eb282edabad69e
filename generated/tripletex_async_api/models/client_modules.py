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
    from ..models.client_module_status import ClientModuleStatus
    from ..models.company import Company
    from ..models.customer import Customer


T = TypeVar("T", bound="ClientModules")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("customer", dict, False),
    ("company", dict, False),
    ("modules", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ClientModules(LazyModel):
    """
    Attributes:
        customer (Customer | Unset):
        company (Company | Unset): Vendor of the product
        modules (list[ClientModuleStatus] | Unset): [read-only]
    """

    customer: Customer | Unset = UNSET
    company: Company | Unset = UNSET
    modules: list[ClientModuleStatus] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        modules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.modules, Unset):
            modules = []
            for modules_item_data in self.modules:
                modules_item = modules_item_data.to_dict()
                modules.append(modules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer is not UNSET:
            field_dict["customer"] = customer
        if company is not UNSET:
            field_dict["company"] = company
        if modules is not UNSET and not _in_request:
            field_dict["modules"] = modules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ClientModules from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.client_module_status import ClientModuleStatus  # noqa: PLC0415
        from ..models.company import Company  # noqa: PLC0415
        from ..models.customer import Customer  # noqa: PLC0415

        def _p_customer(_tx_v: Any) -> Customer | Unset:
            _customer = _tx_v
            customer: Customer | Unset
            if isinstance(_customer, Unset):
                customer = UNSET
            else:
                customer = Customer._tx_from_json(_customer)

            return customer

        def _p_company(_tx_v: Any) -> Company | Unset:
            _company = _tx_v
            company: Company | Unset
            if isinstance(_company, Unset):
                company = UNSET
            else:
                company = Company._tx_from_json(_company)

            return company

        def _p_modules(_tx_v: Any) -> list[ClientModuleStatus] | Unset:
            _modules = _tx_v
            modules: list[ClientModuleStatus] | Unset = UNSET
            if _modules is not UNSET:
                modules = []
                for modules_item_data in _modules:
                    if modules_item_data is None:
                        continue
                    modules_item = ClientModuleStatus._tx_from_json(modules_item_data)

                    modules.append(modules_item)

            return modules

        _tx_known: frozenset[str] = frozenset(
            (
                "customer",
                "company",
                "modules",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "customer": ("customer", _p_customer),
            "company": ("company", _p_company),
            "modules": ("modules", _p_modules),
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
