from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_depreciation_method import AssetDepreciationMethod
from ..models.asset_status import AssetStatus
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
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.account import Account
    from ..models.change import Change
    from ..models.department import Department
    from ..models.project import Project


T = TypeVar("T", bound="Asset")


@_attrs_define
class Asset(Model):
    """The asset ('anleggsmiddel' / 'eiendel') connected to this posting

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        name (str | Unset):
        display_name (str | Unset):
        description (str | Unset):
        date_of_acquisition (str | Unset):
        acquisition_cost (float | Unset): Acquisition cost.
        account (Account | Unset):
        incoming_balance (float | Unset): Incoming balance for the asset.
        lifetime (int | Unset): Lifetime in months for the asset.
        status (AssetStatus | Unset): Status
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
        starting_balance (float | Unset):
        balance_in (float | Unset):
        balance_out (float | Unset):
        balance_change (float | Unset):
        depreciation_basis (float | Unset):
        number_of_months (int | Unset):
        annual_depreciation (float | Unset):
        depreciation_discrepancy (float | Unset):
        depreciation_amount (float | Unset):
        total_depreciation_amount (float | Unset):
        improvements (float | Unset): Improvements
        new_hires (float | Unset): New hires
        sales_and_other_realizations (float | Unset): Sales and other realizations
        sale_date (str | Unset):
        accounting_related_profit_or_loss (float | Unset): Accounting related profit or loss
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        _v = self.changes
        if _v is not UNSET and not _in_request:
            field_dict["changes"] = [_e.to_dict() for _e in _v]
        _v = self.url
        if _v is not UNSET and not _in_request:
            field_dict["url"] = _v
        _v = self.name
        if _v is not UNSET:
            field_dict["name"] = _v
        _v = self.display_name
        if _v is not UNSET:
            field_dict["displayName"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.date_of_acquisition
        if _v is not UNSET:
            field_dict["dateOfAcquisition"] = _v
        _v = self.acquisition_cost
        if _v is not UNSET:
            field_dict["acquisitionCost"] = _v
        _v = self.account
        if _v is not UNSET:
            field_dict["account"] = _v.to_dict()
        _v = self.incoming_balance
        if _v is not UNSET:
            field_dict["incomingBalance"] = _v
        _v = self.lifetime
        if _v is not UNSET:
            field_dict["lifetime"] = _v
        _v = self.status
        if _v is not UNSET and not _in_request:
            field_dict["status"] = _v._value_
        _v = self.depreciation_remaining_value
        if _v is not UNSET:
            field_dict["depreciationRemainingValue"] = _v
        _v = self.depreciation_account
        if _v is not UNSET:
            field_dict["depreciationAccount"] = _v.to_dict()
        _v = self.has_history_from_external_system
        if _v is not UNSET:
            field_dict["hasHistoryFromExternalSystem"] = _v
        _v = self.external_last_depreciation
        if _v is not UNSET:
            field_dict["externalLastDepreciation"] = _v
        _v = self.external_last_accounted_value
        if _v is not UNSET:
            field_dict["externalLastAccountedValue"] = _v
        _v = self.external_accumulated_depreciation
        if _v is not UNSET:
            field_dict["externalAccumulatedDepreciation"] = _v
        _v = self.depreciation_method
        if _v is not UNSET:
            field_dict["depreciationMethod"] = _v._value_
        _v = self.depreciation_from
        if _v is not UNSET:
            field_dict["depreciationFrom"] = _v
        _v = self.accumulated_depreciation
        if _v is not UNSET:
            field_dict["accumulatedDepreciation"] = _v
        _v = self.depreciation_rate
        if _v is not UNSET:
            field_dict["depreciationRate"] = _v
        _v = self.department
        if _v is not UNSET:
            field_dict["department"] = _v.to_dict()
        _v = self.project
        if _v is not UNSET:
            field_dict["project"] = _v.to_dict()
        _v = self.starting_balance
        if _v is not UNSET and not _in_request:
            field_dict["startingBalance"] = _v
        _v = self.balance_in
        if _v is not UNSET and not _in_request:
            field_dict["balanceIn"] = _v
        _v = self.balance_out
        if _v is not UNSET and not _in_request:
            field_dict["balanceOut"] = _v
        _v = self.balance_change
        if _v is not UNSET and not _in_request:
            field_dict["balanceChange"] = _v
        _v = self.depreciation_basis
        if _v is not UNSET and not _in_request:
            field_dict["depreciationBasis"] = _v
        _v = self.number_of_months
        if _v is not UNSET and not _in_request:
            field_dict["numberOfMonths"] = _v
        _v = self.annual_depreciation
        if _v is not UNSET and not _in_request:
            field_dict["annualDepreciation"] = _v
        _v = self.depreciation_discrepancy
        if _v is not UNSET and not _in_request:
            field_dict["depreciationDiscrepancy"] = _v
        _v = self.depreciation_amount
        if _v is not UNSET and not _in_request:
            field_dict["depreciationAmount"] = _v
        _v = self.total_depreciation_amount
        if _v is not UNSET and not _in_request:
            field_dict["totalDepreciationAmount"] = _v
        _v = self.improvements
        if _v is not UNSET and not _in_request:
            field_dict["improvements"] = _v
        _v = self.new_hires
        if _v is not UNSET and not _in_request:
            field_dict["newHires"] = _v
        _v = self.sales_and_other_realizations
        if _v is not UNSET and not _in_request:
            field_dict["salesAndOtherRealizations"] = _v
        _v = self.sale_date
        if _v is not UNSET:
            field_dict["saleDate"] = _v
        _v = self.accounting_related_profit_or_loss
        if _v is not UNSET and not _in_request:
            field_dict["accountingRelatedProfitOrLoss"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Asset from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``Asset.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.account import Account  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.department import Department  # noqa: PLC0415
        from ..models.project import Project  # noqa: PLC0415

        _new = object.__new__
        _e_status: dict[Any, Any] = enum_members(AssetStatus)
        _e_depreciation_method: dict[Any, Any] = enum_members(AssetDepreciationMethod)
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "name": "name",
            "displayName": "display_name",
            "description": "description",
            "dateOfAcquisition": "date_of_acquisition",
            "acquisitionCost": "acquisition_cost",
            "incomingBalance": "incoming_balance",
            "lifetime": "lifetime",
            "depreciationRemainingValue": "depreciation_remaining_value",
            "hasHistoryFromExternalSystem": "has_history_from_external_system",
            "externalLastDepreciation": "external_last_depreciation",
            "externalLastAccountedValue": "external_last_accounted_value",
            "externalAccumulatedDepreciation": "external_accumulated_depreciation",
            "depreciationFrom": "depreciation_from",
            "accumulatedDepreciation": "accumulated_depreciation",
            "depreciationRate": "depreciation_rate",
            "startingBalance": "starting_balance",
            "balanceIn": "balance_in",
            "balanceOut": "balance_out",
            "balanceChange": "balance_change",
            "depreciationBasis": "depreciation_basis",
            "numberOfMonths": "number_of_months",
            "annualDepreciation": "annual_depreciation",
            "depreciationDiscrepancy": "depreciation_discrepancy",
            "depreciationAmount": "depreciation_amount",
            "totalDepreciationAmount": "total_depreciation_amount",
            "improvements": "improvements",
            "newHires": "new_hires",
            "salesAndOtherRealizations": "sales_and_other_realizations",
            "saleDate": "sale_date",
            "accountingRelatedProfitOrLoss": "accounting_related_profit_or_loss",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.name = o.display_name = o.description = (
                        o.date_of_acquisition
                    ) = o.acquisition_cost = o.account = o.incoming_balance = o.lifetime = o.status = (
                        o.depreciation_remaining_value
                    ) = o.depreciation_account = o.has_history_from_external_system = o.external_last_depreciation = (
                        o.external_last_accounted_value
                    ) = o.external_accumulated_depreciation = o.depreciation_method = o.depreciation_from = (
                        o.accumulated_depreciation
                    ) = o.depreciation_rate = o.department = o.project = o.starting_balance = o.balance_in = (
                        o.balance_out
                    ) = o.balance_change = o.depreciation_basis = o.number_of_months = o.annual_depreciation = (
                        o.depreciation_discrepancy
                    ) = o.depreciation_amount = o.total_depreciation_amount = o.improvements = o.new_hires = (
                        o.sales_and_other_realizations
                    ) = o.sale_date = o.accounting_related_profit_or_loss = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 13 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.name = o.display_name = o.description = (
                        o.date_of_acquisition
                    ) = o.acquisition_cost = o.account = o.incoming_balance = o.lifetime = o.status = (
                        o.depreciation_remaining_value
                    ) = o.depreciation_account = o.has_history_from_external_system = o.external_last_depreciation = (
                        o.external_last_accounted_value
                    ) = o.external_accumulated_depreciation = o.depreciation_method = o.depreciation_from = (
                        o.accumulated_depreciation
                    ) = o.depreciation_rate = o.department = o.project = o.starting_balance = o.balance_in = (
                        o.balance_out
                    ) = o.balance_change = o.depreciation_basis = o.number_of_months = o.annual_depreciation = (
                        o.depreciation_discrepancy
                    ) = o.depreciation_amount = o.total_depreciation_amount = o.improvements = o.new_hires = (
                        o.sales_and_other_realizations
                    ) = o.sale_date = o.accounting_related_profit_or_loss = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                k = "changes"
                v = g("changes")
                if v is None:
                    o.changes = u
                    if "changes" not in d:
                        m += 1
                else:
                    o.changes = (
                        ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                v = g("displayName")
                if v is None:
                    o.display_name = u
                    if "displayName" not in d:
                        m += 1
                else:
                    o.display_name = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("dateOfAcquisition")
                if v is None:
                    o.date_of_acquisition = u
                    if "dateOfAcquisition" not in d:
                        m += 1
                else:
                    o.date_of_acquisition = v
                v = g("acquisitionCost")
                if v is None:
                    o.acquisition_cost = u
                    if "acquisitionCost" not in d:
                        m += 1
                else:
                    o.acquisition_cost = v
                k = "account"
                v = g("account")
                if v is None:
                    o.account = u
                    if "account" not in d:
                        m += 1
                else:
                    o.account = Account._tx_parse(v)
                v = g("incomingBalance")
                if v is None:
                    o.incoming_balance = u
                    if "incomingBalance" not in d:
                        m += 1
                else:
                    o.incoming_balance = v
                v = g("lifetime")
                if v is None:
                    o.lifetime = u
                    if "lifetime" not in d:
                        m += 1
                else:
                    o.lifetime = v
                k = "status"
                v = g("status")
                if v is None:
                    o.status = u
                    if "status" not in d:
                        m += 1
                else:
                    o.status = e_ if (e_ := _e_status.get(v)) is not None else enum_value(AssetStatus, v)
                v = g("depreciationRemainingValue")
                if v is None:
                    o.depreciation_remaining_value = u
                    if "depreciationRemainingValue" not in d:
                        m += 1
                else:
                    o.depreciation_remaining_value = v
                k = "depreciationAccount"
                v = g("depreciationAccount")
                if v is None:
                    o.depreciation_account = u
                    if "depreciationAccount" not in d:
                        m += 1
                else:
                    o.depreciation_account = Account._tx_parse(v)
                v = g("hasHistoryFromExternalSystem")
                if v is None:
                    o.has_history_from_external_system = u
                    if "hasHistoryFromExternalSystem" not in d:
                        m += 1
                else:
                    o.has_history_from_external_system = v
                v = g("externalLastDepreciation")
                if v is None:
                    o.external_last_depreciation = u
                    if "externalLastDepreciation" not in d:
                        m += 1
                else:
                    o.external_last_depreciation = v
                v = g("externalLastAccountedValue")
                if v is None:
                    o.external_last_accounted_value = u
                    if "externalLastAccountedValue" not in d:
                        m += 1
                else:
                    o.external_last_accounted_value = v
                v = g("externalAccumulatedDepreciation")
                if v is None:
                    o.external_accumulated_depreciation = u
                    if "externalAccumulatedDepreciation" not in d:
                        m += 1
                else:
                    o.external_accumulated_depreciation = v
                k = "depreciationMethod"
                v = g("depreciationMethod")
                if v is None:
                    o.depreciation_method = u
                    if "depreciationMethod" not in d:
                        m += 1
                else:
                    o.depreciation_method = (
                        e_
                        if (e_ := _e_depreciation_method.get(v)) is not None
                        else enum_value(AssetDepreciationMethod, v)
                    )
                v = g("depreciationFrom")
                if v is None:
                    o.depreciation_from = u
                    if "depreciationFrom" not in d:
                        m += 1
                else:
                    o.depreciation_from = v
                v = g("accumulatedDepreciation")
                if v is None:
                    o.accumulated_depreciation = u
                    if "accumulatedDepreciation" not in d:
                        m += 1
                else:
                    o.accumulated_depreciation = v
                v = g("depreciationRate")
                if v is None:
                    o.depreciation_rate = u
                    if "depreciationRate" not in d:
                        m += 1
                else:
                    o.depreciation_rate = v
                k = "department"
                v = g("department")
                if v is None:
                    o.department = u
                    if "department" not in d:
                        m += 1
                else:
                    o.department = Department._tx_parse(v)
                k = "project"
                v = g("project")
                if v is None:
                    o.project = u
                    if "project" not in d:
                        m += 1
                else:
                    o.project = Project._tx_parse(v)
                v = g("startingBalance")
                if v is None:
                    o.starting_balance = u
                    if "startingBalance" not in d:
                        m += 1
                else:
                    o.starting_balance = v
                v = g("balanceIn")
                if v is None:
                    o.balance_in = u
                    if "balanceIn" not in d:
                        m += 1
                else:
                    o.balance_in = v
                v = g("balanceOut")
                if v is None:
                    o.balance_out = u
                    if "balanceOut" not in d:
                        m += 1
                else:
                    o.balance_out = v
                v = g("balanceChange")
                if v is None:
                    o.balance_change = u
                    if "balanceChange" not in d:
                        m += 1
                else:
                    o.balance_change = v
                v = g("depreciationBasis")
                if v is None:
                    o.depreciation_basis = u
                    if "depreciationBasis" not in d:
                        m += 1
                else:
                    o.depreciation_basis = v
                v = g("numberOfMonths")
                if v is None:
                    o.number_of_months = u
                    if "numberOfMonths" not in d:
                        m += 1
                else:
                    o.number_of_months = v
                v = g("annualDepreciation")
                if v is None:
                    o.annual_depreciation = u
                    if "annualDepreciation" not in d:
                        m += 1
                else:
                    o.annual_depreciation = v
                v = g("depreciationDiscrepancy")
                if v is None:
                    o.depreciation_discrepancy = u
                    if "depreciationDiscrepancy" not in d:
                        m += 1
                else:
                    o.depreciation_discrepancy = v
                v = g("depreciationAmount")
                if v is None:
                    o.depreciation_amount = u
                    if "depreciationAmount" not in d:
                        m += 1
                else:
                    o.depreciation_amount = v
                v = g("totalDepreciationAmount")
                if v is None:
                    o.total_depreciation_amount = u
                    if "totalDepreciationAmount" not in d:
                        m += 1
                else:
                    o.total_depreciation_amount = v
                v = g("improvements")
                if v is None:
                    o.improvements = u
                    if "improvements" not in d:
                        m += 1
                else:
                    o.improvements = v
                v = g("newHires")
                if v is None:
                    o.new_hires = u
                    if "newHires" not in d:
                        m += 1
                else:
                    o.new_hires = v
                v = g("salesAndOtherRealizations")
                if v is None:
                    o.sales_and_other_realizations = u
                    if "salesAndOtherRealizations" not in d:
                        m += 1
                else:
                    o.sales_and_other_realizations = v
                v = g("saleDate")
                if v is None:
                    o.sale_date = u
                    if "saleDate" not in d:
                        m += 1
                else:
                    o.sale_date = v
                v = g("accountingRelatedProfitOrLoss")
                if v is None:
                    o.accounting_related_profit_or_loss = u
                    if "accountingRelatedProfitOrLoss" not in d:
                        m += 1
                else:
                    o.accounting_related_profit_or_loss = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 40 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("version", "version"),
            ("changes", "changes"),
            ("url", "url"),
            ("name", "name"),
            ("display_name", "displayName"),
            ("description", "description"),
            ("date_of_acquisition", "dateOfAcquisition"),
            ("acquisition_cost", "acquisitionCost"),
            ("account", "account"),
            ("incoming_balance", "incomingBalance"),
            ("lifetime", "lifetime"),
            ("status", "status"),
            ("depreciation_remaining_value", "depreciationRemainingValue"),
            ("depreciation_account", "depreciationAccount"),
            ("has_history_from_external_system", "hasHistoryFromExternalSystem"),
            ("external_last_depreciation", "externalLastDepreciation"),
            ("external_last_accounted_value", "externalLastAccountedValue"),
            ("external_accumulated_depreciation", "externalAccumulatedDepreciation"),
            ("depreciation_method", "depreciationMethod"),
            ("depreciation_from", "depreciationFrom"),
            ("accumulated_depreciation", "accumulatedDepreciation"),
            ("depreciation_rate", "depreciationRate"),
            ("department", "department"),
            ("project", "project"),
            ("starting_balance", "startingBalance"),
            ("balance_in", "balanceIn"),
            ("balance_out", "balanceOut"),
            ("balance_change", "balanceChange"),
            ("depreciation_basis", "depreciationBasis"),
            ("number_of_months", "numberOfMonths"),
            ("annual_depreciation", "annualDepreciation"),
            ("depreciation_discrepancy", "depreciationDiscrepancy"),
            ("depreciation_amount", "depreciationAmount"),
            ("total_depreciation_amount", "totalDepreciationAmount"),
            ("improvements", "improvements"),
            ("new_hires", "newHires"),
            ("sales_and_other_realizations", "salesAndOtherRealizations"),
            ("sale_date", "saleDate"),
            ("accounting_related_profit_or_loss", "accountingRelatedProfitOrLoss"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.version
            o.version = u if v is None else v
            v = s.changes
            o.changes = (
                u
                if v is None or v is u
                else ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.url
            o.url = u if v is None else v
            v = s.name
            o.name = u if v is None else v
            v = s.display_name
            o.display_name = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.date_of_acquisition
            o.date_of_acquisition = u if v is None else v
            v = s.acquisition_cost
            o.acquisition_cost = u if v is None else v
            v = s.account
            o.account = u if v is None or v is u else Account._tx_parse(v)
            v = s.incoming_balance
            o.incoming_balance = u if v is None else v
            v = s.lifetime
            o.lifetime = u if v is None else v
            v = s.status
            o.status = (
                u if v is None or v is u else e_ if (e_ := _e_status.get(v)) is not None else enum_value(AssetStatus, v)
            )
            v = s.depreciation_remaining_value
            o.depreciation_remaining_value = u if v is None else v
            v = s.depreciation_account
            o.depreciation_account = u if v is None or v is u else Account._tx_parse(v)
            v = s.has_history_from_external_system
            o.has_history_from_external_system = u if v is None else v
            v = s.external_last_depreciation
            o.external_last_depreciation = u if v is None else v
            v = s.external_last_accounted_value
            o.external_last_accounted_value = u if v is None else v
            v = s.external_accumulated_depreciation
            o.external_accumulated_depreciation = u if v is None else v
            v = s.depreciation_method
            o.depreciation_method = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_depreciation_method.get(v)) is not None
                else enum_value(AssetDepreciationMethod, v)
            )
            v = s.depreciation_from
            o.depreciation_from = u if v is None else v
            v = s.accumulated_depreciation
            o.accumulated_depreciation = u if v is None else v
            v = s.depreciation_rate
            o.depreciation_rate = u if v is None else v
            v = s.department
            o.department = u if v is None or v is u else Department._tx_parse(v)
            v = s.project
            o.project = u if v is None or v is u else Project._tx_parse(v)
            v = s.starting_balance
            o.starting_balance = u if v is None else v
            v = s.balance_in
            o.balance_in = u if v is None else v
            v = s.balance_out
            o.balance_out = u if v is None else v
            v = s.balance_change
            o.balance_change = u if v is None else v
            v = s.depreciation_basis
            o.depreciation_basis = u if v is None else v
            v = s.number_of_months
            o.number_of_months = u if v is None else v
            v = s.annual_depreciation
            o.annual_depreciation = u if v is None else v
            v = s.depreciation_discrepancy
            o.depreciation_discrepancy = u if v is None else v
            v = s.depreciation_amount
            o.depreciation_amount = u if v is None else v
            v = s.total_depreciation_amount
            o.total_depreciation_amount = u if v is None else v
            v = s.improvements
            o.improvements = u if v is None else v
            v = s.new_hires
            o.new_hires = u if v is None else v
            v = s.sales_and_other_realizations
            o.sales_and_other_realizations = u if v is None else v
            v = s.sale_date
            o.sale_date = u if v is None else v
            v = s.accounting_related_profit_or_loss
            o.accounting_related_profit_or_loss = u if v is None else v
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
