from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.client_module_status_module import ClientModuleStatusModule
from ..models.client_module_status_status import ClientModuleStatusStatus
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

T = TypeVar("T", bound="ClientModuleStatus")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("module", str, False),
    ("status", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ClientModuleStatus(LazyModel):
    """Client modules

    Attributes:
        module (ClientModuleStatusModule | Unset): [read-only] Module
        status (ClientModuleStatusStatus | Unset): [read-only] Status
    """

    module: ClientModuleStatusModule | Unset = UNSET
    status: ClientModuleStatusStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
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
        """A ClientModuleStatus from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_module(_tx_v: Any) -> ClientModuleStatusModule | Unset:
            _module = _tx_v
            module: ClientModuleStatusModule | Unset
            if isinstance(_module, Unset):
                module = UNSET
            else:
                module = ClientModuleStatusModule(_module)

            return module

        def _p_status(_tx_v: Any) -> ClientModuleStatusStatus | Unset:
            _status = _tx_v
            status: ClientModuleStatusStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = ClientModuleStatusStatus(_status)

            return status

        _tx_known: frozenset[str] = frozenset(
            (
                "module",
                "status",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "module": ("module", _p_module),
            "status": ("status", _p_status),
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
