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
    from ..models.general_ledger_posting import GeneralLedgerPosting


T = TypeVar("T", bound="GeneralLedgerCloseGroup")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("closeGroupPostings", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class GeneralLedgerCloseGroup(LazyModel):
    """
    Attributes:
        close_group_postings (list[GeneralLedgerPosting] | Unset): [read-only]
        closed_by_identifier (str | Unset): [read-only]
        closed_time (str | Unset): [read-only]
        closed_by_actual_employee_name (str | Unset): [read-only]
        closed_by_external_accountant (bool | Unset): [read-only]
    """

    close_group_postings: list[GeneralLedgerPosting] | Unset = UNSET
    closed_by_identifier: str | Unset = UNSET
    closed_time: str | Unset = UNSET
    closed_by_actual_employee_name: str | Unset = UNSET
    closed_by_external_accountant: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        close_group_postings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.close_group_postings, Unset):
            close_group_postings = []
            for close_group_postings_item_data in self.close_group_postings:
                close_group_postings_item = close_group_postings_item_data.to_dict()
                close_group_postings.append(close_group_postings_item)

        closed_by_identifier = self.closed_by_identifier

        closed_time = self.closed_time

        closed_by_actual_employee_name = self.closed_by_actual_employee_name

        closed_by_external_accountant = self.closed_by_external_accountant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if close_group_postings is not UNSET and not _in_request:
            field_dict["closeGroupPostings"] = close_group_postings
        if closed_by_identifier is not UNSET and not _in_request:
            field_dict["closedByIdentifier"] = closed_by_identifier
        if closed_time is not UNSET and not _in_request:
            field_dict["closedTime"] = closed_time
        if closed_by_actual_employee_name is not UNSET and not _in_request:
            field_dict["closedByActualEmployeeName"] = closed_by_actual_employee_name
        if closed_by_external_accountant is not UNSET and not _in_request:
            field_dict["closedByExternalAccountant"] = closed_by_external_accountant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A GeneralLedgerCloseGroup from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.general_ledger_posting import GeneralLedgerPosting  # noqa: PLC0415

        def _p_close_group_postings(_tx_v: Any) -> list[GeneralLedgerPosting] | Unset:
            _close_group_postings = _tx_v
            close_group_postings: list[GeneralLedgerPosting] | Unset = UNSET
            if _close_group_postings is not UNSET:
                close_group_postings = []
                for close_group_postings_item_data in _close_group_postings:
                    if close_group_postings_item_data is None:
                        continue
                    close_group_postings_item = GeneralLedgerPosting._tx_from_json(close_group_postings_item_data)

                    close_group_postings.append(close_group_postings_item)

            return close_group_postings

        _tx_known: frozenset[str] = frozenset(
            (
                "closeGroupPostings",
                "closedByIdentifier",
                "closedTime",
                "closedByActualEmployeeName",
                "closedByExternalAccountant",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "close_group_postings": ("closeGroupPostings", _p_close_group_postings),
            "closed_by_identifier": ("closedByIdentifier", None),
            "closed_time": ("closedTime", None),
            "closed_by_actual_employee_name": ("closedByActualEmployeeName", None),
            "closed_by_external_accountant": ("closedByExternalAccountant", None),
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
