from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.project_control_form_type import ProjectControlFormType


T = TypeVar("T", bound="ProjectSettings")


@_attrs_define
class ProjectSettings:
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
        _in_request = serializing_request_body()
        approve_hour_lists = self.approve_hour_lists

        approve_invoices = self.approve_invoices

        mark_ready_for_invoicing = self.mark_ready_for_invoicing

        historical_information = self.historical_information

        project_forecast = self.project_forecast

        budget_on_subcontracts = self.budget_on_subcontracts

        project_categories = self.project_categories

        reference_fee = self.reference_fee

        sort_order_projects: str | Unset = UNSET
        if not isinstance(self.sort_order_projects, Unset):
            sort_order_projects = self.sort_order_projects.value

        auto_close_invoiced_projects = self.auto_close_invoiced_projects

        must_approve_registered_hours = self.must_approve_registered_hours

        show_project_order_lines_to_all_project_participants = self.show_project_order_lines_to_all_project_participants

        hour_cost_percentage = self.hour_cost_percentage

        fixed_price_projects_fee_calc_method: str | Unset = UNSET
        if not isinstance(self.fixed_price_projects_fee_calc_method, Unset):
            fixed_price_projects_fee_calc_method = self.fixed_price_projects_fee_calc_method.value

        fixed_price_projects_invoice_by_progress = self.fixed_price_projects_invoice_by_progress

        project_budget_reference_fee = self.project_budget_reference_fee

        allow_multiple_project_invoice_vat = self.allow_multiple_project_invoice_vat

        standard_reinvoicing = self.standard_reinvoicing

        is_current_month_default_period = self.is_current_month_default_period

        show_project_onboarding = self.show_project_onboarding

        auto_connect_incoming_orderline_to_project = self.auto_connect_incoming_orderline_to_project

        auto_generate_project_number = self.auto_generate_project_number

        auto_generate_starting_number = self.auto_generate_starting_number

        project_name_scheme: str | Unset = UNSET
        if not isinstance(self.project_name_scheme, Unset):
            project_name_scheme = self.project_name_scheme.value

        project_type_of_contract: str | Unset = UNSET
        if not isinstance(self.project_type_of_contract, Unset):
            project_type_of_contract = self.project_type_of_contract.value

        project_order_lines_sort_order: str | Unset = UNSET
        if not isinstance(self.project_order_lines_sort_order, Unset):
            project_order_lines_sort_order = self.project_order_lines_sort_order.value

        project_hourly_rate_model: str | Unset = UNSET
        if not isinstance(self.project_hourly_rate_model, Unset):
            project_hourly_rate_model = self.project_hourly_rate_model.value

        only_project_members_can_register_info = self.only_project_members_can_register_info

        only_project_activities_timesheet_registration = self.only_project_activities_timesheet_registration

        hourly_rate_projects_write_up_down = self.hourly_rate_projects_write_up_down

        show_recently_closed_projects_on_supplier_invoice = self.show_recently_closed_projects_on_supplier_invoice

        default_project_contract_comment = self.default_project_contract_comment

        default_project_invoicing_comment = self.default_project_invoicing_comment

        resource_planning = self.resource_planning

        resource_groups = self.resource_groups

        holiday_plan = self.holiday_plan

        resource_plan_period: str | Unset = UNSET
        if not isinstance(self.resource_plan_period, Unset):
            resource_plan_period = self.resource_plan_period.value

        custom_control_forms = self.custom_control_forms

        control_forms_required_for_invoicing: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.control_forms_required_for_invoicing, Unset):
            control_forms_required_for_invoicing = []
            for control_forms_required_for_invoicing_item_data in self.control_forms_required_for_invoicing:
                control_forms_required_for_invoicing_item = control_forms_required_for_invoicing_item_data.to_dict()
                control_forms_required_for_invoicing.append(control_forms_required_for_invoicing_item)

        control_forms_required_for_hour_tracking: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.control_forms_required_for_hour_tracking, Unset):
            control_forms_required_for_hour_tracking = []
            for control_forms_required_for_hour_tracking_item_data in self.control_forms_required_for_hour_tracking:
                control_forms_required_for_hour_tracking_item = (
                    control_forms_required_for_hour_tracking_item_data.to_dict()
                )
                control_forms_required_for_hour_tracking.append(control_forms_required_for_hour_tracking_item)

        dynamic_control_form_ids_required_for_invoicing: list[int] | Unset = UNSET
        if not isinstance(self.dynamic_control_form_ids_required_for_invoicing, Unset):
            dynamic_control_form_ids_required_for_invoicing = self.dynamic_control_form_ids_required_for_invoicing

        dynamic_control_form_ids_required_for_hour_tracking: list[int] | Unset = UNSET
        if not isinstance(self.dynamic_control_form_ids_required_for_hour_tracking, Unset):
            dynamic_control_form_ids_required_for_hour_tracking = (
                self.dynamic_control_form_ids_required_for_hour_tracking
            )

        use_logged_in_user_email_on_project_budget = self.use_logged_in_user_email_on_project_budget

        email_on_project_budget = self.email_on_project_budget

        use_logged_in_user_email_on_project_contract = self.use_logged_in_user_email_on_project_contract

        email_on_project_contract = self.email_on_project_contract

        use_logged_in_user_email_on_documents = self.use_logged_in_user_email_on_documents

        email_on_documents = self.email_on_documents

        use_product_net_price = self.use_product_net_price

        is_nho_member = self.is_nho_member

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if approve_hour_lists is not UNSET:
            field_dict["approveHourLists"] = approve_hour_lists
        if approve_invoices is not UNSET:
            field_dict["approveInvoices"] = approve_invoices
        if mark_ready_for_invoicing is not UNSET:
            field_dict["markReadyForInvoicing"] = mark_ready_for_invoicing
        if historical_information is not UNSET:
            field_dict["historicalInformation"] = historical_information
        if project_forecast is not UNSET:
            field_dict["projectForecast"] = project_forecast
        if budget_on_subcontracts is not UNSET:
            field_dict["budgetOnSubcontracts"] = budget_on_subcontracts
        if project_categories is not UNSET:
            field_dict["projectCategories"] = project_categories
        if reference_fee is not UNSET:
            field_dict["referenceFee"] = reference_fee
        if sort_order_projects is not UNSET:
            field_dict["sortOrderProjects"] = sort_order_projects
        if auto_close_invoiced_projects is not UNSET:
            field_dict["autoCloseInvoicedProjects"] = auto_close_invoiced_projects
        if must_approve_registered_hours is not UNSET:
            field_dict["mustApproveRegisteredHours"] = must_approve_registered_hours
        if show_project_order_lines_to_all_project_participants is not UNSET:
            field_dict["showProjectOrderLinesToAllProjectParticipants"] = (
                show_project_order_lines_to_all_project_participants
            )
        if hour_cost_percentage is not UNSET:
            field_dict["hourCostPercentage"] = hour_cost_percentage
        if fixed_price_projects_fee_calc_method is not UNSET:
            field_dict["fixedPriceProjectsFeeCalcMethod"] = fixed_price_projects_fee_calc_method
        if fixed_price_projects_invoice_by_progress is not UNSET:
            field_dict["fixedPriceProjectsInvoiceByProgress"] = fixed_price_projects_invoice_by_progress
        if project_budget_reference_fee is not UNSET:
            field_dict["projectBudgetReferenceFee"] = project_budget_reference_fee
        if allow_multiple_project_invoice_vat is not UNSET:
            field_dict["allowMultipleProjectInvoiceVat"] = allow_multiple_project_invoice_vat
        if standard_reinvoicing is not UNSET:
            field_dict["standardReinvoicing"] = standard_reinvoicing
        if is_current_month_default_period is not UNSET:
            field_dict["isCurrentMonthDefaultPeriod"] = is_current_month_default_period
        if show_project_onboarding is not UNSET:
            field_dict["showProjectOnboarding"] = show_project_onboarding
        if auto_connect_incoming_orderline_to_project is not UNSET:
            field_dict["autoConnectIncomingOrderlineToProject"] = auto_connect_incoming_orderline_to_project
        if auto_generate_project_number is not UNSET:
            field_dict["autoGenerateProjectNumber"] = auto_generate_project_number
        if auto_generate_starting_number is not UNSET:
            field_dict["autoGenerateStartingNumber"] = auto_generate_starting_number
        if project_name_scheme is not UNSET:
            field_dict["projectNameScheme"] = project_name_scheme
        if project_type_of_contract is not UNSET:
            field_dict["projectTypeOfContract"] = project_type_of_contract
        if project_order_lines_sort_order is not UNSET:
            field_dict["projectOrderLinesSortOrder"] = project_order_lines_sort_order
        if project_hourly_rate_model is not UNSET:
            field_dict["projectHourlyRateModel"] = project_hourly_rate_model
        if only_project_members_can_register_info is not UNSET:
            field_dict["onlyProjectMembersCanRegisterInfo"] = only_project_members_can_register_info
        if only_project_activities_timesheet_registration is not UNSET:
            field_dict["onlyProjectActivitiesTimesheetRegistration"] = only_project_activities_timesheet_registration
        if hourly_rate_projects_write_up_down is not UNSET:
            field_dict["hourlyRateProjectsWriteUpDown"] = hourly_rate_projects_write_up_down
        if show_recently_closed_projects_on_supplier_invoice is not UNSET:
            field_dict["showRecentlyClosedProjectsOnSupplierInvoice"] = (
                show_recently_closed_projects_on_supplier_invoice
            )
        if default_project_contract_comment is not UNSET:
            field_dict["defaultProjectContractComment"] = default_project_contract_comment
        if default_project_invoicing_comment is not UNSET:
            field_dict["defaultProjectInvoicingComment"] = default_project_invoicing_comment
        if resource_planning is not UNSET:
            field_dict["resourcePlanning"] = resource_planning
        if resource_groups is not UNSET:
            field_dict["resourceGroups"] = resource_groups
        if holiday_plan is not UNSET:
            field_dict["holidayPlan"] = holiday_plan
        if resource_plan_period is not UNSET:
            field_dict["resourcePlanPeriod"] = resource_plan_period
        if custom_control_forms is not UNSET:
            field_dict["customControlForms"] = custom_control_forms
        if control_forms_required_for_invoicing is not UNSET:
            field_dict["controlFormsRequiredForInvoicing"] = control_forms_required_for_invoicing
        if control_forms_required_for_hour_tracking is not UNSET:
            field_dict["controlFormsRequiredForHourTracking"] = control_forms_required_for_hour_tracking
        if dynamic_control_form_ids_required_for_invoicing is not UNSET:
            field_dict["dynamicControlFormIdsRequiredForInvoicing"] = dynamic_control_form_ids_required_for_invoicing
        if dynamic_control_form_ids_required_for_hour_tracking is not UNSET:
            field_dict["dynamicControlFormIdsRequiredForHourTracking"] = (
                dynamic_control_form_ids_required_for_hour_tracking
            )
        if use_logged_in_user_email_on_project_budget is not UNSET:
            field_dict["useLoggedInUserEmailOnProjectBudget"] = use_logged_in_user_email_on_project_budget
        if email_on_project_budget is not UNSET:
            field_dict["emailOnProjectBudget"] = email_on_project_budget
        if use_logged_in_user_email_on_project_contract is not UNSET:
            field_dict["useLoggedInUserEmailOnProjectContract"] = use_logged_in_user_email_on_project_contract
        if email_on_project_contract is not UNSET:
            field_dict["emailOnProjectContract"] = email_on_project_contract
        if use_logged_in_user_email_on_documents is not UNSET:
            field_dict["useLoggedInUserEmailOnDocuments"] = use_logged_in_user_email_on_documents
        if email_on_documents is not UNSET:
            field_dict["emailOnDocuments"] = email_on_documents
        if use_product_net_price is not UNSET:
            field_dict["useProductNetPrice"] = use_product_net_price
        if is_nho_member is not UNSET:
            field_dict["isNHOMember"] = is_nho_member

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.project_control_form_type import ProjectControlFormType  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        approve_hour_lists = d.pop("approveHourLists", UNSET)

        approve_invoices = d.pop("approveInvoices", UNSET)

        mark_ready_for_invoicing = d.pop("markReadyForInvoicing", UNSET)

        historical_information = d.pop("historicalInformation", UNSET)

        project_forecast = d.pop("projectForecast", UNSET)

        budget_on_subcontracts = d.pop("budgetOnSubcontracts", UNSET)

        project_categories = d.pop("projectCategories", UNSET)

        reference_fee = d.pop("referenceFee", UNSET)

        _sort_order_projects = d.pop("sortOrderProjects", UNSET)
        sort_order_projects: ProjectSettingsSortOrderProjects | Unset
        if isinstance(_sort_order_projects, Unset):
            sort_order_projects = UNSET
        else:
            sort_order_projects = ProjectSettingsSortOrderProjects(_sort_order_projects)

        auto_close_invoiced_projects = d.pop("autoCloseInvoicedProjects", UNSET)

        must_approve_registered_hours = d.pop("mustApproveRegisteredHours", UNSET)

        show_project_order_lines_to_all_project_participants = d.pop(
            "showProjectOrderLinesToAllProjectParticipants", UNSET
        )

        hour_cost_percentage = d.pop("hourCostPercentage", UNSET)

        _fixed_price_projects_fee_calc_method = d.pop("fixedPriceProjectsFeeCalcMethod", UNSET)
        fixed_price_projects_fee_calc_method: ProjectSettingsFixedPriceProjectsFeeCalcMethod | Unset
        if isinstance(_fixed_price_projects_fee_calc_method, Unset):
            fixed_price_projects_fee_calc_method = UNSET
        else:
            fixed_price_projects_fee_calc_method = ProjectSettingsFixedPriceProjectsFeeCalcMethod(
                _fixed_price_projects_fee_calc_method
            )

        fixed_price_projects_invoice_by_progress = d.pop("fixedPriceProjectsInvoiceByProgress", UNSET)

        project_budget_reference_fee = d.pop("projectBudgetReferenceFee", UNSET)

        allow_multiple_project_invoice_vat = d.pop("allowMultipleProjectInvoiceVat", UNSET)

        standard_reinvoicing = d.pop("standardReinvoicing", UNSET)

        is_current_month_default_period = d.pop("isCurrentMonthDefaultPeriod", UNSET)

        show_project_onboarding = d.pop("showProjectOnboarding", UNSET)

        auto_connect_incoming_orderline_to_project = d.pop("autoConnectIncomingOrderlineToProject", UNSET)

        auto_generate_project_number = d.pop("autoGenerateProjectNumber", UNSET)

        auto_generate_starting_number = d.pop("autoGenerateStartingNumber", UNSET)

        _project_name_scheme = d.pop("projectNameScheme", UNSET)
        project_name_scheme: ProjectSettingsProjectNameScheme | Unset
        if isinstance(_project_name_scheme, Unset):
            project_name_scheme = UNSET
        else:
            project_name_scheme = ProjectSettingsProjectNameScheme(_project_name_scheme)

        _project_type_of_contract = d.pop("projectTypeOfContract", UNSET)
        project_type_of_contract: ProjectSettingsProjectTypeOfContract | Unset
        if isinstance(_project_type_of_contract, Unset):
            project_type_of_contract = UNSET
        else:
            project_type_of_contract = ProjectSettingsProjectTypeOfContract(_project_type_of_contract)

        _project_order_lines_sort_order = d.pop("projectOrderLinesSortOrder", UNSET)
        project_order_lines_sort_order: ProjectSettingsProjectOrderLinesSortOrder | Unset
        if isinstance(_project_order_lines_sort_order, Unset):
            project_order_lines_sort_order = UNSET
        else:
            project_order_lines_sort_order = ProjectSettingsProjectOrderLinesSortOrder(_project_order_lines_sort_order)

        _project_hourly_rate_model = d.pop("projectHourlyRateModel", UNSET)
        project_hourly_rate_model: ProjectSettingsProjectHourlyRateModel | Unset
        if isinstance(_project_hourly_rate_model, Unset):
            project_hourly_rate_model = UNSET
        else:
            project_hourly_rate_model = ProjectSettingsProjectHourlyRateModel(_project_hourly_rate_model)

        only_project_members_can_register_info = d.pop("onlyProjectMembersCanRegisterInfo", UNSET)

        only_project_activities_timesheet_registration = d.pop("onlyProjectActivitiesTimesheetRegistration", UNSET)

        hourly_rate_projects_write_up_down = d.pop("hourlyRateProjectsWriteUpDown", UNSET)

        show_recently_closed_projects_on_supplier_invoice = d.pop("showRecentlyClosedProjectsOnSupplierInvoice", UNSET)

        default_project_contract_comment = d.pop("defaultProjectContractComment", UNSET)

        default_project_invoicing_comment = d.pop("defaultProjectInvoicingComment", UNSET)

        resource_planning = d.pop("resourcePlanning", UNSET)

        resource_groups = d.pop("resourceGroups", UNSET)

        holiday_plan = d.pop("holidayPlan", UNSET)

        _resource_plan_period = d.pop("resourcePlanPeriod", UNSET)
        resource_plan_period: ProjectSettingsResourcePlanPeriod | Unset
        if isinstance(_resource_plan_period, Unset):
            resource_plan_period = UNSET
        else:
            resource_plan_period = ProjectSettingsResourcePlanPeriod(_resource_plan_period)

        custom_control_forms = d.pop("customControlForms", UNSET)

        _control_forms_required_for_invoicing = d.pop("controlFormsRequiredForInvoicing", UNSET)
        control_forms_required_for_invoicing: list[ProjectControlFormType] | Unset = UNSET
        if _control_forms_required_for_invoicing is not UNSET:
            control_forms_required_for_invoicing = []
            for control_forms_required_for_invoicing_item_data in _control_forms_required_for_invoicing:
                if control_forms_required_for_invoicing_item_data is None:
                    continue
                control_forms_required_for_invoicing_item = ProjectControlFormType.from_dict(
                    control_forms_required_for_invoicing_item_data
                )

                control_forms_required_for_invoicing.append(control_forms_required_for_invoicing_item)

        _control_forms_required_for_hour_tracking = d.pop("controlFormsRequiredForHourTracking", UNSET)
        control_forms_required_for_hour_tracking: list[ProjectControlFormType] | Unset = UNSET
        if _control_forms_required_for_hour_tracking is not UNSET:
            control_forms_required_for_hour_tracking = []
            for control_forms_required_for_hour_tracking_item_data in _control_forms_required_for_hour_tracking:
                if control_forms_required_for_hour_tracking_item_data is None:
                    continue
                control_forms_required_for_hour_tracking_item = ProjectControlFormType.from_dict(
                    control_forms_required_for_hour_tracking_item_data
                )

                control_forms_required_for_hour_tracking.append(control_forms_required_for_hour_tracking_item)

        dynamic_control_form_ids_required_for_invoicing = cast(
            list[int], d.pop("dynamicControlFormIdsRequiredForInvoicing", UNSET)
        )

        dynamic_control_form_ids_required_for_hour_tracking = cast(
            list[int], d.pop("dynamicControlFormIdsRequiredForHourTracking", UNSET)
        )

        use_logged_in_user_email_on_project_budget = d.pop("useLoggedInUserEmailOnProjectBudget", UNSET)

        email_on_project_budget = d.pop("emailOnProjectBudget", UNSET)

        use_logged_in_user_email_on_project_contract = d.pop("useLoggedInUserEmailOnProjectContract", UNSET)

        email_on_project_contract = d.pop("emailOnProjectContract", UNSET)

        use_logged_in_user_email_on_documents = d.pop("useLoggedInUserEmailOnDocuments", UNSET)

        email_on_documents = d.pop("emailOnDocuments", UNSET)

        use_product_net_price = d.pop("useProductNetPrice", UNSET)

        is_nho_member = d.pop("isNHOMember", UNSET)

        _obj = cls(
            approve_hour_lists=approve_hour_lists,
            approve_invoices=approve_invoices,
            mark_ready_for_invoicing=mark_ready_for_invoicing,
            historical_information=historical_information,
            project_forecast=project_forecast,
            budget_on_subcontracts=budget_on_subcontracts,
            project_categories=project_categories,
            reference_fee=reference_fee,
            sort_order_projects=sort_order_projects,
            auto_close_invoiced_projects=auto_close_invoiced_projects,
            must_approve_registered_hours=must_approve_registered_hours,
            show_project_order_lines_to_all_project_participants=show_project_order_lines_to_all_project_participants,
            hour_cost_percentage=hour_cost_percentage,
            fixed_price_projects_fee_calc_method=fixed_price_projects_fee_calc_method,
            fixed_price_projects_invoice_by_progress=fixed_price_projects_invoice_by_progress,
            project_budget_reference_fee=project_budget_reference_fee,
            allow_multiple_project_invoice_vat=allow_multiple_project_invoice_vat,
            standard_reinvoicing=standard_reinvoicing,
            is_current_month_default_period=is_current_month_default_period,
            show_project_onboarding=show_project_onboarding,
            auto_connect_incoming_orderline_to_project=auto_connect_incoming_orderline_to_project,
            auto_generate_project_number=auto_generate_project_number,
            auto_generate_starting_number=auto_generate_starting_number,
            project_name_scheme=project_name_scheme,
            project_type_of_contract=project_type_of_contract,
            project_order_lines_sort_order=project_order_lines_sort_order,
            project_hourly_rate_model=project_hourly_rate_model,
            only_project_members_can_register_info=only_project_members_can_register_info,
            only_project_activities_timesheet_registration=only_project_activities_timesheet_registration,
            hourly_rate_projects_write_up_down=hourly_rate_projects_write_up_down,
            show_recently_closed_projects_on_supplier_invoice=show_recently_closed_projects_on_supplier_invoice,
            default_project_contract_comment=default_project_contract_comment,
            default_project_invoicing_comment=default_project_invoicing_comment,
            resource_planning=resource_planning,
            resource_groups=resource_groups,
            holiday_plan=holiday_plan,
            resource_plan_period=resource_plan_period,
            custom_control_forms=custom_control_forms,
            control_forms_required_for_invoicing=control_forms_required_for_invoicing,
            control_forms_required_for_hour_tracking=control_forms_required_for_hour_tracking,
            dynamic_control_form_ids_required_for_invoicing=dynamic_control_form_ids_required_for_invoicing,
            dynamic_control_form_ids_required_for_hour_tracking=dynamic_control_form_ids_required_for_hour_tracking,
            use_logged_in_user_email_on_project_budget=use_logged_in_user_email_on_project_budget,
            email_on_project_budget=email_on_project_budget,
            use_logged_in_user_email_on_project_contract=use_logged_in_user_email_on_project_contract,
            email_on_project_contract=email_on_project_contract,
            use_logged_in_user_email_on_documents=use_logged_in_user_email_on_documents,
            email_on_documents=email_on_documents,
            use_product_net_price=use_product_net_price,
            is_nho_member=is_nho_member,
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
