from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.travel_report_filter_params_order_by import TravelReportFilterParamsOrderBy
from ..models.travel_report_filter_params_order_direction import TravelReportFilterParamsOrderDirection
from ..models.travel_report_filter_params_vouchered_status import TravelReportFilterParamsVoucheredStatus
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="TravelReportFilterParams")


@_attrs_define
class TravelReportFilterParams:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        department_ids = d.pop("departmentIds", UNSET)

        cost_category_ids = d.pop("costCategoryIds", UNSET)

        payment_type_ids = d.pop("paymentTypeIds", UNSET)

        employee_ids = d.pop("employeeIds", UNSET)

        attestation_approver_ids = d.pop("attestationApproverIds", UNSET)

        project_ids = d.pop("projectIds", UNSET)

        project_department_ids = d.pop("projectDepartmentIds", UNSET)

        project_leader_ids = d.pop("projectLeaderIds", UNSET)

        number_start = d.pop("numberStart", UNSET)

        number_end = d.pop("numberEnd", UNSET)

        date_from = d.pop("dateFrom", UNSET)

        date_to = d.pop("dateTo", UNSET)

        _order_by = d.pop("orderBy", UNSET)
        order_by: TravelReportFilterParamsOrderBy | Unset
        if isinstance(_order_by, Unset):
            order_by = UNSET
        else:
            order_by = TravelReportFilterParamsOrderBy(_order_by)

        _order_direction = d.pop("orderDirection", UNSET)
        order_direction: TravelReportFilterParamsOrderDirection | Unset
        if isinstance(_order_direction, Unset):
            order_direction = UNSET
        else:
            order_direction = TravelReportFilterParamsOrderDirection(_order_direction)

        expense_status_enums = d.pop("expenseStatusEnums", UNSET)

        expense_types_enums = d.pop("expenseTypesEnums", UNSET)

        query = d.pop("query", UNSET)

        ids_to_show_on_top = d.pop("idsToShowOnTop", UNSET)

        _vouchered_status = d.pop("voucheredStatus", UNSET)
        vouchered_status: TravelReportFilterParamsVoucheredStatus | Unset
        if isinstance(_vouchered_status, Unset):
            vouchered_status = UNSET
        else:
            vouchered_status = TravelReportFilterParamsVoucheredStatus(_vouchered_status)

        _obj = cls(
            department_ids=department_ids,
            cost_category_ids=cost_category_ids,
            payment_type_ids=payment_type_ids,
            employee_ids=employee_ids,
            attestation_approver_ids=attestation_approver_ids,
            project_ids=project_ids,
            project_department_ids=project_department_ids,
            project_leader_ids=project_leader_ids,
            number_start=number_start,
            number_end=number_end,
            date_from=date_from,
            date_to=date_to,
            order_by=order_by,
            order_direction=order_direction,
            expense_status_enums=expense_status_enums,
            expense_types_enums=expense_types_enums,
            query=query,
            ids_to_show_on_top=ids_to_show_on_top,
            vouchered_status=vouchered_status,
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
