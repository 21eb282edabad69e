from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.distribution_key_bit import DistributionKeyBit


T = TypeVar("T", bound="DistributionKeyBlade")


@_attrs_define
class DistributionKeyBlade:
    """
    Attributes:
        distribution_key_bits (list[DistributionKeyBit] | Unset):
    """

    distribution_key_bits: list[DistributionKeyBit] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        distribution_key_bits: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.distribution_key_bits, Unset):
            distribution_key_bits = []
            for distribution_key_bits_item_data in self.distribution_key_bits:
                distribution_key_bits_item = distribution_key_bits_item_data.to_dict()
                distribution_key_bits.append(distribution_key_bits_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if distribution_key_bits is not UNSET:
            field_dict["distributionKeyBits"] = distribution_key_bits

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.distribution_key_bit import DistributionKeyBit  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _distribution_key_bits = d.pop("distributionKeyBits", UNSET)
        distribution_key_bits: list[DistributionKeyBit] | Unset = UNSET
        if _distribution_key_bits is not UNSET:
            distribution_key_bits = []
            for distribution_key_bits_item_data in _distribution_key_bits:
                if distribution_key_bits_item_data is None:
                    continue
                distribution_key_bits_item = DistributionKeyBit.from_dict(distribution_key_bits_item_data)

                distribution_key_bits.append(distribution_key_bits_item)

        _obj = cls(
            distribution_key_bits=distribution_key_bits,
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
