from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import serializing_request_body

if TYPE_CHECKING:
    from ..models.my_subscription_price import MySubscriptionPrice


T = TypeVar("T", bound="MySubscriptionModuleDTOServicePrices")


@_attrs_define
class MySubscriptionModuleDTOServicePrices:
    """[read-only] Prices of additional services. Note that prices for main modules are contained in named fields and not
    in this object.

    """

    additional_properties: dict[str, MySubscriptionPrice] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.my_subscription_price import MySubscriptionPrice  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _obj = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = MySubscriptionPrice.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        _obj.additional_properties = additional_properties
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> MySubscriptionPrice:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: MySubscriptionPrice) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
