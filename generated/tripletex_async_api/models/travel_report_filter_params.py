from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.travel_report_filter_params_order_by import TravelReportFilterParamsOrderBy
from ..models.travel_report_filter_params_order_direction import TravelReportFilterParamsOrderDirection
from ..models.travel_report_filter_params_vouchered_status import TravelReportFilterParamsVoucheredStatus
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

T = TypeVar("T", bound="TravelReportFilterParams")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("orderBy", str, False),
    ("orderDirection", str, False),
    ("voucheredStatus", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class TravelReportFilterParams(LazyModel):
    """
    Attributes:
        department_ids (str | Unset):
        cost_category_ids (str | Unset):
        payment_type_ids (str | Unset):
        employee_ids (str | Unset):
        attestation_approver_ids (str | Unset):
        project_ids (str | Unset):
        project_department_ids (str | Unset):
        project_leader_ids (str | Unset):
        number_start (int | Unset):
        number_end (int | Unset):
        date_from (str | Unset):
        date_to (str | Unset):
        order_by (TravelReportFilterParamsOrderBy | Unset):
        order_direction (TravelReportFilterParamsOrderDirection | Unset):
        expense_status_enums (str | Unset):
        expense_types_enums (str | Unset):
        query (str | Unset):
        ids_to_show_on_top (str | Unset):
        vouchered_status (TravelReportFilterParamsVoucheredStatus | Unset):
    """

    department_ids: str | Unset = UNSET
    cost_category_ids: str | Unset = UNSET
    payment_type_ids: str | Unset = UNSET
    employee_ids: str | Unset = UNSET
    attestation_approver_ids: str | Unset = UNSET
    project_ids: str | Unset = UNSET
    project_department_ids: str | Unset = UNSET
    project_leader_ids: str | Unset = UNSET
    number_start: int | Unset = UNSET
    number_end: int | Unset = UNSET
    date_from: str | Unset = UNSET
    date_to: str | Unset = UNSET
    order_by: TravelReportFilterParamsOrderBy | Unset = UNSET
    order_direction: TravelReportFilterParamsOrderDirection | Unset = UNSET
    expense_status_enums: str | Unset = UNSET
    expense_types_enums: str | Unset = UNSET
    query: str | Unset = UNSET
    ids_to_show_on_top: str | Unset = UNSET
    vouchered_status: TravelReportFilterParamsVoucheredStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        department_ids = self.department_ids

        cost_category_ids = self.cost_category_ids

        payment_type_ids = self.payment_type_ids

        employee_ids = self.employee_ids

        attestation_approver_ids = self.attestation_approver_ids

        project_ids = self.project_ids

        project_department_ids = self.project_department_ids

        project_leader_ids = self.project_leader_ids

        number_start = self.number_start

        number_end = self.number_end

        date_from = self.date_from

        date_to = self.date_to

        order_by: str | Unset = UNSET
        if not isinstance(self.order_by, Unset):
            order_by = self.order_by.value

        order_direction: str | Unset = UNSET
        if not isinstance(self.order_direction, Unset):
            order_direction = self.order_direction.value

        expense_status_enums = self.expense_status_enums

        expense_types_enums = self.expense_types_enums

        query = self.query

        ids_to_show_on_top = self.ids_to_show_on_top

        vouchered_status: str | Unset = UNSET
        if not isinstance(self.vouchered_status, Unset):
            vouchered_status = self.vouchered_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if department_ids is not UNSET:
            field_dict["departmentIds"] = department_ids
        if cost_category_ids is not UNSET:
            field_dict["costCategoryIds"] = cost_category_ids
        if payment_type_ids is not UNSET:
            field_dict["paymentTypeIds"] = payment_type_ids
        if employee_ids is not UNSET:
            field_dict["employeeIds"] = employee_ids
        if attestation_approver_ids is not UNSET:
            field_dict["attestationApproverIds"] = attestation_approver_ids
        if project_ids is not UNSET:
            field_dict["projectIds"] = project_ids
        if project_department_ids is not UNSET:
            field_dict["projectDepartmentIds"] = project_department_ids
        if project_leader_ids is not UNSET:
            field_dict["projectLeaderIds"] = project_leader_ids
        if number_start is not UNSET:
            field_dict["numberStart"] = number_start
        if number_end is not UNSET:
            field_dict["numberEnd"] = number_end
        if date_from is not UNSET:
            field_dict["dateFrom"] = date_from
        if date_to is not UNSET:
            field_dict["dateTo"] = date_to
        if order_by is not UNSET:
            field_dict["orderBy"] = order_by
        if order_direction is not UNSET:
            field_dict["orderDirection"] = order_direction
        if expense_status_enums is not UNSET:
            field_dict["expenseStatusEnums"] = expense_status_enums
        if expense_types_enums is not UNSET:
            field_dict["expenseTypesEnums"] = expense_types_enums
        if query is not UNSET:
            field_dict["query"] = query
        if ids_to_show_on_top is not UNSET:
            field_dict["idsToShowOnTop"] = ids_to_show_on_top
        if vouchered_status is not UNSET:
            field_dict["voucheredStatus"] = vouchered_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TravelReportFilterParams from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_order_by(_tx_v: Any) -> TravelReportFilterParamsOrderBy | Unset:
            _order_by = _tx_v
            order_by: TravelReportFilterParamsOrderBy | Unset
            if isinstance(_order_by, Unset):
                order_by = UNSET
            else:
                order_by = TravelReportFilterParamsOrderBy(_order_by)

            return order_by

        def _p_order_direction(_tx_v: Any) -> TravelReportFilterParamsOrderDirection | Unset:
            _order_direction = _tx_v
            order_direction: TravelReportFilterParamsOrderDirection | Unset
            if isinstance(_order_direction, Unset):
                order_direction = UNSET
            else:
                order_direction = TravelReportFilterParamsOrderDirection(_order_direction)

            return order_direction

        def _p_vouchered_status(_tx_v: Any) -> TravelReportFilterParamsVoucheredStatus | Unset:
            _vouchered_status = _tx_v
            vouchered_status: TravelReportFilterParamsVoucheredStatus | Unset
            if isinstance(_vouchered_status, Unset):
                vouchered_status = UNSET
            else:
                vouchered_status = TravelReportFilterParamsVoucheredStatus(_vouchered_status)

            return vouchered_status

        _tx_known: frozenset[str] = frozenset(
            (
                "departmentIds",
                "costCategoryIds",
                "paymentTypeIds",
                "employeeIds",
                "attestationApproverIds",
                "projectIds",
                "projectDepartmentIds",
                "projectLeaderIds",
                "numberStart",
                "numberEnd",
                "dateFrom",
                "dateTo",
                "orderBy",
                "orderDirection",
                "expenseStatusEnums",
                "expenseTypesEnums",
                "query",
                "idsToShowOnTop",
                "voucheredStatus",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "department_ids": ("departmentIds", None),
            "cost_category_ids": ("costCategoryIds", None),
            "payment_type_ids": ("paymentTypeIds", None),
            "employee_ids": ("employeeIds", None),
            "attestation_approver_ids": ("attestationApproverIds", None),
            "project_ids": ("projectIds", None),
            "project_department_ids": ("projectDepartmentIds", None),
            "project_leader_ids": ("projectLeaderIds", None),
            "number_start": ("numberStart", None),
            "number_end": ("numberEnd", None),
            "date_from": ("dateFrom", None),
            "date_to": ("dateTo", None),
            "order_by": ("orderBy", _p_order_by),
            "order_direction": ("orderDirection", _p_order_direction),
            "expense_status_enums": ("expenseStatusEnums", None),
            "expense_types_enums": ("expenseTypesEnums", None),
            "query": ("query", None),
            "ids_to_show_on_top": ("idsToShowOnTop", None),
            "vouchered_status": ("voucheredStatus", _p_vouchered_status),
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
