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
    from ..models.segmentation_data_pilot_features import SegmentationDataPilotFeatures
    from ..models.segmentation_modules import SegmentationModules
    from ..models.segmentation_roles import SegmentationRoles


T = TypeVar("T", bound="SegmentationData")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("modules", dict, False),
    ("roles", dict, False),
    ("pilotFeatures", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class SegmentationData(LazyModel):
    """
    Attributes:
        context_id (int | Unset): [read-only]
        org_number (str | Unset): [read-only]
        is_trial_account (bool | Unset): [read-only]
        is_test_or_free_company (bool | Unset): [read-only]
        employee_id (int | Unset): [read-only]
        is_accountant (bool | Unset): [read-only]
        is_reseller (bool | Unset): [read-only]
        employee_number (int | Unset): [read-only]
        package_name (str | Unset): [read-only]
        industry (str | Unset): [read-only]
        outgoing_invoices (int | Unset): [read-only]
        incoming_invoices (int | Unset): [read-only]
        company_start_date_year (str | Unset): [read-only]
        company_type (str | Unset): [read-only]
        company_name (str | Unset): [read-only]
        main_account_bank (str | Unset): [read-only]
        modules (SegmentationModules | Unset):
        roles (SegmentationRoles | Unset):
        pilot_features (SegmentationDataPilotFeatures | Unset): [read-only]
        hacked_or_support_access (bool | Unset): [read-only]
        tripletex_customer_category_id_1 (int | Unset): [read-only]
        tripletex_customer_category_id_3 (int | Unset): [read-only]
        tripletex_customer_category_id_2 (int | Unset): [read-only]
        has_free_dimensions (bool | Unset): [read-only]
    """

    context_id: int | Unset = UNSET
    org_number: str | Unset = UNSET
    is_trial_account: bool | Unset = UNSET
    is_test_or_free_company: bool | Unset = UNSET
    employee_id: int | Unset = UNSET
    is_accountant: bool | Unset = UNSET
    is_reseller: bool | Unset = UNSET
    employee_number: int | Unset = UNSET
    package_name: str | Unset = UNSET
    industry: str | Unset = UNSET
    outgoing_invoices: int | Unset = UNSET
    incoming_invoices: int | Unset = UNSET
    company_start_date_year: str | Unset = UNSET
    company_type: str | Unset = UNSET
    company_name: str | Unset = UNSET
    main_account_bank: str | Unset = UNSET
    modules: SegmentationModules | Unset = UNSET
    roles: SegmentationRoles | Unset = UNSET
    pilot_features: SegmentationDataPilotFeatures | Unset = UNSET
    hacked_or_support_access: bool | Unset = UNSET
    tripletex_customer_category_id_1: int | Unset = UNSET
    tripletex_customer_category_id_3: int | Unset = UNSET
    tripletex_customer_category_id_2: int | Unset = UNSET
    has_free_dimensions: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        context_id = self.context_id

        org_number = self.org_number

        is_trial_account = self.is_trial_account

        is_test_or_free_company = self.is_test_or_free_company

        employee_id = self.employee_id

        is_accountant = self.is_accountant

        is_reseller = self.is_reseller

        employee_number = self.employee_number

        package_name = self.package_name

        industry = self.industry

        outgoing_invoices = self.outgoing_invoices

        incoming_invoices = self.incoming_invoices

        company_start_date_year = self.company_start_date_year

        company_type = self.company_type

        company_name = self.company_name

        main_account_bank = self.main_account_bank

        modules: dict[str, Any] | Unset = UNSET
        if not isinstance(self.modules, Unset):
            modules = self.modules.to_dict()

        roles: dict[str, Any] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = self.roles.to_dict()

        pilot_features: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pilot_features, Unset):
            pilot_features = self.pilot_features.to_dict()

        hacked_or_support_access = self.hacked_or_support_access

        tripletex_customer_category_id_1 = self.tripletex_customer_category_id_1

        tripletex_customer_category_id_3 = self.tripletex_customer_category_id_3

        tripletex_customer_category_id_2 = self.tripletex_customer_category_id_2

        has_free_dimensions = self.has_free_dimensions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if context_id is not UNSET and not _in_request:
            field_dict["contextId"] = context_id
        if org_number is not UNSET and not _in_request:
            field_dict["orgNumber"] = org_number
        if is_trial_account is not UNSET and not _in_request:
            field_dict["isTrialAccount"] = is_trial_account
        if is_test_or_free_company is not UNSET and not _in_request:
            field_dict["isTestOrFreeCompany"] = is_test_or_free_company
        if employee_id is not UNSET and not _in_request:
            field_dict["employeeId"] = employee_id
        if is_accountant is not UNSET and not _in_request:
            field_dict["isAccountant"] = is_accountant
        if is_reseller is not UNSET and not _in_request:
            field_dict["isReseller"] = is_reseller
        if employee_number is not UNSET and not _in_request:
            field_dict["employeeNumber"] = employee_number
        if package_name is not UNSET and not _in_request:
            field_dict["packageName"] = package_name
        if industry is not UNSET and not _in_request:
            field_dict["industry"] = industry
        if outgoing_invoices is not UNSET and not _in_request:
            field_dict["outgoingInvoices"] = outgoing_invoices
        if incoming_invoices is not UNSET and not _in_request:
            field_dict["incomingInvoices"] = incoming_invoices
        if company_start_date_year is not UNSET and not _in_request:
            field_dict["companyStartDateYear"] = company_start_date_year
        if company_type is not UNSET and not _in_request:
            field_dict["companyType"] = company_type
        if company_name is not UNSET and not _in_request:
            field_dict["companyName"] = company_name
        if main_account_bank is not UNSET and not _in_request:
            field_dict["mainAccountBank"] = main_account_bank
        if modules is not UNSET:
            field_dict["modules"] = modules
        if roles is not UNSET:
            field_dict["roles"] = roles
        if pilot_features is not UNSET and not _in_request:
            field_dict["pilotFeatures"] = pilot_features
        if hacked_or_support_access is not UNSET and not _in_request:
            field_dict["hackedOrSupportAccess"] = hacked_or_support_access
        if tripletex_customer_category_id_1 is not UNSET and not _in_request:
            field_dict["tripletexCustomerCategoryId1"] = tripletex_customer_category_id_1
        if tripletex_customer_category_id_3 is not UNSET and not _in_request:
            field_dict["tripletexCustomerCategoryId3"] = tripletex_customer_category_id_3
        if tripletex_customer_category_id_2 is not UNSET and not _in_request:
            field_dict["tripletexCustomerCategoryId2"] = tripletex_customer_category_id_2
        if has_free_dimensions is not UNSET and not _in_request:
            field_dict["hasFreeDimensions"] = has_free_dimensions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SegmentationData from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.segmentation_data_pilot_features import SegmentationDataPilotFeatures  # noqa: PLC0415
        from ..models.segmentation_modules import SegmentationModules  # noqa: PLC0415
        from ..models.segmentation_roles import SegmentationRoles  # noqa: PLC0415

        def _p_modules(_tx_v: Any) -> SegmentationModules | Unset:
            _modules = _tx_v
            modules: SegmentationModules | Unset
            if isinstance(_modules, Unset):
                modules = UNSET
            else:
                modules = SegmentationModules._tx_from_json(_modules)

            return modules

        def _p_roles(_tx_v: Any) -> SegmentationRoles | Unset:
            _roles = _tx_v
            roles: SegmentationRoles | Unset
            if isinstance(_roles, Unset):
                roles = UNSET
            else:
                roles = SegmentationRoles._tx_from_json(_roles)

            return roles

        def _p_pilot_features(_tx_v: Any) -> SegmentationDataPilotFeatures | Unset:
            _pilot_features = _tx_v
            pilot_features: SegmentationDataPilotFeatures | Unset
            if isinstance(_pilot_features, Unset):
                pilot_features = UNSET
            else:
                pilot_features = SegmentationDataPilotFeatures._tx_from_json(_pilot_features)

            return pilot_features

        _tx_known: frozenset[str] = frozenset(
            (
                "contextId",
                "orgNumber",
                "isTrialAccount",
                "isTestOrFreeCompany",
                "employeeId",
                "isAccountant",
                "isReseller",
                "employeeNumber",
                "packageName",
                "industry",
                "outgoingInvoices",
                "incomingInvoices",
                "companyStartDateYear",
                "companyType",
                "companyName",
                "mainAccountBank",
                "modules",
                "roles",
                "pilotFeatures",
                "hackedOrSupportAccess",
                "tripletexCustomerCategoryId1",
                "tripletexCustomerCategoryId3",
                "tripletexCustomerCategoryId2",
                "hasFreeDimensions",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "context_id": ("contextId", None),
            "org_number": ("orgNumber", None),
            "is_trial_account": ("isTrialAccount", None),
            "is_test_or_free_company": ("isTestOrFreeCompany", None),
            "employee_id": ("employeeId", None),
            "is_accountant": ("isAccountant", None),
            "is_reseller": ("isReseller", None),
            "employee_number": ("employeeNumber", None),
            "package_name": ("packageName", None),
            "industry": ("industry", None),
            "outgoing_invoices": ("outgoingInvoices", None),
            "incoming_invoices": ("incomingInvoices", None),
            "company_start_date_year": ("companyStartDateYear", None),
            "company_type": ("companyType", None),
            "company_name": ("companyName", None),
            "main_account_bank": ("mainAccountBank", None),
            "modules": ("modules", _p_modules),
            "roles": ("roles", _p_roles),
            "pilot_features": ("pilotFeatures", _p_pilot_features),
            "hacked_or_support_access": ("hackedOrSupportAccess", None),
            "tripletex_customer_category_id_1": ("tripletexCustomerCategoryId1", None),
            "tripletex_customer_category_id_3": ("tripletexCustomerCategoryId3", None),
            "tripletex_customer_category_id_2": ("tripletexCustomerCategoryId2", None),
            "has_free_dimensions": ("hasFreeDimensions", None),
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
