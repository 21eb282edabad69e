from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.client_module_status_module import ClientModuleStatusModule
from ..models.client_module_status_status import ClientModuleStatusStatus
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ClientModuleStatus")


@_attrs_define
class ClientModuleStatus:
    """Client modules

    Attributes:
        module (ClientModuleStatusModule | Unset): [read-only] Module
        status (ClientModuleStatusStatus | Unset): [read-only] Status
    """

    module: ClientModuleStatusModule | Unset = UNSET
    status: ClientModuleStatusStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        module: str | Unset = UNSET
        if not isinstance(self.module, Unset):
            module = self.module.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if module is not UNSET and not _in_request:
            field_dict["module"] = module
        if status is not UNSET and not _in_request:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _module = d.pop("module", UNSET)
        module: ClientModuleStatusModule | Unset
        if isinstance(_module, Unset):
            module = UNSET
        else:
            module = ClientModuleStatusModule(_module)

        _status = d.pop("status", UNSET)
        status: ClientModuleStatusStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ClientModuleStatusStatus(_status)

        _obj = cls(
            module=module,
            status=status,
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
