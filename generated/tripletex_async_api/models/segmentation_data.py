from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.segmentation_data_pilot_features import SegmentationDataPilotFeatures
    from ..models.segmentation_modules import SegmentationModules
    from ..models.segmentation_roles import SegmentationRoles


T = TypeVar("T", bound="SegmentationData")


@_attrs_define
class SegmentationData(Model):
    """
    Attributes:
        context_id (int | Unset):
        org_number (str | Unset):
        is_trial_account (bool | Unset):
        is_test_or_free_company (bool | Unset):
        employee_id (int | Unset):
        is_accountant (bool | Unset):
        is_reseller (bool | Unset):
        employee_number (int | Unset):
        package_name (str | Unset):
        industry (str | Unset):
        outgoing_invoices (int | Unset):
        incoming_invoices (int | Unset):
        company_start_date_year (str | Unset):
        company_type (str | Unset):
        company_name (str | Unset):
        main_account_bank (str | Unset):
        modules (SegmentationModules | Unset):
        roles (SegmentationRoles | Unset):
        pilot_features (SegmentationDataPilotFeatures | Unset):
        hacked_or_support_access (bool | Unset):
        tripletex_customer_category_id_1 (int | Unset):
        tripletex_customer_category_id_3 (int | Unset):
        tripletex_customer_category_id_2 (int | Unset):
        has_free_dimensions (bool | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.context_id
        if _v is not UNSET and not _in_request:
            field_dict["contextId"] = _v
        _v = self.org_number
        if _v is not UNSET and not _in_request:
            field_dict["orgNumber"] = _v
        _v = self.is_trial_account
        if _v is not UNSET and not _in_request:
            field_dict["isTrialAccount"] = _v
        _v = self.is_test_or_free_company
        if _v is not UNSET and not _in_request:
            field_dict["isTestOrFreeCompany"] = _v
        _v = self.employee_id
        if _v is not UNSET and not _in_request:
            field_dict["employeeId"] = _v
        _v = self.is_accountant
        if _v is not UNSET and not _in_request:
            field_dict["isAccountant"] = _v
        _v = self.is_reseller
        if _v is not UNSET and not _in_request:
            field_dict["isReseller"] = _v
        _v = self.employee_number
        if _v is not UNSET and not _in_request:
            field_dict["employeeNumber"] = _v
        _v = self.package_name
        if _v is not UNSET and not _in_request:
            field_dict["packageName"] = _v
        _v = self.industry
        if _v is not UNSET and not _in_request:
            field_dict["industry"] = _v
        _v = self.outgoing_invoices
        if _v is not UNSET and not _in_request:
            field_dict["outgoingInvoices"] = _v
        _v = self.incoming_invoices
        if _v is not UNSET and not _in_request:
            field_dict["incomingInvoices"] = _v
        _v = self.company_start_date_year
        if _v is not UNSET and not _in_request:
            field_dict["companyStartDateYear"] = _v
        _v = self.company_type
        if _v is not UNSET and not _in_request:
            field_dict["companyType"] = _v
        _v = self.company_name
        if _v is not UNSET and not _in_request:
            field_dict["companyName"] = _v
        _v = self.main_account_bank
        if _v is not UNSET and not _in_request:
            field_dict["mainAccountBank"] = _v
        _v = self.modules
        if _v is not UNSET:
            field_dict["modules"] = _v.to_dict()
        _v = self.roles
        if _v is not UNSET:
            field_dict["roles"] = _v.to_dict()
        _v = self.pilot_features
        if _v is not UNSET and not _in_request:
            field_dict["pilotFeatures"] = _v.to_dict()
        _v = self.hacked_or_support_access
        if _v is not UNSET and not _in_request:
            field_dict["hackedOrSupportAccess"] = _v
        _v = self.tripletex_customer_category_id_1
        if _v is not UNSET and not _in_request:
            field_dict["tripletexCustomerCategoryId1"] = _v
        _v = self.tripletex_customer_category_id_3
        if _v is not UNSET and not _in_request:
            field_dict["tripletexCustomerCategoryId3"] = _v
        _v = self.tripletex_customer_category_id_2
        if _v is not UNSET and not _in_request:
            field_dict["tripletexCustomerCategoryId2"] = _v
        _v = self.has_free_dimensions
        if _v is not UNSET and not _in_request:
            field_dict["hasFreeDimensions"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SegmentationData from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SegmentationData.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.segmentation_data_pilot_features import SegmentationDataPilotFeatures  # noqa: PLC0415
        from ..models.segmentation_modules import SegmentationModules  # noqa: PLC0415
        from ..models.segmentation_roles import SegmentationRoles  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "contextId": "context_id",
            "orgNumber": "org_number",
            "isTrialAccount": "is_trial_account",
            "isTestOrFreeCompany": "is_test_or_free_company",
            "employeeId": "employee_id",
            "isAccountant": "is_accountant",
            "isReseller": "is_reseller",
            "employeeNumber": "employee_number",
            "packageName": "package_name",
            "industry": "industry",
            "outgoingInvoices": "outgoing_invoices",
            "incomingInvoices": "incoming_invoices",
            "companyStartDateYear": "company_start_date_year",
            "companyType": "company_type",
            "companyName": "company_name",
            "mainAccountBank": "main_account_bank",
            "hackedOrSupportAccess": "hacked_or_support_access",
            "tripletexCustomerCategoryId1": "tripletex_customer_category_id_1",
            "tripletexCustomerCategoryId3": "tripletex_customer_category_id_3",
            "tripletexCustomerCategoryId2": "tripletex_customer_category_id_2",
            "hasFreeDimensions": "has_free_dimensions",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 8 and _sparse_keys.issuperset(d):
                    o.context_id = o.org_number = o.is_trial_account = o.is_test_or_free_company = o.employee_id = (
                        o.is_accountant
                    ) = o.is_reseller = o.employee_number = o.package_name = o.industry = o.outgoing_invoices = (
                        o.incoming_invoices
                    ) = o.company_start_date_year = o.company_type = o.company_name = o.main_account_bank = (
                        o.modules
                    ) = o.roles = o.pilot_features = o.hacked_or_support_access = o.tripletex_customer_category_id_1 = (
                        o.tripletex_customer_category_id_3
                    ) = o.tripletex_customer_category_id_2 = o.has_free_dimensions = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("contextId")
                if v is None:
                    o.context_id = u
                    if "contextId" not in d:
                        m += 1
                else:
                    o.context_id = v
                v = g("orgNumber")
                if v is None:
                    o.org_number = u
                    if "orgNumber" not in d:
                        m += 1
                else:
                    o.org_number = v
                v = g("isTrialAccount")
                if v is None:
                    o.is_trial_account = u
                    if "isTrialAccount" not in d:
                        m += 1
                else:
                    o.is_trial_account = v
                v = g("isTestOrFreeCompany")
                if v is None:
                    o.is_test_or_free_company = u
                    if "isTestOrFreeCompany" not in d:
                        m += 1
                else:
                    o.is_test_or_free_company = v
                v = g("employeeId")
                if v is None:
                    o.employee_id = u
                    if "employeeId" not in d:
                        m += 1
                else:
                    o.employee_id = v
                v = g("isAccountant")
                if v is None:
                    o.is_accountant = u
                    if "isAccountant" not in d:
                        m += 1
                else:
                    o.is_accountant = v
                v = g("isReseller")
                if v is None:
                    o.is_reseller = u
                    if "isReseller" not in d:
                        m += 1
                else:
                    o.is_reseller = v
                v = g("employeeNumber")
                if v is None:
                    o.employee_number = u
                    if "employeeNumber" not in d:
                        m += 1
                else:
                    o.employee_number = v
                v = g("packageName")
                if v is None:
                    o.package_name = u
                    if "packageName" not in d:
                        m += 1
                else:
                    o.package_name = v
                v = g("industry")
                if v is None:
                    o.industry = u
                    if "industry" not in d:
                        m += 1
                else:
                    o.industry = v
                v = g("outgoingInvoices")
                if v is None:
                    o.outgoing_invoices = u
                    if "outgoingInvoices" not in d:
                        m += 1
                else:
                    o.outgoing_invoices = v
                v = g("incomingInvoices")
                if v is None:
                    o.incoming_invoices = u
                    if "incomingInvoices" not in d:
                        m += 1
                else:
                    o.incoming_invoices = v
                v = g("companyStartDateYear")
                if v is None:
                    o.company_start_date_year = u
                    if "companyStartDateYear" not in d:
                        m += 1
                else:
                    o.company_start_date_year = v
                v = g("companyType")
                if v is None:
                    o.company_type = u
                    if "companyType" not in d:
                        m += 1
                else:
                    o.company_type = v
                v = g("companyName")
                if v is None:
                    o.company_name = u
                    if "companyName" not in d:
                        m += 1
                else:
                    o.company_name = v
                v = g("mainAccountBank")
                if v is None:
                    o.main_account_bank = u
                    if "mainAccountBank" not in d:
                        m += 1
                else:
                    o.main_account_bank = v
                k = "modules"
                v = g("modules")
                if v is None:
                    o.modules = u
                    if "modules" not in d:
                        m += 1
                else:
                    o.modules = SegmentationModules._tx_parse(v)
                k = "roles"
                v = g("roles")
                if v is None:
                    o.roles = u
                    if "roles" not in d:
                        m += 1
                else:
                    o.roles = SegmentationRoles._tx_parse(v)
                k = "pilotFeatures"
                v = g("pilotFeatures")
                if v is None:
                    o.pilot_features = u
                    if "pilotFeatures" not in d:
                        m += 1
                else:
                    o.pilot_features = SegmentationDataPilotFeatures._tx_parse(v)
                v = g("hackedOrSupportAccess")
                if v is None:
                    o.hacked_or_support_access = u
                    if "hackedOrSupportAccess" not in d:
                        m += 1
                else:
                    o.hacked_or_support_access = v
                v = g("tripletexCustomerCategoryId1")
                if v is None:
                    o.tripletex_customer_category_id_1 = u
                    if "tripletexCustomerCategoryId1" not in d:
                        m += 1
                else:
                    o.tripletex_customer_category_id_1 = v
                v = g("tripletexCustomerCategoryId3")
                if v is None:
                    o.tripletex_customer_category_id_3 = u
                    if "tripletexCustomerCategoryId3" not in d:
                        m += 1
                else:
                    o.tripletex_customer_category_id_3 = v
                v = g("tripletexCustomerCategoryId2")
                if v is None:
                    o.tripletex_customer_category_id_2 = u
                    if "tripletexCustomerCategoryId2" not in d:
                        m += 1
                else:
                    o.tripletex_customer_category_id_2 = v
                v = g("hasFreeDimensions")
                if v is None:
                    o.has_free_dimensions = u
                    if "hasFreeDimensions" not in d:
                        m += 1
                else:
                    o.has_free_dimensions = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 24 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("context_id", "contextId"),
            ("org_number", "orgNumber"),
            ("is_trial_account", "isTrialAccount"),
            ("is_test_or_free_company", "isTestOrFreeCompany"),
            ("employee_id", "employeeId"),
            ("is_accountant", "isAccountant"),
            ("is_reseller", "isReseller"),
            ("employee_number", "employeeNumber"),
            ("package_name", "packageName"),
            ("industry", "industry"),
            ("outgoing_invoices", "outgoingInvoices"),
            ("incoming_invoices", "incomingInvoices"),
            ("company_start_date_year", "companyStartDateYear"),
            ("company_type", "companyType"),
            ("company_name", "companyName"),
            ("main_account_bank", "mainAccountBank"),
            ("modules", "modules"),
            ("roles", "roles"),
            ("pilot_features", "pilotFeatures"),
            ("hacked_or_support_access", "hackedOrSupportAccess"),
            ("tripletex_customer_category_id_1", "tripletexCustomerCategoryId1"),
            ("tripletex_customer_category_id_3", "tripletexCustomerCategoryId3"),
            ("tripletex_customer_category_id_2", "tripletexCustomerCategoryId2"),
            ("has_free_dimensions", "hasFreeDimensions"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.context_id
            o.context_id = u if v is None else v
            v = s.org_number
            o.org_number = u if v is None else v
            v = s.is_trial_account
            o.is_trial_account = u if v is None else v
            v = s.is_test_or_free_company
            o.is_test_or_free_company = u if v is None else v
            v = s.employee_id
            o.employee_id = u if v is None else v
            v = s.is_accountant
            o.is_accountant = u if v is None else v
            v = s.is_reseller
            o.is_reseller = u if v is None else v
            v = s.employee_number
            o.employee_number = u if v is None else v
            v = s.package_name
            o.package_name = u if v is None else v
            v = s.industry
            o.industry = u if v is None else v
            v = s.outgoing_invoices
            o.outgoing_invoices = u if v is None else v
            v = s.incoming_invoices
            o.incoming_invoices = u if v is None else v
            v = s.company_start_date_year
            o.company_start_date_year = u if v is None else v
            v = s.company_type
            o.company_type = u if v is None else v
            v = s.company_name
            o.company_name = u if v is None else v
            v = s.main_account_bank
            o.main_account_bank = u if v is None else v
            v = s.modules
            o.modules = u if v is None or v is u else SegmentationModules._tx_parse(v)
            v = s.roles
            o.roles = u if v is None or v is u else SegmentationRoles._tx_parse(v)
            v = s.pilot_features
            o.pilot_features = u if v is None or v is u else SegmentationDataPilotFeatures._tx_parse(v)
            v = s.hacked_or_support_access
            o.hacked_or_support_access = u if v is None else v
            v = s.tripletex_customer_category_id_1
            o.tripletex_customer_category_id_1 = u if v is None else v
            v = s.tripletex_customer_category_id_3
            o.tripletex_customer_category_id_3 = u if v is None else v
            v = s.tripletex_customer_category_id_2
            o.tripletex_customer_category_id_2 = u if v is None else v
            v = s.has_free_dimensions
            o.has_free_dimensions = u if v is None else v
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
