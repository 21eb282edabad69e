from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.web_hook_wrapper import WebHookWrapper


T = TypeVar("T", bound="EventInfo")


@_attrs_define
class EventInfo:
    """
    Attributes:
        name (str | Unset): [read-only]
        description (str | Unset): [read-only]
        payload_model (str | Unset): [read-only]
        examples (list[WebHookWrapper] | Unset): [read-only]
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    payload_model: str | Unset = UNSET
    examples: list[WebHookWrapper] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        name = self.name

        description = self.description

        payload_model = self.payload_model

        examples: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.examples, Unset):
            examples = []
            for examples_item_data in self.examples:
                examples_item = examples_item_data.to_dict()
                examples.append(examples_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET and not _in_request:
            field_dict["name"] = name
        if description is not UNSET and not _in_request:
            field_dict["description"] = description
        if payload_model is not UNSET and not _in_request:
            field_dict["payloadModel"] = payload_model
        if examples is not UNSET and not _in_request:
            field_dict["examples"] = examples

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.web_hook_wrapper import WebHookWrapper  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        payload_model = d.pop("payloadModel", UNSET)

        _examples = d.pop("examples", UNSET)
        examples: list[WebHookWrapper] | Unset = UNSET
        if _examples is not UNSET:
            examples = []
            for examples_item_data in _examples:
                if examples_item_data is None:
                    continue
                examples_item = WebHookWrapper.from_dict(examples_item_data)

                examples.append(examples_item)

        _obj = cls(
            name=name,
            description=description,
            payload_model=payload_model,
            examples=examples,
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
