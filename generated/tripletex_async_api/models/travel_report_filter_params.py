from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.travel_report_filter_params_order_by import TravelReportFilterParamsOrderBy
from ..models.travel_report_filter_params_order_direction import TravelReportFilterParamsOrderDirection
from ..models.travel_report_filter_params_vouchered_status import TravelReportFilterParamsVoucheredStatus
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
)

T = TypeVar("T", bound="TravelReportFilterParams")


@_attrs_define
class TravelReportFilterParams(Model):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.department_ids
        if _v is not UNSET:
            field_dict["departmentIds"] = _v
        _v = self.cost_category_ids
        if _v is not UNSET:
            field_dict["costCategoryIds"] = _v
        _v = self.payment_type_ids
        if _v is not UNSET:
            field_dict["paymentTypeIds"] = _v
        _v = self.employee_ids
        if _v is not UNSET:
            field_dict["employeeIds"] = _v
        _v = self.attestation_approver_ids
        if _v is not UNSET:
            field_dict["attestationApproverIds"] = _v
        _v = self.project_ids
        if _v is not UNSET:
            field_dict["projectIds"] = _v
        _v = self.project_department_ids
        if _v is not UNSET:
            field_dict["projectDepartmentIds"] = _v
        _v = self.project_leader_ids
        if _v is not UNSET:
            field_dict["projectLeaderIds"] = _v
        _v = self.number_start
        if _v is not UNSET:
            field_dict["numberStart"] = _v
        _v = self.number_end
        if _v is not UNSET:
            field_dict["numberEnd"] = _v
        _v = self.date_from
        if _v is not UNSET:
            field_dict["dateFrom"] = _v
        _v = self.date_to
        if _v is not UNSET:
            field_dict["dateTo"] = _v
        _v = self.order_by
        if _v is not UNSET:
            field_dict["orderBy"] = _v._value_
        _v = self.order_direction
        if _v is not UNSET:
            field_dict["orderDirection"] = _v._value_
        _v = self.expense_status_enums
        if _v is not UNSET:
            field_dict["expenseStatusEnums"] = _v
        _v = self.expense_types_enums
        if _v is not UNSET:
            field_dict["expenseTypesEnums"] = _v
        _v = self.query
        if _v is not UNSET:
            field_dict["query"] = _v
        _v = self.ids_to_show_on_top
        if _v is not UNSET:
            field_dict["idsToShowOnTop"] = _v
        _v = self.vouchered_status
        if _v is not UNSET:
            field_dict["voucheredStatus"] = _v._value_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TravelReportFilterParams from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TravelReportFilterParams.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_order_by: dict[Any, Any] = enum_members(TravelReportFilterParamsOrderBy)
        _e_order_direction: dict[Any, Any] = enum_members(TravelReportFilterParamsOrderDirection)
        _e_vouchered_status: dict[Any, Any] = enum_members(TravelReportFilterParamsVoucheredStatus)
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "departmentIds": "department_ids",
            "costCategoryIds": "cost_category_ids",
            "paymentTypeIds": "payment_type_ids",
            "employeeIds": "employee_ids",
            "attestationApproverIds": "attestation_approver_ids",
            "projectIds": "project_ids",
            "projectDepartmentIds": "project_department_ids",
            "projectLeaderIds": "project_leader_ids",
            "numberStart": "number_start",
            "numberEnd": "number_end",
            "dateFrom": "date_from",
            "dateTo": "date_to",
            "expenseStatusEnums": "expense_status_enums",
            "expenseTypesEnums": "expense_types_enums",
            "query": "query",
            "idsToShowOnTop": "ids_to_show_on_top",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 6 and _sparse_keys.issuperset(d):
                    o.department_ids = o.cost_category_ids = o.payment_type_ids = o.employee_ids = (
                        o.attestation_approver_ids
                    ) = o.project_ids = o.project_department_ids = o.project_leader_ids = o.number_start = (
                        o.number_end
                    ) = o.date_from = o.date_to = o.order_by = o.order_direction = o.expense_status_enums = (
                        o.expense_types_enums
                    ) = o.query = o.ids_to_show_on_top = o.vouchered_status = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("departmentIds")
                if v is None:
                    o.department_ids = u
                    if "departmentIds" not in d:
                        m += 1
                else:
                    o.department_ids = v
                v = g("costCategoryIds")
                if v is None:
                    o.cost_category_ids = u
                    if "costCategoryIds" not in d:
                        m += 1
                else:
                    o.cost_category_ids = v
                v = g("paymentTypeIds")
                if v is None:
                    o.payment_type_ids = u
                    if "paymentTypeIds" not in d:
                        m += 1
                else:
                    o.payment_type_ids = v
                v = g("employeeIds")
                if v is None:
                    o.employee_ids = u
                    if "employeeIds" not in d:
                        m += 1
                else:
                    o.employee_ids = v
                v = g("attestationApproverIds")
                if v is None:
                    o.attestation_approver_ids = u
                    if "attestationApproverIds" not in d:
                        m += 1
                else:
                    o.attestation_approver_ids = v
                v = g("projectIds")
                if v is None:
                    o.project_ids = u
                    if "projectIds" not in d:
                        m += 1
                else:
                    o.project_ids = v
                v = g("projectDepartmentIds")
                if v is None:
                    o.project_department_ids = u
                    if "projectDepartmentIds" not in d:
                        m += 1
                else:
                    o.project_department_ids = v
                v = g("projectLeaderIds")
                if v is None:
                    o.project_leader_ids = u
                    if "projectLeaderIds" not in d:
                        m += 1
                else:
                    o.project_leader_ids = v
                v = g("numberStart")
                if v is None:
                    o.number_start = u
                    if "numberStart" not in d:
                        m += 1
                else:
                    o.number_start = v
                v = g("numberEnd")
                if v is None:
                    o.number_end = u
                    if "numberEnd" not in d:
                        m += 1
                else:
                    o.number_end = v
                v = g("dateFrom")
                if v is None:
                    o.date_from = u
                    if "dateFrom" not in d:
                        m += 1
                else:
                    o.date_from = v
                v = g("dateTo")
                if v is None:
                    o.date_to = u
                    if "dateTo" not in d:
                        m += 1
                else:
                    o.date_to = v
                k = "orderBy"
                v = g("orderBy")
                if v is None:
                    o.order_by = u
                    if "orderBy" not in d:
                        m += 1
                else:
                    o.order_by = (
                        e_ if (e_ := _e_order_by.get(v)) is not None else enum_value(TravelReportFilterParamsOrderBy, v)
                    )
                k = "orderDirection"
                v = g("orderDirection")
                if v is None:
                    o.order_direction = u
                    if "orderDirection" not in d:
                        m += 1
                else:
                    o.order_direction = (
                        e_
                        if (e_ := _e_order_direction.get(v)) is not None
                        else enum_value(TravelReportFilterParamsOrderDirection, v)
                    )
                v = g("expenseStatusEnums")
                if v is None:
                    o.expense_status_enums = u
                    if "expenseStatusEnums" not in d:
                        m += 1
                else:
                    o.expense_status_enums = v
                v = g("expenseTypesEnums")
                if v is None:
                    o.expense_types_enums = u
                    if "expenseTypesEnums" not in d:
                        m += 1
                else:
                    o.expense_types_enums = v
                v = g("query")
                if v is None:
                    o.query = u
                    if "query" not in d:
                        m += 1
                else:
                    o.query = v
                v = g("idsToShowOnTop")
                if v is None:
                    o.ids_to_show_on_top = u
                    if "idsToShowOnTop" not in d:
                        m += 1
                else:
                    o.ids_to_show_on_top = v
                k = "voucheredStatus"
                v = g("voucheredStatus")
                if v is None:
                    o.vouchered_status = u
                    if "voucheredStatus" not in d:
                        m += 1
                else:
                    o.vouchered_status = (
                        e_
                        if (e_ := _e_vouchered_status.get(v)) is not None
                        else enum_value(TravelReportFilterParamsVoucheredStatus, v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 19 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("department_ids", "departmentIds"),
            ("cost_category_ids", "costCategoryIds"),
            ("payment_type_ids", "paymentTypeIds"),
            ("employee_ids", "employeeIds"),
            ("attestation_approver_ids", "attestationApproverIds"),
            ("project_ids", "projectIds"),
            ("project_department_ids", "projectDepartmentIds"),
            ("project_leader_ids", "projectLeaderIds"),
            ("number_start", "numberStart"),
            ("number_end", "numberEnd"),
            ("date_from", "dateFrom"),
            ("date_to", "dateTo"),
            ("order_by", "orderBy"),
            ("order_direction", "orderDirection"),
            ("expense_status_enums", "expenseStatusEnums"),
            ("expense_types_enums", "expenseTypesEnums"),
            ("query", "query"),
            ("ids_to_show_on_top", "idsToShowOnTop"),
            ("vouchered_status", "voucheredStatus"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.department_ids
            o.department_ids = u if v is None else v
            v = s.cost_category_ids
            o.cost_category_ids = u if v is None else v
            v = s.payment_type_ids
            o.payment_type_ids = u if v is None else v
            v = s.employee_ids
            o.employee_ids = u if v is None else v
            v = s.attestation_approver_ids
            o.attestation_approver_ids = u if v is None else v
            v = s.project_ids
            o.project_ids = u if v is None else v
            v = s.project_department_ids
            o.project_department_ids = u if v is None else v
            v = s.project_leader_ids
            o.project_leader_ids = u if v is None else v
            v = s.number_start
            o.number_start = u if v is None else v
            v = s.number_end
            o.number_end = u if v is None else v
            v = s.date_from
            o.date_from = u if v is None else v
            v = s.date_to
            o.date_to = u if v is None else v
            v = s.order_by
            o.order_by = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_order_by.get(v)) is not None
                else enum_value(TravelReportFilterParamsOrderBy, v)
            )
            v = s.order_direction
            o.order_direction = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_order_direction.get(v)) is not None
                else enum_value(TravelReportFilterParamsOrderDirection, v)
            )
            v = s.expense_status_enums
            o.expense_status_enums = u if v is None else v
            v = s.expense_types_enums
            o.expense_types_enums = u if v is None else v
            v = s.query
            o.query = u if v is None else v
            v = s.ids_to_show_on_top
            o.ids_to_show_on_top = u if v is None else v
            v = s.vouchered_status
            o.vouchered_status = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_vouchered_status.get(v)) is not None
                else enum_value(TravelReportFilterParamsVoucheredStatus, v)
            )
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

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
