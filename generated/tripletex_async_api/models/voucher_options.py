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
    from ..models.voucher_option_delete_metadata import VoucherOptionDeleteMetadata


T = TypeVar("T", bound="VoucherOptions")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("delete", dict, False),)


@_attrs_define(on_setattr=mark_assigned)
class VoucherOptions(LazyModel):
    """
    Attributes:
        delete (VoucherOptionDeleteMetadata | Unset): A data structure containing information about the delete
            operation.
    """

    delete: VoucherOptionDeleteMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        delete: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delete, Unset):
            delete = self.delete.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delete is not UNSET:
            field_dict["delete"] = delete

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A VoucherOptions from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.voucher_option_delete_metadata import VoucherOptionDeleteMetadata  # noqa: PLC0415

        def _p_delete(_tx_v: Any) -> VoucherOptionDeleteMetadata | Unset:
            _delete = _tx_v
            delete: VoucherOptionDeleteMetadata | Unset
            if isinstance(_delete, Unset):
                delete = UNSET
            else:
                delete = VoucherOptionDeleteMetadata._tx_from_json(_delete)

            return delete

        _tx_known: frozenset[str] = frozenset(("delete",))

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "delete": ("delete", _p_delete),
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
