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
    from ..models.project_control_form_type import ProjectControlFormType


T = TypeVar("T", bound="ProjectSettings")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("sortOrderProjects", str, False),
    ("fixedPriceProjectsFeeCalcMethod", str, False),
    ("projectNameScheme", str, False),
    ("projectTypeOfContract", str, False),
    ("projectOrderLinesSortOrder", str, False),
    ("projectHourlyRateModel", str, False),
    ("resourcePlanPeriod", str, False),
    ("controlFormsRequiredForInvoicing", list, False),
    ("controlFormsRequiredForHourTracking", list, False),
    ("dynamicControlFormIdsRequiredForInvoicing", list, False),
    ("dynamicControlFormIdsRequiredForHourTracking", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ProjectSettings(LazyModel):
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
        self._tx_load()
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
        """A ProjectSettings from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.project_control_form_type import ProjectControlFormType  # noqa: PLC0415

        def _p_sort_order_projects(_tx_v: Any) -> ProjectSettingsSortOrderProjects | Unset:
            _sort_order_projects = _tx_v
            sort_order_projects: ProjectSettingsSortOrderProjects | Unset
            if isinstance(_sort_order_projects, Unset):
                sort_order_projects = UNSET
            else:
                sort_order_projects = ProjectSettingsSortOrderProjects(_sort_order_projects)

            return sort_order_projects

        def _p_fixed_price_projects_fee_calc_method(
            _tx_v: Any,
        ) -> ProjectSettingsFixedPriceProjectsFeeCalcMethod | Unset:
            _fixed_price_projects_fee_calc_method = _tx_v
            fixed_price_projects_fee_calc_method: ProjectSettingsFixedPriceProjectsFeeCalcMethod | Unset
            if isinstance(_fixed_price_projects_fee_calc_method, Unset):
                fixed_price_projects_fee_calc_method = UNSET
            else:
                fixed_price_projects_fee_calc_method = ProjectSettingsFixedPriceProjectsFeeCalcMethod(
                    _fixed_price_projects_fee_calc_method
                )

            return fixed_price_projects_fee_calc_method

        def _p_project_name_scheme(_tx_v: Any) -> ProjectSettingsProjectNameScheme | Unset:
            _project_name_scheme = _tx_v
            project_name_scheme: ProjectSettingsProjectNameScheme | Unset
            if isinstance(_project_name_scheme, Unset):
                project_name_scheme = UNSET
            else:
                project_name_scheme = ProjectSettingsProjectNameScheme(_project_name_scheme)

            return project_name_scheme

        def _p_project_type_of_contract(_tx_v: Any) -> ProjectSettingsProjectTypeOfContract | Unset:
            _project_type_of_contract = _tx_v
            project_type_of_contract: ProjectSettingsProjectTypeOfContract | Unset
            if isinstance(_project_type_of_contract, Unset):
                project_type_of_contract = UNSET
            else:
                project_type_of_contract = ProjectSettingsProjectTypeOfContract(_project_type_of_contract)

            return project_type_of_contract

        def _p_project_order_lines_sort_order(_tx_v: Any) -> ProjectSettingsProjectOrderLinesSortOrder | Unset:
            _project_order_lines_sort_order = _tx_v
            project_order_lines_sort_order: ProjectSettingsProjectOrderLinesSortOrder | Unset
            if isinstance(_project_order_lines_sort_order, Unset):
                project_order_lines_sort_order = UNSET
            else:
                project_order_lines_sort_order = ProjectSettingsProjectOrderLinesSortOrder(
                    _project_order_lines_sort_order
                )

            return project_order_lines_sort_order

        def _p_project_hourly_rate_model(_tx_v: Any) -> ProjectSettingsProjectHourlyRateModel | Unset:
            _project_hourly_rate_model = _tx_v
            project_hourly_rate_model: ProjectSettingsProjectHourlyRateModel | Unset
            if isinstance(_project_hourly_rate_model, Unset):
                project_hourly_rate_model = UNSET
            else:
                project_hourly_rate_model = ProjectSettingsProjectHourlyRateModel(_project_hourly_rate_model)

            return project_hourly_rate_model

        def _p_resource_plan_period(_tx_v: Any) -> ProjectSettingsResourcePlanPeriod | Unset:
            _resource_plan_period = _tx_v
            resource_plan_period: ProjectSettingsResourcePlanPeriod | Unset
            if isinstance(_resource_plan_period, Unset):
                resource_plan_period = UNSET
            else:
                resource_plan_period = ProjectSettingsResourcePlanPeriod(_resource_plan_period)

            return resource_plan_period

        def _p_control_forms_required_for_invoicing(_tx_v: Any) -> list[ProjectControlFormType] | Unset:
            _control_forms_required_for_invoicing = _tx_v
            control_forms_required_for_invoicing: list[ProjectControlFormType] | Unset = UNSET
            if _control_forms_required_for_invoicing is not UNSET:
                control_forms_required_for_invoicing = []
                for control_forms_required_for_invoicing_item_data in _control_forms_required_for_invoicing:
                    if control_forms_required_for_invoicing_item_data is None:
                        continue
                    control_forms_required_for_invoicing_item = ProjectControlFormType._tx_from_json(
                        control_forms_required_for_invoicing_item_data
                    )

                    control_forms_required_for_invoicing.append(control_forms_required_for_invoicing_item)

            return control_forms_required_for_invoicing

        def _p_control_forms_required_for_hour_tracking(_tx_v: Any) -> list[ProjectControlFormType] | Unset:
            _control_forms_required_for_hour_tracking = _tx_v
            control_forms_required_for_hour_tracking: list[ProjectControlFormType] | Unset = UNSET
            if _control_forms_required_for_hour_tracking is not UNSET:
                control_forms_required_for_hour_tracking = []
                for control_forms_required_for_hour_tracking_item_data in _control_forms_required_for_hour_tracking:
                    if control_forms_required_for_hour_tracking_item_data is None:
                        continue
                    control_forms_required_for_hour_tracking_item = ProjectControlFormType._tx_from_json(
                        control_forms_required_for_hour_tracking_item_data
                    )

                    control_forms_required_for_hour_tracking.append(control_forms_required_for_hour_tracking_item)

            return control_forms_required_for_hour_tracking

        def _p_dynamic_control_form_ids_required_for_invoicing(_tx_v: Any) -> list[int] | Unset:
            dynamic_control_form_ids_required_for_invoicing = cast(list[int], _tx_v)

            return dynamic_control_form_ids_required_for_invoicing

        def _p_dynamic_control_form_ids_required_for_hour_tracking(_tx_v: Any) -> list[int] | Unset:
            dynamic_control_form_ids_required_for_hour_tracking = cast(list[int], _tx_v)

            return dynamic_control_form_ids_required_for_hour_tracking

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "approve_hour_lists": ("approveHourLists", None),
            "approve_invoices": ("approveInvoices", None),
            "mark_ready_for_invoicing": ("markReadyForInvoicing", None),
            "historical_information": ("historicalInformation", None),
            "project_forecast": ("projectForecast", None),
            "budget_on_subcontracts": ("budgetOnSubcontracts", None),
            "project_categories": ("projectCategories", None),
            "reference_fee": ("referenceFee", None),
            "sort_order_projects": ("sortOrderProjects", _p_sort_order_projects),
            "auto_close_invoiced_projects": ("autoCloseInvoicedProjects", None),
            "must_approve_registered_hours": ("mustApproveRegisteredHours", None),
            "show_project_order_lines_to_all_project_participants": (
                "showProjectOrderLinesToAllProjectParticipants",
                None,
            ),
            "hour_cost_percentage": ("hourCostPercentage", None),
            "fixed_price_projects_fee_calc_method": (
                "fixedPriceProjectsFeeCalcMethod",
                _p_fixed_price_projects_fee_calc_method,
            ),
            "fixed_price_projects_invoice_by_progress": ("fixedPriceProjectsInvoiceByProgress", None),
            "project_budget_reference_fee": ("projectBudgetReferenceFee", None),
            "allow_multiple_project_invoice_vat": ("allowMultipleProjectInvoiceVat", None),
            "standard_reinvoicing": ("standardReinvoicing", None),
            "is_current_month_default_period": ("isCurrentMonthDefaultPeriod", None),
            "show_project_onboarding": ("showProjectOnboarding", None),
            "auto_connect_incoming_orderline_to_project": ("autoConnectIncomingOrderlineToProject", None),
            "auto_generate_project_number": ("autoGenerateProjectNumber", None),
            "auto_generate_starting_number": ("autoGenerateStartingNumber", None),
            "project_name_scheme": ("projectNameScheme", _p_project_name_scheme),
            "project_type_of_contract": ("projectTypeOfContract", _p_project_type_of_contract),
            "project_order_lines_sort_order": ("projectOrderLinesSortOrder", _p_project_order_lines_sort_order),
            "project_hourly_rate_model": ("projectHourlyRateModel", _p_project_hourly_rate_model),
            "only_project_members_can_register_info": ("onlyProjectMembersCanRegisterInfo", None),
            "only_project_activities_timesheet_registration": ("onlyProjectActivitiesTimesheetRegistration", None),
            "hourly_rate_projects_write_up_down": ("hourlyRateProjectsWriteUpDown", None),
            "show_recently_closed_projects_on_supplier_invoice": ("showRecentlyClosedProjectsOnSupplierInvoice", None),
            "default_project_contract_comment": ("defaultProjectContractComment", None),
            "default_project_invoicing_comment": ("defaultProjectInvoicingComment", None),
            "resource_planning": ("resourcePlanning", None),
            "resource_groups": ("resourceGroups", None),
            "holiday_plan": ("holidayPlan", None),
            "resource_plan_period": ("resourcePlanPeriod", _p_resource_plan_period),
            "custom_control_forms": ("customControlForms", None),
            "control_forms_required_for_invoicing": (
                "controlFormsRequiredForInvoicing",
                _p_control_forms_required_for_invoicing,
            ),
            "control_forms_required_for_hour_tracking": (
                "controlFormsRequiredForHourTracking",
                _p_control_forms_required_for_hour_tracking,
            ),
            "dynamic_control_form_ids_required_for_invoicing": (
                "dynamicControlFormIdsRequiredForInvoicing",
                _p_dynamic_control_form_ids_required_for_invoicing,
            ),
            "dynamic_control_form_ids_required_for_hour_tracking": (
                "dynamicControlFormIdsRequiredForHourTracking",
                _p_dynamic_control_form_ids_required_for_hour_tracking,
            ),
            "use_logged_in_user_email_on_project_budget": ("useLoggedInUserEmailOnProjectBudget", None),
            "email_on_project_budget": ("emailOnProjectBudget", None),
            "use_logged_in_user_email_on_project_contract": ("useLoggedInUserEmailOnProjectContract", None),
            "email_on_project_contract": ("emailOnProjectContract", None),
            "use_logged_in_user_email_on_documents": ("useLoggedInUserEmailOnDocuments", None),
            "email_on_documents": ("emailOnDocuments", None),
            "use_product_net_price": ("useProductNetPrice", None),
            "is_nho_member": ("isNHOMember", None),
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
