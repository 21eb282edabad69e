from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ao_reconciliation_period_reconciliation_group import AOReconciliationPeriodReconciliationGroup
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
    from ..models.reconciliation import Reconciliation


T = TypeVar("T", bound="AOReconciliationPeriod")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("reconciliation", dict, False),
    ("reconciliationGroup", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class AOReconciliationPeriod(LazyModel):
    """The VAT period the data belongs to

    Attributes:
        term_number (int | Unset): [read-only] The term number for this period Example: 1.
        start_date (str | Unset): [read-only] The terms available for the given year Example: 2025-01-01.
        end_date (str | Unset): [read-only] The terms available for the given year Example: 2025-03-01.
        pending (bool | Unset): [read-only] Whether or not this term is pending reconciliation Example: True.
        reconciliation (Reconciliation | Unset): The reconciliation status of this term Example: COMPLETED.
        reconciliation_group (AOReconciliationPeriodReconciliationGroup | Unset): [read-only] The reconciliation type
            predicted on this term Example: BALANCE.
    """

    term_number: int | Unset = UNSET
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    pending: bool | Unset = UNSET
    reconciliation: Reconciliation | Unset = UNSET
    reconciliation_group: AOReconciliationPeriodReconciliationGroup | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        term_number = self.term_number

        start_date = self.start_date

        end_date = self.end_date

        pending = self.pending

        reconciliation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reconciliation, Unset):
            reconciliation = self.reconciliation.to_dict()

        reconciliation_group: str | Unset = UNSET
        if not isinstance(self.reconciliation_group, Unset):
            reconciliation_group = self.reconciliation_group.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if term_number is not UNSET and not _in_request:
            field_dict["termNumber"] = term_number
        if start_date is not UNSET and not _in_request:
            field_dict["startDate"] = start_date
        if end_date is not UNSET and not _in_request:
            field_dict["endDate"] = end_date
        if pending is not UNSET and not _in_request:
            field_dict["pending"] = pending
        if reconciliation is not UNSET:
            field_dict["reconciliation"] = reconciliation
        if reconciliation_group is not UNSET and not _in_request:
            field_dict["reconciliationGroup"] = reconciliation_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AOReconciliationPeriod from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.reconciliation import Reconciliation  # noqa: PLC0415

        def _p_reconciliation(_tx_v: Any) -> Reconciliation | Unset:
            _reconciliation = _tx_v
            reconciliation: Reconciliation | Unset
            if isinstance(_reconciliation, Unset):
                reconciliation = UNSET
            else:
                reconciliation = Reconciliation._tx_from_json(_reconciliation)

            return reconciliation

        def _p_reconciliation_group(_tx_v: Any) -> AOReconciliationPeriodReconciliationGroup | Unset:
            _reconciliation_group = _tx_v
            reconciliation_group: AOReconciliationPeriodReconciliationGroup | Unset
            if isinstance(_reconciliation_group, Unset):
                reconciliation_group = UNSET
            else:
                reconciliation_group = AOReconciliationPeriodReconciliationGroup(_reconciliation_group)

            return reconciliation_group

        _tx_known: frozenset[str] = frozenset(
            (
                "termNumber",
                "startDate",
                "endDate",
                "pending",
                "reconciliation",
                "reconciliationGroup",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "term_number": ("termNumber", None),
            "start_date": ("startDate", None),
            "end_date": ("endDate", None),
            "pending": ("pending", None),
            "reconciliation": ("reconciliation", _p_reconciliation),
            "reconciliation_group": ("reconciliationGroup", _p_reconciliation_group),
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
