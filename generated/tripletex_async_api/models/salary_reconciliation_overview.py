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
    from ..models.ao_reconciliation_period import AOReconciliationPeriod
    from ..models.salary_reconciliation_overview_group import SalaryReconciliationOverviewGroup


T = TypeVar("T", bound="SalaryReconciliationOverview")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("period", dict, False),
    ("groups", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class SalaryReconciliationOverview(LazyModel):
    """
    Attributes:
        period (AOReconciliationPeriod | Unset): The VAT period the data belongs to
        groups (list[SalaryReconciliationOverviewGroup] | Unset): [read-only] The relevant VAT groups
    """

    period: AOReconciliationPeriod | Unset = UNSET
    groups: list[SalaryReconciliationOverviewGroup] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.period, Unset):
            period = self.period.to_dict()

        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if period is not UNSET:
            field_dict["period"] = period
        if groups is not UNSET and not _in_request:
            field_dict["groups"] = groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalaryReconciliationOverview from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.ao_reconciliation_period import AOReconciliationPeriod  # noqa: PLC0415
        from ..models.salary_reconciliation_overview_group import SalaryReconciliationOverviewGroup  # noqa: PLC0415

        def _p_period(_tx_v: Any) -> AOReconciliationPeriod | Unset:
            _period = _tx_v
            period: AOReconciliationPeriod | Unset
            if isinstance(_period, Unset):
                period = UNSET
            else:
                period = AOReconciliationPeriod._tx_from_json(_period)

            return period

        def _p_groups(_tx_v: Any) -> list[SalaryReconciliationOverviewGroup] | Unset:
            _groups = _tx_v
            groups: list[SalaryReconciliationOverviewGroup] | Unset = UNSET
            if _groups is not UNSET:
                groups = []
                for groups_item_data in _groups:
                    if groups_item_data is None:
                        continue
                    groups_item = SalaryReconciliationOverviewGroup._tx_from_json(groups_item_data)

                    groups.append(groups_item)

            return groups

        _tx_known: frozenset[str] = frozenset(
            (
                "period",
                "groups",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "period": ("period", _p_period),
            "groups": ("groups", _p_groups),
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
