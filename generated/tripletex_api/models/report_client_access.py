from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.report_access import ReportAccess


T = TypeVar("T", bound="ReportClientAccess")


@_attrs_define
class ReportClientAccess:
    """
    Attributes:
        report_access (list[ReportAccess] | Unset): [read-only] All ReportAccess for this client
        client_name (str | Unset): [read-only] The name of the client these ReportAccess are for
        client_id (int | Unset): [read-only] The id of the client these ReportAccess are for
    """

    report_access: list[ReportAccess] | Unset = UNSET
    client_name: str | Unset = UNSET
    client_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        report_access: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.report_access, Unset):
            report_access = []
            for report_access_item_data in self.report_access:
                report_access_item = report_access_item_data.to_dict()
                report_access.append(report_access_item)

        client_name = self.client_name

        client_id = self.client_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if report_access is not UNSET and not _in_request:
            field_dict["reportAccess"] = report_access
        if client_name is not UNSET and not _in_request:
            field_dict["clientName"] = client_name
        if client_id is not UNSET and not _in_request:
            field_dict["clientId"] = client_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.report_access import ReportAccess  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _report_access = d.pop("reportAccess", UNSET)
        report_access: list[ReportAccess] | Unset = UNSET
        if _report_access is not UNSET:
            report_access = []
            for report_access_item_data in _report_access:
                if report_access_item_data is None:
                    continue
                report_access_item = ReportAccess.from_dict(report_access_item_data)

                report_access.append(report_access_item)

        client_name = d.pop("clientName", UNSET)

        client_id = d.pop("clientId", UNSET)

        _obj = cls(
            report_access=report_access,
            client_name=client_name,
            client_id=client_id,
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
