from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.salary_recon_aggr_context_reconciliation_types_item import SalaryReconAggrContextReconciliationTypesItem
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
    from ..models.reconciliation_control import ReconciliationControl


T = TypeVar("T", bound="SalaryReconAggrContext")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("reconciliations", list, False),
    ("reconciliationControls", list, False),
    ("reconciliationTypes", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class SalaryReconAggrContext(LazyModel):
    """
    Attributes:
        reconciliations (list[Reconciliation] | Unset): [read-only] Reconciliations included in this aggregation
        reconciliation_controls (list[ReconciliationControl] | Unset): [read-only] Reconciliation controls for the
            aggregated reconciliations
        requires_control (bool | Unset): [read-only] Any of the aggregated reconciliations that has been marked as
            requires control
        reconciliation_types (list[SalaryReconAggrContextReconciliationTypesItem] | Unset): [read-only] The
            reconciliation types involved in this aggregation
    """

    reconciliations: list[Reconciliation] | Unset = UNSET
    reconciliation_controls: list[ReconciliationControl] | Unset = UNSET
    requires_control: bool | Unset = UNSET
    reconciliation_types: list[SalaryReconAggrContextReconciliationTypesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        reconciliations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reconciliations, Unset):
            reconciliations = []
            for reconciliations_item_data in self.reconciliations:
                reconciliations_item = reconciliations_item_data.to_dict()
                reconciliations.append(reconciliations_item)

        reconciliation_controls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reconciliation_controls, Unset):
            reconciliation_controls = []
            for reconciliation_controls_item_data in self.reconciliation_controls:
                reconciliation_controls_item = reconciliation_controls_item_data.to_dict()
                reconciliation_controls.append(reconciliation_controls_item)

        requires_control = self.requires_control

        reconciliation_types: list[str] | Unset = UNSET
        if not isinstance(self.reconciliation_types, Unset):
            reconciliation_types = []
            for reconciliation_types_item_data in self.reconciliation_types:
                reconciliation_types_item = reconciliation_types_item_data.value
                reconciliation_types.append(reconciliation_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reconciliations is not UNSET and not _in_request:
            field_dict["reconciliations"] = reconciliations
        if reconciliation_controls is not UNSET and not _in_request:
            field_dict["reconciliationControls"] = reconciliation_controls
        if requires_control is not UNSET and not _in_request:
            field_dict["requiresControl"] = requires_control
        if reconciliation_types is not UNSET and not _in_request:
            field_dict["reconciliationTypes"] = reconciliation_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalaryReconAggrContext from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.reconciliation import Reconciliation  # noqa: PLC0415
        from ..models.reconciliation_control import ReconciliationControl  # noqa: PLC0415

        def _p_reconciliations(_tx_v: Any) -> list[Reconciliation] | Unset:
            _reconciliations = _tx_v
            reconciliations: list[Reconciliation] | Unset = UNSET
            if _reconciliations is not UNSET:
                reconciliations = []
                for reconciliations_item_data in _reconciliations:
                    if reconciliations_item_data is None:
                        continue
                    reconciliations_item = Reconciliation._tx_from_json(reconciliations_item_data)

                    reconciliations.append(reconciliations_item)

            return reconciliations

        def _p_reconciliation_controls(_tx_v: Any) -> list[ReconciliationControl] | Unset:
            _reconciliation_controls = _tx_v
            reconciliation_controls: list[ReconciliationControl] | Unset = UNSET
            if _reconciliation_controls is not UNSET:
                reconciliation_controls = []
                for reconciliation_controls_item_data in _reconciliation_controls:
                    if reconciliation_controls_item_data is None:
                        continue
                    reconciliation_controls_item = ReconciliationControl._tx_from_json(
                        reconciliation_controls_item_data
                    )

                    reconciliation_controls.append(reconciliation_controls_item)

            return reconciliation_controls

        def _p_reconciliation_types(_tx_v: Any) -> list[SalaryReconAggrContextReconciliationTypesItem] | Unset:
            _reconciliation_types = _tx_v
            reconciliation_types: list[SalaryReconAggrContextReconciliationTypesItem] | Unset = UNSET
            if _reconciliation_types is not UNSET:
                reconciliation_types = []
                for reconciliation_types_item_data in _reconciliation_types:
                    if reconciliation_types_item_data is None:
                        continue
                    reconciliation_types_item = SalaryReconAggrContextReconciliationTypesItem(
                        reconciliation_types_item_data
                    )

                    reconciliation_types.append(reconciliation_types_item)

            return reconciliation_types

        _tx_known: frozenset[str] = frozenset(
            (
                "reconciliations",
                "reconciliationControls",
                "requiresControl",
                "reconciliationTypes",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "reconciliations": ("reconciliations", _p_reconciliations),
            "reconciliation_controls": ("reconciliationControls", _p_reconciliation_controls),
            "requires_control": ("requiresControl", None),
            "reconciliation_types": ("reconciliationTypes", _p_reconciliation_types),
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
