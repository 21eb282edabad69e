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
    from ..models.report_access import ReportAccess


T = TypeVar("T", bound="ReportClientAccess")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("reportAccess", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class ReportClientAccess(LazyModel):
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
        self._tx_load()
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
        """A ReportClientAccess from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.report_access import ReportAccess  # noqa: PLC0415

        def _p_report_access(_tx_v: Any) -> list[ReportAccess] | Unset:
            _report_access = _tx_v
            report_access: list[ReportAccess] | Unset = UNSET
            if _report_access is not UNSET:
                report_access = []
                for report_access_item_data in _report_access:
                    if report_access_item_data is None:
                        continue
                    report_access_item = ReportAccess._tx_from_json(report_access_item_data)

                    report_access.append(report_access_item)

            return report_access

        _tx_known: frozenset[str] = frozenset(
            (
                "reportAccess",
                "clientName",
                "clientId",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "report_access": ("reportAccess", _p_report_access),
            "client_name": ("clientName", None),
            "client_id": ("clientId", None),
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
