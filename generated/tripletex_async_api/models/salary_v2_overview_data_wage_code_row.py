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
    from ..models.salary_v2_overview_data_wage_code_column import SalaryV2OverviewDataWageCodeColumn


T = TypeVar("T", bound="SalaryV2OverviewDataWageCodeRow")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("columns", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class SalaryV2OverviewDataWageCodeRow(LazyModel):
    """
    Attributes:
        salary_type_id (int | Unset): [read-only]
        display_name (str | Unset): [read-only]
        total_count (float | Unset): [read-only]
        total_amount (float | Unset): [read-only]
        is_payroll_taxable (bool | Unset): [read-only]
        columns (list[SalaryV2OverviewDataWageCodeColumn] | Unset): [read-only]
    """

    salary_type_id: int | Unset = UNSET
    display_name: str | Unset = UNSET
    total_count: float | Unset = UNSET
    total_amount: float | Unset = UNSET
    is_payroll_taxable: bool | Unset = UNSET
    columns: list[SalaryV2OverviewDataWageCodeColumn] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        salary_type_id = self.salary_type_id

        display_name = self.display_name

        total_count = self.total_count

        total_amount = self.total_amount

        is_payroll_taxable = self.is_payroll_taxable

        columns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.columns, Unset):
            columns = []
            for columns_item_data in self.columns:
                columns_item = columns_item_data.to_dict()
                columns.append(columns_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if salary_type_id is not UNSET and not _in_request:
            field_dict["salaryTypeId"] = salary_type_id
        if display_name is not UNSET and not _in_request:
            field_dict["displayName"] = display_name
        if total_count is not UNSET and not _in_request:
            field_dict["totalCount"] = total_count
        if total_amount is not UNSET and not _in_request:
            field_dict["totalAmount"] = total_amount
        if is_payroll_taxable is not UNSET and not _in_request:
            field_dict["isPayrollTaxable"] = is_payroll_taxable
        if columns is not UNSET and not _in_request:
            field_dict["columns"] = columns

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalaryV2OverviewDataWageCodeRow from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.salary_v2_overview_data_wage_code_column import SalaryV2OverviewDataWageCodeColumn  # noqa: PLC0415

        def _p_columns(_tx_v: Any) -> list[SalaryV2OverviewDataWageCodeColumn] | Unset:
            _columns = _tx_v
            columns: list[SalaryV2OverviewDataWageCodeColumn] | Unset = UNSET
            if _columns is not UNSET:
                columns = []
                for columns_item_data in _columns:
                    if columns_item_data is None:
                        continue
                    columns_item = SalaryV2OverviewDataWageCodeColumn._tx_from_json(columns_item_data)

                    columns.append(columns_item)

            return columns

        _tx_known: frozenset[str] = frozenset(
            (
                "salaryTypeId",
                "displayName",
                "totalCount",
                "totalAmount",
                "isPayrollTaxable",
                "columns",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "salary_type_id": ("salaryTypeId", None),
            "display_name": ("displayName", None),
            "total_count": ("totalCount", None),
            "total_amount": ("totalAmount", None),
            "is_payroll_taxable": ("isPayrollTaxable", None),
            "columns": ("columns", _p_columns),
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
