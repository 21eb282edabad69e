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
    from ..models.reel_documentation import ReelDocumentation


T = TypeVar("T", bound="ReelFunction")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("documentation", dict, False),)


@_attrs_define(on_setattr=mark_assigned)
class ReelFunction(LazyModel):
    """
    Attributes:
        name (str | Unset): The name of the function
        namespace (str | Unset): The domain namespace of the function
        documentation (ReelDocumentation | Unset): The documentation for this function
    """

    name: str | Unset = UNSET
    namespace: str | Unset = UNSET
    documentation: ReelDocumentation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        name = self.name

        namespace = self.namespace

        documentation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.documentation, Unset):
            documentation = self.documentation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if documentation is not UNSET:
            field_dict["documentation"] = documentation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ReelFunction from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.reel_documentation import ReelDocumentation  # noqa: PLC0415

        def _p_documentation(_tx_v: Any) -> ReelDocumentation | Unset:
            _documentation = _tx_v
            documentation: ReelDocumentation | Unset
            if isinstance(_documentation, Unset):
                documentation = UNSET
            else:
                documentation = ReelDocumentation._tx_from_json(_documentation)

            return documentation

        _tx_known: frozenset[str] = frozenset(
            (
                "name",
                "namespace",
                "documentation",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "name": ("name", None),
            "namespace": ("namespace", None),
            "documentation": ("documentation", _p_documentation),
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
