from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.travel_expense_zone import TravelExpenseZone


T = TypeVar("T", bound="ListResponseTravelExpenseZone")


@_attrs_define
class ListResponseTravelExpenseZone:
    """
    Attributes:
        full_result_size (int | Unset): [read-only] Indicates whether there are more values available. Note: The value
            is not exact
        from_ (int | Unset): [read-only]
        count (int | Unset): [read-only]
        version_digest (str | Unset): [read-only] Used to know if the paginated list has changed.
        values (list[TravelExpenseZone] | Unset): [read-only]
    """

    full_result_size: int | Unset = UNSET
    from_: int | Unset = UNSET
    count: int | Unset = UNSET
    version_digest: str | Unset = UNSET
    values: list[TravelExpenseZone] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        full_result_size = self.full_result_size

        from_ = self.from_

        count = self.count

        version_digest = self.version_digest

        values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = []
            for values_item_data in self.values:
                values_item = values_item_data.to_dict()
                values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if full_result_size is not UNSET and not _in_request:
            field_dict["fullResultSize"] = full_result_size
        if from_ is not UNSET and not _in_request:
            field_dict["from"] = from_
        if count is not UNSET and not _in_request:
            field_dict["count"] = count
        if version_digest is not UNSET and not _in_request:
            field_dict["versionDigest"] = version_digest
        if values is not UNSET and not _in_request:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.travel_expense_zone import TravelExpenseZone  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        full_result_size = d.pop("fullResultSize", UNSET)

        from_ = d.pop("from", UNSET)

        count = d.pop("count", UNSET)

        version_digest = d.pop("versionDigest", UNSET)

        _values = d.pop("values", UNSET)
        values: list[TravelExpenseZone] | Unset = UNSET
        if _values is not UNSET:
            values = []
            for values_item_data in _values:
                if values_item_data is None:
                    continue
                values_item = TravelExpenseZone.from_dict(values_item_data)

                values.append(values_item)

        _obj = cls(
            full_result_size=full_result_size,
            from_=from_,
            count=count,
            version_digest=version_digest,
            values=values,
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
