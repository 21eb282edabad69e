from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.reel_documentation import ReelDocumentation


T = TypeVar("T", bound="ReelFunction")


@_attrs_define
class ReelFunction:
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
        from ..models.reel_documentation import ReelDocumentation  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        name = d.pop("name", UNSET)

        namespace = d.pop("namespace", UNSET)

        _documentation = d.pop("documentation", UNSET)
        documentation: ReelDocumentation | Unset
        if isinstance(_documentation, Unset):
            documentation = UNSET
        else:
            documentation = ReelDocumentation.from_dict(_documentation)

        _obj = cls(
            name=name,
            namespace=namespace,
            documentation=documentation,
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
