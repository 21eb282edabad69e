from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_settings_fixed_price_projects_fee_calc_method import (
    ProjectSettingsFixedPriceProjectsFeeCalcMethod,
)
from ..models.project_settings_project_hourly_rate_model import ProjectSettingsProjectHourlyRateModel
from ..models.project_settings_project_name_scheme import ProjectSettingsProjectNameScheme
from ..models.project_settings_project_order_lines_sort_order import ProjectSettingsProjectOrderLinesSortOrder
from ..models.project_settings_project_type_of_contract import ProjectSettingsProjectTypeOfContract
from ..models.project_settings_resource_plan_period import ProjectSettingsResourcePlanPeriod
from ..models.project_settings_sort_order_projects import ProjectSettingsSortOrderProjects
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    not_an_array,
    parse_error,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.project_control_form_type import ProjectControlFormType


T = TypeVar("T", bound="ProjectSettings")


@_attrs_define
class ProjectSettings(Model):
    """
    Attributes:
        approve_hour_lists (bool | Unset):
        approve_invoices (bool | Unset): True if approval and invoicing are separate
        mark_ready_for_invoicing (bool | Unset):
        historical_information (bool | Unset):
        project_forecast (bool | Unset):
        budget_on_subcontracts (bool | Unset):
        project_categories (bool | Unset):
        reference_fee (bool | Unset):
        sort_order_projects (ProjectSettingsSortOrderProjects | Unset):
        auto_close_invoiced_projects (bool | Unset):
        must_approve_registered_hours (bool | Unset):
        show_project_order_lines_to_all_project_participants (bool | Unset):
        hour_cost_percentage (bool | Unset):
        fixed_price_projects_fee_calc_method (ProjectSettingsFixedPriceProjectsFeeCalcMethod | Unset):
        fixed_price_projects_invoice_by_progress (bool | Unset):
        project_budget_reference_fee (bool | Unset):
        allow_multiple_project_invoice_vat (bool | Unset):
        standard_reinvoicing (bool | Unset):
        is_current_month_default_period (bool | Unset):
        show_project_onboarding (bool | Unset):
        auto_connect_incoming_orderline_to_project (bool | Unset):
        auto_generate_project_number (bool | Unset):
        auto_generate_starting_number (int | Unset):
        project_name_scheme (ProjectSettingsProjectNameScheme | Unset):
        project_type_of_contract (ProjectSettingsProjectTypeOfContract | Unset):
        project_order_lines_sort_order (ProjectSettingsProjectOrderLinesSortOrder | Unset):
        project_hourly_rate_model (ProjectSettingsProjectHourlyRateModel | Unset):
        only_project_members_can_register_info (bool | Unset):
        only_project_activities_timesheet_registration (bool | Unset):
        hourly_rate_projects_write_up_down (bool | Unset):
        show_recently_closed_projects_on_supplier_invoice (bool | Unset):
        default_project_contract_comment (str | Unset):
        default_project_invoicing_comment (str | Unset):
        resource_planning (bool | Unset):
        resource_groups (bool | Unset):
        holiday_plan (bool | Unset):
        resource_plan_period (ProjectSettingsResourcePlanPeriod | Unset):
        custom_control_forms (bool | Unset):
        control_forms_required_for_invoicing (list[ProjectControlFormType] | Unset): Control forms required for
            invoicing
        control_forms_required_for_hour_tracking (list[ProjectControlFormType] | Unset): Control forms required for hour
            tracking
        dynamic_control_form_ids_required_for_invoicing (list[int] | Unset): Dynamic control form ids required for
            invoicing
        dynamic_control_form_ids_required_for_hour_tracking (list[int] | Unset): Dynamic control form ids required for
            hour tracking
        use_logged_in_user_email_on_project_budget (bool | Unset):
        email_on_project_budget (str | Unset):
        use_logged_in_user_email_on_project_contract (bool | Unset):
        email_on_project_contract (str | Unset):
        use_logged_in_user_email_on_documents (bool | Unset):
        email_on_documents (str | Unset):
        use_product_net_price (bool | Unset):
        is_nho_member (bool | Unset):
    """

    approve_hour_lists: bool | Unset = UNSET
    approve_invoices: bool | Unset = UNSET
    mark_ready_for_invoicing: bool | Unset = UNSET
    historical_information: bool | Unset = UNSET
    project_forecast: bool | Unset = UNSET
    budget_on_subcontracts: bool | Unset = UNSET
    project_categories: bool | Unset = UNSET
    reference_fee: bool | Unset = UNSET
    sort_order_projects: ProjectSettingsSortOrderProjects | Unset = UNSET
    auto_close_invoiced_projects: bool | Unset = UNSET
    must_approve_registered_hours: bool | Unset = UNSET
    show_project_order_lines_to_all_project_participants: bool | Unset = UNSET
    hour_cost_percentage: bool | Unset = UNSET
    fixed_price_projects_fee_calc_method: ProjectSettingsFixedPriceProjectsFeeCalcMethod | Unset = UNSET
    fixed_price_projects_invoice_by_progress: bool | Unset = UNSET
    project_budget_reference_fee: bool | Unset = UNSET
    allow_multiple_project_invoice_vat: bool | Unset = UNSET
    standard_reinvoicing: bool | Unset = UNSET
    is_current_month_default_period: bool | Unset = UNSET
    show_project_onboarding: bool | Unset = UNSET
    auto_connect_incoming_orderline_to_project: bool | Unset = UNSET
    auto_generate_project_number: bool | Unset = UNSET
    auto_generate_starting_number: int | Unset = UNSET
    project_name_scheme: ProjectSettingsProjectNameScheme | Unset = UNSET
    project_type_of_contract: ProjectSettingsProjectTypeOfContract | Unset = UNSET
    project_order_lines_sort_order: ProjectSettingsProjectOrderLinesSortOrder | Unset = UNSET
    project_hourly_rate_model: ProjectSettingsProjectHourlyRateModel | Unset = UNSET
    only_project_members_can_register_info: bool | Unset = UNSET
    only_project_activities_timesheet_registration: bool | Unset = UNSET
    hourly_rate_projects_write_up_down: bool | Unset = UNSET
    show_recently_closed_projects_on_supplier_invoice: bool | Unset = UNSET
    default_project_contract_comment: str | Unset = UNSET
    default_project_invoicing_comment: str | Unset = UNSET
    resource_planning: bool | Unset = UNSET
    resource_groups: bool | Unset = UNSET
    holiday_plan: bool | Unset = UNSET
    resource_plan_period: ProjectSettingsResourcePlanPeriod | Unset = UNSET
    custom_control_forms: bool | Unset = UNSET
    control_forms_required_for_invoicing: list[ProjectControlFormType] | Unset = UNSET
    control_forms_required_for_hour_tracking: list[ProjectControlFormType] | Unset = UNSET
    dynamic_control_form_ids_required_for_invoicing: list[int] | Unset = UNSET
    dynamic_control_form_ids_required_for_hour_tracking: list[int] | Unset = UNSET
    use_logged_in_user_email_on_project_budget: bool | Unset = UNSET
    email_on_project_budget: str | Unset = UNSET
    use_logged_in_user_email_on_project_contract: bool | Unset = UNSET
    email_on_project_contract: str | Unset = UNSET
    use_logged_in_user_email_on_documents: bool | Unset = UNSET
    email_on_documents: str | Unset = UNSET
    use_product_net_price: bool | Unset = UNSET
    is_nho_member: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.approve_hour_lists
        if _v is not UNSET:
            field_dict["approveHourLists"] = _v
        _v = self.approve_invoices
        if _v is not UNSET:
            field_dict["approveInvoices"] = _v
        _v = self.mark_ready_for_invoicing
        if _v is not UNSET:
            field_dict["markReadyForInvoicing"] = _v
        _v = self.historical_information
        if _v is not UNSET:
            field_dict["historicalInformation"] = _v
        _v = self.project_forecast
        if _v is not UNSET:
            field_dict["projectForecast"] = _v
        _v = self.budget_on_subcontracts
        if _v is not UNSET:
            field_dict["budgetOnSubcontracts"] = _v
        _v = self.project_categories
        if _v is not UNSET:
            field_dict["projectCategories"] = _v
        _v = self.reference_fee
        if _v is not UNSET:
            field_dict["referenceFee"] = _v
        _v = self.sort_order_projects
        if _v is not UNSET:
            field_dict["sortOrderProjects"] = _v._value_
        _v = self.auto_close_invoiced_projects
        if _v is not UNSET:
            field_dict["autoCloseInvoicedProjects"] = _v
        _v = self.must_approve_registered_hours
        if _v is not UNSET:
            field_dict["mustApproveRegisteredHours"] = _v
        _v = self.show_project_order_lines_to_all_project_participants
        if _v is not UNSET:
            field_dict["showProjectOrderLinesToAllProjectParticipants"] = _v
        _v = self.hour_cost_percentage
        if _v is not UNSET:
            field_dict["hourCostPercentage"] = _v
        _v = self.fixed_price_projects_fee_calc_method
        if _v is not UNSET:
            field_dict["fixedPriceProjectsFeeCalcMethod"] = _v._value_
        _v = self.fixed_price_projects_invoice_by_progress
        if _v is not UNSET:
            field_dict["fixedPriceProjectsInvoiceByProgress"] = _v
        _v = self.project_budget_reference_fee
        if _v is not UNSET:
            field_dict["projectBudgetReferenceFee"] = _v
        _v = self.allow_multiple_project_invoice_vat
        if _v is not UNSET:
            field_dict["allowMultipleProjectInvoiceVat"] = _v
        _v = self.standard_reinvoicing
        if _v is not UNSET:
            field_dict["standardReinvoicing"] = _v
        _v = self.is_current_month_default_period
        if _v is not UNSET:
            field_dict["isCurrentMonthDefaultPeriod"] = _v
        _v = self.show_project_onboarding
        if _v is not UNSET:
            field_dict["showProjectOnboarding"] = _v
        _v = self.auto_connect_incoming_orderline_to_project
        if _v is not UNSET:
            field_dict["autoConnectIncomingOrderlineToProject"] = _v
        _v = self.auto_generate_project_number
        if _v is not UNSET:
            field_dict["autoGenerateProjectNumber"] = _v
        _v = self.auto_generate_starting_number
        if _v is not UNSET:
            field_dict["autoGenerateStartingNumber"] = _v
        _v = self.project_name_scheme
        if _v is not UNSET:
            field_dict["projectNameScheme"] = _v._value_
        _v = self.project_type_of_contract
        if _v is not UNSET:
            field_dict["projectTypeOfContract"] = _v._value_
        _v = self.project_order_lines_sort_order
        if _v is not UNSET:
            field_dict["projectOrderLinesSortOrder"] = _v._value_
        _v = self.project_hourly_rate_model
        if _v is not UNSET:
            field_dict["projectHourlyRateModel"] = _v._value_
        _v = self.only_project_members_can_register_info
        if _v is not UNSET:
            field_dict["onlyProjectMembersCanRegisterInfo"] = _v
        _v = self.only_project_activities_timesheet_registration
        if _v is not UNSET:
            field_dict["onlyProjectActivitiesTimesheetRegistration"] = _v
        _v = self.hourly_rate_projects_write_up_down
        if _v is not UNSET:
            field_dict["hourlyRateProjectsWriteUpDown"] = _v
        _v = self.show_recently_closed_projects_on_supplier_invoice
        if _v is not UNSET:
            field_dict["showRecentlyClosedProjectsOnSupplierInvoice"] = _v
        _v = self.default_project_contract_comment
        if _v is not UNSET:
            field_dict["defaultProjectContractComment"] = _v
        _v = self.default_project_invoicing_comment
        if _v is not UNSET:
            field_dict["defaultProjectInvoicingComment"] = _v
        _v = self.resource_planning
        if _v is not UNSET:
            field_dict["resourcePlanning"] = _v
        _v = self.resource_groups
        if _v is not UNSET:
            field_dict["resourceGroups"] = _v
        _v = self.holiday_plan
        if _v is not UNSET:
            field_dict["holidayPlan"] = _v
        _v = self.resource_plan_period
        if _v is not UNSET:
            field_dict["resourcePlanPeriod"] = _v._value_
        _v = self.custom_control_forms
        if _v is not UNSET:
            field_dict["customControlForms"] = _v
        _v = self.control_forms_required_for_invoicing
        if _v is not UNSET:
            field_dict["controlFormsRequiredForInvoicing"] = [_e.to_dict() for _e in _v]
        _v = self.control_forms_required_for_hour_tracking
        if _v is not UNSET:
            field_dict["controlFormsRequiredForHourTracking"] = [_e.to_dict() for _e in _v]
        _v = self.dynamic_control_form_ids_required_for_invoicing
        if _v is not UNSET:
            field_dict["dynamicControlFormIdsRequiredForInvoicing"] = _v
        _v = self.dynamic_control_form_ids_required_for_hour_tracking
        if _v is not UNSET:
            field_dict["dynamicControlFormIdsRequiredForHourTracking"] = _v
        _v = self.use_logged_in_user_email_on_project_budget
        if _v is not UNSET:
            field_dict["useLoggedInUserEmailOnProjectBudget"] = _v
        _v = self.email_on_project_budget
        if _v is not UNSET:
            field_dict["emailOnProjectBudget"] = _v
        _v = self.use_logged_in_user_email_on_project_contract
        if _v is not UNSET:
            field_dict["useLoggedInUserEmailOnProjectContract"] = _v
        _v = self.email_on_project_contract
        if _v is not UNSET:
            field_dict["emailOnProjectContract"] = _v
        _v = self.use_logged_in_user_email_on_documents
        if _v is not UNSET:
            field_dict["useLoggedInUserEmailOnDocuments"] = _v
        _v = self.email_on_documents
        if _v is not UNSET:
            field_dict["emailOnDocuments"] = _v
        _v = self.use_product_net_price
        if _v is not UNSET:
            field_dict["useProductNetPrice"] = _v
        _v = self.is_nho_member
        if _v is not UNSET:
            field_dict["isNHOMember"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProjectSettings from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ProjectSettings.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.project_control_form_type import ProjectControlFormType  # noqa: PLC0415

        _new = object.__new__
        _e_sort_order_projects: dict[Any, Any] = enum_members(ProjectSettingsSortOrderProjects)
        _e_fixed_price_projects_fee_calc_method: dict[Any, Any] = enum_members(
            ProjectSettingsFixedPriceProjectsFeeCalcMethod
        )
        _e_project_name_scheme: dict[Any, Any] = enum_members(ProjectSettingsProjectNameScheme)
        _e_project_type_of_contract: dict[Any, Any] = enum_members(ProjectSettingsProjectTypeOfContract)
        _e_project_order_lines_sort_order: dict[Any, Any] = enum_members(ProjectSettingsProjectOrderLinesSortOrder)
        _e_project_hourly_rate_model: dict[Any, Any] = enum_members(ProjectSettingsProjectHourlyRateModel)
        _e_resource_plan_period: dict[Any, Any] = enum_members(ProjectSettingsResourcePlanPeriod)
        _known: frozenset[str] = frozenset(
            (
                "approveHourLists",
                "approveInvoices",
                "markReadyForInvoicing",
                "historicalInformation",
                "projectForecast",
                "budgetOnSubcontracts",
                "projectCategories",
                "referenceFee",
                "sortOrderProjects",
                "autoCloseInvoicedProjects",
                "mustApproveRegisteredHours",
                "showProjectOrderLinesToAllProjectParticipants",
                "hourCostPercentage",
                "fixedPriceProjectsFeeCalcMethod",
                "fixedPriceProjectsInvoiceByProgress",
                "projectBudgetReferenceFee",
                "allowMultipleProjectInvoiceVat",
                "standardReinvoicing",
                "isCurrentMonthDefaultPeriod",
                "showProjectOnboarding",
                "autoConnectIncomingOrderlineToProject",
                "autoGenerateProjectNumber",
                "autoGenerateStartingNumber",
                "projectNameScheme",
                "projectTypeOfContract",
                "projectOrderLinesSortOrder",
                "projectHourlyRateModel",
                "onlyProjectMembersCanRegisterInfo",
                "onlyProjectActivitiesTimesheetRegistration",
                "hourlyRateProjectsWriteUpDown",
                "showRecentlyClosedProjectsOnSupplierInvoice",
                "defaultProjectContractComment",
                "defaultProjectInvoicingComment",
                "resourcePlanning",
                "resourceGroups",
                "holidayPlan",
                "resourcePlanPeriod",
                "customControlForms",
                "controlFormsRequiredForInvoicing",
                "controlFormsRequiredForHourTracking",
                "dynamicControlFormIdsRequiredForInvoicing",
                "dynamicControlFormIdsRequiredForHourTracking",
                "useLoggedInUserEmailOnProjectBudget",
                "emailOnProjectBudget",
                "useLoggedInUserEmailOnProjectContract",
                "emailOnProjectContract",
                "useLoggedInUserEmailOnDocuments",
                "emailOnDocuments",
                "useProductNetPrice",
                "isNHOMember",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "approveHourLists": "approve_hour_lists",
            "approveInvoices": "approve_invoices",
            "markReadyForInvoicing": "mark_ready_for_invoicing",
            "historicalInformation": "historical_information",
            "projectForecast": "project_forecast",
            "budgetOnSubcontracts": "budget_on_subcontracts",
            "projectCategories": "project_categories",
            "referenceFee": "reference_fee",
            "autoCloseInvoicedProjects": "auto_close_invoiced_projects",
            "mustApproveRegisteredHours": "must_approve_registered_hours",
            "showProjectOrderLinesToAllProjectParticipants": "show_project_order_lines_to_all_project_participants",
            "hourCostPercentage": "hour_cost_percentage",
            "fixedPriceProjectsInvoiceByProgress": "fixed_price_projects_invoice_by_progress",
            "projectBudgetReferenceFee": "project_budget_reference_fee",
            "allowMultipleProjectInvoiceVat": "allow_multiple_project_invoice_vat",
            "standardReinvoicing": "standard_reinvoicing",
            "isCurrentMonthDefaultPeriod": "is_current_month_default_period",
            "showProjectOnboarding": "show_project_onboarding",
            "autoConnectIncomingOrderlineToProject": "auto_connect_incoming_orderline_to_project",
            "autoGenerateProjectNumber": "auto_generate_project_number",
            "autoGenerateStartingNumber": "auto_generate_starting_number",
            "onlyProjectMembersCanRegisterInfo": "only_project_members_can_register_info",
            "onlyProjectActivitiesTimesheetRegistration": "only_project_activities_timesheet_registration",
            "hourlyRateProjectsWriteUpDown": "hourly_rate_projects_write_up_down",
            "showRecentlyClosedProjectsOnSupplierInvoice": "show_recently_closed_projects_on_supplier_invoice",
            "defaultProjectContractComment": "default_project_contract_comment",
            "defaultProjectInvoicingComment": "default_project_invoicing_comment",
            "resourcePlanning": "resource_planning",
            "resourceGroups": "resource_groups",
            "holidayPlan": "holiday_plan",
            "customControlForms": "custom_control_forms",
            "useLoggedInUserEmailOnProjectBudget": "use_logged_in_user_email_on_project_budget",
            "emailOnProjectBudget": "email_on_project_budget",
            "useLoggedInUserEmailOnProjectContract": "use_logged_in_user_email_on_project_contract",
            "emailOnProjectContract": "email_on_project_contract",
            "useLoggedInUserEmailOnDocuments": "use_logged_in_user_email_on_documents",
            "emailOnDocuments": "email_on_documents",
            "useProductNetPrice": "use_product_net_price",
            "isNHOMember": "is_nho_member",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 16 and _sparse_keys.issuperset(d):
                    o.approve_hour_lists = o.approve_invoices = o.mark_ready_for_invoicing = (
                        o.historical_information
                    ) = o.project_forecast = o.budget_on_subcontracts = o.project_categories = o.reference_fee = (
                        o.sort_order_projects
                    ) = o.auto_close_invoiced_projects = o.must_approve_registered_hours = (
                        o.show_project_order_lines_to_all_project_participants
                    ) = o.hour_cost_percentage = o.fixed_price_projects_fee_calc_method = (
                        o.fixed_price_projects_invoice_by_progress
                    ) = o.project_budget_reference_fee = o.allow_multiple_project_invoice_vat = (
                        o.standard_reinvoicing
                    ) = o.is_current_month_default_period = o.show_project_onboarding = (
                        o.auto_connect_incoming_orderline_to_project
                    ) = o.auto_generate_project_number = o.auto_generate_starting_number = o.project_name_scheme = (
                        o.project_type_of_contract
                    ) = o.project_order_lines_sort_order = o.project_hourly_rate_model = (
                        o.only_project_members_can_register_info
                    ) = o.only_project_activities_timesheet_registration = o.hourly_rate_projects_write_up_down = (
                        o.show_recently_closed_projects_on_supplier_invoice
                    ) = o.default_project_contract_comment = o.default_project_invoicing_comment = (
                        o.resource_planning
                    ) = o.resource_groups = o.holiday_plan = o.resource_plan_period = o.custom_control_forms = (
                        o.control_forms_required_for_invoicing
                    ) = o.control_forms_required_for_hour_tracking = (
                        o.dynamic_control_form_ids_required_for_invoicing
                    ) = o.dynamic_control_form_ids_required_for_hour_tracking = (
                        o.use_logged_in_user_email_on_project_budget
                    ) = o.email_on_project_budget = o.use_logged_in_user_email_on_project_contract = (
                        o.email_on_project_contract
                    ) = o.use_logged_in_user_email_on_documents = o.email_on_documents = o.use_product_net_price = (
                        o.is_nho_member
                    ) = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("approveHourLists")
                if v is None:
                    o.approve_hour_lists = u
                    if "approveHourLists" not in d:
                        m += 1
                else:
                    o.approve_hour_lists = v
                v = g("approveInvoices")
                if v is None:
                    o.approve_invoices = u
                    if "approveInvoices" not in d:
                        m += 1
                else:
                    o.approve_invoices = v
                v = g("markReadyForInvoicing")
                if v is None:
                    o.mark_ready_for_invoicing = u
                    if "markReadyForInvoicing" not in d:
                        m += 1
                else:
                    o.mark_ready_for_invoicing = v
                v = g("historicalInformation")
                if v is None:
                    o.historical_information = u
                    if "historicalInformation" not in d:
                        m += 1
                else:
                    o.historical_information = v
                v = g("projectForecast")
                if v is None:
                    o.project_forecast = u
                    if "projectForecast" not in d:
                        m += 1
                else:
                    o.project_forecast = v
                v = g("budgetOnSubcontracts")
                if v is None:
                    o.budget_on_subcontracts = u
                    if "budgetOnSubcontracts" not in d:
                        m += 1
                else:
                    o.budget_on_subcontracts = v
                v = g("projectCategories")
                if v is None:
                    o.project_categories = u
                    if "projectCategories" not in d:
                        m += 1
                else:
                    o.project_categories = v
                v = g("referenceFee")
                if v is None:
                    o.reference_fee = u
                    if "referenceFee" not in d:
                        m += 1
                else:
                    o.reference_fee = v
                k = "sortOrderProjects"
                v = g("sortOrderProjects")
                if v is None:
                    o.sort_order_projects = u
                    if "sortOrderProjects" not in d:
                        m += 1
                else:
                    o.sort_order_projects = (
                        e_
                        if (e_ := _e_sort_order_projects.get(v)) is not None
                        else enum_value(ProjectSettingsSortOrderProjects, v)
                    )
                v = g("autoCloseInvoicedProjects")
                if v is None:
                    o.auto_close_invoiced_projects = u
                    if "autoCloseInvoicedProjects" not in d:
                        m += 1
                else:
                    o.auto_close_invoiced_projects = v
                v = g("mustApproveRegisteredHours")
                if v is None:
                    o.must_approve_registered_hours = u
                    if "mustApproveRegisteredHours" not in d:
                        m += 1
                else:
                    o.must_approve_registered_hours = v
                v = g("showProjectOrderLinesToAllProjectParticipants")
                if v is None:
                    o.show_project_order_lines_to_all_project_participants = u
                    if "showProjectOrderLinesToAllProjectParticipants" not in d:
                        m += 1
                else:
                    o.show_project_order_lines_to_all_project_participants = v
                v = g("hourCostPercentage")
                if v is None:
                    o.hour_cost_percentage = u
                    if "hourCostPercentage" not in d:
                        m += 1
                else:
                    o.hour_cost_percentage = v
                k = "fixedPriceProjectsFeeCalcMethod"
                v = g("fixedPriceProjectsFeeCalcMethod")
                if v is None:
                    o.fixed_price_projects_fee_calc_method = u
                    if "fixedPriceProjectsFeeCalcMethod" not in d:
                        m += 1
                else:
                    o.fixed_price_projects_fee_calc_method = (
                        e_
                        if (e_ := _e_fixed_price_projects_fee_calc_method.get(v)) is not None
                        else enum_value(ProjectSettingsFixedPriceProjectsFeeCalcMethod, v)
                    )
                v = g("fixedPriceProjectsInvoiceByProgress")
                if v is None:
                    o.fixed_price_projects_invoice_by_progress = u
                    if "fixedPriceProjectsInvoiceByProgress" not in d:
                        m += 1
                else:
                    o.fixed_price_projects_invoice_by_progress = v
                v = g("projectBudgetReferenceFee")
                if v is None:
                    o.project_budget_reference_fee = u
                    if "projectBudgetReferenceFee" not in d:
                        m += 1
                else:
                    o.project_budget_reference_fee = v
                v = g("allowMultipleProjectInvoiceVat")
                if v is None:
                    o.allow_multiple_project_invoice_vat = u
                    if "allowMultipleProjectInvoiceVat" not in d:
                        m += 1
                else:
                    o.allow_multiple_project_invoice_vat = v
                v = g("standardReinvoicing")
                if v is None:
                    o.standard_reinvoicing = u
                    if "standardReinvoicing" not in d:
                        m += 1
                else:
                    o.standard_reinvoicing = v
                v = g("isCurrentMonthDefaultPeriod")
                if v is None:
                    o.is_current_month_default_period = u
                    if "isCurrentMonthDefaultPeriod" not in d:
                        m += 1
                else:
                    o.is_current_month_default_period = v
                v = g("showProjectOnboarding")
                if v is None:
                    o.show_project_onboarding = u
                    if "showProjectOnboarding" not in d:
                        m += 1
                else:
                    o.show_project_onboarding = v
                v = g("autoConnectIncomingOrderlineToProject")
                if v is None:
                    o.auto_connect_incoming_orderline_to_project = u
                    if "autoConnectIncomingOrderlineToProject" not in d:
                        m += 1
                else:
                    o.auto_connect_incoming_orderline_to_project = v
                v = g("autoGenerateProjectNumber")
                if v is None:
                    o.auto_generate_project_number = u
                    if "autoGenerateProjectNumber" not in d:
                        m += 1
                else:
                    o.auto_generate_project_number = v
                v = g("autoGenerateStartingNumber")
                if v is None:
                    o.auto_generate_starting_number = u
                    if "autoGenerateStartingNumber" not in d:
                        m += 1
                else:
                    o.auto_generate_starting_number = v
                k = "projectNameScheme"
                v = g("projectNameScheme")
                if v is None:
                    o.project_name_scheme = u
                    if "projectNameScheme" not in d:
                        m += 1
                else:
                    o.project_name_scheme = (
                        e_
                        if (e_ := _e_project_name_scheme.get(v)) is not None
                        else enum_value(ProjectSettingsProjectNameScheme, v)
                    )
                k = "projectTypeOfContract"
                v = g("projectTypeOfContract")
                if v is None:
                    o.project_type_of_contract = u
                    if "projectTypeOfContract" not in d:
                        m += 1
                else:
                    o.project_type_of_contract = (
                        e_
                        if (e_ := _e_project_type_of_contract.get(v)) is not None
                        else enum_value(ProjectSettingsProjectTypeOfContract, v)
                    )
                k = "projectOrderLinesSortOrder"
                v = g("projectOrderLinesSortOrder")
                if v is None:
                    o.project_order_lines_sort_order = u
                    if "projectOrderLinesSortOrder" not in d:
                        m += 1
                else:
                    o.project_order_lines_sort_order = (
                        e_
                        if (e_ := _e_project_order_lines_sort_order.get(v)) is not None
                        else enum_value(ProjectSettingsProjectOrderLinesSortOrder, v)
                    )
                k = "projectHourlyRateModel"
                v = g("projectHourlyRateModel")
                if v is None:
                    o.project_hourly_rate_model = u
                    if "projectHourlyRateModel" not in d:
                        m += 1
                else:
                    o.project_hourly_rate_model = (
                        e_
                        if (e_ := _e_project_hourly_rate_model.get(v)) is not None
                        else enum_value(ProjectSettingsProjectHourlyRateModel, v)
                    )
                v = g("onlyProjectMembersCanRegisterInfo")
                if v is None:
                    o.only_project_members_can_register_info = u
                    if "onlyProjectMembersCanRegisterInfo" not in d:
                        m += 1
                else:
                    o.only_project_members_can_register_info = v
                v = g("onlyProjectActivitiesTimesheetRegistration")
                if v is None:
                    o.only_project_activities_timesheet_registration = u
                    if "onlyProjectActivitiesTimesheetRegistration" not in d:
                        m += 1
                else:
                    o.only_project_activities_timesheet_registration = v
                v = g("hourlyRateProjectsWriteUpDown")
                if v is None:
                    o.hourly_rate_projects_write_up_down = u
                    if "hourlyRateProjectsWriteUpDown" not in d:
                        m += 1
                else:
                    o.hourly_rate_projects_write_up_down = v
                v = g("showRecentlyClosedProjectsOnSupplierInvoice")
                if v is None:
                    o.show_recently_closed_projects_on_supplier_invoice = u
                    if "showRecentlyClosedProjectsOnSupplierInvoice" not in d:
                        m += 1
                else:
                    o.show_recently_closed_projects_on_supplier_invoice = v
                v = g("defaultProjectContractComment")
                if v is None:
                    o.default_project_contract_comment = u
                    if "defaultProjectContractComment" not in d:
                        m += 1
                else:
                    o.default_project_contract_comment = v
                v = g("defaultProjectInvoicingComment")
                if v is None:
                    o.default_project_invoicing_comment = u
                    if "defaultProjectInvoicingComment" not in d:
                        m += 1
                else:
                    o.default_project_invoicing_comment = v
                v = g("resourcePlanning")
                if v is None:
                    o.resource_planning = u
                    if "resourcePlanning" not in d:
                        m += 1
                else:
                    o.resource_planning = v
                v = g("resourceGroups")
                if v is None:
                    o.resource_groups = u
                    if "resourceGroups" not in d:
                        m += 1
                else:
                    o.resource_groups = v
                v = g("holidayPlan")
                if v is None:
                    o.holiday_plan = u
                    if "holidayPlan" not in d:
                        m += 1
                else:
                    o.holiday_plan = v
                k = "resourcePlanPeriod"
                v = g("resourcePlanPeriod")
                if v is None:
                    o.resource_plan_period = u
                    if "resourcePlanPeriod" not in d:
                        m += 1
                else:
                    o.resource_plan_period = (
                        e_
                        if (e_ := _e_resource_plan_period.get(v)) is not None
                        else enum_value(ProjectSettingsResourcePlanPeriod, v)
                    )
                v = g("customControlForms")
                if v is None:
                    o.custom_control_forms = u
                    if "customControlForms" not in d:
                        m += 1
                else:
                    o.custom_control_forms = v
                k = "controlFormsRequiredForInvoicing"
                v = g("controlFormsRequiredForInvoicing")
                if v is None:
                    o.control_forms_required_for_invoicing = u
                    if "controlFormsRequiredForInvoicing" not in d:
                        m += 1
                else:
                    o.control_forms_required_for_invoicing = (
                        ([ProjectControlFormType._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "controlFormsRequiredForHourTracking"
                v = g("controlFormsRequiredForHourTracking")
                if v is None:
                    o.control_forms_required_for_hour_tracking = u
                    if "controlFormsRequiredForHourTracking" not in d:
                        m += 1
                else:
                    o.control_forms_required_for_hour_tracking = (
                        ([ProjectControlFormType._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "dynamicControlFormIdsRequiredForInvoicing"
                v = g("dynamicControlFormIdsRequiredForInvoicing")
                if v is None:
                    o.dynamic_control_form_ids_required_for_invoicing = u
                    if "dynamicControlFormIdsRequiredForInvoicing" not in d:
                        m += 1
                else:
                    o.dynamic_control_form_ids_required_for_invoicing = v
                k = "dynamicControlFormIdsRequiredForHourTracking"
                v = g("dynamicControlFormIdsRequiredForHourTracking")
                if v is None:
                    o.dynamic_control_form_ids_required_for_hour_tracking = u
                    if "dynamicControlFormIdsRequiredForHourTracking" not in d:
                        m += 1
                else:
                    o.dynamic_control_form_ids_required_for_hour_tracking = v
                v = g("useLoggedInUserEmailOnProjectBudget")
                if v is None:
                    o.use_logged_in_user_email_on_project_budget = u
                    if "useLoggedInUserEmailOnProjectBudget" not in d:
                        m += 1
                else:
                    o.use_logged_in_user_email_on_project_budget = v
                v = g("emailOnProjectBudget")
                if v is None:
                    o.email_on_project_budget = u
                    if "emailOnProjectBudget" not in d:
                        m += 1
                else:
                    o.email_on_project_budget = v
                v = g("useLoggedInUserEmailOnProjectContract")
                if v is None:
                    o.use_logged_in_user_email_on_project_contract = u
                    if "useLoggedInUserEmailOnProjectContract" not in d:
                        m += 1
                else:
                    o.use_logged_in_user_email_on_project_contract = v
                v = g("emailOnProjectContract")
                if v is None:
                    o.email_on_project_contract = u
                    if "emailOnProjectContract" not in d:
                        m += 1
                else:
                    o.email_on_project_contract = v
                v = g("useLoggedInUserEmailOnDocuments")
                if v is None:
                    o.use_logged_in_user_email_on_documents = u
                    if "useLoggedInUserEmailOnDocuments" not in d:
                        m += 1
                else:
                    o.use_logged_in_user_email_on_documents = v
                v = g("emailOnDocuments")
                if v is None:
                    o.email_on_documents = u
                    if "emailOnDocuments" not in d:
                        m += 1
                else:
                    o.email_on_documents = v
                v = g("useProductNetPrice")
                if v is None:
                    o.use_product_net_price = u
                    if "useProductNetPrice" not in d:
                        m += 1
                else:
                    o.use_product_net_price = v
                v = g("isNHOMember")
                if v is None:
                    o.is_nho_member = u
                    if "isNHOMember" not in d:
                        m += 1
                else:
                    o.is_nho_member = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 50 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("approve_hour_lists", "approveHourLists"),
            ("approve_invoices", "approveInvoices"),
            ("mark_ready_for_invoicing", "markReadyForInvoicing"),
            ("historical_information", "historicalInformation"),
            ("project_forecast", "projectForecast"),
            ("budget_on_subcontracts", "budgetOnSubcontracts"),
            ("project_categories", "projectCategories"),
            ("reference_fee", "referenceFee"),
            ("sort_order_projects", "sortOrderProjects"),
            ("auto_close_invoiced_projects", "autoCloseInvoicedProjects"),
            ("must_approve_registered_hours", "mustApproveRegisteredHours"),
            ("show_project_order_lines_to_all_project_participants", "showProjectOrderLinesToAllProjectParticipants"),
            ("hour_cost_percentage", "hourCostPercentage"),
            ("fixed_price_projects_fee_calc_method", "fixedPriceProjectsFeeCalcMethod"),
            ("fixed_price_projects_invoice_by_progress", "fixedPriceProjectsInvoiceByProgress"),
            ("project_budget_reference_fee", "projectBudgetReferenceFee"),
            ("allow_multiple_project_invoice_vat", "allowMultipleProjectInvoiceVat"),
            ("standard_reinvoicing", "standardReinvoicing"),
            ("is_current_month_default_period", "isCurrentMonthDefaultPeriod"),
            ("show_project_onboarding", "showProjectOnboarding"),
            ("auto_connect_incoming_orderline_to_project", "autoConnectIncomingOrderlineToProject"),
            ("auto_generate_project_number", "autoGenerateProjectNumber"),
            ("auto_generate_starting_number", "autoGenerateStartingNumber"),
            ("project_name_scheme", "projectNameScheme"),
            ("project_type_of_contract", "projectTypeOfContract"),
            ("project_order_lines_sort_order", "projectOrderLinesSortOrder"),
            ("project_hourly_rate_model", "projectHourlyRateModel"),
            ("only_project_members_can_register_info", "onlyProjectMembersCanRegisterInfo"),
            ("only_project_activities_timesheet_registration", "onlyProjectActivitiesTimesheetRegistration"),
            ("hourly_rate_projects_write_up_down", "hourlyRateProjectsWriteUpDown"),
            ("show_recently_closed_projects_on_supplier_invoice", "showRecentlyClosedProjectsOnSupplierInvoice"),
            ("default_project_contract_comment", "defaultProjectContractComment"),
            ("default_project_invoicing_comment", "defaultProjectInvoicingComment"),
            ("resource_planning", "resourcePlanning"),
            ("resource_groups", "resourceGroups"),
            ("holiday_plan", "holidayPlan"),
            ("resource_plan_period", "resourcePlanPeriod"),
            ("custom_control_forms", "customControlForms"),
            ("control_forms_required_for_invoicing", "controlFormsRequiredForInvoicing"),
            ("control_forms_required_for_hour_tracking", "controlFormsRequiredForHourTracking"),
            ("dynamic_control_form_ids_required_for_invoicing", "dynamicControlFormIdsRequiredForInvoicing"),
            ("dynamic_control_form_ids_required_for_hour_tracking", "dynamicControlFormIdsRequiredForHourTracking"),
            ("use_logged_in_user_email_on_project_budget", "useLoggedInUserEmailOnProjectBudget"),
            ("email_on_project_budget", "emailOnProjectBudget"),
            ("use_logged_in_user_email_on_project_contract", "useLoggedInUserEmailOnProjectContract"),
            ("email_on_project_contract", "emailOnProjectContract"),
            ("use_logged_in_user_email_on_documents", "useLoggedInUserEmailOnDocuments"),
            ("email_on_documents", "emailOnDocuments"),
            ("use_product_net_price", "useProductNetPrice"),
            ("is_nho_member", "isNHOMember"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.approve_hour_lists
            o.approve_hour_lists = u if v is None else v
            v = s.approve_invoices
            o.approve_invoices = u if v is None else v
            v = s.mark_ready_for_invoicing
            o.mark_ready_for_invoicing = u if v is None else v
            v = s.historical_information
            o.historical_information = u if v is None else v
            v = s.project_forecast
            o.project_forecast = u if v is None else v
            v = s.budget_on_subcontracts
            o.budget_on_subcontracts = u if v is None else v
            v = s.project_categories
            o.project_categories = u if v is None else v
            v = s.reference_fee
            o.reference_fee = u if v is None else v
            v = s.sort_order_projects
            o.sort_order_projects = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_sort_order_projects.get(v)) is not None
                else enum_value(ProjectSettingsSortOrderProjects, v)
            )
            v = s.auto_close_invoiced_projects
            o.auto_close_invoiced_projects = u if v is None else v
            v = s.must_approve_registered_hours
            o.must_approve_registered_hours = u if v is None else v
            v = s.show_project_order_lines_to_all_project_participants
            o.show_project_order_lines_to_all_project_participants = u if v is None else v
            v = s.hour_cost_percentage
            o.hour_cost_percentage = u if v is None else v
            v = s.fixed_price_projects_fee_calc_method
            o.fixed_price_projects_fee_calc_method = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_fixed_price_projects_fee_calc_method.get(v)) is not None
                else enum_value(ProjectSettingsFixedPriceProjectsFeeCalcMethod, v)
            )
            v = s.fixed_price_projects_invoice_by_progress
            o.fixed_price_projects_invoice_by_progress = u if v is None else v
            v = s.project_budget_reference_fee
            o.project_budget_reference_fee = u if v is None else v
            v = s.allow_multiple_project_invoice_vat
            o.allow_multiple_project_invoice_vat = u if v is None else v
            v = s.standard_reinvoicing
            o.standard_reinvoicing = u if v is None else v
            v = s.is_current_month_default_period
            o.is_current_month_default_period = u if v is None else v
            v = s.show_project_onboarding
            o.show_project_onboarding = u if v is None else v
            v = s.auto_connect_incoming_orderline_to_project
            o.auto_connect_incoming_orderline_to_project = u if v is None else v
            v = s.auto_generate_project_number
            o.auto_generate_project_number = u if v is None else v
            v = s.auto_generate_starting_number
            o.auto_generate_starting_number = u if v is None else v
            v = s.project_name_scheme
            o.project_name_scheme = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_project_name_scheme.get(v)) is not None
                else enum_value(ProjectSettingsProjectNameScheme, v)
            )
            v = s.project_type_of_contract
            o.project_type_of_contract = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_project_type_of_contract.get(v)) is not None
                else enum_value(ProjectSettingsProjectTypeOfContract, v)
            )
            v = s.project_order_lines_sort_order
            o.project_order_lines_sort_order = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_project_order_lines_sort_order.get(v)) is not None
                else enum_value(ProjectSettingsProjectOrderLinesSortOrder, v)
            )
            v = s.project_hourly_rate_model
            o.project_hourly_rate_model = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_project_hourly_rate_model.get(v)) is not None
                else enum_value(ProjectSettingsProjectHourlyRateModel, v)
            )
            v = s.only_project_members_can_register_info
            o.only_project_members_can_register_info = u if v is None else v
            v = s.only_project_activities_timesheet_registration
            o.only_project_activities_timesheet_registration = u if v is None else v
            v = s.hourly_rate_projects_write_up_down
            o.hourly_rate_projects_write_up_down = u if v is None else v
            v = s.show_recently_closed_projects_on_supplier_invoice
            o.show_recently_closed_projects_on_supplier_invoice = u if v is None else v
            v = s.default_project_contract_comment
            o.default_project_contract_comment = u if v is None else v
            v = s.default_project_invoicing_comment
            o.default_project_invoicing_comment = u if v is None else v
            v = s.resource_planning
            o.resource_planning = u if v is None else v
            v = s.resource_groups
            o.resource_groups = u if v is None else v
            v = s.holiday_plan
            o.holiday_plan = u if v is None else v
            v = s.resource_plan_period
            o.resource_plan_period = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_resource_plan_period.get(v)) is not None
                else enum_value(ProjectSettingsResourcePlanPeriod, v)
            )
            v = s.custom_control_forms
            o.custom_control_forms = u if v is None else v
            v = s.control_forms_required_for_invoicing
            o.control_forms_required_for_invoicing = (
                u
                if v is None or v is u
                else ([ProjectControlFormType._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.control_forms_required_for_hour_tracking
            o.control_forms_required_for_hour_tracking = (
                u
                if v is None or v is u
                else ([ProjectControlFormType._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.dynamic_control_form_ids_required_for_invoicing
            o.dynamic_control_form_ids_required_for_invoicing = u if v is None or v is u else v
            v = s.dynamic_control_form_ids_required_for_hour_tracking
            o.dynamic_control_form_ids_required_for_hour_tracking = u if v is None or v is u else v
            v = s.use_logged_in_user_email_on_project_budget
            o.use_logged_in_user_email_on_project_budget = u if v is None else v
            v = s.email_on_project_budget
            o.email_on_project_budget = u if v is None else v
            v = s.use_logged_in_user_email_on_project_contract
            o.use_logged_in_user_email_on_project_contract = u if v is None else v
            v = s.email_on_project_contract
            o.email_on_project_contract = u if v is None else v
            v = s.use_logged_in_user_email_on_documents
            o.use_logged_in_user_email_on_documents = u if v is None else v
            v = s.email_on_documents
            o.email_on_documents = u if v is None else v
            v = s.use_product_net_price
            o.use_product_net_price = u if v is None else v
            v = s.is_nho_member
            o.is_nho_member = u if v is None else v
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
