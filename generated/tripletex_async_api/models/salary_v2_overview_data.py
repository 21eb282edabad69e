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
    from ..models.salary_v2_overview_data_salary_payment import SalaryV2OverviewDataSalaryPayment
    from ..models.salary_v2_overview_data_wage_code_row import SalaryV2OverviewDataWageCodeRow


T = TypeVar("T", bound="SalaryV2OverviewData")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("salaryPayments", list, False),
    ("rows", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class SalaryV2OverviewData(LazyModel):
    """
    Attributes:
        salary_payments (list[SalaryV2OverviewDataSalaryPayment] | Unset): [read-only]
        rows (list[SalaryV2OverviewDataWageCodeRow] | Unset): [read-only]
    """

    salary_payments: list[SalaryV2OverviewDataSalaryPayment] | Unset = UNSET
    rows: list[SalaryV2OverviewDataWageCodeRow] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        salary_payments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.salary_payments, Unset):
            salary_payments = []
            for salary_payments_item_data in self.salary_payments:
                salary_payments_item = salary_payments_item_data.to_dict()
                salary_payments.append(salary_payments_item)

        rows: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rows, Unset):
            rows = []
            for rows_item_data in self.rows:
                rows_item = rows_item_data.to_dict()
                rows.append(rows_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if salary_payments is not UNSET and not _in_request:
            field_dict["salaryPayments"] = salary_payments
        if rows is not UNSET and not _in_request:
            field_dict["rows"] = rows

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalaryV2OverviewData from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.salary_v2_overview_data_salary_payment import SalaryV2OverviewDataSalaryPayment  # noqa: PLC0415
        from ..models.salary_v2_overview_data_wage_code_row import SalaryV2OverviewDataWageCodeRow  # noqa: PLC0415

        def _p_salary_payments(_tx_v: Any) -> list[SalaryV2OverviewDataSalaryPayment] | Unset:
            _salary_payments = _tx_v
            salary_payments: list[SalaryV2OverviewDataSalaryPayment] | Unset = UNSET
            if _salary_payments is not UNSET:
                salary_payments = []
                for salary_payments_item_data in _salary_payments:
                    if salary_payments_item_data is None:
                        continue
                    salary_payments_item = SalaryV2OverviewDataSalaryPayment._tx_from_json(salary_payments_item_data)

                    salary_payments.append(salary_payments_item)

            return salary_payments

        def _p_rows(_tx_v: Any) -> list[SalaryV2OverviewDataWageCodeRow] | Unset:
            _rows = _tx_v
            rows: list[SalaryV2OverviewDataWageCodeRow] | Unset = UNSET
            if _rows is not UNSET:
                rows = []
                for rows_item_data in _rows:
                    if rows_item_data is None:
                        continue
                    rows_item = SalaryV2OverviewDataWageCodeRow._tx_from_json(rows_item_data)

                    rows.append(rows_item)

            return rows

        _tx_known: frozenset[str] = frozenset(
            (
                "salaryPayments",
                "rows",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "salary_payments": ("salaryPayments", _p_salary_payments),
            "rows": ("rows", _p_rows),
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
