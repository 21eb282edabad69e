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
    from ..models.resource_messages_en import ResourceMessagesEn
    from ..models.resource_messages_no import ResourceMessagesNo


T = TypeVar("T", bound="ResourceMessages")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("no", dict, False),
    ("en", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ResourceMessages(LazyModel):
    """
    Attributes:
        no (ResourceMessagesNo | Unset): Map of key value pairs for Norwegian text
        en (ResourceMessagesEn | Unset): Map of key value pairs for English text
    """

    no: ResourceMessagesNo | Unset = UNSET
    en: ResourceMessagesEn | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        no: dict[str, Any] | Unset = UNSET
        if not isinstance(self.no, Unset):
            no = self.no.to_dict()

        en: dict[str, Any] | Unset = UNSET
        if not isinstance(self.en, Unset):
            en = self.en.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if no is not UNSET:
            field_dict["no"] = no
        if en is not UNSET:
            field_dict["en"] = en

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ResourceMessages from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.resource_messages_en import ResourceMessagesEn  # noqa: PLC0415
        from ..models.resource_messages_no import ResourceMessagesNo  # noqa: PLC0415

        def _p_no(_tx_v: Any) -> ResourceMessagesNo | Unset:
            _no = _tx_v
            no: ResourceMessagesNo | Unset
            if isinstance(_no, Unset):
                no = UNSET
            else:
                no = ResourceMessagesNo._tx_from_json(_no)

            return no

        def _p_en(_tx_v: Any) -> ResourceMessagesEn | Unset:
            _en = _tx_v
            en: ResourceMessagesEn | Unset
            if isinstance(_en, Unset):
                en = UNSET
            else:
                en = ResourceMessagesEn._tx_from_json(_en)

            return en

        _tx_known: frozenset[str] = frozenset(
            (
                "no",
                "en",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "no": ("no", _p_no),
            "en": ("en", _p_en),
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
