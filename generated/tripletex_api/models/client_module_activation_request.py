from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.client_module_activation_request_module import ClientModuleActivationRequestModule
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ClientModuleActivationRequest")


@_attrs_define
class ClientModuleActivationRequest:
    """
    Attributes:
        customer_id (int | Unset): Customer ID
        module (ClientModuleActivationRequestModule | Unset): Module
    """

    customer_id: int | Unset = UNSET
    module: ClientModuleActivationRequestModule | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        customer_id = self.customer_id

        module: str | Unset = UNSET
        if not isinstance(self.module, Unset):
            module = self.module.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if module is not UNSET:
            field_dict["module"] = module

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        customer_id = d.pop("customerId", UNSET)

        _module = d.pop("module", UNSET)
        module: ClientModuleActivationRequestModule | Unset
        if isinstance(_module, Unset):
            module = UNSET
        else:
            module = ClientModuleActivationRequestModule(_module)

        _obj = cls(
            customer_id=customer_id,
            module=module,
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
