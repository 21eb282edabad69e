from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.payment_status_info_wrapper_dto_statuses import PaymentStatusInfoWrapperDTOStatuses


T = TypeVar("T", bound="PaymentStatusInfoWrapperDTO")


@_attrs_define
class PaymentStatusInfoWrapperDTO:
    """
    Attributes:
        version (str | Unset): [read-only]
        statuses (PaymentStatusInfoWrapperDTOStatuses | Unset): [read-only]
    """

    version: str | Unset = UNSET
    statuses: PaymentStatusInfoWrapperDTOStatuses | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        version = self.version

        statuses: dict[str, Any] | Unset = UNSET
        if not isinstance(self.statuses, Unset):
            statuses = self.statuses.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version is not UNSET and not _in_request:
            field_dict["version"] = version
        if statuses is not UNSET and not _in_request:
            field_dict["statuses"] = statuses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.payment_status_info_wrapper_dto_statuses import PaymentStatusInfoWrapperDTOStatuses  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        version = d.pop("version", UNSET)

        _statuses = d.pop("statuses", UNSET)
        statuses: PaymentStatusInfoWrapperDTOStatuses | Unset
        if isinstance(_statuses, Unset):
            statuses = UNSET
        else:
            statuses = PaymentStatusInfoWrapperDTOStatuses.from_dict(_statuses)

        _obj = cls(
            version=version,
            statuses=statuses,
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
