from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_depreciation_method import AssetDepreciationMethod
from ..models.asset_status import AssetStatus
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
    from ..models.account import Account
    from ..models.change import Change
    from ..models.department import Department
    from ..models.project import Project


T = TypeVar("T", bound="Asset")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("account", dict, False),
    ("status", str, False),
    ("depreciationAccount", dict, False),
    ("depreciationMethod", str, False),
    ("department", dict, False),
    ("project", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class Asset(LazyModel):
    """The asset ('anleggsmiddel' / 'eiendel') connected to this posting

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        name (str | Unset):
        display_name (str | Unset):
        description (str | Unset):
        date_of_acquisition (str | Unset):
        acquisition_cost (float | Unset): Acquisition cost.
        account (Account | Unset):
        incoming_balance (float | Unset): Incoming balance for the asset.
        lifetime (int | Unset): Lifetime in months for the asset.
        status (AssetStatus | Unset): [read-only] Status
        depreciation_remaining_value (float | Unset):
        depreciation_account (Account | Unset):
        has_history_from_external_system (bool | Unset):
        external_last_depreciation (str | Unset):
        external_last_accounted_value (float | Unset):
        external_accumulated_depreciation (float | Unset):
        depreciation_method (AssetDepreciationMethod | Unset): Depreciation method
        depreciation_from (str | Unset):
        accumulated_depreciation (float | Unset):
        depreciation_rate (float | Unset):
        department (Department | Unset): The department for this account. If multiple industries are activated, all
            postings on this account will be towards this department. If multiple industries are not activated, it is
            ignored.
        project (Project | Unset):
        starting_balance (float | Unset): [read-only]
        balance_in (float | Unset): [read-only]
        balance_out (float | Unset): [read-only]
        balance_change (float | Unset): [read-only]
        depreciation_basis (float | Unset): [read-only]
        number_of_months (int | Unset): [read-only]
        annual_depreciation (float | Unset): [read-only]
        depreciation_discrepancy (float | Unset): [read-only]
        depreciation_amount (float | Unset): [read-only]
        total_depreciation_amount (float | Unset): [read-only]
        improvements (float | Unset): [read-only] Improvements
        new_hires (float | Unset): [read-only] New hires
        sales_and_other_realizations (float | Unset): [read-only] Sales and other realizations
        sale_date (str | Unset):
        accounting_related_profit_or_loss (float | Unset): [read-only] Accounting related profit or loss
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    name: str | Unset = UNSET
    display_name: str | Unset = UNSET
    description: str | Unset = UNSET
    date_of_acquisition: str | Unset = UNSET
    acquisition_cost: float | Unset = UNSET
    account: Account | Unset = UNSET
    incoming_balance: float | Unset = UNSET
    lifetime: int | Unset = UNSET
    status: AssetStatus | Unset = UNSET
    depreciation_remaining_value: float | Unset = UNSET
    depreciation_account: Account | Unset = UNSET
    has_history_from_external_system: bool | Unset = UNSET
    external_last_depreciation: str | Unset = UNSET
    external_last_accounted_value: float | Unset = UNSET
    external_accumulated_depreciation: float | Unset = UNSET
    depreciation_method: AssetDepreciationMethod | Unset = UNSET
    depreciation_from: str | Unset = UNSET
    accumulated_depreciation: float | Unset = UNSET
    depreciation_rate: float | Unset = UNSET
    department: Department | Unset = UNSET
    project: Project | Unset = UNSET
    starting_balance: float | Unset = UNSET
    balance_in: float | Unset = UNSET
    balance_out: float | Unset = UNSET
    balance_change: float | Unset = UNSET
    depreciation_basis: float | Unset = UNSET
    number_of_months: int | Unset = UNSET
    annual_depreciation: float | Unset = UNSET
    depreciation_discrepancy: float | Unset = UNSET
    depreciation_amount: float | Unset = UNSET
    total_depreciation_amount: float | Unset = UNSET
    improvements: float | Unset = UNSET
    new_hires: float | Unset = UNSET
    sales_and_other_realizations: float | Unset = UNSET
    sale_date: str | Unset = UNSET
    accounting_related_profit_or_loss: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        version = self.version

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        url = self.url

        name = self.name

        display_name = self.display_name

        description = self.description

        date_of_acquisition = self.date_of_acquisition

        acquisition_cost = self.acquisition_cost

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        incoming_balance = self.incoming_balance

        lifetime = self.lifetime

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        depreciation_remaining_value = self.depreciation_remaining_value

        depreciation_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.depreciation_account, Unset):
            depreciation_account = self.depreciation_account.to_dict()

        has_history_from_external_system = self.has_history_from_external_system

        external_last_depreciation = self.external_last_depreciation

        external_last_accounted_value = self.external_last_accounted_value

        external_accumulated_depreciation = self.external_accumulated_depreciation

        depreciation_method: str | Unset = UNSET
        if not isinstance(self.depreciation_method, Unset):
            depreciation_method = self.depreciation_method.value

        depreciation_from = self.depreciation_from

        accumulated_depreciation = self.accumulated_depreciation

        depreciation_rate = self.depreciation_rate

        department: dict[str, Any] | Unset = UNSET
        if not isinstance(self.department, Unset):
            department = self.department.to_dict()

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        starting_balance = self.starting_balance

        balance_in = self.balance_in

        balance_out = self.balance_out

        balance_change = self.balance_change

        depreciation_basis = self.depreciation_basis

        number_of_months = self.number_of_months

        annual_depreciation = self.annual_depreciation

        depreciation_discrepancy = self.depreciation_discrepancy

        depreciation_amount = self.depreciation_amount

        total_depreciation_amount = self.total_depreciation_amount

        improvements = self.improvements

        new_hires = self.new_hires

        sales_and_other_realizations = self.sales_and_other_realizations

        sale_date = self.sale_date

        accounting_related_profit_or_loss = self.accounting_related_profit_or_loss

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if name is not UNSET:
            field_dict["name"] = name
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if description is not UNSET:
            field_dict["description"] = description
        if date_of_acquisition is not UNSET:
            field_dict["dateOfAcquisition"] = date_of_acquisition
        if acquisition_cost is not UNSET:
            field_dict["acquisitionCost"] = acquisition_cost
        if account is not UNSET:
            field_dict["account"] = account
        if incoming_balance is not UNSET:
            field_dict["incomingBalance"] = incoming_balance
        if lifetime is not UNSET:
            field_dict["lifetime"] = lifetime
        if status is not UNSET and not _in_request:
            field_dict["status"] = status
        if depreciation_remaining_value is not UNSET:
            field_dict["depreciationRemainingValue"] = depreciation_remaining_value
        if depreciation_account is not UNSET:
            field_dict["depreciationAccount"] = depreciation_account
        if has_history_from_external_system is not UNSET:
            field_dict["hasHistoryFromExternalSystem"] = has_history_from_external_system
        if external_last_depreciation is not UNSET:
            field_dict["externalLastDepreciation"] = external_last_depreciation
        if external_last_accounted_value is not UNSET:
            field_dict["externalLastAccountedValue"] = external_last_accounted_value
        if external_accumulated_depreciation is not UNSET:
            field_dict["externalAccumulatedDepreciation"] = external_accumulated_depreciation
        if depreciation_method is not UNSET:
            field_dict["depreciationMethod"] = depreciation_method
        if depreciation_from is not UNSET:
            field_dict["depreciationFrom"] = depreciation_from
        if accumulated_depreciation is not UNSET:
            field_dict["accumulatedDepreciation"] = accumulated_depreciation
        if depreciation_rate is not UNSET:
            field_dict["depreciationRate"] = depreciation_rate
        if department is not UNSET:
            field_dict["department"] = department
        if project is not UNSET:
            field_dict["project"] = project
        if starting_balance is not UNSET and not _in_request:
            field_dict["startingBalance"] = starting_balance
        if balance_in is not UNSET and not _in_request:
            field_dict["balanceIn"] = balance_in
        if balance_out is not UNSET and not _in_request:
            field_dict["balanceOut"] = balance_out
        if balance_change is not UNSET and not _in_request:
            field_dict["balanceChange"] = balance_change
        if depreciation_basis is not UNSET and not _in_request:
            field_dict["depreciationBasis"] = depreciation_basis
        if number_of_months is not UNSET and not _in_request:
            field_dict["numberOfMonths"] = number_of_months
        if annual_depreciation is not UNSET and not _in_request:
            field_dict["annualDepreciation"] = annual_depreciation
        if depreciation_discrepancy is not UNSET and not _in_request:
            field_dict["depreciationDiscrepancy"] = depreciation_discrepancy
        if depreciation_amount is not UNSET and not _in_request:
            field_dict["depreciationAmount"] = depreciation_amount
        if total_depreciation_amount is not UNSET and not _in_request:
            field_dict["totalDepreciationAmount"] = total_depreciation_amount
        if improvements is not UNSET and not _in_request:
            field_dict["improvements"] = improvements
        if new_hires is not UNSET and not _in_request:
            field_dict["newHires"] = new_hires
        if sales_and_other_realizations is not UNSET and not _in_request:
            field_dict["salesAndOtherRealizations"] = sales_and_other_realizations
        if sale_date is not UNSET:
            field_dict["saleDate"] = sale_date
        if accounting_related_profit_or_loss is not UNSET and not _in_request:
            field_dict["accountingRelatedProfitOrLoss"] = accounting_related_profit_or_loss

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Asset from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.account import Account  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.department import Department  # noqa: PLC0415
        from ..models.project import Project  # noqa: PLC0415

        def _p_changes(_tx_v: Any) -> list[Change] | Unset:
            _changes = _tx_v
            changes: list[Change] | Unset = UNSET
            if _changes is not UNSET:
                changes = []
                for changes_item_data in _changes:
                    if changes_item_data is None:
                        continue
                    changes_item = Change._tx_from_json(changes_item_data)

                    changes.append(changes_item)

            return changes

        def _p_account(_tx_v: Any) -> Account | Unset:
            _account = _tx_v
            account: Account | Unset
            if isinstance(_account, Unset):
                account = UNSET
            else:
                account = Account._tx_from_json(_account)

            return account

        def _p_status(_tx_v: Any) -> AssetStatus | Unset:
            _status = _tx_v
            status: AssetStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = AssetStatus(_status)

            return status

        def _p_depreciation_account(_tx_v: Any) -> Account | Unset:
            _depreciation_account = _tx_v
            depreciation_account: Account | Unset
            if isinstance(_depreciation_account, Unset):
                depreciation_account = UNSET
            else:
                depreciation_account = Account._tx_from_json(_depreciation_account)

            return depreciation_account

        def _p_depreciation_method(_tx_v: Any) -> AssetDepreciationMethod | Unset:
            _depreciation_method = _tx_v
            depreciation_method: AssetDepreciationMethod | Unset
            if isinstance(_depreciation_method, Unset):
                depreciation_method = UNSET
            else:
                depreciation_method = AssetDepreciationMethod(_depreciation_method)

            return depreciation_method

        def _p_department(_tx_v: Any) -> Department | Unset:
            _department = _tx_v
            department: Department | Unset
            if isinstance(_department, Unset):
                department = UNSET
            else:
                department = Department._tx_from_json(_department)

            return department

        def _p_project(_tx_v: Any) -> Project | Unset:
            _project = _tx_v
            project: Project | Unset
            if isinstance(_project, Unset):
                project = UNSET
            else:
                project = Project._tx_from_json(_project)

            return project

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "name",
                "displayName",
                "description",
                "dateOfAcquisition",
                "acquisitionCost",
                "account",
                "incomingBalance",
                "lifetime",
                "status",
                "depreciationRemainingValue",
                "depreciationAccount",
                "hasHistoryFromExternalSystem",
                "externalLastDepreciation",
                "externalLastAccountedValue",
                "externalAccumulatedDepreciation",
                "depreciationMethod",
                "depreciationFrom",
                "accumulatedDepreciation",
                "depreciationRate",
                "department",
                "project",
                "startingBalance",
                "balanceIn",
                "balanceOut",
                "balanceChange",
                "depreciationBasis",
                "numberOfMonths",
                "annualDepreciation",
                "depreciationDiscrepancy",
                "depreciationAmount",
                "totalDepreciationAmount",
                "improvements",
                "newHires",
                "salesAndOtherRealizations",
                "saleDate",
                "accountingRelatedProfitOrLoss",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "name": ("name", None),
            "display_name": ("displayName", None),
            "description": ("description", None),
            "date_of_acquisition": ("dateOfAcquisition", None),
            "acquisition_cost": ("acquisitionCost", None),
            "account": ("account", _p_account),
            "incoming_balance": ("incomingBalance", None),
            "lifetime": ("lifetime", None),
            "status": ("status", _p_status),
            "depreciation_remaining_value": ("depreciationRemainingValue", None),
            "depreciation_account": ("depreciationAccount", _p_depreciation_account),
            "has_history_from_external_system": ("hasHistoryFromExternalSystem", None),
            "external_last_depreciation": ("externalLastDepreciation", None),
            "external_last_accounted_value": ("externalLastAccountedValue", None),
            "external_accumulated_depreciation": ("externalAccumulatedDepreciation", None),
            "depreciation_method": ("depreciationMethod", _p_depreciation_method),
            "depreciation_from": ("depreciationFrom", None),
            "accumulated_depreciation": ("accumulatedDepreciation", None),
            "depreciation_rate": ("depreciationRate", None),
            "department": ("department", _p_department),
            "project": ("project", _p_project),
            "starting_balance": ("startingBalance", None),
            "balance_in": ("balanceIn", None),
            "balance_out": ("balanceOut", None),
            "balance_change": ("balanceChange", None),
            "depreciation_basis": ("depreciationBasis", None),
            "number_of_months": ("numberOfMonths", None),
            "annual_depreciation": ("annualDepreciation", None),
            "depreciation_discrepancy": ("depreciationDiscrepancy", None),
            "depreciation_amount": ("depreciationAmount", None),
            "total_depreciation_amount": ("totalDepreciationAmount", None),
            "improvements": ("improvements", None),
            "new_hires": ("newHires", None),
            "sales_and_other_realizations": ("salesAndOtherRealizations", None),
            "sale_date": ("saleDate", None),
            "accounting_related_profit_or_loss": ("accountingRelatedProfitOrLoss", None),
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
