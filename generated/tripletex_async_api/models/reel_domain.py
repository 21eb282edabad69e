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
    from ..models.reel_function import ReelFunction


T = TypeVar("T", bound="ReelDomain")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("functions", list, False),
    ("documentation", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ReelDomain(LazyModel):
    """
    Attributes:
        namespace (str | Unset): [read-only] The namespace of the domain
        name (str | Unset): [read-only] The name of the domain
        functions (list[ReelFunction] | Unset): [read-only] The functions of the domain
        documentation (ReelDocumentation | Unset): The documentation for this function
    """

    namespace: str | Unset = UNSET
    name: str | Unset = UNSET
    functions: list[ReelFunction] | Unset = UNSET
    documentation: ReelDocumentation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        namespace = self.namespace

        name = self.name

        functions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.functions, Unset):
            functions = []
            for functions_item_data in self.functions:
                functions_item = functions_item_data.to_dict()
                functions.append(functions_item)

        documentation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.documentation, Unset):
            documentation = self.documentation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if namespace is not UNSET and not _in_request:
            field_dict["namespace"] = namespace
        if name is not UNSET and not _in_request:
            field_dict["name"] = name
        if functions is not UNSET and not _in_request:
            field_dict["functions"] = functions
        if documentation is not UNSET:
            field_dict["documentation"] = documentation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ReelDomain from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.reel_documentation import ReelDocumentation  # noqa: PLC0415
        from ..models.reel_function import ReelFunction  # noqa: PLC0415

        def _p_functions(_tx_v: Any) -> list[ReelFunction] | Unset:
            _functions = _tx_v
            functions: list[ReelFunction] | Unset = UNSET
            if _functions is not UNSET:
                functions = []
                for functions_item_data in _functions:
                    if functions_item_data is None:
                        continue
                    functions_item = ReelFunction._tx_from_json(functions_item_data)

                    functions.append(functions_item)

            return functions

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
                "namespace",
                "name",
                "functions",
                "documentation",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "namespace": ("namespace", None),
            "name": ("name", None),
            "functions": ("functions", _p_functions),
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
