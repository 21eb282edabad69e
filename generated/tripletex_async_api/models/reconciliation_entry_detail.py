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
    from ..models.container_tag_div_tag import ContainerTagDivTag


T = TypeVar("T", bound="ReconciliationEntryDetail")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("valueForPDF", dict, False),)


@_attrs_define(on_setattr=mark_assigned)
class ReconciliationEntryDetail(LazyModel):
    """The details of the posting or transaction

    Attributes:
        key (str | Unset): [read-only] The key
        value (str | Unset): [read-only] The value
        value_for_xlsx (str | Unset):
        value_for_pdf (ContainerTagDivTag | Unset):
    """

    key: str | Unset = UNSET
    value: str | Unset = UNSET
    value_for_xlsx: str | Unset = UNSET
    value_for_pdf: ContainerTagDivTag | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        key = self.key

        value = self.value

        value_for_xlsx = self.value_for_xlsx

        value_for_pdf: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value_for_pdf, Unset):
            value_for_pdf = self.value_for_pdf.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET and not _in_request:
            field_dict["key"] = key
        if value is not UNSET and not _in_request:
            field_dict["value"] = value
        if value_for_xlsx is not UNSET:
            field_dict["valueForXLSX"] = value_for_xlsx
        if value_for_pdf is not UNSET:
            field_dict["valueForPDF"] = value_for_pdf

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ReconciliationEntryDetail from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.container_tag_div_tag import ContainerTagDivTag  # noqa: PLC0415

        def _p_value_for_pdf(_tx_v: Any) -> ContainerTagDivTag | Unset:
            _value_for_pdf = _tx_v
            value_for_pdf: ContainerTagDivTag | Unset
            if isinstance(_value_for_pdf, Unset):
                value_for_pdf = UNSET
            else:
                value_for_pdf = ContainerTagDivTag._tx_from_json(_value_for_pdf)

            return value_for_pdf

        _tx_known: frozenset[str] = frozenset(
            (
                "key",
                "value",
                "valueForXLSX",
                "valueForPDF",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "key": ("key", None),
            "value": ("value", None),
            "value_for_xlsx": ("valueForXLSX", None),
            "value_for_pdf": ("valueForPDF", _p_value_for_pdf),
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
